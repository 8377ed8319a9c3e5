// Package graph owns the Neo4j driver: connecting, applying the schema,
// loading extracted documents in batched, parameterised transactions, and
// running read queries. Labels and relationship types in its Cypher come only
// from package schema; values only from parameters.
//
// A document becomes a plan (graph/plan: nodes, links, facts with their
// evidence); plans are grouped into batches, each written by one managed
// transaction of UNWIND ... MERGE statements. The model, the merge rules and
// the provenance design are described in docs/graph-model.md.
//
// Files:
//   - client.go:   Client, Connect, typed connection errors
//   - apply.go:    ApplySchema, SchemaVersion: constraints, indexes, SchemaInfo
//   - load.go:     Load, LoadDocuments, LoadOptions, LoadStats: the streaming loader
//   - batch.go:    plans -> rows, grouped by statement; facts aggregated per edge
//   - write.go:    one batch's transaction: replace, write, refresh, orphans, chains
//   - cypher.go:   every Cypher text the loader runs, built from schema only
//   - naive.go:    the benchmark baseline: one row, statement and transaction per fact
//   - progress.go: progress bar / status lines, WriteSummary
//   - why.go:      Why: the provenance of an edge
//   - counts.go:   Counts: nodes per label and relationships per type
package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	neo4jconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/mediakg/mediakg/config"
)

// ErrUnavailable means the server could not be reached or refused the
// credentials; the CLI maps it to its own exit code.
var ErrUnavailable = errors.New("neo4j unavailable")

// Client is a connected driver bound to one database.
type Client struct {
	Driver   neo4j.DriverWithContext
	Database string
	URI      string
}

// Connect dials the server named in c and verifies connectivity and
// credentials before returning.
func Connect(ctx context.Context, c config.Neo4j) (*Client, error) {
	if c.Password == "" {
		return nil, fmt.Errorf("%w: no password: set %s or create %s (deploy/neo4j/neo4j.sh start writes it)",
			ErrUnavailable, config.PasswordEnv, c.PasswordFile)
	}
	drv, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""),
		func(nc *neo4jconfig.Config) {
			nc.SocketConnectTimeout = c.ConnectTimeout
			nc.ConnectionAcquisitionTimeout = c.ConnectTimeout
			nc.UserAgent = "mediakg"
		})
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrUnavailable, c.URI, err)
	}
	vctx, cancel := context.WithTimeout(ctx, c.ConnectTimeout)
	defer cancel()
	if err := drv.VerifyAuthentication(vctx, nil); err != nil {
		_ = drv.Close(ctx)
		return nil, fmt.Errorf("%w: %s: %v", ErrUnavailable, c.URI, err)
	}
	return &Client{Driver: drv, Database: c.Database, URI: c.URI}, nil
}

// Close releases the driver's connections.
func (c *Client) Close(ctx context.Context) error { return c.Driver.Close(ctx) }
