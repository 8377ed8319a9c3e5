package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/eval"
)

// Extractor reads the given inputs (files, JSONL dumps) and yields one
// finished document per article, or an error naming the input that failed.
type Extractor func(ctx context.Context, paths []string) iter.Seq2[*document.Document, error]

// EvalOptions are the settings of `mediakg eval`.
type EvalOptions struct {
	// GoldDir holds the gold files (testdata/gold).
	GoldDir string
	// CorpusDir is the folder the gold's files are relative to (the one
	// holding dev/ and seed/).
	CorpusDir string
	// Format is "text" or "json".
	Format string
	// Details adds each article's misses, false positives and wrong dates.
	Details bool
	// Docs, when set, is a file of documents (JSON objects, one per line,
	// as the extract command prints them) scored instead of running the
	// reader and the pipeline.
	Docs string
	// Stats prints what the gold set holds instead of scoring.
	Stats bool
	// Part limits scoring to a deterministic part of the gold set: "all",
	// "tune" (about two thirds, for looking at errors) or "check" (the
	// rest, for judging whether a change generalises), or one half of the
	// check part, "check-a" or "check-b"; see eval.PartOf and
	// eval.CheckHalfOf.
	Part string
	// Standard is the scoring standard: "project" (docs/annotation.md),
	// "measurement" (../shared/MEASUREMENT.md) or "" for the one the gold
	// set is annotated to (eval.StandardFor).
	Standard string
	// Extract runs the reader and the pipeline; used when Docs is empty.
	Extract Extractor

	Out, ErrOut io.Writer
}

// newEvalCmd builds `mediakg eval`; runF replaces evalRun in tests of the
// flags.
func newEvalCmd(f *Factory, runF func(context.Context, *EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{}
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the extraction against the hand-made gold set (precision, recall, F1, date accuracy)",
		Long: `eval reads the corpus articles the gold set annotates, runs the reader and the
NLP pipeline on them, and prints precision, recall and F1 per entity type
(Country, Organization, Person, Event) and per relation type, and the accuracy
of date values. The matching rules are in docs/annotation.md.

The corpus folder defaults to $MEDIAKG_SHARED/corpus, else ../shared/corpus.
--format json prints one object:
  {"entities": {TYPE: {"p","r","f1","tp","fp","fn"}}, "relations": {TYPE: {...}},
   "dates": {"accuracy", "p", "r", "f1", ...}, "articles", "missing"}`,
		Example: `  mediakg eval --gold testdata/gold
  mediakg eval --gold testdata/gold --corpus ../shared/corpus --format json
  mediakg eval --gold testdata/gold --details          # what each article missed
  mediakg eval --gold testdata/gold --docs out.jsonl   # score saved extract output
  mediakg eval --gold testdata/gold --stats            # what the gold set holds
  mediakg eval --gold testdata/gold --part tune --details  # tune on two thirds, check on the rest
  mediakg eval --gold testdata/gold-dev2 --part tune      # dev2, scored to ../shared/MEASUREMENT.md`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := opts.complete(); err != nil {
				return err
			}
			opts.Out, opts.ErrOut = f.IO.Out, f.IO.Err
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			if opts.Docs == "" && !opts.Stats {
				ex, err := pipelineExtractor(f, cmd)
				if err != nil {
					return err
				}
				opts.Extract = ex
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.GoldDir, "gold", "testdata/gold", "folder of gold files (*.yaml, *.jsonl)")
	fl.StringVar(&opts.CorpusDir, "corpus", "", "corpus folder the gold refers to (default $MEDIAKG_SHARED/corpus, else ../shared/corpus)")
	fl.StringVar(&opts.Format, "format", "text", "output format: text or json")
	fl.BoolVar(&opts.Details, "details", false, "also list, per article, what was missed, what was extra and wrong date values")
	fl.BoolVar(&opts.Stats, "stats", false, "print what the gold set holds (articles, entities, relations, dates) and exit")
	fl.StringVar(&opts.Part, "part", "all", "score only part of the gold set: all, tune (about two thirds, split by SHA-1 of the URL) or check (the rest), or a half of check: check-a or check-b")
	fl.StringVar(&opts.Standard, "standard", "", "scoring standard: project (docs/annotation.md, every relation type, dates by text) or measurement (../shared/MEASUREMENT.md); default: the one the gold set is annotated to")
	fl.StringVar(&opts.Docs, "docs", "", "score documents from this file (JSON objects as extract prints them) instead of running the pipeline")
	cmd.AddCommand(newEvalReaderCmd(f))
	return cmd
}

// complete validates the options and fills defaults.
func (o *EvalOptions) complete() error {
	switch o.Format {
	case "text", "json":
	default:
		return usageError{fmt.Errorf("--format %q: want text or json", o.Format)}
	}
	switch o.Part {
	case "":
		o.Part = eval.PartAll
	case eval.PartAll, eval.PartTune, eval.PartCheck, eval.PartCheckA, eval.PartCheckB:
	default:
		return usageError{fmt.Errorf("--part %q: want all, tune, check, check-a or check-b", o.Part)}
	}
	switch o.Standard {
	case "", eval.StandardProject, eval.StandardMeasurement:
	default:
		return usageError{fmt.Errorf("--standard %q: want %s or %s", o.Standard, eval.StandardProject, eval.StandardMeasurement)}
	}
	if o.CorpusDir == "" {
		o.CorpusDir = DefaultCorpusDir()
	}
	return nil
}

// DefaultCorpusDir is $MEDIAKG_SHARED/corpus when the variable is set, else
// ../shared/corpus.
func DefaultCorpusDir() string {
	if s := os.Getenv("MEDIAKG_SHARED"); s != "" {
		return filepath.Join(s, "corpus")
	}
	return filepath.Join("..", "shared", "corpus")
}

// evalRun loads the gold, obtains a document per gold article (from
// opts.Docs or by running opts.Extract on the corpus files), scores them and
// prints the report. Inputs that fail are reported on ErrOut and the run
// ends with ErrPartial after printing the report.
func evalRun(ctx context.Context, opts *EvalOptions) error {
	gold, err := eval.LoadDir(opts.GoldDir)
	if err != nil {
		return err
	}
	if gold, err = eval.SelectPart(gold, opts.Part); err != nil {
		return err
	}
	if opts.Stats {
		return eval.GoldStats(gold).WriteText(opts.Out)
	}
	ix, err := eval.NewIndex(gold, opts.CorpusDir)
	if err != nil {
		return err
	}
	var docs iter.Seq2[*document.Document, error]
	if opts.Docs != "" {
		docs = readDocuments(opts.Docs)
	} else {
		paths := eval.CorpusFiles(gold, opts.CorpusDir)
		for _, p := range paths {
			if _, err := os.Stat(p); err != nil {
				return fmt.Errorf("corpus file for the gold: %w (set --corpus or MEDIAKG_SHARED)", err)
			}
		}
		if opts.Extract == nil {
			return errors.New("eval: no extractor")
		}
		docs = opts.Extract(ctx, paths)
	}
	byKey := map[string]*document.Document{}
	failed, unmatched := 0, 0
	for d, err := range docs {
		if err != nil {
			failed++
			fmt.Fprintf(opts.ErrOut, "mediakg eval: %v\n", err)
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		key, ok := ix.Key(d.Article)
		if !ok {
			unmatched++
			continue
		}
		if _, dup := byKey[key]; dup {
			fmt.Fprintf(opts.ErrOut, "mediakg eval: %s: a second document for the same gold article, ignored\n", key)
			continue
		}
		byKey[key] = d
	}
	if unmatched > 0 && (opts.Part == "" || opts.Part == eval.PartAll) {
		fmt.Fprintf(opts.ErrOut, "mediakg eval: %d documents match no gold article (not scored)\n", unmatched)
	}
	standard := opts.Standard
	if standard == "" {
		standard = eval.StandardFor(gold)
	}
	rep, err := eval.ScoreStandard(standard, gold, byKey)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		err = rep.WriteJSON(opts.Out, opts.Details)
	} else {
		err = rep.WriteText(opts.Out, opts.Details)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d inputs could not be read", ErrPartial, failed)
	}
	return nil
}

// readDocuments streams documents from a file of JSON values: one object per
// line (JSONL) or arrays of objects.
func readDocuments(path string) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(nil, fmt.Errorf("read documents: %w", err))
			return
		}
		defer f.Close()
		dec := json.NewDecoder(f)
		for n := 1; ; n++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); errors.Is(err, io.EOF) {
				return
			} else if err != nil {
				yield(nil, fmt.Errorf("%s: value %d: %w", path, n, err))
				return
			}
			var list []*document.Document
			if len(raw) > 0 && raw[0] == '[' {
				if err := json.Unmarshal(raw, &list); err != nil {
					if !yield(nil, fmt.Errorf("%s: value %d: %w", path, n, err)) {
						return
					}
					continue
				}
			} else {
				d := &document.Document{}
				if err := json.Unmarshal(raw, d); err != nil {
					if !yield(nil, fmt.Errorf("%s: value %d: %w", path, n, err)) {
						return
					}
					continue
				}
				list = append(list, d)
			}
			for _, d := range list {
				if !yield(d, nil) {
					return
				}
			}
		}
	}
}
