package lexicon

import (
	"slices"
	"strings"
	"sync"
)

// Words is a sequence of lower-cased tokens.
type Words interface {
	Len() int
	// Low returns token i lower-cased (ASCII letters only).
	Low(i int) string
}

// Lowered is a Words that can hand out all its lower-cased tokens at once;
// Match then indexes the slice instead of calling Low per token.
type Lowered interface {
	Words
	Lows() []string
}

// Identified is a Lowered that also has the id of each lower-cased token
// in a WordIDs: Match then steps through the trie by comparing integers
// instead of hashing the token and comparing its bytes at every node.
type Identified interface {
	Lowered
	// WordIDs returns the numbering the ids are of and the ids, one per
	// token (0 for a word no phrase has).
	WordIDs() (*WordIDs, []int32)
}

// WordIDs numbers the registered words (RegisterWords) from 1, in the
// order registered, then the words of a lexicon's phrases. A caller that
// looks each token up once (the tagger does it with its gate) hands the
// ids to the matchers through Identified, and rules test a token's id
// against their word sets.
type WordIDs struct {
	ids map[string]int32
	// registered is how many registered words the numbering has
	registered int
}

// ID returns the id of the lower-cased word w, 0 when it is neither
// registered nor in a phrase (or x is nil).
func (x *WordIDs) ID(w string) int32 {
	if x == nil {
		return 0
	}
	return x.ids[w]
}

// HasRegistered reports whether x numbers every word registered so far,
// with the ids RegisterWords returned.
func (x *WordIDs) HasRegistered() bool {
	if x == nil {
		return false
	}
	registry.Lock()
	defer registry.Unlock()
	return x.registered == len(registry.words)
}

// registry holds the registered words in order (RegisterWords).
var registry struct {
	sync.Mutex
	words []string
	ids   map[string]int32
}

// RegisterWords gives words that rules test tokens against outside any
// lexicon (the word sets of nlp/extract) ids that every Lexicon loaded
// afterwards numbers them by, the same in every lexicon, and returns
// them (one per word, in order). Rules register their sets when their
// package is initialised, before any lexicon is loaded; a lexicon loaded
// before a registration lacks those words (WordIDs.HasRegistered).
func RegisterWords(ws ...string) []int32 {
	registry.Lock()
	defer registry.Unlock()
	if registry.ids == nil {
		registry.ids = map[string]int32{}
	}
	out := make([]int32, len(ws))
	for i, w := range ws {
		id, ok := registry.ids[w]
		if !ok {
			registry.words = append(registry.words, w)
			id = int32(len(registry.words))
			registry.ids[w] = id
		}
		out[i] = id
	}
	return out
}

// newWordIDs returns a numbering that holds the registered words.
func newWordIDs() *WordIDs {
	registry.Lock()
	defer registry.Unlock()
	x := &WordIDs{ids: make(map[string]int32, len(registry.words)), registered: len(registry.words)}
	for i, w := range registry.words {
		x.ids[w] = int32(i + 1)
	}
	return x
}

// Each calls f with every word and its id.
func (x *WordIDs) Each(f func(w string, id int32)) {
	for w, id := range x.ids {
		f(w, id)
	}
}

// intern returns the id of w, numbering it first when it is new.
func (x *WordIDs) intern(w string) int32 {
	id, ok := x.ids[w]
	if !ok {
		id = int32(len(x.ids) + 1)
		x.ids[w] = id
	}
	return id
}

// Matcher finds phrases in a token sequence: a trie over lower-cased
// tokens, longest match wins.
type Matcher struct {
	root node
	n    int
	// bit is the matcher's bit in its Lexicon's gate (0 for matchers
	// outside a Lexicon).
	bit uint64
	// words is the numbering of the words of the matcher's phrases
	// (number), nil for a matcher outside a Lexicon or one added to
	// since.
	words *WordIDs
}

type node struct {
	// keys and kids hold the children of the node, in the order added;
	// a node with more than smallNode children finds them through
	// slots, one with fewer by comparing the few short strings, which
	// is cheaper than hashing the token.
	keys []string
	kids []*node
	// slots is the open-addressing index of keys (nil for a small
	// node): each slot holds the index+1 of a key, 0 for an empty slot;
	// a power of two long and at most half full. It is a few kilobytes
	// where a Go map of the same words takes tens, so the root of a
	// large matcher, looked up for every gated token, stays in cache.
	slots []uint32
	// val is the payload + 1 of the phrase ending here, 0 for none.
	val int
	// ids are the ids of keys in the matcher's WordIDs. Most nodes find
	// them through dense, indexed by id-lo over the ids of their keys,
	// which holds a key's index+1 (0 for an id no key has): the ids of a
	// lexicon are few, so the table is small. A node whose ids spread too
	// wide for that compares them one by one, or, with slots, uses
	// idSlots, which hold an id in the upper 32 bits and its key's
	// index+1 in the lower ones (0 for an empty slot), so that one probe
	// reads the id and the child's index together.
	ids     []int32
	lo      int32
	dense   []uint16
	idSlots []uint64
}

// maxDense is the widest span of ids a node indexes with a dense table;
// it bounds the keys of such a node, so their index+1 fits a uint16. A
// node without slots has a dense table only when it spans at most
// denseSpread ids per key.
const (
	maxDense    = 8192
	denseSpread = 32
)

// smallNode is the most children a node keeps without slots.
const smallNode = 8

// wordHash is the FNV-1a hash of a token, the start of its probe in a
// node's slots.
func wordHash(t string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(t); i++ {
		h = (h ^ uint32(t[i])) * 16777619
	}
	return h
}

// child returns the child for token t.
func (n *node) child(t string) (*node, bool) {
	if n.slots == nil {
		for i, k := range n.keys {
			if k == t {
				return n.kids[i], true
			}
		}
		return nil, false
	}
	mask := uint32(len(n.slots) - 1)
	for h := wordHash(t) & mask; ; h = (h + 1) & mask {
		k := n.slots[h]
		if k == 0 {
			return nil, false
		}
		if n.keys[k-1] == t {
			return n.kids[k-1], true
		}
	}
}

// idHash is the start of an id's probe in a node's idSlots.
func idHash(id int32) uint32 {
	h := uint32(id) * 2654435761
	return h ^ h>>16
}

// childID returns the child for the token with word id id (nil for
// none). Id 0 is no word of any phrase: no child has it.
func (n *node) childID(id int32) *node {
	if n.dense != nil {
		if k := uint32(id - n.lo); k < uint32(len(n.dense)) && n.dense[k] != 0 {
			return n.kids[n.dense[k]-1]
		}
		return nil
	}
	if n.idSlots == nil {
		for i, k := range n.ids {
			if k == id {
				return n.kids[i]
			}
		}
		return nil
	}
	mask := uint32(len(n.idSlots) - 1)
	for h := idHash(id) & mask; ; h = (h + 1) & mask {
		s := n.idSlots[h]
		if s == 0 {
			return nil
		}
		if int32(s>>32) == id {
			return n.kids[uint32(s)-1]
		}
	}
}

// number gives the keys of n and of the nodes below it their ids in x
// and indexes them (childID).
func (n *node) number(x *WordIDs) {
	n.ids = make([]int32, len(n.keys))
	for i, k := range n.keys {
		n.ids[i] = x.intern(k)
	}
	n.dense, n.idSlots = nil, nil
	if len(n.ids) > 0 {
		lo, hi := slices.Min(n.ids), slices.Max(n.ids)
		if span := int(hi-lo) + 1; span <= maxDense && (n.slots != nil || span <= denseSpread*len(n.ids)) {
			n.lo, n.dense = lo, make([]uint16, hi-lo+1)
			for i, id := range n.ids {
				n.dense[id-lo] = uint16(i + 1)
			}
		}
	}
	if n.slots != nil && n.dense == nil {
		n.idSlots = make([]uint64, len(n.slots))
		mask := uint32(len(n.idSlots) - 1)
		for i, id := range n.ids {
			h := idHash(id) & mask
			for n.idSlots[h] != 0 {
				h = (h + 1) & mask
			}
			n.idSlots[h] = uint64(uint32(id))<<32 | uint64(i+1)
		}
	}
	for _, c := range n.kids {
		c.number(x)
	}
}

// number numbers the words of m's phrases in x, so that Match can take
// the ids of an Identified in x.
func (m *Matcher) number(x *WordIDs) {
	m.root.number(x)
	m.words = x
}

// add returns the child for token t, creating it.
func (n *node) add(t string) *node {
	if c, ok := n.child(t); ok {
		return c
	}
	c := &node{}
	n.keys = append(n.keys, t)
	n.kids = append(n.kids, c)
	switch {
	case len(n.keys) <= smallNode:
	case 2*len(n.keys) > len(n.slots):
		n.reindex()
	default:
		n.slot(len(n.keys) - 1)
	}
	return c
}

// reindex rebuilds slots, four times as long as the keys are many.
func (n *node) reindex() {
	size := 4 * smallNode
	for size < 4*len(n.keys) {
		size *= 2
	}
	n.slots = make([]uint32, size)
	for i := range n.keys {
		n.slot(i)
	}
}

// slot enters key i in the first free slot of its probe.
func (n *node) slot(i int) {
	mask := uint32(len(n.slots) - 1)
	h := wordHash(n.keys[i]) & mask
	for n.slots[h] != 0 {
		h = (h + 1) & mask
	}
	n.slots[h] = uint32(i + 1)
}

// SplitPhrase splits a phrase into the tokens the segmenter would make:
// words separated by spaces, hyphens and slashes as tokens of their own,
// and the possessive "'s" as a token.
func SplitPhrase(p string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(p)) {
		poss := false
		if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			w, poss = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), true
		}
		for w != "" {
			k := strings.IndexAny(w, "-/")
			if k < 0 {
				out = append(out, w)
				break
			}
			if k > 0 {
				out = append(out, w[:k])
			}
			out = append(out, w[k:k+1])
			w = w[k+1:]
		}
		if poss {
			out = append(out, "'s")
		}
	}
	return out
}

// Add adds phrase with payload val (>= 0). A later Add of the same phrase
// replaces the payload.
func (m *Matcher) Add(phrase string, val int) {
	toks := SplitPhrase(phrase)
	if len(toks) == 0 {
		return
	}
	// the new words have no ids: Match compares strings from now on
	m.words = nil
	n := &m.root
	for _, t := range toks {
		n = n.add(t)
	}
	if n.val == 0 {
		m.n++
	}
	n.val = val + 1
}

// Firsts returns the first tokens of all phrases, so that a caller can
// skip tokens no phrase starts with.
func (m *Matcher) Firsts() []string {
	return append([]string(nil), m.root.keys...)
}

// Bit returns the matcher's bit in its lexicon's gate, 0 outside one.
func (m *Matcher) Bit() uint64 { return m.bit }

// Len returns the number of phrases.
func (m *Matcher) Len() int { return m.n }

// Match returns the payload and token length of the longest phrase that
// starts at token i, or ok = false.
func (m *Matcher) Match(w Words, i int) (val, length int, ok bool) {
	if i < 0 {
		return 0, 0, false
	}
	if m.words != nil {
		if iw, ok := w.(Identified); ok {
			if words, ids := iw.WordIDs(); words == m.words {
				return m.matchIDs(ids, i)
			}
		}
	}
	return m.matchWords(w, i)
}

// matchWords is Match over the lower-cased tokens.
func (m *Matcher) matchWords(w Words, i int) (val, length int, ok bool) {
	// the lower-cased tokens: all at once when w hands them out, else one
	// by one
	low, end := w.Low, w.Len()
	if lw, ok := w.(Lowered); ok {
		lows := lw.Lows()
		low, end = func(j int) string { return lows[j] }, len(lows)
	}
	n := &m.root
	best, bestLen := 0, 0
	for j := i; j < end; j++ {
		if len(n.keys) == 0 {
			break
		}
		c, found := n.child(low(j))
		if !found {
			break
		}
		n = c
		if n.val != 0 {
			best, bestLen = n.val, j-i+1
		}
	}
	if bestLen == 0 {
		return 0, 0, false
	}
	return best - 1, bestLen, true
}

// matchIDs is Match over the word ids of the tokens.
func (m *Matcher) matchIDs(ids []int32, i int) (val, length int, ok bool) {
	n := &m.root
	best, bestLen := 0, 0
	for j := i; j < len(ids); j++ {
		// childID's dense lookup, written out: it is the hot path
		if k := uint32(ids[j] - n.lo); k < uint32(len(n.dense)) {
			if x := n.dense[k]; x != 0 {
				n = n.kids[x-1]
			} else {
				n = nil
			}
		} else if n.dense == nil && len(n.ids) > 0 {
			n = n.childID(ids[j])
		} else {
			n = nil
		}
		if n == nil {
			break
		}
		if n.val != 0 {
			best, bestLen = n.val, j-i+1
		}
	}
	if bestLen == 0 {
		return 0, 0, false
	}
	return best - 1, bestLen, true
}

// At is Match for a caller that computed the lexicon's gate of the
// tokens (Lexicon.Gate): tokens no phrase of m starts with are skipped
// without a lookup. A loop that skips most tokens tests Gated first:
// At is too large to be inlined.
func (m *Matcher) At(w Words, gate []uint64, i int) (val, length int, ok bool) {
	if !m.Gated(gate, i) {
		return 0, 0, false
	}
	return m.Match(w, i)
}

// Gated reports whether token i, whose gate bits are gate[i], may start a
// phrase of m: false only when m has a bit in the gate and the token
// lacks it (or i is outside gate).
func (m *Matcher) Gated(gate []uint64, i int) bool {
	return m.bit == 0 || uint(i) < uint(len(gate)) && gate[i]&m.bit != 0
}

// MatchIDs is Match for a caller that has the ids of the tokens of w in
// the numbering of the lexicon m belongs to (Lexicon.WordIDs, or what
// Identified.WordIDs returns): it steps through the trie by the ids,
// without asking w for them, or by the tokens of w when m is outside a
// lexicon or added to since.
func (m *Matcher) MatchIDs(w Words, ids []int32, i int) (val, length int, ok bool) {
	if i < 0 {
		return 0, 0, false
	}
	if m.words != nil {
		return m.matchIDs(ids, i)
	}
	return m.matchWords(w, i)
}

// AtIDs is MatchIDs guarded by the gate, as At is Match.
func (m *Matcher) AtIDs(w Words, ids []int32, gate []uint64, i int) (val, length int, ok bool) {
	if !m.Gated(gate, i) || i < 0 {
		return 0, 0, false
	}
	if m.words == nil {
		return m.matchWords(w, i)
	}
	return m.matchIDs(ids, i)
}

// Bits returns the gate bits of ms together, for loops that test one
// token against several matchers at once (May); 0 when one of them has
// no bit, so that no token is skipped.
func Bits(ms ...*Matcher) uint64 {
	var b uint64
	for _, m := range ms {
		if m.bit == 0 {
			return 0
		}
		b |= m.bit
	}
	return b
}

// May reports whether a token with gate g may start a phrase of one of
// the matchers of mask (Bits): a cheap test before calling At, which
// is too large to be inlined.
func May(g, mask uint64) bool { return mask == 0 || g&mask != 0 }

// HasAt is Has with a gate (see At).
func (m *Matcher) HasAt(w Words, gate []uint64, i int) bool {
	_, _, ok := m.At(w, gate, i)
	return ok
}

// HasAtIDs is Has with a gate and the ids of the tokens (see AtIDs).
func (m *Matcher) HasAtIDs(w Words, ids []int32, gate []uint64, i int) bool {
	_, _, ok := m.AtIDs(w, ids, gate, i)
	return ok
}

// Has reports whether a phrase starts at token i.
func (m *Matcher) Has(w Words, i int) bool {
	_, _, ok := m.Match(w, i)
	return ok
}

// Find returns the first phrase at or after token i and before token end:
// its start, length and payload.
func (m *Matcher) Find(w Words, i, end int) (start, length, val int, ok bool) {
	for j := i; j < end; j++ {
		if v, l, ok := m.Match(w, j); ok && j+l <= end {
			return j, l, v, true
		}
	}
	return 0, 0, 0, false
}
