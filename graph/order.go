package graph

import (
	"github.com/mediakg/mediakg/graph/plan"
)

// Statement order within a batch, for writers side by side.
//
// Neo4j holds a transaction's locks until it commits: the node it creates
// (its unique index entry), a node it writes, a relationship it writes,
// and the nodes it links: a hub too (with hubs in the first phase, the
// waits moved from the event statements to MENTIONS: two transactions
// that link one country wait for each other). A batch that needs one of those while
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

// lateState is the planner's memory, for ordering, of the last batches it
// made (as many as may still be in flight beside the next one): the nodes
// each referred to (wrote, touched or linked) and the fact edges it wrote.
type lateState struct {
	recent []touched
}

type touched struct {
	seq   int
	refs  map[plan.Ref]bool
	facts map[string]bool
}

func newLateState() lateState { return lateState{} }

// order splits the node and relationship groups of batch b, the seq-th
// batch of the load, into two phases (phase 1 runs after every statement
// of phase 0; see writeRows): rows that may meet a lock held by one of the
// workers-1 batches before it go to phase 1. Call after split.
func (s *lateState) order(b *batch, seq, workers int) {
	var inFlight []touched
	for _, t := range s.recent {
		if t.seq < seq && t.seq > seq-workers {
			inFlight = append(inFlight, t)
		}
	}
	// isLate: writing, touching or linking ref may wait (a node the
	// batch refers to is in the row of its node statement, so its links
	// follow the row, whose element id they need).
	isLate := func(ref plan.Ref) bool {
		for _, t := range inFlight {
			if t.refs[ref] {
				return true
			}
		}
		return false
	}
	factLate := func(key string) bool {
		for _, t := range inFlight {
			if t.facts[key] {
				return true
			}
		}
		return false
	}
	mine := touched{seq: seq, refs: map[plan.Ref]bool{}, facts: map[string]bool{}}
	var nodes []nodeGroup
	for _, g := range b.nodes {
		early, late := nodeGroup{label: g.label, touch: g.touch}, nodeGroup{label: g.label, touch: g.touch, phase: 1}
		for _, row := range g.rows {
			ref := plan.Ref{Label: g.label, ID: str(row["id"])}
			mine.refs[ref] = true
			if isLate(ref) {
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
				l := isLate(g.from[i]) || isLate(g.to[i])
				mine.refs[g.from[i]], mine.refs[g.to[i]] = true, true
				if g.kind == "fact" {
					key := str(row["fact"])
					mine.facts[key] = true
					l = l || factLate(key)
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

	// Keep what the batches that may run beside the next ones touched.
	keep := s.recent[:0]
	for _, t := range s.recent {
		if t.seq > seq+1-workers {
			keep = append(keep, t)
		}
	}
	if workers > 1 {
		keep = append(keep, mine)
	}
	s.recent = keep
}
