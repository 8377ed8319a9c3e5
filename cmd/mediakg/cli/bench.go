package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/nlp/document"
)

func newBenchCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure mediakg against the local server",
	}
	cmd.AddCommand(newBenchLoadCmd(f))
	return cmd
}

// BenchLoadOptions are the inputs of `bench load`.
type BenchLoadOptions struct {
	Bench     bench.Options
	Format    string
	Documents []string // extraction output to replicate
	Synthetic int      // replicate this many synthetic documents instead
	Corpus    string   // the dev corpora directory (default $MEDIAKG_SHARED/corpus/dev)
	Out, Err  io.Writer
	Client    func() (*graph.Client, error)
	// Documents yields the documents of inputs (see documents.go).
	Source func(ctx context.Context, in documentsOptions) (iter.Seq2[*document.Document, error], error)
}

func newBenchLoadCmd(f *Factory) *cobra.Command {
	opts := BenchLoadOptions{}
	cmd := &cobra.Command{
		Use:   "load",
		Short: "Load N articles' worth of facts batched, and a slice one statement per fact, and report the rates",
		Long: `bench load replicates base documents with distinct article, event and series ids
until it has --articles of them and loads them batched, as ingest does; before
that it loads --baseline other copies one statement and one transaction per fact.
It prints nodes/s, relationships/s and articles/s of both, the speed-up and the
loader's peak resident memory. The base documents are the dev corpora's
extraction output (--documents FILE, or the pipeline over --corpus), or
--synthetic N made-up documents of the same shape.

It needs an empty database (a scratch instance), or --reset to wipe it, and
deletes what it loaded at the end unless --keep.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := f.Config(cmd)
			if err != nil {
				return err
			}
			opts.Source = func(ctx context.Context, in documentsOptions) (iter.Seq2[*document.Document, error], error) {
				return documents(ctx, f, cmd, in)
			}
			opts.Bench.BatchSize = cfg.Load.BatchSize
			opts.Bench.Workers = cfg.Load.Workers
			opts.Out, opts.Err = f.IO.Out, f.IO.Err
			opts.Client = func() (*graph.Client, error) { return f.Graph(cmd) }
			return benchLoadRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&opts.Bench.Articles, "articles", 10000, "articles to load batched")
	fl.IntVar(&opts.Bench.Baseline, "baseline", 0, "articles to load one statement per fact (default articles/50, at least 50; -1 for none)")
	fl.StringVar(&opts.Format, "format", "text", "text or json")
	fl.StringSliceVar(&opts.Documents, "documents", nil, "extraction output (document JSON Lines) to replicate")
	fl.IntVar(&opts.Synthetic, "synthetic", 0, "replicate this many synthetic documents instead of real extraction output")
	fl.StringVar(&opts.Corpus, "corpus", "", "dev corpora directory to extract the base documents from (default $MEDIAKG_SHARED/corpus/dev)")
	fl.BoolVar(&opts.Bench.Reset, "reset", false, "wipe a non-empty database first")
	fl.BoolVar(&opts.Bench.Keep, "keep", false, "keep the loaded data")
	fl.IntVar(&opts.Bench.ServerPID, "server-pid", 0, "process id of the server on this machine: report its CPU time during the batched load")
	fl.Int("batch-size", 0, "rows per write transaction (config load.batch_size)")
	fl.Int("workers", 0, "concurrent write transactions (config load.workers)")
	f.BindConfigFlag("batch-size", "load.batch_size")
	f.BindConfigFlag("workers", "load.workers")
	return cmd
}

func benchLoadRun(ctx context.Context, o BenchLoadOptions) error {
	if o.Format != "text" && o.Format != "json" {
		return usageError{fmt.Errorf("--format %q: want text or json", o.Format)}
	}
	base, source, err := benchBase(ctx, o)
	if err != nil {
		return err
	}
	o.Bench.Base, o.Bench.Source = base, source
	o.Bench.Log = func(format string, args ...any) { fmt.Fprintf(o.Err, "bench: "+format+"\n", args...) }
	c, err := o.Client()
	if err != nil {
		return err
	}
	res, err := bench.Run(ctx, c, o.Bench)
	if err != nil {
		return err
	}
	if o.Format == "json" {
		enc := json.NewEncoder(o.Out)
		return enc.Encode(res)
	}
	_, err = fmt.Fprintf(o.Out, `bench load: %d articles from %d base documents (%s), batch size %d, %d workers, %d CPUs, %s
  batched:  %7.1f s  %9.0f nodes/s  %9.0f rels/s  %7.0f facts/s  %7.1f articles/s  (%d nodes, %d rels, %d transactions)
  baseline: %7.1f s  %9.0f nodes/s  %9.0f rels/s  %25.1f articles/s  (%d articles, one transaction per fact: %d)
  speed-up: %.1fx relationships/s
  memory:   peak RSS %.0f MiB, peak Go heap %.0f MiB
  machine:  load average %.2f at the start of the batched load%s
`, res.Articles, res.BaseDocs, res.Source, res.BatchSize, res.Workers, res.CPUs, res.GoVersion,
		res.Seconds, res.NodesPerS, res.RelsPerS, res.FactsPerS, res.ArticlesPerS, res.NodesCreated, res.RelsCreated, res.Transactions,
		res.BaselineSeconds, res.BaselineNodesPerS, res.BaselineRelsPerS, res.BaselineArtPerS, res.BaselineArticles, res.BaselineTxs,
		res.Speedup, res.PeakRSSMB, res.HeapPeakMB, res.LoadAverage, serverCPULine(res))
	if err == nil {
		err = writeStatementTimes(o.Out, res.Statements)
	}
	return err
}

// writeStatementTimes prints where the server's time went, per statement.
func writeStatementTimes(w io.Writer, ts []graph.StatementTime) error {
	if len(ts) == 0 {
		return nil
	}
	var total time.Duration
	for _, t := range ts {
		total += t.Server
	}
	if _, err := fmt.Fprintf(w, "  server time per statement (%.1f s in all):\n", total.Seconds()); err != nil {
		return err
	}
	for _, t := range ts {
		us := 0.0
		if t.Rows > 0 {
			us = float64(t.Server.Microseconds()) / float64(t.Rows)
		}
		if _, err := fmt.Fprintf(w, "    %-28s %6.2f s %5.1f%%  %5d runs %9d rows %7.1f us/row\n", t.Name, t.Server.Seconds(),
			100*t.Server.Seconds()/max(total.Seconds(), 1e-9), t.Runs, t.Rows, us); err != nil {
			return err
		}
	}
	return nil
}

// benchBase returns the documents to replicate and a name for them.
func benchBase(ctx context.Context, o BenchLoadOptions) ([]*document.Document, string, error) {
	if o.Synthetic > 0 {
		return bench.Synthetic(o.Synthetic, 1), fmt.Sprintf("synthetic, seed 1"), nil
	}
	var paths []string
	in := documentsOptions{Extracted: true}
	source := ""
	if len(o.Documents) > 0 {
		paths = o.Documents
		source = "extraction output " + filepath.Base(o.Documents[0])
	} else {
		dir := o.Corpus
		if dir == "" {
			shared := os.Getenv("MEDIAKG_SHARED")
			if shared == "" {
				shared = filepath.Join("..", "shared")
			}
			dir = filepath.Join(shared, "corpus", "dev")
		}
		paths = []string{dir}
		in.Extracted = false
		source = "dev corpora " + dir + " through the pipeline"
	}
	in.Paths = paths
	docs, err := o.Source(ctx, in)
	if err != nil {
		return nil, "", err
	}
	var base []*document.Document
	for d, err := range docs {
		if err != nil {
			fmt.Fprintf(o.Err, "bench: skipping input: %v\n", err)
			continue
		}
		base = append(base, d)
	}
	if len(base) == 0 {
		return nil, "", fmt.Errorf("bench: no base documents in %v", paths)
	}
	base = slices.Clip(base)
	return base, source, nil
}

// serverCPULine reports the server's CPU time when it was measured.
func serverCPULine(res bench.Result) string {
	if res.ServerCPUSeconds == 0 {
		return ""
	}
	return fmt.Sprintf("; server CPU %.1f s, %.3f s per 10,000 relationships", res.ServerCPUSeconds, res.ServerCPUPer10kRels)
}
