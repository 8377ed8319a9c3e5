// Package resolve turns tagged mentions into entities: every mention of a
// country, organization, person or place gets a canonical id, and the
// mentions of one id become one Entity with its name, kind, home country,
// Wikidata id, aliases and mention list. Dates become date:<value>
// entities.
//
// Ids come from the gazetteer when the tagger matched an alias; otherwise
// they are derived from the name the pattern found (org:<slug>,
// person:<slug>). A person named in full once and by one word of the name
// later ("Trang") is one entity.
//
// Files:
//   - resolve.go: Resolver, New, Apply
package resolve

import (
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// Resolver assigns ids and builds entities. It is immutable and safe for
// concurrent use.
type Resolver struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Resolver backed by g.
func New(g *gazetteer.Gazetteer) *Resolver { return &Resolver{gaz: g} }

// Apply fills the EntityID of every name mention of d and replaces
// d.Entities with the article's entities, sorted by type then id.
func (r *Resolver) Apply(d *document.Document) {
	// persons first named in full, then by part of the name
	full := map[string]string{} // mention text -> person id
	for i := range d.Mentions {
		m := &d.Mentions[i]
		switch m.Type {
		case document.Person:
			if m.EntityID == "" && m.Name == "" {
				if e, form, ok := r.gaz.Lookup(m.Text); ok && e.Type == document.Person && form != gazetteer.FormSurname {
					m.EntityID, m.Name = e.ID, e.Name
				} else {
					m.EntityID = document.PersonID(m.Text)
					m.Name = m.Text
				}
			}
			if m.EntityID != "" {
				full[m.Text] = m.EntityID
			}
		case document.Organization:
			if m.EntityID == "" {
				name := m.Name
				if name == "" {
					name = m.Text
				}
				m.EntityID = document.OrgID(name)
				m.Name = name
			}
		case document.Place:
			if m.EntityID == "" {
				m.EntityID = document.PlaceID(m.Text)
				m.Name = m.Text
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type == document.Person && m.EntityID == "" && m.Name != "" {
			if id, ok := full[m.Name]; ok {
				m.EntityID = id
			} else {
				m.EntityID = document.PersonID(m.Name)
			}
		}
	}
	d.Entities = r.entities(d)
}

func (r *Resolver) entities(d *document.Document) []document.Entity {
	byID := map[string]*document.Entity{}
	var order []string
	for _, m := range d.Mentions {
		id := m.EntityID
		switch m.Type {
		case document.Country, document.Organization, document.Person, document.Place:
		case document.Date:
			if m.Value == "" {
				continue
			}
			id = document.PrefixDate + ":" + m.Value
		default:
			continue
		}
		if id == "" {
			continue
		}
		e, ok := byID[id]
		if !ok {
			e = &document.Entity{ID: id, Type: m.Type}
			r.describe(e, m)
			byID[id] = e
			order = append(order, id)
		}
		if m.Confidence > e.Confidence {
			e.Confidence = m.Confidence
		}
		if e.Country == "" && m.Country != "" {
			e.Country = m.Country
		}
		e.Mentions = append(e.Mentions, document.EntityMention{Text: m.Text, Start: m.Start, End: m.End, Rule: m.Rule})
		if m.Text != e.Name && !contains(e.Aliases, m.Text) {
			e.Aliases = append(e.Aliases, m.Text)
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := byID[order[i]], byID[order[j]]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.ID < b.ID
	})
	out := make([]document.Entity, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	return out
}

// describe fills an entity's name, kind, country and QID from the
// gazetteer, else from the mention.
func (r *Resolver) describe(e *document.Entity, m document.Mention) {
	if en, ok := r.gaz.Entry(e.ID); ok {
		e.Name, e.Kind, e.QID = en.Name, en.Kind, en.QID
		if en.Type != document.Country {
			e.Country = en.Country
		}
		if en.Type == document.Place {
			e.Kind = ""
		}
		return
	}
	switch m.Type {
	case document.Date:
		e.Name = m.Value
		e.Value = m.Value
		e.Granularity = m.Kind
	case document.Organization:
		e.Name = m.Name
		e.Kind = m.Kind
		e.Country = m.Country
	default:
		e.Name = m.Name
	}
	if e.Name == "" {
		e.Name = strings.TrimSpace(m.Text)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
