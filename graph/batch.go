package graph

import (
	"sort"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// statement is one parameterised write: a Cypher text from cypher.go and
// the rows its UNWIND consumes.
type statement struct {
	kind   string
	cypher string
	rows   []map[string]any
}

// batch is what one write transaction does: the statements that write a
// group of articles, the articles whose old version it replaces, and the
// series whose chains it must rebuild.
type batch struct {
	articles []*plan.Article
	replace  []string
	series   []string
	stmts    []statement
	facts    int
	// used are the event ids this batch holds in the loader's index.
	used []string
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

// newBatch turns planned articles into statements. Nodes that several
// articles touch are merged into one row (plan.MergeProps); rows are sorted
// by key so that concurrent transactions take locks in the same order.
func newBatch(arts []*plan.Article, replace []string) *batch {
	b := &batch{articles: arts, replace: replace}
	artNode := mustNode(schema.Article)
	articleRows := make([]map[string]any, 0, len(arts))
	nodes := map[plan.Ref]map[string]any{}
	derived := map[groupKey]map[[2]string]bool{}
	links := map[groupKey][]map[string]any{}
	facts := map[groupKey][]map[string]any{}
	series := map[string]bool{}
	for _, a := range arts {
		row := map[string]any{"id": a.ID}
		for _, p := range artNode.Properties {
			if v, ok := a.Props[p.Name]; ok {
				row[p.Name] = v
			}
		}
		articleRows = append(articleRows, row)
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
			k := groupKey{d.Type, d.From.Label, d.To.Label}
			if derived[k] == nil {
				derived[k] = map[[2]string]bool{}
			}
			derived[k][[2]string{d.From.Key(), d.To.Key()}] = true
		}
		for _, l := range a.Links {
			k := groupKey{l.Type, schema.Article, l.To.Label}
			props := l.Props
			if props == nil {
				props = map[string]any{}
			}
			links[k] = append(links[k], map[string]any{"from": a.ID, "to": l.To.Key(), "props": props})
		}
		for _, f := range a.Facts {
			k := groupKey{f.Type, f.From.Label, f.To.Label}
			facts[k] = append(facts[k], factRow(a.ID, &f))
			b.facts++
		}
		for _, s := range a.Series {
			series[s] = true
		}
	}
	b.stmts = append(b.stmts, statement{"articles", upsertArticleCypher(), articleRows})
	for _, l := range nodeLabels() {
		key := schema.KeyProperty(l)
		var rows []map[string]any
		for ref, props := range nodes {
			if ref.Label == l {
				rows = append(rows, props)
			}
		}
		if len(rows) == 0 {
			continue
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i][key].(string) < rows[j][key].(string) })
		b.stmts = append(b.stmts, statement{"nodes " + string(l), upsertNodeCypher(l), rows})
	}
	for _, k := range sortedGroups(derived) {
		var rows []map[string]any
		for pair := range derived[k] {
			rows = append(rows, map[string]any{"from": pair[0], "to": pair[1]})
		}
		sort.Slice(rows, func(i, j int) bool {
			return rows[i]["from"].(string)+"\x00"+rows[i]["to"].(string) < rows[j]["from"].(string)+"\x00"+rows[j]["to"].(string)
		})
		b.stmts = append(b.stmts, statement{"derived " + string(k.t), derivedCypher(k.t, k.from, k.to), rows})
	}
	for _, k := range sortedGroups(links) {
		b.stmts = append(b.stmts, statement{"links " + string(k.t), linkCypher(k.t, k.to), links[k]})
	}
	for _, k := range sortedGroups(facts) {
		rows := facts[k]
		sort.SliceStable(rows, func(i, j int) bool { return rows[i]["fact"].(string) < rows[j]["fact"].(string) })
		b.stmts = append(b.stmts, statement{"facts " + string(k.t), factCypher(k.t, k.from, k.to), rows})
	}
	for s := range series {
		b.series = append(b.series, s)
	}
	sort.Strings(b.series)
	return b
}

func factRow(article string, f *plan.Fact) map[string]any {
	row := map[string]any{
		"from": f.From.Key(), "to": f.To.Key(), "fact": f.Key, "article": article, "sid": f.StatementID(article),
		"evidence": f.Evidence, "start": int64(f.Start), "end": int64(f.End), "rule": f.Rule, "confidence": f.Confidence,
	}
	if f.Event != "" {
		row["event"] = f.Event
	}
	if f.Topic != "" {
		row["topic"] = f.Topic
	}
	if f.CAMEO != "" {
		row["cameo"] = f.CAMEO
	}
	return row
}

// groupKey identifies the statement a link or fact row goes to.
type groupKey struct {
	t        schema.RelType
	from, to schema.Label
}

// sortedGroups returns m's keys ordered by type, then endpoint labels.
func sortedGroups[V any](m map[groupKey]V) []groupKey {
	keys := make([]groupKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		x, y := keys[i], keys[j]
		if x.t != y.t {
			return x.t < y.t
		}
		if x.from != y.from {
			return x.from < y.from
		}
		return x.to < y.to
	})
	return keys
}
