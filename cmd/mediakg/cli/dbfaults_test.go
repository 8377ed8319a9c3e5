package cli

import (
	"net"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// closedPortURI returns a Bolt URI on a local port nothing listens on.
func closedPortURI(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "bolt://" + addr
}

// summaryLine is the counts line that ends every run ("mediakg: 51 ok, 0
// skipped, 0 failed"), not an error.
var summaryLine = regexp.MustCompile(`^mediakg: \d+ ok, \d+ skipped, \d+ failed`)

// errorLines returns the lines of stderr that report an error.
func errorLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "mediakg: ") && !summaryLine.MatchString(l) {
			out = append(out, l)
		}
	}
	return out
}

// TestServerNotRunning: every verb that needs the graph, run against a
// closed port, exits with ExitUnavailable and one error line that names the
// URI and says how to start the local server; it prints nothing on stdout
// and leaves no file behind.
func TestServerNotRunning(t *testing.T) {
	in := docsFile(t, 3)
	uri := closedPortURI(t)
	t.Setenv("MEDIAKG_NEO4J_URI", uri)
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", "unused-password-4417")
	t.Setenv("MEDIAKG_NEO4J_CONNECT_TIMEOUT", "3s")
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{
		{"ingest", "--documents", in},
		{"schema", "apply"},
		{"query", "run", "quality-orphans"},
		{"cypher", "MATCH (n) RETURN count(n)"},
		{"cypher", "CREATE (:Topic {id: 'x'})", "--write"},
	} {
		t.Run(args[0]+" "+args[1], func(t *testing.T) {
			code, out, errOut := runMain(t, args...)
			if code != ExitUnavailable {
				t.Errorf("exit %d, want %d\n%s", code, ExitUnavailable, errOut)
			}
			lines := errorLines(errOut)
			if len(lines) != 1 {
				t.Fatalf("want one error line, got %d:\n%s", len(lines), errOut)
			}
			for _, want := range []string{"cannot reach Neo4j at " + uri, "make neo4j-start", "deploy/neo4j/neo4j.sh start"} {
				if !strings.Contains(lines[0], want) {
					t.Errorf("error lacks %q:\n%s", want, lines[0])
				}
			}
			if out != "" {
				t.Errorf("stdout is not empty:\n%s", out)
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 0 {
				t.Errorf("the failed command left %d files in the working directory", len(ents))
			}
		})
	}
}

// TestConfigAcceptsTLSSchemes: the +s and +ssc forms of both schemes are
// valid configuration; other schemes are rejected before any connection.
func TestConfigAcceptsTLSSchemes(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, uri := range []string{"neo4j+s://db.example.org:7687", "neo4j+ssc://db.example.org", "bolt+s://db.example.org:7687", "bolt+ssc://10.0.0.1:7687"} {
		t.Setenv("MEDIAKG_NEO4J_URI", uri)
		code, out, errOut := runMain(t, "config", "show")
		if code != ExitOK || !strings.Contains(out, "uri: "+uri) {
			t.Errorf("%s: exit %d\n%s%s", uri, code, out, errOut)
		}
	}
	for _, uri := range []string{"http://127.0.0.1:7474", "bolt+tls://x:7687", "127.0.0.1:7687"} {
		t.Setenv("MEDIAKG_NEO4J_URI", uri)
		code, _, errOut := runMain(t, "query", "run", "quality-orphans")
		if code != ExitConfig || !strings.Contains(errOut, "unknown scheme") || !strings.Contains(errOut, "bolt+s://") {
			t.Errorf("%s: exit %d, want %d with the valid schemes listed\n%s", uri, code, ExitConfig, errOut)
		}
	}
	// A URI the driver cannot parse is a configuration error too.
	t.Setenv("MEDIAKG_NEO4J_URI", "bolt://[::1")
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", "unused-password-4417")
	code, _, errOut := runMain(t, "query", "run", "quality-orphans")
	if code != ExitConfig || !strings.Contains(errOut, "neo4j.uri bolt://[::1") {
		t.Errorf("unparsable URI: exit %d, want %d\n%s", code, ExitConfig, errOut)
	}
}

// TestTLSURIReachesTheDriver: bolt+s:// and neo4j+ssc:// to the test
// server, which speaks plain Bolt, fail in the TLS handshake: the URI went
// to the driver as given.
func TestTLSURIReachesTheDriver(t *testing.T) {
	s := neo4jtest.Settings(t)
	neo4jtest.Client(t)
	hostPort := strings.TrimPrefix(s.URI, "bolt://")
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", s.Password)
	t.Setenv("MEDIAKG_NEO4J_CONNECT_TIMEOUT", "5s")
	t.Chdir(t.TempDir())
	for _, scheme := range []string{"bolt+s", "neo4j+ssc"} {
		uri := scheme + "://" + hostPort
		t.Setenv("MEDIAKG_NEO4J_URI", uri)
		code, _, errOut := runMain(t, "query", "run", "quality-orphans")
		if code != ExitUnavailable || !strings.Contains(errOut, "TLS handshake with "+uri+" failed") {
			t.Errorf("%s: exit %d, want %d and a TLS error\n%s", uri, code, ExitUnavailable, errOut)
		}
		if strings.Contains(errOut, s.Password) {
			t.Errorf("%s: the password is in the error", uri)
		}
	}
}

// TestWrongCredentialsAndDatabase: a wrong password or database is a
// settings error (ExitConfig) that names the user, URI or database and
// never a password.
func TestWrongCredentialsAndDatabase(t *testing.T) {
	s := neo4jtest.Settings(t)
	neo4jtest.Client(t)
	// The wrong password below may lock the user out for a few seconds:
	// leave the server usable for the next test (Client waits the lock
	// out). Registered before t.Chdir, so it runs after the directory is
	// restored.
	t.Cleanup(func() { neo4jtest.Client(t) })
	t.Setenv("MEDIAKG_NEO4J_URI", s.URI)
	t.Chdir(t.TempDir())

	const wrong = "wrong-password-55102"
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", wrong)
	code, out, errOut := runMain(t, "--log-level", "debug", "query", "run", "quality-orphans")
	want := `authentication failed for user "neo4j" at ` + s.URI
	if code != ExitConfig || !strings.Contains(errOut, want) {
		t.Errorf("wrong password: exit %d, want %d and %q\n%s", code, ExitConfig, want, errOut)
	}
	for _, pw := range []string{wrong, s.Password} {
		if strings.Contains(out+errOut, pw) {
			t.Errorf("wrong password: a password is in the output:\n%s%s", out, errOut)
		}
	}

	t.Setenv("MEDIAKG_NEO4J_PASSWORD", s.Password)
	code, _, errOut = runMain(t, "query", "run", "quality-orphans", "--neo4j-database", "mediakgtypo")
	if code != ExitConfig || !strings.Contains(errOut, `database "mediakgtypo" does not exist at `+s.URI) {
		t.Errorf("wrong database: exit %d, want %d\n%s", code, ExitConfig, errOut)
	}
}
