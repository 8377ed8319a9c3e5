package graph_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/nlp/document"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// repeatingCorpus returns n documents made from made-up base documents
// (bench.Synthetic) the way wire copies and follow-ups repeat events: copy
// r of a base document keeps its event ids (r%3 == 0: the same report
// again), moves its events one day and renames them (r%3 == 1: merged by
// the same-event window), or moves them 40 days and renames them (r%3 ==
// 2: new events). Every copy is an article of its own.
func repeatingCorpus(base []*document.Document, n int) []*document.Document {
	out := make([]*document.Document, 0, n)
	for i := 0; i < n; i++ {
		d := base[i%len(base)]
		r := i / len(base)
		if r == 0 {
			out = append(out, d)
			continue
		}
		shift := []int{0, 1, 40}[r%3]
		suf := fmt.Sprintf("~c%d", r)
		ev := func(id string) string {
			if r%3 != 0 && strings.HasPrefix(id, document.PrefixEvent+":") {
				return id + suf
			}
			return id
		}
		c := *d
		c.Article.ID += suf
		c.Article.URL += suf
		c.Article.ContentHash += suf
		c.Events = make([]document.Event, len(d.Events))
		for k, e := range d.Events {
			e.ID = ev(e.ID)
			e.Date = shiftDate(e.Date, shift)
			c.Events[k] = e
		}
		c.Relations = make([]document.Relation, len(d.Relations))
		for k, rel := range d.Relations {
			rel.From, rel.To, rel.Event = ev(rel.From), ev(rel.To), ev(rel.Event)
			c.Relations[k] = rel
		}
		out = append(out, &c)
	}
	return out
}

func shiftDate(s string, days int) string {
	if days == 0 || len(s) < 10 {
		return s
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, days).Format("2006-01-02") + s[10:]
}

// graphSummary is what the loader must reproduce on the same input: node
// and relationship counts and the totals of the fact edges.
type graphSummary struct {
	Nodes   map[string]int64 `json:"nodes"`
	Rels    map[string]int64 `json:"rels"`
	Support int64            `json:"support"`
	Events  []string         `json:"events_sample"`
}

func summarize(t *testing.T, c *graph.Client) graphSummary {
	t.Helper()
	n := counts(t, c)
	s := graphSummary{Nodes: map[string]int64{}, Rels: map[string]int64{}}
	for l, v := range n.Nodes {
		s.Nodes[string(l)] = v
	}
	for r, v := range n.Rels {
		s.Rels[string(r)] = v
	}
	s.Support = one(t, c, "MATCH ()-[r]->() WHERE r.fact IS NOT NULL RETURN sum(r.support) AS n", nil).(int64)
	// Which reports merged into which events: the events with the most
	// reports, by id.
	for _, r := range query(t, c, "MATCH (e:Event)<-[:REPORTS]-(a) WITH e, count(a) AS n ORDER BY n DESC, e.id LIMIT 25 RETURN e.id + ' ' + toString(n) AS x", nil) {
		s.Events = append(s.Events, r["x"].(string))
	}
	return s
}

// TestLoaderCountsMatchGolden loads a corpus whose events repeat across
// articles (same ids, the same-event window, new events) in small batches
// and compares the graph's counts with those the loader of commit 7b5baac
// (before the ingest round) produced on the same input, recorded in
// testdata/repeating-counts.json.
func TestLoaderCountsMatchGolden(t *testing.T) {
	c := fresh(t)
	docs := repeatingCorpus(bench.Synthetic(40, 11), 400)
	load(t, c, graph.LoadOptions{BatchSize: 600}, docs...)
	got := summarize(t, c)
	path := filepath.Join("testdata", "repeating-counts.json")
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want graphSummary
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	compareSummaries(t, "golden", want, got)
}

func compareSummaries(t *testing.T, what string, want, got graphSummary) {
	t.Helper()
	keys := func(m map[string]int64) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	for _, k := range keys(want.Nodes) {
		if got.Nodes[k] != want.Nodes[k] {
			t.Errorf("%s: %s nodes: %d, want %d", what, k, got.Nodes[k], want.Nodes[k])
		}
	}
	for _, k := range keys(want.Rels) {
		if got.Rels[k] != want.Rels[k] {
			t.Errorf("%s: %s relationships: %d, want %d", what, k, got.Rels[k], want.Rels[k])
		}
	}
	if got.Support != want.Support {
		t.Errorf("%s: total support %d, want %d", what, got.Support, want.Support)
	}
	if strings.Join(got.Events, "\n") != strings.Join(want.Events, "\n") {
		t.Errorf("%s: most reported events:\n%s\nwant\n%s", what, strings.Join(got.Events, "\n"), strings.Join(want.Events, "\n"))
	}
}

func fmtAny(v any) string { return fmt.Sprint(v) }
