package fetch

import (
	"context"
	"iter"
)

// All fetches urls, Workers at a time (the per-host limits still apply), and
// yields each page or error in the order of urls. At most Workers pages are
// held at once. Stopping the iteration early cancels the fetches in flight.
func (f *Fetcher) All(ctx context.Context, urls []string) iter.Seq2[*Page, error] {
	return func(yield func(*Page, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		type result struct {
			page *Page
			err  error
		}
		// order holds one slot per URL in input order; its buffer is what
		// lets Workers fetches run ahead of the consumer.
		order := make(chan chan result, f.opts.Workers-1)
		go func() {
			defer close(order)
			for _, u := range urls {
				slot := make(chan result, 1)
				select {
				case order <- slot:
				case <-ctx.Done():
					return
				}
				go func() {
					p, err := f.Get(ctx, u)
					slot <- result{p, err}
				}()
			}
		}()
		defer func() {
			cancel()
			for range order {
			}
		}()
		for slot := range order {
			r := <-slot
			if !yield(r.page, r.err) {
				return
			}
		}
	}
}
