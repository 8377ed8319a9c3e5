package plan

import (
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

func TestMergeable(t *testing.T) {
	base := EventInfo{ID: "event:a", Type: "conference", Date: "2020-10-19", Participants: []string{"country:CHN", "country:RUS"}}
	cases := []struct {
		name   string
		edit   func(e *EventInfo)
		window int
		ok     bool
		shared int
		gap    int
	}{
		{"same day, both participants", func(e *EventInfo) {}, 3, true, 2, 0},
		{"edge of the window", func(e *EventInfo) { e.Date = "2020-10-22" }, 3, true, 2, 3},
		{"outside the window", func(e *EventInfo) { e.Date = "2020-10-23" }, 3, false, 0, 0},
		{"earlier date", func(e *EventInfo) { e.Date = "2020-10-17" }, 3, true, 2, 2},
		{"other type", func(e *EventInfo) { e.Type = "forum" }, 3, false, 0, 0},
		{"no shared participant", func(e *EventInfo) { e.Participants = []string{"country:FRA"} }, 3, false, 0, 0},
		{"one shared participant", func(e *EventInfo) { e.Participants = []string{"country:FRA", "country:RUS"} }, 3, true, 1, 0},
		{"no date", func(e *EventInfo) { e.Date = "" }, 3, false, 0, 0},
		{"different ordinals", func(e *EventInfo) { e.Ordinal = 14 }, 3, false, 0, 0},
		{"same ordinal", func(e *EventInfo) { e.Ordinal = 13 }, 3, true, 2, 0},
		{"different series", func(e *EventInfo) { e.Series = "series:other" }, 3, false, 0, 0},
		{"series words in another order", func(e *EventInfo) { e.Series = "series:cr-media-forum" }, 3, true, 2, 0},
		{"series with another word, same ordinal", func(e *EventInfo) { e.Series, e.Ordinal = "series:cr-tv-forum", 13 }, 3, false, 0, 0},
		{"series with a word more, same ordinal", func(e *EventInfo) { e.Series, e.Ordinal = "series:first-media-forum-of-cr", 13 }, 3, true, 2, 0},
		{"series with a word less, no ordinal", func(e *EventInfo) { e.Series = "series:forum-of-cr" }, 3, false, 0, 0},
		{"series with a word less, same ordinal", func(e *EventInfo) { e.Series, e.Ordinal = "series:forum-of-cr", 13 }, 3, true, 2, 0},
		{"window off", func(e *EventInfo) {}, -1, false, 0, 0},
		{"window zero is the same day", func(e *EventInfo) { e.Date = "2020-10-20" }, 0, false, 0, 0},
	}
	existing := base
	existing.ID, existing.Ordinal, existing.Series = "event:b", 13, "series:media-forum-of-the-cr"
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := base
			ev.Participants = append([]string(nil), base.Participants...)
			c.edit(&ev)
			shared, gap, ok := Mergeable(ev, existing, c.window)
			if ok != c.ok || shared != c.shared || gap != c.gap {
				t.Errorf("Mergeable = %d, %d, %v; want %d, %d, %v", shared, gap, ok, c.shared, c.gap, c.ok)
			}
		})
	}
}

func TestBestTieBreaks(t *testing.T) {
	ev := EventInfo{ID: "event:new", Type: "meeting", Date: "2021-01-10", Participants: []string{"country:A", "country:B", "org:c"}}
	cands := []EventInfo{
		{ID: "event:z-one-shared", Type: "meeting", Date: "2021-01-10", Participants: []string{"country:A"}},
		{ID: "event:y-two-shared-far", Type: "meeting", Date: "2021-01-12", Participants: []string{"country:A", "country:B"}},
		{ID: "event:x-two-shared-near", Type: "meeting", Date: "2021-01-11", Participants: []string{"country:A", "country:B"}},
		{ID: "event:w-two-shared-near", Type: "meeting", Date: "2021-01-09", Participants: []string{"country:A", "country:B"}},
	}
	if got := Best(ev, cands, 3); got != "event:w-two-shared-near" {
		t.Errorf("Best = %s: most shared, then nearest, then smaller id", got)
	}
	if got := Best(ev, nil, 3); got != "" {
		t.Errorf("Best without candidates = %q", got)
	}
}

func TestEventIndex(t *testing.T) {
	x := NewEventIndex(3)
	a := EventInfo{ID: "event:a", Type: "forum", Date: "2020-05-01", Participants: []string{"country:A"}}
	if got := x.Resolve(a, false, nil); got != "event:a" {
		t.Fatalf("first event resolves to itself, got %s", got)
	}
	b := EventInfo{ID: "event:b", Type: "forum", Date: "2020-05-02", Participants: []string{"country:A", "country:B"}}
	if got := x.Resolve(b, false, nil); got != "event:a" {
		t.Fatalf("b should merge into a, got %s", got)
	}
	if e, _ := x.Get("event:a"); !reflect.DeepEqual(e.Participants, []string{"country:A", "country:B"}) || e.Date != "2020-05-01" {
		t.Errorf("merged event %+v: participants unite, the first date stays", e)
	}
	// An id already in the graph is kept even if a held event would match.
	c := EventInfo{ID: "event:c", Type: "forum", Date: "2020-05-01", Participants: []string{"country:B"}}
	if got := x.Resolve(c, true, nil); got != "event:c" {
		t.Errorf("existing id resolved to %s", got)
	}
	// A graph candidate wins when it shares more.
	d := EventInfo{ID: "event:d", Type: "forum", Date: "2020-05-03", Participants: []string{"country:B", "org:x"}}
	db := []EventInfo{{ID: "event:in-graph", Type: "forum", Date: "2020-05-03", Participants: []string{"country:B", "org:x"}}}
	clone := x.Clone()
	if got := x.Resolve(d, false, db); got != "event:in-graph" {
		t.Errorf("d resolved to %s", got)
	}
	if _, ok := x.Get("event:in-graph"); !ok {
		t.Error("the chosen graph candidate is held afterwards")
	}
	if _, ok := clone.Get("event:in-graph"); ok || clone.Len() != 2 {
		t.Error("a clone does not see later changes")
	}
	x.Remove("event:a")
	if _, ok := x.Get("event:a"); ok {
		t.Error("event:a still held after Remove")
	}
	for _, c := range x.Candidates(b) {
		if c.ID == "event:a" {
			t.Errorf("removed event among candidates %v", x.Candidates(b))
		}
	}
}

func TestEventsOfDocument(t *testing.T) {
	d := &document.Document{
		Events: []document.Event{{ID: "event:e", Type: "meeting", Date: "2020-01-02", DateGranularity: "day",
			Participants: []string{"country:chn", "place:beijing"}, Organizers: []string{"org:x"}}},
		Relations: []document.Relation{{Type: document.ParticipatedIn, From: "person:p", To: "event:e"},
			{Type: document.CooperatesWith, From: "country:RUS", To: "country:CHN", Event: "event:e"}},
	}
	got := Events(d)
	want := []EventInfo{{ID: "event:e", Type: "meeting", Date: "2020-01-02", Participants: []string{"country:CHN", "org:x", "person:p"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Events = %+v, want %+v", got, want)
	}
}
