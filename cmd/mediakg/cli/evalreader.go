package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/nlp/reader"
)

// EvalReaderOptions are the inputs of `mediakg eval reader`.
type EvalReaderOptions struct {
	// Bodies is a JSONL of pages with gold bodies ({id, url, html, gold_text}).
	Bodies string
	// Meta are JSONL files of records with gold title and date fields.
	Meta []string
	// Part is the part of the body set scored: all, tune or check
	// (reader.SplitPart).
	Part   string
	Format string
	Out    io.Writer
}

func newEvalReaderCmd(f *Factory) *cobra.Command {
	opts := &EvalReaderOptions{}
	cmd := &cobra.Command{
		Use:   "reader",
		Short: "Score the reader: article-body F1 on pages with gold text, title and date accuracy",
		Long: `eval reader extracts the body of every page of a gold-text benchmark
(default: $MEDIAKG_SHARED/corpus/html-dev/aeb_dev.jsonl) and scores it with
that benchmark's metric: 4-gram shingles of \w+ tokens, precision and recall
per page, F1 of their means. It also reports how often the reader finds a
record's title and publication date on its own (default:
corpus/dev/media_dev.jsonl and l3s_dev.jsonl).`,
		Example: `  mediakg eval reader
  mediakg eval reader --bodies ../shared/corpus/html-dev/aeb_dev.jsonl --format json`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Format != "text" && opts.Format != "json" {
				return usageError{fmt.Errorf("--format %q: want text or json", opts.Format)}
			}
			corpus := DefaultCorpusDir()
			if opts.Bodies == "" {
				opts.Bodies = filepath.Join(corpus, "html-dev", "aeb_dev.jsonl")
			}
			if len(opts.Meta) == 0 {
				opts.Meta = []string{filepath.Join(corpus, "dev", "media_dev.jsonl"), filepath.Join(corpus, "dev", "l3s_dev.jsonl")}
			}
			opts.Out = f.IO.Out
			return evalReaderRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Bodies, "bodies", "", "JSONL of pages with gold body text (default $MEDIAKG_SHARED/corpus/html-dev/aeb_dev.jsonl)")
	cmd.Flags().StringSliceVar(&opts.Meta, "meta", nil, "JSONL files with gold title and date fields (default corpus/dev/media_dev.jsonl,l3s_dev.jsonl)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&opts.Part, "part", reader.PartAll, "score all pages of --bodies, or its tune or check part (by sha1 of the url)")
	return cmd
}

func evalReaderRun(o *EvalReaderOptions) error {
	switch o.Part {
	case "", reader.PartAll, reader.PartTune, reader.PartCheck:
	default:
		return usageError{fmt.Errorf("--part %q: want all, tune or check", o.Part)}
	}
	bodies, err := reader.EvalBodiesPart(o.Bodies, o.Part)
	if err != nil {
		return fmt.Errorf("eval reader: %w", err)
	}
	metas := map[string]reader.MetaReport{}
	for _, m := range o.Meta {
		r, err := reader.EvalMeta(m)
		if err != nil {
			return fmt.Errorf("eval reader: %w", err)
		}
		metas[filepath.Base(m)] = r
	}
	if o.Format == "json" {
		type meta struct {
			reader.MetaReport
			TitleAccuracy float64 `json:"title_accuracy"`
			DateAccuracy  float64 `json:"date_accuracy"`
		}
		out := struct {
			Bodies reader.Report   `json:"bodies"`
			Meta   map[string]meta `json:"meta"`
		}{Bodies: bodies, Meta: map[string]meta{}}
		for k, r := range metas {
			out.Meta[k] = meta{r, r.TitleAccuracy(), r.DateAccuracy()}
		}
		enc := json.NewEncoder(o.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(o.Out, "body extraction (%s)\n%s\n", o.Bodies, bodies.String())
	for _, m := range o.Meta {
		fmt.Fprintf(o.Out, "\ntitle and date (%s)\n%s\n", m, metas[filepath.Base(m)].String())
	}
	return nil
}
