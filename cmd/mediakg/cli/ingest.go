package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/progress"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// IngestOptions are the inputs of `ingest`.
type IngestOptions struct {
	Inputs documentsOptions
	Load   graph.LoadOptions
	Out    io.Writer
	Err    io.Writer
	// Report names the file for skipped and failed documents ("" = none);
	// Secrets are masked in every message and in that file.
	Report  string
	Secrets []string
	// Source yields the documents, leaving out (when known is not nil)
	// the read pages whose content is already in the graph; Client
	// connects.
	Source func(ctx context.Context, known *graph.Known) (iter.Seq2[*document.Document, error], error)
	Client func() (*graph.Client, error)
	// Progress starts the progress meter, which adds status() to each
	// frame; nil shows none.
	Progress func(status func() string) *progress.Meter
}

func newIngestCmd(f *Factory) *cobra.Command {
	opts := IngestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest FILE|DIR|URL...",
		Short: "Read, extract and load articles into Neo4j (re-ingesting an unchanged article changes nothing)",
		Long: `ingest loads articles into the graph in batched, parameterised transactions;
each article's facts commit together or not at all. An input whose bytes
were loaded before is skipped before it is read; an article whose content
hash is already in the graph, under its id or another (the same article
saved under another name or read at another address), before it is
extracted, and is never a second article (--force writes the first kind
again). A changed article replaces its own facts and leaves facts that
other articles support alone; pages that share a canonical link but say
different things stay apart (docs/graph-model.md, "Article identity").
The schema is applied first when the graph has none or an older one.
An http:// or https:// address (or --urls FILE) is fetched within the
fetch.* limits and read like a saved page; a failed fetch is reported and
the rest is loaded.

With --documents the inputs are extraction output (document JSON Lines, as
"mediakg extract" prints) and are loaded as they are.

A document that cannot be read, is over a limit of config input.*, or
cannot be written is reported on stderr as one line and with --report FILE
as one JSON object in FILE, and is not loaded; the rest is. The exit status
is then 5, or 1 when no document was loaded. Running again after fixing
the inputs loads only what is missing (unchanged articles are skipped).`,
		Args: inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := f.Config(cmd)
			if err != nil {
				return err
			}
			if opts.Inputs.Paths, opts.Inputs.Bad, err = inputPaths(cmd, args, f.IO.In); err != nil {
				return err
			}
			opts.Load.BatchSize = cfg.Load.BatchSize
			opts.Load.Workers = cfg.Load.Workers
			opts.Load.EventWindow = cfg.Load.EventWindowDays
			opts.Progress = func(status func() string) *progress.Meter {
				total := func() int64 {
					return countDocuments(cmd.Context(), opts.Inputs.Paths, cfg.Input.Extensions, opts.Inputs.Extracted)
				}
				return newMeter(cmd.Context(), f, cmd, "ingest", "documents", total, status)
			}
			opts.Out, opts.Err = f.IO.Out, f.IO.Err
			opts.Secrets = f.secrets(cmd)
			opts.Source = func(ctx context.Context, known *graph.Known) (iter.Seq2[*document.Document, error], error) {
				in := opts.Inputs
				in.Known = known
				return documents(ctx, f, cmd, in)
			}
			opts.Client = func() (*graph.Client, error) { return f.Graph(cmd) }
			return ingestRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&opts.Load.Force, "force", false, "re-ingest articles whose content hash is already in the graph")
	fl.BoolVar(&opts.Inputs.Extracted, "documents", false, "inputs are extraction output (document JSON Lines)")
	bindReport(cmd, &opts.Report)
	fl.Int("batch-size", 0, "rows per write transaction (config load.batch_size)")
	fl.Int("workers", 0, "concurrent write transactions (config load.workers)")
	fl.Int("event-window", 0, "same-event window in days, -1 for id only (config load.event_window_days)")
	f.BindConfigFlag("batch-size", "load.batch_size")
	f.BindConfigFlag("workers", "load.workers")
	bindReadWorkers(f, cmd)
	bindURLInputs(f, cmd)
	f.BindConfigFlag("event-window", "load.event_window_days")
	return cmd
}

func ingestRun(ctx context.Context, o IngestOptions) error {
	rep, err := newProblemReport(o.Err, o.Report, o.Secrets...)
	if err != nil {
		return err
	}
	defer func() { _ = rep.Close(0) }() // only on early returns; see below
	// Pages whose content is in the graph are left out before extraction
	// (extraction output given with --documents is loaded as it is; the
	// loader skips it there).
	var known *graph.Known
	if !o.Inputs.Extracted {
		known = graph.NewKnown(o.Load.Force)
		o.Load.Known = known
	}
	docs, err := o.Source(ctx, known)
	if err != nil {
		rep.AddRun(err)
		return err
	}
	c, err := o.Client()
	if err != nil {
		return err
	}
	if known != nil {
		known.Connect(c)
	}
	if v, err := graph.SchemaVersion(ctx, c); err != nil {
		return err
	} else if v < schema.Version {
		r, err := graph.ApplySchema(ctx, c)
		if err != nil {
			return fmt.Errorf("apply schema before loading: %w", err)
		}
		fmt.Fprintf(o.Err, "schema v%d applied first (%d constraints and indexes created)\n", r.Version, len(r.Created))
	}
	var meter *progress.Meter
	if o.Progress != nil {
		var mu sync.Mutex
		var last graph.LoadStats
		o.Load.Progress = func(s graph.LoadStats) {
			mu.Lock()
			last = s
			mu.Unlock()
		}
		meter = o.Progress(func() string {
			mu.Lock()
			defer mu.Unlock()
			return loadStatus(last)
		})
		docs = counted(docs, meter)
	}
	o.Load.OnError = func(e graph.ArticleError) {
		meter.Clear()
		rep.Add(e)
	}
	st, err := graph.Load(ctx, c, docs, o.Load)
	meter.Stop()
	if werr := writeIngestSummary(o.Out, st, rep.Skipped); werr != nil && err == nil {
		err = werr
	}
	ok := st.Added + st.Replaced + st.Unchanged
	fmt.Fprintf(o.Err, "mediakg: %d ok, %d skipped, %d failed\n", ok, rep.Skipped, rep.Failed)
	if cerr := rep.Close(ok); cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return rep.Result(ok)
}

// loadStatus is the progress meter's view of what the load committed so
// far (documents are read ahead of the writes).
func loadStatus(s graph.LoadStats) string {
	var parts []string
	for _, p := range []struct {
		n    int
		what string
	}{{s.Added, "loaded"}, {s.Replaced, "replaced"}, {s.Unchanged, "unchanged"}, {s.Failed, "failed"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	if len(parts) == 0 {
		return "none committed yet"
	}
	return "committed: " + strings.Join(parts, ", ")
}

// writeIngestSummary prints what a load did. Its first line's counts add
// up to the documents read: loaded (new) + replaced (changed) + unchanged
// + skipped + failed; skipped is how many of the failures were skipped
// documents (over a limit, without an article). Rates are over the
// articles written (loaded and replaced) and shown once there are two.
func writeIngestSummary(w io.Writer, s graph.LoadStats, skipped int) error {
	failed := max(s.Failed-skipped, 0)
	skipped = s.Failed - failed
	var b strings.Builder
	fmt.Fprintf(&b, "ingested %s in %s: %d loaded, %d replaced, %d unchanged, %d skipped, %d failed\n",
		plural(s.Articles, "document"), roundDuration(s.Duration), s.Added, s.Replaced, s.Unchanged, skipped, failed)
	written := s.Added + s.Replaced
	switch {
	case written == 0 && s.Unchanged > 0 && s.Failed == 0:
		b.WriteString("  nothing written: every article is in the graph already, unchanged (--force writes them again)\n")
	case written == 0:
		b.WriteString("  nothing written\n")
	default:
		fmt.Fprintf(&b, "  %s written (%d dropped as outside the model); nodes +%d -%d, relationships +%d -%d, %s set, %s\n",
			plural(s.Facts, "fact"), s.Dropped, s.NodesCreated, s.NodesDeleted, s.RelsCreated, s.RelsDeleted,
			plural(s.PropsSet, "property", "properties"), plural(s.Transactions, "transaction"))
	}
	if secs := s.Duration.Seconds(); written >= 2 && secs > 0 {
		fmt.Fprintf(&b, "  %s written at %.1f articles/s, %.0f facts/s, %.0f relationships/s\n",
			plural(written, "article"), float64(written)/secs, float64(s.Facts)/secs, float64(s.RelsCreated)/secs)
	}
	if s.Copies > 0 || s.OwnAddress > 0 {
		fmt.Fprintf(&b, "  of them: %d unchanged as copies of an article loaded under another address, %d written under their own address (their canonical link names other content)\n",
			s.Copies, s.OwnAddress)
	}
	if s.Retries > 0 {
		fmt.Fprintf(&b, "  %s retried while the server was unavailable\n", plural(s.Retries, "transaction"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// roundDuration rounds a run's time for people: to 0.1 s under a minute,
// to the second above.
func roundDuration(d time.Duration) time.Duration {
	if d < time.Minute {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}
