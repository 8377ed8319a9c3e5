package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/schema"
)

// Reason is one row of schema.WhyQuery: one statement supporting an edge.
type Reason struct {
	Type, From, To string
	// Basis is "statement" (an article states the fact), "article" (a
	// per-article link) or "derived" (from node properties).
	Basis       string
	Article     string
	URL         string
	Evidence    string
	Start, End  int
	Rule        string
	Confidence  float64
	DerivedFrom string
}

// Why answers "why is this edge here?" for the relationship with element id
// rel, most confident statement first.
func Why(ctx context.Context, c *Client, rel string) ([]Reason, error) {
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, schema.WhyQuery, map[string]any{"rel": rel},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("why %s: %w", rel, err)
	}
	var out []Reason
	for _, rec := range r.Records {
		m := rec.AsMap()
		rs := Reason{
			Type: str(m["type"]), From: str(m["from"]), To: str(m["to"]), Basis: str(m["basis"]),
			Article: str(m["article"]), URL: str(m["url"]), Evidence: str(m["evidence"]), Rule: str(m["rule"]),
			DerivedFrom: str(m["derived_from"]),
		}
		if v, ok := m["start"].(int64); ok {
			rs.Start = int(v)
		}
		if v, ok := m["end"].(int64); ok {
			rs.End = int(v)
		}
		if v, ok := m["confidence"].(float64); ok {
			rs.Confidence = v
		}
		out = append(out, rs)
	}
	return out, nil
}
