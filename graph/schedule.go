package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
)

// The scheduler starts batches in the order the planner made them, on up
// to LoadOptions.Workers writers at once:
//
//   - a batch that replaces articles runs alone (it deletes Statements,
//     links and orphaned nodes, and recomputes fact edges, reading what
//     the batches before it wrote);
//   - a batch that overrides a node (a more confident row that replaces
//     values, see runState.split) waits while a batch in flight writes that
//     node, and a batch that writes a node waits while one in flight
//     overrides it: the earlier one in the stream writes first.
//
// Everything else batches in flight do to the same elements gives the same
// graph in any order: each writes to a node only the values no earlier row
// gave and the list items none had (so no two write one property, and
// lists are unions), a batch that only touches a node creates it, if it is
// missing, with everything written to it before, relationships to one node
// are created side by side, fact edges add up their support and keep the
// most confident statement, the smallest CAMEO code and the union of the
// topics, derived links are merged, and the chains of series are rebuilt
// under the series' lock, taken before the members are read, so the last to
// commit sees all of them; a batch that writes an event's date, ordinal or
// series rebuilds the chain of the series the event is then part of, even
// when its own report names none (runBatch), so the date a batch writes
// after another batch put the event in a series reaches the chain. A transaction the server aborts as a deadlock is
// retried whole. So the graph is the one a single writer makes, whatever
// the timing; TestParallelWritersSameGraph compares the two.
type scheduler struct {
	workers int
	queue   chan *batch // planner -> dispatcher
	work    chan *batch // dispatcher -> writers

	mu      sync.Mutex
	cond    *sync.Cond
	running []*batch
	// waits counts the batches that waited while a writer was free (for
	// a batch in flight that writes a node they override, or the other way
	// round, or to run alone);
	// overlaps those that started while another was in flight.
	waits, overlaps int
	// writing is the writers' time in transactions, summed.
	writing time.Duration
}

func newScheduler(workers int) *scheduler {
	s := &scheduler{workers: workers, queue: make(chan *batch, 1), work: make(chan *batch)}
	s.cond = sync.NewCond(&s.mu)
	go s.dispatch()
	return s
}

// submit queues b; it blocks while the planner is a batch ahead.
func (s *scheduler) submit(ctx context.Context, b *batch) error {
	select {
	case s.queue <- b:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close ends the queue: the writers stop after the last batch.
func (s *scheduler) close() { close(s.queue) }

func (s *scheduler) dispatch() {
	defer close(s.work)
	for b := range s.queue {
		s.mu.Lock()
		waited := false
		for !s.canStart(b) {
			if len(s.running) < s.workers {
				waited = true // a writer is free, the batch is not
			}
			s.cond.Wait()
		}
		if waited {
			s.waits++
		}
		if len(s.running) > 0 {
			s.overlaps++
		}
		s.running = append(s.running, b)
		s.mu.Unlock()
		s.work <- b
	}
}

// canStart reports whether b may start now. Call with s.mu held.
func (s *scheduler) canStart(b *batch) bool {
	if len(s.running) >= s.workers {
		return false
	}
	if len(s.running) == 0 {
		return true
	}
	if b.exclusive() {
		return false
	}
	for _, r := range s.running {
		if r.exclusive() || r.blocks(b) {
			return false
		}
	}
	return true
}

// done records that b finished (committed or failed) after d.
func (s *scheduler) done(b *batch, d time.Duration) {
	s.mu.Lock()
	s.writing += d
	for i, r := range s.running {
		if r == b {
			s.running = append(s.running[:i], s.running[i+1:]...)
			break
		}
	}
	s.cond.Broadcast()
	s.mu.Unlock()
}

func (b *batch) exclusive() bool { return len(b.replace) > 0 }

// blocks reports whether running batch r and batch b may not run side by
// side: one overrides a node the other writes.
func (r *batch) blocks(b *batch) bool {
	for ref := range r.overrides {
		if b.overrides[ref] || b.deltas[ref] {
			return true
		}
	}
	for ref := range b.overrides {
		if r.deltas[ref] {
			return true
		}
	}
	return false
}

// worker writes batches until the scheduler closes.
func (l *loader) worker(ctx context.Context) {
	sess := l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	for b := range l.sched.work {
		t := time.Now()
		l.writeOne(ctx, sess, b)
		l.sched.done(b, time.Since(t))
	}
}

func (l *loader) writeOne(ctx context.Context, sess neo4j.SessionWithContext, b *batch) {
	if ctx.Err() != nil {
		l.finish(b, counters{}, ctx.Err())
		return
	}
	var cnt counters
	var err error
	if l.opts.PerFact {
		cnt, err = writePerFact(ctx, sess, b)
	} else {
		cnt, err = l.write(ctx, sess, b)
		// A fact edge met on its key's constraint (a MERGE beside the batch
		// that created the edge, or a row created that the graph held):
		// the batch is written again with every fact row merged, and by
		// then the edge is committed and found (markNewFacts).
		for again := 0; err != nil && again < factRaceRetries && isFactRace(err) && ctx.Err() == nil; again++ {
			if l.c.Log != nil {
				l.c.Log.Info("a fact edge met its key's constraint; writing the batch again, every fact merged", "batch", b.seq, "error", err.Error())
			}
			if again == 0 {
				b = mergeAllFacts(b)
			}
			var c1 counters
			c1, err = l.write(ctx, sess, b)
			c1.txs += cnt.txs
			c1.txRetries += cnt.txRetries + 1
			c1.rewrites += cnt.rewrites + 1
			cnt = c1
		}
	}
	if err == nil || len(b.articles) == 1 || isUnavailable(err) || ctx.Err() != nil {
		l.finish(b, cnt, err)
		return
	}
	// Isolate the failing articles: one transaction each.
	if l.c.Log != nil {
		l.c.Log.Warn("batch failed; writing its articles one per transaction", "batch", b.seq, "articles", len(b.articles), "error", err.Error())
	}
	var failed []*plan.Article
	var errs []error
	for _, a := range b.articles {
		var rep []string
		for _, id := range b.replace {
			if id == a.ID {
				rep = []string{id}
			}
		}
		one := newBatch([]*plan.Article{a}, rep)
		c1, err1 := l.write(ctx, sess, one)
		cnt.txs += c1.txs
		if err1 != nil {
			failed = append(failed, a)
			errs = append(errs, err1)
			continue
		}
		addCounters(&cnt, c1)
	}
	l.finishSplit(b, failed, errs, cnt)
}

// write writes b in one transaction, retrying while the server is away
// (Client.retry). A retry writes b as the replacement of all its articles:
// the commit of a failed attempt may have gone through with its answer lost,
// and replacing first deletes whatever that attempt wrote (Statements and
// article links are created, not merged), so no fact is written twice.
func (l *loader) write(ctx context.Context, sess neo4j.SessionWithContext, b *batch) (counters, error) {
	var cnt counters
	txs := 0
	attempts, err := l.c.retry(ctx, fmt.Sprintf("write of a batch of %d articles", len(b.articles)), func(attempt int) error {
		wb, s := b, sess
		if attempt > 1 {
			r := *b
			r.replace = make([]string, len(b.articles))
			for i, a := range b.articles {
				r.replace[i] = a.ID
			}
			wb = &r
			s = l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeWrite})
			defer s.Close(context.Background())
		}
		var err error
		cnt, err = writeBatch(ctx, s, wb)
		txs += cnt.txs
		return err
	})
	cnt.txs = txs
	l.addRetries(attempts)
	return cnt, err
}

// finish records a batch that committed (err == nil) or failed as a whole.
func (l *loader) finish(b *batch, cnt counters, err error) {
	if err != nil {
		if isUnavailable(err) || errors.Is(err, context.Canceled) {
			// The load stops: the batch's articles were not written, and
			// that is no fault of theirs. Load returns the one reason; a
			// re-run writes them.
			if isUnavailable(err) {
				l.cancel(unavailable(err))
			}
			l.mu.Lock()
			l.stats.addCounters(cnt)
			l.forget(b.articles)
			l.mu.Unlock()
			return
		}
		errs := make([]error, len(b.articles))
		for i := range errs {
			errs[i] = err
		}
		l.finishSplit(b, b.articles, errs, cnt)
		return
	}
	l.finishSplit(b, nil, nil, cnt)
}

func (l *loader) finishSplit(b *batch, failed []*plan.Article, errs []error, cnt counters) {
	failedIDs := map[string]bool{}
	for _, a := range failed {
		failedIDs[a.ID] = true
	}
	replaced := map[string]bool{}
	for _, id := range b.replace {
		replaced[id] = true
	}
	l.mu.Lock()
	if b.seq > 0 {
		l.finished[b.seq] = len(failed) == 0
	}
	for _, a := range b.articles {
		if failedIDs[a.ID] {
			continue
		}
		l.stats.Articles++
		if replaced[a.ID] {
			l.stats.Replaced++
		} else {
			l.stats.Added++
		}
		l.stats.Facts += len(a.Facts)
	}
	l.stats.addCounters(cnt)
	l.forget(failed)
	l.mu.Unlock()
	for i, a := range failed {
		l.fail(ArticleError{ID: a.ID, Origin: a.Origin, Err: errs[i]}, 1)
	}
	l.progress.update(&l.stats, &l.mu)
}

// factRaceRetries is how many times a batch is written again after
// isFactRace errors before its articles are written one per transaction.
const factRaceRetries = 3

// isFactRace reports whether err is the failure of a fact edge's MERGE
// that met the edge created by a transaction beside it: the uniqueness
// constraint of a fact key.
func isFactRace(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed" &&
		strings.Contains(ne.Msg, "property `fact`")
}

// mergeAllFacts returns a copy of b whose fact rows are all merged.
func mergeAllFacts(b *batch) *batch {
	c := *b
	c.edges = make([]relGroup, len(b.edges))
	for i, g := range b.edges {
		g.create = false
		c.edges[i] = g
	}
	return &c
}
