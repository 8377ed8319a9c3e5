package graph

import "sync"

// progress passes a load's running counts to LoadOptions.Progress after
// every batch; a nil *progress passes nothing. Showing them (a bar, status
// lines, the summary) is the caller's: cmd/mediakg/cli.
type progress struct {
	f func(LoadStats)
}

func newProgress(f func(LoadStats)) *progress {
	if f == nil {
		return nil
	}
	return &progress{f: f}
}

// update copies the stats under mu and passes the copy on.
func (p *progress) update(s *LoadStats, mu *sync.Mutex) {
	if p == nil {
		return
	}
	mu.Lock()
	c := *s
	c.Errors = nil
	mu.Unlock()
	p.f(c)
}

func (p *progress) finish(s *LoadStats) {}
