package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// event is an event under construction.
type event struct {
	typ   string
	name  string
	named bool
	weak  bool
	// key identifies a named event within the article (slug of its name
	// without ordinal or year).
	key      string
	year     string
	mentions []document.Span
	// sents are the sentences that mention the event, first one first.
	sents []int
	// tok is the first token of the first mention.
	tok int
	// last is the byte offset of the latest mention so far: a definite
	// description refers to the most recently mentioned event.
	last int
	// descr is the slug of an unnamed event's description: its
	// capitalised premodifiers and trigger ("brics-summit")
	descr string

	ordinal        int
	date, endDate  string
	gran           string
	mode           string
	attendance     int
	attendanceText string
	location       string
	participants   []string
	organizers     []string
	// evidence sentence per participant / organizer
	// (parallel to participants and organizers)
	partSent, orgSent []int
	// hosts are organizers named only as hosts ("X hosted the forum"): a
	// venue host is no co-organizer
	hosts map[string]bool
	// joint says the text states the organizing as joint ("co-organized
	// by", "jointly hosted by", "X co-hosted"): only then do its
	// organizers cooperate pairwise
	joint bool

	// planned marks an event the text presents as coming ("the forum to
	// be held in June", "the upcoming summit"): a definite description
	// in a sentence about what happened refers to another one first
	planned bool

	rule string
	conf float64
	id   string
	// series is the series key ("" for none)
	series string
}

// refer records one more mention of e (a name, a definite description,
// an anaphor) in sentence s.
func (e *event) refer(sp document.Span, s int) {
	if sp.End > sp.Start {
		e.mentions = append(e.mentions, sp)
	}
	if sp.Start > e.last {
		e.last = sp.Start
	}
	e.addSentence(s)
}

func (e *event) addSentence(s int) {
	for _, x := range e.sents {
		if x == s {
			return
		}
	}
	e.sents = append(e.sents, s)
}

// addParticipants adds every id of the lists as a participant named in
// sentence s.
func (e *event) addParticipants(s int, lists ...[]string) {
	for _, ids := range lists {
		for _, id := range ids {
			e.addParticipant(id, s)
		}
	}
}

func (e *event) addParticipant(id string, s int) {
	for _, p := range e.participants {
		if p == id {
			return
		}
	}
	e.participants = append(e.participants, id)
	e.partSent = append(e.partSent, s)
}

// partSentOf returns the evidence sentence of a participant.
func (e *event) partSentOf(id string) int {
	if i := slices.Index(e.participants, id); i >= 0 {
		return e.partSent[i]
	}
	return 0
}

// orgSentOf returns the evidence sentence of an organizer.
func (e *event) orgSentOf(id string) int {
	if i := slices.Index(e.organizers, id); i >= 0 {
		return e.orgSent[i]
	}
	return 0
}

// hostWords make an organizer a host: "hosted by", "X hosts".
var hostWords = map[string]bool{"hosted": true, "hosts": true, "host": true}

// addOrganizerAs adds an organizer; host marks one named only as a host,
// which co-organizer pairs leave out.
func (e *event) addOrganizerAs(id string, s int, host bool) {
	known := false
	for _, p := range e.organizers {
		known = known || p == id
	}
	if host && !known {
		if e.hosts == nil {
			e.hosts = map[string]bool{}
		}
		e.hosts[id] = true
	} else if !host && e.hosts[id] {
		delete(e.hosts, id) // named as an organizer too
	}
	e.addOrganizer(id, s)
}

func (e *event) addOrganizer(id string, s int) {
	for _, p := range e.organizers {
		if p == id {
			return
		}
	}
	e.organizers = append(e.organizers, id)
	e.orgSent = append(e.orgSent, s)
}

// sortActors sorts participants and organizers with their sentences.
func (e *event) sortActors() {
	sortWith(e.participants, e.partSent)
	sortWith(e.organizers, e.orgSent)
}

// sortWith sorts ids and keeps vals parallel (few elements: insertion).
func sortWith(ids []string, vals []int) {
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
			vals[j], vals[j-1] = vals[j-1], vals[j]
		}
	}
}

// gatherings are the event types that "the meeting" may refer back to.
var gatherings = map[string]bool{
	"conference": true, "video_conference": true, "seminar": true, "forum": true,
	"summit": true, "meeting": true, "talks": true, "assembly": true,
}

// compatible reports whether a trigger of type t may refer back to an
// event of type et.
func compatible(t, et string) bool {
	if t == et {
		return true
	}
	switch t {
	case "meeting":
		return gatherings[et]
	case "conference", "video_conference", "seminar":
		return et == "conference" || et == "video_conference" || et == "seminar"
	}
	return false
}

// definiteWords before a trigger make it refer to a known event.
var definiteWords = map[string]bool{"the": true, "this": true, "that": true, "said": true, "current": true, "'s": true, "its": true,
	"his": true, "her": true, "their": true, "our": true}

// modeMarkers before a trigger make it state the mode of another event:
// "held via videoconference".
var modeMarkers = map[string]bool{"via": true, "by": true, "through": true, "over": true, "in": false}

// ofItsKind are the words after an ordinal that give the ordinal of the
// event the sentence is about: "the 13th of its kind", "the sixth edition".
var ofItsKind = map[string]bool{"edition": true, "session": true, "such": true, "round": true, "installment": true, "instalment": true}

// eventsIn finds the events sentence s introduces or refers to, and their
// attributes stated in s.
func (x *Extractor) eventsIn(v *view, s int) []*event {
	t0, t1 := v.sentenceTokens(s)
	var here []*event
	touch := func(e *event) {
		for _, h := range here {
			if h == e {
				return
			}
		}
		here = append(here, e)
	}
	var triggers []int
	// named events first: a trigger may refer to one named later in the
	// sentence ("the 18th meeting of the OANA General Assembly")
	for i := t0; i < t1; i++ {
		if v.evm[i] == 0 {
			continue
		}
		k := v.evm[i] - 1
		m := &v.d.Mentions[k]
		et0, et1 := v.tokenSpan(m)
		if et0 != i {
			continue
		}
		if m.Rule != "pat.event.named" {
			triggers = append(triggers, k)
			i = et1 - 1
			continue
		}
		// "an Annual Indo-Russian Forum ... be organized" is a plan or a
		// kind ("at the opening of a BRICS Media Summit" is not), and
		// "head of the secretariat of the X Forum" an institution
		if p := v.low(et0 - 1); (p == "a" || p == "an") && x.planned(v, s, et0, et1) {
			i = et1 - 1
			continue
		}
		if v.low(et0-1) == "the" && v.low(et0-2) == "of" && (x.lex.Titles.HasAt(v, v.gate, et0-3) || x.lex.OrgHeads.HasAt(v, v.gate, et0-3)) {
			i = et1 - 1
			continue
		}
		key, year := seriesKey(m.Name)
		e := v.findNamed(key)
		if e == nil {
			// "the BRICS summit in Kazan ... the BRICS Summit": the name
			// the article used before as a description
			if d := v.findDescribed(key, m.Kind); d != nil {
				d.named, d.name, d.key, d.year = true, strings.TrimSpace(stripOrdinalYear(m.Name)), key, year
				d.refer(m.Span, s)
				e = d
			}
		}
		if e == nil {
			e = v.newEvent(m.Kind, k, s, et0)
			e.named, e.name, e.key, e.year = true, strings.TrimSpace(stripOrdinalYear(m.Name)), key, year
			e.rule, e.conf = "event.named", 0.9
		} else {
			e.refer(m.Span, s)
		}
		v.eventOfMention[k] = e
		x.describe(v, e, s, et0, et1)
		touch(e)
		i = et1 - 1
	}
	for _, k := range triggers {
		m := &v.d.Mentions[k]
		et0, et1 := v.tokenSpan(m)
		if m.Value == "plural" {
			continue
		}
		if m.Value == "verb" {
			x.verbEvent(v, s, k, et0, et1, touch)
			continue
		}
		// "the OANA General Assembly meeting": the head noun of a name
		if et0 > 0 && v.evm[et0-1] != 0 {
			if e := v.eventOfMention[v.evm[et0-1]-1]; e != nil && e.named {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				continue
			}
		}
		// 'the 5th Forum on ... (the "Forum")': a short name defined in
		// parentheses right after the event
		if e := v.parenthesizedAlias(et0); e != nil {
			e.refer(m.Span, s)
			v.eventOfMention[k] = e
			continue
		}
		// "welcomes companies to visit Laos": a bare trigger after "to" is
		// an infinitive, no event unless a date ties it to a happening
		// ("brought journalists to visit China from October 17th to 26th")
		if v.low(et0-1) == "to" && et1 == et0+1 && infinitiveTriggers[v.low(et0)] {
			if _, dated := v.nearestValue(document.Date, s, et0, et1, 12); !dated {
				continue
			}
		}
		prev := v.low(et0 - 1)
		if prev == "a" || prev == "an" {
			prev = v.low(et0 - 2)
		}
		if modeMarkers[prev] {
			// "via videoconference" states a mode, it is not an event
			if mode := x.typeMode(m.Kind); mode != "" {
				for _, e := range here {
					if e.mode == "" {
						e.mode = mode
					}
				}
			}
			continue
		}
		// "the 18th meeting of the OANA General Assembly"
		if v.low(et1) == "of" {
			j := et1 + 1
			if v.low(j) == "the" {
				j++
			}
			if j < len(v.evm) && v.evm[j] != 0 {
				if e := v.eventOfMention[v.evm[j]-1]; e != nil {
					e.refer(m.Span, s)
					v.eventOfMention[k] = e
					x.describe(v, e, s, et0, et1)
					touch(e)
					continue
				}
			}
		}
		definite := definiteWords[v.determinerBefore(s, et0)]
		possessor := v.possessor(s, et0)
		if definite {
			if e := v.lastCompatible(m.Kind, v.low(et1-1), m.Start); e != nil && !v.ownDescription(e, m.Kind, et0, et1, s) {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				if possessor != "" {
					e.addParticipant(possessor, s)
				}
				if e.typ == "conference" && m.Kind == "video_conference" {
					e.typ = m.Kind
				}
				x.describe(v, e, s, et0, et1)
				touch(e)
				continue
			}
		}
		a := x.anchors(v, s, et0, et1)
		weak := x.isWeak(m.Kind)
		switch {
		case a.strong():
		case possessor != "":
			// "his visit", "her talks with ...": someone's own happening
		case !weak && (a.happening || definite):
		default:
			continue
		}
		// the lead named the event without a date, this sentence
		// describes it again with one: the same event
		if a.date {
			if e := v.undatedLead(m.Kind); e != nil {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				x.describe(v, e, s, et0, et1)
				touch(e)
				continue
			}
		}
		e := v.newEvent(m.Kind, k, s, et0)
		e.descr = v.description(et0, et1)
		e.rule, e.conf = "event.trigger", 0.8
		if weak {
			e.conf = 0.65
		}
		e.mode = x.typeMode(m.Kind)
		v.eventOfMention[k] = e
		if possessor != "" {
			e.addParticipant(possessor, s)
		}
		x.describe(v, e, s, et0, et1)
		touch(e)
	}
	// "Among the speakers were X and Y" after the event's sentence
	if len(here) == 0 && v.sentenceFlags(s)&flagSpeakers != 0 {
		if e := v.sentenceEvent(s, nil); e != nil {
			x.speakers(v, e, s)
		}
	}
	// "the event", "the gathering": refer to the last event
	named := v.anyNamed()
	anaphors := lexicon.Bits(&x.lex.EventAnaphors)
	for i := t0; i < t1; i++ {
		// "the two-day dialogue" after "the China-Pacific Island Countries
		// Media Dialogue": the head noun of a name told before
		if named && v.lows[i] == "the" {
			if e, n := v.namedHeadAnaphor(i); e != nil {
				e.refer(document.Span{Start: v.toks[i].Start}, s)
				x.describe(v, e, s, i, i+n)
				touch(e)
				i += n - 1
				continue
			}
		}
		if !lexicon.May(v.gate[i], anaphors) {
			continue
		}
		if _, n, ok := x.lex.EventAnaphors.At(v, v.gate, i); ok {
			// "the opening of the railway" is no part of an event; "the
			// opening of the forum" names its event itself
			if v.evm[i+n-1] == 0 && v.low(i+n) != "of" {
				if e := v.lastEvent(v.toks[i].Start); e != nil {
					e.refer(document.Span{Start: v.toks[i].Start}, s)
					x.describe(v, e, s, i, i+n)
					touch(e)
				}
			}
			i += n - 1
		}
	}
	return here
}

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

// description returns the slug of a trigger with its capitalised
// premodifiers ("BRICS summit" -> "brics-summit"), "" when it has none.
func (v *view) description(t0, t1 int) string {
	j := t0
	for j > 0 && v.sent(j-1) == v.sent(t0) && (v.isCap(j-1) || v.low(j-1) == "-") && !definiteWords[v.low(j-1)] {
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
	for j > st0 {
		w := v.low(j)
		// "the three-day summit", "the week-long visit": a hyphenated
		// modifier
		if v.ent[j] != 0 || v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Ordinal ||
			w == "media" || w == "-" || w == "–" || (w == "and" && v.ent[j-1] != 0) ||
			v.isWord(j) && !v.isCap(j) && (v.low(j+1) == "-" || v.low(j-1) == "-") {
			j--
			continue
		}
		break
	}
	return v.low(j)
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

// verbEvent makes an event of a verb that reports one: "X met Y on
// Monday" (meeting), "X launched Y" (launch), "X visited Y" (visit). It
// needs an actor before the verb in the clause and an actor, date or place
// after it; a launch verb right after an event noun says the event began
// ("a video conference ... launched Monday") and makes none.
func (x *Extractor) verbEvent(v *view, s, k, t0, t1 int, touch func(*event)) {
	m := &v.d.Mentions[k]
	st0, st1 := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-8; j-- {
		if v.evm[j] != 0 {
			return
		}
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
	if len(subj)+len(persons) == 0 {
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
	if t1-t0 == 1 && (v.low(t0) == "received" || v.low(t0) == "receives") {
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
	if m.Kind != "launch" && len(obj) == 0 && !received && !hasDate && !hasLoc {
		return
	}
	e := x.toldAgain(v, s, t0, t1, m.Kind, append(append([]string{}, subj...), persons...))
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

// delegationLeader returns the person who leads a delegation named
// before token i: "(X) led by its Director General Y", "headed by Y"; ""
// when none is named within a few words.
func (v *view) delegationLeader(i, limit int) (string, int) {
	if v.tok(i) == "," {
		i++
	}
	if w := v.low(i); (w != "led" && w != "headed") || v.low(i+1) != "by" {
		return "", -1
	}
	for j := i + 2; j < limit && j < i+9; j++ {
		if _, m := v.mention(j); m != nil {
			if m.Type == document.Person {
				_, e := v.tokenSpan(m)
				return m.EntityID, e
			}
			if m.Type != document.Organization && m.Type != document.Country {
				return "", -1
			}
		}
		if w := v.low(j); w == "," || w == "." || w == "and" {
			return "", -1
		}
	}
	return "", -1
}

// unnamedParty reports whether a country mention is a demonym that heads
// an unnamed party: "Chinese media", "Chinese and Arab media
// organisations".
func (v *view) unnamedParty(m *document.Mention) bool {
	if m.Type != document.Country || m.Rule != "gaz.country.demonym" {
		return false
	}
	_, t1 := v.tokenSpan(m)
	for j := t1; j < len(v.toks) && j < t1+4 && v.sent(j) == m.Sentence; j++ {
		if v.x.lex.UnnamedPartyNouns.HasAt(v, v.gate, j) {
			return true
		}
		if w := v.low(j); w != "and" && w != "," && !v.isWord(j) {
			return false
		}
	}
	return false
}

// toldAgain returns the event a verb at [t0, t1) of sentence s tells
// again, if any: one of the same type mentioned in the three sentences
// before, on the same day (or with no day on either side), that shares an
// actor ("On January 20, the CEO visited Moscow. He paid a visit to
// TASS."), or that a definite subject of a passive verb takes up ("...
// have launched an initiative. The joint initiative was launched by ...").
func (x *Extractor) toldAgain(v *view, s, t0, t1 int, typ string, actors []string) *event {
	day := ""
	if m, ok := v.nearestValue(document.Date, s, t0, t1, 12); ok {
		day = m.Value
	} else if m, ok := v.narrativeDay(s); ok {
		day = m.Value
	}
	cs := v.clauseStart(s, t0)
	passive := (v.low(t0-1) == "was" || v.low(t0-1) == "were") && definiteWords[v.low(cs)]
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

func (x *Extractor) isWeak(typ string) bool {
	for _, et := range x.lex.EventTypes {
		if et.Type == typ {
			return et.Weak
		}
	}
	return false
}

func (x *Extractor) typeMode(typ string) string {
	for _, et := range x.lex.EventTypes {
		if et.Type == typ {
			return et.Mode
		}
	}
	return ""
}

func (v *view) newEvent(typ string, k, s, tok int) *event {
	e := &event{typ: typ, tok: tok}
	e.refer(v.d.Mentions[k].Span, s)
	v.events = append(v.events, e)
	return e
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

func (v *view) findNamed(key string) *event {
	for _, e := range v.events {
		if e.named && e.key == key {
			return e
		}
	}
	return nil
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
	var best, exact *event
	for _, e := range v.events {
		if e.last >= before || e.planned && !planned {
			continue
		}
		if (e.typ == t || e.named && nameHasWord(e.name, head)) && (exact == nil || e.last > exact.last) {
			exact = e
		}
		if compatible(t, e.typ) && (best == nil || e.last > best.last) {
			best = e
		}
	}
	if exact != nil {
		return exact
	}
	return best
}

// ownDescription reports whether a definite trigger at [t0, t1) describes
// an event of its own rather than referring to e: an ordinal e does not
// have ("the 20th meeting"), or, for a trigger of another type than e,
// named parties after it ("the meeting of the Russian and Chinese heads
// of government" after a forum).
func (v *view) ownDescription(e *event, typ string, t0, t1, s int) bool {
	if n, ok := v.ordinalBefore(t0); ok && e.ordinal != 0 && n != e.ordinal {
		return true
	}
	if typ != e.typ && !(e.named && nameHasWord(e.name, v.low(t1-1))) && len(v.ppActors(t1, s)) > 0 {
		return true
	}
	return false
}

// lastEvent returns the event mentioned last before byte offset before.
func (v *view) lastEvent(before int) *event {
	var best *event
	for _, e := range v.events {
		if e.last < before && (best == nil || e.last > best.last) {
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

// infinitiveTriggers are trigger nouns that are also verbs: after a bare
// "to" they are infinitives ("to visit Laos").
var infinitiveTriggers = map[string]bool{
	"visit": true, "tour": true, "launch": true, "meet": true, "sign": true, "exhibit": true, "summit": false,
}

// parenthesizedAlias returns the event named right before an opening
// parenthesis that holds the trigger at token t0: '... Media Cooperation
// (the "Forum")'.
func (v *view) parenthesizedAlias(t0 int) *event {
	j := t0 - 1
	for j >= 0 && (v.low(j) == "the" || nameQuote[v.tok(j)]) {
		j--
	}
	if j < 1 || v.low(j) != "(" || v.evm[j-1] == 0 {
		return nil
	}
	return v.eventOfMention[v.evm[j-1]-1]
}

var nameQuote = map[string]bool{"\"": true, "“": true, "‘": true, "'": true, "«": true}

// possessor returns the person a possessive determiner before a trigger
// refers to ("his visit", "her talks"): the nearest person named before
// it in the sentence, else the first person of the sentence before.
func (v *view) possessor(s, t0 int) string {
	switch v.low(t0 - 1) {
	case "his", "her":
	default:
		return ""
	}
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 2; j >= st0; j-- {
		if _, m := v.actorAt(j); m != nil && m.Type == document.Person {
			return m.EntityID
		}
	}
	if s == 0 {
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

// planWords after an indefinite named event make it a plan or a kind:
// "an Annual Indo-Russian Forum ... be organized".
var planWords = map[string]bool{
	"be": true, "should": true, "would": true, "will": true, "could": true, "might": true,
	"may": true, "proposed": true, "planned": true, "shall": true,
}

// planned reports whether the indefinite named event at [t0, t1) of
// sentence s is a plan or a kind rather than a happening.
func (x *Extractor) planned(v *view, s, t0, t1 int) bool {
	if strings.EqualFold(v.tok(t0), "annual") {
		return true
	}
	_, st1 := v.sentenceTokens(s)
	for j := t1; j < st1 && j < t1+10; j++ {
		if planWords[v.low(j)] {
			return true
		}
	}
	return false
}

// anchorSet says what ties a trigger to a specific happening.
type anchorSet struct {
	ordinal, date, actors, location, happening bool
}

func (a anchorSet) strong() bool { return a.ordinal || a.date || a.actors || a.location }

// anchors looks around a trigger for what makes it a specific event: an
// ordinal before it, a date near it, named participants, a location, or a
// verb saying it happened.
func (x *Extractor) anchors(v *view, s, t0, t1 int) anchorSet {
	var a anchorSet
	if _, ok := v.ordinalBefore(t0); ok {
		a.ordinal = true
	}
	if _, ok := v.nearestValue(document.Date, s, t0, t1, 12); ok {
		a.date = true
	}
	if len(v.premodifierActors(t0)) > 0 || len(v.ppActors(t1, s)) > 0 {
		a.actors = true
	}
	if _, ok := v.locationNear(s, t1, 8); ok {
		a.location = true
	}
	st0, st1 := v.sentenceTokens(s)
	for j := maxi(st0, t0-6); j < mini(st1, t1+6); j++ {
		if x.lex.HappeningVerbs.HasAt(v, v.gate, j) {
			a.happening = true
			break
		}
	}
	return a
}

// ordinalBefore returns the ordinal right before token t0 ("the 13th
// China-Russia ...", "Third SCO Media Forum").
func (v *view) ordinalBefore(t0 int) (int, bool) {
	for j := t0 - 1; j >= 0 && j >= t0-7; j-- {
		if t := v.low(j); t == "-" || t == "–" || t == "and" {
			continue // "the first Russia-Africa media forum"
		}
		if v.val[j] != 0 {
			m := &v.d.Mentions[v.val[j]-1]
			if m.Type == document.Ordinal {
				return atoi(m.Value)
			}
			return 0, false
		}
		if v.low(j) != "the" && v.low(j) != "annual" && v.low(j) != "ever" && !v.isCap(j) {
			return 0, false
		}
		if v.ent[j] == 0 && v.isCap(j) && !hyphenWord(v, j) {
			return 0, false
		}
	}
	return 0, false
}

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
// to tokens [t0, t1), within dist tokens, outside the dateline.
func (v *view) nearestValue(typ document.EntityType, s, t0, t1, dist int) (*document.Mention, bool) {
	st0, st1 := v.sentenceTokens(s)
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
		mt0, mt1 := v.tokenSpan(m)
		if mt0 != j || m.Type != typ || (dl.End > 0 && m.Start < dl.End) || (mt0 >= t0 && mt1 <= t1) {
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

// premodifierActors returns the parties right before a trigger: "China-
// Russia media forum", "Chinese and Russian media conference".
func (v *view) premodifierActors(t0 int) []string {
	j := t0 - 1
	for n := 0; n < 3 && j >= 0 && v.isWord(j) && !v.isCap(j) && v.ent[j] == 0; n++ {
		j--
	}
	if j < 0 || v.ent[j] == 0 {
		return nil
	}
	best := group{}
	for b := j; b >= 0 && b >= j-8; b-- {
		if _, m := v.actorAt(b); m == nil {
			continue
		}
		if g, ok := v.groupAt(b, j+1, false); ok && g.t1 == j+1 {
			best = g
		}
	}
	return best.ids
}

// premodifierParties is premodifierActors without unnamed parties.
func (v *view) premodifierParties(t0 int) []string {
	j := t0 - 1
	for n := 0; n < 3 && j >= 0 && v.isWord(j) && !v.isCap(j) && v.ent[j] == 0; n++ {
		j--
	}
	if j < 0 || v.ent[j] == 0 {
		return nil
	}
	best := group{}
	for b := j; b >= 0 && b >= j-8; b-- {
		if _, m := v.actorAt(b); m == nil {
			continue
		}
		if g, ok := v.groupAt(b, j+1, false); ok && g.t1 == j+1 {
			best = g
		}
	}
	if j+1 < t0 && v.x.lex.UnnamedPartyNouns.HasAt(v, v.gate, j+1) {
		// "Chinese and Arab media cooperation": unnamed parties
		var out []string
		for k, id := range best.ids {
			if m := &v.d.Mentions[best.mentions[minIdx(k, len(best.mentions)-1)]]; m.Rule != "gaz.country.demonym" {
				out = append(out, id)
			}
		}
		return out
	}
	return best.parties()
}

func minIdx(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// ppActors returns the parties of a prepositional phrase right after a
// trigger: "a video conference for Chinese and Russian media", "talks
// between VNA and KPL".
func (v *view) ppActors(t1, s int) []string {
	p := v.low(t1)
	switch p {
	case "for", "of", "between", "among", "with", "from":
	default:
		return nil
	}
	j := t1 + 1
	// "a meeting between the two agencies"
	if ids, _, ok := v.pairAnaphorAt(j); ok {
		return ids
	}
	if v.low(j) == "the" || v.low(j) == "both" {
		j++
	}
	_, st1 := v.sentenceTokens(s)
	if g, ok := v.groupAt(j, st1, p == "with" || p == "between"); ok {
		return g.ids
	}
	return nil
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

// plannedAfter are words right after an event's mention that present it
// as coming: "the forum to be held in June", "the summit scheduled for".
var plannedAfter = map[string]bool{"scheduled": true, "slated": true, "due": true, "planned": true, "set": true}

// plannedBefore are words right before an event's mention that present it
// as coming: "the upcoming summit", "to prepare for the forum".
var plannedBefore = map[string]bool{"upcoming": true, "forthcoming": true, "next": true, "coming": true, "future": true}

// presentedAsComing reports whether the event mention at [t0, t1) is
// told as a coming event.
func (v *view) presentedAsComing(t0, t1 int) bool {
	a, b := v.low(t1), v.low(t1+1)
	if a == "to" && b == "be" || a == "will" && (b == "be" || b == "take" || b == "open") || plannedAfter[a] ||
		a == "," && v.low(t1+1) == "which" && v.low(t1+2) == "will" {
		return true
	}
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		w := v.low(j)
		if plannedBefore[w] || w == "for" && (v.low(j-1) == "prepare" || v.low(j-1) == "preparations") || w == "ahead" && v.low(j+1) == "of" {
			return true
		}
		if w == "the" || w == "a" || w == "an" || v.ent[j] != 0 || v.val[j] != 0 || w == "-" {
			continue
		}
		break
	}
	return false
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
		if _, n, ok := x.lex.HappeningVerbs.At(v, v.gate, j); ok {
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
		if _, n, ok := x.lex.HappeningVerbs.At(v, v.gate, j); ok {
			return j, j + n
		}
		return -1, -1
	}
	return -1, -1
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
var locationFillers = map[string]bool{
	"on": true, "for": true, "a": true, "an": true, "the": true, "-": true, "day": true,
	"week": true, "long": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "one": true, "its": true, "their": true, "official": true,
	"working": true, "state": true, "first": true, "annual": true,
}

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
		if v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Date || locationFillers[v.low(j)] {
			continue
		}
		return "", false
	}
	return "", false
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
			for j := st0; j < st1; j++ {
				if v.val[j] == 0 {
					continue
				}
				m := &v.d.Mentions[v.val[j]-1]
				if m.Type != document.Ordinal {
					continue
				}
				_, mt1 := v.tokenSpan(m)
				mt0, _ := v.tokenSpan(m)
				if (v.low(mt1) == "of" && (v.low(mt1+1) == "its" || v.low(mt1+1) == "their") && v.low(mt1+2) == "kind") || ofItsKind[v.low(mt1)] ||
					v.low(mt1) == "time" && v.low(mt0-1) == "the" && v.low(mt0-2) == "for" && mt0 > t0 {
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
			if !e.named || e.date == "" || e.gran == "year" || e.gran == "month" || len(e.sents) == 1 {
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
	if e.date == "" || e.gran == "year" || e.gran == "month" {
		m, ok := x.verbDate(v, s, t1)
		if !ok {
			m, ok = v.nearestValue(document.Date, s, t0, t1, 20)
		}
		if !ok {
			// "The X Forum, which ..., opened in Kunming on Tuesday": the
			// date of the verb that says the event happened
			mask := lexicon.Bits(&x.lex.HappeningVerbs)
			for j := v.next(mask, t1, st1); j < st1; j = v.next(mask, j+1, st1) {
				if _, n, hv := x.lex.HappeningVerbs.At(v, v.gate, j); hv {
					if dm, dok := v.nearestValue(document.Date, s, j, j+n, 14); dok && dm.Start > v.toks[j].Start {
						m, ok = dm, true
					}
					break
				}
			}
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
	if e.endDate == "" && e.gran == "day" {
		// "the three-day summit", "runs until Oct. 16"
		if n := v.spanDays(t0, t1); n > 1 {
			e.endDate = addDays(e.date, n-1)
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
		for j := v.next(mask, st0, st1); j < st1; j = v.next(mask, j+1, st1) {
			if val, n, ok := x.lex.Modes.At(v, v.gate, j); ok {
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
	message := v.hasMessageNoun(st0, st1)
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

// hasMessageNoun reports whether tokens [t0, t1) name a message or letter
// (lexicon message_nouns).
func (v *view) hasMessageNoun(t0, t1 int) bool {
	mask := lexicon.Bits(&v.x.lex.MessageNouns)
	for j := v.next(mask, t0, t1); j < t1; j = v.next(mask, j+1, t1) {
		if v.x.lex.MessageNouns.HasAt(v, v.gate, j) {
			return true
		}
	}
	return false
}

// onBehalfOf reports whether the actor at token j follows "on behalf of",
// possibly after a title ("on behalf of SCO Secretary-General Norov").
func (v *view) onBehalfOf(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6 && v.sent(k) == v.sent(j); k-- {
		if v.low(k) == "of" && v.low(k-1) == "behalf" {
			return true
		}
		if v.low(k) == "," || v.low(k) == "and" {
			return false
		}
	}
	return false
}

// aliasWords open a parenthesis that gives another name of the member
// before it: "(officially known as China International Publishing Group
// or CIPG)", "(formerly ...)".
var aliasWords = map[string]bool{"known": true, "formerly": true, "officially": true, "also": true, "called": true, "renamed": true}

// aliasParen returns the token after the closing parenthesis when token k
// opens a parenthesis naming the member before it again, else -1.
func (v *view) aliasParen(k int) int {
	if v.tok(k) != "(" || !aliasWords[v.low(k+1)] {
		return -1
	}
	for j := k + 2; j < len(v.toks) && j < k+20 && v.sent(j) == v.sent(k); j++ {
		if v.tok(j) == ")" {
			return j + 1
		}
	}
	return -1
}

// parentOfPrevious reports whether the organization at token k follows
// another one with "of" ("... Committee of the Communist Party of China"),
// naming its parent rather than a new member of a list.
func (v *view) parentOfPrevious(k int) bool {
	j := k - 1
	if v.low(j) == "the" {
		j--
	}
	if v.low(j) != "of" {
		return false
	}
	_, m := v.mention(j - 1)
	return m != nil && m.Type == document.Organization
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

// listGoesOn reports whether the comma at token k continues a list of
// names: ", the Chinese Academy ...", ", and the ASBU".
func listGoesOn(v *view, k int) bool {
	j := k + 1
	if v.low(j) == "and" {
		j++
	}
	if v.low(j) == "the" {
		j++
	}
	return j < len(v.ent) && v.ent[j] != 0
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

// pronounSubject resolves a personal pronoun opening sentence s ("He
// met with ...") to the person the narrative is about: the first person
// named in the nearest sentence before that names one, at most three
// back.
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
		if found != nil && found != m {
			return nil, false
		}
		found = m
	}
	return found, found != nil && found.Kind == "day"
}

// subjectParticipants adds the actors before "attended", "held talks",
// "took part in" and similar verbs right before the trigger.
func (x *Extractor) subjectParticipants(v *view, e *event, s, t0 int) {
	st0, _ := v.sentenceTokens(s)
	verb := -1
	// the verb right before the trigger, past a determiner and
	// hyphenated modifiers: "are attending the two-day meeting"
	near := t0
	for near-1 > st0 && (v.low(near-1) == "-" || v.low(near-2) == "-" && v.isWord(near-1) && !v.isCap(near-1)) {
		near--
	}
	for j := near - 1; j >= st0 && j >= near-4; j-- {
		if _, n, ok := x.lex.ParticipantVerb.At(v, v.gate, j); ok && j+n <= near+1 {
			verb = j
			break
		}
	}
	if verb < 0 || v.negated(verb) {
		return // "The Bahrain News Agency did not attend the meeting"
	}
	start := st0
	if introWords[v.low(st0)] {
		// an introductory phrase before the subject: "On Tuesday, ..."
		for j := st0 + 1; j < verb; j++ {
			if v.low(j) == "," {
				start = j + 1
				break
			}
		}
	}
	for j := start; j < verb; j++ {
		_, m := v.actorAt(j)
		if m == nil {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		if m.Type == document.Country && v.low(mt1) == "'s" {
			j = mt1 - 1
			continue
		}
		e.addParticipant(m.EntityID, s)
		j = mt1 - 1
	}
	if len(e.participants) == 0 {
		if a, _, ok := v.pairAnaphorAt(start); ok {
			for _, id := range a {
				e.addParticipant(id, s)
			}
		}
	}
}

// clauseConjunctions start a new clause, so a list of actors does not go
// on past them.
var clauseConjunctions = map[string]bool{
	"while": true, "whereas": true, "but": true, "although": true, "though": true, "however": true,
	"which": true, "who": true, "where": true,
}

// introWords open an introductory phrase that a comma closes before the
// subject: "On Tuesday, ...", "During the forum, ...".
var introWords = map[string]bool{
	"on": true, "in": true, "during": true, "at": true, "after": true, "before": true,
	"earlier": true, "later": true, "meanwhile": true, "yesterday": true, "today": true,
	"last": true, "this": false, "according": true, "besides": true, "also": true,
	"however": true, "moreover": true, "furthermore": true, "speaking": true, "addressing": true,
	"following": true, "since": true, "under": true, "with": true, "as": true, "for": true,
}

// cueActors adds participants after "attended by", "brought together",
// "participants from" and organizers after "organized by", "hosted by",
// "chaired by" in sentence s.
func (x *Extractor) cueActors(v *view, e *event, s int) {
	st0, st1 := v.sentenceTokens(s)
	cues := lexicon.Bits(&x.lex.ParticipantCues, &x.lex.OrganizerCues)
	for j := v.next(cues, st0, st1); j < st1; j = v.next(cues, j+1, st1) {
		_, n, isPart := x.lex.ParticipantCues.At(v, v.gate, j)
		if isPart && n < 2 && v.low(j) != "from" {
			isPart = false // one-word cues only count right after a trigger
		}
		_, n2, isOrg := x.lex.OrganizerCues.At(v, v.gate, j)
		if !isPart && !isOrg {
			continue
		}
		host := false
		if isOrg {
			n = n2
			host = hostWords[v.low(j)]
			if jointWord(v.low(j)) || v.jointBefore(st0, j) || v.jointWith(j+n2, st1) {
				e.joint = true
			}
		}
		if isPart && v.low(j) == "from" && n == 1 {
			// "representatives from X": only after a people noun
			if !x.lex.AttendanceUnits.HasAt(v, v.gate, j-1) {
				continue
			}
		}
		for k, g := j+n, 0; k < st1 && g < 30; k, g = k+1, g+v.gap(k, k+1) {
			if isOrg && (v.low(k) == ";" || v.low(k) == "," && (k+1 >= len(v.ent) || v.ent[k+1] == 0) && !listGoesOn(v, k)) {
				break
			}
			if v.locativeAt(k) {
				break // "... by CMG and the ASBU in Riyadh, Saudi Arabia"
			}
			if clauseConjunctions[v.low(k)] {
				break // "attended by delegates from X and Y, while Z pulled out"
			}
			if e := v.aliasParen(k); e > k {
				k = e - 1 // "X (officially known as Y or Z)": the same member
				continue
			}
			if a, an, ok := v.pairAnaphorAt(k); ok {
				for _, id := range a {
					if isOrg {
						e.addOrganizerAs(id, s, host)
					} else {
						e.addParticipant(id, s)
					}
				}
				k += an - 1
				continue
			}
			_, m := v.actorAt(k)
			if m == nil {
				continue
			}
			_, mt1 := v.tokenSpan(m)
			if m.Type == document.Country && v.low(mt1) == "'s" {
				k = mt1 - 1
				continue
			}
			if v.parentOfPrevious(k) {
				// "Department of the Central Committee of the Communist
				// Party of China": the parent is part of the name
				k = mt1 - 1
				continue
			}
			if isOrg {
				e.addOrganizerAs(m.EntityID, s, host)
			} else {
				e.addParticipant(m.EntityID, s)
			}
			k = mt1 - 1
		}
		j += n - 1
	}
	x.speakers(v, e, s)
	// active organizer verbs: "TASS hosted the forum"
	verbs := lexicon.Bits(&x.lex.OrganizerVerbs)
	for j := v.next(verbs, st0, st1); j < st1; j = v.next(verbs, j+1, st1) {
		if _, n, ok := x.lex.OrganizerVerbs.At(v, v.gate, j); ok && v.low(j) != "held" && v.low(j) != "holds" {
			// the event is the object within four words ("organized a
			// two-day workshop": a hyphenated modifier is one word)
			obj := false
			for k, g := j+n, 0; k < st1 && g < 4; k, g = v.wordStep(k, st1), g+1 {
				if w := v.low(k); w == "-" || w == "–" {
					g--
				}
				if v.evm[k] != 0 && v.eventOfMention[v.evm[k]-1] == e {
					obj = true
				}
			}
			if !obj {
				continue
			}
			joint := jointWord(v.low(j)) || v.low(j-1) == "jointly" || v.low(j+n) == "jointly"
			if g, ok := v.subjectGroup(s, j, 6, true); ok && joint {
				// "The Lakeside Press Council and the Hill Country News
				// Agency co-hosted the workshop": the whole subject
				for _, id := range g.parties() {
					if document.IDPrefix(id) != document.PrefixPerson {
						e.addOrganizerAs(id, s, false)
					}
				}
				e.joint = true
				continue
			}
			for k := j - 1; k >= st0 && k >= j-6; k-- {
				if _, m := v.actorAt(k); m != nil && m.Type != document.Person {
					e.addOrganizerAs(m.EntityID, s, hostWords[v.low(j)])
					e.joint = e.joint || joint
				}
			}
		}
	}
}

// jointBefore reports "joint" or "jointly" between token from and the
// organizer cue at j: "The joint initiative was launched by CMG and ASBU".
func (v *view) jointBefore(from, j int) bool {
	for k := from; k < j; k++ {
		if w := v.low(k); w == "joint" || w == "jointly" {
			return true
		}
	}
	return false
}

// jointWith reports a partner phrase among the organizers from token j
// to end: "organized by X together with Y", "in cooperation with",
// "in collaboration with", "in partnership with", "jointly with".
func (v *view) jointWith(j, end int) bool {
	for k := j; k+1 < end; k++ {
		if v.low(k+1) != "with" {
			continue
		}
		switch v.low(k) {
		case "together", "jointly":
			return true
		case "cooperation", "collaboration", "partnership", "conjunction", "association":
			if v.low(k-1) == "in" {
				return true
			}
		}
	}
	return false
}

// jointWord reports an organizer word that says the organizing was joint:
// "co-hosted", "co-organized by", "cosponsored", "jointly organized by".
func jointWord(w string) bool {
	return w == "co" || strings.HasPrefix(w, "co-") || w == "jointly" || w == "cohosted" || w == "cosponsored" || w == "coorganized"
}

// speakers adds the parties and persons of sentence s as participants
// of e when the sentence lists who spoke or took part: "X and the heads
// of Y were among the speakers", "Among the participants were X and Y",
// "Speakers included X".
func (x *Extractor) speakers(v *view, e *event, s int) {
	if v.sentenceFlags(s)&flagSpeakers == 0 {
		return
	}
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		_, m := v.actorAt(j)
		if m == nil {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		if m.Type == document.Country && (v.low(mt1) == "'s" || v.modifiesOrg(m) || v.unnamedParty(m)) {
			j = mt1 - 1
			continue
		}
		if v.evm[j] == 0 {
			e.addParticipant(m.EntityID, s)
		}
		j = mt1 - 1
	}
}

// speakerNouns name the people who take part in an event.
var speakerNouns = map[string]bool{
	"speakers": true, "participants": true, "attendees": true, "guests": true, "panelists": true,
	"panellists": true, "delegates": true, "presenters": true, "moderators": true,
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
		if ordinalWord(lw) || lw == "annual" || lw == "the" {
			continue
		}
		words = append(words, w)
	}
	// "China-Central Asia", "China-Arab States": the last party runs on
	// into the next word, and the order stays
	if len(words) > 0 && (len(words) == 1 || !partyTails[strings.ToLower(words[1])]) {
		words[0] = sortedParties(words[0])
	}
	return document.Slug(strings.Join(words, " ")), year
}

// partyTails are words that continue the last party of a hyphenated
// premodifier ("Central Asia", "Arab States", "South Korea").
var partyTails = map[string]bool{
	"asia": true, "states": true, "countries": true, "nations": true, "america": true, "africa": true,
	"europe": true, "east": true, "pacific": true, "caribbean": true, "kingdom": true, "emirates": true,
	"arabia": true, "korea": true, "union": true, "league": true, "world": true, "region": true,
	"islands": true, "republic": true, "sudan": true, "africa's": true, "american": true, "asian": true,
}

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
	if len(f) > 1 && ordinalWord(strings.ToLower(f[0])) {
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

var ordinalWordSet = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true,
	"twelfth": true, "thirteenth": true, "fourteenth": true, "fifteenth": true,
	"sixteenth": true, "seventeenth": true, "eighteenth": true, "nineteenth": true,
	"twentieth": true, "inaugural": true,
}

func ordinalWord(w string) bool {
	if ordinalWordSet[w] {
		return true
	}
	if len(w) > 2 {
		suf := w[len(w)-2:]
		if suf == "th" || suf == "st" || suf == "nd" || suf == "rd" {
			_, ok := atoi(w[:len(w)-2])
			return ok
		}
	}
	return false
}

// atoi reads a non-negative decimal number of at most nine digits without
// allocating (strconv.Atoi allocates its error on every non-number).
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func mini(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxi(a, b int) int {
	if a > b {
		return a
	}
	return b
}
