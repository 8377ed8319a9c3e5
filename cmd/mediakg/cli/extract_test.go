package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
)

func seedPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(neo4jtest.RepoRoot(t), "testdata", "sample",
		"peoples-daily-2020-10-22-china-russia-media-cooperation.txt")
}

// runCLI runs mediakg with args in the repository root and returns its exit
// code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(neo4jtest.RepoRoot(t))
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestExtractSeed pins what issue 2 requires of the seed article.
func TestExtractSeed(t *testing.T) {
	code, out, errOut := runCLI(t, "extract", "--format", "json", seedPath(t))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one JSON line per article, got %d", len(lines))
	}
	var d document.Document
	if err := json.Unmarshal([]byte(lines[0]), &d); err != nil {
		t.Fatal(err)
	}
	a := d.Article
	if a.Publisher != "People's Daily" || a.Source != "Xinhua" || a.Published != "2020-10-22" {
		t.Errorf("publisher/source/published = %q/%q/%q", a.Publisher, a.Source, a.Published)
	}
	if a.Dateline == nil || a.Dateline.Place != "Beijing" || a.Dateline.Date != "2020-10-21" {
		t.Errorf("dateline = %+v", a.Dateline)
	}

	byID := map[string]document.Entity{}
	for _, e := range d.Entities {
		byID[e.ID] = e
		for _, m := range e.Mentions {
			if a.Body[m.Start:m.End] != m.Text {
				t.Errorf("mention %q: offsets [%d,%d) give %q", m.Text, m.Start, m.End, a.Body[m.Start:m.End])
			}
		}
	}
	for id, forms := range map[string][]string{
		"country:CHN": {"China", "Chinese"},
		"country:RUS": {"Russia", "Russian"},
	} {
		e, ok := byID[id]
		if !ok {
			t.Errorf("entity %s missing", id)
			continue
		}
		var texts []string
		for _, m := range e.Mentions {
			texts = append(texts, m.Text)
		}
		for _, f := range forms {
			if !slices.Contains(texts, f) {
				t.Errorf("%s: no mention %q among %q", id, f, texts)
			}
		}
	}
	for _, junk := range []string{"Xi Jinping", "South China Sea", "AIIB", "Global Times", "CCTV", "G20", "Belt and Road"} {
		for _, e := range d.Entities {
			if strings.Contains(e.Name, junk) {
				t.Errorf("page chrome leaked into entities: %s %q", e.ID, e.Name)
			}
		}
		if strings.Contains(a.Body, junk) {
			t.Errorf("page chrome %q leaked into the body", junk)
		}
	}

	if len(d.Events) != 1 {
		t.Fatalf("want one event, got %d: %+v", len(d.Events), d.Events)
	}
	ev := d.Events[0]
	if ev.Ordinal != 13 || ev.Date != "2020-10-19" || !strings.Contains(ev.Type, "conference") {
		t.Errorf("event = type %q ordinal %d date %q", ev.Type, ev.Ordinal, ev.Date)
	}
	if !slices.Contains(ev.Participants, "country:CHN") || !slices.Contains(ev.Participants, "country:RUS") {
		t.Errorf("participants = %v", ev.Participants)
	}

	found := false
	for _, r := range d.Relations {
		pair := []string{r.From, r.To}
		slices.Sort(pair)
		if r.Type == document.CooperatesWith && pair[0] == "country:CHN" && pair[1] == "country:RUS" && r.Event == ev.ID {
			found = true
			if r.Evidence.Text == "" || a.Body[r.Evidence.Start:r.Evidence.End] != r.Evidence.Text {
				t.Errorf("evidence %+v does not match the body", r.Evidence)
			}
		}
	}
	if !found {
		t.Error("no COOPERATES_WITH China-Russia tied to the event")
	}
}

// TestExtractBadInputs: each bad input gets one line naming it and the
// reason, the good input is still processed, and the exit status says that
// something failed.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "blob.html")
	missing := filepath.Join(dir, "missing.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(binary, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "extract", missing, empty, binary, seedPath(t))
	if code != ExitPartial {
		t.Errorf("exit %d, want %d (partial failure)", code, ExitPartial)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 1 {
		t.Errorf("want the seed's document on stdout, got %d lines", n)
	}
	for _, p := range []string{missing, empty, binary} {
		if !strings.Contains(errOut, "mediakg: "+p+": ") {
			t.Errorf("stderr does not name %s:\n%s", p, errOut)
		}
	}
}

func TestExplainSeed(t *testing.T) {
	code, out, errOut := runCLI(t, "explain", seedPath(t))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"[China]{Country country:CHN", "COOPERATES_WITH", "ANCHOR"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q", want)
		}
	}
}

func TestExtractTimeML(t *testing.T) {
	code, out, errOut := runCLI(t, "extract", "--format", "timeml", seedPath(t))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"<TimeML>", `functionInDocument="CREATION_TIME"`, `value="2020-10-19" temporalFunction="true" anchorTimeID="t0">Monday</TIMEX3>`, "</TimeML>"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeml output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runCLI(t, "extract", "--format", "xml", seedPath(t)); code != ExitUsage {
		t.Errorf("--format xml: exit %d, want %d", code, ExitUsage)
	}
}
