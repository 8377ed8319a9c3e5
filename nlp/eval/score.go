package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// Score compares documents with the gold set and returns micro-averaged
// counts over all articles plus a per-article breakdown. docs maps a gold
// article's Key to the document the pipeline made of it; a gold article
// without a document counts all its annotations as missed.
//
// Matching rules (docs/annotation.md, "How the scorer matches"):
//   - Countries match by id (country:ISO3).
//   - Organizations and persons match by id, else when a normalised name of
//     the system entity (its name, aliases, mention texts or id key) equals
//     a normalised name of the gold entity (name, aliases, id key); each
//     gold and each system entity is used once.
//   - Events match when their types fall in the same class (EventClass),
//     the system date starts with the gold date when the gold has one, and
//     the ordinals are equal when the gold has one; among candidates the one
//     agreeing on more attributes (name, date, ordinal, location,
//     participants) wins.
//   - Anything matching an optional entry is ignored.
//   - Dates match by expression text (NormDateText, equal first, then one
//     containing the other); a matched date is correct when its value equals
//     the gold value.
//   - Relations match by type and ends after mapping system ids to the gold
//     entities and events they were aligned with; COOPERATES_WITH pairs are
//     unordered; AGREED_ON and COMMITTED_TO topics match by TopicMatch. The
//     system's relations are doc.Relations plus those its events imply
//     (participants, organizers, location).
func Score(gold []Article, docs map[string]*document.Document) *Report {
	r := newReport()
	for i := range gold {
		a := &gold[i]
		ar := ArticleReport{Key: a.Key(), ID: a.ID}
		d := docs[a.Key()]
		if d == nil {
			ar.Missing = true
			r.Missing = append(r.Missing, a.Key())
			d = &document.Document{}
		}
		scoreArticle(a, d, r, &ar)
		r.PerArticle = append(r.PerArticle, ar)
	}
	r.Articles = len(gold)
	return r
}

// alignment records which system ids were matched to which gold ids.
type alignment struct {
	ids      map[string]string // system entity or event id -> gold id
	optional map[string]bool   // system ids matched to optional entries
}

func (al *alignment) mapID(id string) (string, bool) {
	if al.optional[id] {
		return "", false
	}
	if g, ok := al.ids[id]; ok {
		return g, true
	}
	return id, true
}

func scoreArticle(a *Article, d *document.Document, r *Report, ar *ArticleReport) {
	al := &alignment{ids: map[string]string{}, optional: map[string]bool{}}
	byType := systemEntities(d)

	// Countries: by id.
	{
		c := r.Entities[string(document.Country)]
		gold := map[string]bool{}
		for _, g := range a.Entities.Country {
			gold[g] = true
		}
		opt := map[string]bool{}
		for _, g := range a.Optional.Country {
			opt[g] = true
		}
		found := map[string]bool{}
		for _, s := range byType[document.Country] {
			id := normCountry(s.ID)
			switch {
			case found[id]:
				continue
			case gold[id]:
				c.TP++
				al.ids[s.ID] = id
			case opt[id]:
				al.optional[s.ID] = true
			default:
				c.FP++
				ar.falsePositive("Country", id)
			}
			found[id] = true
		}
		for _, g := range a.Entities.Country {
			if !found[g] {
				c.FN++
				ar.miss("Country", g)
			}
		}
	}
	scoreNamed(string(document.Organization), a.Entities.Organization, a.Optional.Organization, byType[document.Organization], r, ar, al)
	scoreNamed(string(document.Person), a.Entities.Person, a.Optional.Person, byType[document.Person], r, ar, al)
	scoreEvents(a.Entities.Event, d.Events, r, ar, al)
	scoreDates(a, d, r, ar)
	scoreRelations(a, d, r, ar, al)
}

// systemEntities groups the document's entities by type, first of each id.
func systemEntities(d *document.Document) map[document.EntityType][]document.Entity {
	out := map[document.EntityType][]document.Entity{}
	seen := map[string]bool{}
	for _, e := range d.Entities {
		k := string(e.Type) + "\x00" + e.ID
		if e.ID != "" && seen[k] {
			continue
		}
		seen[k] = true
		out[e.Type] = append(out[e.Type], e)
	}
	return out
}

func normCountry(id string) string {
	if document.IDPrefix(id) == "" {
		return document.CountryID(id)
	}
	return document.PrefixCountry + ":" + strings.ToUpper(document.IDKey(id))
}

func goldNames(g Named) map[string]bool {
	m := map[string]bool{}
	add := func(s string) {
		if n := NormName(s); n != "" {
			m[n] = true
		}
	}
	add(document.IDKey(g.ID))
	add(g.Name)
	for _, s := range g.Aliases {
		add(s)
	}
	return m
}

func systemNames(e document.Entity) []string {
	var out []string
	add := func(s string) {
		if n := NormName(s); n != "" {
			out = append(out, n)
		}
	}
	add(document.IDKey(e.ID))
	add(e.Name)
	for _, s := range e.Aliases {
		add(s)
	}
	for _, m := range e.Mentions {
		add(m.Text)
	}
	return out
}

// scoreNamed aligns organizations or persons: ids first, then names.
func scoreNamed(typ string, gold, optional []Named, sys []document.Entity, r *Report, ar *ArticleReport, al *alignment) {
	c := r.Entities[typ]
	used := make([]bool, len(sys))
	matched := make([]bool, len(gold))
	// Pass 1: equal ids.
	for gi, g := range gold {
		for si, s := range sys {
			if !used[si] && s.ID == g.ID {
				used[si], matched[gi] = true, true
				al.ids[s.ID] = g.ID
				break
			}
		}
	}
	// Pass 2: a shared normalised name.
	for gi, g := range gold {
		if matched[gi] {
			continue
		}
		names := goldNames(g)
		for si, s := range sys {
			if used[si] || !anyIn(systemNames(s), names) {
				continue
			}
			used[si], matched[gi] = true, true
			al.ids[s.ID] = g.ID
			break
		}
	}
	for gi, g := range gold {
		if matched[gi] {
			c.TP++
		} else {
			c.FN++
			ar.miss(typ, fmt.Sprintf("%s (%s)", g.ID, g.Name))
		}
	}
	for si, s := range sys {
		if used[si] {
			continue
		}
		if matchesOptional(s, optional) {
			al.optional[s.ID] = true
			continue
		}
		c.FP++
		ar.falsePositive(typ, fmt.Sprintf("%s (%s)", s.ID, s.Name))
	}
}

func matchesOptional(s document.Entity, optional []Named) bool {
	for _, o := range optional {
		if s.ID == o.ID || anyIn(systemNames(s), goldNames(o)) {
			return true
		}
	}
	return false
}

func anyIn(xs []string, set map[string]bool) bool {
	for _, x := range xs {
		if set[x] {
			return true
		}
	}
	return false
}

// eventCompatible reports whether system event s may be gold event g.
func eventCompatible(g Event, s document.Event) bool {
	if EventClass(g.Type) != EventClass(s.Type) {
		return false
	}
	if g.Date != "" && !strings.HasPrefix(NormValue(s.Date), NormValue(g.Date)) {
		return false
	}
	if g.Ordinal != 0 && s.Ordinal != g.Ordinal {
		return false
	}
	return true
}

// eventAgreement counts the attributes s shares with g beyond the class, to
// prefer the best candidate.
func eventAgreement(g Event, s document.Event, al *alignment) int {
	n := 0
	if g.Name != "" && NormName(g.Name) == NormName(s.Name) {
		n += 2
	}
	if g.Date != "" && s.Date != "" {
		n++
	}
	if g.Ordinal != 0 && s.Ordinal == g.Ordinal {
		n++
	}
	if EventClass(g.Type) == EventClass(s.Type) && strings.EqualFold(g.Type, s.Type) {
		n++
	}
	if g.Location != "" && placeKey(g.Location) == placeKey(s.Location) {
		n++
	}
	want := map[string]bool{}
	for _, p := range g.Participants {
		want[p] = true
	}
	for _, p := range s.Participants {
		if id, ok := al.mapID(p); ok && want[id] {
			n++
		}
	}
	return n
}

func scoreEvents(gold []Event, sys []document.Event, r *Report, ar *ArticleReport, al *alignment) {
	c := r.Entities[string(document.EventType)]
	type pair struct{ g, s, score int }
	var pairs []pair
	for gi, g := range gold {
		for si, s := range sys {
			if eventCompatible(g, s) {
				pairs = append(pairs, pair{gi, si, eventAgreement(g, s, al)})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].score > pairs[j].score })
	gUsed := make([]bool, len(gold))
	sUsed := make([]bool, len(sys))
	for _, p := range pairs {
		if gUsed[p.g] || sUsed[p.s] {
			continue
		}
		gUsed[p.g], sUsed[p.s] = true, true
		al.ids[eventRef(sys[p.s], p.s)] = gold[p.g].ID
	}
	for gi, g := range gold {
		if gUsed[gi] {
			c.TP++
		} else {
			c.FN++
			ar.miss("Event", describeGoldEvent(g))
		}
	}
	for si, s := range sys {
		if !sUsed[si] {
			c.FP++
			ar.falsePositive("Event", describeSysEvent(s))
		}
	}
}

// eventRef is the id relations use for a system event; events without an id
// get a positional one.
func eventRef(e document.Event, i int) string {
	if e.ID != "" {
		return e.ID
	}
	return fmt.Sprintf("event:#%d", i)
}

func describeGoldEvent(g Event) string {
	s := g.ID + " " + g.Type
	if g.Name != "" {
		s += " " + g.Name
	}
	if g.Ordinal != 0 {
		s += fmt.Sprintf(" #%d", g.Ordinal)
	}
	if g.Date != "" {
		s += " " + g.Date
	}
	return s
}

func describeSysEvent(e document.Event) string {
	s := e.Type
	if e.Name != "" {
		s += " " + e.Name
	}
	if e.Ordinal != 0 {
		s += fmt.Sprintf(" #%d", e.Ordinal)
	}
	if e.Date != "" {
		s += " " + e.Date
	}
	if e.Rule != "" {
		s += " [" + e.Rule + "]"
	}
	return s
}

// DateAnaphorRule starts the rule of a date anaphor ("the same day"),
// which the scorer does not count as a date expression.
const DateAnaphorRule = "date.anaphor."

// sysDate is one date expression the system tagged.
type sysDate struct{ text, value string }

func systemDates(d *document.Document) []sysDate {
	var out []sysDate
	for _, m := range d.Mentions {
		// a date anaphor ("the same day") dates events but is no date
		// expression of the gold (docs/annotation.md, section 4)
		if m.Type != document.Date || strings.HasPrefix(m.Rule, DateAnaphorRule) {
			continue
		}
		t := m.Text
		if t == "" {
			t = d.Text(m.Span)
		}
		out = append(out, sysDate{t, m.Value})
	}
	if len(out) > 0 {
		return out
	}
	for _, e := range d.Entities {
		if e.Type != document.Date {
			continue
		}
		for _, m := range e.Mentions {
			if strings.HasPrefix(m.Rule, DateAnaphorRule) {
				continue
			}
			out = append(out, sysDate{m.Text, e.Value})
		}
	}
	return out
}

func scoreDates(a *Article, d *document.Document, r *Report, ar *ArticleReport) {
	dc := &r.Dates
	sys := systemDates(d)
	sUsed := make([]bool, len(sys))
	gMatch := make([]int, len(a.Dates))
	for i := range gMatch {
		gMatch[i] = -1
	}
	// Equal texts first, then one containing the other.
	for pass := 0; pass < 2; pass++ {
		for gi, g := range a.Dates {
			if gMatch[gi] >= 0 {
				continue
			}
			gt := NormDateText(g.Text)
			for si, s := range sys {
				if sUsed[si] {
					continue
				}
				st := NormDateText(s.text)
				if st == gt || (pass == 1 && (containsWords(st, gt) || containsWords(gt, st))) {
					sUsed[si], gMatch[gi] = true, si
					break
				}
			}
		}
	}
	for gi, g := range a.Dates {
		si := gMatch[gi]
		if si < 0 {
			dc.FN++
			ar.miss("Date", fmt.Sprintf("%q = %q", g.Text, g.Value))
			continue
		}
		dc.TP++
		if NormValue(sys[si].value) == NormValue(g.Value) {
			dc.Correct++
		} else {
			ar.wrongDate(fmt.Sprintf("%q: want %q, got %q", g.Text, g.Value, sys[si].value))
		}
	}
	for si, s := range sys {
		if sUsed[si] {
			continue
		}
		st := NormDateText(s.text)
		ignored := false
		for _, o := range a.Optional.Dates {
			ot := NormDateText(o)
			if st == ot || containsWords(st, ot) || containsWords(ot, st) {
				ignored = true
				break
			}
		}
		if !ignored {
			dc.FP++
			ar.falsePositive("Date", fmt.Sprintf("%q = %q", s.text, s.value))
		}
	}
}

// systemRelations returns the document's relations plus those its events
// imply, with ids mapped to the gold's; relations touching an optional
// entity are dropped.
func systemRelations(d *document.Document, al *alignment) []Relation {
	var raw []Relation
	for _, x := range d.Relations {
		raw = append(raw, Relation{Type: x.Type, From: x.From, To: x.To, Topic: x.Topic})
	}
	for i, e := range d.Events {
		ref := eventRef(e, i)
		for _, p := range e.Participants {
			raw = append(raw, Relation{Type: document.ParticipatedIn, From: p, To: ref})
		}
		for _, p := range e.Organizers {
			raw = append(raw, Relation{Type: document.Organized, From: p, To: ref})
		}
		if e.Location != "" {
			raw = append(raw, Relation{Type: document.HeldIn, From: ref, To: e.Location})
		}
	}
	seen := map[string]bool{}
	var out []Relation
	for _, x := range raw {
		from, ok1 := al.mapID(x.From)
		to, ok2 := al.mapID(x.To)
		if !ok1 || !ok2 {
			continue
		}
		if x.Type == document.HeldIn {
			to = placeKey(to)
		}
		if from == to {
			continue
		}
		m := Relation{Type: x.Type, From: from, To: to}
		k := relationKey(m)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, m)
	}
	return out
}

// placeKey normalises a location id: place ids by name slug, country ids
// upper-cased.
func placeKey(id string) string {
	switch document.IDPrefix(id) {
	case document.PrefixCountry:
		return normCountry(id)
	case document.PrefixPlace:
		return document.PrefixPlace + ":" + NormName(document.IDKey(id))
	}
	return id
}

func scoreRelations(a *Article, d *document.Document, r *Report, ar *ArticleReport, al *alignment) {
	gold := a.AllRelations()
	for i := range gold {
		if gold[i].Type == document.HeldIn {
			gold[i].To = placeKey(gold[i].To)
		}
	}
	sys := systemRelations(d, al)
	sUsed := make([]bool, len(sys))
	gUsed := make([]bool, len(gold))
	for gi, g := range gold {
		for si, s := range sys {
			if sUsed[si] || !relationMatch(g, s) {
				continue
			}
			sUsed[si], gUsed[gi] = true, true
			break
		}
	}
	for gi, g := range gold {
		c := r.relation(g.Type)
		if gUsed[gi] {
			c.TP++
		} else {
			c.FN++
			ar.miss(g.Type, g.From+" -> "+g.To)
		}
	}
	for si, s := range sys {
		if !sUsed[si] {
			r.relation(s.Type).FP++
			ar.falsePositive(s.Type, s.From+" -> "+s.To)
		}
	}
}

func relationMatch(g, s Relation) bool {
	if g.Type != s.Type {
		return false
	}
	switch g.Type {
	case document.CooperatesWith:
		return (g.From == s.From && g.To == s.To) || (g.From == s.To && g.To == s.From)
	case document.AgreedOn, document.CommittedTo:
		return g.From == s.From && TopicMatch(g.To, s.To)
	default:
		return g.From == s.From && g.To == s.To
	}
}
