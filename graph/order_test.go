package graph

import (
	"fmt"
	"testing"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// orderBatch is a batch of one article that mentions each of nodes, and
// for events states the hub's participation (a new fact edge, created,
// unless merged names the event): rows that write the nodes in written,
// touch rows for the others; created are the nodes no batch sent before.
func orderBatch(article string, written, created, merged map[plan.Ref]bool, nodes ...plan.Ref) *batch {
	b := &batch{created: map[plan.Ref]bool{}}
	art := plan.Ref{Label: schema.Article, ID: article}
	mentions := relGroup{t: schema.Mentions, kind: "link"}
	facts := relGroup{t: schema.ParticipatedIn, kind: "fact", create: true}
	merges := relGroup{t: schema.ParticipatedIn, kind: "fact"}
	for _, n := range nodes {
		b.nodes = append(b.nodes, nodeGroup{label: n.Label, touch: !written[n], rows: []map[string]any{{"id": n.ID}}})
		if created[n] {
			b.created[n] = true
		}
		mentions.add(art, n, map[string]any{"count": int64(1)})
		if n.Label == schema.Event {
			g := &facts
			if merged[n] {
				g = &merges
			}
			g.add(hubRef, n, map[string]any{"fact": "PARTICIPATED_IN|country:CHN|" + n.ID + "|"})
		}
	}
	b.links = []relGroup{mentions}
	for _, g := range []relGroup{facts, merges} {
		if len(g.rows) > 0 {
			b.edges = append(b.edges, g)
		}
	}
	return b
}

func noSeries(plan.Ref) string { return "" }

// doneBefore says, for the planning of batch seq, that every batch but
// the one just before it has finished (two writers, batches finishing in
// order).
func doneBefore(seq int) func(int) bool { return func(s int) bool { return s < seq-1 } }

var hubRef = plan.Ref{Label: schema.Country, ID: "country:CHN"}

// phases returns, for each node id and relationship end, the phase its
// row runs in, and fails when a row is lost or doubled.
func phases(t *testing.T, b *batch, rows int) map[string]int {
	t.Helper()
	out := map[string]int{}
	node := map[plan.Ref]int{}
	n := 0
	for _, g := range b.nodes {
		for _, r := range g.rows {
			out[fmt.Sprintf("node %s", r["id"])] = g.phase
			node[plan.Ref{Label: g.label, ID: str(r["id"])}] = g.phase
			n++
		}
	}
	for _, gs := range [][]relGroup{b.links, b.edges} {
		for _, g := range gs {
			for i := range g.rows {
				out[fmt.Sprintf("%s %s", g.t, g.to[i].ID)] = g.phase
				n++
				// A relationship runs after the rows of its ends.
				for _, end := range []plan.Ref{g.from[i], g.to[i]} {
					if p, ok := node[end]; ok && p > g.phase {
						t.Errorf("%s %s->%s in phase %d, before its end %s (phase %d)", g.t, g.from[i].ID, g.to[i].ID, g.phase, end.ID, p)
					}
				}
			}
		}
	}
	if n != rows {
		t.Fatalf("%d rows after ordering, want %d", n, rows)
	}
	return out
}

func TestOrderPutsWhatABatchInFlightHoldsLast(t *testing.T) {
	summit := plan.Ref{Label: schema.Event, ID: "event:summit"}
	forum := plan.Ref{Label: schema.Event, ID: "event:forum"}
	hub := hubRef
	set := func(refs ...plan.Ref) map[plan.Ref]bool {
		m := map[plan.Ref]bool{}
		for _, r := range refs {
			m[r] = true
		}
		return m
	}
	check := func(name string, b *batch, rows int, want map[string]int) {
		t.Helper()
		got := phases(t, b, rows)
		for k, p := range want {
			if got[k] != p {
				t.Errorf("%s: %s in phase %d, want %d", name, k, got[k], p)
			}
		}
	}
	s := newLateState()
	// Batch 1 creates the summit and links the hub (which a batch that has
	// committed sent): nothing before it, all in phase 0.
	b1 := orderBatch("article:1", set(summit), set(summit), nil, summit, hub)
	s.order(b1, 1, 2, noSeries, doneBefore(1))
	check("first batch", b1, 5, map[string]int{"node event:summit": 0, "node country:CHN": 0, "MENTIONS event:summit": 0,
		"MENTIONS country:CHN": 0, "PARTICIPATED_IN event:summit": 0})
	// Batch 2, beside batch 1, reports the summit again (batch 1 creates
	// it: merging it waits) and creates the forum; it touches the hub and
	// creates relationships to it, which wait for nothing.
	b2 := orderBatch("article:2", set(forum), set(forum), nil, summit, hub, forum)
	s.order(b2, 2, 2, noSeries, doneBefore(2))
	check("second batch", b2, 8, map[string]int{
		"node event:summit": 1, "MENTIONS event:summit": 1, "PARTICIPATED_IN event:summit": 1,
		"node country:CHN": 0, "MENTIONS country:CHN": 0,
		"node event:forum": 0, "MENTIONS event:forum": 0, "PARTICIPATED_IN event:forum": 0,
	})
	// Batch 3, beside batch 2 (not batch 1): it adds values to the forum
	// (batch 2 writes it) and to the hub (which batch 2 only touches), and
	// merges the fact of the hub and the forum that batch 2 creates.
	b3 := orderBatch("article:3", set(forum, hub), nil, set(forum), forum, hub)
	s.order(b3, 3, 2, noSeries, doneBefore(3))
	check("third batch", b3, 5, map[string]int{
		"node event:forum": 1, "MENTIONS event:forum": 1, "PARTICIPATED_IN event:forum": 1,
		"node country:CHN": 0, "MENTIONS country:CHN": 0,
	})
	// Batch 4, beside batch 3, which writes the hub: writing it again
	// waits, and so do the relationships that need its row; a node of its
	// own does not.
	fresh := plan.Ref{Label: schema.Event, ID: "event:new"}
	b4 := orderBatch("article:4", set(hub, fresh), set(fresh), nil, hub, fresh)
	s.order(b4, 4, 2, noSeries, doneBefore(4))
	check("fourth batch", b4, 5, map[string]int{
		"node country:CHN": 1, "MENTIONS country:CHN": 1, "PARTICIPATED_IN event:new": 1,
		"node event:new": 0, "MENTIONS event:new": 0,
	})
	// Batch 5, beside batch 4, merges a derived link of the hub (which
	// may be new, and then locks it): batch 6, beside it, creates its
	// relationships to the hub in phase 1.
	b5 := orderBatch("article:5", nil, nil, nil, hub)
	b5.derived = []relGroup{{t: schema.BasedIn, kind: "derived"}}
	org := plan.Ref{Label: schema.Organization, ID: "org:agency"}
	b5.nodes = append(b5.nodes, nodeGroup{label: org.Label, touch: true, rows: []map[string]any{{"id": org.ID}}})
	b5.derived[0].add(org, hub, map[string]any{})
	s.order(b5, 5, 2, noSeries, doneBefore(5))
	b6 := orderBatch("article:6", nil, nil, nil, hub)
	s.order(b6, 6, 2, noSeries, doneBefore(6))
	check("sixth batch", b6, 2, map[string]int{"node country:CHN": 0, "MENTIONS country:CHN": 1})
	// Batch 7 rebuilds the chain of a series, and so may merge chain links
	// of its events: batch 8, beside it, links an event of that series
	// (which batch 7 does not name) in phase 1, and another in phase 0.
	member := plan.Ref{Label: schema.Event, ID: "event:assembly-2"}
	inSeries := func(r plan.Ref) string {
		if r == member {
			return "series:assembly"
		}
		return ""
	}
	b7 := orderBatch("article:7", nil, nil, nil, hub)
	b7.series = []string{"series:assembly"}
	s.order(b7, 7, 2, inSeries, doneBefore(7))
	b8 := orderBatch("article:8", nil, nil, set(member, forum), member, forum)
	s.order(b8, 8, 2, inSeries, doneBefore(8))
	check("eighth batch", b8, 6, map[string]int{"MENTIONS event:assembly-2": 1, "MENTIONS event:forum": 0})
	// A batch that has not finished may run beside any later one: batch 9,
	// planned while batch 7 is still in flight (batch 8 finished first),
	// links the event of batch 7's series in phase 1.
	b9 := orderBatch("article:9", nil, nil, set(member), member)
	s.order(b9, 9, 2, inSeries, func(seq int) bool { return seq != 7 })
	check("ninth batch", b9, 3, map[string]int{"MENTIONS event:assembly-2": 1})
	// The memory holds only the batches that have not finished.
	if len(s.recent) != 2 || s.recent[0].seq != 7 || s.recent[1].seq != 9 {
		t.Errorf("the state holds %d batches, want 7 and 9", len(s.recent))
	}
	// One writer: nothing is ever late.
	one := newLateState()
	for i := 1; i <= 3; i++ {
		b := orderBatch(fmt.Sprintf("article:%d", i), set(hub, summit), set(summit), set(forum), summit, hub, forum)
		one.order(b, i, 1, noSeries, doneBefore(i))
		for k, p := range phases(t, b, 8) {
			if p != 0 {
				t.Errorf("one writer, batch %d: %s in phase %d", i, k, p)
			}
		}
	}
	if len(one.recent) != 0 {
		t.Errorf("one writer: the state holds %d batches, want none", len(one.recent))
	}
}

func TestDerivedLinksSentOnce(t *testing.T) {
	org := plan.Ref{Label: schema.Organization, ID: "org:xinhua"}
	person := plan.Ref{Label: schema.Person, ID: "person:wang-yi"}
	place := plan.Ref{Label: schema.Place, ID: "place:beijing"}
	derived := func(seq int, replace []string, from ...plan.Ref) *batch {
		g := relGroup{t: schema.BasedIn, kind: "derived"}
		for _, f := range from {
			g.add(f, hubRef, map[string]any{})
		}
		return &batch{seq: seq, replace: replace, derived: []relGroup{g}}
	}
	ends := func(b *batch) string {
		var out []string
		for _, g := range b.derived {
			for i := range g.rows {
				out = append(out, g.from[i].ID)
			}
		}
		return fmt.Sprint(out)
	}
	r := newRunState(3)
	// Batch 1 committed; batch 2 is in flight when batch 3 is planned.
	finished := map[int]bool{1: true}
	state := func(seq int) (bool, bool) {
		whole, done := finished[seq]
		return done, whole
	}
	b1 := derived(1, nil, org)
	r.dropSentDerived(b1, state)
	b2 := derived(2, nil, org, person)
	r.dropSentDerived(b2, state)
	b3 := derived(3, nil, org, person)
	r.dropSentDerived(b3, state)
	if got := ends(b1) + ends(b2) + ends(b3); got != "[org:xinhua][person:wang-yi][person:wang-yi]" {
		t.Errorf("derived links written: %s, want the org's once, the person's again while batch 2 is in flight", got)
	}
	// Batch 2 committed: batch 4 sends neither again.
	finished[2], finished[3] = true, true
	b4 := derived(4, nil, org, person, place)
	r.dropSentDerived(b4, state)
	if got := ends(b4); got != "[place:beijing]" {
		t.Errorf("after batch 2 committed: %s, want only the new link", got)
	}
	// Batch 4 failed in part: the place's link is sent again, and then
	// batch 5 is its first batch.
	finished[4] = false
	b5 := derived(5, nil, place)
	r.dropSentDerived(b5, state)
	finished[5] = true
	b6 := derived(6, nil, place)
	r.dropSentDerived(b6, state)
	if got := ends(b5) + ends(b6); got != "[place:beijing][]" {
		t.Errorf("after a batch that failed in part: %s, want the link once more", got)
	}
	// A batch that replaces articles may delete nodes with their links:
	// it and the batches after it send them again.
	b7 := derived(7, []string{"article:x"}, org, person)
	r.dropSentDerived(b7, state)
	if got := ends(b7); got != "[org:xinhua person:wang-yi]" {
		t.Errorf("after a replacing batch: %s, want both again", got)
	}
}
