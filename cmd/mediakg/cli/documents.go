package cli

import (
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/config"
	"github.com/mediakg/mediakg/internal/docio"
	"github.com/mediakg/mediakg/nlp/document"
)

// documentsOptions say where ingest, export and bench get documents from.
type documentsOptions struct {
	Paths []string
	// Extracted says the inputs are extraction output (document JSON
	// Lines, as `mediakg extract` prints), not pages to read and extract.
	Extracted bool
}

// documents yields the documents of the inputs, streaming.
//
// INTEGRATION: pages (HTML, text, page JSONL) go through the reader and the
// NLP pipeline: reader.Items(ctx, paths, opts) then pipeline.Process for
// each article. Those packages were not on main when this was written, so
// only extraction output (--documents) is accepted here; wire the two calls
// into pagesToDocuments when nlp/reader and nlp/pipeline land.
func documents(ctx context.Context, cfg *config.Config, o documentsOptions) (iter.Seq2[*document.Document, error], error) {
	files, err := expandInputs(o.Paths, []string{".jsonl", ".ndjson", ".json"})
	if err != nil {
		return nil, err
	}
	if o.Extracted {
		return docio.ReadFiles(files), nil
	}
	return pagesToDocuments(ctx, cfg, o.Paths)
}

// pagesToDocuments reads pages and extracts documents from them.
func pagesToDocuments(_ context.Context, _ *config.Config, _ []string) (iter.Seq2[*document.Document, error], error) {
	return nil, usageError{fmt.Errorf("reading pages needs the NLP pipeline, which this build does not include yet: pass extraction output with --documents (document JSON Lines from `mediakg extract`)")}
}

// expandInputs lists the files named by paths: files as given, directories
// walked for files with one of exts, in lexical order.
func expandInputs(paths []string, exts []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", p, err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			for _, e := range exts {
				if strings.EqualFold(filepath.Ext(path), e) {
					found = append(found, path)
					break
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}
