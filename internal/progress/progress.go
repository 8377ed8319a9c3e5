// Package progress shows how far a long command has got, on standard
// error: on a terminal a bar with the total when it is known (a counter
// when not), redrawn in place; otherwise, for logs and CI, one line every
// few seconds. Rates and the time left appear only once they mean
// something (a second of work and one item done), so no early frame says
// "0 per hour".
//
// The bar is drawn by github.com/schollz/progressbar/v3. A nil *Meter
// shows nothing, so callers need no checks when progress is turned off.
//
// Files:
//   - progress.go: Meter, Options, the line format
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// DefaultInterval is how often a status line is printed when the output is
// not a terminal.
const DefaultInterval = 5 * time.Second

// Options configure a Meter.
type Options struct {
	// Total is the number of items when known; 0 or less means unknown
	// (SetTotal can give it later).
	Total int64
	// Unit names the items, in the plural ("documents").
	Unit string
	// Verb starts every status line ("ingest").
	Verb string
	// Interval is the time between status lines when the output is not a
	// terminal: DefaultInterval when 0, no lines at all when negative.
	Interval time.Duration
	// Status, when set, adds the caller's own counts to every frame and
	// line ("350 loaded, 25 unchanged"). It is called from another
	// goroutine.
	Status func() string
	// Terminal forces the bar (true) or the lines (false); nil detects
	// whether the writer is a terminal.
	Terminal *bool
}

// Meter counts items done and shows the count. Its methods may be called
// from several goroutines.
type Meter struct {
	w    io.Writer
	opts Options
	bar  *progressbar.ProgressBar
	now  func() time.Time

	mu      sync.Mutex
	start   time.Time
	done    int64
	total   int64
	stopped bool
	quit    chan struct{}
	wg      sync.WaitGroup
}

// New starts a meter writing to w; it returns nil (a meter that shows
// nothing) when w is nil.
func New(w io.Writer, o Options) *Meter {
	if w == nil {
		return nil
	}
	if o.Unit == "" {
		o.Unit = "items"
	}
	if o.Interval == 0 {
		o.Interval = DefaultInterval
	}
	m := &Meter{w: w, opts: o, now: time.Now, total: max(o.Total, 0), quit: make(chan struct{})}
	m.start = m.now()
	tty := isTerminal(w)
	if o.Terminal != nil {
		tty = *o.Terminal
	}
	tick := o.Interval
	if tty {
		max := int64(-1)
		if m.total > 0 {
			max = m.total
		}
		m.bar = progressbar.NewOptions64(max,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(o.Verb),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString(o.Unit),
			progressbar.OptionSetPredictTime(false),
			progressbar.OptionSetElapsedTime(false),
			progressbar.OptionShowDescriptionAtLineEnd(),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionSetWidth(30),
			progressbar.OptionClearOnFinish(),
		)
		tick = time.Second
	}
	if tick > 0 {
		m.wg.Add(1)
		go m.loop(tick)
	}
	return m
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// loop redraws the bar's status every tick on a terminal, or prints a
// status line every tick otherwise.
func (m *Meter) loop(tick time.Duration) {
	defer m.wg.Done()
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-m.quit:
			return
		case <-t.C:
			if m.bar != nil {
				m.redraw()
			} else {
				m.mu.Lock()
				if !m.stopped {
					fmt.Fprintln(m.w, m.lineLocked())
				}
				m.mu.Unlock()
			}
		}
	}
}

// Add counts n more items done.
func (m *Meter) Add(n int) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.done += int64(n)
	done, stopped := m.done, m.stopped
	m.mu.Unlock()
	if m.bar != nil && !stopped {
		_ = m.bar.Set64(done)
	}
}

// SetTotal gives the total once it is known (counted in the background).
func (m *Meter) SetTotal(n int64) {
	if m == nil || n <= 0 {
		return
	}
	m.mu.Lock()
	m.total = n
	stopped := m.stopped
	m.mu.Unlock()
	if m.bar != nil && !stopped {
		m.bar.ChangeMax64(n)
	}
}

// Clear takes the bar off its line before something else is written to
// the same stream (a problem report); the next frame draws it again.
func (m *Meter) Clear() {
	if m == nil || m.bar == nil {
		return
	}
	_ = m.bar.Clear()
}

// Stop ends the meter: the bar is cleared so that what follows starts on a
// clean line. It may be called more than once.
func (m *Meter) Stop() {
	if m == nil {
		return
	}
	m.mu.Lock()
	if m.stopped {
		m.mu.Unlock()
		return
	}
	m.stopped = true
	m.mu.Unlock()
	close(m.quit)
	m.wg.Wait()
	if m.bar != nil {
		_ = m.bar.Clear()
		_ = m.bar.Exit()
	}
}

func (m *Meter) redraw() {
	m.mu.Lock()
	if m.stopped {
		m.mu.Unlock()
		return
	}
	s := m.rateLocked()
	m.mu.Unlock()
	if st := m.status(); st != "" {
		s = join(s, st)
	}
	m.bar.Describe(s)
}

func (m *Meter) status() string {
	if m.opts.Status == nil {
		return ""
	}
	return m.opts.Status()
}

// rateLocked is "12.3 documents/s, about 52s left", or "" before a second
// of work and one item done, and once every item of a known total is
// done (what follows, such as the last writes, is not counted in items).
func (m *Meter) rateLocked() string {
	secs := m.now().Sub(m.start).Seconds()
	if secs < 1 || m.done < 1 || (m.total > 0 && m.done >= m.total) {
		return ""
	}
	rate := float64(m.done) / secs
	s := fmt.Sprintf("%s %s/s", num(rate), m.opts.Unit)
	if m.total > m.done {
		left := time.Duration(float64(m.total-m.done) / rate * float64(time.Second))
		s += ", about " + roundLeft(left) + " left"
	}
	return s
}

// lineLocked is one status line: "ingest: 380/1014 documents (37%), 12.3
// documents/s, about 52s left; 350 loaded, 25 unchanged".
func (m *Meter) lineLocked() string {
	var b strings.Builder
	if m.opts.Verb != "" {
		b.WriteString(m.opts.Verb + ": ")
	}
	if m.total > 0 {
		fmt.Fprintf(&b, "%d/%d %s (%d%%)", m.done, m.total, m.opts.Unit, m.done*100/m.total)
	} else {
		fmt.Fprintf(&b, "%d %s", m.done, m.opts.Unit)
	}
	if r := m.rateLocked(); r != "" {
		b.WriteString(", " + r)
	}
	if st := m.status(); st != "" {
		b.WriteString("; " + st)
	}
	return b.String()
}

func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// num prints a rate with one decimal below 100, none above.
func num(f float64) string {
	if f < 100 {
		return fmt.Sprintf("%.1f", f)
	}
	return fmt.Sprintf("%.0f", f)
}

// roundLeft says a time left as a person reads it: seconds under two
// minutes, minutes under two hours, then hours.
func roundLeft(d time.Duration) string {
	switch {
	case d < 2*time.Minute:
		return fmt.Sprintf("%ds", int(d.Round(time.Second).Seconds()))
	case d < 2*time.Hour:
		return fmt.Sprintf("%d min", int(d.Round(time.Minute).Minutes()))
	}
	return fmt.Sprintf("%.1f h", d.Hours())
}
