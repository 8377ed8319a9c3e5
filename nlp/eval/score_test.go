package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// synthetic returns a small gold set and documents with known errors of
// every kind; the expected counts are in TestScore.
func synthetic() ([]Article, map[string]*document.Document) {
	gold := []Article{{
		URL: "https://example.org/u1",
		Entities: Entities{
			Country: []string{"country:CHN", "country:RUS"},
			Organization: []Named{
				{ID: "org:xinhua", Name: "Xinhua News Agency", Aliases: []string{"Xinhua"}},
				{ID: "org:tass", Name: "TASS"},
				{ID: "org:chn-state-council-information-office", Name: "State Council Information Office", Aliases: []string{"SCIO"}},
			},
			Person: []Named{{ID: "person:wang-yi", Name: "Wang Yi", Aliases: []string{"Wang"}}},
			Event: []Event{
				{ID: "e1", Type: "video_conference", Ordinal: 13, Date: "2020-10-19", Location: "place:beijing", Participants: []string{"country:CHN", "country:RUS"}},
				{ID: "e2", Type: "signing", Date: "2020-10", Signatories: []string{"org:xinhua", "org:tass"}},
			},
		},
		Optional: Optional{Country: []string{"country:USA"}, Dates: []string{"October 22, 2020"}},
		Dates: []Date{
			{Text: "Monday", Value: "2020-10-19", Granularity: "day"},
			{Text: "Oct. 21", Value: "2020-10-21", Granularity: "day"},
			{Text: "2019", Value: "2019", Granularity: "year"},
		},
		Relations: []Relation{
			{Type: document.CooperatesWith, From: "country:CHN", To: "country:RUS", Event: "e1"},
			{Type: document.CooperatesWith, From: "org:xinhua", To: "org:tass", Event: "e2"},
			{Type: document.CommittedTo, From: "country:CHN", To: "topic:press-coordination", Event: "e1"},
		},
	}, {
		URL:      "https://example.org/u2",
		Entities: Entities{Country: []string{"country:IND"}},
	}}
	ent := func(id string, t document.EntityType, name string) document.Entity {
		return document.Entity{ID: id, Type: t, Name: name}
	}
	doc := &document.Document{
		Entities: []document.Entity{
			ent("country:CHN", document.Country, "China"),
			ent("country:RUS", document.Country, "Russia"),
			ent("country:USA", document.Country, "United States"),  // optional: ignored
			ent("country:GBR", document.Country, "United Kingdom"), // false positive
			ent("org:xinhua", document.Organization, "Xinhua"),     // same id
			ent("org:scio", document.Organization, "SCIO"),         // other id, known alias
			ent("org:cgtn", document.Organization, "CGTN"),         // false positive
			ent("person:yi", document.Person, "Wang Yi"),           // other id, same name
		},
		Events: []document.Event{
			// A conference is a gathering like a video conference; ordinal
			// and date agree, so it is e1.
			{ID: "event:a", Type: "conference", Ordinal: 13, Date: "2020-10-19", Location: "place:beijing", Participants: []string{"country:RUS", "country:CHN"}},
			// Wrong month: not e2.
			{ID: "event:b", Type: "signing", Date: "2020-09"},
		},
		Relations: []document.Relation{
			{Type: document.CooperatesWith, From: "country:RUS", To: "country:CHN"}, // unordered pair
			{Type: document.CooperatesWith, From: "org:xinhua", To: "org:cgtn"},     // false positive
			{Type: document.CommittedTo, From: "country:CHN", To: "topic:further-press-coordination"},
			{Type: document.AgreedOn, From: "country:USA", To: "topic:trade"}, // touches optional: ignored
			{Type: document.Signed, From: "org:xinhua", To: "event:b"},        // to an unmatched event
		},
		Mentions: []document.Mention{
			{Type: document.Date, Text: "on Monday", Value: "2020-10-19"},
			{Type: document.Date, Text: "Oct. 21", Value: "2020-10-22"}, // found, wrong value
			{Type: document.Date, Text: "October 22, 2020", Value: "2020-10-22"},
			{Type: document.Date, Text: "Tuesday", Value: "2020-10-20"}, // false positive
		},
	}
	return gold, map[string]*document.Document{"https://example.org/u1": doc}
}

func TestScore(t *testing.T) {
	gold, docs := synthetic()
	r := Score(gold, docs)
	cases := []struct {
		name string
		got  Counts
		want Counts
	}{
		{"Country", r.EntityCounts(document.Country), Counts{TP: 2, FP: 1, FN: 1}},
		{"Organization", r.EntityCounts(document.Organization), Counts{TP: 2, FP: 1, FN: 1}},
		{"Person", r.EntityCounts(document.Person), Counts{TP: 1}},
		{"Event", r.EntityCounts(document.EventType), Counts{TP: 1, FP: 1, FN: 1}},
		{"COOPERATES_WITH", r.RelationCounts(document.CooperatesWith), Counts{TP: 1, FP: 1, FN: 1}},
		{"COMMITTED_TO", r.RelationCounts(document.CommittedTo), Counts{TP: 1}},
		{"AGREED_ON", r.RelationCounts(document.AgreedOn), Counts{}},
		{"PARTICIPATED_IN", r.RelationCounts(document.ParticipatedIn), Counts{TP: 2}},
		{"SIGNED", r.RelationCounts(document.Signed), Counts{FP: 1, FN: 2}},
		{"HELD_IN", r.RelationCounts(document.HeldIn), Counts{TP: 1}},
		{"dates", r.Dates.Counts, Counts{TP: 2, FP: 1, FN: 1}},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if r.Dates.Correct != 1 || r.Dates.Accuracy() != 0.5 {
		t.Errorf("dates: correct %d accuracy %v, want 1 and 0.5", r.Dates.Correct, r.Dates.Accuracy())
	}
	if len(r.Missing) != 1 || r.Missing[0] != "https://example.org/u2" {
		t.Errorf("missing = %v", r.Missing)
	}
	if c := r.EntityCounts(document.Country); c.P() != 2.0/3 || c.R() != 2.0/3 {
		t.Errorf("country P/R = %v/%v", c.P(), c.R())
	}
}

func TestCounts(t *testing.T) {
	cases := []struct {
		c        Counts
		p, r, f1 float64
	}{
		{Counts{}, 0, 0, 0},
		{Counts{TP: 1}, 1, 1, 1},
		{Counts{TP: 1, FP: 1}, 0.5, 1, 2.0 / 3},
		{Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
		{Counts{FP: 2, FN: 2}, 0, 0, 0},
	}
	for _, c := range cases {
		if c.c.P() != c.p || c.c.R() != c.r || abs(c.c.F1()-c.f1) > 1e-12 {
			t.Errorf("%+v: P/R/F1 = %v/%v/%v, want %v/%v/%v", c.c, c.c.P(), c.c.R(), c.c.F1(), c.p, c.r, c.f1)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestEventMatching covers the event rules one by one.
func TestEventMatching(t *testing.T) {
	g := Event{ID: "e1", Type: "forum", Ordinal: 5, Date: "2019-09"}
	cases := []struct {
		name string
		sys  document.Event
		want bool
	}{
		{"same class, finer date", document.Event{Type: "summit", Ordinal: 5, Date: "2019-09-03"}, true},
		{"named type by last word", document.Event{Type: "media_forum", Ordinal: 5, Date: "2019-09"}, true},
		{"other class", document.Event{Type: "visit", Ordinal: 5, Date: "2019-09"}, false},
		{"no date", document.Event{Type: "forum", Ordinal: 5}, false},
		{"coarser date", document.Event{Type: "forum", Ordinal: 5, Date: "2019"}, false},
		{"other ordinal", document.Event{Type: "forum", Ordinal: 6, Date: "2019-09"}, false},
		{"no ordinal", document.Event{Type: "forum", Date: "2019-09"}, false},
	}
	for _, c := range cases {
		if got := eventCompatible(g, c.sys); got != c.want {
			t.Errorf("%s: compatible = %v, want %v", c.name, got, c.want)
		}
	}
	// With neither date nor ordinal in the gold, the class decides.
	if !eventCompatible(Event{Type: "talks"}, document.Event{Type: "meeting", Date: "2020"}) {
		t.Error("talks vs meeting without gold date should match")
	}
}

func TestNormalizers(t *testing.T) {
	names := []struct{ in, want string }{
		{"The Philadelphia Inquirer", "philadelphia-inquirer"},
		{"People's Daily", "peoples-daily"},
		{"  TASS ", "tass"},
	}
	for _, c := range names {
		if got := NormName(c.in); got != c.want {
			t.Errorf("NormName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	dates := []struct{ in, want string }{
		{"on Monday,", "monday"},
		{"In  October 2019", "october 2019"},
		{"Oct. 21", "oct. 21"},
		{"this year", "this year"},
	}
	for _, c := range dates {
		if got := NormDateText(c.in); got != c.want {
			t.Errorf("NormDateText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	topics := []struct {
		gold, sys string
		want      bool
	}{
		{"topic:press-coordination", "topic:press-coordination", true},
		{"topic:press-coordination", "topic:further-carrying-out-press-coordination", true},
		{"topic:exchange-visits", "topic:visits", true},
		{"topic:translation", "topic:translations", false},
		{"topic:press-coordination", "topic:coordination-press", false},
	}
	for _, c := range topics {
		if got := TopicMatch(c.gold, c.sys); got != c.want {
			t.Errorf("TopicMatch(%s, %s) = %v", c.gold, c.sys, got)
		}
	}
	classes := map[string]string{"Video Conference": "gathering", "press-conference": "gathering", "exchange_programme": "visit", "memorandum signing": "signing", "inauguration": "launch", "election": "election"}
	for in, want := range classes {
		if got := EventClass(in); got != want {
			t.Errorf("EventClass(%q) = %q, want %q", in, got, want)
		}
	}
	urls := []struct{ a, b string }{
		{"https://www.abu.org.my/2022/12/15/x/?utm_source=rss&utm_medium=rss", "http://abu.org.my/2022/12/15/x"},
		{"https://tass.com/society/1111343", "https://TASS.com/society/1111343/"},
	}
	for _, c := range urls {
		if NormURL(c.a) != NormURL(c.b) {
			t.Errorf("NormURL(%q) = %q != NormURL(%q) = %q", c.a, NormURL(c.a), c.b, NormURL(c.b))
		}
	}
	if NormURL("https://example.org/a?id=1") == NormURL("https://example.org/a?id=2") {
		t.Error("NormURL dropped a meaningful query parameter")
	}
}

// TestReportGolden renders the synthetic report as text and JSON and
// compares with testdata/report.{txt,json}; -update rewrites them.
func TestReportGolden(t *testing.T) {
	gold, docs := synthetic()
	r := Score(gold, docs)
	var txt, js bytes.Buffer
	if err := r.WriteText(&txt, true); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js, false); err != nil {
		t.Fatal(err)
	}
	// The JSON is exactly one object with the shape the issue fixes.
	var obj map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(js.Bytes()))
	if err := dec.Decode(&obj); err != nil || dec.More() {
		t.Fatalf("JSON output is not exactly one object: %v", err)
	}
	for _, k := range []string{"entities", "relations", "dates"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	var shape struct {
		Entities map[string]struct{ P, R, F1 *float64 } `json:"entities"`
		Dates    struct{ Accuracy *float64 }            `json:"dates"`
	}
	if err := json.Unmarshal(js.Bytes(), &shape); err != nil {
		t.Fatal(err)
	}
	if c := shape.Entities["Country"]; c.P == nil || c.R == nil || c.F1 == nil || shape.Dates.Accuracy == nil {
		t.Errorf("JSON lacks p/r/f1 or accuracy: %s", js.String())
	}
	for name, got := range map[string][]byte{"report.txt": txt.Bytes(), "report.json": js.Bytes()} {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
		}
	}
}

func TestIndex(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "dev"), 0o755); err != nil {
		t.Fatal(err)
	}
	jsonl := `{"id":"a","url":"https://www.example.org/one?utm_source=x"}` + "\n\n" + `{"id":"b","url":"https://example.org/two"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "dev", "set.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := []Article{
		{URL: "https://www.example.org/one?utm_source=x", File: "dev/set.jsonl"},
		{URL: "https://example.org/two", File: "dev/set.jsonl"},
		{File: "seed/page.txt"},
	}
	ix, err := NewIndex(gold, dir)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		a    document.Article
		want string
	}{
		{document.Article{Origin: filepath.Join(dir, "dev", "set.jsonl") + ":3", URL: "https://rewritten.example/"}, "https://example.org/two"},
		{document.Article{URL: "http://example.org/one"}, "https://www.example.org/one?utm_source=x"},
		{document.Article{Origin: filepath.Join(dir, "seed", "page.txt")}, "seed/page.txt"},
		{document.Article{URL: "https://example.org/three"}, ""},
	}
	for _, c := range cases {
		got, ok := ix.Key(c.a)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Key(%+v) = %q, %v; want %q", c.a, got, ok, c.want)
		}
	}
	files := CorpusFiles(gold, dir)
	if len(files) != 2 || filepath.Base(files[0]) != "set.jsonl" || filepath.Base(files[1]) != "page.txt" {
		t.Errorf("CorpusFiles = %v", files)
	}
}

func TestGoldStats(t *testing.T) {
	gold, _ := synthetic()
	s := GoldStats(gold)
	want := map[string]int{"Country": 3, "Organization": 3, "Person": 1, "Event": 2}
	for k, v := range want {
		if s.Entities[k] != v {
			t.Errorf("%s = %d, want %d", k, s.Entities[k], v)
		}
	}
	// 3 explicit relations, 2 participants, 2 signatories, 1 location.
	rel := map[string]int{document.CooperatesWith: 2, document.CommittedTo: 1, document.ParticipatedIn: 2, document.Signed: 2, document.HeldIn: 1}
	for k, v := range rel {
		if s.Relations[k] != v {
			t.Errorf("%s = %d, want %d", k, s.Relations[k], v)
		}
	}
	if s.Dates != 3 || s.Optional != 2 || s.Articles["total"] != 2 {
		t.Errorf("dates %d optional %d articles %d", s.Dates, s.Optional, s.Articles["total"])
	}
}
