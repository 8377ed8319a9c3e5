package tag

import (
	"sort"
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
	// inner holds the lower-cased words that occur inside aliases after
	// their first word ("of", "news", "agency"); windows of text the
	// automaton scans may continue over them.
	inner map[string]bool
	// lowerStarts holds the first words of aliases that start in lower
	// case ("xinhuanet.com", "dpa").
	lowerStarts map[string]bool
	// firsts maps a lower-cased token to the bits of the lexicon
	// matchers that have a phrase starting with it.
	firsts map[string]uint32
}

// Bits of Tagger.firsts, one per lexicon matcher the tagger uses.
const (
	bitTitle uint32 = 1 << iota
	bitHonorific
	bitOrgHead
	bitEventTrigger
	bitQuantityMod
	bitAttendanceUnit
	bitNamedHead
	bitOrdinal
	bitEventVerb
)

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
		inner: map[string]bool{}, lowerStarts: map[string]bool{}, firsts: map[string]uint32{}}
	for _, a := range g.Aliases {
		words := lexicon.SplitPhrase(a.Text)
		for k, w := range words {
			if k == 0 {
				if r, _ := utf8.DecodeRuneInString(a.Text); unicode.IsLower(r) {
					t.lowerStarts[w] = true
				}
				continue
			}
			t.inner[w] = true
		}
	}
	for _, mb := range []struct {
		m   *lexicon.Matcher
		bit uint32
	}{
		{&l.Titles, bitTitle}, {&l.Honorifics, bitHonorific}, {&l.OrgHeads, bitOrgHead},
		{&l.EventTriggers, bitEventTrigger}, {&l.QuantityMods, bitQuantityMod},
		{&l.AttendanceUnits, bitAttendanceUnit}, {&l.EventVerbs, bitEventVerb},
	} {
		for _, w := range mb.m.Firsts() {
			t.firsts[w] |= mb.bit
		}
	}
	for w := range l.NamedHeads {
		t.firsts[w] |= bitNamedHead
	}
	for w := range t.ordinals {
		t.firsts[w] |= bitOrdinal
	}
	return t
}

// match is m.Match guarded by the first-word bits.
func (v *view) match(m *lexicon.Matcher, bit uint32, i int) (int, int, bool) {
	if !v.can(bit, i) {
		return 0, 0, false
	}
	return m.Match(v, i)
}

// has is m.Has guarded by the first-word bits.
func (v *view) has(m *lexicon.Matcher, bit uint32, i int) bool {
	return v.can(bit, i) && m.Has(v, i)
}

// can reports whether a phrase of the matcher with bit may start at
// token i.
func (v *view) can(bit uint32, i int) bool {
	return i >= 0 && i < len(v.starts) && v.starts[i]&bit != 0
}

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
}

// view is one document as the patterns see it.
type view struct {
	t     *Tagger
	body  string
	lower string
	toks  []document.Token
	// ent is, per token, the index+1 of the kept entity candidate that
	// covers it (0 for none), filled after the gazetteer pass.
	ent   []int
	cands []cand
	// starts holds per token the Tagger.firsts bits of its lower form.
	starts []uint32
	// kept entity candidates, in order
	entities []cand
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
	v.starts = make([]uint32, len(v.toks))
	for i := range v.toks {
		v.starts[i] = t.firsts[v.Low(i)]
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
	d.Mentions = v.mentions()
}

// settle resolves overlaps in the entity layer: longer candidates win,
// then higher priority, then the earlier one. It rebuilds v.ent.
func (v *view) settle() {
	var ents, rest []cand
	for _, c := range v.cands {
		if c.layer == layerEntity {
			ents = append(ents, c)
		} else {
			rest = append(rest, c)
		}
	}
	ents = append(ents, v.entities...)
	sort.SliceStable(ents, func(a, b int) bool {
		la, lb := ents[a].t1-ents[a].t0, ents[b].t1-ents[b].t0
		if la != lb {
			return la > lb
		}
		if ents[a].prio != ents[b].prio {
			return ents[a].prio > ents[b].prio
		}
		return ents[a].t0 < ents[b].t0
	})
	for i := range v.ent {
		v.ent[i] = 0
	}
	kept := ents[:0:0]
	for _, c := range ents {
		free := true
		for k := c.t0; k < c.t1; k++ {
			if v.ent[k] != 0 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		kept = append(kept, c)
		for k := c.t0; k < c.t1; k++ {
			v.ent[k] = len(kept)
		}
	}
	v.entities = kept
	v.cands = rest
}

// entityAt returns the kept entity candidate covering token i.
func (v *view) entityAt(i int) (*cand, bool) {
	if i < 0 || i >= len(v.ent) || v.ent[i] == 0 {
		return nil, false
	}
	return &v.entities[v.ent[i]-1], true
}

// mentions returns every kept candidate as a mention, sorted by start,
// then by length (longer first), then by type. Blocked phrases are
// dropped.
func (v *view) mentions() []document.Mention {
	all := make([]cand, 0, len(v.entities)+len(v.cands))
	for _, c := range v.entities {
		if c.m.Type != "" {
			all = append(all, c)
		}
	}
	// values and titles: resolve overlaps within each layer
	for _, layer := range []int{layerValue, layerTitle, layerEvent} {
		var ls []cand
		for _, c := range v.cands {
			if c.layer == layer {
				ls = append(ls, c)
			}
		}
		sort.SliceStable(ls, func(a, b int) bool {
			la, lb := ls[a].t1-ls[a].t0, ls[b].t1-ls[b].t0
			if la != lb {
				return la > lb
			}
			return ls[a].prio > ls[b].prio
		})
		used := map[int]bool{}
		for _, c := range ls {
			free := true
			for k := c.t0; k < c.t1; k++ {
				if used[k] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for k := c.t0; k < c.t1; k++ {
				used[k] = true
			}
			all = append(all, c)
		}
	}
	out := make([]document.Mention, len(all))
	for i, c := range all {
		m := c.m
		m.Text = v.body[m.Start:m.End]
		out[i] = m
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		if out[a].End != out[b].End {
			return out[a].End > out[b].End
		}
		return out[a].Type < out[b].Type
	})
	return out
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
