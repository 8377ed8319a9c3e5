package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
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
	// Workers is the number of concurrent write transactions; 0 means 1.
	// Batches run concurrently only when neither writes a node the other
	// touches (schedule.go), so the graph is the same as with one writer.
	Workers int
	// Force re-writes articles whose content hash is already in the graph
	// under their own id. (A copy of an article under another id is never
	// written again.)
	Force bool
	// Progress, when set, receives the running counts after every batch
	// (from the loader's goroutines, possibly several at once).
	Progress func(LoadStats)
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
	// Known, when set, is the filter that skipped articles already in the
	// graph before they were extracted (see Known); its counts join the
	// load's statistics.
	Known *Known
	// ProfileBatch, when above 0, runs the statements of that batch (1 is
	// the first) with PROFILE and prints their plans to Profile (profile.go).
	ProfileBatch int
	Profile      io.Writer
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
	Unchanged int // content hash already in the graph: nothing written
	Failed    int
	// Copies counts the unchanged articles whose content is in the graph
	// under another id (the same article read from another file or
	// address); they are part of Unchanged.
	Copies int
	// OwnAddress counts the articles written under the id of their own
	// address because another article with other content holds the id of
	// the canonical link they share (see docs/graph-model.md, "Article
	// identity"); they are part of Added or Replaced.
	OwnAddress int
	// Extracted counts the documents that reached the planner: every
	// input but those Known left out before extraction.
	Extracted int
	// Facts counts the Statements written; Dropped the facts and entities
	// that did not fit the model (see plan.Drop).
	Facts   int
	Dropped int

	NodesCreated, NodesDeleted int
	RelsCreated, RelsDeleted   int
	PropsSet                   int
	Transactions               int
	// Retries counts the transaction attempts repeated because the server
	// was away (bounded in time by Client.RetryMax); TxRetries those the
	// driver repeated after a deadlock or another transient error.
	Retries   int
	TxRetries int
	// Rewrites counts the batches written again, every fact merged, after
	// a fact edge met its key's constraint (a MERGE beside the batch that
	// created the edge); each rewrite is one more of Transactions.
	Rewrites int
	Duration time.Duration
	// Errors lists the failures (also passed to LoadOptions.OnError).
	Errors []ArticleError
	// Stages says where the load's time went: how long the planner waited
	// for documents from the source (reading and extraction) and for the
	// writers to take a batch, and how long the writers wrote.
	Stages StageTimes
	// Waits counts the batches that waited, while a writer was free, for
	// a batch in flight that writes a node they write (or to run alone);
	// Overlaps those that started while another was in flight. With one
	// writer both are 0.
	Waits, Overlaps int

	times timings
}

// StageTimes are the times of the load's stages (LoadStats.Stages).
type StageTimes struct {
	// SourceWait is the planner's time waiting for documents; Planning its
	// time reading the graph state and planning; SubmitWait its time
	// waiting for the writers to take a batch.
	SourceWait, Planning, SubmitWait time.Duration
	// Writing is the writers' time in transactions, summed over writers.
	Writing time.Duration
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
	s.TxRetries += c.txRetries
	s.Rewrites += c.rewrites
	s.times.merge(c.times)
}

type counters struct {
	nodesCreated, nodesDeleted, relsCreated, relsDeleted, propsSet, txs int
	// articlesDeleted counts the Article nodes a removal deleted.
	articlesDeleted int
	// txRetries counts the attempts the driver repeated (deadlocks and
	// other transient errors).
	txRetries int
	// rewrites counts the batches written again after a fact race
	// (writeOne).
	rewrites int
	// profile, when set, receives the plans of the statements, run with
	// PROFILE (LoadOptions.ProfileBatch).
	profile io.Writer
	// late marks the statements of a batch's second phase (order.go): their
	// times are reported under their name with " (late)", apart from the
	// same statement's first-phase rows, since they are where a batch
	// waits for the locks of the batch beside it.
	late  bool
	times timings
}

func (c *counters) add(s neo4j.ResultSummary) {
	k := s.Counters()
	c.nodesCreated += k.NodesCreated()
	c.nodesDeleted += k.NodesDeleted()
	c.relsCreated += k.RelationshipsCreated()
	c.relsDeleted += k.RelationshipsDeleted()
	c.propsSet += k.PropertiesSet()
}

func addCounters(dst *counters, c counters) {
	dst.nodesCreated += c.nodesCreated
	dst.nodesDeleted += c.nodesDeleted
	dst.relsCreated += c.relsCreated
	dst.relsDeleted += c.relsDeleted
	dst.propsSet += c.propsSet
	dst.txs += c.txs
	dst.articlesDeleted += c.articlesDeleted
	dst.txRetries += c.txRetries
	dst.rewrites += c.rewrites
	dst.times.merge(c.times)
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

// prefetch is how many documents Load takes from its source ahead of the
// planner, so that reading and extraction go on while the planner waits
// for the graph or for a writer.
const prefetch = 256

// Load writes documents into the graph, streaming: it holds only the
// batches in flight and what it needs to resolve events, never the corpus.
//
// Documents flow through three stages. The source (reading and extraction)
// runs ahead into a buffer. The planner takes them in order, groups them
// into batches of about LoadOptions.BatchSize rows, reads what it needs of
// the graph's state for a batch in one read transaction (which articles and
// content hashes exist, the events it may merge into), decides each
// article's identity (docs/graph-model.md, "Article identity"), resolves
// its events, and plans its rows. Writers write the batches, each in one
// transaction; with several writers a batch starts only when no batch in
// flight writes a node it touches (schedule.go).
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
	l := newLoader(c, opts)
	l.progress = newProgress(opts.Progress)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	l.cancel = cancel

	if err := l.readPre(ctx); err != nil {
		return l.stats, err
	}
	l.sched = newScheduler(opts.workers())
	var wg sync.WaitGroup
	for i := 0; i < opts.workers(); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.worker(ctx)
		}()
	}
	in := make(chan sourced, prefetch)
	done := make(chan struct{})
	go func() {
		defer close(in)
		for d, err := range docs {
			select {
			case in <- sourced{d, err}:
			case <-done:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	err := l.read(ctx, in)
	close(done)
	for range in {
		// let the source goroutine end
	}
	l.sched.close()
	wg.Wait()
	if k := opts.Known; k != nil {
		unchanged, copies := k.Counts()
		l.stats.Unchanged += unchanged + copies
		l.stats.Copies += copies
		l.stats.Articles += unchanged + copies
		l.stats.times.merge(k.timings())
	}
	l.stats.Waits, l.stats.Overlaps = l.sched.waits, l.sched.overlaps
	l.stats.Stages = StageTimes{SourceWait: l.stages.source, Planning: l.stages.planning, SubmitWait: l.stages.submit, Writing: l.sched.writing}
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

// sourced is one item of the source: a document or the error that took
// its place.
type sourced struct {
	doc *document.Document
	err error
}

// loader is the state of one Load. The planner (read, flush and what they
// call) runs in the caller's goroutine and owns the run's memory of
// events, nodes and facts; workers write batches concurrently and share
// the in-flight article set and the statistics under mu.
type loader struct {
	c        *Client
	opts     LoadOptions
	sched    *scheduler
	cancel   context.CancelCauseFunc
	progress *progress
	run      *runState

	mu    sync.Mutex
	stats LoadStats
	// articles and hashes hold every article the load has planned (in
	// batches in flight or committed; failed ones are forgotten), by id and
	// by content hash.
	articles map[string]articleState
	hashes   map[string]string
	// stages accumulates the planner's times (StageTimes).
	stages struct{ source, planning, submit time.Duration }
	// batches counts the batches planned; finished holds those that
	// finished (by number, batch.seq), true when every article of it was
	// written.
	batches  int
	finished map[int]bool
	// pre says what the graph held when the load began: when it held no
	// article (no event), the planner reads no article (event) state from
	// it, as everything there is in its memory.
	pre struct{ articles, events int64 }
}

func newLoader(c *Client, opts LoadOptions) *loader {
	l := &loader{
		c: c, opts: opts,
		run:      newRunState(opts.window()),
		articles: map[string]articleState{},
		hashes:   map[string]string{},
		finished: map[int]bool{},
	}
	return l
}

// read pulls documents, groups them into chunks of about a batch, and
// plans and dispatches each chunk.
func (l *loader) read(ctx context.Context, in <-chan sourced) error {
	var chunk []*document.Document
	rows := 0
	for {
		t := time.Now()
		item, ok := <-in
		l.stages.source += time.Since(t)
		if !ok {
			break
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		doc, err := item.doc, item.err
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
		chunk = append(chunk, doc)
		rows += estimateRows(doc)
		if rows >= l.opts.batchSize() {
			if err := l.timedFlush(ctx, chunk); err != nil {
				return err
			}
			chunk, rows = nil, 0
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return l.timedFlush(ctx, chunk)
}

// timedFlush is flush, timed as planning (less the time it waited for
// the writers, which submit counts).
func (l *loader) timedFlush(ctx context.Context, chunk []*document.Document) error {
	t, sub := time.Now(), l.stages.submit
	err := l.flush(ctx, chunk)
	l.stages.planning += time.Since(t) - (l.stages.submit - sub)
	return err
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

// addRetries records attempts beyond the first.
func (l *loader) addRetries(attempts int) {
	if attempts <= 1 {
		return
	}
	l.mu.Lock()
	l.stats.Retries += attempts - 1
	l.mu.Unlock()
}
