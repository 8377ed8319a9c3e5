package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
)

// The planner's reads of the graph state for one chunk, in its read
// transaction.

// articleHash returns the content hash the loader keys an article on.
func articleHash(a *document.Article) string { return plan.Hash(a) }

// readArticles returns, for the ids a chunk's documents may take (their
// own and their address's), the articles in the graph with their content
// hash and address; and, for the chunk's content hashes, the article that
// holds each.
func readArticles(ctx context.Context, tx neo4j.ManagedTransaction, chunk []*document.Document, tm *timings) (map[string]articleState, map[string]string, error) {
	ids := make([]string, 0, 2*len(chunk))
	hashes := make([]string, 0, len(chunk))
	for _, d := range chunk {
		ids = append(ids, d.Article.ID, addressID(&d.Article))
		hashes = append(hashes, articleHash(&d.Article))
	}
	byID := map[string]articleState{}
	recs, err := runRead(ctx, tx, existingCypher(), map[string]any{"ids": ids}, tm)
	if err != nil {
		return nil, nil, fmt.Errorf("read articles: %w", err)
	}
	for _, r := range recs {
		m := r.AsMap()
		byID[str(m["id"])] = articleState{hash: str(m["hash"]), address: storedAddress(str(m["url"]), str(m["origin"]))}
	}
	byHash := map[string]string{}
	recs, err = runRead(ctx, tx, hashesCypher(), map[string]any{"hashes": hashes}, tm)
	if err != nil {
		return nil, nil, fmt.Errorf("read content hashes: %w", err)
	}
	for _, r := range recs {
		m := r.AsMap()
		byHash[str(m["hash"])] = str(m["id"])
	}
	return byID, byHash, nil
}

// readEvents returns, for events the load has not touched yet, whether
// each is in the graph (with its state) or else which events of the graph
// it could merge into under the same-event rule (the choice is plan.Best's,
// in Go).
func readEvents(ctx context.Context, tx neo4j.ManagedTransaction, need []plan.EventInfo, window int, tm *timings) (map[string]eventLookup, error) {
	out := map[string]eventLookup{}
	if len(need) == 0 {
		return out, nil
	}
	evs := make([]map[string]any, len(need))
	for i, e := range need {
		var date any
		if e.Date != "" {
			date = e.Date
		}
		evs[i] = map[string]any{"id": e.ID, "type": e.Type, "date": date, "participants": e.Participants}
	}
	recs, err := runRead(ctx, tx, eventCandidatesCypher(), map[string]any{"events": evs, "window": int64(window)}, tm)
	if err != nil {
		return nil, fmt.Errorf("read event candidates: %w", err)
	}
	for _, r := range recs {
		m := r.AsMap()
		lk := eventLookup{exists: m["exists"] == true}
		if lk.exists {
			info, _ := m["info"].(map[string]any)
			lk.info = eventInfo(info)
		}
		for _, c := range asList(m["candidates"]) {
			cm, _ := c.(map[string]any)
			lk.candidates = append(lk.candidates, eventInfo(cm))
		}
		out[str(m["id"])] = lk
	}
	return out, nil
}

// eventInfo reads an event's map as eventCandidatesCypher returns it.
func eventInfo(m map[string]any) plan.EventInfo {
	e := plan.EventInfo{ID: str(m["id"]), Type: str(m["type"]), Date: str(m["date"]), Series: str(m["series"])}
	if o, ok := m["ordinal"].(int64); ok {
		e.Ordinal = int(o)
	}
	for _, p := range asList(m["participants"]) {
		e.Participants = append(e.Participants, str(p))
	}
	sort.Strings(e.Participants)
	return e
}

// runRead runs a read statement and collects its records.
func runRead(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, tm *timings) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	if sum, err := res.Consume(ctx); err == nil {
		tm.addSummary(cypher, paramRows(params), sum)
	}
	return recs, nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
