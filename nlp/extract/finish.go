// Finishing a document: event dates completed from outside their own
// sentences (nameYear, hostDates, previousDays, datelineLead), events told twice merged
// into one,
// dates after the day of reading dropped (notAfterReading), event ids,
// the relations events give, sorting.
//
// Constructions merged: the same type and day (at least a month) with a
// shared actor or place ("will pay an official visit to Vietnam in January
// 2025 ... In January 2025, Mishustin will pay a visit to Vietnam"); the
// same ordinal of a gathering ("prepare for the 31st ordinary meeting of
// the federation ... the 31st FANA conference", event.merge.ordinal); a
// shorter name that ends a fuller one ("the Media Forum held in Shushi ...
// the Global Media Forum", event.merge.name-suffix); a meeting and talks
// of a shared party on the same day ("held a meeting with Y on Monday
// ... the talks between X and Y on Monday", event.merge.talks-meeting);
// a headline's
// happening and the first of its class the body tells, also when the
// body referred back to the headline's bare trigger ("... at center of
// X-Y talks" over "X and Y held a meeting on Saturday ... the talks",
// event.merge.headline); never two names of different series otherwise,
// nor two different ordinals. The merge rule is added to the event's rule.

package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
)

// finish gives every event its id, turns events into document.Events and
// their participants, organizers and locations into relations, and sorts
// the output.
func (x *Extractor) finish(v *view) {
	d := v.d
	for _, e := range v.events {
		e.nameYear()
	}
	v.pastRenewals()
	v.hostDates()
	if v.previousDays() {
		v.hostDates() // "During the forum, X launched ..." by the forum just dated
	}
	v.datelineLead()
	v.sameYearDates()
	v.mergeRetold()
	v.mergeLoneKind()
	v.notAfterReading()
	// a person's title adds the party it names ("Russian President
	// Putin" adds Russia, "Xinhua President Fu Hua" adds Xinhua)
	for _, e := range v.events {
		for _, p := range e.participants {
			// a signatory is tied to its signing by SIGNED already
			if q := v.titleParty(p); q != "" && !(e.typ == "signing" && v.signed(e, q)) {
				e.addParticipant(q, e.partSentOf(p))
			}
		}
	}
	// a party that signed a signing is its signatory, not a participant
	for _, e := range v.events {
		if e.typ != "signing" {
			continue
		}
		for k := 0; k < len(e.participants); k++ {
			if p := e.participants[k]; document.IDPrefix(p) != document.PrefixPerson && v.signed(e, p) {
				e.participants = slices.Delete(e.participants, k, k+1)
				e.partSent = slices.Delete(e.partSent, k, k+1)
				k--
			}
		}
	}
	// events that would share an id get "-2", "-3", ... in order; an id
	// is never given twice, even when a base id itself ends in "-2"
	ids := map[string]int{} // how many events had each base id
	taken := map[string]bool{}
	for i, e := range v.events {
		e.sortActors()
		base, series := eventID(e, d.Article.ID, i)
		e.id, e.series = base, series
		for n := max(ids[base], 1); taken[e.id]; n++ {
			e.id = fmt.Sprintf("%s-%d", base, n+1)
		}
		ids[base]++
		taken[e.id] = true
	}
	d.Events = make([]document.Event, 0, len(v.events))
	d.Entities = slices.Grow(d.Entities, len(v.events))
	evEnts := make([]document.Entity, 0, len(v.events))
	for _, e := range v.events {
		ev := document.Event{
			ID: e.id, Type: e.typ, Name: e.name, Ordinal: e.ordinal,
			Date: e.date, DateGranularity: e.gran, DateRule: e.dateRule, EndDate: e.endDate, Mode: e.mode,
			Attendance: e.attendance, AttendanceText: e.attendanceText, Location: e.location,
			Participants: append([]string{}, e.participants...), Organizers: e.organizers,
			Mentions: e.mentions, Evidence: v.evidence(e.sents[0]), Rule: e.rule, Confidence: e.conf,
		}
		if e.series != "" {
			ev.Series = document.SeriesID(e.series)
		}
		d.Events = append(d.Events, ev)
		cameo := ""
		switch {
		case gatherings.has(e.typ):
			cameo = "040"
		case e.typ == "visit":
			cameo = "042"
		}
		for _, p := range e.participants {
			v.addRel(rel{Relation: document.Relation{Type: document.ParticipatedIn, From: p, To: e.id, Event: e.id,
				CAMEO: cameo, Evidence: v.evidence(e.partSentOf(p)), Rule: "event.participant", Confidence: e.conf * 0.9}})
		}
		for _, p := range e.organizers {
			v.addRel(rel{Relation: document.Relation{Type: document.Organized, From: p, To: e.id, Event: e.id,
				Evidence: v.evidence(e.orgSentOf(p)), Rule: "event.organizer", Confidence: e.conf * 0.9}})
		}
		// co-organizers cooperate when the text says the organizing was
		// joint ("co-sponsored by CMG and the Ministry of Media", "jointly
		// hosted by X and Y", "the joint initiative was launched by X
		// and Y"), organizations with organizations, at most five:
		// organizers merely listed together ("organized by A, B, C, D and
		// E") are no partners
		var orgs []string
		for _, p := range e.jointOrgs {
			if document.IDPrefix(p) == document.PrefixOrg && !e.hosts[p] && !slices.Contains(orgs, p) {
				orgs = append(orgs, p)
			}
		}
		if len(orgs) >= 2 && len(orgs) <= 5 {
			for _, p := range pairsOf(orgs) {
				v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1], Event: e.id,
					CAMEO: "050", Evidence: v.evidence(e.orgSentOf(p[1])), Rule: "coop.co-organizers", Confidence: 0.75}})
			}
		}
		if e.location != "" {
			v.addRel(rel{Relation: document.Relation{Type: document.HeldIn, From: e.id, To: e.location, Event: e.id,
				Evidence: v.evidence(e.sents[0]), Rule: "event.location", Confidence: e.conf * 0.9}})
		}
		ent := document.Entity{ID: e.id, Type: document.EventType, Name: e.name, Kind: e.typ,
			Value: e.date, Granularity: e.gran, Confidence: e.conf}
		if ent.Name == "" {
			ent.Name = strings.ReplaceAll(e.typ, "_", " ")
		}
		for _, sp := range e.mentions {
			ent.Mentions = append(ent.Mentions, document.EntityMention{Text: v.body[sp.Start:sp.End], Start: sp.Start, End: sp.End, Rule: e.rule})
		}
		evEnts = append(evEnts, ent)
	}
	slices.SortStableFunc(d.Events, func(a, b document.Event) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	// the entities are sorted by type and id (the resolver's order): the
	// event entities, sorted by id, go in as one block
	slices.SortFunc(evEnts, func(a, b document.Entity) int { return strings.Compare(a.ID, b.ID) })
	at, _ := slices.BinarySearchFunc(d.Entities, document.EventType, func(e document.Entity, t document.EntityType) int {
		return strings.Compare(string(e.Type), string(t))
	})
	for at < len(d.Entities) && d.Entities[at].Type == document.EventType {
		at++
	}
	d.Entities = slices.Insert(d.Entities, at, evEnts...)

	// relations: resolve event pointers, drop duplicates (keep the most
	// confident), sort
	out := v.relOut[:0]
	for _, r := range v.rels {
		rr := r.Relation
		if r.ev != nil {
			rr.Event = r.ev.id
			if rr.To == "#event" {
				rr.To = r.ev.id
			}
		}
		if rr.Type == document.CooperatesWith && !samePartyKind(rr.From, rr.To) {
			// cooperation is between two organizations or two countries
			// (MEASUREMENT.md): a country beside an organization is a
			// premodifier or a home country, not a partner
			continue
		}
		if rr.Type == document.CooperatesWith && v.sameFamily(rr.From, rr.To) {
			// "Sputnik and Radio Sputnik": an outlet and its own unit
			// are one organization, no partners (rule coop.same-family)
			continue
		}
		out = append(out, rr)
	}
	// sort indexes by key (type, from, to, event, topic), in the order
	// found within a key (a stable sort), so that the duplicates of a
	// relation are neighbours
	idx := v.relIdx[:0]
	for i := range out {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := compareRelKey(&out[i], &out[j]); c != 0 {
			return c
		}
		return i - j
	})
	// of each run of one key, the first relation found with the highest
	// confidence stays (a later one replaces it only when more confident)
	kept := idx[:0]
	for k := 0; k < len(idx); {
		best, e := idx[k], k+1
		for ; e < len(idx) && compareRelKey(&out[idx[k]], &out[idx[e]]) == 0; e++ {
			if out[idx[e]].Confidence > out[best].Confidence {
				best = idx[e]
			}
		}
		kept = append(kept, best)
		k = e
	}
	d.Relations = make([]document.Relation, len(kept))
	for k, i := range kept {
		d.Relations[k] = out[i]
	}
	clear(out)
	v.relOut, v.relIdx = out[:0], idx[:0]
}

// compareRelKey orders relations by the key under which finish keeps one
// of them: type, from, to, event, topic.
func compareRelKey(a, b *document.Relation) int {
	if c := strings.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	if c := strings.Compare(a.From, b.From); c != 0 {
		return c
	}
	if c := strings.Compare(a.To, b.To); c != 0 {
		return c
	}
	if c := strings.Compare(a.Event, b.Event); c != 0 {
		return c
	}
	return strings.Compare(a.Topic, b.Topic)
}

// samePartyKind reports whether two relation ends are both countries or
// both organizations, and not one entity.
// sameFamily reports two organizations of which the name of one opens
// or closes the name of the other with one or two more words: "Sputnik"
// and "Radio Sputnik", "Kyodo" and "Kyodo News Service". The one is a
// unit or channel of the other, not its partner.
func (v *view) sameFamily(a, b string) bool {
	if document.IDPrefix(a) != document.PrefixOrg || document.IDPrefix(b) != document.PrefixOrg {
		return false
	}
	// the ids first (slugs of the names, no search): the names decide
	if !nestedName(a[len(document.PrefixOrg)+1:], b[len(document.PrefixOrg)+1:], '-') {
		return false
	}
	// (by search: the event entities inserted before make pointers into
	// the entity list stale)
	return nestedName(orgName(v.d.Entities, a), orgName(v.d.Entities, b), ' ')
}

// nestedName reports two names of which the shorter opens or closes the
// longer, case-insensitively, before or after sep and one or two more
// words.
func nestedName(short, long string, sep byte) bool {
	if len(short) > len(long) {
		short, long = long, short
	}
	if short == "" || len(short) >= len(long) {
		return false
	}
	var rest string
	switch n := len(short); {
	case long[n] == sep && strings.EqualFold(long[:n], short):
		rest = long[n+1:]
	case long[len(long)-n-1] == sep && strings.EqualFold(long[len(long)-n:], short):
		rest = long[:len(long)-n-1]
	default:
		return false
	}
	return rest != "" && strings.Count(rest, string(sep)) <= 1
}

// orgName returns the name of organization id in ents, sorted by type
// and id, or "".
func orgName(ents []document.Entity, id string) string {
	i, ok := slices.BinarySearchFunc(ents, id, func(e document.Entity, id string) int {
		if c := strings.Compare(string(e.Type), string(document.Organization)); c != 0 {
			return c
		}
		return strings.Compare(e.ID, id)
	})
	if !ok {
		return ""
	}
	return ents[i].Name
}

func samePartyKind(a, b string) bool {
	pa, pb := document.IDPrefix(a), document.IDPrefix(b)
	return a != b && pa == pb && (pa == document.PrefixCountry || pa == document.PrefixOrg)
}

// eventID derives an event's id from what identifies it across articles:
// its series and ordinal ("event:china-russia-media-forum-13"), its series
// and year ("event:central-asia-china-media-forum-2025"), else its type,
// date and participants ("event:signing-2018-09-11-china-media-group-
// sputnik"). An event with none of these gets an id local to the article.
func eventID(e *event, articleID string, i int) (id, series string) {
	var keys []string
	for _, p := range e.participants {
		if document.IDPrefix(p) == document.PrefixPerson {
			continue
		}
		keys = append(keys, strings.ToLower(document.Slug(document.IDKey(p))))
	}
	sort.Strings(keys)
	if len(keys) > 4 {
		keys = keys[:4]
	}
	typ := document.Slug(e.typ)
	switch {
	case e.named:
		series = e.key
	case e.ordinal > 0 && len(keys) > 0:
		series = typ + "-" + strings.Join(keys, "-")
	}
	switch {
	case series != "" && e.ordinal > 0:
		return fmt.Sprintf("%s:%s-%d", document.PrefixEvent, series, e.ordinal), series
	case series != "" && e.year != "":
		return fmt.Sprintf("%s:%s-%s", document.PrefixEvent, series, e.year), series
	case e.date != "":
		parts := append([]string{typ, e.date}, keys...)
		if e.named {
			parts = []string{series, e.date}
		}
		return document.PrefixEvent + ":" + document.Slug(strings.Join(parts, " ")), series
	case series != "":
		return document.PrefixEvent + ":" + series, series
	}
	local := document.Slug(articleID)
	if local == "" {
		local = "article"
	}
	parts := append([]string{typ}, keys...)
	return fmt.Sprintf("%s:%s-%s-%d", document.PrefixEvent, document.Slug(strings.Join(parts, " ")), local, i+1), series
}

// mergeRetold merges events told twice: the same type and date (at least
// a month), not named differently, with a shared actor or the same
// location ("will pay an official visit to Vietnam in January 2025 ...
// In January 2025, Mishustin will pay a visit to Vietnam").
func (v *view) mergeRetold() {
	for i := 0; i < len(v.events); i++ {
		a := v.events[i]
		for j := i + 1; j < len(v.events); j++ {
			b := v.events[j]
			same, rule := retold(a, b, v)
			if !same && (acronymNamed(a, b) || acronymNamed(b, a)) {
				// "FANA General Assembly" in the headline, "the 48th
				// General Assembly of the Federation of Arab News
				// Agencies (FANA)" in the body (event.named.acronym)
				same, rule = true, "event.named.acronym"
			}
			if !same && (v.headlineOnly(a) || v.headlineFirst(a)) && v.firstOfClass(a, b) {
				// "Turkey holds summit, hosts 100 African journalists" over
				// "The Turkish government has organised a summit ...": the
				// headline tells the happening the body tells
				same, rule = true, "event.merge.headline"
			}
			if !same {
				continue
			}
			ad, bd := a.date, b.date
			v.mergeInto(a, b, rule)
			if rule == "event.merge.visit" && len(ad) == 10 && len(bd) == 10 && bd < ad {
				// a visit begins on its earliest day told (the arrival)
				a.date, a.gran, a.dateRule = b.date, b.gran, b.dateRule
			}
			j--
		}
	}
}

// mergeLoneKind merges a bare mention of a happening (no name, date,
// ordinal or end day, no other edition) into the one other event of its
// type that the article tells, when nothing sets them apart: no place,
// no parties of their own, no word that tells another occasion ("the
// previous forum", "Earlier, ...", "He will also meet"). It takes a
// headline verb and its body sentence, "the opening ceremony of the
// forum" after the named forum, "held meetings with ... during his
// visit" told twice. An article that tells two or more other events of
// the type keeps the bare one apart (which one it is cannot be told).
// Visits are left to oneVisit and tripStop: a trip holds visits of its
// own ("In the morning, the delegation paid a working trip to ..."),
// which only a place or a party tells apart. Rule event.merge.lone-kind.
func (v *view) mergeLoneKind() {
	for merged := true; merged; {
		merged = false
		for _, b := range v.events {
			if b.typ == "visit" || b.named || b.name != "" || b.date != "" || b.ordinal != 0 || b.endDate != "" || b.edition || v.toldApart(b) {
				continue
			}
			var a *event
			n := 0
			for _, e := range v.events {
				if e != b && e.typ == b.typ {
					a = e
					n++
				}
			}
			if n != 1 || a.edition || v.toldApart(a) || a.location != "" && b.location != "" && a.location != b.location || otherParties(a, b) {
				continue
			}
			if a.tok > b.tok && !a.named && a.name == "" && a.date == "" && a.ordinal == 0 {
				a, b = b, a // two bare ones: the first told stays
			}
			v.mergeInto(a, b, "event.merge.lone-kind")
			merged = true
			break
		}
	}
}

// toldApart reports whether a word by an event's first mention sets it
// apart from the others of its type: otherEdition words up to four words
// before the trigger ("the previous forum") or opening its sentence
// ("Earlier, he paid a visit"), apartAdverbs before it in its sentence
// or just after its first word ("He will also meet").
func (v *view) toldApart(e *event) bool {
	s := v.sent(e.tok)
	for j := e.tok + 1; j <= e.tok+2 && v.sent(j) == s; j++ {
		if v.in(apartAdverbs, j) {
			return true
		}
	}
	j := e.tok - 1
	for ; j >= 0 && v.sent(j) == s; j-- {
		if e.tok-j <= 4 && v.in(otherEdition, j) || v.in(apartAdverbs, j) {
			return true
		}
	}
	return v.in(otherEdition, j+1)
}

// apartAdverbs tell another happening than one told before: "He also
// met ...", "Previously, ...", "Meanwhile, ...".
var apartAdverbs = newWordSet(map[string]bool{"also": true, "previously": true, "meanwhile": true, "separately": true})

// otherParties reports whether events a and b both have participants
// and share none: two sittings of different parties.
func otherParties(a, b *event) bool {
	if len(a.participants) == 0 || len(b.participants) == 0 {
		return false
	}
	for _, p := range b.participants {
		if slices.Contains(a.participants, p) {
			return false
		}
	}
	return true
}

// mergeInto merges event b into a, which takes what b says, its
// mentions and its relations; rule, when not "", is added to a's rule so
// that explain shows the merge.
func (v *view) mergeInto(a, b *event, rule string) {
	a.absorb(b)
	if rule != "" && !strings.Contains(a.rule, rule) {
		a.rule += "+" + rule
	}
	for k := range v.rels {
		if v.rels[k].ev == b {
			v.rels[k].ev = a
		}
	}
	for k, e := range v.eventOfMention {
		if e == b {
			v.eventOfMention[k] = a
		}
	}
	if v.report == b {
		v.report = a
	}
	if i := slices.Index(v.events, b); i >= 0 {
		v.events = slices.Delete(v.events, i, i+1)
	}
}

// retold reports whether events a and b, told in this order, are one
// happening: the same type and date (at least a month) with a shared
// actor or place (mergeRetold); or the same ordinal of a gathering ("to
// prepare for the 31st ordinary meeting of the federation ... the 31st
// FANA conference", event.merge.ordinal); never two names of different
// series or two different ordinals.
func retold(a, b *event, v *view) (bool, string) {
	if a.ordinal != 0 && b.ordinal != 0 && a.ordinal != b.ordinal {
		return false, ""
	}
	datesAgree := a.date == "" || b.date == "" || strings.HasPrefix(a.date, b.date) || strings.HasPrefix(b.date, a.date)
	if a.named && b.named && a.typ == b.typ && datesAgree && (a.year == "" || b.year == "" || a.year == b.year) &&
		!a.planned && !b.planned && (nameEnds(a.name, b.name) || nameEnds(b.name, a.name)) {
		// "Who took part in the Media Forum held in Shushi? ... The
		// Global Media Forum ended in Shushi": a shorter name that ends
		// the other
		return true, "event.merge.name-suffix"
	}
	if a.named && b.named && a.typ == b.typ && datesAgree && (a.year == "" || b.year == "" || a.year == b.year) &&
		(a.planned == b.planned || a.date+b.date+a.year+b.year == "") && (a.location == "" || b.location == "" || a.location == b.location) &&
		!a.edition && !b.edition && nameOmits(a.name, b.name) && !sharedSentence(a, b) {
		// "the G20 Seoul Summit ... hosting the G-20 Summit": the full
		// name told first, then without one inner word, a number's
		// hyphen aside; a plan and a held one only when neither has a
		// day or year; never two names of one sentence ("the Arab Media
		// Forum, the Arab Youth Media Forum and ...")
		return true, "event.merge.name-omits"
	}
	if a.named && b.named && a.typ == b.typ && a.ordinal != 0 && a.ordinal == b.ordinal && datesAgree && (nameEnds(a.name, b.name) || nameEnds(b.name, a.name)) {
		// "Ahead Of 19th General Assembly ... preparations for the 19th
		// OANA General Assembly": one edition told twice, planned or not
		return true, "event.merge.ordinal"
	}
	if a.named && b.named && a.key != b.key {
		return false, ""
	}
	if v.oneVisit(a, b) {
		return true, "event.merge.visit"
	}
	if tripStop(a, b) {
		return true, "event.merge.trip-stop"
	}
	if v.glossOf(a, b) || v.glossOf(b, a) {
		return true, "event.merge.gloss"
	}
	if a.ordinal != 0 && a.ordinal == b.ordinal && gatherings.has(a.typ) && gatherings.has(b.typ) && datesAgree &&
		!(a.typ != b.typ && a.descr != "" && b.descr != "" && a.descr != b.descr) {
		// not two kinds each described by its own name words: "the
		// second Russia-Africa summit" beside "the Russia-Africa media
		// conference, the second of its kind"
		return true, "event.merge.ordinal"
	}
	if a.date != "" && a.date == b.date && len(a.date) == len("2006-01-02") && talksMeeting(a.typ, b.typ) {
		// "X held a meeting with Y on Monday ... the talks between X and
		// Y on Monday": one sitting of the same parties on one day
		// (event.merge.talks-meeting)
		for _, p := range b.participants {
			if slices.Contains(a.participants, p) {
				return true, "event.merge.talks-meeting"
			}
		}
	}
	if a.typ != b.typ || a.date == "" || a.date != b.date || len(a.date) < 7 {
		return false, ""
	}
	shared := a.location != "" && a.location == b.location
	for _, p := range b.participants {
		shared = shared || slices.Contains(a.participants, p)
	}
	return shared, ""
}

// oneVisit reports whether visits a and b are one visit told twice ("X
// signed ... during a visit by Y to Cairo ... Y, who arrived in Cairo on
// Monday", a summary line and the body): nothing sets them apart, no
// plan, other edition, earlier visit ("who last visited"), place, party
// when no place is shared (with the party a person's title names) or day
// (days a week apart at most), rule event.merge.visit.
func (v *view) oneVisit(a, b *event) bool {
	if a.typ != "visit" || b.typ != "visit" || a.planned || b.planned || a.edition || b.edition || v.earlierVisit(a) || v.earlierVisit(b) {
		return false
	}
	party := v.titleParty

	if a.location != "" && b.location != "" && a.location != b.location {
		return false
	}
	// "Earlier, he paid a courtesy visit to executives of X" during a
	// trip is a visit of its own: a visit with no place and no party
	// shares nothing
	if a.location == "" && len(a.participants) == 0 || b.location == "" && len(b.participants) == 0 {
		return false
	}
	// one place named by both is enough when one of them is told by a
	// noun ("during a visit by Y to Cairo"); two told by verbs ("X
	// visited Kampala on Monday. Y visited Kampala on Tuesday") and
	// visits without a shared place need a shared party
	noun := strings.HasPrefix(a.rule, "event.trigger") || strings.HasPrefix(b.rule, "event.trigger")
	if samePlace := noun && a.location != "" && a.location == b.location; !samePlace && len(a.participants) > 0 && len(b.participants) > 0 {
		shared := false
		for _, p := range b.participants {
			// "the Saudi minister" is the party of "Saudi Minister of
			// Media Y" (titleParty)
			shared = shared || slices.Contains(a.participants, p)
			if q := party(p); q != "" {
				shared = shared || slices.Contains(a.participants, q)
			}
		}
		for _, p := range a.participants {
			if q := party(p); q != "" {
				shared = shared || slices.Contains(b.participants, q)
			}
		}
		if !shared {
			return false
		}
	}
	return closeDays(a.date, b.date)
}

// tripStop reports whether visit b, on one day, is a stop of visit a, a
// trip told with its range of days: "During the six-day trip, from
// October 25 to 30, ... On October 27, the journalists toured the
// museum" (event.merge.trip-stop). A person who visits on that day and
// is no party of the trip makes a visit of their own.
func tripStop(a, b *event) bool {
	day := func(d string) int {
		switch {
		case len(d) == 10:
			return 1
		case len(d) == 7 && strings.HasPrefix(d, "--"):
			return 2 // a day without its year
		}
		return 0
	}
	if a.typ != "visit" || b.typ != "visit" || a.planned || b.planned || b.edition || b.endDate != "" ||
		day(a.date) == 0 || day(a.endDate) != day(a.date) || day(b.date) != day(a.date) || b.date <= a.date || b.date > a.endDate {
		return false
	}
	for _, p := range b.participants {
		if document.IDPrefix(p) == document.PrefixPerson && !slices.Contains(a.participants, p) {
			return false
		}
	}
	return true
}

// earlierVisit reports whether a visit is told as an earlier one: "Hill,
// who last visited Pyongyang in June", "had previously visited".
func (v *view) earlierVisit(e *event) bool {
	switch v.low(e.tok - 1) {
	case "last", "previously", "earlier", "once", "already":
		return true
	}
	return false
}

// closeDays reports whether two event dates may be one visit's: one
// unknown, one a prefix of the other, or two days at most a week apart;
// never a year alone.
func closeDays(a, b string) bool {
	if len(a) == 4 || len(b) == 4 {
		return false // a year alone tells too little ("a planned visit in 2024")
	}
	if a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	ta, ea := time.Parse(time.DateOnly, a)
	tb, eb := time.Parse(time.DateOnly, b)
	if ea != nil || eb != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= 7*24*time.Hour && d >= -7*24*time.Hour
}

// talksMeeting reports whether two types are a meeting and talks, either
// order: two words for one sitting.
func talksMeeting(a, b string) bool {
	return a == "meeting" && b == "talks" || a == "talks" && b == "meeting"
}

// headlineOnly reports whether every mention of e is in the headline: the
// body's first sentence, or its first few when the page prints the
// headline again ("Turkey holds summit, hosts over 100 African
// journalists" twice), each a paragraph of one sentence that ends
// without a full stop.
// headlineFirst reports whether e was introduced by the headline as a
// bare trigger (no name, date, ordinal or plan) that the body referred
// to later: "... at center of US-Syria talks" over "X and Y held a
// meeting in Istanbul on Saturday ... the talks" (event.merge.headline).
func (v *view) headlineFirst(e *event) bool {
	if len(e.sents) == 0 || e.sents[0] > 1 || e.named || e.date != "" || e.ordinal != 0 || e.planned {
		return false
	}
	for s := 0; s <= e.sents[0]; s++ {
		if !v.headlineLike(s) {
			return false
		}
	}
	return true
}

func (v *view) headlineOnly(e *event) bool {
	if len(e.sents) == 0 || len(v.d.Sentences) < 2 {
		return false
	}
	last := 0
	for _, s := range e.sents {
		last = max(last, s)
	}
	if last > 3 {
		return false
	}
	for s := 0; s <= last; s++ {
		if !v.headlineLike(s) {
			return false
		}
	}
	return true
}

// headlineLike reports whether sentence s is a paragraph of one sentence
// that ends without a full stop.
func (v *view) headlineLike(s int) bool {
	if s+1 >= len(v.d.Sentences) {
		return false
	}
	sp := v.d.Sentences[s].Span
	text := strings.TrimSpace(v.body[sp.Start:sp.End])
	if text == "" || strings.HasSuffix(text, ".") {
		return false
	}
	if s > 0 && !strings.Contains(v.body[v.d.Sentences[s-1].Span.End:sp.Start], "\n") {
		return false
	}
	next := v.d.Sentences[s+1].Span
	return strings.Contains(v.body[sp.End:next.Start], "\n")
}

// firstOfClass reports whether b is the first event after the headline
// event a of a's class, with no date or ordinal against a's.
func (v *view) firstOfClass(a, b *event) bool {
	if !sameClass(a.typ, b.typ) && !(a.typ == "signing" && b.typ == "signing") ||
		a.ordinal != 0 && b.ordinal != 0 && a.ordinal != b.ordinal ||
		a.date != "" && b.date != "" && !strings.HasPrefix(a.date, b.date) && !strings.HasPrefix(b.date, a.date) {
		return false
	}
	for _, e := range v.events {
		if e == b {
			return true
		}
		if e != a && sameClass(e.typ, a.typ) {
			return false // an earlier one of the class is the one told
		}
	}
	return false
}

// acronymNamed reports whether a's name is an acronym and the rest of
// b's name, and b's name that rest "of (the)" the body the acronym
// spells: "FANA General Assembly" and "General Assembly of the
// Federation of Arab News Agencies", "OANA General Assembly" and
// "General Assembly of the Organization of Asia-Pacific News Agencies";
// the same class, no other ordinal, no other date.
func acronymNamed(a, b *event) bool {
	if !a.named || !b.named || !sameClass(a.typ, b.typ) || a.ordinal != 0 && b.ordinal != 0 && a.ordinal != b.ordinal ||
		a.date != "" && b.date != "" && !strings.HasPrefix(a.date, b.date) && !strings.HasPrefix(b.date, a.date) {
		return false
	}
	aw := strings.Fields(a.name)
	if len(aw) < 2 || !acronym(aw[0]) {
		return false
	}
	rest := strings.ToLower(strings.Join(aw[1:], " ")) + " of "
	low := strings.ToLower(b.name)
	if !strings.HasPrefix(low, rest) {
		return false
	}
	body := strings.Fields(b.name[len(rest):])
	if len(body) > 0 && strings.EqualFold(body[0], "the") {
		body = body[1:]
	}
	initials := ""
	for _, w := range body {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&":
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		initials += w[:1]
	}
	return initials == aw[0]
}

// nameEnds reports whether the name long ends in the words of short, at
// least two of them.
func nameEnds(long, short string) bool {
	l, w := strings.Fields(strings.ToLower(long)), strings.Fields(strings.ToLower(short))
	return len(w) >= 2 && len(l) > len(w) && strings.Join(l[len(l)-len(w):], " ") == strings.Join(w, " ")
}

// nameOmits reports whether the name short is the name long without one
// inner name word in capitals (neither its first nor its head), at least
// two words left:
// "G20 Summit" in "G20 Seoul Summit", "Mekong-Lancang Media Summit" in
// "Mekong-Lancang Cooperation Media Summit". A hyphen inside a word with
// a digit does not count ("G-20" is "G20").
func nameOmits(long, short string) bool {
	l, w := nameWords(long), nameWords(short)
	if len(w) < 2 || len(l) != len(w)+1 || l[0] != w[0] || l[len(l)-1] != w[len(w)-1] {
		return false
	}
	for k := 1; k < len(l)-1; k++ {
		if slices.Equal(l[:k], w[:k]) && slices.Equal(l[k+1:], w[k:]) {
			o := strings.Fields(long)[k]
			return o[0] >= 'A' && o[0] <= 'Z' // a name word, not "of"
		}
	}
	return false
}

// sharedSentence reports whether a and b are told in one sentence.
func sharedSentence(a, b *event) bool {
	for _, s := range a.sents {
		if slices.Contains(b.sents, s) {
			return true
		}
	}
	return false
}

// nameWords is a name's words in lower case, a hyphen dropped from a
// word with a digit.
func nameWords(name string) []string {
	f := strings.Fields(strings.ToLower(name))
	for i, w := range f {
		if strings.ContainsAny(w, "0123456789") {
			f[i] = strings.ReplaceAll(w, "-", "")
		}
	}
	return f
}

// absorb adds what b says to a.
func (a *event) absorb(b *event) {
	a.mentions = append(a.mentions, b.mentions...)
	for _, s := range b.sents {
		a.addSentence(s)
	}
	for _, p := range b.participants {
		a.addParticipant(p, b.partSentOf(p))
	}
	for _, p := range b.organizers {
		a.addOrganizerAs(p, b.orgSentOf(p), b.hosts[p])
	}
	if !a.named && b.named || a.named && b.named && nameEnds(b.name, a.name) {
		// the longer name is the fuller one
		a.named, a.name, a.key, a.year = true, b.name, b.key, b.year
		a.typ = b.typ // "the 31st ordinary meeting" is the conference named
	} else if a.typ == "meeting" && b.typ != a.typ && gatherings.has(b.typ) {
		a.typ = b.typ // the more telling kind of gathering
	}
	if a.ordinal == 0 {
		a.ordinal = b.ordinal
	}
	if a.location == "" {
		a.location = b.location
	}
	if a.mode == "" {
		a.mode = b.mode
	}
	if a.attendance == 0 {
		a.attendance, a.attendanceText = b.attendance, b.attendanceText
	}
	if a.date == "" || len(b.date) > len(a.date) && strings.HasPrefix(b.date, a.date) {
		a.date, a.gran, a.dateRule = b.date, b.gran, b.dateRule // the finer date told
	}
	if a.endDate == "" {
		a.endDate = b.endDate
	}
	if b.last > a.last {
		a.last = b.last
	}
	if b.conf > a.conf {
		a.conf = b.conf
	}
}

// signed reports whether party signed the signing event e.
func (v *view) signed(e *event, party string) bool {
	for _, r := range v.rels {
		if r.ev == e && r.Type == document.Signed && r.From == party {
			return true
		}
	}
	return false
}

// sameYearDates dates an undated event whose sentence says, before its
// mention, that it happened "the same year" or "that year" ("The forum
// was first held in 2019. The same year, X and Y signed an agreement")
// with the year of the last date before the phrase that states one
// (event.date.same-year); the phrase itself is no date expression.
func (v *view) sameYearDates() {
	for _, e := range v.events {
		if e.date != "" || len(e.sents) == 0 || e.planned {
			continue
		}
		st0, _ := v.sentenceTokens(e.sents[0])
		for j := st0; j+1 < e.tok; j++ {
			same := v.lows[j] == "same" && v.low(j+1) == "year" && (v.low(j-1) == "the" || v.low(j-1) == "that")
			if !same && !(v.lows[j] == "that" && v.low(j+1) == "year") {
				continue
			}
			if y := v.lastStatedYear(j); y != "" {
				e.date, e.gran, e.dateRule = y, "year", "event.date.same-year"
			}
			break
		}
	}
}

// lastStatedYear is the year of the last date mention before token j that
// states one ("March 31, 1920", "in 2019"; not a yearless day or an
// anaphor), "" for none.
func (v *view) lastStatedYear(j int) string {
	for k := j - 1; k >= 0; k-- {
		if v.val[k] == 0 {
			continue
		}
		m := &v.d.Mentions[v.val[k]-1]
		if m.Type != document.Date || len(m.Value) < 4 || m.Value[0] == '-' || strings.HasPrefix(m.Rule, "date.anaphor") || strings.HasPrefix(m.Rule, "date.relative") {
			continue
		}
		if _, ok := atoi(m.Value[:4]); ok {
			return m.Value[:4]
		}
	}
	return ""
}

// glossOf reports whether the named event n is a translation in
// parentheses of the trigger event t told right before it: "the fourth
// edition of the Festival Internacional de Periodismo de La Habana
// (International Journalism Festival of Havana, FIPH)" is one festival
// (event.merge.gloss).
func (v *view) glossOf(t, n *event) bool {
	if t.named || !n.named || t.typ != n.typ || len(t.sents) == 0 || len(n.sents) == 0 || t.sents[0] != n.sents[0] ||
		n.tok <= t.tok || n.tok-t.tok > 14 || v.low(n.tok-1) != "(" || t.ordinal != 0 && n.ordinal != 0 && t.ordinal != n.ordinal {
		return false
	}
	for k := t.tok + 1; k < n.tok-1; k++ {
		if !v.isCap(k) && !(v.isWord(k) && len(v.lows[k]) <= 3) {
			return false // only the foreign name's words ("de", "La")
		}
	}
	return true
}

// renewWords renew an agreement signed before.
var renewWords = newWordSet(map[string]bool{"renewed": true, "extended": true})

// pastRenewals makes a signing of each year a renewal names in the
// sentence of an earlier signing, after that signing's year and before
// the publication's: "first signed a news exchange accord in 1997 and
// renewed it in 2012", "signed in 2009 in Dhaka, which was renewed in
// 2014 and 2019" (event.signing.renewal). A renewal of this year is the
// signing told now, which the signing rule reads.
func (v *view) pastRenewals() {
	pub := 0
	if p := v.d.Article.Published; len(p) >= 4 {
		pub, _ = strconv.Atoi(p[:4])
	}
	n := len(v.events)
	for _, e := range v.events[:n] {
		if e.typ != "signing" || len(e.date) != 4 || len(e.sents) == 0 {
			continue
		}
		from, _ := strconv.Atoi(e.date)
		s := e.sents[0]
		t0, t1 := v.sentenceTokens(s)
		for i := t0; i < t1; i++ {
			if !v.in(renewWords, i) {
				continue
			}
			j := i + 1
			if w := v.low(j); w == "it" || w == "them" {
				j++
			}
			if v.low(j) != "in" {
				continue
			}
			for j++; j < t1 && v.val[j] != 0; {
				m := &v.d.Mentions[v.val[j]-1]
				y, err := strconv.Atoi(m.Value)
				if m.Type != document.Date || m.Kind != "year" || err != nil || y <= from || pub > 0 && y >= pub {
					break
				}
				if !v.signingOfYear(m.Value) {
					r := &event{typ: "signing", tok: j, rule: "event.signing.renewal", conf: 0.7, name: e.name}
					r.refer(document.Span{Start: v.toks[i].Start, End: v.toks[i].End}, s)
					r.setDate(m.Value, m.Kind)
					v.events = append(v.events, r)
				}
				_, mt1 := v.tokenSpan(m)
				j = mt1
				if w := v.low(j); w != "and" && w != "," {
					break
				}
				j++
			}
		}
	}
}

// signingOfYear reports a signing dated in year y.
func (v *view) signingOfYear(y string) bool {
	for _, e := range v.events {
		if e.typ == "signing" && strings.HasPrefix(e.date, y) {
			return true
		}
	}
	return false
}
