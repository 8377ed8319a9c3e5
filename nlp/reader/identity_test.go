package reader

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// readAll returns the articles Items reads from paths, failing on errors.
func readArticles(t *testing.T, paths ...string) []document.Article {
	t.Helper()
	var out []document.Article
	for a, err := range Items(context.Background(), paths, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// TestArticleURLIsTheCallers: per input kind, url is the address the
// caller gave (a file's file: URL, a JSONL record's url), canonical_url the
// page's own canonical link, and the id follows the canonical link when
// there is one, so one page at two addresses is one article.
func TestArticleURLIsTheCallers(t *testing.T) {
	dir := t.TempDir()
	const canonical = "https://courier.example/2026/quay-cafe"
	withCanon := webPage(`<link rel="canonical" href="`+canonical+`">`, "Quay café reopens", westernBody)
	plain := webPage("", "Quay café reopens", westernBody)
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rec := func(url, html string) string {
		b, _ := json.Marshal(map[string]string{"url": url, "html": html})
		return string(b)
	}
	htmlCanon := write("canon.html", withCanon)
	htmlPlain := write("plain.html", plain)
	htmlCopy := write("copy-of-plain.html", plain)
	text := write("note.txt", "Quay café reopens\n\nThe café on the quay reopened on Monday after a winter of repairs, its owner said.\n")
	jsonl := write("pages.jsonl", rec("https://mirror.example/quay", withCanon)+"\n"+
		rec("https://other.example/quay-cafe", withCanon)+"\n"+rec("", plain)+"\n")

	got := readArticles(t, htmlCanon, htmlPlain, htmlCopy, text, jsonl)
	if len(got) != 7 {
		t.Fatalf("%d articles, want 7", len(got))
	}
	fc, fp, fcopy, ft, j1, j2, j3 := got[0], got[1], got[2], got[3], got[4], got[5], got[6]
	for _, c := range []struct {
		name               string
		a                  document.Article
		wantURL, wantCanon string
	}{
		{"html file with a canonical link", fc, FileURL(htmlCanon), canonical},
		{"html file", fp, FileURL(htmlPlain), ""},
		{"text file", ft, FileURL(text), ""},
		{"JSONL record", j1, "https://mirror.example/quay", canonical},
		{"JSONL record at another address", j2, "https://other.example/quay-cafe", canonical},
		{"JSONL record without url", j3, "", ""},
	} {
		if c.a.URL != c.wantURL || c.a.CanonicalURL != c.wantCanon {
			t.Errorf("%s: url %q canonical %q, want %q and %q", c.name, c.a.URL, c.a.CanonicalURL, c.wantURL, c.wantCanon)
		}
	}
	// One canonical link, three addresses: one id.
	if fc.ID != document.ArticleID(canonical) || j1.ID != fc.ID || j2.ID != fc.ID {
		t.Errorf("ids %s %s %s, want all %s", fc.ID, j1.ID, j2.ID, document.ArticleID(canonical))
	}
	// Without a canonical link a file's id comes from its name, not from
	// where the folder lies; a copy under another name is another id with
	// the same content hash (the loader skips it as a copy).
	if fp.ID != document.ArticleID("plain.html") || fcopy.ID == fp.ID {
		t.Errorf("file ids %s and %s, want %s from the file name and a different one for the copy", fp.ID, fcopy.ID, document.ArticleID("plain.html"))
	}
	if fcopy.ContentHash != fp.ContentHash || j3.ContentHash != fp.ContentHash || fc.ContentHash != fp.ContentHash {
		t.Errorf("one content at several addresses has several hashes: %s %s %s %s", fp.ContentHash, fcopy.ContentHash, j3.ContentHash, fc.ContentHash)
	}
}

// TestItemsSkipsKnownSources: with a salt every article carries the hash
// of its input's bytes and the salt; inputs Options.Known names are neither
// parsed nor yielded, with one worker or several, in order.
func TestItemsSkipsKnownSources(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, body := range []string{"First story line.\n\nThe café on the quay reopened on Monday after a winter of repairs.",
		"Second story line.\n\nThe ferry between the two ports starts in June, the harbour office said.",
		"Third story line.\n\nThe museum on the hill opens a new wing in the spring, its director said."} {
		p := filepath.Join(dir, fmt.Sprintf("s%d.txt", i))
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	first := map[string]string{}
	for a, err := range Items(context.Background(), paths, Options{SourceSalt: "v1"}) {
		if err != nil || a.SourceHash == "" {
			t.Fatalf("%v: source hash %q", err, a.SourceHash)
		}
		first[a.Origin] = a.SourceHash
	}
	for a := range Items(context.Background(), paths[:1], Options{SourceSalt: "v2"}) {
		if a.SourceHash == first[a.Origin] {
			t.Error("another salt gave the same source hash")
		}
	}
	for _, workers := range []int{1, 3} {
		var asked []string
		known := func(_ context.Context, hashes []string) []bool {
			asked = append(asked, hashes...)
			out := make([]bool, len(hashes))
			for i, h := range hashes {
				out[i] = h == first[paths[1]]
			}
			return out
		}
		var got []string
		for a, err := range Items(context.Background(), paths, Options{SourceSalt: "v1", Known: known, Workers: workers}) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, a.Origin)
		}
		if len(asked) != 3 || len(got) != 2 || got[0] != paths[0] || got[1] != paths[2] {
			t.Errorf("%d workers: asked about %d inputs, got %v; want the first and third", workers, len(asked), got)
		}
	}
}
