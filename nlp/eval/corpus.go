package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// CorpusFiles returns the inputs the gold articles come from, as paths
// under corpusDir (the folder holding dev/ and seed/), sorted and unique.
func CorpusFiles(gold []Article, corpusDir string) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range gold {
		p := filepath.Join(corpusDir, filepath.FromSlash(a.File))
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// Index finds the gold article a read document belongs to: by its origin
// (the JSONL line or the file it was read from) or by its URL.
type Index struct {
	corpusDir string
	byOrigin  map[string]string
	byURL     map[string]string
}

// NewIndex indexes the gold articles. For every JSONL corpus file it reads
// the url of each line, so that a document whose Origin is "path:LINE"
// finds its gold even when the reader rewrote the URL. Corpus files that
// do not exist are skipped (their articles can still match by URL).
func NewIndex(gold []Article, corpusDir string) (*Index, error) {
	ix := &Index{corpusDir: corpusDir, byOrigin: map[string]string{}, byURL: map[string]string{}}
	keys := map[string]string{} // normalised URL -> gold key
	for _, a := range gold {
		if a.URL != "" {
			keys[NormURL(a.URL)] = a.Key()
			ix.byURL[NormURL(a.URL)] = a.Key()
		} else {
			ix.byOrigin[cleanPath(filepath.Join(corpusDir, filepath.FromSlash(a.File)))] = a.Key()
		}
	}
	for _, p := range CorpusFiles(gold, corpusDir) {
		if filepath.Ext(p) != ".jsonl" {
			continue
		}
		f, err := os.Open(p)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("index corpus: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for line := 1; sc.Scan(); line++ {
			b := bytes.TrimSpace(sc.Bytes())
			if len(b) == 0 {
				continue
			}
			var rec struct {
				URL string `json:"url"`
			}
			if json.Unmarshal(b, &rec) != nil || rec.URL == "" {
				continue
			}
			if k, ok := keys[NormURL(rec.URL)]; ok {
				ix.byOrigin[fmt.Sprintf("%s:%d", cleanPath(p), line)] = k
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("index corpus %s: %w", p, err)
		}
	}
	return ix, nil
}

// Key returns the gold key of a read article, and whether it is in the gold.
func (ix *Index) Key(a document.Article) (string, bool) {
	if a.Origin != "" {
		if k, ok := ix.byOrigin[cleanOrigin(a.Origin)]; ok {
			return k, true
		}
		// An origin relative to the corpus folder ("seed/page.txt").
		if !filepath.IsAbs(a.Origin) {
			if k, ok := ix.byOrigin[cleanOrigin(filepath.Join(ix.corpusDir, a.Origin))]; ok {
				return k, true
			}
		}
	}
	if a.URL != "" {
		if k, ok := ix.byURL[NormURL(a.URL)]; ok {
			return k, true
		}
	}
	return "", false
}

// cleanOrigin makes "path" and "path:line" absolute and clean.
func cleanOrigin(o string) string {
	if i := strings.LastIndexByte(o, ':'); i > 0 && isDigits(o[i+1:]) {
		return cleanPath(o[:i]) + o[i:]
	}
	return cleanPath(o)
}

func cleanPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// NormURL is the form URLs are compared in: scheme and "www." dropped, host
// lower-cased, utm_* parameters and the fragment removed, no trailing slash.
func NormURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSuffix(strings.TrimSpace(raw), "/")
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	s := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if enc := q.Encode(); enc != "" {
		s += "?" + enc
	}
	return s
}
