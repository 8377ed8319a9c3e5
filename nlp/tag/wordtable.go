package tag

// wordTable finds the wordFact of a lower-cased token with one cache
// line read for most tokens: an open-addressing table whose slots hold
// the word's bytes inline (words of up to 16 bytes), where a Go map
// reads its control word, the slot and the key's bytes elsewhere in
// memory. Longer words are in a map. tokenFacts looks up every token of
// four letters or more here.
type wordTable struct {
	slots []wordSlot
	mask  uint32
	long  map[string]wordFact
}

// wordSlot is one word of at most 16 bytes: its bytes little-endian and
// zero-padded in k0 and k1, its length n (0 for an empty slot) and its
// fact. 32 bytes, so a slot never straddles two cache lines.
type wordSlot struct {
	k0, k1 uint64
	gate   uint64
	id     int32
	n      uint16
	cues   uint16
}

// maxInline is the longest word held in a slot.
const maxInline = 16

// newWordTable returns the table of words, a quarter to a half full.
func newWordTable(words map[string]wordFact) *wordTable {
	size := 64
	for size < 2*len(words) {
		size *= 2
	}
	t := &wordTable{slots: make([]wordSlot, size), mask: uint32(size - 1), long: map[string]wordFact{}}
	for w, f := range words {
		if len(w) == 0 || len(w) > maxInline {
			t.long[w] = f
			continue
		}
		k0, k1 := packWord(w)
		h := wordSlotHash(k0, k1, len(w)) & t.mask
		for t.slots[h].n != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = wordSlot{k0: k0, k1: k1, gate: f.gate, id: f.id, n: uint16(len(w)), cues: f.cues}
	}
	return t
}

// find returns the fact of word w, the zero fact when it has none.
func (t *wordTable) find(w string) wordFact {
	if len(w) == 0 || len(w) > maxInline {
		return t.long[w]
	}
	k0, k1 := packWord(w)
	n := uint16(len(w))
	for h := wordSlotHash(k0, k1, len(w)) & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.n == 0 {
			return wordFact{}
		}
		if s.k0 == k0 && s.k1 == k1 && s.n == n {
			return wordFact{gate: s.gate, id: s.id, cues: s.cues}
		}
	}
}

// wordSlotHash mixes a packed word into the start of its probe.
func wordSlotHash(k0, k1 uint64, n int) uint32 {
	h := (k0^uint64(n))*0x9E3779B97F4A7C15 ^ k1*0xC2B2AE3D27D4EB4F
	return uint32(h>>32) ^ uint32(h)
}

// packWord returns the bytes of w (1 to 16 of them) little-endian,
// zero-padded: the first eight in k0, the others in k1.
func packWord(w string) (k0, k1 uint64) {
	n := len(w)
	if n < 4 {
		for i := n - 1; i >= 0; i-- {
			k0 = k0<<8 | uint64(w[i])
		}
		return k0, 0
	}
	if n < 8 {
		// bytes 4..n-1 the same way as k1's below
		return uint64(load4(w, 0)) | uint64(load4(w, n-4)>>(8*uint(8-n)))<<32, 0
	}
	k0 = load8(w, 0)
	if n == 8 {
		return k0, 0
	}
	// bytes 8..n-1: the eight ending at n, less those before byte 8
	return k0, load8(w, n-8) >> (8 * uint(16-n))
}

// load8 returns the eight bytes of s from i on, little-endian (one load
// once the compiler has combined the byte reads).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load4 returns the four bytes of s from i on, little-endian.
func load4(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
