package reader

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// loadAEB returns the benchmark pages of ../shared/corpus/html-dev.
func loadAEB(b testing.TB) []goldPage {
	b.Helper()
	path := filepath.Join(sharedDir(b), "corpus", "html-dev", "aeb_dev.jsonl")
	var pages []goldPage
	if err := forEachGoldPage(path, func(g goldPage) error {
		pages = append(pages, g)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return pages
}

// BenchmarkParseHTML reads the 60 html-dev pages on one goroutine: MB/s
// and pages/s are per core; allocs/page is the mean over the pages.
func BenchmarkParseHTML(b *testing.B) {
	pages := loadAEB(b)
	raws := make([][]byte, len(pages))
	var total int64
	for i, p := range pages {
		raws[i] = []byte(p.HTML)
		total += int64(len(raws[i]))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	b.ResetTimer()
	for b.Loop() {
		bodies := 0
		for i, raw := range raws {
			a, err := parseHTMLText(raw, pages[i].URL, noBudget)
			if err != nil {
				b.Fatal(err)
			}
			if a.Body != "" {
				bodies++
			}
		}
		if bodies != len(raws) {
			b.Fatalf("%d of %d pages gave a body", bodies, len(raws))
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	n := float64(b.N) * float64(len(raws))
	b.ReportMetric(n/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/n, "allocs/page")
}

// BenchmarkItemsJSONL streams the html-dev JSONL through Items, with one
// worker and with one per core.
func BenchmarkItemsJSONL(b *testing.B) {
	path := filepath.Join(sharedDir(b), "corpus", "html-dev", "aeb_dev.jsonl")
	pages := loadAEB(b)
	var total int64
	for _, p := range pages {
		total += int64(len(p.HTML))
	}
	for _, w := range []int{1, runtime.NumCPU()} {
		b.Run("workers="+itoa(w), func(b *testing.B) {
			b.SetBytes(total)
			for b.Loop() {
				n := 0
				for _, err := range Items(context.Background(), []string{path}, Options{Workers: w}) {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != len(pages) {
					b.Fatalf("%d articles, want %d", n, len(pages))
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// TestStreamBigJSONL reads the input named by READER_BIG_JSONL or
// READER_BIG (for example 1 GB of replicated html-dev pages as JSONL, or a
// WARC file of thousands of records that TestMakeBigWARC writes, made
// outside the repository) with READER_WORKERS workers; run the test binary
// under /usr/bin/time -v to see that peak memory does not grow with the
// input.
func TestStreamBigJSONL(t *testing.T) {
	path := os.Getenv("READER_BIG_JSONL")
	if path == "" {
		path = os.Getenv("READER_BIG")
	}
	if path == "" {
		t.Skip("set READER_BIG_JSONL or READER_BIG to a large input to measure streaming")
	}
	workers, _ := strconv.Atoi(os.Getenv("READER_WORKERS"))
	start := time.Now()
	n, errs, bodyBytes := 0, 0, 0
	for a, err := range Items(context.Background(), []string{path}, Options{Workers: workers}) {
		if err != nil {
			errs++
			continue
		}
		n++
		bodyBytes += len(a.Body)
	}
	st, _ := os.Stat(path)
	el := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d articles, %d errors, %.0f MB in %.1fs = %.1f MB/s with %d workers; heap in use at end %d MB, total alloc %d MB",
		n, errs, float64(st.Size())/1e6, el.Seconds(), float64(st.Size())/1e6/el.Seconds(), workers, ms.HeapInuse>>20, ms.TotalAlloc>>20)
}

// warcOfPages writes the pages as HTTP response records of a .warc.gz,
// cycling through them until n records are written, each under its own
// target URI.
func warcOfPages(t testing.TB, path string, pages []goldPage, n int) int64 {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var html int64
	for i := 0; i < n; i++ {
		p := pages[i%len(pages)]
		rec := warcRec{typ: gowarc.Response, target: p.URL + "?copy=" + strconv.Itoa(i), date: captured,
			block: httpResponse("200 OK", "text/html; charset=utf-8", p.HTML)}
		if _, err := f.Write(marshalWARC(t, []warcRec{rec}, true)); err != nil {
			t.Fatal(err)
		}
		html += int64(len(p.HTML))
	}
	return html
}

// TestMakeBigWARC writes READER_MAKE_WARC, a .warc.gz of READER_WARC_RECORDS
// (default 5000) response records made of the html-dev pages, for
// TestStreamBigJSONL.
func TestMakeBigWARC(t *testing.T) {
	out := os.Getenv("READER_MAKE_WARC")
	if out == "" {
		t.Skip("set READER_MAKE_WARC=FILE.warc.gz to write a large WARC file")
	}
	n, _ := strconv.Atoi(os.Getenv("READER_WARC_RECORDS"))
	if n <= 0 {
		n = 5000
	}
	html := warcOfPages(t, out, loadAEB(t), n)
	st, _ := os.Stat(out)
	t.Logf("%s: %d records, %d MB of HTML, %d MB on disk", out, n, html>>20, st.Size()>>20)
}

// BenchmarkItemsWARC streams the html-dev pages from a .warc.gz through
// Items: MB/s counts the HTML payload, so the figure compares with
// BenchmarkItemsJSONL.
func BenchmarkItemsWARC(b *testing.B) {
	pages := loadAEB(b)
	path := filepath.Join(b.TempDir(), "pages.warc.gz")
	total := warcOfPages(b, path, pages, len(pages))
	for _, w := range []int{1, runtime.NumCPU()} {
		b.Run("workers="+itoa(w), func(b *testing.B) {
			b.SetBytes(total)
			for b.Loop() {
				n := 0
				for _, err := range Items(context.Background(), []string{path}, Options{Workers: w}) {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != len(pages) {
					b.Fatalf("%d articles, want %d", n, len(pages))
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
