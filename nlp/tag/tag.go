package tag

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	"github.com/mediakg/mediakg/nlp/dates"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// Tagger finds mentions in a segmented document. It is immutable after
// New and safe for concurrent use.
type Tagger struct {
	gaz      *gazetteer.Gazetteer
	lex      *lexicon.Lexicon
	ac       ahocorasick.AhoCorasick
	ordinals map[string]int
	// firsts is the lexicon's gate index plus bitFirstWord and bitInner
	// for the words of gazetteer aliases.
	firsts map[string]uint64
	// lowerFirst holds the first words of aliases written in lower case
	// ("dpa", "xinhuanet.com"), the only lower-case window starts.
	lowerFirst []string
}

// New compiles the gazetteer's aliases into one Aho-Corasick automaton
// (leftmost-longest, case-sensitive: every allowed spelling is its own
// pattern).
func New(g *gazetteer.Gazetteer, l *lexicon.Lexicon) *Tagger {
	pats := make([]string, len(g.Aliases))
	for i, a := range g.Aliases {
		pats[i] = a.Text
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		MatchKind: ahocorasick.LeftMostLongestMatch,
		DFA:       true,
	})
	t := &Tagger{gaz: g, lex: l, ac: b.Build(pats), ordinals: ordinalWords(),
		firsts: l.Firsts()}
	for _, a := range g.Aliases {
		words := lexicon.SplitPhrase(a.Text)
		for k, w := range words {
			if k == 0 {
				t.firsts[w] |= bitFirstWord
				if c := a.Text[0]; c >= 'a' && c <= 'z' && !slices.Contains(t.lowerFirst, w) {
					t.lowerFirst = append(t.lowerFirst, w)
				}
				continue
			}
			t.firsts[w] |= bitInner
		}
	}
	return t
}

// Gate bits of the tagger's own, above the lexicon's: a window the
// automaton scans starts at the first word of an alias (bitFirstWord) and
// continues over words that occur inside aliases (bitInner).
const (
	bitFirstWord uint64 = 1 << (lexicon.FreeBits + iota)
	bitInner
)

// Layers of mentions: mentions of one layer never overlap; mentions of
// different layers may (a country inside an event name, a date inside a
// named event).
const (
	layerEntity = iota // Country, Organization, Person, Place
	layerEvent         // Event
	layerValue         // Date, Ordinal, Quantity
	layerTitle         // Title
)

// cand is a candidate mention with its token range.
type cand struct {
	m      document.Mention
	t0, t1 int // tokens [t0, t1)
	layer  int
	// prio breaks ties between candidates of equal length: higher wins.
	prio int
	// dropped marks an entity candidate that lost to an overlapping one.
	dropped bool
}

// match is m.Match guarded by the lexicon gate.
func (v *view) match(m *lexicon.Matcher, i int) (int, int, bool) {
	return m.At(v, v.gate, i)
}

// has is m.Has guarded by the lexicon gate.
func (v *view) has(m *lexicon.Matcher, i int) bool {
	return m.HasAt(v, v.gate, i)
}

// view is one document as the patterns see it.
type view struct {
	t     *Tagger
	body  string
	lower string
	toks  []document.Token
	// ent is, per token, the index+1 in cands of the kept entity
	// candidate that covers it (0 for none), filled by settle.
	ent []int
	// cands are all candidates, of every layer, in the order found.
	cands []cand
	// gate is the lexicon's gate of the tokens (lexicon.Lexicon.Gate).
	gate []uint64
	// entities are the indexes in cands of the kept entity candidates
	entities []int
	// order is scratch space for sorting candidate indexes
	order    []int
	anchor   dates.Anchor
	dateline document.Span
}

// Len implements lexicon.Words.
func (v *view) Len() int { return len(v.toks) }

// Low implements lexicon.Words: the token lower-cased, with the curly
// possessive mapped to the straight one.
func (v *view) Low(i int) string {
	t := v.lower[v.toks[i].Start:v.toks[i].End]
	if t == "’s" {
		return "'s"
	}
	return t
}

// tok returns token i as written, "" out of range.
func (v *view) tok(i int) string {
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.body[v.toks[i].Start:v.toks[i].End]
}

// low returns token i lower-cased, "" out of range.
func (v *view) low(i int) string {
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.Low(i)
}

// sent returns token i's sentence index, -1 out of range.
func (v *view) sent(i int) int {
	if i < 0 || i >= len(v.toks) {
		return -1
	}
	return v.toks[i].Sentence
}

// isCap reports whether token i starts with an upper-case letter.
func (v *view) isCap(i int) bool {
	if i < 0 || i >= len(v.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v.body[v.toks[i].Start:])
	return unicode.IsUpper(r)
}

// isWord reports whether token i starts with a letter.
func (v *view) isWord(i int) bool {
	if i < 0 || i >= len(v.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v.body[v.toks[i].Start:])
	return unicode.IsLetter(r)
}

// isAllCaps reports whether token i has letters and all are upper case.
func (v *view) isAllCaps(i int) bool {
	t := v.tok(i)
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// adjacent reports whether token j starts where token j-1 ends.
func (v *view) adjacent(j int) bool {
	return j > 0 && j < len(v.toks) && v.toks[j-1].End == v.toks[j].Start
}

// tokenAt returns the index of the token starting at byte off, or -1.
func (v *view) tokenAt(off int) int {
	i := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].Start >= off })
	if i < len(v.toks) && v.toks[i].Start == off {
		return i
	}
	return -1
}

// tokenEnding returns the index of the token ending at byte off, or -1.
func (v *view) tokenEnding(off int) int {
	i := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].End >= off })
	if i < len(v.toks) && v.toks[i].End == off {
		return i
	}
	return -1
}

func (v *view) add(c cand) {
	c.m.Start = v.toks[c.t0].Start
	c.m.End = v.toks[c.t1-1].End
	c.m.Sentence = v.toks[c.t0].Sentence
	v.cands = append(v.cands, c)
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// Apply tags d: it fills d.Mentions, sorted by start offset, from its
// Sentences and Tokens.
func (t *Tagger) Apply(d *document.Document) {
	v := &view{
		t:      t,
		body:   d.Article.Body,
		lower:  asciiLower(d.Article.Body),
		toks:   d.Tokens,
		anchor: dates.AnchorFor(d.Article),
	}
	if d.Article.Dateline != nil {
		v.dateline = d.Article.Dateline.Span
	}
	v.ent = make([]int, len(v.toks))
	v.gate = make([]uint64, len(v.toks))
	for i := range v.gate {
		v.gate[i] = t.firsts[v.Low(i)]
	}
	v.cands = make([]cand, 0, len(v.toks)/4+8)

	// 1. names from the gazetteer, then names found by patterns around them
	t.gazetteer(v)
	v.settle()
	t.persons(v)
	t.organizations(v)
	v.settle()
	t.acronymDefinitions(v)
	t.knownNames(v)
	v.settle()
	t.metonyms(v)
	t.languages(v)
	// 2. values, events, titles
	t.dates(v)
	t.numbers(v)
	t.events(v)
	v.dropNamedYears()
	d.Mentions = v.mentions()
}

// settle resolves overlaps in the entity layer: longer candidates win,
// then higher priority, then the earlier one. It rebuilds v.ent and
// v.entities; losers are marked dropped.
func (v *view) settle() {
	idx := v.order[:0]
	for k := range v.cands {
		if v.cands[k].layer == layerEntity && !v.cands[k].dropped {
			idx = append(idx, k)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ca, cb := &v.cands[a], &v.cands[b]
		if la, lb := ca.t1-ca.t0, cb.t1-cb.t0; la != lb {
			return lb - la
		}
		if ca.prio != cb.prio {
			return cb.prio - ca.prio
		}
		return ca.t0 - cb.t0
	})
	clear(v.ent)
	v.entities = v.entities[:0]
	for _, k := range idx {
		c := &v.cands[k]
		free := true
		for j := c.t0; j < c.t1; j++ {
			if v.ent[j] != 0 {
				free = false
				break
			}
		}
		if !free {
			c.dropped = true
			continue
		}
		v.entities = append(v.entities, k)
		for j := c.t0; j < c.t1; j++ {
			v.ent[j] = k + 1
		}
	}
	v.order = idx
}

// entityAt returns the kept entity candidate covering token i.
func (v *view) entityAt(i int) (*cand, bool) {
	if i < 0 || i >= len(v.ent) || v.ent[i] == 0 {
		return nil, false
	}
	return &v.cands[v.ent[i]-1], true
}

// mentions returns every kept candidate as a mention, sorted by start,
// then by length (longer first), then by type. Blocked phrases are
// dropped. Values, titles and events resolve their own overlaps, longest
// first.
func (v *view) mentions() []document.Mention {
	out := make([]document.Mention, 0, len(v.entities)+len(v.cands)/2)
	for _, k := range v.entities {
		if c := &v.cands[k]; c.m.Type != "" {
			out = append(out, c.m)
		}
	}
	used := make([]bool, len(v.toks))
	for _, layer := range []int{layerValue, layerTitle, layerEvent} {
		idx := v.order[:0]
		for k := range v.cands {
			if v.cands[k].layer == layer {
				idx = append(idx, k)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			ca, cb := &v.cands[a], &v.cands[b]
			if la, lb := ca.t1-ca.t0, cb.t1-cb.t0; la != lb {
				return lb - la
			}
			return cb.prio - ca.prio
		})
		clear(used)
		for _, k := range idx {
			c := &v.cands[k]
			free := true
			for j := c.t0; j < c.t1; j++ {
				if used[j] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for j := c.t0; j < c.t1; j++ {
				used[j] = true
			}
			out = append(out, c.m)
		}
		v.order = idx
	}
	for i := range out {
		out[i].Text = v.body[out[i].Start:out[i].End]
	}
	slices.SortStableFunc(out, func(a, b document.Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		return strings.Compare(string(a.Type), string(b.Type))
	})
	return out
}

// dropNamedYears drops year dates inside a named event ("Media Forum
// 2025", "the 2024 ... Forum"): the year is part of the name.
func (v *view) dropNamedYears() {
	for k := range v.cands {
		ev := &v.cands[k]
		if ev.layer != layerEvent || ev.m.Rule != "pat.event.named" {
			continue
		}
		for j := range v.cands {
			c := &v.cands[j]
			if c.layer == layerValue && c.m.Type == document.Date && c.m.Kind == dates.Year && c.t0 >= ev.t0 && c.t1 <= ev.t1 {
				c.layer = -1 // out of every layer
			}
		}
	}
}

func (t *Tagger) dates(v *view) {
	for _, f := range dates.Find(v.body, v.lower, v.toks, v.anchor) {
		m := document.Mention{Type: document.Date, Value: f.Value, Kind: f.Granularity,
			Anchor: f.Anchor, Rule: f.Rule, Confidence: 0.95}
		if f.Value == "" {
			m.Confidence = 0.3
		} else if f.Anchor != "" {
			m.Confidence = 0.85
		}
		v.add(cand{m: m, t0: f.Start, t1: f.End, layer: layerValue, prio: 2})
	}
}
