package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/eval"
)

func TestEvalFlags(t *testing.T) {
	t.Setenv("MEDIAKG_SHARED", "/data/shared")
	cases := []struct {
		name    string
		args    []string
		want    EvalOptions
		wantErr string
	}{
		{"defaults", nil, EvalOptions{GoldDir: "testdata/gold", CorpusDir: "/data/shared/corpus", Format: "text", Part: "all"}, ""},
		{"all flags", []string{"--gold", "g", "--corpus", "c", "--format", "json", "--details", "--docs", "d.jsonl", "--part", "check"},
			EvalOptions{GoldDir: "g", CorpusDir: "c", Format: "json", Details: true, Docs: "d.jsonl", Part: "check"}, ""},
		{"bad part", []string{"--part", "half"}, EvalOptions{}, "--part"},
		{"bad format", []string{"--format", "xml"}, EvalOptions{}, "--format"},
		{"positional arg", []string{"extra"}, EvalOptions{}, "unknown command"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *EvalOptions
			f := NewFactory(IO{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}})
			cmd := newEvalCmd(f, func(_ context.Context, o *EvalOptions) error { got = o; return nil })
			cmd.SetArgs(c.args)
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got.Out, got.ErrOut = nil, nil
			if got.GoldDir != c.want.GoldDir || got.CorpusDir != c.want.CorpusDir || got.Format != c.want.Format ||
				got.Details != c.want.Details || got.Docs != c.want.Docs || got.Part != c.want.Part {
				t.Errorf("options = %+v, want %+v", *got, c.want)
			}
		})
	}
}

func TestDefaultCorpusDir(t *testing.T) {
	t.Setenv("MEDIAKG_SHARED", "")
	if got := DefaultCorpusDir(); got != filepath.Join("..", "shared", "corpus") {
		t.Errorf("DefaultCorpusDir() = %q", got)
	}
}

// writeDocs writes documents as JSON lines, the way extract prints them.
func writeDocs(t *testing.T, path string, docs []*document.Document, extra string) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
	}
	b.WriteString(extra)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEvalRunDocs scores the committed gold set against documents rendered
// from it, passed as a docs file: the JSON output must be one object with
// perfect scores, and a broken line must end the run with ErrPartial after
// the report.
func TestEvalRunDocs(t *testing.T) {
	goldDir := filepath.Join("..", "..", "..", "testdata", "gold")
	gold, err := eval.LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*document.Document
	for i := range gold {
		docs = append(docs, gold[i].Document())
	}
	dir := t.TempDir()
	cases := []struct {
		name    string
		extra   string
		drop    int // documents left out of the file
		format  string
		wantErr error
	}{
		{"perfect json", "", 0, "json", nil},
		{"perfect text", "", 0, "text", nil},
		{"broken line", "{not json}\n", 0, "json", ErrPartial},
		{"missing documents", "", 3, "json", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".jsonl")
			writeDocs(t, path, docs[c.drop:], c.extra)
			var out, errOut bytes.Buffer
			err := evalRun(context.Background(), &EvalOptions{
				GoldDir: goldDir, CorpusDir: filepath.Join(dir, "no-corpus"), Format: c.format, Docs: path, Out: &out, ErrOut: &errOut,
			})
			if !errors.Is(err, c.wantErr) && !(err == nil && c.wantErr == nil) {
				t.Fatalf("err = %v, want %v", err, c.wantErr)
			}
			if c.format == "text" {
				if !strings.Contains(out.String(), "COOPERATES_WITH") || !strings.Contains(out.String(), "date value accuracy: 1.000") {
					t.Errorf("text report:\n%s", out.String())
				}
				return
			}
			var rep eval.JSON
			dec := json.NewDecoder(&out)
			if err := dec.Decode(&rep); err != nil || dec.More() {
				t.Fatalf("output is not exactly one JSON object: %v", err)
			}
			if rep.Articles != len(gold) || len(rep.Missing) != c.drop {
				t.Errorf("articles %d missing %d, want %d and %d", rep.Articles, len(rep.Missing), len(gold), c.drop)
			}
			for typ, v := range rep.Entities {
				if v.P != 1 || (c.drop == 0 && v.R != 1) || (c.drop > 0 && v.FN == 0 && typ == "Country") {
					t.Errorf("entities %s: %+v", typ, v)
				}
			}
			if c.drop == 0 {
				for typ, v := range rep.Relations {
					if v.F1 != 1 {
						t.Errorf("relations %s: %+v", typ, v)
					}
				}
				if rep.Dates.Accuracy != 1 || rep.Dates.F1 != 1 {
					t.Errorf("dates: %+v", rep.Dates)
				}
			}
			if c.wantErr != nil && !strings.Contains(errOut.String(), "value") {
				t.Errorf("stderr does not report the broken value: %q", errOut.String())
			}
		})
	}
}

func TestEvalRunErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		opts EvalOptions
		want string
	}{
		{"no gold", EvalOptions{GoldDir: filepath.Join(dir, "none"), Format: "text"}, "gold"},
		{"no corpus", EvalOptions{GoldDir: filepath.Join("..", "..", "..", "testdata", "gold"), CorpusDir: filepath.Join(dir, "none"), Format: "text",
			Extract: func(context.Context, []string) iter.Seq2[*document.Document, error] { return nil }}, "MEDIAKG_SHARED"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Out, c.opts.ErrOut = &bytes.Buffer{}, &bytes.Buffer{}
			err := evalRun(context.Background(), &c.opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one mentioning %q", err, c.want)
			}
		})
	}
}

func TestEvalExitCodes(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main([]string{"eval", "--format", "xml"}, nil, &out, &errOut); code != ExitUsage {
		t.Errorf("bad --format: exit %d, want %d (%s)", code, ExitUsage, errOut.String())
	}
}
