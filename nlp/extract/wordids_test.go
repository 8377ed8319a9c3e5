package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/extract"
)

// TestWordSetsByID: the rules' word sets answer the same by token id
// (view.in) as by the token's string, over the synthetic dev sets: the
// documents extracted both ways are equal.
func TestWordSetsByID(t *testing.T) {
	var files []string
	// the sets of the first four rounds (later ones are held back)
	for _, dir := range []string{"synthetic", "synthetic2", "synthetic3", "synthetic4"} {
		fs, err := filepath.Glob(filepath.Join("../../testdata", dir, "dev", "*.jsonl"))
		if err != nil || len(fs) == 0 {
			t.Fatalf("no dev set in %s (%v)", dir, err)
		}
		files = append(files, fs...)
	}
	n := 0
	for _, f := range files {
		for _, a := range readArticles(t, f) {
			byID := process(t, a.Body, "")
			restore := extract.SetWordIDs(false)
			byString := process(t, a.Body, "")
			restore()
			if !reflect.DeepEqual(byID.Events, byString.Events) || !reflect.DeepEqual(byID.Relations, byString.Relations) || !reflect.DeepEqual(byID.Entities, byString.Entities) {
				t.Errorf("%s %s: extracted by word id\n%v\nby string\n%v", f, a.ID, facts(byID), facts(byString))
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("compared %d documents; want the synthetic sets' hundreds", n)
	}
}

// readArticles reads the id and text of each line of a synthetic set.
func readArticles(t *testing.T, path string) []document.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []document.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if rec.Text != "" {
			out = append(out, document.Article{ID: rec.ID, Body: rec.Text})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
