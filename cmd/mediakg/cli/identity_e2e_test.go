package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/reader"
)

const canonicalRail = "https://courier.example/2026/03/rail-link"

// identityInputs serves and writes three readings of the rail story, one
// per input kind: the page at an address (found after a redirect) naming
// its canonical link; a JSONL record at another address whose page names
// the same canonical link but carries another headline (a syndicated
// copy); and a saved file of another story. It returns the address given,
// the address after redirects, the JSONL file and the saved file.
func identityInputs(t *testing.T) (given, final, jsonl, file string) {
	t.Helper()
	page := pageHTML(`<link rel="canonical" href="` + canonicalRail + `">`)
	s := articleServer(t, map[string]string{"/news/rail.html": page})
	syndicated := strings.Replace(page, "<title>Kazakhstan and Uzbekistan agree on a new rail link", "<title>Rail link agreed between Kazakhstan and Uzbekistan", 1)
	syndicated = strings.Replace(syndicated, "<h1>Kazakhstan and Uzbekistan agree on a new rail link</h1>", "<h1>Rail link agreed between Kazakhstan and Uzbekistan</h1>", 1)
	if syndicated == page {
		t.Fatal("the syndicated copy is the same page")
	}
	rec, err := json.Marshal(map[string]string{"url": "https://wire.example/rail", "html": syndicated})
	if err != nil {
		t.Fatal(err)
	}
	jsonl = saveFile(t, "wire.jsonl", string(rec)+"\n")
	other := strings.NewReplacer("rail link", "road bridge", "Turkestan", "Shymkent").Replace(pageHTML(""))
	file = saveFile(t, "bridge.html", other)
	return s.URL + "/old", s.URL + "/news/rail.html", jsonl, file
}

// TestIngestKeepsTheCallersAddress: per input kind, Article.url in the
// graph is the address the caller gave (the URL after redirects, the
// JSONL url, the file's file: URL) and canonical_url the page's own link;
// the two pages that share a canonical link but differ stay two articles,
// and ingesting everything again replaces nothing.
func TestIngestKeepsTheCallersAddress(t *testing.T) {
	given, final, jsonl, file := identityInputs(t)
	useTestServer(t)
	c := neo4jtest.Client(t)
	code, out, errs := runMain(t, "ingest", given, jsonl, file)
	if code != ExitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	rows := cypherRows(t, c, "MATCH (a:Article) RETURN a.url AS url, a.canonical_url AS canonical, a.id AS id ORDER BY url", nil)
	want := map[string]any{final: canonicalRail, "https://wire.example/rail": canonicalRail, reader.FileURL(file): nil}
	if len(rows) != 3 {
		t.Fatalf("%d articles, want 3: %v", len(rows), rows)
	}
	for _, r := range rows {
		canon, ok := want[r["url"].(string)]
		if !ok || !reflect.DeepEqual(r["canonical"], canon) {
			t.Errorf("article %v: url %v canonical %v; want one of %v", r["id"], r["url"], r["canonical"], want)
		}
	}
	if !strings.Contains(out, "1 written under their own address") {
		t.Errorf("the syndicated copy was not written under its own address:\n%s", out)
	}
	for i := 0; i < 2; i++ {
		code, out, errs = runMain(t, "ingest", given, jsonl, file)
		if code != ExitOK || !strings.Contains(out, "0 added, 0 replaced, 3 unchanged") {
			t.Errorf("ingest %d of the unchanged inputs: exit %d\n%s%s", i+2, code, out, errs)
		}
	}
}

// TestIngestSkipsACopyUnderANewName: the seed saved under another name is
// the same article: the same bytes are skipped before they are read, the
// same content in other bytes (a blank line more) is skipped as a copy
// before it is extracted; there is one Article, and the China-Russia
// cooperation has one Statement.
func TestIngestSkipsACopyUnderANewName(t *testing.T) {
	seed := seedPath(t)
	raw, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	useTestServer(t)
	c := neo4jtest.Client(t)
	dir := t.TempDir()
	same := filepath.Join(dir, "renamed-copy.txt")
	if err := os.WriteFile(same, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	resaved := filepath.Join(dir, "resaved-copy.txt")
	if err := os.WriteFile(resaved, append(append([]byte{}, raw...), '\n', '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runMain(t, "ingest", seed); code != ExitOK {
		t.Fatalf("ingest seed: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := runMain(t, "ingest", same)
	if code != ExitOK || !strings.Contains(out, "0 added, 0 replaced, 1 unchanged") {
		t.Errorf("ingest of the copy: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runMain(t, "ingest", resaved)
	if code != ExitOK || !strings.Contains(out, "0 added, 0 replaced, 1 unchanged") || !strings.Contains(out, "1 copies") {
		t.Errorf("ingest of the resaved copy: exit %d\n%s%s", code, out, errs)
	}
	if n := cypherRows(t, c, "MATCH (a:Article) RETURN count(a) AS n", nil)[0]["n"]; n != int64(1) {
		t.Errorf("%v articles, want 1", n)
	}
	rows := cypherRows(t, c, `MATCH (:Country {iso3: 'CHN'})-[r:COOPERATES_WITH]-(:Country {iso3: 'RUS'}) RETURN r.support AS support`, nil)
	for _, r := range rows {
		if r["support"] != int64(1) {
			t.Errorf("China-Russia cooperation supported by %v statements, want 1", r["support"])
		}
	}
	if len(rows) == 0 {
		t.Error("no China-Russia cooperation")
	}
}

// TestRemoveCommand: removing an article by its file leaves the graph that
// ingesting the others makes (counts of every label and type); removing
// the rest by address and by id leaves nothing but the schema record.
func TestRemoveCommand(t *testing.T) {
	given, _, jsonl, file := identityInputs(t)
	useTestServer(t)
	c := neo4jtest.Client(t)
	ctx := context.Background()
	if code, out, errs := runMain(t, "ingest", given, jsonl); code != ExitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	want, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}

	neo4jtest.Reset(t, c)
	if code, out, errs := runMain(t, "ingest", given, jsonl, file); code != ExitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := runMain(t, "remove", "--dry-run", file)
	if code != ExitOK || !strings.Contains(out, "would remove article:") {
		t.Errorf("remove --dry-run: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runMain(t, "remove", file)
	if code != ExitOK || !strings.Contains(out, "removed 1 article") {
		t.Fatalf("remove FILE: exit %d\n%s%s", code, out, errs)
	}
	got, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after removing the file's article:\n got %+v\nwant %+v", got, want)
	}

	id := cypherRows(t, c, "MATCH (a:Article {url: 'https://wire.example/rail'}) RETURN a.id AS id", nil)
	if len(id) != 1 {
		t.Fatalf("the JSONL article: %v", id)
	}
	other := cypherRows(t, c, "MATCH (a:Article) WHERE a.url <> 'https://wire.example/rail' RETURN a.id AS id", nil)
	code, out, errs = runMain(t, "remove", "https://wire.example/rail", other[0]["id"].(string), "article:not-there")
	if code != ExitPartial || !strings.Contains(out, "removed 2 articles") || !strings.Contains(errs, "article:not-there: no article in the graph matches") {
		t.Errorf("remove URL ID missing: exit %d\n%s%s", code, out, errs)
	}
	left := cypherRows(t, c, "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n", nil)
	if len(left) != 1 || left[0]["label"] != "SchemaInfo" {
		t.Errorf("after removing every article the graph holds %v", left)
	}
	if code, _, errs := runMain(t, "remove", "article:not-there"); code != ExitError || !strings.Contains(errs, "no article removed") {
		t.Errorf("removing nothing: exit %d\n%s", code, errs)
	}
}
