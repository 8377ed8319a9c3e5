package cli

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/config"
	"github.com/mediakg/mediakg/graph"
)

// Factory builds the configuration and the graph client on first use.
type Factory struct {
	IO IO

	configPath string
	root       *cobra.Command
	// flagKeys maps flag names to config keys for every flag that overrides
	// a config value, across all commands.
	flagKeys map[string]string

	// Log writes diagnostics to IO.Err at the configured log.level (warn
	// until the configuration is read). It never receives secrets.
	Log *slog.Logger

	mu     sync.Mutex
	cfg    *config.Config
	client *graph.Client
}

// NewFactory returns a Factory writing to io.
func NewFactory(io IO) *Factory {
	return &Factory{IO: io, flagKeys: map[string]string{}, Log: newLogger(io.Err, "warn")}
}

// newLogger returns a text logger on w at level (debug, info, warn, error).
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

// BindRootFlags declares the persistent flags that every command shares.
func (f *Factory) BindRootFlags(root *cobra.Command) {
	f.root = root
	pf := root.PersistentFlags()
	pf.StringVar(&f.configPath, "config", "", "config `file` (default: ./config.yaml, else "+userConfigHelp()+", else built-in defaults)")
	pf.String("neo4j-uri", "", "Neo4j Bolt URI (config neo4j.uri, env MEDIAKG_NEO4J_URI)")
	pf.String("neo4j-user", "", "Neo4j user (config neo4j.user)")
	pf.String("neo4j-database", "", "Neo4j database (config neo4j.database)")
	pf.String("log-level", "", "debug, info, warn or error (config log.level)")
	f.flagKeys["neo4j-uri"] = "neo4j.uri"
	f.flagKeys["neo4j-user"] = "neo4j.user"
	f.flagKeys["neo4j-database"] = "neo4j.database"
	f.flagKeys["log-level"] = "log.level"
}

// BindConfigFlag records that flag name of a command overrides config key.
func (f *Factory) BindConfigFlag(name, key string) { f.flagKeys[name] = key }

// Config returns the effective configuration, read on first call with the
// flags of cmd.
func (f *Factory) Config(cmd *cobra.Command) (*config.Config, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.cfg != nil {
		return f.cfg, nil
	}
	cfg, err := config.Read(f.configPath, cmd.Flags(), f.flagKeys)
	if err != nil {
		return nil, err
	}
	f.cfg = cfg
	f.Log = newLogger(f.IO.Err, cfg.Log.Level)
	f.Log.Debug("configuration read", "file", cfg.File, "neo4j_uri", cfg.Neo4j.URI,
		"database", cfg.Neo4j.Database, "password_from", cfg.Neo4j.PasswordSource)
	return cfg, nil
}

// Graph returns a connected client, dialling on first call.
func (f *Factory) Graph(cmd *cobra.Command) (*graph.Client, error) {
	cfg, err := f.Config(cmd)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.client != nil {
		return f.client, nil
	}
	if err := cfg.MissingPassword(); err != nil {
		return nil, err
	}
	start := time.Now()
	c, err := graph.Connect(cmd.Context(), cfg.Neo4j)
	if err != nil {
		return nil, err
	}
	c.Log = f.Log
	f.Log.Debug("connected to neo4j", "uri", c.URI, "database", c.Database, "took", time.Since(start).Round(time.Millisecond))
	f.client = c
	return c, nil
}

// Close releases the graph client if one was opened.
func (f *Factory) Close(ctx context.Context) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.client != nil {
		_ = f.client.Close(ctx)
		f.client = nil
	}
}

// userConfigHelp names the user's config file for --help, with ~ for the
// home directory.
func userConfigHelp() string {
	u := config.UserFile()
	if u == "" {
		return "the user config directory's mediakg/config.yaml"
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(u, home+string(os.PathSeparator)) {
		return "~" + strings.TrimPrefix(u, home)
	}
	return u
}
