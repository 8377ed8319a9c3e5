package graph

import (
	"io"
	"sort"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// batch is what one write transaction does: the rows that write a group of
// articles, the articles whose old version it replaces, and the series
// whose chains it must rebuild.
//
// Rows are grouped into as few statements as the Cypher allows (see
// cypher.go): one per node label (MERGE needs the label of its key), one
// for the articles with their Statements, and one per relationship type.
// Relationship rows name their endpoints by plan.Ref; the transaction
// binds them to the element ids that the article and node statements
// return, so linking a row costs no index lookup and one statement serves
// every pair of endpoint labels.
type batch struct {
	// seq is the batch's number in its load (1 is the first); 0 for a
	// batch written outside the planner (one article after a failure).
	seq      int
	articles []*plan.Article
	replace  []string
	// remove deletes the replaced articles instead of writing new
	// versions (Remove).
	remove bool
	series []string
	facts  int
	// profile, when set, receives the plans of its statements
	// (LoadOptions.ProfileBatch).
	profile io.Writer
	// deltas are the nodes the batch adds values to, overrides those it
	// writes whole with a more confident row; the scheduler reads them
	// (runState.split).
	deltas, overrides map[plan.Ref]bool
	// created holds the nodes no earlier batch of the load sent: the batch
	// creates them unless the graph held them before (order.go).
	created map[plan.Ref]bool

	// articleRows carry the article's properties and, under "statements",
	// the Statement nodes of the facts it states.
	articleRows []map[string]any
	nodes       []nodeGroup
	derived     []relGroup
	links       []relGroup
	edges       []relGroup
}

// nodeGroup is the rows of one label's node statement, sorted by key so
// that concurrent transactions take locks in the same order. touch rows
// name nodes the batch only links to (runState.split): their statement
// creates a missing node but never changes one.
type nodeGroup struct {
	label schema.Label
	rows  []map[string]any
	touch bool
	// phase 1 groups run after phase 0 ones (order.go).
	phase int
}

// relGroup is the rows of one relationship statement. from[i] and to[i]
// are the endpoints of rows[i]; writeRels sets rows[i]["src"] and ["dst"]
// to their element ids (no relationship property of the schema has either
// name).
type relGroup struct {
	t        schema.RelType
	kind     string // link, derived or fact
	from, to []plan.Ref
	rows     []map[string]any
	// phase 1 groups run after phase 0 ones (order.go).
	phase int
	// create marks fact rows whose edge the planner knows is new: created,
	// not merged (runState.markNewFacts).
	create bool
}

func (g *relGroup) add(from, to plan.Ref, row map[string]any) {
	g.from = append(g.from, from)
	g.to = append(g.to, to)
	g.rows = append(g.rows, row)
}

// nodeLabels returns the labels of entity nodes in the model's order, the
// order node statements run in.
func nodeLabels() []schema.Label {
	var ls []schema.Label
	for _, n := range schema.Nodes {
		switch n.Label {
		case schema.Article, schema.Statement, schema.SchemaInfo:
			continue
		}
		ls = append(ls, n.Label)
	}
	return ls
}

// newBatch turns planned articles into rows. Nodes that several articles
// touch are merged into one row (plan.MergeProps); so are the facts that
// several articles state (one edge row per fact key, carrying the number of
// Statements and the best of them, see factEdges).
func newBatch(arts []*plan.Article, replace []string) *batch {
	b := &batch{articles: arts, replace: replace}
	artNode := mustNode(schema.Article)
	nodes := map[plan.Ref]map[string]any{}
	derived := map[schema.RelType]map[[2]plan.Ref]bool{}
	links := map[schema.RelType]*relGroup{}
	series := map[string]bool{}
	var facts []factOf
	for _, a := range arts {
		row := map[string]any{"id": a.ID}
		for _, p := range artNode.Properties {
			if v, ok := a.Props[p.Name]; ok {
				row[p.Name] = v
			}
		}
		stmts := make([]map[string]any, 0, len(a.Facts))
		for i := range a.Facts {
			stmts = append(stmts, statementProps(&a.Facts[i]))
			facts = append(facts, factOf{a.ID, &a.Facts[i]})
		}
		row["statements"] = stmts
		b.facts += len(a.Facts)
		b.articleRows = append(b.articleRows, row)
		for _, n := range a.Nodes {
			if cur, ok := nodes[n.Ref]; ok {
				plan.MergeProps(cur, n.Props)
				continue
			}
			cp := make(map[string]any, len(n.Props))
			for k, v := range n.Props {
				cp[k] = v
			}
			nodes[n.Ref] = cp
		}
		for _, d := range a.Derived {
			if derived[d.Type] == nil {
				derived[d.Type] = map[[2]plan.Ref]bool{}
			}
			derived[d.Type][[2]plan.Ref{d.From, d.To}] = true
		}
		from := plan.Ref{Label: schema.Article, ID: a.ID}
		for _, l := range a.Links {
			g := links[l.Type]
			if g == nil {
				g = &relGroup{t: l.Type, kind: "link"}
				links[l.Type] = g
			}
			row := make(map[string]any, len(l.Props)+2)
			for k, v := range l.Props {
				row[k] = v
			}
			g.add(from, l.To, row)
		}
		for _, s := range a.Series {
			series[s] = true
		}
	}
	for _, l := range nodeLabels() {
		var rows []map[string]any
		for ref, props := range nodes {
			if ref.Label == l {
				rows = append(rows, props)
			}
		}
		if len(rows) == 0 {
			continue
		}
		key := schema.KeyProperty(l)
		sort.Slice(rows, func(i, j int) bool { return rows[i][key].(string) < rows[j][key].(string) })
		b.nodes = append(b.nodes, nodeGroup{label: l, rows: rows})
	}
	for _, t := range sortedTypes(derived) {
		pairs := make([][2]plan.Ref, 0, len(derived[t]))
		for p := range derived[t] {
			pairs = append(pairs, p)
		}
		sort.Slice(pairs, func(i, j int) bool {
			x, y := pairs[i], pairs[j]
			if x[0] != y[0] {
				return refLess(x[0], y[0])
			}
			return refLess(x[1], y[1])
		})
		g := relGroup{t: t, kind: "derived"}
		for _, p := range pairs {
			g.add(p[0], p[1], map[string]any{})
		}
		b.derived = append(b.derived, g)
	}
	for _, t := range sortedTypes(links) {
		b.links = append(b.links, *links[t])
	}
	b.edges = factEdges(facts)
	for s := range series {
		b.series = append(b.series, s)
	}
	sort.Strings(b.series)
	return b
}

// rows returns the number of rows the batch writes.
func (b *batch) rows() int {
	n := len(b.articleRows) + b.facts
	for _, g := range b.nodes {
		n += len(g.rows)
	}
	for _, gs := range [][]relGroup{b.derived, b.links, b.edges} {
		for _, g := range gs {
			n += len(g.rows)
		}
	}
	return n
}

// statementProps returns the properties of a Statement of f (its article
// is the one that STATES it, its event the last part of f.Key). Empty
// topic and CAMEO code are left out, as Cypher leaves out null properties.
func statementProps(f *plan.Fact) map[string]any {
	p := map[string]any{
		"fact": f.Key, "type": string(f.Type),
		"evidence": f.Evidence, "evidence_start": int64(f.Start), "evidence_end": int64(f.End),
		"rule": f.Rule, "confidence": f.Confidence,
	}
	if f.Topic != "" {
		p["topic"] = f.Topic
	}
	if f.CAMEO != "" {
		p["cameo"] = f.CAMEO
	}
	return p
}

// factOf is one article's statement of a fact.
type factOf struct {
	article string
	f       *plan.Fact
}

// better reports whether statement x makes a better summary of its edge
// than y: more confident, or as confident and from the smaller article id.
// It is the order factCypher applies on the server, so the summary does not
// depend on how articles are grouped into batches.
func better(x, y factOf) bool {
	return x.f.Confidence > y.f.Confidence || (x.f.Confidence == y.f.Confidence && x.article < y.article)
}

// factEdges aggregates the batch's facts into one edge row per fact key:
// n, the number of Statements; the best Statement's summary; the smallest
// CAMEO code; the sorted topics of all of them. factCypher
// merges such a row into the edge as it would merge the n rows one by one.
// Rows are sorted by type, then key.
func factEdges(facts []factOf) []relGroup {
	type agg struct {
		best   factOf
		n      int64
		cameo  string
		topics []string
	}
	byKey := map[string]*agg{}
	var keys []string
	for _, x := range facts {
		a := byKey[x.f.Key]
		if a == nil {
			a = &agg{best: x}
			byKey[x.f.Key] = a
			keys = append(keys, x.f.Key)
		} else if better(x, a.best) {
			a.best = x
		}
		a.n++
		if x.f.CAMEO != "" && (a.cameo == "" || x.f.CAMEO < a.cameo) {
			a.cameo = x.f.CAMEO
		}
		if x.f.Topic != "" {
			a.topics = append(a.topics, x.f.Topic)
		}
	}
	groups := map[schema.RelType]*relGroup{}
	sort.Strings(keys)
	for _, k := range keys {
		a := byKey[k]
		f := a.best.f
		g := groups[f.Type]
		if g == nil {
			g = &relGroup{t: f.Type, kind: "fact"}
			groups[f.Type] = g
		}
		row := map[string]any{
			"fact": f.Key, "n": a.n, "confidence": f.Confidence, "evidence": f.Evidence,
			"article": a.best.article, "rule": f.Rule, "event": f.Event,
			"topics": plan.Union(a.topics, nil),
		}
		if a.cameo != "" {
			row["cameo"] = a.cameo
		}
		g.add(f.From, f.To, row)
	}
	var out []relGroup
	for _, t := range sortedTypes(groups) {
		out = append(out, *groups[t])
	}
	return out
}

// sortedTypes returns m's keys in order.
func sortedTypes[V any](m map[schema.RelType]V) []schema.RelType {
	ts := make([]schema.RelType, 0, len(m))
	for t := range m {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts
}

func refLess(a, b plan.Ref) bool {
	if a.Label != b.Label {
		return a.Label < b.Label
	}
	return a.ID < b.ID
}
