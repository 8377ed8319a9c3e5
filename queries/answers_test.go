package queries

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/nlp/document"
)

// loadKnown resets the test database and loads the known corpus through the
// real loader, schema first.
func loadKnown(t *testing.T) *graph.Client {
	t.Helper()
	c := neo4jtest.Client(t)
	ctx := context.Background()
	neo4jtest.Reset(t, c)
	if _, err := graph.ApplySchema(ctx, c); err != nil {
		t.Fatalf("apply schema: %v", err)
	}
	st, err := graph.LoadDocuments(ctx, c, knownCorpus(), graph.LoadOptions{})
	if err != nil {
		t.Fatalf("load known corpus: %v", err)
	}
	if st.Failed != 0 || st.Articles != 7 {
		t.Fatalf("load stats: %+v", st)
	}
	return c
}

// answer runs a saved query with raw --param style values and renders the
// chosen columns of each row as "a|b|c" for exact comparison.
func answer(t *testing.T, c *graph.Client, name string, raw map[string]string, cols ...string) []string {
	t.Helper()
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	q, err := lib.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	params, err := q.Bind(raw)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), c, q, params)
	if err != nil {
		t.Fatal(err)
	}
	idx := make([]int, len(cols))
	for i, col := range cols {
		idx[i] = -1
		for j, have := range res.Columns {
			if have == col {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			t.Fatalf("%s: no column %s in %v", name, col, res.Columns)
		}
	}
	out := []string{}
	for _, row := range res.Rows {
		parts := make([]string, len(idx))
		for i, j := range idx {
			parts[i] = Text(row[j])
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out
}

// TestAnswersOnKnownCorpus checks every saved query's answer on the known
// corpus (see corpus_test.go for who is who). The expected rows were worked
// out from the corpus by hand.
func TestAnswersOnKnownCorpus(t *testing.T) {
	c := loadKnown(t)
	tests := []struct {
		query string
		raw   map[string]string
		cols  []string
		want  []string
	}{
		// Ranked by distinct events, then statements, then name.
		{"partners-of-country", nil, []string{"partner", "partner_country", "events", "statements", "event_ids"}, []string{
			"org:tass|RUS|2|3|[event:crmf-1, event:crmf-2]",
			"org:rossiyskaya-gazeta|RUS|2|2|[event:crmf-1, event:crmf-4]",
			"country:RUS|RUS|2|2|[event:crmf-1, event:crmf-4]",
			"org:vna|VNM|1|2|[event:signing-vna-xinhua]",
			"org:mena|EGY|1|1|[event:talks-mena-xinhua]",
		}},
		{"partners-of-country", map[string]string{"include_orgs": "false"}, []string{"partner", "events"}, []string{"country:RUS|2"}},
		{"partners-of-country", map[string]string{"iso3": "RUS", "limit": "2"}, []string{"partner", "events", "statements"}, []string{
			"country:CHN|2|2", "org:peoples-daily|2|2", // ties with org:xinhua|2|2, cut by name and limit
		}},
		{"timeline-between", nil, []string{"date", "event", "ordinal"}, []string{
			"2018-06-05|event:crmf-1|1", "2019-07-10|event:crmf-2|2", "2021-09-15|event:crmf-4|4",
		}},
		// Undated events come last.
		{"timeline-between", map[string]string{"a": "VNM", "b": "CHN"}, []string{"date", "event", "parties"}, []string{
			"2020-03-12|event:signing-vna-xinhua|[Vietnam News Agency, Xinhua News Agency]",
			"|event:seminar-cmg-vna|[China Media Group, Vietnam News Agency]",
		}},
		// Both China-Russia facts, each with the sentence that states it.
		{"cooperation-between", nil, []string{"event", "date", "article", "rule"}, []string{
			"event:crmf-1|2018-06-05|article:forum-2018|test-cooperates_with",
			"event:crmf-4|2021-09-15|article:forum-2021|test-cooperates_with",
		}},
		// Only the statements of one article.
		{"cooperation-between", map[string]string{"article": artForum2021}, []string{"event", "article"}, []string{
			"event:crmf-4|article:forum-2021",
		}},
		{"series-timeline", nil, []string{"ordinal", "date", "event", "gap_days", "missing_before"}, []string{
			"1|2018-06-05|event:crmf-1||[]", "2|2019-07-10|event:crmf-2|400|[]", "4|2021-09-15|event:crmf-4|798|[3]",
		}},
		{"active-organizations", map[string]string{"limit": "3"}, []string{"organization", "events", "organized", "cooperations"}, []string{
			"org:xinhua|4|0|4", "org:tass|2|1|3", "org:cmg|2|0|2",
		}},
		{"active-organizations", map[string]string{"kind": "government_body"}, []string{"organization", "country", "events"}, []string{
			"org:ministry-digital|RUS|1",
		}},
		{"co-participation", map[string]string{"min_shared": "2"}, []string{"org_a", "org_b", "shared", "events"}, []string{
			"org:peoples-daily|org:rossiyskaya-gazeta|2|[event:crmf-1, event:crmf-4]",
			"org:tass|org:xinhua|2|[event:crmf-1, event:crmf-2]",
		}},
		// The article that states several facts, in text order.
		{"article-facts", map[string]string{"article": artForum2021}, []string{"fact", "from", "to", "start", "end", "confidence"}, []string{
			"ORGANIZED|org:peoples-daily|event:crmf-4|0|81|0.9",
			"PARTICIPATED_IN|country:CHN|event:crmf-4|0|81|0.9",
			"PARTICIPATED_IN|country:RUS|event:crmf-4|0|81|0.9",
			"PARTICIPATED_IN|org:peoples-daily|event:crmf-4|0|81|0.9",
			"PARTICIPATED_IN|org:rossiyskaya-gazeta|event:crmf-4|0|81|0.9",
			"COOPERATES_WITH|org:peoples-daily|org:rossiyskaya-gazeta|82|156|0.9",
			"COOPERATES_WITH|country:CHN|country:RUS|157|218|0.8",
			"PARTICIPATED_IN|org:ministry-digital|event:crmf-4|219|297|0.75",
		}},
		{"article-facts", map[string]string{"article": artForum2021, "min_confidence": "0.85"}, []string{"fact", "from"}, []string{
			"ORGANIZED|org:peoples-daily", "PARTICIPATED_IN|country:CHN", "PARTICIPATED_IN|country:RUS",
			"PARTICIPATED_IN|org:peoples-daily", "PARTICIPATED_IN|org:rossiyskaya-gazeta", "COOPERATES_WITH|org:peoples-daily",
		}},
		// Direction does not matter: asked Xinhua->TASS, stored TASS->Xinhua.
		{"edge-provenance", map[string]string{"from": xinhua, "to": tass}, []string{"type", "event", "support", "article", "start", "end", "confidence"}, []string{
			"COOPERATES_WITH|event:crmf-1|2|article:forum-2018|70|130|0.9",
			"COOPERATES_WITH|event:crmf-1|2|article:review-2019|0|106|0.7",
			"COOPERATES_WITH|event:crmf-2|1|article:forum-2019|73|131|0.9",
		}},
		{"edge-provenance", map[string]string{"from": ministry, "to": evForum4, "type": "PARTICIPATED_IN"}, []string{"type", "article", "rule"}, []string{
			"PARTICIPATED_IN|article:forum-2021|test-participated_in",
		}},
		{"events-in-range", map[string]string{"from": "2019-01-01", "to": "2021-12-31"}, []string{"date", "event", "places"}, []string{
			"2019-07-10|event:crmf-2|[Moscow]", "2020-03-12|event:signing-vna-xinhua|[Hanoi]", "2021-09-15|event:crmf-4|[]",
		}},
		{"events-in-range", map[string]string{"types": "signing,talks"}, []string{"event", "parties"}, []string{
			"event:signing-vna-xinhua|[Vietnam News Agency, Xinhua News Agency]",
			"event:talks-mena-xinhua|[Middle East News Agency, Xinhua News Agency]",
		}},
		{"new-partners-per-year", nil, []string{"year", "new_partners", "partners"}, []string{
			"2018|3|[Rossiyskaya Gazeta, Russia, TASS]", "2020|1|[Vietnam News Agency]", "2022|1|[Middle East News Agency]",
		}},
		// VNM's partners: the 2023 CMG-VNA cooperation has no event and
		// takes its year from the article.
		{"new-partners-per-year", map[string]string{"iso3": "VNM"}, []string{"year", "partners"}, []string{
			"2020|[Xinhua News Agency]", "2023|[China Media Group]",
		}},
		{"event-neighbourhood", map[string]string{"event": evForum4}, []string{"id", "hops"}, []string{
			"country:CHN|1", "country:RUS|1", "org:ministry-digital|1", "org:peoples-daily|1", "org:rossiyskaya-gazeta|1",
			"org:cmg|2", "org:tass|2", "org:xinhua|2",
		}},
		{"organizations-by-country", map[string]string{"iso3": "RUS"}, []string{"kind", "organization"}, []string{
			"government_body|org:ministry-digital", "news_agency|org:tass", "newspaper|org:rossiyskaya-gazeta",
		}},
		{"organizations-by-country", map[string]string{"kind": "news_agency"}, []string{"country", "organization"}, []string{
			"CHN|org:xinhua", "EGY|org:mena", "RUS|org:tass", "VNM|org:vna",
		}},
		{"quality-mentioned-once", map[string]string{"label": "Country"}, []string{"id", "texts"}, []string{
			"country:BRA|[Brazil]", "country:EGY|[Egypt]", "country:VNM|[Vietnamese]",
		}},
		{"quality-mentioned-once", nil, []string{"label", "id"}, []string{
			"Country|country:BRA", "Country|country:EGY", "Country|country:VNM",
			"Organization|org:mena", "Organization|org:ministry-digital",
			"Place|place:beijing", "Place|place:cairo", "Place|place:hanoi", "Place|place:moscow",
			"Topic|topic:journalist-training",
		}},
		{"quality-events-without-date", nil, []string{"event", "articles"}, []string{"event:seminar-cmg-vna|[article:cmg-vna-2023]"}},
		{"quality-orphans", nil, []string{"id"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s%v", tt.query, tt.raw), func(t *testing.T) {
			got := answer(t, c, tt.query, tt.raw, tt.cols...)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s %v:\ngot\n  %s\nwant\n  %s", tt.query, tt.raw, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestEventGraphAnswer checks the Browser tour query's graph: the nodes and
// relationships its paths cover for the default series.
func TestEventGraphAnswer(t *testing.T) {
	c := loadKnown(t)
	res, err := RunCypher(context.Background(), c, `CALL () {
  `+mustSource(t, "event-graph")+`
}
UNWIND [p1, p2, p3] AS p
WITH p WHERE p IS NOT NULL
UNWIND nodes(p) AS n
RETURN collect(DISTINCT n.id) AS ids`, map[string]any{"event": "", "series": seriesID}, ReadMode)
	if err != nil {
		t.Fatal(err)
	}
	got := res.Rows[0][0].([]any)
	want := map[string]bool{evForum1: true, evForum2: true, evForum4: true, seriesID: true, beijing: true, moscow: true,
		chn: true, rus: true, xinhua: true, tass: true, pd: true, rg: true, cmg: true, ministry: true}
	if len(got) != len(want) {
		t.Errorf("event-graph covers %d nodes %v, want %d", len(got), got, len(want))
	}
	for _, id := range got {
		if !want[id.(string)] {
			t.Errorf("event-graph covers unexpected node %v", id)
		}
	}
}

// TestQualityOrphansFindsLeftovers makes an orphan the way a withdrawn
// article leaves one (a Topic no statement mentions any more) and expects
// the check to list exactly it.
func TestQualityOrphansFindsLeftovers(t *testing.T) {
	c := loadKnown(t)
	if _, err := RunCypher(context.Background(), c, "CREATE (:Topic {id: 'topic:left-behind', name: 'left behind'})", nil, WriteMode); err != nil {
		t.Fatal(err)
	}
	got := answer(t, c, "quality-orphans", nil, "labels", "id")
	if strings.Join(got, ";") != "[Topic]|topic:left-behind" {
		t.Errorf("orphans = %v", got)
	}
}

func mustSource(t *testing.T, name string) string {
	t.Helper()
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	q, err := lib.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return q.Body()
}

// TestFactWithoutEventIsNull: in JSON a fact stated outside any event has
// "event": null, like every other missing value, not "".
func TestFactWithoutEventIsNull(t *testing.T) {
	c := loadKnown(t)
	lib, err := Library()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		raw   map[string]string
	}{
		{"cooperation-between", map[string]string{"a": cmg, "b": vna}},
		{"edge-provenance", map[string]string{"from": cmg, "to": vna}},
		{"article-facts", map[string]string{"article": artCMGVNA}},
	} {
		q, err := lib.Get(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		params, err := q.Bind(tc.raw)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Run(context.Background(), c, q, params)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := Write(&b, res, FormatJSON, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) == 0 || !strings.Contains(b.String(), `"event": null`) || strings.Contains(b.String(), `"event": ""`) {
			t.Errorf("%s: want \"event\": null for the fact without an event:\n%s", tc.query, b.String())
		}
	}
}

// TestOrganizationUnitOf: organizations-by-country names the organization an
// organ is a unit of when an article links them (UNIT_OF).
func TestOrganizationUnitOf(t *testing.T) {
	c := loadKnown(t)
	b := article("article:tass-photo", "TASS photo service", "2021-02-02", tass, "TASS",
		"The Photo Service of TASS opened a bureau in Kazan.").mention(tass)
	b.d.Entities = append(b.d.Entities, document.Entity{ID: "org:photo-service-of-tass", Type: document.Organization,
		Name: "Photo Service of TASS", Kind: document.KindNewsAgency, Country: "country:RUS", Parent: tass, Confidence: 0.7,
		Mentions: []document.EntityMention{{Text: "Photo Service of TASS", Start: 4, End: 25}}})
	if st, err := graph.LoadDocuments(context.Background(), c, []*document.Document{b.d}, graph.LoadOptions{}); err != nil || st.Failed != 0 {
		t.Fatalf("load: %+v %v", st, err)
	}
	got := answer(t, c, "organizations-by-country", map[string]string{"kind": "news_agency", "iso3": "RUS"}, "organization", "unit_of")
	want := []string{"org:photo-service-of-tass|TASS", "org:tass|"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("organizations-by-country:\n got %q\nwant %q", got, want)
	}
}
