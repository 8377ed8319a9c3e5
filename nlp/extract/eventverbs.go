// Event verbs: which verbs tell a happening and which one. Constructions:
// event verbs ("X met Y on Monday", "X met with a delegation of Y", "X
// visited Oakridge", "X arrived in Muscat", "a delegation is visiting Y
// from 2 to 6 June" (undated after a visit told, that visit:
// event.verb.progressive), "X led a delegation to Y", "X travelled to
// Kampala on Monday", "X hosted <titled person>", "X was received by
// <titled person>", "The two ministers met in Y on Monday" (a counted
// group; after talks told, those talks, event.verb.group), "X toured Y",
// "the delegation arrived yesterday in Y", not "visited several companies"
// or "4 cities", visits counted, "ministers and accompanying delegations
// toured the headquarters of Y", "X called on Y in Islamabad", "the
// minister will (also) call on President Y", "X launched Y", "X launched
// its first overseas station" (ordinal 1), "The X Newsroom was launched in
// Brussels today", not an experience told by a perfect in a relative
// clause without a date ("those who have visited Y",
// event.verb.experiential) nor a condition without a date ("no progress
// until he met Y", "if they meet", event.verb.condition), "X received
// <titled person>", "X received Wednesday a delegation", "Receiving
// <titled person> ..., X hailed", "Welcoming the Y delegation"), not "met
// at the conference", which is taking part in it, nor "launched the X
// forum as an online event", the start of a series, nor "since its
// launch"; "the delegation visited Y" after its visit was told, "a tour of
// the agency's departments", "During a visit to Kabul University" are
// stops of that visit; a retold verb event is the same event (toldAgain),
// also in a passive with a pronoun ("the fourth time it is being
// launched"); a stay is a visit ("X, who is in Vietnam on the occasion
// of", "the team is in China for the seminar", "Mr Y was in GNA to
// introduce himself", event.visit.stay).

package extract

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// frontedDuring reports whether the event mention at token j is in a
// phrase that opens sentence (at st0) with "During", "After" or "Before"
// and a determiner: "During the visit the guests met ...".
func (v *view) frontedDuring(st0, j int) bool {
	k := j
	for k > st0 && v.evm[k-1] == v.evm[j] {
		k--
	}
	d := k - 1
	if w := v.low(d); w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || w == "this" {
		d--
	}
	if d != st0 {
		return false
	}
	switch v.low(d) {
	case "during", "after", "before":
		return true
	}
	return false
}

// verbEvent makes an event of a verb that reports one: "X met Y on
// Monday" (meeting), "X launched Y" (launch), "X visited Y" (visit). It
// needs an actor before the verb in the clause and an actor, date or place
// after it; a launch verb right after an event noun says the event began
// ("a video conference ... launched Monday") and makes none.
func (x *Extractor) verbEvent(v *view, s, k, t0, t1 int, touch func(*event)) {
	m := &v.d.Mentions[k]
	st0, st1 := v.sentenceTokens(s)
	if m.Kind == "visit" && (v.low(t0) == "is" || v.low(t0) == "are" || v.low(t0) == "was" || v.low(t0) == "were") {
		// "X, who is visiting Y for talks, ..." after the visit was
		// told: the visit under way is that one (event.verb.progressive)
		if _, dated := v.nearestValue(document.Date, s, t0, t1, 12); !dated {
			if e := v.lastCompatible("visit", "", m.Start); e != nil && e.typ == "visit" && !e.planned {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				touch(e)
				return
			}
		}
	}
	if conditional(v, s, t0) {
		if _, dated := v.nearestValue(document.Date, s, t0, t1, 12); !dated {
			// "no movement until he met Putin", "if the two ministers
			// meet": a condition, no happening told (event.verb.condition)
			return
		}
	}
	if experiential(v, t0) {
		if _, dated := v.nearestValue(document.Date, s, t0, t1, 12); !dated {
			// "those who have visited Lakeland", "journalists who have
			// met him": an experience of a kind of people, no happening
			// (event.verb.experiential)
			return
		}
	}
	if m.Kind == "launch" && (v.low(t0-1) == "was" || v.low(t0-1) == "were") &&
		(v.low(t0-2) == "since" || v.in(sinceSubjects, t0-2) && v.low(t0-3) == "since") {
		// "Since it was launched in 2002, the forum has grown": the
		// start of what the report is about, told as background, no
		// launch (event.verb.since-launched)
		return
	}
	if m.Kind == "launch" {
		// "X launched the CPEC media forum as an online event": the start
		// of a series of events, no launch of a product
		for a := t1; a < st1 && a < t1+5; a++ {
			if v.evm[a] != 0 {
				return
			}
			// "the minister inaugurated the event on Wednesday": the
			// opening of the gathering told, no launch
			// (event.verb.opened-event)
			if a == t1 && v.low(a) == "the" && v.in(eventNouns, a+1) {
				return
			}
			if w := v.low(a); !(w == "the" || w == "a" || w == "an" || v.ent[a] != 0 || v.isWord(a) && !objectEnds.has(w)) {
				break
			}
		}
	}
	if m.Kind == "meeting" && meetsAStandard(v, t1, st1) {
		// "the memorandum meets the needs of the present time", "a course
		// meeting the requirements of newsrooms": meeting a standard, no
		// gathering (event.verb.meets-standard)
		return
	}
	if m.Kind == "meeting" && (v.low(t1) == "at" || v.low(t1) == "during") {
		// "Representatives of ... met at the first ASEAN journalists'
		// conference": they took part in that gathering, no meeting of
		// their own
		for a := t1 + 1; a < st1 && a < t1+8; a++ {
			if v.evm[a] != 0 {
				return
			}
			if w := v.low(a); w == "," || w == ";" || w == "and" {
				break
			}
		}
	}
	for j := t0 - 1; j >= st0 && j >= t0-8; j-- {
		if v.evm[j] == 0 {
			continue
		}
		// "a video conference ... launched Monday" says the event began;
		// "During the visit, the minister will call on the President"
		// tells a meeting in it, after the comma of a fronted phrase,
		// also without the comma ("During the visit the guests also met
		// with the Rector", event.verb.during-fronted)
		if m.Kind == "launch" || !v.commaBetween(j, t0) && !v.frontedDuring(st0, j) {
			return
		}
		break
	}
	var subj []string
	var persons []string
	cs := v.clauseStart(s, t0)
	for j := cs; j < t0; j++ {
		km, am := v.actorAt(j)
		if am == nil {
			continue
		}
		_ = km
		_, mt1 := v.tokenSpan(am)
		if am.Type == document.Country && v.low(mt1) == "'s" {
			j = mt1 - 1
			continue
		}
		if am.Type == document.Person {
			persons = append(persons, am.EntityID)
		} else if !v.unnamedParty(am) {
			subj = append(subj, am.EntityID)
		}
		j = mt1 - 1
	}
	// "The joint initiative was launched by CMG and the ASBU", "The
	// program, launched in 2016 by the CPDA,": the agent of a passive
	by := t1
	for by < st1 && by < t1+6 && v.low(by) != "by" {
		if k2, pm := v.mention(by); !(v.val[by] != 0 || v.low(by) == "in" || v.low(by) == "on" || v.low(by) == "at" || pm != nil && !v.source[k2] && pm.Type == document.Place) {
			break
		}
		by++
	}
	if v.low(by) == "by" {
		subj, persons = nil, nil
		if g, ok := v.groupAt(by+1+boolInt(v.low(by+1) == "the"), st1, true); ok {
			for _, id := range g.ids {
				if document.IDPrefix(id) == document.PrefixPerson {
					persons = append(persons, id)
				} else {
					subj = append(subj, id)
				}
			}
		}
	}
	if len(subj)+len(persons) == 0 && cs == st0 {
		if p := v.pronounSubject(s); p != "" {
			persons = append(persons, p)
		}
	}
	if len(subj)+len(persons) == 0 {
		// "The two sides also launched a joint program"
		for j := cs; j < t0 && j < cs+3; j++ {
			if ids, _, ok := v.pairAnaphorAt(j); ok {
				subj = append(subj, ids...)
				break
			}
		}
	}
	participle := t0 == st0 && strings.HasSuffix(v.low(t0), "ing")
	if len(subj)+len(persons) == 0 && participle {
		// "Receiving X in Hanoi on November 4, PM Dung hailed ...": the
		// subject of a sentence-initial participle follows its clause
		for c := t1; c < st1 && c < t1+40; c++ {
			if v.low(c) != "," {
				continue
			}
			for k := c + 1; k < st1 && k < c+5; k++ {
				if _, am := v.actorAt(k); am != nil {
					if am.Type == document.Person {
						persons = append(persons, am.EntityID)
					} else if !v.unnamedParty(am) {
						subj = append(subj, am.EntityID)
					}
					break
				}
			}
			if len(subj)+len(persons) > 0 {
				break
			}
		}
	}
	// "the External Affairs Minister will call on President Y": a
	// meeting with a named person needs no named subject
	personObj := m.Kind == "meeting" && (v.personAfter(t1, st1) || v.receivedByPerson(t1, st1))
	// "The European Newsroom (enr), a joint project of 18 agencies, was
	// launched in Brussels today": a proper name launched
	namedLaunch := m.Kind == "launch" && (v.low(t0-1) == "was" || v.low(t0-1) == "were") &&
		(v.isCap(cs) && v.low(cs) != "the" || v.low(cs) == "the" && v.isCap(cs+1))
	// "Xinjiang delegation arrived yesterday in Tajikistan", "both
	// ministers and accompanying delegations toured the headquarters": a
	// delegation or a group of visitors makes the visit
	groupSubj, definiteGroup := false, false
	if m.Kind == "meeting" && (t0-cs == 3 && v.low(cs) == "the" && groupNumbers[v.low(cs+1)] != 0 || t0-cs == 2 && v.low(cs) == "both") && strings.HasSuffix(v.low(t0-1), "s") {
		// "The two ministers met in Kampala on Monday", "Both leaders
		// met": a group counted meets (event.verb.group)
		groupSubj = true
	}
	if m.Kind == "visit" {
		for j := cs; j < t0; j++ {
			if v.in(visitorNouns, j) {
				// "the Kazinform delegation", "the Bolivian delegation":
				// the determiner before the agency's name or an adjective
				// (event.verb.group-stop)
				groupSubj, definiteGroup = true, v.in(definiteWords, j-1) || v.low(j-1) == "accompanying" || j > cs && definiteWords.has(v.determinerBefore(s, j))
				break
			}
		}
	}
	if len(subj)+len(persons) == 0 && !participle && !personObj && !namedLaunch && !(groupSubj && len(subj) == 0) {
		// "The drama season, the fourth time it is being launched on the
		// continent, ...": a passive that tells a launch told before
		if e := x.toldAgain(v, s, t0, t1, m.Kind, nil); e != nil && e.typ == "launch" {
			e.refer(m.Span, s)
			v.eventOfMention[k] = e
			x.describe(v, e, s, t0, t1)
			touch(e)
		}
		return
	}
	var obj []string
	j := t1
	delegation := strings.HasPrefix(v.low(t1-1), "delegation")
	if delegation && (v.low(j) == "of" || v.low(j) == "from") {
		// "received a delegation of/from X"
		j++
	}
	if v.low(j) == "the" {
		j++
	}
	if _, cm := v.mention(j); delegation && cm != nil && cm.Type == document.Country {
		// "a delegation of Laos' KPL news agency": the country
		// qualifies the agency
		if _, c1 := v.tokenSpan(cm); v.low(c1) == "'s" || v.low(c1) == "'" || v.low(c1) == "’" {
			j = c1 + 1
		}
	}
	received := false // the object of a bare "received" is a person
	if t1-t0 == 1 && v.in(receiveWords, t0) || personObj {
		// "received (here) Xinhua Vice President Zhou Ming": the
		// tagger made the verb an event only with a person as object
		if v.low(j) == "here" {
			j++
		}
		for k := j; k < st1 && k < j+12; k++ {
			if _, pm := v.actorAt(k); pm != nil && pm.Type == document.Person {
				persons = append(persons, pm.EntityID)
				received = true
				break
			}
		}
	}
	leaderEnd := -1
	if g, ok := v.groupAt(j, st1, true); ok {
		obj = g.ids
		if delegation {
			// "... led by its Director General Y", "headed by Y"; the
			// place follows the leader, else the delegation
			leaderEnd = g.t1
			if p, end := v.delegationLeader(g.t1, st1); p != "" {
				persons = append(persons, p)
				leaderEnd = end
			} else if w := v.low(g.t1); w == "led" || w == "headed" {
				// an untitled leader the tagger did not know: the
				// place comes after the name
				for k := g.t1 + 2; k < st1 && k < g.t1+8; k++ {
					if w := v.low(k); w == "in" || w == "at" {
						leaderEnd = k
						break
					}
				}
			}
		}
	}
	_, hasDate := v.nearestValue(document.Date, s, t0, t1, 10)
	loc, hasLoc := v.locationNear(s, t1, 8)
	if !hasLoc && leaderEnd >= 0 {
		// "... led by its Director General Y in Hanoi on Tuesday": the
		// place follows the delegation's leader
		loc, hasLoc = v.locationNear(s, leaderEnd, 4)
	}
	// "met with a delegation of Xinjiang province": the delegation is
	// the other party; "visited Jiaxing": a proper name the tagger does
	// not know is the place or body visited
	// "The members of the delegation from Kyrgyzstan visited the podcast
	// studio": a delegation's visit is a happening wherever it goes
	named := delegation || groupSubj || m.Kind == "visit" && (v.isCap(j) && v.isWord(j) && v.sent(j) == s || v.ofActor(j, st1))
	if m.Kind != "launch" && len(obj) == 0 && !received && !hasDate && !hasLoc && !named {
		return
	}
	if !hasDate && (habitual(v, s, t0, t1) || vaguePast(v, s, t0, t1) || opportunityBefore(v, s, t0)) {
		return // "tourists visited Thailand each year", "that we launched many years ago"
	}
	if !hasDate && v.low(t0) == "will" && m.Kind == "launch" {
		return // "the agency will inaugurate a desk": a plan without a day
	}
	if !hasDate && m.Kind == "visit" && countedObject(v, t1) {
		// "The journalists also visited several leading corporations",
		// "who visited 4 cities": visits counted, no one happening
		return
	}
	e := x.toldAgain(v, s, t0, t1, m.Kind, append(append([]string{}, subj...), persons...))
	if e == nil && definiteGroup {
		// "The delegation visited the Red Boat": a stop of the visit the
		// delegation was told to make
		if d := v.lastCompatible("visit", "", m.Start); d != nil && d.typ == "visit" && !d.planned && !v.otherDay(d, s, t0, t1) {
			e = d
		}
	}
	if e == nil && groupSubj && m.Kind == "meeting" && len(subj)+len(persons) == 0 {
		// "X held talks with Y ... The two ministers met on Monday": the
		// talks or meeting told in the three sentences before, unless on
		// another day (event.verb.group)
		if d := v.lastCompatible("meeting", "", m.Start); d != nil && (d.typ == "meeting" || d.typ == "talks") && d.sents[len(d.sents)-1] >= s-3 && !d.planned && !v.otherDay(d, s, t0, t1) {
			e = d
		}
	}
	if e != nil {
		e.refer(m.Span, s)
	} else {
		e = v.newEvent(m.Kind, k, s, t0)
		e.rule, e.conf = "event.verb", 0.7
	}
	v.eventOfMention[k] = e
	for _, p := range persons {
		e.addParticipant(p, s)
	}
	switch m.Kind {
	case "launch":
		for _, p := range subj {
			e.addOrganizer(p, s)
		}
		// "launched its first overseas FM station": the first of its
		// kind
		if w := v.low(t1); (w == "its" || w == "their") && e.ordinal == 0 && t1+1 < len(v.val) && v.val[t1+1] != 0 {
			if om := &v.d.Mentions[v.val[t1+1]-1]; om.Type == document.Ordinal {
				if n, ok := atoi(om.Value); ok {
					e.ordinal = n
				}
			}
		}
	case "visit":
		for _, p := range subj {
			e.addParticipant(p, s)
		}
		if len(obj) > 0 && e.location == "" && document.IDPrefix(obj[0]) == document.PrefixCountry {
			e.location = obj[0]
		}
		// "visited Moscow": the place visited
		if k, pm := v.mention(j); e.location == "" && pm != nil && !v.source[k] && pm.Type == document.Place {
			e.location = pm.EntityID
		}
	default:
		for _, p := range append(subj, obj...) {
			e.addParticipant(p, s)
		}
	}
	x.describe(v, e, s, t0, t1)
	if e.location == "" && leaderEnd >= 0 && hasLoc {
		e.location = loc
	}
	touch(e)
}

// toldAgain returns the event a verb at [t0, t1) of sentence s tells
// again, if any: one of the same type mentioned in the three sentences
// before, on the same day (or with no day on either side), that shares an
// actor ("On January 20, the CEO visited Moscow. He paid a visit to
// TASS."), or that a definite subject of a passive verb takes up ("...
// have launched an initiative. The joint initiative was launched by ...").
func (x *Extractor) toldAgain(v *view, s, t0, t1 int, typ string, actors []string) *event {
	if typ == "meeting" && (v.low(t0-1) == "also" || slices.Contains(v.lows[t0:t1], "also")) {
		// "The INA chief also met with the Deputy Minister", "He will
		// also call on the Speaker": another meeting besides the one
		// told (event.verb.also-met)
		return nil
	}
	day := ""
	if m, ok := v.nearestValue(document.Date, s, t0, t1, 12); ok {
		day = m.Value
	} else if m, ok := v.narrativeDay(s); ok {
		day = m.Value
	}
	cs := v.clauseStart(s, t0)
	// "The joint initiative was launched by", "..., the fourth time it is
	// being launched on the continent": a definite subject or a pronoun
	aux := t0 - 1
	for aux > cs && v.in(passiveAux, aux) {
		aux--
	}
	// "The delegation, headed by X, was received by Y": the subject
	// before an appositive clause (event.verb.told-again)
	st0, _ := v.sentenceTokens(s)
	subj := v.in(definiteWords, st0) && (v.low(st0+1) == "delegation" || v.low(st0+1) == "visitors" || v.low(st0+1) == "guests") && v.low(st0+2) == ","
	passive := aux < t0-1 && (v.low(t0-1) != "has" && v.low(t0-1) != "have") && (v.in(definiteWords, cs) || v.low(aux) == "it" || v.low(aux) == "they") ||
		subj && (v.low(t0) == "was" || v.low(t0) == "were" || v.in(passiveAux, t0-1))
	var best *event
	for _, e := range v.events {
		if e.typ != typ || e.sents[len(e.sents)-1] < s-3 || e.sents[len(e.sents)-1] > s {
			continue
		}
		shared := false
		switch {
		case passive:
			shared = true
		case day != "" && e.date != "":
			// the same day told again by the same actor
			if !strings.HasPrefix(day, e.date) && !strings.HasPrefix(e.date, day) {
				continue
			}
		case day == "" && e.date == "" && typ != "launch":
			// no day on either side: the same actor's visit or meeting
			// (a launch needs its object, which the verb alone lacks)
		default:
			continue
		}
		for _, a := range actors {
			shared = shared || slices.Contains(e.participants, a) || slices.Contains(e.organizers, a)
		}
		if shared && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

// receiveWords are the bare verbs of receiving a visitor, whose object
// the tagger checked to be a person or a delegation.
var receiveWords = newWordSet(map[string]bool{"received": true, "receives": true, "receiving": true, "welcomed": true, "welcomes": true, "welcoming": true})

// stayVerbs are the verbs of a stay ("is in", "was currently in").
var stayVerbs = sentenceCue(newWordSet(map[string]bool{"is": true, "was": true, "are": true, "were": true}))

// stay finds a visit told as a stay in sentence s: a person, a pronoun
// for one, or a group of visitors that "is in" or "was in" a country,
// place or organization for a purpose or an occasion ("Jorge Alonso, who
// is in Vietnam on the occasion of ...", "The Zambian media team is in
// China for the seminar", "Mr Lyu was in GNA to introduce himself"), rule
// event.visit.stay. The visit told before by the same visitor is the same
// one.
func (x *Extractor) stay(v *view, s int) *event {
	if !v.hasCue(s, stayVerbs) {
		return nil // no "is in", "was in", ...
	}
	st0, st1 := v.sentenceTokens(s)
	for j := st0 + 1; j+2 < st1; j++ {
		if v.lows[j] != "in" {
			continue
		}
		c := j - 1
		for c > st0 && (v.low(c) == "currently" || v.low(c) == "now" || v.low(c) == "still") {
			c--
		}
		if w := v.low(c); w != "is" && w != "was" && w != "are" && w != "were" {
			continue
		}
		// the place stayed at, then a purpose or an occasion
		a := j + 1
		if v.low(a) == "the" {
			a++
		}
		_, pm := v.actorAt(a)
		if pm == nil {
			if _, m := v.mention(a); m != nil && m.Type == document.Place {
				pm = m
			}
		}
		if pm == nil || pm.Type == document.Person {
			continue
		}
		_, p1 := v.tokenSpan(pm)
		if w := v.low(p1); w != "for" && w != "to" && w != "on" && w != "at" {
			continue
		}
		if v.low(p1) == "on" && v.studyStay(p1+1, st1) {
			// "The trainees are in China on a ten-month course": a stay
			// of study is the course told, no visit
			// (event.visit.stay-study)
			continue
		}
		// the visitor: a person, "who" after one, a pronoun, or a group
		visitor, group := "", false
		switch w := v.low(c - 1); {
		case w == "who":
			// "Jorge Alonso, who is", "X, president of the agency, who is"
			for k := c - 2; k >= st0 && k >= c-12; k-- {
				if _, m := v.mention(k); m != nil && m.Type == document.Person {
					visitor = m.EntityID
					break
				}
			}
		case w == "he" || w == "she":
			visitor = v.pronounSubject(s)
		case visitorNouns.has(w):
			group = true
		default:
			if _, m := v.mention(c - 1); m != nil && m.Type == document.Person {
				visitor = m.EntityID
			}
		}
		if visitor == "" && !group {
			continue
		}
		var e *event
		for _, d := range v.events {
			if d.typ == "visit" && !d.planned && (visitor != "" && slices.Contains(d.participants, visitor) || d.location != "" && d.location == pm.EntityID) {
				e = d
			}
		}
		sp := v.span(c, p1) // "is in Vietnam"
		if e != nil {
			e.refer(sp, s)
		} else {
			e = &event{typ: "visit", tok: c, rule: "event.visit.stay", conf: 0.6}
			e.refer(sp, s)
			v.events = append(v.events, e)
		}
		if visitor != "" {
			e.addParticipant(visitor, s)
		}
		if e.location == "" {
			e.location = pm.EntityID
		}
		x.describe(v, e, s, j, p1)
		if e.date == "" && e.rule == "event.visit.stay" {
			// "... by Mr Lyu on Friday. Mr Lyu was in GNA to introduce
			// himself": the day the sentence before tells
			if dm, ok := v.previousDay(s); ok {
				e.setDate(dm.Value, dm.Kind)
				e.dateRule = "event.date.previous-sentence"
			}
		}
		return e
	}
	return nil
}

// visitorNouns name the group that makes a visit: "the delegation
// visited", "journalists toured".
// studyStay reports whether the words from a up to st1 are "a" or "an"
// and a programme of study ("a ten-month course", "an intensive training
// programme on media studies"): its head within six words.
func (v *view) studyStay(a, st1 int) bool {
	if w := v.low(a); w != "a" && w != "an" {
		return false
	}
	for k := a + 1; k < st1 && k <= a+6; k++ {
		if v.in(studyNouns, k) {
			return true
		}
		if v.low(k) == "," || v.low(k) == "." || v.low(k) == "of" {
			return false
		}
	}
	return false
}

var studyNouns = newWordSet(map[string]bool{
	"programme": true, "program": true, "course": true, "fellowship": true,
	"scholarship": true, "internship": true, "attachment": true,
})

var visitorNouns = newWordSet(map[string]bool{
	"delegation": true, "delegations": true, "delegates": true, "team": true, "journalists": true,
	"reporters": true, "editors": true, "ministers": true,
})

// countedObject reports whether the object after a verb ending at t1
// starts with a count: "several corporations", "4 cities", "a number
// of provinces".
func countedObject(v *view, t1 int) bool {
	w := v.low(t1)
	if w == "a" && v.low(t1+1) == "number" && v.low(t1+2) == "of" || w == "several" || w == "many" || w == "various" || w == "numerous" {
		return true
	}
	if _, ok := groupNumbers[w]; ok {
		return true
	}
	n, ok := atoi(w)
	return ok && n > 1 && n < 1000
}

// ofActor reports whether the noun at token j is a place of a named party:
// "toured the headquarters of the Hilltop Press Agency", "visited the
// studios of X".
func (v *view) ofActor(j, st1 int) bool {
	for k := j; k < st1 && k < j+3; k++ {
		if v.low(k) == "of" {
			a := k + 1
			if v.low(a) == "the" {
				a++
			}
			_, m := v.actorAt(a)
			return m != nil && m.Type != document.Person
		}
		if !v.isWord(k) || v.isCap(k) {
			return false
		}
	}
	return false
}

// hasPersonParticipant reports whether a person takes part in e.
func hasPersonParticipant(e *event) bool {
	for _, p := range e.participants {
		if document.IDPrefix(p) == document.PrefixPerson {
			return true
		}
	}
	return false
}

// passiveAux are the auxiliaries of a passive verb ("was launched", "is
// being launched", "has been launched").
var passiveAux = newWordSet(map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "has": true, "have": true, "had": true})

// receivedByPerson reports whether a passive "received by" ending at (or
// right before) token t1 has a titled person as its agent, after the
// title's organization and its acronym: "the guests were received by
// the Director of the X Agency (XA), Mr Y" (event.verb.received-by).
func (v *view) receivedByPerson(t1, end int) bool {
	j := t1
	if v.low(j) == "by" {
		j++
	} else if v.low(j-1) != "by" {
		return false
	}
	return v.personAhead(j, min(end, j+16), func(k int) bool {
		w := v.low(k)
		return v.isCap(k) || w == "of" || w == "the" || w == "(" || w == ")" || w == "," || w == "and"
	})
}

// personAhead reports whether a person is named in the tokens [from, to)
// before a token that skip turns away: other actors' names are stepped
// over whole, every other token must pass skip.
func (v *view) personAhead(from, to int, skip func(k int) bool) bool {
	for k := from; k < to; k++ {
		if _, am := v.actorAt(k); am != nil {
			if am.Type == document.Person {
				return true
			}
			_, at1 := v.tokenSpan(am)
			k = at1 - 1
			continue
		}
		if !skip(k) {
			return false
		}
	}
	return false
}

// eventNouns are the general nouns for a happening told before: "the
// event", "the gathering".
// metStandards are the objects of "meet" that are standards, not parties:
// "meets the needs", "met all the requirements".
var metStandards = newWordSet(map[string]bool{
	"need": true, "needs": true, "requirement": true, "requirements": true, "demand": true, "demands": true,
	"expectation": true, "expectations": true, "standard": true, "standards": true, "criteria": true,
	"target": true, "targets": true, "goal": true, "goals": true, "deadline": true, "challenge": true,
	"challenges": true, "conditions": true, "obligations": true, "interests": true, "aspirations": true,
	"costs": true, "cost": true,
})

// meetsAStandard reports a standard as the object of a meeting verb ending
// at t1: up to three determiners or modifiers, then a word of metStandards.
func meetsAStandard(v *view, t1, st1 int) bool {
	for a := t1; a < st1 && a < t1+4; a++ {
		w := v.low(a)
		if metStandards.has(w) {
			return true
		}
		if v.ent[a] != 0 || v.evm[a] != 0 || objectEnds.has(w) || !v.isWord(a) {
			return false
		}
	}
	return false
}

var eventNouns = newWordSet(map[string]bool{"event": true, "events": true, "gathering": true, "occasion": true, "proceedings": true})
