package tag

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mediakg/mediakg/internal/devcorpus"
	"github.com/mediakg/mediakg/nlp/document"
)

// TestAliasTrie checks the trie's matches against a plain search: every
// occurrence of every Latin alias in a text that starts where a name may
// start, on texts that hold aliases inside words, after dots, next to
// non-ASCII letters and cut off by the window's end.
func TestAliasTrie(t *testing.T) {
	setup(t)
	checkTrie(t, []string{
		"BEIJING, Oct. 21 (Xinhua) -- China and Russia will step up media cooperation.",
		"The Associated Press of Pakistan and xinhuanet.com; Sino-Russian ties; ChinaDaily; éChina, 中China, China's TASS.",
		"Reuters/AFP: the Gambia, RIA Novosti and Sputnik (Russia) at the BRICS Media Forum in Moscow.",
	})
	t.Run("media_dev", func(t *testing.T) {
		var bodies []string
		for _, a := range devcorpus.Load(t, "media_dev")[:10] {
			bodies = append(bodies, a.Body)
		}
		checkTrie(t, bodies)
	})
}

// checkTrie compares the trie's matches in each body, whole and cut in
// half, with those of a plain search.
func checkTrie(t *testing.T, bodies []string) {
	t.Helper()
	g := tagger.gaz
	for _, body := range bodies {
		for _, to := range []int{len(body), len(body) / 2} {
			got := tagger.latin.matches(nil, body, 0, to)
			var want []acMatch
			for i, a := range g.Aliases {
				if a.Text[0] >= utf8.RuneSelf {
					continue
				}
				for off := 0; ; {
					k := strings.Index(body[off:to], a.Text)
					if k < 0 {
						break
					}
					if s := off + k; nameBoundaryBefore(body, s) {
						want = append(want, acMatch{s: s, e: s + len(a.Text), pat: i})
					}
					off += k + 1
				}
			}
			order := func(a, b acMatch) int {
				if a.s != b.s {
					return a.s - b.s
				}
				return a.e - b.e
			}
			slices.SortFunc(got, order)
			slices.SortFunc(want, order)
			if !slices.Equal(got, want) {
				t.Errorf("%.40q[:%d]: trie found %d matches, the search %d", body, to, len(got), len(want))
			}
			if len(want) == 0 {
				t.Errorf("%.40q: no alias found", body)
			}
		}
	}
}

// TestNameBoundaryBefore: nameBoundaryBefore agrees with boundary's test
// of the bytes before a name that starts with an ASCII letter.
func TestNameBoundaryBefore(t *testing.T) {
	body := "a China,xChina.b.China éChina 中China 1China  China"
	for s := 0; s < len(body); s++ {
		if body[s] != 'C' {
			continue
		}
		want := boundary(body, s, s+len("China"))
		if got := nameBoundaryBefore(body, s); got != want {
			t.Errorf("at %d (%q): %v, boundary says %v", s, body[max(0, s-3):s+5], got, want)
		}
	}
}

// BenchmarkGazetteer measures the gazetteer step of the tagger alone
// (the windows that may hold names, the trie walks, the choice of the
// longest valid matches) over the media_dev texts.
func BenchmarkGazetteer(b *testing.B) {
	setup(b)
	arts := devcorpus.Load(b, "media_dev")
	docs := make([]*document.Document, len(arts))
	views := make([]*view, len(arts))
	n := 0
	for i, a := range arts {
		docs[i] = &document.Document{Article: a}
		seg.Apply(docs[i])
		n += len(a.Body)
	}
	// the views as Apply leaves them before its first rule: the gate
	// and the token offsets filled
	for i, d := range docs {
		tagger.Apply(d)
		views[i] = &view{t: tagger, body: d.Article.Body, lower: d.LowerBody(), toks: d.Tokens, gate: d.Gate}
		v := views[i]
		nb := len(v.body) + 1
		v.startTok, v.endTok = make([]int32, nb), make([]int32, nb)
		for k, tk := range v.toks {
			v.startTok[tk.Start] = int32(k + 1)
			v.endTok[tk.End] = int32(k + 1)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for i := 0; i < b.N; i++ {
		found = 0
		for _, v := range views {
			v.cands = v.cands[:0]
			tagger.gazetteer(v)
			found += len(v.cands)
		}
	}
	if found == 0 {
		b.Fatal("no names found")
	}
	b.ReportMetric(float64(found), "names")
}
