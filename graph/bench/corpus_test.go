package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testRecords writes two page records of our own (one page, one text) and
// reads them back with ReadRecords.
func testRecords(t *testing.T) []record {
	t.Helper()
	lines := []map[string]string{
		{"url": "https://example.org/a", "title": "Ferry line opens", "date": "2020-10-19",
			"html": "<html><head><title>Ferry line opens</title></head><body><p>The ferry between the two ports opened on 19 October 2020.</p></body></html>"},
		{"url": "https://example.org/b", "title": "Museum wing", "date": "2021-03-02",
			"text": "Museum wing\n\nThe museum opened a new wing on 2 March 2021, its director said."},
		{"url": "https://example.org/empty", "title": "Nothing"},
	}
	var b bytes.Buffer
	for _, l := range lines {
		raw, _ := json.Marshal(l)
		b.Write(raw)
		b.WriteString("\n\nnot json\n")
	}
	p := filepath.Join(t.TempDir(), "base.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, err := ReadRecords([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2 (one without html or text, one line not JSON)", len(recs))
	}
	return recs
}

func TestWriteCorpus(t *testing.T) {
	base := testRecords(t)
	write := func(o CorpusOptions) ([]map[string]string, CorpusStats, []byte) {
		var b bytes.Buffer
		st, err := WriteCorpus(&b, base, o)
		if err != nil {
			t.Fatal(err)
		}
		var out []map[string]string
		sc := bufio.NewScanner(bytes.NewReader(b.Bytes()))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var m map[string]string
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatal(err)
			}
			out = append(out, m)
		}
		return out, st, b.Bytes()
	}
	recs, st, raw := write(CorpusOptions{Articles: 200, Repeat: 0.5, Seed: 3})
	if st.Records != 200 || st.Originals+st.Copies != 200 || st.Copies < 60 || st.Copies > 140 {
		t.Errorf("stats %+v, want about half copies", st)
	}
	urls := map[string]bool{}
	for _, r := range recs {
		if urls[r["url"]] {
			t.Errorf("url %s twice", r["url"])
		}
		urls[r["url"]] = true
	}
	// Originals: a round over the base moves years on; pages name their
	// own url as canonical, and copies of a page keep that link.
	var pages, copies, shifted int
	for _, r := range recs {
		if r["html"] == "" {
			if strings.Contains(r["text"], "filed as copy number") {
				copies++
			}
			continue
		}
		pages++
		if !strings.Contains(r["html"], `rel="canonical"`) {
			t.Errorf("page without a canonical link: %s", r["url"])
		}
		if strings.Contains(r["html"], `href="`+r["url"]+`"`) == strings.Contains(r["title"], "(copy") {
			t.Errorf("%s: an original must name itself as canonical, a copy its original: %s", r["url"], r["title"])
		}
		if !strings.Contains(r["html"], "2020") {
			shifted++
		}
	}
	if pages == 0 || copies == 0 || shifted == 0 {
		t.Errorf("%d pages, %d text copies, %d pages with years moved on", pages, copies, shifted)
	}
	// The same options give the same bytes; no repeat share, no copies.
	if _, _, again := write(CorpusOptions{Articles: 200, Repeat: 0.5, Seed: 3}); !bytes.Equal(raw, again) {
		t.Error("the same options gave another corpus")
	}
	if _, st, _ := write(CorpusOptions{Articles: 50}); st.Copies != 0 || st.Originals != 50 {
		t.Errorf("repeat 0: %+v", st)
	}
	if _, err := WriteCorpus(&bytes.Buffer{}, base, CorpusOptions{Articles: 5, Repeat: 1}); err == nil {
		t.Error("repeat share 1 accepted")
	}
}
