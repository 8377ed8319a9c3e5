package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// runState is the planner's memory of one load. Only the planner reads or
// changes it, in stream order, so what it decides does not depend on when
// the writers commit:
//
//   - events holds every event the load has touched, complete: an event
//     that was in the graph before the load is read from the graph once,
//     with all its participants, when first touched, and every report the
//     load resolves to it adds its participants. Events are matched and
//     merged (the same-event rule) against this memory first, and against
//     the graph only for events the load has not touched, whose state in
//     the graph is the one from before the load.
//   - nodes holds, for every node the load has written, the properties it
//     sent (merged as the server merges them, plan.MergeProps). A batch
//     writes only what its rows add to them (split), so batches in flight
//     write different properties of a node, and may run side by side.
type runState struct {
	events *plan.EventIndex
	nodes  map[plan.Ref]map[string]any
	// late orders each batch's statements for writers side by side
	// (order.go).
	late lateState
	// derived holds the derived links (BASED_IN, PART_OF) the load has
	// sent since the last batch that replaced articles, with the batch
	// that sent each: a batch does not merge again one that a committed
	// batch wrote (dropSentDerived).
	derived map[derivedLink]int
	// facts holds the key of every fact edge the load has sent: a batch
	// merges those, and creates the others when the graph holds no edge
	// of their key (markNewFacts).
	facts map[string]bool
}

// derivedLink is a derived link by type and endpoints.
type derivedLink struct {
	t        schema.RelType
	from, to plan.Ref
}

// dropSentDerived removes from b the derived links that an earlier batch
// of the load has written, committed whole (finished reports whether a
// batch has finished, and if so whether every article of it was written):
// merging one again finds it and writes nothing, at some 20 database hits
// a row (BASED_IN of an organization every batch mentions). A link whose
// first batch is still in flight, or failed in part, is sent again (and
// b becomes its first batch if that one failed). A batch that replaces
// articles may delete nodes with their links (orphans), so from it on
// everything is sent again.
func (r *runState) dropSentDerived(b *batch, finished func(seq int) (done, whole bool)) {
	if len(b.replace) > 0 {
		r.derived = map[derivedLink]int{}
	}
	var out []relGroup
	for _, g := range b.derived {
		keep := relGroup{t: g.t, kind: g.kind, phase: g.phase, create: g.create}
		for i, row := range g.rows {
			k := derivedLink{g.t, g.from[i], g.to[i]}
			if seq, ok := r.derived[k]; ok {
				done, whole := finished(seq)
				if done && whole {
					continue
				}
				if done {
					r.derived[k] = b.seq
				}
			} else {
				r.derived[k] = b.seq
			}
			keep.add(g.from[i], g.to[i], row)
		}
		if len(keep.rows) > 0 {
			out = append(out, keep)
		}
	}
	b.derived = out
}

// seriesOf returns the series of event ref as the load knows it ("" for
// none, or for a node that is no event of the load).
func (r *runState) seriesOf(ref plan.Ref) string {
	if ref.Label != schema.Event {
		return ""
	}
	e, _ := r.events.Get(ref.ID)
	return e.Series
}

func newRunState(window int) *runState {
	return &runState{events: plan.NewEventIndex(window), nodes: map[plan.Ref]map[string]any{}, late: newLateState(), derived: map[derivedLink]int{}, facts: map[string]bool{}}
}

// eventLookup is the graph's answer for one event id the load has not
// touched: whether it exists (and then its state), else the events in the
// graph it could merge into.
type eventLookup struct {
	exists     bool
	info       plan.EventInfo
	candidates []plan.EventInfo
}

// resolve returns the id event e resolves to and records it.
func (r *runState) resolve(e plan.EventInfo, lk eventLookup) string {
	x := r.events
	id := e.ID
	switch _, held := x.Get(e.ID); {
	case held:
	case lk.exists:
		x.Add(lk.info, e.ID)
	default:
		cands := x.Candidates(e)
		var fromGraph []plan.EventInfo
		for _, c := range lk.candidates {
			if _, held := x.Get(c.ID); !held {
				fromGraph = append(fromGraph, c)
			}
		}
		if best := plan.Best(e, append(cands, fromGraph...), x.Window); best != "" {
			id = best
			if _, held := x.Get(best); !held {
				for _, c := range fromGraph {
					if c.ID == best {
						x.Add(c, best)
					}
				}
			}
		}
	}
	x.Add(e, id)
	return id
}

// split turns the node rows of b into what the batch must write, given
// what the load has sent for each node before (in stream order):
//
//   - a row that adds nothing is a touch: it carries everything sent for
//     the node (the node may not exist yet when the batch that sent it is
//     still in flight), and its statement creates the node with that if it
//     is missing but never changes an existing one;
//   - a row that adds values is written as its delta (plan.MergeDelta):
//     the values no earlier row gave, the list items no earlier row had.
//     Deltas of different batches touch different properties (each value
//     belongs to the first row that gives it), so they may be written in
//     any order, and b.deltas holds their nodes;
//   - a more confident row that replaces values is written whole, and
//     b.overrides holds its node: it waits for, and is waited for by,
//     every other batch that writes that node (schedule.go).
func (r *runState) split(b *batch) {
	b.deltas, b.overrides, b.created = map[plan.Ref]bool{}, map[plan.Ref]bool{}, map[plan.Ref]bool{}
	var groups []nodeGroup
	for _, g := range b.nodes {
		key := schema.KeyProperty(g.label)
		write, touch := nodeGroup{label: g.label}, nodeGroup{label: g.label, touch: true}
		for _, row := range g.rows {
			ref := plan.Ref{Label: g.label, ID: str(row["id"])}
			sent, ok := r.nodes[ref]
			if !ok {
				sent = map[string]any{}
				r.nodes[ref] = sent
				b.created[ref] = true
			}
			delta, override := plan.MergeDelta(sent, row)
			switch {
			case override:
				b.overrides[ref] = true
				write.rows = append(write.rows, row)
			case len(delta) > 0:
				b.deltas[ref] = true
				delta["id"], delta[key] = row["id"], row[key]
				write.rows = append(write.rows, delta)
			default:
				snap := make(map[string]any, len(sent))
				for k, v := range sent {
					snap[k] = v
				}
				touch.rows = append(touch.rows, snap)
			}
		}
		for _, x := range []nodeGroup{write, touch} {
			if len(x.rows) > 0 {
				groups = append(groups, x)
			}
		}
	}
	b.nodes = groups
}

// flush classifies a chunk against the graph (identity and duplicates),
// resolves its events, plans its articles and hands the batch to the
// scheduler.
func (l *loader) flush(ctx context.Context, chunk []*document.Document) (err error) {
	if len(chunk) == 0 {
		return nil
	}
	view := identityView{}
	var decisions []decision
	var lookups map[string]eventLookup
	var tm timings
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		tm = nil
		var err error
		if l.pre.articles > 0 {
			view.graphIDs, view.graphHashes, err = readArticles(ctx, tx, chunk, &tm)
			if err != nil {
				return nil, err
			}
		}
		l.mu.Lock()
		view.run, view.runHashes = l.articles, l.hashes
		decisions = classify(chunk, view, l.opts.Force)
		l.mu.Unlock()
		var need []plan.EventInfo
		seen := map[string]bool{}
		for _, d := range decisions {
			if d.skip {
				continue
			}
			for _, e := range plan.Events(d.doc) {
				if _, held := l.run.events.Get(e.ID); held || seen[e.ID] {
					continue
				}
				seen[e.ID] = true
				need = append(need, e)
			}
		}
		if l.pre.events > 0 {
			lookups, err = readEvents(ctx, tx, need, l.opts.window(), &tm)
		}
		return nil, err
	}
	attempts, rerr := l.c.retry(ctx, "read of the graph state", func(int) error {
		sess := l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeRead})
		defer sess.Close(context.Background())
		_, err := sess.ExecuteRead(ctx, work)
		return err
	})
	l.addRetries(attempts)
	if err := rerr; err != nil {
		return l.readFailed(ctx, err, chunk)
	}
	// A new version of an article of this chunk goes into the next batch,
	// which replaces it once this one is written.
	if rest := chunk[len(decisions):]; len(rest) > 0 {
		defer func() {
			if err == nil {
				err = l.flush(ctx, rest)
			}
		}()
	}

	// Resolve events in stream order, then plan.
	var arts []*plan.Article
	var states []articleState
	var replace []string
	unchanged, copies, own, dropped := 0, 0, 0, 0
	for _, d := range decisions {
		if d.skip {
			unchanged++
			if d.copy {
				copies++
			}
			continue
		}
		doc := d.doc
		if d.id != doc.Article.ID {
			cp := *doc
			cp.Article.ID = d.id
			doc = &cp
		}
		remap := map[string]string{}
		for _, e := range plan.Events(doc) {
			if id := l.run.resolve(e, lookups[e.ID]); id != e.ID {
				remap[e.ID] = id
			}
		}
		a, err := plan.Build(doc, remap)
		if err != nil {
			l.fail(ArticleError{ID: doc.Article.ID, Origin: doc.Article.Origin, Err: err}, 1)
			continue
		}
		dropped += len(a.Dropped)
		if d.replace {
			replace = append(replace, a.ID)
		}
		if d.ownAddress {
			own++
		}
		arts = append(arts, a)
		states = append(states, stateOf(&doc.Article))
	}
	l.mu.Lock()
	l.stats.times.merge(tm)
	l.stats.Unchanged += unchanged
	l.stats.Copies += copies
	l.stats.Articles += unchanged
	l.stats.Dropped += dropped
	l.stats.OwnAddress += own
	l.stats.Extracted += len(chunk)
	l.mu.Unlock()
	if len(arts) == 0 {
		l.progress.update(&l.stats, &l.mu)
		return nil
	}
	b := newBatch(arts, replace)
	l.run.split(b)
	l.batches++
	b.seq = l.batches
	l.mu.Lock()
	l.run.dropSentDerived(b, func(seq int) (bool, bool) {
		whole, done := l.finished[seq]
		return done, whole
	})
	l.mu.Unlock()
	l.markNewFacts(ctx, b)
	l.run.late.order(b, l.batches, l.opts.workers(), l.run.seriesOf, l.done)
	if l.batches == l.opts.ProfileBatch && l.opts.Profile != nil {
		b.profile = l.opts.Profile
		fmt.Fprintf(b.profile, "PROFILE of batch %d: %d articles, %d rows\n", l.batches, len(arts), b.rows())
	}
	l.mu.Lock()
	for i, a := range arts {
		l.articles[a.ID] = states[i]
		l.hashes[states[i].hash] = a.ID
	}
	l.mu.Unlock()
	t := time.Now()
	err = l.sched.submit(ctx, b)
	l.stages.submit += time.Since(t)
	if err != nil {
		l.mu.Lock()
		l.forget(arts)
		l.mu.Unlock()
		return err
	}
	l.progress.update(&l.stats, &l.mu)
	return nil
}

// forget drops articles that were not written (their batch failed, or
// the load stopped before it) from the load's memory. Call with l.mu held.
func (l *loader) forget(arts []*plan.Article) {
	for _, a := range arts {
		if st, ok := l.articles[a.ID]; ok {
			delete(l.articles, a.ID)
			if l.hashes[st.hash] == a.ID {
				delete(l.hashes, st.hash)
			}
		}
	}
}

// readPre reads what the graph holds as the load begins: how many articles
// and events.
func (l *loader) readPre(ctx context.Context) error {
	attempts, err := l.c.retry(ctx, "read of the graph size", func(int) error {
		sess := l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeRead})
		defer sess.Close(context.Background())
		_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			recs, err := runRead(ctx, tx, sizeCypher(), nil, new(timings))
			if err != nil || len(recs) != 1 {
				return nil, err
			}
			a, _ := recs[0].Get("articles")
			e, _ := recs[0].Get("events")
			l.pre.articles, _ = a.(int64)
			l.pre.events, _ = e.(int64)
			return nil, nil
		})
		return err
	})
	l.addRetries(attempts)
	if err != nil {
		if isUnavailable(err) {
			return unavailable(err)
		}
		return fmt.Errorf("read the graph's size: %w", err)
	}
	return nil
}

// markNewFacts splits the fact rows of b into those whose edge is new,
// which the batch creates (factCreateCypher), and the rest, which it
// merges: a key is new when no batch of the load has sent it before (in
// stream order, whatever has committed) and the graph held no edge of
// it when the load began. A graph without articles holds no fact edge
// (an edge lives as long as a Statement supports it), so a load into it
// reads nothing; otherwise the planner reads which of the batch's new
// keys have an edge (existingFactsCypher), and merges all of the batch's
// rows if that read fails. A batch that replaces articles merges every
// row.
//
// A MERGE of an edge that another transaction is creating does not find
// it, creates it again and fails on the key's constraint once the other
// has committed: writeOne then writes the batch again, and the MERGE finds
// the edge (isFactRace).
func (l *loader) markNewFacts(ctx context.Context, b *batch) {
	r := l.run
	var fresh map[schema.RelType][]string
	if len(b.replace) == 0 {
		fresh = map[schema.RelType][]string{}
		listed := map[string]bool{}
		for _, g := range b.edges {
			for _, row := range g.rows {
				// a key stated by two articles of the batch is read once
				if k := str(row["fact"]); !r.facts[k] && !listed[k] {
					listed[k] = true
					fresh[g.t] = append(fresh[g.t], k)
				}
			}
		}
		if l.pre.articles > 0 && len(fresh) > 0 {
			existing, err := l.readFacts(ctx, fresh)
			if err != nil {
				fresh = nil
			}
			for t, keys := range fresh {
				kept := keys[:0]
				for _, k := range keys {
					if !existing[k] {
						kept = append(kept, k)
					}
				}
				fresh[t] = kept
			}
		}
	}
	isNew := map[string]bool{}
	for _, keys := range fresh {
		for _, k := range keys {
			isNew[k] = true
		}
	}
	var out []relGroup
	for _, g := range b.edges {
		create, merge := relGroup{t: g.t, kind: g.kind, phase: g.phase, create: true}, relGroup{t: g.t, kind: g.kind, phase: g.phase}
		for i, row := range g.rows {
			k := str(row["fact"])
			r.facts[k] = true
			if isNew[k] {
				// the first row of a new key creates its edge; another
				// row of the same key in the batch (two articles stating
				// one fact) merges into it, after the create
				create.add(g.from[i], g.to[i], row)
				isNew[k] = false
			} else {
				merge.add(g.from[i], g.to[i], row)
			}
		}
		for _, x := range []relGroup{create, merge} {
			if len(x.rows) > 0 {
				out = append(out, x)
			}
		}
	}
	b.edges = out
}

// readFacts returns which of keys (by type) have an edge in the graph.
func (l *loader) readFacts(ctx context.Context, keys map[schema.RelType][]string) (map[string]bool, error) {
	found := map[string]bool{}
	var tm timings
	attempts, err := l.c.retry(ctx, "read of existing fact edges", func(int) error {
		sess := l.c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.c.Database, AccessMode: neo4j.AccessModeRead})
		defer sess.Close(context.Background())
		_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			tm = nil
			for _, t := range sortedTypes(keys) {
				recs, err := runRead(ctx, tx, existingFactsCypher(t), map[string]any{"facts": keys[t]}, &tm)
				if err != nil {
					return nil, err
				}
				for _, rec := range recs {
					f, _ := rec.Get("fact")
					found[str(f)] = true
				}
			}
			return nil, nil
		})
		return err
	})
	l.addRetries(attempts)
	l.mu.Lock()
	l.stats.times.merge(tm)
	l.mu.Unlock()
	return found, err
}

// done reports whether batch seq of the load has finished (committed or
// failed); batches that have not may be in flight beside the next ones,
// whatever their number (a writer takes the next batch as soon as it is
// free, and a slow batch may run beside several later ones).
func (l *loader) done(seq int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, ok := l.finished[seq]
	return ok
}
