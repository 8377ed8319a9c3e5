package graph_test

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// fresh returns a client to an empty test database with the schema applied.
func fresh(t *testing.T) *graph.Client {
	t.Helper()
	c := neo4jtest.Client(t)
	neo4jtest.Reset(t, c)
	if _, err := graph.ApplySchema(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return c
}

func load(t *testing.T, c *graph.Client, opts graph.LoadOptions, docs ...*document.Document) graph.LoadStats {
	t.Helper()
	var errs []graph.ArticleError
	opts.OnError = func(e graph.ArticleError) { errs = append(errs, e) }
	st, err := graph.LoadDocuments(context.Background(), c, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("load: %v", e)
	}
	return st
}

func counts(t *testing.T, c *graph.Client) graph.Counts {
	t.Helper()
	n, err := graph.CountAll(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// query runs a read query and returns its rows as maps.
func query(t *testing.T, c *graph.Client, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	r, err := neo4j.ExecuteQuery(context.Background(), c.Driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	out := make([]map[string]any, len(r.Records))
	for i, rec := range r.Records {
		out[i] = rec.AsMap()
	}
	return out
}

func one(t *testing.T, c *graph.Client, cypher string, params map[string]any) any {
	t.Helper()
	rows := query(t, c, cypher, params)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows, want 1", cypher, len(rows))
	}
	for _, v := range rows[0] {
		return v
	}
	return nil
}

func TestApplySchemaIdempotent(t *testing.T) {
	c := neo4jtest.Client(t)
	ctx := context.Background()
	first, err := graph.ApplySchema(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	second, err := graph.ApplySchema(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	all := len(schema.Indexes())
	if len(first.Created)+len(first.Existing) != all {
		t.Errorf("first apply: %d created + %d existing, want %d", len(first.Created), len(first.Existing), all)
	}
	if len(second.Created) != 0 || len(second.Existing) != all {
		t.Errorf("second apply created %v, found %d of %d existing", second.Created, len(second.Existing), all)
	}
	if second.Previous != schema.Version || second.Version != schema.Version {
		t.Errorf("versions: previous %d, now %d, want %d", second.Previous, second.Version, schema.Version)
	}
	if v, err := graph.SchemaVersion(ctx, c); err != nil || v != schema.Version {
		t.Errorf("SchemaVersion = %d, %v", v, err)
	}
	if n := one(t, c, "MATCH (s:SchemaInfo) RETURN count(s) AS n", nil); n != int64(1) {
		t.Errorf("%v SchemaInfo nodes, want 1", n)
	}
	// Every declared index is online.
	rows := query(t, c, "SHOW INDEXES YIELD name, state RETURN name, state", nil)
	state := map[string]string{}
	for _, r := range rows {
		state[r["name"].(string)] = r["state"].(string)
	}
	for _, ix := range schema.Indexes() {
		if state[ix.Name] != "ONLINE" {
			t.Errorf("index %s: state %q", ix.Name, state[ix.Name])
		}
	}
	// The full-text index finds an entity by an alias in any script.
	neo4jtest.Reset(t, c)
	load(t, c, graph.LoadOptions{}, docA())
	hits := query(t, c, "CALL db.index.fulltext.queryNodes($ix, 'RNA') YIELD node RETURN node.id AS id", map[string]any{"ix": schema.FulltextNames})
	if len(hits) == 0 || hits[0]["id"] != "org:rna" {
		t.Errorf("full-text search for an alias: %v", hits)
	}
}

// TestApplySchemaMigratesVersion3: on a graph of schema version 3, apply
// drops the Statement id constraint and the Statement properties version 4
// no longer writes, and keeps everything else.
func TestApplySchemaMigratesVersion3(t *testing.T) {
	c := fresh(t)
	ctx := context.Background()
	load(t, c, graph.LoadOptions{}, docA())
	before := dumpGraph(t, c)
	statements := one(t, c, "MATCH (s:Statement) RETURN count(s) AS n", nil)
	// What version 3 wrote: the constraint, and id, article and event on
	// every Statement.
	for _, q := range []string{
		"CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
		"MATCH (a:Article)-[:STATES]->(s:Statement) SET s.id = a.id + '|' + s.fact, s.article = a.id, s.event = nullIf(last(split(s.fact, '|')), '')",
		"MATCH (i:SchemaInfo) SET i.version = 3",
	} {
		if _, err := neo4j.ExecuteQuery(ctx, c.Driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database)); err != nil {
			t.Fatal(err)
		}
	}
	res, err := graph.ApplySchema(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if res.Previous != 3 || len(res.Dropped) != 1 || res.Dropped[0] != "statement_id_unique" || res.Migrated != statements.(int64) {
		t.Errorf("apply on version 3: previous %d, dropped %v, migrated %d of %v Statements", res.Previous, res.Dropped, res.Migrated, statements)
	}
	if n := one(t, c, "SHOW CONSTRAINTS YIELD name WHERE name = 'statement_id_unique' RETURN count(*) AS n", nil); n != int64(0) {
		t.Error("the Statement id constraint is still there")
	}
	if after := dumpGraph(t, c); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("the migrated graph differs from the one version 4 loads:\n%s", firstDifference(before, after))
	}
	again, err := graph.ApplySchema(ctx, c)
	if err != nil || len(again.Dropped) != 0 || again.Migrated != 0 {
		t.Errorf("second apply: dropped %v, migrated %d, %v", again.Dropped, again.Migrated, err)
	}
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	c := fresh(t)
	st := load(t, c, graph.LoadOptions{}, docA(), docB(), docC())
	if st.Added != 3 || st.Failed != 0 || st.Articles != 3 {
		t.Fatalf("first load: %+v", st)
	}
	before := counts(t, c)
	if before.Nodes[schema.Article] != 3 || before.Rels[schema.States] == 0 {
		t.Fatalf("first load counts: %+v", before)
	}

	st = load(t, c, graph.LoadOptions{}, docA(), docB(), docC())
	if st.Unchanged != 3 || st.Added+st.Replaced != 0 || st.NodesCreated+st.RelsCreated+st.PropsSet != 0 {
		t.Errorf("second load wrote something: %+v", st)
	}
	if after := counts(t, c); !reflect.DeepEqual(before, after) {
		t.Errorf("counts changed on re-ingest:\nbefore %+v\nafter  %+v", before, after)
	}

	st = load(t, c, graph.LoadOptions{Force: true, BatchSize: 10}, docA(), docB(), docC())
	if st.Replaced != 3 {
		t.Errorf("forced load replaced %d, want 3: %+v", st.Replaced, st)
	}
	if after := counts(t, c); !reflect.DeepEqual(before, after) {
		t.Errorf("counts changed on forced re-ingest:\nbefore %+v\nafter  %+v", before, after)
	}
	if n := one(t, c, "MATCH ()-[r:COOPERATES_WITH {event: 'event:series-rur-fre-media-13'}]-() RETURN max(r.support) AS n", nil); n != int64(2) {
		t.Errorf("support after forced re-ingest = %v, want 2", n)
	}
}

func TestEventReportedTwiceIsOneEvent(t *testing.T) {
	for _, order := range [][]*document.Document{{docA(), docB(), docC()}, {docC(), docB(), docA()}} {
		for _, opts := range []graph.LoadOptions{{}, {BatchSize: 1, Workers: 2}} {
			c := fresh(t)
			load(t, c, opts, order...)
			rows := query(t, c, `MATCH (e:Event {type: 'conference'})<-[:REPORTS]-(a:Article)
				RETURN e.id AS id, e.ordinal AS ordinal, collect(a.id) AS articles ORDER BY id`, nil)
			if len(rows) != 2 {
				t.Fatalf("order %s, opts %+v: %d conference events, want 2 (13th and 14th): %v", order[0].Article.ID, opts, len(rows), rows)
			}
			var thirteenth map[string]any
			for _, r := range rows {
				if len(r["articles"].([]any)) == 2 {
					thirteenth = r
				}
			}
			if thirteenth == nil {
				t.Fatalf("no event reported by both articles: %v", rows)
			}
			arts := thirteenth["articles"].([]any)
			sort.Slice(arts, func(i, j int) bool { return arts[i].(string) < arts[j].(string) })
			if arts[0] != "article:test-a" || arts[1] != "article:test-b" || thirteenth["ordinal"] != int64(13) {
				t.Errorf("merged event: %v", thirteenth)
			}
			// Both statements of Ruritania-Freedonia cooperation at it are on one edge.
			rel := query(t, c, `MATCH (:Country {iso3: 'RUR'})-[r:COOPERATES_WITH]-(:Country {iso3: 'FRE'}) WHERE r.event = $e
				RETURN r.support AS support, r.topics AS topics, r.confidence AS conf, r.article AS best`, map[string]any{"e": thirteenth["id"]})
			if len(rel) != 1 || rel[0]["support"] != int64(2) || rel[0]["conf"] != 0.8 || rel[0]["best"] != "article:test-a" ||
				!reflect.DeepEqual(rel[0]["topics"], []any{"media"}) {
				t.Errorf("cooperation edge: %v", rel)
			}
			// The series chain: 13th -> 14th, a year apart. The merged
			// event's date is the first committed (A's 19th or B's 20th).
			chain := query(t, c, `MATCH (a:Event)-[n:NEXT_IN_SERIES]->(b:Event) RETURN a.ordinal AS a, b.ordinal AS b, n.ordinal_gap AS og, n.gap_days AS gd`, nil)
			if len(chain) != 1 || chain[0]["a"] != int64(13) || chain[0]["b"] != int64(14) || chain[0]["og"] != int64(1) ||
				(chain[0]["gd"] != int64(378) && chain[0]["gd"] != int64(377)) {
				evs := query(t, c, `MATCH (e:Event) RETURN e.id AS id, e.ordinal AS ordinal, toString(e.date) AS date, e.series AS series ORDER BY id`, nil)
				t.Errorf("order %s, opts %+v: series chain: %v; events: %v", order[0].Article.ID, opts, chain, evs)
			}
			if n := one(t, c, "MATCH (:Event)-[:PART_OF]->(s:EventSeries {id: 'series:rur-fre-media'}) RETURN count(*) AS n", nil); n != int64(2) {
				t.Errorf("PART_OF: %v", n)
			}
		}
	}
}

func TestChangedArticleReplacesOnlyItsOwnFacts(t *testing.T) {
	c := fresh(t)
	load(t, c, graph.LoadOptions{}, docA(), docB(), docC())
	before := counts(t, c)

	// B changes: it no longer names FBC, and it now also says the two
	// countries committed to press coordination.
	b := docB()
	b.Article.ContentHash = "hash-b-2"
	b.Entities = b.Entities[:2]
	b.Events[0].Participants = []string{"country:FRE", "country:RUR"}
	b.Relations = append(b.Relations, document.Relation{Type: document.CommittedTo, From: "country:FRE", Topic: "press coordination",
		Evidence: evidence(bodyB, sentB1), Rule: "rel.committed", Confidence: 0.5})
	st := load(t, c, graph.LoadOptions{}, b)
	if st.Replaced != 1 || st.Added != 0 {
		t.Fatalf("changed article: %+v", st)
	}
	// A's statement of the cooperation at the 13th conference stays, B's
	// restated one too (support 2); FBC (named only by B) is gone with its
	// BASED_IN; the place B no longer names stays because C names it.
	if n := one(t, c, "MATCH ()-[r:COOPERATES_WITH {event: 'event:series-rur-fre-media-13'}]-() RETURN max(r.support) AS n", nil); n != int64(2) {
		t.Errorf("support = %v, want 2", n)
	}
	if n := one(t, c, "MATCH (o:Organization {id: 'org:fbc'}) RETURN count(o) AS n", nil); n != int64(1) {
		// FBC is still the publisher of B: PUBLISHED_BY keeps it.
		t.Errorf("publisher node count = %v", n)
	}
	if n := one(t, c, "MATCH (:Organization {id: 'org:fbc'})-[r:PARTICIPATED_IN]->() RETURN count(r) AS n", nil); n != int64(0) {
		t.Errorf("FBC still participates: %v", n)
	}
	if n := one(t, c, "MATCH (:Country {iso3: 'FRE'})-[r:COMMITTED_TO]->(:Topic {id: 'topic:press-coordination'}) RETURN count(r) AS n", nil); n != int64(1) {
		t.Errorf("new fact missing: %v", n)
	}
	after := counts(t, c)
	if after.Nodes[schema.Article] != before.Nodes[schema.Article] || after.Nodes[schema.Event] != before.Nodes[schema.Event] {
		t.Errorf("articles/events changed: before %v after %v", before.Nodes, after.Nodes)
	}
	if after.Rels[schema.ParticipatedIn] != before.Rels[schema.ParticipatedIn]-1 {
		t.Errorf("PARTICIPATED_IN %d -> %d, want one fewer", before.Rels[schema.ParticipatedIn], after.Rels[schema.ParticipatedIn])
	}

	// B changes again: now it reports nothing but its own publisher. The
	// 13th conference keeps A's support; the facts only B stated go.
	b2 := docB()
	b2.Article.ContentHash = "hash-b-3"
	b2.Entities, b2.Events, b2.Relations = nil, nil, nil
	load(t, c, graph.LoadOptions{}, b2)
	if n := one(t, c, "MATCH ()-[r:COOPERATES_WITH {event: 'event:series-rur-fre-media-13'}]-() RETURN max(r.support) AS n", nil); n != int64(1) {
		t.Errorf("support after withdrawal = %v, want 1", n)
	}
	if n := one(t, c, "MATCH (t:Topic) RETURN count(t) AS n", nil); n != int64(0) {
		t.Errorf("orphan topics left: %v", n)
	}
	if n := one(t, c, "MATCH (e:Event)<-[:REPORTS]-(:Article {id: 'article:test-b'}) RETURN count(e) AS n", nil); n != int64(0) {
		t.Errorf("B still reports %v events", n)
	}
	orphans := query(t, c, "MATCH (n) WHERE NOT n:SchemaInfo AND NOT EXISTS { (n)--() } RETURN labels(n) AS l, n.id AS id", nil)
	if len(orphans) != 0 {
		t.Errorf("orphan nodes: %v", orphans)
	}
	// Withdrawing and reloading the first version restores the first state.
	load(t, c, graph.LoadOptions{}, docB())
	if got := counts(t, c); !reflect.DeepEqual(got, before) {
		t.Errorf("reloading B's first version:\n got %+v\nwant %+v", got, before)
	}
}

func TestWhyIsThisEdgeHere(t *testing.T) {
	c := fresh(t)
	load(t, c, graph.LoadOptions{}, docA(), docB())
	ctx := context.Background()
	rel := one(t, c, `MATCH (:Country {iso3: 'RUR'})-[r:COOPERATES_WITH]-(:Country {iso3: 'FRE'}) RETURN elementId(r) AS id`, nil).(string)
	reasons, err := graph.Why(ctx, c, rel)
	if err != nil {
		t.Fatal(err)
	}
	if len(reasons) != 2 {
		t.Fatalf("reasons: %+v", reasons)
	}
	want := []struct {
		article, sentence, body, rule string
		conf                          float64
	}{
		{"article:test-a", sentA1, bodyA, "rel.held-conference", 0.8},
		{"article:test-b", sentB1, bodyB, "rel.conference-of", 0.6},
	}
	for i, w := range want {
		r := reasons[i]
		if r.Basis != "statement" || r.Article != w.article || r.Evidence != w.sentence || r.Rule != w.rule || r.Confidence != w.conf {
			t.Errorf("reason %d: %+v", i, r)
		}
		if w.body[r.Start:r.End] != w.sentence {
			t.Errorf("reason %d offsets [%d,%d) do not cover the sentence", i, r.Start, r.End)
		}
	}
	// Per-article and derived edges explain themselves too.
	rep := one(t, c, `MATCH (:Article {id: 'article:test-a'})-[r:REPORTS]->() RETURN elementId(r) AS id`, nil).(string)
	reasons, err = graph.Why(ctx, c, rep)
	if err != nil || len(reasons) != 1 || reasons[0].Basis != "article" || reasons[0].Evidence != sentA1 || reasons[0].Article != "article:test-a" {
		t.Errorf("REPORTS: %+v %v", reasons, err)
	}
	based := one(t, c, `MATCH (:Organization {id: 'org:rna'})-[r:BASED_IN]->() RETURN elementId(r) AS id`, nil).(string)
	reasons, err = graph.Why(ctx, c, based)
	if err != nil || len(reasons) != 1 || reasons[0].Basis != "derived" || reasons[0].DerivedFrom == "" {
		t.Errorf("BASED_IN: %+v %v", reasons, err)
	}
}

// TestUnitOf: an organ whose parent the article names is linked UNIT_OF to
// it, the edge explains itself from the unit's parent property, and a new
// version of the article that no longer names the unit takes both away
// while the parent, still mentioned, stays.
func TestUnitOf(t *testing.T) {
	c := fresh(t)
	a := docA()
	a.Entities = append(a.Entities, document.Entity{ID: "org:press-office-of-the-rna", Type: document.Organization,
		Name: "Press Office of the RNA", Kind: document.KindGovernmentBody, Parent: "org:rna",
		Mentions: []document.EntityMention{{Text: "x", Start: 0, End: 1}}})
	load(t, c, graph.LoadOptions{}, a)
	rel := one(t, c, `MATCH (:Organization {id: 'org:press-office-of-the-rna', parent: 'org:rna'})-[r:UNIT_OF]->(:Organization {id: 'org:rna'}) RETURN elementId(r) AS id`, nil).(string)
	reasons, err := graph.Why(context.Background(), c, rel)
	if err != nil || len(reasons) != 1 || reasons[0].Basis != "derived" || reasons[0].DerivedFrom != "Organization.parent = org:rna" {
		t.Errorf("UNIT_OF: %+v %v", reasons, err)
	}
	b := docA()
	b.Article.ContentHash += "-v2"
	load(t, c, graph.LoadOptions{}, b)
	if n := one(t, c, `MATCH (o:Organization {id: 'org:press-office-of-the-rna'}) RETURN count(o) AS n`, nil).(int64); n != 0 {
		t.Errorf("the unit no article names any more is still there (%d)", n)
	}
	if n := one(t, c, `MATCH (o:Organization {id: 'org:rna'}) RETURN count(o) AS n`, nil).(int64); n != 1 {
		t.Errorf("the parent the article still names is gone (%d)", n)
	}
}

func TestFailingArticleDoesNotStopTheLoad(t *testing.T) {
	c := fresh(t)
	// A country node whose id disagrees with its code: an article naming
	// country:ZZZ would create a second node with that id and violate the
	// uniqueness of Country.id, so its transaction fails.
	query(t, c, "CREATE (:Country {iso3: 'ZZY', id: 'country:ZZZ'})", nil)
	bad := docC()
	bad.Article.ID, bad.Article.ContentHash = "article:test-bad", "hash-bad"
	bad.Entities = append(bad.Entities, document.Entity{ID: "country:ZZZ", Type: document.Country, Name: "Zed",
		Mentions: []document.EntityMention{{Text: "x", Start: 0, End: 1}}})
	var errs []graph.ArticleError
	st, err := graph.LoadDocuments(context.Background(), c, []*document.Document{docA(), bad, docB()},
		graph.LoadOptions{OnError: func(e graph.ArticleError) { errs = append(errs, e) }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Failed != 1 || st.Added != 2 || len(errs) != 1 || errs[0].ID != "article:test-bad" {
		t.Fatalf("stats %+v, errors %v", st, errs)
	}
	if n := one(t, c, "MATCH (a:Article) RETURN count(a) AS n", nil); n != int64(2) {
		t.Errorf("%v articles, want 2", n)
	}
	// Nothing of the failed article was written.
	if n := one(t, c, "MATCH (e:Event {ordinal: 14}) RETURN count(e) AS n", nil); n != int64(0) {
		t.Errorf("the failed article's event was written")
	}
}

func TestSameArticleTwiceInOneStream(t *testing.T) {
	c := fresh(t)
	changed := docA()
	changed.Article.ContentHash = "hash-a-2"
	changed.Relations = changed.Relations[:1]
	st := load(t, c, graph.LoadOptions{BatchSize: 100}, docA(), docA(), docB(), changed)
	if st.Added != 2 || st.Unchanged != 1 || st.Replaced != 1 || st.Articles != 4 {
		t.Errorf("stats %+v", st)
	}
	// The last version wins: A's second relation (RNA with Freedonia) is gone.
	if n := one(t, c, "MATCH (:Organization {id: 'org:rna'})-[r:COOPERATES_WITH]-() RETURN count(r) AS n", nil); n != int64(0) {
		t.Errorf("withdrawn fact still there: %v", n)
	}
	if h := one(t, c, "MATCH (a:Article {id: 'article:test-a'}) RETURN a.content_hash AS h", nil); h != "hash-a-2" {
		t.Errorf("hash %v", h)
	}
}

func TestLoadStopsWhenCancelled(t *testing.T) {
	c := fresh(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := graph.LoadDocuments(ctx, c, []*document.Document{docA()}, graph.LoadOptions{})
	if err == nil {
		t.Error("want the context's error")
	}
}

// TestGazetteerNameWinsOverMetadata: an organization first seen only as an
// article's source agency ("RNA", no confidence) takes the gazetteer's
// canonical name, kind and country when a later article mentions it as an
// entity, and keeps the short name as an alias.
func TestGazetteerNameWinsOverMetadata(t *testing.T) {
	c := fresh(t)
	meta := docB()
	meta.Article.ID, meta.Article.ContentHash = "article:test-meta", "hash-meta"
	meta.Article.Source, meta.Article.SourceID = "RNA", "org:rna"
	meta.Entities, meta.Events, meta.Relations = nil, nil, nil
	load(t, c, graph.LoadOptions{}, meta)
	if got := one(t, c, "MATCH (o:Organization {id: 'org:rna'}) RETURN o.name", nil); got != "RNA" {
		t.Fatalf("after the metadata-only article: name %v, want RNA", got)
	}
	load(t, c, graph.LoadOptions{}, docA())
	row := query(t, c, "MATCH (o:Organization {id: 'org:rna'}) RETURN o.name AS name, o.kind AS kind, o.country AS country, o.aliases AS aliases, [(o)-[:BASED_IN]->(x) | x.iso3] AS based", nil)[0]
	if row["name"] != "Ruritanian News Agency" || row["kind"] != document.KindNewsAgency || row["country"] != "RUR" {
		t.Errorf("organization after the gazetteer entity: %v", row)
	}
	if fmt.Sprint(row["based"]) != "[RUR]" {
		t.Errorf("BASED_IN = %v, want [RUR]", row["based"])
	}
	if !strings.Contains(fmt.Sprint(row["aliases"]), "RNA") {
		t.Errorf("aliases %v lost the short name", row["aliases"])
	}
}

// TestSeriesChainWhenTheDateComesLast forces the interleaving that left
// gap_days null about one run in 14 of TestEventReportedTwiceIsOneEvent
// (order C, B, A on two writers): B's report of the 13th conference names
// no series and gives its date; A's, planned after it, gives its series
// and ordinal as a delta without the date, and its batch, started beside
// B's once C's committed, may commit before B's writes the event. The
// batches are committed one after the other in every order (the forced
// C, A, B among them): the chain must be the same in each.
func TestSeriesChainWhenTheDateComesLast(t *testing.T) {
	for _, commit := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		c := fresh(t)
		if err := graph.WriteOneByOneInOrder(context.Background(), c, []*document.Document{docC(), docB(), docA()}, commit); err != nil {
			t.Fatal(err)
		}
		chain := query(t, c, `MATCH (a:Event)-[n:NEXT_IN_SERIES]->(b:Event) RETURN a.ordinal AS a, b.ordinal AS b, n.ordinal_gap AS og, n.gap_days AS gd`, nil)
		if len(chain) != 1 || chain[0]["a"] != int64(13) || chain[0]["b"] != int64(14) || chain[0]["og"] != int64(1) || chain[0]["gd"] != int64(377) {
			evs := query(t, c, `MATCH (e:Event) RETURN e.id AS id, e.ordinal AS ordinal, toString(e.date) AS date, e.series AS series ORDER BY id`, nil)
			t.Errorf("commit order %v: series chain: %v; events: %v", commit, chain, evs)
		}
	}
}
