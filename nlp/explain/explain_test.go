package explain_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/devcorpus"
	"github.com/mediakg/mediakg/nlp/explain"
	"github.com/mediakg/mediakg/nlp/pipeline"
)

var update = flag.Bool("update", false, "rewrite testdata/seed.txt")

// TestSeed renders the seed article and compares it with the golden text:
// every tag inline, every fact with its rule, matched words and evidence.
func TestSeed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", devcorpus.SeedFile))
	if err != nil {
		t.Fatal(err)
	}
	a, err := devcorpus.SeedArticle(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := explain.Write(&buf, p.Process(a)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"[China]{Country country:CHN | gaz.country.name 1.00}",
		"[Monday]{Date 2020-10-19 @dateline:2020-10-21 | date.weekday",
		"type=video_conference ordinal=13 date=2020-10-19 mode=video attendance=40",
		`rule coop.pair (0.85) matched "media cooperation"`,
		"COMMITTED_TO country:RUS -> topic:press-coordination",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q", want)
		}
	}
	golden := filepath.Join("testdata", "seed.txt")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("explain output differs from %s (run go test -update after checking)", golden)
	}
}
