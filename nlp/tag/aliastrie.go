package tag

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// aliasTrie is a byte trie of the gazetteer aliases that start with an
// ASCII byte (Latin script). scan walks it from every byte of a window
// where a name may start (nameBoundaryBefore) instead of running an
// Aho-Corasick automaton over every byte: the matches that start
// elsewhere fail the word boundary anyway, there are fewer steps, and
// each step reads memory next to the last one.
//
// The nodes lie in one slice of words, the first levels breadth first
// and their subtrees depth first, each node with its edges: a header word (the alias index+1 that ends at the node in
// the low aliasBits bits, 0 for none; the number of edges above them),
// the edges' bytes packed four to a word, then the offsets of the
// children in the same order. A node with one child (most of them:
// the letters of a single alias) is three words followed by that child.
type aliasTrie struct {
	// root is the offset of the root's child for each byte, 0 for none
	root [256]uint32
	data []uint32
}

// trieRange is a node of the trie while it is built: the texts
// sorted[lo:hi] share their first depth bytes.
type trieRange struct{ lo, hi, depth int }

// aliasBits is the width of a trie node's alias field.
const aliasBits = 23

// newAliasTrie builds the trie of texts; alias[i] is the index in
// Gazetteer.Aliases of texts[i]. The texts are distinct.
func newAliasTrie(texts []string, alias []int) (*aliasTrie, error) {
	// in byte order, the texts under a node are a range that starts
	// with the node's own text, if it is one
	order := make([]int, len(texts))
	for i := range order {
		if alias[i]+1 >= 1<<aliasBits {
			return nil, fmt.Errorf("tag: %d gazetteer aliases: more than the trie holds", alias[i]+1)
		}
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(texts[a], texts[b]) })
	sorted := make([]string, len(texts))
	for k, i := range order {
		sorted[k] = texts[i]
	}
	t := &aliasTrie{}
	var kids []trieRange
	// place writes the node of r (its header and edges) and returns
	// its offset and its children, whose offsets go into the slots
	// from slots on as they are laid
	place := func(r trieRange) (at, slots int, children []trieRange) {
		at = len(t.data)
		var own uint32
		lo := r.lo
		if lo < r.hi && len(sorted[lo]) == r.depth {
			own = uint32(alias[order[lo]] + 1)
			lo++
		}
		first := len(kids)
		for k := lo; k < r.hi; {
			b := sorted[k][r.depth]
			e := k + 1
			for e < r.hi && sorted[e][r.depth] == b {
				e++
			}
			kids = append(kids, trieRange{lo: k, hi: e, depth: r.depth + 1})
			k = e
		}
		children = kids[first:]
		t.data = append(t.data, own|uint32(len(children))<<aliasBits)
		for k := 0; k < len(children); k += 4 {
			var w uint32
			for j := k; j < k+4 && j < len(children); j++ {
				w |= uint32(sorted[children[j].lo][r.depth]) << (8 * (j - k))
			}
			t.data = append(t.data, w)
		}
		slots = len(t.data)
		t.data = append(t.data, make([]uint32, len(children))...)
		return at, slots, children
	}
	var deep func(r trieRange) uint32
	deep = func(r trieRange) uint32 {
		at, slots, children := place(r)
		children = slices.Clone(children) // kids grows below
		for k, c := range children {
			t.data[slots+k] = deep(c)
		}
		return uint32(at)
	}
	// the root and the first two levels breadth first (every walk
	// starts there), the rest depth first
	type pending struct {
		r    trieRange
		slot int // the parent's slot for it, -1 for the root
	}
	queue := []pending{{trieRange{lo: 0, hi: len(sorted)}, -1}}
	var later []pending
	for q := 0; q < len(queue); q++ {
		p := queue[q]
		at, slots, children := place(p.r)
		if p.slot >= 0 {
			t.data[p.slot] = uint32(at)
		}
		for k, c := range children {
			if c.depth <= 2 {
				queue = append(queue, pending{c, slots + k})
			} else {
				later = append(later, pending{c, slots + k})
			}
		}
	}
	for _, p := range later {
		t.data[p.slot] = deep(p.r)
	}
	for b := 0; b < 256; b++ {
		t.root[b] = t.next(0, byte(b))
	}
	return t, nil
}

// next returns the offset of the child of the node at offset n for byte
// b, 0 for none. It compares four edge bytes at a time: the word of
// labels xor b repeated has a zero byte where a label is b, and
// (x - 0x01010101) &^ x & 0x80808080 marks the lowest zero byte exactly.
func (t *aliasTrie) next(n uint32, b byte) uint32 {
	edges := int(t.data[n] >> aliasBits)
	labels := int(n) + 1
	if edges == 1 {
		// most nodes: the inner letters of a single alias
		if byte(t.data[labels]) == b {
			return t.data[labels+1]
		}
		return 0
	}
	words := (edges + 3) / 4
	rep := uint32(b) * 0x01010101
	for w := 0; w < words; w++ {
		x := t.data[labels+w] ^ rep
		if z := (x - 0x01010101) &^ x & 0x80808080; z != 0 {
			k := 4*w + bits.TrailingZeros32(z)/8
			if k >= edges {
				return 0 // the zero padding of the last word
			}
			return t.data[labels+words+k]
		}
	}
	return 0
}

// matches appends to found every alias that occurs in body[from:to] and
// starts where a name may start (nameBoundaryBefore): all the matches
// of an automaton over the window that can pass boundary.
func (t *aliasTrie) matches(found []acMatch, body string, from, to int) []acMatch {
	for p := from; p < to; p++ {
		// most bytes of a window lie inside a word: a letter or digit
		// before them fails nameBoundaryBefore at once
		if p > from && asciiAlnum[body[p-1]] {
			continue
		}
		n := t.root[body[p]]
		if n == 0 || !nameBoundaryBefore(body, p) {
			continue
		}
		for q := p + 1; ; q++ {
			h := t.data[n]
			if a := h & (1<<aliasBits - 1); a != 0 {
				found = append(found, acMatch{s: p, e: q, pat: int(a - 1)})
			}
			if q >= to {
				break
			}
			if h>>aliasBits == 1 {
				// one edge, the common case, without a call (next)
				if byte(t.data[n+1]) != body[q] {
					break
				}
				n = t.data[n+2]
				continue
			}
			if n = t.next(n, body[q]); n == 0 {
				break
			}
		}
	}
	return found
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (a [256]bool) {
	for c := range a {
		a[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return a
}()

// nameBoundaryBefore reports whether a name that starts with an ASCII
// byte at body[s] passes boundary's tests of what lies before it: no
// letter or digit right before it, and no lower-case letter and a dot
// ("xinhuanet.com").
func nameBoundaryBefore(body string, s int) bool {
	if s == 0 {
		return true
	}
	c := body[s-1]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(body[:s])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return false
	}
	return c != '.' || s < 2 || body[s-2] < 'a' || body[s-2] > 'z'
}
