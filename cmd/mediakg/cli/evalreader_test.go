package cli

import (
	"encoding/json"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

func TestEvalReaderJSON(t *testing.T) {
	shared, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skipf("SKIPPED: shared corpus folder %s is absent", shared)
	}
	t.Setenv("MEDIAKG_SHARED", shared)
	code, out, errs := runCLI(t, "eval", "reader", "--format", "json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Bodies struct {
			Pages int     `json:"pages"`
			F1    float64 `json:"f1"`
		} `json:"bodies"`
		Meta map[string]struct {
			TitleAccuracy float64 `json:"title_accuracy"`
			DateAccuracy  float64 `json:"date_accuracy"`
		} `json:"meta"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Bodies.Pages != 60 || rep.Bodies.F1 < 0.97 {
		t.Errorf("bodies: %+v, want 60 pages at F1 >= 0.97", rep.Bodies)
	}
	if m, ok := rep.Meta["media_dev.jsonl"]; !ok || m.TitleAccuracy < 0.95 || m.DateAccuracy < 0.95 {
		t.Errorf("media_dev title/date accuracy: %+v", rep.Meta)
	}
}

// TestEvalReaderPart scores the tune part only; a part that does not exist
// is a usage error.
func TestEvalReaderPart(t *testing.T) {
	shared, ok := neo4jtest.SharedDir(t)
	if !ok {
		t.Skipf("SKIPPED: shared corpus folder %s is absent", shared)
	}
	t.Setenv("MEDIAKG_SHARED", shared)
	code, out, errs := runCLI(t, "eval", "reader", "--part", "tune", "--format", "json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Bodies struct {
			Pages int `json:"pages"`
		} `json:"bodies"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Bodies.Pages != 37 {
		t.Errorf("tune part: %d pages (%v), want 37", rep.Bodies.Pages, err)
	}
	if code, _, errs := runCLI(t, "eval", "reader", "--part", "train"); code != ExitUsage {
		t.Errorf("--part train: exit %d\n%s", code, errs)
	}
}
