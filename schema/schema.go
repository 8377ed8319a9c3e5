// Package schema is mediakg's one vocabulary for the graph: node labels with
// their key properties, relationship types with their endpoints, the
// provenance every extracted relationship carries, and the constraints and
// indexes that `mediakg schema apply` creates.
//
// The loader (graph/), the saved queries (queries/) and the docs read these
// declarations; a test fails when a .cypher file names a label or type that is
// not declared here.
//
// Provenance is reified. An extracted relationship (COOPERATES_WITH,
// PARTICIPATED_IN, ...) exists once per fact, keyed by its `fact` property,
// and every article that states the fact adds one Statement node,
// (:Article)-[:STATES]->(:Statement {fact}), holding the sentence, its byte
// offsets, the rule and the confidence. "Why is this edge here?" is one
// indexed lookup from the edge's `fact` to its Statements (WhyQuery).
// Withdrawing an article deletes its own Statements and only the edges left
// without any, so facts that other articles support stay. The edge itself
// keeps a summary: how many articles support it and the most confident
// statement's sentence, so a Browser user sees a reason on hover.
//
// Files:
//   - schema.go:   labels, relationship types, properties (the model)
//   - indexes.go:  constraints and indexes, the DDL that `schema apply` runs
//   - mapping.go:  the one table from NLP entity types and id prefixes to labels
//   - show.go:     the model as text, for `mediakg schema show`
//   - why.go:      the "why is this edge here?" query
package schema

// Version is the schema version recorded in the graph by `schema apply`.
// Bump it when a constraint, index or key property changes.
//
// Version 2 replaced the per-edge provenance lists of version 1 with
// Statement nodes and added the relationship uniqueness constraints on
// `fact`. Version 3 added Article.canonical_url and source_hash and the
// indexes on an article's content and source hashes and addresses (skipping
// what is loaded before reading or extraction, `mediakg remove`). Version 4
// dropped the Statement properties that repeat what the graph holds
// anyway (its id, article and event: its article is the one that STATES
// it, its event the last part of its fact key) and the uniqueness
// constraint on the id: a Statement is created with its article, and
// that costs the loader's commit a long string index entry per fact
// stated (RetiredIndexes names what `schema apply` drops).
const Version = 4

// Label is a node label.
type Label string

// Node labels.
const (
	Country      Label = "Country"
	Organization Label = "Organization"
	Person       Label = "Person"
	Event        Label = "Event"
	EventSeries  Label = "EventSeries"
	Article      Label = "Article"
	Place        Label = "Place"
	Topic        Label = "Topic"
	// Statement is one article's statement of one extracted fact: the
	// provenance of an extracted relationship.
	Statement Label = "Statement"
	// SchemaInfo is the single node that records the applied schema version.
	SchemaInfo Label = "SchemaInfo"
)

// RelType is a relationship type.
type RelType string

// Relationship types.
const (
	CooperatesWith RelType = "COOPERATES_WITH"
	ParticipatedIn RelType = "PARTICIPATED_IN"
	Organized      RelType = "ORGANIZED"
	Signed         RelType = "SIGNED"
	HeldIn         RelType = "HELD_IN"
	PartOf         RelType = "PART_OF"
	NextInSeries   RelType = "NEXT_IN_SERIES"
	Reports        RelType = "REPORTS"
	PublishedBy    RelType = "PUBLISHED_BY"
	SourcedFrom    RelType = "SOURCED_FROM"
	Mentions       RelType = "MENTIONS"
	BasedIn        RelType = "BASED_IN"
	UnitOf         RelType = "UNIT_OF"
	AgreedOn       RelType = "AGREED_ON"
	CommittedTo    RelType = "COMMITTED_TO"
	// States links an article to its Statement of a fact.
	States RelType = "STATES"
)

// Property is one property of a node or relationship.
type Property struct {
	Name string
	// Type is the Cypher type: STRING, INTEGER, FLOAT, BOOLEAN, DATE,
	// DATETIME, LIST<STRING>, LIST<INTEGER>, LIST<FLOAT>.
	Type        string
	Description string
}

// Node declares a label, the property that identifies its nodes, and the
// other properties it may carry.
type Node struct {
	Label Label
	// Key is the property that identifies a node, unique; "" for a label
	// whose nodes have no identity of their own (Statement: one per
	// article and fact, reached from its article).
	Key         string
	Description string
	Properties  []Property
}

// Property returns the declaration of the node property named name.
func (n Node) Property(name string) (Property, bool) {
	for _, p := range n.Properties {
		if p.Name == name {
			return p, true
		}
	}
	return Property{}, false
}

// Relationship declares a relationship type and the labels it may join.
type Relationship struct {
	Type        RelType
	From        []Label
	To          []Label
	Description string
	// Extracted relationships are facts stated in sentences: one edge per
	// fact (FactKey), supported by one Statement per stating article, and
	// carrying the FactProperties. The others are per-article links
	// (REPORTS, MENTIONS, PUBLISHED_BY, SOURCED_FROM, STATES: the start node
	// is the article, and REPORTS carries its own evidence) or derived from
	// node properties (PART_OF, NEXT_IN_SERIES, BASED_IN).
	Extracted bool
	// Symmetric relationships are stored once per unordered pair, from the
	// endpoint with the smaller id to the other; match them undirected.
	Symmetric  bool
	Properties []Property
}

// Joins reports whether the relationship may go from a node labelled from
// to one labelled to.
func (r Relationship) Joins(from, to Label) bool {
	return hasLabel(r.From, from) && hasLabel(r.To, to)
}

func hasLabel(ls []Label, l Label) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// FactProperties are carried by every extracted relationship. The evidence,
// article, rule and confidence are those of its most confident Statement
// (ties go to the smaller article id), so the summary does not depend on the
// order articles were loaded in.
var FactProperties = []Property{
	{"fact", "STRING", "fact key: type|from|to|event; unique per relationship type, shared with its Statements"},
	{"support", "INTEGER", "number of articles that state the fact (its Statements)"},
	{"confidence", "FLOAT", "highest confidence over its Statements"},
	{"evidence", "STRING", "sentence of the most confident Statement"},
	{"article", "STRING", "article id of the most confident Statement"},
	{"rule", "STRING", "rule of the most confident Statement"},
}

// Provenance are the properties of a Statement node: one article's
// statement of one fact. Offsets are byte offsets into the article body as
// the reader produced it.
var Provenance = []Property{
	{"fact", "STRING", "key of the fact it supports (the relationship's `fact`: type|from|to|event)"},
	{"type", "STRING", "relationship type of the fact"},
	{"evidence", "STRING", "the sentence that states it"},
	{"evidence_start", "INTEGER", "byte offset of the sentence in the article body"},
	{"evidence_end", "INTEGER", "byte offset where the sentence ends"},
	{"rule", "STRING", "id of the rule that extracted it"},
	{"confidence", "FLOAT", "the rule's confidence"},
	{"topic", "STRING", "what the fact is about, as this article says"},
	{"cameo", "STRING", "CAMEO code of the statement"},
}

// Common node properties.
var (
	propID      = Property{"id", "STRING", "canonical id (country:CHN, org:xinhua, event:...)"}
	propName    = Property{"name", "STRING", "canonical display name"}
	propAliases = Property{"aliases", "LIST<STRING>", "other names seen or known (full-text indexed with name)"}
	// propWikidata joins a node with Wikidata and the data sets keyed by
	// it; set when the gazetteer knows the entity's item.
	propWikidata = Property{"wikidata", "STRING", "Wikidata item id (Q42), when the gazetteer knows it"}
)

// Nodes is the node model, in the order the docs show it.
var Nodes = []Node{
	{Country, "iso3", "A sovereign state, keyed by ISO 3166-1 alpha-3 code.", []Property{
		{"iso3", "STRING", "ISO 3166-1 alpha-3 code"}, propID, propName, propAliases, propWikidata,
	}},
	{Organization, "id", "A news agency, outlet, government body, international organization or company.", []Property{
		propID, propName, propAliases,
		{"kind", "STRING", "news_agency, newspaper, broadcaster, online_media, government_body, international_org, company, other"},
		{"country", "STRING", "iso3 of the home country"},
		{"parent", "STRING", "id of the organization it is an organ or unit of, when its name says so and the article names that organization too"},
		propWikidata,
		{"confidence", "FLOAT", "1 for gazetteer entries, lower for pattern-found organizations"},
	}},
	{Person, "id", "A person named with a title, byline or editor line.", []Property{
		propID, propName, propAliases,
		{"country", "STRING", "iso3 of the country the person acts for"},
		propWikidata,
	}},
	{Place, "id", "A city or region where something happened or was datelined.", []Property{
		propID, propName, propAliases,
		{"country", "STRING", "iso3 of the country it lies in"},
		propWikidata,
	}},
	{Topic, "id", "What parties agreed on or committed to (press coordination, translation, ...).", []Property{
		propID, propName, propAliases,
	}},
	{Event, "id", "A conference, forum, meeting, visit, signing or launch; one node per real event, however many articles report it.", []Property{
		propID, propName, propAliases,
		{"type", "STRING", "conference, video_conference, forum, summit, meeting, talks, visit, signing, launch, ..."},
		{"ordinal", "INTEGER", "number in its series (13 for the 13th)"},
		{"date", "DATE", "day it was held (or began), when known to the day"},
		{"date_text", "STRING", "ISO 8601 date at the known granularity (2020-10, 2020)"},
		{"date_granularity", "STRING", "day, month, year"},
		{"end_date", "DATE", "last day of a multi-day event"},
		{"mode", "STRING", "video, online, hybrid, in_person"},
		{"attendance", "INTEGER", "number of attendees when stated"},
		{"series", "STRING", "id of its EventSeries"},
	}},
	{EventSeries, "id", "A recurring event (the China-Russia media conferences).", []Property{
		propID, propName, propAliases, {"type", "STRING", "event type of its members"},
		{"events", "INTEGER", "number of member events (kept by the loader)"},
	}},
	{Article, "id", "A news article that reports facts.", []Property{
		propID,
		{"url", "STRING", "address it was read at: the URL given (after redirects), the JSONL url, or the file's file: URL"},
		{"canonical_url", "STRING", "the page's own canonical URL (rel=canonical, og:url), when it names one"},
		{"title", "STRING", "headline"},
		{"published", "DATE", "publication date"},
		{"published_text", "STRING", "publication time as read (ISO 8601, may carry a time)"},
		{"language", "STRING", "BCP 47 language tag"},
		{"publisher", "STRING", "publisher name as read"},
		{"source", "STRING", "source agency name as read"},
		{"authors", "LIST<STRING>", "bylines"},
		{"keywords", "LIST<STRING>", "keywords given by the page"},
		{"dateline_place", "STRING", "dateline place (BEIJING)"},
		{"dateline_date", "DATE", "dateline date"},
		{"content_hash", "STRING", "SHA-256 of body, title, publication time and publisher (not the address): an article whose hash is in the graph is not loaded again"},
		{"origin", "STRING", "input file (and line) it was read from"},
		{"source_hash", "STRING", "SHA-256 of the input bytes it was read from and of the program's version: an unchanged input is skipped before it is read"},
		{"ingested_at", "DATETIME", "when it was last loaded"},
	}},
	{Statement, "", "One article's statement of one extracted fact: the provenance of an extracted relationship. No key: one per article and fact, created with its article and reached from it ((:Article)-[:STATES]->) or from the fact's edge (by `fact`).", Provenance},
	{SchemaInfo, "name", "Records the applied schema version.", []Property{
		{"name", "STRING", "always \"mediakg\""},
		{"version", "INTEGER", "schema version"},
		{"applied_at", "DATETIME", "when schema apply last ran"},
	}},
}

var (
	actors       = []Label{Country, Organization, Person}
	parties      = []Label{Country, Organization}
	entityLabels = []Label{Country, Organization, Person, Place, Event, EventSeries, Topic}
)

// withFact prefixes the fact properties to a relationship's own.
func withFact(own ...Property) []Property {
	return append(append([]Property{}, FactProperties...), own...)
}

var (
	propEvent = Property{"event", "STRING", "id of the event it was stated at, \"\" when none"}
	propCAMEO = Property{"cameo", "STRING", "CAMEO code (036 express intent to cooperate, 04x consult, 057 sign agreement): the smallest of its Statements' codes"}
)

// Relationships is the relationship model.
var Relationships = []Relationship{
	{CooperatesWith, parties, parties, "Two parties cooperate; one relationship per pair and event (event \"\" when none), stored once per pair.", true, true, withFact(
		propEvent,
		Property{"topics", "LIST<STRING>", "what the cooperation is about (media, translation, ...), sorted, over all Statements"},
		propCAMEO,
	)},
	{ParticipatedIn, actors, []Label{Event}, "A party took part in an event.", true, false, withFact()},
	{Organized, actors, []Label{Event}, "A party organized or hosted an event.", true, false, withFact()},
	{Signed, parties, []Label{Event}, "A party signed the agreement or memorandum of a signing event.", true, false, withFact()},
	{HeldIn, []Label{Event}, []Label{Place, Country}, "Where an event took place.", true, false, withFact()},
	{AgreedOn, actors, []Label{Topic}, "A party agreed on a topic.", true, false, withFact(propEvent, propCAMEO)},
	{CommittedTo, actors, []Label{Topic}, "A party committed to a topic.", true, false, withFact(propEvent, propCAMEO)},
	{Reports, []Label{Article}, []Label{Event}, "An article reports an event (one per article and event, with the sentence that introduces it).", false, false, []Property{
		{"evidence", "STRING", "sentence that reports the event"},
		{"evidence_start", "INTEGER", "byte offset of the sentence in the article body"},
		{"evidence_end", "INTEGER", "byte offset where the sentence ends"},
		{"rule", "STRING", "rule that found the event"},
		{"confidence", "FLOAT", "the rule's confidence"},
	}},
	{States, []Label{Article}, []Label{Statement}, "An article states a fact (see Statement).", false, false, nil},
	{PartOf, []Label{Event}, []Label{EventSeries}, "An event belongs to a series (from Event.series).", false, false, nil},
	{NextInSeries, []Label{Event}, []Label{Event}, "The next event of the same series by ordinal (derived, rebuilt when the series changes).", false, false, []Property{
		{"ordinal_gap", "INTEGER", "difference of the ordinals (1 when consecutive)"},
		{"gap_days", "INTEGER", "days between the two events when both dates are known"},
	}},
	{PublishedBy, []Label{Article}, []Label{Organization}, "The outlet that published the article.", false, false, nil},
	{SourcedFrom, []Label{Article}, []Label{Organization}, "The agency the article's text comes from.", false, false, nil},
	{Mentions, []Label{Article}, entityLabels, "An article mentions an entity (every endpoint of a fact it states is mentioned).", false, false, []Property{
		{"count", "INTEGER", "number of mentions"},
		{"first", "INTEGER", "byte offset of the first mention, -1 when the entity is only implied by a fact"},
		{"texts", "LIST<STRING>", "distinct surface forms"},
	}},
	{BasedIn, []Label{Organization, Person, Place}, []Label{Country}, "An organization's, person's or place's home country (from the gazetteer).", false, false, nil},
	{UnitOf, []Label{Organization}, []Label{Organization}, "An organ or unit belongs to a parent organization: its name says so (\"Publicity Department of the CPC Central Committee\") and the article names the parent as well (from Organization.parent).", false, false, nil},
}

// NodeByLabel returns the declaration of label l.
func NodeByLabel(l Label) (Node, bool) {
	for _, n := range Nodes {
		if n.Label == l {
			return n, true
		}
	}
	return Node{}, false
}

// RelationshipByType returns the declaration of relationship type t.
func RelationshipByType(t RelType) (Relationship, bool) {
	for _, r := range Relationships {
		if r.Type == t {
			return r, true
		}
	}
	return Relationship{}, false
}

// ExtractedTypes returns the extracted relationship types, in model order.
func ExtractedTypes() []RelType {
	var ts []RelType
	for _, r := range Relationships {
		if r.Extracted {
			ts = append(ts, r.Type)
		}
	}
	return ts
}

// IsLabel reports whether s is a declared label.
func IsLabel(s string) bool { _, ok := NodeByLabel(Label(s)); return ok }

// IsRelType reports whether s is a declared relationship type.
func IsRelType(s string) bool { _, ok := RelationshipByType(RelType(s)); return ok }
