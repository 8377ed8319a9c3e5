package fetch

import (
	"context"
	"sync"
	"time"
)

// gate keeps fetches polite: at most perHost at once to one host, and the
// starts of two fetches to one host at least delay apart. A host is the
// address as given (host:port); redirects to other hosts are not gated.
type gate struct {
	perHost int
	delay   time.Duration
	// now and sleep are the clock; tests replace them.
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	slots chan struct{}
	mu    sync.Mutex
	next  time.Time // earliest start of the next fetch
}

func newGate(perHost int, delay time.Duration) *gate {
	return &gate{perHost: perHost, delay: delay, now: time.Now, sleep: sleepCtx, hosts: map[string]*hostState{}}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// acquire waits for a free slot for host and for its delay to pass, and
// returns the function that frees the slot.
func (g *gate) acquire(ctx context.Context, host string) (func(), error) {
	g.mu.Lock()
	h := g.hosts[host]
	if h == nil {
		h = &hostState{slots: make(chan struct{}, g.perHost)}
		g.hosts[host] = h
	}
	g.mu.Unlock()

	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-h.slots }
	if g.delay <= 0 {
		return release, nil
	}
	// Reserve the next start time under the lock, then wait outside it, so
	// that fetches queue one delay apart.
	h.mu.Lock()
	now := g.now()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(g.delay)
	h.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		if err := g.sleep(ctx, wait); err != nil {
			release()
			return nil, err
		}
	}
	return release, nil
}
