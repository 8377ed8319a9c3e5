// Package neo4jtest connects integration tests to the real Neo4j server that
// `make test` starts (deploy/neo4j/neo4j.sh, instance "test", Bolt 17687).
//
// Integration tests call Client; with `go test -short` they are skipped, and
// otherwise a missing server is a test failure, never a skip. Tests own the
// whole test database: Reset deletes everything in it. They never touch the
// demo instance on 7687 unless MEDIAKG_TEST_NEO4J_URI points there.
//
// Files:
//   - neo4jtest.go: Settings, Client, Reset, RepoRoot, SharedDir
//   - session.go:   the session settings of the test database
//   - proxy.go:     Proxy, a TCP proxy a test cuts and restores to make an
//     outage of its own length
package neo4jtest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mediakg/mediakg/config"
	"github.com/mediakg/mediakg/graph"
)

// DefaultURI is the Bolt address of the test instance.
const DefaultURI = "bolt://127.0.0.1:17687"

// Settings returns the connection settings for the test server: URI from
// MEDIAKG_TEST_NEO4J_URI (default DefaultURI), password from
// MEDIAKG_NEO4J_PASSWORD, MEDIAKG_NEO4J_PASSWORD_FILE or <repo>/.neo4j/password.
func Settings(t testing.TB) config.Neo4j {
	t.Helper()
	uri := os.Getenv("MEDIAKG_TEST_NEO4J_URI")
	if uri == "" {
		uri = DefaultURI
	}
	c := config.Neo4j{URI: uri, User: "neo4j", Database: "neo4j", ConnectTimeout: 15 * time.Second}
	if pw := os.Getenv(config.PasswordEnv); pw != "" {
		c.Password = pw
		return c
	}
	pf := os.Getenv("MEDIAKG_NEO4J_PASSWORD_FILE")
	if pf == "" {
		pf = filepath.Join(RepoRoot(t), ".neo4j", "password")
	}
	c.PasswordFile = pf
	if raw, err := os.ReadFile(pf); err == nil {
		c.Password = strings.TrimSpace(string(raw))
	}
	return c
}

// Client returns a connected client and closes it when the test ends. It
// skips under -short and fails when the server cannot be reached.
func Client(t testing.TB) *graph.Client {
	t.Helper()
	if testing.Short() {
		t.Skip("integration test: needs Neo4j (run without -short, e.g. make test)")
	}
	s := Settings(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := graph.Connect(ctx, s)
	// A test that tries wrong passwords on purpose makes the server lock the
	// user out for a few seconds; the next test waits that out.
	for errors.Is(err, graph.ErrLockedOut) && ctx.Err() == nil {
		time.Sleep(time.Second)
		c, err = graph.Connect(ctx, s)
	}
	if err != nil {
		t.Fatalf("integration test needs the test Neo4j server (make test-neo4j-start, or set MEDIAKG_TEST_NEO4J_URI): %v", err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	return c
}

// Reset deletes every node and relationship in the test database, and drops
// nothing else (constraints and indexes stay).
func Reset(t testing.TB, c *graph.Client) {
	t.Helper()
	ctx := context.Background()
	sess := c.Driver.NewSession(ctx, sessionConfig(c))
	defer sess.Close(ctx)
	for {
		res, err := sess.Run(ctx, "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n", nil)
		if err != nil {
			t.Fatalf("reset test database: %v", err)
		}
		rec, err := res.Single(ctx)
		if err != nil {
			t.Fatalf("reset test database: %v", err)
		}
		if n, _ := rec.Get("n"); n.(int64) == 0 {
			return
		}
	}
}

// RepoRoot returns the directory holding go.mod, found upwards from the
// test's working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// SharedDir returns ../shared (or $MEDIAKG_SHARED), where the third-party
// corpora live, and whether it exists.
func SharedDir(t testing.TB) (string, bool) {
	t.Helper()
	dir := os.Getenv("MEDIAKG_SHARED")
	if dir == "" {
		dir = filepath.Join(RepoRoot(t), "..", "shared")
	}
	st, err := os.Stat(dir)
	return dir, err == nil && st.IsDir()
}
