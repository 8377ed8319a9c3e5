// Package devcorpus loads the third-party dev corpora of ../shared/corpus
// as document.Articles for tests and benchmarks of the nlp packages. It
// never copies their text anywhere; tests that use it skip with a clear
// message when the shared folder is absent.
//
// Files:
//   - devcorpus.go: Load, Seed
package devcorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
)

// SeedFile is the seed page's file name under corpus/seed/ (also used for
// the copy in testdata/sample/).
const SeedFile = "peoples-daily-2020-10-22-china-russia-media-cooperation.txt"

// datePrefix is the " date 2020-10-22 " metadata prefix the corpus tool put
// in front of some media_dev texts.
var datePrefix = regexp.MustCompile(`^\s*date \d{4}-\d{2}(?:-\d{2})?\s+`)

// Load reads corpus/dev/<name>.jsonl ("media_dev", "tass_dev") and returns
// one Article per line with Body = text and Published = the date. It skips
// the test when the shared folder is absent.
func Load(t testing.TB, name string) []document.Article {
	t.Helper()
	dir, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skipf("skipped: shared corpus folder %s is absent (set MEDIAKG_SHARED)", dir)
	}
	arts, err := ReadJSONL(filepath.Join(dir, "corpus", "dev", name+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// ReadJSONL reads a dev corpus file.
func ReadJSONL(path string) ([]document.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []document.Article
	line := 0
	for sc.Scan() {
		line++
		var r struct {
			ID, URL, Title, Date, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		body := datePrefix.ReplaceAllString(r.Text, "")
		date := r.Date
		if len(date) > 10 {
			date = date[:10]
		}
		out = append(out, document.Article{
			ID: r.ID, URL: r.URL, Title: r.Title, Published: date,
			Body: strings.TrimSpace(body), Origin: fmt.Sprintf("%s:%d", path, line),
		})
	}
	return out, sc.Err()
}

// Seed returns the seed page as an Article the way the reader hands it
// over: Body = the five article paragraphs, the Xinhua dateline, published
// 2020-10-22. It skips the test when the shared folder is absent.
func Seed(t testing.TB) document.Article {
	t.Helper()
	dir, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skipf("skipped: shared corpus folder %s is absent (set MEDIAKG_SHARED)", dir)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "corpus", "seed", SeedFile))
	if err != nil {
		t.Fatal(err)
	}
	a, err := SeedArticle(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// SeedArticle cuts the article out of the scraped seed page: from the
// "BEIJING," dateline to the end of the paragraph before the "(For the
// latest China news" footer.
func SeedArticle(page string) (document.Article, error) {
	start := strings.Index(page, "BEIJING, Oct. 21")
	end := strings.Index(page, "(For the latest")
	if start < 0 || end < start {
		return document.Article{}, fmt.Errorf("seed page: article body not found")
	}
	body := strings.TrimSpace(page[start:end])
	lead := "BEIJING, Oct. 21 (Xinhua) --"
	return document.Article{
		ID:        "seed",
		Title:     "China, Russia vow to up media cooperation in post-epidemic era",
		Publisher: "People's Daily",
		Source:    "Xinhua",
		Published: "2020-10-22",
		Dateline: &document.Dateline{Place: "Beijing", Date: "2020-10-21", Agency: "Xinhua",
			Span: document.Span{Start: 0, End: len(lead)}},
		Body: body,
	}, nil
}
