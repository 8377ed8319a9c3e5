package eval

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
)

// TestGoldAgainstCorpus checks the gold against the article texts in
// ../shared/corpus: every organization and person (gold or optional) has a
// name or alias that occurs in its article, and every date expression
// occurs there. It catches typos and names attached to the wrong article.
// It skips, saying so, when the shared folder is absent.
func TestGoldAgainstCorpus(t *testing.T) {
	shared, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skipf("SKIPPED: shared corpus folder %s is absent (set MEDIAKG_SHARED); the gold is not checked against the texts", shared)
	}
	corpus := filepath.Join(shared, "corpus")
	gold, err := LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{} // gold key -> text
	for _, p := range CorpusFiles(gold, corpus) {
		if filepath.Ext(p) != ".jsonl" {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(corpus, p)
			texts[filepath.ToSlash(rel)] = string(raw)
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ URL, Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				texts[rec.URL] = rec.Text
			}
		}
		f.Close()
	}
	checkAgainstTexts(t, gold, texts)
}

// TestSyntheticGold checks the synthetic set (testdata/synthetic, whose
// articles are in the repository): it loads and validates, scores
// perfectly against itself, and every name and date expression it lists
// occurs in its article.
func TestSyntheticGold(t *testing.T) {
	const dir = "../../testdata/synthetic"
	gold, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 30 {
		t.Errorf("synthetic set has %d articles, want at least 30", len(gold))
	}
	docs := map[string]*document.Document{}
	for i := range gold {
		docs[gold[i].Key()] = gold[i].Document()
	}
	r := Score(gold, docs)
	for _, a := range r.PerArticle {
		if a.Errors() > 0 {
			t.Errorf("%s scored against itself: %+v %+v %+v", a.Key, a.Misses, a.FalsePositives, a.WrongDates)
		}
	}
	texts := map[string]string{}
	for _, p := range CorpusFiles(gold, dir) {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ URL, Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				texts[rec.URL] = rec.Text
			}
		}
		f.Close()
	}
	checkAgainstTexts(t, gold, texts)
}

// checkAgainstTexts checks that every organization and person of the gold
// (or optional) has a name or alias that occurs in its article's text
// (texts by gold key) and that every date expression occurs there.
func checkAgainstTexts(t *testing.T, gold []Article, texts map[string]string) {
	t.Helper()
	// Compare in slug form, so that quotes, apostrophes and spacing do not
	// matter; a possessive ("Putin's") counts as an occurrence.
	has := func(text, s string) bool {
		t, k := "-"+text+"-", document.Slug(s)
		return strings.Contains(t, "-"+k+"-") || strings.Contains(t, "-"+k+"s-")
	}
	for i := range gold {
		a := &gold[i]
		raw, ok := texts[a.Key()]
		if !ok {
			t.Errorf("%s: no text in the corpus", a.Key())
			continue
		}
		text := document.Slug(raw)
		// scraped excerpts glue words at markup boundaries ("theBelga
		// news agency", "center.This year"): a form that occurs only glued
		// still occurs
		glued := strings.ToLower(strings.Join(strings.Fields(raw), " "))
		has := func(text, s string) bool {
			return has(text, s) || strings.Contains(glued, strings.ToLower(strings.Join(strings.Fields(s), " ")))
		}
		named := append(append(append(append([]Named(nil), a.Entities.Organization...), a.Entities.Person...), a.Optional.Organization...), a.Optional.Person...)
		for _, n := range named {
			found := has(text, n.Name)
			for _, al := range n.Aliases {
				found = found || has(text, al)
			}
			if !found {
				t.Errorf("%s: %s: neither %q nor an alias occurs in the text", a.ID, n.ID, n.Name)
			}
		}
		for _, d := range a.Dates {
			if !has(text, d.Text) {
				t.Errorf("%s: date expression %q does not occur in the text", a.ID, d.Text)
			}
		}
		for _, d := range a.Optional.Dates {
			if !has(text, d) {
				t.Errorf("%s: optional date %q does not occur in the text", a.ID, d)
			}
		}
	}
}

// TestGoldDev2 checks the dev2 gold (testdata/gold-dev2, annotated to
// MEASUREMENT.md): it loads and validates, is scored by the measurement
// standard, scores perfectly against itself, its split manifest agrees
// with PartOf, and (when ../shared is present) every name and date
// expression occurs in its article.
func TestGoldDev2(t *testing.T) {
	const dir = "../../testdata/gold-dev2"
	gold, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := StandardFor(gold); got != StandardMeasurement {
		t.Errorf("standard %s, want %s", got, StandardMeasurement)
	}
	docs := map[string]*document.Document{}
	for i := range gold {
		docs[gold[i].Key()] = gold[i].Document()
	}
	for _, a := range Measure(gold, docs).PerArticle {
		if a.Errors() > 0 {
			t.Errorf("%s scored against itself: %+v %+v", a.Key, a.Misses, a.FalsePositives)
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "split.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	part := map[string]string{} // id -> part
	half := map[string]string{} // id -> half of the check part, "-" for tune
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 4 && !strings.HasPrefix(line, "#") {
			part[f[1]], half[f[1]] = f[2], f[3]
		}
	}
	if len(part) != len(gold) {
		t.Errorf("split manifest has %d ids, the gold %d articles", len(part), len(gold))
	}
	for i := range gold {
		if p := part[gold[i].ID]; p != PartOf(&gold[i]) {
			t.Errorf("%s: manifest part %q, PartOf %q", gold[i].ID, p, PartOf(&gold[i]))
		}
		want := CheckHalfOf(&gold[i])
		if want == "" {
			want = "-"
		}
		if h := half[gold[i].ID]; h != want {
			t.Errorf("%s: manifest half %q, CheckHalfOf %q", gold[i].ID, h, want)
		}
	}
	shared, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skipf("SKIPPED: shared corpus folder %s is absent (set MEDIAKG_SHARED); the dev2 gold is not checked against the texts", shared)
	}
	texts := map[string]string{}
	for _, p := range CorpusFiles(gold, filepath.Join(shared, "corpus")) {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ URL, Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				texts[rec.URL] = rec.Text
			}
		}
		f.Close()
	}
	checkAgainstTexts(t, gold, texts)
}
