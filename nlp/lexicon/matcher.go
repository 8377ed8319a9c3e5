package lexicon

import "strings"

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

// Matcher finds phrases in a token sequence: a trie over lower-cased
// tokens, longest match wins.
type Matcher struct {
	root node
	n    int
	// bit is the matcher's bit in its Lexicon's gate (0 for matchers
	// outside a Lexicon).
	bit uint64
}

type node struct {
	next map[string]*node
	// keys and kids hold the children of a node with few of them (all
	// but the root, mostly): comparing a few short strings is cheaper
	// than hashing the token; next is nil then.
	keys []string
	kids []*node
	// val is the payload + 1 of the phrase ending here, 0 for none.
	val int
}

// smallNode is the most children a node keeps in keys/kids.
const smallNode = 8

// child returns the child for token t.
func (n *node) child(t string) (*node, bool) {
	if n.next != nil {
		c, ok := n.next[t]
		return c, ok
	}
	for i, k := range n.keys {
		if k == t {
			return n.kids[i], true
		}
	}
	return nil, false
}

// add returns the child for token t, creating it.
func (n *node) add(t string) *node {
	if c, ok := n.child(t); ok {
		return c
	}
	c := &node{}
	if n.next == nil && len(n.keys) < smallNode {
		n.keys = append(n.keys, t)
		n.kids = append(n.kids, c)
		return c
	}
	if n.next == nil {
		n.next = make(map[string]*node, 2*smallNode)
		for i, k := range n.keys {
			n.next[k] = n.kids[i]
		}
		n.keys, n.kids = nil, nil
	}
	n.next[t] = c
	return c
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
	out := make([]string, 0, len(m.root.next)+len(m.root.keys))
	for k := range m.root.next {
		out = append(out, k)
	}
	return append(out, m.root.keys...)
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
	n := &m.root
	best, bestLen := 0, 0
	if lw, ok := w.(Lowered); ok {
		lows := lw.Lows()
		for j := i; j < len(lows); j++ {
			if n.next == nil && len(n.keys) == 0 {
				break
			}
			c, found := n.child(lows[j])
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
	for j, end := i, w.Len(); j < end; j++ {
		if n.next == nil && len(n.keys) == 0 {
			break
		}
		c, found := n.child(w.Low(j))
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

// At is Match for a caller that computed the lexicon's gate of the
// tokens (Lexicon.Gate): tokens no phrase of m starts with are skipped
// without a lookup.
func (m *Matcher) At(w Words, gate []uint64, i int) (val, length int, ok bool) {
	if m.bit != 0 && (i < 0 || i >= len(gate) || gate[i]&m.bit == 0) {
		return 0, 0, false
	}
	return m.Match(w, i)
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
