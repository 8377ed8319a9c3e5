package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph"
)

// noGraph fails the test if a command dials the server: argument errors
// must be reported before any connection.
func noGraph(t *testing.T) graphFunc {
	return func() (*graph.Client, error) {
		t.Helper()
		t.Error("command dialled the server before validating its arguments")
		return nil, errors.New("no server in this test")
	}
}

func TestQueryCmdFlagsToOptions(t *testing.T) {
	f := NewFactory(IO{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}})
	root := NewRootCmd(f)
	run, _, err := root.Find([]string{"query", "run"})
	if err != nil {
		t.Fatal(err)
	}
	if err := run.ParseFlags([]string{"--param", "iso3=RUS", "-p", "limit=3", "--format", "csv", "--max-width", "0"}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"param": "[iso3=RUS,limit=3]", "format": "csv", "max-width": "0"} {
		if got := run.Flags().Lookup(name).Value.String(); got != want {
			t.Errorf("--%s = %s, want %s", name, got, want)
		}
	}
	cy, _, err := root.Find([]string{"cypher"})
	if err != nil {
		t.Fatal(err)
	}
	if got := cy.Flags().Lookup("write").DefValue; got != "false" {
		t.Errorf("cypher --write defaults to %s, want false (read access mode)", got)
	}
}

func TestQueryRunRejectsBeforeDialling(t *testing.T) {
	tests := []struct {
		name string
		opts QueryRunOptions
		want string
	}{
		{"unknown query", QueryRunOptions{Name: "partners", Format: "table"}, `unknown query "partners"; valid queries: active-organizations,`},
		{"unknown param", QueryRunOptions{Name: "partners-of-country", Params: []string{"country=CHN"}, Format: "table"},
			`parameter country: unknown parameter; valid parameters: iso3:STRING="CHN", include_orgs:BOOLEAN=true, limit:INTEGER=25`},
		{"bad type", QueryRunOptions{Name: "events-in-range", Params: []string{"from=last year"}, Format: "table"}, `"last year" is not a DATE (YYYY-MM-DD)`},
		{"missing required", QueryRunOptions{Name: "article-facts", Format: "table"}, "parameter article: required"},
		{"no equals", QueryRunOptions{Name: "article-facts", Params: []string{"article"}, Format: "table"}, "want name=value"},
		{"bad format", QueryRunOptions{Name: "article-facts", Format: "xml"}, `unknown format "xml"; valid formats: table, json, csv`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := queryRunRun(context.Background(), &tt.opts, noGraph(t), &bytes.Buffer{})
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want a usage error", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tt.want)
			}
			if exitCode(err) != ExitUsage {
				t.Errorf("exit code %d, want %d", exitCode(err), ExitUsage)
			}
		})
	}
}

func TestCypherRejectsBeforeDialling(t *testing.T) {
	tests := []struct {
		name string
		opts CypherOptions
		want string
	}{
		{"empty", CypherOptions{Statement: "  ", Format: "table"}, "empty statement"},
		{"bad type", CypherOptions{Statement: "RETURN $d", Params: []string{"d:DAY=1"}, Format: "table"}, "valid types: STRING"},
		{"bad value", CypherOptions{Statement: "RETURN $d", Params: []string{"d:DATE=1"}, Format: "table"}, "not a DATE"},
		{"bad format", CypherOptions{Statement: "RETURN 1", Format: "yaml"}, "valid formats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := cypherRun(context.Background(), &tt.opts, noGraph(t), &bytes.Buffer{}, &bytes.Buffer{})
			if err == nil || exitCode(err) != ExitUsage || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v (exit %d), want usage error containing %q", err, exitCode(err), tt.want)
			}
		})
	}
}

func TestQueryListFormats(t *testing.T) {
	var tbl, js, cs bytes.Buffer
	for _, c := range []struct {
		format string
		out    *bytes.Buffer
	}{{"table", &tbl}, {"json", &js}, {"csv", &cs}} {
		if err := queryListRun(&QueryListOptions{Format: c.format}, c.out); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasPrefix(tbl.String(), "name ") || !strings.Contains(tbl.String(), "partners-of-country") {
		t.Errorf("table:\n%s", tbl.String())
	}
	var rows []map[string]string
	if err := json.Unmarshal(js.Bytes(), &rows); err != nil {
		t.Fatalf("json: %v\n%s", err, js.String())
	}
	recs, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 || strings.Join(recs[0], ",") != "name,parameters,description" {
		t.Errorf("csv has %d records for %d queries, header %v", len(recs), len(rows), recs[0])
	}
	found := false
	for _, r := range rows {
		if r["name"] == "series-timeline" {
			found = true
			if r["parameters"] != `series:STRING="series:china-russia-media-forum"` {
				t.Errorf("series-timeline parameters = %s", r["parameters"])
			}
		}
	}
	if !found {
		t.Error("json list lacks series-timeline")
	}
}

func TestQueryShowPrintsFile(t *testing.T) {
	var out bytes.Buffer
	if err := queryShowRun(&QueryShowOptions{Name: "series-timeline"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "// name: series-timeline\n") || !strings.Contains(out.String(), "MATCH (s:EventSeries") {
		t.Errorf("show printed:\n%s", out.String())
	}
	err := queryShowRun(&QueryShowOptions{Name: "x"}, &out)
	if exitCode(err) != ExitUsage {
		t.Errorf("unknown name: err = %v", err)
	}
}

// TestCypherReadOnlyUnlessWrite: without --write the session's read access
// mode makes the server refuse a CREATE and the graph is unchanged; with
// --write the same statement runs.
func TestCypherReadOnlyUnlessWrite(t *testing.T) {
	useTestServer(t)
	in := docsFile(t, 4)
	if code, _, errOut := runMain(t, "ingest", "--documents", in); code != ExitOK {
		t.Fatalf("ingest: exit %d\n%s", code, errOut)
	}
	before := countNodes(t)
	stmt := "CREATE (:Topic {id: 'topic:cypher-write-probe', name: 'probe'})"
	for _, args := range [][]string{{"cypher", stmt}, {"cypher", "MATCH (n) DETACH DELETE n"}} {
		code, out, errOut := runMain(t, args...)
		if code != ExitError || !strings.Contains(errOut, "read access mode") || !strings.Contains(errOut, "Add --write") {
			t.Errorf("%q without --write: exit %d, want %d and the access-mode error\n%s%s", args[1], code, ExitError, out, errOut)
		}
		if n := countNodes(t); n != before {
			t.Fatalf("%q without --write changed the graph: %d nodes, before %d", args[1], n, before)
		}
	}
	code, out, errOut := runMain(t, "cypher", stmt, "--write")
	if code != ExitOK {
		t.Fatalf("with --write: exit %d\n%s%s", code, out, errOut)
	}
	if n := countNodes(t); n != before+1 {
		t.Errorf("with --write: %d nodes, want %d", n, before+1)
	}
}
