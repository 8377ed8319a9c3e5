package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
	"github.com/mediakg/mediakg/nlp/document"
)

func newBenchCmd(f *Factory) *cobra.Command {
	var profile string
	var stop func()
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure mediakg against the local server",
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if profile == "" {
				return nil
			}
			f, err := os.Create(profile)
			if err != nil {
				return fmt.Errorf("--cpuprofile: %w", err)
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				f.Close()
				return fmt.Errorf("--cpuprofile: %w", err)
			}
			stop = func() { pprof.StopCPUProfile(); f.Close() }
			return nil
		},
		PersistentPostRun: func(*cobra.Command, []string) {
			if stop != nil {
				stop()
			}
		},
	}
	cmd.PersistentFlags().StringVar(&profile, "cpuprofile", "", "write this process's CPU profile (go tool pprof) to FILE")
	cmd.AddCommand(newBenchLoadCmd(f), newBenchIngestCmd(f))
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
until it has --articles of them and loads them batched, as ingest does, into the
empty database; after that it loads --baseline other copies one statement and one
transaction per fact.
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
	fl.IntVar(&opts.Bench.ProfileBatch, "profile-batch", 0, "run the statements of this batch (1 is the first) with PROFILE and print their plans on stderr")
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
	o.Bench.Profile = o.Err
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
  batched:  %7.1f s  %9.0f nodes/s  %9.0f rels/s  %7.0f facts/s  %7.1f articles/s  (%d nodes, %d rels, %d transactions: %d beside another, %d waited, %d deadlock retries)
  baseline: %7.1f s  %9.0f nodes/s  %9.0f rels/s  %25.1f articles/s  (%d articles, one transaction per fact: %d)
  speed-up: %.1fx relationships/s
  memory:   peak RSS %.0f MiB, peak Go heap %.0f MiB
  machine:  load average %.2f at the start of the batched load%s
  client:   %.1f s of CPU; planner waited %.1f s for documents, planned %.1f s, waited %.1f s for a writer; writers in transactions %.1f s (summed)
`, res.Articles, res.BaseDocs, res.Source, res.BatchSize, res.Workers, res.CPUs, res.GoVersion,
		res.Seconds, res.NodesPerS, res.RelsPerS, res.FactsPerS, res.ArticlesPerS, res.NodesCreated, res.RelsCreated, res.Transactions, res.Overlaps, res.Waits, res.TxRetries,
		res.BaselineSeconds, res.BaselineNodesPerS, res.BaselineRelsPerS, res.BaselineArtPerS, res.BaselineArticles, res.BaselineTxs,
		res.Speedup, res.PeakRSSMB, res.HeapPeakMB, res.LoadAverage, serverCPULine(res),
		res.LoaderCPUSeconds, res.Stages.SourceWait, res.Stages.Planning, res.Stages.SubmitWait, res.Stages.Writing)
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

// BenchIngestOptions are the inputs of `bench ingest`.
type BenchIngestOptions struct {
	Bench  bench.IngestOptions
	Format string
	Corpus string // the dev corpora directory (default $MEDIAKG_SHARED/corpus/dev)
	// EventWindow is the loader's same-event window (config).
	EventWindow int
	// ProfileBatch: the first ingest runs that batch with PROFILE.
	ProfileBatch int
	Out, Err     io.Writer
	Client       func() (*graph.Client, error)
	// Source yields the documents of inputs (see documents.go).
	Source func(ctx context.Context, in documentsOptions) (iter.Seq2[*document.Document, error], error)
}

func newBenchIngestCmd(f *Factory) *cobra.Command {
	opts := BenchIngestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Ingest N articles whose events repeat across articles, end to end, twice, and report the rates",
		Long: `bench ingest writes a corpus of --articles page records made from the dev corpora
(JSONL records of html or text): originals, each round over the base records
with its years moved on so that its events are new, and copies (a share
--repeat of the records) that repeat a recent original's page under their own
address and headline, as wire copies and follow-ups do, so that events repeat
across articles. It then runs the real ingest path over it (reading, the
lookup of content already in the graph, the NLP pipeline, the loader) and,
with --rerun, again over the same unchanged corpus. It prints articles/s,
relationships/s, transactions, what was added, replaced and skipped, the
server's CPU time (with --server-pid) and the peak resident memory.

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
			opts.EventWindow = cfg.Load.EventWindowDays
			opts.Out, opts.Err = f.IO.Out, f.IO.Err
			opts.Client = func() (*graph.Client, error) { return f.Graph(cmd) }
			return benchIngestRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&opts.Bench.Corpus.Articles, "articles", 10000, "articles in the corpus")
	fl.Float64Var(&opts.Bench.Corpus.Repeat, "repeat", 0.5, "share of articles that repeat a recent article's events (0 to 0.99)")
	fl.Uint64Var(&opts.Bench.Corpus.Seed, "seed", 1, "seed of the corpus")
	fl.StringVar(&opts.Corpus, "corpus", "", "dev corpora directory whose JSONL page records make the corpus (default $MEDIAKG_SHARED/corpus/dev)")
	fl.StringVar(&opts.Bench.Out, "out", "", "keep the corpus in this file (default: a temporary file, removed)")
	fl.BoolVar(&opts.Bench.Rerun, "rerun", true, "ingest the unchanged corpus a second time")
	fl.StringVar(&opts.Format, "format", "text", "text or json")
	fl.BoolVar(&opts.Bench.Reset, "reset", false, "wipe a non-empty database first")
	fl.BoolVar(&opts.Bench.Keep, "keep", false, "keep the loaded data")
	fl.IntVar(&opts.Bench.ServerPID, "server-pid", 0, "process id of the server on this machine: report its CPU time")
	fl.IntVar(&opts.ProfileBatch, "profile-batch", 0, "run the statements of this batch of the first ingest (1 is the first) with PROFILE and print their plans on stderr")
	fl.Int("batch-size", 0, "rows per write transaction (config load.batch_size)")
	fl.Int("workers", 0, "concurrent write transactions (config load.workers)")
	f.BindConfigFlag("batch-size", "load.batch_size")
	f.BindConfigFlag("workers", "load.workers")
	return cmd
}

func benchIngestRun(ctx context.Context, o BenchIngestOptions) error {
	if o.Format != "text" && o.Format != "json" {
		return usageError{fmt.Errorf("--format %q: want text or json", o.Format)}
	}
	dir := o.Corpus
	if dir == "" {
		dir = filepath.Join(sharedDir(), "corpus", "dev")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("bench ingest: no JSONL page records in %s (--corpus)", dir)
	}
	o.Bench.Base, err = bench.ReadRecords(files)
	if err != nil {
		return err
	}
	o.Bench.Source = fmt.Sprintf("%d page records of %s", len(o.Bench.Base), dir)
	o.Bench.Log = func(format string, args ...any) { fmt.Fprintf(o.Err, "bench: "+format+"\n", args...) }
	c, err := o.Client()
	if err != nil {
		return err
	}
	profile := o.ProfileBatch
	o.Bench.Ingest = func(ctx context.Context, path string) (graph.LoadStats, error) {
		known := graph.NewKnown(false)
		known.Connect(c)
		docs, err := o.Source(ctx, documentsOptions{Paths: []string{path}, Known: known})
		if err != nil {
			return graph.LoadStats{}, err
		}
		st, err := graph.Load(ctx, c, docs, graph.LoadOptions{BatchSize: o.Bench.BatchSize, Workers: o.Bench.Workers,
			EventWindow: o.EventWindow, Known: known, ProfileBatch: profile, Profile: o.Err})
		profile = 0 // the first ingest only
		return st, err
	}
	res, err := bench.RunIngest(ctx, c, o.Bench)
	if err != nil {
		return err
	}
	if o.Format == "json" {
		return json.NewEncoder(o.Out).Encode(res)
	}
	if _, err := fmt.Fprintf(o.Out, "bench ingest: %d articles (%d originals, %d copies: repeat share %.2f, %.1f MB) from %s\n  batch size %d, %d workers, %d CPUs, %s; peak RSS %.0f MiB\n",
		res.Corpus.Records, res.Corpus.Originals, res.Corpus.Copies, res.Repeat, float64(res.Corpus.Bytes)/(1<<20), res.Source,
		res.BatchSize, res.Workers, res.CPUs, res.GoVersion, res.PeakRSSMB); err != nil {
		return err
	}
	runs := []struct {
		name string
		r    *bench.IngestRun
	}{{"first", &res.First}, {"again", res.Rerun}}
	for _, x := range runs {
		if x.r == nil {
			continue
		}
		r := x.r
		if _, err := fmt.Fprintf(o.Out, "  %-6s %6.1f s %8.1f articles/s %8.0f rels/s  %d added, %d replaced, %d unchanged (%d copies), %d under their own address, %d failed; %d extracted\n"+
			"         %d facts, %d nodes, %d relationships, %d transactions (%d beside another, %d waited, %d deadlock retries); client CPU %.1f s%s; load average %.2f\n",
			x.name, r.Seconds, r.ArticlesPerS, r.RelsPerS, r.Added, r.Replaced, r.Unchanged, r.Copies, r.OwnAddress, r.Failed, r.Extracted,
			r.Facts, r.NodesCreated, r.RelsCreated, r.Transactions, r.Overlaps, r.Waits, r.TxRetries, r.ClientCPUSeconds, ingestServerCPU(r), r.LoadAverage); err != nil {
			return err
		}
		if r.RelsCreated > 0 {
			if _, err := fmt.Fprintf(o.Out, "         planner: %.1f s waiting for documents (reading, extraction), %.1f s planning, %.1f s waiting for the writers; writers: %.1f s writing\n",
				r.SourceWaitSeconds, r.PlanningSeconds, r.SubmitWaitSeconds, r.WritingSeconds); err != nil {
				return err
			}
		}
	}
	return writeStatementTimes(o.Out, res.First.Statements)
}

func ingestServerCPU(r *bench.IngestRun) string {
	if r.ServerCPUSeconds == 0 {
		return ""
	}
	return fmt.Sprintf(", server CPU %.1f s (%.3f s per 10,000 relationships)", r.ServerCPUSeconds, r.ServerCPUPer10kRels)
}

// sharedDir returns $MEDIAKG_SHARED, else ../shared.
func sharedDir() string {
	if s := os.Getenv("MEDIAKG_SHARED"); s != "" {
		return s
	}
	return filepath.Join("..", "shared")
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
			dir = filepath.Join(sharedDir(), "corpus", "dev")
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
