package cli

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/config"
	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/schema"
)

// faultServer is a Neo4j instance of its own that the fault test starts,
// stops and kills through deploy/neo4j/neo4j.sh, so that the shared test
// server is never disturbed. Jars come from $NEO4J_DIR (default
// <repo>/.neo4j, as for `make test`); instance name and ports from
// MEDIAKG_FAULT_NEO4J_INSTANCE, MEDIAKG_FAULT_BOLT_PORT and
// MEDIAKG_FAULT_HTTP_PORT (fault, 17787, 17774). Its password is made up
// per run and passed in MEDIAKG_NEO4J_PASSWORD, never written to a file.
type faultServer struct {
	script, dir, instance string
	bolt                  int
	password              string
	env                   []string
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func newFaultServer(t *testing.T) *faultServer {
	t.Helper()
	root := neo4jtest.RepoRoot(t)
	s := &faultServer{
		script:   filepath.Join(root, "deploy", "neo4j", "neo4j.sh"),
		dir:      envOr("NEO4J_DIR", filepath.Join(root, ".neo4j")),
		instance: envOr("MEDIAKG_FAULT_NEO4J_INSTANCE", "fault"),
	}
	bolt, err := strconv.Atoi(envOr("MEDIAKG_FAULT_BOLT_PORT", "17787"))
	if err != nil {
		t.Fatalf("MEDIAKG_FAULT_BOLT_PORT: %v", err)
	}
	s.bolt = bolt
	raw := make([]byte, 12)
	_, _ = rand.Read(raw)
	s.password = "fault-" + hex.EncodeToString(raw)
	s.env = append(os.Environ(),
		"NEO4J_DIR="+s.dir,
		"NEO4J_INSTANCE="+s.instance,
		"NEO4J_BOLT_PORT="+strconv.Itoa(bolt),
		"NEO4J_HTTP_PORT="+envOr("MEDIAKG_FAULT_HTTP_PORT", "17774"),
		"NEO4J_HEAP=512m",
		"NEO4J_PAGECACHE=128m",
		// neo4j.sh start waits for Bolt; on a loaded machine a start can
		// take minutes, and its default 180 s must not decide the test.
		"NEO4J_START_TIMEOUT="+envOr("NEO4J_START_TIMEOUT", "1200"),
		"MEDIAKG_NEO4J_PASSWORD="+s.password,
	)
	return s
}

func (s *faultServer) uri() string { return fmt.Sprintf("bolt://127.0.0.1:%d", s.bolt) }

// run runs neo4j.sh with one command and fails the test when it fails.
func (s *faultServer) run(t *testing.T, cmd string) {
	t.Helper()
	c := exec.Command(s.script, cmd)
	c.Env = s.env
	out, err := c.CombinedOutput()
	if err != nil {
		t.Fatalf("neo4j.sh %s (instance %s, NEO4J_DIR %s): %v\n%s", cmd, s.instance, s.dir, err, out)
	}
}

// kill sends SIGKILL to the server and waits until it is gone.
func (s *faultServer) kill(t *testing.T) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(s.dir, "instances", s.instance, "run", "neo4j.pid"))
	if err != nil {
		t.Fatalf("pid of the fault server: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatalf("pid file: %v", err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %d: %v", pid, err)
	}
	for syscall.Kill(pid, 0) == nil {
		time.Sleep(100 * time.Millisecond)
	}
}

// waitReady waits until the restarted server answers a query on the
// database, as an operator would before re-running a command.
func (s *faultServer) waitReady(t *testing.T, c *graph.Client) {
	t.Helper()
	var err error
	for range 300 {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err = neo4j.ExecuteQuery(ctx, c.Driver, "RETURN 1", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
		cancel()
		if err == nil {
			return
		}
		time.Sleep(time.Second)
	}
	t.Fatalf("the restarted fault server does not answer: %v", err)
}

// connect returns the test's own client of the fault server, waiting until
// the freshly started server accepts the login: on a loaded machine that
// can take longer than any one connect timeout, so it tries again, for up
// to ten minutes (a hang guard, not a measure of anything).
func (s *faultServer) connect(t *testing.T) *graph.Client {
	t.Helper()
	settings := config.Neo4j{URI: s.uri(), User: "neo4j", Database: "neo4j", Password: s.password, ConnectTimeout: 15 * time.Second}
	deadline := time.Now().Add(10 * time.Minute)
	for {
		c, err := graph.Connect(context.Background(), settings)
		if err == nil {
			t.Cleanup(func() { _ = c.Close(context.Background()) })
			return c
		}
		if !errors.Is(err, graph.ErrUnavailable) || time.Now().After(deadline) {
			t.Fatalf("connect to the fault server: %v", err)
		}
		time.Sleep(time.Second)
	}
}

// snapshot is what the fault test compares between a clean and a faulted
// load: counts per label and type, duplicates, and a digest of every node
// key and every relationship (type, end keys, fact and support).
type snapshot struct {
	counts        graph.Counts
	dupNodes      map[schema.Label]int64
	dupRels       int64
	nodes, rels   int
	digestNodes   string
	digestRels    string
	statementRefs int64
}

func takeSnapshot(t *testing.T, c *graph.Client) snapshot {
	t.Helper()
	ctx := context.Background()
	cnt, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	s := snapshot{counts: cnt, dupNodes: map[schema.Label]int64{}}
	for _, n := range schema.Nodes {
		if n.Key == "" {
			continue // Statements: counted by article and fact below
		}
		// Labels and keys come from schema: no input reaches this text.
		q := fmt.Sprintf("MATCH (n:%s) WITH n.%s AS k, count(*) AS c WHERE c > 1 RETURN count(k) AS dups", n.Label, n.Key)
		s.dupNodes[n.Label] = readInt(t, c, q)
	}
	// Two relationships of one type between the same nodes with the same
	// fact (or both without) are duplicates.
	s.dupRels = readInt(t, c, "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.fact AS f, count(*) AS c WHERE c > 1 RETURN count(*) AS dups")
	s.statementRefs = readInt(t, c, "MATCH (a:Article)-[:STATES]->(s:Statement) RETURN count(DISTINCT [a.id, s.fact]) AS n")
	nodeLines := readStrings(t, c, "MATCH (n) WITH n, labels(n)[0] AS l RETURN l + ':' + coalesce(toString(n.id), toString(n.key), toString(n.name), '') AS line")
	relLines := readStrings(t, c, `MATCH (a)-[r]->(b)
RETURN labels(a)[0] + ':' + coalesce(toString(a.id), toString(a.name), '') + ' -' + type(r) + '-> ' +
       labels(b)[0] + ':' + coalesce(toString(b.id), toString(b.name), '') + ' fact=' + coalesce(r.fact, '') +
       ' support=' + coalesce(toString(r.support), '') + ' ordinal=' + coalesce(toString(r.ordinal), '') AS line`)
	s.nodes, s.rels = len(nodeLines), len(relLines)
	s.digestNodes, s.digestRels = digest(nodeLines), digest(relLines)
	return s
}

func digest(lines []string) string {
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func readInt(t *testing.T, c *graph.Client, q string) int64 {
	t.Helper()
	r, err := neo4j.ExecuteQuery(context.Background(), c.Driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	n, _ := r.Records[0].Values[0].(int64)
	return n
}

func readStrings(t *testing.T, c *graph.Client, q string) []string {
	t.Helper()
	r, err := neo4j.ExecuteQuery(context.Background(), c.Driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	out := make([]string, len(r.Records))
	for i, rec := range r.Records {
		out[i], _ = rec.Values[0].(string)
	}
	return out
}

// articleCount reads the number of committed articles, 0 while the server
// is away.
func articleCount(c *graph.Client) int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, "MATCH (a:Article) RETURN count(a) AS n", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		return 0
	}
	n, _ := r.Records[0].Values[0].(int64)
	return n
}

type cliResult struct {
	code     int
	out, err string
	took     time.Duration
}

func ingestCLI(args ...string) cliResult {
	var errb lockedBuffer
	return ingestCLITo(&errb, args...)
}

// ingestCLITo runs ingest --documents with its stderr going to errb, which
// the test may read while the ingest runs.
func ingestCLITo(errb *lockedBuffer, args ...string) cliResult {
	start := time.Now()
	var out bytes.Buffer
	code := Main(append([]string{"ingest", "--documents"}, args...), strings.NewReader(""), &out, errb)
	return cliResult{code, out.String(), errb.String(), time.Since(start)}
}

// lockedBuffer is a bytes.Buffer that one goroutine writes while another
// reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// faultArticles returns the size of the fault test's input: enough batches
// that the server can be stopped while most of them are still to be
// written, few enough to keep the test short. MEDIAKG_FAULT_ARTICLES
// overrides it.
func faultArticles(t *testing.T) int {
	n, err := strconv.Atoi(envOr("MEDIAKG_FAULT_ARTICLES", "400"))
	if err != nil || n < 50 {
		t.Fatalf("MEDIAKG_FAULT_ARTICLES must be a number >= 50")
	}
	return n
}

// retryLine is what the loader logs when it retries a batch because the
// server is away.
const retryLine = "neo4j unavailable; retrying"

// TestIngestSurvivesServerRestart stops (neo4j.sh stop) and kills (kill -9)
// a dedicated Neo4j while `mediakg ingest` writes a few hundred articles,
// and checks that the ingest either retried and completed, or stopped with
// a clear error and a re-run completed; either way the graph must be the
// one a clean load of the same input gives: the same counts per label and
// type, the same node keys and relationships (with their support), no
// duplicates.
//
// The ingest reaches the server through a proxy (neo4jtest.Proxy) that the
// test cuts before it stops or kills the server and opens again only when
// the outcome under test is settled, so the outage the ingest sees does not
// depend on how fast the machine stops and starts a server:
//
//   - stop: the retry budget is the longest allowed (neo4j.retry_max_seconds
//     86400); the server is stopped and started again, and the proxy opens
//     only once the ingest has logged a retry. The ingest must complete,
//     having retried.
//   - kill: the retry budget is 1 s and the proxy stays cut until the ingest
//     has ended, so the outage is always longer than the budget: the ingest
//     must stop with ExitUnavailable and one clear error, and a re-run
//     after the restart must complete.
func TestIngestSurvivesServerRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts its own Neo4j (run without -short, e.g. make test)")
	}
	srv := newFaultServer(t)
	srv.run(t, "reset")
	t.Cleanup(func() { srv.run(t, "reset") })
	srv.run(t, "start")
	c := srv.connect(t) // the test's own connection, not through the proxy
	proxy := neo4jtest.NewProxy(t, fmt.Sprintf("127.0.0.1:%d", srv.bolt))

	total := faultArticles(t)
	in := docsFile(t, total)
	t.Setenv("MEDIAKG_NEO4J_URI", proxy.URI())
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", srv.password)
	t.Setenv("MEDIAKG_LOAD_PROGRESS", "false")
	t.Chdir(t.TempDir())
	// A freshly started server on a busy machine can take a while to answer
	// its first login.
	t.Setenv("MEDIAKG_NEO4J_CONNECT_TIMEOUT", "60s")
	// Small batches (about 20 articles): many transactions, so the fault
	// lands mid-load.
	args := []string{"--batch-size", "800", in}

	clean := ingestCLI(args...)
	if clean.code != ExitOK || !strings.Contains(clean.out, fmt.Sprintf("ingested %d documents", total)) {
		t.Fatalf("clean ingest: exit %d\n%s\n%s", clean.code, clean.out, clean.err)
	}
	want := takeSnapshot(t, c)
	t.Logf("clean run: %d articles in %s; %d nodes, %d relationships, %d Statements",
		total, clean.took.Round(time.Millisecond), want.nodes, want.rels, want.counts.Nodes[schema.Statement])
	checkNoDuplicates(t, "clean run", want)
	if want.counts.Nodes[schema.Article] != int64(total) {
		t.Fatalf("clean run holds %d articles, want %d", want.counts.Nodes[schema.Article], total)
	}

	for _, fault := range []struct{ mode, retryMax string }{{"stop", "86400"}, {"kill", "1"}} {
		mode := fault.mode
		t.Run(mode, func(t *testing.T) {
			t.Setenv("MEDIAKG_NEO4J_RETRY_MAX_SECONDS", fault.retryMax)
			neo4jtest.Reset(t, c)
			var errb lockedBuffer
			done := make(chan cliResult, 1)
			go func() { done <- ingestCLITo(&errb, args...) }()
			// Fault once an eighth of the articles has committed: the rest
			// still has to be written, through the proxy.
			var res *cliResult
			for res == nil && articleCount(c) < int64(total/8) {
				select {
				case r := <-done:
					res = &r
				case <-time.After(100 * time.Millisecond):
				}
			}
			if res != nil {
				t.Fatalf("the ingest ended before the fault (exit %d); raise faultArticles\n%s", res.code, res.out)
			}
			proxy.Cut()
			before := articleCount(c)
			if mode == "stop" {
				srv.run(t, "stop")
			} else {
				srv.kill(t)
			}
			var r cliResult
			if mode == "stop" {
				srv.run(t, "start")
				srv.waitReady(t, c)
				// Open the way only once the ingest has noticed the outage.
				for !strings.Contains(errb.String(), retryLine) {
					select {
					case r := <-done:
						t.Fatalf("the ingest ended while the server was away (exit %d)\n%s\n%s", r.code, r.out, r.err)
					case <-time.After(100 * time.Millisecond):
					}
				}
				proxy.Restore()
				r = <-done
			} else {
				// The budget is spent while the proxy is cut: the ingest
				// stops; only then is the server back.
				r = <-done
				srv.run(t, "start")
				srv.waitReady(t, c)
				proxy.Restore()
			}
			retries := strings.Count(r.err, retryLine)
			t.Logf("%s at %d articles committed; ingest exit %d after %s, %d retries logged",
				mode, before, r.code, r.took.Round(time.Millisecond), retries)
			for i, l := range strings.Split(r.err, "\n") {
				if i < 4 && l != "" {
					t.Logf("  stderr: %s", l)
				}
			}
			for _, s := range []string{r.out, r.err} {
				if strings.Contains(s, srv.password) {
					t.Errorf("the password appears in the ingest's output:\n%s", s)
				}
			}
			switch mode {
			case "stop":
				if r.code != ExitOK {
					t.Fatalf("with time to wait for the server the ingest should complete: exit %d\n%s\n%s", r.code, r.out, r.err)
				}
				if retries == 0 || !strings.Contains(r.err, "attempt=") || !strings.Contains(r.err, "neo4j back; continuing") {
					t.Errorf("ingest completed but logged no retry and no return:\n%s", r.err)
				}
			case "kill":
				if r.code != ExitUnavailable {
					t.Fatalf("with a retry budget shorter than the outage the ingest should stop: exit %d\n%s\n%s", r.code, r.out, r.err)
				}
				if n := len(errorLines(r.err)); n != 1 {
					t.Errorf("the stopped ingest printed %d error lines, want one:\n%s", n, r.err)
				}
				if !strings.Contains(r.err, proxy.URI()+" did not come back within") || !strings.Contains(r.err, "re-run") {
					t.Errorf("the ingest stopped without a clear error:\n%s", r.err)
				}
				again := ingestCLI(args...)
				t.Logf("re-run: exit %d after %s\n%s", again.code, again.took.Round(time.Millisecond), again.out)
				if again.code != ExitOK {
					t.Fatalf("re-run after the fault: exit %d\n%s\n%s", again.code, again.out, again.err)
				}
			}
			got := takeSnapshot(t, c)
			checkNoDuplicates(t, mode, got)
			compareSnapshots(t, want, got)
			t.Logf("%s: %d articles, %d nodes, %d relationships, %d Statements (clean: %d, %d, %d, %d)", mode,
				got.counts.Nodes[schema.Article], got.nodes, got.rels, got.counts.Nodes[schema.Statement],
				want.counts.Nodes[schema.Article], want.nodes, want.rels, want.counts.Nodes[schema.Statement])
		})
	}
}

func checkNoDuplicates(t *testing.T, what string, s snapshot) {
	t.Helper()
	for l, n := range s.dupNodes {
		if n > 0 {
			t.Errorf("%s: %d %s keys held by more than one node", what, n, l)
		}
	}
	if s.dupRels > 0 {
		t.Errorf("%s: %d duplicated relationships", what, s.dupRels)
	}
	if s.statementRefs != s.counts.Nodes[schema.Statement] {
		t.Errorf("%s: %d Statements but %d distinct (article, fact) pairs", what, s.counts.Nodes[schema.Statement], s.statementRefs)
	}
}

func compareSnapshots(t *testing.T, want, got snapshot) {
	t.Helper()
	for l, n := range want.counts.Nodes {
		if got.counts.Nodes[l] != n {
			t.Errorf("%s nodes: %d, clean run %d", l, got.counts.Nodes[l], n)
		}
	}
	for r, n := range want.counts.Rels {
		if got.counts.Rels[r] != n {
			t.Errorf("%s relationships: %d, clean run %d", r, got.counts.Rels[r], n)
		}
	}
	if got.nodes != want.nodes || got.digestNodes != want.digestNodes {
		t.Errorf("nodes differ from the clean run: %d (digest %s), clean %d (%s)", got.nodes, got.digestNodes, want.nodes, want.digestNodes)
	}
	if got.rels != want.rels || got.digestRels != want.digestRels {
		t.Errorf("relationships differ from the clean run: %d (digest %s), clean %d (%s)", got.rels, got.digestRels, want.rels, want.digestRels)
	}
}
