// Package docio reads and writes extracted documents as JSON Lines: one
// document.Document per line, the form `mediakg extract` prints and
// `mediakg ingest --documents` and `mediakg export --documents` read. It
// lets the graph side load extraction output without running the NLP
// pipeline again.
//
// Files:
//   - docio.go: Read, ReadFiles (files and standard input), Write
package docio

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/mediakg/mediakg/nlp/document"
)

// MaxLine is the longest line Read accepts (one document).
const MaxLine = 64 << 20

// Read yields the documents of a JSON Lines stream; name is used in errors
// and, with the line number, as the origin of documents that have none. A
// line that does not decode yields an error and reading goes on.
func Read(r io.Reader, name string) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 1<<20), MaxLine)
		line := 0
		for sc.Scan() {
			line++
			raw := sc.Bytes()
			if len(raw) == 0 {
				continue
			}
			d := new(document.Document)
			if err := json.Unmarshal(raw, d); err != nil {
				if !yield(nil, fmt.Errorf("%s:%d: decode document: %w", name, line, err)) {
					return
				}
				continue
			}
			if d.Article.Origin == "" {
				d.Article.Origin = fmt.Sprintf("%s:%d", name, line)
			}
			if !yield(d, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(nil, fmt.Errorf("%s: after line %d: %w", name, line, err))
		}
	}
}

// Stdin is the path that names standard input in ReadFiles, and StdinName
// the name its documents get in errors and origins ("stdin:LINE").
const (
	Stdin     = "-"
	StdinName = "stdin"
)

// ReadFiles yields the documents of several JSON Lines files in turn; the
// path "-" reads stdin (nil: an error in its place).
func ReadFiles(paths []string, stdin io.Reader) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		for _, p := range paths {
			if p == Stdin {
				if stdin == nil {
					if !yield(nil, fmt.Errorf("%s: standard input is not available here", StdinName)) {
						return
					}
					continue
				}
				for d, err := range Read(stdin, StdinName) {
					if !yield(d, err) {
						return
					}
				}
				continue
			}
			f, err := os.Open(p)
			if err != nil {
				if !yield(nil, fmt.Errorf("open documents: %w", err)) {
					return
				}
				continue
			}
			stop := false
			for d, err := range Read(f, p) {
				if !yield(d, err) {
					stop = true
					break
				}
			}
			f.Close()
			if stop {
				return
			}
		}
	}
}

// Write writes docs as JSON Lines.
func Write(w io.Writer, docs iter.Seq2[*document.Document, error]) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	var errs []error
	for d, err := range docs {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := enc.Encode(d); err != nil {
			return n, fmt.Errorf("write documents: %w", err)
		}
		n++
	}
	return n, errors.Join(errs...)
}
