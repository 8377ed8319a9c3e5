// Package cli is mediakg's command tree: cobra commands that turn flags and
// configuration into options, call into nlp/, graph/ and queries/, and print
// the result. Each verb has an Options struct and a run function; config and
// the Neo4j driver are built lazily by Factory, so `extract` and `--help`
// never dial the server.
//
// Files:
//   - cli.go:     Main, exit codes, root command and the list of verbs
//   - factory.go: lazy config and graph client
//   - version.go, config.go: `version`, `config show`, `config init`
//   - schema.go:    `schema apply`, `schema show`
//   - ingest.go:    `ingest`, its summary
//   - remove.go:    `remove`: articles and the facts only they support
//   - progress.go:  progress meters of the verbs that read many documents
//   - export.go:    `export --format csv|cypher`
//   - bench.go:     `bench load`, `bench ingest`
//   - documents.go: where ingest, export and bench get documents from
//   - extraction.go: reader + pipeline, shared by the verbs that read articles
//   - urls.go:    http(s) addresses and --urls lists as inputs (internal/fetch)
//   - extract.go: `extract` (JSON lines) and `explain` (tagged text)
//   - eval.go:    `eval`, scoring against the gold set (nlp/eval)
//   - evalreader.go: `eval reader`, body F1 and title/date accuracy of the reader
//   - query.go:   `query list|show|run`, `cypher` (saved and ad-hoc queries, plans, scripts)
//   - browser.go: `browser serve` (Neo4j Browser guide, style sheet, favourites)
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/config"
	"github.com/mediakg/mediakg/graph"
)

// Exit codes.
const (
	ExitOK          = 0
	ExitError       = 1
	ExitUsage       = 2
	ExitConfig      = 3 // invalid settings, or settings Neo4j refused (user, password, database)
	ExitUnavailable = 4 // Neo4j could not be reached, or went away and did not come back
	ExitPartial     = 5 // some inputs failed, the rest was processed
)

// ErrPartial reports that some inputs failed while the others were
// processed; the per-input errors were already printed.
var ErrPartial = errors.New("some inputs failed")

// usageError marks errors in how the command was called.
type usageError struct{ error }

// IO bundles the streams a command reads and writes.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
}

// Main runs mediakg with args and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	f := NewFactory(IO{In: stdin, Out: stdout, Err: stderr})
	defer f.Close(context.Background())
	root := NewRootCmd(f)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(stderr, "mediakg: %v\n", err)
	return exitCode(err)
}

func exitCode(err error) int {
	var ue usageError
	switch {
	case errors.As(err, &ue), strings.HasPrefix(err.Error(), "unknown command"):
		return ExitUsage
	case errors.Is(err, config.ErrInvalid), errors.Is(err, graph.ErrRefused):
		return ExitConfig
	case errors.Is(err, graph.ErrUnavailable):
		return ExitUnavailable
	case errors.Is(err, ErrPartial):
		return ExitPartial
	default:
		return ExitError
	}
}

// NewRootCmd builds the command tree. Every verb is registered here, in one
// explicit list.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "mediakg",
		Short: "Turn news articles into a knowledge graph of international media cooperation in Neo4j",
		Long: `mediakg reads news pages (HTML, scraped text, JSONL dumps), tags countries,
media outlets, government bodies, persons, events and dates with explainable
rules, extracts who cooperates with whom at which event, and loads it all into
Neo4j with the evidence for every fact.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	f.BindRootFlags(root)
	root.AddCommand(
		newVersionCmd(f),
		newConfigCmd(f),
		newSchemaCmd(f),
		newIngestCmd(f),
		newRemoveCmd(f),
		newExportCmd(f),
		newBenchCmd(f),
		newExtractCmd(f),
		newExplainCmd(f),
		newEvalCmd(f, nil),
		newQueryCmd(f),
		newCypherCmd(f),
		newBrowserCmd(f),
	)
	return root
}

// usageArgs wraps cobra's argument checks so that their errors exit with
// ExitUsage.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
