package tag

import (
	"testing"

	"github.com/mediakg/mediakg/nlp/lexicon"
)

// TestGateBits: the tagger's own gate bits lie between the lexicon's and
// the shape bits, and every word of a list with a bit carries it.
func TestGateBits(t *testing.T) {
	setup(t)
	// bitPrefixHead is the last of the tagger's bits: one more (1<<61)
	// fits below the shape bits
	if bitFirstWord < 1<<lexicon.FreeBits || bitPrefixHead >= 1<<lexicon.ShapeBits {
		t.Fatalf("tagger gate bits %#x..%#x overlap the lexicon's or the shape bits", bitFirstWord, bitPrefixHead)
	}
	for w := range tagger.lex.RoleNouns {
		if tagger.firsts[w]&bitRoleNoun == 0 {
			t.Errorf("role noun %q has no bitRoleNoun", w)
		}
	}
	// the dense tables of short words agree with the map
	for w, bits := range tagger.firsts {
		if k, ok := abc(w); ok && len(w) == 3 && tagger.firsts3[k].gate != bits {
			t.Errorf("%q: firsts3 %#x, firsts %#x", w, tagger.firsts3[k].gate, bits)
		}
	}
	// every word of a lexicon phrase has its id, in the map and in the
	// dense tables
	ids := tagger.lex.WordIDs()
	n := 0
	ids.Each(func(w string, id int32) {
		n++
		if f := tagger.words[w]; f.id != id || f.gate != tagger.firsts[w] {
			t.Errorf("%q: words has id %d gate %#x, want id %d gate %#x", w, f.id, f.gate, id, tagger.firsts[w])
		}
		if k, ok := abc(w); ok && len(w) == 3 && tagger.firsts3[k].id != id {
			t.Errorf("%q: firsts3 id %d, want %d", w, tagger.firsts3[k].id, id)
		}
	})
	if n < 500 {
		t.Errorf("the lexicon numbers %d words; want its hundreds", n)
	}
}

// TestWordTable: the inline table answers as the map of words for every
// word of it, for words of every length up to past maxInline, and for
// words not in it.
func TestWordTable(t *testing.T) {
	setup(t)
	tab := tagger.wordTab
	for w, f := range tagger.words {
		if got := tab.find(w); got != f {
			t.Errorf("%q: table %+v, map %+v", w, got, f)
		}
		// the word with one byte more or less is another word
		for _, o := range []string{w + "x", w[:len(w)-1]} {
			if got, want := tab.find(o), tagger.words[o]; got != want {
				t.Errorf("%q: table %+v, map %+v", o, got, want)
			}
		}
	}
	for _, w := range []string{"", "zzzzzzzzzzzzzzzzzzzz", "qqqqqqqqqqqqqqq", "qqqqqqqq", "q"} {
		if got, want := tab.find(w), tagger.words[w]; got != want {
			t.Errorf("%q: table %+v, map %+v", w, got, want)
		}
	}
}
