package eval

import (
	"github.com/mediakg/mediakg/nlp/document"
)

// Document renders the gold article as a Document, as a perfect pipeline
// would produce it: one entity per gold entity, the events with their
// participants, organizers and location, the explicit relations plus SIGNED
// for signatories, and one Date mention per date expression. Scoring two
// annotations of the same article against each other (self-agreement)
// renders one of them with Document.
func (a *Article) Document() *document.Document {
	d := &document.Document{Article: document.Article{URL: a.URL, Origin: a.File}}
	for _, c := range a.Entities.Country {
		d.Entities = append(d.Entities, document.Entity{ID: c, Type: document.Country, Name: document.IDKey(c), Confidence: 1})
	}
	named := func(t document.EntityType, ns []Named) {
		for _, n := range ns {
			d.Entities = append(d.Entities, document.Entity{
				ID: n.ID, Type: t, Name: n.Name, Aliases: n.Aliases, Kind: n.Kind, Country: n.Country, Confidence: 1,
			})
		}
	}
	named(document.Organization, a.Entities.Organization)
	named(document.Person, a.Entities.Person)
	for _, e := range a.Entities.Event {
		d.Events = append(d.Events, document.Event{
			ID: e.ID, Type: e.Type, Name: e.Name, Ordinal: e.Ordinal, Date: e.Date, EndDate: e.EndDate,
			Mode: e.Mode, Attendance: e.Attendance, Location: e.Location,
			Participants: append([]string{}, e.Participants...), Organizers: append([]string(nil), e.Organizers...),
			Rule: "gold", Confidence: 1,
		})
		for _, s := range e.Signatories {
			d.Relations = append(d.Relations, document.Relation{Type: document.Signed, From: s, To: e.ID, Event: e.ID, Rule: "gold", Confidence: 1})
		}
	}
	for _, r := range a.Relations {
		d.Relations = append(d.Relations, document.Relation{Type: r.Type, From: r.From, To: r.To, Event: r.Event, Topic: r.Topic, Rule: "gold", Confidence: 1})
	}
	// Dates as mentions and, since mentions are not part of the JSON form,
	// also as Date entities (one per value) carrying the expressions.
	byValue := map[string]int{}
	for _, dt := range a.Dates {
		d.Mentions = append(d.Mentions, document.Mention{Type: document.Date, Text: dt.Text, Value: dt.Value, Kind: dt.Granularity, Rule: "gold", Confidence: 1})
		i, ok := byValue[dt.Value]
		if !ok {
			id := document.PrefixDate + ":" + dt.Value
			if dt.Value == "" {
				id = document.PrefixDate + ":unresolved"
			}
			i = len(d.Entities)
			byValue[dt.Value] = i
			d.Entities = append(d.Entities, document.Entity{ID: id, Type: document.Date, Name: dt.Text, Value: dt.Value, Granularity: dt.Granularity, Confidence: 1})
		}
		d.Entities[i].Mentions = append(d.Entities[i].Mentions, document.EntityMention{Text: dt.Text})
	}
	return d
}
