package cli

import (
	"os"
	"strings"
	"testing"
)

// TestSecretsNeverPrinted: the password reaches neither config show nor the
// debug log, whether the connection succeeds or fails.
func TestSecretsNeverPrinted(t *testing.T) {
	const pw = "pw-that-must-not-leak-81723"
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", pw)
	// A closed port: the connection fails fast and the error is printed.
	t.Setenv("MEDIAKG_NEO4J_URI", "bolt://127.0.0.1:1")
	t.Setenv("MEDIAKG_NEO4J_CONNECT_TIMEOUT", "2s")
	for _, args := range [][]string{
		{"--log-level", "debug", "config", "show"},
		{"--log-level", "debug", "query", "run", "quality-orphans"},
		{"--log-level", "debug", "extract", "testdata/sample"},
	} {
		code, out, errOut := runCLI(t, args...)
		if strings.Contains(out+errOut, pw) {
			t.Errorf("%v printed the password (exit %d):\n%s\n%s", args, code, out, errOut)
		}
		if args[2] == "config" && !strings.Contains(out, "password: '********'") {
			t.Errorf("config show does not show the masked password:\n%s", out)
		}
		if args[2] == "query" && code != ExitUnavailable {
			t.Errorf("query against a closed port: exit %d, want %d\n%s", code, ExitUnavailable, errOut)
		}
	}
}

// TestConfigShowPrecedence: flags override MEDIAKG_* variables, which
// override the config file.
func TestConfigShowPrecedence(t *testing.T) {
	t.Setenv("MEDIAKG_NEO4J_DATABASE", "fromenv")
	t.Setenv("MEDIAKG_LOAD_BATCH_SIZE", "77")
	code, out, errOut := runCLI(t, "config", "show", "--neo4j-database", "fromflag")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"database: fromflag", "batch_size: 77", "uri: bolt://127.0.0.1:7687"} {
		if !strings.Contains(out, want) {
			t.Errorf("config show lacks %q:\n%s", want, out)
		}
	}
}

// TestSecretsNeverPrintedAgainstServer: with the real password in the
// environment and debug logging, neither the commands that succeed (schema
// apply, ingest, query, cypher, bench report, config show) nor a failed
// login print the password, on stdout or in the log on stderr.
func TestSecretsNeverPrintedAgainstServer(t *testing.T) {
	useTestServer(t)
	pw := os.Getenv("MEDIAKG_NEO4J_PASSWORD")
	if len(pw) < 6 {
		t.Fatalf("the test server's password is too short to search for: %d bytes", len(pw))
	}
	in := docsFile(t, 5)
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"config", "show"}, ExitOK},
		{[]string{"schema", "apply"}, ExitOK},
		{[]string{"ingest", "--documents", in}, ExitOK},
		{[]string{"query", "run", "quality-orphans", "--format", "json"}, ExitOK},
		{[]string{"cypher", "MATCH (a:Article) RETURN count(a) AS n"}, ExitOK},
		{[]string{"cypher", "CREATE (:Topic {id: 'topic:secret-probe'})"}, ExitError},
		{[]string{"bench", "load", "--synthetic", "1", "--articles", "3", "--baseline", "1", "--format", "json", "--reset"}, ExitOK},
		{[]string{"query", "run", "quality-orphans", "--neo4j-database", "nosuchdb"}, ExitConfig},
		{[]string{"query", "run", "quality-orphans", "--neo4j-user", "nosuchuser"}, ExitConfig},
	} {
		code, out, errOut := runMain(t, append([]string{"--log-level", "debug"}, c.args...)...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d\n%s", c.args, code, c.code, errOut)
		}
		if strings.Contains(out+errOut, pw) {
			t.Errorf("%v printed the password:\n%s\n%s", c.args, out, errOut)
		}
	}
}
