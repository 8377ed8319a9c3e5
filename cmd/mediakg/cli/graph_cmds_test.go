package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/internal/docio"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
)

func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// docsFile writes n synthetic extracted documents as JSON Lines.
func docsFile(t *testing.T, n int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "docs.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs := bench.Synthetic(n, 3)
	if _, err := docio.Write(f, func(yield func(*document.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGraphVerbsUsage(t *testing.T) {
	t.Chdir(t.TempDir())
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"schema show text", []string{"schema", "show"}, ExitOK, "schema version"},
		{"schema show mermaid", []string{"schema", "show", "--format", "mermaid"}, ExitOK, "flowchart LR"},
		{"schema show bad format", []string{"schema", "show", "--format", "dot"}, ExitUsage, "want text or mermaid"},
		{"export bad format", []string{"export", "--format", "xml", "--out", "x", "--documents", "in.jsonl"}, ExitUsage, "want csv or cypher"},
		{"export without out", []string{"export", "--format", "csv", "in.jsonl"}, ExitUsage, "--out DIR is required"},
		{"export without inputs", []string{"export", "--format", "csv", "--out", "x"}, ExitUsage, "requires at least 1 arg"},
		{"ingest missing input", []string{"ingest", "--documents", "nope.jsonl"}, ExitError, "nope.jsonl"},
		{"bench bad format", []string{"bench", "load", "--synthetic", "2", "--format", "xml"}, ExitUsage, "want text or json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runMain(t, c.args...)
			if code != c.code || !strings.Contains(out+errs, c.want) {
				t.Errorf("exit %d, want %d; output %q %q, want it to contain %q", code, c.code, out, errs, c.want)
			}
		})
	}
}

// TestExportCommand exports in both formats, from the repository root as a
// user would, and checks that the commands it prints exist here: the
// repository's neo4j.sh for neo4j-admin, stop and start, and mediakg's own
// cypher --file for the script (no cypher-shell, which is not provided).
func TestExportCommand(t *testing.T) {
	in := docsFile(t, 12)
	t.Chdir(neo4jtest.RepoRoot(t))
	for _, c := range []struct {
		format string
		file   string
		hint   string
	}{
		{"csv", "nodes-Article.csv", "deploy/neo4j/neo4j.sh admin database import full --nodes="},
		{"cypher", "mediakg.cypher", "mediakg cypher --write --file "},
	} {
		dir := filepath.Join(t.TempDir(), c.format)
		code, out, errs := runMain(t, "export", "--format", c.format, "--out", dir, "--documents", in)
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", c.format, code, errs)
		}
		if !strings.Contains(out, "exported 12 articles") || !strings.Contains(out, c.hint) || strings.Contains(out, "cypher-shell") {
			t.Errorf("%s: output %q", c.format, out)
		}
		if _, err := os.Stat(filepath.Join(dir, c.file)); err != nil {
			t.Errorf("%s: %v", c.format, err)
		}
		for _, line := range strings.Split(out, "\n") {
			if !strings.HasPrefix(line, "  ") {
				continue
			}
			cmd := strings.Fields(line)[0]
			if cmd == "mediakg" {
				continue // this binary, as a user runs it
			}
			if st, err := os.Stat(cmd); err != nil || st.Mode()&0o111 == 0 {
				t.Errorf("%s: printed command %q is not an executable here: %v", c.format, line, err)
			}
		}
	}
}

// useTestServer points the commands at the integration-test server.
func useTestServer(t *testing.T) {
	t.Helper()
	s := neo4jtest.Settings(t)
	neo4jtest.Reset(t, neo4jtest.Client(t))
	t.Setenv("MEDIAKG_NEO4J_URI", s.URI)
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", s.Password)
	t.Chdir(t.TempDir())
}

func TestIngestCommand(t *testing.T) {
	useTestServer(t)
	in := docsFile(t, 20)
	code, out, errs := runMain(t, "ingest", "--documents", "--batch-size", "200", in)
	if code != ExitOK || !strings.Contains(out, "ingested 20 documents in") || !strings.Contains(out, ": 20 loaded, 0 replaced, 0 unchanged") {
		t.Fatalf("first ingest: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runMain(t, "ingest", "--documents", in)
	if code != ExitOK || !strings.Contains(out, "0 loaded, 0 replaced, 20 unchanged") || !strings.Contains(out, "nothing written") {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
	code, out, _ = runMain(t, "ingest", "--documents", "--force", in)
	if code != ExitOK || !strings.Contains(out, "20 replaced") {
		t.Errorf("forced ingest: exit %d\n%s", code, out)
	}
	code, out, _ = runMain(t, "schema", "apply")
	if code != ExitOK || !strings.Contains(out, "0 created") {
		t.Errorf("schema apply after ingest: exit %d\n%s", code, out)
	}
}

// TestIngestPages reads pages through the reader and the pipeline.
func TestIngestPages(t *testing.T) {
	shared, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skip("needs the shared corpora (MEDIAKG_SHARED)")
	}
	in := filepath.Join(shared, "corpus", "dev", "tass_dev.jsonl")
	useTestServer(t)
	code, out, errs := runMain(t, "ingest", in)
	if code != ExitOK || !strings.Contains(out, "ingested 10 documents in") || !strings.Contains(out, ": 10 loaded, 0 replaced, 0 unchanged") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runMain(t, "ingest", in)
	if code != ExitOK || !strings.Contains(out, "10 unchanged") {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
}

func TestBenchLoadJSON(t *testing.T) {
	useTestServer(t)
	code, out, errs := runMain(t, "bench", "load", "--synthetic", "5", "--articles", "40", "--baseline", "6", "--format", "json", "--reset")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	for _, k := range []string{"rels_per_s", "baseline_rels_per_s", "speedup", "peak_rss_mb", "nodes_per_s", "articles_per_s"} {
		if v, ok := res[k].(float64); !ok || v <= 0 {
			t.Errorf("%s = %v", k, res[k])
		}
	}
	if res["articles"] != 40.0 || res["baseline_articles"] != 6.0 {
		t.Errorf("articles %v baseline %v", res["articles"], res["baseline_articles"])
	}
	// The benchmark removes what it loaded.
	if n := countNodes(t); n != 0 {
		t.Errorf("%d nodes left after bench", n)
	}
	// --server-pid reads the CPU time of that process: a pid that does not
	// exist is an error, not a silent zero.
	code, _, errs = runMain(t, "bench", "load", "--synthetic", "2", "--articles", "4", "--baseline", "-1", "--server-pid", "999999999", "--reset")
	if code == ExitOK || !strings.Contains(errs, "server cpu") {
		t.Errorf("bench with a missing server pid: exit %d: %s", code, errs)
	}
}

func countNodes(t *testing.T) int64 {
	t.Helper()
	c := neo4jtest.Client(t)
	sess := c.Driver.NewSession(t.Context(), neo4jSession(c))
	defer sess.Close(t.Context())
	r, err := sess.Run(t.Context(), "MATCH (n) RETURN count(n) AS n", nil)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Single(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return rec.Values[0].(int64)
}

func neo4jSession(c *graph.Client) neo4j.SessionConfig {
	return neo4j.SessionConfig{DatabaseName: c.Database}
}
