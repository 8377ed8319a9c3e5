package cli

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// TestSeedEndToEnd is issue 2's slice from file to graph to query: the
// seed page ingested through the CLI becomes China COOPERATES_WITH Russia at
// conference #13 held on 2020-10-19, reported by Xinhua via People's Daily,
// with its evidence; ingesting it twice changes no count; a bad input next to
// it is reported and does not stop it.
func TestSeedEndToEnd(t *testing.T) {
	seed := seedPath(t)
	useTestServer(t)
	c := neo4jtest.Client(t)
	ctx := context.Background()

	if code, out, errs := runMain(t, "schema", "apply"); code != ExitOK {
		t.Fatalf("schema apply: exit %d\n%s%s", code, out, errs)
	}
	missing := filepath.Join(t.TempDir(), "missing.html")
	code, out, errs := runMain(t, "ingest", missing, seed)
	if code != ExitPartial {
		t.Errorf("ingest with a missing input: exit %d, want %d\n%s%s", code, ExitPartial, out, errs)
	}
	if !strings.Contains(errs, missing) {
		t.Errorf("stderr does not name the missing input:\n%s", errs)
	}
	before, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}

	rows := cypherRows(t, c, `
MATCH (a:Country {iso3: 'CHN'})-[r:COOPERATES_WITH]-(b:Country {iso3: 'RUS'})
MATCH (e:Event {id: r.event})
MATCH (art:Article)-[:STATES]->(s:Statement {fact: r.fact})
MATCH (art)-[:SOURCED_FROM]->(src:Organization), (art)-[:PUBLISHED_BY]->(pub:Organization)
RETURN e.type AS type, e.ordinal AS ordinal, toString(e.date) AS date, src.id AS source, pub.id AS publisher,
       toString(art.published) AS published, art.dateline_place AS place, toString(art.dateline_date) AS dateline,
       s.evidence AS evidence, s.rule AS rule`, nil)
	if len(rows) == 0 {
		t.Fatal("no China-Russia COOPERATES_WITH with its event in the graph")
	}
	got := rows[0]
	want := map[string]any{"ordinal": int64(13), "date": "2020-10-19", "source": "org:xinhua", "publisher": "org:peoples-daily",
		"published": "2020-10-22", "place": "Beijing", "dateline": "2020-10-21"}
	for k, v := range want {
		if !reflect.DeepEqual(got[k], v) {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if typ, _ := got["type"].(string); !strings.Contains(typ, "conference") {
		t.Errorf("event type %v, want a conference", got["type"])
	}
	if ev, _ := got["evidence"].(string); !strings.Contains(ev, "China") || got["rule"] == "" {
		t.Errorf("evidence %q / rule %v", got["evidence"], got["rule"])
	}

	// Nothing from the page's menus, Key Words box or link lists.
	junk := cypherRows(t, c, `MATCH (:Article)-[:MENTIONS]->(n)
WHERE any(j IN $junk WHERE n.name CONTAINS j) RETURN n.id AS id`,
		map[string]any{"junk": []string{"Xi Jinping", "South China Sea", "AIIB", "Global Times", "CCTV", "Belt and Road", "G20"}})
	if len(junk) > 0 {
		t.Errorf("page chrome became entities: %v", junk)
	}

	if code, out, errs := runMain(t, "ingest", seed); code != ExitOK || !strings.Contains(out, "1 unchanged") {
		t.Errorf("second ingest: exit %d\n%s%s", code, out, errs)
	}
	after, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("ingesting the same input twice changed counts:\nbefore %+v\nafter  %+v", before, after)
	}
}

func cypherRows(t *testing.T, c *graph.Client, q string, params map[string]any) []map[string]any {
	t.Helper()
	r, err := neo4j.ExecuteQuery(context.Background(), c.Driver, q, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	out := make([]map[string]any, len(r.Records))
	for i, rec := range r.Records {
		out[i] = rec.AsMap()
	}
	return out
}
