package main

import (
	"strings"
	"testing"
	"time"
)

// TestRun feeds a recorded event stream: a passing package with one slow
// test and one quick one, a failing package whose failed subtest's output
// must be shown, a package without tests, and a line that is not JSON.
func TestRun(t *testing.T) {
	in := strings.Join([]string{
		`{"Action":"start","Package":"m/a"}`,
		`{"Action":"run","Package":"m/a","Test":"TestSlow"}`,
		`{"Action":"output","Package":"m/a","Test":"TestSlow","Output":"=== RUN   TestSlow\n"}`,
		`{"Action":"pass","Package":"m/a","Test":"TestSlow","Elapsed":7.5}`,
		`{"Action":"run","Package":"m/a","Test":"TestQuick"}`,
		`{"Action":"pass","Package":"m/a","Test":"TestQuick","Elapsed":0.01}`,
		`{"Action":"output","Package":"m/a","Output":"ok  \tm/a\t7.6s\n"}`,
		`{"Action":"pass","Package":"m/a","Elapsed":7.6}`,
		`{"Action":"start","Package":"m/b"}`,
		`{"Action":"run","Package":"m/b","Test":"TestBroken"}`,
		`{"Action":"run","Package":"m/b","Test":"TestBroken/case"}`,
		`{"Action":"output","Package":"m/b","Test":"TestBroken/case","Output":"    b_test.go:9: want 2, got 3\n"}`,
		`{"Action":"fail","Package":"m/b","Test":"TestBroken/case","Elapsed":0.2}`,
		`{"Action":"fail","Package":"m/b","Test":"TestBroken","Elapsed":0.2}`,
		`{"Action":"output","Package":"m/b","Output":"FAIL\n"}`,
		`{"Action":"fail","Package":"m/b","Elapsed":0.3}`,
		`{"Action":"run","Package":"m/b","Test":"TestNeedsCorpus"}`,
		`{"Action":"skip","Package":"m/b","Test":"TestNeedsCorpus","Elapsed":0}`,
		`{"Action":"skip","Package":"m/c"}`,
		`go: warning: not an event`,
	}, "\n") + "\n"
	var out strings.Builder
	code := run(strings.NewReader(in), &out, 5*time.Second, time.Hour)
	got := out.String()
	if code != 1 {
		t.Errorf("exit %d, want 1 for a failed package", code)
	}
	for _, want := range []string{
		"   pass    m/a TestSlow (7.5s)\n",
		"ok   m/a 7.6s\n",
		"--- FAIL m/b TestBroken (0.2s)\n",
		"b_test.go:9: want 2, got 3",
		"FAIL m/b 0.3s\n",
		"go: warning: not an event\n",
		"   skipped: m/b TestNeedsCorpus\n",
		"== go test: 1 packages ok, 1 failed; 4 tests, 1 failed, 1 skipped;",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"TestQuick", "m/c", "ok  \tm/a"} {
		if strings.Contains(got, not) {
			t.Errorf("output shows %q:\n%s", not, got)
		}
	}
}

// TestRunPasses: a clean run exits 0.
func TestRunPasses(t *testing.T) {
	in := `{"Action":"run","Package":"m/a","Test":"TestX"}` + "\n" +
		`{"Action":"pass","Package":"m/a","Test":"TestX","Elapsed":0.1}` + "\n" +
		`{"Action":"pass","Package":"m/a","Elapsed":0.1}` + "\n"
	var out strings.Builder
	if code := run(strings.NewReader(in), &out, 5*time.Second, time.Hour); code != 0 {
		t.Errorf("exit %d, want 0\n%s", code, out.String())
	}
}

// TestHeartbeat names the tests still running once nothing was printed for
// the interval.
func TestHeartbeat(t *testing.T) {
	var out strings.Builder
	l := newLogger(&out, time.Second)
	l.handle(event{Action: "run", Package: "m/a", Test: "TestLong"})
	l.last = time.Now().Add(-time.Minute)
	l.heartbeat(30 * time.Second)
	if !strings.Contains(out.String(), "still running: m/a TestLong (") {
		t.Errorf("heartbeat: %q", out.String())
	}
	out.Reset()
	l.heartbeat(30 * time.Second) // just printed: quiet
	if out.Len() != 0 {
		t.Errorf("second heartbeat within the interval: %q", out.String())
	}
}
