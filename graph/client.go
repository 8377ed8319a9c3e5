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
//   - retry.go:    retrying a transaction with backoff while the server is away
//   - apply.go:    ApplySchema, SchemaVersion: constraints, indexes, SchemaInfo
//   - load.go:     Load, LoadDocuments, LoadOptions, LoadStats: the streaming loader
//   - planner.go:  the planner's memory of events and nodes, flush: chunk -> batch
//   - identity.go: which id a document is written under, duplicates and copies
//   - state.go:    the planner's reads of the graph state
//   - schedule.go: batches onto writers, side by side when they write apart
//   - known.go:    Known: skip what the graph holds before reading or extraction
//   - batch.go:    plans -> rows, grouped by statement; facts aggregated per edge
//   - write.go:    one batch's transaction: replace, write, refresh, orphans, chains
//   - remove.go:   FindArticles, Remove: articles and what only they support
//   - timing.go:   server time per statement, for the benchmarks
//   - cypher.go:   every Cypher text the loader runs, built from schema only
//   - naive.go:    the benchmark baseline: one row, statement and transaction per fact
//   - progress.go: the running counts passed to LoadOptions.Progress
//   - why.go:      Why: the provenance of an edge
//   - counts.go:   Counts: nodes per label and relationships per type
package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	neo4jconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/mediakg/mediakg/config"
)

// ErrUnavailable means the server could not be reached, or went away and
// did not come back in time; the CLI maps it to its own exit code.
var ErrUnavailable = errors.New("neo4j unavailable")

// ErrRefused means the server answered but refused the settings: wrong user
// or password, or a database it does not have. Retrying does not help; the
// CLI exits with its configuration code.
var ErrRefused = errors.New("neo4j refused the connection settings")

// ErrLockedOut (with ErrRefused) means the server locks the user out for a
// while (dbms.security.auth_lock_time, 5 s by default) after repeated failed
// logins, whatever the password of the next attempt.
var ErrLockedOut = errors.New("locked out after repeated failed logins")

// driverRetryTime bounds the driver's own retries of one managed
// transaction (its default is 30 s). It is short so that a server that went
// away surfaces quickly to the loader, which retries whole batches with a
// logged backoff for up to neo4j.retry_max_seconds (retry.go); deadlocks
// and other transient errors are still retried by both.
const driverRetryTime = 5 * time.Second

// Client is a connected driver bound to one database.
type Client struct {
	Driver   neo4j.DriverWithContext
	Database string
	URI      string
	User     string
	// RetryMax is how long the loader keeps retrying a transaction while the
	// server is unreachable, counted from the first failure; 0 turns the
	// loader's retries off (the driver's own short retries remain).
	RetryMax time.Duration
	// Log receives one line per retry; nil means none. It never receives
	// the password (the driver's errors do not carry it).
	Log *slog.Logger
}

// Connect dials the server named in c and verifies connectivity, the
// credentials and the database before returning. Its errors name the URI,
// the user and the database, never the password; they wrap ErrUnavailable
// (no server) or ErrRefused (wrong credentials or database).
func Connect(ctx context.Context, c config.Neo4j) (*Client, error) {
	if c.Password == "" {
		return nil, fmt.Errorf("%w: no Neo4j password: set %s or create %s (deploy/neo4j/neo4j.sh start writes it)",
			config.ErrInvalid, config.PasswordEnv, c.PasswordFile)
	}
	drv, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""),
		func(nc *neo4jconfig.Config) {
			nc.SocketConnectTimeout = c.ConnectTimeout
			nc.ConnectionAcquisitionTimeout = c.ConnectTimeout
			nc.MaxTransactionRetryTime = driverRetryTime
			nc.UserAgent = "mediakg"
		})
	if err != nil {
		return nil, fmt.Errorf("%w: neo4j.uri %s: %v", config.ErrInvalid, c.URI, err)
	}
	vctx, cancel := context.WithTimeout(ctx, c.ConnectTimeout)
	defer cancel()
	if err := drv.VerifyAuthentication(vctx, nil); err != nil {
		_ = drv.Close(ctx)
		return nil, connectError(c, err)
	}
	// The database must exist: a typo in neo4j.database would otherwise
	// surface only at the first write.
	pctx, cancel := context.WithTimeout(ctx, c.ConnectTimeout)
	defer cancel()
	_, err = neo4j.ExecuteQuery(pctx, drv, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		_ = drv.Close(ctx)
		return nil, connectError(c, err)
	}
	return &Client{Driver: drv, Database: c.Database, URI: c.URI, User: c.User,
		RetryMax: c.RetryMax(), Log: slog.New(slog.NewTextHandler(io.Discard, nil))}, nil
}

// startHint says how to get a server; it is part of every "cannot reach"
// error.
const startHint = "start the local server with `make neo4j-start` (or deploy/neo4j/neo4j.sh start), " +
	"or point neo4j.uri, MEDIAKG_NEO4J_URI or --neo4j-uri at a running one"

// connectError turns a failed handshake or probe into an error that says
// what was tried and what to do.
func connectError(c config.Neo4j, err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case ne.Code == "Neo.ClientError.Security.Unauthorized":
			return fmt.Errorf("%w: authentication failed for user %q at %s: check %s or the password file (neo4j.password_file)",
				ErrRefused, c.User, c.URI, config.PasswordEnv)
		case ne.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
			return fmt.Errorf("%w: user %q at %s is %w; wait a few seconds and check the password (%s or neo4j.password_file)",
				ErrRefused, c.User, c.URI, ErrLockedOut, config.PasswordEnv)
		case ne.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return fmt.Errorf("%w: database %q does not exist at %s: set neo4j.database, MEDIAKG_NEO4J_DATABASE or --neo4j-database (Neo4j Community has one user database, \"neo4j\")",
				ErrRefused, c.Database, c.URI)
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
			return fmt.Errorf("%w: user %q at %s: %s", ErrRefused, c.User, c.URI, ne.Msg)
		}
	}
	msg := err.Error()
	if tlsScheme(c.URI) && strings.Contains(strings.ToLower(msg), "tls") {
		return fmt.Errorf("%w: TLS handshake with %s failed (a +s/+ssc URI needs a server with Bolt TLS enabled; use bolt:// or neo4j:// for one without): %v",
			ErrUnavailable, c.URI, err)
	}
	return fmt.Errorf("%w: cannot reach Neo4j at %s as user %q: %v; %s", ErrUnavailable, c.URI, c.User, err, startHint)
}

func tlsScheme(uri string) bool {
	for _, s := range []string{"bolt+s://", "bolt+ssc://", "neo4j+s://", "neo4j+ssc://"} {
		if strings.HasPrefix(uri, s) {
			return true
		}
	}
	return false
}

// Close releases the driver's connections.
func (c *Client) Close(ctx context.Context) error { return c.Driver.Close(ctx) }
