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
		if k, ok := abc(w); ok && len(w) == 3 && tagger.firsts3[k] != bits {
			t.Errorf("%q: firsts3 %#x, firsts %#x", w, tagger.firsts3[k], bits)
		}
	}
}
