//go:build mediakg_nlp

// This file binds `mediakg eval` to the reader (nlp/reader) and the NLP
// pipeline (nlp/pipeline). It is built with -tags mediakg_nlp until both
// packages are on main; then the integrator deletes eval_noextract.go and
// the build line above.

package cli

import (
	"context"
	"fmt"
	"iter"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/pipeline"
	"github.com/mediakg/mediakg/nlp/reader"
	"github.com/mediakg/mediakg/nlp/run"
)

// pipelineExtractor reads inputs with the reader and runs every article
// through one compiled pipeline, configured from the effective config, on
// input.workers workers (nlp/run keeps input order).
func pipelineExtractor(f *Factory, cmd *cobra.Command) (Extractor, error) {
	cfg, err := f.Config(cmd)
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(pipeline.Options{
		ExtraGazetteers: cfg.NLP.Gazetteers,
		ExtraTriggers:   cfg.NLP.Triggers,
		MinConfidence:   cfg.NLP.MinConfidence,
	})
	if err != nil {
		return nil, fmt.Errorf("build pipeline: %w", err)
	}
	ropts := reader.Options{
		MaxFileBytes: cfg.Input.MaxFileBytes,
		MaxLineBytes: cfg.Input.MaxLineBytes,
		Extensions:   cfg.Input.Extensions,
	}
	return func(ctx context.Context, paths []string) iter.Seq2[*document.Document, error] {
		return run.Documents(ctx, reader.Items(ctx, paths, ropts), p, cfg.Input.Workers)
	}, nil
}
