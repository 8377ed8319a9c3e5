package document

import "testing"

func TestSlug(t *testing.T) {
	cases := []struct{ in, want string }{
		{"People's Daily", "peoples-daily"},
		{"RIA Novosti", "ria-novosti"},
		{"U.S. Department of State", "us-department-of-state"},
		{"  China--Russia  Media Forum ", "china-russia-media-forum"},
		{"新华社", "新华社"},
		{"ТАСС", "тасс"},
		{"", ""},
		{"xinhua", "xinhua"},
		{"sco-media-forum-2025", "sco-media-forum-2025"},
		{"-xinhua", "xinhua"},
		{"xinhua-", "xinhua"},
		{"a--b", "a-b"},
		{"a_b", "a-b"},
		{"Xinhua", "xinhua"},
	}
	for _, c := range cases {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIDs(t *testing.T) {
	if got := CountryID("chn"); got != "country:CHN" {
		t.Errorf("CountryID = %q", got)
	}
	if got := OrgID("Xinhua"); got != "org:xinhua" {
		t.Errorf("OrgID = %q", got)
	}
	if IDPrefix("org:xinhua") != "org" || IDKey("org:xinhua") != "xinhua" {
		t.Error("IDPrefix/IDKey split wrong")
	}
}

func TestSentenceAt(t *testing.T) {
	d := &Document{Sentences: []Sentence{{Span: Span{0, 10}}, {Span: Span{11, 20}}}}
	for _, c := range []struct{ off, want int }{{0, 0}, {9, 0}, {10, -1}, {11, 1}, {19, 1}, {20, -1}} {
		if got := d.SentenceAt(c.off); got != c.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", c.off, got, c.want)
		}
	}
}
