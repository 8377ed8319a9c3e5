package cli

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/docio"
	"github.com/mediakg/mediakg/nlp/document"
)

// documentsOptions say where ingest, export and bench get documents from.
type documentsOptions struct {
	Paths []string
	// Bad are inputs known to be bad before reading (lines of a --urls
	// list that are no address): yielded first, as errors.
	Bad []error
	// Extracted says the inputs are extraction output (document JSON
	// Lines, as `mediakg extract` prints), not pages to read and extract.
	Extracted bool
	// Known, when set, leaves out read pages whose content is in the
	// graph before they are extracted (ingest).
	Known *graph.Known
}

// documents yields the documents of the inputs, streaming. Pages (HTML,
// text, page JSONL) go through the reader and the NLP pipeline with the
// binding extract and eval use (pipelineExtractor, extraction.go);
// extraction output (--documents) is decoded as it is.
func documents(ctx context.Context, f *Factory, cmd *cobra.Command, o documentsOptions) (iter.Seq2[*document.Document, error], error) {
	if err := someInputExists(o.Paths); err != nil {
		return nil, err
	}
	if o.Extracted {
		if err := filesOnly(o.Paths); err != nil {
			return nil, err
		}
		files, err := expandInputs(o.Paths, []string{".jsonl", ".ndjson", ".json"})
		if err != nil {
			return nil, err
		}
		return withProblems(o.Bad, docio.ReadFiles(files, f.IO.In)), nil
	}
	// A missing or unreadable input is reported by the reader in its place;
	// the other inputs are still processed.
	ex, err := knownExtractor(f, cmd, o.Known)
	if err != nil {
		return nil, err
	}
	return withProblems(o.Bad, ex(ctx, o.Paths)), nil
}

// someInputExists fails, before anything is dialled or read, when none of
// paths exists; when some do, the missing ones are reported in their place
// and the rest is processed.
func someInputExists(paths []string) error {
	var missing []string
	for _, p := range paths {
		if isAddress(p) || p == stdinName {
			return nil // fetched or read later; a failure is reported in its place
		}
		_, err := os.Stat(p)
		if err == nil {
			return nil
		}
		missing = append(missing, fmt.Sprintf("%s: %v", p, errors.Unwrap(err)))
	}
	if len(missing) == 0 {
		// no input at all: only bad --urls lines, reported in their place
		return nil
	}
	return fmt.Errorf("no input can be read: %s", strings.Join(missing, "; "))
}

// expandInputs lists the files named by paths: files as given, directories
// walked for files with one of exts, in lexical order. A path that cannot be
// read is passed on as it is, so that the reader reports it in its place and
// goes on with the rest.
func expandInputs(paths []string, exts []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
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
