package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

const goldDir = "../../testdata/gold"

// TestGoldSet loads the committed gold set: every file parses with known
// fields only, every reference resolves, and the set is as large as the
// guide says.
func TestGoldSet(t *testing.T) {
	gold, err := LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	perFile := map[string]int{}
	for _, a := range gold {
		perFile[filepath.Base(a.Source)]++
	}
	for file, min := range map[string]int{"media_dev.yaml": 58, "tass_dev.yaml": 10, "seed.yaml": 1} {
		if perFile[file] < min {
			t.Errorf("%s: %d articles, want at least %d", file, perFile[file], min)
		}
	}
	if len(gold) < 41 {
		t.Errorf("gold set has %d articles, the issue asks for at least 40 plus the seed", len(gold))
	}
}

// TestGoldSelfScore scores the gold against itself rendered as documents:
// every category must come out perfect, which checks that the scorer's
// matching accepts exactly what the gold format expresses.
func TestGoldSelfScore(t *testing.T) {
	gold, err := LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*document.Document{}
	for i := range gold {
		docs[gold[i].Key()] = gold[i].Document()
	}
	r := Score(gold, docs)
	for typ, c := range r.Entities {
		if c.FP != 0 || c.FN != 0 || c.TP == 0 {
			t.Errorf("entities %s: %+v", typ, *c)
		}
	}
	for typ, c := range r.Relations {
		if c.FP != 0 || c.FN != 0 || c.TP == 0 {
			t.Errorf("relations %s: %+v", typ, *c)
		}
	}
	if r.Dates.FP != 0 || r.Dates.FN != 0 || r.Dates.Accuracy() != 1 {
		t.Errorf("dates: %+v", r.Dates)
	}
	for _, a := range r.PerArticle {
		if a.Errors() > 0 {
			t.Errorf("%s: %+v %+v %+v", a.Key, a.Misses, a.FalsePositives, a.WrongDates)
		}
	}
}

func TestValidate(t *testing.T) {
	base := func() Article {
		return Article{
			URL:      "https://example.org/a",
			Entities: Entities{Country: []string{"country:CHN", "country:RUS"}, Organization: []Named{{ID: "org:xinhua", Name: "Xinhua"}}, Event: []Event{{ID: "e1", Type: "forum", Participants: []string{"country:CHN"}}}},
			Dates:    []Date{{Text: "Monday", Value: "2020-10-19", Granularity: "day"}},
		}
	}
	cases := []struct {
		name   string
		change func(*Article)
		want   string // substring of the error; "" = valid
	}{
		{"valid", func(*Article) {}, ""},
		{"no key", func(a *Article) { a.URL = "" }, "no url"},
		{"not iso3", func(a *Article) { a.Entities.Country = append(a.Entities.Country, "country:XXX") }, "XXX"},
		{"former state only optional", func(a *Article) { a.Entities.Country = append(a.Entities.Country, "country:SUN") }, "SUN"},
		{"former state optional ok", func(a *Article) { a.Optional.Country = []string{"country:SUN"} }, ""},
		{"gold and optional", func(a *Article) { a.Optional.Country = []string{"country:CHN"} }, "both gold and optional"},
		{"unknown participant", func(a *Article) { a.Entities.Event[0].Participants = []string{"org:tass"} }, "org:tass"},
		{"bad event date", func(a *Article) { a.Entities.Event[0].Date = "Oct 2020" }, "ISO 8601"},
		{"yearless date ok", func(a *Article) { a.Entities.Event[0].Date = "--10-19" }, ""},
		{"bad location", func(a *Article) { a.Entities.Event[0].Location = "beijing" }, "location"},
		{"bad granularity", func(a *Article) { a.Dates[0].Granularity = "hour" }, "granularity"},
		{"cooperation with unknown", func(a *Article) {
			a.Relations = []Relation{{Type: document.CooperatesWith, From: "country:CHN", To: "org:tass"}}
		}, "COOPERATES_WITH"},
		{"agreed on needs topic", func(a *Article) {
			a.Relations = []Relation{{Type: document.AgreedOn, From: "country:CHN", To: "country:RUS"}}
		}, "topic"},
		{"event fields only", func(a *Article) {
			a.Relations = []Relation{{Type: document.ParticipatedIn, From: "country:CHN", To: "e1"}}
		}, "event fields"},
		{"unknown event", func(a *Article) {
			a.Relations = []Relation{{Type: document.CooperatesWith, From: "country:CHN", To: "country:RUS", Event: "e9"}}
		}, "e9"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := base()
			c.change(&a)
			err := a.Validate()
			switch {
			case c.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error %v, want one mentioning %q", err, c.want)
			}
		})
	}
}

func TestLoadFormats(t *testing.T) {
	dir := t.TempDir()
	yml := "# comment only document\n---\nurl: https://example.org/x\nanchor: {source: published, date: \"2020-10-22\"}\nentities:\n  Country: [CHN, RUS]\n  Event:\n    - {id: e1, type: forum, participants: [CHN]}\nrelations:\n  - {type: COOPERATES_WITH, from: CHN, to: RUS, event: e1}\n"
	jsl := `{"url":"https://example.org/y","anchor":{"source":"none"},"entities":{"Country":["IND"]}}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(jsl), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 {
		t.Fatalf("loaded %d articles, want 2", len(gold))
	}
	a := gold[0]
	if a.File != "dev/a.jsonl" || a.Entities.Country[1] != "country:RUS" || a.Entities.Event[0].Participants[0] != "country:CHN" || a.Relations[0].To != "country:RUS" {
		t.Errorf("normalisation: %+v", a)
	}
	rels := a.AllRelations()
	if len(rels) != 2 || rels[0].Type != document.CooperatesWith || rels[1].Type != document.ParticipatedIn {
		t.Errorf("AllRelations = %+v", rels)
	}
	// An unknown field is an error, so typos in the gold cannot pass silently.
	if err := os.WriteFile(filepath.Join(dir, "c.yaml"), []byte("url: u\nentitis: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "entitis") {
		t.Errorf("unknown field: err = %v", err)
	}
}
