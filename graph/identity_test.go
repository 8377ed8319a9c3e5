package graph_test

import (
	"context"
	"fmt"
	"iter"
	"sort"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// TestCopyUnderAnotherIDIsSkipped: the same content read under another id
// (another file name, another address) is not a second Article: it is
// skipped as a copy, in the same load and in a later one, even with Force.
func TestCopyUnderAnotherIDIsSkipped(t *testing.T) {
	c := fresh(t)
	cp := docA()
	cp.Article.ID, cp.Article.URL, cp.Article.Origin = "article:test-a-copy", "https://mirror.example/a", "test:a-copy"
	st := load(t, c, graph.LoadOptions{}, docA(), cp, docB())
	if st.Added != 2 || st.Copies != 1 || st.Unchanged != 1 || st.Articles != 3 {
		t.Errorf("first load: %+v", st)
	}
	before := counts(t, c)
	support := one(t, c, "MATCH ()-[r:COOPERATES_WITH]->() RETURN sum(r.support) AS n", nil)
	for _, force := range []bool{false, true} {
		cp2 := docA()
		cp2.Article.ID, cp2.Article.URL = "article:test-a-copy-2", "file:///elsewhere/a.html"
		st = load(t, c, graph.LoadOptions{Force: force}, cp2)
		if st.Copies != 1 || st.Added+st.Replaced != 0 {
			t.Errorf("copy in a later load (force %v): %+v", force, st)
		}
	}
	if after := counts(t, c); after.Nodes[schema.Article] != 2 || after.Rels[schema.States] != before.Rels[schema.States] {
		t.Errorf("articles %d (want 2), statements %d (want %d)", after.Nodes[schema.Article], after.Rels[schema.States], before.Rels[schema.States])
	}
	if s := one(t, c, "MATCH ()-[r:COOPERATES_WITH]->() RETURN sum(r.support) AS n", nil); s != support {
		t.Errorf("support %v, was %v: a copy counted as a second report", s, support)
	}
}

// sharedCanonical returns two articles that share a canonical link (and
// so the reader's id) but say different things, read at two addresses.
func sharedCanonical() (*document.Document, *document.Document) {
	x, y := docA(), docB()
	x.Article.ID, y.Article.ID = "article:canonical", "article:canonical"
	x.Article.CanonicalURL = "https://example.org/original"
	y.Article.CanonicalURL = "https://example.org/original"
	return x, y
}

// TestSharedCanonicalLinkKeepsBoth: two inputs whose pages name the same
// canonical link but differ in content are two articles, the second under
// the id of its own address; loading them again replaces nothing, in
// either order, and a changed version of either replaces only itself.
func TestSharedCanonicalLinkKeepsBoth(t *testing.T) {
	for _, order := range []string{"xy", "yx"} {
		t.Run(order, func(t *testing.T) {
			c := fresh(t)
			x, y := sharedCanonical()
			docs := []*document.Document{x, y}
			if order == "yx" {
				docs = []*document.Document{y, x}
			}
			st := load(t, c, graph.LoadOptions{}, docs...)
			if st.Added != 2 || st.OwnAddress != 1 || st.Replaced != 0 {
				t.Fatalf("first load: %+v", st)
			}
			rows := query(t, c, "MATCH (a:Article) RETURN a.id AS id, a.url AS url, a.canonical_url AS canonical ORDER BY url", nil)
			if len(rows) != 2 || rows[0]["canonical"] != "https://example.org/original" || rows[1]["canonical"] != "https://example.org/original" {
				t.Fatalf("articles %v", rows)
			}
			for i := 0; i < 2; i++ {
				x, y := sharedCanonical()
				st = load(t, c, graph.LoadOptions{}, x, y)
				if st.Unchanged != 2 || st.Replaced+st.Added != 0 {
					t.Errorf("run %d over the unchanged inputs: %+v", i+2, st)
				}
			}
			// A new version of the second one, from its address, replaces it.
			second := docs[1]
			changed := *second
			changed.Article.ContentHash += "-v2"
			changed.Relations = nil
			st = load(t, c, graph.LoadOptions{}, &changed)
			if st.Replaced != 1 || st.OwnAddress != 1 {
				t.Errorf("changed second article: %+v", st)
			}
			if n := one(t, c, "MATCH (a:Article) RETURN count(a) AS n", nil); n != int64(2) {
				t.Errorf("%v articles after the change, want 2", n)
			}
		})
	}
}

// TestSameAddressNewVersionReplaces: the same id from the same address
// with other content is a new version, and replaces the old.
func TestSameAddressNewVersionReplaces(t *testing.T) {
	c := fresh(t)
	load(t, c, graph.LoadOptions{}, docA(), docB())
	v2 := docA()
	v2.Article.ContentHash = "hash-a-2"
	v2.Relations = v2.Relations[:1]
	st := load(t, c, graph.LoadOptions{}, v2)
	if st.Replaced != 1 || st.OwnAddress != 0 || st.Added != 0 {
		t.Errorf("stats %+v", st)
	}
	if n := one(t, c, "MATCH (a:Article) RETURN count(a) AS n", nil); n != int64(2) {
		t.Errorf("%v articles, want 2", n)
	}
}

// articles yields the articles of docs, as the reader would.
func articles(docs ...*document.Document) iter.Seq2[document.Article, error] {
	return func(yield func(document.Article, error) bool) {
		for _, d := range docs {
			if !yield(d.Article, nil) {
				return
			}
		}
	}
}

// TestKnownSkipsBeforeExtraction: between reading and extraction, Known
// leaves out the articles whose content is in the graph (unchanged, and
// copies under another id) and those whose input bytes were loaded
// before (by source hash), and counts them; Load adds its counts.
func TestKnownSkipsBeforeExtraction(t *testing.T) {
	c := fresh(t)
	a := docA()
	a.Article.SourceHash = "source-a"
	load(t, c, graph.LoadOptions{}, a, docB())
	if h := one(t, c, "MATCH (a:Article {id: 'article:test-a'}) RETURN a.source_hash AS h", nil); h != "source-a" {
		t.Fatalf("source hash %v", h)
	}
	k := graph.NewKnown(false)
	ctx := context.Background()
	if got := k.Sources(ctx, []string{"source-a"}); got[0] {
		t.Error("a filter not yet connected skipped an input")
	}
	k.Connect(c)
	if got := k.Sources(ctx, []string{"source-b", "source-a"}); got[0] || !got[1] {
		t.Errorf("Sources = %v, want [false true]", got)
	}
	cp := docA()
	cp.Article.ID, cp.Article.URL = "article:a-copy", "https://mirror.example/a"
	var passed []string
	for art, err := range k.Filter(ctx, articles(docB(), cp, docC())) {
		if err != nil {
			t.Fatal(err)
		}
		passed = append(passed, art.ID)
	}
	if strings.Join(passed, " ") != "article:test-c" {
		t.Errorf("passed %v, want only article:test-c", passed)
	}
	if u, cps := k.Counts(); u != 2 || cps != 1 {
		t.Errorf("counts: %d unchanged, %d copies; want 2 (one by source) and 1", u, cps)
	}
	st := load(t, c, graph.LoadOptions{Known: k}, docC())
	if st.Added != 1 || st.Unchanged != 3 || st.Copies != 1 || st.Articles != 4 || st.Extracted != 1 {
		t.Errorf("load with the filter's counts: %+v", st)
	}
	// With force, unchanged articles pass (to be written again), copies not.
	kf := graph.NewKnown(true)
	kf.Connect(c)
	passed = nil
	for art := range kf.Filter(ctx, articles(docB(), cp)) {
		passed = append(passed, art.ID)
	}
	if strings.Join(passed, " ") != "article:test-b" {
		t.Errorf("with force passed %v, want article:test-b", passed)
	}
}

// dumpGraph returns every node and relationship with its properties (but
// the times ingested_at and applied_at), one sorted line each.
func dumpGraph(t *testing.T, c *graph.Client) []string {
	t.Helper()
	var out []string
	clean := func(p map[string]any) string {
		delete(p, "ingested_at")
		delete(p, "applied_at")
		ks := make([]string, 0, len(p))
		for k := range p {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		var b strings.Builder
		for _, k := range ks {
			fmt.Fprintf(&b, " %s=%v", k, p[k])
		}
		return b.String()
	}
	for _, r := range query(t, c, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p", nil) {
		out = append(out, fmt.Sprintf("%v%s", r["l"], clean(r["p"].(map[string]any))))
	}
	for _, r := range query(t, c, "MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.id, a.name) AS a, coalesce(b.id, b.name) AS b, properties(r) AS p", nil) {
		out = append(out, fmt.Sprintf("%v %v->%v%s", r["t"], r["a"], r["b"], clean(r["p"].(map[string]any))))
	}
	sort.Strings(out)
	return out
}

// TestParallelWritersSameGraph: with several writers, batches that touch
// what another batch in flight writes wait for it, so the graph is the
// one a single writer makes: every node, relationship and property alike,
// on a corpus whose events repeat (same ids, the same-event window) and
// whose articles share hubs.
func TestParallelWritersSameGraph(t *testing.T) {
	docs := repeatingCorpus(bench.Synthetic(40, 11), 300)
	// Some articles name as their source, by a short name and without a
	// confidence, an organization that the next two batches mention under
	// two other names, with the same confidence 0.5: the first of those
	// rows overrides the short name and the second adds nothing (the first
	// confident name stays), so the batch that overrides and the one after
	// must not run side by side.
	for i := 0; i+16 < len(docs); i += 7 {
		id := fmt.Sprintf("org:contested-%d", i)
		d := *docs[i]
		d.Article.Source, d.Article.SourceID = "short "+id, id
		docs[i] = &d
		for k, name := range map[int]string{8: "alpha", 16: "beta"} {
			m := *docs[i+k]
			m.Entities = append(append([]document.Entity{}, m.Entities...),
				document.Entity{ID: id, Type: document.Organization, Name: name + " " + id, Kind: document.KindOther, Confidence: 0.5})
			docs[i+k] = &m
		}
	}
	c := fresh(t)
	single := load(t, c, graph.LoadOptions{BatchSize: 300, Workers: 1}, docs...)
	want := dumpGraph(t, c)
	for _, workers := range []int{2, 4} {
		c = fresh(t)
		st := load(t, c, graph.LoadOptions{BatchSize: 300, Workers: workers}, docs...)
		got := dumpGraph(t, c)
		// a batch written again after a fact race (timing) is one
		// transaction more; the plan's transactions must be the same
		if st.Added != single.Added || st.Facts != single.Facts || st.Transactions-st.Rewrites != single.Transactions-single.Rewrites {
			t.Errorf("%d writers: %+v, one writer: %+v", workers, st, single)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%d writers made another graph than one writer:\n%s", workers, firstDifference(want, got))
		}
		// How much ran side by side depends on timing; the graph must not.
		t.Logf("%d writers: %d transactions, %d started beside another, %d waited for one, %d written again after a fact race", workers, st.Transactions, st.Overlaps, st.Waits, st.Rewrites)
	}
}

func firstDifference(want, got []string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	for _, l := range got {
		g[l] = true
	}
	var out []string
	for _, l := range want {
		if !g[l] && len(out) < 5 {
			out = append(out, "  only with one writer: "+l)
		}
	}
	for _, l := range got {
		if !w[l] && len(out) < 10 {
			out = append(out, "  only with several:    "+l)
		}
	}
	return fmt.Sprintf("%d vs %d lines\n%s", len(want), len(got), strings.Join(out, "\n"))
}
