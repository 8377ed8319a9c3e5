// Events: which words make an event and which happening they are.
//
// Constructions: a named event ("the 13th China-Russia Media Forum", "the
// X Reporting Tour to China", "the AU Media Fellowship"; one event with
// its name whose acronym is defined, "the Lakeside Press Union (LPU)
// Media Summit ... the LPU Media Summit", unless both set different
// editions apart, event.named.acronym; undated by a sentence that tells
// of its document, "the X Summit Hilltop Declaration was released on
// Friday", event.named.document) is an event
// unless an indefinite article makes it a plan or a kind, an apposition a
// mechanism ("the X Forum, an initiative led by"), a habit ("has been
// held every two years") or it is a standing body ("members of the X
// General Assembly", "National Assembly Chairman Y", "the National
// Dialogue Front said", "the secretary general of the X Forum", "the X
// Assembly was established in 2016", event.named.institution), nor its
// machinery ("the X Forum mechanism", "within the X Forum framework",
// event.named.mechanism), nor a
// habit in a month of every year ("is held every year in May", "meetings
// ... held yearly in March", event.habit.month); a past edition is an
// event of its own ("Last year's forum in Y", "last year's X Forum", "the
// second edition was held in Y in 2024" after the third, of the named
// series told last, "The X Forum was held in Y in 2019" after this
// year's, event.past-edition); a predicate noun is its subject event ("This
// forum was a high-level dialogue meeting", not "there was a ceremony",
// event.predicate); "the next X Forum" without a day is a plan
// (event.named.next); a count is none ("has been held five times",
// "several rounds of talks" without a day, event.count); a trigger noun
// ("talks", "video conference", "a zoom meeting", "a reception for", "an
// awards ceremony", "a hand-over ceremony", "the
// 16th session of the council", "a fact-finding tour", "an international
// media fellowship"), not "a series of exchange programmes", when an
// ordinal, a
// date, named parties, a place or a verb saying it happened anchors it,
// not a bare "session" (a part of the event told before), not a
// participle ("professionals gathering in Alofi") nor a modifier ("visit
// exchanges"); a trigger after "during a", "at a", "on a"
// (event.trigger.during); a weak trigger ("meeting", "visit") that a verb
// of holding takes as object or subject ("held a meeting with", "made an
// exchange visit", "A coordination meeting was held between", "while
// chairing a meeting", "there was an inauguration ceremony",
// event.trigger.held); a definite gathering or visit that refers to
// nothing told before ("During the meeting at the agency's headquarters",
// "The visit was attended by"), outside quoted speech, first-person
// possessives and "the assembly's General Council"
// (event.definite-first); event verbs ("X met Y on Monday", "X met with
// a delegation of Y", "X visited Oakridge", "X arrived in Muscat", "a
// delegation is visiting Y from 2 to 6 June" (undated after a visit told,
// that visit: event.verb.progressive), "X led a delegation to Y", "X
// travelled to Kampala on Monday", "X hosted <titled person>", "X was
// received by <titled person>", "The two ministers met in Y on Monday"
// (a counted group; after talks told, those talks, event.verb.group), "X
// toured Y", "the delegation arrived yesterday in Y", not "visited several
// companies" or "4 cities", visits counted, "ministers and
// accompanying delegations toured the headquarters of Y", "X called on Y
// in Islamabad", "the minister will (also) call on President Y", "X
// launched Y", "X launched its first overseas station" (ordinal 1), "The
// X Newsroom was launched in Brussels today", not an experience told
// by a perfect in a relative clause without a date ("those who have
// visited Y", event.verb.experiential) nor a condition without a date
// ("no progress until he met Y", "if they meet", event.verb.condition),
// "X received <titled
// person>", "X received Wednesday a delegation", "Receiving <titled
// person> ..., X hailed", "Welcoming the Y delegation"), not "met at the
// conference", which is taking part in it, nor "launched the X forum as
// an online event", the start of a series, nor "since its launch"; "the
// delegation visited Y" after its visit was told, "a tour of the
// agency's departments", "During a visit to Kabul University" are stops
// of that visit; talks, sessions, roundtables and workshops "as part of"
// or "held within" a gathering are that gathering
// (event.merge.part-of); "conference-cum-exhibition" is one happening; a
// plan or a habit without a day is none ("are planning to ...", "the
// signing ... will be held at the next meeting", "invited him to
// undertake a visit", "will pay a visit to all ten countries", "agreed
// on holding an exhibition", "visited Thailand each year"), nor an
// infinitive after a word of planning whatever its day ("are planned to
// visit four cities"), nor items of a programme ("the other plans during
// his stay included meetings with"), nor a commemoration ("the 60th
// anniversary of the signing"), nor a launch long ago ("launched many
// years ago"), nor a happening asked for or proposed ("called for an
// emergency meeting", "last week proposed direct talks", unless a day
// after the verb dates it, event.requested), nor talks as a process
// ("pledged to resume peace talks", "to concentrate on talks with Y",
// unless a day after the verb dates a sitting: "resumed talks on Monday",
// event.process), nor without a day the kind
// a place or means serves ("a venue for talks", "a platform
// for regular meetings", event.purpose) or what one has a chance to do
// ("will have a chance to cover events such as the X Congress",
// event.opportunity); a retold verb event is the same event
// (toldAgain), also in a passive with a pronoun ("the fourth time it is
// being launched"); a stay is a visit ("X, who is in Vietnam on the
// occasion of", "the team is in China for the seminar", "Mr Y was in GNA
// to introduce himself", event.visit.stay).

package extract

import (
	"slices"
	"strings"

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
	// sentences ("" for the date its sentences state)
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
	case "meeting", "talks":
		// "the talks", "the consultations" after a session or forum:
		// what was said there
		return gatherings[et]
	case "assembly":
		// "The General Assembly discussed" after the federation's
		// conference
		return et == "conference" || et == "meeting"
	case "conference", "video_conference", "seminar":
		// "The 50th General Assembly of the federation started ... The
		// conference is being held in conjunction with ..."
		return et == "conference" || et == "video_conference" || et == "seminar" || t == "conference" && et == "assembly"
	}
	return false
}

// kindNouns in apposition after an event's name make it a mechanism or a
// series rather than one happening: "the X Forum, an initiative led by".
var kindNouns = map[string]bool{
	"initiative": true, "mechanism": true, "platform": true, "programme": true, "program": true,
	"project": true, "series": true, "network": true, "framework": true,
}

// partTypes are the kinds of gathering that a larger one holds as its
// parts: talks, sessions, roundtables and workshops (a media summit "as
// part of" an economic forum is a happening of its own).
var partTypes = map[string]bool{"talks": true, "meeting": true, "seminar": true}

// memberNouns before "of the" make a named assembly a standing body
// whose members they are ("members of the FANA General Assembly"; the
// members of a workshop are its participants).
var memberNouns = map[string]bool{"members": true, "member": true, "membership": true, "chairmanship": true, "presidency": true}

// sameClass reports whether two event types are kinds of one class of
// happening: gatherings, or exhibitions and festivals, or the same type.
func sameClass(a, b string) bool {
	show := func(t string) bool { return t == "exhibition" || t == "festival" }
	return a == b || gatherings[a] && gatherings[b] || show(a) && show(b)
}

// definiteWords before a trigger make it refer to a known event.
var definiteWords = map[string]bool{"the": true, "this": true, "that": true, "said": true, "current": true, "'s": true, "its": true,
	"his": true, "her": true, "their": true, "our": true}

// firstPerson determiners tell of the speaker's own happenings ("our
// visit to the top"), which a report quotes rather than states.
var firstPerson = map[string]bool{"our": true, "my": true}

// modeMarkers before a trigger make it state the mode of another event:
// "held via videoconference".
var modeMarkers = map[string]bool{"via": true, "by": true, "through": true, "over": true, "in": false}

// ofItsKind are the words after an ordinal that give the ordinal of the
// event the sentence is about: "the 13th of its kind", "the sixth edition".
var ofItsKind = map[string]bool{"edition": true, "such": true, "round": true, "installment": true, "instalment": true}

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
		if v.low(et1) == "," && (v.low(et1+1) == "a" || v.low(et1+1) == "an") && (kindNouns[v.low(et1+2)] || adjective(v, et1+2) && kindNouns[v.low(et1+3)]) {
			i = et1 - 1
			continue
		}
		// "members of the FANA General Assembly", "National Assembly
		// Chairman Vuong Dinh Hue", "the secretary general of the X
		// Forum" (a title of words, event.named.institution): a standing
		// body
		if v.low(et0-1) == "the" && v.low(et0-2) == "of" && (x.titleEndsAt(v, et0-3) || x.lex.OrgHeads.HasAt(v, v.gate, et0-3) || m.Kind == "assembly" && memberNouns[v.low(et0-3)]) ||
			m.Kind == "assembly" && x.lex.Titles.HasAt(v, v.gate, et1) {
			i = et1 - 1
			continue
		}
		// "the National Dialogue Front said", "the Lakeside Forum
		// Secretariat": the name begins an institution's name
		// (event.named.institution)
		if v.isCap(et1) && v.sent(et1) == s && (x.lex.OrgHeads.HasAt(v, v.gate, et1) || v.low(et1) == "front") {
			i = et1 - 1
			continue
		}
		// "the X Forum mechanism", "within the X Forum framework": the
		// machinery of a series, no happening (event.named.mechanism)
		if mechanismNouns[v.low(et1)] && v.sent(et1) == s {
			i = et1 - 1
			continue
		}
		// "The X Assembly was established on November 2, 2016": a body
		// founded, no happening (event.named.institution)
		if b := v.low(et1); (b == "was" || b == "were" || b == "is") && foundedVerbs[v.low(et1+1)] {
			i = et1 - 1
			continue
		}
		key, year := seriesKey(m.Name)
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
		if e != nil {
			// "On December 19, 2022, the Second Council Meeting of the X
			// was held" after the First: another edition of the name;
			// "The X Forum was held in Y in 2019" after this year's, with
			// no ordinal of its own: the day of another year is another
			// edition (event.past-edition)
			if n, ok := v.ordinalBefore(et0); ok && e.ordinal != 0 && n != e.ordinal || year != "" && e.year != "" && year != e.year ||
				!ok && year == "" && v.otherYear(e, s, et0, et1) {
				e = nil
			}
		}
		if e == nil && !past && !otherEdition[v.low(et0-1)] && !plannedBefore[v.low(et0-1)] {
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
		if _, ordinal := v.ordinalBefore(et0); e == nil && !past && !ordinal && !otherEdition[v.low(et0-1)] && !plannedBefore[v.low(et0-1)] && v.low(et0-1) != "a" && v.low(et0-1) != "an" {
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
		} else {
			e.refer(m.Span, s)
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
		// "the second session, ..." of a forum is a part of it; "the 16th
		// session of the council" an event of its own
		if et1-et0 == 1 && v.low(et0) == "session" && v.low(et1) != "of" {
			if e := v.lastEvent(m.Start); e != nil {
				e.refer(document.Span{Start: m.Start}, s)
				ord := e.ordinal
				x.describe(v, e, s, et0, et1)
				e.ordinal = ord // "the second session" numbers the session
				touch(e)
			}
			continue
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
		if v.low(et0-1) == "to" && et1 == et0+1 && infinitiveTriggers[v.low(et0)] {
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
		if b := v.low(et1); (b == "was" || b == "were" || b == "is") && foundedVerbs[v.low(et1+1)] {
			continue
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
		definite := definiteWords[v.determinerBefore(s, et0)]
		if v.pastYearBefore(et0) {
			// "Last year's forum in Y drew 300 guests": a past edition,
			// no reference to this one (event.past-edition)
			definite = false
		}
		possessor := v.possessor(s, et0)
		first := false // a definite mention with nothing to refer to
		if definite {
			e := v.lastCompatible(m.Kind, v.low(et1-1), m.Start)
			first = e == nil
			if first && v.low(et1) == "'s" {
				// "the assembly's General Council": a body's part, no
				// happening of its own
				continue
			}
			// "Erdogan's visit" after Putin's: another person's own
			named := v.low(et0-1) == "'s" || v.low(et0-1) == "’s"
			otherOwner := named && possessor != "" && document.IDPrefix(possessor) == document.PrefixPerson && e != nil && hasPersonParticipant(e) && !slices.Contains(e.participants, possessor)
			if e != nil && !v.ownDescription(e, m.Kind, et0, et1, s) && !v.ownOtherDay(e, s, et0, et1) && !otherOwner {
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
		case !weak && (a.happening || definite):
		case introducedBy(v, s, et0):
			// "during an interaction forum between ...", "signed during a
			// meeting between ...", "on a visit to Kabul": a phrase of
			// time or place presupposes the happening
			rule = "event.trigger.during"
		case weak && heldDirectly(v, s, et0, et1):
			// "held a meeting with", "A coordination meeting was held
			// between": the clause says the happening took place
			rule = "event.trigger.held"
		case first && weak && (gatherings[m.Kind] || m.Kind == "visit") && v.low(et1) != "of" &&
			!firstPerson[v.determinerBefore(s, et0)] && !v.inQuote(m.Start):
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
			if e := v.undatedLead(m.Kind); e != nil {
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
		if h == nil || h == e || !gatherings[h.typ] || !partTypes[e.typ] || !slices.Contains(v.events, e) {
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
	// "The X Forum opened in Y. It was held on June 3 and ...": a
	// sentence that opens with "it" and a verb of holding dates the
	// event the sentence before told (event.date.pronoun)
	if len(here) == 0 && v.low(t0) == "it" {
		x.pronounDate(v, s, t0, t1)
	}
	// "The 3rd X Forum opened ... The second edition was held in Y in
	// 2024": another edition of the series told (event.past-edition)
	for i := t0; i < t1; i++ {
		if v.lows[i] == "edition" && v.low(i+1) != "of" {
			if e := x.otherEdition(v, s, i); e != nil {
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
	if m.Kind == "launch" {
		// "X launched the CPEC media forum as an online event": the start
		// of a series of events, no launch of a product
		for a := t1; a < st1 && a < t1+5; a++ {
			if v.evm[a] != 0 {
				return
			}
			if w := v.low(a); !(w == "the" || w == "a" || w == "an" || v.ent[a] != 0 || v.isWord(a) && !objectEnds[w]) {
				break
			}
		}
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
		// tells a meeting in it, after the comma of a fronted phrase
		if m.Kind == "launch" || !v.commaBetween(j, t0) {
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
	personObj := m.Kind == "meeting" && v.personAfter(t1, st1)
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
			if visitorNouns[v.low(j)] {
				groupSubj, definiteGroup = true, definiteWords[v.low(j-1)] || v.low(j-1) == "accompanying"
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
	if t1-t0 == 1 && receiveWords[v.low(t0)] || personObj {
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
	for aux > cs && passiveAux[v.low(aux)] {
		aux--
	}
	passive := aux < t0-1 && (v.low(t0-1) != "has" && v.low(t0-1) != "have") && (definiteWords[v.low(cs)] || v.low(aux) == "it" || v.low(aux) == "they")
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

// mechanismNouns after an event's name make it the machinery of a series:
// "the X Forum mechanism", "the X Summit process".
var mechanismNouns = map[string]bool{"mechanism": true, "mechanisms": true, "framework": true, "frameworks": true, "process": true, "processes": true}

// foundedVerbs after "was" make the named subject a body founded:
// "The X Assembly was established in 2016".
var foundedVerbs = map[string]bool{"established": true, "founded": true, "formed": true, "created": true, "registered": true, "incorporated": true}

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

// pastYearBefore reports whether "last year's" or "the previous
// year's" stands right before token t0: the mention is a past edition.
func (v *view) pastYearBefore(t0 int) bool {
	p := v.low(t0 - 1)
	return (p == "'s" || p == "’s") && v.low(t0-2) == "year" && otherEdition[v.low(t0-3)]
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
	_, n, ok := x.lex.HappeningVerbs.At(v, v.gate, j)
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
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true, "be": true}

// predicateOf returns the event that is the subject of a copula whose
// predicate is the indefinite trigger at t0 of sentence s: "This forum was
// a high-level media dialogue meeting", "The X Summit is a gathering of
// ...", "It was a meeting of minds" after an event (the pronoun refers to
// the last event told).
func (v *view) predicateOf(s, t0 int) *event {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	for n := 0; n < 6 && j > st0; n, j = n+1, j-1 {
		if w := v.low(j); w == "a" || w == "an" || !v.isWord(j) && w != "-" || objectEnds[w] || v.evm[j] != 0 {
			break
		}
	}
	if w := v.low(j); (w != "a" && w != "an") || !beForms[v.low(j-1)] || v.low(j-2) == "there" {
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
func (x *Extractor) otherEdition(v *view, s, i int) *event {
	n, ord := v.ordinalBefore(i)
	if p := v.low(i - 1); !ord && p != "previous" && p != "last" && p != "past" {
		return nil
	}
	var ser *event
	for _, e := range v.events {
		if e.named && e.last < v.toks[i].Start && (ser == nil || e.last > ser.last) {
			ser = e
		}
	}
	if ser == nil || slices.Contains(ser.sents, s) || ord && n == ser.ordinal || ord && ser.ordinal == 0 && !ser.named {
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
	if ord {
		e.ordinal = n
	}
	x.describe(v, e, s, i, i+1)
	return e
}

// titleEndsAt reports whether a title of the lexicon ends at token j:
// "president" or "secretary general" before "of the X Forum".
func (x *Extractor) titleEndsAt(v *view, j int) bool {
	for k := j; k >= 0 && k >= j-3; k-- {
		if _, n, ok := x.lex.Titles.At(v, v.gate, k); ok && k+n-1 == j {
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
	for k := t1; k < end && k < t1+8; k++ {
		if _, am := v.actorAt(k); am != nil {
			if am.Type == document.Person {
				return true
			}
			_, at1 := v.tokenSpan(am)
			k = at1 - 1
			continue
		}
		if w := v.low(k); !(v.isCap(k) || w == "of" || w == "the" || v.isWord(k) && !objectEnds[w] && k < t1+4) {
			return false // "met with his Russian counterpart Y" goes on
		}
	}
	return false
}

// receiveWords are the bare verbs of receiving a visitor, whose object
// the tagger checked to be a person or a delegation.
var receiveWords = map[string]bool{"received": true, "receives": true, "receiving": true, "welcomed": true, "welcomes": true, "welcoming": true}

// stay finds a visit told as a stay in sentence s: a person, a pronoun
// for one, or a group of visitors that "is in" or "was in" a country,
// place or organization for a purpose or an occasion ("Jorge Alonso, who
// is in Vietnam on the occasion of ...", "The Zambian media team is in
// China for the seminar", "Mr Lyu was in GNA to introduce himself"), rule
// event.visit.stay. The visit told before by the same visitor is the same
// one.
func (x *Extractor) stay(v *view, s int) *event {
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
		case visitorNouns[w]:
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
var visitorNouns = map[string]bool{
	"delegation": true, "delegations": true, "delegates": true, "team": true, "journalists": true,
	"reporters": true, "editors": true, "ministers": true,
}

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
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "has": true, "have": true, "had": true}

// planningBefore reports a word of planning (planningWords) within three
// words before token j of sentence s: "are planned to", "agreed to".
func planningBefore(v *view, s, j int) bool {
	st0, _ := v.sentenceTokens(s)
	for k := j - 1; k >= st0 && k >= j-3; k-- {
		if planningWords[v.low(k)] {
			return true
		}
	}
	return false
}

// duringPhrase reports whether the trigger at token t0 of sentence s
// follows "during" and at most a determiner or possessive and modifiers
// ("During 10-day trip", "during his working visit", "During a visit").
func duringPhrase(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-6; j-- {
		w := v.low(j)
		if w == "during" {
			return true
		}
		if !(w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || w == "-" || adjective(v, j) || w == "working" || w == "official") {
			if _, num := atoi(w); !num {
				return false
			}
		}
	}
	return false
}

// infinitiveTriggers are trigger nouns that are also verbs: after a bare
// "to" they are infinitives ("to visit Laos").
var infinitiveTriggers = map[string]bool{
	"visit": true, "tour": true, "launch": true, "meet": true, "sign": true, "exhibit": true, "summit": false,
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

// objectEnds are prepositions and conjunctions, which no modifier of a
// trigger is ("held at the next meeting").
var objectEnds = map[string]bool{
	"at": true, "in": true, "on": true, "for": true, "to": true, "with": true, "by": true, "of": true,
	"from": true, "and": true, "or": true, "after": true, "before": true, "during": true, "that": true,
	"which": true, "as": true, "into": true, "than": true,
}

// introducers are the prepositions that, before an indefinite trigger,
// place something in a specific happening ("during a meeting", "on a
// visit to").
var introducers = map[string]bool{"during": true, "at": true, "on": true, "amid": true, "in": true, "throughout": true}

// introducedBy reports whether the trigger at token t0 of sentence s
// follows one of introducers and an indefinite article, with at most two
// modifiers between ("during an interaction forum", "on a working
// visit").
func introducedBy(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j, mods := t0-1, 0; j > st0 && mods <= 2; j, mods = j-1, mods+1 {
		w := v.low(j)
		if w == "a" || w == "an" {
			// "In a meeting between ..." opens the sentence; "took part in
			// a seminar" is a participation verb's object
			p := v.low(j - 1)
			return introducers[p] && (p != "in" || j-1 == st0)
		}
		if !v.isWord(j) || objectEnds[w] || v.ent[j] != 0 || v.val[j] != 0 {
			return false
		}
	}
	return false
}

// heldVerbs take a happening as their object ("held a meeting", "had a
// working session", "paid a courtesy call", "while chairing a meeting").
var heldVerbs = map[string]bool{"held": true, "had": true, "hold": true, "holds": true, "has": true,
	"convened": true, "paid": true, "pays": true, "hosted": true, "hosts": true, "hosting": true, "holding": true,
	"chaired": true, "chairing": true, "chairs": true, "attended": true, "attending": true, "attends": true,
	"made": true, "makes": true, "making": true, "undertook": true, "conducted": true}

// heldAfter are the passive verbs that say the happening before them
// took place ("A meeting was held", "the meeting took place").
var heldAfter = map[string]bool{"held": true, "convened": true, "organized": true, "organised": true}

// heldDirectly reports whether the trigger at [t0, t1) of sentence s is
// the object of a verb of holding ("held a closed-door meeting with")
// or the subject of "was held" / "took place" right after it.
func heldDirectly(v *view, s, t0, t1 int) bool {
	st0, st1 := v.sentenceTokens(s)
back:
	for j, mods := t0-1, 0; j >= st0 && j >= t0-4; j-- {
		w := v.low(j)
		if heldVerbs[w] {
			return w != "has" || v.low(j+1) == "a"
		}
		if (w == "was" || w == "were") && v.low(j-1) == "there" {
			return true // "there was an inauguration ceremony of books"
		}
		switch {
		case w == "a" || w == "an" || w == "the" || w == "their" || w == "its" || w == "his" || w == "her" || w == "-":
		case v.isWord(j) && !v.isCap(j) && v.ent[j] == 0 && v.val[j] == 0 && !objectEnds[w] && mods < 2:
			mods++ // "a closed-door meeting", "separate meetings"
		default:
			break back
		}
	}
	if t1+1 < st1 {
		a, b := v.low(t1), v.low(t1+1)
		if (a == "was" || a == "were" || a == "is" || a == "has") && heldAfter[b] ||
			a == "took" && b == "place" || a == "was" && b == "also" && heldAfter[v.low(t1+2)] {
			return true
		}
	}
	return false
}

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
	} else if d := v.low(t0 - 1); d == "a" || d == "an" || d == "the" {
		// "In a meeting between <two long titles> in Tehran on
		// Wednesday": a noun's date further on, nothing between
		_, a.date = v.farDate(s, t0, t1, 30)
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
	// "The signing of an MoU on agreed topics between the PRD and Xinhua
	// will be held at the next meeting": the subject of a sentence whose
	// verb, further on, is in the future
	if t0 >= 0 && t0 < len(v.toks) {
		st0, st1 := v.sentenceTokens(v.sent(t0))
		if t0-st0 <= 3 {
			for j, n := t1, 0; j < st1 && n < 20; j, n = v.wordStep(j, st1), n+1 {
				w := v.low(j)
				if w == "," || w == ";" || heldVerbs[w] || signVerbs[w] {
					break
				}
				if (w == "will" || w == "shall") && (v.low(j+1) == "be" || v.low(j+1) == "take") {
					return true
				}
			}
		}
	}
	return false
}

// plannedObject reports whether the trigger at token t0 of sentence s is
// the object of an infinitive or of a gerund after a word of planning:
// "invited him to undertake an official visit", "agreed on holding a
// joint exhibition" tell of a plan.
func plannedObject(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	for j > st0 && j >= t0-3 && adjective(v, j) && !(v.low(j-1) == "to" && j == t0-1) {
		j--
	}
	if w := v.low(j); w != "a" && w != "an" && w != "the" {
		return false
	}
	j--
	if j <= st0 || !v.isWord(j) || v.isCap(j) {
		return false
	}
	w, p := v.low(j), v.low(j-1)
	if (p == "will" || p == "shall") && !objectEnds[w] {
		return true // "President Moon will pay a visit to all ten countries by next year"
	}
	if p == "to" && !objectEnds[w] {
		// "invited him to undertake an official visit", "plans to hold
		// a forum"; not "thanked X for partnering with Y to hold an
		// exhibition", a purpose told of what happened
		// "to extend an invitation on his behalf to the Director General
		// of the agency Y, to undertake an official visit": the word of
		// planning may stand a long title before
		for k := j - 2; k >= st0 && k >= j-20; k-- {
			if planningWords[v.low(k)] || planWords[v.low(k)] && k >= j-10 {
				return true
			}
		}
		return false
	}
	return strings.HasSuffix(w, "ing") && gerundPlans[p]
}

// opportunityBefore reports whether the mention at token t0 of sentence
// s stands in an infinitive after a noun of possibility (rule
// event.opportunity): "participants have an opportunity to cover events,
// work in newsrooms and visit several provinces", "will have a chance to
// cover events such as the X Congress". What one may do is no happening
// told.
func opportunityBefore(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 2; j >= st0 && j >= t0-30; j-- {
		switch v.low(j) {
		case "opportunity", "opportunities", "chance", "chances":
			// "have a chance to", "a unique opportunity to"; "took the
			// opportunity to meet" tells that it happened
			a := v.low(j-1) == "a" || v.low(j-1) == "an" || v.low(j-2) == "a" || v.low(j-2) == "an"
			return a && v.low(j+1) == "to"
		case ";":
			return false
		}
	}
	return false
}

// documentNouns name a document or body of a happening: "the X Summit
// Declaration", "the X Forum Secretariat".
var documentNouns = map[string]bool{
	"declaration": true, "declarations": true, "communique": true, "communiqué": true, "consensus": true,
	"secretariat": true, "charter": true, "resolution": true, "resolutions": true, "statement": true,
}

// documentAfter reports whether tokens from t1 on name a document or body
// that the event's name before them modifies: "Declaration", or one
// capitalised word and then such a noun ("Hilltop Declaration").
func (v *view) documentAfter(t1 int) bool {
	if t1 >= len(v.toks) {
		return false
	}
	return documentNouns[v.low(t1)] || v.isCap(t1) && v.sent(t1+1) == v.sent(t1) && documentNouns[v.low(t1+1)]
}

// requestedObject reports whether the trigger at token t0 of sentence s
// is the object of a verb of asking or proposing, with at most four
// modifiers between (rule event.requested): "called for an emergency
// meeting of the council", "proposed direct negotiations", "encouraged
// renewed peace talks", "urged a new summit". A happening asked for is
// not one that took place; the caller drops it unless a date after the
// verb ties it to a day. It gives the verb's token.
func requestedObject(v *view, s, t0 int) (int, bool) {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-5; j-- {
		w := v.low(j)
		if requestVerbs[w] {
			return j, true
		}
		if w == "for" && requestBeforeFor[v.low(j-1)] {
			return j - 1, true
		}
		if !v.isWord(j) || objectStops[w] || definiteWords[w] {
			// "urged the forum participants to ...": a happening told
			// elsewhere, addressed, not asked for
			return 0, false
		}
	}
	return 0, false
}

// processObject reports whether the talks at token t0 of sentence s are
// the object of a verb that takes negotiations as a process, with at most
// four modifiers between (rule event.process): "resumed direct talks",
// "to restart negotiations", "concentrate on talks with", "the
// resumption of peace talks". It gives the verb's token and whether the
// verb is an infinitive or a noun (a plan or a process, whatever its day).
func processObject(v *view, s, t0 int) (int, bool, bool) {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-5; j-- {
		w := v.low(j)
		if processVerbs[w] {
			return j, v.low(j-1) == "to", true
		}
		if w == "-" || w == "–" {
			// "Lakeside-Hilltop talks"
			continue
		}
		if (w == "on" || w == "to" || w == "of") && processBeforePrep[v.low(j-1)] {
			return j - 1, v.low(j-2) == "to" || v.low(j-1) == "resumption" || v.low(j-1) == "continuation", true
		}
		if !v.isWord(j) || objectStops[w] || definiteWords[w] {
			return 0, false, false
		}
	}
	return 0, false, false
}

// processVerbs take negotiations as a process that goes on, stops or
// starts again.
var processVerbs = map[string]bool{
	"resume": true, "resumed": true, "resumes": true, "resuming": true,
	"restart": true, "restarted": true, "restarts": true, "restarting": true,
	"renew": true, "renewed": true, "renews": true, "renewing": true,
	"revive": true, "revived": true, "revives": true, "reviving": true,
	"relaunch": true, "relaunched": true, "relaunches": true, "relaunching": true,
	"suspend": true, "suspended": true, "suspends": true, "suspending": true,
	"stall": true, "stalled": true, "derail": true, "derailed": true, "jeopardize": true,
	"jeopardise": true, "undermine": true, "undermined": true, "boycott": true, "boycotted": true,
}

// processBeforePrep take negotiations as a process through a preposition:
// "concentrate on", "return to", "the resumption of".
var processBeforePrep = map[string]bool{
	"concentrate": true, "concentrated": true, "concentrating": true, "focus": true, "focusing": true,
	"return": true, "returned": true, "returning": true, "resumption": true, "continuation": true,
	"commitment": true, "committed": true,
}

// purposeOf reports whether the trigger at token t0 of sentence s names
// what a place or means serves, with at most three modifiers between
// (rule event.purpose): "a venue for talks between the two", "a
// platform for regular meetings", "a mechanism for annual consultations".
// It tells of a kind of happening, not one that took place.
func purposeOf(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j > st0 && j >= t0-4; j-- {
		w := v.low(j)
		if w == "for" {
			return purposeNouns[v.low(j-1)]
		}
		if !v.isWord(j) || objectStops[w] || definiteWords[w] {
			// "the venue for the summit": the place of a happening
			return false
		}
	}
	return false
}

// purposeNouns before "for" and a trigger name what serves a kind of
// happening.
var purposeNouns = map[string]bool{
	"venue": true, "venues": true, "platform": true, "platforms": true, "framework": true, "mechanism": true,
	"mechanisms": true, "basis": true, "channel": true, "channels": true, "space": true, "forum": true,
}

// requestVerbs take a happening as the object asked for or proposed.
var requestVerbs = map[string]bool{
	"proposed": true, "proposes": true, "propose": true, "proposing": true,
	"urged": true, "urges": true, "urge": true, "urging": true,
	"encouraged": true, "encourages": true, "encourage": true, "encouraging": true,
	"suggested": true, "suggests": true, "suggest": true, "suggesting": true,
	"demanded": true, "demands": true, "demand": true, "demanding": true,
	"requested": true, "requests": true, "request": true, "requesting": true,
	"sought": true, "seeks": true, "seek": true, "seeking": true,
	"advocated": true, "advocates": true, "advocate": true, "advocating": true,
}

// requestBeforeFor ask for what follows "for": "called for", "pushed for".
var requestBeforeFor = map[string]bool{
	"called": true, "calls": true, "call": true, "calling": true, "pushed": true, "pushes": true,
	"push": true, "pushing": true, "asked": true, "asks": true, "ask": true, "asking": true,
	"appealed": true, "appeals": true, "lobbied": true, "pressed": true,
}

// objectStops end the search for a verb before an object: prepositions,
// conjunctions, auxiliaries and relative words belong to another phrase
// ("urged cooperation at the meeting").
var objectStops = map[string]bool{
	"at": true, "in": true, "on": true, "during": true, "with": true, "of": true, "to": true,
	"from": true, "by": true, "after": true, "before": true, "and": true, "or": true, "but": true,
	"that": true, "which": true, "who": true, "was": true, "were": true, "is": true, "are": true,
	"had": true, "has": true, "have": true, "be": true, "been": true, "as": true, "since": true,
	"ahead": true, "following": true, "into": true, "under": true, "over": true, "via": true,
}

// gerundPlans before a gerund make its object a plan: "agreed on
// holding", "discussed organizing".
var gerundPlans = map[string]bool{
	"on": true, "about": true, "of": true, "for": true, "discussed": true, "considered": true,
	"proposed": true, "suggested": true, "considering": true, "discussing": true, "proposing": true,
}

// planningWords before an infinitive make its object a plan: "invited
// him to undertake a visit", "agreed to hold a forum".
var planningWords = map[string]bool{
	"invite": true, "invited": true, "invites": true, "invitation": true, "asked": true, "ask": true,
	"plan": true, "plans": true, "planned": true, "planning": true, "agreed": true, "agree": true,
	"want": true, "wants": true, "hope": true, "hopes": true, "hoped": true, "intend": true,
	"intends": true, "expected": true, "decided": true, "decide": true, "propose": true,
	"ready": true, "willing": true, "urged": true, "aims": true, "aim": true, "seeks": true,
	"authorized": true, "authorised": true, "instructed": true, "tasked": true, "mandated": true,
}

// conditionWords open a clause of condition: "until he met X", "if they
// meet", "unless the minister visits".
var conditionWords = map[string]bool{"if": true, "unless": true, "until": true, "whether": true, "till": true}

// conditional reports whether the event verb at token t0 of sentence s
// stands in a clause of condition: the condition word up to four words
// before it, with no comma or other clause word between.
func conditional(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-5; j-- {
		w := v.low(j)
		if conditionWords[w] {
			return true
		}
		if w == "," || w == ";" || w == "and" || w == "that" || w == "who" || w == "which" {
			return false
		}
	}
	return false
}

// experiential reports whether the event verb at token t0 is a perfect in
// a relative clause ("who have visited", "that has met"): what some
// people have done at any time, no one happening.
func experiential(v *view, t0 int) bool {
	j := t0 - 1
	if w := v.low(j); w == "ever" || w == "already" || w == "never" {
		j--
	}
	if w := v.low(j); w != "have" && w != "has" {
		return false
	}
	w := v.low(j - 1)
	return w == "who" || w == "that"
}

// habitualMarkers tell of a habit, not a happening: "visited Thailand
// each year", "meets regularly".
var habitualMarkers = map[string]bool{"annually": true, "regularly": true, "usually": true, "often": true, "routinely": true, "traditionally": true,
	"yearly": true, "monthly": true, "weekly": true, "biennially": true, "periodically": true}

// habitualMonth reports whether the date mention dm is a month named
// without a year or a day after a word of habit ("held yearly in March",
// "every year in May", "annually each September"): the month of every
// year, not the day of one happening.
func (v *view) habitualMonth(dm *document.Mention) bool {
	if dm == nil || dm.Kind != "month" {
		return false
	}
	for _, r := range v.body[dm.Start:dm.End] {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	t0, _ := v.tokenSpan(dm)
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		w := v.low(j)
		if habitualMarkers[w] || periodNouns[w] && (v.low(j-1) == "every" || v.low(j-1) == "each") {
			return true
		}
	}
	return false
}

// vaguePast reports a time long past and undated around tokens [t0, t1)
// of sentence s: "launched many years ago", "long ago".
func vaguePast(v *view, s, t0, t1 int) bool {
	_, st1 := v.sentenceTokens(s)
	for j := t1; j < st1 && j < t1+8; j++ {
		if v.low(j) != "ago" {
			continue
		}
		switch v.low(j - 1) {
		case "long":
			return true
		case "years", "decades":
			w := v.low(j - 2)
			return w == "many" || w == "several" || w == "some" || w == "few"
		}
	}
	return false
}

// programmeItem reports whether the trigger at token t0 of sentence s is
// an item of a programme told: "The other plans during his stay included
// meetings with ...", "The programme includes a visit to ...".
func programmeItem(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j > st0 && j >= t0-6; j-- {
		switch v.low(j) {
		case "include", "includes", "included", "including":
			for k := j - 1; k >= st0 && k >= j-12; k-- {
				if programmeNouns[v.low(k)] {
					return true
				}
			}
			return false
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// programmeNouns name a plan whose items are no happenings told.
var programmeNouns = map[string]bool{
	"plan": true, "plans": true, "programme": true, "program": true, "agenda": true, "itinerary": true, "schedule": true,
}

// countWords before "times" count happenings: "held five times".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true, "multiple": true, "numerous": true, "countless": true}

// periodNouns name the period of a habit: "each year", "every two years".
var periodNouns = map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true}

// habitual reports whether the clause around tokens [t0, t1) of sentence
// s tells of a habit ("each year", "every month", "regularly").
func habitual(v *view, s, t0, t1 int) bool {
	st0, st1 := v.sentenceTokens(s)
	for j := max(st0, t0-6); j < min(st1, t1+8); j++ {
		w := v.low(j)
		if habitualMarkers[w] || (w == "each" || w == "every") && periodNouns[v.low(j+1)] {
			return true
		}
		// "has been held five times", "met several times": a count of
		// happenings, none of them told
		if w == "times" && countWords[v.low(j-1)] {
			return true
		}
		// "held every two years", "every other year"
		if w == "every" && periodNouns[v.low(j+2)] {
			if _, n := groupNumbers[v.low(j+1)]; n || v.low(j+1) == "other" || v.low(j+1) == "few" {
				return true
			}
		}
	}
	return false
}
