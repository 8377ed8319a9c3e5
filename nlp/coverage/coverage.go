// Package coverage reports what the rules could not account for in one
// article: capitalised names no rule tagged, date expressions without a
// value, and events without a date. The report goes into
// document.Coverage; run-level summaries add these up.
//
// Files:
//   - coverage.go: Apply, Summary
package coverage

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
	"github.com/mediakg/mediakg/nlp/tag"
)

// Reporter fills the coverage report of documents. Its vocabulary holds
// the capitalised words that name no entity (regions, languages, titles,
// organization heads, ...): a run of such words is no untagged name.
type Reporter struct {
	vocabulary map[string]bool
}

// New returns a Reporter that knows the vocabulary of lex (nil for none).
func New(lex *lexicon.Lexicon) *Reporter {
	r := &Reporter{}
	if lex != nil {
		r.vocabulary = lex.Vocabulary
	}
	return r
}

// Apply fills d.Coverage from the tokens, mentions and events of d, with
// no vocabulary.
func Apply(d *document.Document) { (&Reporter{}).Apply(d) }

// Apply fills d.Coverage from the tokens, mentions and events of d.
func (r *Reporter) Apply(d *document.Document) {
	c := &document.Coverage{}
	covered := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		for i := tokenIndex(d, m.Start); i >= 0 && i < len(d.Tokens) && d.Tokens[i].Start < m.End; i++ {
			covered[i] = true
		}
		if m.Type == document.Date && m.Value == "" {
			c.UnresolvedDates = append(c.UnresolvedDates, document.EntityMention{Text: m.Text, Start: m.Start, End: m.End, Rule: m.Rule})
		}
	}
	body, low := d.Article.Body, d.LowerBody()
	gated := len(d.Gate) == len(d.Tokens)
	titled := titleCase{d: d}
	for i := 0; i < len(d.Tokens); i++ {
		if covered[i] || !capitalAt(d, gated, i) {
			continue
		}
		j := i
		for j < len(d.Tokens) && !covered[j] && capitalAt(d, gated, j) && d.Tokens[j].Sentence == d.Tokens[i].Sentence {
			j++
		}
		// a single common word that starts a sentence is no name
		var common bool
		if gated {
			common = tag.CommonCapitalizedAt(d.Gate, i)
		} else {
			common = tag.CommonCapitalized(low[d.Tokens[i].Start:d.Tokens[i].End])
		}
		sentenceStart := i == 0 || d.Tokens[i-1].Sentence != d.Tokens[i].Sentence
		if j-i == 1 && (common || sentenceStart) {
			i = j - 1
			continue
		}
		if common {
			i++
			if i >= j {
				continue
			}
		}
		if r.known(low, d.Tokens[i:j]) {
			i = j - 1
			continue
		}
		s, e := d.Tokens[i].Start, d.Tokens[j-1].End
		// in a headline or sub-heading in title case every word is
		// capitalised: a run there is a name only when the text writes it
		// so elsewhere too
		if k := d.Tokens[i].Sentence; titled.is(k) {
			ss := d.Sentences[k].Span
			if !strings.Contains(body[:ss.Start], body[s:e]) && !strings.Contains(body[ss.End:], body[s:e]) {
				i = j - 1
				continue
			}
		}
		c.UntaggedNames = append(c.UntaggedNames, document.EntityMention{Text: body[s:e], Start: s, End: e})
		i = j - 1
	}
	for _, e := range d.Events {
		if e.Date == "" {
			c.EventsWithoutDate = append(c.EventsWithoutDate, e.ID)
		}
	}
	sort.Strings(c.EventsWithoutDate)
	d.Coverage = c
}

func tokenIndex(d *document.Document, off int) int {
	return sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].End > off })
}

// capitalAt reports whether token i starts with an upper-case letter,
// from the tagger's gate (the token's shape) when the document has one.
func capitalAt(d *document.Document, gated bool, i int) bool {
	if gated {
		return d.Gate[i]&lexicon.BitCap != 0
	}
	return capitalised(d.Article.Body, d.Tokens[i])
}

// capitalised reports whether a token starts with an upper-case letter.
func capitalised(body string, t document.Token) bool {
	r, _ := utf8.DecodeRuneInString(body[t.Start:t.End])
	return unicode.IsUpper(r)
}

// Summary adds up the coverage of many documents: how often each untagged
// name occurs, the unresolved dates and the number of events without a
// date.
type Summary struct {
	Documents         int            `json:"documents"`
	UntaggedNames     map[string]int `json:"untagged_names"`
	UnresolvedDates   map[string]int `json:"unresolved_dates"`
	Events            int            `json:"events"`
	EventsWithoutDate int            `json:"events_without_date"`
}

// Add counts d into s.
func (s *Summary) Add(d *document.Document) {
	if s.UntaggedNames == nil {
		s.UntaggedNames = map[string]int{}
		s.UnresolvedDates = map[string]int{}
	}
	s.Documents++
	s.Events += len(d.Events)
	if d.Coverage == nil {
		return
	}
	for _, n := range d.Coverage.UntaggedNames {
		s.UntaggedNames[n.Text]++
	}
	for _, n := range d.Coverage.UnresolvedDates {
		s.UnresolvedDates[n.Text]++
	}
	s.EventsWithoutDate += len(d.Coverage.EventsWithoutDate)
}

// Top returns the n most frequent keys of m, most frequent first.
func Top(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// known reports whether every token of a run is a word of the
// vocabulary: "Latin America", "Director General", "MoU" name no entity
// the rules missed.
func (r *Reporter) known(low string, toks []document.Token) bool {
	if len(r.vocabulary) == 0 {
		return false
	}
	for _, t := range toks {
		w := strings.TrimRight(low[t.Start:t.End], ".")
		if !r.vocabulary[w] {
			return false
		}
	}
	return true
}

// titleCase tells per sentence whether it is written in title case, as
// headlines and sub-headings are: four words of four letters or more at
// least, three in four of them capitalised, and two of those capitalised
// words the text writes in lower case elsewhere ("China, Kenya Sign Deal
// To Expand News Exchange" in an article that says "sign" and
// "exchange"). A sentence of names alone is none. Each sentence is
// judged when first asked about: only those that hold a run of
// untagged capitals are.
type titleCase struct {
	d *document.Document
	// known holds per sentence 0 when not yet judged, 1 for no, 2 for yes
	known []uint8
	// seen caches writtenLower per word: the title-case sentences of a
	// page (menus, headlines) repeat their words
	seen map[string]bool
}

// is reports whether sentence k is written in title case.
func (tc *titleCase) is(k int) bool {
	if k < 0 || k >= len(tc.d.Sentences) {
		return false
	}
	if tc.known == nil {
		tc.known = make([]uint8, len(tc.d.Sentences))
	}
	if tc.known[k] == 0 {
		tc.known[k] = 1
		if tc.judge(k) {
			tc.known[k] = 2
		}
	}
	return tc.known[k] == 2
}

// judge is is without the cache.
func (tc *titleCase) judge(k int) bool {
	d := tc.d
	body, low := d.Article.Body, d.LowerBody()
	st := d.Sentences[k]
	words, caps := 0, 0
	for i := st.TokenStart; i < st.TokenEnd && i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		if t.End-t.Start < 4 {
			continue
		}
		switch c := body[t.Start]; {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= 'a' && c <= 'z':
		default:
			continue
		}
		words++
	}
	if words < 4 || caps*4 < words*3 {
		return false
	}
	common := 0
	for i := st.TokenStart + 1; i < st.TokenEnd && i < len(d.Tokens) && common < 2; i++ {
		t := d.Tokens[i]
		if t.End-t.Start < 4 || body[t.Start] < 'A' || body[t.Start] > 'Z' {
			continue
		}
		w := low[t.Start:t.End]
		lw, ok := tc.seen[w]
		if !ok {
			if tc.seen == nil {
				tc.seen = map[string]bool{}
			}
			lw = writtenLower(body, low, w)
			tc.seen[w] = lw
		}
		if lw {
			common++
		}
	}
	return common >= 2
}

// writtenLower reports whether body writes the lower-case word w in lower
// case somewhere, as a word of its own.
func writtenLower(body, low, w string) bool {
	for off := 0; ; {
		j := strings.Index(low[off:], w)
		if j < 0 {
			return false
		}
		j += off
		e := j + len(w)
		if body[j] == w[0] && (j == 0 || !isLetter(low[j-1])) && (e == len(low) || !isLetter(low[e])) {
			return true
		}
		off = j + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
