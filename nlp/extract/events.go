// Events: which words make an event and which happening they are.
// Constructions: a named event ("the 13th China-Russia Media Forum", "the
// X Reporting Tour to China", "the AU Media Fellowship"; one event with
// its name whose acronym is defined, "the Lakeside Press Union (LPU) Media
// Summit ... the LPU Media Summit", unless both set different editions
// apart, event.named.acronym; undated by a sentence that tells of its
// document, "the X Summit Hilltop Declaration was released on Friday",
// event.named.document) is an event unless an indefinite article makes it
// a plan or a kind, an apposition a mechanism ("the X Forum, an initiative
// led by"), a habit ("has been held every two years") or it is a standing
// body ("members of the X General Assembly", "National Assembly Chairman
// Y", "the National Dialogue Front said", "the secretary general of the X
// Forum", "the X Assembly was established in 2016",
// event.named.institution), nor its machinery ("the X Forum mechanism",
// "within the X Forum framework", event.named.mechanism), nor a habit in a
// month of every year ("is held every year in May", "meetings ... held
// yearly in March", event.habit.month); a past edition is an event of its
// own ("Last year's forum in Y", "last year's X Forum", "the second
// edition was held in Y in 2024" after the third, of the named series told
// last, "The X Forum was held in Y in 2019" after this year's,
// event.past-edition); a predicate noun is its subject event ("This forum
// was a high-level dialogue meeting", not "there was a ceremony",
// event.predicate); "the next X Forum" without a day is a plan
// (event.named.next); a count is none ("has been held five times",
// "several rounds of talks" without a day, event.count); a trigger noun
// ("talks", "video conference", "a zoom meeting", "a reception for", "an
// awards ceremony", "a hand-over ceremony", "the 16th session of the
// council", "a fact-finding tour", "an international media fellowship"),
// not "a series of exchange programmes", when an ordinal, a date, named
// parties, a place or a verb saying it happened anchors it, not a bare
// "session" (a part of the event told before), not a participle
// ("professionals gathering in Alofi") nor a modifier ("visit exchanges");
// a trigger after "during a", "at a", "on a" (event.trigger.during); a
// weak trigger ("meeting", "visit") that a verb of holding takes as object
// or subject ("held a meeting with", "made an exchange visit", "A
// coordination meeting was held between", "while chairing a meeting",
// "there was an inauguration ceremony", event.trigger.held); a definite
// gathering or visit that refers to nothing told before ("During the
// meeting at the agency's headquarters", "The visit was attended by"),
// outside quoted speech, first-person possessives and "the assembly's
// General Council" (event.definite-first); talks, sessions, roundtables
// and workshops "as part of" or "held within" a gathering are that
// gathering (event.merge.part-of); "conference-cum-exhibition" is one
// happening.

package extract

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/dates"
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
	key  string
	year string
	// short is the key of the name with a defined acronym in place of
	// its expansion ("Lakeside Press Union (LPU) Media Summit" ->
	// lpu-media-summit), "" when the name defines none.
	short    string
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

	ordinal       int
	date, endDate string
	gran          string
	// dateRule names the rule that dated the event from outside its own
	// sentences, or that read its sentence's days as start and end
	// (event.date.opened-closed, event.date.ends-on); "" for the date
	// its sentences state
	dateRule       string
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
	// jointOrgs are the organizers a joint cue names
	jointOrgs []string

	// prevDay marks an event introduced by a definite trigger that
	// refers to nothing told before: with no date of its own or of a
	// happening it took place at, it takes the day of the sentences before
	// (finish)
	prevDay bool
	// remarks: told as the occasion of remarks made ("X made the
	// remarks at a summit"), dated by the saying before (finish,
	// event.date.remarks)
	remarks bool
	// after is the happening a "was followed by" agent came after
	// (event.trigger.sequence): its day dates this one if nothing else
	// does (event.date.sequence)
	after *event

	// edition marks another edition of a series told in passing ("its
	// next edition in 2026", "first held in Istanbul in 2022"): a later
	// definite description refers to the edition the report is about
	edition bool

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

// ownPossessive returns the token of "its" or "their" before the
// trigger at t0, over at most three lower-case modifiers ("its annual
// general meeting"), or -1.
func (v *view) ownPossessive(t0 int) int {
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		w := v.low(j)
		if w == "its" || w == "their" {
			return j
		}
		if !v.isWord(j) || v.isCap(j) || objectEnds.has(w) {
			return -1
		}
	}
	return -1
}

// partnershipNouns before "with the X Forum" make the forum a partner,
// a body: "in collaboration with", "in partnership with" (not "in
// conjunction with the summit", a happening).
var partnershipNouns = newWordSet(map[string]bool{"collaboration": true, "partnership": true, "association": true, "cooperation": true})

// meals name a meeting only with an anchor of their own ("hosted a
// dinner for the delegates on Monday"): "the dinner" alone presupposes
// no gathering (event.definite-first).
var meals = newWordSet(map[string]bool{"dinner": true, "luncheon": true, "lunch": true, "breakfast": true, "banquet": true})

// gatherings are the event types that "the meeting" may refer back to.
var gatherings = newWordSet(map[string]bool{
	"conference": true, "video_conference": true, "seminar": true, "forum": true,
	"summit": true, "meeting": true, "talks": true, "assembly": true,
})

// compatible reports whether a trigger of type t may refer back to an
// event of type et.
func compatible(t, et string) bool {
	if t == et {
		return true
	}
	switch t {
	case "meeting", "talks":
		// "the talks", "the consultations" after a session or forum:
		// what was said there
		return gatherings.has(et)
	case "assembly":
		// "The General Assembly discussed" after the federation's
		// conference
		return et == "conference" || et == "meeting"
	case "conference", "video_conference", "seminar":
		// "The 50th General Assembly of the federation started ... The
		// conference is being held in conjunction with ..."; "the media
		// forum in Cairo ... During the media conference" (a forum is a
		// conference, event.coref.forum-conference)
		return et == "conference" || et == "video_conference" || et == "seminar" || t == "conference" && (et == "assembly" || et == "forum")
	}
	return false
}

// kindNouns in apposition after an event's name make it a mechanism or a
// series rather than one happening: "the X Forum, an initiative led by".
var kindNouns = newWordSet(map[string]bool{
	"initiative": true, "mechanism": true, "platform": true, "programme": true, "program": true,
	"project": true, "series": true, "network": true, "framework": true,
})

// partTypes are the kinds of gathering that a larger one holds as its
// parts: talks, sessions, roundtables and workshops (a media summit "as
// part of" an economic forum is a happening of its own).
var partTypes = newWordSet(map[string]bool{"talks": true, "meeting": true, "seminar": true})

// memberNouns before "of the" make a named assembly a standing body
// whose members they are ("members of the FANA General Assembly"; the
// members of a workshop are its participants).
var memberNouns = newWordSet(map[string]bool{"members": true, "member": true, "membership": true, "chairmanship": true, "presidency": true})

// sameClass reports whether two event types are kinds of one class of
// happening: gatherings, or exhibitions and festivals, or the same type.
func sameClass(a, b string) bool {
	show := func(t string) bool { return t == "exhibition" || t == "festival" }
	return a == b || gatherings.has(a) && gatherings.has(b) || show(a) && show(b)
}

// definiteWords before a trigger make it refer to a known event.
var definiteWords = newWordSet(map[string]bool{"the": true, "this": true, "that": true, "said": true, "current": true, "'s": true, "its": true,
	"his": true, "her": true, "their": true, "our": true})

// firstPerson determiners tell of the speaker's own happenings ("our
// visit to the top"), which a report quotes rather than states.
var firstPerson = newWordSet(map[string]bool{"our": true, "my": true})

// modeMarkers before a trigger make it state the mode of another event:
// "held via videoconference".
var modeMarkers = newWordSet(map[string]bool{"via": true, "by": true, "through": true, "over": true, "in": false})

// ofItsKind are the words after an ordinal that give the ordinal of the
// event the sentence is about: "the 13th of its kind", "the sixth edition".
var ofItsKind = newWordSet(map[string]bool{"edition": true, "such": true, "round": true, "installment": true, "instalment": true})

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
	// the events a trigger of this sentence introduced, with the end of
	// their trigger (partOf)
	var created []*event
	var createdEnd []int
	// named events first: a trigger may refer to one named later in the
	// sentence ("the 18th meeting of the OANA General Assembly")
	for i := t0; i < t1; i++ {
		if v.evm[i] == 0 {
			continue
		}
		k := v.evm[i] - 1
		m := &v.d.Mentions[k]
		et0, et1 := v.spanOf(k)
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
		// "invited them to attend the next X Forum": a coming edition
		// without a day is a plan (event.named.next)
		if v.low(et0-1) == "next" && v.findNamed(seriesKeyOf(m.Name)) == nil && !v.hasDate(s, et0, et1) {
			i = et1 - 1
			continue
		}
		// "The X Forum has been held every two years", "is held every
		// year in May" (a month of every year, event.habit.month): a
		// habit; "will
		// have a chance to cover events such as the X Congress": a
		// possibility (event.opportunity)
		if dm, dated := v.nearestValue(document.Date, s, et0, et1, 12); !dated && (habitual(v, s, et0, et1) || opportunityBefore(v, s, et0)) || dated && v.habitualMonth(dm) {
			i = et1 - 1
			continue
		}
		// "the China-Arab Cooperation Forum, an initiative led by the
		// ministry": a mechanism, no one happening
		if v.low(et1) == "," && (v.low(et1+1) == "a" || v.low(et1+1) == "an") && (v.in(kindNouns, et1+2) || adjective(v, et1+2) && v.in(kindNouns, et1+3)) {
			i = et1 - 1
			continue
		}
		// "members of the FANA General Assembly", "National Assembly
		// Chairman Vuong Dinh Hue", "the secretary general of the X
		// Forum" (a title of words, event.named.institution): a standing
		// body
		if v.low(et0-1) == "the" && v.low(et0-2) == "of" && (x.titleEndsAt(v, et0-3) || x.lex.OrgHeads.HasAtIDs(v, v.ids, v.gate, et0-3) || m.Kind == "assembly" && v.in(memberNouns, et0-3)) ||
			m.Kind == "assembly" && x.lex.Titles.HasAtIDs(v, v.ids, v.gate, et1) {
			i = et1 - 1
			continue
		}
		// "organised by the EAC in collaboration with the East African
		// Editors Forum (EAEF)", "organised by the Lakeside Media
		// Forum": a named forum that works with others or organises is
		// a body (event.named.institution)
		if v.low(et0-1) == "the" && (v.low(et0-2) == "with" && v.in(partnershipNouns, et0-3) || v.low(et0-2) == "by" && (v.low(et0-3) == "organised" || v.low(et0-3) == "organized")) {
			i = et1 - 1
			continue
		}
		// "the National Dialogue Front said", "the Lakeside Forum
		// Secretariat": the name begins an institution's name
		// (event.named.institution)
		if v.isCap(et1) && v.sent(et1) == s && (x.lex.OrgHeads.HasAtIDs(v, v.ids, v.gate, et1) || v.low(et1) == "front") {
			i = et1 - 1
			continue
		}
		// "the X Forum mechanism", "within the X Forum framework": the
		// machinery of a series, no happening (event.named.mechanism)
		if v.in(mechanismNouns, et1) && v.sent(et1) == s {
			i = et1 - 1
			continue
		}
		// "The X Assembly was established on November 2, 2016": a body
		// founded, no happening (event.named.institution)
		if b := v.low(et1); (b == "was" || b == "were" || b == "is") && v.in(foundedVerbs, et1+1) {
			i = et1 - 1
			continue
		}
		key, year := seriesKey(m.Name)
		if y := v.low(et1 - 1); year == "" && len(y) == 4 && (y[0] == '1' || y[0] == '2') {
			// "the Eurasian Media Forum 2018": the year after the name
			// is in the mention, not in its name (event.date.name-year)
			if n, ok := atoi(y); ok && n >= 1900 && n <= 2100 {
				year = y
			}
		}
		short := acronymKey(v.body[m.Start:m.End])
		e := v.findNamed(key)
		past := v.pastYearBefore(et0) // "Last year's X Forum" (event.past-edition)
		if past {
			e = nil
		}
		if e == nil && !past {
			// "the Lakeside Press Union (LPU) Media Summit ... the LPU
			// Media Summit", either order: one name with its acronym
			// defined and the short one (event.named.acronym), unless
			// both set an edition apart and the editions differ ("the
			// 2026 ..." and "the 7th ...")
			e = v.findNamedShort(key, short)
			if n, ok := v.ordinalBefore(et0); e != nil && (ok || year != "") && (e.ordinal != 0 || e.year != "") && (n != e.ordinal || year != e.year) {
				e = nil
			}
			if e != nil && !strings.Contains(e.rule, "event.named.acronym") {
				e.rule += "+event.named.acronym"
			}
		}
		ordinalEdition := false
		if e != nil {
			// "On December 19, 2022, the Second Council Meeting of the X
			// was held" after the First: another edition of the name;
			// "The X Forum was held in Y in 2019" after this year's, with
			// no ordinal of its own: the day of another year is another
			// edition (event.past-edition)
			// "The first X Summit was held on December 20, 2017" after
			// "the 2018 X Summit": an ordinal where the event has none,
			// dated in another year, is another edition too
			// (event.past-edition.ordinal)
			if n, ok := v.ordinalBefore(et0); ok && e.ordinal != 0 && n != e.ordinal || year != "" && e.year != "" && year != e.year ||
				year == "" && (!ok || e.ordinal == 0) && v.otherYear(e, s, et0, et1) {
				ordinalEdition = ok && e.ordinal == 0
				e = nil
			}
		}
		if e == nil && !past && !v.in(otherEdition, et0-1) && !v.in(plannedBefore, et0-1) {
			// "the China-Latin America Media Summit ... the Media Summit":
			// a shorter name that ends a name told before, unless the
			// mention sets another edition apart ("the next General
			// Assembly in 2022", "the 2nd ...", another year or day)
			if d := v.findNameSuffix(m.Name, m.Kind); d != nil && !v.ownDescription(d, m.Kind, et0, et1, s) &&
				(year == "" || d.year == "" || year == d.year) && !v.otherDay(d, s, et0, et1) {
				e = d
			}
		}
		if e == nil && !past {
			// "the BRICS summit in Kazan ... the BRICS Summit": the name
			// the article used before as a description
			if d := v.findDescribed(key, m.Kind); d != nil {
				d.named, d.name, d.key, d.year = true, strings.TrimSpace(stripOrdinalYear(m.Name)), key, year
				e = d
			}
		}
		if _, ordinal := v.ordinalBefore(et0); e == nil && !past && !ordinal && v.low(et0-1) == "the" && x.genericName(m.Name) {
			// "The General Assembly discussed ..." after the federation's
			// 31st conference: a name of generic words alone refers back
			if d := v.lastCompatible(m.Kind, v.low(et1-1), m.Start); d != nil && !v.ownDescription(d, m.Kind, et0, et1, s) && !v.otherDay(d, s, et0, et1) {
				e = d
			}
		}
		if _, ordinal := v.ordinalBefore(et0); e == nil && !past && !ordinal && !v.in(otherEdition, et0-1) && !v.in(plannedBefore, et0-1) && v.low(et0-1) != "a" && v.low(et0-1) != "an" {
			// "The government has organised a summit ... Africa Media
			// Summit would provide ...": the name of the one happening
			// of its type the article described so far
			if d := v.loneUnnamed(m.Kind); d != nil && !v.otherDay(d, s, et0, et1) && (year == "" || d.date == "" || strings.HasPrefix(d.date, year)) {
				d.named, d.name, d.key, d.year = true, strings.TrimSpace(stripOrdinalYear(m.Name)), key, year
				e = d
			}
		}
		if e == nil {
			e = v.newEvent(m.Kind, k, s, et0)
			e.named, e.name, e.key, e.year = true, strings.TrimSpace(stripOrdinalYear(m.Name)), key, year
			e.short = short
			e.rule, e.conf = "event.named", 0.9
			if ordinalEdition {
				e.rule += "+event.past-edition.ordinal"
			}
			v.noteEventAcronym(e, et1)
		} else {
			e.refer(m.Span, s)
		}
		// "The XVIII Eurasian Media Forum": a Roman numeral that opens
		// the name is the edition's ordinal (event.ordinal.roman)
		if f := strings.Fields(m.Name); e.ordinal == 0 && len(f) > 1 && v.isCap(et0+1) {
			if n, ok := romanOrdinal(f[0]); ok {
				e.ordinal = n
			}
		}
		v.eventOfMention[k] = e
		if v.documentAfter(et1) {
			// "The Lakeside Media Summit Hilltop Declaration was released
			// on Friday": the sentence tells of the document, its day
			// and place are not the summit's (event.named.document)
			if n, ok := v.ordinalBefore(et0); ok && e.ordinal == 0 {
				e.ordinal = n
			}
		} else {
			x.describe(v, e, s, et0, et1)
		}
		touch(e)
		i = et1 - 1
	}
	// "The forum's previous edition took place in Beijing in October
	// 2023", "will move to Almaty for its next edition in 2026": an
	// edition set apart by its own words, told before the series' own
	// mention in the sentence can take its ordinal (event.other-edition)
	var editions []int
	flags := v.sentenceFlags(s)
	for i := t0; i < t1 && flags&flagEdition != 0; i++ {
		if v.lows[i] == "edition" && (v.low(i+1) != "of" || v.editionOfTrigger(i)) && v.otherEditionCue(s, i) {
			if e := x.otherEdition(v, s, i, true); e != nil {
				touch(e)
				editions = append(editions, i)
			}
		}
	}
	// "The forum was last held in Astana in 2023": the edition before
	// the one told (event.last-held)
	for i := t0 + 2; i+2 < t1 && flags&flagFirstHeld != 0; i++ {
		if v.lows[i] == "last" && ((v.low(i-1) == "was" || v.low(i-1) == "were") && v.in(firstHeld, i+1) || v.low(i+1) == "took" && v.low(i+2) == "place") {
			if e := x.lastEdition(v, s, i); e != nil {
				touch(e)
			}
		}
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
		if et1-et0 == 1 && v.low(et0) == "session" && v.low(et1) != "of" && v.in(comingEdition, et0-1) && v.low(et0-2) == "the" {
			// "The next session will be held in Bamako in the autumn":
			// a coming edition of the series told, with a place or a
			// date of its own (event.other-edition)
			_, dated := v.dateAfter(s, et1, 8)
			_, placed := v.locationNear(s, et1, 6)
			if dated || placed {
				if e := x.otherEdition(v, s, et0, true); e != nil {
					v.eventOfMention[k] = e
					touch(e)
					continue
				}
			}
		}
		// "the second session, ..." of a forum is a part of it; "the 16th
		// session of the council" an event of its own
		if et1-et0 == 1 && v.low(et0) == "session" && v.low(et1) != "of" && !v.ownSession(s, et0, et1, m.Start) {
			if e := v.lastEvent(m.Start); e != nil {
				e.refer(document.Span{Start: m.Start}, s)
				ord := e.ordinal
				x.describe(v, e, s, et0, et1)
				e.ordinal = ord // "the second session" numbers the session
				touch(e)
			}
			continue
		}
		if et1-et0 == 1 && v.low(et0) == "session" && v.low(et1) != "of" {
			if n, ord := v.ordinalBefore(et0); ord && v.otherOrdinalSession(et0, n) {
				if last := v.lastEvent(m.Start); last != nil && last.ordinal == 0 {
					if e := x.otherEdition(v, s, et0, true); e != nil {
						v.eventOfMention[k] = e
						touch(e)
						continue
					}
				}
			}
		}
		// "the OANA General Assembly meeting": the head noun of a name,
		// also after an acronym in parentheses ("the Forum on China-Africa
		// Cooperation (Focac) Summit")
		nb := et0 - 1
		if v.low(nb) == ")" && v.low(nb-2) == "(" {
			nb -= 3
		}
		if nb >= 0 && v.evm[nb] != 0 {
			if e := v.eventOfMention[v.evm[nb]-1]; e != nil && e.named {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				continue
			}
		}
		// "Kazakhstan's world exhibition, Astana EXPO-2017": a trigger in
		// apposition with a name of its class
		if v.low(et1) == "," && et1+1 < len(v.evm) && v.evm[et1+1] != 0 {
			if e := v.eventOfMention[v.evm[et1+1]-1]; e != nil && e.named && sameClass(e.typ, m.Kind) {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				continue
			}
		}
		// "The Lakeside Media Congress, a prominent conference-cum-
		// exhibition, ...": an indefinite trigger in apposition after a
		// name of its class
		if e := v.appositionAfterName(s, et0); e != nil && sameClass(e.typ, m.Kind) {
			e.refer(m.Span, s)
			v.eventOfMention[k] = e
			continue
		}
		// "This forum was a high-level dialogue meeting held before ...",
		// "It is a joint event of X and Y": a predicate noun says what
		// the subject event is, no other happening (event.predicate)
		if e := v.predicateOf(s, et0); e != nil {
			e.refer(m.Span, s)
			v.eventOfMention[k] = e
			continue
		}
		// 'the 5th Forum on ... (the "Forum")': a short name defined in
		// parentheses right after the event
		if e := v.parenthesizedAlias(et0); e != nil {
			e.refer(m.Span, s)
			v.eventOfMention[k] = e
			continue
		}
		// "the conference-cum-exhibition": one happening of two kinds;
		// "a series of exchange programmes": a kind; "the 60th
		// anniversary of the signing of the agreement": a commemoration
		// of a happening not told here; "several rounds of talks"
		// without a day: a count, no sitting (event.count)
		if v.low(et0-1) == "-" && v.low(et0-2) == "cum" || v.low(et0-1) == "of" && v.low(et0-2) == "series" ||
			v.low(et0-1) == "of" && v.low(et0-2) == "rounds" && !v.hasDate(s, et0, et1) ||
			v.low(et0-1) == "the" && v.low(et0-2) == "of" && v.low(et0-3) == "anniversary" {
			continue
		}
		// "welcomes companies to visit Laos": a bare trigger after "to" is
		// an infinitive, no event unless a date ties it to a happening
		// ("brought journalists to visit China from October 17th to 26th")
		if v.low(et0-1) == "to" && et1 == et0+1 && v.in(infinitiveTriggers, et0) {
			if _, dated := v.nearestValue(document.Date, s, et0, et1, 12); !dated || planningBefore(v, s, et0-1) {
				// "journalists are planned to visit four cities": a plan,
				// whatever day the sentence gives
				continue
			}
		}
		// "since its launch", "20 years after its launch": the founding
		// of what the report is about, a point of reference
		if m.Kind == "launch" && (v.low(et0-2) == "since" || v.low(et0-2) == "after") && (v.low(et0-1) == "its" || v.low(et0-1) == "their" || v.low(et0-1) == "it's") {
			continue
		}
		// "The Peoples' Assembly was established in 2016": a body
		// founded (event.named.institution)
		if b := v.low(et1); (b == "was" || b == "were" || b == "is") && v.in(foundedVerbs, et1+1) {
			continue
		}
		prev, pj := v.low(et0-1), et0-1
		if prev == "a" || prev == "an" {
			prev, pj = v.low(et0-2), et0-2
		}
		// "will be preceded by a workshop": the agent of a passive, no
		// mode, unless the trigger names one ("linked by video
		// conference") (event.agent-not-mode)
		agent := prev == "by" && x.typeMode(m.Kind) == "" && strings.HasSuffix(v.low(pj-1), "ed")
		if modeMarkers.has(prev) && !agent {
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
		// "X and Y signed an agreement on Monday. A signing ceremony for
		// the memorandum was held in Seoul": one signing told again
		if m.Kind == "signing" {
			if _, dated := v.nearestValue(document.Date, s, et0, et1, 12); !dated && v.presentedAsComing(et0, et1) {
				// "The signing of an MoU will be held at the next
				// meeting": a plan without a day is no event
				continue
			}
			if e := v.signingAgain(s, et0, et1, m.Start); e != nil {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				x.describe(v, e, s, et0, et1)
				touch(e)
				continue
			}
		}
		if e := v.referredTo(s, et0, m.Start); e != nil {
			// "at the summit last May ..., he said, referring to talks
			// between the presidents in Beijing": the event just told,
			// named again (event.referring-to)
			e.refer(m.Span, s)
			v.eventOfMention[k] = e
			touch(e)
			continue
		}
		definite := definiteWords.has(v.determinerBefore(s, et0))
		if v.pastYearBefore(et0) || v.nextYearBefore(et0) {
			// "Last year's forum in Y drew 300 guests": a past edition,
			// no reference to this one (event.past-edition); "Next
			// year's awards are to be hosted by X": a coming one
			// (event.next-edition)
			definite = false
		}
		possessor := v.possessor(s, et0)
		first := false // a definite mention with nothing to refer to
		// "The first conference took place in Moscow in June 2023" after
		// the second: a definite trigger that sets an edition of its own
		// apart, never the undated lead told again (event.other-edition)
		ownEdition, ordOther := false, false
		if definite {
			e := v.lastCompatible(m.Kind, v.low(et1-1), m.Start)
			first = e == nil
			if e != nil {
				ordOther = v.ordinalOtherDay(e, s, et0, et1)
				if n, numbered := v.ordinalBefore(et0); numbered && n >= 2 && e.ordinal == 0 && v.firstOfSeries(e) {
					ordOther = true // "The second course" after "the first of three courses" (event.other-edition.first-of)
				}
				ownEdition = ordOther || v.ownDescription(e, m.Kind, et0, et1, s)
				// "The ALP ... will hold its general assembly on Thursday"
				// after "a meeting of its preparatory committee": a body
				// holding its own gathering of another type tells a new
				// one (event.held-own)
				// "will also hold its annual general meeting on the
				// sidelines of the summit": adjectives may stand between
				if j := v.ownPossessive(et0); j > 0 && v.in(hostVerbs, j-1) && e.typ != m.Kind {
					ownEdition = true
				}
			}
			if e != nil && e.ordinal != 1 && !ownEdition {
				if f := v.firstHeldAfter(et1); f > 0 {
					// "[The Summit] was first organized in 2019" after the
					// second summit: the series' first edition, dated by
					// the clause (event.first-edition.subject)
					if dm, ok := v.dateAfter(s, f+2, 6); ok && len(dm.Value) >= 4 && dm.Value[0] != '-' &&
						!(len(e.date) >= 4 && e.date[:4] == dm.Value[:4]) {
						f1 := v.editionOf(e, s, et0, et1-et0, 1, dm, "event.first-edition.subject")
						v.eventOfMention[k] = f1
						touch(f1)
						continue
					}
				}
			}
			if first && v.low(et1) == "'s" {
				// "the assembly's General Council": a body's part, no
				// happening of its own
				continue
			}
			// "Erdogan's visit" after Putin's: another person's own
			named := v.low(et0-1) == "'s" || v.low(et0-1) == "’s"
			otherOwner := named && possessor != "" && document.IDPrefix(possessor) == document.PrefixPerson && e != nil && hasPersonParticipant(e) && !slices.Contains(e.participants, possessor)
			if e != nil && !ownEdition && !v.ownOtherDay(e, s, et0, et1) && !otherOwner {
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
		if topicOfTalks(v, s, et0, et1) {
			continue
		}
		if premiereVerb(v, et0) {
			continue // "X and Y premiere joint documentary" (event.trigger.premiere-verb)
		}
		weak := x.isWeak(m.Kind)
		rule := "event.trigger"
		if !a.date && (plannedObject(v, s, et0) || habitual(v, s, et0, et1) || programmeItem(v, s, et0) || purposeOf(v, s, et0) || opportunityBefore(v, s, et0)) {
			// "invited him to undertake an official visit", "agreed on
			// holding a joint exhibition", "hold a forum each year": a
			// plan or a habit without a day is no event
			continue
		}
		if a.date {
			// "meetings of the two councils held yearly in March": the
			// month of every year is no day of one happening
			// (event.habit.month)
			if dm, ok := v.nearestValue(document.Date, s, et0, et1, 12); ok && v.habitualMonth(dm) {
				continue
			}
		}
		if m.Kind == "talks" {
			if vj, inf, ok := processObject(v, s, et0); ok {
				// "pledged to resume peace talks", "could make it difficult
				// to concentrate on talks with Y": negotiations as a
				// process, no sitting; "resumed talks in Geneva on
				// Monday" is one (event.process)
				if inf || !a.date {
					continue
				}
				if dm, ok := v.nearestValue(document.Date, s, et0, et1, 12); ok {
					if dt0, _ := v.tokenSpan(dm); dt0 < vj {
						continue
					}
				}
			}
		}
		if proposedHappening(v, s, et0) {
			continue // "proposed a joint workshop in Dhaka in September" (event.proposed)
		}
		if x.agreementPurpose(v, s, et0) {
			continue // "signed an agreement today to launch a programme" (event.agreement-purpose)
		}
		if vj, ok := requestedObject(v, s, et0); ok {
			// "called for an emergency meeting", "last week proposed
			// direct negotiations": asked for, not told as held; a date
			// before the verb dates the asking
			if !a.date {
				continue
			}
			if dm, ok := v.nearestValue(document.Date, s, et0, et1, 12); ok {
				if dt0, _ := v.tokenSpan(dm); dt0 < vj {
					continue
				}
			}
		}
		switch {
		case a.strong():
		case possessor != "":
			// "his visit", "her talks with ...": someone's own happening
		case !weak && a.passive && !definite:
			rule = "event.anchor.passive"
		case !weak && (a.happening || definite):
		case introducedBy(v, s, et0):
			// "during an interaction forum between ...", "signed during a
			// meeting between ...", "on a visit to Kabul": a phrase of
			// time or place presupposes the happening
			rule = "event.trigger.during"
		case !weak && sequencedAgent(v, s, et0):
			// "The signing was followed by a two-day workshop"
			rule = "event.trigger.sequence"
		case weak && heldDirectly(v, s, et0, et1):
			// "held a meeting with", "A coordination meeting was held
			// between": the clause says the happening took place
			rule = "event.trigger.held"
		case first && weak && (gatherings.has(m.Kind) || m.Kind == "visit") && v.low(et1) != "of" &&
			!firstPerson.has(v.determinerBefore(s, et0)) && !v.inQuote(m.Start) && !v.in(meals, et1-1):
			// "During the meeting at the agency's headquarters, ...",
			// "The visit was attended by ...": a definite description
			// that refers to no event told before presupposes one
			rule = "event.definite-first"
		default:
			continue
		}
		// "During 10-day trip that will end on December 16", "During a
		// visit to Kabul University" after the trip was told: a stop of
		// the visit told before, unless another person makes it
		// "took a short tour of the agency's departments" on the visit
		// told before: a stop of it
		if tour := v.low(et1-1) == "tour"; m.Kind == "visit" && (duringPhrase(v, s, et0) || tour) {
			if e := v.lastCompatible("visit", "", m.Start); e != nil && e.typ == "visit" && !e.planned && !v.ownOtherDay(e, s, et0, et1) && (tour || !v.otherPersonIn(e, s)) {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				x.describe(v, e, s, et0, et1)
				touch(e)
				continue
			}
		}
		// the lead named the event without a date, this sentence
		// describes it again with one: the same event
		if a.date {
			n, numbered := v.ordinalBefore(et0)
			// "a training course ..., the first of three courses" and
			// later "The second course is scheduled for January": the
			// lead is the first of a series, a later number another one
			// (event.other-edition.first-of)
			if e := v.undatedLead(m.Kind); e != nil && (ownEdition || numbered && e.ordinal != 0 && n != e.ordinal || numbered && n >= 2 && e.ordinal == 0 && v.firstOfSeries(e)) {
				ordOther = true // the rule that kept them apart
			} else if e != nil {
				e.refer(m.Span, s)
				v.eventOfMention[k] = e
				x.describe(v, e, s, et0, et1)
				touch(e)
				continue
			}
		}
		e := v.newEvent(m.Kind, k, s, et0)
		created = append(created, e)
		createdEnd = append(createdEnd, et1)
		e.descr = v.description(et0, et1)
		if ordOther {
			rule += "+event.other-edition"
		}
		e.rule, e.conf = rule, 0.8
		if weak {
			e.conf = 0.65
		}
		if rule == "event.definite-first" {
			e.conf = 0.6
		}
		e.mode = x.typeMode(m.Kind)
		v.eventOfMention[k] = e
		if possessor != "" {
			e.addParticipant(possessor, s)
		}
		x.describe(v, e, s, et0, et1)
		if first && definite && possessor == "" && rule != "event.definite-first" {
			e.prevDay = true // dated by the sentences before if nothing else dates it (finish)
		}
		if !e.prevDay && remarksMade(v, s, et0) {
			// "X urged on Tuesday ... X made the remarks while delivering
			// a speech at a summit": the occasion of the remarks told
			// before has their day (event.date.remarks)
			e.prevDay, e.remarks = true, true
		}
		if rule == "event.trigger.sequence" {
			// "They signed on Thursday. The signing was followed by a
			// workshop": the day of the happening it followed, unless
			// something else dates it (finish)
			e.conf, e.prevDay = 0.7, true
			e.after = v.sequenceSubject(s, et0)
		}
		if strings.HasPrefix(rule, "event.trigger") && e.date == "" && s > 0 && v.resultSubject(s) && (introducedBy(v, s, et0) || duringPhrase(v, s, et0)) {
			// "X and Y agreed on Monday to ... The agreement came during
			// a meeting between ...": the sentence's subject is what the
			// sentence before told, the meeting its day
			// (event.date.result-previous)
			if dm, ok := v.previousDay(s); ok {
				e.setDate(dm.Value, dm.Kind)
				e.dateRule = "event.date.result-previous"
			}
		}
		if rule == "event.definite-first" && e.date == "" && s > 0 {
			// "A and B discussed, Wednesday, ... During the meeting
			// ...", "On 11 June, A and B discussed ... A said at the
			// time: '...' ... 'The talks witnessed ...'": the happening
			// the description presupposes is the one the sentence before
			// dates (or the one before it, when that tells nothing else)
			if dm, ok := v.previousDay(s); ok {
				e.setDate(dm.Value, dm.Kind)
				e.dateRule = "event.date.previous-sentence"
			}
		}
		touch(e)
	}
	// "X, who is in Vietnam on the occasion of ...": a stay is a visit
	if e := x.stay(v, s); e != nil {
		touch(e)
	}
	// "their talks on June 6 as part of the 9th session of the
	// committee", "a roundtable held within the 2nd Conference of the
	// forum": a gathering that is part of another is that one
	for i, e := range created {
		h := v.partOf(s, createdEnd[i])
		if h == nil || h == e || !gatherings.has(h.typ) || !partTypes.has(e.typ) || !slices.Contains(v.events, e) {
			continue
		}
		typ := h.typ // the whole keeps its kind
		v.mergeInto(h, e, "event.merge.part-of")
		h.typ = typ
		here = slices.DeleteFunc(here, func(x *event) bool { return x == e })
		if !slices.Contains(here, h) {
			here = append(here, h)
		}
	}
	// "The X Forum ... honoured six reporters at an awards ceremony on
	// Tuesday", "The conference closed on Thursday with an award
	// ceremony": a ceremony told in a sentence whose subject is a
	// gathering is a part of it, and so is one a gathering opened or
	// closed with ("Y closed the 24th X Festival with an award
	// ceremony", "The fair, organised by Y, ended in Z with a gala
	// ceremony") (event.merge.ceremony-part)
	for _, e := range created {
		if e.typ != "ceremony" || !slices.Contains(v.events, e) {
			continue
		}
		h := v.subjectGathering(s, e)
		if h == nil {
			h = v.closedWithGathering(s, e)
		}
		if h == nil {
			continue
		}
		e.date, e.endDate, e.gran = "", "", "" // the part's day is not the whole's start
		typ := h.typ
		v.mergeInto(h, e, "event.merge.ceremony-part")
		h.typ = typ
		here = slices.DeleteFunc(here, func(x *event) bool { return x == e })
		if !slices.Contains(here, h) {
			here = append(here, h)
		}
	}
	// "The X Forum opened in Y. It was held on June 3 and ...": a
	// sentence that opens with "it" and a verb of holding dates the
	// event the sentence before told (event.date.pronoun)
	if len(here) == 0 && v.low(t0) == "it" {
		x.pronounDate(v, s, t0, t1)
	}
	// "The 3rd X Forum opened ... The second edition was held in Y in
	// 2024": another edition of the series told (event.past-edition)
	for i := t0; i < t1 && flags&flagEdition != 0; i++ {
		if v.lows[i] == "edition" && (v.low(i+1) != "of" || v.editionOfTrigger(i)) && !slices.Contains(editions, i) {
			if e := x.otherEdition(v, s, i, false); e != nil {
				touch(e)
			}
		}
	}
	// "Lome will host the next one in 2027", "the second AENAS after the
	// first was held in Rome in 2022": an edition told by a pronoun or a
	// bare ordinal (event.edition-pronoun)
	for i := t0 + 2; i < t1 && flags&flagEditionPronoun != 0; i++ {
		if editionPronoun(v, i) {
			if e := x.otherEdition(v, s, i, true); e != nil {
				if e.rule == "event.other-edition" && e.tok == i {
					e.rule = "event.edition-pronoun"
					if v.lows[i] == "one" {
						e.ordinal = 0 // "the next one" has no ordinal of its own
					}
					// "..., while the first took place in Tbilisi in
					// 2022": the date of its own clause, not the one
					// before it
					if v.lows[i] == "took" {
						if dm, ok := v.dateAfter(s, i+2, 8); ok {
							e.setDate(dm.Value, dm.Kind)
						}
					}
				}
				touch(e)
			}
		}
	}
	// "the Baku Global Media Forum (BGMF) ... The 2nd BGMF, held last
	// year", "NEAMS-4 will be hosted by Seoul", "the previous AMF":
	// another edition of a series by the acronym its name defined
	// (event.acronym-edition)
	for i := t0; i < t1 && len(v.evAcronyms) > 0; i++ {
		if v.isCap(i) {
			if e := x.acronymEdition(v, s, i); e != nil {
				touch(e)
			}
		}
	}
	// "The summit, first held in Istanbul in 2022, will move to ...": the
	// first edition of the series told in a participle clause
	// (event.first-edition)
	for i := t0 + 2; i+1 < t1 && flags&flagFirstHeld != 0; i++ {
		if v.lows[i] == "first" && v.in(firstHeld, i+1) && v.low(i-1) == "," {
			if e := x.firstEdition(v, s, i); e != nil {
				touch(e)
			}
		}
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
		if _, n, ok := x.lex.EventAnaphors.AtIDs(v, v.ids, v.gate, i); ok {
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

// lastEdition makes the edition before the one told of the event whose
// mention is the subject of "was last held" at token i of sentence s
// ("The forum was last held in Astana in 2023"), dated and placed by the
// clause's own words (event.last-held); nil when the event has no other
// day than the clause's, or the clause no date.
func (x *Extractor) lastEdition(v *view, s, i int) *event {
	st0, _ := v.sentenceTokens(s)
	kind := ""
	for j := i - 1; j >= st0 && j >= i-6; j-- {
		if v.evm[j] != 0 {
			kind = v.d.Mentions[v.evm[j]-1].Kind
			break
		}
	}
	// the subject is the event told last, before this sentence's
	// triggers refer to it
	ser := v.lastEvent(v.toks[st0].Start)
	if kind == "" || ser == nil || ser.edition || !sameClass(kind, ser.typ) && kind != ser.typ {
		return nil
	}
	n := 2
	if v.low(i+1) == "took" {
		n = 3
	}
	dm, ok := v.dateAfter(s, i+n, 8)
	if !ok || ser.date == "" || strings.HasPrefix(ser.date, dm.Value) || strings.HasPrefix(dm.Value, ser.date) {
		return nil
	}
	return v.editionOf(ser, s, i, n, 0, dm, "event.last-held")
}

// editionOf adds another edition of series event ser, told by the n
// tokens at i of sentence s: its ordinal (0 when unknown), the series'
// name, the day of date dm (both ends of a range) and the place named
// after the clause.
func (v *view) editionOf(ser *event, s, i, n, ordinal int, dm *document.Mention, rule string) *event {
	e := &event{typ: ser.typ, tok: i, ordinal: ordinal, edition: true}
	e.refer(document.Span{Start: v.toks[i].Start, End: v.toks[i+n-1].End}, s)
	v.events = append(v.events, e)
	if ser.named {
		e.named, e.name, e.key = true, ser.name, ser.key
	}
	e.date, e.gran = dm.Value, dm.Kind
	if k := strings.IndexByte(dm.Value, '/'); k >= 0 {
		e.date, e.endDate = dm.Value[:k], dm.Value[k+1:]
	}
	if loc, ok := v.locationNear(s, i+n, 4); ok {
		e.location = loc
	}
	e.rule, e.conf = rule, 0.7
	return e
}

// mechanismNouns after an event's name make it the machinery of a series:
// "the X Forum mechanism", "the X Summit process".
var mechanismNouns = newWordSet(map[string]bool{"mechanism": true, "mechanisms": true, "framework": true, "frameworks": true, "process": true, "processes": true})

// foundedVerbs after "was" make the named subject a body founded:
// "The X Assembly was established in 2016".
var foundedVerbs = newWordSet(map[string]bool{"established": true, "founded": true, "formed": true, "created": true, "registered": true, "incorporated": true})

// otherYear reports whether the date nearest the mention at [t0, t1) of
// sentence s is of another year than e's day (a year's day or month
// within it is not).
func (v *view) otherYear(e *event, s, t0, t1 int) bool {
	dm, ok := v.nearestValue(document.Date, s, t0, t1, 12)
	if !ok || len(e.date) < 4 || len(dm.Value) < 4 || dm.Value[0] == '-' || e.date[0] == '-' {
		return false
	}
	return dm.Value[:4] != e.date[:4]
}

// remarksMade reports whether sentence s says, before token t0, that
// someone "made the remarks" (or these, his, her remarks or comments):
// the sentence tells the occasion of what was said before.
func remarksMade(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := st0; j+2 < t0; j++ {
		if v.lows[j] == "made" && v.in(remarksDeterminers, j+1) && (v.low(j+2) == "remarks" || v.low(j+2) == "comments") {
			return true
		}
	}
	return false
}

// remarksDeterminers stand between "made" and "remarks".
var remarksDeterminers = newWordSet(map[string]bool{"the": true, "these": true, "his": true, "her": true, "those": true, "their": true})

// pastYearBefore reports whether "last year's" or "the previous
// year's" stands right before token t0: the mention is a past edition.
func (v *view) pastYearBefore(t0 int) bool {
	p := v.low(t0 - 1)
	return (p == "'s" || p == "’s") && v.low(t0-2) == "year" && v.in(otherEdition, t0-3)
}

// nextYearBefore reports "next year's" right before the trigger at
// token t0: "Next year's awards are to be hosted by X in Port Vila"
// (event.next-edition).
func (v *view) nextYearBefore(t0 int) bool {
	p := v.low(t0 - 1)
	return (p == "'s" || p == "’s") && v.low(t0-2) == "year" && v.low(t0-3) == "next"
}

// pronounDate dates the event told in the sentence before s when s
// opens with "it" and a verb saying the event happened, followed by a
// date: "It was held on June 3", "It took place in Kampala on Monday"
// (event.date.pronoun). An event with a date or a plan keeps it.
func (x *Extractor) pronounDate(v *view, s, t0, t1 int) {
	j := t0 + 1
	if w := v.low(j); w == "was" || w == "is" || w == "has" {
		j++
	}
	_, n, ok := x.lex.HappeningVerbs.AtIDs(v, v.ids, v.gate, j)
	if !ok || s == 0 {
		return
	}
	e := v.lastEvent(v.toks[t0].Start)
	if e == nil || e.date != "" || e.planned || !slices.Contains(e.sents, s-1) {
		return
	}
	if dm, ok := v.dateAfter(s, j+n, 8); ok {
		e.setDate(dm.Value, dm.Kind)
		e.dateRule = "event.date.pronoun"
	}
}

// seriesKeyOf is the series key of an event's name.
func seriesKeyOf(name string) string {
	k, _ := seriesKey(name)
	return k
}

// hasDate reports whether a date stands near the trigger at [t0, t1).
func (v *view) hasDate(s, t0, t1 int) bool {
	_, ok := v.nearestValue(document.Date, s, t0, t1, 12)
	return ok
}

// beForms link a subject to a predicate noun: "was a meeting".
var beForms = newWordSet(map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true, "be": true})

// predicateOf returns the event that is the subject of a copula whose
// predicate is the indefinite trigger at t0 of sentence s: "This forum was
// a high-level media dialogue meeting", "The X Summit is a gathering of
// ...", "It was a meeting of minds" after an event (the pronoun refers to
// the last event told).
func (v *view) predicateOf(s, t0 int) *event {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	for n := 0; n < 6 && j > st0; n, j = n+1, j-1 {
		if w := v.low(j); w == "a" || w == "an" || !v.isWord(j) && w != "-" || v.in(objectEnds, j) || v.evm[j] != 0 {
			break
		}
	}
	if w := v.low(j); (w != "a" && w != "an") || !v.in(beForms, j-1) || v.low(j-2) == "there" {
		return nil // "there was an inauguration ceremony": a happening told
	}
	cs := v.clauseStart(s, j-1)
	for k := j - 2; k >= cs && k >= j-10; k-- {
		if v.evm[k] != 0 {
			if e := v.eventOfMention[v.evm[k]-1]; e != nil {
				return e
			}
			return nil
		}
	}
	if k := j - 2; k == cs && (v.low(k) == "it" || v.low(k) == "this") {
		return v.lastEvent(v.toks[k].Start)
	}
	return nil
}

// otherEdition makes the event of "the second edition" or "the previous
// edition" at token i of sentence s (no "of" after it): an edition of
// the named series told last, other than the one told, with its own
// ordinal, day and place. "This year's forum, the third edition" (the
// series in the same sentence) and the series' own ordinal are the
// series' event itself; nil then.
func (x *Extractor) otherEdition(v *view, s, i int, cued bool) *event {
	n, ord := v.ordinalBefore(i)
	if p := v.low(i - 1); !ord && p != "previous" && p != "last" && p != "past" && !(cued && (comingEdition.has(p) || v.pastYearBefore(i) || v.yearBefore(i) != "")) {
		return nil
	}
	// "the second edition of the forum": the series' trigger after
	// "of" may already refer to it
	before := v.toks[i].Start
	if v.editionOfTrigger(i) {
		before = v.toks[i+3].End
	}
	var ser *event
	for _, e := range v.events {
		if e.named && e.last < before && (ser == nil || e.last > ser.last) {
			ser = e
		}
	}
	// "The ASBU festival, whose 23rd edition was held in Tunis" after the
	// 24th: "whose" and an ordinal other than the series' own set another
	// edition apart even in the series' sentence ("in its third edition"
	// is the series' own)
	otherOrd := ord && ser != nil && ser.ordinal != 0 && n != ser.ordinal && v.low(i-2) == "whose" && v.val[i-1] != 0
	// "the eighth summit of its kind and the first in Fiji since the
	// seventh edition in Tonga in 2019": another ordinal with a year of
	// its own, other than the series' year, is another edition too
	if !otherOrd && ord && ser != nil && ser.ordinal != 0 && n != ser.ordinal && len(ser.date) >= 4 && ser.date[0] != '-' {
		from := i + 1
		if v.editionOfTrigger(i) {
			from = i + 4 // "the second edition of the forum was held in Yerevan in 2023"
		}
		if dm, ok := v.dateAfter(s, from, 8); ok && len(dm.Value) >= 4 && dm.Value[:4] != ser.date[:4] {
			otherOrd = true
		}
	}
	if ser == nil || !cued && !otherOrd && slices.Contains(ser.sents, s) || ord && n == ser.ordinal || ord && ser.ordinal == 0 && !ser.named {
		return nil
	}
	for _, e := range v.events {
		if e.named && e.key == ser.key && ord && e.ordinal == n {
			e.refer(document.Span{Start: v.toks[i].Start, End: v.toks[i].End}, s)
			return e // "the second edition" told again
		}
	}
	e := &event{typ: ser.typ, tok: i}
	e.refer(document.Span{Start: v.toks[i].Start, End: v.toks[i].End}, s)
	v.events = append(v.events, e)
	e.named, e.name, e.key = true, ser.name, ser.key
	e.rule, e.conf = "event.past-edition", 0.7
	if cued {
		e.rule = "event.other-edition"
	}
	if ord {
		e.ordinal = n
		if cued {
			v.editionOrds = append(v.editionOrds, i-1)
		}
	}
	if cued && v.in(comingEdition, i-1) {
		e.planned = true
	}
	e.edition = cued || otherOrd // not the antecedent of a later "the summit"
	x.describe(v, e, s, i, i+1)
	return e
}

// resultNouns name what a sentence before told as a result: "The
// agreement came during a meeting", "The decision was taken at talks".
var resultNouns = newWordSet(map[string]bool{"agreement": true, "deal": true, "decision": true, "announcement": true, "pledge": true, "accord": true, "understanding": true, "consensus": true, "move": true})

// resultSubject reports whether sentence s opens with "The"/"This" and a
// result noun: an anaphor of what the sentence before told.
func (v *view) resultSubject(s int) bool {
	st0, _ := v.sentenceTokens(s)
	d := v.low(st0)
	return (d == "the" || d == "this") && v.in(resultNouns, st0+1)
}

// ownSession reports whether "session" at [t0, t1) of sentence s, with
// an ordinal before it, is an edition of its own rather than a part of
// the event told last: "The commission's sixth session took place in
// Moscow in July last year" after a video conference of this week
// (event.other-edition).
func (v *view) ownSession(s, t0, t1, start int) bool {
	n, ok := v.ordinalBefore(t0)
	if !ok || v.low(t0-1) == "inaugural" {
		// "Speaking at the inaugural session": the opening part of the
		// gathering told, no first edition
		return false
	}
	// "the assembly's first session", "its second session": a part of
	// the event named as its owner
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		if w := v.low(j); w == "its" || w == "their" || (w == "'s" || w == "’s") && j > 0 && v.evm[j-1] != 0 {
			return false
		}
	}
	e := v.lastEvent(start)
	if e == nil {
		return false
	}
	if e.ordinal != 0 {
		return e.ordinal != n
	}
	return v.otherOrdinalSession(t0, n) || v.ordinalOtherDay(e, s, t0, t1)
}

// otherOrdinalSession reports whether "the 50th session" at token t0
// (ordinal n) is another edition of a gathering told before with an
// ordinal of its own other than n, when the event told last has none
// ("The 51st session of the assembly opened ... Two agencies also held
// talks ... The 50th session was held in Cairo", event.other-edition).
func (v *view) otherOrdinalSession(t0, n int) bool {
	other := false
	for _, o := range v.events {
		if o.ordinal != 0 && gatherings.has(o.typ) && o.tok < t0 {
			if o.ordinal == n {
				return false
			}
			other = o.named
		}
	}
	return other
}

// firstHeld are the participles of "first held": "first held",
// "first organized", "first staged", "first hosted", "first convened".
var firstHeld = newWordSet(map[string]bool{"held": true, "organized": true, "organised": true, "staged": true, "hosted": true, "convened": true})

// firstHeldAfter returns the token of "first" when "was first held"
// (or organized, staged, hosted, convened) follows the trigger ending
// at t1, a closing bracket of an editor's insertion between ("[The
// Summit] was first organized in 2019"); else 0.
func (v *view) firstHeldAfter(t1 int) int {
	if v.low(t1) == "]" {
		t1++
	}
	if v.low(t1) == "was" && v.low(t1+1) == "first" && v.in(firstHeld, t1+2) {
		return t1 + 1
	}
	return 0
}

// firstEdition makes the first edition of the series whose mention ends
// right before the appositive clause ", first held ..." at token i of
// sentence s (", which was first held ..." is the series' own history,
// testdata/synthetic article 69),
// dated and placed by the clause's own words; nil when the series has no
// other day (the clause then dates the series itself, describe) or is
// already the first.
func (x *Extractor) firstEdition(v *view, s, i int) *event {
	j := i - 1
	if v.low(j) != "," || j < 1 || v.evm[j-1] == 0 {
		return nil
	}
	ser := v.eventOfMention[v.evm[j-1]-1]
	if ser == nil || ser.ordinal == 1 || ser.date == "" {
		return nil
	}
	dm, ok := v.dateAfter(s, i+2, 6)
	if !ok || strings.HasPrefix(ser.date, dm.Value) || strings.HasPrefix(dm.Value, ser.date) {
		return nil
	}
	return v.editionOf(ser, s, i, 2, 1, dm, "event.first-edition")
}

// subjectGathering returns the gathering other than e that sentence s
// opens with as its subject ("The conference closed ...", "The Arab
// Media Forum, which opened on Monday, honoured ..."), told before e's
// trigger, or nil.
func (v *view) subjectGathering(s int, e *event) *event {
	st0, st1 := v.sentenceTokens(s)
	j := st0
	if v.low(j) == "the" || v.low(j) == "this" {
		j++
	}
	if j >= st1 || j >= e.tok || v.evm[j] == 0 {
		return nil
	}
	h := v.eventOfMention[v.evm[j]-1]
	if h == nil || h == e || !gatherings.has(h.typ) || !slices.Contains(v.events, h) {
		return nil
	}
	return h
}

// openCloseVerbs say a gathering opened or closed with a part of it:
// "closed the festival with an award ceremony".
var openCloseVerbs = newWordSet(map[string]bool{"opened": true, "opens": true, "closed": true, "closes": true, "concluded": true, "concludes": true, "ended": true, "ends": true, "culminated": true, "wrapped": true, "began": true, "kicked": true})

// closedWithGathering returns the gathering (or festival, exhibition)
// other than e told in sentence s before a verb of opening or closing
// whose "with" phrase holds e's trigger ("Y on Wednesday closed the 24th
// X Festival with an award ceremony", "The X Festival, organised by Y,
// concluded in Z with an awards ceremony"), or nil.
func (v *view) closedWithGathering(s int, e *event) *event {
	st0, _ := v.sentenceTokens(s)
	with := -1
	for j := e.tok - 1; j >= st0 && j >= e.tok-4; j-- {
		if v.lows[j] == "with" {
			with = j
			break
		}
	}
	verb := false
	var h *event
	for j := st0; j < with; j++ {
		verb = verb || v.in(openCloseVerbs, j)
		if v.evm[j] == 0 {
			continue
		}
		if g := v.eventOfMention[v.evm[j]-1]; g != nil && g != e && (gatherings.has(g.typ) || g.typ == "festival" || g.typ == "exhibition") && slices.Contains(v.events, g) {
			h = g
		}
	}
	if !verb {
		return nil
	}
	return h
}

// comingEdition words before "edition" set a coming edition apart:
// "its next edition in 2026".
// referredTo returns the event told last in sentence s before the
// trigger at token t0 when "referring to" (and a determiner) stands right
// before the trigger: the trigger names that event again.
func (v *view) referredTo(s, t0, start int) *event {
	j := t0 - 1
	if w := v.low(j); w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" {
		j--
	}
	if v.low(j) != "to" || v.low(j-1) != "referring" {
		return nil
	}
	e := v.lastEvent(start)
	if e == nil || !slices.Contains(e.sents, s) {
		return nil
	}
	return e
}

// editionWords before "one" tell an edition: "the next one", "the
// previous one".
var editionWords = newWordSet(map[string]bool{"next": true, "following": true, "previous": true, "last": true})

// hostVerbs before "the next one" say an edition is held: "Accra will
// host the next one".
var hostVerbs = newWordSet(map[string]bool{"host": true, "hosts": true, "hosted": true, "hold": true, "holds": true, "held": true, "stage": true, "organise": true, "organize": true})

// agreementPurpose reports whether the trigger at token t0 of sentence s
// is an infinitive (or its object) that states what an agreement is
// for, the agreement noun at most four words before "to" (rule
// event.agreement-purpose):
// "signed an agreement today to launch a postgraduate programme", "a deal
// to hold joint courses". The agreement plans the happening; it is none
// yet.
func (x *Extractor) agreementPurpose(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	// "to launch a joint training programme": the infinitive, its verb
	// and up to three words of the object before the trigger
	to := -1
	for k := t0 - 1; k >= st0 && k >= t0-5; k-- {
		if !v.isWord(k) {
			return false
		}
		if v.low(k) == "to" {
			to = k
			break
		}
	}
	if to < 0 {
		return false
	}
	for k := to - 1; k >= st0 && k >= to-4; k-- {
		if !v.isWord(k) {
			return false
		}
		if x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, k) {
			return true
		}
	}
	return false
}

// editionPronoun reports an edition told without its noun at token i:
// "one" after "the next" with a verb of hosting before it or of holding
// after it ("Accra will host the next one", "the previous one was held in
// Lome"), or a verb of holding after "the" and a bare ordinal ("the first
// was held in Rome"), where i is the verb and the ordinal stands at i-1.
func editionPronoun(v *view, i int) bool {
	switch v.lows[i] {
	case "one":
		if !v.in(editionWords, i-1) || v.low(i-2) != "the" {
			return false
		}
		if v.in(hostVerbs, i-3) {
			return true
		}
		w := v.low(i + 1)
		return (w == "was" || w == "is" || w == "will") && (v.in(firstHeld, i+2) || v.low(i+2) == "took" || v.low(i+2) == "be" && v.in(firstHeld, i+3))
	case "was", "is":
		_, ord := v.ordinalBefore(i)
		return ord && v.val[i-1] != 0 && v.low(i-2) == "the" && v.in(firstHeld, i+1)
	case "took":
		// "while the first took place in Tbilisi in 2022"
		_, ord := v.ordinalBefore(i)
		return ord && v.val[i-1] != 0 && v.low(i-2) == "the" && v.low(i+1) == "place"
	}
	return false
}

var comingEdition = newWordSet(map[string]bool{"next": true, "following": true, "upcoming": true, "coming": true})

// otherEditionCue reports whether "edition" at token i of sentence s is
// another edition than the one the sentence tells, by its own words
// (event.other-edition): a series' possessive and "previous", "last",
// "past" or a coming word with a date or place in the sentence ("The
// forum's previous edition took place in Beijing", "for its next edition
// in 2026"), or a possessive ordinal with a date of another month or year
// than the series' ("would return next October for its eighth edition");
// "now in its eighth edition" and "the third edition" are the series'
// own.
func (v *view) otherEditionCue(s, i int) bool {
	if v.pastYearBefore(i) {
		return true // "Last year's edition drew 200 editors"
	}
	if y := v.yearBefore(i); y != "" {
		// "The 2024 edition was held in Juba" after this year's
		ser := v.lastNamed(i)
		return ser != nil && len(ser.date) >= 4 && ser.date[:4] != y
	}
	p, q := v.low(i-1), v.low(i-2)
	possessive := q == "its" || q == "their" || q == "'s" || q == "’s"
	if !possessive {
		// "The next edition will be held in China in 2027", "at the
		// next edition in 2026", "The previous edition of the
		// festival, held in June 2023": a coming edition with a date
		// after it, an earlier one with a date in its clause
		// (event.other-edition)
		if q != "the" {
			return false
		}
		if comingEdition.has(p) {
			_, dated := v.dateAfter(s, i+1, 8)
			return dated
		}
		if p == "previous" || p == "last" || p == "past" {
			_, dated := v.dateAfter(s, i+1, 10)
			return dated
		}
		return false
	}
	if p == "previous" || p == "last" || p == "past" {
		return true
	}
	dm, dated := v.nearestValue(document.Date, s, i, i+1, 12)
	if comingEdition.has(p) {
		if dated {
			return true
		}
		_, placed := v.locationNear(s, i+1, 4)
		return placed
	}
	if _, ord := v.ordinalBefore(i); !ord || !dated || len(dm.Value) < 4 || dm.Value[0] == '-' {
		return false
	}
	ser := v.lastNamed(i)
	if ser == nil || len(ser.date) < 4 || ser.date[0] == '-' {
		return false
	}
	month := func(x string) string { return x[:min(len(x), 7)] }
	return !strings.HasPrefix(month(dm.Value), month(ser.date)) && !strings.HasPrefix(month(ser.date), month(dm.Value))
}

// editionOfTrigger reports whether "edition" at token i is followed by
// "of the" and a lowercase trigger noun: "the previous edition of the
// festival" names the series told by its kind, not another event.
func (v *view) editionOfTrigger(i int) bool {
	return v.low(i+1) == "of" && v.low(i+2) == "the" && i+3 < len(v.toks) && v.evm[i+3] != 0 && !v.isCap(i+3)
}

// lastNamed returns the named event told last before token i, nil when
// none.
func (v *view) lastNamed(i int) *event {
	var ser *event
	for _, e := range v.events {
		if e.named && e.last < v.toks[i].Start && (ser == nil || e.last > ser.last) {
			ser = e
		}
	}
	return ser
}

// yearBefore returns the year that labels the word at token i ("the
// 2024 edition"), "" when none.
func (v *view) yearBefore(i int) string {
	if i < 1 || v.val[i-1] == 0 {
		return ""
	}
	m := &v.d.Mentions[v.val[i-1]-1]
	if m.Type != document.Date || m.Kind != "year" || len(m.Value) != 4 {
		return ""
	}
	return m.Value
}

// titleEndsAt reports whether a title of the lexicon ends at token j:
// "president" or "secretary general" before "of the X Forum".
func (x *Extractor) titleEndsAt(v *view, j int) bool {
	for k := j; k >= 0 && k >= j-3; k-- {
		if _, n, ok := x.lex.Titles.AtIDs(v, v.ids, v.gate, k); ok && k+n-1 == j {
			return true
		}
	}
	return false
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

// commaBetween reports whether a comma stands between tokens a and b.
func (v *view) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if v.low(k) == "," {
			return true
		}
	}
	return false
}

// personAfter reports whether a person is named right after token t1,
// after at most a title of capitalised words ("called on President of
// Maldives Y", "met Speaker Y") or a few words that describe him ("met
// with his Russian counterpart Y").
func (v *view) personAfter(t1, end int) bool {
	return v.personAhead(t1, min(end, t1+14), func(k int) bool {
		if k >= t1+8 && !v.isCap(k) && v.low(k) != "," {
			return false
		}
		// "met with the Deputy Minister of Culture and Islamic Guidance
		// for Press Affairs, Y": a title in capitals, then the person
		// after a comma (event.verb.titled-person)
		titled := k > t1+1 && v.isCap(k-1) && v.isCap(k+1) && (v.low(k) == "and" || v.low(k) == "for" || v.low(k) == ",")
		if _, pm := v.actorAt(k + 1); titled && v.low(k) == "," && (pm == nil || pm.Type != document.Person) {
			// "..., Mr Y": an honorific before the person
			if _, pm2 := v.actorAt(k + 2); !v.in(honorificWords, k+1) || pm2 == nil || pm2.Type != document.Person {
				titled = false
			}
		}
		// "met with his Russian counterpart Y" goes on, and so does a
		// possessive in the title ("the Chairman of the Kenya
		// Journalists' Association, Mr Y")
		w := v.low(k)
		return titled || v.isCap(k) || w == "of" || w == "the" || v.isWord(k) && !objectEnds.has(w) && k < t1+4 ||
			(w == "'" || w == "’" || w == "'s" || w == "’s") && v.isCap(k-1)
	})
}

// eventAcronym is an acronym that a named event's name defines in
// parentheses right after it: "the Baku Global Media Forum (BGMF)", "the
// Festival ... (International Journalism Festival of Havana, FIPH)".
type eventAcronym struct {
	text string
	e    *event
	tok  int // the acronym's token in its definition
}

// noteEventAcronym records the acronym that the tokens after a named
// event's name ending at token et1 define for it: "(BGMF)" or ", FIPH)"
// inside the parentheses that hold the name.
func (v *view) noteEventAcronym(e *event, et1 int) {
	j := et1 + 1
	if t := v.tok(et1); (t != "(" && t != ",") || v.tok(j+1) != ")" || !acronym(v.tok(j)) || v.sent(j) != v.sent(et1) {
		return
	}
	for _, a := range v.evAcronyms {
		if a.text == v.tok(j) {
			return
		}
	}
	v.evAcronyms = append(v.evAcronyms, eventAcronym{text: v.tok(j), e: e, tok: j})
}

// acronymEdition makes the event of another edition of a series that
// token i of sentence s names by the acronym the series' name defined,
// with an ordinal before it ("The 2nd BGMF, held last year"), a number
// joined by a hyphen after it ("NEAMS-4 will be hosted by Seoul") or
// "previous", "last" or "past" before it ("the previous AMF"); its day
// and place come from its sentence (event.acronym-edition). The
// series' own edition told again is that event; nil for none.
func (x *Extractor) acronymEdition(v *view, s, i int) *event {
	var ser *event
	for _, a := range v.evAcronyms {
		if a.text == v.tok(i) && a.tok != i {
			ser = a.e
			break
		}
	}
	if ser == nil {
		return nil
	}
	n, ord := v.ordinalBefore(i)
	end := i + 1
	if !ord && i+2 < len(v.toks) && v.tok(i+1) == "-" && v.toks[i+1].Start == v.toks[i].End && v.toks[i+2].Start == v.toks[i+1].End {
		if k, ok := dates.Digits(v.tok(i + 2)); ok && k > 0 && k < 200 {
			n, ord, end = k, true, i+3
		}
	}
	prev := false
	if p := v.low(i - 1); !ord && (p == "previous" || p == "last" || p == "past") {
		prev = true
	}
	if !ord && !prev {
		return nil
	}
	sp := document.Span{Start: v.toks[i].Start, End: v.toks[end-1].End}
	if ord && n == ser.ordinal {
		ser.refer(sp, s)
		return ser
	}
	for _, e := range v.events {
		if e != ser && e.named && e.key == ser.key && ord && e.ordinal == n {
			e.refer(sp, s)
			return e
		}
	}
	e := &event{typ: ser.typ, tok: i}
	e.refer(sp, s)
	v.events = append(v.events, e)
	e.named, e.name, e.key = true, ser.name, ser.key
	e.rule, e.conf = "event.acronym-edition", 0.7
	e.edition = true
	if ord {
		e.ordinal = n
		if end == i+1 {
			v.editionOrds = append(v.editionOrds, i-1)
		}
		e.planned = ser.ordinal != 0 && n > ser.ordinal
	}
	x.describe(v, e, s, i, end)
	return e
}

// premiereDeterminers may stand before the noun "premiere".
var premiereDeterminers = newWordSet(map[string]bool{"the": true, "a": true, "its": true, "their": true, "his": true, "her": true, "world": true, "'s": true, "’s": true, "this": true, "official": true, "gala": true})

// premiereVerb reports whether the trigger "premiere" at token t0 is a
// verb, no noun: without a determiner before it ("RTVC and Canal Once
// premiere joint documentary", event.trigger.premiere-verb). "the
// premiere of the series", "its world premiere" stay launches.
func premiereVerb(v *view, t0 int) bool {
	return v.low(t0) == "premiere" && !v.in(premiereDeterminers, t0-1)
}

// seriesCounts are the counts "the first of N" gives a series.
var seriesCounts = newWordSet(map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "2": true, "3": true, "4": true, "5": true, "6": true, "7": true, "8": true, "9": true, "10": true})

// firstOfSeries reports whether a sentence of event e calls it the first
// of a counted series of happenings: "the first of three courses", "the
// first of four workshops the agency will run"
// (event.other-edition.first-of).
func (v *view) firstOfSeries(e *event) bool {
	for _, s := range e.sents {
		st0, st1 := v.sentenceTokens(s)
		for j := st0 + 1; j+3 < st1; j++ {
			if v.low(j) == "first" && v.low(j-1) == "the" && v.low(j+1) == "of" && v.in(seriesCounts, j+2) && (v.evm[j+3] != 0 || j+4 < st1 && v.evm[j+4] != 0) {
				return true
			}
		}
	}
	return false
}
