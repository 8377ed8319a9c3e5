package queries

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestTypeParse(t *testing.T) {
	day := neo4j.DateOf(time.Date(2020, 10, 19, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		typ  Type
		in   string
		want any
		err  string
	}{
		{String, " CHN ", " CHN ", ""},
		{Integer, "42", int64(42), ""},
		{Integer, "4.2", nil, `"4.2" is not an INTEGER`},
		{Float, "0.75", 0.75, ""},
		{Float, "high", nil, "not a FLOAT"},
		{Boolean, "true", true, ""},
		{Boolean, "0", false, ""},
		{Boolean, "yes", nil, "not a BOOLEAN"},
		{Date, "2020-10-19", day, ""},
		{Date, "19/10/2020", nil, "not a DATE (YYYY-MM-DD)"},
		{StringList, "forum, signing", []string{"forum", "signing"}, ""},
		{StringList, `["a,b","c"]`, []string{"a,b", "c"}, ""},
		{StringList, "", []string{}, ""},
		{StringList, "[1,2]", nil, "not a LIST<STRING>"},
	}
	for _, tt := range tests {
		t.Run(string(tt.typ)+"/"+tt.in, func(t *testing.T) {
			got, err := tt.typ.Parse(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	q, err := Parse("q.cypher", `// name: q
// description: test query.
// param: iso3 STRING = "CHN" — code
// param: limit INTEGER = 10 — rows
// param: article STRING — id
MATCH (a {id: $article}) WHERE a.x = $iso3 RETURN a LIMIT $limit`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		raw  map[string]string
		want map[string]any
		err  string
	}{
		{"defaults", map[string]string{"article": "a1"}, map[string]any{"iso3": "CHN", "limit": int64(10), "article": "a1"}, ""},
		{"override", map[string]string{"article": "a1", "limit": "3", "iso3": "RUS"}, map[string]any{"iso3": "RUS", "limit": int64(3), "article": "a1"}, ""},
		{"missing required", map[string]string{}, nil, "parameter article: required"},
		{"unknown", map[string]string{"article": "a", "lmit": "3"}, nil, `parameter lmit: unknown parameter; valid parameters: iso3:STRING="CHN", limit:INTEGER=10, article:STRING`},
		{"bad value", map[string]string{"article": "a", "limit": "ten"}, nil, `parameter limit: "ten" is not an INTEGER; valid parameters:`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Bind(tt.raw)
			if tt.err != "" {
				var pe *ParamError
				if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want *ParamError containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestSplitAssignments(t *testing.T) {
	got, err := SplitAssignments([]string{"a=1", "b=x=y", "c="})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"a": "1", "b": "x=y", "c": ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v", got)
	}
	for _, bad := range [][]string{{"novalue"}, {"=1"}, {"a=1", "a=2"}} {
		if _, err := SplitAssignments(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

func TestParseLoose(t *testing.T) {
	got, err := ParseLoose(map[string]string{
		"n": "3", "f": "0.5", "b": "true", "s": "CHN", "l": `["a", 1]`, "q": `"quoted"`, "d:DATE": "2021-09-15", "z": "null",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"n": int64(3), "f": 0.5, "b": true, "s": "CHN", "l": []any{"a", float64(1)}, "q": `"quoted"`,
		"d": neo4j.DateOf(time.Date(2021, 9, 15, 0, 0, 0, 0, time.UTC)), "z": nil,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v\nwant %#v", got, want)
	}
	if _, err := ParseLoose(map[string]string{"d:TIME": "x"}); err == nil || !strings.Contains(err.Error(), "valid types") {
		t.Errorf("unknown type: err = %v", err)
	}
}
