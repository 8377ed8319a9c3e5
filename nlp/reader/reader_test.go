package reader

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// itemResult is one yielded pair as the goldens store it.
type itemResult struct {
	Origin  string            `json:"origin"`
	Error   string            `json:"error,omitempty"`
	Article *document.Article `json:"article,omitempty"`
}

// collect runs Items and returns its pairs with origins made relative.
func collect(t *testing.T, paths []string, opts Options) []itemResult {
	t.Helper()
	var out []itemResult
	for a, err := range Items(context.Background(), paths, opts) {
		r := itemResult{Origin: filepath.ToSlash(a.Origin)}
		if err != nil {
			r.Error = filepath.ToSlash(err.Error())
			if a.Origin == "" {
				t.Errorf("error without origin: %v", err)
			}
		} else {
			art := a
			art.Origin = filepath.ToSlash(art.Origin)
			art.URL = relFileURL(t, art.URL)
			r.Article = &art
		}
		out = append(out, r)
	}
	return out
}

// relFileURL writes the file: URL of a file under the repository as
// file://REPO/path, so that goldens do not depend on where the
// repository lies; other URLs are returned as they are.
func relFileURL(t *testing.T, u string) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	prefix := FileURL(root) + "/"
	if strings.HasPrefix(u, prefix) {
		return "file://REPO/" + strings.TrimPrefix(u, prefix)
	}
	return u
}

func checkGolden(t *testing.T, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != string(b) {
		t.Errorf("%s differs from golden %s (run go test -update after checking):\n%s", name, path, firstDiff(string(want), string(b)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestGoldenCases reads every hard case on its own and compares the
// result with its golden file.
func TestGoldenCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name, collect(t, []string{f}, Options{}))
		})
	}
}

// TestSeed checks the skeleton issue's results on the bundled seed page.
func TestSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "testdata", "sample", "peoples-daily-2020-10-22-china-russia-media-cooperation.txt")
	res := collect(t, []string{seed}, Options{})
	if len(res) != 1 || res[0].Article == nil {
		t.Fatalf("seed: %+v", res)
	}
	a := res[0].Article
	checks := []struct{ name, got, want string }{
		{"title", a.Title, "China, Russia vow to up media cooperation in post-epidemic era"},
		{"publisher", a.Publisher, "People's Daily"},
		{"publisher id", a.PublisherID, "org:peoples-daily"},
		{"source", a.Source, "Xinhua"},
		{"source id", a.SourceID, "org:xinhua"},
		{"published", a.Published, "2020-10-22"},
		{"language", a.Language, "en"},
		{"editors", strings.Join(a.Editors, "|"), "Wen Ying|Liang Jun"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if a.Dateline == nil {
		t.Fatal("no dateline")
	}
	if got := *a.Dateline; got.Place != "Beijing" || got.Date != "2020-10-21" || got.Agency != "Xinhua" {
		t.Errorf("dateline = %+v", got)
	}
	if dl := a.Body[a.Dateline.Span.Start:a.Dateline.Span.End]; dl != "BEIJING, Oct. 21 (Xinhua) --" {
		t.Errorf("dateline span covers %q", dl)
	}
	if len(a.Paragraphs) != 5 {
		t.Errorf("%d paragraphs, want 5", len(a.Paragraphs))
	}
	if !strings.HasPrefix(a.Body, "BEIJING, Oct. 21 (Xinhua) --") {
		t.Errorf("body starts %q", a.Body[:min(40, len(a.Body))])
	}
	for _, junk := range []string{"Key Words", "Links", "Most Read", "Web editor", "Search", "Add your comment"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body holds %q", junk)
		}
	}
	if !strings.HasPrefix(a.ID, "article:") || len(a.ID) != len("article:")+16 {
		t.Errorf("id = %q", a.ID)
	}
	checkGolden(t, "seed", res)
}

// TestItemsErrors covers bad inputs: each gives one error naming the
// input and the reason, and the others are still read.
func TestItemsErrors(t *testing.T) {
	dir := filepath.Join("testdata", "cases")
	paths := []string{
		filepath.Join(dir, "no-such-file.html"),
		filepath.Join(dir, "empty.txt"),
		filepath.Join(dir, "binary.dat.txt"),
		filepath.Join(dir, "broken.jsonl"),
		filepath.Join(dir, "ap-dateline.html"),
	}
	res := collect(t, paths, Options{})
	want := []struct{ origin, errPart string }{
		{"testdata/cases/no-such-file.html", "testdata/cases/no-such-file.html: no such file or directory"},
		{"testdata/cases/empty.txt", "testdata/cases/empty.txt: empty input"},
		{"testdata/cases/binary.dat.txt", "testdata/cases/binary.dat.txt: binary data, not text"},
		{"testdata/cases/broken.jsonl:1", ""},
		{"testdata/cases/broken.jsonl:2", "testdata/cases/broken.jsonl:2: invalid JSON"},
		{"testdata/cases/broken.jsonl:3", ""},
		{"testdata/cases/broken.jsonl:5", "testdata/cases/broken.jsonl:5: no html or text"},
		{"testdata/cases/broken.jsonl:6", ""},
		{"testdata/cases/ap-dateline.html", ""},
	}
	if len(res) != len(want) {
		t.Fatalf("got %d results, want %d: %+v", len(res), len(want), res)
	}
	for i, w := range want {
		r := res[i]
		if r.Origin != w.origin {
			t.Errorf("result %d: origin %q, want %q", i, r.Origin, w.origin)
		}
		if w.errPart == "" && r.Error != "" {
			t.Errorf("%s: unexpected error %s", w.origin, r.Error)
		}
		if w.errPart != "" && !strings.HasPrefix(r.Error, w.errPart) {
			t.Errorf("%s: error %q, want prefix %q", w.origin, r.Error, w.errPart)
		}
		if strings.Contains(r.Error, "\n") {
			t.Errorf("%s: error is not one line: %q", w.origin, r.Error)
		}
	}
	// The causes stay reachable with errors.Is/As.
	var errs []error
	for _, err := range Items(context.Background(), paths, Options{}) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	var ie *InputError
	var se *json.SyntaxError
	if len(errs) != 5 || !errors.Is(errs[0], fs.ErrNotExist) || !errors.Is(errs[1], ErrEmpty) ||
		!errors.Is(errs[2], ErrBinary) || !errors.As(errs[3], &se) || !errors.Is(errs[4], ErrNoContent) || !errors.As(errs[0], &ie) {
		t.Errorf("causes not reachable: %v", errs)
	}
}

// TestItemsDirectory reads a directory recursively, sorted, by extension.
func TestItemsDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	para := "The committee met on Monday and agreed to publish its findings in full next month, after a long debate about the budget."
	write("b/two.txt", "Second story headline\n\n"+para)
	write("a.txt", "First story headline\n\n"+para)
	write("b/a/three.html", "<html><body><p>"+para+"</p></body></html>")
	write("skip.pdf", "not read")
	res := collect(t, []string{dir}, Options{})
	var origins []string
	for _, r := range res {
		if r.Error != "" {
			t.Errorf("unexpected error %s", r.Error)
		}
		origins = append(origins, strings.TrimPrefix(r.Origin, filepath.ToSlash(dir)+"/"))
	}
	want := []string{"a.txt", "b/a/three.html", "b/two.txt"}
	if !reflect.DeepEqual(origins, want) {
		t.Errorf("origins %v, want %v", origins, want)
	}
	if res[0].Article.Title != "First story headline" {
		t.Errorf("title %q", res[0].Article.Title)
	}
	// The id comes from the file's base name when there is no URL, so it is
	// stable wherever the corpus lives.
	res2 := collect(t, []string{filepath.Join(dir, "a.txt")}, Options{})
	if res[0].Article.ID != res2[0].Article.ID {
		t.Errorf("id not stable: %s vs %s", res[0].Article.ID, res2[0].Article.ID)
	}
}

// TestItemsWorkers checks that parallel parsing yields exactly what the
// sequential reader does, in the same order, and that stopping early
// leaves no goroutine behind.
func TestItemsWorkers(t *testing.T) {
	paths := []string{filepath.Join("testdata", "cases"), filepath.Join("..", "..", "testdata", "sample")}
	seq := collect(t, paths, Options{})
	par := collect(t, paths, Options{Workers: 4})
	if !reflect.DeepEqual(seq, par) {
		t.Fatalf("Workers: 4 differs from sequential reading")
	}
	before := runtime.NumGoroutine()
	n := 0
	for range Items(context.Background(), paths, Options{Workers: 4}) {
		n++
		if n == 2 {
			break
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left after an early stop (had %d)", g, before)
	}
}

// TestItemsCancel stops reading when the context ends and says so.
func TestItemsCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs []error
	for _, err := range Items(ctx, []string{filepath.Join("testdata", "cases")}, Options{}) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || errs[0] == nil || !strings.Contains(errs[0].Error(), "cancel") {
		t.Errorf("got %v, want one cancellation error", errs)
	}
}

// TestLongJSONLLine skips a line over the limit and reads the next one.
func TestLongJSONLLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "long.jsonl")
	long := `{"id":"x","text":"` + strings.Repeat("word ", 400) + `"}`
	ok := `{"id":"y","text":"A short article about a meeting of editors that ended with an agreement on sharing photographs."}`
	if err := os.WriteFile(p, []byte(long+"\n"+ok+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := collect(t, []string{p}, Options{MaxLineBytes: 1000})
	if len(res) != 2 || !strings.Contains(res[0].Error, ":1: line too long") || res[1].Article == nil {
		t.Fatalf("got %+v", res)
	}
}

// TestItemsJSONFile reads .json files: an array, a single record, and
// records one per line.
func TestItemsJSONFile(t *testing.T) {
	dir := t.TempDir()
	text := "The two agencies signed an agreement on Monday to exchange photographs and train young reporters together."
	files := map[string]string{
		"array.json":  `[{"id":"a1","title":"First","text":"` + text + `"},{"id":"a2","title":"Second","text":"` + text + `"}]`,
		"single.json": "{\n  \"id\": \"s1\",\n  \"title\": \"Single\",\n  \"text\": \"" + text + "\"\n}\n",
		"lines.json":  `{"id":"l1","title":"Line one","text":"` + text + `"}` + "\n" + `{"id":"l2","title":"Line two","text":"` + text + `"}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := collect(t, []string{dir}, Options{Extensions: []string{".json"}})
	var got []string
	for _, r := range res {
		if r.Error != "" {
			t.Fatalf("unexpected error %s", r.Error)
		}
		got = append(got, strings.TrimPrefix(r.Origin, filepath.ToSlash(dir)+"/")+"="+r.Article.Title)
	}
	want := []string{"array.json:1=First", "array.json:2=Second", "lines.json:1=Line one", "lines.json:2=Line two", "single.json=Single"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
