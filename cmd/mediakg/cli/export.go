package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph/export"
	"github.com/mediakg/mediakg/internal/progress"
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
	// Progress starts the progress meter; nil shows none.
	Progress func() *progress.Meter
}

func newExportCmd(f *Factory) *cobra.Command {
	opts := ExportOptions{}
	var format string
	cmd := &cobra.Command{
		Use:   "export --format csv|cypher --out DIR FILE|DIR...",
		Short: "Write the graph of the inputs as neo4j-admin import CSV or a Cypher script, without a server",
		Long: `export builds the graph that ingest would build from the same inputs and
writes it as files:

  --format csv     node and relationship files with neo4j-admin headers, for
                   the first load of a very large corpus into a stopped
                   server (the import replaces its database); with the local
                   server: deploy/neo4j/neo4j.sh admin database import full
                   <the printed arguments> neo4j, then "mediakg schema apply"
  --format cypher  mediakg.cypher, a script of UNWIND ... MERGE statements with
                   the schema's DDL: mediakg cypher --write --file mediakg.cypher
                   (cypher-shell -f runs it too, where it is installed)

When it is done it prints the commands to run, as they are named on this
machine. Entity nodes, fact edges and events are held in memory until the
end. "-" reads standard input (pages, JSONL, or extraction output with
--documents).`,
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
			opts.Progress = func() *progress.Meter {
				total := func() int64 {
					return countDocuments(cmd.Context(), opts.Inputs.Paths, cfg.Input.Extensions, opts.Inputs.Extracted)
				}
				return newMeter(cmd.Context(), f, cmd, "export", "documents", total, nil)
			}
			return exportRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "csv", "csv (neo4j-admin import) or cypher (a script for mediakg cypher --file)")
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
	var meter *progress.Meter
	if o.Progress != nil {
		meter = o.Progress()
		docs = counted(docs, meter)
	}
	res, err := export.Export(ctx, docs, o.Export)
	meter.Stop()
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
	fmt.Fprintf(o.Out, "exported %s (%d duplicate ids skipped, %d failed): %s, %s in %s under %s\n",
		plural(res.Articles, "article"), res.Duplicate, res.Failed, plural(int(nodes), "node"),
		plural(int(rels), "relationship"), plural(len(res.Files), "file"), o.Export.Dir)
	self := selfCommand()
	switch o.Export.Format {
	case export.CSV:
		admin, server := adminCommand()
		fmt.Fprintf(o.Out, "import into a stopped server (the import replaces its database), start it, then apply the schema:\n")
		if server != "" {
			fmt.Fprintf(o.Out, "  %s stop\n", server)
		}
		fmt.Fprintf(o.Out, "  %s database import full %s --overwrite-destination neo4j\n", admin, strings.Join(res.ImportArgs, " "))
		if server != "" {
			fmt.Fprintf(o.Out, "  %s start\n", server)
		}
		fmt.Fprintf(o.Out, "  %s schema apply\n", self)
	case export.Cypher:
		fmt.Fprintf(o.Out, "load it into the server mediakg is configured for (an empty database, or one loaded the same way):\n  %s cypher --write --file %s\n",
			self, filepath.Join(o.Export.Dir, export.ScriptName))
	}
	return rep.Result(res.Articles)
}

// neo4jScript is the repository's server script, found from the working
// directory or from where the running binary lies (bin/ of a checkout);
// "" when neither has it. It is printed relative to the working directory
// when it lies below it.
func neo4jScript() string {
	rel := filepath.Join("deploy", "neo4j", "neo4j.sh")
	candidates := []string{rel}
	if exe, err := os.Executable(); err == nil {
		candidates = append(candidates, filepath.Join(filepath.Dir(filepath.Dir(exe)), rel))
	}
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return c
		}
	}
	return ""
}

// adminCommand says how to run neo4j-admin on this machine, and the
// command that stops and starts the server it belongs to ("" when not
// known): the repository's deploy/neo4j/neo4j.sh (admin, stop, start) when
// it is found, else neo4j-admin and neo4j from the PATH, else the bare
// names of a Neo4j installation.
func adminCommand() (admin, server string) {
	if s := neo4jScript(); s != "" {
		return s + " admin", s
	}
	if _, err := exec.LookPath("neo4j-admin"); err == nil {
		if _, err := exec.LookPath("neo4j"); err == nil {
			return "neo4j-admin", "neo4j"
		}
		return "neo4j-admin", ""
	}
	return "neo4j-admin", ""
}

// selfCommand is how to run this mediakg again: "mediakg" when that is on
// the PATH, else the path it was started by.
func selfCommand() string {
	if p, err := exec.LookPath("mediakg"); err == nil {
		if exe, err := os.Executable(); err == nil && sameFile(p, exe) {
			return "mediakg"
		}
	}
	if len(os.Args) > 0 && strings.Contains(os.Args[0], string(filepath.Separator)) && filepath.Base(os.Args[0]) == "mediakg" {
		return os.Args[0]
	}
	return "mediakg"
}

func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}
