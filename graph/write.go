package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/schema"
)

// writeBatch writes one batch in one managed transaction.
func writeBatch(ctx context.Context, sess neo4j.SessionWithContext, b *batch) (counters, error) {
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var c counters
		err := runBatch(ctx, tx, b, &c)
		return c, err
	})
	if err != nil {
		return counters{txs: 1}, err
	}
	c := out.(counters)
	c.txs = 1
	return c, nil
}

// runBatch is the work of a batch's transaction. For replaced articles it
// first deletes their Statements and own links, then writes the new
// versions, then recomputes the edges whose Statements changed (deleting
// those left without support), deletes the nodes nothing supports any more,
// and rebuilds the chains of the series it touched.
func runBatch(ctx context.Context, tx neo4j.ManagedTransaction, b *batch, c *counters) error {
	series := map[string]bool{}
	for _, s := range b.series {
		series[s] = true
	}
	oldFacts := map[schema.RelType][]string{}
	var candidates []any
	if len(b.replace) > 0 {
		recs, err := run(ctx, tx, dropStatementsCypher(), map[string]any{"ids": b.replace}, c)
		if err != nil {
			return fmt.Errorf("drop old statements: %w", err)
		}
		for _, r := range recs {
			t, _ := r.Get("type")
			decl, ok := schema.RelationshipByType(schema.RelType(str(t)))
			if !ok || !decl.Extracted {
				return fmt.Errorf("drop old statements: statement of unknown type %q", str(t))
			}
			fs, _ := r.Get("facts")
			for _, f := range asList(fs) {
				oldFacts[decl.Type] = append(oldFacts[decl.Type], str(f))
			}
		}
		recs, err = run(ctx, tx, dropLinksCypher(), map[string]any{"ids": b.replace}, c)
		if err != nil {
			return fmt.Errorf("drop old links: %w", err)
		}
		for _, r := range recs {
			ns, _ := r.Get("nodes")
			candidates = append(candidates, asList(ns)...)
			ss, _ := r.Get("series")
			for _, s := range asList(ss) {
				series[str(s)] = true
			}
		}
	}
	for _, st := range b.stmts {
		if _, err := run(ctx, tx, st.cypher, map[string]any{"rows": st.rows}, c); err != nil {
			return fmt.Errorf("write %s: %w", st.kind, err)
		}
	}
	if err := refresh(ctx, tx, oldFacts, candidates, series, c); err != nil {
		return err
	}
	return rebuildSeries(ctx, tx, series, c)
}

// refresh recomputes the edges of facts that lost Statements and deletes
// orphaned nodes, level by level (an organization, then the country it was
// based in).
func refresh(ctx context.Context, tx neo4j.ManagedTransaction, oldFacts map[schema.RelType][]string, candidates []any, series map[string]bool, c *counters) error {
	types := make([]string, 0, len(oldFacts))
	for t := range oldFacts {
		types = append(types, string(t))
	}
	sort.Strings(types)
	for _, t := range types {
		for _, cy := range refreshFactsCypher(schema.RelType(t)) {
			if _, err := run(ctx, tx, cy, map[string]any{"facts": oldFacts[schema.RelType(t)]}, c); err != nil {
				return fmt.Errorf("refresh %s facts: %w", t, err)
			}
		}
	}
	for level := 0; level < 4 && len(candidates) > 0; level++ {
		recs, err := run(ctx, tx, orphansCypher(), map[string]any{"nodes": candidates}, c)
		if err != nil {
			return fmt.Errorf("delete orphans: %w", err)
		}
		candidates = nil
		for _, r := range recs {
			next, _ := r.Get("next")
			for _, l := range asList(next) {
				candidates = append(candidates, asList(l)...)
			}
			ss, _ := r.Get("series")
			for _, s := range asList(ss) {
				if s != nil {
					series[str(s)] = true
				}
			}
		}
	}
	return nil
}

func rebuildSeries(ctx context.Context, tx neo4j.ManagedTransaction, series map[string]bool, c *counters) error {
	if len(series) == 0 {
		return nil
	}
	ids := make([]string, 0, len(series))
	for s := range series {
		ids = append(ids, s)
	}
	sort.Strings(ids)
	p := map[string]any{"series": ids}
	if _, err := run(ctx, tx, seriesLockCypher(), p, c); err != nil {
		return fmt.Errorf("lock series: %w", err)
	}
	if _, err := run(ctx, tx, seriesChainCypher(), p, c); err != nil {
		return fmt.Errorf("rebuild series chains: %w", err)
	}
	return nil
}

// writePerFact is the benchmark baseline: one transaction per row of every
// statement. Batches that replace articles are written normally.
func writePerFact(ctx context.Context, sess neo4j.SessionWithContext, b *batch) (counters, error) {
	if len(b.replace) > 0 {
		return writeBatch(ctx, sess, b)
	}
	var total counters
	for _, st := range b.stmts {
		for _, row := range st.rows {
			out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				var c counters
				_, err := run(ctx, tx, st.cypher, map[string]any{"rows": []map[string]any{row}}, &c)
				return c, err
			})
			total.txs++
			if err != nil {
				return total, fmt.Errorf("write %s: %w", st.kind, err)
			}
			addCounters(&total, out.(counters))
		}
	}
	series := map[string]bool{}
	for _, s := range b.series {
		series[s] = true
	}
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var c counters
		return c, rebuildSeries(ctx, tx, series, &c)
	})
	total.txs++
	if err != nil {
		return total, err
	}
	addCounters(&total, out.(counters))
	return total, nil
}

// run runs one statement, collects its records and adds its counters.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, c *counters) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	c.add(sum)
	return recs, nil
}
