package plan

import (
	"fmt"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// benchDocs are made-up documents shaped like extraction output.
func benchDocs() []*document.Document {
	var docs []*document.Document
	for i := 0; i < 50; i++ {
		d := baseDoc()
		d.Article.ID = fmt.Sprintf("article:%d", i)
		for j := 0; j < 10; j++ {
			d.Relations = append(d.Relations, rel(document.CooperatesWith, "country:RUR", fmt.Sprintf("org:o%d", j), 0.5))
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkBuild measures planning, the loader's and exporter's per-article
// work on the client side.
func BenchmarkBuild(b *testing.B) {
	docs := benchDocs()
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Article.Body))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		facts := 0
		for _, d := range docs {
			a, err := Build(d, nil)
			if err != nil {
				b.Fatal(err)
			}
			facts += len(a.Facts)
		}
		if facts != 50*12 {
			b.Fatalf("%d facts, want %d", facts, 50*12)
		}
	}
}
