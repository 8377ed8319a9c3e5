// Package export writes the graph that loading documents would build, as
// files instead of transactions: CSV in the format of `neo4j-admin database
// import full` (the fastest first load of a very large corpus) or a Cypher
// script for cypher-shell. It plans documents with graph/plan and resolves
// events with the same rule as the loader, and combines node properties and
// fact summaries as the loader's Cypher does, so importing the export gives
// the graph that ingesting the same input (with one worker) gives.
//
// Per-article rows (articles, their links, Statements) are streamed to the
// files; entity nodes, fact edges and the event index are held in memory
// until the end, since each is shared by many articles.
//
// Files:
//   - export.go: Options, Result, Export, the in-memory graph
//   - csv.go:    the neo4j-admin CSV writer
//   - cypher.go: the Cypher script writer
//   - values.go: property values as CSV fields and Cypher literals
package export

import (
	"context"
	"fmt"
	"iter"
	"sort"
	"time"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// Format names an export format.
type Format string

// Export formats.
const (
	CSV    Format = "csv"
	Cypher Format = "cypher"
)

// Options configure Export.
type Options struct {
	Format Format
	// Dir receives the files; it is created if needed.
	Dir string
	// EventWindow is the same-event window in days, as in
	// graph.LoadOptions (0 means plan.DefaultWindow, negative turns it off).
	EventWindow int
	// Rows is the number of rows per statement of a Cypher script (500).
	Rows int
	// Now is the time written as Article.ingested_at (time.Now()).
	Now time.Time
}

// Result summarises an export.
type Result struct {
	Articles  int
	Duplicate int // same article id again, skipped
	Failed    int
	Dropped   int
	Errors    []error
	Nodes     map[schema.Label]int64
	Rels      map[schema.RelType]int64
	// Files are the files written, relative to Dir.
	Files []string
	// ImportArgs are the arguments of `neo4j-admin database import full`
	// for a CSV export, without the database name (paths are absolute).
	ImportArgs []string
}

// sink receives the graph's nodes and relationships.
type sink interface {
	node(l schema.Label, props map[string]any) error
	rel(t schema.RelType, from, to plan.Ref, props map[string]any) error
	close() (files []string, args []string, err error)
}

type factAgg struct {
	t        schema.RelType
	from, to plan.Ref
	props    map[string]any
	topics   map[string]bool
}

type derivedKey struct {
	t        schema.RelType
	from, to plan.Ref
}

// Export reads documents and writes the graph they make.
func Export(ctx context.Context, docs iter.Seq2[*document.Document, error], opts Options) (Result, error) {
	res := Result{Nodes: map[schema.Label]int64{}, Rels: map[schema.RelType]int64{}}
	if opts.Rows <= 0 {
		opts.Rows = 500
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	window := opts.EventWindow
	if window == 0 {
		window = plan.DefaultWindow
	}
	var out sink
	var err error
	switch opts.Format {
	case CSV:
		out, err = newCSVSink(opts.Dir)
	case Cypher:
		out, err = newCypherSink(opts.Dir, opts.Rows)
	default:
		return res, fmt.Errorf("export: unknown format %q (want csv or cypher)", opts.Format)
	}
	if err != nil {
		return res, err
	}
	g := &memGraph{
		out: out, res: &res, now: opts.Now,
		index: plan.NewEventIndex(window), seen: map[string]string{},
		nodes: map[plan.Ref]map[string]any{}, facts: map[string]*factAgg{}, derived: map[derivedKey]bool{},
	}
	for doc, derr := range docs {
		if err := ctx.Err(); err != nil {
			out.close()
			return res, err
		}
		if derr != nil {
			res.Failed++
			res.Errors = append(res.Errors, derr)
			continue
		}
		if err := g.add(doc); err != nil {
			out.close()
			return res, err
		}
	}
	if err := g.finish(); err != nil {
		out.close()
		return res, err
	}
	res.Files, res.ImportArgs, err = out.close()
	return res, err
}

// memGraph is the part of the graph that many articles share.
type memGraph struct {
	out   sink
	res   *Result
	now   time.Time
	index *plan.EventIndex
	// seen maps article ids to their hash.
	seen    map[string]string
	nodes   map[plan.Ref]map[string]any
	facts   map[string]*factAgg
	derived map[derivedKey]bool
}

func (g *memGraph) add(doc *document.Document) error {
	if doc == nil || doc.Article.ID == "" {
		g.res.Failed++
		g.res.Errors = append(g.res.Errors, fmt.Errorf("document without article id"))
		return nil
	}
	if _, ok := g.seen[doc.Article.ID]; ok {
		// A first load holds one version of an article; later ones are
		// ingest's business.
		g.res.Duplicate++
		return nil
	}
	remap := map[string]string{}
	for _, e := range plan.Events(doc) {
		_, exists := g.index.Get(e.ID)
		if id := g.index.Resolve(e, exists, nil); id != e.ID {
			remap[e.ID] = id
		}
	}
	a, err := plan.Build(doc, remap)
	if err != nil {
		g.res.Failed++
		g.res.Errors = append(g.res.Errors, fmt.Errorf("article %s: %w", doc.Article.ID, err))
		return nil
	}
	g.seen[a.ID] = a.Hash
	g.res.Articles++
	g.res.Dropped += len(a.Dropped)

	props := map[string]any{"id": a.ID, "ingested_at": g.now}
	for k, v := range a.Props {
		props[k] = v
	}
	if err := g.emitNode(schema.Article, props); err != nil {
		return err
	}
	for _, n := range a.Nodes {
		if cur, ok := g.nodes[n.Ref]; ok {
			plan.MergeProps(cur, n.Props)
			continue
		}
		cp := make(map[string]any, len(n.Props))
		for k, v := range n.Props {
			cp[k] = v
		}
		g.nodes[n.Ref] = cp
	}
	for _, d := range a.Derived {
		g.derived[derivedKey{d.Type, d.From, d.To}] = true
	}
	for _, l := range a.Links {
		if err := g.emitRel(l.Type, l.From, l.To, l.Props); err != nil {
			return err
		}
	}
	for i := range a.Facts {
		f := &a.Facts[i]
		// A Statement has no key of its own: "id" names it in the
		// import's id space and "article" says whose it is; neither is
		// a property (the sinks write declared properties only).
		st := map[string]any{
			"id": f.StatementID(a.ID), "article": a.ID, "fact": f.Key, "type": string(f.Type), "evidence": f.Evidence,
			"evidence_start": int64(f.Start), "evidence_end": int64(f.End), "rule": f.Rule, "confidence": f.Confidence,
		}
		setNonEmpty(st, "topic", f.Topic)
		setNonEmpty(st, "cameo", f.CAMEO)
		if err := g.emitNode(schema.Statement, st); err != nil {
			return err
		}
		if err := g.emitRel(schema.States, plan.Ref{Label: schema.Article, ID: a.ID}, plan.Ref{Label: schema.Statement, ID: f.StatementID(a.ID)}, nil); err != nil {
			return err
		}
		g.addFact(a.ID, f)
	}
	return nil
}

// addFact counts one more Statement of f, as the loader's fact statement
// does: support + 1, the summary of the most confident statement (the
// smaller article id on ties), sorted topics, the first CAMEO code.
func (g *memGraph) addFact(article string, f *plan.Fact) {
	fa, ok := g.facts[f.Key]
	if !ok {
		decl, _ := schema.RelationshipByType(f.Type)
		fa = &factAgg{t: f.Type, from: f.From, to: f.To, topics: map[string]bool{}, props: map[string]any{
			"fact": f.Key, "support": int64(0), "confidence": f.Confidence, "evidence": f.Evidence, "article": article, "rule": f.Rule,
		}}
		for _, p := range decl.Properties {
			switch p.Name {
			case "event":
				fa.props["event"] = f.Event
			case "topics":
				fa.props["topics"] = []string{}
			}
		}
		if hasProp(decl, "cameo") && f.CAMEO != "" {
			fa.props["cameo"] = f.CAMEO
		}
		g.facts[f.Key] = fa
	}
	fa.props["support"] = fa.props["support"].(int64) + 1
	conf := fa.props["confidence"].(float64)
	if f.Confidence > conf || (f.Confidence == conf && article < fa.props["article"].(string)) {
		fa.props["confidence"], fa.props["evidence"], fa.props["article"], fa.props["rule"] = f.Confidence, f.Evidence, article, f.Rule
	}
	decl, _ := schema.RelationshipByType(f.Type)
	if hasProp(decl, "cameo") && f.CAMEO != "" {
		// The smallest code of the edge's Statements, as the loader keeps.
		if c, ok := fa.props["cameo"].(string); !ok || f.CAMEO < c {
			fa.props["cameo"] = f.CAMEO
		}
	}
	if hasProp(decl, "topics") && f.Topic != "" && !fa.topics[f.Topic] {
		fa.topics[f.Topic] = true
		ts := make([]string, 0, len(fa.topics))
		for t := range fa.topics {
			ts = append(ts, t)
		}
		sort.Strings(ts)
		fa.props["topics"] = ts
	}
}

func hasProp(r schema.Relationship, name string) bool {
	for _, p := range r.Properties {
		if p.Name == name {
			return true
		}
	}
	return false
}

// finish writes the shared part: entity nodes (with the member count of
// each series), derived links, fact edges and the series chains.
func (g *memGraph) finish() error {
	members := map[string]int64{}
	type member struct {
		id      string
		ordinal int64
		date    string
	}
	chains := map[string][]member{}
	for d := range g.derived {
		if d.t == schema.PartOf {
			members[d.to.ID]++
			ev := g.nodes[d.from]
			if o, ok := ev["ordinal"].(int64); ok {
				date, _ := ev["date"].(string)
				chains[d.to.ID] = append(chains[d.to.ID], member{d.from.ID, o, date})
			}
		}
	}
	refs := make([]plan.Ref, 0, len(g.nodes))
	for r := range g.nodes {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].Label != refs[j].Label {
			return refs[i].Label < refs[j].Label
		}
		return refs[i].ID < refs[j].ID
	})
	for _, r := range refs {
		props := g.nodes[r]
		if r.Label == schema.EventSeries {
			props["events"] = members[r.ID]
		}
		if err := g.emitNode(r.Label, props); err != nil {
			return err
		}
	}
	dks := make([]derivedKey, 0, len(g.derived))
	for d := range g.derived {
		dks = append(dks, d)
	}
	sort.Slice(dks, func(i, j int) bool {
		a, b := dks[i], dks[j]
		if a.t != b.t {
			return a.t < b.t
		}
		if a.from != b.from {
			return a.from.ID < b.from.ID
		}
		return a.to.ID < b.to.ID
	})
	for _, d := range dks {
		if err := g.emitRel(d.t, d.from, d.to, nil); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(g.facts))
	for k := range g.facts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f := g.facts[k]
		if err := g.emitRel(f.t, f.from, f.to, f.props); err != nil {
			return err
		}
	}
	series := make([]string, 0, len(chains))
	for s := range chains {
		series = append(series, s)
	}
	sort.Strings(series)
	for _, s := range series {
		ms := chains[s]
		sort.Slice(ms, func(i, j int) bool {
			if ms[i].ordinal != ms[j].ordinal {
				return ms[i].ordinal < ms[j].ordinal
			}
			return ms[i].id < ms[j].id
		})
		for i := 0; i+1 < len(ms); i++ {
			a, b := ms[i], ms[i+1]
			if a.ordinal == b.ordinal {
				continue
			}
			props := map[string]any{"ordinal_gap": b.ordinal - a.ordinal}
			if a.date != "" && b.date != "" {
				da, _ := time.Parse("2006-01-02", a.date)
				db, _ := time.Parse("2006-01-02", b.date)
				props["gap_days"] = int64(db.Sub(da).Hours() / 24)
			}
			if err := g.emitRel(schema.NextInSeries, plan.Ref{Label: schema.Event, ID: a.id}, plan.Ref{Label: schema.Event, ID: b.id}, props); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *memGraph) emitNode(l schema.Label, props map[string]any) error {
	g.res.Nodes[l]++
	return g.out.node(l, props)
}

func (g *memGraph) emitRel(t schema.RelType, from, to plan.Ref, props map[string]any) error {
	g.res.Rels[t]++
	return g.out.rel(t, from, to, props)
}

func setNonEmpty(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}
