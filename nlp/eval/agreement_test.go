package eval

import (
	"path/filepath"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// Agreement scores annotation b of some articles against annotation a of
// the same articles (a is the reference): F1 is the agreement per category.
func Agreement(a, b []Article) *Report {
	docs := map[string]*document.Document{}
	for i := range b {
		docs[b[i].Key()] = b[i].Document()
	}
	keys := map[string]bool{}
	for _, x := range b {
		keys[x.Key()] = true
	}
	var ref []Article
	for _, x := range a {
		if keys[x.Key()] {
			ref = append(ref, x)
		}
	}
	return Score(ref, docs)
}

// TestSelfAgreement compares the blind re-annotation of five articles
// (testdata/gold/selfcheck/blind.yaml) with the gold set. The figures are in
// docs/annotation.md, section 8; the floors below are a little under them,
// so that a gold edit that drifts from the guide is noticed.
func TestSelfAgreement(t *testing.T) {
	gold, err := LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	blind, err := Load(filepath.Join(goldDir, "selfcheck", "blind.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	r := Agreement(gold, blind)
	if len(r.Missing) > 0 || r.Articles != len(blind) {
		t.Fatalf("blind articles not all in the gold: %d of %d, missing %v", r.Articles, len(blind), r.Missing)
	}
	floors := map[string]float64{"Country": 0.95, "Organization": 0.9, "Person": 0.95, "Event": 0.9}
	for _, typ := range EntityTypes {
		c := r.EntityCounts(typ)
		t.Logf("%-16s F1 %.3f  %+v", typ, c.F1(), c)
		if c.F1() < floors[string(typ)] {
			t.Errorf("%s agreement %.3f below %.2f", typ, c.F1(), floors[string(typ)])
		}
	}
	for _, typ := range RelationTypes {
		c := r.RelationCounts(typ)
		t.Logf("%-16s F1 %.3f  %+v", typ, c.F1(), c)
	}
	t.Logf("dates: %+v accuracy %.3f", r.Dates.Counts, r.Dates.Accuracy())
	all := Counts{}
	for _, c := range r.Entities {
		all.TP, all.FP, all.FN = all.TP+c.TP, all.FP+c.FP, all.FN+c.FN
	}
	for _, c := range r.Relations {
		all.TP, all.FP, all.FN = all.TP+c.TP, all.FP+c.FP, all.FN+c.FN
	}
	all.TP, all.FP, all.FN = all.TP+r.Dates.TP, all.FP+r.Dates.FP, all.FN+r.Dates.FN
	t.Logf("all items: F1 %.3f %+v", all.F1(), all)
	for _, a := range r.PerArticle {
		for _, it := range a.Misses {
			t.Logf("%s: only in gold: %s %s", a.ID, it.Kind, it.What)
		}
		for _, it := range a.FalsePositives {
			t.Logf("%s: only in blind: %s %s", a.ID, it.Kind, it.What)
		}
		for _, it := range a.WrongDates {
			t.Logf("%s: date differs: %s", a.ID, it.What)
		}
	}
}
