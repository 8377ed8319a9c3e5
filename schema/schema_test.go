package schema

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestModelConsistent checks that every relationship joins declared labels,
// every extracted relationship carries the fact properties, and every index
// covers declared labels, types and properties.
func TestModelConsistent(t *testing.T) {
	seen := map[Label]bool{}
	for _, n := range Nodes {
		if seen[n.Label] {
			t.Errorf("label %s declared twice", n.Label)
		}
		seen[n.Label] = true
		if _, ok := n.Property(n.Key); !ok && (n.Key != "" || n.Label != Statement) {
			t.Errorf("%s: key %q is not among its properties", n.Label, n.Key)
		}
	}
	for _, r := range Relationships {
		for _, l := range append(append([]Label{}, r.From...), r.To...) {
			if !IsLabel(string(l)) {
				t.Errorf("%s joins undeclared label %s", r.Type, l)
			}
		}
		if r.Extracted {
			for _, p := range FactProperties {
				if !hasProp(r.Properties, p.Name) {
					t.Errorf("extracted %s lacks fact property %s", r.Type, p.Name)
				}
			}
		}
	}
	names := map[string]bool{}
	for _, ix := range Indexes() {
		if names[ix.Name] {
			t.Errorf("index name %s used twice", ix.Name)
		}
		names[ix.Name] = true
		if (ix.RelType == "") == (len(ix.Labels) == 0) {
			t.Errorf("index %s: exactly one of labels and relationship type must be set", ix.Name)
		}
		for _, l := range ix.Labels {
			n, ok := NodeByLabel(l)
			if !ok {
				t.Errorf("index %s on undeclared label %s", ix.Name, l)
				continue
			}
			for _, p := range ix.Properties {
				if _, ok := n.Property(p); !ok {
					t.Errorf("index %s: %s has no property %s", ix.Name, l, p)
				}
			}
		}
		if ix.RelType != "" {
			r, ok := RelationshipByType(ix.RelType)
			if !ok {
				t.Errorf("index %s on undeclared type %s", ix.Name, ix.RelType)
			}
			for _, p := range ix.Properties {
				if !hasProp(r.Properties, p) {
					t.Errorf("index %s: %s has no property %s", ix.Name, ix.RelType, p)
				}
			}
		}
	}
	for _, want := range []string{"event_date", "article_published", FulltextNames, "country_iso3_unique", "cooperates_with_fact_unique"} {
		if !names[want] {
			t.Errorf("index %s missing", want)
		}
	}
}

func hasProp(ps []Property, name string) bool {
	for _, p := range ps {
		if p.Name == name {
			return true
		}
	}
	return false
}

func TestDDL(t *testing.T) {
	cases := []struct {
		name string
		ix   Index
		want string
	}{
		{"node unique", Index{Name: "country_iso3_unique", Kind: Unique, Labels: []Label{Country}, Properties: []string{"iso3"}},
			"CREATE CONSTRAINT country_iso3_unique IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE"},
		{"relationship unique", Index{Name: "x", Kind: Unique, RelType: CooperatesWith, Properties: []string{"fact"}},
			"CREATE CONSTRAINT x IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.fact IS UNIQUE"},
		{"range", Index{Name: "event_date", Kind: Range, Labels: []Label{Event}, Properties: []string{"date"}},
			"CREATE RANGE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)"},
		{"fulltext", Index{Name: "ft", Kind: Fulltext, Labels: []Label{Country, Organization}, Properties: []string{"name", "aliases"}},
			"CREATE FULLTEXT INDEX ft IF NOT EXISTS FOR (n:Country|Organization) ON EACH [n.name, n.aliases]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.ix.DDL(); got != c.want {
				t.Errorf("DDL:\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestMapping(t *testing.T) {
	cases := []struct {
		id       string
		label    Label
		ok       bool
		keyValue string
	}{
		{"country:CHN", Country, true, "CHN"},
		{"country:rus", Country, true, "RUS"},
		{"org:xinhua", Organization, true, "org:xinhua"},
		{"person:wang-yi", Person, true, "person:wang-yi"},
		{"place:beijing", Place, true, "place:beijing"},
		{"event:conference-2020-10-19", Event, true, "event:conference-2020-10-19"},
		{"series:china-russia-media", EventSeries, true, "series:china-russia-media"},
		{"topic:press-coordination", Topic, true, "topic:press-coordination"},
		{"date:2020-10-19", "", false, ""},
		{"org:", "", false, ""},
		{"xinhua", "", false, ""},
	}
	for _, c := range cases {
		l, ok := LabelForID(c.id)
		if l != c.label || ok != c.ok {
			t.Errorf("LabelForID(%q) = %q, %v; want %q, %v", c.id, l, ok, c.label, c.ok)
			continue
		}
		if ok && KeyValue(l, c.id) != c.keyValue {
			t.Errorf("KeyValue(%s, %q) = %q, want %q", l, c.id, KeyValue(l, c.id), c.keyValue)
		}
	}
	for _, c := range []struct {
		t  document.EntityType
		l  Label
		ok bool
	}{
		{document.Country, Country, true}, {document.Organization, Organization, true},
		{document.Topic, Topic, true}, {document.Date, "", false}, {document.Title, "", false}, {"", "", false},
	} {
		if l, ok := LabelForEntityType(c.t); l != c.l || ok != c.ok {
			t.Errorf("LabelForEntityType(%q) = %q, %v", c.t, l, ok)
		}
	}
	if KeyProperty(Country) != "iso3" || KeyProperty(Event) != "id" {
		t.Error("KeyProperty")
	}
}

func TestCypherNames(t *testing.T) {
	cases := []struct {
		name   string
		src    string
		labels []string
		types  []string
	}{
		{"node and rel", "MATCH (a:Country {iso3: 'CHN'})-[r:COOPERATES_WITH]-(b:Country) RETURN a, b",
			[]string{"Country"}, []string{"COOPERATES_WITH"}},
		{"alternatives and varlength", "MATCH (o:Organization|Country)<-[:PARTICIPATED_IN|ORGANIZED*1..2]-(e) RETURN o",
			[]string{"Country", "Organization"}, []string{"ORGANIZED", "PARTICIPATED_IN"}},
		{"label predicate and strings", "MATCH (n) WHERE n:Event AND n.name = 'x:Fake' // (:Comment)\nRETURN n",
			[]string{"Event"}, nil},
		{"maps are not labels", "MATCH (e:Event {id: $id}) SET e += {name: row.name, type:row.type} RETURN e",
			[]string{"Event"}, nil},
		{"subqueries", "MATCH (e:Event) WHERE EXISTS { (e)<-[:REPORTS]-(:Article) } RETURN COUNT { (e)-[:PART_OF]->(:EventSeries) }",
			[]string{"Article", "Event", "EventSeries"}, []string{"PART_OF", "REPORTS"}},
		{"pattern comprehension, backticks, block comment", "RETURN [(a)-[:`MENTIONS`]->(x:`Topic`) | x.name] /* (:Nope) */",
			[]string{"Topic"}, []string{"MENTIONS"}},
		{"multiple labels", "MATCH (x:Organization:Country) RETURN x", []string{"Country", "Organization"}, nil},
		{"shell commands skipped", ":param id => 'x'\nMATCH (a:Article) RETURN a", []string{"Article"}, nil},
		{"undeclared", "MATCH (a:Agency)-[:WORKS_WITH]->(b) RETURN a", []string{"Agency"}, []string{"WORKS_WITH"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := CypherNames(c.src)
			if !reflect.DeepEqual(nilIfEmpty(got.Labels), c.labels) || !reflect.DeepEqual(nilIfEmpty(got.RelTypes), c.types) {
				t.Errorf("CypherNames = %+v, want labels %v types %v", got, c.labels, c.types)
			}
		})
	}
	if u := Undeclared("MATCH (a:Agency)-[:WORKS_WITH]->(b:Country) RETURN a"); len(u) != 2 {
		t.Errorf("Undeclared found %v, want the label and the type", u)
	}
	if u := Undeclared(WhyQuery); len(u) != 0 {
		t.Errorf("WhyQuery names undeclared things: %v", u)
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestQueriesUseDeclaredNames fails when a .cypher file under queries/ names
// a label or relationship type that the model does not declare.
func TestQueriesUseDeclaredNames(t *testing.T) {
	root := filepath.Join("..", "queries")
	var files int
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && path == root {
				return filepath.SkipDir
			}
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".cypher") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for _, msg := range Undeclared(string(raw)) {
			t.Errorf("%s: %s", path, msg)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("checked %d .cypher files under %s", files, root)
}

// TestShowGolden keeps `schema show` output stable; -update rewrites it.
func TestShowGolden(t *testing.T) {
	for _, c := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"show.txt", func(b *bytes.Buffer) error { return WriteText(b) }},
		{"model.mmd", func(b *bytes.Buffer) error { return WriteMermaid(b) }},
	} {
		var b bytes.Buffer
		if err := c.write(&b); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", c.file)
		if *update {
			if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./schema -update)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from the model's output; run go test ./schema -update and review", golden)
		}
	}
}

// TestDocsDiagram checks that docs/graph-model.md embeds the current Mermaid
// diagram.
func TestDocsDiagram(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "graph-model.md"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteMermaid(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), b.String()) {
		t.Error("docs/graph-model.md does not embed the current diagram: paste the output of `mediakg schema show --format mermaid`")
	}
	if !strings.Contains(string(doc), WhyQuery) {
		t.Error("docs/graph-model.md does not show the current WhyQuery")
	}
}
