// Package run drives the NLP pipeline over a stream of articles with a pool
// of workers, keeping input order and bounded memory: at most a few articles
// per worker are in flight, however large the corpus.
//
// Files:
//   - run.go: Processor, Documents
package run

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"github.com/mediakg/mediakg/nlp/document"
)

// Processor turns an article into a finished document. Implementations must
// be safe for concurrent use (pipeline.Pipeline is).
type Processor interface {
	Process(document.Article) *document.Document
}

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
					j.out <- process(p, j.article)
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

func process(p Processor, a document.Article) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{err: fmt.Errorf("%s: internal error while extracting: %v", a.Origin, v)}
		}
	}()
	return result{doc: p.Process(a)}
}
