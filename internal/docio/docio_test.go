package docio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

func TestRoundTrip(t *testing.T) {
	docs := []*document.Document{
		{Article: document.Article{ID: "a1", Body: "Body one."}, Relations: []document.Relation{{Type: document.CooperatesWith, From: "country:CHN", To: "country:RUS"}}},
		{Article: document.Article{ID: "a2", Body: "Body two.", Origin: "given"}},
	}
	var buf bytes.Buffer
	n, err := Write(&buf, func(yield func(*document.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	})
	if err != nil || n != 2 {
		t.Fatalf("Write = %d, %v", n, err)
	}
	// A broken line in the middle is reported and skipped.
	in := strings.Replace(buf.String(), "\n", "\n{broken\n", 1)
	var got []*document.Document
	var errs []error
	for d, err := range Read(strings.NewReader(in), "docs.jsonl") {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, d)
	}
	if len(got) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "docs.jsonl:2") {
		t.Fatalf("read %d documents, errors %v", len(got), errs)
	}
	if got[0].Article.Origin != "docs.jsonl:1" || got[1].Article.Origin != "given" || got[0].Relations[0].To != "country:RUS" {
		t.Errorf("documents %+v %+v", got[0].Article, got[1].Article)
	}
}
