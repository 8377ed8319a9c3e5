// Package run drives the NLP pipeline over a stream of articles with a pool
// of workers, keeping input order and bounded memory: at most a few articles
// per worker are in flight, however large the corpus.
//
// Each article may be given a processing-time limit (Options.MaxDocTime):
// a Processor that also implements ContextProcessor is asked to stop at the
// deadline (pipeline.Pipeline checks between its stages), and the pool stops
// waiting for the article then in any case, reports it as skipped with a
// *limit.Error and goes on with the next; a stage still running finishes
// in the background and its result is dropped.
//
// Files:
//   - run.go: Processor, ContextProcessor, Options, Documents, Stream, Error
package run

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/limit"
)

// Processor turns an article into a finished document. Implementations must
// be safe for concurrent use (pipeline.Pipeline is).
type Processor interface {
	Process(document.Article) *document.Document
}

// ContextProcessor is a Processor that can stop early when its context
// ends, returning the context's error.
type ContextProcessor interface {
	ProcessContext(context.Context, document.Article) (*document.Document, error)
}

// Options configure Stream.
type Options struct {
	// Workers is the number of goroutines; 0 means one per CPU.
	Workers int
	// MaxDocTime limits the time one article may take; 0 means no limit.
	MaxDocTime time.Duration
}

// Error is the failure of one article in the pipeline. Its message is one
// line, "origin: reason"; it unwraps to the cause (a *limit.Error for an
// article stopped at its time limit).
type Error struct {
	Origin string
	Err    error
}

func (e *Error) Error() string { return e.Origin + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

type result struct {
	doc *document.Document
	err error
}

type job struct {
	article document.Article
	out     chan<- result
}

// Documents applies p to every article that items yields, on workers
// goroutines (0 means one per CPU), and yields the documents in input order.
// An error from items is passed through in its place; a panic while
// processing one article becomes an error naming that article, and the rest
// goes on. Stopping the iteration early stops the workers.
func Documents(ctx context.Context, items iter.Seq2[document.Article, error], p Processor, workers int) iter.Seq2[*document.Document, error] {
	return Stream(ctx, items, p, Options{Workers: workers})
}

// Stream is Documents with options: opts.MaxDocTime bounds the time of
// each article (see the package comment).
func Stream(ctx context.Context, items iter.Seq2[document.Article, error], p Processor, opts Options) iter.Seq2[*document.Document, error] {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(*document.Document, error) bool) {
		parent := ctx
		ctx, cancel := context.WithCancel(parent)
		defer cancel()

		jobs := make(chan job)
		// order holds one slot per article in input order; its buffer bounds
		// how far producers may run ahead of the consumer.
		order := make(chan chan result, 4*workers)

		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					j.out <- processLimited(ctx, p, j.article, opts.MaxDocTime)
				}
			}()
		}

		go func() {
			defer close(order)
			defer close(jobs)
			for a, err := range items {
				slot := make(chan result, 1)
				select {
				case order <- slot:
				case <-ctx.Done():
					return
				}
				if err != nil {
					slot <- result{err: err}
					continue
				}
				select {
				case jobs <- job{article: a, out: slot}:
				case <-ctx.Done():
					slot <- result{err: ctx.Err()}
					return
				}
			}
		}()

		defer func() {
			cancel()
			// Drain so that the producer and workers can exit.
			for range order {
			}
			wg.Wait()
		}()
		for slot := range order {
			r := <-slot
			if !yield(r.doc, r.err) {
				return
			}
		}
		if err := parent.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// processLimited runs p on a within max (0 = no limit). Past the deadline
// it returns a *limit.Error at once, whether or not p has stopped.
func processLimited(parent context.Context, p Processor, a document.Article, max time.Duration) result {
	if max <= 0 {
		return process(parent, p, a)
	}
	ctx, cancel := limit.WithTime(parent, max)
	defer cancel()
	done := make(chan result, 1)
	go func() { done <- process(ctx, p, a) }()
	select {
	case r := <-done:
		if r.err != nil && ctx.Err() != nil {
			r.err = &Error{Origin: a.Origin, Err: limit.Over(ctx, parent, max)}
		}
		return r
	case <-ctx.Done():
		return result{err: &Error{Origin: a.Origin, Err: limit.Over(ctx, parent, max)}}
	}
}

func process(ctx context.Context, p Processor, a document.Article) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{err: &Error{Origin: a.Origin, Err: fmt.Errorf("internal error while extracting: %v", v)}}
		}
	}()
	if cp, ok := p.(ContextProcessor); ok {
		d, err := cp.ProcessContext(ctx, a)
		if err != nil {
			return result{err: &Error{Origin: a.Origin, Err: err}}
		}
		return result{doc: d}
	}
	return result{doc: p.Process(a)}
}
