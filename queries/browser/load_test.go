package browser

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/nlp/document"
)

const seriesIDForTest = "series:china-russia-media-forum"

// loadKnownCorpus loads queries/testdata/corpus.json (the known corpus of
// the query tests) through the real loader.
func loadKnownCorpus(t *testing.T, c *graph.Client) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "corpus.json"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*document.Document
	if err := json.Unmarshal(raw, &docs); err != nil {
		t.Fatalf("corpus.json: %v", err)
	}
	ctx := context.Background()
	if _, err := graph.ApplySchema(ctx, c); err != nil {
		t.Fatalf("apply schema: %v", err)
	}
	if st, err := graph.LoadDocuments(ctx, c, docs, graph.LoadOptions{}); err != nil || st.Failed != 0 {
		t.Fatalf("load corpus: %+v %v", st, err)
	}
}

// wantTourCaptions are the nodes of the event-graph query for the forum
// series: three editions, the series (the loader names it after its first
// edition), two host cities, and the parties of the three editions.
func wantTourCaptions() []string {
	return []string{
		"China-Russia Media Forum 1", "China-Russia Media Forum 2", "China-Russia Media Forum 4",
		"China-Russia Media Forum 1", // the EventSeries
		"Beijing", "Moscow", "China", "Russia",
		"Xinhua News Agency", "TASS", "People's Daily", "Rossiyskaya Gazeta", "China Media Group",
		"Ministry of Digital Development",
	}
}
