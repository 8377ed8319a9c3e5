package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable time source.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// newLines returns a line-mode meter without its ticker, on a fake clock.
func newLines(t *testing.T, o Options) (*Meter, *clock) {
	t.Helper()
	no := false
	o.Terminal = &no
	o.Interval = -1
	m := New(&bytes.Buffer{}, o)
	c := &clock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	m.now, m.start = c.now, c.t
	t.Cleanup(m.Stop)
	return m, c
}

func TestLine(t *testing.T) {
	status := func() string { return "350 loaded, 25 unchanged" }
	cases := []struct {
		name    string
		total   int64
		done    int
		elapsed time.Duration
		status  func() string
		want    string
	}{
		{"nothing yet: no rate", 1014, 0, 0, nil, "ingest: 0/1014 documents (0%)"},
		{"first second: no rate", 1014, 3, 500 * time.Millisecond, nil, "ingest: 3/1014 documents (0%)"},
		{"rate and time left", 1014, 380, 31 * time.Second, status,
			"ingest: 380/1014 documents (37%), 12.3 documents/s, about 52s left; 350 loaded, 25 unchanged"},
		{"unknown total", 0, 380, 31 * time.Second, nil, "ingest: 380 documents, 12.3 documents/s"},
		{"minutes left", 100000, 1000, 10 * time.Second, nil, "ingest: 1000/100000 documents (1%), 100 documents/s, about 17 min left"},
		{"all read, the rest still writing: no falling rate", 10, 10, 2 * time.Minute, status, "ingest: 10/10 documents (100%); 350 loaded, 25 unchanged"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, clk := newLines(t, Options{Total: c.total, Unit: "documents", Verb: "ingest", Status: c.status})
			m.Add(c.done)
			clk.t = clk.t.Add(c.elapsed)
			m.mu.Lock()
			got := m.lineLocked()
			m.mu.Unlock()
			if got != c.want {
				t.Errorf("line = %q\n want %q", got, c.want)
			}
		})
	}
}

func TestSetTotal(t *testing.T) {
	m, _ := newLines(t, Options{Unit: "documents", Verb: "export"})
	m.Add(5)
	m.SetTotal(20)
	m.SetTotal(0) // unknown again is ignored
	m.mu.Lock()
	got := m.lineLocked()
	m.mu.Unlock()
	if got != "export: 5/20 documents (25%)" {
		t.Errorf("line = %q", got)
	}
}

// TestLinesEveryInterval: without a terminal, the meter prints status lines
// by itself while the work goes on, and none after Stop.
func TestLinesEveryInterval(t *testing.T) {
	no := false
	var buf syncBuffer
	m := New(&buf, Options{Total: 3, Unit: "documents", Verb: "ingest", Interval: 10 * time.Millisecond, Terminal: &no})
	m.Add(1)
	for !strings.Contains(buf.String(), "ingest: 1/3 documents (33%)") {
		time.Sleep(5 * time.Millisecond)
	}
	m.Stop()
	m.Stop() // twice is fine
	n := len(buf.String())
	time.Sleep(30 * time.Millisecond)
	if len(buf.String()) != n {
		t.Errorf("lines after Stop:\n%s", buf.String())
	}
}

// TestBar: on a terminal the bar shows the count and total and is cleared
// at the end.
func TestBar(t *testing.T) {
	yes := true
	var buf syncBuffer
	m := New(&buf, Options{Total: 4, Unit: "documents", Verb: "ingest", Terminal: &yes})
	m.Add(2)
	m.Stop()
	if !strings.Contains(buf.String(), "2/4") {
		t.Errorf("bar output lacks the count and total: %q", buf.String())
	}
}

func TestNilMeter(t *testing.T) {
	m := New(nil, Options{})
	m.Add(1)
	m.SetTotal(3)
	m.Stop()
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
