package reader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// sharedDir finds ../shared (or $MEDIAKG_SHARED) and skips the test with a
// message when its corpus is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	d, ok := neo4jtest.SharedDir(t)
	if _, err := os.Stat(filepath.Join(d, "corpus")); !ok || err != nil {
		t.Skipf("shared corpus not found at %s (set MEDIAKG_SHARED)", d)
	}
	return d
}

func TestEvalBodiesAEB(t *testing.T) {
	path := filepath.Join(sharedDir(t), "corpus", "html-dev", "aeb_dev.jsonl")
	rep, err := EvalBodies(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep.String())
	if os.Getenv("READER_EVAL_ALL") != "" {
		for _, s := range rep.All {
			t.Logf("%.3f p=%.3f r=%.3f %s %s", s.F1, s.Precision, s.Recall, s.ID[:10], s.URL)
		}
	}
	if rep.Pages != 60 {
		t.Errorf("pages = %d, want 60", rep.Pages)
	}
	if rep.F1 < 0.97 {
		t.Errorf("body F1 = %.4f, want >= 0.97", rep.F1)
	}
}

// TestDumpBodies writes the extracted bodies as {id: {articleBody}} JSON to
// READER_DUMP, so the benchmark's own evaluate.py can score them too.
func TestDumpBodies(t *testing.T) {
	out := os.Getenv("READER_DUMP")
	if out == "" {
		t.Skip("set READER_DUMP=file.json to write the extracted bodies")
	}
	path := filepath.Join(sharedDir(t), "corpus", "html-dev", "aeb_dev.jsonl")
	bodies := map[string]map[string]string{}
	err := forEachGoldPage(path, func(g goldPage) error {
		art, err := parseHTMLText([]byte(g.HTML), g.URL, noBudget)
		bodies[g.ID] = map[string]string{"articleBody": art.Body}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.MarshalIndent(bodies, "", " ")
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEvalMeta reports title and date accuracy on the dev sets whose
// records carry a gold title or date, and on the seed.
func TestEvalMeta(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "dev")
	for _, name := range []string{"media_dev.jsonl", "hugo_dev.jsonl", "l3s_dev.jsonl", "agendas_dev.jsonl", "tass_dev.jsonl"} {
		rep, err := EvalMeta(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", name, rep)
		if os.Getenv("READER_EVAL_ALL") != "" {
			for _, m := range rep.Misses {
				t.Logf("  %s %s: want %q got %q", m.ID, m.Field, m.Want, m.Got)
			}
		}
		if name == "media_dev.jsonl" {
			if rep.TitleAccuracy() < 0.95 {
				t.Errorf("media_dev title accuracy %.3f < 0.95", rep.TitleAccuracy())
			}
			if rep.DateAccuracy() < 0.95 {
				t.Errorf("media_dev date accuracy %.3f < 0.95", rep.DateAccuracy())
			}
		}
	}
}

// TestEvalBodiesL3S scores the body on the L3S-GN1 dev pages, which the
// reader was not tuned on (a check that it generalises).
func TestEvalBodiesL3S(t *testing.T) {
	path := filepath.Join(sharedDir(t), "corpus", "dev", "l3s_dev.jsonl")
	rep, err := EvalBodies(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep.String())
	if rep.Pages == 0 {
		t.Fatal("no pages")
	}
}

// TestSplitManifest pins the tune/check split of the html-dev pages: the
// manifest made once before any result was looked at must agree with
// SplitPart on every page, so the parts cannot drift.
func TestSplitManifest(t *testing.T) {
	want := map[string]string{}
	raw, err := os.ReadFile(filepath.Join("testdata", "split", "aeb_dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, part, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad manifest line %q", line)
		}
		want[id] = part
	}
	if len(want) != 60 {
		t.Fatalf("manifest has %d pages, want 60", len(want))
	}
	path := filepath.Join(sharedDir(t), "corpus", "html-dev", "aeb_dev.jsonl")
	n := 0
	err = forEachGoldPage(path, func(g goldPage) error {
		n++
		if got := SplitPart(g.URL); want[URLID(g.URL)] != got {
			t.Errorf("%s: SplitPart = %s, manifest says %q", URLID(g.URL), got, want[URLID(g.URL)])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 60 {
		t.Errorf("read %d pages, want 60", n)
	}
}

// TestEvalBodiesParts scores the tune and check parts separately; their
// pages add up to the whole set.
func TestEvalBodiesParts(t *testing.T) {
	path := filepath.Join(sharedDir(t), "corpus", "html-dev", "aeb_dev.jsonl")
	tune, err := EvalBodiesPart(path, PartTune)
	if err != nil {
		t.Fatal(err)
	}
	check, err := EvalBodiesPart(path, PartCheck)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tune: %s", tune.String())
	t.Logf("check: pages=%d precision=%.4f recall=%.4f F1=%.4f", check.Pages, check.Precision, check.Recall, check.F1)
	if tune.Pages != 37 || check.Pages != 23 {
		t.Errorf("tune %d + check %d pages, want 37 + 23", tune.Pages, check.Pages)
	}
	if _, err := EvalBodiesPart(path, "train"); err == nil {
		t.Error("part train accepted")
	}
}
