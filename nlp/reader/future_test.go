package reader

import (
	"testing"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
)

func TestNotFuture(t *testing.T) {
	old := readingDay
	readingDay = func() time.Time { return time.Date(2026, 12, 5, 23, 0, 0, 0, time.UTC) }
	defer func() { readingDay = old }()
	for in, want := range map[string]string{
		"2026-12-05":                "2026-12-05",
		"2026-12-06T08:00:00+09:00": "2026-12-06T08:00:00+09:00", // a time zone ahead
		"2026-12-07":                "",
		"2060-11-01":                "",
		"2060-11":                   "",
		"2026-12":                   "2026-12",
		"":                          "",
	} {
		if got := notFuture(in); got != want {
			t.Errorf("notFuture(%q) = %q, want %q", in, got, want)
		}
	}
	a := document.Article{URL: "https://example.org/news/2060/11/01/x.html", Published: "2060-11-01", Body: "Text."}
	finish(&a, "")
	if a.Published != "" {
		t.Errorf("finish kept a future publication date %q", a.Published)
	}
}
