package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/graph/export"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
)

// corpus is the test input: synthetic documents, some of them reporting
// the same events (so events merge), replicated once with new ids.
func corpus() []*document.Document {
	base := bench.Synthetic(40, 7)
	var docs []*document.Document
	for d := range bench.Replicate(base, 80, 0, 7) {
		docs = append(docs, d)
	}
	// Two documents that report one event under different ids.
	a, b := bench.Synthetic(2, 99)[0], bench.Synthetic(2, 99)[1]
	a.Article.ID, a.Article.ContentHash = "synthetic:first", "first"
	b.Article.ID, b.Article.ContentHash = "synthetic:twin", "twin"
	b.Events = append([]document.Event(nil), a.Events[0])
	b.Events[0].ID = "event:twin-of-" + document.IDKey(a.Events[0].ID)
	b.Events[0].Series, b.Events[0].Ordinal = "", 0
	b.Relations = nil
	return append(docs, a, b)
}

func seq(docs []*document.Document) func(func(*document.Document, error) bool) {
	return func(yield func(*document.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// dump returns every node and relationship as a sorted list of lines, with
// the load times left out.
func dump(t *testing.T, c *graph.Client) []string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, `MATCH (n) RETURN labels(n) AS l, properties(n) AS p`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range r.Records {
		m := rec.AsMap()
		p := m["p"].(map[string]any)
		delete(p, "ingested_at")
		delete(p, "applied_at")
		lines = append(lines, fmt.Sprintf("node %v %s", m["l"], canonical(p)))
	}
	r, err = neo4j.ExecuteQuery(ctx, c.Driver, `MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.iso3, a.id) AS a, coalesce(b.iso3, b.id) AS b, properties(r) AS p`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range r.Records {
		m := rec.AsMap()
		lines = append(lines, fmt.Sprintf("rel %v %v->%v %s", m["t"], m["a"], m["b"], canonical(m["p"].(map[string]any))))
	}
	sort.Strings(lines)
	return lines
}

func canonical(p map[string]any) string {
	for k, v := range p {
		switch x := v.(type) {
		case neo4j.Date:
			p[k] = "date:" + x.String()
		case []any:
			if len(x) == 0 {
				p[k] = []any{}
			}
		}
	}
	b, _ := json.Marshal(p)
	return string(b)
}

func diff(t *testing.T, what string, want, got []string) {
	t.Helper()
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	for _, l := range got {
		g[l] = true
	}
	n := 0
	for _, l := range want {
		if !g[l] && n < 10 {
			t.Errorf("%s lacks: %s", what, l)
			n++
		}
	}
	for _, l := range got {
		if !w[l] && n < 20 {
			t.Errorf("%s has extra: %s", what, l)
			n++
		}
	}
	if len(want) != len(got) {
		t.Errorf("%s: %d nodes and relationships, ingest made %d", what, len(got), len(want))
	}
}

// ingested loads the corpus into the test database and dumps it.
func ingested(t *testing.T, docs []*document.Document) (*graph.Client, []string) {
	t.Helper()
	c := neo4jtest.Client(t)
	neo4jtest.Reset(t, c)
	ctx := context.Background()
	if _, err := graph.ApplySchema(ctx, c); err != nil {
		t.Fatal(err)
	}
	st, err := graph.LoadDocuments(ctx, c, docs, graph.LoadOptions{Workers: 1})
	if err != nil || st.Failed > 0 {
		t.Fatalf("ingest: %v %+v", err, st.Errors)
	}
	// The twin's event merged into the first's: both report it.
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, `MATCH (x:Article {id: 'synthetic:twin'})-[:REPORTS]->(e)<-[:REPORTS]-(:Article {id: 'synthetic:first'}) RETURN count(e) AS n`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil || r.Records[0].Values[0] != int64(1) {
		t.Fatalf("twin event not merged: %v %v", err, r.Records)
	}
	return c, dump(t, c)
}

func TestCypherScriptMatchesIngest(t *testing.T) {
	docs := corpus()
	c, want := ingested(t, docs)
	dir := t.TempDir()
	res, err := export.Export(context.Background(), seq(docs), export.Options{Format: export.Cypher, Dir: dir, Rows: 37})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != len(docs) {
		t.Fatalf("exported %d articles of %d", res.Articles, len(docs))
	}
	script, err := os.ReadFile(filepath.Join(dir, export.ScriptName))
	if err != nil {
		t.Fatal(err)
	}
	neo4jtest.Reset(t, c)
	ctx := context.Background()
	stmts := 0
	for _, st := range strings.Split(string(script), ";\n") {
		st = strings.TrimSpace(st)
		if strings.HasPrefix(st, "//") {
			if i := strings.IndexByte(st, '\n'); i >= 0 {
				st = st[i+1:]
			} else {
				continue
			}
		}
		if st == "" {
			continue
		}
		if _, err := neo4j.ExecuteQuery(ctx, c.Driver, st, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database)); err != nil {
			t.Fatalf("statement %d: %v\n%.300s", stmts, err, st)
		}
		stmts++
	}
	diff(t, "cypher script", want, dump(t, c))
	// The script is idempotent.
	t.Logf("%d statements", stmts)
}

// importInstance names the throw-away server the CSV import test builds.
func importInstance() (name, bolt, http string) {
	name = os.Getenv("MEDIAKG_TEST_IMPORT_INSTANCE")
	if name == "" {
		name = "import-test"
	}
	bolt = os.Getenv("MEDIAKG_TEST_IMPORT_BOLT_PORT")
	if bolt == "" {
		bolt = "17688"
	}
	http = os.Getenv("MEDIAKG_TEST_IMPORT_HTTP_PORT")
	if http == "" {
		http = "17475"
	}
	return name, bolt, http
}

// TestCSVImportMatchesIngest exports the corpus as CSV, imports it with the
// neo4j-admin of the same Maven-assembled distribution into a separate,
// stopped instance (Community has one user database, created by the
// import), starts that instance and compares its graph with the ingested
// one. It needs Java and the jars deploy/neo4j/neo4j.sh fetches.
func TestCSVImportMatchesIngest(t *testing.T) {
	docs := corpus()
	_, want := ingested(t, docs)
	dir := t.TempDir()
	res, err := export.Export(context.Background(), seq(docs), export.Options{Format: export.CSV, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}

	root := neo4jtest.RepoRoot(t)
	script := filepath.Join(root, "deploy", "neo4j", "neo4j.sh")
	name, bolt, httpPort := importInstance()
	env := append(os.Environ(), "NEO4J_INSTANCE="+name, "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+httpPort)
	sh := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(script, args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("neo4j.sh %s: %v\n%s", strings.Join(args, " "), err, tail(string(out), 3000))
		}
		return string(out)
	}
	sh("reset")
	t.Cleanup(func() { sh("stop") })
	args := append([]string{"admin", "database", "import", "full"}, res.ImportArgs...)
	args = append(args, "--report-file="+filepath.Join(t.TempDir(), "import.report"), "--overwrite-destination", "neo4j")
	out := sh(args...)
	if !strings.Contains(out, "IMPORT DONE") {
		t.Fatalf("import did not finish:\n%s", tail(out, 3000))
	}
	sh("start")

	s := neo4jtest.Settings(t)
	s.URI = "bolt://127.0.0.1:" + bolt
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := graph.Connect(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := graph.ApplySchema(ctx, c); err != nil {
		t.Fatal(err)
	}
	got := dump(t, c)
	diff(t, "CSV import", want, got)
	t.Logf("imported %d nodes and relationships from %d files", len(got), len(res.Files))
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}
