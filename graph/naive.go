package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// The benchmark baseline (LoadOptions.PerFact): the loader as a naive
// program writes it, one row per statement and one statement per
// transaction, each relationship finding its endpoints by label and key.
// It writes the same graph as the batched loader.

// statement is one parameterised write: a Cypher text and the rows its
// UNWIND consumes.
type statement struct {
	kind   string
	cypher string
	rows   []map[string]any
}

// writePerFact writes b one transaction per row of every statement.
// Batches that replace articles are written normally.
func writePerFact(ctx context.Context, sess neo4j.SessionWithContext, b *batch) (counters, error) {
	if len(b.replace) > 0 {
		return writeBatch(ctx, sess, b)
	}
	var total counters
	for _, st := range naiveStatements(b.articles) {
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

// naiveStatements returns the statements of the baseline in the order they
// run: articles, nodes by label, derived links, article links, facts (each
// fact row merges its edge and creates its Statement).
func naiveStatements(arts []*plan.Article) []statement {
	artNode := mustNode(schema.Article)
	var out []statement
	var articles []map[string]any
	nodes := map[schema.Label]map[string]map[string]any{}
	type group struct {
		t        schema.RelType
		from, to schema.Label
	}
	var derived, links, facts []map[string]any
	var derivedG, linksG, factsG []group
	seen := map[string]bool{}
	for _, a := range arts {
		row := map[string]any{"id": a.ID, "statements": []map[string]any{}}
		for _, p := range artNode.Properties {
			if v, ok := a.Props[p.Name]; ok {
				row[p.Name] = v
			}
		}
		articles = append(articles, row)
		for _, n := range a.Nodes {
			if nodes[n.Label] == nil {
				nodes[n.Label] = map[string]map[string]any{}
			}
			if cur, ok := nodes[n.Label][n.ID]; ok {
				plan.MergeProps(cur, n.Props)
				continue
			}
			cp := make(map[string]any, len(n.Props))
			for k, v := range n.Props {
				cp[k] = v
			}
			nodes[n.Label][n.ID] = cp
		}
		for _, d := range a.Derived {
			k := string(d.Type) + "|" + d.From.ID + "|" + d.To.ID
			if seen[k] {
				continue
			}
			seen[k] = true
			derived = append(derived, map[string]any{"from": d.From.Key(), "to": d.To.Key()})
			derivedG = append(derivedG, group{d.Type, d.From.Label, d.To.Label})
		}
		for _, l := range a.Links {
			props := l.Props
			if props == nil {
				props = map[string]any{}
			}
			links = append(links, map[string]any{"from": a.ID, "to": l.To.Key(), "props": props})
			linksG = append(linksG, group{l.Type, schema.Article, l.To.Label})
		}
		for i := range a.Facts {
			f := &a.Facts[i]
			r := statementProps(f)
			r["from"], r["to"], r["article"] = f.From.Key(), f.To.Key(), a.ID
			if f.Event != "" {
				r["event"] = f.Event // the edge's, not the Statement's
			}
			facts = append(facts, r)
			factsG = append(factsG, group{f.Type, f.From.Label, f.To.Label})
		}
	}
	out = append(out, statement{"articles", upsertArticleCypher(), articles})
	for _, l := range nodeLabels() {
		var ids []string
		for id := range nodes[l] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		st := statement{kind: "nodes " + string(l), cypher: upsertNodeCypher(l)}
		for _, id := range ids {
			st.rows = append(st.rows, nodes[l][id])
		}
		if len(st.rows) > 0 {
			out = append(out, st)
		}
	}
	for i, r := range derived {
		g := derivedG[i]
		out = append(out, statement{"derived " + string(g.t), naiveDerivedCypher(g.t, g.from, g.to), []map[string]any{r}})
	}
	for i, r := range links {
		g := linksG[i]
		out = append(out, statement{"links " + string(g.t), naiveLinkCypher(g.t, g.to), []map[string]any{r}})
	}
	for i, r := range facts {
		g := factsG[i]
		out = append(out, statement{"facts " + string(g.t), naiveFactCypher(g.t, g.from, g.to), []map[string]any{r}})
	}
	return out
}

// naiveLinkCypher creates a per-article link of type t to a node labelled to.
func naiveLinkCypher(t schema.RelType, to schema.Label) string {
	return cached("naiveLink:"+string(t)+":"+string(to), func() string {
		return fmt.Sprintf("UNWIND $rows AS row\nMATCH (a:%s {id: row.from})\nMATCH (n:%s {%s: row.to})\nCREATE (a)-[r:%s]->(n)\nSET r += row.props",
			schema.Article, to, schema.KeyProperty(to), t)
	})
}

// naiveDerivedCypher merges a derived link (BASED_IN, PART_OF).
func naiveDerivedCypher(t schema.RelType, from, to schema.Label) string {
	return cached("naiveDerived:"+string(t)+":"+string(from)+":"+string(to), func() string {
		return fmt.Sprintf("UNWIND $rows AS row\nMATCH (a:%s {%s: row.from})\nMATCH (b:%s {%s: row.to})\nMERGE (a)-[:%s]->(b)",
			from, schema.KeyProperty(from), to, schema.KeyProperty(to), t)
	})
}

// naiveFactCypher merges the edge of one fact by its key, counts the new
// support, keeps the better summary and adds the article's Statement.
func naiveFactCypher(t schema.RelType, from, to schema.Label) string {
	return cached("naiveFact:"+string(t)+":"+string(from)+":"+string(to), func() string {
		decl, _ := schema.RelationshipByType(t)
		create := factCreateSets(decl, "0", "[]")
		var b strings.Builder
		fmt.Fprintf(&b, "UNWIND $rows AS row\nMATCH (a:%s {%s: row.from})\nMATCH (b:%s {%s: row.to})\n",
			from, schema.KeyProperty(from), to, schema.KeyProperty(to))
		fmt.Fprintf(&b, "MERGE (a)-[r:%s {fact: row.fact}]->(b)\nON CREATE SET %s\nSET r.support = r.support + 1\n", t, strings.Join(create, ", "))
		b.WriteString(keepBestSummary)
		if declares(decl, "cameo") {
			b.WriteString(fillCameo)
		}
		if declares(decl, "topics") {
			b.WriteString("FOREACH (_ IN CASE WHEN row.topic IS NOT NULL AND NOT row.topic IN r.topics THEN [1] ELSE [] END |\n" +
				"  SET r.topics = COLLECT { UNWIND r.topics + row.topic AS x RETURN DISTINCT x ORDER BY x })\n")
		}
		fmt.Fprintf(&b, "WITH row\nMATCH (art:%s {id: row.article})\n", schema.Article)
		fmt.Fprintf(&b, "CREATE (art)-[:%s]->(:%s%s)", schema.States, schema.Statement, propMap(schema.Provenance, "row"))
		return b.String()
	})
}
