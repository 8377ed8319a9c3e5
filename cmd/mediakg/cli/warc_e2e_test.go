package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// undatedPage is our own article without any date on the page.
const undatedPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Vietnam and Laos news agencies open a joint bureau | Mekong Wire</title>
</head><body>
<nav><a href="/">Home</a> <a href="/region">Region</a></nav>
<article>
<h1>Vietnam and Laos news agencies open a joint bureau</h1>
<p>The news agencies of Vietnam and Laos opened a joint bureau in Vientiane on Monday, the two agencies
said, and agreed to exchange photos and video.</p>
<p>Officials said the bureau will also train young reporters from both countries over the next two years.</p>
</article>
</body></html>
`

// testWARC writes a .warc.gz with gowarc: a warcinfo record, two HTML
// responses, and — when bad is set — bytes that are no record between them.
// It returns the file and the offset of the bad bytes' successor.
func testWARC(t *testing.T, bad bool) (path string, badAt int) {
	t.Helper()
	captured := time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	rec := func(typ gowarc.RecordType, target, ctype, block string) []byte {
		rb := gowarc.NewRecordBuilder(typ, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true),
			gowarc.WithAddMissingContentLength(true), gowarc.WithFixDigest(true))
		rb.WriteString(block)
		if target != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, target)
		}
		rb.AddWarcHeaderTime(gowarc.WarcDate, captured)
		rb.AddWarcHeader(gowarc.ContentType, ctype)
		r, _, err := rb.Build()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var raw, out bytes.Buffer
		if _, _, err := gowarc.NewMarshaler().Marshal(&raw, r, 0); err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(&out)
		zw.Write(raw.Bytes())
		zw.Close()
		return out.Bytes()
	}
	response := func(body string) string {
		return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}
	var file bytes.Buffer
	file.Write(rec(gowarc.Warcinfo, "", "application/warc-fields", "software: mediakg test\r\n"))
	file.Write(rec(gowarc.Response, "https://steppe.example/news/rail.html", "application/http;msgtype=response", response(pageHTML(""))))
	if bad {
		file.WriteString("not a record\n")
		badAt = file.Len()
	}
	file.Write(rec(gowarc.Response, "https://mekong.example/region/bureau", "application/http;msgtype=response", response(undatedPage)))
	path = filepath.Join(t.TempDir(), "crawl-00001.warc.gz")
	if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, badAt
}

// TestExtractWARC: extract reads a WARC file's pages with their target
// URIs; the page without a date takes the capture date; bytes that are not
// a record are one error naming the file and the offset, and the rest is
// read.
func TestExtractWARC(t *testing.T) {
	path, badAt := testWARC(t, true)
	code, out, errs := runMain(t, "extract", path)
	if code != ExitPartial {
		t.Fatalf("exit %d, want %d\n%s", code, ExitPartial, errs)
	}
	if want := fmt.Sprintf("mediakg: %s@%d: not a WARC record", path, badAt); !strings.Contains(errs, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errs)
	}
	var got []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d struct {
			Article map[string]any `json:"article"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got = append(got, d.Article)
	}
	if len(got) != 2 {
		t.Fatalf("%d articles, want 2:\n%s", len(got), out)
	}
	if got[0]["url"] != "https://steppe.example/news/rail.html" || got[1]["url"] != "https://mekong.example/region/bureau" {
		t.Errorf("urls %v, %v", got[0]["url"], got[1]["url"])
	}
	if got[0]["published"] != "2026-03-03T09:30:00+05:00" || got[1]["published"] != "2026-03-09" {
		t.Errorf("published %v, %v; want the page's date, then the capture date", got[0]["published"], got[1]["published"])
	}
	if o, _ := got[1]["origin"].(string); !strings.HasPrefix(o, path+"@") {
		t.Errorf("origin %q", o)
	}
}

// TestIngestWARCEndToEnd ingests a WARC file into the test Neo4j: both
// pages are stored under their target URIs with what they mention, the
// bad bytes are reported, and a second ingest changes nothing.
func TestIngestWARCEndToEnd(t *testing.T) {
	path, _ := testWARC(t, true)
	useTestServer(t)
	c := neo4jtest.Client(t)
	code, out, errs := runMain(t, "ingest", path)
	if code != ExitPartial || !strings.Contains(errs, "not a WARC record") {
		t.Fatalf("ingest: exit %d, want %d and the bad record named\n%s%s", code, ExitPartial, out, errs)
	}
	rows := cypherRows(t, c, `MATCH (a:Article)-[:MENTIONS]->(k:Country)
WHERE a.url IN $urls RETURN a.url AS url, collect(k.iso3) AS countries ORDER BY url`,
		map[string]any{"urls": []string{"https://steppe.example/news/rail.html", "https://mekong.example/region/bureau"}})
	if len(rows) != 2 {
		t.Fatalf("articles by target URI: %v", rows)
	}
	has := func(row map[string]any, iso string) bool {
		for _, c := range row["countries"].([]any) {
			if c == iso {
				return true
			}
		}
		return false
	}
	if !has(rows[0], "VNM") || !has(rows[1], "KAZ") {
		t.Errorf("mentions: %v", rows)
	}
	if code, out, errs := runMain(t, "ingest", path); code != ExitPartial || !strings.Contains(out, "2 unchanged") {
		t.Errorf("second ingest: exit %d\n%s%s", code, out, errs)
	}
}

// TestExtractWARCDirectory: a directory's .warc.gz files are read (the
// default input.extensions name them).
func TestExtractWARCDirectory(t *testing.T) {
	path, _ := testWARC(t, false)
	code, out, errs := runMain(t, "extract", filepath.Dir(path))
	if code != ExitOK || strings.Count(strings.TrimSpace(out), "\n") != 1 {
		t.Errorf("exit %d, want 2 articles\n%s%s", code, out, errs)
	}
}
