// Package schema is mediakg's one vocabulary for the graph: node labels with
// their key properties, relationship types with their endpoints, the
// provenance properties every extracted relationship carries, and the
// constraints and indexes that `mediakg schema apply` creates.
//
// The loader (graph/), the saved queries (queries/) and the docs read these
// declarations; a test fails when a .cypher file names a label or type that is
// not declared here.
//
// Files:
//   - schema.go:   labels, relationship types, properties (the model)
//   - indexes.go:  constraints and indexes, schema version
package schema

// Version is the schema version recorded in the graph by `schema apply`.
// Bump it when a constraint, index or key property changes.
const Version = 1

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
	AgreedOn       RelType = "AGREED_ON"
	CommittedTo    RelType = "COMMITTED_TO"
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
	Label       Label
	Key         string
	Description string
	Properties  []Property
}

// Relationship declares a relationship type and the labels it may join.
type Relationship struct {
	Type        RelType
	From        []Label
	To          []Label
	Description string
	// Extracted relationships come from a sentence of an article and carry
	// the Provenance properties; structural ones (PART_OF, NEXT_IN_SERIES,
	// BASED_IN, MENTIONS, ...) are derived and carry only their own.
	Extracted  bool
	Properties []Property
}

// Provenance properties, carried by every extracted relationship as parallel
// lists with one element per supporting article: element i of each list
// describes the statement in article articles[i]. A relationship whose last
// supporting article is withdrawn is deleted.
var Provenance = []Property{
	{"articles", "LIST<STRING>", "ids of the articles that state the fact"},
	{"evidence", "LIST<STRING>", "the sentence that states it, per article"},
	{"evidence_start", "LIST<INTEGER>", "byte offset of the sentence in the article body"},
	{"evidence_end", "LIST<INTEGER>", "byte offset where the sentence ends"},
	{"rules", "LIST<STRING>", "id of the rule that extracted it, per article"},
	{"confidences", "LIST<FLOAT>", "the rule's confidence, per article"},
	{"confidence", "FLOAT", "highest confidence over the supporting articles"},
}

// Common node properties.
var (
	propID      = Property{"id", "STRING", "canonical id (country:CHN, org:xinhua, event:...)"}
	propName    = Property{"name", "STRING", "canonical display name"}
	propAliases = Property{"aliases", "LIST<STRING>", "other names seen or known"}
	propSearch  = Property{"search_text", "STRING", "name and aliases joined, for the full-text index"}
)

// Nodes is the node model, in the order the docs show it.
var Nodes = []Node{
	{Country, "iso3", "A sovereign state, keyed by ISO 3166-1 alpha-3 code.", []Property{
		{"iso3", "STRING", "ISO 3166-1 alpha-3 code"}, propID, propName, propAliases, propSearch,
	}},
	{Organization, "id", "A news agency, outlet, government body, international organization or company.", []Property{
		propID, propName, propAliases, propSearch,
		{"kind", "STRING", "news_agency, newspaper, broadcaster, online_media, government_body, international_org, company, other"},
		{"country", "STRING", "iso3 of the home country"},
		{"qid", "STRING", "Wikidata id"},
		{"confidence", "FLOAT", "1 for gazetteer entries, lower for pattern-found organizations"},
	}},
	{Person, "id", "A person named with a title, byline or editor line.", []Property{
		propID, propName, propAliases, propSearch, {"title", "STRING", "role or title (\"Foreign Minister\")"},
	}},
	{Place, "id", "A city or region where something happened or was datelined.", []Property{
		propID, propName, propAliases, propSearch, {"country", "STRING", "iso3 of the country it lies in"},
	}},
	{Topic, "id", "What parties agreed on or committed to (press coordination, translation, ...).", []Property{
		propID, propName, propSearch,
	}},
	{Event, "id", "A conference, forum, meeting, visit, signing or launch.", []Property{
		propID, propName, propSearch,
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
		propID, propName, propSearch, {"type", "STRING", "event type of its members"},
	}},
	{Article, "id", "A news article that reports facts.", []Property{
		propID,
		{"url", "STRING", "canonical URL"},
		{"title", "STRING", "headline"},
		{"published", "DATE", "publication date"},
		{"published_text", "STRING", "publication time as read (ISO 8601, may carry a time)"},
		{"language", "STRING", "BCP 47 language tag"},
		{"dateline_place", "STRING", "dateline place (BEIJING)"},
		{"dateline_date", "DATE", "dateline date"},
		{"content_hash", "STRING", "hash of the content; unchanged hash means nothing to re-load"},
		{"origin", "STRING", "input file (and line) it was read from"},
		{"ingested_at", "DATETIME", "when it was last loaded"},
	}},
	{SchemaInfo, "name", "Records the applied schema version.", []Property{
		{"name", "STRING", "always \"mediakg\""},
		{"version", "INTEGER", "schema version"},
		{"applied_at", "DATETIME", "when schema apply last ran"},
	}},
}

var (
	actors       = []Label{Country, Organization, Person}
	parties      = []Label{Country, Organization}
	entityLabels = []Label{Country, Organization, Person, Place, Event, Topic}
)

// Relationships is the relationship model.
var Relationships = []Relationship{
	{CooperatesWith, parties, parties, "Two parties cooperate; one relationship per pair and event (event \"\" when none).", true, []Property{
		{"event", "STRING", "id of the event it was stated at, \"\" when none"},
		{"topics", "LIST<STRING>", "what the cooperation is about (media, translation, ...)"},
		{"cameo", "STRING", "CAMEO code (036 express intent to cooperate / 04x consult)"},
	}},
	{ParticipatedIn, actors, []Label{Event}, "A party took part in an event.", true, nil},
	{Organized, actors, []Label{Event}, "A party organized or hosted an event.", true, nil},
	{Signed, parties, []Label{Event}, "A party signed the agreement or memorandum of a signing event.", true, nil},
	{HeldIn, []Label{Event}, []Label{Place, Country}, "Where an event took place.", true, nil},
	{AgreedOn, parties, []Label{Topic}, "Parties agreed on a topic.", true, []Property{
		{"event", "STRING", "id of the event it was agreed at"},
		{"cameo", "STRING", "CAMEO code"},
	}},
	{CommittedTo, parties, []Label{Topic}, "Parties committed to a topic.", true, []Property{
		{"event", "STRING", "id of the event the commitment was made at"},
		{"cameo", "STRING", "CAMEO code"},
	}},
	{Reports, []Label{Article}, []Label{Event}, "An article reports an event.", true, nil},
	{PartOf, []Label{Event}, []Label{EventSeries}, "An event belongs to a series.", false, nil},
	{NextInSeries, []Label{Event}, []Label{Event}, "The next event of the same series by ordinal.", false, []Property{
		{"gap_days", "INTEGER", "days between the two events when both dates are known"},
	}},
	{PublishedBy, []Label{Article}, []Label{Organization}, "The outlet that published the article.", false, nil},
	{SourcedFrom, []Label{Article}, []Label{Organization}, "The agency the article's text comes from.", false, nil},
	{Mentions, []Label{Article}, entityLabels, "An article mentions an entity.", false, []Property{
		{"count", "INTEGER", "number of mentions"},
		{"first", "INTEGER", "byte offset of the first mention"},
		{"texts", "LIST<STRING>", "distinct surface forms"},
	}},
	{BasedIn, []Label{Organization, Place}, []Label{Country}, "An organization's (or place's) home country.", false, nil},
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

// IsLabel reports whether s is a declared label.
func IsLabel(s string) bool { _, ok := NodeByLabel(Label(s)); return ok }

// IsRelType reports whether s is a declared relationship type.
func IsRelType(s string) bool { _, ok := RelationshipByType(RelType(s)); return ok }
