// Coreference of events: which earlier event a mention refers to.
//
// Constructions: a definite trigger ("the forum", "this pivotal
// roundtable", "the CPEC media forum", "the 2026 summit") refers to the
// event mentioned last of its type or a compatible one ("the conference"
// after a general assembly, "the talks" or "the consultations" after a
// session or forum), unless an ordinal, "next" or "previous", a
// possessor, or a date of another month or year right at it ("the
// official visit to Vietnam in September 2025" after the 2024 one) sets it
// apart; a named event's head noun ("the Forum" after "the X Media
// Forum", "the Forum on ... (Focac) Summit"); a shorter name that ends
// one told before ("the Media Summit"); a name with another ordinal or
// year is another edition ("the Second Council Meeting" after the
// First); a name of generic words alone ("The General Assembly") refers
// to the gathering told before; a name of the one unnamed happening of
// its type told so far ("organised a summit ... Africa Media Summit");
// a trigger in apposition with a name ("the world exhibition, Astana
// EXPO-2017", "The X Congress, a conference-cum-exhibition"); a name
// defined in parentheses; a possessive ("his visit": the person named
// before, not when a person named by office stands before it, "the
// premier continued his tour", event.possessor.role); a signing trigger
// after a signing (signingAgain); a pronoun that continues the
// narrative; quoted speech, whose happenings a report does not state
// (inQuote); series keys of named events, independent of the order of
// the parties ("China-Russia" = "Russia-China").

package extract

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// namedHeadAnaphor resolves "the dialogue", "the two-day dialogue", "the
// week" at token i to the named event told last whose name ends in that
// head noun (lexicon named_heads) when the noun is no trigger of its own.
func (v *view) namedHeadAnaphor(i int) (*event, int) {
	if v.lows[i] != "the" {
		return nil, 0
	}
	j := i + 1
	if _, ok := groupNumbers[v.low(j)]; ok || v.low(j) == "one" || v.low(j) == "week" {
		if v.low(j+1) == "-" && (v.low(j+2) == "day" || v.low(j+2) == "long") {
			j += 3
		}
	}
	w := v.low(j)
	if _, ok := v.x.lex.NamedHeads[w]; !ok || v.isCap(j) || v.evm[j] != 0 {
		return nil, 0
	}
	var best *event
	for _, e := range v.events {
		if !e.named || e.last >= v.toks[i].Start {
			continue
		}
		f := strings.Fields(e.name)
		if len(f) > 0 && strings.EqualFold(f[len(f)-1], w) && (best == nil || e.last > best.last) {
			best = e
		}
	}
	if best == nil {
		return nil, 0
	}
	return best, j + 1 - i
}

// anyNamed reports whether a named event was found so far.
func (v *view) anyNamed() bool {
	for _, e := range v.events {
		if e.named {
			return true
		}
	}
	return false
}

// description returns the slug of a trigger with its capitalised
// premodifiers ("BRICS summit" -> "brics-summit"), "" when it has none.
func (v *view) description(t0, t1 int) string {
	j := t0
	for j > 0 && v.sent(j-1) == v.sent(t0) && (v.isCap(j-1) || v.low(j-1) == "-") && !v.in(definiteWords, j-1) {
		j--
	}
	if j == t0 {
		return ""
	}
	key, _ := seriesKey(v.body[v.toks[j].Start:v.toks[t1-1].End])
	return key
}

// determinerBefore returns the word that determines the trigger at token
// t0, skipping its premodifiers: "the" in "the BRICS media forum", "the
// China-Russia conference".
func (v *view) determinerBefore(s, t0 int) string {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	adjectives := 0
	for j > st0 {
		w := v.low(j)
		// "the three-day summit", "the week-long visit": a hyphenated
		// modifier; "the CPEC media forum": an acronym; "this pivotal
		// roundtable": up to two adjectives
		// "the 2026 summit": a year labels the edition
		if v.ent[j] != 0 || v.val[j] != 0 && (v.d.Mentions[v.val[j]-1].Type == document.Ordinal || v.d.Mentions[v.val[j]-1].Kind == "year") ||
			w == "media" || w == "-" || w == "–" || (w == "and" && v.ent[j-1] != 0) || acronym(v.tok(j)) ||
			v.isWord(j) && !v.isCap(j) && (v.low(j+1) == "-" || v.low(j-1) == "-") {
			j--
			continue
		}
		if adjectives < 2 && adjective(v, j) {
			adjectives++
			j--
			continue
		}
		break
	}
	return v.low(j)
}

// otherEdition are adjectives that set a trigger apart from the event
// told before ("the next meeting", "the previous forum").
var otherEdition = newWordSet(map[string]bool{
	"last": true, "previous": true, "past": true, "former": true, "earlier": true, "later": true,
	"other": true, "another": true, "new": true, "following": true, "subsequent": true,
	"recent": true, "first": true, "second": true, "third": true, "final": true,
})

// adjective reports whether token j may be an adjective before a
// trigger ("pivotal", "annual"): a lower-case word that is no
// determiner, preposition, conjunction or verb form, and does not set
// the trigger apart from the event told before ("next", "previous").
func adjective(v *view, j int) bool {
	w := v.low(j)
	if !v.isWord(j) || v.isCap(j) || definiteWords.has(w) || objectEnds.has(w) || heldVerbs.has(w) || planWords.has(w) || plannedBefore.has(w) || otherEdition.has(w) ||
		w == "a" || w == "an" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && w != "ongoing" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ous") {
		return false
	}
	return true
}

// undatedLead returns an event of type t without a date that the first two
// sentences introduced, if any.
func (v *view) undatedLead(t string) *event {
	for _, e := range v.events {
		if e.typ == t && e.date == "" && !e.named && e.sents[0] <= 1 {
			return e
		}
	}
	return nil
}

// findDescribed returns an unnamed event of type typ whose description
// (premodifier and trigger, "BRICS summit") has the slug key.
func (v *view) findDescribed(key, typ string) *event {
	for _, e := range v.events {
		if !e.named && e.typ == typ && e.descr == key {
			return e
		}
	}
	return nil
}

// findNameSuffix returns the named event told last whose name ends in
// the words of name, at least two of them ("Media Summit" after "the
// China-Latin America Media Summit"), of the same type.
func (v *view) findNameSuffix(name, typ string) *event {
	w := strings.Fields(strings.ToLower(stripOrdinalYear(name)))
	if len(w) < 2 {
		return nil
	}
	var best *event
	for _, e := range v.events {
		if !e.named || e.typ != typ {
			continue
		}
		f := strings.Fields(strings.ToLower(e.name))
		if len(f) <= len(w) || strings.Join(f[len(f)-len(w):], " ") != strings.Join(w, " ") {
			continue
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// findNamed returns the named event of series key told last (two
// editions share a key).
func (v *view) findNamed(key string) *event {
	var best *event
	for _, e := range v.events {
		if e.named && e.key == key && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

// findNamedShort returns the named event told last whose name defines
// the acronym that the name keyed key uses ("LPU Media Summit" after
// "Lakeside Press Union (LPU) Media Summit"), or, for a name that
// defines one (short != ""), the event told by the short name before.
func (v *view) findNamedShort(key, short string) *event {
	var best *event
	for _, e := range v.events {
		if e.named && (e.short != "" && e.short == key || short != "" && e.key == short) && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

// acronymKey gives the series key of an event name written with an
// acronym defined in parentheses after its expansion, the acronym in
// place of the expansion: "the 9th Lakeside Press Union (LPU) Media
// Summit" -> "lpu-media-summit". The acronym's letters must be the
// initials of the capitalised words before it (function words such as
// "of" and "and" skipped); "" when the name defines none.
func acronymKey(text string) string {
	open := strings.IndexByte(text, '(')
	if open < 0 {
		return ""
	}
	end := strings.IndexByte(text[open:], ')')
	if end < 0 {
		return ""
	}
	acr := text[open+1 : open+end]
	if len(acr) < 2 || len(acr) > 8 {
		return ""
	}
	for i := 0; i < len(acr); i++ {
		if acr[i] < 'A' || acr[i] > 'Z' {
			return ""
		}
	}
	words := strings.Fields(text[:open])
	n := 0 // initials matched, from the acronym's end
	k := len(words) - 1
	for ; k >= 0 && n < len(acr); k-- {
		w := strings.Trim(words[k], "“”\"'’")
		if w == "" {
			continue
		}
		switch strings.ToLower(w) {
		case "of", "and", "for", "on", "the", "&":
			continue
		}
		// "China-Pakistan Economic Corridor (CPEC)": a hyphenated word
		// gives the initial of each part
		parts := strings.Split(w, "-")
		for p := len(parts) - 1; p >= 0 && n < len(acr); p-- {
			c := parts[p]
			if c == "" {
				continue
			}
			if c[0] != acr[len(acr)-1-n] {
				return ""
			}
			n++
			if p > 0 && n == len(acr) {
				return "" // the acronym stops inside a hyphenated word
			}
		}
	}
	if n != len(acr) {
		return ""
	}
	short := strings.Join(words[:k+1], " ") + " " + acr + text[open+end+1:]
	key, _ := seriesKey(short)
	return key
}

// genericName reports whether an event's name is made of generic words
// only: heads of event names and edition adjectives ("General
// Assembly", "Annual Meeting").
func (x *Extractor) genericName(name string) bool {
	w := strings.Fields(strings.ToLower(stripOrdinalYear(name)))
	for _, f := range w {
		if _, head := x.lex.NamedHeads[f]; !head && !editionAdjectives.has(f) && f != "annual" {
			return false
		}
	}
	return len(w) > 0
}

// loneUnnamed returns the unnamed event of type typ told last when the
// article told no named event of that type and no ordinal of one, and
// none of them is a plan.
func (v *view) loneUnnamed(typ string) *event {
	var best *event
	for _, e := range v.events {
		if e.typ != typ {
			continue
		}
		if e.named || e.ordinal != 0 || e.planned {
			return nil
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// lastCompatible returns the most recently mentioned event (before byte
// offset before) a definite trigger of type t, whose last word is head,
// may refer to: one of a compatible type, or a named one whose name has
// the head noun ("the forum" after "the Russia-Africa Economic Forum and
// Summit").
func (v *view) lastCompatible(t, head string, before int) *event {
	if e := v.lastCompatibleOf(t, head, before, false); e != nil {
		return e
	}
	return v.lastCompatibleOf(t, head, before, true)
}

// lastCompatibleOf is lastCompatible over the events told as happened
// (planned false) or over all of them: "Heads of agencies held a video
// conference to prepare for the forum to be held in June. X chaired the
// meeting" is the video conference.
func (v *view) lastCompatibleOf(t, head string, before int, planned bool) *event {
	// an event of the very type (or named by the head noun) first: "the
	// meeting" is the meeting told before, even after a summit
	var best, exact, headed *event
	for _, e := range v.events {
		if e.last >= before || e.planned && !planned || e.edition {
			continue
		}
		if (e.typ == t || e.named && nameHasWord(e.name, head)) && (exact == nil || e.last > exact.last) {
			exact = e
		}
		if e.typ == t && head != "" && (headed == nil || e.last > headed.last) && v.calledBy(e, head) {
			headed = e
		}
		if compatible(t, e.typ) && (best == nil || e.last > best.last) {
			best = e
		}
	}
	if exact != nil && headed != nil && headed != exact && !exact.named && !v.calledBy(exact, head) {
		// "The meeting was preceded by a two-day session of senior
		// officials. X chaired the meeting": the event the text has
		// called by the same noun, not a later one of the type told by
		// another noun (event.anaphor.head)
		if !strings.Contains(headed.rule, "event.anaphor.head") {
			headed.rule += "+event.anaphor.head"
		}
		return headed
	}
	if exact != nil {
		return exact
	}
	return best
}

// calledBy reports whether a mention of e ends in the word head: the
// SADC meeting was told as "their annual meeting", the session as
// "session".
func (v *view) calledBy(e *event, head string) bool {
	for _, sp := range e.mentions {
		if sp.End-sp.Start < len(head) || sp.End > len(v.lower) {
			continue
		}
		if v.lower[sp.End-len(head):sp.End] == head && (sp.End-len(head) == sp.Start || !isLetter(v.lower[sp.End-len(head)-1])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ownDescription reports whether a definite trigger at [t0, t1) describes
// an event of its own rather than referring to e: an ordinal e does not
// have ("the 20th meeting"), or, for a trigger of another type than e,
// named parties after it ("the meeting of the Russian and Chinese heads
// of government" after a forum).
func (v *view) ownDescription(e *event, typ string, t0, t1, s int) bool {
	if n, ok := v.ordinalBefore(t0); ok && (e.ordinal != 0 && n != e.ordinal || e.ordinal == 0 && e.planned) {
		// "A next meeting will be held in Baku in March. The decision was
		// adopted at the second meeting of the Council in London": an
		// ordinal names an edition of its own beside a coming one
		return true
	}
	if typ != e.typ && !(e.named && nameHasWord(e.name, v.low(t1-1))) && len(v.ppActors(t1, s)) > 0 {
		return true
	}
	return false
}

// ordinalOtherDay reports whether a definite trigger at [t0, t1) of
// sentence s with an ordinal before it ("The first conference took place
// in Moscow in June 2023") is dated by its sentence in another month or
// year than e, which has no ordinal: an edition of its own, whatever verb
// stands between (event.other-edition).
func (v *view) ordinalOtherDay(e *event, s, t0, t1 int) bool {
	if e.ordinal != 0 || e.date == "" {
		return false
	}
	if _, ok := v.ordinalBefore(t0); !ok {
		return false
	}
	dm, ok := v.nearestValue(document.Date, s, t0, t1, 12)
	if !ok || dm.Value == "" || strings.HasPrefix(dm.Value, "--") {
		return false
	}
	// the date is the trigger's own when a verb of holding stands between
	// them ("The first conference took place in Moscow in June 2023"), not
	// in "This is only the third visit ..., following X in 1983"
	dt0, _ := v.tokenSpan(dm)
	held := false
	for j := t1; j < dt0 && !held; j++ {
		_, _, held = v.x.lex.HappeningVerbs.AtIDs(v, v.ids, v.gate, j)
	}
	if !held {
		return false
	}
	d := dm.Value
	if i := strings.IndexByte(d, '/'); i >= 0 {
		d = d[:i]
	}
	month := func(x string) string { return x[:min(len(x), 7)] }
	return !strings.HasPrefix(month(d), month(e.date)) && !strings.HasPrefix(month(e.date), month(d))
}

// ownOtherDay reports whether a definite trigger at [t0, t1) of sentence
// s carries a date of its own in another month or year than e's: a date
// right before it ("the 2024 state visit") or within four words after it
// ("the official visit to Vietnam in September 2025" after the 2024 one).
func (v *view) ownOtherDay(e *event, s, t0, t1 int) bool {
	if e.date == "" {
		return false
	}
	dm, ok := v.nearestValue(document.Date, s, t0, t1, 4)
	if !ok || dm.Value == "" || strings.HasPrefix(dm.Value, "--") {
		return false
	}
	// the date is the trigger's own: a premodifier after its determiner,
	// or at the end of prepositional phrases and names after it ("to
	// Vietnam in"), not after a verb ("Initiated in 2010, the forum",
	// "the forum has been established in 2015", "runs until Oct. 16")
	mt0, mt1 := v.tokenSpan(dm)
	if mt1 <= t0 {
		for j := mt1; j < t0; j++ {
			if v.low(j) == "," || v.in(heldVerbs, j) || strings.HasSuffix(v.low(j), "ed") {
				return false
			}
		}
		if !v.in(definiteWords, mt0-1) {
			return false
		}
	} else {
		for j := t1; j < mt0; j++ {
			switch v.low(j) {
			case "to", "in", "on", "at", "of", "from", "the":
				continue
			}
			if v.ent[j] == 0 && !v.isCap(j) {
				return false
			}
		}
	}
	d := dm.Value
	if i := strings.IndexByte(d, '/'); i >= 0 {
		d = d[:i]
	}
	// another month or year: days of one month may be days of one
	// happening ("at a forum held at the summit on Thursday")
	month := func(x string) string { return x[:min(len(x), 7)] }
	if strings.HasPrefix(month(d), month(e.date)) || strings.HasPrefix(month(e.date), month(d)) {
		return false
	}
	// a day within the event's span is the event's
	return !(e.endDate != "" && d >= e.date && d <= e.endDate)
}

// otherPersonIn reports whether sentence s names a person who is no
// participant of e.
func (v *view) otherPersonIn(e *event, s int) bool {
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		if _, m := v.actorAt(j); m != nil && m.Type == document.Person && !slices.Contains(e.participants, m.EntityID) {
			return true
		}
	}
	return false
}

// partCues introduce the happening another one is part of.
var partCues = [][]string{
	{"as", "part", "of"}, {"held", "within"}, {"within", "the", "framework", "of"}, {"in", "the", "framework", "of"},
	{"as", "a", "part", "of"},
}

// partCueFirsts are the first words of partCues.
var partCueFirsts = newWordSet(firstWords(partCues))

// partOf returns the event that the phrase after a trigger ending at t1
// of sentence s names as the whole it is part of: "talks on June 6 as
// part of the 9th session", "a roundtable ... held within the 2nd
// Conference" (past a date, a place and a quoted theme).
func (v *view) partOf(s, t1 int) *event {
	_, st1 := v.sentenceTokens(s)
	for k := t1; k < st1 && k < t1+30; k++ {
		n := 0
		for _, c := range partCues {
			if !v.in(partCueFirsts, k) {
				break // no cue starts at k
			}
			if v.wordsAt(k, c) {
				n = len(c)
				break
			}
		}
		if n == 0 {
			if v.evm[k] != 0 || v.low(k) == ";" {
				return nil // another event first
			}
			continue
		}
		for a := k + n; a < st1 && a < k+n+5; a++ {
			if v.evm[a] != 0 {
				return v.eventOfMention[v.evm[a]-1]
			}
		}
		return nil
	}
	return nil
}

// signingAgain returns the signing told before that a signing trigger at
// [t0, t1) of sentence s (at byte offset at) tells again, if any: the
// last signing event, unless this sentence dates the trigger to another
// day or presents it as coming ("The signing ... will be held at the next
// meeting"). An article tells one signing ceremony more than once far
// more often than two of them.
func (v *view) signingAgain(s, t0, t1, at int) *event {
	var last *event
	for _, e := range v.events {
		if e.typ == "signing" && e.last < at && (last == nil || e.last > last.last) {
			last = e
		}
	}
	if last == nil || v.presentedAsComing(t0, t1) {
		return nil
	}
	if v.otherDay(last, s, t0, t1) {
		return nil
	}
	return last
}

// otherDay reports whether sentence s dates a mention at [t0, t1) to
// another day (or month, or year) than event e's; a day within e's span
// is e's (event.date.within-span).
func (v *view) otherDay(e *event, s, t0, t1 int) bool {
	dm, ok := v.nearestValue(document.Date, s, t0, t1, 12)
	if ok && len(dm.Value) == len("2006-01-02") && len(e.date) == len(dm.Value) && len(e.endDate) == len(dm.Value) &&
		e.date <= dm.Value && dm.Value <= e.endDate {
		return false // a day within the event's span ("on 11-13 March ... Today")
	}
	return ok && e.date != "" && dm.Value != "" && !strings.HasPrefix(dm.Value, e.date) && !strings.HasPrefix(e.date, dm.Value)
}

// lastEvent returns the event mentioned last before byte offset before.
func (v *view) lastEvent(before int) *event {
	var best *event
	for _, e := range v.events {
		if e.last < before && !e.edition && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

// nameHasWord reports whether an event name has the word w (any case).
func nameHasWord(name, w string) bool {
	if w == "" {
		return false
	}
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '–' }) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// appositionAfterName returns the named event that ends right before ", a"
// (or "an", and at most two adjectives) in front of the trigger at token
// t0 of sentence s: "The Lakeside Media Congress, a prominent
// conference-cum-exhibition".
func (v *view) appositionAfterName(s, t0 int) *event {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	for n := 0; n < 2 && j > st0 && adjective(v, j); n++ {
		j--
	}
	if w := v.low(j); w != "a" && w != "an" || v.low(j-1) != "," {
		return nil
	}
	j -= 2
	if j < st0 || v.evm[j] == 0 {
		return nil
	}
	e := v.eventOfMention[v.evm[j]-1]
	if e == nil || !e.named {
		return nil
	}
	return e
}

// parenthesizedAlias returns the event named right before an opening
// parenthesis that holds the trigger at token t0: '... Media Cooperation
// (the "Forum")'.
func (v *view) parenthesizedAlias(t0 int) *event {
	j := t0 - 1
	for j >= 0 && (v.low(j) == "the" || nameQuote.has(v.tok(j))) {
		j--
	}
	if j < 1 || v.low(j) != "(" || v.evm[j-1] == 0 {
		return nil
	}
	return v.eventOfMention[v.evm[j-1]-1]
}

var nameQuote = newWordSet(map[string]bool{"\"": true, "“": true, "‘": true, "'": true, "«": true})

// possessor returns the person a possessive determiner before a trigger
// refers to ("his visit", "her talks"): the nearest person named before
// it in the sentence, else the first person of the sentence before.
func (v *view) possessor(s, t0 int) string {
	switch v.low(t0 - 1) {
	case "his", "her":
	case "'s", "’s":
		// "Erdogan's visit"
		if _, m := v.mention(t0 - 2); m != nil && m.Type == document.Person {
			return m.EntityID
		}
		return ""
	default:
		return ""
	}
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 2; j >= st0; j-- {
		if _, m := v.actorAt(j); m != nil && m.Type == document.Person {
			return m.EntityID
		}
	}
	if s == 0 || v.roleSubject(st0, t0-1) {
		// "The meeting comes as the premier continued his tour": "his"
		// is the premier's, whom no name here gives (event.possessor.role)
		return ""
	}
	p0, p1 := v.sentenceTokens(s - 1)
	for j := p0; j < p1; j++ {
		if _, m := v.actorAt(j); m != nil && m.Type == document.Person {
			return m.EntityID
		}
	}
	return ""
}

// continuesNarrative reports whether the sentence starting at token st0
// opens with a personal pronoun that carries the narrative on.
func continuesNarrative(v *view, st0 int) bool {
	switch v.low(st0) {
	case "he", "she", "they", "then":
	default:
		return false
	}
	// "one day before", "a week later": the day is another one
	s := v.sent(st0)
	_, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		switch v.low(j) {
		case "before", "earlier", "previous", "ago", "later", "next", "after":
			if v.low(j) == "after" && (v.low(j+1) == "which" || v.low(j+1) == "that") {
				continue // "after which they signed": the same occasion
			}
			return false
		}
	}
	return true
}

// pronounSubject resolves a personal pronoun opening sentence s ("He
// met with ...") to the person the narrative is about: the first person
// named in the nearest sentence before that names one, at most three
// back.
// roleNouns name a person by office: "the premier", "the minister".
var roleNouns = newWordSet(map[string]bool{"premier": true, "minister": true, "president": true, "chairman": true, "chairwoman": true,
	"director": true, "ambassador": true, "envoy": true, "secretary": true, "leader": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chief": true, "head": true, "governor": true, "mayor": true, "diplomat": true})

// roleSubject reports whether tokens [a, b) hold a person named by office
// with no name after it: "the premier", "the prime minister", "the
// Chinese ambassador".
func (v *view) roleSubject(a, b int) bool {
	for j := a; j < b; j++ {
		if v.low(j) != "the" {
			continue
		}
		k := j + 1
		for n := 0; n < 2 && k < b && !v.in(roleNouns, k); n++ {
			k++ // "the prime minister", "the Chinese ambassador"
		}
		if k < b && v.in(roleNouns, k) && v.low(k+1) != "of" && v.low(k+1) != "," {
			if _, m := v.actorAt(k + 1); m == nil {
				return true
			}
		}
	}
	return false
}

func (v *view) pronounSubject(s int) string {
	st0, _ := v.sentenceTokens(s)
	switch v.low(st0) {
	case "he", "she":
	default:
		return ""
	}
	for p := s - 1; p >= 0 && p >= s-3; p-- {
		p0, p1 := v.sentenceTokens(p)
		for j := p0; j < p1; j++ {
			if _, m := v.actorAt(j); m != nil && m.Type == document.Person {
				return m.EntityID
			}
		}
	}
	return ""
}

// seriesKey returns the key of a named event: the slug of its name without
// ordinal words and years ("Third SCO Media Forum" -> sco-media-forum), and
// the year when the name carries one.
func seriesKey(name string) (string, string) {
	year := ""
	var words []string
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
			continue // "(LAC)"
		}
		lw := strings.ToLower(strings.Trim(w, ".,“”\"'’"))
		if n, ok := atoi(lw); ok && n >= 1900 && n <= 2100 {
			year = lw
			continue
		}
		if _, roman := romanOrdinal(w); ordinalWord(lw) || lw == "annual" || lw == "the" || roman && len(words) == 0 {
			continue
		}
		words = append(words, w)
	}
	// "China-Central Asia", "China-Arab States": the last party runs on
	// into the next word, and the order stays
	if len(words) > 0 && (len(words) == 1 || !partyTails.has(strings.ToLower(words[1]))) {
		words[0] = sortedParties(words[0])
	}
	return document.Slug(strings.Join(words, " ")), year
}

// partyTails are words that continue the last party of a hyphenated
// premodifier ("Central Asia", "Arab States", "South Korea").
var partyTails = newWordSet(map[string]bool{
	"asia": true, "states": true, "countries": true, "nations": true, "america": true, "africa": true,
	"europe": true, "east": true, "pacific": true, "caribbean": true, "kingdom": true, "emirates": true,
	"arabia": true, "korea": true, "union": true, "league": true, "world": true, "region": true,
	"islands": true, "republic": true, "sudan": true, "africa's": true, "american": true, "asian": true,
})

// sortedParties puts the parties of a hyphenated premodifier in a fixed
// order, so that a series named in either order is one series:
// "Russia-China" and "China-Russia" both give "China-Russia".
func sortedParties(w string) string {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' })
	if len(parts) < 2 || len(parts) > 4 {
		return w
	}
	for _, p := range parts {
		if p == "" || p[0] < 'A' || p[0] > 'Z' {
			return w // "Media-literacy", "Belt-and-Road"
		}
	}
	sorted := slices.Clone(parts)
	slices.Sort(sorted)
	return strings.Join(sorted, "-")
}

// stripOrdinalYear drops a leading ordinal and a trailing year from a
// name.
func stripOrdinalYear(name string) string {
	var f []string
	for _, w := range strings.Fields(name) {
		if !(strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")")) {
			f = append(f, w)
		}
	}
	if _, roman := romanOrdinal(f0(f)); len(f) > 1 && (ordinalWord(strings.ToLower(f[0])) || roman) {
		f = f[1:]
	}
	if len(f) > 1 {
		if n, ok := atoi(f[0]); ok && n >= 1900 && n <= 2100 {
			f = f[1:]
		}
	}
	if len(f) > 1 {
		if n, ok := atoi(f[len(f)-1]); ok && n >= 1900 && n <= 2100 {
			f = f[:len(f)-1]
		}
	}
	return strings.Join(f, " ")
}

// inQuote reports whether byte offset pos of the body stands inside a
// quotation that opened earlier in its paragraph: speech quoted in a
// report tells of hypothetical and remembered happenings ("I should send
// my correspondent to cover the minister's visit").
func (v *view) inQuote(pos int) bool {
	b := v.body
	start := strings.LastIndex(b[:pos], "\n")
	if start < 0 || pos-start > 3000 {
		start = max(0, pos-3000)
	}
	straight := 0
	curly := 0 // open curly quotes met going back, less closing ones
	for i := pos - 1; i >= start; i-- {
		switch {
		case b[i] == '"':
			straight++
		case strings.HasPrefix(b[i:], "”"):
			if curly == 0 {
				curly = -1 // the last quote before pos closed one
			}
		case strings.HasPrefix(b[i:], "“"):
			if curly == 0 {
				return true
			}
		}
		if curly < 0 && straight == 0 {
			return false
		}
	}
	return straight%2 == 1
}

// f0 is the first of the words f, "" for none.
func f0(f []string) string {
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
