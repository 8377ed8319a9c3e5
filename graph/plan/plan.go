// Package plan turns one extracted Document into what the graph holds for
// it: the nodes it touches, the article's own links, the derived links and
// the facts it states with their evidence. The loader (package graph) writes
// a plan with batched Cypher; the exporter (package graph/export) writes the
// same plans as neo4j-admin CSV or a Cypher script, so both produce the same
// graph. It is pure: no driver, no I/O.
//
// Files:
//   - plan.go:   Article, Node, Link, Fact, Build
//   - events.go: EventInfo, the same-event rule, EventIndex
//   - merge.go:  how a node's properties combine across articles
package plan

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// Ref names one node: its label and canonical id.
type Ref struct {
	Label schema.Label
	ID    string
}

// Key returns the value of the node's key property (iso3 for a Country).
func (r Ref) Key() string { return schema.KeyValue(r.Label, r.ID) }

// Node is a node to merge, with the properties this article knows. Props
// holds only non-empty values, keyed by schema property name: string,
// int64, float64 or []string; DATE properties as "YYYY-MM-DD".
type Node struct {
	Ref
	Props map[string]any
}

// Link is a relationship without Statements: a per-article link (MENTIONS,
// REPORTS, PUBLISHED_BY, SOURCED_FROM; From is the article) or a derived one
// (BASED_IN, PART_OF).
type Link struct {
	Type     schema.RelType
	From, To Ref
	Props    map[string]any
}

// Fact is one extracted fact as this article states it. Facts with the same
// Key are one relationship in the graph; each stating article adds a
// Statement.
type Fact struct {
	Type     schema.RelType
	From, To Ref
	// Key is Type|From.ID|To.ID|Event, the relationship's `fact` property.
	Key        string
	Event      string
	Topic      string
	CAMEO      string
	Evidence   string
	Start, End int
	Rule       string
	Confidence float64
}

// StatementID returns the id of article's Statement of f.
func (f Fact) StatementID(article string) string { return article + "|" + f.Key }

// Drop records something of the document that did not fit the model.
type Drop struct {
	What, Why string
}

// Article is the plan for one document.
type Article struct {
	ID     string
	Hash   string
	Origin string
	// Props are the Article node's properties besides id.
	Props map[string]any
	// Nodes are all nodes the article touches, one per Ref, sorted by label
	// and key so that concurrent writers lock them in the same order.
	Nodes []Node
	// Links are the article's own links, Derived the BASED_IN and PART_OF
	// links of its nodes.
	Links   []Link
	Derived []Link
	// Facts are the facts it states, one per Key, sorted by Key.
	Facts []Fact
	// Series are the ids of the event series it touches.
	Series  []string
	Dropped []Drop
}

// Rows returns the number of rows the article adds to a write batch.
func (a *Article) Rows() int {
	return 1 + len(a.Nodes) + len(a.Links) + len(a.Derived) + 2*len(a.Facts)
}

// Hash returns the article's content hash: the reader's ContentHash, or the
// SHA-256 of its identifying fields and body when the reader left it empty.
func Hash(a *document.Article) string {
	if a.ContentHash != "" {
		return a.ContentHash
	}
	h := sha256.New()
	for _, s := range []string{a.ID, a.URL, a.Title, a.Published, a.Publisher, a.Source, a.Language, a.Body} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// builder accumulates one article's plan.
type builder struct {
	doc    *document.Document
	remap  map[string]string
	a      *Article
	nodes  map[Ref]*Node
	links  map[string]*Link
	facts  map[string]*Fact
	series map[string]bool
}

// Build plans document doc. events maps the document's event ids to the ids
// of the events they were resolved to (see EventIndex); ids not in it stay.
// It returns an error only when the document has no article id.
func Build(doc *document.Document, events map[string]string) (*Article, error) {
	if doc == nil || strings.TrimSpace(doc.Article.ID) == "" {
		return nil, fmt.Errorf("document without article id")
	}
	b := &builder{
		doc: doc, remap: events,
		a:     &Article{ID: doc.Article.ID, Hash: Hash(&doc.Article), Origin: doc.Article.Origin},
		nodes: map[Ref]*Node{}, links: map[string]*Link{}, facts: map[string]*Fact{}, series: map[string]bool{},
	}
	b.article()
	b.entities()
	b.events()
	b.relations()
	b.impliedMentions()
	b.finish()
	return b.a, nil
}

func (b *builder) ev(id string) string {
	if to, ok := b.remap[id]; ok && to != "" {
		return to
	}
	return id
}

func (b *builder) articleRef() Ref { return Ref{schema.Article, b.a.ID} }

func (b *builder) article() {
	ar := &b.doc.Article
	p := map[string]any{}
	setS(p, "url", ar.URL)
	setS(p, "canonical_url", ar.CanonicalURL)
	setS(p, "title", ar.Title)
	if d := isoDate(ar.Published); d != "" {
		p["published"] = d
	}
	setS(p, "published_text", ar.Published)
	setS(p, "language", ar.Language)
	setS(p, "publisher", ar.Publisher)
	setS(p, "source", ar.Source)
	setL(p, "authors", ar.Authors)
	setL(p, "keywords", ar.Keywords)
	if dl := ar.Dateline; dl != nil {
		setS(p, "dateline_place", dl.Place)
		if d := isoDate(dl.Date); d != "" {
			p["dateline_date"] = d
		}
	}
	p["content_hash"] = b.a.Hash
	setS(p, "origin", ar.Origin)
	setS(p, "source_hash", ar.SourceHash)
	b.a.Props = p

	if id := orgID(ar.PublisherID, ar.Publisher); id != "" {
		b.node(Ref{schema.Organization, id}, map[string]any{"name": nonEmpty(ar.Publisher), "aliases": nonEmptyList(ar.Publisher)})
		b.link(schema.PublishedBy, b.articleRef(), Ref{schema.Organization, id}, nil)
	}
	source, sourceID := ar.Source, ar.SourceID
	if source == "" && sourceID == "" && ar.Dateline != nil {
		source = ar.Dateline.Agency
	}
	if id := orgID(sourceID, source); id != "" {
		b.node(Ref{schema.Organization, id}, map[string]any{"name": nonEmpty(source), "aliases": nonEmptyList(source)})
		b.link(schema.SourcedFrom, b.articleRef(), Ref{schema.Organization, id}, nil)
	}
}

// canon returns the canonical form of an entity id: country ids carry the
// upper-case ISO code, so "country:chn" and "country:CHN" are one node.
func canon(id string) string {
	if document.IDPrefix(id) == document.PrefixCountry {
		return document.CountryID(document.IDKey(id))
	}
	return id
}

// nonEmptyList returns []string{s}, or nil when s is blank.
func nonEmptyList(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{strings.TrimSpace(s)}
}

func orgID(id, name string) string {
	if id != "" {
		return id
	}
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return document.OrgID(name)
}

func (b *builder) entities() {
	orgs := b.orgIDs()
	for i := range b.doc.Entities {
		e := &b.doc.Entities[i]
		l, ok := schema.LabelForEntityType(e.Type)
		if !ok {
			if e.Type == document.Date || e.Type == document.Ordinal || e.Type == document.Quantity || e.Type == document.Title {
				continue
			}
			if l, ok = schema.LabelForID(e.ID); !ok {
				b.drop("entity "+e.ID, fmt.Sprintf("type %q and id prefix map to no label", e.Type))
				continue
			}
		}
		if l == schema.Event || l == schema.Article {
			continue // events come from doc.Events; their mentions are REPORTS
		}
		if idl, ok := schema.LabelForID(e.ID); !ok || idl != l {
			b.drop("entity "+e.ID, fmt.Sprintf("id does not name a %s (want prefix of %s ids)", l, l))
			continue
		}
		ref := Ref{l, canon(e.ID)}
		p := map[string]any{"name": nonEmpty(e.Name)}
		aliases := append([]string{}, e.Aliases...)
		texts := make([]string, 0, len(e.Mentions))
		first := -1
		for _, m := range e.Mentions {
			texts = append(texts, m.Text)
			if first < 0 || m.Start < first {
				first = m.Start
			}
		}
		aliases = append(aliases, texts...)
		if al := cleanAliases(aliases, e.Name); len(al) > 0 {
			p["aliases"] = al
		}
		switch l {
		case schema.Organization:
			setS(p, "kind", e.Kind)
			if e.Confidence > 0 {
				p["confidence"] = e.Confidence
			}
		}
		if l == schema.Organization || l == schema.Person || l == schema.Place || l == schema.Country {
			setS(p, "wikidata", e.QID)
		}
		if l == schema.Organization || l == schema.Person || l == schema.Place {
			// The NLP side gives the home country as an ISO3 code ("CHN");
			// an id ("country:CHN") is accepted too.
			home := e.Country
			if home != "" && document.IDPrefix(home) == "" {
				home = document.CountryID(home)
			}
			if cl, ok := schema.LabelForID(home); ok && cl == schema.Country {
				cref := Ref{schema.Country, canon(home)}
				p["country"] = cref.Key()
				b.node(cref, nil)
				b.derived(schema.BasedIn, ref, cref)
			}
		}
		if l == schema.Organization && e.Parent != "" && orgs[canon(e.Parent)] && canon(e.Parent) != ref.ID {
			// A unit's parent is linked only when the article names the
			// parent too: then the parent node carries a name of its own
			// and is not an id cut from the unit's name.
			pref := Ref{schema.Organization, canon(e.Parent)}
			p["parent"] = pref.ID
			b.derived(schema.UnitOf, ref, pref)
		}
		b.node(ref, p)
		mp := map[string]any{"count": int64(len(e.Mentions)), "first": int64(first)}
		if t := cleanAliases(texts, ""); len(t) > 0 {
			mp["texts"] = t
		}
		b.link(schema.Mentions, b.articleRef(), ref, mp)
	}
}

// orgIDs returns the canonical ids of the organizations the document
// names, the parents a unit may be linked to.
func (b *builder) orgIDs() map[string]bool {
	ids := map[string]bool{}
	for i := range b.doc.Entities {
		e := &b.doc.Entities[i]
		if l, ok := schema.LabelForID(e.ID); ok && l == schema.Organization {
			ids[canon(e.ID)] = true
		}
	}
	return ids
}

func (b *builder) events() {
	for i := range b.doc.Events {
		ev := &b.doc.Events[i]
		if ev.ID == "" {
			b.drop("event without id", "events need an id")
			continue
		}
		if l, ok := schema.LabelForID(ev.ID); !ok || l != schema.Event {
			b.drop("event "+ev.ID, "id does not start with event:")
			continue
		}
		id := b.ev(ev.ID)
		ref := Ref{schema.Event, id}
		p := map[string]any{}
		setS(p, "name", ev.Name)
		setS(p, "type", ev.Type)
		if ev.Ordinal > 0 {
			p["ordinal"] = int64(ev.Ordinal)
		}
		if d := dayDate(ev.Date, ev.DateGranularity); d != "" {
			p["date"] = d
		}
		setS(p, "date_text", ev.Date)
		setS(p, "date_granularity", ev.DateGranularity)
		if d := isoDate(ev.EndDate); d != "" {
			p["end_date"] = d
		}
		setS(p, "mode", ev.Mode)
		if ev.Attendance > 0 {
			p["attendance"] = int64(ev.Attendance)
		}
		if ev.Series != "" {
			if l, ok := schema.LabelForID(ev.Series); ok && l == schema.EventSeries {
				p["series"] = ev.Series
				sref := Ref{schema.EventSeries, ev.Series}
				sp := map[string]any{"name": seriesName(ev), "type": nonEmpty(ev.Type)}
				b.node(sref, sp)
				b.derived(schema.PartOf, ref, sref)
				b.series[ev.Series] = true
			} else {
				b.drop("series "+ev.Series+" of "+ev.ID, "id does not start with series:")
			}
		}
		b.node(ref, p)
		rp := map[string]any{"rule": nonEmpty(ev.Rule), "confidence": ev.Confidence}
		if ev.Evidence.Text != "" || ev.Evidence.End > ev.Evidence.Start {
			rp["evidence"] = b.evidenceText(ev.Evidence)
			rp["evidence_start"] = int64(ev.Evidence.Start)
			rp["evidence_end"] = int64(ev.Evidence.End)
		}
		b.reports(ref, rp)
		base := document.Relation{Event: ev.ID, Evidence: ev.Evidence, Rule: ev.Rule, Confidence: ev.Confidence}
		for _, p := range ev.Participants {
			r := base
			r.Type, r.From, r.To = document.ParticipatedIn, p, ev.ID
			b.fact(&r)
		}
		for _, o := range ev.Organizers {
			r := base
			r.Type, r.From, r.To = document.Organized, o, ev.ID
			b.fact(&r)
		}
		if ev.Location != "" {
			r := base
			r.Type, r.From, r.To = document.HeldIn, ev.ID, ev.Location
			b.fact(&r)
		}
	}
}

func (b *builder) relations() {
	for i := range b.doc.Relations {
		b.fact(&b.doc.Relations[i])
	}
}

// fact adds relation r as a fact, if it fits the model.
func (b *builder) fact(r *document.Relation) {
	what := r.Type + " " + r.From + " -> " + r.To
	decl, ok := schema.RelationshipByType(schema.RelType(r.Type))
	if !ok || !decl.Extracted {
		b.drop(what, "not an extracted relationship type of the schema")
		return
	}
	to := r.To
	if to == "" && r.Topic != "" && (decl.Type == schema.AgreedOn || decl.Type == schema.CommittedTo) {
		to = document.TopicID(r.Topic)
		b.node(Ref{schema.Topic, to}, map[string]any{"name": r.Topic})
	}
	from, to := canon(b.ev(r.From)), canon(b.ev(to))
	fl, ok1 := schema.LabelForID(from)
	tl, ok2 := schema.LabelForID(to)
	if !ok1 || !ok2 {
		b.drop(what, "an endpoint id has no known prefix")
		return
	}
	if !decl.Joins(fl, tl) {
		b.drop(what, fmt.Sprintf("%s does not join %s to %s", decl.Type, fl, tl))
		return
	}
	if decl.Symmetric && to < from {
		from, to = to, from
		fl, tl = tl, fl
	}
	event := ""
	if r.Event != "" {
		event = b.ev(r.Event)
		if l, ok := schema.LabelForID(event); !ok || l != schema.Event {
			b.drop(what, "its event "+r.Event+" is not an event id")
			return
		}
	}
	f := Fact{
		Type: decl.Type, From: Ref{fl, from}, To: Ref{tl, to}, Event: event,
		Topic: r.Topic, CAMEO: r.CAMEO,
		Evidence: b.evidenceText(r.Evidence), Start: r.Evidence.Start, End: r.Evidence.End,
		Rule: r.Rule, Confidence: r.Confidence,
	}
	f.Key = string(f.Type) + "|" + from + "|" + to + "|" + event
	if old, ok := b.facts[f.Key]; ok {
		// One statement per article and fact: the most confident sentence,
		// the earlier one on ties.
		if f.Confidence > old.Confidence || (f.Confidence == old.Confidence && f.Start < old.Start) {
			*old = f
		}
		return
	}
	b.facts[f.Key] = &f
}

// impliedMentions makes every fact endpoint and event reachable from the
// article: a MENTIONS link (count 0) for entities it states facts about
// without a tagged mention, a REPORTS link for events it names only in a
// relation. This keeps the invariant that a node some article states a fact
// about is linked from that article, which the replacement of a changed
// article relies on to find orphans.
func (b *builder) impliedMentions() {
	for _, f := range b.facts {
		for _, r := range []Ref{f.From, f.To} {
			b.ensureLinked(r)
		}
		if f.Event != "" {
			b.ensureLinked(Ref{schema.Event, f.Event})
		}
	}
}

func (b *builder) ensureLinked(r Ref) {
	if r.Label == schema.Event {
		if _, ok := b.links[linkKey(schema.Reports, b.articleRef(), r)]; !ok {
			b.node(r, nil)
			b.reports(r, map[string]any{"rule": "relation", "confidence": 0.0})
		}
		return
	}
	if _, ok := b.links[linkKey(schema.Mentions, b.articleRef(), r)]; ok {
		return
	}
	p := map[string]any(nil)
	if r.Label == schema.Topic {
		p = map[string]any{"name": strings.ReplaceAll(document.IDKey(r.ID), "-", " ")}
	}
	b.node(r, p)
	b.link(schema.Mentions, b.articleRef(), r, map[string]any{"count": int64(0), "first": int64(-1)})
}

func (b *builder) reports(ref Ref, p map[string]any) {
	k := linkKey(schema.Reports, b.articleRef(), ref)
	if old, ok := b.links[k]; ok {
		// Two extracted events resolved to one: keep the more confident.
		if c, _ := p["confidence"].(float64); c <= old.Props["confidence"].(float64) {
			return
		}
	}
	b.links[k] = &Link{schema.Reports, b.articleRef(), ref, p}
}

func linkKey(t schema.RelType, from, to Ref) string {
	return string(t) + "|" + string(from.Label) + "|" + from.ID + "|" + string(to.Label) + "|" + to.ID
}

func (b *builder) link(t schema.RelType, from, to Ref, p map[string]any) {
	k := linkKey(t, from, to)
	if old, ok := b.links[k]; ok && t == schema.Mentions {
		// The same entity listed twice: add up the mentions.
		oc, _ := old.Props["count"].(int64)
		nc, _ := p["count"].(int64)
		old.Props["count"] = oc + nc
		of, _ := old.Props["first"].(int64)
		if nf, _ := p["first"].(int64); of < 0 || (nf >= 0 && nf < of) {
			old.Props["first"] = nf
		}
		ot, _ := old.Props["texts"].([]string)
		nt, _ := p["texts"].([]string)
		if t := cleanAliases(append(append([]string{}, ot...), nt...), ""); len(t) > 0 {
			old.Props["texts"] = t
		}
		return
	} else if ok {
		return
	}
	b.links[k] = &Link{t, from, to, p}
}

func (b *builder) derived(t schema.RelType, from, to Ref) {
	k := linkKey(t, from, to)
	for _, d := range b.a.Derived {
		if linkKey(d.Type, d.From, d.To) == k {
			return
		}
	}
	b.a.Derived = append(b.a.Derived, Link{Type: t, From: from, To: to})
}

// node adds or enriches the node ref with props.
func (b *builder) node(ref Ref, props map[string]any) {
	n, ok := b.nodes[ref]
	if !ok {
		n = &Node{Ref: ref, Props: map[string]any{}}
		b.nodes[ref] = n
	}
	MergeProps(n.Props, props)
}

func (b *builder) drop(what, why string) { b.a.Dropped = append(b.a.Dropped, Drop{what, why}) }

func (b *builder) evidenceText(e document.Evidence) string {
	if e.Text != "" {
		return e.Text
	}
	return b.doc.Text(document.Span{Start: e.Start, End: e.End})
}

func (b *builder) finish() {
	for _, n := range b.nodes {
		n.Props["id"] = n.ID
		if n.Label == schema.Country {
			n.Props["iso3"] = n.Key()
		}
		if name, ok := n.Props["name"].(string); ok {
			if al, ok := n.Props["aliases"].([]string); ok {
				if al = cleanAliases(al, name); len(al) > 0 {
					n.Props["aliases"] = al
				} else {
					delete(n.Props, "aliases")
				}
			}
		}
		b.a.Nodes = append(b.a.Nodes, *n)
	}
	sort.Slice(b.a.Nodes, func(i, j int) bool { return refLess(b.a.Nodes[i].Ref, b.a.Nodes[j].Ref) })
	for _, l := range b.links {
		b.a.Links = append(b.a.Links, *l)
	}
	sort.Slice(b.a.Links, func(i, j int) bool {
		x, y := b.a.Links[i], b.a.Links[j]
		if x.Type != y.Type {
			return x.Type < y.Type
		}
		return refLess(x.To, y.To)
	})
	sort.Slice(b.a.Derived, func(i, j int) bool {
		x, y := b.a.Derived[i], b.a.Derived[j]
		if x.Type != y.Type {
			return x.Type < y.Type
		}
		if x.From != y.From {
			return refLess(x.From, y.From)
		}
		return refLess(x.To, y.To)
	})
	for _, f := range b.facts {
		b.a.Facts = append(b.a.Facts, *f)
	}
	sort.Slice(b.a.Facts, func(i, j int) bool { return b.a.Facts[i].Key < b.a.Facts[j].Key })
	for s := range b.series {
		b.a.Series = append(b.a.Series, s)
	}
	sort.Strings(b.a.Series)
}

func refLess(a, b Ref) bool {
	if a.Label != b.Label {
		return a.Label < b.Label
	}
	return a.ID < b.ID
}

// seriesName names a series after its event's name without the ordinal
// ("13th China-Russia Media Forum" -> "China-Russia Media Forum"), else
// after its id.
func seriesName(ev *document.Event) string {
	name := strings.TrimSpace(ev.Name)
	if f := strings.Fields(name); len(f) > 1 {
		w := strings.ToLower(f[0])
		if w == "the" && len(f) > 2 {
			f, w = f[1:], strings.ToLower(f[1])
		}
		if len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
			f = f[1:]
		}
		return strings.Join(f, " ")
	}
	if name != "" {
		return name
	}
	return strings.ReplaceAll(document.IDKey(ev.Series), "-", " ")
}

// isoDate returns the YYYY-MM-DD prefix of an ISO 8601 date or date-time, or
// "" when s does not start with a valid day.
func isoDate(s string) string {
	if len(s) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s[:10]); err != nil {
		return ""
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
		return ""
	}
	return s[:10]
}

// dayDate returns the DATE value of an event date known to the day.
func dayDate(s, granularity string) string {
	if granularity != "" && granularity != "day" {
		return ""
	}
	return isoDate(s)
}

func setS(p map[string]any, k, v string) {
	if v = strings.TrimSpace(v); v != "" {
		p[k] = v
	}
}

func setL(p map[string]any, k string, v []string) {
	if l := cleanAliases(v, ""); len(l) > 0 {
		p[k] = l
	}
}

func nonEmpty(s string) any {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return nil
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []string:
		return len(x) == 0
	}
	return false
}

// cleanAliases trims, drops empties and exclude, removes duplicates and sorts.
func cleanAliases(in []string, exclude string) []string {
	seen := map[string]bool{strings.TrimSpace(exclude): true, "": true}
	out := make([]string, 0, len(in))
	for _, s := range in {
		s = strings.Join(strings.Fields(s), " ")
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
