package graph

import (
	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// Statement order within a batch, for writers side by side.
//
// Neo4j holds a transaction's locks until it commits, and a batch that
// needs a lock a batch in flight holds waits until that one commits. When
// the wait comes early in its transaction, the two writers run one after
// the other. Which writes wait, measured on Neo4j 5.26 with two open
// transactions (BENCHMARKS.md, "Where the wall time goes"):
//
//   - merging a node that the other transaction created (its unique
//     index entry) waits; merging a node that exists does not, nor does
//     creating a relationship to it, whatever the other transaction
//     created or set on that node;
//   - a MERGE of a relationship that does not find it locks both of its
//     ends: it waits for, and is waited for by, any transaction that
//     creates or merges a relationship of either end;
//   - setting a property of a node waits for another transaction that
//     set one, or merged a relationship of it.
//
// A batch also locks, at its end, the series whose chains it rebuilds
// and merges the chain links between their events (runBatch): those
// events and series count as merged for the batches beside it.
//
// Fact edges the planner knows are new are created, not merged
// (markNewFacts), and the rest of a batch's relationships to shared nodes
// are created too; so a batch writes in two phases: first every row that
// none of those waits can stop, then the rest (phase 1): the nodes a
// batch that may be in flight created or wrote, the rows of those nodes'
// relationships, and the relationship merges (derived links, facts an
// earlier batch sent) that meet a node a batch in flight links. The order
// of statements within a transaction does not change what it writes, so
// the graph stays the one a single writer makes.

// lateState is the planner's memory, for ordering, of the last batches it
// made (as many as may still be in flight beside the next one).
type lateState struct {
	recent []touched
}

// touched is what a batch may hold locks on until it commits.
type touched struct {
	seq int
	// refs: the nodes it refers to (writes, touches or links); created and
	// written: those it creates (first sent by it) and sets properties of;
	// merged: the ends of the derived links it merges; facts: the keys of
	// its fact edges.
	refs, created, written, merged map[plan.Ref]bool
	facts                          map[string]bool
	// series: the series whose chains it rebuilds (as far as the planner
	// knows: those its articles name and those of the events it writes).
	series map[string]bool
}

func newLateState() lateState { return lateState{} }

// order splits the node and relationship groups of batch b, the seq-th
// batch of the load, into two phases (phase 1 runs after every statement
// of phase 0; see writeRows): rows that may wait for a lock held by one of
// the batches before it that may still be in flight go to phase 1. Call after split,
// dropSentDerived and markNewFacts. seriesOf returns the series of an
// event, as far as the planner knows ("" for none); done whether a batch
// has finished. Every batch before b that has not finished may be in
// flight beside it: a writer takes the next batch as soon as it is free,
// so a slow batch may run beside several later ones.
func (s *lateState) order(b *batch, seq, workers int, seriesOf func(plan.Ref) string, done func(int) bool) {
	var inFlight []touched
	keep := s.recent[:0]
	for _, t := range s.recent {
		if done(t.seq) {
			continue
		}
		keep = append(keep, t)
		if t.seq < seq {
			inFlight = append(inFlight, t)
		}
	}
	s.recent = keep
	inAny := func(pick func(touched) map[plan.Ref]bool, ref plan.Ref) bool {
		for _, t := range inFlight {
			if pick(t)[ref] {
				return true
			}
		}
		return false
	}
	created := func(t touched) map[plan.Ref]bool { return t.created }
	written := func(t touched) map[plan.Ref]bool { return t.written }
	// chained: ref is an event or series whose chain a batch in flight
	// may rebuild.
	chained := func(ref plan.Ref) bool {
		id := ref.ID
		switch ref.Label {
		case schema.Event:
			id = seriesOf(ref)
		case schema.EventSeries:
		default:
			return false
		}
		if id == "" {
			return false
		}
		for _, t := range inFlight {
			if t.series[id] {
				return true
			}
		}
		return false
	}
	merged := func(t touched) map[plan.Ref]bool { return t.merged }
	refs := func(t touched) map[plan.Ref]bool { return t.refs }
	factLate := func(key string) bool {
		for _, t := range inFlight {
			if t.facts[key] {
				return true
			}
		}
		return false
	}
	mine := touched{seq: seq, refs: map[plan.Ref]bool{}, created: map[plan.Ref]bool{}, written: map[plan.Ref]bool{},
		merged: map[plan.Ref]bool{}, facts: map[string]bool{}, series: map[string]bool{}}
	for _, id := range b.series {
		mine.series[id] = true
	}
	// lateNode: the phase of each node row; a relationship follows the
	// rows of its ends, whose element ids it needs.
	lateNode := map[plan.Ref]bool{}
	var nodes []nodeGroup
	for _, g := range b.nodes {
		early, late := nodeGroup{label: g.label, touch: g.touch}, nodeGroup{label: g.label, touch: g.touch, phase: 1}
		for _, row := range g.rows {
			ref := plan.Ref{Label: g.label, ID: str(row["id"])}
			mine.refs[ref] = true
			if b.created[ref] {
				mine.created[ref] = true
			}
			l := inAny(created, ref)
			if !g.touch {
				mine.written[ref] = true
				if sid := seriesOf(ref); ref.Label == schema.Event && sid != "" {
					mine.series[sid] = true
				}
				l = l || inAny(written, ref) || inAny(merged, ref) || chained(ref)
			}
			if l {
				lateNode[ref] = true
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
			early, late := relGroup{t: g.t, kind: g.kind, create: g.create}, relGroup{t: g.t, kind: g.kind, create: g.create, phase: 1}
			merge := g.kind == "derived" || (g.kind == "fact" && !g.create)
			for i, row := range g.rows {
				from, to := g.from[i], g.to[i]
				mine.refs[from], mine.refs[to] = true, true
				l := lateNode[from] || lateNode[to]
				if merge {
					// A fact row merged is one an earlier batch sent: it finds
					// the edge (that batch has committed when this row runs,
					// see factLate) and locks nothing; a derived link may be
					// new, and its MERGE then locks both ends.
					if g.kind == "derived" {
						mine.merged[from], mine.merged[to] = true, true
					}
					l = l || inAny(refs, from) || inAny(refs, to)
				} else {
					l = l || inAny(merged, from) || inAny(merged, to)
				}
				l = l || chained(from) || chained(to)
				if g.kind == "fact" {
					key := str(row["fact"])
					mine.facts[key] = true
					l = l || factLate(key)
				}
				if l {
					late.add(from, to, row)
				} else {
					early.add(from, to, row)
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
	if workers > 1 {
		s.recent = append(s.recent, mine)
	}
}
