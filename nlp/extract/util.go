// Small helpers of the package.

package extract

import (
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/lexicon"
)

// sortWith sorts ids and keeps vals parallel (few elements: insertion).
func sortWith(ids []string, vals []int) {
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
			vals[j], vals[j-1] = vals[j-1], vals[j]
		}
	}
}

func minIdx(a, b int) int {
	if a < b {
		return a
	}
	return b
}

var ordinalWordSet = newWordSet(map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true,
	"twelfth": true, "thirteenth": true, "fourteenth": true, "fifteenth": true,
	"sixteenth": true, "seventeenth": true, "eighteenth": true, "nineteenth": true,
	"twentieth": true, "inaugural": true,
})

func ordinalWord(w string) bool {
	if ordinalWordSet.has(w) {
		return true
	}
	if len(w) > 2 {
		suf := w[len(w)-2:]
		if suf == "th" || suf == "st" || suf == "nd" || suf == "rd" {
			_, ok := atoi(w[:len(w)-2])
			return ok
		}
	}
	return false
}

// atoi reads a non-negative decimal number of at most nine digits without
// allocating (strconv.Atoi allocates its error on every non-number).
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func mini(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxi(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// wordSet is a set of lower-cased words that the rules test token by
// token in their hot loops. A token is tested by its word id
// (view.in): the set's words are registered with the lexicon
// (lexicon.RegisterWords), the tagger finds every token's id with its
// gate bits, and the test is one bit of ids. A word that is not a token
// (has) goes through a 256-bit filter over its length and first and
// last bytes (wordKey), which turns nearly all words away with a few
// instructions before the map would hash them.
type wordSet struct {
	filter [4]uint64
	words  map[string]bool
	// ids holds the set's words by their registered ids, one bit each
	ids []uint64
	// wordIDs are the registered ids of the words
	wordIDs []int32
	// cue is the set's bit in a sentence's cues (sentenceCue), 0 for none
	cue uint64
}

// newWordSet returns the set of the words of m that map to true and
// registers them (lexicon.RegisterWords).
func newWordSet(m map[string]bool) *wordSet {
	s := &wordSet{words: m}
	var ws []string
	for w, in := range m {
		if in {
			k := wordKey(w)
			s.filter[k>>6] |= 1 << (k & 63)
			ws = append(ws, w)
		}
	}
	// sorted, so that the ids do not depend on the map's order
	sort.Strings(ws)
	s.wordIDs = lexicon.RegisterWords(ws...)
	for i, w := range ws {
		setWordIDs[w] = s.wordIDs[i]
	}
	for _, id := range s.wordIDs {
		for int(id>>6) >= len(s.ids) {
			s.ids = append(s.ids, 0)
		}
		s.ids[id>>6] |= 1 << (id & 63)
	}
	return s
}

// setWordIDs maps the words of all word sets to their registered ids: a
// view finds its tokens' ids here when the lexicon does not number the
// registered words (view.setIDsOf).
var setWordIDs = map[string]int32{}

// cueSets are the word sets that have a bit in a sentence's cues, in
// the order of their bits (sentenceCue).
var cueSets []*wordSet

// sentenceCue gives s a bit of a sentence's cues (view.sentCues) and
// returns it: a rule that reads a sentence only at words of s skips a
// sentence that has none. 64 sets at most; the 65th gets no bit and
// hasCue always answers true for it.
func sentenceCue(s *wordSet) *wordSet {
	if len(cueSets) < 64 {
		s.cue = 1 << len(cueSets)
		cueSets = append(cueSets, s)
	}
	return s
}

// cueTables returns the cue bits of the words of cueSets by registered
// id.
func cueTables() []uint64 {
	var byID []uint64
	for _, s := range cueSets {
		for _, id := range s.wordIDs {
			for int(id) >= len(byID) {
				byID = append(byID, 0)
			}
			byID[id] |= s.cue
		}
	}
	return byID
}

// hasID reports whether the word with registered id id is in the set.
func (s *wordSet) hasID(id int32) bool {
	k := uint32(id) >> 6
	return k < uint32(len(s.ids)) && s.ids[k]&(1<<(uint32(id)&63)) != 0
}

// wordKey is a word's bit in a wordSet's filter.
func wordKey(w string) uint8 {
	if w == "" {
		return 0
	}
	return uint8(len(w)*31 + int(w[0])*7 + int(w[len(w)-1]))
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	k := wordKey(w)
	if s.filter[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	return s.words[w]
}

// romanOrdinal reads a Roman numeral in capitals of two or more letters
// that numbers an edition ("XVIII Eurasian Media Forum" is the 18th),
// from 2 to 89; a numeral not written the canonical way is none.
func romanOrdinal(w string) (int, bool) {
	if len(w) < 2 || len(w) > 7 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := romanDigit(w[i])
		if c == 0 {
			return 0, false
		}
		if i+1 < len(w) && romanDigit(w[i+1]) > c {
			n -= c
		} else {
			n += c
		}
	}
	if n < 2 || n > 89 || romanOf(n) != w {
		return 0, false
	}
	return n, true
}

// romanOf writes n (1-89) in Roman numerals.
func romanOf(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// romanDigit is the value of a Roman digit up to L, 0 for another byte.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	}
	return 0
}
