package queries

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// TestLibraryPlans asks the server to plan every saved query (EXPLAIN), so a
// syntax or semantic error in any .cypher file fails here even when no
// answer test reaches it.
func TestLibraryPlans(t *testing.T) {
	c := neo4jtest.Client(t)
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range lib.All() {
		t.Run(q.Name, func(t *testing.T) {
			raw := map[string]string{}
			for _, p := range q.Params {
				if !p.HasDefault {
					raw[p.Name] = "x"
				}
			}
			params, err := q.Bind(raw)
			if err != nil {
				t.Fatal(err)
			}
			res, err := RunCypher(ctx, c, "EXPLAIN "+q.Source, params, ReadMode)
			if err != nil {
				t.Fatalf("EXPLAIN: %v", err)
			}
			if len(res.Rows) != 0 {
				t.Errorf("EXPLAIN returned %d rows", len(res.Rows))
			}
		})
	}
}

// fullScanOK names the saved queries that look at every node by design,
// with the reason; their plan may start with an AllNodesScan.
var fullScanOK = map[string]string{
	"quality-orphans": "a node of any label (or none) without relationships: no index lists those",
}

// TestLibraryPlansUseIndexes asks the server for the plan of every saved
// query over the known corpus, with the schema's indexes in place, and
// checks where each plan starts (its leaf operators): never an
// AllNodesScan (unless the query is in fullScanOK) and never a scan of
// all relationships of a type, since every saved query can start from an
// indexed node (a country's iso3, an id, a label). It fails for a pattern
// like (x {id: $a}) without a label, which the server can only answer by
// scanning.
func TestLibraryPlansUseIndexes(t *testing.T) {
	c := loadKnown(t)
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range lib.All() {
		t.Run(q.Name, func(t *testing.T) {
			raw := map[string]string{}
			for _, p := range q.Params {
				if !p.HasDefault {
					raw[p.Name] = "x"
				}
			}
			params, err := q.Bind(raw)
			if err != nil {
				t.Fatal(err)
			}
			res, err := RunCypher(ctx, c, "EXPLAIN "+q.Source, params, ReadMode)
			if err != nil {
				t.Fatalf("EXPLAIN: %v", err)
			}
			if res.Plan == nil || len(res.Plan.Leaves()) == 0 {
				t.Fatalf("EXPLAIN returned no plan")
			}
			for _, leaf := range res.Plan.Leaves() {
				switch {
				case leaf.Operator == "AllNodesScan" && fullScanOK[q.Name] == "":
					t.Errorf("the plan starts with an AllNodesScan (%s): give the pattern a label so an index is used", leaf.Details)
				case strings.HasSuffix(leaf.Operator, "RelationshipTypeScan"):
					t.Errorf("the plan starts with a %s (%s): start from an indexed node instead", leaf.Operator, leaf.Details)
				}
			}
		})
	}
}

// TestPlanTable: an EXPLAIN of a labelled id lookup gives a plan whose
// leaf is the unique index seek, shown as a table row under the operator
// it feeds; PROFILE adds the rows and database hits.
func TestPlanTable(t *testing.T) {
	c := loadKnown(t)
	ctx := context.Background()
	res, err := RunCypher(ctx, c, "EXPLAIN MATCH (x:Country|Organization {id: $id}) RETURN x.name", map[string]any{"id": "country:CHN"}, ReadMode)
	if err != nil {
		t.Fatal(err)
	}
	if res.Plan == nil || res.Plan.Profiled || len(res.Rows) != 0 {
		t.Fatalf("EXPLAIN: plan %+v, %d rows", res.Plan, len(res.Rows))
	}
	var seeks []string
	for _, l := range res.Plan.Leaves() {
		seeks = append(seeks, l.Operator+" "+l.Details)
	}
	// One seek per label: the two children of the Union, each with its own
	// label (the driver's Plan.Children() would show one of them twice).
	if len(seeks) != 2 || !strings.Contains(seeks[0], "x:Country(id)") || !strings.Contains(seeks[1], "x:Organization(id)") {
		t.Errorf("leaves %q, want a unique index seek on Country(id) and one on Organization(id)", seeks)
	}
	tab := res.Plan.Result()
	if tab.Columns[0] != "operator" || len(tab.Columns) != 3 || tab.Rows[0][0] != "ProduceResults" {
		t.Errorf("EXPLAIN table %v, first row %v", tab.Columns, tab.Rows[0])
	}
	res, err = RunCypher(ctx, c, "PROFILE MATCH (x:Country {iso3: 'CHN'}) RETURN x.name AS name", nil, ReadMode)
	if err != nil {
		t.Fatal(err)
	}
	if res.Plan == nil || !res.Plan.Profiled || len(res.Rows) != 1 || res.Plan.DBHits() == 0 {
		t.Fatalf("PROFILE: plan %+v, rows %v", res.Plan, res.Rows)
	}
	tab = res.Plan.Result()
	if len(tab.Columns) != 5 || tab.Columns[3] != "rows" || tab.Columns[4] != "db_hits" {
		t.Errorf("PROFILE columns %v", tab.Columns)
	}
	last := tab.Rows[len(tab.Rows)-1]
	if op, _ := last[0].(string); !strings.Contains(op, "└ NodeUniqueIndexSeek") || last[3] != int64(1) {
		t.Errorf("PROFILE leaf row %v", last)
	}
}

// TestReadModeRefusesWrites checks that the server, not the client, stops a
// write in read access mode, and that --write style access lets it through.
func TestReadModeRefusesWrites(t *testing.T) {
	c := neo4jtest.Client(t)
	ctx := context.Background()
	neo4jtest.Reset(t, c)
	_, err := RunCypher(ctx, c, "CREATE (:Topic {id: 'topic:read-mode-probe'})", nil, ReadMode)
	if !errors.Is(err, ErrWriteInReadMode) {
		t.Fatalf("write in read mode: err = %v, want ErrWriteInReadMode", err)
	}
	res, err := RunCypher(ctx, c, "MATCH (t:Topic {id: 'topic:read-mode-probe'}) RETURN count(t) AS n", nil, ReadMode)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Rows[0][0].(int64); n != 0 {
		t.Fatalf("the refused write left %d nodes", n)
	}
	res, err = RunCypher(ctx, c, "CREATE (:Topic {id: 'topic:read-mode-probe'})", nil, WriteMode)
	if err != nil {
		t.Fatal(err)
	}
	if res.Counters["nodes_created"] != 1 {
		t.Errorf("counters = %v, want nodes_created 1", res.Counters)
	}
	neo4jtest.Reset(t, c)
}
