package tag

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"github.com/mediakg/mediakg/nlp/dates"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// Tagger finds mentions in a segmented document. It is immutable after
// New and safe for concurrent use.
type Tagger struct {
	gaz *gazetteer.Gazetteer
	lex *lexicon.Lexicon
	// firsts1 is words for the one-byte tokens (see Apply); firsts2
	// and firsts3 are words for the tokens of two and three letters
	// a-z, indexed by letters (see abc), the short words that make up
	// a good part of the text
	firsts1 [256]wordFact
	firsts2 [26 * 26]wordFact
	firsts3 [26 * 26 * 26]wordFact
	// shapes are the shape bits of the one-byte tokens, the same as
	// those of the tokens that start with each ASCII byte:
	// lexicon.Shape's and bitDigit
	shapes [256]uint64
	// latin is the trie of the gazetteer aliases that start with an
	// ASCII byte, other the automaton of the others (see New)
	latin    *aliasTrie
	other    automaton
	ordinals map[string]int
	// firsts is the lexicon's gate index plus bitFirstWord and bitInner
	// for the words of gazetteer aliases.
	firsts map[string]uint64
	// words holds, for every word of firsts or of a lexicon phrase, its
	// gate bits and its id in the lexicon's WordIDs (tokenFacts looks up
	// each token once, here)
	words map[string]wordFact
	// wordTab is words as a table with the words inline, which
	// tokenFacts reads (wordTable)
	wordTab *wordTable
	// wordIDs is the lexicon's numbering of the words of its phrases
	wordIDs *lexicon.WordIDs
	// lowerFirst holds the first words of aliases written in lower case
	// ("dpa", "xinhuanet.com", "the" of "the Gambia"), the only
	// lower-case window starts; lowerWhole says which of them are whole
	// aliases (the others start a window only before a word of an alias).
	lowerFirst []string
	lowerWhole []bool
	// aliasRule is the rule id of each gazetteer alias's mentions
	// ("gaz.country.demonym"), built once
	aliasRule []string
	// nameMask holds the gate bits of the lexicons that keep a word out
	// of a person's name (nameToken)
	nameMask uint64
	// titleMask holds the gate bits of the words a title starts with: a
	// title's first word and a title modifier (titleAt); 0 when the
	// titles have no bit
	titleMask uint64
	// personNames are the lexicon's given names and surnames less the
	// words the gazetteer names ("Jordan", "Victoria"): the first words
	// of names found by namedPersons
	personNames map[string]uint8
}

// wordFact is what the tagger knows of a lower-cased word before any
// rule runs: its gate bits (firsts), its id in the lexicon's WordIDs
// (0 for a word of no lexicon phrase) and the cues it is a word of
// (cueWords, a bit per cue), found with one lookup per token.
type wordFact struct {
	gate uint64
	id   int32
	cues uint16
}

// Cues: a pass that can start only at a few words ("forum", "based")
// walks the tokens of its cue, which tokenFacts lists (view.cues), not
// every token.
const (
	cueAnd       = iota // "and" (acronymPairs)
	cueForum            // "forum" (editorsForums)
	cueBased            // "based" ("Lakeland-based", basedNames)
	cueSame             // "same" ("the same day", sameDay)
	cueThe              // "the" ("The Herald", theNames)
	cueProgramme        // "programme", "program" (editionProgramme)
	cueColon            // ":"
	cueComma            // ","
	cueSeries           // the words that open a series (orgSeries)
	cueList             // the words before a list of names (listCues)
	// the words whose gate has a bit: a title's first word
	// (Titles.Bit()), an organization head's (OrgHeads.Bit()),
	// bitOutlet, bitPrefixHead, bitRoleNoun
	cueTitle
	cueHead
	cueOutlet
	cuePrefixHead
	cueRoleNoun
	numCues
)

// cueWords holds, per lower-cased word, the cues it is a word of.
var cueWords = map[string]uint16{
	"and": 1 << cueAnd, "forum": 1 << cueForum, "based": 1 << cueBased, "same": 1 << cueSame, "the": 1 << cueThe,
	"programme": 1 << cueProgramme, "program": 1 << cueProgramme, ":": 1<<cueColon | 1<<cueSeries, ",": 1 << cueComma,
	"including": 1 << cueSeries, "as": 1 << cueSeries, "like": 1 << cueSeries,
}

// Kinds of the words of personNames, as bits.
const (
	givenName  uint8 = 1 << iota // a given name of the lexicon
	familyName                   // a surname of the lexicon
)

// New compiles the gazetteer's aliases (case-sensitive: every allowed
// spelling is its own pattern) into a trie and an Aho-Corasick automaton.
// They report every match; the tagger keeps the longest valid one at each
// leftmost start (see scan).
func New(g *gazetteer.Gazetteer, l *lexicon.Lexicon) (*Tagger, error) {
	// aliases that start with an ASCII byte (Latin script, the bulk of
	// the text) go into a trie walked from the word starts of a window
	// (aliasTrie); the others (Chinese, Cyrillic, whose names need not
	// start at a word boundary) into an automaton that runs only over
	// windows with such letters
	var latinTexts []string
	var latinAlias []int
	var other automaton
	for i, a := range g.Aliases {
		if a.Text[0] < utf8.RuneSelf {
			latinTexts = append(latinTexts, a.Text)
			latinAlias = append(latinAlias, i)
		} else {
			other.add(a.Text, i)
		}
	}
	t := &Tagger{gaz: g, lex: l, ordinals: ordinalWords(), firsts: l.Firsts()}
	if err := other.build(); err != nil {
		return nil, err
	}
	latin, err := newAliasTrie(latinTexts, latinAlias)
	if err != nil {
		return nil, err
	}
	t.latin, t.other = latin, other
	t.aliasRule = make([]string, len(g.Aliases))
	rules := map[string]string{}
	for i, a := range g.Aliases {
		if a.Entry < 0 {
			continue
		}
		r := "gaz." + ruleType(g.Entries[a.Entry].Type) + "." + string(a.Form)
		if s, ok := rules[r]; ok {
			r = s // one string per rule id
		}
		rules[r] = r
		t.aliasRule[i] = r
	}
	t.nameMask = lexicon.Bits(&l.Titles, &l.Honorifics, &l.OrgHeads, &l.EventTriggers)
	if b := l.Titles.Bit(); b != 0 {
		t.titleMask = b | bitTitleMod
	}
	t.personNames = make(map[string]uint8, len(l.PersonNames))
	for w := range l.PersonNames {
		cap := strings.ToUpper(w[:1]) + w[1:]
		// the names that are also gazetteer names ("Jordan"), stop words,
		// title modifiers or words that name no entity ("Arab", "Media")
		if e, _, ok := g.Lookup(cap); ok && e.Type != document.Person || stopCaps[w] || titleModifiers[w] || l.Vocabulary[w] {
			continue
		}
		var k uint8
		if l.Given[w] {
			k |= givenName
		}
		if l.Family[w] {
			k |= familyName
		}
		t.personNames[w] = k
	}
	for _, a := range g.Aliases {
		words := lexicon.SplitPhrase(a.Text)
		for k, w := range words {
			if k == 0 {
				t.firsts[w] |= bitFirstWord
				if c := a.Text[0]; c >= 'a' && c <= 'z' {
					k := slices.Index(t.lowerFirst, w)
					if k < 0 {
						t.lowerFirst = append(t.lowerFirst, w)
						t.lowerWhole = append(t.lowerWhole, false)
						k = len(t.lowerFirst) - 1
					}
					t.lowerWhole[k] = t.lowerWhole[k] || len(words) == 1
				}
				continue
			}
			t.firsts[w] |= bitInner
		}
	}
	for w := range stopCaps {
		t.firsts[w] |= bitStopCap
	}
	for w := range titleModifiers {
		t.firsts[w] |= bitTitleMod
	}
	for _, w := range dates.StartWords() {
		t.firsts[w] |= bitDateStart
	}
	for _, w := range t.lowerFirst {
		t.firsts[w] |= bitLowerFirst
	}
	for w := range l.NamedHeads {
		t.firsts[w] |= bitNamedHead
	}
	for w := range particles {
		t.firsts[w] |= bitParticle
	}
	for _, w := range bylineWords {
		t.firsts[w] |= bitByline
	}
	for w := range outletNouns {
		t.firsts[w] |= bitOutlet
	}
	t.firsts["group"] |= bitOutlet   // "multimedia group" (outletNounAt)
	t.firsts["council"] |= bitOutlet // "press council" (outletNounAt)
	t.firsts["network"] |= bitOutlet // "the Brazilian network" (outletNounAt)
	t.firsts["site"] |= bitOutlet    // "investigative site" (outletNounAt)
	for w := range outletPlurals {
		t.firsts[w] |= bitOutlet // "A and B, the Kenyan dailies" (apposPlural)
	}
	for w := range apposNouns {
		t.firsts[w] |= bitOutlet // "Lakenet, a media company" (apposName)
	}
	for w := range pluralTitles {
		t.firsts[w] |= bitPlural
	}
	for w := range l.RoleNouns {
		t.firsts[w] |= bitRoleNoun
	}
	for w := range prefixHeads {
		t.firsts[w] |= bitPrefixHead
	}
	t.wordIDs = l.WordIDs()
	t.words = make(map[string]wordFact, len(t.firsts))
	for w, bits := range t.firsts {
		t.words[w] = wordFact{gate: bits, id: t.wordIDs.ID(w)}
	}
	t.wordIDs.Each(func(w string, id int32) {
		t.words[w] = wordFact{gate: t.firsts[w], id: id}
	})
	addCues := func(w string, cues uint16) {
		f := t.words[w]
		f.cues |= cues
		t.words[w] = f
	}
	for w, cues := range cueWords {
		addCues(w, cues)
	}
	for w := range listCues {
		addCues(w, 1<<cueList)
	}
	for w, f := range t.words {
		for _, b := range []struct {
			bit uint64
			cue int
		}{{l.Titles.Bit(), cueTitle}, {l.OrgHeads.Bit(), cueHead}, {bitOutlet, cueOutlet}, {bitPrefixHead, cuePrefixHead}, {bitRoleNoun, cueRoleNoun}} {
			if f.gate&b.bit != 0 {
				addCues(w, 1<<b.cue)
			}
		}
	}
	t.wordTab = newWordTable(t.words)
	for c := 0; c < 256; c++ {
		t.firsts1[c] = t.words[string(rune(c))]
		if c >= utf8.RuneSelf {
			t.firsts1[c] = wordFact{} // not a whole token on its own
		}
	}
	for c := range t.shapes {
		t.shapes[c] = lexicon.Shape(string([]byte{byte(c)}))
		if c >= '0' && c <= '9' {
			t.shapes[c] |= bitDigit
		}
	}
	for w, f := range t.words {
		if k, ok := abc(w); ok && len(w) == 2 {
			t.firsts2[k] = f
		} else if ok && len(w) == 3 {
			t.firsts3[k] = f
		}
	}
	return t, nil
}

// abc returns the index of a word of two or three letters a-z in
// firsts2 or firsts3 (by its length), ok = false for any other word.
func abc(w string) (int, bool) {
	if len(w) != 2 && len(w) != 3 {
		return 0, false
	}
	k := 0
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		if c >= 26 {
			return 0, false
		}
		k = k*26 + int(c)
	}
	return k, true
}

// automaton is one Aho-Corasick automaton over gazetteer aliases; alias
// maps its pattern ids to indexes of Gazetteer.Aliases.
type automaton struct {
	ac    *ahocorasick.Automaton
	pats  []string
	alias []int
}

func (a *automaton) add(text string, alias int) {
	a.pats = append(a.pats, text)
	a.alias = append(a.alias, alias)
}

func (a *automaton) build() error {
	if len(a.pats) == 0 {
		return nil
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(a.pats).Build()
	if err != nil {
		return fmt.Errorf("tag: compile %d gazetteer aliases: %w", len(a.pats), err)
	}
	a.ac, a.pats = ac, nil
	return nil
}

// Gate bits of the tagger's own, above the lexicon's: a window the
// automaton scans starts at the first word of an alias (bitFirstWord) and
// continues over words that occur inside aliases (bitInner).
const (
	bitFirstWord uint64 = 1 << (lexicon.FreeBits + iota)
	bitInner
	// bitStopCap marks stopCaps words, bitTitleMod titleModifiers and
	// bitDateStart the words a date may start with: one lookup per token
	// answers all of them.
	bitStopCap
	bitTitleMod
	bitDateStart
	// bitLowerFirst marks lowerFirst words
	bitLowerFirst
	// bitNamedHead marks the heads of event names ("forum")
	bitNamedHead
	// bitParticle marks particles inside persons' names ("bin"),
	// bitByline the words that open a byline ("editor")
	bitParticle
	bitByline
	// bitOutlet marks outlet nouns ("newspaper", orgByNoun), bitPlural
	// titles in the plural ("presidents", titleList)
	bitOutlet
	bitPlural
	// bitRoleNoun marks the lexicon's role nouns ("chief", rolePersons)
	bitRoleNoun
	// bitPrefixHead marks the heads that open a name (prefixHeads:
	// "Agenzia", "Ministerio"; prefixNames)
	bitPrefixHead
	// bitDigit marks the tokens that start with a digit 0-9, a bit of
	// their shape (Tagger.shapes)
	bitDigit
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
	return m.AtIDs(v, v.ids, v.gate, i)
}

// has is m.Has guarded by the lexicon gate.
func (v *view) has(m *lexicon.Matcher, i int) bool {
	_, _, ok := m.AtIDs(v, v.ids, v.gate, i)
	return ok
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
	// parens are the "(" tokens, in order
	parens []int
	// cues are, per cue, its tokens in order (cueWords); caps are the
	// tokens that start with an upper-case letter (lexicon.BitCap)
	cues [numCues][]int
	caps []int
	// ranks and rankKeys are scratch space for sorting candidates
	// (rank, sortRanks)
	ranks    []rank
	rankKeys []uint64
	// settled are the packed ranks of the entity candidates the last
	// settle kept, in order, and settledN the number of candidates then
	// (-1: sort every rank at the next settle); freshKeys and mergedKeys
	// are scratch space of mergeRanks
	settled               []uint64
	settledN              int
	freshKeys, mergedKeys []uint64
	anchor                dates.Anchor
	dateline              document.Span
	// datelinePlace is the dateline's place as written ("NAIROBI")
	datelinePlace string
	// contextOrgs is set when organizations were found by their context
	// (outlet nouns, "<place>-based"): repeatedNames runs only then
	contextOrgs bool
	// headOrgs is set when the head patterns found an organization:
	// rolesAfterPatternOrgs runs only then
	headOrgs bool
	// acScratch holds the automaton's matches of one window, window its
	// bytes
	acScratch []acMatch
	window    []byte
	// used and named are per-token scratch of mentions and events
	used, named []bool
	// nameWords holds, per token, nameWordAlone's answer (nameWordYes,
	// nameWordNo) once asked
	nameWords []uint8
	// startTok and endTok map a byte offset to the index+1 of the token
	// that starts or ends there; they are not cleared between documents,
	// so an entry counts only when that token starts or ends there
	// (tokenAt, tokenEnding)
	startTok, endTok []int32
	offs             []int32
	// lows are the lower-cased tokens (lexicon.Lowered), texts the
	// tokens as written (tok)
	lows, texts []string
	// ids are the tokens' ids in the lexicon's WordIDs
	// (lexicon.Identified)
	ids []int32
	// keys and kept are scratch for sorting mentions
	keys []mentionKey
	kept []int
	// lowerWords are the distinct words the body writes in lower case,
	// sorted, once lowerReady (writtenLower builds them after
	// lowerScans questions it answered by scanning the tokens)
	lowerWords []string
	lowerReady bool
	lowerScans int
	// tcSent is the sentence index+1 whose title case tcVal tells
	// (titleCase), 0 for none
	tcSent int
	tcVal  bool
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

// Lows implements lexicon.Lowered.
func (v *view) Lows() []string { return v.lows }

// WordIDs implements lexicon.Identified: the lexicon ids of the tokens,
// which tokenFacts found with their gate bits.
func (v *view) WordIDs() (*lexicon.WordIDs, []int32) { return v.t.wordIDs, v.ids }

// tok returns token i as written, "" out of range.
func (v *view) tok(i int) string {
	// one unsigned comparison tests both ends (the accessors below too)
	if uint(i) < uint(len(v.texts)) {
		return v.texts[i]
	}
	if uint(i) >= uint(len(v.toks)) {
		return ""
	}
	return v.body[v.toks[i].Start:v.toks[i].End]
}

// low returns token i lower-cased, "" out of range.
func (v *view) low(i int) string {
	// Apply fills lows with Low of every token before any rule runs
	if uint(i) < uint(len(v.lows)) {
		return v.lows[i]
	}
	if uint(i) >= uint(len(v.toks)) {
		return ""
	}
	return v.Low(i)
}

// sent returns token i's sentence index, -1 out of range.
func (v *view) sent(i int) int {
	if uint(i) >= uint(len(v.toks)) {
		return -1
	}
	return v.toks[i].Sentence
}

// isCap reports whether token i starts with an upper-case letter.
func (v *view) isCap(i int) bool {
	return uint(i) < uint(len(v.gate)) && v.gate[i]&lexicon.BitCap != 0
}

// isWord reports whether token i starts with a letter.
func (v *view) isWord(i int) bool {
	return uint(i) < uint(len(v.gate)) && v.gate[i]&lexicon.BitWord != 0
}

// nextWith returns the first token from i on whose gate has a bit of
// mask, len(v.gate) for none. A pass that can start only at such tokens
// ("for i := v.nextWith(0, m); i < n; i = v.nextWith(i+1, m)") visits
// the tokens it would not skip, in order, and this tight loop passes
// over the others.
func (v *view) nextWith(i int, mask uint64) int {
	g := v.gate
	for ; i < len(g); i++ {
		if g[i]&mask != 0 {
			return i
		}
	}
	return len(g)
}

// nextMay is nextWith for a mask of lexicon.Bits, which is 0 when a
// matcher has no gate bit: then every token may start a phrase
// (lexicon.May).
func (v *view) nextMay(i int, mask uint64) int {
	if mask == 0 {
		return i
	}
	return v.nextWith(i, mask)
}

// nextIn returns the first token from i on in *toks (ascending: a cue's
// tokens, caps), len(v.toks) for none; it drops the tokens of *toks
// before i, so that a pass walking on from token to token reads each
// once.
func (v *view) nextIn(i int, toks *[]int) int {
	l := *toks
	for len(l) > 0 && l[0] < i {
		l = l[1:]
	}
	*toks = l
	if len(l) == 0 {
		return len(v.toks)
	}
	return l[0]
}

// nextOf returns the first token from i on that nextMay(i, mask) finds
// or that is in *toks (ascending, a cue's tokens), len(v.gate) for none;
// it drops the tokens of *toks before i, so that a pass walking on from
// token to token reads each once.
func (v *view) nextOf(i int, mask uint64, toks *[]int) int {
	l := *toks
	for len(l) > 0 && l[0] < i {
		l = l[1:]
	}
	*toks = l
	j := v.nextMay(i, mask)
	if len(l) > 0 && l[0] < j {
		j = l[0]
	}
	return j
}

// isAllCaps reports whether token i has letters and all are upper case.
func (v *view) isAllCaps(i int) bool {
	t := v.tok(i)
	letters := 0
	// ASCII bytes tested directly; a token with other runes is decoded
	for k := 0; k < len(t); k++ {
		switch c := t[k]; {
		case c >= utf8.RuneSelf:
			return allCapsRunes(t)
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters > 0
}

// allCapsRunes is isAllCaps of a token t with non-ASCII runes.
func allCapsRunes(t string) bool {
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
	if off < len(v.startTok) {
		if k := int(v.startTok[off]) - 1; uint(k) < uint(len(v.toks)) && v.toks[k].Start == off {
			return k
		}
		return -1
	}
	i := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].Start >= off })
	if i < len(v.toks) && v.toks[i].Start == off {
		return i
	}
	return -1
}

// tokenEnding returns the index of the token ending at byte off, or -1.
func (v *view) tokenEnding(off int) int {
	if off < len(v.endTok) {
		if k := int(v.endTok[off]) - 1; uint(k) < uint(len(v.toks)) && v.toks[k].End == off {
			return k
		}
		return -1
	}
	i := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].End >= off })
	if i < len(v.toks) && v.toks[i].End == off {
		return i
	}
	return -1
}

// take marks tokens [a, b) as taken by the candidate added last, so that
// no later rule starts a name inside them.
func (v *view) take(a, b int) {
	for k := a; k < b; k++ {
		v.ent[k] = len(v.cands)
	}
}

// add records candidate c with its byte offsets and sentence.
func (v *view) add(c cand) {
	// no mention runs across a sentence or paragraph break: a pattern
	// that reached past one (a name word, "of" or a particle at the end
	// of a line) has matched two unrelated pieces of text
	if v.toks[c.t0].Sentence != v.toks[c.t1-1].Sentence {
		return
	}
	c.m.Start = v.toks[c.t0].Start
	c.m.End = v.toks[c.t1-1].End
	c.m.Sentence = v.toks[c.t0].Sentence
	v.cands = append(v.cands, c)
}

// Apply tags d: it fills d.Mentions, sorted by start offset, from its
// Sentences and Tokens.
func (t *Tagger) Apply(d *document.Document) {
	v := viewPool.Get().(*view)
	defer v.release()
	v.t, v.body, v.lower, v.toks = t, d.Article.Body, d.LowerBody(), d.Tokens
	v.anchor = dates.AnchorFor(d.Article)
	v.dateline, v.datelinePlace = document.Span{}, ""
	if d.Article.Dateline != nil {
		v.dateline, v.datelinePlace = d.Article.Dateline.Span, d.Article.Dateline.Place
	}
	n := len(v.toks)
	v.ent = grow(v.ent, n)
	v.used = grow(v.used, n)
	v.nameWords = grow(v.nameWords, n)
	// the gate goes with the document: the extractor reads it; every
	// element is set below, in storage the caller may have handed in
	// (pipeline.Process recycles it)
	if cap(d.Gate) >= n {
		v.gate = d.Gate[:n]
	} else {
		v.gate = make([]uint64, n)
	}
	// the word ids too (WordIDs)
	if cap(d.WordIDs) >= n {
		v.ids = d.WordIDs[:n]
	} else {
		v.ids = make([]int32, n)
	}
	v.parens = v.parens[:0]
	for c := range v.cues {
		v.cues[c] = v.cues[c][:0]
	}
	v.caps = v.caps[:0]
	v.lowerWords, v.lowerReady, v.lowerScans = v.lowerWords[:0], false, 0
	v.tcSent = 0
	v.contextOrgs, v.headOrgs = false, false
	nb := len(v.body) + 1
	// not cleared: tokenFacts writes the entries of this document's
	// tokens, and tokenAt checks an entry against its token
	// the lower-cased tokens and the offsets' tokens go with the
	// document too (Lows, TokenAt)
	v.offs = resize(d.TokenAt, 2*nb)
	v.startTok, v.endTok = v.offs[:nb:nb], v.offs[nb:]
	v.lows = resize(d.Lows, n)
	v.texts = slices.Grow(v.texts, n)[:n]
	t.tokenFacts(v)
	d.Gate, d.WordIDs, d.Lows, d.TokenAt = v.gate, v.ids, v.lows, v.offs
	v.cands = v.cands[:0]
	v.settled, v.settledN = v.settled[:0], 0

	// 1. names from the gazetteer, then names found by patterns around them
	t.gazetteer(v)
	v.settle()
	if t.outletsOfCountry(v) {
		v.settle()
	}
	if t.prefixNames(v) {
		v.settle()
	}
	t.persons(v)
	t.rolePersons(v)
	t.organizations(v)
	v.settle()
	// "Lakeland Broadcasting Commission chief Omar Felan": a role after an
	// organization the head patterns just found
	if t.rolesAfterPatternOrgs(v) {
		v.settle()
	}
	if t.acronymNames(v) {
		v.settle()
	}
	t.acronymDefinitions(v)
	if byNoun, titled, based, sources, series, countries, named, listed, speakers := t.orgByNoun(v), t.theNames(v), t.basedNames(v), t.sourceAcronyms(v), t.orgSeries(v), t.countryListed(v), t.namedPersons(v), t.personLists(v), t.outletSpeakers(v); byNoun || titled || based || sources || series || countries || named || listed || speakers {
		v.contextOrgs = byNoun || based
		v.settle()
	}
	// "the Qatari daily Al-Sabah": a name of a person's form next to an
	// outlet noun is the outlet's
	t.outletPersons(v)
	// "whose name means "Lake News Agency"": a translation names no
	// other organization
	t.glossNames(v)
	// "won Newspaper of the Year": a prize category is no organization
	t.awardNames(v)
	t.knownAsNames(v)
	if holders, outlets, papers := t.orgHolders(v), t.outletsAfterTitles(v), t.demonymPapers(v); holders || outlets || papers {
		v.settle()
	}
	if t.brandForms(v) {
		v.settle()
	}
	if tails, glued := t.channelTails(v), t.gluedChannels(v); tails || glued {
		v.settle()
	}
	// only organizations found by their context repeat (orgByNoun and
	// basedNames found them)
	if v.contextOrgs && t.repeatedNames(v) {
		v.settle()
	}
	if pairs, initials, initialed := t.acronymPairs(v), t.initialsOfNamed(v), t.initialedPersons(v); pairs || initials || initialed {
		v.settle()
	}
	t.knownNames(v)
	v.settle()
	t.metonyms(v)
	t.languages(v)
	t.streetNames(v)
	// 2. values, events, titles
	t.dates(v)
	t.numbers(v)
	t.events(v)
	v.dropNamedYears()
	d.Mentions = v.mentions()
}

// tokenFacts computes in one pass over the tokens what every rule reads
// of them: the lower-cased token (v.lows, Low), its gate bits (the
// lexicon's, the tagger's own and its shape), the token starting and
// ending at each byte offset (startTok, endTok) and the "(" tokens.
func (t *Tagger) tokenFacts(v *view) {
	body, lower, toks := v.body, v.lower, v.toks
	// the per-token slices as long as toks, so that indexing them by a
	// token's index needs no bounds check
	texts, lows, gate, ids := v.texts[:len(toks)], v.lows[:len(toks)], v.gate[:len(toks)], v.ids[:len(toks)]
	for i, tk := range toks {
		v.startTok[tk.Start] = int32(i + 1)
		v.endTok[tk.End] = int32(i + 1)
		tok, w := body[tk.Start:tk.End], lower[tk.Start:tk.End]
		texts[i] = tok
		if len(tok) == 1 {
			// one byte: punctuation, a digit or a letter, from a table
			lows[i] = w
			f := &t.firsts1[w[0]]
			gate[i] = f.gate | t.shapes[tok[0]]
			ids[i] = f.id
			if gate[i]&lexicon.BitCap != 0 {
				v.caps = append(v.caps, i)
			}
			if tok[0] == '(' {
				v.parens = append(v.parens, i)
			}
			if f.cues != 0 {
				v.addCues(f.cues, i)
			}
			continue
		}
		if w == "’s" {
			w = "'s"
		}
		lows[i] = w
		var f wordFact
		switch k, ok := abc(w); {
		case ok && len(w) == 2:
			f = t.firsts2[k]
		case ok:
			f = t.firsts3[k]
		default:
			f = t.wordTab.find(w)
		}
		var shape uint64
		if tok != "" && tok[0] < utf8.RuneSelf {
			shape = t.shapes[tok[0]]
		} else {
			shape = lexicon.Shape(tok)
		}
		gate[i] = f.gate | shape
		ids[i] = f.id
		if shape&lexicon.BitCap != 0 {
			v.caps = append(v.caps, i)
		}
		if f.cues != 0 {
			v.addCues(f.cues, i)
		}
	}
}

// addCues adds token i to the lists of its cues.
func (v *view) addCues(cues uint16, i int) {
	for ; cues != 0; cues &= cues - 1 {
		c := bits.TrailingZeros16(cues)
		v.cues[c] = append(v.cues[c], i)
	}
}

// viewPool recycles the per-document scratch space of Apply (candidate
// and per-token slices), which would otherwise be most of the tagger's
// allocations.
var viewPool = sync.Pool{New: func() any { return &view{} }}

// release drops the view's references to the document and returns it to
// the pool.
func (v *view) release() {
	clear(v.cands)
	v.t, v.body, v.lower, v.toks, v.gate, v.ids = nil, "", "", nil, nil, nil
	v.startTok, v.endTok, v.offs, v.lows = nil, nil, nil, nil
	clear(v.texts)
	v.texts = v.texts[:0]
	v.cands, v.entities, v.ranks, v.acScratch = v.cands[:0], v.entities[:0], v.ranks[:0], v.acScratch[:0]
	viewPool.Put(v)
}

// grow returns s with length n and every element zero, reusing its
// storage when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// resize returns s with length n, reusing its storage when it is large
// enough; unlike grow it leaves the old elements in place, for tables
// whose readers check an entry before they trust it.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// settle resolves overlaps in the entity layer: longer candidates win,
// then higher priority, then the earlier one. It rebuilds v.ent and
// v.entities; losers are marked dropped.
//
// Apply settles a dozen times per document, each time after a few rules
// added a few candidates: the ranks of the candidates kept last time
// (settled) are still in order, so only the new ones are sorted and
// merged in (mergeRanks), where sorting them all again was most of
// settle's work. When a kept candidate's rank changed since (a rule
// moved it), or a rank does not pack (rankKey), every rank is sorted
// again.
func (v *view) settle() {
	keys, ok := v.mergeRanks()
	if !ok {
		v.settleAll()
		return
	}
	clear(v.ent)
	v.entities = v.entities[:0]
	kept := v.settled[:0]
	for _, key := range keys {
		k := rankIndex(key)
		c := &v.cands[k]
		if !v.freeTokens(c.t0, c.t1) {
			c.dropped = true
			continue
		}
		v.take1(c.t0, c.t1, k)
		v.entities = append(v.entities, k)
		kept = append(kept, key)
	}
	v.settled, v.settledN = kept, len(v.cands)
}

// settleAll is settle sorting the ranks of every candidate.
func (v *view) settleAll() {
	rs := v.ranks[:0]
	for k := range v.cands {
		if c := &v.cands[k]; c.layer == layerEntity && !c.dropped {
			rs = append(rs, rank{len: c.t1 - c.t0, prio: c.prio, t0: c.t0, k: k})
		}
	}
	v.sortRanks(rs)
	v.ranks = rs
	clear(v.ent)
	v.entities = v.entities[:0]
	// no incremental settle after this one (settledN < 0)
	v.settled, v.settledN = v.settled[:0], -1
	for _, r := range rs {
		k := r.k
		c := &v.cands[k]
		if !v.freeTokens(c.t0, c.t1) {
			c.dropped = true
			continue
		}
		v.entities = append(v.entities, k)
		v.take1(c.t0, c.t1, k)
	}
}

// freeTokens reports whether no kept candidate covers a token of [a, b).
func (v *view) freeTokens(a, b int) bool {
	for j := a; j < b; j++ {
		if v.ent[j] != 0 {
			return false
		}
	}
	return true
}

// take1 marks tokens [a, b) as covered by candidate k.
func (v *view) take1(a, b, k int) {
	for j := a; j < b; j++ {
		v.ent[j] = k + 1
	}
}

// mergeRanks returns the packed ranks (rankKey) of the entity
// candidates settle weighs, in order: those it kept last time
// (v.settled), checked against the candidates as they are now, merged
// with the sorted ranks of the candidates added since. ok is false when
// the kept ones cannot be reused (a rank changed, none settled yet by
// this path, a rank that does not pack): settleAll then sorts them all.
func (v *view) mergeRanks() (keys []uint64, ok bool) {
	if v.settledN < 0 || v.settledN > len(v.cands) {
		return nil, false
	}
	// the candidates weighed last time must be those kept then, with
	// the same ranks: no rule moved one, made one an entity or dropped it
	weighed := 0
	for k := range v.cands[:v.settledN] {
		if c := &v.cands[k]; c.layer == layerEntity && !c.dropped {
			weighed++
		}
	}
	if weighed != len(v.settled) {
		return nil, false
	}
	for _, key := range v.settled {
		c := &v.cands[rankIndex(key)]
		if now, ok := rankKey(c.t1-c.t0, c.prio, c.t0, rankIndex(key)); !ok || now != key || c.layer != layerEntity || c.dropped {
			return nil, false
		}
	}
	fresh := v.freshKeys[:0]
	for k := v.settledN; k < len(v.cands); k++ {
		if c := &v.cands[k]; c.layer == layerEntity && !c.dropped {
			key, ok := rankKey(c.t1-c.t0, c.prio, c.t0, k)
			if !ok {
				return nil, false
			}
			fresh = append(fresh, key)
		}
	}
	slices.Sort(fresh)
	v.freshKeys = fresh
	// merge two sorted lists
	out := v.mergedKeys[:0]
	a, b := v.settled, fresh
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	out = append(append(out, a...), b...)
	v.mergedKeys = out
	return out, true
}

// rankKey packs a rank into one integer whose natural order is
// compareRanks's order (sortRanks sorts such keys); ok is false for a
// rank too large to pack.
func rankKey(n, prio, t0, k int) (key uint64, ok bool) {
	if uint(n) > 0xffff || uint(prio) > 0xff || uint(t0) >= 1<<20 || uint(k) >= 1<<20 {
		return 0, false
	}
	return uint64(0xffff-n)<<48 | uint64(0xff-prio)<<40 | uint64(t0)<<20 | uint64(k), true
}

// rankIndex returns the candidate index of a packed rank.
func rankIndex(key uint64) int { return int(key & 0xfffff) }

// rank is what settle and mentions sort candidates by: longer first,
// then higher priority, then the earlier one; k, the candidate's index,
// breaks the remaining ties, so that any sort gives the order of a
// stable one.
type rank struct{ len, prio, t0, k int }

// sortRanks sorts rs as compareRanks orders them. It packs each rank
// into one integer, whose natural order is that order, and sorts those:
// no comparison function to call. Ranks too large to pack (never seen:
// a candidate of 65,536 tokens, a million tokens) are sorted by
// compareRanks.
func (v *view) sortRanks(rs []rank) {
	keys := v.rankKeys[:0]
	for _, r := range rs {
		key, ok := rankKey(r.len, r.prio, r.t0, r.k)
		if !ok {
			slices.SortFunc(rs, compareRanks)
			return
		}
		keys = append(keys, key)
	}
	slices.Sort(keys)
	for i, key := range keys {
		rs[i] = rank{len: 0xffff - int(key>>48), prio: 0xff - int(key>>40&0xff), t0: int(key >> 20 & 0xfffff), k: int(key & 0xfffff)}
	}
	v.rankKeys = keys
}

func compareRanks(a, b rank) int {
	if a.len != b.len {
		return b.len - a.len
	}
	if a.prio != b.prio {
		return b.prio - a.prio
	}
	if a.t0 != b.t0 {
		return a.t0 - b.t0
	}
	return a.k - b.k
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
	// kept are the indexes of the candidates that become mentions
	kept := v.kept[:0]
	for _, k := range v.entities {
		if c := &v.cands[k]; c.m.Type != "" {
			kept = append(kept, k)
		}
	}
	used := v.used
	for _, layer := range []int{layerValue, layerTitle, layerEvent} {
		// longer first, then higher priority, then the order found
		rs := v.ranks[:0]
		for k := range v.cands {
			if c := &v.cands[k]; c.layer == layer {
				rs = append(rs, rank{len: c.t1 - c.t0, prio: c.prio, k: k})
			}
		}
		v.sortRanks(rs)
		v.ranks = rs
		clear(used)
		for _, r := range rs {
			c := &v.cands[r.k]
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
			kept = append(kept, r.k)
		}
	}
	// sort small keys, then copy each mention once
	keys := v.keys[:0]
	for i, k := range kept {
		m := &v.cands[k].m
		keys = append(keys, mentionKey{start: m.Start, end: m.End, typ: m.Type, i: i})
	}
	v.sortMentionKeys(keys)
	sorted := make([]document.Mention, len(kept))
	for j, key := range keys {
		sorted[j] = v.cands[kept[key.i]].m
		sorted[j].Text = v.body[sorted[j].Start:sorted[j].End]
	}
	v.keys, v.kept = keys, kept
	return sorted
}

// mentionKey is what mentions are sorted by, with the mention's index.
type mentionKey struct {
	start, end int
	typ        document.EntityType
	i          int
}

func compareMentionKeys(a, b mentionKey) int {
	if a.start != b.start {
		return a.start - b.start
	}
	if a.end != b.end {
		return b.end - a.end
	}
	if c := strings.Compare(string(a.typ), string(b.typ)); c != 0 {
		return c
	}
	return a.i - b.i // the order found: a stable sort
}

// typeOrder lists the mention types in the order of their names.
var typeOrder = []document.EntityType{document.Country, document.Date, document.EventType, document.Ordinal,
	document.Organization, document.Person, document.Place, document.Quantity, document.Title, document.Topic}

// typeIndex returns the place of t in typeOrder, -1 for none: a switch
// the compiler turns into a few comparisons of lengths and bytes.
func typeIndex(t document.EntityType) int {
	switch t {
	case document.Country:
		return 0
	case document.Date:
		return 1
	case document.EventType:
		return 2
	case document.Ordinal:
		return 3
	case document.Organization:
		return 4
	case document.Person:
		return 5
	case document.Place:
		return 6
	case document.Quantity:
		return 7
	case document.Title:
		return 8
	case document.Topic:
		return 9
	}
	return -1
}

// sortMentionKeys sorts keys as compareMentionKeys orders them, through
// packed integer keys as sortRanks does (a type's place in typeOrder
// stands for its name); keys that do not pack are sorted by
// compareMentionKeys.
func (v *view) sortMentionKeys(keys []mentionKey) {
	packed := v.rankKeys[:0]
	for _, k := range keys {
		typ := typeIndex(k.typ)
		n := k.end - k.start
		if typ < 0 || uint(k.start) >= 1<<24 || uint(n) > 0xffff || uint(k.i) >= 1<<20 {
			slices.SortFunc(keys, compareMentionKeys)
			return
		}
		packed = append(packed, uint64(k.start)<<40|uint64(0xffff-n)<<24|uint64(typ)<<20|uint64(k.i))
	}
	slices.Sort(packed)
	for j, p := range packed {
		start := int(p >> 40)
		keys[j] = mentionKey{start: start, end: start + 0xffff - int(p>>24&0xffff), typ: typeOrder[p>>20&0xf], i: int(p & 0xfffff)}
	}
	v.rankKeys = packed
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
	found := dates.FindGated(v.body, v.lower, v.toks, v.anchor, v.gate, bitDigit|bitDateStart)
	for _, f := range found {
		m := document.Mention{Type: document.Date, Value: f.Value, Kind: f.Granularity,
			Anchor: f.Anchor, Rule: f.Rule, Confidence: 0.95}
		if f.Value == "" {
			m.Confidence = 0.3
		} else if f.Anchor != "" {
			m.Confidence = 0.85
		}
		v.add(cand{m: m, t0: f.Start, t1: f.End, layer: layerValue, prio: 2})
	}
	t.sameDay(v, found)
}

// sameDay tags the date anaphor "(on) the same day" (also "that same
// day") with the value of the last explicit date before it: a resolved
// single day outside the dateline (the dateline dates the report, not an
// event), passing over years and spans told in between ("on a visit from
// August 12 to 15"). Its Anchor records the antecedent as "mention:<start>-<end>"
// (byte offsets of the body) and its rule is "date.anaphor.same-day".
// Not an anaphor: "the same day as the opening" (it refers to an
// occasion), "the same day last year", "the same day of the week".
// The gold counts no anaphor as a date expression (docs/annotation.md,
// section 4); it only dates events.
func (t *Tagger) sameDay(v *view, found []dates.Found) {
	if len(found) == 0 {
		return
	}
	next := 0 // found[:next] lie before the current token
	for _, i := range v.cues[cueSame] {
		if i < 1 {
			continue
		}
		if i+1 >= len(v.toks) {
			break
		}
		if v.lows[i+1] != "day" {
			continue
		}
		if w := v.lows[i-1]; w != "the" && w != "that" {
			continue
		}
		switch v.low(i + 2) {
		case "as", "last", "next", "of", "in", "every", "each":
			continue
		}
		for next < len(found) && found[next].End <= i-1 {
			next++
		}
		var ante *dates.Found
		for k := next - 1; k >= 0; k-- {
			f := &found[k]
			if f.Value == "" {
				continue
			}
			if sp := (document.Span{Start: v.toks[f.Start].Start, End: v.toks[f.End-1].End}); v.dateline.Len() > 0 && v.dateline.Contains(sp) {
				break // only the dateline before: no antecedent
			}
			if f.Granularity == dates.Year || f.Begin != "" {
				// "plans to ... in 2020" between: a year is no day; nor
				// is a span ("a visit from August 12 to 15") one day
				continue
			}
			ante = f
			break
		}
		if ante == nil || ante.Granularity != dates.Day {
			continue
		}
		a0, a1 := v.toks[ante.Start].Start, v.toks[ante.End-1].End
		m := document.Mention{Type: document.Date, Value: ante.Value, Kind: dates.Day,
			Anchor: "mention:" + strconv.Itoa(a0) + "-" + strconv.Itoa(a1),
			Rule:   "date.anaphor.same-day", Confidence: 0.7}
		v.add(cand{m: m, t0: i - 1, t1: i + 2, layer: layerValue, prio: 1})
	}
}
