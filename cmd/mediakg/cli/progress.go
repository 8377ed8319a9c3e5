// This file shows the progress of the verbs that read many documents
// (ingest, export, extract) with internal/progress: the total is counted
// from the inputs when that is cheap (files, JSONL lines) while the work
// starts, and every document read moves the meter on.

package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/mediakg/mediakg/internal/progress"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/reader"
)

// newMeter starts the progress meter of a verb on stderr, counting unit
// ("documents"), or returns nil when config load.progress is off. status
// adds the verb's own counts to each frame; total counts the inputs in the
// background (nil: unknown).
func newMeter(ctx context.Context, f *Factory, cmd *cobra.Command, verb, unit string, total func() int64, status func() string) *progress.Meter {
	cfg, err := f.Config(cmd)
	if err != nil || !cfg.Load.Progress {
		return nil
	}
	interval := cfg.Load.ProgressInterval
	if interval == 0 {
		interval = -1 // no lines, only the bar on a terminal
	}
	// Counting takes milliseconds for most inputs: wait that long, so the
	// first frame has the total; a long count goes on in the background.
	var counted chan int64
	var n int64
	if total != nil {
		counted = make(chan int64, 1)
		go func() { counted <- total() }()
		select {
		case n = <-counted:
			counted = nil
		case <-time.After(300 * time.Millisecond):
		}
	}
	m := progress.New(f.IO.Err, progress.Options{Total: n, Unit: unit, Verb: verb, Interval: interval, Status: status})
	if counted != nil {
		go func() {
			select {
			case n := <-counted:
				m.SetTotal(n)
			case <-ctx.Done():
			}
		}()
	}
	return m
}

// isTerminal tells whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// counted moves m on by one for every document or error seq yields.
func counted(seq iter.Seq2[*document.Document, error], m *progress.Meter) iter.Seq2[*document.Document, error] {
	if m == nil {
		return seq
	}
	return func(yield func(*document.Document, error) bool) {
		for d, err := range seq {
			m.Add(1)
			if !yield(d, err) {
				return
			}
		}
	}
}

// countDocuments counts the documents that paths hold as the reader will
// yield them: one per page or text file, one per non-blank line of a JSONL
// file, one per address. It returns 0 (unknown) when an input cannot be
// counted cheaply: standard input, or a .json file that holds an array.
// exts are the extensions read from directories (config input.extensions);
// extracted inputs (--documents) are JSON Lines files only.
func countDocuments(ctx context.Context, paths, exts []string, extracted bool) int64 {
	if extracted {
		exts = []string{".jsonl", ".ndjson", ".json"}
	}
	if len(exts) == 0 {
		exts = reader.DefaultExtensions
	}
	var n int64
	for _, p := range paths {
		if ctx.Err() != nil || p == stdinName {
			return 0
		}
		if isAddress(p) {
			n++
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			n++ // reported in its place, and counted there
			continue
		}
		if !st.IsDir() {
			c, ok := countFile(p, extracted)
			if !ok {
				return 0
			}
			n += c
			continue
		}
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !hasExt(path, exts) {
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			c, ok := countFile(path, extracted)
			if !ok {
				return errUncountable
			}
			n += c
			return nil
		})
		if err != nil {
			return 0
		}
	}
	return n
}

var errUncountable = fmt.Errorf("uncountable input")

func hasExt(path string, exts []string) bool {
	e := filepath.Ext(path)
	for _, x := range exts {
		if strings.EqualFold(x, e) {
			return true
		}
	}
	return false
}

// countFile counts the documents of one file: the non-blank lines of
// JSON Lines (and of extraction output), 1 for a page, a text or a .json
// file holding one object; a .json array is not counted (false).
func countFile(path string, extracted bool) (int64, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	if !extracted && ext != ".jsonl" && ext != ".ndjson" && ext != ".json" {
		return 1, true
	}
	f, err := os.Open(path)
	if err != nil {
		return 1, true
	}
	defer f.Close()
	if ext == ".json" && !extracted {
		// As the reader takes it: an array (not counted), one object, or
		// objects one per line.
		raw, err := io.ReadAll(f)
		if err != nil {
			return 1, true
		}
		t := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF}))
		switch {
		case len(t) > 0 && t[0] == '[':
			return 0, false
		case len(t) > 0 && t[0] == '{' && json.Valid(t):
			return 1, true
		}
		return max(countLines(bytes.NewReader(raw)), 1), true
	}
	return countLines(f), true
}

// countLines counts the lines of r that hold more than white space.
func countLines(r io.Reader) int64 {
	br := bufio.NewReaderSize(r, 1<<20)
	var n int64
	blank := true
	for {
		chunk, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' || err != nil {
			if !blank {
				n++
			}
			blank = true
		}
		if err != nil {
			return n
		}
	}
}

// plural says n and noun, in the singular when n is 1: "1 article",
// "2 articles"; many, when given, is the plural form ("properties").
func plural(n int, noun string, many ...string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	if len(many) > 0 {
		return fmt.Sprintf("%d %s", n, many[0])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
