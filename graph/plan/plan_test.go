package plan

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

const body = "Ruritania and Freedonia held a media forum. RNA and FBC agreed to exchange news."

func baseDoc() *document.Document {
	return &document.Document{
		Article: document.Article{ID: "article:t1", Title: "Forum", Publisher: "Daily Example", Published: "2020-10-21T08:00:00+08:00",
			Dateline: &document.Dateline{Place: "FREEDONIA CITY", Date: "2020-10-20", Agency: "FBC"}, Body: body, Language: "en"},
		Entities: []document.Entity{
			{ID: "country:RUR", Type: document.Country, Name: "Ruritania", Mentions: []document.EntityMention{{Text: "Ruritania", Start: 0, End: 9}}},
			{ID: "country:fre", Type: document.Country, Name: "Freedonia", Mentions: []document.EntityMention{{Text: "Freedonia", Start: 14, End: 23}}},
			{ID: "org:rna", Type: document.Organization, Name: "Ruritanian News Agency", Kind: "news_agency", Country: "country:RUR", Aliases: []string{"RNA", " RNA "},
				Mentions: []document.EntityMention{{Text: "RNA", Start: 44, End: 47}}},
			{ID: "date:2020-10-19", Type: document.Date, Name: "Monday", Value: "2020-10-19"},
		},
		Events: []document.Event{{ID: "event:forum-2020-10", Type: "forum", Date: "2020-10", DateGranularity: "month",
			Participants: []string{"country:RUR", "country:FRE"}, Evidence: document.Evidence{Start: 0, End: 43}, Rule: "ev", Confidence: 0.8}},
	}
}

func rel(t, from, to string, conf float64) document.Relation {
	return document.Relation{Type: t, From: from, To: to, Rule: "r", Confidence: conf, Evidence: document.Evidence{Start: 44, End: len(body)}}
}

func build(t *testing.T, d *document.Document, remap map[string]string) *Article {
	t.Helper()
	a, err := Build(d, remap)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func findFact(a *Article, t schema.RelType) []Fact {
	var out []Fact
	for _, f := range a.Facts {
		if f.Type == t {
			out = append(out, f)
		}
	}
	return out
}

func findLink(a *Article, t schema.RelType, to string) *Link {
	for i, l := range a.Links {
		if l.Type == t && l.To.ID == to {
			return &a.Links[i]
		}
	}
	return nil
}

func findNode(a *Article, id string) *Node {
	for i, n := range a.Nodes {
		if n.ID == id {
			return &a.Nodes[i]
		}
	}
	return nil
}

func TestBuildCases(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(d *document.Document)
		remap map[string]string
		check func(t *testing.T, a *Article)
	}{
		{"symmetric cooperation is stored once, smaller id first", func(d *document.Document) {
			d.Relations = []document.Relation{rel(document.CooperatesWith, "org:rna", "country:FRE", 0.7), rel(document.CooperatesWith, "country:FRE", "org:rna", 0.9)}
		}, nil, func(t *testing.T, a *Article) {
			fs := findFact(a, schema.CooperatesWith)
			if len(fs) != 1 || fs[0].From.ID != "country:FRE" || fs[0].To.ID != "org:rna" || fs[0].Confidence != 0.9 ||
				fs[0].Key != "COOPERATES_WITH|country:FRE|org:rna|" {
				t.Errorf("facts %+v", fs)
			}
		}},
		{"country ids are canonical", nil, nil, func(t *testing.T, a *Article) {
			if findNode(a, "country:FRE") == nil || findNode(a, "country:fre") != nil {
				t.Errorf("nodes %+v", a.Nodes)
			}
			if n := findNode(a, "country:FRE"); n.Props["iso3"] != "FRE" {
				t.Errorf("iso3 %v", n.Props["iso3"])
			}
		}},
		{"facts outside the model are dropped with a reason", func(d *document.Document) {
			d.Relations = []document.Relation{rel("LIKES", "country:RUR", "country:FRE", 1), rel(document.ParticipatedIn, "place:x", "event:forum-2020-10", 1),
				rel(document.CooperatesWith, "country:RUR", "banana", 1)}
		}, nil, func(t *testing.T, a *Article) {
			if len(a.Dropped) != 3 {
				t.Errorf("dropped %+v", a.Dropped)
			}
		}},
		{"agreement on a topic given only by name", func(d *document.Document) {
			r := rel(document.AgreedOn, "org:rna", "", 0.6)
			r.Topic = "news exchange"
			d.Relations = []document.Relation{r}
		}, nil, func(t *testing.T, a *Article) {
			fs := findFact(a, schema.AgreedOn)
			if len(fs) != 1 || fs[0].To != (Ref{schema.Topic, "topic:news-exchange"}) {
				t.Fatalf("facts %+v", fs)
			}
			if n := findNode(a, "topic:news-exchange"); n == nil || n.Props["name"] != "news exchange" {
				t.Errorf("topic node %+v", n)
			}
			if l := findLink(a, schema.Mentions, "topic:news-exchange"); l == nil || l.Props["count"] != int64(0) || l.Props["first"] != int64(-1) {
				t.Errorf("implied mention %+v", l)
			}
		}},
		{"fact endpoints without a tagged mention are mentioned implicitly", func(d *document.Document) {
			d.Relations = []document.Relation{rel(document.CooperatesWith, "org:rna", "org:fbc", 0.5)}
		}, nil, func(t *testing.T, a *Article) {
			if l := findLink(a, schema.Mentions, "org:fbc"); l == nil || l.Props["count"] != int64(0) {
				t.Errorf("no implied MENTIONS of org:fbc: %+v", a.Links)
			}
		}},
		{"a relation's event not in Events is reported", func(d *document.Document) {
			r := rel(document.CooperatesWith, "country:RUR", "country:FRE", 0.5)
			r.Event = "event:other"
			d.Relations = []document.Relation{r}
		}, nil, func(t *testing.T, a *Article) {
			if l := findLink(a, schema.Reports, "event:other"); l == nil || l.Props["rule"] != "relation" {
				t.Errorf("REPORTS %+v", a.Links)
			}
		}},
		{"resolved events are renamed everywhere", func(d *document.Document) {
			r := rel(document.CooperatesWith, "country:RUR", "country:FRE", 0.5)
			r.Event = "event:forum-2020-10"
			d.Relations = []document.Relation{r}
		}, map[string]string{"event:forum-2020-10": "event:canonical"}, func(t *testing.T, a *Article) {
			if findNode(a, "event:forum-2020-10") != nil || findNode(a, "event:canonical") == nil {
				t.Errorf("nodes %+v", a.Nodes)
			}
			for _, f := range a.Facts {
				if f.Type == schema.CooperatesWith && (f.Event != "event:canonical" || f.Key != "COOPERATES_WITH|country:FRE|country:RUR|event:canonical") {
					t.Errorf("fact %+v", f)
				}
				if f.Type == schema.ParticipatedIn && f.To.ID != "event:canonical" {
					t.Errorf("participation %+v", f)
				}
			}
		}},
		{"month dates are text only", nil, nil, func(t *testing.T, a *Article) {
			n := findNode(a, "event:forum-2020-10")
			if _, ok := n.Props["date"]; ok || n.Props["date_text"] != "2020-10" {
				t.Errorf("event props %+v", n.Props)
			}
		}},
		{"publisher and dateline agency become organizations", nil, nil, func(t *testing.T, a *Article) {
			if findLink(a, schema.PublishedBy, "org:daily-example") == nil || findLink(a, schema.SourcedFrom, "org:fbc") == nil {
				t.Errorf("links %+v", a.Links)
			}
			if a.Props["published"] != "2020-10-21" || a.Props["dateline_date"] != "2020-10-20" {
				t.Errorf("article props %+v", a.Props)
			}
		}},
		{"aliases are trimmed, deduplicated and exclude the name", nil, nil, func(t *testing.T, a *Article) {
			if n := findNode(a, "org:rna"); !reflect.DeepEqual(n.Props["aliases"], []string{"RNA"}) || n.Props["country"] != "RUR" {
				t.Errorf("org props %+v", n.Props)
			}
		}},
		{"event participants become facts with the event's evidence", nil, nil, func(t *testing.T, a *Article) {
			fs := findFact(a, schema.ParticipatedIn)
			if len(fs) != 2 || fs[0].Evidence != body[:43] || fs[0].Rule != "ev" {
				t.Errorf("participation %+v", fs)
			}
		}},
		{"dates and titles are not nodes", nil, nil, func(t *testing.T, a *Article) {
			for _, n := range a.Nodes {
				if document.IDPrefix(n.ID) == "date" {
					t.Errorf("date node %+v", n)
				}
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := baseDoc()
			if c.edit != nil {
				c.edit(d)
			}
			c.check(t, build(t, d, c.remap))
		})
	}
}

// TestPropertiesDeclared checks that a plan only sets properties the
// schema declares.
func TestPropertiesDeclared(t *testing.T) {
	d := baseDoc()
	d.Relations = []document.Relation{rel(document.CooperatesWith, "org:rna", "country:FRE", 0.7)}
	a := build(t, d, nil)
	for _, n := range a.Nodes {
		decl, _ := schema.NodeByLabel(n.Label)
		for k := range n.Props {
			if _, ok := decl.Property(k); !ok {
				t.Errorf("%s sets undeclared %s", n.Label, k)
			}
		}
	}
	art, _ := schema.NodeByLabel(schema.Article)
	for k := range a.Props {
		if _, ok := art.Property(k); !ok {
			t.Errorf("Article sets undeclared %s", k)
		}
	}
	for _, l := range a.Links {
		r, _ := schema.RelationshipByType(l.Type)
		if !r.Joins(l.From.Label, l.To.Label) {
			t.Errorf("%s joins %s to %s", l.Type, l.From.Label, l.To.Label)
		}
		for k := range l.Props {
			found := false
			for _, p := range r.Properties {
				found = found || p.Name == k
			}
			if !found {
				t.Errorf("%s sets undeclared %s", l.Type, k)
			}
		}
	}
}

func TestBuildGolden(t *testing.T) {
	d := baseDoc()
	d.Relations = []document.Relation{rel(document.CooperatesWith, "org:rna", "country:FRE", 0.7)}
	a := build(t, d, nil)
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "plan.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./graph/plan -update)", err)
	}
	if !bytes.Equal(append(got, '\n'), want) {
		t.Errorf("plan differs from %s; run go test ./graph/plan -update and review", golden)
	}
}

func TestBuildWithoutID(t *testing.T) {
	if _, err := Build(&document.Document{}, nil); err == nil {
		t.Error("want an error for a document without article id")
	}
}

func TestHash(t *testing.T) {
	a := document.Article{ID: "x", Body: "b"}
	h1 := Hash(&a)
	a.Body = "c"
	if h2 := Hash(&a); h1 == h2 || len(h1) != 64 {
		t.Errorf("hashes %s %s", h1, h2)
	}
	a.ContentHash = "given"
	if Hash(&a) != "given" {
		t.Error("the reader's hash wins")
	}
}

func TestMergeProps(t *testing.T) {
	dst := map[string]any{"name": "Xinhua", "aliases": []string{"XNA"}}
	changed := MergeProps(dst, map[string]any{"name": "Other", "kind": "news_agency", "aliases": []string{"新华社", "XNA"}, "wikidata": ""})
	want := map[string]any{"name": "Xinhua", "kind": "news_agency", "aliases": []string{"XNA", "新华社"}}
	if !changed || !reflect.DeepEqual(dst, want) {
		t.Errorf("merged %v (changed %v), want %v", dst, changed, want)
	}
	if MergeProps(dst, map[string]any{"name": "Again", "aliases": []string{"XNA"}}) {
		t.Error("nothing new should report no change")
	}
}

// TestHomeCountryCode: the NLP side gives an organization's home country as
// a bare ISO3 code; it must still become BASED_IN and the country property.
func TestHomeCountryCode(t *testing.T) {
	for _, home := range []string{"RUR", "country:RUR"} {
		doc := baseDoc()
		for i := range doc.Entities {
			if doc.Entities[i].ID == "org:rna" {
				doc.Entities[i].Country = home
			}
		}
		a, err := Build(doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, l := range a.Derived {
			if l.Type == schema.BasedIn && l.From.ID == "org:rna" && l.To.ID == "country:RUR" {
				found = true
			}
		}
		if !found {
			t.Errorf("country %q: no BASED_IN org:rna -> country:RUR", home)
		}
	}
}

// TestUnitOf: a unit whose name names its parent is linked UNIT_OF to the
// parent only when the article names the parent as an organization too;
// never to itself, never to a bare id cut from the unit's name.
func TestUnitOf(t *testing.T) {
	unit := document.Entity{ID: "org:press-department-of-the-rna", Type: document.Organization,
		Name: "Press Department of the RNA", Kind: "government_body",
		Mentions: []document.EntityMention{{Text: "Press Department of the RNA", Start: 10, End: 37}}}
	cases := []struct {
		name, parent string
		want         bool
	}{
		{"parent named in the article", "org:rna", true},
		{"parent not named", "org:ruritanian-ministry-of-media", false},
		{"parent is the unit itself", "org:press-department-of-the-rna", false},
		{"parent is a country", "country:RUR", false},
	}
	for _, c := range cases {
		doc := baseDoc()
		u := unit
		u.Parent = c.parent
		doc.Entities = append(doc.Entities, u)
		a, err := Build(doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		var links []string
		for _, l := range a.Derived {
			if l.Type == schema.UnitOf {
				links = append(links, l.From.ID+" -> "+l.To.ID)
			}
		}
		var prop any
		for _, n := range a.Nodes {
			if n.Ref.ID == unit.ID {
				prop = n.Props["parent"]
			}
		}
		if c.want {
			want := []string{unit.ID + " -> " + c.parent}
			if !reflect.DeepEqual(links, want) || prop != c.parent {
				t.Errorf("%s: UNIT_OF %v, parent property %v; want %v and %q", c.name, links, prop, want, c.parent)
			}
		} else if len(links) > 0 || prop != nil {
			t.Errorf("%s: UNIT_OF %v, parent property %v; want none", c.name, links, prop)
		}
	}
}

func TestMergePropsConfidence(t *testing.T) {
	meta := map[string]any{"name": "RNA", "aliases": []string{"RNA"}}
	gaz := map[string]any{"name": "Ruritanian News Agency", "kind": "news_agency", "confidence": 1.0, "aliases": []string{"RNA", "R.N.A."}}
	pattern := map[string]any{"name": "Ruritanian Agency", "kind": "other", "confidence": 0.6}

	dst := map[string]any{}
	for _, src := range []map[string]any{meta, gaz, pattern} {
		MergeProps(dst, src)
	}
	if dst["name"] != "Ruritanian News Agency" || dst["kind"] != "news_agency" || dst["confidence"] != 1.0 {
		t.Errorf("the most confident source must win whatever the order: %v", dst)
	}
	if !reflect.DeepEqual(dst["aliases"], []string{"R.N.A.", "RNA"}) {
		t.Errorf("aliases = %v, want the union", dst["aliases"])
	}
	if MergeProps(dst, meta) {
		t.Error("a less confident source that brings nothing new must not change the node")
	}
}

// TestWikidataProperty: a gazetteer QID becomes the node's `wikidata`
// property on organizations and countries; an entity without one gets none.
func TestWikidataProperty(t *testing.T) {
	doc := baseDoc()
	doc.Entities[0].QID = "Q100"
	doc.Entities[2].QID = "Q200"
	a := build(t, doc, nil)
	got := map[string]any{}
	for _, n := range a.Nodes {
		if v, ok := n.Props["wikidata"]; ok {
			got[n.Ref.ID] = v
		}
	}
	want := map[string]any{"country:RUR": "Q100", "org:rna": "Q200"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wikidata properties %v, want %v", got, want)
	}
}
