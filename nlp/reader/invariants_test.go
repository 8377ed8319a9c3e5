package reader

import (
	"context"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// checkArticle fails on any broken promise of the Article contract.
func checkArticle(t *testing.T, a document.Article) {
	t.Helper()
	if !strings.HasPrefix(a.ID, "article:") || len(a.ID) != len("article:")+16 {
		t.Errorf("%s: bad id %q", a.Origin, a.ID)
	}
	if h, err := hex.DecodeString(a.ContentHash); err != nil || len(h) != 32 {
		t.Errorf("%s: bad content hash %q", a.Origin, a.ContentHash)
	}
	if strings.Contains(a.Body, "\n\n\n") || strings.HasPrefix(a.Body, "\n") || strings.HasSuffix(a.Body, "\n") {
		t.Errorf("%s: body has stray blank lines", a.Origin)
	}
	prev := 0
	for i, p := range a.Paragraphs {
		if p.Start < prev || p.End > len(a.Body) || p.Start >= p.End {
			t.Fatalf("%s: paragraph %d span %+v out of order or range", a.Origin, i, p)
		}
		if strings.Contains(a.Body[p.Start:p.End], "\n\n") {
			t.Errorf("%s: paragraph %d holds a paragraph break", a.Origin, i)
		}
		prev = p.End
	}
	if d := a.Dateline; d != nil {
		if d.Span.Start < 0 || d.Span.End > len(a.Body) || d.Span.Start >= d.Span.End {
			t.Errorf("%s: dateline span %+v out of range", a.Origin, d.Span)
		}
		if d.Place == "" {
			t.Errorf("%s: dateline without place", a.Origin)
		}
	}
	if a.Published != "" && normalizeDate(a.Published) == "" && len(a.Published) != 7 {
		t.Errorf("%s: published %q is not ISO 8601", a.Origin, a.Published)
	}
	if (a.PublisherID != "") != (a.Publisher != "") || (a.SourceID != "" && a.Source == "") {
		t.Errorf("%s: id without name or name without id: %q/%q %q/%q", a.Origin, a.Publisher, a.PublisherID, a.Source, a.SourceID)
	}
	if strings.ContainsRune(a.Title, '\n') {
		t.Errorf("%s: title spans lines", a.Origin)
	}
}

// TestInvariantsDev reads every shared corpus file through Items and checks
// each article against the contract.
func TestInvariantsDev(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	n := 0
	for a, err := range Items(context.Background(), []string{dir}, Options{Workers: 2}) {
		if err != nil {
			t.Errorf("unexpected error: %v", err)
			continue
		}
		checkArticle(t, a)
		if strings.TrimSpace(a.Body) == "" {
			t.Errorf("%s: empty body", a.Origin)
		}
		n++
	}
	if n < 172 { // 60 aeb + 58 media + 17 l3s + 14 agendas + 12 hugo + 10 tass + the seed
		t.Errorf("read %d articles from %s, want all of them", n, dir)
	}
}

func TestInvariantsCases(t *testing.T) {
	for a, err := range Items(context.Background(), []string{filepath.Join("testdata", "cases")}, Options{}) {
		if err == nil {
			checkArticle(t, a)
		}
	}
}
