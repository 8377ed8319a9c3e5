package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph/export"
	"github.com/mediakg/mediakg/nlp/document"
)

// ExportOptions are the inputs of `export`.
type ExportOptions struct {
	Inputs documentsOptions
	Export export.Options
	Out    io.Writer
	Err    io.Writer
	// Report names the file for skipped and failed documents ("" = none).
	Report  string
	Secrets []string
	Source  func(context.Context) (iter.Seq2[*document.Document, error], error)
}

func newExportCmd(f *Factory) *cobra.Command {
	opts := ExportOptions{}
	var format string
	cmd := &cobra.Command{
		Use:   "export --format csv|cypher --out DIR FILE|DIR...",
		Short: "Write the graph of the inputs as neo4j-admin import CSV or a cypher-shell script, without a server",
		Long: `export builds the graph that ingest would build from the same inputs and
writes it as files:

  --format csv     node and relationship files with neo4j-admin headers, for
                   the first load of a very large corpus:
                   neo4j-admin database import full <the printed arguments> neo4j
                   (into a stopped server; then run "mediakg schema apply")
  --format cypher  mediakg.cypher, a script of UNWIND ... MERGE statements with
                   the schema's DDL: cypher-shell -f mediakg.cypher

Entity nodes, fact edges and events are held in memory until the end.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := f.Config(cmd)
			if err != nil {
				return err
			}
			opts.Export.Format = export.Format(format)
			opts.Export.EventWindow = cfg.Load.EventWindowDays
			opts.Inputs.Paths = args
			opts.Out, opts.Err = f.IO.Out, f.IO.Err
			opts.Secrets = f.secrets(cmd)
			opts.Source = func(ctx context.Context) (iter.Seq2[*document.Document, error], error) {
				return documents(ctx, f, cmd, opts.Inputs)
			}
			return exportRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "csv", "csv (neo4j-admin import) or cypher (cypher-shell script)")
	fl.StringVar(&opts.Export.Dir, "out", "", "directory to write the files to (required)")
	fl.BoolVar(&opts.Inputs.Extracted, "documents", false, "inputs are extraction output (document JSON Lines)")
	bindReport(cmd, &opts.Report)
	fl.Int("event-window", 0, "same-event window in days, -1 for id only (config load.event_window_days)")
	f.BindConfigFlag("event-window", "load.event_window_days")
	return cmd
}

func exportRun(ctx context.Context, o ExportOptions) error {
	if o.Export.Format != export.CSV && o.Export.Format != export.Cypher {
		return usageError{fmt.Errorf("--format %q: want csv or cypher", o.Export.Format)}
	}
	if o.Export.Dir == "" {
		return usageError{fmt.Errorf("--out DIR is required")}
	}
	if strings.Contains(o.Export.Dir, ",") {
		return usageError{fmt.Errorf("--out %q: neo4j-admin splits file lists at commas; choose a directory without one", o.Export.Dir)}
	}
	rep, err := newProblemReport(o.Err, o.Report, o.Secrets...)
	if err != nil {
		return err
	}
	defer func() { _ = rep.Close(0) }() // only on early returns
	docs, err := o.Source(ctx)
	if err != nil {
		rep.AddRun(err)
		return err
	}
	res, err := export.Export(ctx, docs, o.Export)
	if err != nil {
		return err
	}
	for _, e := range res.Errors {
		rep.Add(e)
	}
	if err := rep.Close(res.Articles); err != nil {
		return err
	}
	var nodes, rels int64
	for _, n := range res.Nodes {
		nodes += n
	}
	for _, n := range res.Rels {
		rels += n
	}
	fmt.Fprintf(o.Out, "exported %d articles (%d duplicate ids skipped, %d failed): %d nodes, %d relationships in %d files under %s\n",
		res.Articles, res.Duplicate, res.Failed, nodes, rels, len(res.Files), o.Export.Dir)
	switch o.Export.Format {
	case export.CSV:
		fmt.Fprintf(o.Out, "import into a stopped server, then apply the schema:\n  neo4j-admin database import full %s --overwrite-destination neo4j\n  mediakg schema apply\n",
			strings.Join(res.ImportArgs, " "))
	case export.Cypher:
		fmt.Fprintf(o.Out, "run: cypher-shell -f %s\n", filepath.Join(o.Export.Dir, export.ScriptName))
	}
	return rep.Result(res.Articles)
}
