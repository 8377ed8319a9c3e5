package eval

import (
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// measureCase is one article's gold and document under the measurement
// standard, with the counts it must give.
type measureCase struct {
	name string
	gold Article
	doc  *document.Document
	// want: category -> {TP, FP, FN}; categories not listed must be zero.
	want map[string]Counts
}

func orgEnt(id, name string, mentions ...string) document.Entity {
	e := document.Entity{ID: id, Type: document.Organization, Name: name}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, document.EntityMention{Text: m})
	}
	return e
}

func TestMeasure(t *testing.T) {
	cases := []measureCase{{
		name: "countries with an optional one",
		gold: Article{URL: "u", Entities: Entities{Country: []string{"country:KEN", "country:CHN"}},
			Optional: Optional{Country: []string{"country:USA"}}},
		doc: &document.Document{Entities: []document.Entity{
			{ID: "country:KEN", Type: document.Country}, {ID: "country:USA", Type: document.Country},
			{ID: "country:FJI", Type: document.Country}}},
		want: map[string]Counts{"Country": {TP: 1, FP: 1, FN: 1}},
	}, {
		name: "organizations by a mention text, never by id key; one-to-one",
		gold: Article{URL: "u", Entities: Entities{Organization: []Named{
			{ID: "org:lakeside-press-council", Name: "Lakeside Press Council", Aliases: []string{"LPC"}},
			{ID: "org:xinhua", Name: "Xinhua News Agency", Aliases: []string{"Xinhua"}}}}},
		doc: &document.Document{Entities: []document.Entity{
			orgEnt("org:lpc-1", "L.P.C.", "LPC"),           // mention text equals an alias
			orgEnt("org:xinhua", "Xinhua News Agency"),     // name equals
			orgEnt("org:xinhua-2", "the Xinhua", "Xinhua"), // second entity for one gold: FP
			orgEnt("org:lakeside-press-council", "Hill Post")}},
		want: map[string]Counts{"Organization": {TP: 2, FP: 2}},
	}, {
		name: "persons by containment, exact names first",
		gold: Article{URL: "u", Entities: Entities{Person: []Named{
			{ID: "person:amina-odhiambo", Name: "Amina Odhiambo"}, {ID: "person:li-wei", Name: "Li Wei"}}}},
		doc: &document.Document{Entities: []document.Entity{
			{ID: "person:odhiambo", Type: document.Person, Name: "Odhiambo"},
			{ID: "person:li-wei", Type: document.Person, Name: "Li Wei"},
			{ID: "person:wei", Type: document.Person, Name: "Wei"}}},
		want: map[string]Counts{"Person": {TP: 2, FP: 1}},
	}, {
		name: "events: ordinal, date prefix, kind for a gold event with neither",
		gold: Article{URL: "u", Entities: Entities{Event: []Event{
			{ID: "e1", Type: "forum", Name: "Lakeside Media Forum", Ordinal: 3},
			{ID: "e2", Type: "signing", Date: "2024-05-14"},
			{ID: "e3", Type: "visit"},
			{ID: "e4", Type: "forum", Ordinal: 2, Date: "2019"}}}},
		doc: &document.Document{Events: []document.Event{
			{Type: "conference", Ordinal: 3},                // e1 by ordinal
			{Type: "meeting", Date: "2024-05"},              // e2 by date prefix
			{Type: "visit"},                                 // e3 by kind
			{Type: "meeting", Date: "2021-01-01"},           // nothing
			{Type: "forum", Name: "Lakeside Media Forum"}}}, // e4 has ordinal and date: no
		want: map[string]Counts{"Event": {TP: 3, FP: 2, FN: 1}},
	}, {
		name: "cooperation: either order, org ends by name, optional and self pairs ignored",
		gold: Article{URL: "u", Entities: Entities{
			Country: []string{"country:KEN", "country:CHN"},
			Organization: []Named{
				{ID: "org:kna", Name: "Kenya News Agency", Aliases: []string{"KNA"}},
				{ID: "org:xinhua", Name: "Xinhua News Agency", Aliases: []string{"Xinhua"}},
				{ID: "org:tass", Name: "TASS"}}},
			Optional: Optional{Organization: []Named{{ID: "org:brics", Name: "BRICS"}}},
			Relations: []Relation{
				{Type: document.CooperatesWith, From: "org:kna", To: "org:xinhua"},
				{Type: document.CooperatesWith, From: "country:KEN", To: "country:CHN"},
				{Type: document.CooperatesWith, From: "org:kna", To: "org:tass"}}},
		doc: &document.Document{
			Entities: []document.Entity{
				{ID: "country:KEN", Type: document.Country}, {ID: "country:CHN", Type: document.Country},
				orgEnt("org:xinhua", "Xinhua"), orgEnt("org:x-kna", "KNA"), orgEnt("org:kna-2", "Kenya News Agency"),
				orgEnt("org:brics", "BRICS"), orgEnt("org:tass", "TASS")},
			Relations: []document.Relation{
				{Type: document.CooperatesWith, From: "org:xinhua", To: "org:x-kna"},    // TP
				{Type: document.CooperatesWith, From: "org:kna-2", To: "org:xinhua"},    // same pair again
				{Type: document.CooperatesWith, From: "country:CHN", To: "country:KEN"}, // TP
				{Type: document.CooperatesWith, From: "org:brics", To: "org:tass"},      // optional end
				{Type: document.CooperatesWith, From: "org:x-kna", To: "org:kna-2"},     // self pair
				{Type: document.CooperatesWith, From: "org:xinhua", To: "country:KEN"},  // FP
			}},
		want: map[string]Counts{
			"Country":               {TP: 2},
			"Organization":          {TP: 3, FP: 1},
			document.CooperatesWith: {TP: 2, FP: 1, FN: 1}},
	}, {
		name: "dates as a multiset of values; ranges count both ends; optional texts ignored",
		gold: Article{URL: "u",
			Dates: []Date{
				{Text: "March 3", Value: "2024-03-03", Granularity: "day"},
				{Text: "5", Value: "2024-03-05", Granularity: "day"},
				{Text: "2019", Value: "2019", Granularity: "year"},
				{Text: "2019", Value: "2019", Granularity: "year"},
				{Text: "Monday", Value: "", Granularity: "day"}},
			Optional: Optional{Dates: []string{"2024 Summit"}}},
		doc: &document.Document{Mentions: []document.Mention{
			{Type: document.Date, Text: "March 3 to 5", Value: "2024-03-03/2024-03-05"},
			{Type: document.Date, Text: "in 2019", Value: "2019"},
			{Type: document.Date, Text: "2024 Summit", Value: "2024"},
			{Type: document.Date, Text: "the same day", Value: "2024-03-03", Rule: DateAnaphorRule + "same-day"},
			{Type: document.Date, Text: "May 1", Value: "2024-05-01T10:00"}}},
		want: map[string]Counts{"Date": {TP: 3, FP: 1, FN: 1}},
	}, {
		name: "an optional text never takes a value the gold asks for",
		gold: Article{URL: "u",
			Dates:    []Date{{Text: "2019", Value: "2019", Granularity: "year"}},
			Optional: Optional{Dates: []string{"Press Fellowship 2019", "Sunday, February 26, 2017"}}},
		doc: &document.Document{Mentions: []document.Mention{
			{Type: document.Date, Text: "2019", Value: "2019"},
			{Type: document.Date, Text: "2019", Value: "2019"},
			{Type: document.Date, Text: "February 26, 2017", Value: "2017-02-26"}}},
		want: map[string]Counts{"Date": {TP: 1}},
	}, {
		name: "a gold range written as one expression counts both ends",
		gold: Article{URL: "u",
			Dates: []Date{{Text: "3 to 5 October 2025", Value: "2025-10-03/2025-10-05", Granularity: "day"}}},
		doc: &document.Document{Mentions: []document.Mention{
			{Type: document.Date, Text: "3 to 5 October 2025", Value: "2025-10-03/2025-10-05"},
			{Type: document.Date, Text: "October 4", Value: "2025-10-04"}}},
		want: map[string]Counts{"Date": {TP: 2, FP: 1}},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Measure([]Article{tc.gold}, map[string]*document.Document{tc.gold.Key(): tc.doc})
			got := map[string]Counts{}
			for k, c := range r.Entities {
				got[k] = *c
			}
			for k, c := range r.Relations {
				got[k] = *c
			}
			got["Date"] = r.Dates.Counts
			for k, c := range got {
				if c != tc.want[k] {
					t.Errorf("%s: got %+v, want %+v", k, c, tc.want[k])
				}
			}
			if r.Dates.Correct != r.Dates.TP {
				t.Errorf("value counts: Correct %d != TP %d", r.Dates.Correct, r.Dates.TP)
			}
		})
	}
}

// TestMeasureSelf: the gold rendered as a document scores perfectly.
func TestMeasureSelf(t *testing.T) {
	gold, _ := synthetic()
	docs := map[string]*document.Document{}
	for i := range gold {
		docs[gold[i].Key()] = gold[i].Document()
	}
	r := Measure(gold, docs)
	for k, c := range r.Entities {
		if c.FP != 0 || c.FN != 0 {
			t.Errorf("%s: %+v", k, *c)
		}
	}
	if c := r.Relations[document.CooperatesWith]; c.FP != 0 || c.FN != 0 || c.TP == 0 {
		t.Errorf("COOPERATES_WITH: %+v", *c)
	}
	if r.Dates.FP != 0 || r.Dates.FN != 0 {
		t.Errorf("dates: %+v", r.Dates)
	}
}

func TestStandardFor(t *testing.T) {
	dev2 := Article{URL: "a", File: "dev2/media_dev2.jsonl"}
	dev := Article{URL: "b", File: "dev/media_dev.jsonl"}
	for _, tc := range []struct {
		gold []Article
		want string
	}{{nil, StandardProject}, {[]Article{dev2}, StandardMeasurement}, {[]Article{dev2, dev}, StandardProject}} {
		if got := StandardFor(tc.gold); got != tc.want {
			t.Errorf("StandardFor(%d articles): %s, want %s", len(tc.gold), got, tc.want)
		}
	}
	if _, err := ScoreStandard("strict", nil, nil); err == nil {
		t.Error("unknown standard: no error")
	}
}
