package reader

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The body metric is the one of the article-extraction benchmark (Zyte,
// github.com/scrapinghub/article-extraction-benchmark, evaluate.py): texts
// are cut into \w+ tokens, tokens into 4-gram shingles; per page the true
// positives, false positives and false negatives are counted over the
// shingle multisets and normalised by their sum, so that long pages weigh
// no more than short ones; precision and recall are averaged over pages
// (a page with an empty prediction has no precision) and F1 is taken of the
// two means.

// ShingleCounts returns the normalised (tp, fp, fn) of a predicted body
// against the gold body.
func ShingleCounts(gold, pred string) (tp, fp, fn float64) {
	g := shingles(gold)
	p := shingles(pred)
	for k, gc := range g {
		pc := p[k]
		tp += float64(min(gc, pc))
		fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-g[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// wordTokens splits s into \w+ tokens: runs of letters, numbers and "_".
func wordTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := r == '_' || (r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')) ||
			(r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r)))
		if w {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func shingles(s string) map[string]int {
	toks := wordTokens(s)
	const n = 4
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	if len(toks) < n {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

// PageScore is one page's result in an evaluation.
type PageScore struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Empty is set when the reader found no body at all.
	Empty bool `json:"empty,omitempty"`
}

// Report is the outcome of EvalBodies.
type Report struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Worst are the pages with the lowest F1, worst first (at most 10).
	Worst []PageScore `json:"worst"`
	// All holds every page's score in input order.
	All []PageScore `json:"-"`
	// Bytes is the HTML read and Elapsed the time spent in ParseHTML.
	Bytes   int64         `json:"bytes"`
	Elapsed time.Duration `json:"elapsed_ns"`
}

// String formats the report as a few lines for a terminal.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pages=%d precision=%.4f recall=%.4f F1=%.4f", r.Pages, r.Precision, r.Recall, r.F1)
	if r.Elapsed > 0 {
		fmt.Fprintf(&b, " (%.1f MB/s, %.0f pages/s, one core)", float64(r.Bytes)/1e6/r.Elapsed.Seconds(), float64(r.Pages)/r.Elapsed.Seconds())
	}
	b.WriteString("\nworst pages:")
	for _, w := range r.Worst {
		fmt.Fprintf(&b, "\n  %.3f p=%.3f r=%.3f %s", w.F1, w.Precision, w.Recall, w.URL)
	}
	return b.String()
}

// goldPage is one line of a benchmark JSONL: {id, url, html, gold_text}.
type goldPage struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	HTML     string `json:"html"`
	GoldText string `json:"gold_text"`
}

// Parts of a gold set: the rules are tuned on the tune part; the check part
// is scored only after a change is frozen.
const (
	PartAll   = "all"
	PartTune  = "tune"
	PartCheck = "check"
)

// URLID is a page's id in the split manifests and in the held-out list of
// the shared corpus: the first 12 hex digits of the SHA-1 of its URL.
func URLID(url string) string {
	h := sha1.Sum([]byte(url))
	return hex.EncodeToString(h[:6])
}

// SplitPart is the part of a gold set a page belongs to, by a hash of its
// URL that no result can influence: check when the first byte of
// sha1(url) is odd, else tune (testdata/split/ lists the outcome).
func SplitPart(url string) string {
	h := sha1.Sum([]byte(url))
	if h[0]&1 == 1 {
		return PartCheck
	}
	return PartTune
}

// EvalBodies reads a JSONL file of pages with gold bodies ({id, url, html,
// gold_text}, as ../shared/corpus/html-dev/aeb_dev.jsonl), extracts each
// body with the reader and scores it with the benchmark's metric.
func EvalBodies(path string) (Report, error) {
	return EvalBodiesPart(path, PartAll)
}

// EvalBodiesPart is EvalBodies on one part of the gold set (PartTune,
// PartCheck, or PartAll for every page).
func EvalBodiesPart(path, part string) (Report, error) {
	switch part {
	case "", PartAll, PartTune, PartCheck:
	default:
		return Report{}, fmt.Errorf("eval bodies: part %q: want all, tune or check", part)
	}
	var rep Report
	var sumP, sumR float64
	var nP, nR int
	err := forEachGoldPage(path, func(g goldPage) error {
		if part == PartTune || part == PartCheck {
			if SplitPart(g.URL) != part {
				return nil
			}
		}
		raw := []byte(g.HTML)
		t0 := time.Now()
		page, _ := repairMojibake(raw)
		art, err := parseHTMLText(page, g.URL, noBudget)
		rep.Elapsed += time.Since(t0)
		rep.Bytes += int64(len(raw))
		if err != nil {
			return fmt.Errorf("%s: %w", g.ID, err)
		}
		tp, fp, fn := ShingleCounts(g.GoldText, art.Body)
		ps := PageScore{ID: g.ID, URL: g.URL, Empty: strings.TrimSpace(art.Body) == ""}
		ps.Precision = precisionScore(tp, fp, fn)
		ps.Recall = recallScore(tp, fp, fn)
		if ps.Precision+ps.Recall > 0 {
			ps.F1 = 2 * ps.Precision * ps.Recall / (ps.Precision + ps.Recall)
		}
		if tp+fp > 0 {
			sumP += ps.Precision
			nP++
		}
		if tp+fn > 0 {
			sumR += ps.Recall
			nR++
		}
		rep.All = append(rep.All, ps)
		return nil
	})
	if err != nil {
		return Report{}, err
	}
	rep.Pages = len(rep.All)
	if nP > 0 {
		rep.Precision = sumP / float64(nP)
	}
	if nR > 0 {
		rep.Recall = sumR / float64(nR)
	}
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	worst := append([]PageScore(nil), rep.All...)
	sort.SliceStable(worst, func(i, j int) bool { return worst[i].F1 < worst[j].F1 })
	if len(worst) > 10 {
		worst = worst[:10]
	}
	rep.Worst = worst
	return rep, nil
}

func precisionScore(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

func recallScore(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}

// forEachGoldPage calls fn for each page with HTML in a gold JSONL file.
func forEachGoldPage(path string, fn func(goldPage) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval bodies: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var g goldPage
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if g.HTML == "" {
			continue
		}
		if err := fn(g); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return nil
}
