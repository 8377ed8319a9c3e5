package graph_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/bench"
)

// TestLoaderGraphMatchesGolden loads a corpus whose events repeat across
// articles and whose articles share hubs, and compares every node,
// relationship and property (dumpGraph) with the graph the loader of
// commit 06e9f9c made from the same input, recorded in testdata/repeating-graph.txt.gz (one line per node and
// relationship): into
// an empty graph with one and with two writers (the planner then knows
// which fact edges are new and creates them), and in two loads, the
// second into the graph the first made (it merges every fact edge, since
// the graph held facts before it began), which must end in the same
// graph.
func TestLoaderGraphMatchesGolden(t *testing.T) {
	docs := repeatingCorpus(bench.Synthetic(40, 11), 300)
	path := filepath.Join("testdata", "repeating-graph.txt.gz")
	check := func(name string, got []string) {
		t.Helper()
		if *update && name == "one writer" {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			io.WriteString(zw, strings.Join(got, "\n")+"\n")
			zw.Close()
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		raw := readGzip(t, path)
		want := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: not the golden graph:\n%s", name, firstDifference(want, got))
		}
	}
	for _, workers := range []int{1, 2} {
		c := fresh(t)
		load(t, c, graph.LoadOptions{BatchSize: 300, Workers: workers}, docs...)
		name := "one writer"
		if workers == 2 {
			name = "two writers"
		}
		check(name, dumpGraph(t, c))
	}
	c := fresh(t)
	load(t, c, graph.LoadOptions{BatchSize: 300, Workers: 2}, docs[:130]...)
	load(t, c, graph.LoadOptions{BatchSize: 300, Workers: 2}, docs[130:]...)
	check("two loads", dumpGraph(t, c))
}

func readGzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
