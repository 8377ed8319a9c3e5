package reader

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// loadAEB returns the benchmark pages of ../shared/corpus/html-dev.
func loadAEB(b *testing.B) []goldPage {
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

// TestStreamBigJSONL reads the JSONL file named by READER_BIG_JSONL (for
// example 1 GB of replicated html-dev pages, made outside the repository)
// with READER_WORKERS workers; run the test binary under /usr/bin/time -v
// to see that peak memory does not grow with the input.
func TestStreamBigJSONL(t *testing.T) {
	path := os.Getenv("READER_BIG_JSONL")
	if path == "" {
		t.Skip("set READER_BIG_JSONL to a large JSONL file to measure streaming")
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
