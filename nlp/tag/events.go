// Event mentions, ordinals and attendance quantities.
//
// Constructions: named events ("China-Russia Media Forum", "Forum on
// Enhancing Integration between China and Central Asia", "Media Forum
// 2025"), not a state's standing body ("the Peruvian Congress", "the
// People's Political Consultative Conference"), nor a quoted theme ("the
// theme of the forum was “Building Media Bridges”") or a headline's verb
// in Title Case ("President X Talks Peace", "Forum on Y Opens in Z" is
// the "Forum on Y"); trigger nouns of the
// lexicon, not in another sense (a not_object: "a missile launch"; a
// response or signal: "the warm reception of K-pop"; a place or thing:
// "meeting rooms", "the summit venue", "visit exchanges", "the summit
// declaration", "the forum secretariat", "the summit process"; a part before
// or after: "pre-summit workshops"; a participle: "media professionals
// gathering in Alofi", "editors are gathering in Alofi"; a legislature
// or party: "to inform Congress of the sale", "Congress sources"); a
// programme numbered as an edition ("the third CAPC program", "its 2017
// programme"); event verbs, "received"/"welcoming"/"hosted" only with
// a person or a delegation as object ("received Wednesday a delegation
// of Xinhua", "hosted Ugandan ambassador John Okello", a lower-case
// title allowed), "was received by" only with a person, "called on" only as a call, not an appeal ("called on the
// agencies to step up ..."); ordinals ("13th", "sixth", "twenty-first",
// "the 9 th" with its suffix set apart) and attendance ("more than 40
// representatives").

package tag

import (
	"strconv"
	"strings"

	"github.com/mediakg/mediakg/nlp/dates"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// quote and dash tokens may sit inside an event name
// ("“Central Asia – China” Media Forum").
var nameMarks = map[string]bool{"“": true, "”": true, "\"": true, "«": true, "»": true, "–": true, "—": true, "-": true, "‘": true, "’": true}

// eventWord reports whether token i can be a word of an event's name.
func (t *Tagger) eventWord(v *view, i int) bool {
	if i < 0 || i >= len(v.toks) {
		return false
	}
	if _, ok := v.entityAt(i); ok {
		return true
	}
	if !v.isCap(i) || !v.isWord(i) {
		return false
	}
	if v.gate[i]&bitStopCap != 0 {
		return false
	}
	_, isOrd := t.ordinal(v, i)
	return !isOrd
}

// events tags named events ("China-Russia Media Forum", "Forum on
// Enhancing Integration between China and Central Asia", "Media Forum
// 2025") and event trigger nouns ("video conference", "talks").
func (t *Tagger) events(v *view) {
	v.named = grow(v.named, len(v.toks))
	named := v.named
	for h := 0; h < len(v.toks); h++ {
		if !v.isCap(h) {
			continue
		}
		if v.gate[h]&bitNamedHead == 0 {
			continue
		}
		typ, ok := t.lex.NamedHeads[v.low(h)]
		if !ok {
			continue
		}
		if c, ok := v.entityAt(h); ok && c.m.Type == document.Organization {
			continue
		}
		s := h
		for s > 0 && v.sent(s-1) == v.sent(h) {
			if t.eventWord(v, s-1) {
				s--
				continue
			}
			// an acronym in parentheses inside the name: "China-Latin
			// America and Caribbean (LAC) Media Cooperation Forum"
			if v.tok(s-1) == ")" && v.tok(s-3) == "(" && s-3 > 0 && (v.acronym(s-2) || v.ent[s-2] != 0) && t.eventWord(v, s-4) {
				s -= 3
				continue
			}
			if nameMarks[v.tok(s-1)] && (t.eventWord(v, s-2) || nameMarks[v.tok(s-2)]) {
				s--
				continue
			}
			if (v.low(s-1) == "and" || v.low(s-1) == "of" || v.low(s-1) == "for") && t.eventWord(v, s-2) && s-1 > 0 {
				s -= 2
				continue
			}
			break
		}
		// "Photo: Courtesy of X Media Forum": a credit's words do not
		// start a name (pat.event.named.credit)
		if s+2 < h && v.low(s) == "courtesy" && v.low(s+1) == "of" {
			s += 2
		}
		// opening quotes and dashes do not start a name
		for s < h && nameMarks[v.tok(s)] && v.tok(s) != "“" && v.tok(s) != "«" {
			s++
		}
		if s < h && (v.tok(s) == "“" || v.tok(s) == "«") {
			// keep an opening quote only when its closing one is inside
			closed := false
			for k := s + 1; k < h; k++ {
				if v.tok(k) == "”" || v.tok(k) == "»" {
					closed = true
				}
			}
			if !closed {
				s++
			}
		}
		e := h + 1
		right := false
		if p := v.low(e); (p == "on" || p == "of" || p == "for" || p == "between") && v.sent(e) == v.sent(h) {
			k := e + 1
			if v.low(k) == "the" {
				k++
			}
			if t.eventWord(v, k) {
				k++
				for k < len(v.toks) && v.sent(k) == v.sent(h) {
					if headlineVerbs[v.low(k)] && v.isCap(k) {
						// "Forum on X Media Cooperation Opens in Y": a
						// headline's verb in Title Case (pat.event.named.headline-verb)
						break
					}
					if t.eventWord(v, k) {
						k++
						continue
					}
					if (v.low(k) == "and" || v.low(k) == "of" || v.low(k) == "between" || v.low(k) == "for" || v.low(k) == "on" || nameMarks[v.tok(k)]) && t.eventWord(v, k+1) {
						k += 2
						continue
					}
					break
				}
				e = k
				right = true
			}
		}
		if s == h && !right {
			continue
		}
		if !right && v.low(h) == "congress" && countryBody(v, s, h) || standingBody(v, s, e) {
			continue
		}
		if themeQuoted(v, s) || personVerb(v, s, h) {
			// a theme in quotes ("under the theme “Building Media
			// Bridges”", pat.event.named.theme) or a headline's verb after
			// a person ("President Y Talks Peace at Z",
			// pat.event.named.headline-verb) names no event, and its head
			// is no trigger either
			for k := s; k < e; k++ {
				named[k] = true
			}
			h = e - 1
			continue
		}
		// a year right before the name belongs to it: "the 2024 China-LAC
		// Media Cooperation Forum"
		if y := v.tok(s - 1); len(y) == 4 && v.sent(s-1) == v.sent(h) {
			if _, ok := dates.Digits(y); ok {
				s--
			}
		}
		// a year right after the name belongs to it: "Media Forum 2025"
		nameEnd := e
		if _, ok := dates.Digits(v.tok(e)); ok && len(v.tok(e)) == 4 && v.sent(e) == v.sent(h) {
			e++
		}
		name := cleanName(v.body[v.toks[s].Start:v.toks[nameEnd-1].End])
		m := document.Mention{Type: document.EventType, Kind: typ, Name: name, Rule: "pat.event.named", Confidence: 0.9}
		v.add(cand{m: m, t0: s, t1: e, layer: layerEvent, prio: 2})
		for k := s; k < e; k++ {
			named[k] = true
		}
		h = e - 1
	}
	mask := lexicon.Bits(&t.lex.EventTriggers, &t.lex.EventVerbs)
	// an event starts at a trigger or verb of the lexicon, or a programme
	progs := v.cues[cueProgramme]
	for i := v.nextOf(0, mask, &progs); i < len(v.toks); i = v.nextOf(i+1, mask, &progs) {
		if !named[i] && t.editionProgramme(v, i) {
			m := document.Mention{Type: document.EventType, Kind: "exchange_program", Rule: "lex.event.programme", Confidence: 0.6}
			v.add(cand{m: m, t0: i, t1: i + 1, layer: layerEvent, prio: 1})
			continue
		}
		if named[i] || !lexicon.May(v.gate[i], mask) {
			continue
		}
		val, n, ok := v.match(&t.lex.EventTriggers, i)
		if !ok {
			if vv, vn, ok := v.match(&t.lex.EventVerbs, i); ok {
				// "the soon-to-be-inaugurated China Desk", "a newly-launched
				// channel": a participle inside a compound modifier
				compound := v.tok(i-1) == "-" && v.toks[i-1].End == v.toks[i].Start
				if compound || t.otherSense(v, vv, i, vn) || vn == 1 && receiveVerb(v.low(i)) && receivedPerson(v, i+1) < 0 && !receivedDelegation(v, i+1) && !receivedInOffice(v, i+1) && !(v.low(i) == "received" && v.low(i+1) == "by" && receivedPerson(v, i+2) >= 0) ||
					vn == 3 && v.low(i+2) == "by" && receivedPerson(v, i+3) < 0 || urged(v, i, vn) {
					i += vn - 1
					continue
				}
				m := document.Mention{Type: document.EventType, Kind: t.lex.EventTypes[vv].Type, Value: "verb", Rule: "lex.event.verb", Confidence: 0.7}
				v.add(cand{m: m, t0: i, t1: i + vn, layer: layerEvent, prio: 1})
				i += vn - 1
			}
			continue
		}
		if c, ok := v.entityAt(i); ok && c.m.Type == document.Organization {
			continue
		}
		typ, plural := lexicon.EventTrigger(val)
		if t.otherSense(v, typ, i, n) || responseSense(v, i, n) || placeNouns[v.low(i+n)] || treatySense(v, i, n) || n == 1 && (v.low(i) == "training" || v.low(i) == "dialogue") && !trainingHeld(v, i) || n == 1 && v.low(i) == "course" && !t.ordinalCourse(v, i) && !spanCourse(v, i) && !heldCourse(v, i) && !trainingHeld(v, i) || n == 1 && v.low(i) == "awards" && !awardsHeld(v, i) ||
			v.tok(i-1) == "-" && (v.low(i-2) == "pre" || v.low(i-2) == "post") || participleGathering(v, i, n) || t.legislature(v, i, n) ||
			quotedTitle(v, i, n) || roleAs(v, i) || meetingNeeds(v, i, n) {
			// "pre-summit workshops", "post-forum coverage"
			i += n - 1
			continue
		}
		m := document.Mention{Type: document.EventType, Kind: t.lex.EventTypes[typ].Type, Rule: "lex.event.trigger", Confidence: 0.8}
		if vv, vn, ok := t.lex.EventVerbs.MatchIDs(v, v.ids, i); ok && vn >= n {
			// "visits" is a noun after "the", a verb after a name
			if !definiteBefore(v, i) {
				m.Kind, m.Value, m.Rule, m.Confidence = t.lex.EventTypes[vv].Type, "verb", "lex.event.verb", 0.7
				v.add(cand{m: m, t0: i, t1: i + vn, layer: layerEvent, prio: 1})
				i += vn - 1
				continue
			}
		}
		if plural {
			m.Value = "plural"
		}
		v.add(cand{m: m, t0: i, t1: i + n, layer: layerEvent, prio: 1})
		i += n - 1
	}
}

// ordinalCourse reports an ordinal right before a bare "course" at token
// i, after "a" or "the": "A second course is planned in Cusco", "the
// third course" (tag.event.ordinal-course); "of course", "the course of
// talks" and "a course in data journalism" are no happening.
func (t *Tagger) ordinalCourse(v *view, i int) bool {
	if courseModifiers[v.low(i-1)] {
		i-- // "A first joint course on election coverage"
	}
	if _, ok := t.ordinals[v.low(i-1)]; !ok {
		return false
	}
	d := v.low(i - 2)
	return d == "a" || d == "the" || d == "its" || d == "their"
}

// awardsHeld reports whether a bare "awards" at token i is a ceremony
// (tag.event.awards-held): a verb of holding right after it, or after a
// comma ("the media awards held at the Grand Hotel on Saturday", "the
// awards, held on Thursday night", "next year's awards are to be hosted
// by X"); "won two awards", "the awards went to", "the awards were
// presented to" are prizes.
func awardsHeld(v *view, i int) bool {
	if v.low(i-1) == "the" && v.low(i-2) == "of" {
		return false // "the 13th edition of the awards was held": the edition is the subject
	}
	if v.isCap(i) {
		// "the 14th Southern African Media Excellence Awards, held at a
		// gala dinner": a name with its ordinal, left to the named
		// patterns
		return false
	}
	j := i + 1
	if v.low(j) == "," {
		j++
	}
	switch v.low(j) {
	case "held", "hosted", "staged":
		return true
	case "took":
		return v.low(j+1) == "place"
	case "was", "were", "are", "is", "will":
		k := j + 1
		if v.low(k) == "to" || v.low(k) == "be" {
			k++
		}
		if v.low(k) == "be" {
			k++
		}
		switch v.low(k) {
		case "held", "hosted", "staged":
			return true
		}
	}
	return false
}

// courseRunVerbs after ", which" tell a course or a training under way
// or over: "the course, which started on Monday".
var courseRunVerbs = map[string]bool{"started": true, "starts": true, "began": true, "begins": true, "opened": true, "opens": true, "ended": true, "ends": true, "closed": true, "closes": true, "runs": true, "ran": true, "lasted": true, "lasts": true}

// courseModifiers may stand between an ordinal and a bare "course":
// "the first joint course", "a second online course".
var courseModifiers = map[string]bool{"joint": true, "short": true, "special": true, "online": true, "intensive": true}

// courseStops end the words of a course's subject before it: "a
// two-week stay and course" is no span of the course; "a six-month
// certificate course", "a one-month diploma course" are programmes of
// study, no happening.
var courseStops = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true, "on": true, "for": true, "to": true, "with": true, "certificate": true, "diploma": true, "degree": true, "postgraduate": true, "undergraduate": true, "master's": true, "masters": true, "accredited": true}

// spanUnits after a number and a hyphen give a happening its length:
// "a two-week course", "a three-day training".
var spanUnits = map[string]bool{"day": true, "week": true, "month": true}

// spanCourse reports a length right before a bare "course" at token i,
// after "a" or "the": "will attend a two-week course on mobile
// journalism", "a month-long course" (tag.event.span-course); "a course
// in data journalism" is an offer, no happening.
func spanCourse(v *view, i int) bool {
	// "a three-month video journalism course": up to two lower-case
	// words of its subject between the length and "course"
	for k := 0; k < 2 && v.isWord(i-1) && !v.isCap(i-1) && !spanUnits[v.low(i-1)] && v.low(i-1) != "long" && !courseStops[v.low(i-1)]; k++ {
		i--
	}
	j := i - 1
	switch w := v.low(j); {
	case spanUnits[w] && v.low(j-1) == "-":
		j -= 3 // "two - week"
	case w == "long" && v.low(j-1) == "-" && spanUnits[v.low(j-2)]:
		j -= 3 // "week - long"
	default:
		return false
	}
	d := v.low(j)
	return d == "a" || d == "the"
}

// headlineVerbs are the verbs a headline in Title Case puts right after
// an event's name: "The 5th Forum on X Opens in Y".
var headlineVerbs = map[string]bool{"opens": true, "begins": true, "starts": true, "kicks": true, "closes": true, "concludes": true, "ends": true, "wraps": true, "held": true, "commences": true}

// themeWords before an opening quote make the quoted words a theme or a
// slogan, not a name: "the theme of the forum was “...”", "under the theme
// of “...”", "themed “...”", "the motto “...”".
var themeWords = map[string]bool{"theme": true, "themed": true, "motto": true, "slogan": true, "subject": true}

// themeQuoted reports whether the name starting at token s lies inside a
// quote that a theme word opens ("The theme of the forum was “Lakes and
// Rivers: Building Media Bridges for All”"; pat.event.named.theme).
func themeQuoted(v *view, s int) bool {
	q := -1
	for k := s; k >= 0 && k > s-16 && v.sent(k) == v.sent(s); k-- {
		switch v.tok(k) {
		case "”", "»":
			if k < s {
				return false
			}
		case "“", "«", "\"":
			q = k
		}
		if q >= 0 {
			break
		}
	}
	if q < 0 {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-6 && v.sent(k) == v.sent(q); k-- {
		if themeWords[v.low(k)] {
			return true
		}
	}
	return false
}

// personVerb reports whether the head h of a name starting at s is a
// headline's verb in Title Case right after a person's name: "President
// Peter Kamau Talks Peace in Nairobi", "Kamau Visits Lakeside Radio"
// (pat.event.named.headline-verb).
func personVerb(v *view, s, h int) bool {
	if s >= h || !strings.HasSuffix(v.low(h), "s") {
		return false
	}
	c, ok := v.entityAt(h - 1)
	return ok && c.m.Type == document.Person && c.t1 == h
}

// countryBody reports whether tokens [s, h) before a named head are only
// a country and the words of a state body's name: "the Peruvian
// Congress", "Brazil's National Congress" name a legislature, not a
// conference ("World Media Congress", "the 5th China-Africa Congress" do
// name one).
func countryBody(v *view, s, h int) bool {
	country := false
	for k := s; k < h; k++ {
		if c, ok := v.entityAt(k); ok && c.m.Type == document.Country {
			country = true
			k = c.t1 - 1
			continue
		}
		switch v.low(k) {
		case "'s", "national", "federal":
			continue
		}
		return false
	}
	return country
}

// standingBody reports whether the name at tokens [s, e) is a state's
// standing body rather than a gathering: "the Chinese People's Political
// Consultative Conference", "the National People's Congress".
func standingBody(v *view, s, e int) bool {
	for k := s; k < e; k++ {
		switch v.low(k) {
		case "consultative":
			return true
		case "people's", "people’s":
			if v.low(e-1) == "congress" {
				return true
			}
		}
	}
	return false
}

// objectEnds end the object phrase of a trigger that otherSense reads:
// prepositions other than "of", conjunctions and relatives.
var objectEnds = map[string]bool{
	"on": true, "against": true, "at": true, "in": true, "into": true, "from": true, "to": true,
	"toward": true, "towards": true, "with": true, "by": true, "for": true, "after": true,
	"before": true, "during": true, "and": true, "or": true, "but": true, "that": true,
	"which": true, "who": true, "while": true, "as": true, "since": true, "over": true,
}

// passiveSubjectNot reports whether the subject of a passive whose
// auxiliary stands at token b names a not_object of et: the words from
// the clause's start (the sentence's, or after a comma or semicolon) up
// to the first preposition, relative or participle ("A 146-kilometre
// asphalt road connecting two towns was inaugurated on Monday", not "The
// channel covering the war was launched", tag.event.passive-not-object).
func (t *Tagger) passiveSubjectNot(v *view, et *lexicon.EventType, b int) bool {
	c := b - 1
	for ; c >= 0 && c > b-25 && v.sent(c) == v.sent(b); c-- {
		if w := v.low(c); w == "," || w == ";" || w == ":" {
			break
		}
	}
	for j := c + 1; j < b; j++ {
		w := v.low(j)
		if objectEnds[w] || w == "of" || len(w) > 4 && strings.HasSuffix(w, "ing") {
			return false
		}
		if et.NotObject(w) {
			return true
		}
	}
	return false
}

// otherSense reports whether the words next to the trigger at tokens
// [i, i+n) show a sense of it that names no event of type typ (the type's
// not_objects): such a noun right before the trigger ("a missile
// launch") or in its object, the next six words up to punctuation or a
// preposition other than "of" ("launched a wave of airstrikes", "the
// launch of two rockets"; not "launched a channel on attacks").
func (t *Tagger) otherSense(v *view, typ, i, n int) bool {
	et := &t.lex.EventTypes[typ]
	if len(et.NotObjects) == 0 {
		return false
	}
	if v.sent(i-1) == v.sent(i) && et.NotObject(v.low(i-1)) {
		return true
	}
	if b := v.low(i - 1); (b == "was" || b == "were" || b == "been" || b == "be" || b == "is" || b == "are") && t.passiveSubjectNot(v, et, i-1) {
		return true
	}
	for j := i + n; j < i+n+6 && v.sent(j) == v.sent(i); j++ {
		low := v.low(j)
		if et.NotObject(low) {
			return true
		}
		if objectEnds[low] {
			return false
		}
		// words, numbers ("200 drones"), hyphens and a quote that opens
		// the object ("launched “a targeted operation”") go on; other
		// punctuation ends the object
		if c := low[0]; !v.isWord(j) && !(c >= '0' && c <= '9') && low != "-" && !(j == i+n && openQuotes[low]) {
			return false
		}
	}
	return false
}

// heldCourse reports a bare "course" at token i that a verb of holding
// takes as its object: "agreed to hold a course on digital journalism
// in Havana", "will organise a joint course for editors"
// (tag.event.held-course); "offers a course in data journalism" is an
// offer.
func heldCourse(v *view, i int) bool {
	a, vb := v.low(i-1), v.low(i-2)
	if a == "joint" || a == "short" || a == "special" {
		a, vb = v.low(i-2), v.low(i-3)
	}
	if a != "a" && a != "an" {
		return false
	}
	switch vb {
	case "hold", "holds", "held", "holding", "organise", "organize", "organises", "organizes", "organised", "organized", "conduct", "conducts", "conducted":
		return true
	}
	return false
}

// trainingHeld reports whether a bare "training" or "dialogue" at token
// i is a happening (tag.event.training-held): a verb of holding follows it in
// its clause within thirteen words ("a similar training for reporters would be
// held in Kano in September", "the training took place in Dakar"), or
// a participle right after a comma ("the first such training, held in
// 2019,");
// "provided training to 500 journalists" is an activity.
func trainingHeld(v *view, i int) bool {
	// "will hold a training for regulatory staff in Kigali": the object
	// of a verb of holding (tag.event.training-held)
	a, vb := v.low(i-1), v.low(i-2)
	if a == "joint" || a == "special" || a == "short" {
		// "would hold a joint training for camera operators"
		a, vb = v.low(i-2), v.low(i-3)
	}
	if a == "a" || a == "an" {
		switch vb {
		case "hold", "holds", "held", "holding", "organise", "organize", "organises", "organizes", "organised", "organized", "conduct", "conducts", "conducted":
			return true
		}
	}
	for j := i + 1; j < i+14 && v.sent(j) == v.sent(i); j++ {
		switch w := v.low(j); w {
		case ",", "and":
			// "the first such training, held in 2019, had produced":
			// a participle of holding right after the comma
			if j == i+1 && w == "," {
				switch v.low(j + 1) {
				case "held", "organized", "organised", "conducted":
					return true
				case "which":
					// "The course, which started on Monday at the
					// university," (tag.event.training-held)
					if courseRunVerbs[v.low(j+2)] || v.low(j+2) == "took" && v.low(j+3) == "place" || v.low(j+2) == "was" && v.low(j+3) == "held" {
						return true
					}
				}
			}
			// a list of names goes on ("editors from Senegal, Cote
			// d'Ivoire and Cameroon"), a clause does not
			if !v.isCap(j + 1) {
				return false
			}
		case ";", ":", "which", "that":
			return false
		case "held", "organized", "organised", "conducted":
			p := v.low(j - 1)
			if p == "also" {
				p = v.low(j - 2) // "a media dialogue was also held"
			}
			return p == "be" || p == "was" || p == "were" || p == "been"
		case "took", "take", "takes", "taking":
			return v.low(j+1) == "place"
		}
	}
	return false
}

// treatySense reports whether the trigger "convention" at tokens [i, i+n)
// is a treaty, not a gathering (tag.event.treaty): "the Convention on the
// Rights of the Child", "the convention against torture", "ratified the
// convention", "the Geneva Conventions", "under the convention".
func treatySense(v *view, i, n int) bool {
	w := v.low(i + n - 1)
	if w != "convention" && w != "conventions" {
		return false
	}
	if a := v.low(i + n); a == "on" || a == "against" || a == "for" || a == "of" || a == "'s" || a == "’s" {
		return true
	}
	// "the Convention contributes to ...": a bare capitalized Convention
	// after a determiner is the document a text calls so
	if p := v.low(i - 1); n == 1 && v.isCap(i) && (p == "the" || p == "this" || p == "that") {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4 && v.sent(j) == v.sent(i); j-- {
		if treatyCues[v.low(j)] {
			return true
		}
	}
	return false
}

// treatyCues before "convention" make it a treaty.
var treatyCues = map[string]bool{
	"ratified": true, "ratify": true, "ratifies": true, "ratifying": true, "ratification": true,
	"signatory": true, "signatories": true, "under": true, "un": true, "geneva": true, "hague": true,
	"vienna": true, "berne": true, "bern": true, "unesco": true, "international": true, "european": true,
	"acceded": true, "accede": true, "accession": true, "violate": true, "violated": true, "violates": true,
	"violation": true, "violations": true, "breach": true, "framework": true,
}

// openQuotes open a quotation.
var openQuotes = map[string]bool{"“": true, "\"": true, "‘": true, "«": true, "'": true}

// urged reports whether the verb "called on" at tokens [i, i+n) asks
// someone to act ("called on the two agencies to step up cooperation")
// rather than pays a call: a "to" before a lower-case word follows in its
// clause.
func urged(v *view, i, n int) bool {
	if v.low(i+n-1) != "on" || (v.low(i+n-2) != "called" && v.low(i+n-2) != "calls" && v.low(i+n-2) != "call") {
		return false
	}
	for j := i + n; j < i+n+20 && v.sent(j) == v.sent(i) && v.low(j) != ";"; j++ {
		if v.low(j) != "to" {
			continue
		}
		k := j + 1
		if nameMarks[v.tok(k)] {
			k++ // "to ‘deter this aggression’"
		}
		if v.isWord(k) && !v.isCap(k) && v.low(k) != "the" {
			return true
		}
	}
	return false
}

// placeNouns after a trigger make it a modifier of a place or thing:
// "meeting rooms", "conference hall", "the summit venue", "visit
// exchanges", "the visit programme", "the summit declaration", "the
// summit process".
var placeNouns = map[string]bool{
	"exchange": true, "exchanges": true, "programme": true, "programmes": true, "program": true, "programs": true,
	"plan": true, "plans": true,
	"room": true, "rooms": true, "hall": true, "halls": true, "venue": true, "venues": true,
	"point": true, "points": true, "place": true, "places": true, "facility": true, "facilities": true,
	"centre": true, "center": true, "centres": true, "centers": true, "space": true, "spaces": true,
	"package": true, "packages": true, "schedule": true, "schedules": true, "table": true, "tables": true,
	// a document or body of the happening, not the happening told (rule
	// tag.event.document-modifier): "the summit declaration", "the forum
	// secretariat", "the meeting agenda"
	"declaration": true, "declarations": true, "communique": true, "communiqué": true, "consensus": true,
	"secretariat": true, "secretariats": true, "agenda": true, "agendas": true, "charter": true,
	"resolution": true, "resolutions": true, "statement": true, "statements": true,
	// the series or machinery of such happenings, no one of them (rule
	// tag.event.process-modifier): "the summit process", "the forum
	// mechanism"
	"process": true, "processes": true, "mechanism": true, "mechanisms": true,
}

// participleGathering reports whether "gathering" at token i is a verb:
// after a plural noun or a number ("media professionals gathering in
// Alofi") or a form of "be" ("editors are gathering in Alofi", rule
// tag.event.gathering-verb), not after a determiner or an adjective ("a
// gathering of editors", "the annual gathering").
func participleGathering(v *view, i, n int) bool {
	if n != 1 || v.low(i) != "gathering" {
		return false
	}
	p := v.low(i - 1)
	if _, num := number(p); num || beForms[p] {
		return true
	}
	// "opened on Monday, gathering about 600 journalists": a participle
	// after a comma with a count or "together" after it
	// (tag.event.participle-gathering)
	if q := v.low(i + 1); p == "," && (quantityWords[q] || q == "together") {
		return true
	}
	if _, num := number(v.low(i + 1)); p == "," && num {
		return true
	}
	return v.isWord(i-1) && !v.isCap(i-1) && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ous") && !strings.HasSuffix(p, "ss") && p != "its" && p != "this" && p != "his"
}

// quantityWords before a count: "gathering about 600 journalists".
var quantityWords = map[string]bool{"about": true, "some": true, "around": true, "nearly": true, "almost": true, "over": true, "more": true, "up": true, "roughly": true, "approximately": true}

// quotedTitle reports whether the capitalised trigger at [i, i+n) is all
// a quotation holds: the title of a programme, a show or a column ("the
// weekly talk show “Summit”"), not a happening (tag.event.quoted-title).
func quotedTitle(v *view, i, n int) bool {
	if !v.isCap(i) || !openQuotes[v.tok(i-1)] || v.sent(i-1) != v.sent(i) {
		return false
	}
	c := v.tok(i + n)
	return c == "”" || c == "\"" || c == "»" || c == "’" || c == "'"
}

// needNouns after the gerund "meeting" make it the verb "meet" of a
// need: "described as meeting the needs of both audiences".
var needNouns = map[string]bool{"needs": true, "need": true, "demand": true, "demands": true, "requirements": true, "expectations": true, "standards": true, "criteria": true, "targets": true, "goals": true, "deadline": true, "obligations": true, "aspirations": true}

// meetingNeeds reports whether "meeting" at token i is the gerund of
// meeting a need, with "the" or a possessive at most before the need
// noun (tag.event.meeting-needs).
func meetingNeeds(v *view, i, n int) bool {
	if n != 1 || v.low(i) != "meeting" {
		return false
	}
	j := i + 1
	switch v.low(j) {
	case "the", "its", "their", "our", "his", "her", "these", "those", "all":
		j++
	}
	return needNouns[v.low(j)]
}

// roleAs reports whether the trigger at token i, after "as a" or "as an"
// and at most one lower-case word, names a role rather than a happening:
// "describes itself as a forum for regulators", "serves as a regional
// forum" (tag.event.role-as, after roleVerbs); "was held as a video
// conference" and "started in 2023 as a media forum" keep their event.
func roleAs(v *view, i int) bool {
	j := i - 1
	if w := v.low(j); w != "a" && w != "an" {
		j--
	}
	if w := v.low(j); (w != "a" && w != "an") || v.low(j-1) != "as" || v.sent(j-1) != v.sent(i) {
		return false
	}
	if j == i-2 && (v.isCap(i-1) || !v.isWord(i-1)) {
		return false
	}
	return roleVerbs[v.low(j-2)]
}

// roleVerbs before "as a" make the trigger after it a role: "describes
// itself as a forum", "serves as a forum", "was designed as a platform";
// "what started in 2023 as a media forum" tells a happening.
var roleVerbs = map[string]bool{
	"itself": true, "themselves": true, "serve": true, "serves": true, "served": true, "serving": true,
	"act": true, "acts": true, "acted": true, "acting": true, "function": true, "functions": true,
	"functioned": true, "regarded": true, "seen": true, "viewed": true, "considered": true,
	"described": true, "known": true, "designed": true, "conceived": true, "intended": true,
	"positioned": true, "established": true, "recognised": true, "recognized": true,
}

// broadcastWords after a numbered programme make it a broadcast.
var broadcastWords = map[string]bool{"air": true, "aired": true, "airs": true, "broadcast": true, "broadcasts": true, "screened": true, "televised": true, "episode": true, "episodes": true, "listeners": true, "viewers": true}

// editionProgramme reports whether token i is "programme" or "program"
// numbered as an edition by an ordinal or a year before it, with only
// capitalised words or acronyms between (rule lex.event.programme): "the
// third CAPC program", "its 2017 program", "For the 2019 programme". A
// programme so numbered is one run of a journalists' exchange or
// training; "the first joint TV programme" and "news programmes" are
// none.
func (t *Tagger) editionProgramme(v *view, i int) bool {
	if w := v.low(i); w != "programme" && w != "program" {
		return false
	}
	// "The first programme is expected on air in March", "the first
	// programme will be broadcast on Sunday": a broadcast, no exchange
	// (tag.event.programme-broadcast)
	for j := i + 1; j < len(v.toks) && j <= i+6 && v.sent(j) == v.sent(i); j++ {
		if broadcastWords[v.low(j)] {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4 && v.sent(j) == v.sent(i); j-- {
		if _, ok := t.ordinal(v, j); ok {
			return true
		}
		if y := v.tok(j); len(y) == 4 {
			if n, ok := dates.Digits(y); ok && n >= 1950 && n <= 2100 {
				return true
			}
		}
		if !v.isCap(j) {
			return false
		}
	}
	return false
}

// beForms before a participle make it a verb: "are gathering".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'re": true, "’re": true}

// legislature reports whether the one-word trigger "Congress" at tokens
// [i, i+n) names a standing body, a legislature or a party, rather than
// a gathering (rule tag.event.congress-body): written with a capital,
// with no indefinite article or ordinal before it and no "of", "on" or
// "for" before a capitalised name of its members or theme after it ("to
// inform Congress of the sale", "Congress sources said", "looked to the
// Congress for authorization"). "a congress of journalists", "the 15th
// Congress", "the Congress of Lakeside Journalists" and named ones
// ("World Media Congress", tagged as names) stay gatherings.
func (t *Tagger) legislature(v *view, i, n int) bool {
	if n != 1 || v.low(i) != "congress" || !v.isCap(i) {
		return false
	}
	switch v.low(i + 1) {
	case "of", "on", "for":
		j := i + 2
		if w := v.low(j); w == "the" || w == "a" || w == "an" {
			j++
		}
		if v.isCap(j) {
			return false // "the Congress of Lakeside Journalists"
		}
	}
	p := i - 1
	if v.low(p) == "the" {
		p--
	}
	if w := v.low(p); w == "a" || w == "an" {
		return false
	}
	_, ord := t.ordinal(v, p)
	return !ord
}

// responseWords before "reception" make it the way something was
// received ("the warm reception of K-pop"), not a gathering.
var responseWords = map[string]bool{
	"warm": true, "enthusiastic": true, "positive": true, "cool": true, "good": true, "great": true,
	"mixed": true, "hearty": true, "cordial": true, "favourable": true, "favorable": true,
	"lukewarm": true, "rapturous": true, "hostile": true, "friendly": true, "public": true,
	"audience": true, "signal": true, "satellite": true, "television": true, "tv": true, "radio": true,
}

// responseSense reports whether the trigger "reception" at tokens [i,
// i+n) is a response or a signal rather than a gathering: after one of
// responseWords, or with an "of" object ("the reception of Korean
// culture"); "a reception for the delegation" is a gathering.
func responseSense(v *view, i, n int) bool {
	if n != 1 || v.low(i) != "reception" {
		return false
	}
	return responseWords[v.low(i-1)] || v.low(i+1) == "of"
}

// premisesWords after "in his" name where a visitor is received: "received
// in his office on Wednesday the Director General of X".
var premisesWords = map[string]bool{"office": true, "offices": true, "residence": true, "headquarters": true, "premises": true, "chambers": true}

// receivedInOffice reports a titled person as the object of "received"
// right before token j after the host's premises and words of time:
// "received in his office on Wednesday the Director General of the X
// Agency (XA), Mr Y" (tag.event.received-in-office). Between "the" and
// the person only capitalised words, names, "of", "the", commas and
// parentheses may stand.
func receivedInOffice(v *view, j int) bool {
	w := v.low(j)
	if (w != "in" && w != "at") || !premisesWords[v.low(j+2)] {
		return false
	}
	switch v.low(j + 1) {
	case "his", "her", "their", "its", "the":
	default:
		return false
	}
	k := j + 3
	for n := 0; n < 4 && whenWords[v.low(k)] && v.sent(k) == v.sent(j); n++ {
		k++
	}
	if _, num := dates.Digits(v.low(k)); num {
		k++
	}
	if v.low(k) != "the" || !v.isCap(k+1) {
		return false
	}
	for e := k + 1; e < k+18 && v.sent(e) == v.sent(j); e++ {
		if c, ok := v.entityAt(e); ok {
			if c.m.Type == document.Person {
				return true
			}
			e = c.t1 - 1
			continue
		}
		if w := v.low(e); !(v.isCap(e) || w == "of" || w == "the" || w == "," || w == "(" || w == ")" || w == "and" || w == "mr" || w == "ms") {
			return false
		}
	}
	return false
}

// whenWords may stand between "received" and its object: "received
// Wednesday a delegation", "received here on 5 May a delegation".
var whenWords = map[string]bool{
	"on": true, "here": true, "today": true, "yesterday": true, ",": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true,
}

// receivedDelegation reports whether a delegation is the object of
// "received" right before token j, after at most four words of time:
// "received Wednesday a delegation of Xinhua", "Welcoming the TASS
// delegation".
func receivedDelegation(v *view, j int) bool {
	for k := j; k < j+8 && v.sent(k) == v.sent(j); k++ {
		w := v.low(k)
		// "received in Hanoi on December 2 a delegation of ..." (a place
		// before the day, tag.event.received-place)
		if w == "in" || w == "at" {
			if c, ok := v.entityAt(k + 1); ok && (c.m.Type == document.Place || c.m.Type == document.Country) {
				k = c.t1 - 1
				continue
			}
		}
		if w == "a" || w == "the" {
			// up to three words or a name of who sent it
			for d := k + 1; d <= k+4 && v.sent(d) == v.sent(j); d++ {
				if strings.HasPrefix(v.low(d), "delegation") {
					return true
				}
				if c, ok := v.entityAt(d); ok {
					d = c.t1 - 1
					continue
				}
				if !v.isWord(d) || objectEnds[v.low(d)] {
					break
				}
			}
			return false
		}
		if _, num := dates.Digits(w); !whenWords[w] && !num {
			return false
		}
	}
	return false
}

// lowerBetween reports whether a lower-case word other than "of", "the"
// and "and" stands in [j, k): "Rwanda next year" (not "Minister of
// Information").
func lowerBetween(v *view, j, k int) bool {
	for ; j < k; j++ {
		if w := v.low(j); v.isWord(j) && !v.isCap(j) && w != "of" && w != "the" && w != "and" {
			return true
		}
	}
	return false
}

// personStarts reports whether a person's name or an honorific before
// one starts at token k: "the Minister of Communication, Amina Juma",
// "..., Mr Peter Kamau".
func personStarts(v *view, k int) bool {
	if c, ok := v.entityAt(k); ok {
		return c.m.Type == document.Person
	}
	switch v.low(k) {
	case "mr", "ms", "mrs", "dr", "madam":
		return true
	}
	return false
}

// receiveVerb reports whether w is a bare verb of receiving a visitor
// ("received", "welcoming"), which names a meeting only with a person or
// a delegation as its object.
func receiveVerb(w string) bool {
	switch w {
	case "received", "receives", "receiving", "welcomed", "welcomes", "welcoming", "hosted", "hosts":
		return true
	}
	return false
}

// receivedPerson returns the token after the person that "received"
// right before token j has as its object, a titled or named person:
// "received Xinhua Vice President Zhou Ming", "received here President
// of Xinhua News Agency, Mr Fu Hua"; -1 when the object is no person
// ("received an award", "received a letter from President X", "received
// Putin's congratulations"). Only capitalised words, names, "of", "the",
// commas, "and" between titles and the inner words of a hyphenated one
// ("President and Editor-in-Chief") may stand before the person.
func receivedPerson(v *view, j int) int {
	if v.low(j) == "here" {
		j++
	}
	// "were received by the Director of the X Agency (XA), Mr Y": after
	// "by", a title of words, parentheses and a comma lead to the person
	// (tag.event.received-by-title)
	by := v.low(j-1) == "by"
	if by && v.low(j) == "the" && v.isCap(j+1) {
		j++
	}
	if !v.isCap(j) {
		return -1
	}
	lower := 0 // "Ugandan ambassador John Okello": a title in lower case
	reach := 12
	if by {
		reach = 16
	}
	for k := j; k < j+reach && v.sent(k) == v.sent(j); k++ {
		if c, ok := v.entityAt(k); ok {
			if c.m.Type == document.Person {
				if w := v.low(c.t1); w == "'s" || w == "’s" {
					return -1
				}
				return c.t1
			}
			k = c.t1 - 1
			continue
		}
		w := v.low(k)
		if k > j && lower < 2 && v.isWord(k) && !v.isCap(k) && !objectEnds[w] && w != "and" && !strings.HasSuffix(w, "ed") {
			lower++
			continue
		}
		if by && w == "," && lowerBetween(v, j, k) && !personStarts(v, k+1) {
			return -1 // "hosted by Rwanda next year, MCK Chief Y told"
		}
		if !(v.isCap(k) || w == "of" || w == "the" || w == "," || w == "-" || by && (w == "(" || w == ")") || w == "and" && v.isCap(k+1) || v.tok(k-1) == "-" && v.tok(k+1) == "-") {
			return -1
		}
	}
	return -1
}

// definiteBefore reports whether token i follows a determiner.
func definiteBefore(v *view, i int) bool {
	switch v.low(i - 1) {
	case "the", "a", "an", "this", "his", "her", "their", "its", "'s":
		return true
	}
	// "will hold a working meeting with", "an official visit to": a
	// determiner and a kind adjective make a noun (tag.event.noun-adjective)
	if nounAdjectives[v.low(i-1)] {
		switch v.low(i - 2) {
		case "a", "an", "the":
			return true
		}
	}
	return false
}

// nounAdjectives between a determiner and "meeting with", "visits" tell
// the kind of the happening named by the noun.
var nounAdjectives = map[string]bool{"working": true, "bilateral": true, "separate": true, "private": true,
	"official": true, "joint": true, "special": true, "brief": true, "courtesy": true}

// ordinalWords maps spelled ordinals to numbers.
func ordinalWords() map[string]int {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	m := map[string]int{}
	for i, u := range units {
		m[u] = i + 1
	}
	teens := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for i, u := range teens {
		m[u] = 10 + i
	}
	m["inaugural"] = 1
	tens := map[string]int{"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
	for k, n := range tens {
		m[k] = n
	}
	return m
}

var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// ordinal reads token i as an ordinal: "13th", "1st", "sixth", "Third".
func (t *Tagger) ordinal(v *view, i int) (int, bool) {
	low := v.low(i)
	if n, ok := t.ordinals[low]; ok {
		return n, true
	}
	if len(low) >= 3 {
		suf := low[len(low)-2:]
		if suf == "th" || suf == "st" || suf == "nd" || suf == "rd" {
			if n, ok := dates.Digits(low[:len(low)-2]); ok && n > 0 && n < 1000 {
				return n, true
			}
		}
	}
	return 0, false
}

var numberWordValues = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100,
}

// number reads token i as a cardinal: "40", "1,000", "forty".
func number(low string) (int, bool) {
	if n, ok := numberWordValues[low]; ok {
		return n, true
	}
	if low == "" || low[0] < '0' || low[0] > '9' {
		return 0, false
	}
	if strings.IndexByte(low, ',') >= 0 {
		low = strings.ReplaceAll(low, ",", "")
	}
	return dates.Digits(low)
}

// numbers tags ordinals ("the 13th", "sixth", "twenty-first") and
// attendance quantities ("more than 40 representatives", "approximately
// 140 government officials").
func (t *Tagger) numbers(v *view) {
	modBit, numBit := t.lex.QuantityMods.Bit(), t.lex.NumberWords.Bit()
	// every ordinal or quantity starts with a digit, a number or
	// ordinal word, or a quantity modifier ("more than")
	starts := bitDigit | modBit | numBit
	for i := v.nextWith(0, starts); i < len(v.toks); i = v.nextWith(i+1, starts) {
		// "twenty-first"
		if tw, ok := tensWords[v.low(i)]; ok && v.tok(i+1) == "-" {
			if n, ok := t.ordinals[v.low(i+2)]; ok && n < 10 {
				v.add(cand{m: document.Mention{Type: document.Ordinal, Value: strconv.Itoa(tw + n), Rule: "pat.ordinal.word", Confidence: 0.9},
					t0: i, t1: i + 3, layer: layerValue, prio: 1})
				i += 2
				continue
			}
		}
		// "the 9 th session": an ordinal whose suffix the page set apart
		if n, ok := dates.Digits(v.low(i)); ok && n > 0 && n < 1000 && ordinalSuffixes[v.low(i+1)] && v.low(i-1) == "the" &&
			i+1 < len(v.toks) && v.toks[i+1].Start == v.toks[i].End+1 && v.isWord(i+2) {
			v.add(cand{m: document.Mention{Type: document.Ordinal, Value: strconv.Itoa(n), Rule: "pat.ordinal.digits", Confidence: 0.85},
				t0: i, t1: i + 2, layer: layerValue, prio: 1})
			i++
			continue
		}
		if n, ok := t.ordinal(v, i); ok {
			rule := "pat.ordinal.word"
			if v.low(i)[0] >= '0' && v.low(i)[0] <= '9' {
				rule = "pat.ordinal.digits"
			}
			v.add(cand{m: document.Mention{Type: document.Ordinal, Value: strconv.Itoa(n), Rule: rule, Confidence: 0.9},
				t0: i, t1: i + 1, layer: layerValue, prio: 1})
			continue
		}
		s := i
		j := i
		if _, n, ok := v.match(&t.lex.QuantityMods, j); ok {
			j += n
		}
		n, ok := number(v.low(j))
		if !ok {
			continue
		}
		k := j + 1
		for w := 0; w < 3; w++ {
			if _, un, ok := v.match(&t.lex.AttendanceUnits, k); ok {
				unit := v.lower[v.toks[k].Start:v.toks[k+un-1].End]
				v.add(cand{m: document.Mention{Type: document.Quantity, Value: strconv.Itoa(n), Kind: unit, Rule: "pat.quantity.attendance", Confidence: 0.85},
					t0: s, t1: k + un, layer: layerValue, prio: 1})
				i = k + un - 1
				break
			}
			// the words between number and unit modify the unit
			// ("140 government officials"); a function word ends the
			// phrase ("on May 13 with delegates" is a date, no count)
			if !v.isWord(k) || v.isCap(k) && !v.isAllCaps(k) || quantityStops[v.low(k)] {
				break
			}
			k++
		}
	}
}

// ordinalSuffixes end an ordinal in digits ("13th", "the 9 th").
var ordinalSuffixes = map[string]bool{"th": true, "st": true, "nd": true, "rd": true}

// quantityStops are function words that never stand between a number and
// the unit it counts.
var quantityStops = map[string]bool{
	"with": true, "from": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"and": true, "or": true, "for": true, "by": true, "as": true, "the": true, "a": true,
	"an": true, "than": true, "after": true, "before": true, "since": true,
}
