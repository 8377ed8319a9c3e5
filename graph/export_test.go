package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
)

// WriteOneByOneInOrder plans docs as a load of batches of one article on
// two writers plans them (in the order given, against an empty graph),
// then commits those batches one after the other in the order commit
// names (indexes into docs): an interleaving of two writers that the
// scheduler allows, forced, without timing.
func WriteOneByOneInOrder(ctx context.Context, c *Client, docs []*document.Document, commit []int) error {
	rs := newRunState(plan.DefaultWindow)
	batches := make([]*batch, len(docs))
	for i, d := range docs {
		remap := map[string]string{}
		for _, e := range plan.Events(d) {
			if id := rs.resolve(e, eventLookup{}); id != e.ID {
				remap[e.ID] = id
			}
		}
		a, err := plan.Build(d, remap)
		if err != nil {
			return err
		}
		b := newBatch([]*plan.Article{a}, nil)
		rs.split(b)
		b.seq = i + 1
		rs.late.order(b, b.seq, 2, rs.seriesOf, func(int) bool { return false })
		batches[i] = b
	}
	sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	for _, i := range commit {
		if _, err := writeBatch(ctx, sess, batches[i]); err != nil {
			return fmt.Errorf("batch %d (%s): %w", i+1, docs[i].Article.ID, err)
		}
	}
	return nil
}
