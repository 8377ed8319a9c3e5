// This file holds the run's problem report: every document that could not
// be read, extracted or loaded is one line on stderr and, with --report
// FILE, one JSON object in FILE; the run's counts end both.

package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/nlp/limit"
	"github.com/mediakg/mediakg/nlp/reader"
	"github.com/mediakg/mediakg/nlp/run"
)

// Problem is one document that was not processed, as a line of the report
// file.
type Problem struct {
	// Document is the input: a path, or path:line for a JSONL record
	// (path:N for the Nth record of a .json array).
	Document string `json:"document"`
	// Status is "skipped" (readable, but over a limit or without an article
	// to extract) or "failed" (could not be read, decoded, extracted or
	// loaded).
	Status string `json:"status"`
	Reason string `json:"reason"`
	// Stage is where it stopped: read (reader), extract (NLP pipeline),
	// load (writing to Neo4j) or start (before any document was read).
	Stage string `json:"stage"`
	// Limit is the limit it went over, "key=value"
	// (input.max_doc_time=1m0s), when it was skipped for one.
	Limit string `json:"limit,omitempty"`
}

// Summary is the last line of the report file.
type Summary struct {
	Status  string `json:"status"` // always "summary"
	OK      int    `json:"ok"`
	Skipped int    `json:"skipped"`
	Failed  int    `json:"failed"`
}

// Problem statuses.
const (
	StatusFailed  = "failed"
	StatusSkipped = "skipped"
)

// ErrNothingDone says that no document of the run succeeded and at least
// one was skipped or failed; it exits with ExitError, where a run with some
// successes exits with ExitPartial.
var ErrNothingDone = errors.New("no document could be processed")

// problemReport prints each problem on stderr and writes it to the report
// file, if any. Secrets (the Neo4j password) are masked in both.
type problemReport struct {
	errOut  io.Writer
	file    *os.File
	w       *bufio.Writer
	enc     *json.Encoder
	secrets []string

	Skipped, Failed int
}

// bindReport declares --report on a command that reads documents.
func bindReport(cmd *cobra.Command, path *string) {
	cmd.Flags().StringVar(path, "report", "", "write one JSON object per skipped or failed document to this file, then a summary line")
}

// newProblemReport opens path (none when "") for writing. secrets are
// masked wherever they would appear.
func newProblemReport(errOut io.Writer, path string, secrets ...string) (*problemReport, error) {
	r := &problemReport{errOut: errOut}
	for _, s := range secrets {
		if s != "" {
			r.secrets = append(r.secrets, s)
		}
	}
	if path == "" {
		return r, nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open report: %w", err)
	}
	r.file, r.w = f, bufio.NewWriter(f)
	r.enc = json.NewEncoder(r.w)
	r.enc.SetEscapeHTML(false)
	return r, nil
}

// Add records the problem err (as yielded by the reader, the pipeline or
// the loader) and prints its line.
func (r *problemReport) Add(err error) {
	p := classify(err)
	if p.Status == StatusSkipped {
		r.Skipped++
	} else {
		r.Failed++
	}
	p.Document, p.Reason = r.mask(p.Document), r.mask(p.Reason)
	msg := r.mask(err.Error())
	if p.Status == StatusSkipped && p.Document != "" {
		msg = p.Document + ": skipped: " + strings.TrimPrefix(msg, p.Document+": ")
	}
	fmt.Fprintf(r.errOut, "mediakg: %s\n", msg)
	if r.enc != nil {
		_ = r.enc.Encode(p) // a write error is reported by Close
	}
}

// AddRun records an error that stopped the run before any document was
// read (no input exists, say): one line of stage "start" without a
// document; the caller prints the error itself.
func (r *problemReport) AddRun(err error) {
	r.Failed++
	if r.enc != nil {
		_ = r.enc.Encode(Problem{Status: StatusFailed, Reason: r.mask(err.Error()), Stage: "start"})
	}
}

// Problems is the number of documents skipped or failed so far.
func (r *problemReport) Problems() int { return r.Skipped + r.Failed }

// Close writes the summary line with ok documents and closes the file.
func (r *problemReport) Close(ok int) error {
	if r.file == nil {
		return nil
	}
	_ = r.enc.Encode(Summary{Status: "summary", OK: ok, Skipped: r.Skipped, Failed: r.Failed})
	err := r.w.Flush()
	if cerr := r.file.Close(); err == nil {
		err = cerr
	}
	r.file = nil
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// Result is the run's error for ok documents and the problems recorded:
// nil when there were none, ErrPartial when some documents succeeded,
// ErrNothingDone when none did.
func (r *problemReport) Result(ok int) error {
	n := r.Problems()
	switch {
	case n == 0:
		return nil
	case ok == 0:
		return fmt.Errorf("%w: %d skipped, %d failed", ErrNothingDone, r.Skipped, r.Failed)
	}
	return fmt.Errorf("%w: %d of %d documents (%d skipped, %d failed)", ErrPartial, n, n+ok, r.Skipped, r.Failed)
}

func (r *problemReport) mask(s string) string {
	for _, sec := range r.secrets {
		s = strings.ReplaceAll(s, sec, "********")
	}
	return s
}

// classify turns an error from the document stream or the loader into a
// Problem.
func classify(err error) Problem {
	p := Problem{Status: StatusFailed, Stage: "load", Reason: err.Error()}
	var (
		ie *reader.InputError
		re *run.Error
		ae graph.ArticleError
		le *limit.Error
	)
	switch {
	case errors.As(err, &ie):
		p.Document, p.Stage = ie.Origin, "read"
	case errors.As(err, &re):
		p.Document, p.Stage = re.Origin, "extract"
	case errors.As(err, &ae):
		p.Document = ae.Origin
		if p.Document == "" {
			p.Document = ae.ID
		}
		p.Reason = ae.Err.Error()
	default:
		// extraction output (--documents) that could not be opened or
		// decoded; a decoding error names its file and line in the reason
		p.Stage = "read"
		var pe *fs.PathError
		if errors.As(err, &pe) {
			p.Document, p.Reason = pe.Path, pe.Err.Error()
		}
	}
	if p.Document != "" {
		p.Reason = strings.TrimPrefix(p.Reason, p.Document+": ")
	}
	if ie != nil {
		p.Reason = reasonOf(ie.Err)
	}
	if errors.As(err, &le) {
		p.Status, p.Reason, p.Limit = StatusSkipped, le.Reason, le.Name+"="+le.Value
	}
	for _, e := range []error{reader.ErrEmpty, reader.ErrNoBody, reader.ErrNoContent} {
		if errors.Is(err, e) {
			p.Status = StatusSkipped
		}
	}
	return p
}

// reasonOf is an input error's cause without the path it names.
func reasonOf(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

// secrets lists what no message or report may show: the Neo4j password,
// when the configuration holds one.
func (f *Factory) secrets(cmd *cobra.Command) []string {
	cfg, err := f.Config(cmd)
	if err != nil || cfg.Neo4j.Password == "" {
		return nil
	}
	return []string{cfg.Neo4j.Password}
}
