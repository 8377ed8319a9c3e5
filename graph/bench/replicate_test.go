package bench

import (
	"strings"
	"testing"
)

func TestReplicate(t *testing.T) {
	base := Synthetic(3, 5)
	before := base[1].Events[0].ID
	ids := map[string]bool{}
	var n int
	for d, err := range Replicate(base, 8, 0, 7) {
		if err != nil {
			t.Fatal(err)
		}
		if ids[d.Article.ID] {
			t.Errorf("duplicate article id %s", d.Article.ID)
		}
		ids[d.Article.ID] = true
		r := n / len(base)
		src := base[n%len(base)]
		switch {
		case r == 0 && d != src:
			t.Errorf("copy 0 of %s is not the original", src.Article.ID)
		case r > 0:
			if !strings.HasSuffix(d.Events[0].ID, "~r"+string(rune('0'+r))) || d.Events[0].Date == src.Events[0].Date {
				t.Errorf("copy %d event %s on %s (original on %s)", r, d.Events[0].ID, d.Events[0].Date, src.Events[0].Date)
			}
			if d.Entities[0].ID != src.Entities[0].ID {
				t.Errorf("entities must stay shared: %s vs %s", d.Entities[0].ID, src.Entities[0].ID)
			}
			for _, rel := range d.Relations {
				if rel.Event != "" && !strings.Contains(rel.Event, "~r") {
					t.Errorf("relation event %s not renamed", rel.Event)
				}
			}
		}
		n++
	}
	if n != 8 || base[1].Events[0].ID != before {
		t.Errorf("%d documents; base changed: %v", n, base[1].Events[0].ID != before)
	}
}

func TestShift(t *testing.T) {
	for _, c := range []struct {
		in   string
		days int
		want string
	}{
		{"2020-10-19", 7, "2020-10-26"},
		{"2020-12-30T10:00:00+08:00", 3, "2021-01-02T10:00:00+08:00"},
		{"2020-10", 7, "2020-10"},
		{"", 7, ""},
	} {
		if got := shift(c.in, c.days); got != c.want {
			t.Errorf("shift(%q, %d) = %q, want %q", c.in, c.days, got, c.want)
		}
	}
}

func TestSyntheticIsDeterministic(t *testing.T) {
	a, b := Synthetic(4, 11), Synthetic(4, 11)
	for i := range a {
		if a[i].Article.Body != b[i].Article.Body || len(a[i].Relations) != len(b[i].Relations) {
			t.Fatalf("document %d differs between runs", i)
		}
		for _, r := range a[i].Relations {
			if a[i].Article.Body[r.Evidence.Start:r.Evidence.End] != r.Evidence.Text {
				t.Fatalf("evidence offsets do not match the text: %+v", r.Evidence)
			}
		}
	}
}
