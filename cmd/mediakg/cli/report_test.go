package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/nlp/limit"
	"github.com/mediakg/mediakg/nlp/reader"
	"github.com/mediakg/mediakg/nlp/run"
)

// TestClassify: each kind of error the document stream or the loader
// yields becomes the right report line.
func TestClassify(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want Problem
	}{
		{"reader limit", &reader.InputError{Origin: "a.html", Err: limit.Bytes("input.max_file_bytes", "file", 20, 10)},
			Problem{Document: "a.html", Status: StatusSkipped, Stage: "read", Reason: "file too large (20 bytes)", Limit: "input.max_file_bytes=10"}},
		{"reader failure through the loader", graph.ArticleError{Err: &reader.InputError{Origin: "b.jsonl:3", Err: reader.ErrBinary}},
			Problem{Document: "b.jsonl:3", Status: StatusFailed, Stage: "read", Reason: "binary data, not text"}},
		{"extraction time limit", &run.Error{Origin: "c.html", Err: limit.Time(0)},
			Problem{Document: "c.html", Status: StatusSkipped, Stage: "extract", Reason: "processing time over limit", Limit: "input.max_doc_time=0s"}},
		{"extraction panic", &run.Error{Origin: "d.html", Err: errors.New("internal error while extracting: boom")},
			Problem{Document: "d.html", Status: StatusFailed, Stage: "extract", Reason: "internal error while extracting: boom"}},
		{"write failure", graph.ArticleError{ID: "article:1", Origin: "e.html", Err: errors.New("constraint violated")},
			Problem{Document: "e.html", Status: StatusFailed, Stage: "load", Reason: "constraint violated"}},
		{"extraction output that does not open", fmt.Errorf("open documents: %w", &os.PathError{Op: "open", Path: "f.jsonl", Err: os.ErrNotExist}),
			Problem{Document: "f.jsonl", Status: StatusFailed, Stage: "read", Reason: "file does not exist"}},
	}
	for _, c := range cases {
		if got := classify(c.err); got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestReportMasksSecrets: a secret in any field of a problem is masked in
// the report and on stderr.
func TestReportMasksSecrets(t *testing.T) {
	const secret = "s3cret-Neo4j-pw"
	path := filepath.Join(t.TempDir(), "r.jsonl")
	var errOut strings.Builder
	r, err := newProblemReport(&errOut, path, secret)
	if err != nil {
		t.Fatal(err)
	}
	r.Add(graph.ArticleError{Origin: "x.html", Err: errors.New("auth failed for neo4j/" + secret)})
	r.AddRun(errors.New("connect with " + secret))
	if err := r.Close(0); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), secret) || strings.Contains(errOut.String(), secret) {
		t.Errorf("secret shown:\n%s\n%s", raw, errOut.String())
	}
	if !strings.Contains(string(raw), "neo4j/********") {
		t.Errorf("report does not hold the masked reason:\n%s", raw)
	}
}
