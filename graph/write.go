package graph

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// writeBatch writes one batch in one managed transaction.
func writeBatch(ctx context.Context, sess neo4j.SessionWithContext, b *batch) (counters, error) {
	var last time.Time
	tries := 0
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		tries++
		c := counters{profile: b.profile}
		err := runBatch(ctx, tx, b, &c)
		last = time.Now()
		return c, err
	})
	if err != nil {
		return counters{txs: 1, txRetries: tries - 1}, err
	}
	c := out.(counters)
	c.txs = 1
	c.txRetries = tries - 1
	c.times.add("commit", b.rows(), time.Since(last))
	return c, nil
}

// runBatch is the work of a batch's transaction. For replaced articles it
// first deletes their Statements and own links (and, for a removal, the
// articles), then writes the new versions, then recomputes the edges whose Statements changed (deleting
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
		if b.remove {
			recs, err = run(ctx, tx, deleteArticlesCypher(), map[string]any{"ids": b.replace}, c)
			if err != nil {
				return fmt.Errorf("delete articles: %w", err)
			}
			if len(recs) == 1 {
				n, _ := recs[0].Get("n")
				c.articlesDeleted += int(n.(int64))
			}
		}
	}
	if err := writeRows(ctx, tx, b, c); err != nil {
		return err
	}
	if err := refresh(ctx, tx, oldFacts, candidates, series, c); err != nil {
		return err
	}
	if err := seriesOfWrittenEvents(ctx, tx, b, series, c); err != nil {
		return err
	}
	return rebuildSeries(ctx, tx, series, c)
}

// chainProps are the event properties a series chain is computed from.
var chainProps = []string{"date", "ordinal", "series"}

// seriesOfWrittenEvents adds to series the series of the events whose
// date, ordinal or series the batch writes. A batch's rows for an event
// are a delta (runState.split): the report that gives an event's date may
// come in a batch that knows of no series, and the report that puts it in
// a series in a later batch without the date. With two writers the later
// one may commit first and rebuild the chain while the date is missing
// (gap_days null); the batch that then writes the date must rebuild it. It
// reads the series after its own node writes, which hold the event's lock,
// so it sees the membership of any batch that wrote the event before it;
// one that writes it after sees its date.
func seriesOfWrittenEvents(ctx context.Context, tx neo4j.ManagedTransaction, b *batch, series map[string]bool, c *counters) error {
	var ids []string
	for _, g := range b.nodes {
		if g.label != schema.Event || g.touch {
			continue
		}
		for _, row := range g.rows {
			for _, p := range chainProps {
				if row[p] != nil {
					ids = append(ids, str(row["id"]))
					break
				}
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	sort.Strings(ids)
	recs, err := run(ctx, tx, eventSeriesCypher(), map[string]any{"ids": ids}, c)
	if err != nil {
		return fmt.Errorf("read series of written events: %w", err)
	}
	for _, r := range recs {
		ss, _ := r.Get("series")
		for _, s := range asList(ss) {
			series[str(s)] = true
		}
	}
	return nil
}

// writeRows runs the batch's statements: articles with their Statements,
// then nodes by label, each returning element ids, then the derived links,
// the article's links and the fact edges, bound to those ids.
func writeRows(ctx context.Context, tx neo4j.ManagedTransaction, b *batch, c *counters) error {
	if len(b.articleRows) == 0 {
		return nil
	}
	eids := make(map[plan.Ref]string, len(b.articleRows)+8*len(b.articleRows))
	collect := func(label schema.Label, recs []*neo4j.Record) {
		for _, r := range recs {
			id, _ := r.Get("id")
			eid, _ := r.Get("eid")
			eids[plan.Ref{Label: label, ID: str(id)}] = str(eid)
		}
	}
	// Articles new to the graph are created; a batch that replaces (or
	// writes again after a failed attempt) merges them.
	articles := createArticleCypher()
	if len(b.replace) > 0 {
		articles = upsertArticleCypher()
	}
	recs, err := run(ctx, tx, articles, map[string]any{"rows": b.articleRows}, c)
	if err != nil {
		return fmt.Errorf("write articles: %w", err)
	}
	collect(schema.Article, recs)
	// Phase 0, then phase 1: what a batch in flight may hold locks on
	// comes last (order.go).
	defer func() { c.late = false }()
	for phase := 0; phase < 2; phase++ {
		c.late = phase == 1
		for _, g := range b.nodes {
			if g.phase != phase {
				continue
			}
			cypher := upsertNodeCypher(g.label)
			if g.touch {
				cypher = touchNodeCypher(g.label)
			}
			recs, err := run(ctx, tx, cypher, map[string]any{"rows": g.rows}, c)
			if err != nil {
				return fmt.Errorf("write %s nodes: %w", g.label, err)
			}
			collect(g.label, recs)
		}
		for _, gs := range [][]relGroup{b.derived, b.links, b.edges} {
			for i := range gs {
				if gs[i].phase != phase {
					continue
				}
				if err := writeRels(ctx, tx, &gs[i], len(b.replace) > 0, eids, c); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// relStatement is the statement that writes a relationship group's rows:
// one of the checked builders, chosen by the group's kind. Fact rows the
// planner knows are new are created, unless the batch replaces articles
// (a retry writes a batch as the replacement of its articles, and what a
// batch beside it merged into an edge this one created may then be left).
func relStatement(g *relGroup, replacing bool) string {
	switch g.kind {
	case "link":
		return linkCypher(g.t)
	case "derived":
		return derivedCypher(g.t)
	default:
		if g.create && !replacing {
			return factCreateCypher(g.t)
		}
		return factCypher(g.t)
	}
}

// writeRels binds a relationship group's rows to their endpoints' element
// ids and runs its statement. A row whose endpoint was not written by this
// transaction is a bug, not something to skip: it fails the batch.
func writeRels(ctx context.Context, tx neo4j.ManagedTransaction, g *relGroup, replacing bool, eids map[plan.Ref]string, c *counters) error {
	cypher := relStatement(g, replacing)
	for i, row := range g.rows {
		a, ok1 := eids[g.from[i]]
		b, ok2 := eids[g.to[i]]
		if !ok1 || !ok2 {
			return fmt.Errorf("write %s %s: endpoint %v or %v not written in this transaction", g.kind, g.t, g.from[i], g.to[i])
		}
		row["src"], row["dst"] = a, b
	}
	recs, err := run(ctx, tx, cypher, map[string]any{"rows": g.rows}, c)
	if err != nil {
		return fmt.Errorf("write %s %s (%s): %w", g.kind, g.t, statementName(cypher), err)
	}
	if len(recs) != 1 {
		return fmt.Errorf("write %s %s: %d result rows, want 1", g.kind, g.t, len(recs))
	}
	if n, _ := recs[0].Get("rows"); n != int64(len(g.rows)) {
		return fmt.Errorf("write %s %s: %v of %d rows found their endpoints", g.kind, g.t, n, len(g.rows))
	}
	return nil
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
	if _, err := run(ctx, tx, seriesCountCypher(), p, c); err != nil {
		return fmt.Errorf("count series members: %w", err)
	}
	if _, err := run(ctx, tx, seriesChainCypher(), p, c); err != nil {
		return fmt.Errorf("rebuild series chains: %w", err)
	}
	return nil
}

// run runs one statement, collects its records and adds its counters;
// with c.profile set, it runs it with PROFILE and prints the plan there.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, c *counters) ([]*neo4j.Record, error) {
	name := statementName(cypher)
	if c.late {
		name += " (late)"
	}
	if c.profile != nil {
		cypher = profiled(cypher)
	}
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
	c.times.add(name, paramRows(params), sum.ResultAvailableAfter()+sum.ResultConsumedAfter())
	if c.profile != nil {
		writeProfile(c.profile, name, paramRows(params), sum)
	}
	return recs, nil
}
