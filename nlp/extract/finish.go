package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// finish gives every event its id, turns events into document.Events and
// their participants, organizers and locations into relations, and sorts
// the output.
func (x *Extractor) finish(v *view) {
	d := v.d
	ids := map[string]int{}
	for i, e := range v.events {
		sort.Strings(e.participants)
		sort.Strings(e.organizers)
		e.id, e.series = eventID(e, d.Article.ID, i)
		if n := ids[e.id]; n > 0 {
			e.id = fmt.Sprintf("%s-%d", e.id, n+1)
		}
		ids[e.id]++
	}
	d.Events = make([]document.Event, 0, len(v.events))
	for _, e := range v.events {
		ev := document.Event{
			ID: e.id, Type: e.typ, Name: e.name, Ordinal: e.ordinal,
			Date: e.date, DateGranularity: e.gran, EndDate: e.endDate, Mode: e.mode,
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
		case gatherings[e.typ]:
			cameo = "040"
		case e.typ == "visit":
			cameo = "042"
		}
		for _, p := range e.participants {
			v.addRel(rel{Relation: document.Relation{Type: document.ParticipatedIn, From: p, To: e.id, Event: e.id,
				CAMEO: cameo, Evidence: v.evidence(e.partSent[p]), Rule: "event.participant", Confidence: e.conf * 0.9}})
		}
		for _, p := range e.organizers {
			v.addRel(rel{Relation: document.Relation{Type: document.Organized, From: p, To: e.id, Event: e.id,
				Evidence: v.evidence(e.orgSent[p]), Rule: "event.organizer", Confidence: e.conf * 0.9}})
		}
		// co-organizers cooperate: "co-sponsored by CMG and the Ministry
		// of Media", "CMG and the SBA launched"
		var orgs []string
		for _, p := range e.organizers {
			if document.IDPrefix(p) != document.PrefixPerson {
				orgs = append(orgs, p)
			}
		}
		if len(orgs) >= 2 && len(orgs) <= 5 {
			for _, p := range pairsOf(orgs) {
				v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1], Event: e.id,
					CAMEO: "050", Evidence: v.evidence(e.orgSent[p[1]]), Rule: "coop.co-organizers", Confidence: 0.75}})
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
		d.Entities = append(d.Entities, ent)
	}
	slices.SortStableFunc(d.Events, func(a, b document.Event) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	slices.SortStableFunc(d.Entities, func(a, b document.Entity) int {
		if c := strings.Compare(string(a.Type), string(b.Type)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})

	// relations: resolve event pointers, drop duplicates (keep the most
	// confident), sort
	best := map[string]int{}
	out := make([]document.Relation, 0, len(v.rels))
	for _, r := range v.rels {
		rr := r.Relation
		if r.ev != nil {
			rr.Event = r.ev.id
			if rr.To == "#event" {
				rr.To = r.ev.id
			}
		}
		k := rr.Type + "\x00" + rr.From + "\x00" + rr.To + "\x00" + rr.Event + "\x00" + rr.Topic
		if i, ok := best[k]; ok {
			if rr.Confidence > out[i].Confidence {
				out[i] = rr
			}
			continue
		}
		best[k] = len(out)
		out = append(out, rr)
	}
	slices.SortStableFunc(out, func(a, b document.Relation) int {
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
	})
	d.Relations = out
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
