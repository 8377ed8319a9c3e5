package queries

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// sampleResult holds one value of every kind the formats must render.
func sampleResult() *Result {
	org := neo4j.Node{ElementId: "4:x:1", Labels: []string{"Organization"}, Props: map[string]any{"id": "org:xinhua", "name": "Xinhua"}}
	ev := neo4j.Node{ElementId: "4:x:2", Labels: []string{"Event"}, Props: map[string]any{"id": "event:forum-1"}}
	rel := neo4j.Relationship{ElementId: "5:x:1", StartElementId: org.ElementId, EndElementId: ev.ElementId, Type: "PARTICIPATED_IN", Props: map[string]any{}}
	return &Result{
		Columns: []string{"name", "events", "share", "since", "ids", "node", "path", "note"},
		Rows: [][]any{
			{"Xinhua News Agency", int64(4), 0.5, neo4j.DateOf(time.Date(2018, 6, 5, 0, 0, 0, 0, time.UTC)),
				[]any{"event:a", "event:b"}, org, neo4j.Path{Nodes: []neo4j.Node{org, ev}, Relationships: []neo4j.Relationship{rel}},
				"a \"quoted\", comma-separated\nsecond line that runs on and on"},
			{"TASS", int64(12), 1.0, nil, []any{}, nil, nil, nil},
		},
	}
}

func TestWriteGolden(t *testing.T) {
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, sampleResult(), f, WriteOptions{MaxWidth: 30}); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "format."+f)
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if b.String() != string(want) {
				t.Errorf("%s output differs from %s:\n%s", f, golden, b.String())
			}
		})
	}
}

func TestWriteEmptyAndUnknown(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, &Result{Columns: []string{"a"}}, FormatJSON, WriteOptions{}); err != nil || b.String() != "[]\n" {
		t.Errorf("empty json = %q, %v", b.String(), err)
	}
	b.Reset()
	if err := Write(&b, &Result{Columns: []string{"a"}}, FormatTable, WriteOptions{}); err != nil || b.String() != "a\n-\n(0 rows)\n" {
		t.Errorf("empty table = %q, %v", b.String(), err)
	}
	if err := Write(&b, &Result{}, "xml", WriteOptions{}); err == nil {
		t.Error("unknown format accepted")
	}
}
