package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"sort"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
)

// DefaultBatchSize is the default number of rows per write transaction.
// Running a statement costs the server about as much as writing a few
// hundred rows with it, so larger batches load faster, up to about 10,000
// rows (some 180 articles of the dev corpora); see BENCHMARKS.md.
const DefaultBatchSize = 10000

// LoadOptions configure Load.
type LoadOptions struct {
	// BatchSize is the number of rows a write transaction carries (about
	// one per node, link and fact); whole articles go into one transaction,
	// so a batch holds as many articles as fit. 0 means DefaultBatchSize.
	BatchSize int
	// Workers is the number of concurrent write transactions. 0 means 1,
	// which is also the fastest: every article touches the same hub nodes
	// (countries, agencies), so concurrent writers wait on each other's
	// locks and deadlock; reading, resolving and planning the next batch
	// overlap the write either way (BENCHMARKS.md).
	Workers int
	// Force re-writes articles whose content hash is already in the graph.
	Force bool
	// Progress receives a progress bar (articles/s, facts/s) when it is a
	// terminal, a status line every 10 seconds otherwise; nil means none.
	Progress io.Writer
	// EventWindow is the same-event window in days (plan.DefaultWindow when
	// 0; negative turns window merging off, leaving merging by id).
	EventWindow int
	// OnError is called for each article that could not be written; the
	// load goes on. Calls are serialised.
	OnError func(ArticleError)
	// PerFact is the benchmark baseline: every row of every statement is
	// its own transaction (one statement per fact), as a naive loader does.
	// An article's facts are then not atomic; never use it for real loads.
	PerFact bool
}

func (o LoadOptions) batchSize() int {
	if o.BatchSize <= 0 {
		return DefaultBatchSize
	}
	return o.BatchSize
}

func (o LoadOptions) workers() int {
	if o.Workers <= 0 {
		return 1
	}
	return o.Workers
}

func (o LoadOptions) window() int {
	if o.EventWindow == 0 {
		return plan.DefaultWindow
	}
	return o.EventWindow
}

// ArticleError is the failure of one input: an article that could not be
// written (its facts were rolled back) or a document the source could not
// produce.
type ArticleError struct {
	ID, Origin string
	Err        error
}

func (e ArticleError) Error() string {
	switch {
	case e.ID != "" && e.Origin != "":
		return fmt.Sprintf("article %s (%s): %v", e.ID, e.Origin, e.Err)
	case e.ID != "":
		return fmt.Sprintf("article %s: %v", e.ID, e.Err)
	}
	return e.Err.Error()
}

func (e ArticleError) Unwrap() error { return e.Err }

// LoadStats summarise a load. Counters come from the server's own
// statistics of the committed transactions.
type LoadStats struct {
	// Articles counts every input: Added + Replaced + Unchanged + Failed.
	Articles  int
	Added     int // new articles written
	Replaced  int // articles whose old version was replaced
	Unchanged int // same content hash already in the graph: nothing written
	Failed    int
	// Facts counts the Statements written; Dropped the facts and entities
	// that did not fit the model (see plan.Drop).
	Facts   int
	Dropped int

	NodesCreated, NodesDeleted int
	RelsCreated, RelsDeleted   int
	PropsSet                   int
	Transactions               int
	// Retries counts the transaction attempts repeated because the server
	// was away (bounded in time by Client.RetryMax).
	Retries  int
	Duration time.Duration
	// Errors lists the failures (also passed to LoadOptions.OnError).
	Errors []ArticleError

	times timings
}

// Statements returns where the server's time went, per kind of statement,
// most time first.
func (s *LoadStats) Statements() []StatementTime { return s.times.sorted() }

func (s *LoadStats) addCounters(c counters) {
	s.NodesCreated += c.nodesCreated
	s.NodesDeleted += c.nodesDeleted
	s.RelsCreated += c.relsCreated
	s.RelsDeleted += c.relsDeleted
	s.PropsSet += c.propsSet
	s.Transactions += c.txs
	s.times.merge(c.times)
}

type counters struct {
	nodesCreated, nodesDeleted, relsCreated, relsDeleted, propsSet, txs int
	times                                                               timings
}

func (c *counters) add(s neo4j.ResultSummary) {
	k := s.Counters()
	c.nodesCreated += k.NodesCreated()
	c.nodesDeleted += k.NodesDeleted()
	c.relsCreated += k.RelationshipsCreated()
	c.relsDeleted += k.RelationshipsDeleted()
	c.propsSet += k.PropertiesSet()
}

// addRetries records attempts beyond the first.
func (l *loader) addRetries(attempts int) {
	if attempts <= 1 {
		return
	}
	l.mu.Lock()
	l.stats.Retries += attempts - 1
	l.mu.Unlock()
}

// LoadDocuments loads docs; see Load.
func LoadDocuments(ctx context.Context, c *Client, docs []*document.Document, opts LoadOptions) (LoadStats, error) {
	return Load(ctx, c, func(yield func(*document.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}, opts)
}

// Load writes documents into the graph, streaming: it holds only the
// batches in flight, never the corpus.
//
// Each article's facts commit together or not at all: articles are grouped
// into write transactions (ExecuteWrite, so transient errors are retried),
// and when a transaction fails for good its articles are retried one per
// transaction so only the failing ones are lost; they are reported through
// LoadOptions.OnError and LoadStats.Errors, and the load goes on. An article
// whose content hash is already in the graph is skipped (unless Force); a
// changed article replaces its own facts and nothing else. The returned
// error is non-nil only when the load as a whole stopped: the context ended
// or the server became unavailable.
//
// When the server goes away (stopped, restarted, network), reading the graph
// state and writing a batch are retried with exponential backoff for up to
// Client.RetryMax from the first failure, each retry logged on Client.Log;
// then the load stops with an error wrapping ErrUnavailable. What committed
// stays, and a re-run skips it, so a re-run finishes the load; the articles
// of batches left uncommitted are then neither counted nor reported one by
// one.
func Load(ctx context.Context, c *Client, docs iter.Seq2[*document.Document, error], opts LoadOptions) (LoadStats, error) {
	start := time.Now()
	l := &loader{
		c: c, opts: opts,
		index:    plan.NewEventIndex(opts.window()),
		refs:     map[string]int{},
		inflight: map[string]string{},
		work:     make(chan *batch, opts.workers()),
	}
	l.idle = sync.NewCond(&l.mu)
	l.progress = newProgress(opts.Progress)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	l.cancel = cancel

	var wg sync.WaitGroup
	for i := 0; i < opts.workers(); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.worker(ctx)
		}()
	}
	err := l.read(ctx, docs)
	close(l.work)
	wg.Wait()
	l.stats.Duration = time.Since(start)
	l.progress.finish(&l.stats)
	// A worker that stopped the load (server gone) cancelled ctx with the
	// reason; report that rather than the cancellation it caused.
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) && (err == nil || errors.Is(err, context.Canceled)) {
		err = cause
	}
	if err == nil {
		err = ctx.Err()
	}
	return l.stats, err
}

// loader is the state of one Load: the reading stage (read, flush) runs in
// the caller's goroutine and resolves events in stream order; workers write
// batches concurrently.
type loader struct {
	c        *Client
	opts     LoadOptions
	work     chan *batch
	cancel   context.CancelCauseFunc
	progress *progress

	mu    sync.Mutex
	idle  *sync.Cond
	stats LoadStats
	// index holds the events of batches not yet committed, refs how many
	// such batches use each.
	index *plan.EventIndex
	refs  map[string]int
	// inflight maps the ids of articles in uncommitted batches to their
	// hash; pending counts those batches.
	inflight map[string]string
	pending  int
}

// read pulls documents, groups them into batches and hands the batches to
// the workers.
func (l *loader) read(ctx context.Context, docs iter.Seq2[*document.Document, error]) error {
	var chunk []*document.Document
	ids := map[string]bool{}
	rows := 0
	for doc, err := range docs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			origin := ""
			if doc != nil {
				origin = doc.Article.Origin
			}
			l.fail(ArticleError{Origin: origin, Err: err}, 1)
			continue
		}
		if doc == nil || doc.Article.ID == "" {
			origin := ""
			if doc != nil {
				origin = doc.Article.Origin
			}
			l.fail(ArticleError{Origin: origin, Err: errors.New("document without article id")}, 1)
			continue
		}
		id := doc.Article.ID
		l.mu.Lock()
		_, busy := l.inflight[id]
		l.mu.Unlock()
		if ids[id] || busy {
			// The same article again before its first version committed:
			// write what we have, wait, then treat this one against the
			// committed state.
			if err := l.flush(ctx, chunk); err != nil {
				return err
			}
			chunk, rows, ids = nil, 0, map[string]bool{}
			l.waitIdle()
		}
		chunk = append(chunk, doc)
		ids[id] = true
		rows += estimateRows(doc)
		if rows >= l.opts.batchSize() {
			if err := l.flush(ctx, chunk); err != nil {
				return err
			}
			chunk, rows, ids = nil, 0, map[string]bool{}
		}
	}
	return l.flush(ctx, chunk)
}

// estimateRows guesses how many rows a document adds to a batch before it
// is planned.
func estimateRows(d *document.Document) int {
	n := 1 + 2*len(d.Entities) + 2*len(d.Relations)
	for _, e := range d.Events {
		n += 3 + 2*(len(e.Participants)+len(e.Organizers))
	}
	return n
}

func (l *loader) waitIdle() {
	l.mu.Lock()
	for l.pending > 0 {
		l.idle.Wait()
	}
	l.mu.Unlock()
}

// flush classifies a chunk against the graph (new, changed, unchanged),
// resolves its events, plans its articles and dispatches the batch.
func (l *loader) flush(ctx context.Context, chunk []*document.Document) error {
	if len(chunk) == 0 {
		return nil
	}
	ids := make([]string, len(chunk))
	for i, d := range chunk {
		ids[i] = d.Article.ID
	}
	// Snapshot the uncommitted events before reading the graph: an event
	// committed after the snapshot is then seen by the read, one committed
	// before it is in the graph already.
	l.mu.Lock()
	held := l.index.Clone()
	l.mu.Unlock()

	var existing map[string]string
	var eventInfos [][]plan.EventInfo
	var dbEvents map[string]eventLookup
	var toWrite []*document.Document
	var replace []string
	var tm timings
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		var err error
		tm = nil
		existing, err = readExisting(ctx, tx, ids, &tm)
		if err != nil {
			return nil, err
		}
		toWrite, replace, eventInfos = nil, nil, nil
		var evs []map[string]any
		for _, d := range chunk {
			h, ok := existing[d.Article.ID]
			if ok && h == plan.Hash(&d.Article) && !l.opts.Force {
				continue
			}
			if ok {
				replace = append(replace, d.Article.ID)
			}
			toWrite = append(toWrite, d)
			infos := plan.Events(d)
			eventInfos = append(eventInfos, infos)
			for _, e := range infos {
				if _, ok := held.Get(e.ID); ok {
					continue
				}
				var date any
				if e.Date != "" {
					date = e.Date
				}
				evs = append(evs, map[string]any{"id": e.ID, "type": e.Type, "date": date, "participants": e.Participants})
			}
		}
		dbEvents, err = readEvents(ctx, tx, evs, l.opts.window(), &tm)
		return nil, err
	}
	attempts, err := l.c.retry(ctx, "read of the graph state", func(int) error {
		sess := l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeRead})
		defer sess.Close(context.Background())
		_, err := sess.ExecuteRead(ctx, work)
		return err
	})
	l.addRetries(attempts)
	if err != nil {
		return l.readFailed(ctx, err, chunk)
	}
	unchanged := len(chunk) - len(toWrite)

	// Resolve events in stream order, then plan.
	var arts []*plan.Article
	var used []string
	dropped := 0
	l.mu.Lock()
	for i, d := range toWrite {
		remap := map[string]string{}
		for _, e := range eventInfos[i] {
			db := dbEvents[e.ID]
			canonical := held.Resolve(e, db.exists, db.candidates)
			l.index.Add(e, canonical)
			for _, c := range db.candidates {
				if c.ID == canonical {
					l.index.Add(c, canonical)
				}
			}
			l.refs[canonical]++
			used = append(used, canonical)
			if canonical != e.ID {
				remap[e.ID] = canonical
			}
		}
		a, err := plan.Build(d, remap)
		if err != nil {
			l.mu.Unlock()
			l.fail(ArticleError{ID: d.Article.ID, Origin: d.Article.Origin, Err: err}, 1)
			l.mu.Lock()
			continue
		}
		dropped += len(a.Dropped)
		l.inflight[a.ID] = a.Hash
		arts = append(arts, a)
	}
	l.stats.times.merge(tm)
	l.stats.Unchanged += unchanged
	l.stats.Articles += unchanged
	l.stats.Dropped += dropped
	if len(arts) == 0 {
		l.releaseLocked(nil, used)
		l.mu.Unlock()
		l.progress.update(&l.stats, &l.mu)
		return nil
	}
	l.pending++
	l.mu.Unlock()
	b := newBatch(arts, replace)
	b.used = used
	select {
	case l.work <- b:
	case <-ctx.Done():
		l.mu.Lock()
		l.releaseLocked(arts, used)
		l.pending--
		l.idle.Broadcast()
		l.mu.Unlock()
		return ctx.Err()
	}
	l.progress.update(&l.stats, &l.mu)
	return nil
}

// readFailed handles a failed read of the graph: unavailable servers stop
// the load; anything else fails the chunk's articles.
func (l *loader) readFailed(ctx context.Context, err error, chunk []*document.Document) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if isUnavailable(err) {
		err = unavailable(err)
		l.cancel(err)
		return err
	}
	for _, d := range chunk {
		l.fail(ArticleError{ID: d.Article.ID, Origin: d.Article.Origin, Err: fmt.Errorf("read graph state: %w", err)}, 1)
	}
	return nil
}

// unavailable returns err wrapping ErrUnavailable.
func unavailable(err error) error {
	if errors.Is(err, ErrUnavailable) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrUnavailable, err)
}

func isUnavailable(err error) bool {
	var ce *neo4j.ConnectivityError
	var te *neo4j.TokenExpiredError
	var tel *neo4j.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		// The driver gave up its own retries: judge by the last failure.
		return isUnavailable(tel.Errors[len(tel.Errors)-1])
	}
	return errors.As(err, &ce) || errors.As(err, &te) || errors.Is(err, ErrUnavailable)
}

// releaseLocked forgets a finished batch: its articles leave the in-flight
// set and its events the in-memory index once no batch uses them.
func (l *loader) releaseLocked(arts []*plan.Article, used []string) {
	for _, id := range used {
		l.refs[id]--
		if l.refs[id] <= 0 {
			delete(l.refs, id)
			l.index.Remove(id)
		}
	}
	for _, a := range arts {
		delete(l.inflight, a.ID)
	}
}

func (l *loader) fail(e ArticleError, n int) {
	l.mu.Lock()
	l.stats.Failed += n
	l.stats.Articles += n
	l.stats.Errors = append(l.stats.Errors, e)
	if l.opts.OnError != nil {
		l.opts.OnError(e)
	}
	l.mu.Unlock()
}

type eventLookup struct {
	exists     bool
	candidates []plan.EventInfo
}

func readExisting(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, tm *timings) (map[string]string, error) {
	res, err := tx.Run(ctx, existingCypher(), map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("read article hashes: %w", err)
	}
	out := map[string]string{}
	for res.Next(ctx) {
		r := res.Record()
		id, _ := r.Get("id")
		h, _ := r.Get("hash")
		hs, _ := h.(string)
		out[id.(string)] = hs
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("read article hashes: %w", err)
	}
	if sum, err := res.Consume(ctx); err == nil {
		tm.addSummary(existingCypher(), len(ids), sum)
	}
	return out, nil
}

func readEvents(ctx context.Context, tx neo4j.ManagedTransaction, evs []map[string]any, window int, tm *timings) (map[string]eventLookup, error) {
	out := map[string]eventLookup{}
	if len(evs) == 0 {
		return out, nil
	}
	res, err := tx.Run(ctx, eventCandidatesCypher(), map[string]any{"events": evs, "window": int64(window)})
	if err != nil {
		return nil, fmt.Errorf("read event candidates: %w", err)
	}
	for res.Next(ctx) {
		r := res.Record()
		id, _ := r.Get("id")
		ex, _ := r.Get("exists")
		cs, _ := r.Get("candidates")
		lk := eventLookup{exists: ex == true}
		for _, c := range asList(cs) {
			m, _ := c.(map[string]any)
			e := plan.EventInfo{ID: str(m["id"]), Type: str(m["type"]), Date: str(m["date"]), Series: str(m["series"])}
			if o, ok := m["ordinal"].(int64); ok {
				e.Ordinal = int(o)
			}
			for _, p := range asList(m["participants"]) {
				e.Participants = append(e.Participants, str(p))
			}
			sort.Strings(e.Participants)
			lk.candidates = append(lk.candidates, e)
		}
		out[id.(string)] = lk
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("read event candidates: %w", err)
	}
	if sum, err := res.Consume(ctx); err == nil {
		tm.addSummary(eventCandidatesCypher(), len(evs), sum)
	}
	return out, nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// worker writes batches until the channel closes.
func (l *loader) worker(ctx context.Context) {
	sess := l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	for b := range l.work {
		if ctx.Err() != nil {
			l.finish(b, nil, counters{}, ctx.Err())
			continue
		}
		var cnt counters
		var err error
		if l.opts.PerFact {
			cnt, err = writePerFact(ctx, sess, b)
		} else {
			cnt, err = l.write(ctx, sess, b)
		}
		if err == nil || len(b.articles) == 1 || isUnavailable(err) || ctx.Err() != nil {
			l.finish(b, nil, cnt, err)
			continue
		}
		// Isolate the failing articles: one transaction each.
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

func addCounters(dst *counters, c counters) {
	dst.nodesCreated += c.nodesCreated
	dst.nodesDeleted += c.nodesDeleted
	dst.relsCreated += c.relsCreated
	dst.relsDeleted += c.relsDeleted
	dst.propsSet += c.propsSet
	dst.txs += c.txs
	dst.times.merge(c.times)
}

// finish records a batch that committed (err == nil) or failed as a whole.
func (l *loader) finish(b *batch, _ []*plan.Article, cnt counters, err error) {
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
			l.releaseLocked(b.articles, b.used)
			l.pending--
			l.idle.Broadcast()
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
	l.releaseLocked(b.articles, b.used)
	l.pending--
	l.idle.Broadcast()
	l.mu.Unlock()
	for i, a := range failed {
		l.fail(ArticleError{ID: a.ID, Origin: a.Origin, Err: errs[i]}, 1)
	}
	l.progress.update(&l.stats, &l.mu)
}
