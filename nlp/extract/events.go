package extract

import (
	"strconv"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
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
	partSent, orgSent map[string]int

	rule string
	conf float64
	id   string
	// series is the series key ("" for none)
	series string
}

func (e *event) addSentence(s int) {
	for _, x := range e.sents {
		if x == s {
			return
		}
	}
	e.sents = append(e.sents, s)
}

func (e *event) addParticipant(id string, s int) {
	for _, p := range e.participants {
		if p == id {
			return
		}
	}
	e.participants = append(e.participants, id)
	e.partSent[id] = s
}

func (e *event) addOrganizer(id string, s int) {
	for _, p := range e.organizers {
		if p == id {
			return
		}
	}
	e.organizers = append(e.organizers, id)
	e.orgSent[id] = s
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
var definiteWords = map[string]bool{"the": true, "this": true, "that": true, "said": true, "current": true, "'s": true, "its": true}

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
		// "an Annual Indo-Russian Forum ... be organized" is a plan, and
		// "head of the secretariat of the X Forum" an institution
		if p := v.low(et0 - 1); p == "a" || p == "an" {
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
			e = v.newEvent(m.Kind, k, s, et0)
			e.named, e.name, e.key, e.year = true, strings.TrimSpace(stripOrdinalYear(m.Name)), key, year
			e.rule, e.conf = "event.named", 0.9
		} else {
			e.mentions = append(e.mentions, m.Span)
			e.addSentence(s)
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
				e.mentions = append(e.mentions, m.Span)
				v.eventOfMention[k] = e
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
					e.mentions = append(e.mentions, m.Span)
					v.eventOfMention[k] = e
					x.describe(v, e, s, et0, et1)
					touch(e)
					continue
				}
			}
		}
		definite := definiteWords[v.low(et0-1)] || (v.low(et0-1) == "media" && definiteWords[v.low(et0-2)])
		if definite {
			if e := v.lastCompatible(m.Kind); e != nil {
				e.mentions = append(e.mentions, m.Span)
				e.addSentence(s)
				v.eventOfMention[k] = e
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
		case !weak && (a.happening || definite):
		default:
			continue
		}
		// the lead named the event without a date, this sentence
		// describes it again with one: the same event
		if a.date {
			if e := v.undatedLead(m.Kind); e != nil {
				e.mentions = append(e.mentions, m.Span)
				e.addSentence(s)
				v.eventOfMention[k] = e
				x.describe(v, e, s, et0, et1)
				touch(e)
				continue
			}
		}
		e := v.newEvent(m.Kind, k, s, et0)
		e.rule, e.conf = "event.trigger", 0.8
		if weak {
			e.conf = 0.65
		}
		e.mode = x.typeMode(m.Kind)
		v.eventOfMention[k] = e
		x.describe(v, e, s, et0, et1)
		touch(e)
	}
	// "the event", "the gathering": refer to the last event
	for i := t0; i < t1; i++ {
		if _, n, ok := x.lex.EventAnaphors.At(v, v.gate, i); ok {
			if v.evm[i+n-1] == 0 && len(v.events) > 0 {
				e := v.events[len(v.events)-1]
				e.addSentence(s)
				x.describe(v, e, s, i, i+n)
				touch(e)
			}
			i += n - 1
		}
	}
	return here
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
		} else {
			subj = append(subj, am.EntityID)
		}
		j = mt1 - 1
	}
	if v.low(t1) == "by" {
		// "The joint initiative was launched by CMG and the ASBU"
		subj, persons = nil, nil
		if g, ok := v.groupAt(t1+1+boolInt(v.low(t1+1) == "the"), st1, true); ok {
			for _, id := range g.ids {
				if document.IDPrefix(id) == document.PrefixPerson {
					persons = append(persons, id)
				} else {
					subj = append(subj, id)
				}
			}
		}
	}
	if len(subj)+len(persons) == 0 {
		return
	}
	var obj []string
	j := t1
	if v.low(j) == "the" {
		j++
	}
	if g, ok := v.groupAt(j, st1, true); ok {
		obj = g.ids
	}
	_, hasDate := v.nearestValue(document.Date, s, t0, t1, 10)
	_, hasLoc := v.locationNear(s, t1, 8)
	if m.Kind != "launch" && len(obj) == 0 && !hasDate && !hasLoc {
		return
	}
	e := v.newEvent(m.Kind, k, s, t0)
	e.rule, e.conf = "event.verb", 0.7
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
	default:
		for _, p := range append(subj, obj...) {
			e.addParticipant(p, s)
		}
	}
	x.describe(v, e, s, t0, t1)
	touch(e)
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
	e := &event{typ: typ, tok: tok, partSent: map[string]int{}, orgSent: map[string]int{}}
	e.mentions = append(e.mentions, v.d.Mentions[k].Span)
	e.addSentence(s)
	v.events = append(v.events, e)
	return e
}

func (v *view) findNamed(key string) *event {
	for _, e := range v.events {
		if e.named && e.key == key {
			return e
		}
	}
	return nil
}

// lastCompatible returns the most recent event a definite trigger of type
// t may refer to.
func (v *view) lastCompatible(t string) *event {
	for i := len(v.events) - 1; i >= 0; i-- {
		if compatible(t, v.events[i].typ) {
			return v.events[i]
		}
	}
	return nil
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
				n, err := strconv.Atoi(m.Value)
				return n, err == nil
			}
			return 0, false
		}
		if v.low(j) != "the" && v.low(j) != "annual" && v.low(j) != "ever" && !v.isCap(j) {
			return 0, false
		}
		if v.ent[j] == 0 && v.isCap(j) {
			return 0, false
		}
	}
	return 0, false
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
			d = t0 - mt1
		case mt0 >= t1:
			d = mt0 - t1
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
	for j := t1; j < st1 && j < t1+dist; j++ {
		w := v.low(j)
		if w != "in" && w != "at" && w != "to" {
			continue
		}
		k, m := v.mention(j + 1)
		if m == nil || v.source[k] {
			continue
		}
		switch m.Type {
		case document.Place:
			return m.EntityID, true
		case document.Country:
			if m.Rule != "gaz.country.demonym" && v.low(j+2) != "'s" {
				return m.EntityID, true
			}
		}
	}
	return "", false
}

// describe reads the attributes sentence s states about event e, whose
// mention there covers tokens [t0, t1).
func (x *Extractor) describe(v *view, e *event, s, t0, t1 int) {
	st0, st1 := v.sentenceTokens(s)
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
				if (v.low(mt1) == "of" && (v.low(mt1+1) == "its" || v.low(mt1+1) == "their") && v.low(mt1+2) == "kind") || ofItsKind[v.low(mt1)] {
					if n, err := strconv.Atoi(m.Value); err == nil {
						e.ordinal = n
					}
				}
			}
		}
	}
	if e.date == "" || e.gran == "year" || e.gran == "month" {
		m, ok := v.nearestValue(document.Date, s, t0, t1, 20)
		if !ok {
			// "The X Forum, which ..., opened in Kunming on Tuesday": the
			// date of the verb that says the event happened
			for j := t1; j < st1; j++ {
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
			m, ok = v.onlyDay(s - 1)
		}
		// a finer date replaces a year or month only when it agrees
		if ok && m.Value != "" && (e.date == "" || strings.HasPrefix(m.Value, e.date) && m.Kind == "day") {
			e.date, e.gran = m.Value, m.Kind
			if i := strings.IndexByte(m.Value, '/'); i >= 0 {
				e.date, e.endDate = m.Value[:i], m.Value[i+1:]
			}
		}
	}
	if e.attendance == 0 {
		if m, ok := v.nearestValue(document.Quantity, s, t0, t1, 40); ok {
			if n, err := strconv.Atoi(m.Value); err == nil {
				e.attendance, e.attendanceText = n, m.Text
			}
		}
	}
	if e.mode == "" {
		for j := st0; j < st1; j++ {
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
	// organizations of their titles
	for j := st0; j < st1; j++ {
		k, m := v.actorAt(j)
		if m == nil || m.Type != document.Person || strings.HasPrefix(m.Rule, "pat.person.byline") {
			continue
		}
		_ = k
		e.addParticipant(m.EntityID, s)
		mt0, _ := v.tokenSpan(m)
		for b := mt0 - 1; b >= st0 && b >= mt0-7; b-- {
			if _, om := v.actorAt(b); om != nil && om.Type == document.Organization {
				e.addParticipant(om.EntityID, s)
			}
			if v.low(b) == "," || v.low(b) == "and" {
				break
			}
		}
	}
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
	return v.ent[j] != 0
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
	for j := t0 - 1; j >= st0 && j >= t0-4; j-- {
		if _, n, ok := x.lex.ParticipantVerb.At(v, v.gate, j); ok && j+n <= t0+1 {
			verb = j
			break
		}
	}
	if verb < 0 {
		return
	}
	start := st0
	for j := verb - 1; j > st0; j-- {
		if v.low(j) == "," && v.ent[j-1] == 0 && v.val[j-1] == 0 {
			// a clause before the subject: "On Tuesday, ..."
			start = j + 1
			break
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

// cueActors adds participants after "attended by", "brought together",
// "participants from" and organizers after "organized by", "hosted by",
// "chaired by" in sentence s.
func (x *Extractor) cueActors(v *view, e *event, s int) {
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		_, n, isPart := x.lex.ParticipantCues.At(v, v.gate, j)
		if isPart && n < 2 && v.low(j) != "from" {
			isPart = false // one-word cues only count right after a trigger
		}
		_, n2, isOrg := x.lex.OrganizerCues.At(v, v.gate, j)
		if !isPart && !isOrg {
			continue
		}
		if isOrg {
			n = n2
		}
		if isPart && v.low(j) == "from" && n == 1 {
			// "representatives from X": only after a people noun
			if !x.lex.AttendanceUnits.HasAt(v, v.gate, j-1) {
				continue
			}
		}
		end := mini(st1, j+n+30)
		for k := j + n; k < end; k++ {
			if isOrg && (v.low(k) == ";" || v.low(k) == "," && v.ent[k+1] == 0 && !listGoesOn(v, k)) {
				break
			}
			if a, an, ok := v.pairAnaphorAt(k); ok {
				for _, id := range a {
					if isOrg {
						e.addOrganizer(id, s)
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
			if isOrg {
				e.addOrganizer(m.EntityID, s)
			} else {
				e.addParticipant(m.EntityID, s)
			}
			k = mt1 - 1
		}
		j += n - 1
	}
	// active organizer verbs: "TASS hosted the forum"
	for j := st0; j < st1; j++ {
		if _, n, ok := x.lex.OrganizerVerbs.At(v, v.gate, j); ok && v.low(j) != "held" && v.low(j) != "holds" {
			obj := false
			for k := j + n; k < j+n+4 && k < st1; k++ {
				if v.evm[k] != 0 && v.eventOfMention[v.evm[k]-1] == e {
					obj = true
				}
			}
			if !obj {
				continue
			}
			for k := j - 1; k >= st0 && k >= j-6; k-- {
				if _, m := v.actorAt(k); m != nil && m.Type != document.Person {
					e.addOrganizer(m.EntityID, s)
				}
			}
		}
	}
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
		if n, err := strconv.Atoi(lw); err == nil && n >= 1900 && n <= 2100 {
			year = lw
			continue
		}
		if ordinalWord(lw) || lw == "annual" || lw == "the" {
			continue
		}
		words = append(words, w)
	}
	return document.Slug(strings.Join(words, " ")), year
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
		if n, err := strconv.Atoi(f[0]); err == nil && n >= 1900 && n <= 2100 {
			f = f[1:]
		}
	}
	if len(f) > 1 {
		if n, err := strconv.Atoi(f[len(f)-1]); err == nil && n >= 1900 && n <= 2100 {
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
			_, err := strconv.Atoi(w[:len(w)-2])
			return err == nil
		}
	}
	return false
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
