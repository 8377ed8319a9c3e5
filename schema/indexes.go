package schema

import (
	"fmt"
	"strings"
)

// IndexKind is the kind of a constraint or index.
type IndexKind string

// Index kinds, as SHOW INDEXES / SHOW CONSTRAINTS name them.
const (
	// Unique is a uniqueness constraint (backed by a range index).
	Unique IndexKind = "UNIQUE"
	// Range is a range index: equality, ranges and prefix lookups.
	Range IndexKind = "RANGE"
	// Fulltext is a Lucene full-text index; in Neo4j 5.26 it indexes
	// STRING and LIST<STRING> properties alike, so aliases need no
	// joined copy.
	Fulltext IndexKind = "FULLTEXT"
)

// Index is one constraint or index that `schema apply` creates. Exactly one
// of Labels and RelType is set.
type Index struct {
	Name       string
	Kind       IndexKind
	Labels     []Label
	RelType    RelType
	Properties []string
	// Why says what reads it.
	Why string
}

// FulltextNames is the name of the full-text index over entity names and
// aliases: CALL db.index.fulltext.queryNodes("entity_names", "xinhua").
const FulltextNames = "entity_names"

// Indexes returns every constraint and index of the model: a uniqueness
// constraint on each node label's key (and on Country.id, so every entity
// is found by id), a relationship uniqueness constraint on `fact` for each
// extracted type, range indexes for the loader's and the analysts' lookups,
// and the full-text index over names and aliases.
func Indexes() []Index {
	var out []Index
	for _, n := range Nodes {
		if n.Key == "" {
			continue
		}
		out = append(out, Index{
			Name: snake(string(n.Label)) + "_" + n.Key + "_unique", Kind: Unique,
			Labels: []Label{n.Label}, Properties: []string{n.Key},
			Why: "one node per " + string(n.Label) + "; MERGE key",
		})
		if n.Label == Country {
			out = append(out, Index{
				Name: "country_id_unique", Kind: Unique, Labels: []Label{Country}, Properties: []string{"id"},
				Why: "countries are found by canonical id like every entity",
			})
		}
	}
	for _, r := range Relationships {
		if r.Extracted {
			out = append(out, Index{
				Name: strings.ToLower(string(r.Type)) + "_fact_unique", Kind: Unique,
				RelType: r.Type, Properties: []string{"fact"},
				Why: "one edge per fact; finds the edge of a withdrawn Statement",
			})
		}
	}
	out = append(out,
		Index{Name: "event_date", Kind: Range, Labels: []Label{Event}, Properties: []string{"date"},
			Why: "events in a period; the loader's same-event window lookup"},
		Index{Name: "article_published", Kind: Range, Labels: []Label{Article}, Properties: []string{"published"},
			Why: "articles in a period"},
		Index{Name: "article_content_hash", Kind: Range, Labels: []Label{Article}, Properties: []string{"content_hash"},
			Why: "skip an article whose content is loaded already, before extracting it"},
		Index{Name: "article_source_hash", Kind: Range, Labels: []Label{Article}, Properties: []string{"source_hash"},
			Why: "skip an unchanged input before reading it"},
		Index{Name: "article_url", Kind: Range, Labels: []Label{Article}, Properties: []string{"url"},
			Why: "mediakg remove URL|FILE; the loader's identity rule"},
		Index{Name: "article_canonical_url", Kind: Range, Labels: []Label{Article}, Properties: []string{"canonical_url"},
			Why: "mediakg remove by a canonical URL"},
		Index{Name: "statement_fact", Kind: Range, Labels: []Label{Statement}, Properties: []string{"fact"},
			Why: "why is this edge here: edge.fact -> its Statements"},
		Index{Name: "organization_kind", Kind: Range, Labels: []Label{Organization}, Properties: []string{"kind"},
			Why: "organizations of a kind (news agencies, ...)"},
		Index{Name: FulltextNames, Kind: Fulltext,
			Labels:     []Label{Country, Organization, Person, Place, Topic, Event, EventSeries},
			Properties: []string{"name", "aliases"},
			Why:        "find an entity by any of its names, in any script"},
	)
	return out
}

// RetiredIndexes are the constraints and indexes of earlier schema versions that
// `schema apply` drops: nothing reads them any more and the loader would
// pay for them on every write.
var RetiredIndexes = []Retired{
	{Name: "statement_id_unique", Kind: Unique, Version: 4,
		Why: "a Statement has no id of its own since version 4; it is created with its article"},
}

// Retired is a constraint or index that the model no longer declares,
// dropped by `schema apply` from a graph of an earlier version.
type Retired struct {
	Name string
	Kind IndexKind
	// Version is the first schema version without it.
	Version int
	Why     string
}

// DropDDL returns the Cypher statement that drops r if it exists.
func (r Retired) DropDDL() string {
	if r.Kind == Unique {
		return "DROP CONSTRAINT " + r.Name + " IF EXISTS"
	}
	return "DROP INDEX " + r.Name + " IF EXISTS"
}

// DDL returns the Cypher statement that creates ix if it does not exist.
// Names, labels and properties come from the declarations above, never from
// input.
func (ix Index) DDL() string {
	var pattern, v string
	if ix.RelType != "" {
		v = "r"
		pattern = fmt.Sprintf("()-[r:%s]-()", ix.RelType)
	} else {
		v = "n"
		ls := make([]string, len(ix.Labels))
		for i, l := range ix.Labels {
			ls[i] = string(l)
		}
		pattern = fmt.Sprintf("(n:%s)", strings.Join(ls, "|"))
	}
	props := make([]string, len(ix.Properties))
	for i, p := range ix.Properties {
		props[i] = v + "." + p
	}
	switch ix.Kind {
	case Unique:
		return fmt.Sprintf("CREATE CONSTRAINT %s IF NOT EXISTS FOR %s REQUIRE %s IS UNIQUE", ix.Name, pattern, props[0])
	case Fulltext:
		return fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR %s ON EACH [%s]", ix.Name, pattern, strings.Join(props, ", "))
	default:
		return fmt.Sprintf("CREATE RANGE INDEX %s IF NOT EXISTS FOR %s ON (%s)", ix.Name, pattern, strings.Join(props, ", "))
	}
}

// snake turns "EventSeries" into "event_series".
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
