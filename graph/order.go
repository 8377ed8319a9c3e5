package graph

import (
	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// Statement order within a batch, for writers side by side.
//
// Neo4j holds a transaction's locks until it commits: the node it creates
// (its unique index entry), a node it writes, a relationship it writes,
// and the nodes it links (a sparse node whole, a dense one, a hub, by the
// relationship type and direction: two transactions that add MENTIONS to
// one country wait for each other). A batch that needs one of those while
// a batch in flight holds it waits until that one commits. When the wait
// comes at the start of its transaction (an event the batch before
// created, which a copy reports again; a country every batch mentions),
// the two writers run one after the other. So a batch writes in two
// phases: first what no batch that may be in flight has touched (its
// articles and Statements, the nodes new to the load, the links and fact
// edges between them), then the rest, the shared nodes last, by when the
// batch before has committed or is about to: each batch holds the locks
// of shared nodes only for the end of its transaction. The order of
// statements within a transaction does not change what it writes, so the
// graph stays the one a single writer makes.

// lateState is the planner's memory, for ordering, of the batches it made:
// the last batch (by sequence number) that referred to each node, wrote
// each node, and wrote each fact edge.
type lateState struct {
	lastRef, lastWrite map[plan.Ref]int
	lastFact           map[string]int
}

func newLateState() lateState {
	return lateState{lastRef: map[plan.Ref]int{}, lastWrite: map[plan.Ref]int{}, lastFact: map[string]int{}}
}

// order splits the node and relationship groups of batch b, the seq-th
// batch of the load, into two phases (phase 1 runs after every statement
// of phase 0; see writeRows): rows that may meet a lock held by one of the
// workers-1 batches before it go to phase 1. Call after split.
func (s *lateState) order(b *batch, seq, workers int) {
	recent := func(m map[plan.Ref]int, ref plan.Ref) bool {
		x, ok := m[ref]
		return ok && x < seq && x > seq-workers
	}
	// linkLate: linking to ref (or touching it) may wait.
	linkLate := map[plan.Ref]bool{}
	isLinkLate := func(ref plan.Ref) bool {
		if ref.Label == schema.Article {
			return false
		}
		v, ok := linkLate[ref]
		if !ok {
			v = recent(s.lastWrite, ref) || recent(s.lastRef, ref)
			linkLate[ref] = v
		}
		return v
	}
	// nodeLate: the node's row is in phase 1, and so is every
	// relationship to it (it needs the element id the row returns).
	nodeLate := map[plan.Ref]bool{}
	var nodes []nodeGroup
	var written []plan.Ref
	for _, g := range b.nodes {
		early, late := nodeGroup{label: g.label, touch: g.touch}, nodeGroup{label: g.label, touch: g.touch, phase: 1}
		for _, row := range g.rows {
			ref := plan.Ref{Label: g.label, ID: str(row["id"])}
			if !g.touch {
				written = append(written, ref)
			}
			if isLinkLate(ref) {
				nodeLate[ref] = true
				late.rows = append(late.rows, row)
			} else {
				early.rows = append(early.rows, row)
			}
		}
		for _, x := range []nodeGroup{early, late} {
			if len(x.rows) > 0 {
				nodes = append(nodes, x)
			}
		}
	}
	b.nodes = nodes
	splitRels := func(gs []relGroup) []relGroup {
		var out []relGroup
		for _, g := range gs {
			early, late := relGroup{t: g.t, kind: g.kind}, relGroup{t: g.t, kind: g.kind, phase: 1}
			for i, row := range g.rows {
				l := isLinkLate(g.from[i]) || isLinkLate(g.to[i]) || nodeLate[g.from[i]] || nodeLate[g.to[i]]
				if g.kind == "fact" {
					x, ok := s.lastFact[str(row["fact"])]
					l = l || (ok && x < seq && x > seq-workers)
				}
				if l {
					late.add(g.from[i], g.to[i], row)
				} else {
					early.add(g.from[i], g.to[i], row)
				}
			}
			for _, x := range []relGroup{early, late} {
				if len(x.rows) > 0 {
					out = append(out, x)
				}
			}
		}
		return out
	}
	b.derived, b.links, b.edges = splitRels(b.derived), splitRels(b.links), splitRels(b.edges)

	// Remember what this batch refers to and writes.
	for _, g := range b.nodes {
		for _, row := range g.rows {
			s.lastRef[plan.Ref{Label: g.label, ID: str(row["id"])}] = seq
		}
	}
	for _, ref := range written {
		s.lastWrite[ref] = seq
	}
	for _, gs := range [][]relGroup{b.derived, b.links, b.edges} {
		for _, g := range gs {
			for i := range g.rows {
				for _, ref := range []plan.Ref{g.from[i], g.to[i]} {
					if ref.Label == schema.Article {
						continue
					}
					s.lastRef[ref] = seq
				}
				if g.kind == "fact" {
					s.lastFact[str(g.rows[i]["fact"])] = seq
				}
			}
		}
	}
}
