package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/schema"
)

// Counts are the numbers of nodes per label and relationships per type of
// the model, as the server's count store reports them.
type Counts struct {
	Nodes map[schema.Label]int64
	Rels  map[schema.RelType]int64
}

// TotalNodes returns the number of nodes over all labels of the model.
func (c Counts) TotalNodes() int64 {
	var n int64
	for _, v := range c.Nodes {
		n += v
	}
	return n
}

// TotalRels returns the number of relationships over all types.
func (c Counts) TotalRels() int64 {
	var n int64
	for _, v := range c.Rels {
		n += v
	}
	return n
}

// CountAll counts the nodes of every label and relationships of every type
// the model declares.
func CountAll(ctx context.Context, c *Client) (Counts, error) {
	out := Counts{Nodes: map[schema.Label]int64{}, Rels: map[schema.RelType]int64{}}
	for _, n := range schema.Nodes {
		v, err := count(ctx, c, fmt.Sprintf("MATCH (n:%s) RETURN count(n) AS n", n.Label))
		if err != nil {
			return out, err
		}
		out.Nodes[n.Label] = v
	}
	for _, r := range schema.Relationships {
		v, err := count(ctx, c, fmt.Sprintf("MATCH ()-[r:%s]->() RETURN count(r) AS n", r.Type))
		if err != nil {
			return out, err
		}
		out.Rels[r.Type] = v
	}
	return out, nil
}

func count(ctx context.Context, c *Client, cypher string) (int64, error) {
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	n, _ := r.Records[0].Values[0].(int64)
	return n, nil
}
