// This file binds the commands that read articles (extract, explain, eval,
// ingest, export) to the reader (nlp/reader) and the NLP pipeline
// (nlp/pipeline), configured from the effective configuration.

package cli

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/pipeline"
	"github.com/mediakg/mediakg/nlp/reader"
	"github.com/mediakg/mediakg/nlp/run"
)

// pipelineExtractor reads inputs with the reader (http(s) addresses are
// fetched first, urls.go) and runs every article
// through one compiled pipeline, configured from the effective config, on
// input.workers workers (0 = one per CPU) for both reading and extraction;
// nlp/run keeps input order. The per-document limits of config input.*
// apply: a document over one is yielded as an error naming the limit.
func pipelineExtractor(f *Factory, cmd *cobra.Command) (Extractor, error) {
	return knownExtractor(f, cmd, nil)
}

// knownExtractor is pipelineExtractor that leaves out, when known is not
// nil, what is already in the graph (ingest): inputs whose bytes are
// unchanged since they were loaded, before they are read, and articles
// whose content is loaded, before they are extracted (graph.Known).
func knownExtractor(f *Factory, cmd *cobra.Command, known *graph.Known) (Extractor, error) {
	cfg, err := f.Config(cmd)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	p, err := pipeline.New(pipeline.Options{
		ExtraGazetteers: cfg.NLP.Gazetteers,
		ExtraTriggers:   cfg.NLP.Triggers,
		MinConfidence:   cfg.NLP.MinConfidence,
	})
	if err != nil {
		return nil, fmt.Errorf("build pipeline: %w", err)
	}
	f.Log.Debug("pipeline ready", "stages", p.Stages(), "took", time.Since(start).Round(time.Millisecond),
		"extra_gazetteers", cfg.NLP.Gazetteers, "extra_triggers", cfg.NLP.Triggers)
	workers := cfg.Input.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ropts := reader.Options{
		MaxFileBytes: cfg.Input.MaxFileBytes,
		MaxLineBytes: cfg.Input.MaxLineBytes,
		MaxBodyBytes: cfg.Input.MaxBodyBytes,
		MaxDOMNodes:  cfg.Input.MaxDOMNodes,
		MaxDocTime:   cfg.Input.MaxDocTime,
		Extensions:   cfg.Input.Extensions,
		Workers:      workers,
		Stdin:        f.IO.In,
	}
	if known != nil {
		ropts.SourceSalt = sourceSalt()
		ropts.Known = known.Sources
	}
	fc := newFetcher(cfg.Fetch) // dials nothing until an address is read
	// Reading and extraction each get input.max_doc_time per document.
	popts := run.Options{Workers: workers, MaxDocTime: cfg.Input.MaxDocTime}
	feeds := feedSources(cmd)
	return func(ctx context.Context, paths []string) iter.Seq2[*document.Document, error] {
		items := withFeeds(ctx, inputItems(ctx, paths, ropts, fc, f.Log), feeds, fc, ropts, f.Log)
		if known != nil {
			items = known.Filter(ctx, items)
		}
		return run.Stream(ctx, items, p, popts)
	}, nil
}
