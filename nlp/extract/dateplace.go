// Dates, places and other attributes of events.
//
// Constructions: the nearest date expression in words (a name one word, an
// acronym in parentheses none), not one after a signing verb or a person's
// relative clause ("received X, who recalled the memorandum signed in
// 2016") nor a dateline left in the sentence ("July 3 (ANI/WAM):"), nor
// a term of office after a person ("then-President Y (2006-2009)"), an
// edition's year after an event ("during Expo 2020 Dubai") or the start
// of a period ("since 2014", "since its inception in 2004") or a
// founding ("was established in 2015", event.date.founding), nor a day
// in the clause of another event after the mention ("ahead of the X
// Summit that will take place on August 22", event.date.other-event) nor
// the date of another event's clause that a verb of saying reports ("X
// will pay a visit to Y in January 2025, the ambassador said at a press
// conference", event.date.reported-clause; "arrived in Y on Sunday for
// talks", event.date.purpose) or of a clause of time that
// tells another happening ("The meeting came a day after X visited Y on
// Tuesday", event.date.other-clause), else
// the date of the verb saying it happened, the first date after the
// mention at any distance with no other happening between ("received X,
// ..., today at the headquarters"), the narrative's day, "the same day";
// the year of the event's own name for a day without a year ("the 2023 X
// Forum ... on 24 November", event.date.name-year); the day of the event
// another one took place at ("signed on the sidelines of the meeting",
// "launched also on the occasion", a signing's "during Expo 2020" after
// its partners, "After the signing ceremony, ...",
// event.date.host-event) or of the sentence before (or the one before
// that, when the one between tells nothing dated) a definite first
// mention or a stay (event.date.previous-sentence); the day of the next
// sentence when it opens with "it" and a verb of holding ("The X Forum
// opened in Y. It was held on June 3", event.date.pronoun); the
// dateline's day for an undated happening the lead of a wire story tells
// as done ("MOSCOW, September 14. /TASS/. X said at the opening of a
// Y Summit", event.date.dateline-lead);
// the place within ten words after the mention ("in the Vietnamese
// capital" is Hanoi, a happening verb after a relative clause wins);
// ordinals ("the 13th of its kind", "the sixth edition", "the 7th CPEC
// media forum", "the sixth plenary session"), mode and attendance
// (describe). A date after the day of reading is no date of the event
// (event.date.after-reading).

package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// spanDays returns N for an "N-day" modifier in tokens [t0-4, t1): "the
// three-day summit", "a two-day workshop".
func (v *view) spanDays(t0, t1 int) int {
	for j := maxi(0, t0-4); j+2 < len(v.toks) && j < t1; j++ {
		if v.low(j+1) == "-" && v.low(j+2) == "day" {
			if n, ok := groupNumbers[v.low(j)]; ok {
				return n
			}
			if v.low(j) == "one" {
				return 1
			}
			switch v.low(j) {
			case "seven":
				return 7
			case "eight":
				return 8
			case "ten":
				return 10
			}
		}
	}
	return 0
}

// addDays returns the ISO day n days after day, "" when day is no ISO day.
func addDays(day string, n int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// ordinalBefore returns the ordinal right before token t0 ("the 13th
// China-Russia ...", "Third SCO Media Forum").
func (v *view) ordinalBefore(t0 int) (int, bool) {
	// the ordinal is a value mention within 14 tokens before t0 (20
	// with a defined name's parentheses)
	if !v.valueIn(document.Ordinal, t0-20, t0-1) {
		return 0, false
	}
	caps, reach, lower := 0, 7, 0
	for j := t0 - 1; j >= 0 && j >= t0-reach; j-- {
		if t := v.low(j); t == "-" || t == "–" || t == "and" || t == "&" {
			continue // "the first Russia-Africa media forum", "the second Belt & Road forum"
		}
		// "the 28th GCC information ministers' meeting": a plural
		// possessive of the members and up to two lower-case words
		// before it (event.ordinal.possessive)
		if t := v.tok(j); j == t0-1 && (t == "'" || t == "’") && strings.HasSuffix(v.low(j-1), "s") && v.isWord(j-1) && !v.isCap(j-1) {
			lower = 3
			continue
		}
		if lower > 0 && v.isWord(j) && !v.isCap(j) && v.val[j] == 0 && v.low(j) != "the" {
			lower--
			continue
		}
		lower = 0
		// "the ninth India Technical and Economic Cooperation (ITEC)
		// training programme": a name defined by its acronym in
		// parentheses counts as one word (event.ordinal.defined-name)
		if v.tok(j) == ")" && j-2 >= 0 && v.tok(j-2) == "(" && acronym(v.tok(j-1)) && v.isCap(j-3) {
			j -= 3
			reach = min(t0-j+8, 14)
			caps = -8
			continue
		}
		if v.val[j] != 0 {
			m := &v.d.Mentions[v.val[j]-1]
			if m.Type == document.Ordinal {
				return atoi(m.Value)
			}
			return 0, false
		}
		// "the first such workshop, held in Lagos in 2023": an earlier
		// edition of the kind told (event.ordinal.such)
		if v.low(j) != "the" && v.low(j) != "annual" && v.low(j) != "ever" && !v.isCap(j) && !(j == t0-1 && (v.low(j) == "media" || v.low(j) == "such" || v.in(editionAdjectives, j))) {
			return 0, false
		}
		if v.ent[j] == 0 && v.isCap(j) && !hyphenWord(v, j) && !acronym(v.tok(j)) {
			// "the 7th CPEC media forum", "the 31st Ordinary meeting" have
			// their ordinal, after at most two such words
			if caps++; caps > 2 {
				return 0, false
			}
		}
	}
	return 0, false
}

// editionAdjectives may stand between an ordinal and the trigger it
// numbers: "the sixth plenary session", "the 31st ordinary meeting" (not
// "my first official trip" or "his first international trip", which
// rank a person's trips).
var editionAdjectives = newWordSet(map[string]bool{
	"plenary": true, "ordinary": true, "extraordinary": true, "regular": true, "joint": true,
	"general": true,
})

// gap returns the distance from token a to token b in words of the
// clause: a name counts as one word and an acronym in parentheses after
// it as none ("by the China Media Group (CMG) and the Arab States
// Broadcasting Union (ASBU) in Riyadh" puts Riyadh 6 words after "by").
func (v *view) gap(a, b int) int {
	n := 0
	for j := a; j < b; j++ {
		if k := v.ent[j]; k != 0 && j > a && v.ent[j-1] == k {
			continue // inside a name
		}
		if v.low(j) == "(" && j+2 < b && v.low(j+2) == ")" && v.ent[j+1] != 0 {
			j += 2
			continue
		}
		n++
	}
	return n
}

// hyphenWord reports whether token j is joined to a neighbour by a hyphen
// ("Russia-Africa").
func hyphenWord(v *view, j int) bool {
	h := func(t string) bool { return t == "-" || t == "–" }
	return h(v.low(j-1)) && v.toks[j-1].End == v.toks[j].Start || h(v.low(j+1)) && v.toks[j].End == v.toks[j+1].Start
}

// nearestValue returns the value mention of type typ in sentence s nearest
// to tokens [t0, t1), within dist tokens, outside the dateline; not a
// term of office or a life in parentheses after a person ("then-President
// Y (2006-2009)"), nor a year right after an event's name or trigger,
// which labels an edition ("during Expo 2020 Dubai in December 2021"; the
// event's own name year is nameYear's), nor the start of a period
// ("since 2014", "Since its foundation in 1959") or a deadline ("will pay
// a visit to all ten countries by next year").
func (v *view) nearestValue(typ document.EntityType, s, t0, t1, dist int) (*document.Mention, bool) {
	_, st1 := v.sentenceTokens(s)
	return v.nearestValueBefore(typ, s, t0, t1, dist, st1)
}

// nearestValueBefore is nearestValue over the mentions that start before
// token lim.
func (v *view) nearestValueBefore(typ document.EntityType, s, t0, t1, dist, lim int) (*document.Mention, bool) {
	if !v.hasValue(s, typ) {
		return nil, false
	}
	st0, st1 := v.sentenceTokens(s)
	st1 = min(st1, lim)
	var best *document.Mention
	bestD := dist + 1
	var dl document.Span
	if v.d.Article.Dateline != nil {
		dl = v.d.Article.Dateline.Span
	}
	for j := st0; j < st1; j++ {
		if v.val[j] == 0 {
			continue
		}
		m := &v.d.Mentions[v.val[j]-1]
		mt0, mt1 := v.spanOf(v.val[j] - 1)
		if mt0 != j || m.Type != typ || (dl.End > 0 && m.Start < dl.End) || (mt0 >= t0 && mt1 <= t1) || v.datelineLike(mt1) ||
			typ == document.Date && v.noHappeningDate(m, mt0) {
			continue
		}
		if mt1 <= t0 && (v.relativeClauseDate(st0, mt0, mt1, t0) || mt1 <= t0-2 && v.low(t0-1) == "and" && v.low(t0-2) == "," || v.conjunctBetween(mt1, t0)) {
			// a day before ", and visited Y" is the first conjunct's:
			// "met the minister on Sunday, and visited the agency",
			// "agreed to cover the celebrations in August 2025 and to
			// hold a course in Havana" (event.date.conjunct)
			j = mt1 - 1
			continue
		}
		d := 0
		switch {
		case mt1 <= t0:
			d = v.gap(mt1, t0)
		case mt0 >= t1:
			d = v.gap(t1, mt0)
		}
		if d < bestD {
			best, bestD = m, d
		}
		j = mt1 - 1
	}
	return best, best != nil
}

// conjunctBetween reports whether the trigger at t0 lies in a second
// verb phrase joined by "and" ("and to hold a course", "and visited the
// agency") that starts after token a, with no comma between the "and"
// and the trigger ("agreed to A and to B, at a meeting" leaves the
// meeting to the whole clause).
func (v *view) conjunctBetween(a, t0 int) bool {
	for k := t0 - 1; k >= a; k-- {
		switch v.lows[k] {
		case ",", ";":
			return false
		case "and":
			if k+1 >= t0 {
				continue
			}
			if w := v.lows[k+1]; w == "to" || len(w) > 4 && strings.HasSuffix(w, "ed") && v.ent[k+1] == 0 && !v.isCap(k+1) {
				return true
			}
		}
	}
	return false
}

// frontedDay returns the day that opens sentence s before a comma ("On
// Monday, ...", "On the same day, ...", "Earlier, on 3 May, ..."), none
// when the sentence opens otherwise.
func (v *view) frontedDay(s int) (*document.Mention, bool) {
	st0, st1 := v.sentenceTokens(s)
	j := st0
	if dl := v.d.Article.Dateline; dl != nil {
		// "Yangon, Oct. 26 (Agency) On October 24, ...": the sentence
		// opens after the dateline (event.date.fronted)
		for j < st1 && v.toks[j].Start < dl.Span.End {
			j++
		}
	}
	if w := v.low(j); w == "on" || w == "earlier" || w == "later" {
		j++
		if v.low(j) == "," {
			j++
		}
		if v.low(j) == "on" {
			j++
		}
	}
	if j >= st1 || v.val[j] == 0 {
		return nil, false
	}
	m := &v.d.Mentions[v.val[j]-1]
	mt0, mt1 := v.tokenSpan(m)
	if mt0 != j || m.Type != document.Date || m.Kind != "day" || m.Value == "" || v.low(mt1) != "," {
		return nil, false
	}
	if dl := v.d.Article.Dateline; dl != nil && m.Start < dl.Span.End {
		return nil, false
	}
	return m, true
}

// preparedFor reports whether the event mention at token t0 is what
// something prepares for: "preparations for the 19th X Assembly", "to
// prepare for the summit", "ahead of the forum", "in the run-up to the
// congress".
func (v *view) preparedFor(t0 int) bool {
	j := t0 - 1
	for j > 0 && (v.low(j) == "the" || v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Ordinal) {
		j--
	}
	switch v.low(j) {
	case "for":
		switch v.low(j - 1) {
		case "preparations", "preparation", "prepare", "prepares", "preparing", "prepared":
			return true
		}
	case "of":
		return v.low(j-1) == "ahead"
	case "to":
		return v.low(j-1) == "up" && v.low(j-2) == "-" && (v.low(j-3) == "run" || v.low(j-3) == "lead")
	}
	return false
}

// relativeClauseDate reports whether the date at [mt0, mt1) lies in a
// relative clause set off by commas that closes right before the trigger
// at t0: "The premier, who chaired a session of the cabinet on Sunday,
// visited Piura on Monday" (the clause's day is its own happening's,
// event.date.relative-clause).
func (v *view) relativeClauseDate(st0, mt0, mt1, t0 int) bool {
	// the relative clause closes right before the trigger, or, when
	// the clause after it has a date of its own, anywhere before it:
	// "The workshop, which ends on Sunday, is part of the agreement
	// signed by the two agencies in Bamako in 2022"
	// (event.date.relative-clause)
	closed := v.low(t0-1) == ","
	for k := mt1; k < t0-1; k++ {
		if w := v.low(k); w == "," || w == ";" {
			if closed || !v.dateInClauseAfter(t0) {
				return false
			}
			closed = true
		}
	}
	if !closed {
		return false
	}
	for k := mt0 - 1; k > st0; k-- {
		switch v.low(k) {
		case "who", "which", "whose":
			return v.low(k-1) == ","
		case ",", ";":
			return false
		}
	}
	return false
}

// dateInClauseAfter reports a date within sixteen words after token t0,
// before any comma.
func (v *view) dateInClauseAfter(t0 int) bool {
	for k := t0 + 1; k < len(v.toks) && k <= t0+16 && v.sent(k) == v.sent(t0); k++ {
		if w := v.low(k); w == "," || w == ";" {
			return false
		}
		if v.val[k] != 0 && v.d.Mentions[v.val[k]-1].Type == document.Date {
			return true
		}
	}
	return false
}

// noHappeningDate reports whether the date mention m starting at token
// mt0 dates no happening: a term of office in parentheses after a person,
// a year right after an event's name or trigger (an edition's label),
// the start of a period or a deadline.
func (v *view) noHappeningDate(m *document.Mention, mt0 int) bool {
	return v.personTerm(mt0) || v.editionYear(m, mt0) || v.sinceDate(mt0) || v.low(mt0-1) == "by" || validityYears(v, m, mt0) || v.nounDay(m, mt0) || v.untilDay(m, mt0)
}

// untilDay reports whether the day m at token mt0 ends a span after
// "until" or "till": "the second Media Week, which runs until November
// 23" ends then and began before (event.date.until).
func (v *view) untilDay(m *document.Mention, mt0 int) bool {
	p := v.low(mt0 - 1)
	return m.Kind == "day" && (p == "until" || p == "till")
}

// nounDay reports whether the day m at token mt0 labels a noun that is
// no event: "announced on Thursday the results of the 16 September
// general election at a press conference", "the March 3 vote" (the
// happening's day is another one; "the 5 March meeting" is the
// meeting's own, event.date.noun-label).
func (v *view) nounDay(m *document.Mention, mt0 int) bool {
	if m.Kind != "day" || v.low(mt0-1) != "the" {
		return false
	}
	_, mt1 := v.tokenSpan(m)
	if w := v.low(mt1); !v.isWord(mt1) || v.isCap(mt1) || objectEnds.has(w) || w == "edition" || w == "session" {
		return false
	}
	for j := mt1; j < mt1+3 && j < len(v.evm); j++ {
		if v.evm[j] != 0 {
			return false
		}
	}
	return true
}

// validityYears reports whether the date mention m at token mt0 is a
// range of years after "for" or "period": the term of a programme or an
// agreement ("an executive programme for media cooperation for
// 2026-2028", "the cooperation agreement for 2024–2026"), no day of the
// happening told (event.date.validity).
func validityYears(v *view, m *document.Mention, mt0 int) bool {
	if m.Kind != "year" || strings.IndexByte(m.Value, '/') < 0 {
		return false
	}
	p := v.low(mt0 - 1)
	return p == "for" || p == "period" || p == "years" || p == "the" && v.low(mt0-2) == "for"
}

// editionYear reports whether the date mention m at token mt0 is a year in
// digits right after an event's name or trigger: "Expo 2020 Dubai" (not
// "his visit last year").
func (v *view) editionYear(m *document.Mention, mt0 int) bool {
	if m.Kind != "year" || mt0 <= 0 || v.evm[mt0-1] == 0 || m.End-m.Start != 4 {
		return false
	}
	_, digits := atoi(v.body[m.Start:m.End])
	return digits
}

// personTerm reports whether the date mention starting at token mt0 is in
// parentheses right after a person's name: a term of office or a life
// ("then-President Manuel Ortiz (2006-2009)"), no date of a happening.
func (v *view) personTerm(mt0 int) bool {
	if v.low(mt0-1) != "(" {
		return false
	}
	_, m := v.mention(mt0 - 2)
	return m != nil && m.Type == document.Person
}

// foundingVerbs before "in" and a date tell when a series or a body began.
var foundingVerbs = newWordSet(map[string]bool{"established": true, "founded": true, "created": true, "formed": true})

// sinceDate reports whether the date mention starting at token mt0 starts
// a period: "since 2014", "since its inception in 2004", "was established
// in 2015".
func (v *view) sinceDate(mt0 int) bool {
	if v.low(mt0-1) == "since" {
		return true
	}
	if v.low(mt0-1) != "in" {
		return false
	}
	// "the forum was established in 2015", "founded in 1995 by": the
	// founding of a series or a body (event.date.founding)
	if v.in(foundingVerbs, mt0-2) {
		return true
	}
	switch v.low(mt0 - 3) {
	case "its", "their", "his", "her", "the":
		return v.low(mt0-4) == "since"
	}
	// "Since it was launched in 2002, the forum has ...", "since they
	// were first held in 2010": a passive in a clause of "since", the
	// start of what the report is about (event.date.since-clause)
	for j := mt0 - 2; j >= mt0-4 && j > 0; j-- {
		if w := v.low(j); w == "was" || w == "were" {
			return v.low(j-1) == "since" || v.in(sinceSubjects, j-1) && v.low(j-2) == "since"
		}
	}
	return false
}

// sinceSubjects are the pronouns of a "since" clause about the thing the
// report is about: "since it was launched".
var sinceSubjects = newWordSet(map[string]bool{"it": true, "they": true, "this": true})

// setDate gives e the date of a date mention's value and granularity; a
// range ("2024-05-11/2024-05-12") gives its two ends.
func (e *event) setDate(value, gran string) {
	e.date, e.gran, e.endDate = value, gran, ""
	if i := strings.IndexByte(value, '/'); i >= 0 {
		e.date, e.endDate = value[:i], value[i+1:]
	}
}

// datelineLike reports whether the date mention ending at token mt1 is
// the date of a dateline the reader did not take apart: "Abu Dhabi
// [UAE], July 3 (ANI/WAM): The annual Global Media Congress ...". A
// dateline dates the report, not an event.
func (v *view) datelineLike(mt1 int) bool {
	if v.low(mt1) != "(" {
		return false
	}
	for k := mt1 + 1; k < len(v.toks) && k < mt1+8 && v.sent(k) == v.sent(mt1); k++ {
		if v.low(k) == ")" {
			w := v.low(k + 1)
			return w == ":" || w == "-" || w == "–" || w == "—" || w == "--"
		}
	}
	return false
}

// locationNear returns the place (or country) after "in", "at" or "to"
// within dist tokens after token t1.
func (v *view) locationNear(s, t1, dist int) (string, bool) {
	_, st1 := v.sentenceTokens(s)
	for j, g := t1, 0; j < st1 && g < dist; j, g = v.wordStep(j, st1), g+1 {
		w := v.low(j)
		if w == "“" || w == "\"" && j > t1 && v.low(j-1) == "titled" {
			// a quoted title ("the forum titled “...” in Yerevan") counts
			// as one word
			for k := j + 1; k < st1 && k < j+30; k++ {
				if v.low(k) == "”" || v.low(k) == "\"" {
					j = k
					break
				}
			}
			continue
		}
		if w == "here" && v.low(j+1) != "is" && v.low(j+1) != "are" {
			// "opened here on Tuesday": the dateline's place
			if p := v.datelinePlace(); p != "" {
				return p, true
			}
			continue
		}
		if w == "whose" {
			// "KNA, whose head office is in Nairobi,": the place of an
			// organization, not of the event
			return "", false
		}
		if (w == "based" || w == "headquartered") && v.low(j+1) == "in" {
			// "UBC, based in Kampala,": skip the organization's place
			j++
			if _, m := v.mention(j + 1); m != nil {
				_, mt1 := v.tokenSpan(m)
				j = mt1 - 1
			}
			continue
		}
		if w != "in" && w != "at" && w != "to" {
			continue
		}
		a := j + 1
		if v.low(a) == "the" && v.low(a+1) == "city" && v.low(a+2) == "of" {
			a += 3 // "in the city of Wuzhen"
		}
		if p, ok := v.demonymCapital(a); ok {
			return p, true
		}
		k, m := v.mention(a)
		if m == nil || v.source[k] {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		switch m.Type {
		case document.Place:
			return m.EntityID, true
		case document.Country:
			if v.low(mt1) == "'s" {
				// "in South Africa's Johannesburg": the city
				if k2, m2 := v.mention(mt1 + 1); m2 != nil && !v.source[k2] && m2.Type == document.Place {
					return m2.EntityID, true
				}
				continue
			}
			if m.Rule != "gaz.country.demonym" {
				return m.EntityID, true
			}
		}
	}
	return "", false
}

// wordStep returns the token after the word at j, for distances counted
// in words: a name or a date is one word, and a parenthesis of up to six
// tokens ("(CMG)", "(the \"Forum\")") is part of the word before it.
func (v *view) wordStep(j, end int) int {
	n := j + 1
	if k := v.ent[j]; k != 0 {
		for n < end && v.ent[n] == k {
			n++
		}
	} else if k := v.val[j]; k != 0 {
		for n < end && v.val[n] == k {
			n++
		}
	}
	if v.low(n) == "(" {
		for c := n + 1; c < end && c <= n+6; c++ {
			if v.low(c) == ")" {
				return c + 1
			}
		}
	}
	return n
}

// demonymCapital returns the capital of the country that "the <demonym>
// capital" at token a names ("in the Vietnamese capital" is Hanoi); not
// "the Kenyan capital market".
func (v *view) demonymCapital(a int) (string, bool) {
	if v.low(a) != "the" {
		return "", false
	}
	k, m := v.mention(a + 1)
	if m == nil || v.source[k] || m.Type != document.Country || m.Rule != "gaz.country.demonym" {
		return "", false
	}
	_, mt1 := v.tokenSpan(m)
	if v.low(mt1) != "capital" {
		return "", false
	}
	switch v.low(mt1 + 1) {
	case "market", "markets", "expenditure", "spending", "investment", "investments", "gains", "flight":
		return "", false
	}
	e, ok := v.x.gaz.CapitalOf(document.IDKey(m.EntityID))
	if !ok {
		return "", false
	}
	return e.ID, true
}

// verbDate returns the date that a happening verb right after an event's
// mention states: "the SCO Media Forum to be held in Tianjin in June",
// "the forum, which opened on Monday". It wins over a nearer date of
// another clause.
func (x *Extractor) verbDate(v *view, s, t1 int) (*document.Mention, bool) {
	_, st1 := v.sentenceTokens(s)
	for j := t1; j < st1 && j < t1+5; j++ {
		switch v.low(j) {
		case ",", "which", "that", "to", "be", "will", "was", "is", "were", "has", "been", "being", "would", "also":
			continue
		}
		if _, n, ok := x.lex.HappeningVerbs.AtIDs(v, v.ids, v.gate, j); ok {
			if dm, dok := v.nearestValue(document.Date, s, j, j+n, 10); dok && dm.Start > v.toks[j].Start {
				return dm, true
			}
		}
		break
	}
	return nil, false
}

// dateAfter returns the first resolved date in sentence s within dist
// words after token j ("opened in Abuja on Monday"), none in the
// dateline.
func (v *view) dateAfter(s, j, dist int) (*document.Mention, bool) {
	_, st1 := v.sentenceTokens(s)
	for g := 0; j < st1 && g < dist; j, g = v.wordStep(j, st1), g+1 {
		if k := v.val[j]; k != 0 {
			m := &v.d.Mentions[k-1]
			if dl := v.d.Article.Dateline; dl != nil && m.Start < dl.Span.End {
				return nil, false // the dateline dates no event
			}
			if m.Type == document.Date && m.Value != "" {
				if mt0, _ := v.tokenSpan(m); v.noHappeningDate(m, mt0) {
					return nil, false
				}
				return m, true
			}
		}
	}
	return nil, false
}

// verbAfterRelative returns the tokens [j0, j1) of the happening verb
// that follows a relative clause after an event's mention ending at t1
// ("The X Forum, which focuses on ..., opened in Kunming"), or -1, -1.
// The clause runs to the next comma of the sentence, within 40 tokens.
func (x *Extractor) verbAfterRelative(v *view, s, t1 int) (int, int) {
	if v.low(t1) != "," {
		return -1, -1
	}
	switch v.low(t1 + 1) {
	case "which", "that", "who":
	case "first":
		// "The X Forum, first organized in Juba in 2019, opened in
		// Kampala on Monday": an appositive participle clause
		if !v.in(firstHeld, t1+2) {
			return -1, -1
		}
	default:
		return -1, -1
	}
	_, st1 := v.sentenceTokens(s)
	for c := t1 + 2; c < st1 && c < t1+40; c++ {
		if v.low(c) != "," {
			continue
		}
		j := c + 1
		for j < st1 && j < c+3 && (v.low(j) == "was" || v.low(j) == "has" || v.low(j) == "been" || v.low(j) == "also") {
			j++
		}
		if _, n, ok := x.lex.HappeningVerbs.AtIDs(v, v.ids, v.gate, j); ok {
			return j, j + n
		}
		return -1, -1
	}
	return -1, -1
}

// shiftWords open a sentence with a day counted from the event told
// before: "A day earlier", "The next day", "Two days later".
var shiftWords = map[string]int{"earlier": -1, "before": -1, "previous": -1, "later": 1, "after": 1, "next": 1, "following": 1}

// dayShift returns the day that sentence s gives the event whose trigger
// starts at t0 by counting from another event: "On the eve of the
// meeting" (the day before that meeting's), or an opening "A day
// earlier," / "The next day," / "Two days later," (from the day of the
// last event told with one).
func (v *view) dayShift(s, t0 int) (string, bool) {
	st0, _ := v.sentenceTokens(s)
	for j := st0; j+3 < t0; j++ {
		if v.lows[j] == "eve" && v.low(j+1) == "of" && v.low(j-1) == "the" {
			k := j + 2
			if v.low(k) == "the" || v.low(k) == "this" {
				k++
			}
			if k < len(v.evm) && v.evm[k] != 0 {
				h := v.eventOfMention[v.evm[k]-1]
				if h == nil {
					// "the meeting": a trigger names the event of its
					// class told last (event.date.day-shift)
					if d := v.lastEvent(v.toks[j].Start); d != nil && sameClass(d.typ, v.d.Mentions[v.evm[k]-1].Kind) {
						h = d
					}
				}
				if h != nil && h.gran == "day" && len(h.date) == 10 {
					return addDays(h.date, -1), true
				}
			}
			return "", false
		}
	}
	// "on the opening day of the workshop", "on the last day of the
	// forum": the first or the last day of an event told before
	for j := st0 + 2; j+3 < t0+8 && j+3 < len(v.lows); j++ {
		if v.lows[j] != "day" || v.low(j+1) != "of" || v.low(j-2) != "the" {
			continue
		}
		first := v.low(j-1) == "opening" || v.low(j-1) == "first"
		last := v.low(j-1) == "closing" || v.low(j-1) == "last" || v.low(j-1) == "final"
		k := j + 2
		if v.low(k) == "the" || v.low(k) == "this" {
			k++
		}
		if !(first || last) || k >= len(v.evm) || v.evm[k] == 0 || v.sent(k) != s {
			continue
		}
		h := v.eventOfMention[v.evm[k]-1]
		if h == nil || h.gran != "day" || len(h.date) != 10 {
			return "", false
		}
		if last {
			if h.endDate == "" {
				return "", false
			}
			return h.endDate, true
		}
		return h.date, true
	}
	// "A day earlier," "One day later," "Two days later," "The next day,"
	// "The day before," opening the sentence
	j, n := st0, 0
	switch w := v.low(j); {
	case w == "a" || w == "one":
		n = 1
		j++
	case numberWordsSmall[w] > 0:
		n = numberWordsSmall[w]
		j++
	case w == "the":
		j++
	default:
		return "", false
	}
	var shift int
	switch w := v.low(j + 1); {
	case n > 0 && (v.low(j) == "day" || v.low(j) == "days") && (w == "earlier" || w == "later" || w == "before" || w == "after"):
		shift = n * shiftWords[w]
		j += 2
	case n == 0 && v.low(j) == "day" && (w == "before" || w == "after"):
		shift = shiftWords[w]
		j += 2
	case n == 0 && (v.low(j) == "next" || v.low(j) == "following" || v.low(j) == "previous") && w == "day":
		shift = shiftWords[v.low(j)]
		j += 2
	default:
		return "", false
	}
	if v.low(j) != "," || j >= t0 {
		return "", false
	}
	var h *event
	for _, e := range v.events {
		if e.gran == "day" && len(e.date) == 10 && e.last < v.toks[st0].Start && (h == nil || e.last > h.last) {
			h = e
		}
	}
	if h == nil {
		return "", false
	}
	return addDays(h.date, shift), true
}

// numberWordsSmall count days in "Two days later".
var numberWordsSmall = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// endDay reports whether the day d is told in sentence s as an end:
// "which ends on Sunday", "ending on June 3", "concludes Friday".
func (v *view) endDay(s int, d string) bool {
	st0, st1 := v.sentenceTokens(s)
	for j := st0 + 1; j < st1; j++ {
		if v.val[j] == 0 || v.val[j-1] == v.val[j] {
			continue
		}
		m := &v.d.Mentions[v.val[j]-1]
		if m.Type != document.Date || m.Value != d {
			continue
		}
		p := v.low(j - 1)
		if p == "on" {
			p = v.low(j - 2)
		}
		switch p {
		case "ends", "ending", "ended", "closes", "closing", "concludes", "concluding", "until", "till":
			return true
		}
	}
	return false
}

// closingVerbs say that an event ended: "wrapped up", "closed",
// "concluded", "ended".
var closingVerbs = newWordSet(map[string]bool{"wrapped": true, "closed": true, "concluded": true, "ended": true})

// openedInRelative returns the day of an opening verb in the relative
// clause between an event's mention ending at t1 and the main verb at mv0
// ("..., which opened on Thursday, wrapped up ..."), with a day of its
// own within four words after the verb.
func (v *view) openedInRelative(s, t1, mv0 int) (*document.Mention, bool) {
	for j := t1 + 2; j < mv0; j++ {
		switch v.low(j) {
		case "opened", "began", "started", "commenced", "kicked", "got":
			if dm, ok := v.dateAfter(s, j+1, 4); ok && dm.Kind == "day" && !strings.Contains(dm.Value, "/") {
				if dt0, _ := v.tokenSpan(dm); dt0 < mv0 {
					return dm, true
				}
			}
		}
	}
	return nil, false
}

// datelinePlace returns the place of the dateline, "" when there is none.
func (v *view) datelinePlace() string {
	if v.d.Article.Dateline == nil {
		return ""
	}
	dl := v.d.Article.Dateline.Span
	for k := range v.d.Mentions {
		m := &v.d.Mentions[k]
		if m.Start >= dl.End {
			break
		}
		if m.Start >= dl.Start && m.Type == document.Place {
			return m.EntityID
		}
	}
	return ""
}

// locationFillers may stand between a place phrase and the trigger after
// it: "gathered in Cairo on Tuesday for a two-day workshop", "arrived in
// Urumqi on Thursday for a week-long visit".
var locationFillers = newWordSet(map[string]bool{
	"on": true, "for": true, "a": true, "an": true, "the": true, "-": true, "day": true,
	"week": true, "long": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "one": true, "its": true, "their": true, "official": true,
	"working": true, "state": true, "first": true, "annual": true,
})

// locationBefore returns the place of a place phrase that stands before
// the trigger at token t0 in its clause, with only time words and
// modifiers between them.
func (v *view) locationBefore(s, t0 int) (string, bool) {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-10; j-- {
		if k, m := v.mention(j); m != nil && !v.source[k] && (m.Type == document.Place || m.Type == document.Country && m.Rule != "gaz.country.demonym") {
			mt0, _ := v.tokenSpan(m)
			if w := v.low(mt0 - 1); w == "in" || w == "at" {
				return m.EntityID, true
			}
			return "", false
		}
		if v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Date || v.in(locationFillers, j) {
			continue
		}
		return "", false
	}
	return "", false
}

// editionOfOther reports "edition of" at token t and an event mention
// other than e's within the next three tokens: the ordinal before it is
// that event's ("the 24th edition of the X Festival").
func (v *view) editionOfOther(e *event, t int) bool {
	if v.low(t) != "edition" || v.low(t+1) != "of" {
		return false
	}
	for j := t + 2; j < len(v.lows) && j < t+5; j++ {
		if k := v.evm[j]; k != 0 {
			return v.eventOfMention[k-1] != e
		}
	}
	return false
}

// describe reads the attributes sentence s states about event e, whose
// mention there covers tokens [t0, t1).
func (x *Extractor) describe(v *view, e *event, s, t0, t1 int) {
	st0, st1 := v.sentenceTokens(s)
	if len(e.sents) == 1 && e.sents[0] == s && v.presentedAsComing(t0, t1) {
		e.planned = true
	}
	if e.ordinal == 0 {
		if n, ok := v.ordinalBefore(t0); ok {
			e.ordinal = n
		} else {
			// "the 13th of its kind", "the sixth edition"
			for j := st0; j < st1 && v.hasValue(s, document.Ordinal); j++ {
				if v.val[j] == 0 {
					continue
				}
				m := &v.d.Mentions[v.val[j]-1]
				if m.Type != document.Ordinal || slices.Contains(v.editionOrds, j) {
					continue
				}
				_, mt1 := v.tokenSpan(m)
				mt0, _ := v.tokenSpan(m)
				if v.otherRelative(e, mt0) {
					continue // "... at a meeting on the margins of the X Week, which reached its 11th edition"
				}
				if v.editionOfOther(e, mt1) {
					continue // "visiting Oman to take part in the 24th edition of the X Festival" (event.ordinal.edition-of)
				}
				if (v.low(mt1) == "of" && (v.low(mt1+1) == "its" || v.low(mt1+1) == "their") && v.low(mt1+2) == "kind") || v.in(ofItsKind, mt1) ||
					v.low(mt1) == "time" && v.low(mt0-1) == "the" && v.low(mt0-2) == "for" && mt0 > t0 ||
					// "This year's Forum, the 13th in a series", "the
					// fourth time it is being launched"
					v.low(mt1) == "in" && (v.low(mt1+1) == "a" || v.low(mt1+1) == "the") && v.low(mt1+2) == "series" ||
					v.low(mt1) == "time" && v.low(mt0-1) == "the" && v.low(mt0-2) != "for" && mt1 < t0 && t0-mt1 <= 5 && !v.commaBetween(mt1-1, t0) {
					if n, ok := atoi(m.Value); ok {
						e.ordinal = n
					}
				}
			}
		}
	}
	// "The X Summit, which was first held in Lagos in 2021, opened in
	// Abuja on Monday": the verb after the relative clause says this
	// event happened, and its date and place win over the clause's
	mv0, mv1 := x.verbAfterRelative(v, s, t1)
	if mv0 >= 0 {
		if dm, ok := v.dateAfter(s, mv1, 8); ok {
			if od, ok := v.openedInRelative(s, t1, mv0); ok && v.in(closingVerbs, mv0) && dm.Kind == "day" && od.Value < dm.Value && !strings.Contains(dm.Value, "/") {
				// "The X Convention, which opened on Thursday, wrapped up
				// on Friday": the relative clause's opening is the start,
				// the main verb's close the end (event.date.opened-closed)
				e.date, e.gran, e.endDate = od.Value, od.Kind, dm.Value
				e.dateRule = "event.date.opened-closed"
			} else if !e.named || e.date == "" || e.gran == "year" || e.gran == "month" || len(e.sents) == 1 {
				e.date, e.gran, e.endDate = dm.Value, dm.Kind, ""
				if i := strings.IndexByte(dm.Value, '/'); i >= 0 {
					e.date, e.endDate = dm.Value[:i], dm.Value[i+1:]
				}
			}
		}
		if e.location == "" {
			if loc, ok := v.locationNear(s, mv1, 6); ok {
				e.location = loc
			}
		}
	}
	prepared := e.date == "" && v.preparedFor(t0)
	if prepared {
		// "held its 47th meeting on Wednesday to review preparations
		// for the 19th OANA General Assembly", "ahead of the summit":
		// the sentence's day is the preparation's; only a day right
		// after the name or the one of a verb of happening after it
		// ("ahead of the summit that will take place on June 12") is
		// the event's (event.date.prepared-for)
		dm, ok := x.verbDate(v, s, t1)
		if !ok {
			// "preparations for the Central Asian Media Forum, which is
			// scheduled to take place in Tashkent from 3 to 5 October"
			dm, ok = v.dateAfter(s, t1, 20)
			if ok {
				if dt0, _ := v.tokenSpan(dm); v.otherEventBetween(t0, t1, dt0) {
					ok = false
				}
			}
		}
		if ok {
			e.setDate(dm.Value, dm.Kind)
		}
	}
	if !prepared && (e.date == "" || e.gran == "year" || e.gran == "month") {
		m, ok := x.verbDate(v, s, t1)
		if !ok {
			m, ok = v.ownDate(s, t0, t1, 20)
		}
		if !ok {
			// "The X Forum, which ..., opened in Kunming on Tuesday": the
			// date of the verb that says the event happened
			mask := lexicon.Bits(&x.lex.HappeningVerbs)
			for j := v.nextIn(s, mask, t1, st1); j < st1; j = v.next(mask, j+1, st1) {
				if _, n, hv := x.lex.HappeningVerbs.AtIDs(v, v.ids, v.gate, j); hv {
					if dm, dok := v.nearestValue(document.Date, s, j, j+n, 14); dok && dm.Start > v.toks[j].Start {
						if dt0, _ := v.tokenSpan(dm); !v.otherEventBetween(t0, t1, dt0) {
							m, ok = dm, true
						}
					}
					break
				}
			}
		}
		if !ok && e.date == "" {
			// "X received Y, ..., and an accompanying delegation,
			// including Z, today at the agency's headquarters": the
			// sentence's date further away, when no other happening
			// stands between
			m, ok = v.farDate(s, t0, t1, 80)
		}
		if !ok && e.date == "" {
			// "On the same day, VNA and KPL signed a protocol ..., and
			// the delegation attended the opening of a photo
			// exhibition": a day set before the sentence's first comma
			// dates every happening it tells (event.date.fronted)
			m, ok = v.frontedDay(s)
		}
		if !ok && s > 0 && continuesNarrative(v, st0) {
			// "On January 20, the CEO visited Moscow. He met with ...":
			// a sentence that goes on with a pronoun keeps the day of
			// the sentence before
			m, ok = v.narrativeDay(s - 1)
		}
		// a finer date replaces a year or month only when it agrees
		if ok && m.Value != "" && (e.date == "" || strings.HasPrefix(m.Value, e.date) && m.Kind == "day") {
			e.date, e.gran = m.Value, m.Kind
			if i := strings.IndexByte(m.Value, '/'); i >= 0 {
				e.date, e.endDate = m.Value[:i], m.Value[i+1:]
			}
		}
	}
	if e.date == "" {
		// "On the eve of the meeting, X and Y held talks", "A day
		// earlier, the two groups held a workshop": a day counted from
		// an event told before (event.date.day-shift)
		if d, ok := v.dayShift(s, t0); ok {
			e.date, e.gran, e.endDate = d, "day", ""
			e.dateRule = "event.date.day-shift"
		}
	}
	if e.endDate == "" && e.gran == "day" {
		// "the three-day summit", "runs until Oct. 16"
		if n := v.spanDays(t0, t1); n > 1 {
			if v.endDay(s, e.date) {
				// "the five-day working visit, which ends on Sunday":
				// the day is the last one (event.date.ends-on)
				e.endDate, e.date = e.date, addDays(e.date, -(n-1))
				e.dateRule = "event.date.ends-on"
			} else {
				e.endDate = addDays(e.date, n-1)
			}
		} else if v.sentenceFlags(s)&flagUntil != 0 {
			for j := st0 + 1; j < st1; j++ {
				if v.val[j] == 0 || v.val[j-1] == v.val[j] {
					continue
				}
				m := &v.d.Mentions[v.val[j]-1]
				if w := v.low(j - 1); m.Type == document.Date && m.Kind == "day" && (w == "until" || w == "till" || w == "through") && m.Value > e.date {
					e.endDate = m.Value
				}
			}
		}
	}
	if e.attendance == 0 {
		if m, ok := v.nearestValue(document.Quantity, s, t0, t1, 40); ok {
			if n, ok := atoi(m.Value); ok {
				e.attendance, e.attendanceText = n, m.Text
			}
		}
	}
	if e.mode == "" {
		mask := lexicon.Bits(&x.lex.Modes)
		for j := v.nextIn(s, mask, st0, st1); j < st1; j = v.next(mask, j+1, st1) {
			if val, n, ok := x.lex.Modes.AtIDs(v, v.ids, v.gate, j); ok {
				e.mode = x.lex.ModeNames[val]
				break
			} else if n > 0 {
				j += n - 1
			}
		}
	}
	if e.location == "" {
		if loc, ok := v.locationNear(s, t1, 10); ok {
			e.location = loc
		} else if loc, ok := v.locationBefore(s, t0); ok {
			e.location = loc
		}
	}
	// participants
	if e.named {
		for j := t0; j < t1; j++ {
			if _, m := v.actorAt(j); m != nil && v.low(j+1) != "'s" {
				e.addParticipant(m.EntityID, s)
			}
		}
	}
	for _, id := range v.premodifierActors(t0) {
		e.addParticipant(id, s)
	}
	for _, id := range v.ppActors(t1, s) {
		e.addParticipant(id, s)
	}
	x.subjectParticipants(v, e, s, t0)
	x.cueActors(v, e, s)
	// persons speaking in a sentence about the event, with the
	// organizations of their titles; the author of a message or letter
	// to the event ("In his message, Norov ...", "a congratulatory
	// message from President X") does not take part, nor does one a
	// speaker stands in for ("on behalf of Secretary-General Norov"),
	// only whoever delivers it ("delivered by X")
	message := v.hasMessageNoun(s)
	for j := st0; j < st1; j++ {
		_, m := v.actorAt(j)
		if m == nil || m.Type != document.Person || strings.HasPrefix(m.Rule, "pat.person.byline") {
			continue
		}
		if v.onBehalfOf(j) || message && v.low(j-1) != "by" {
			continue
		}
		e.addParticipant(m.EntityID, s)
		mt0, _ := v.tokenSpan(m)
		for b := mt0 - 1; b >= st0 && b >= mt0-7; b-- {
			if _, om := v.actorAt(b); om != nil && om.Type == document.Organization {
				e.addParticipant(om.EntityID, s)
			}
			if v.low(b) == "," || v.low(b) == "and" || v.low(b) == ")" || v.low(b) == "(" {
				break
			}
		}
	}
}

// locativeAt reports whether token k starts a place or time phrase that
// ends a list of actors: "in Riyadh", "on 5 December", "at the venue".
func (v *view) locativeAt(k int) bool {
	switch v.low(k) {
	case "in", "at", "on":
	default:
		return false
	}
	a := k + 1
	if v.low(a) == "the" {
		a++
	}
	if a < len(v.val) && v.val[a] != 0 {
		return true
	}
	_, m := v.mention(a)
	return m != nil && m.Type == document.Place
}

// narrativeDay returns the day a narrative sentence s tells of: its only
// day, else, when it goes on with a pronoun, the day of the sentence
// before ("On January 20, the CEO visited Moscow. He paid a visit to TASS.
// He met ..."), at most three sentences back.
func (v *view) narrativeDay(s int) (*document.Mention, bool) {
	for n := 0; n < 3 && s >= 0; n, s = n+1, s-1 {
		if m, ok := v.onlyDay(s); ok {
			return m, true
		}
		st0, _ := v.sentenceTokens(s)
		if !continuesNarrative(v, st0) {
			return nil, false
		}
	}
	return nil, false
}

// previousDays dates the events a definite trigger introduced that no
// date of their own or of a happening they took place at dated: "On 11
// June, A and B discussed ... A said at the time: '...' 'The talks
// witnessed ...'" (event.date.previous-sentence); not a plan.
// It reports whether it dated any.
func (v *view) previousDays() bool {
	dated := false
	for _, e := range v.events {
		if !e.prevDay || e.date != "" || e.planned || len(e.sents) == 0 || e.sents[0] == 0 {
			continue
		}
		if a := e.after; a != nil && a.date != "" && len(a.date) == len("2006-01-02") && a.endDate == "" {
			// "They signed on Thursday. The signing was followed by the
			// opening of a workshop": the day of the signing
			// (event.date.sequence)
			e.setDate(a.date, a.gran)
			e.dateRule = "event.date.sequence"
			dated = true
			continue
		}
		if dm, ok := v.previousDay(e.sents[0]); ok {
			e.setDate(dm.Value, dm.Kind)
			e.dateRule = "event.date.previous-sentence"
			if e.remarks {
				e.dateRule = "event.date.remarks"
			}
			dated = true
		}
	}
	return dated
}

// previousDay returns the day of the sentence before s, or of the one
// before that when the sentence between has no date and no event of its
// own.
func (v *view) previousDay(s int) (*document.Mention, bool) {
	if s < 1 {
		return nil, false
	}
	if m, ok := v.onlyDay(s - 1); ok {
		return m, true
	}
	if s < 2 {
		return nil, false
	}
	st0, st1 := v.sentenceTokens(s - 1)
	for j := st0; j < st1; j++ {
		if v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Date {
			return nil, false
		}
		if v.evm[j] != 0 && v.eventOfMention[v.evm[j]-1] != nil {
			return nil, false
		}
	}
	return v.onlyDay(s - 2)
}

// onlyDay returns the single resolved day-granularity date of sentence s.
func (v *view) onlyDay(s int) (*document.Mention, bool) {
	st0, st1 := v.sentenceTokens(s)
	var found *document.Mention
	for j := st0; j < st1; j++ {
		if v.val[j] == 0 {
			continue
		}
		m := &v.d.Mentions[v.val[j]-1]
		if m.Type != document.Date || m.Value == "" {
			continue
		}
		if found != nil && found != m && found.Value != m.Value {
			return nil, false // two days ("the dateline and Wednesday" may be one)
		}
		found = m
	}
	return found, found != nil && found.Kind == "day"
}

// nameYear completes the date of a named event from the year its name
// carries ("the 2023 Lakeside Media Forum ... on 24 November" is
// 2023-11-24): a day or month without a year takes it, and an event with
// no date at all is dated to that year (rule event.date.name-year).
func (e *event) nameYear() {
	if e.year == "" {
		return
	}
	switch {
	case e.date == "":
		e.date, e.gran, e.dateRule = e.year, "year", "event.date.name-year"
	case strings.HasPrefix(e.date, "--"):
		e.date, e.dateRule = e.year+e.date[1:], "event.date.name-year"
		if strings.HasPrefix(e.endDate, "--") {
			e.endDate = e.year + e.endDate[1:]
		}
	}
}

// hostCues introduce the event another one took place at or during
// ("signed on the sidelines of the forum", "during his visit"), or right
// after ("After the signing ceremony, the ministers toured the
// headquarters", "Following the signing ceremony, a workshop opened").
var hostCues = [][]string{
	{"on", "the", "sidelines", "of"}, {"on", "the", "margins", "of"}, {"on", "the", "occasion", "of"},
	{"within", "the", "framework", "of"}, {"in", "the", "framework", "of"}, {"as", "part", "of"},
	{"during"}, {"at"}, {"in", "the", "course", "of"}, {"after"},
	// "Following the signing ceremony, a two-day workshop opened"
	{"following"},
}

// hostDates dates an event that its own sentences leave undated by the
// event its first sentence places it in: "witnessing the signing of an
// agreement on the sidelines of the meeting" takes the meeting's day
// (rule event.date.host-event).
func (v *view) hostDates() {
	for _, e := range v.events {
		if e.date != "" || len(e.sents) == 0 {
			continue
		}
		s := e.sents[0]
		st0, st1 := v.sentenceTokens(s)
		// the cue follows the event's mention closely ("the signing of an
		// agreement on the sidelines of the meeting") or opens the
		// sentence ("On the sidelines of the forum, X and Y signed ...")
		et0 := -1
		for _, sp := range e.mentions {
			if sp.Start >= v.toks[st0].Start && sp.End <= v.toks[st1-1].End {
				et0, _ = v.tokenSpan(&document.Mention{Span: sp})
				break
			}
		}
		if et0 < 0 {
			continue
		}
		// a signing's clause may name its partners first ("One such MoU
		// was signed with <a long name>, during Expo 2020 Dubai in
		// December 2021")
		reach := 8
		if e.typ == "signing" {
			reach = 25
		}
		for j := st0; j < st1; j++ {
			if j != st0 && (j <= et0 || j > et0+reach) {
				continue
			}
			if j > et0 && v.evm[j-1] != 0 && v.eventOfMention[v.evm[j-1]-1] != e {
				break
			}
			n := 0
			for _, c := range hostCues {
				if !v.in(hostCueFirsts, j) {
					break // no cue starts at j
				}
				if v.wordsAt(j, c) {
					n = len(c)
					break
				}
			}
			if n == 0 {
				// "The website was launched also on the occasion": the
				// happening told just before
				if h := v.anaphoricHost(e, j); h != nil {
					e.date, e.gran, e.dateRule = h.date, h.gran, "event.date.host-event"
					break
				}
				continue
			}
			a := j + n
			for a < st1 && a < j+n+4 && v.evm[a] == 0 && (v.in(definiteWords, a) || v.low(a) == "a" || v.isWord(a) && !v.isCap(a) && v.low(a) != "and") {
				a++
			}
			if a >= st1 || v.evm[a] == 0 {
				continue
			}
			h := v.eventOfMention[v.evm[a]-1]
			if h == nil || h == e || h.date == "" {
				continue
			}
			e.date, e.gran, e.dateRule = h.date, h.gran, "event.date.host-event"
			break
		}
	}
}

// anaphoricHosts refer to the happening told before ("on the
// occasion", "at the event").
var anaphoricHosts = [][]string{
	{"on", "the", "occasion"}, {"on", "that", "occasion"}, {"on", "this", "occasion"}, {"at", "the", "event"},
	{"during", "the", "event"}, {"at", "the", "ceremony"}, {"during", "the", "ceremony"},
	{"on", "the", "sidelines"}, {"on", "the", "same", "occasion"},
}

// hostCueFirsts are the first words of hostCues and anaphoricHosts.
var hostCueFirsts = newWordSet(firstWords(hostCues, anaphoricHosts))

// firstWords returns the first words of the phrases of tables.
func firstWords(tables ...[][]string) map[string]bool {
	m := map[string]bool{}
	for _, t := range tables {
		for _, p := range t {
			m[p[0]] = true
		}
	}
	return m
}

// anaphoricHost returns the dated event told last before e's first
// mention when one of anaphoricHosts, not followed by "of", starts at
// token j.
func (v *view) anaphoricHost(e *event, j int) *event {
	if !v.in(hostCueFirsts, j) {
		return nil
	}
	n := 0
	for _, c := range anaphoricHosts {
		if v.wordsAt(j, c) {
			n = len(c)
			break
		}
	}
	if n == 0 || v.low(j+n) == "of" || len(e.mentions) == 0 {
		return nil
	}
	var best *event
	for _, h := range v.events {
		if h == e || h.date == "" || len(h.mentions) == 0 || h.mentions[0].Start >= e.mentions[0].Start {
			continue
		}
		if best == nil || h.last > best.last {
			best = h
		}
	}
	return best
}

// wordsAt reports whether the lower-cased tokens from j are ws.
func (v *view) wordsAt(j int, ws []string) bool {
	for k, w := range ws {
		if v.low(j+k) != w {
			return false
		}
	}
	return true
}

// farDate returns the first date of sentence s after an event's mention
// at [t0, t1) within dist words, when no other event mention, signing verb
// or relative clause stands between them (the date of another
// happening: "met on Monday ... the agreement signed in 2016") and the
// date is no dateline's.
func (v *view) farDate(s, t0, t1, dist int) (*document.Mention, bool) {
	m, ok := v.dateAfter(s, t1, dist)
	if !ok {
		return nil, false
	}
	mt0, _ := v.tokenSpan(m)
	if v.otherBetween(t0, t1, mt0, true) {
		return nil, false
	}
	return m, true
}

// otherBetween reports whether another happening stands between an
// event's mention at [t0, t1) and token j after it: a signing verb
// ("met ... the memorandum signed in 2016"), a relative clause about a
// person ("who recalled ..."), and with events true another event
// mention or any relative clause ("The forum, which opened on Monday"
// is about the forum itself, which a near date then dates anyway).
func (v *view) otherBetween(t0, t1, j int, events bool) bool {
	own := v.evm[t0]
	for k := t1; k < j; k++ {
		w := v.low(k)
		if events && v.evm[k] != 0 && v.evm[k] != own || signVerbs.has(w) || w == "who" || events && (w == "which" || w == "when") {
			return true
		}
	}
	return false
}

// otherEventBetween reports whether the mention of another event stands
// between an event's mention at [t0, t1) and token j after it, with a
// clause of its own that j is in: "the forum opened ahead of the Lakeside
// Summit that will take place on August 22-24", "before the summit,
// which opens on Monday", "for the summit scheduled for June 5" date the
// summit, not the forum (event.date.other-event). A happening it took
// place at ("during the second Lakeside Forum on December 7") shares its
// day.
func (v *view) otherEventBetween(t0, t1, j int) bool {
	own := v.evm[t0]
	for k := t1; k < j; k++ {
		if v.evm[k] == 0 || v.evm[k] == own {
			continue
		}
		o := v.evm[k]
		for k < j && v.evm[k] == o {
			k++
		}
		for ; k < j; k++ {
			if w := v.low(k); w == "that" || w == "which" || plannedAfter.has(w) || w == "to" && v.low(k+1) == "be" {
				return true
			}
		}
		return false
	}
	return false
}

// ownDate returns the date mention of sentence s nearest to an event's
// mention at [t0, t1), within dist words, that is not the date of
// another happening told after the mention ("received X, who recalled
// the memorandum signed in 2016").
func (v *view) ownDate(s, t0, t1, dist int) (*document.Mention, bool) {
	m, ok := v.nearestValue(document.Date, s, t0, t1, dist)
	if !ok {
		return nil, false
	}
	if mt0, _ := v.tokenSpan(m); mt0 >= t1 && (v.otherBetween(t0, t1, mt0, false) || v.otherEventBetween(t0, t1, mt0) || v.subordinateEventBetween(t0, t1, mt0)) {
		// the nearest after is another's; one before may still be its own
		for j := t0 - 1; j >= 0 && v.sent(j) == s && j >= t0-dist; j-- {
			if k := v.val[j]; k != 0 && v.d.Mentions[k-1].Type == document.Date && v.d.Mentions[k-1].Value != "" {
				if dl := v.d.Article.Dateline; dl != nil && v.d.Mentions[k-1].Start < dl.Span.End {
					break
				}
				return &v.d.Mentions[k-1], true
			}
		}
		return nil, false
	}
	if mt0, mt1 := v.tokenSpan(m); mt1 <= t0 && v.anotherEventsDate(t0, mt0, mt1) {
		return nil, false
	}
	return m, true
}

// timeSubordinators open a clause that tells another happening as a
// point of time: "a day after X visited Y on Tuesday".
var timeSubordinators = newWordSet(map[string]bool{"after": true, "before": true, "since": true, "until": true, "when": true})

// subordinateEventBetween reports whether a clause of time opened
// between the trigger at [t0, t1) and token j holds another event's
// mention before j: "The meeting came a day after X visited Y on
// Tuesday" dates the visit, not the meeting (event.date.other-clause).
func (v *view) subordinateEventBetween(t0, t1, j int) bool {
	own := v.evm[t0]
	for k := t1; k < j; k++ {
		if !v.in(timeSubordinators, k) {
			continue
		}
		for q := k + 1; q < j; q++ {
			if v.evm[q] != 0 && v.evm[q] != own {
				return true
			}
		}
		return false
	}
	return false
}

// anotherEventsDate reports whether the date at [mt0, mt1) before a
// trigger at t0 completes another event's trigger a few words before it
// in a clause reported by a verb of saying between the date and t0: "X
// will pay a visit to Y in January 2025, the ambassador said at a press
// conference" is the visit's date, not the press conference's
// (event.date.reported-clause).
func (v *view) anotherEventsDate(t0, mt0, mt1 int) bool {
	own := v.evm[t0]
	comma, saying := false, false
	for k := mt1; k < t0; k++ {
		if v.low(k) == "," {
			comma = true
		} else if comma && v.in(reportingVerbs, k) {
			saying = true
		}
		if v.evm[k] != 0 && v.evm[k] != own {
			return false
		}
	}
	// "arrived in Kampala on Sunday for talks with Y": the purpose of
	// the visit, whose day the date is (event.date.purpose)
	purpose := mt1 == t0-1 && v.low(t0-1) == "for"
	if !saying && !purpose {
		return false
	}
	for k := mt0 - 1; k >= 0 && k >= mt0-6 && v.sent(k) == v.sent(mt0); k-- {
		if w := v.low(k); w == "," || w == ";" {
			return false
		}
		if v.evm[k] != 0 && v.evm[k] != own {
			return true
		}
	}
	return false
}

// signVerbs say an agreement was signed: a date after one belongs to the
// signing.
var signVerbs = newWordSet(map[string]bool{"signed": true, "inked": true, "sign": true, "signs": true, "concluded": true})

// acronym reports whether a token is an acronym of two or more capital
// letters ("CPEC", "BRICS").
func acronym(t string) bool {
	if len(t) < 2 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// readingDay returns the day of reading. Tests replace it.
var readingDay = func() time.Time { return time.Now().UTC() }

// notAfterReading drops the dates of events that lie after the day of
// reading (one day of grace for time zones): an article cannot report
// that a happening took place after it was read, so such a date is an
// error of the text or of its anchor (a page id read as a publication
// date, a year that resolved forward), no date of the event. The event
// keeps the rule that dropped it (event.date.after-reading); an end
// after the day of reading is dropped alone.
func (v *view) notAfterReading() {
	limit := readingDay().AddDate(0, 0, 1).Format("2006-01-02")
	for _, e := range v.events {
		switch {
		case e.planned && e.gran == "year":
			// "Lome will host the next one in 2027": a plan dated by a
			// year written out, which never resolves forward
		case afterDay(e.date, limit):
			e.date, e.endDate, e.gran, e.dateRule = "", "", "", "event.date.after-reading"
		case afterDay(e.endDate, limit):
			e.endDate = ""
		}
	}
}

// afterDay reports whether an ISO date ("2024", "2024-05", "2024-05-14")
// lies after the ISO day limit: a year or month when it starts after it;
// a quarter or week ("2024-Q1") counts by its year. A date without a
// year ("--05-14") is after nothing.
func afterDay(date, limit string) bool {
	n := 0 // the digits and hyphens of year, month and day
	for n < len(date) && n < len(limit) && (date[n] >= '0' && date[n] <= '9' || date[n] == '-' && (n == 4 || n == 7)) {
		n++
	}
	if n < 4 || date[0] == '-' {
		return false
	}
	if date[n-1] == '-' {
		n--
	}
	return date[:n] > limit[:n]
}

// leadFuture are the words that make the lead of a wire story tell a
// coming happening: "X will visit Y", "is to hold", "plans to".
var leadFuture = newWordSet(map[string]bool{"will": true, "would": true, "shall": true, "plans": true, "plan": true, "planned": true,
	"intends": true, "expected": true, "scheduled": true, "upcoming": true, "forthcoming": true, "next": true, "set": true})

// datelineLead dates the undated events the lead of a dated wire story
// tells as done by the dateline's day: "MOSCOW, September 14. /TASS/. X
// said at the opening of a BRICS Media Summit", "... TASS has signed an
// agreement with Y during a session of its council"
// (event.date.dateline-lead). A lead that tells of something coming
// dates nothing.
func (v *view) datelineLead() {
	dl := v.d.Article.Dateline
	if dl == nil || len(dl.Date) != len("2006-01-02") || dl.Span.End == 0 {
		return // no dateline in the text: no wire story's lead
	}
	lead := -1
	for s := range v.d.Sentences {
		st0, st1 := v.sentenceTokens(s)
		words := 0
		for j := st0; j < st1; j++ {
			if v.toks[j].Start >= dl.Span.End && v.isWord(j) {
				words++
			}
		}
		if words >= 6 {
			lead = s
			break
		}
	}
	if lead < 0 {
		return
	}
	st0, st1 := v.sentenceTokens(lead)
	for j := st0; j < st1; j++ {
		if w := v.low(j); leadFuture.has(w) || w == "to" && v.low(j+1) == "be" {
			return
		}
	}
	for _, e := range v.events {
		if e.date != "" || e.planned || len(e.sents) == 0 || e.sents[0] != lead {
			continue
		}
		e.setDate(dl.Date, "day")
		e.dateRule = "event.date.dateline-lead"
	}
}

// otherRelative reports whether the ordinal at token mt0 stands in a
// relative clause (", which ... its 11th edition") whose antecedent is
// another event's mention than e's: the ordinal numbers that event
// (event.ordinal.relative).
func (v *view) otherRelative(e *event, mt0 int) bool {
	for w := mt0 - 1; w >= 2 && w >= mt0-6 && v.sent(w) == v.sent(mt0); w-- {
		if v.low(w) != "which" {
			continue
		}
		if v.low(w-1) != "," || v.evm[w-2] == 0 {
			return false
		}
		a := v.eventOfMention[v.evm[w-2]-1]
		return a != nil && a != e
	}
	return false
}
