package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/schema"
)

// SchemaResult reports what ApplySchema did.
type SchemaResult struct {
	// Version is the schema version now recorded; Previous the one recorded
	// before (0 when none).
	Version, Previous int
	// Created and Existing name the declared constraints and indexes.
	Created, Existing []string
	// Undeclared names constraints and indexes in the database that the
	// model does not declare; they are left alone.
	Undeclared []string
	// Dropped names the constraints and indexes of earlier versions that
	// were dropped (schema.RetiredIndexes); Migrated says how many nodes
	// lost properties an earlier version wrote (migrate).
	Dropped  []string
	Migrated int64
}

type dbIndex struct {
	name, kind string
	on         []string
	props      []string
}

// ApplySchema creates the model's constraints and indexes that do not exist
// yet, waits until they are online and records the schema version in the
// SchemaInfo node. Running it again changes nothing but SchemaInfo.applied_at.
// A declared name that exists with another definition is an error: drop it
// and apply again.
func ApplySchema(ctx context.Context, c *Client) (SchemaResult, error) {
	res := SchemaResult{Version: schema.Version}
	have, err := showIndexes(ctx, c)
	if err != nil {
		return res, err
	}
	declared := map[string]bool{}
	for _, r := range schema.RetiredIndexes {
		if _, ok := have[r.Name]; !ok {
			continue
		}
		if _, err := neo4j.ExecuteQuery(ctx, c.Driver, r.DropDDL(), nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(c.Database)); err != nil {
			return res, fmt.Errorf("drop %s: %w", r.Name, err)
		}
		delete(have, r.Name)
		res.Dropped = append(res.Dropped, r.Name)
	}
	for _, ix := range schema.Indexes() {
		declared[ix.Name] = true
		if got, ok := have[ix.Name]; ok {
			if err := sameIndex(ix, got); err != nil {
				return res, err
			}
			res.Existing = append(res.Existing, ix.Name)
			continue
		}
		if _, err := neo4j.ExecuteQuery(ctx, c.Driver, ix.DDL(), nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(c.Database)); err != nil {
			return res, fmt.Errorf("create %s: %w", ix.Name, err)
		}
		res.Created = append(res.Created, ix.Name)
	}
	for name, got := range have {
		if !declared[name] && got.kind != "LOOKUP" {
			res.Undeclared = append(res.Undeclared, name)
		}
	}
	sort.Strings(res.Undeclared)
	if _, err := neo4j.ExecuteQuery(ctx, c.Driver, "CALL db.awaitIndexes(600)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database)); err != nil {
		return res, fmt.Errorf("wait for indexes: %w", err)
	}
	if res.Migrated, err = migrate(ctx, c); err != nil {
		return res, err
	}
	r, err := neo4j.ExecuteQuery(ctx, c.Driver,
		"MERGE (s:"+string(schema.SchemaInfo)+" {name: 'mediakg'})\n"+
			"WITH s, s.version AS previous\nSET s.version = $version, s.applied_at = datetime()\nRETURN previous",
		map[string]any{"version": int64(schema.Version)}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		return res, fmt.Errorf("record schema version: %w", err)
	}
	if len(r.Records) > 0 {
		if p, ok := r.Records[0].Values[0].(int64); ok {
			res.Previous = int(p)
		}
	}
	return res, nil
}

// migrate removes from a graph written by an earlier version the
// properties the model no longer declares and that the loader no longer
// writes, so that it equals a graph loaded now: since version 4 a
// Statement has no id, article or event (its article STATES it, its event
// ends its fact key). It runs in transactions of 10,000 nodes (an
// auto-commit CALL ... IN TRANSACTIONS), so a large graph is not held in
// one transaction; on a current graph it finds nothing (a label scan).
func migrate(ctx context.Context, c *Client) (int64, error) {
	sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	res, err := sess.Run(ctx, "MATCH (s:"+string(schema.Statement)+") WHERE s.id IS NOT NULL OR s.article IS NOT NULL OR s.event IS NOT NULL\n"+
		"CALL (s) { REMOVE s.id, s.article, s.event } IN TRANSACTIONS OF 10000 ROWS\nRETURN count(*) AS n", nil)
	if err != nil {
		return 0, fmt.Errorf("migrate Statements: %w", err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate Statements: %w", err)
	}
	n, _ := rec.Values[0].(int64)
	return n, nil
}

// SchemaVersion returns the version recorded by the last ApplySchema, 0 when
// none.
func SchemaVersion(ctx context.Context, c *Client) (int, error) {
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, "MATCH (s:"+string(schema.SchemaInfo)+" {name: 'mediakg'}) RETURN s.version AS v",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if len(r.Records) == 0 {
		return 0, nil
	}
	v, _ := r.Records[0].Values[0].(int64)
	return int(v), nil
}

func showIndexes(ctx context.Context, c *Client) (map[string]dbIndex, error) {
	out := map[string]dbIndex{}
	r, err := neo4j.ExecuteQuery(ctx, c.Driver,
		"SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint RETURN name, type, labelsOrTypes, properties, owningConstraint",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		return nil, fmt.Errorf("show indexes: %w", err)
	}
	for _, rec := range r.Records {
		name, _ := rec.Get("name")
		kind, _ := rec.Get("type")
		on, _ := rec.Get("labelsOrTypes")
		props, _ := rec.Get("properties")
		owner, _ := rec.Get("owningConstraint")
		ix := dbIndex{name: str(name), kind: str(kind)}
		for _, l := range asList(on) {
			ix.on = append(ix.on, str(l))
		}
		for _, p := range asList(props) {
			ix.props = append(ix.props, str(p))
		}
		if owner != nil {
			ix.kind = "UNIQUE"
		}
		out[ix.name] = ix
	}
	return out, nil
}

func sameIndex(want schema.Index, got dbIndex) error {
	var on []string
	if want.RelType != "" {
		on = []string{string(want.RelType)}
	} else {
		for _, l := range want.Labels {
			on = append(on, string(l))
		}
	}
	a, b := append([]string{}, on...), append([]string{}, got.on...)
	sort.Strings(a)
	sort.Strings(b)
	if string(want.Kind) != got.kind || strings.Join(a, ",") != strings.Join(b, ",") || strings.Join(want.Properties, ",") != strings.Join(got.props, ",") {
		return fmt.Errorf("index %s exists as %s on %v(%v), the model declares %s on %v(%v): drop it (DROP INDEX %s or DROP CONSTRAINT %s) and apply again",
			want.Name, got.kind, got.on, got.props, want.Kind, on, want.Properties, want.Name, want.Name)
	}
	return nil
}
