package queries

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/schema"
)

// required lists the questions the issue asks the library to answer, by
// query name; a rename must update this list and the docs.
var required = []string{
	"partners-of-country", "timeline-between", "series-timeline", "active-organizations",
	"co-participation", "article-facts", "edge-provenance", "events-in-range",
	"new-partners-per-year", "event-neighbourhood", "organizations-by-country",
	"quality-mentioned-once", "quality-events-without-date", "quality-orphans",
}

func TestLibraryParses(t *testing.T) {
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	names := lib.Names()
	if !sort.StringsAreSorted(names) {
		t.Errorf("names not sorted: %v", names)
	}
	for _, want := range required {
		if _, err := lib.Get(want); err != nil {
			t.Errorf("required query missing: %v", err)
		}
	}
	for _, q := range lib.All() {
		if len(q.Description) < 20 || strings.HasSuffix(q.Description, " ") {
			t.Errorf("%s: description too short or untidy: %q", q.Name, q.Description)
		}
		for _, p := range q.Params {
			if p.Description == "" {
				t.Errorf("%s: parameter %s has no description", q.Name, p.Name)
			}
		}
		if q.Body() == "" {
			t.Errorf("%s: empty body", q.Name)
		}
	}
}

var (
	stringLit = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`)
	// After stripping strings and comments, `:Name` is a label and
	// `:NAME_WITH_CAPS` (possibly `:A|B`) a relationship type; map keys
	// (`{id: $x}`) are followed by a value, never by a capital.
	colonName = regexp.MustCompile(`:\s*([A-Za-z_][A-Za-z0-9_]*(?:\|[A-Za-z_][A-Za-z0-9_]*)*)`)
	allCaps   = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	labelName = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$`)
	// labels used as a value: `$label IN labels(n)` compares with strings,
	// which the scan does not see.
)

// TestLibraryNamesOnlySchemaVocabulary fails when a query names a label or
// relationship type that package schema does not declare.
func TestLibraryNamesOnlySchemaVocabulary(t *testing.T) {
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range lib.All() {
		labels, rels := vocabulary(q.Body())
		if len(labels)+len(rels) == 0 {
			t.Errorf("%s: found no label or type at all; is the scan broken?", q.Name)
		}
		for _, l := range labels {
			if !schema.IsLabel(l) {
				t.Errorf("%s: label %s is not declared in package schema", q.Name, l)
			}
		}
		for _, r := range rels {
			if !schema.IsRelType(r) {
				t.Errorf("%s: relationship type %s is not declared in package schema", q.Name, r)
			}
		}
	}
}

// vocabulary returns the labels and relationship types a Cypher text names.
func vocabulary(body string) (labels, rels []string) {
	body = stripComments(stringLit.ReplaceAllString(body, `""`))
	for _, m := range colonName.FindAllStringSubmatch(body, -1) {
		for _, name := range strings.Split(m[1], "|") {
			switch {
			case allCaps.MatchString(name):
				rels = append(rels, name)
			case labelName.MatchString(name):
				labels = append(labels, name)
			}
		}
	}
	return labels, rels
}

func TestVocabularyScan(t *testing.T) {
	labels, rels := vocabulary(`MATCH (c:Country {iso3: $iso3})<-[:BASED_IN*0..1]-(x:Organization)-[r:PARTICIPATED_IN|ORGANIZED]->(e)
WHERE n:Bogus AND x.name = "Not:Label" // (:Comment)
RETURN {a: e.id}`)
	if got := strings.Join(labels, ","); got != "Country,Organization,Bogus" {
		t.Errorf("labels = %s", got)
	}
	if got := strings.Join(rels, ","); got != "BASED_IN,PARTICIPATED_IN,ORGANIZED" {
		t.Errorf("rels = %s", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file, src, want string
	}{
		{"no name", "x.cypher", "// description: d\nRETURN 1", "no `// name:`"},
		{"no description", "x.cypher", "// name: x\nRETURN 1", "no `// description:`"},
		{"bad name", "X_Y.cypher", "// name: X_Y\n// description: d\nRETURN 1", "lower-case"},
		{"file mismatch", "y.cypher", "// name: x\n// description: d\nRETURN 1", "does not match"},
		{"no body", "x.cypher", "// name: x\n// description: d\n", "no Cypher"},
		{"bad type", "x.cypher", "// name: x\n// description: d\n// param: a MAP = {}\nRETURN $a", "bad param line"},
		{"bad default", "x.cypher", "// name: x\n// description: d\n// param: a INTEGER = \"one\"\nRETURN $a", "not a INTEGER literal"},
		{"bad date default", "x.cypher", "// name: x\n// description: d\n// param: a DATE = \"2020-13-01\"\nRETURN $a", "not a DATE"},
		{"undeclared", "x.cypher", "// name: x\n// description: d\nRETURN $a", "$a is used but not declared"},
		{"unused", "x.cypher", "// name: x\n// description: d\n// param: a STRING = \"\" — a\nRETURN 1", "declared but never used"},
		{"twice", "x.cypher", "// name: x\n// description: d\n// param: a STRING\n// param: a STRING\nRETURN $a", "declared twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseHeader(t *testing.T) {
	src := `// name: sample
// description: A sample query.
// param: iso3 STRING = "CHN" — country code
// param: n INTEGER = 5 -- how many
// param: since DATE = "2020-01-02" — first day
// param: kinds LIST<STRING> = ["a", "b"] — kinds
// param: on BOOLEAN = false — switch
// param: min FLOAT = 0.5 — threshold
// param: who STRING — required one
//
// Free text: ignored.
MATCH (c:Country {iso3: $iso3}) // trailing $ignored
WHERE $on OR $min > 0 OR $since > date() OR size($kinds) > $n OR c.id = $who
RETURN c`
	q, err := Parse("sample.cypher", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range q.Params {
		got = append(got, p.String()+"|"+p.Description)
	}
	want := []string{
		`iso3:STRING="CHN"|country code`, `n:INTEGER=5|how many`, `since:DATE="2020-01-02"|first day`,
		`kinds:LIST<STRING>=["a", "b"]|kinds`, `on:BOOLEAN=false|switch`, `min:FLOAT=0.5|threshold`,
		`who:STRING|required one`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("params:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(q.Body(), "MATCH (c:Country") {
		t.Errorf("body = %q", q.Body())
	}
	if q.Signature() != `sample iso3:STRING="CHN" n:INTEGER=5 since:DATE="2020-01-02" kinds:LIST<STRING>=["a", "b"] on:BOOLEAN=false min:FLOAT=0.5 who:STRING` {
		t.Errorf("signature = %s", q.Signature())
	}
}

func TestUnknownQueryListsValidNames(t *testing.T) {
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	_, err = lib.Get("partners")
	if err == nil {
		t.Fatal("no error for an unknown name")
	}
	if !strings.Contains(err.Error(), `unknown query "partners"`) || !strings.Contains(err.Error(), "partners-of-country") {
		t.Errorf("error does not name the valid queries: %v", err)
	}
}
