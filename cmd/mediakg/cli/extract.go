package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/internal/progress"
	"github.com/mediakg/mediakg/nlp/coverage"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/explain"
	"github.com/mediakg/mediakg/nlp/timeml"
)

// ExtractOptions are the inputs of `mediakg extract` and `mediakg explain`.
type ExtractOptions struct {
	Paths []string
	// Bad are inputs known to be bad before reading (lines of a --urls
	// list that are no address), reported first.
	Bad    []error
	Format string // json (one object per line), pretty (indented JSON), explain
	// Coverage names a file to write the run's coverage summary to as JSON;
	// "" prints only a short summary on ErrOut.
	Coverage string
	// Report names a file to write one JSON object per skipped or failed
	// document to, then a summary line; "" writes none.
	Report  string
	Extract Extractor
	// Secrets are masked in every message and in the report.
	Secrets []string
	// Progress starts the progress meter; nil shows none.
	Progress func() *progress.Meter

	Out, ErrOut io.Writer
}

func newExtractCmd(f *Factory) *cobra.Command {
	opts := &ExtractOptions{}
	cmd := &cobra.Command{
		Use:   "extract FILE|DIR|URL...",
		Short: "Read articles and print what the rules find in them, as JSON (no database needed)",
		Long: `extract reads news pages (HTML, scraped text, JSONL dumps; directories are read
recursively), runs the NLP pipeline and prints one JSON object per article and
line: article metadata and body, entities with their mentions, events and
relations with evidence. docs/output-format.md documents every field.
An http:// or https:// address (or --urls FILE, one per line) is fetched
within the fetch.* limits of config.yaml and read like a saved page.

A bad input (missing, empty, binary, undecodable, a broken JSONL line, no
article body) or one over a limit of config input.* (size, DOM nodes,
processing time) is reported on stderr as one line naming it and the
reason, and with --report FILE as one JSON object in FILE; the other inputs
are still processed. The exit status is then 5, or 1 when no document
succeeded. The counts of ok, skipped and failed documents and a coverage
summary (names no rule tagged, unresolved dates, events without a date) end
the run on stderr.`,
		Example: `  mediakg extract testdata/sample
  mediakg extract --format pretty page.html
  mediakg extract --urls reading-list.txt > facts.jsonl
  mediakg extract ../shared/corpus/dev/media_dev.jsonl --coverage coverage.json > facts.jsonl
  mediakg extract --report problems.jsonl scraped/ > facts.jsonl`,
		Args: inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtraction(f, cmd, args, opts, "json", "pretty", "explain", "timeml")
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "json", "output: json (one object per line), pretty (indented JSON), explain (tagged text) or timeml (the date tags as TimeML TIMEX3, one document after another)")
	cmd.Flags().StringVar(&opts.Coverage, "coverage", "", "write the run's coverage summary to this file as JSON")
	bindReport(cmd, &opts.Report)
	bindReadWorkers(f, cmd)
	bindURLInputs(f, cmd)
	return cmd
}

func newExplainCmd(f *Factory) *cobra.Command {
	opts := &ExtractOptions{Format: "explain"}
	cmd := &cobra.Command{
		Use:   "explain FILE|DIR|URL...",
		Short: "Print each article's body with its tags, and for each fact the rule that fired and the words it matched",
		Long: `explain runs the same reading and extraction as extract and renders each
article for a human: metadata and the anchor used for relative dates, the body
sentence by sentence with every tag inline ([words]{Type id | rule
confidence}), then every entity, event and relation with the rule that made
it, the words it matched, its confidence and its evidence sentence, then the
article's coverage report.`,
		Example: `  mediakg explain testdata/sample/peoples-daily-2020-10-22-china-russia-media-cooperation.txt`,
		Args:    inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtraction(f, cmd, args, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Coverage, "coverage", "", "write the run's coverage summary to this file as JSON")
	bindURLInputs(f, cmd)
	bindReport(cmd, &opts.Report)
	return cmd
}

// runExtraction is the body of extract and explain: inputs from args (and
// --urls), the output format checked against formats when any are given,
// the pipeline built from the effective config, then extractRun.
func runExtraction(f *Factory, cmd *cobra.Command, args []string, opts *ExtractOptions, formats ...string) error {
	paths, bad, err := inputPaths(cmd, args, f.IO.In)
	if err != nil {
		return err
	}
	opts.Paths, opts.Bad = paths, bad
	if len(formats) > 0 {
		if err := opts.complete(formats...); err != nil {
			return err
		}
	}
	ex, err := pipelineExtractor(f, cmd)
	if err != nil {
		return err
	}
	opts.Extract, opts.Out, opts.ErrOut = ex, f.IO.Out, f.IO.Err
	opts.Secrets = f.secrets(cmd)
	// Progress for extract only, and only when its output does not go to
	// the same terminal as the bar.
	if len(formats) > 0 && !isTerminal(f.IO.Out) {
		cfg, err := f.Config(cmd)
		if err != nil {
			return err
		}
		opts.Progress = func() *progress.Meter {
			total := func() int64 { return countDocuments(cmd.Context(), paths, cfg.Input.Extensions, false) }
			return newMeter(cmd.Context(), f, cmd, "extract", "documents", total, nil)
		}
	}
	return extractRun(cmd.Context(), opts)
}

// bindReadWorkers declares --read-workers, the number of documents read and
// extracted at once (config input.workers; 0 = one per CPU).
func bindReadWorkers(f *Factory, cmd *cobra.Command) {
	cmd.Flags().Int("read-workers", 0, "documents read and extracted in parallel; 0 = one per CPU (config input.workers)")
	f.BindConfigFlag("read-workers", "input.workers")
}

func (o *ExtractOptions) complete(formats ...string) error {
	for _, f := range formats {
		if o.Format == f {
			return nil
		}
	}
	return usageError{fmt.Errorf("--format %q: want %s", o.Format, strings.Join(formats, ", "))}
}

// extractRun writes every document the extractor yields and reports
// skipped and failed inputs on ErrOut and in the report file, going on with
// the rest. It returns ErrPartial when any input failed or was skipped,
// ErrNothingDone when no input succeeded.
func extractRun(ctx context.Context, o *ExtractOptions) error {
	rep, err := newProblemReport(o.ErrOut, o.Report, o.Secrets...)
	if err != nil {
		return err
	}
	ok := 0
	defer func() { _ = rep.Close(ok) }()
	out := bufio.NewWriterSize(o.Out, 1<<16)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if o.Format == "pretty" {
		enc.SetIndent("", "  ")
	}
	var sum coverage.Summary
	docs := withProblems(o.Bad, o.Extract(ctx, o.Paths))
	var meter *progress.Meter
	if o.Progress != nil {
		meter = o.Progress()
		defer meter.Stop()
		docs = counted(docs, meter)
	}
	for d, err := range docs {
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			meter.Clear()
			rep.Add(err)
			continue
		}
		ok++
		sum.Add(d)
		if err := writeDocument(out, enc, o.Format, d); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	meter.Stop()
	writeCoverageLine(o.ErrOut, &sum, rep)
	if o.Coverage != "" {
		if err := writeCoverageFile(o.Coverage, &sum); err != nil {
			return err
		}
	}
	if err := rep.Close(ok); err != nil {
		return err
	}
	return rep.Result(ok)
}

func writeDocument(w io.Writer, enc *json.Encoder, format string, d *document.Document) error {
	if format == "timeml" {
		return timeml.Write(w, d)
	}
	if format == "explain" {
		if err := explain.Write(w, d); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	}
	return enc.Encode(d)
}

// writeCoverageLine prints the run's coverage report in a few lines.
func writeCoverageLine(w io.Writer, s *coverage.Summary, rep *problemReport) {
	fmt.Fprintf(w, "mediakg: %d ok, %d skipped, %d failed; %d events, %d without a date; %d distinct untagged names, %d unresolved dates\n",
		s.Documents, rep.Skipped, rep.Failed, s.Events, s.EventsWithoutDate, len(s.UntaggedNames), len(s.UnresolvedDates))
	if top := coverage.Top(s.UntaggedNames, 8); len(top) > 0 {
		fmt.Fprintf(w, "mediakg: most frequent untagged names: %s\n", strings.Join(top, "; "))
	}
	if top := coverage.Top(s.UnresolvedDates, 5); len(top) > 0 {
		fmt.Fprintf(w, "mediakg: unresolved dates: %s\n", strings.Join(top, "; "))
	}
}

func writeCoverageFile(path string, s *coverage.Summary) error {
	raw, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write coverage report: %w", err)
	}
	return nil
}
