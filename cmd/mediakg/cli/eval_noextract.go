//go:build !mediakg_nlp

package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// errNoPipeline explains why eval cannot extract in this build: the reader
// and the pipeline are not on main yet. eval_extract.go (build tag
// mediakg_nlp) has the real binding; the integrator deletes this file when
// nlp/reader and nlp/pipeline land.
var errNoPipeline = errors.New("eval: this build has no reader and pipeline (nlp/reader, nlp/pipeline); " +
	"score saved documents with --docs FILE, or build with -tags mediakg_nlp")

func pipelineExtractor(*Factory, *cobra.Command) (Extractor, error) { return nil, errNoPipeline }
