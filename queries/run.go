package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
)

// Result is what a query returned: its columns in order and one row of
// values per record, as the driver decodes them (nil, bool, int64, float64,
// string, []any, map[string]any, neo4j.Date, neo4j.Node, ...).
type Result struct {
	Columns []string
	Rows    [][]any
	// Counters holds the non-zero update counters of a write statement
	// ("nodes_created": 2); empty for reads.
	Counters map[string]int
	// Plan is the execution plan of an EXPLAIN or PROFILE statement, nil
	// for any other.
	Plan *Plan
}

// ErrWriteInReadMode reports a statement that tried to write while running
// in read access mode.
var ErrWriteInReadMode = errors.New("the statement writes, but it ran in read access mode")

// Run runs a saved query with params (already bound by Query.Bind) in a
// managed read transaction.
func Run(ctx context.Context, c *graph.Client, q *Query, params map[string]any) (*Result, error) {
	sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*Result, error) {
		cur, err := tx.Run(ctx, q.Source, params)
		if err != nil {
			return nil, err
		}
		return collect(ctx, cur)
	})
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", q.Name, classify(err))
	}
	return res, nil
}

// Mode is the access mode of an ad-hoc statement.
type Mode int

// Access modes.
const (
	ReadMode Mode = iota
	WriteMode
)

// RunCypher runs one ad-hoc statement in an auto-commit transaction (so
// `CALL { ... } IN TRANSACTIONS` works) with the given access mode. In ReadMode
// the server refuses any write, and the error wraps ErrWriteInReadMode.
func RunCypher(ctx context.Context, c *graph.Client, stmt string, params map[string]any, mode Mode) (*Result, error) {
	am := neo4j.AccessModeRead
	if mode == WriteMode {
		am = neo4j.AccessModeWrite
	}
	sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: am})
	defer sess.Close(ctx)
	cur, err := sess.Run(ctx, stmt, params)
	if err != nil {
		return nil, classify(err)
	}
	res, err := collect(ctx, cur)
	if err != nil {
		return nil, classify(err)
	}
	return res, nil
}

func collect(ctx context.Context, cur neo4j.ResultWithContext) (*Result, error) {
	keys, err := cur.Keys()
	if err != nil {
		return nil, err
	}
	r := &Result{Columns: keys, Rows: [][]any{}}
	for cur.Next(ctx) {
		r.Rows = append(r.Rows, cur.Record().Values)
	}
	if err := cur.Err(); err != nil {
		return nil, err
	}
	sum, err := cur.Consume(ctx)
	if err != nil {
		return nil, err
	}
	r.Counters = counters(sum.Counters())
	r.Plan = planOf(sum)
	return r, nil
}

func counters(c neo4j.Counters) map[string]int {
	all := map[string]int{
		"nodes_created":          c.NodesCreated(),
		"nodes_deleted":          c.NodesDeleted(),
		"relationships_created":  c.RelationshipsCreated(),
		"relationships_deleted":  c.RelationshipsDeleted(),
		"properties_set":         c.PropertiesSet(),
		"labels_added":           c.LabelsAdded(),
		"labels_removed":         c.LabelsRemoved(),
		"indexes_added":          c.IndexesAdded(),
		"indexes_removed":        c.IndexesRemoved(),
		"constraints_added":      c.ConstraintsAdded(),
		"constraints_removed":    c.ConstraintsRemoved(),
		"system_updates_applied": c.SystemUpdates(),
	}
	out := map[string]int{}
	for k, v := range all {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

// classify wraps the server's refusal to write in read mode as
// ErrWriteInReadMode and keeps every other error as it is.
func classify(err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		if ne.Code == "Neo.ClientError.Statement.AccessMode" ||
			strings.Contains(ne.Msg, "in read access mode") {
			return fmt.Errorf("%w: %s", ErrWriteInReadMode, ne.Msg)
		}
	}
	return err
}
