package docio

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

func TestRoundTrip(t *testing.T) {
	docs := []*document.Document{
		{Article: document.Article{ID: "a1", Body: "Body one."}, Relations: []document.Relation{{Type: document.CooperatesWith, From: "country:CHN", To: "country:RUS"}}},
		{Article: document.Article{ID: "a2", Body: "Body two.", Origin: "given"}},
	}
	var buf bytes.Buffer
	n, err := Write(&buf, func(yield func(*document.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	})
	if err != nil || n != 2 {
		t.Fatalf("Write = %d, %v", n, err)
	}
	// A broken line in the middle is reported and skipped.
	in := strings.Replace(buf.String(), "\n", "\n{broken\n", 1)
	var got []*document.Document
	var errs []error
	for d, err := range Read(strings.NewReader(in), "docs.jsonl") {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, d)
	}
	if len(got) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "docs.jsonl:2") {
		t.Fatalf("read %d documents, errors %v", len(got), errs)
	}
	if got[0].Article.Origin != "docs.jsonl:1" || got[1].Article.Origin != "given" || got[0].Relations[0].To != "country:RUS" {
		t.Errorf("documents %+v %+v", got[0].Article, got[1].Article)
	}
}

// TestReadFilesStdin: "-" among the paths reads the stdin given, named
// "stdin:LINE"; without one it is an error in its place and the files
// around it are still read.
func TestReadFilesStdin(t *testing.T) {
	dir := t.TempDir()
	file := dir + "/docs.jsonl"
	if err := os.WriteFile(file, []byte(`{"article":{"id":"f1","body":"From a file."}}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdin := `{"article":{"id":"s1","body":"From stdin."}}` + "\n" + `{"article":{"id":"s2","body":"Also."}}` + "\n"
	var got []string
	for d, err := range ReadFiles([]string{file, Stdin, file}, strings.NewReader(stdin)) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d.Article.ID+"@"+strings.TrimPrefix(d.Article.Origin, dir+"/"))
	}
	want := "f1@docs.jsonl:1 s1@stdin:1 s2@stdin:2 f1@docs.jsonl:1"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	var errs []string
	n := 0
	for _, err := range ReadFiles([]string{Stdin, file}, nil) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		n++
	}
	if n != 1 || len(errs) != 1 || !strings.HasPrefix(errs[0], "stdin: standard input is not available") {
		t.Errorf("without stdin: %d documents, errors %q", n, errs)
	}
}
