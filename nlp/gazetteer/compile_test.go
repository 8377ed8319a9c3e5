package gazetteer_test

import (
	"runtime"
	"testing"

	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/lexicon"
	"github.com/mediakg/mediakg/nlp/tag"
)

// BenchmarkCompile measures what the gazetteer costs a pipeline at start:
// gazetteer.Load plus tag.New, which compiles every alias into the
// tagger's automata. It reports the live heap the two hold after a
// collection (heap-MB) and the number of entries and aliases.
func BenchmarkCompile(b *testing.B) {
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	var ms runtime.MemStats
	var heap uint64
	var g *gazetteer.Gazetteer
	var t *tag.Tagger
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g, t = nil, nil // the previous iteration's are garbage
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.HeapAlloc
		b.StartTimer()
		g, err = gazetteer.Load()
		if err != nil {
			b.Fatal(err)
		}
		t, err = tag.New(g, lex)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&ms)
		heap = ms.HeapAlloc - before
		runtime.KeepAlive(t)
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(g.Entries)), "entries")
	b.ReportMetric(float64(len(g.Aliases)), "aliases")
}
