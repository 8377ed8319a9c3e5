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
