package coverage_test

import (
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/internal/devcorpus"
	"github.com/mediakg/mediakg/nlp/coverage"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
	"github.com/mediakg/mediakg/nlp/pipeline"
)

func TestCoverage(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		art      document.Article
		untagged []string
		unresolv []string
		undated  int
	}{
		{"untagged names, not sentence starters",
			document.Article{Body: "The Zorblat Glomfrax met Qwertin Farnsworth. However, nobody came.", Published: "2020-10-22"},
			[]string{"Zorblat Glomfrax", "Qwertin Farnsworth"}, nil, 0},
		{"a title-case headline's words count only when the body writes them so",
			document.Article{Title: "Qwertin Farnsworth Seals Zorblat Glomfrax Pact With Partners", Body: "Qwertin Farnsworth signed the pact with partners on Monday.", Published: "2020-10-22"},
			[]string{"Qwertin Farnsworth"}, nil, 0},
		{"a headline in sentence case keeps its names",
			document.Article{Title: "Qwertin Farnsworth seals pact with Zorblat Glomfrax", Body: "The pact was signed on Monday.", Published: "2020-10-22"},
			[]string{"Qwertin Farnsworth", "Zorblat Glomfrax"}, nil, 0},
		{"a sub-heading in title case is no name unless the text writes it so elsewhere",
			document.Article{Body: "The Glomfrax Qwertin archive opened for exchanges across borders.\n\nDeepening Zorblat Exchanges Across Borders\n\nThe pact was signed on Monday.", Published: "2020-10-22"},
			[]string{"Glomfrax Qwertin"}, nil, 0},
		{"relative date without an anchor",
			document.Article{Body: "The media forum in Beijing opened on Monday."},
			nil, []string{"Monday"}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := p.Process(c.art)
			coverage.Apply(d)
			var un, ur []string
			for _, m := range d.Coverage.UntaggedNames {
				un = append(un, m.Text)
			}
			for _, m := range d.Coverage.UnresolvedDates {
				ur = append(ur, m.Text)
			}
			if c.untagged != nil && !reflect.DeepEqual(un, c.untagged) {
				t.Errorf("untagged = %q, want %q", un, c.untagged)
			}
			if !reflect.DeepEqual(ur, c.unresolv) {
				t.Errorf("unresolved = %q, want %q", ur, c.unresolv)
			}
			if len(d.Coverage.EventsWithoutDate) != c.undated {
				t.Errorf("events without date = %v, want %d", d.Coverage.EventsWithoutDate, c.undated)
			}
			var s coverage.Summary
			s.Add(d)
			if s.Documents != 1 {
				t.Error("summary did not count the document")
			}
		})
	}
}

// BenchmarkCoverage measures the coverage report alone over the media_dev
// texts, processed once by the pipeline: MB/s of body text. The
// documents Process returns carry no gate, so capitals are read from the
// text, as for documents from elsewhere.
func BenchmarkCoverage(b *testing.B) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	arts := devcorpus.Load(b, "media_dev")
	docs := make([]*document.Document, len(arts))
	n := 0
	for i, a := range arts {
		docs[i] = p.Process(a)
		n += len(a.Body)
	}
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	r := coverage.New(lex)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	names := 0
	for i := 0; i < b.N; i++ {
		names = 0
		for _, d := range docs {
			r.Apply(d)
			names += len(d.Coverage.UntaggedNames)
		}
	}
	if names == 0 {
		b.Fatal("no untagged names")
	}
	b.ReportMetric(float64(names), "untagged")
}
