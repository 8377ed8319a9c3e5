package cli

import (
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
