package eval

import "testing"

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
