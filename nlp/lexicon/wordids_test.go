package lexicon

import (
	"strings"
	"testing"
)

// idWords is a token sequence with its ids in a numbering, so that Match
// takes the trie of ids (Identified).
type idWords struct {
	lows  []string
	ids   []int32
	words *WordIDs
}

func (w idWords) Len() int                     { return len(w.lows) }
func (w idWords) Low(i int) string             { return w.lows[i] }
func (w idWords) Lows() []string               { return w.lows }
func (w idWords) WordIDs() (*WordIDs, []int32) { return w.words, w.ids }

// strWords is the same sequence without ids: Match compares strings.
type strWords struct{ lows []string }

func (w strWords) Len() int         { return len(w.lows) }
func (w strWords) Low(i int) string { return w.lows[i] }
func (w strWords) Lows() []string   { return w.lows }

// TestMatchByID: every matcher of the lexicon finds the same phrase by
// word id as by string, at every token of a text made of its phrases
// (each phrase, then one with its last word changed, then a word of no
// phrase), and a matcher added to after Load compares strings again.
func TestMatchByID(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ms := map[string]*Matcher{"EventTriggers": &l.EventTriggers, "Titles": &l.Titles, "OrgHeads": &l.OrgHeads,
		"EventVerbs": &l.EventVerbs, "TopicPhrases": &l.TopicPhrases, "NumberWords": &l.NumberWords, "ReportingCues": &l.ReportingCues}
	for i := range l.Relations {
		ms[l.Relations[i].ID] = l.Relations[i].Matcher
	}
	for name, m := range ms {
		var lows []string
		var walk func(n *node, path []string)
		walk = func(n *node, path []string) {
			if n.val != 0 {
				lows = append(lows, path...)
				lows = append(lows, path[:len(path)-1]...)
				lows = append(lows, "zzqx")
			}
			for i, k := range n.keys {
				walk(n.kids[i], append(path[:len(path):len(path)], k))
			}
		}
		walk(&m.root, nil)
		if len(lows) == 0 {
			t.Errorf("%s: no phrases", name)
			continue
		}
		ids := make([]int32, len(lows))
		for i, w := range lows {
			ids[i] = l.WordIDs().ID(w)
		}
		byID, byStr := idWords{lows, ids, l.WordIDs()}, strWords{lows}
		for i := range lows {
			v1, n1, ok1 := m.Match(byID, i)
			v2, n2, ok2 := m.Match(byStr, i)
			if v1 != v2 || n1 != n2 || ok1 != ok2 {
				t.Errorf("%s at %q: by id %d %d %v, by string %d %d %v", name, strings.Join(lows[i:min(i+4, len(lows))], " "), v1, n1, ok1, v2, n2, ok2)
			}
			if v3, n3, ok3 := m.MatchIDs(byStr, ids, i); v3 != v2 || n3 != n2 || ok3 != ok2 {
				t.Errorf("%s at %q: MatchIDs %d %d %v, Match %d %d %v", name, strings.Join(lows[i:min(i+4, len(lows))], " "), v3, n3, ok3, v2, n2, ok2)
			}
		}
		gate := l.Gate(byStr)
		for i := -1; i <= len(lows); i++ {
			v1, n1, ok1 := m.At(byStr, gate, i)
			v2, n2, ok2 := m.AtIDs(byStr, ids, gate, i)
			if v1 != v2 || n1 != n2 || ok1 != ok2 || m.HasAtIDs(byStr, ids, gate, i) != ok1 {
				t.Errorf("%s at token %d: AtIDs %d %d %v, At %d %d %v", name, i, v2, n2, ok2, v1, n1, ok1)
			}
		}
	}
	// a word added after Load has no id: the matcher compares strings
	m := &l.Titles
	m.Add("zzqx officer", 7)
	w := idWords{[]string{"zzqx", "officer"}, []int32{0, l.WordIDs().ID("officer")}, l.WordIDs()}
	if v, n, ok := m.Match(w, 0); !ok || v != 7 || n != 2 {
		t.Errorf("after Add: %d %d %v, want 7 2 true", v, n, ok)
	}
	if v, n, ok := m.MatchIDs(w, w.ids, 0); !ok || v != 7 || n != 2 {
		t.Errorf("MatchIDs after Add: %d %d %v, want 7 2 true", v, n, ok)
	}
}
