package graph

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a load's progress: a bar with articles/s and facts/s on a
// terminal, a status line every statusEvery otherwise. A nil *progress
// shows nothing.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	start time.Time

	mu   sync.Mutex
	last time.Time
}

const statusEvery = 10 * time.Second

func newProgress(w io.Writer) *progress {
	if w == nil {
		return nil
	}
	p := &progress{w: w, start: time.Now(), last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// update reads the stats under mu and shows them.
func (p *progress) update(s *LoadStats, mu *sync.Mutex) {
	if p == nil {
		return
	}
	mu.Lock()
	articles, facts := s.Articles, s.Facts
	mu.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	secs := time.Since(p.start).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("loading: %d facts (%.0f facts/s)", facts, float64(facts)/secs))
		_ = p.bar.Set(articles)
		return
	}
	if time.Since(p.last) >= statusEvery {
		p.last = time.Now()
		fmt.Fprintf(p.w, "load: %d articles (%.0f/s), %d facts (%.0f/s)\n",
			articles, float64(articles)/secs, facts, float64(facts)/secs)
	}
}

func (p *progress) finish(s *LoadStats) {
	if p == nil || p.bar == nil {
		return
	}
	_ = p.bar.Finish()
}

// WriteSummary prints the summary of a load: what was written, skipped and
// failed, the server's counters and the rates.
func WriteSummary(w io.Writer, s LoadStats) error {
	secs := s.Duration.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	_, err := fmt.Fprintf(w,
		"loaded %d articles in %s: %d added, %d replaced, %d unchanged, %d failed\n"+
			"  %d facts (%d dropped as outside the model); nodes +%d -%d, relationships +%d -%d, properties set %d, %d transactions\n"+
			"  %.1f articles/s, %.0f facts/s, %.0f relationships/s\n",
		s.Articles, s.Duration.Round(time.Millisecond), s.Added, s.Replaced, s.Unchanged, s.Failed,
		s.Facts, s.Dropped, s.NodesCreated, s.NodesDeleted, s.RelsCreated, s.RelsDeleted, s.PropsSet, s.Transactions,
		float64(s.Articles)/secs, float64(s.Facts)/secs, float64(s.RelsCreated)/secs)
	if err == nil && (s.Copies > 0 || s.OwnAddress > 0) {
		_, err = fmt.Fprintf(w, "  of them: %d copies of an article already loaded under another id (skipped), %d written under their own address (their canonical link names other content)\n",
			s.Copies, s.OwnAddress)
	}
	if err == nil && s.Retries > 0 {
		_, err = fmt.Fprintf(w, "  %d transactions retried while the server was unavailable\n", s.Retries)
	}
	return err
}
