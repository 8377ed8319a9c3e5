package graph_test

import (
	"context"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// factRows returns every fact edge with its support and summary.
func factRows(t *testing.T, c *graph.Client) []map[string]any {
	t.Helper()
	return query(t, c, "MATCH (a)-[r]->(b) WHERE r.fact IS NOT NULL RETURN r.fact AS fact, r.support AS support, r.article AS article, r.evidence AS evidence, r.confidence AS confidence, r.topics AS topics, r.cameo AS cameo ORDER BY fact", nil)
}

// TestRemoveKeepsWhatOthersState: removing B from A, B, C leaves the
// graph that loading A and C makes: the conference fact A and B both
// state stays with A's support and summary, what only B said is gone
// (its organization, its place, its Statements), and the counts of every
// label and type match.
func TestRemoveKeepsWhatOthersState(t *testing.T) {
	c := fresh(t)
	load(t, c, graph.LoadOptions{}, docA(), docC())
	want := counts(t, c)
	wantFacts := factRows(t, c)

	c = fresh(t)
	load(t, c, graph.LoadOptions{}, docA(), docB(), docC())
	if n := one(t, c, "MATCH (o:Organization {id: 'org:fbc'}) RETURN count(o) AS n", nil); n != int64(1) {
		t.Fatalf("B's organization missing before the removal")
	}
	ctx := context.Background()
	found, err := graph.FindArticles(ctx, c, []graph.ArticleRef{{Arg: "b", URL: "https://example.org/b"}, {Arg: "none", ID: "article:none"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(found[0]) != 1 || found[0][0].ID != "article:test-b" || len(found[1]) != 0 {
		t.Fatalf("found %+v", found)
	}
	st, err := graph.Remove(ctx, c, []string{"article:test-b"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.NodesDeleted == 0 || st.RelsDeleted == 0 {
		t.Errorf("remove stats %+v", st)
	}
	got := counts(t, c)
	for _, n := range schema.Nodes {
		if got.Nodes[n.Label] != want.Nodes[n.Label] {
			t.Errorf("%s: %d nodes after the removal, %d from loading A and C", n.Label, got.Nodes[n.Label], want.Nodes[n.Label])
		}
	}
	for _, r := range schema.Relationships {
		if got.Rels[r.Type] != want.Rels[r.Type] {
			t.Errorf("%s: %d after the removal, %d from loading A and C", r.Type, got.Rels[r.Type], want.Rels[r.Type])
		}
	}
	gotFacts := factRows(t, c)
	if len(gotFacts) != len(wantFacts) {
		t.Fatalf("%d fact edges, want %d", len(gotFacts), len(wantFacts))
	}
	for i := range wantFacts {
		for k, v := range wantFacts[i] {
			if k == "fact" {
				continue // event ids: B's report merged into A's event either way
			}
			if gotFacts[i][k] != nil && v != nil && toString(gotFacts[i][k]) != toString(v) {
				t.Errorf("fact %v: %s = %v, want %v", wantFacts[i]["fact"], k, gotFacts[i][k], v)
			}
		}
	}
	// Removing it again changes nothing.
	st, err = graph.Remove(ctx, c, []string{"article:test-b"})
	if err != nil || st.Articles != 0 || st.NodesDeleted+st.RelsDeleted != 0 {
		t.Errorf("second removal: %+v, %v", st, err)
	}
}

func toString(v any) string {
	switch x := v.(type) {
	case []any:
		s := ""
		for _, e := range x {
			s += toString(e) + ","
		}
		return s
	}
	return fmtAny(v)
}

// TestRemoveMatchesLoadingTheRest: on a corpus whose events repeat, loading
// every article and removing a third of them leaves as many nodes of each
// label and relationships of each type, and as much support, as loading
// the other two thirds.
func TestRemoveMatchesLoadingTheRest(t *testing.T) {
	docs := repeatingCorpus(bench.Synthetic(30, 5), 120)
	// Remove articles whose events only repeat exactly (same ids) or are
	// their own, so that which report came first cannot change an event's
	// id: every third base document.
	var keep, drop []*document.Document
	for i, d := range docs {
		if (i%30)%3 == 0 {
			drop = append(drop, d)
		} else {
			keep = append(keep, d)
		}
	}
	c := fresh(t)
	load(t, c, graph.LoadOptions{BatchSize: 400}, keep...)
	want := summarize(t, c)

	c = fresh(t)
	load(t, c, graph.LoadOptions{BatchSize: 400}, docs...)
	ids := make([]string, len(drop))
	for i, d := range drop {
		ids[i] = d.Article.ID
	}
	st, err := graph.Remove(context.Background(), c, ids)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(drop) {
		t.Errorf("removed %d articles, want %d", st.Articles, len(drop))
	}
	got := summarize(t, c)
	got.Events, want.Events = nil, nil
	compareSummaries(t, "remove vs load the rest", want, got)
}
