package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mediakg/mediakg/graph"
)

// TestMissingPasswordExitsConfig: a command that needs the server, run
// where no password can be found, exits with the configuration code and
// says how to fix it, before dialling anything.
func TestMissingPasswordExitsConfig(t *testing.T) {
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Chdir(t.TempDir())
	for _, args := range [][]string{
		{"query", "run", "quality-orphans"},
		{"cypher", "RETURN 1"},
		{"schema", "apply"},
	} {
		code, out, errOut := runMain(t, args...)
		if code != ExitConfig {
			t.Errorf("%v: exit %d, want %d (configuration)\n%s", args, code, ExitConfig, errOut)
		}
		for _, want := range []string{"no Neo4j password", "MEDIAKG_NEO4J_PASSWORD", "mediakg config init"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: error lacks %q:\n%s", args, want, errOut)
			}
		}
		if out != "" {
			t.Errorf("%v: stdout %q", args, out)
		}
	}
}

// TestConfigFromAnyFolder: config init in a checkout writes the user's
// config file; from another folder mediakg then reads it and finds the
// checkout's password file.
func TestConfigFromAnyFolder(t *testing.T) {
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	checkout := t.TempDir()
	if err := os.MkdirAll(filepath.Join(checkout, ".neo4j"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(checkout, ".neo4j", "password"), []byte("pw-of-the-checkout\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(checkout, "config.yaml"), []byte("neo4j:\n  uri: bolt://127.0.0.1:17999\n  password_file: .neo4j/password\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(checkout)
	if code, out, errOut := runMain(t, "config", "init"); code != ExitOK || !strings.Contains(out, "wrote ") {
		t.Fatalf("config init: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := runMain(t, "config", "init"); code != ExitUsage || !strings.Contains(errOut, "--force") {
		t.Errorf("config init over an existing file: exit %d\n%s", code, errOut)
	}
	t.Chdir(t.TempDir())
	code, out, errOut := runMain(t, "config", "show")
	if code != ExitOK {
		t.Fatalf("config show: exit %d\n%s", code, errOut)
	}
	for _, want := range []string{"mediakg/config.yaml", "uri: bolt://127.0.0.1:17999",
		"password_source: file " + filepath.Join(checkout, ".neo4j", "password")} {
		if !strings.Contains(out, want) {
			t.Errorf("config show from another folder lacks %q:\n%s", want, out)
		}
	}
}

// TestCypherArgs: the statement is one argument; an unquoted one says to
// quote it.
func TestCypherArgs(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"cypher", "MATCH", "(n)", "RETURN", "n"}, `arrived as 4 separate words; put it in quotes`},
		{[]string{"cypher"}, `give the statement as one argument, in quotes`},
		{[]string{"cypher", "RETURN 1", "--file", "x.cypher"}, "not both"},
	} {
		code, _, errOut := runMain(t, c.args...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, want %d and %q\n%s", c.args, code, ExitUsage, c.want, errOut)
		}
	}
	if code, out, errOut := runMain(t, "cypher", "--file", "-"); code != ExitUsage || !strings.Contains(errOut, "holds no statement") {
		t.Errorf("empty script: exit %d\n%s%s", code, out, errOut)
	}
}

func TestIngestSummary(t *testing.T) {
	cases := []struct {
		name    string
		stats   graph.LoadStats
		skipped int
		want    []string
		not     []string
	}{
		{"one new article, no rate", graph.LoadStats{Articles: 1, Added: 1, Facts: 1, Transactions: 1, PropsSet: 1, Duration: 7714 * time.Millisecond},
			0, []string{"ingested 1 document in 7.7s: 1 loaded, 0 replaced, 0 unchanged, 0 skipped, 0 failed\n",
				"1 fact written", "1 property set, 1 transaction\n"}, []string{"articles/s"}},
		{"a failed file: nothing written, no rate", graph.LoadStats{Articles: 1, Failed: 1, Duration: time.Millisecond},
			0, []string{"ingested 1 document in 0s: 0 loaded, 0 replaced, 0 unchanged, 0 skipped, 1 failed\n", "  nothing written\n"},
			[]string{"articles/s", "facts written"}},
		{"all unchanged", graph.LoadStats{Articles: 20, Unchanged: 20, Duration: time.Second},
			0, []string{"20 unchanged", "nothing written: every article is in the graph already"}, []string{"articles/s"}},
		{"rates over what was written", graph.LoadStats{Articles: 1014, Added: 900, Replaced: 50, Unchanged: 40, Failed: 24,
			Facts: 9500, RelsCreated: 4750, Duration: 95 * time.Second},
			2, []string{"ingested 1014 documents in 1m35s: 900 loaded, 50 replaced, 40 unchanged, 2 skipped, 22 failed\n",
				"950 articles written at 10.0 articles/s, 100 facts/s, 50 relationships/s"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			if err := writeIngestSummary(&b, c.stats, c.skipped); err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("summary lacks %q:\n%s", w, b.String())
				}
			}
			for _, n := range c.not {
				if strings.Contains(b.String(), n) {
					t.Errorf("summary shows %q:\n%s", n, b.String())
				}
			}
			if strings.Contains(b.String(), " 1 articles") || strings.Contains(b.String(), " 1 documents") {
				t.Errorf("wrong plural:\n%s", b.String())
			}
		})
	}
}

// TestCountDocuments counts what the reader will yield, cheaply: files,
// JSONL lines, addresses; standard input and .json arrays are unknown (0).
func TestCountDocuments(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	page := write("pages/a.html", "<html></html>")
	write("pages/b.txt", "text")
	write("pages/skip.pdf", "not read")
	lines := write("dump.jsonl", "{}\n\n  \n{}\n{}") // 3 records, no last newline
	one := write("one.json", "{\n \"title\": \"x\"\n}\n")
	arr := write("arr.json", "[{}, {}]")
	ctx := context.Background()
	for _, c := range []struct {
		name      string
		paths     []string
		extracted bool
		want      int64
	}{
		{"directory by extension", []string{filepath.Join(dir, "pages")}, false, 2},
		{"jsonl lines", []string{lines}, false, 3},
		{"page, list, address, missing file", []string{page, lines, "https://example.org/a", filepath.Join(dir, "missing.html")}, false, 6},
		{"one json object", []string{one}, false, 1},
		{"json array: unknown", []string{page, arr}, false, 0},
		{"stdin: unknown", []string{page, "-"}, false, 0},
		{"extraction output", []string{lines}, true, 3},
	} {
		if got := countDocuments(ctx, c.paths, nil, c.extracted); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// runStdin runs mediakg with stdin as its standard input.
func runStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb strings.Builder
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestStdinInputs: "-" reads standard input in extract, explain and export
// (a page whose kind is sniffed, or JSON Lines), and extraction output
// with --documents.
func TestStdinInputs(t *testing.T) {
	seed, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	code, out, errOut := runStdin(t, string(seed), "extract", "-")
	if code != ExitOK || articleField(t, out, "origin") != "stdin" || !strings.Contains(out, `"video_conference"`) {
		t.Fatalf("extract -: exit %d\n%.300s\n%s", code, out, errOut)
	}
	docs := out
	if code, out, errOut := runStdin(t, string(seed), "explain", "-"); code != ExitOK || !strings.Contains(out, "COOPERATES_WITH") {
		t.Errorf("explain -: exit %d\n%.300s\n%s", code, out, errOut)
	}
	jsonl := `{"url":"https://example.org/a","title":"Xinhua and TASS sign","text":"Xinhua and TASS signed a cooperation agreement in Moscow on Monday."}` + "\n{broken\n"
	code, out, errOut = runStdin(t, jsonl, "extract", "-")
	if code != ExitPartial || articleField(t, out, "origin") != "stdin:1" || !strings.Contains(errOut, "stdin:2: invalid JSON") {
		t.Errorf("extract - with JSON Lines: exit %d\n%.300s\n%s", code, out, errOut)
	}
	dir := filepath.Join(t.TempDir(), "out")
	code, out, errOut = runStdin(t, docs, "export", "--format", "cypher", "--out", dir, "--documents", "-")
	if code != ExitOK || !strings.Contains(out, "exported 1 article ") {
		t.Errorf("export --documents -: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := runStdin(t, "", "extract", "-", "--urls", "-"); code != ExitUsage || !strings.Contains(errOut, "only once") {
		t.Errorf("stdin twice: exit %d\n%s", code, errOut)
	}
}

// TestIngestStdinAndScript (integration): extraction output piped into
// ingest --documents - loads as the same file would; the Cypher script that
// export writes, run with cypher --write --file as export says, builds the
// same counts in an emptied database; and EXPLAIN prints a plan table.
func TestIngestStdinAndScript(t *testing.T) {
	useTestServer(t)
	in := docsFile(t, 6)
	raw, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runStdin(t, string(raw), "ingest", "--documents", "-")
	if code != ExitOK || !strings.Contains(out, "ingested 6 documents in") || !strings.Contains(out, ": 6 loaded,") {
		t.Fatalf("ingest --documents -: exit %d\n%s\n%s", code, out, errOut)
	}
	counts := func() string {
		t.Helper()
		code, out, errOut := runMain(t, "cypher", "MATCH (n) WITH labels(n)[0] AS l, count(*) AS n RETURN l, n ORDER BY l", "--format", "csv")
		if code != ExitOK {
			t.Fatalf("count: exit %d\n%s", code, errOut)
		}
		return out
	}
	want := counts()

	dir := filepath.Join(t.TempDir(), "script")
	if code, out, errOut := runMain(t, "export", "--format", "cypher", "--out", dir, "--documents", in); code != ExitOK || !strings.Contains(out, "cypher --write --file "+filepath.Join(dir, "mediakg.cypher")) {
		t.Fatalf("export: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, out, errOut := runMain(t, "cypher", "MATCH (n) DETACH DELETE n", "--write"); code != ExitOK {
		t.Fatalf("empty the database: exit %d\n%s%s", code, out, errOut)
	}
	script := filepath.Join(dir, "mediakg.cypher")
	if code, _, errOut := runMain(t, "cypher", "--file", script); code != ExitError || !strings.Contains(errOut, "Add --write") {
		t.Errorf("the script without --write: exit %d, want %d and the read-mode error\n%s", code, ExitError, errOut)
	}
	code, out, errOut = runMain(t, "cypher", "--write", "--file", script)
	if code != ExitOK || !strings.Contains(out, "ran ") || !strings.Contains(out, " statements from "+script) {
		t.Fatalf("cypher --write --file: exit %d\n%s\n%s", code, out, errOut)
	}
	if got := counts(); got != want {
		t.Errorf("nodes per label after the script:\n%s\nafter ingest:\n%s", got, want)
	}

	code, out, errOut = runMain(t, "cypher", "EXPLAIN MATCH (c:Country {iso3: 'CHN'}) RETURN c.name")
	if code != ExitOK || !strings.Contains(out, "EXPLAIN plan:") || !strings.Contains(out, "└ NodeUniqueIndexSeek") || strings.Contains(out, "(0 rows)\n\n") {
		t.Errorf("EXPLAIN: exit %d\n%s\n%s", code, out, errOut)
	}
}
