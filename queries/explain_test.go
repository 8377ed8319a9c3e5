package queries

import (
	"context"
	"errors"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// TestLibraryPlans asks the server to plan every saved query (EXPLAIN), so a
// syntax or semantic error in any .cypher file fails here even when no
// answer test reaches it.
func TestLibraryPlans(t *testing.T) {
	c := neo4jtest.Client(t)
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range lib.All() {
		t.Run(q.Name, func(t *testing.T) {
			raw := map[string]string{}
			for _, p := range q.Params {
				if !p.HasDefault {
					raw[p.Name] = "x"
				}
			}
			params, err := q.Bind(raw)
			if err != nil {
				t.Fatal(err)
			}
			res, err := RunCypher(ctx, c, "EXPLAIN "+q.Source, params, ReadMode)
			if err != nil {
				t.Fatalf("EXPLAIN: %v", err)
			}
			if len(res.Rows) != 0 {
				t.Errorf("EXPLAIN returned %d rows", len(res.Rows))
			}
		})
	}
}

// TestReadModeRefusesWrites checks that the server, not the client, stops a
// write in read access mode, and that --write style access lets it through.
func TestReadModeRefusesWrites(t *testing.T) {
	c := neo4jtest.Client(t)
	ctx := context.Background()
	neo4jtest.Reset(t, c)
	_, err := RunCypher(ctx, c, "CREATE (:Topic {id: 'topic:read-mode-probe'})", nil, ReadMode)
	if !errors.Is(err, ErrWriteInReadMode) {
		t.Fatalf("write in read mode: err = %v, want ErrWriteInReadMode", err)
	}
	res, err := RunCypher(ctx, c, "MATCH (t:Topic {id: 'topic:read-mode-probe'}) RETURN count(t) AS n", nil, ReadMode)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Rows[0][0].(int64); n != 0 {
		t.Fatalf("the refused write left %d nodes", n)
	}
	res, err = RunCypher(ctx, c, "CREATE (:Topic {id: 'topic:read-mode-probe'})", nil, WriteMode)
	if err != nil {
		t.Fatal(err)
	}
	if res.Counters["nodes_created"] != 1 {
		t.Errorf("counters = %v, want nodes_created 1", res.Counters)
	}
	neo4jtest.Reset(t, c)
}
