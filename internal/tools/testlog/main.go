// Command testlog turns the JSON events of `go test -json` (on standard
// input) into a log a person can follow while a long test run goes on, as
// `make test` runs it:
//
//   - one line per package when it ends, like go test's own ("ok  pkg 12.3s");
//   - one line per top-level test that took at least -slow (5 s);
//   - every -every (30 s) without another line, one naming the tests that
//     are still running and for how long;
//   - the whole output of every failed test, and of a package that failed
//     outside its tests (a panic, a build error), when it fails;
//   - a closing count of packages and tests, naming the skipped tests.
//
// It exits 1 when a package or a build failed, else 0; lines that are not
// JSON events (go command errors) are printed as they come.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Time       time.Time
	Action     string
	Package    string
	ImportPath string
	Test       string
	Elapsed    float64
	Output     string
}

// logger holds the state of the run; every method is called under mu.
type logger struct {
	mu   sync.Mutex
	out  io.Writer
	slow time.Duration

	last    time.Time            // when the last line was printed
	running map[string]time.Time // "pkg TestX" -> started
	output  map[string][]string  // "pkg TestX" (or "pkg" alone) -> output lines
	start   time.Time

	pkgsOK, pkgsFailed, tests, testsFailed, testsSkipped int
	failed                                               bool
	skipped                                              []string // "pkg TestX"
}

func newLogger(out io.Writer, slow time.Duration) *logger {
	now := time.Now()
	return &logger{out: out, slow: slow, last: now, start: now,
		running: map[string]time.Time{}, output: map[string][]string{}}
}

func (l *logger) printf(format string, args ...any) {
	fmt.Fprintf(l.out, format, args...)
	l.last = time.Now()
}

// topLevel is the name of the top-level test of a (sub)test name.
func topLevel(test string) string {
	if i := strings.IndexByte(test, '/'); i >= 0 {
		return test[:i]
	}
	return test
}

func (l *logger) handle(e event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	pkg := e.Package
	if pkg == "" {
		pkg = e.ImportPath
	}
	key := pkg
	if e.Test != "" {
		key = pkg + " " + topLevel(e.Test)
	}
	switch e.Action {
	case "build-output":
		l.printf("%s", e.Output)
	case "build-fail":
		l.failed = true
	case "output":
		l.output[key] = append(l.output[key], e.Output)
	case "run":
		if e.Test == topLevel(e.Test) {
			l.running[key] = time.Now()
		}
	case "pass", "fail", "skip":
		if e.Test == "" {
			l.endPackage(pkg, e)
			return
		}
		if e.Test != topLevel(e.Test) {
			return // subtests are reported with their parent
		}
		delete(l.running, key)
		l.tests++
		took := time.Duration(e.Elapsed * float64(time.Second))
		switch e.Action {
		case "fail":
			l.testsFailed++
			l.printf("--- FAIL %s %s (%.1fs)\n", pkg, e.Test, e.Elapsed)
			for _, line := range l.output[key] {
				l.printf("    %s", line)
			}
		case "skip":
			l.testsSkipped++
			l.skipped = append(l.skipped, key)
		default:
			if took >= l.slow {
				l.printf("   %-7s %s %s (%.1fs)\n", "pass", pkg, e.Test, e.Elapsed)
			}
		}
		delete(l.output, key)
	}
}

// endPackage prints a package's result line; a failure outside any test
// prints the package's own output too.
func (l *logger) endPackage(pkg string, e event) {
	own := l.output[pkg]
	delete(l.output, pkg)
	for k := range l.running {
		if strings.HasPrefix(k, pkg+" ") {
			delete(l.running, k)
		}
	}
	switch e.Action {
	case "fail":
		l.pkgsFailed++
		l.failed = true
		for _, line := range own {
			if !goTestNoise(line) {
				l.printf("    %s", line)
			}
		}
		l.printf("FAIL %s %.1fs\n", pkg, e.Elapsed)
	case "skip":
		// no test files: nothing to say
	default:
		l.pkgsOK++
		l.printf("ok   %s %.1fs\n", pkg, e.Elapsed)
	}
}

// goTestNoise tells the lines of a package's own output that repeat what
// the result line says.
func goTestNoise(line string) bool {
	for _, p := range []string{"--- FAIL", "=== ", "FAIL", "PASS", "ok  ", "exit status "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// heartbeat prints what still runs when nothing was printed for every.
func (l *logger) heartbeat(every time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if time.Since(l.last) < every || len(l.running) == 0 {
		return
	}
	names := make([]string, 0, len(l.running))
	for k, t := range l.running {
		names = append(names, fmt.Sprintf("%s (%s)", k, time.Since(t).Round(time.Second)))
	}
	sort.Strings(names)
	l.printf("   still running: %s\n", strings.Join(names, ", "))
}

func (l *logger) summary() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.skipped) > 0 {
		l.printf("   skipped: %s\n", strings.Join(l.skipped, ", "))
	}
	l.printf("== go test: %d packages ok, %d failed; %d tests, %d failed, %d skipped; %s\n",
		l.pkgsOK, l.pkgsFailed, l.tests, l.testsFailed, l.testsSkipped, time.Since(l.start).Round(time.Second))
}

func main() {
	slow := flag.Duration("slow", 5*time.Second, "print every top-level test that takes at least this long")
	every := flag.Duration("every", 30*time.Second, "name the running tests after this long without a line")
	flag.Parse()
	os.Exit(run(os.Stdin, os.Stdout, *slow, *every))
}

func run(in io.Reader, out io.Writer, slow, every time.Duration) int {
	l := newLogger(out, slow)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				l.heartbeat(every)
			}
		}
	}()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<16), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			l.mu.Lock()
			l.printf("%s\n", line)
			l.mu.Unlock()
			continue
		}
		l.handle(e)
	}
	close(done)
	if err := sc.Err(); err != nil {
		fmt.Fprintf(out, "testlog: %v\n", err)
		return 1
	}
	l.summary()
	if l.failed || l.testsFailed > 0 {
		return 1
	}
	return 0
}
