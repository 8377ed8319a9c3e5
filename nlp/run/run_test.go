package run

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/limit"
)

type upper struct{ calls atomic.Int64 }

func (u *upper) Process(a document.Article) *document.Document {
	u.calls.Add(1)
	if a.Body == "panic" {
		panic("boom")
	}
	// Vary the work so that workers finish out of order.
	time.Sleep(time.Duration(len(a.Body)%3) * time.Millisecond)
	a.Body = strings.ToUpper(a.Body)
	return &document.Document{Article: a}
}

func articles(bodies ...string) iter.Seq2[document.Article, error] {
	return func(yield func(document.Article, error) bool) {
		for i, b := range bodies {
			origin := fmt.Sprintf("in:%d", i+1)
			if b == "bad" {
				if !yield(document.Article{Origin: origin}, fmt.Errorf("%s: unreadable", origin)) {
					return
				}
				continue
			}
			if !yield(document.Article{Origin: origin, Body: b}, nil) {
				return
			}
		}
	}
}

func TestDocumentsKeepsOrderAndReportsErrors(t *testing.T) {
	bodies := []string{"a", "bb", "bad", "ccc", "panic", "dddd", "e", "ff", "ggg"}
	for _, workers := range []int{1, 2, 4, 0} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			var got []string
			for d, err := range Documents(context.Background(), articles(bodies...), &upper{}, workers) {
				if err != nil {
					got = append(got, "ERR "+err.Error())
					continue
				}
				got = append(got, d.Article.Body)
			}
			want := []string{"A", "BB", "ERR in:3: unreadable", "CCC",
				"ERR in:5: internal error while extracting: boom", "DDDD", "E", "FF", "GGG"}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

func TestDocumentsStopsEarly(t *testing.T) {
	many := make([]string, 1000)
	for i := range many {
		many[i] = "x"
	}
	u := &upper{}
	n := 0
	for range Documents(context.Background(), articles(many...), u, 2) {
		n++
		if n == 3 {
			break
		}
	}
	if c := u.calls.Load(); c > 3+4*2+2 {
		t.Errorf("processed %d articles after stopping at 3: producer ran ahead unbounded", c)
	}
}

func TestDocumentsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var last error
	for _, err := range Documents(ctx, articles("a", "b"), &upper{}, 2) {
		last = err
	}
	if !errors.Is(last, context.Canceled) {
		t.Errorf("last error = %v, want context.Canceled", last)
	}
}

// stuck never finishes the article whose body is "stuck" by itself: it
// waits until release is closed, as a stage caught in a runaway loop would.
// With cooperative set it also stops when its context ends.
type stuck struct {
	release     chan struct{}
	cooperative bool
}

func (s *stuck) Process(a document.Article) *document.Document {
	if a.Body == "stuck" {
		<-s.release
	}
	return &document.Document{Article: a}
}

func (s *stuck) ProcessContext(ctx context.Context, a document.Article) (*document.Document, error) {
	if !s.cooperative {
		return s.Process(a), nil
	}
	if a.Body == "stuck" {
		select {
		case <-s.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return &document.Document{Article: a}, nil
}

// TestStreamTimeLimit: an article that does not finish is reported as
// skipped at its time limit, with the limit named, and the articles after
// it are still processed, in order, whether or not the processor stops by
// itself. The limit is long enough for the other articles on any machine;
// nothing here measures time.
func TestStreamTimeLimit(t *testing.T) {
	for _, cooperative := range []bool{true, false} {
		t.Run(fmt.Sprint("cooperative=", cooperative), func(t *testing.T) {
			s := &stuck{release: make(chan struct{}), cooperative: cooperative}
			defer close(s.release)
			var got []string
			for d, err := range Stream(context.Background(), articles("a", "stuck", "bad", "b"), s, Options{Workers: 2, MaxDocTime: 500 * time.Millisecond}) {
				if err != nil {
					var le *limit.Error
					var re *Error
					if errors.As(err, &le) {
						if !errors.As(err, &re) || re.Origin != "in:2" || le.Name != "input.max_doc_time" || le.Reason != limit.TimeReason {
							t.Errorf("limit error %q: origin or limit wrong", err)
						}
						got = append(got, "SKIP "+err.Error())
						continue
					}
					got = append(got, "ERR "+err.Error())
					continue
				}
				got = append(got, d.Article.Body)
			}
			want := []string{"a", "SKIP in:2: processing time over limit (limit input.max_doc_time=500ms)", "ERR in:3: unreadable", "b"}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

// TestStreamCancelledIsNotTimeLimit: cancelling the run (Ctrl-C) is not
// reported as a document over its time limit.
func TestStreamCancelledIsNotTimeLimit(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &stuck{release: make(chan struct{}), cooperative: true}
	defer close(s.release)
	for d, err := range Stream(ctx, articles("a", "stuck", "b"), s, Options{Workers: 1, MaxDocTime: time.Hour}) {
		if d != nil && d.Article.Body == "a" {
			cancel()
		}
		var le *limit.Error
		if errors.As(err, &le) {
			t.Errorf("cancelled run reported as a time limit: %v", err)
		}
	}
}
