package extract

import (
	"math/bits"
	"sort"
	"sync"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// Extractor finds events and relations in a tagged, resolved document. It
// is immutable and safe for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
	lex *lexicon.Lexicon
	// relMask holds the gate bits of all relation rules (0 when some rule
	// has none and every token must be tried)
	relMask uint64
	// relBit0 is the gate bit of the first relation rule when rule ri
	// has bit relBit0+ri, each its own (the lexicon gives them in order),
	// so that the set bits of a token's gate name the rules to try; -1
	// otherwise
	relBit0 int
	// setIDs is set when the lexicon numbers the words the word sets
	// registered: the tokens' ids then answer view.in
	setIDs bool
	// cueByID holds the cue bits of the words of the sentence cues
	// (sentenceCue) by registered id
	cueByID []uint64
}

// useWordIDs lets the word sets be tested by token id (view.in); a test
// turns it off to compare with the test of the token's string.
var useWordIDs = true

// New returns an Extractor for the lexicon's rules.
func New(g *gazetteer.Gazetteer, l *lexicon.Lexicon) *Extractor {
	x := &Extractor{gaz: g, lex: l, setIDs: l.WordIDs().HasRegistered()}
	x.cueByID = cueTables()
	for _, r := range l.Relations {
		b := r.Matcher.Bit()
		if b == 0 {
			// a rule beyond the gate's bits: check every token
			x.relMask = 0
			break
		}
		x.relMask |= b
	}
	x.relBit0 = -1
	if x.relMask != 0 {
		b0 := bits.TrailingZeros64(l.Relations[0].Matcher.Bit())
		inOrder := b0+len(l.Relations) <= 64
		for ri := range l.Relations {
			if !inOrder || l.Relations[ri].Matcher.Bit() != 1<<uint(b0+ri) {
				inOrder = false
				break
			}
		}
		if inOrder {
			x.relBit0 = b0
		}
	}
	return x
}

// view is one document as the extractor sees it.
type view struct {
	x     *Extractor
	d     *document.Document
	body  string
	lower string
	toks  []document.Token
	// ent, evm and val map a token to the index+1 of the name, event or
	// value mention covering it (0 for none).
	ent, evm, val []int
	// source marks name mentions that cite a report's source ("Xinhua
	// reports", "(Xinhua)", the dateline) rather than an actor; actor
	// marks the mentions of countries, organizations and persons that
	// are no source (actorAt).
	source, actor []bool
	// entities by id, for home countries
	entity map[string]*document.Entity
	// gate is the lexicon's gate of the tokens (lexicon.Lexicon.Gate),
	// ids their ids in the lexicon's WordIDs (lexicon.Identified)
	gate []uint64
	ids  []int32
	// setIDs is set when ids number the words of the word sets
	// (Extractor.setIDs)
	setIDs bool
	// setIDsOf holds the tokens' registered word ids, which view.in tests:
	// ids when setIDs is set, else the ids of the lowered tokens' strings
	// (setWordIDs)
	setIDsOf []int32

	events []*event
	// editionOrds are the ordinal tokens that number another edition
	// than the event of their sentence ("for its eighth edition" after
	// "the forum would return next October", event.other-edition);
	// describe gives them to no other event
	editionOrds []int
	// evAcronyms are the acronyms named events defined ("the X Media
	// Forum (XMF)"), for their other editions (acronymEdition)
	evAcronyms []eventAcronym
	// eventOfMention maps an event mention index to its event
	eventOfMention map[int]*event
	rels           []rel
	// pairs is the pair of parties last named, per kind: "any",
	// "country", "org"
	pairs map[string][]string
	// groups are the groups of two to six parties named so far, in order
	groups []namedGroup
	// sentFlags caches per sentence what sentenceFlags computes
	sentFlags []uint8
	// sentGate holds per sentence the union of its tokens' gates, so that
	// a scan for a lexicon's phrases skips a sentence that has none
	// (nextIn)
	sentGate []uint64
	// sentCues holds per sentence the cue bits of its words (sentenceCue)
	sentCues []uint64
	// spans holds the token range of each mention (tokenSpan), by index
	spans []tokSpan
	// sentVals holds per sentence the valueBit of the types of the value
	// mentions its tokens' val names
	sentVals []uint8
	// signer is the one party named as signing in sentence signerSent,
	// the hub of an agentless "the MoU signed with Y" soon after it
	signer     string
	signerSent int
	// signerMany is set when the signer signed several agreements
	// counted by a number ("signed three agreements"), which later
	// sentences may take up one by one ("The first was concluded with Y")
	signerMany bool
	// coordinator is the organization named as coordinating a joint
	// project in sentence coordS, the hub of the project's member list
	// (consortium)
	coordinator string
	coordS      int
	// hub cooperates with a counted, unnamed set of partners told in
	// sentence hubS ("X has signed agreements with over 20 agencies"),
	// whose names a sentence soon after may list (hubList)
	hub  string
	hubS int
	// tparty maps persons to the party of their title (titleParty)
	tparty map[string]string
	// lows are the lower-cased tokens (lexicon.Lowered)
	lows []string
	// relOut and relIdx are finish's scratch space for sorting relations
	relOut []document.Relation
	relIdx []int
	// report is the gathering a report of speakers goes on about, and
	// reportS the last sentence that told of it (reportSpeakers)
	report  *event
	reportS int
	// stanceS is the last sentence in which named parties agreed,
	// stanceParties those parties and stancePersons the titled persons
	// who stood for them ("X Director General A and Y President B
	// agreed") (agreedBefore)
	stanceS       int
	stanceParties []string
	stancePersons []string
	// gbuf and gmbuf are the reused member buffers of notePairs, sbuf
	// and smbuf those of subjectGroup, abuf and ambuf those of groupAt
	// (groupInto); they come from the scratch space, so they keep their
	// storage from one document to the next
	gbuf, sbuf, abuf    []string
	gmbuf, smbuf, ambuf []int
	// startTok and endTok map a byte offset to the index+1 of the token
	// that starts or ends there, for tokenSpan; they hold entries of
	// earlier documents too, so they are read through tokenStarting and
	// tokenEndingAt, which check an entry against its token
	startTok, endTok []int32
}

// Lows implements lexicon.Lowered.
func (v *view) Lows() []string { return v.lows }

// WordIDs implements lexicon.Identified: the tokens' ids in the lexicon's
// numbering, which the tagger found with the gate.
func (v *view) WordIDs() (*lexicon.WordIDs, []int32) { return v.x.lex.WordIDs(), v.ids }

// Len implements lexicon.Words.
func (v *view) Len() int { return len(v.toks) }

// Low implements lexicon.Words.
func (v *view) Low(i int) string {
	t := v.lower[v.toks[i].Start:v.toks[i].End]
	if t == "’s" {
		return "'s"
	}
	return t
}

// in reports whether token i lower-cased is in set s: s.has(v.low(i)),
// answered by one bit of s for the token's registered word id
// (view.setIDsOf). Small enough to be inlined in the rules' loops.
func (v *view) in(s *wordSet, i int) bool {
	return uint(i) < uint(len(v.setIDsOf)) && s.hasID(v.setIDsOf[i])
}

func (v *view) low(i int) string {
	// Apply fills lows with Low of every token before any rule runs; one
	// unsigned comparison tests both ends (this is the rules' most
	// frequent call)
	if uint(i) < uint(len(v.lows)) {
		return v.lows[i]
	}
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.Low(i)
}

func (v *view) tok(i int) string {
	if uint(i) >= uint(len(v.toks)) {
		return ""
	}
	return v.body[v.toks[i].Start:v.toks[i].End]
}

func (v *view) sent(i int) int {
	if uint(i) >= uint(len(v.toks)) {
		return -1
	}
	return v.toks[i].Sentence
}

func (v *view) isCap(i int) bool {
	return uint(i) < uint(len(v.gate)) && v.gate[i]&lexicon.BitCap != 0
}

func (v *view) isWord(i int) bool {
	return uint(i) < uint(len(v.gate)) && v.gate[i]&lexicon.BitWord != 0
}

// valueBit is the bit of a value mention's type in view.sentVals, 0 for
// another type.
func valueBit(t document.EntityType) uint8 {
	switch t {
	case document.Date:
		return 1
	case document.Ordinal:
		return 2
	case document.Quantity:
		return 4
	}
	return 0
}

// hasValue reports whether a token of sentence s is in a value mention of
// type t (view.val).
func (v *view) hasValue(s int, t document.EntityType) bool {
	return v.sentVals[s]&valueBit(t) != 0
}

// valueIn reports whether a token of the sentences of tokens [a, b] is
// in a value mention of type t (hasValue).
func (v *view) valueIn(t document.EntityType, a, b int) bool {
	a, b = max(a, 0), min(b, len(v.toks)-1)
	if a > b {
		return false
	}
	for s := v.toks[a].Sentence; s <= v.toks[b].Sentence; s++ {
		if v.hasValue(s, t) {
			return true
		}
	}
	return false
}

// hasCue reports whether sentence s has a word of set (a sentence cue,
// sentenceCue; true for a set without a cue bit).
func (v *view) hasCue(s int, set *wordSet) bool {
	return set.cue == 0 || v.sentCues[s]&set.cue != 0
}

// mayHold reports whether tokens [a, b] may hold a word of set: false
// only when they lie in one sentence that has none (hasCue).
func (v *view) mayHold(set *wordSet, a, b int) bool {
	if a < 0 || a > b || b >= len(v.toks) {
		return true
	}
	s := v.toks[a].Sentence
	return v.toks[b].Sentence != s || v.hasCue(s, set)
}

// cueHas is view.in for token j whose cue bits are cj: for a sentence
// cue the bits answer.
func (v *view) cueHas(cj uint64, set *wordSet, j int) bool {
	if set.cue != 0 {
		return cj&set.cue != 0
	}
	return v.in(set, j)
}

// nextIn is next for tokens [j, end) of sentence s: end at once when no
// token of the sentence has a bit of mask.
func (v *view) nextIn(s int, mask uint64, j, end int) int {
	if mask != 0 && v.sentGate[s]&mask == 0 {
		return end
	}
	return v.next(mask, j, end)
}

// next returns the first token in [j, end) at which the gate allows a
// phrase of the matchers of mask (lexicon.Bits), or end: loops that look
// for a lexicon's phrases call At only there (mask 0 skips nothing).
func (v *view) next(mask uint64, j, end int) int {
	if mask == 0 {
		return j
	}
	for j < end && j < len(v.gate) && v.gate[j]&mask == 0 {
		j++
	}
	if j >= len(v.gate) {
		return end
	}
	return j
}

// mention returns the name mention covering token i.
func (v *view) mention(i int) (int, *document.Mention) {
	if uint(i) >= uint(len(v.ent)) || v.ent[i] == 0 {
		return -1, nil
	}
	k := v.ent[i] - 1
	return k, &v.d.Mentions[k]
}

// actorAt returns the mention of a party or person that starts at token i
// and is not a source citation.
func (v *view) actorAt(i int) (int, *document.Mention) {
	if uint(i) >= uint(len(v.ent)) || v.ent[i] == 0 {
		return -1, nil
	}
	k := v.ent[i] - 1
	if !v.actor[k] || v.toks[i].Start != v.d.Mentions[k].Start {
		return -1, nil
	}
	return k, &v.d.Mentions[k]
}

// tokSpan is a token range [t0, t1).
type tokSpan struct{ t0, t1 int32 }

// spanOf returns the token range of mention k: tokenSpan of
// &v.d.Mentions[k], found once per document.
func (v *view) spanOf(k int) (int, int) {
	sp := v.spans[k]
	return int(sp.t0), int(sp.t1)
}

// tokenSpan returns the token range of mention m.
func (v *view) tokenSpan(m *document.Mention) (int, int) {
	if t0, t1 := v.tokenStarting(m.Start), v.tokenEndingAt(m.End); t0 >= 0 && t1 >= t0 {
		return t0, t1 + 1
	}
	return v.searchSpan(m)
}

// tokenStarting returns the index of the token that starts at byte off,
// -1 for none.
func (v *view) tokenStarting(off int) int {
	if uint(off) >= uint(len(v.startTok)) {
		return -1
	}
	if k := int(v.startTok[off]) - 1; uint(k) < uint(len(v.toks)) && v.toks[k].Start == off {
		return k
	}
	return -1
}

// tokenEndingAt returns the index of the token that ends at byte off,
// -1 for none.
func (v *view) tokenEndingAt(off int) int {
	if uint(off) >= uint(len(v.endTok)) {
		return -1
	}
	if k := int(v.endTok[off]) - 1; uint(k) < uint(len(v.toks)) && v.toks[k].End == off {
		return k
	}
	return -1
}

// searchSpan is tokenSpan for a mention whose ends are not token ends.
func (v *view) searchSpan(m *document.Mention) (int, int) {
	t0 := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].Start >= m.Start })
	t1 := t0
	for t1 < len(v.toks) && v.toks[t1].End <= m.End {
		t1++
	}
	return t0, t1
}

// sentence returns the evidence for sentence s.
func (v *view) evidence(s int) document.Evidence {
	if s < 0 || s >= len(v.d.Sentences) {
		return document.Evidence{}
	}
	sp := v.d.Sentences[s].Span
	return document.Evidence{Text: v.body[sp.Start:sp.End], Start: sp.Start, End: sp.End}
}

// sentenceTokens returns the token range of sentence s.
func (v *view) sentenceTokens(s int) (int, int) {
	st := v.d.Sentences[s]
	return st.TokenStart, st.TokenEnd
}

// Apply extracts d.Events and d.Relations and adds an Event entity per
// event to d.Entities.
func (x *Extractor) Apply(d *document.Document) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	v := &view{
		x: x, d: d, body: d.Article.Body, lower: d.LowerBody(), toks: d.Tokens, setIDs: x.setIDs && useWordIDs,
		entity: sc.entity, eventOfMention: sc.eventOfMention, pairs: sc.pairs, rels: sc.rels[:0],
		relOut: sc.relOut, relIdx: sc.relIdx,
		gbuf: sc.gbuf, sbuf: sc.sbuf, abuf: sc.abuf, gmbuf: sc.gmbuf, smbuf: sc.smbuf, ambuf: sc.ambuf,
	}
	defer func() {
		sc.rels, sc.relOut, sc.relIdx = v.rels, v.relOut, v.relIdx
		sc.gbuf, sc.sbuf, sc.abuf, sc.gmbuf, sc.smbuf, sc.ambuf = v.gbuf, v.sbuf, v.abuf, v.gmbuf, v.smbuf, v.ambuf
	}()
	n := len(v.toks)
	if cap(sc.idx) < 3*n {
		sc.idx = make([]int, 3*n)
	}
	idx := sc.idx[:3*n]
	clear(idx)
	nb := len(v.body) + 1
	if len(d.Lows) == n && len(d.TokenAt) == 2*nb {
		// the tagger's lower-cased tokens and token offsets
		v.lows = d.Lows
		v.startTok, v.endTok = d.TokenAt[:nb:nb], d.TokenAt[nb:]
	} else {
		v.lowsAndOffsets(sc)
	}
	v.ent, v.evm, v.val = idx[:n:n], idx[n:2*n:2*n], idx[2*n:]
	if v.gate, v.ids = d.Gate, d.WordIDs; len(v.gate) != n || len(v.ids) != n {
		// not tagged by this pipeline's tagger
		v.gate = x.lex.Gate(v)
		v.ids = make([]int32, n)
		words := x.lex.WordIDs()
		for i, t := range v.toks {
			v.gate[i] |= lexicon.Shape(v.body[t.Start:t.End])
			v.ids[i] = words.ID(v.lows[i])
		}
	}
	if v.setIDs {
		v.setIDsOf = v.ids
	} else {
		// the string of each token looked up (TestWordSetsByID compares
		// the two)
		v.setIDsOf = sc.strIDs[:0]
		for _, w := range v.lows {
			v.setIDsOf = append(v.setIDsOf, setWordIDs[w])
		}
		sc.strIDs = v.setIDsOf
	}
	ns := len(d.Sentences)
	if cap(sc.vals) < ns {
		sc.vals = make([]uint8, ns)
	}
	v.sentVals = sc.vals[:ns]
	clear(v.sentVals)
	if cap(sc.spans) < len(d.Mentions) {
		sc.spans = make([]tokSpan, len(d.Mentions))
	}
	v.spans = sc.spans[:len(d.Mentions)]
	for k := range d.Mentions {
		m := &d.Mentions[k]
		t0, t1 := v.tokenSpan(m)
		v.spans[k] = tokSpan{int32(t0), int32(t1)}
		var idx []int
		switch m.Type {
		case document.Country, document.Organization, document.Person, document.Place:
			idx = v.ent
		case document.EventType:
			idx = v.evm
		case document.Date, document.Ordinal, document.Quantity:
			idx = v.val
		default:
			continue
		}
		vb := valueBit(m.Type)
		for j := t0; j < t1; j++ {
			if idx[j] == 0 {
				idx[j] = k + 1
				if s := v.toks[j].Sentence; vb != 0 && uint(s) < uint(ns) {
					v.sentVals[s] |= vb
				}
			}
		}
	}
	for i := range d.Entities {
		v.entity[d.Entities[i].ID] = &d.Entities[i]
	}
	nm := len(d.Mentions)
	if cap(sc.marks) < 2*nm {
		sc.marks = make([]bool, 2*nm)
	}
	marks := sc.marks[:2*nm]
	clear(marks)
	v.source, v.actor = marks[:nm:nm], marks[nm:]
	v.markSources()
	v.flagSentences(sc)
	v.stanceS, v.stanceParties, v.stancePersons = -2, v.stanceParties[:0], v.stancePersons[:0]
	for s := range d.Sentences {
		here := x.eventsIn(v, s)
		x.reportSpeakers(v, s, here)
		r0 := len(v.rels)
		x.relationsIn(v, s, here)
		x.organizedWith(v, s)
		x.partnerBefore(v, s)
		x.underAgreement(v, s)
		x.consortium(v, s)
		x.twoParties(v, s, r0)
		v.notePairs(s)
	}
	x.finish(v)
}

// scratch is the per-document working memory of Apply that does not go
// into the output; scratchPool recycles it between documents.
type scratch struct {
	idx            []int
	marks          []bool
	lows           []string
	offs           []int32
	flags          []uint8
	sentGate       []uint64
	sentCues       []uint64
	spans          []tokSpan
	vals           []uint8
	strIDs         []int32
	rels           []rel
	relOut         []document.Relation
	relIdx         []int
	entity         map[string]*document.Entity
	eventOfMention map[int]*event
	pairs          map[string][]string
	// the member buffers of groupInto's callers (view.gbuf & co.)
	gbuf, sbuf, abuf    []string
	gmbuf, smbuf, ambuf []int
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{entity: map[string]*document.Entity{}, eventOfMention: map[int]*event{}, pairs: map[string][]string{}}
}}

// lowsAndOffsets fills v.lows and v.startTok and v.endTok, in the
// scratch space, for a document the tagger did not hand them with.
func (v *view) lowsAndOffsets(sc *scratch) {
	n, nb := len(v.toks), len(v.body)+1
	if cap(sc.lows) < n {
		sc.lows = make([]string, n)
	}
	sc.lows = sc.lows[:n]
	v.lows = sc.lows
	// not cleared: the loop below writes the entries of this document's
	// tokens, and tokenStarting and tokenEndingAt check an entry against
	// its token
	if cap(sc.offs) < 2*nb {
		sc.offs = make([]int32, 2*nb)
	}
	offs := sc.offs[:2*nb]
	v.startTok, v.endTok = offs[:nb:nb], offs[nb:]
	// one pass: the lower-cased tokens (Low) and the token offsets
	lower, lows := v.lower, v.lows
	for k, t := range v.toks {
		w := lower[t.Start:t.End]
		if w == "’s" {
			w = "'s"
		}
		lows[k] = w
		v.startTok[t.Start] = int32(k + 1)
		v.endTok[t.End] = int32(k + 1)
	}
}

// release empties the scratch space and returns it to the pool.
func (sc *scratch) release() {
	clear(sc.entity)
	clear(sc.eventOfMention)
	clear(sc.pairs)
	clear(sc.rels)
	sc.rels = sc.rels[:0]
	clear(sc.lows)
	sc.lows = sc.lows[:0]
	for _, b := range [...][]string{sc.gbuf, sc.sbuf, sc.abuf} {
		clear(b[:cap(b)])
	}
	scratchPool.Put(sc)
}

// markSources flags name mentions that cite where a report comes from: the
// dateline, "(Xinhua)", "Xinhua reports", "according to TASS", "citing
// AZERTAG", "(Photo: VNA)"; the other mentions of countries,
// organizations and persons are actors (actorAt).
func (v *view) markSources() {
	var dl document.Span
	if v.d.Article.Dateline != nil {
		dl = v.d.Article.Dateline.Span
	}
	for k := range v.d.Mentions {
		m := &v.d.Mentions[k]
		if m.Type != document.Organization && m.Type != document.Country && m.Type != document.Person && m.Type != document.Place {
			continue
		}
		if dl.End > 0 && m.Start >= dl.Start && m.Start < dl.End {
			v.source[k] = true
			continue
		}
		t0, t1 := v.spanOf(k)
		prev, next := v.low(t0-1), v.low(t1)
		switch {
		case prev == "(" && next == ")" && m.Type == document.Organization:
			// "(Xinhua)" as a credit, unless it defines an acronym or
			// names the outlet a description before it tells of
			// ("Azerbaijan's state news agency (AZERTAC)")
			if t0 >= 2 {
				if _, pm := v.mention(t0 - 2); pm != nil && pm.EntityID == m.EntityID {
					continue
				}
				if v.in(outletNouns, t0-2) && !v.isCap(t0-2) {
					continue
				}
			}
			v.source[k] = true
		case v.x.lex.ReportingCues.HasAtIDs(v, v.ids, v.gate, t1) && next != "said" && next != "says" && next != "told":
			v.source[k] = true
		case prev == "to" && v.low(t0-2) == "according", prev == "citing", prev == "photo", prev == ":" && v.low(t0-2) == "photo":
			v.source[k] = true
		case next == "correspondent" || next == "correspondents" || v.low(t1+1) == "correspondent":
			v.source[k] = true
		}
	}
	for k := range v.d.Mentions {
		switch v.d.Mentions[k].Type {
		case document.Country, document.Organization, document.Person:
			v.actor[k] = !v.source[k]
		}
	}
}

// Flags of a sentence, computed once (flagSentences).
const (
	flagSpeakers       uint8 = 1 << iota // lists who spoke ("were among the speakers")
	flagNegative                         // calls ties strained (a negative cue)
	flagUntil                            // has "until", "till" or "through"
	flagEdition                          // has "edition" (another edition of a series)
	flagFirstHeld                        // has "first held", "first organized", "last held", ...
	flagSpeech                           // has a speech verb before "the", "his", "her", "its" or "that"
	flagUnder                            // has "under" or "within"
	flagEditionPronoun                   // "the next one", "the first was held" (editionPronoun)
)

// sentenceFlagWords are the words flagSentences tests a token for: the
// cases of its switch and the speech verbs (speechVerb).
var sentenceFlagWords = sentenceCue(newWordSet(map[string]bool{
	"among": true, "included": true, "include": true, "until": true, "till": true, "through": true,
	"edition": true, "first": true, "last": true, "under": true, "within": true, "one": true,
	"was": true, "is": true, "took": true,
	"said": true, "says": true, "noted": true, "stressed": true, "underlined": true, "underscored": true,
	"emphasized": true, "emphasised": true, "added": true, "told": true, "called": true, "urged": true,
	"described": true, "highlighted": true, "delivered": true, "gave": true, "spoke": true,
	"addressed": true, "welcomed": true, "hailed": true, "proposed": true, "suggested": true,
	"praised": true, "lauded": true, "reiterated": true, "remarked": true, "observed": true,
	"pointed": true, "recalled": true, "explained": true, "outlined": true, "presented": true, "expressed": true,
}))

// flagSentences computes the flags, the gate (view.sentGate) and the
// cues (view.sentCues) of every sentence in one pass over the tokens.
func (v *view) flagSentences(sc *scratch) {
	ns := len(v.d.Sentences)
	if cap(sc.flags) < ns {
		sc.flags = make([]uint8, ns)
	}
	if cap(sc.sentGate) < ns {
		sc.sentGate = make([]uint64, ns)
	}
	v.sentFlags = sc.flags[:ns]
	if cap(sc.sentCues) < ns {
		sc.sentCues = make([]uint64, ns)
	}
	v.sentGate, v.sentCues = sc.sentGate[:ns], sc.sentCues[:ns]
	byID := v.x.cueByID
	neg := v.x.lex.NegativeCues.Bit()
	// the segmenter's sentences partition the tokens in order
	for s := range v.d.Sentences {
		var g, c uint64
		var f uint8
		st := &v.d.Sentences[s]
		for j := st.TokenStart; j < st.TokenEnd; j++ {
			gj, cj := v.gate[j], uint64(0)
			if id := v.setIDsOf[j]; uint(id) < uint(len(byID)) {
				cj = byID[id]
			}
			g, c = g|gj, c|cj
			if gj&neg == 0 && !v.cueHas(cj, sentenceFlagWords, j) {
				continue
			}
			f |= v.flagAt(j, gj&neg != 0)
		}
		v.sentGate[s], v.sentCues[s], v.sentFlags[s] = g, c, f
	}
}

// flagAt returns the flags token j gives its sentence; negCue tells that
// a negative cue may start at j.
func (v *view) flagAt(j int, negCue bool) uint8 {
	var f uint8
	switch v.lows[j] {
	case "among":
		if v.low(j+1) == "the" && v.in(speakerNouns, j+2) && v.sent(j+2) == v.sent(j) {
			f = flagSpeakers
		}
	case "included", "include":
		if j > 0 && v.in(speakerNouns, j-1) && v.sent(j-1) == v.sent(j) {
			f = flagSpeakers
		}
	case "until", "till", "through":
		f = flagUntil
	case "edition":
		f = flagEdition
	case "first":
		if v.in(firstHeld, j+1) {
			f = flagFirstHeld
		}
	case "last":
		if v.in(firstHeld, j+1) || v.low(j+1) == "took" {
			f = flagFirstHeld // "was last held in" (lastEdition)
		}
	case "under", "within":
		f = flagUnder
	case "one":
		if j > 1 && v.in(editionWords, j-1) && v.lows[j-2] == "the" {
			f = flagEditionPronoun
		}
	case "was", "is":
		if j > 1 && v.in(firstHeld, j+1) && v.lows[j-2] == "the" {
			f = flagEditionPronoun
		}
	case "took":
		if j > 1 && v.low(j+1) == "place" && v.lows[j-2] == "the" {
			f = flagEditionPronoun // "the first took place in 2022"
		}
	default:
		// "said the agency ...", "told the board ... that": a speech
		// verb before a reported clause (speakerOrgSubject)
		if speechVerb(v.lows[j]) {
			switch v.low(j + 1) {
			case "the", "his", "her", "its", "that":
				f = flagSpeech
			}
		}
	}
	if negCue && v.x.lex.NegativeCues.HasAtIDs(v, v.ids, v.gate, j) {
		f |= flagNegative
	}
	return f
}

// sentenceFlags returns the flags of sentence s.
func (v *view) sentenceFlags(s int) uint8 { return v.sentFlags[s] }
