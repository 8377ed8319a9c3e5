package fetch

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestGatePerHostLimit starts six fetches to one host with PerHost 2: the
// server holds every request until released and records how many it held at
// once.
func TestGatePerHostLimit(t *testing.T) {
	var inFlight, most atomic.Int32
	arrived := make(chan struct{}, 16)
	release := make(chan struct{})
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		arrived <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		htmlHandler(page)(w, r)
	})
	f := New(Options{PerHost: 2})
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", s.URL, i))
			errs <- err
		}()
	}
	<-arrived
	<-arrived
	// Two are held; a third would arrive now if the gate let it through.
	select {
	case <-arrived:
		t.Errorf("a third request reached the server while two were in flight")
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if m := most.Load(); m != 2 {
		t.Errorf("at most %d requests in flight, want 2", m)
	}
}

// TestGateDelay checks the politeness delay with a recorded clock: fetches
// to one host start a delay apart, other hosts are not held back.
func TestGateDelay(t *testing.T) {
	g := newGate(4, time.Second)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var waits []string
	g.now = func() time.Time { return now }
	g.sleep = func(_ context.Context, d time.Duration) error {
		waits = append(waits, d.String())
		return nil
	}
	for _, host := range []string{"a:80", "a:80", "b:80", "a:80"} {
		release, err := g.acquire(context.Background(), host)
		if err != nil {
			t.Fatal(err)
		}
		release()
	}
	if got := strings.Join(waits, " "); got != "1s 2s" {
		t.Errorf("waits = %q, want \"1s 2s\" (a waits 1s then 2s; b not at all)", got)
	}
	// Once the clock has passed the reserved starts, nobody waits.
	now = now.Add(time.Minute)
	waits = nil
	release, _ := g.acquire(context.Background(), "a:80")
	release()
	if len(waits) != 0 {
		t.Errorf("waited %v after the delay had passed", waits)
	}
}

func TestGateCancelledWhileWaiting(t *testing.T) {
	g := newGate(1, 0)
	release, err := g.acquire(context.Background(), "a:80")
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := g.acquire(ctx, "a:80"); err == nil {
		t.Error("acquire with a full host and a cancelled context succeeded")
	}
}

// TestAllKeepsOrder makes the pages finish in reverse order (each handler
// waits for the next one to finish) and expects them in input order, with a
// failure in its place.
func TestAllKeepsOrder(t *testing.T) {
	const n = 6
	done := make([]chan struct{}, n+1)
	for i := range done {
		done[i] = make(chan struct{})
	}
	close(done[n])
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		i, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/"))
		defer close(done[i])
		select {
		case <-done[i+1]:
		case <-r.Context().Done():
			return
		}
		if i == 2 {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "page %d", i)
	})
	var urls []string
	for i := range n {
		urls = append(urls, fmt.Sprintf("%s/%d", s.URL, i))
	}
	var got []string
	for p, err := range New(Options{Workers: n, PerHost: n}).All(context.Background(), urls) {
		if err != nil {
			got = append(got, "ERR "+strings.TrimPrefix(err.Error(), s.URL))
			continue
		}
		got = append(got, string(p.Body))
	}
	want := "page 0|page 1|ERR /2: HTTP status 404 Not Found|page 3|page 4|page 5"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func TestAllStopsEarly(t *testing.T) {
	var hits atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		htmlHandler(page)(w, r)
	})
	urls := make([]string, 50)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/%d", s.URL, i)
	}
	n := 0
	for range New(Options{Workers: 2}).All(context.Background(), urls) {
		if n++; n == 3 {
			break
		}
	}
	if h := hits.Load(); h > 3+2 {
		t.Errorf("%d pages fetched after stopping at 3 with 2 workers", h)
	}
}
