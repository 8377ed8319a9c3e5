package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

type words []string

func (w words) Len() int         { return len(w) }
func (w words) Low(i int) string { return w[i] }
func toks(s string) words        { return words(SplitPhrase(s)) }

func TestSplitPhrase(t *testing.T) {
	got := SplitPhrase("Video-Conference  of the RFE/RL")
	want := []string{"video", "-", "conference", "of", "the", "rfe", "/", "rl"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SplitPhrase = %q", got)
	}
}

func TestMatcherLongest(t *testing.T) {
	var m Matcher
	m.Add("conference", 1)
	m.Add("video conference", 2)
	m.Add("video", 3)
	w := toks("a video conference today")
	if v, n, ok := m.Match(w, 1); !ok || v != 2 || n != 2 {
		t.Errorf("Match = %d %d %v", v, n, ok)
	}
	if _, _, ok := m.Match(w, 0); ok {
		t.Error("matched at a")
	}
	if s, n, v, ok := m.Find(w, 0, w.Len()); !ok || s != 1 || n != 2 || v != 2 {
		t.Errorf("Find = %d %d %d %v", s, n, v, ok)
	}
}

func TestLoad(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		phrase, typ string
		plural      bool
	}{
		{"video conference", "video_conference", false},
		{"videoconference", "video_conference", false},
		{"video-conference", "video_conference", false},
		{"forums", "forum", true},
		{"talks", "talks", false},
		{"signing ceremony", "signing", false},
	}
	for _, c := range cases {
		v, n, ok := l.EventTriggers.Match(toks(c.phrase), 0)
		if !ok || n != len(SplitPhrase(c.phrase)) {
			t.Errorf("%q: no full match", c.phrase)
			continue
		}
		typ, plural := EventTrigger(v)
		if l.EventTypes[typ].Type != c.typ || plural != c.plural {
			t.Errorf("%q: type %s plural %v", c.phrase, l.EventTypes[typ].Type, plural)
		}
	}
	if v, _, ok := l.PairAnaphors.Match(toks("the two countries"), 0); !ok || l.PairWants[v] != "country" {
		t.Error("the two countries")
	}
	if v, _, ok := l.TopicPhrases.Match(toks("press coordination"), 0); !ok || l.Topics[v].Key != "press-coordination" {
		t.Error("press coordination")
	}
	if v, _, ok := l.OrgHeads.Match(toks("news agency"), 0); !ok || l.OrgKinds[v] != "news_agency" {
		t.Error("news agency head")
	}
	for _, r := range l.Relations {
		if r.Matcher.Len() == 0 {
			t.Errorf("rule %s has no triggers", r.ID)
		}
	}
}

func TestExtraFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.yaml")
	os.WriteFile(p, []byte("event_types:\n  - {type: hackathon, triggers: [hackathon]}\nrelations:\n  - {id: agreed, triggers: [saw eye to eye]}\n"), 0o644)
	l, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if v, _, ok := l.EventTriggers.Match(toks("hackathon"), 0); !ok || l.EventTypes[v].Type != "hackathon" {
		t.Error("extra event type not loaded")
	}
	for _, r := range l.Relations {
		if r.ID == "agreed" && !r.Matcher.Has(toks("saw eye to eye"), 0) {
			t.Error("extra trigger not merged")
		}
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("relations:\n  - {id: new, type: COOPERATES_WITH, frame: telepathy, triggers: [x], confidence: 0.5}\n"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "unknown frame") {
		t.Errorf("bad frame: %v", err)
	}
}

// TestMatcherManyChildren: a node with more children than smallNode finds
// them through its slots, across every growth of the index: each phrase
// gives its payload (a later Add replaces it), a word that is no child
// misses, and Firsts lists every first word once.
func TestMatcherManyChildren(t *testing.T) {
	var m Matcher
	const n = 1500
	word := func(i int) string {
		return "w" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26)
	}
	for i := 0; i < n; i++ {
		m.Add(word(i), i)
		m.Add(word(i)+" "+word(n-1-i), n+i)
		if i%100 == 0 {
			// every phrase added so far is found while the index grows
			for k := 0; k <= i; k++ {
				if v, l, ok := m.Match(toks(word(k)), 0); !ok || v != k || l != 1 {
					t.Fatalf("after %d adds: Match(%q) = %d %d %v", i+1, word(k), v, l, ok)
				}
			}
		}
	}
	m.Add(word(7), 7000)
	for i := 0; i < n; i++ {
		want := i
		if i == 7 {
			want = 7000
		}
		if v, l, ok := m.Match(toks(word(i)+" "+word(n-1-i)+" tail"), 0); !ok || v != n+i || l != 2 {
			t.Errorf("Match(%q two words) = %d %d %v", word(i), v, l, ok)
		}
		if v, l, ok := m.Match(toks(word(i)+" other"), 0); !ok || v != want || l != 1 {
			t.Errorf("Match(%q) = %d %d %v, want %d", word(i), v, l, ok, want)
		}
	}
	for _, miss := range []string{"", "w", "wz", "zzz", word(n) + "q", "other"} {
		if _, _, ok := m.Match(toks(miss+" x"), 0); ok && miss != "" {
			t.Errorf("Match(%q) found a phrase", miss)
		}
	}
	if m.Len() != 2*n {
		t.Errorf("Len = %d, want %d", m.Len(), 2*n)
	}
	seen := map[string]bool{}
	for _, f := range m.Firsts() {
		if seen[f] {
			t.Errorf("Firsts lists %q twice", f)
		}
		seen[f] = true
	}
	for i := 0; i < n; i++ {
		if !seen[word(i)] {
			t.Errorf("Firsts misses %q", word(i))
		}
	}
}
