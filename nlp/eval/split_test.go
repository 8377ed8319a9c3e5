package eval

import (
	"fmt"
	"testing"
)

func TestSelectPart(t *testing.T) {
	var gold []Article
	for _, u := range []string{"https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4",
		"https://a.example/5", "https://a.example/6", "https://a.example/7", "https://a.example/8", "https://a.example/9"} {
		gold = append(gold, Article{URL: u})
	}
	gold = append(gold, Article{File: "seed/x.txt"})
	tune, err := SelectPart(gold, PartTune)
	if err != nil {
		t.Fatal(err)
	}
	check, err := SelectPart(gold, PartCheck)
	if err != nil {
		t.Fatal(err)
	}
	all, err := SelectPart(gold, PartAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(tune)+len(check) != len(gold) || len(all) != len(gold) {
		t.Fatalf("tune %d + check %d != %d (all %d)", len(tune), len(check), len(gold), len(all))
	}
	if len(tune) == 0 || len(check) == 0 {
		t.Fatalf("a part is empty: tune %d, check %d", len(tune), len(check))
	}
	for _, a := range check {
		if PartOf(&a) != PartCheck {
			t.Errorf("%s in check but PartOf says %s", a.Key(), PartOf(&a))
		}
	}
	// The split is a pure function of the key.
	if PartOf(&Article{URL: "https://a.example/1"}) != PartOf(&gold[0]) {
		t.Error("PartOf is not deterministic")
	}
	if _, err := SelectPart(gold, "half"); err == nil {
		t.Error("unknown part accepted")
	}
}

// TestCheckHalves: the two halves of the check part are disjoint, both
// hold articles, and together are the check part; tune articles are in
// neither.
func TestCheckHalves(t *testing.T) {
	var gold []Article
	for i := 0; i < 60; i++ {
		gold = append(gold, Article{URL: fmt.Sprintf("https://b.example/news/%d", i)})
	}
	check, _ := SelectPart(gold, PartCheck)
	a, err := SelectPart(gold, PartCheckA)
	if err != nil {
		t.Fatal(err)
	}
	b, err := SelectPart(gold, PartCheckB)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) == 0 || len(b) == 0 || len(a)+len(b) != len(check) {
		t.Fatalf("check %d = check-a %d + check-b %d?", len(check), len(a), len(b))
	}
	seen := map[string]string{}
	for _, x := range a {
		seen[x.Key()] = PartCheckA
	}
	for _, x := range b {
		if seen[x.Key()] != "" {
			t.Errorf("%s in both halves", x.Key())
		}
		if PartOf(&x) != PartCheck {
			t.Errorf("%s in check-b but PartOf says %s", x.Key(), PartOf(&x))
		}
	}
	for i := range gold {
		if PartOf(&gold[i]) == PartTune && CheckHalfOf(&gold[i]) != "" {
			t.Errorf("tune article %s has half %q", gold[i].Key(), CheckHalfOf(&gold[i]))
		}
	}
}
