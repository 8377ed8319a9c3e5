package queries

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// The known corpus: seven short synthetic articles (text written for these
// tests) about five countries, eight organizations, one event series with
// editions 1, 2 and 4, a signing, talks and an undated seminar. The
// integration tests load it through the real loader and check exact
// answers; testdata/corpus.json is the same documents as JSON, for the
// browser test and for loading by hand.
//
// Ids used in the answers:
//
//	countries      CHN China, RUS Russia, VNM Vietnam, EGY Egypt, BRA Brazil
//	organizations  org:xinhua, org:peoples-daily, org:cmg (CHN); org:tass,
//	               org:rossiyskaya-gazeta, org:ministry-digital (RUS);
//	               org:vna (VNM); org:mena (EGY)
//	series         series:china-russia-media-forum
//	events         event:crmf-1 (2018-06-05, Beijing), event:crmf-2
//	               (2019-07-10, Moscow), event:crmf-4 (2021-09-15, video),
//	               event:signing-vna-xinhua (2020-03-12, Hanoi),
//	               event:talks-mena-xinhua (2022-05-20, Cairo),
//	               event:seminar-cmg-vna (no date)
const (
	seriesID  = "series:china-russia-media-forum"
	evForum1  = "event:crmf-1"
	evForum2  = "event:crmf-2"
	evForum4  = "event:crmf-4"
	evSigning = "event:signing-vna-xinhua"
	evTalks   = "event:talks-mena-xinhua"
	evSeminar = "event:seminar-cmg-vna"

	chn, rus, vnm, egy, bra = "country:CHN", "country:RUS", "country:VNM", "country:EGY", "country:BRA"
	xinhua, pd, cmg         = "org:xinhua", "org:peoples-daily", "org:cmg"
	tass, rg, ministry      = "org:tass", "org:rossiyskaya-gazeta", "org:ministry-digital"
	vna, mena               = "org:vna", "org:mena"
	beijing, moscow         = "place:beijing", "place:moscow"
	hanoi, cairo            = "place:hanoi", "place:cairo"
	topicTraining           = "topic:journalist-training"

	artForum2018  = "article:forum-2018"
	artForum2019  = "article:forum-2019"
	artSigning    = "article:signing-2020"
	artForum2021  = "article:forum-2021"
	artTalks      = "article:talks-2022"
	artCMGVNA     = "article:cmg-vna-2023"
	artReview2019 = "article:review-2019"
)

// entityDef is what the gazetteer would know about an entity.
type entityDef struct {
	typ                   document.EntityType
	name, kind, country   string
	surfaces              []string // forms searched for in the body
	confidence            float64
	granularity, rawValue string
}

var entities = map[string]entityDef{
	chn:           {typ: document.Country, name: "China", surfaces: []string{"China"}},
	rus:           {typ: document.Country, name: "Russia", surfaces: []string{"Russia"}},
	vnm:           {typ: document.Country, name: "Vietnam", surfaces: []string{"Vietnamese"}},
	egy:           {typ: document.Country, name: "Egypt", surfaces: []string{"Egypt"}},
	bra:           {typ: document.Country, name: "Brazil", surfaces: []string{"Brazil"}},
	xinhua:        {typ: document.Organization, name: "Xinhua News Agency", kind: document.KindNewsAgency, country: "country:CHN", surfaces: []string{"Xinhua News Agency", "Xinhua"}},
	pd:            {typ: document.Organization, name: "People's Daily", kind: document.KindNewspaper, country: "country:CHN", surfaces: []string{"People's Daily"}},
	cmg:           {typ: document.Organization, name: "China Media Group", kind: document.KindBroadcaster, country: "country:CHN", surfaces: []string{"China Media Group"}},
	tass:          {typ: document.Organization, name: "TASS", kind: document.KindNewsAgency, country: "country:RUS", surfaces: []string{"TASS"}},
	rg:            {typ: document.Organization, name: "Rossiyskaya Gazeta", kind: document.KindNewspaper, country: "country:RUS", surfaces: []string{"Rossiyskaya Gazeta"}},
	ministry:      {typ: document.Organization, name: "Ministry of Digital Development", kind: document.KindGovernmentBody, country: "country:RUS", surfaces: []string{"Ministry of Digital Development"}},
	vna:           {typ: document.Organization, name: "Vietnam News Agency", kind: document.KindNewsAgency, country: "country:VNM", surfaces: []string{"Vietnam News Agency"}},
	mena:          {typ: document.Organization, name: "Middle East News Agency", kind: document.KindNewsAgency, country: "country:EGY", surfaces: []string{"Middle East News Agency"}},
	beijing:       {typ: document.Place, name: "Beijing", country: "country:CHN", surfaces: []string{"Beijing"}},
	moscow:        {typ: document.Place, name: "Moscow", country: "country:RUS", surfaces: []string{"Moscow"}},
	hanoi:         {typ: document.Place, name: "Hanoi", country: "country:VNM", surfaces: []string{"Hanoi"}},
	cairo:         {typ: document.Place, name: "Cairo", country: "country:EGY", surfaces: []string{"Cairo"}},
	topicTraining: {typ: document.Topic, name: "journalist training", surfaces: []string{"training programmes for journalists"}},
}

// builder assembles one Document from sentences; spans are computed, never
// typed by hand.
type builder struct {
	d    *document.Document
	sent []document.Span
}

func article(id, title, published, publisherID, publisher string, sentences ...string) *builder {
	b := &builder{d: &document.Document{Article: document.Article{
		ID: id, URL: "https://news.example.org/" + document.IDKey(id), Title: title, Published: published,
		Publisher: publisher, PublisherID: publisherID, Language: "en", Origin: "queries/testdata/corpus.json",
	}}}
	var body strings.Builder
	for i, s := range sentences {
		if i > 0 {
			body.WriteString(" ")
		}
		start := body.Len()
		body.WriteString(s)
		b.sent = append(b.sent, document.Span{Start: start, End: body.Len()})
	}
	b.d.Article.Body = body.String()
	b.d.Article.Paragraphs = []document.Span{{Start: 0, End: body.Len()}}
	b.d.Article.ContentHash = fmt.Sprintf("sha256:test-%s", document.IDKey(id))
	b.d.Events = []document.Event{}
	b.d.Relations = []document.Relation{}
	return b
}

func (b *builder) evidence(i int) document.Evidence {
	s := b.sent[i]
	return document.Evidence{Text: b.d.Article.Body[s.Start:s.End], Start: s.Start, End: s.End}
}

// mention adds the entities named in the body, with every occurrence of
// their surface forms (longest form first, no overlaps).
func (b *builder) mention(ids ...string) *builder {
	body := b.d.Article.Body
	for _, id := range ids {
		def, ok := entities[id]
		if !ok {
			panic("corpus: unknown entity " + id)
		}
		e := document.Entity{ID: id, Type: def.typ, Name: def.name, Kind: def.kind, Confidence: 1}
		e.Country = def.country
		taken := map[int]bool{}
		for _, s := range def.surfaces {
			for off := 0; ; {
				i := strings.Index(body[off:], s)
				if i < 0 {
					break
				}
				start := off + i
				off = start + len(s)
				if taken[start] {
					continue
				}
				for k := start; k < start+len(s); k++ {
					taken[k] = true
				}
				e.Mentions = append(e.Mentions, document.EntityMention{Text: s, Start: start, End: start + len(s), Rule: "gazetteer"})
			}
		}
		if len(e.Mentions) == 0 {
			panic("corpus: " + id + " not found in " + b.d.Article.ID)
		}
		b.d.Entities = append(b.d.Entities, e)
	}
	return b
}

func (b *builder) event(ev document.Event, sentence int) *builder {
	ev.Evidence = b.evidence(sentence)
	ev.Rule = "test-event"
	ev.Confidence = 0.9
	if ev.Participants == nil {
		ev.Participants = []string{}
	}
	b.d.Events = append(b.d.Events, ev)
	return b
}

func (b *builder) rel(typ, from, to, event, topic string, sentence int, conf float64) *builder {
	b.d.Relations = append(b.d.Relations, document.Relation{
		Type: typ, From: from, To: to, Event: event, Topic: topic,
		Evidence: b.evidence(sentence), Rule: "test-" + strings.ToLower(typ), Confidence: conf,
	})
	return b
}

func forum(ordinal int, id, date, location, mode, typ string, participants, organizers []string) document.Event {
	return document.Event{ID: id, Type: typ, Name: fmt.Sprintf("China-Russia Media Forum %d", ordinal), Series: seriesID,
		Ordinal: ordinal, Date: date, DateGranularity: "day", Mode: mode, Location: location,
		Participants: participants, Organizers: organizers}
}

// knownCorpus returns the documents of the known corpus.
func knownCorpus() []*document.Document {
	const (
		coop   = document.CooperatesWith
		part   = document.ParticipatedIn
		signed = document.Signed
	)
	a1 := article(artForum2018, "Media forum opens in Beijing", "2018-06-06", pd, "People's Daily",
		"The first China-Russia Media Forum opened in Beijing on June 5, 2018.",
		"Xinhua News Agency and TASS agreed to exchange news content.",
		"People's Daily and Rossiyskaya Gazeta signed a cooperation plan at the forum.",
		"China and Russia pledged to deepen media cooperation.").
		mention(chn, rus, beijing, xinhua, tass, pd, rg).
		event(forum(1, evForum1, "2018-06-05", beijing, "in_person", "forum",
			[]string{xinhua, tass, pd, rg, chn, rus}, []string{pd}), 0).
		rel(coop, xinhua, tass, evForum1, "news exchange", 1, 0.9).
		rel(coop, pd, rg, evForum1, "media", 2, 0.85).
		rel(coop, chn, rus, evForum1, "media", 3, 0.8)

	a2 := article(artForum2019, "Second media forum held in Moscow", "2019-07-11", tass, "TASS",
		"The second China-Russia Media Forum was held in Moscow on July 10, 2019.",
		"TASS and Xinhua renewed their agreement on photo exchange.",
		"China Media Group and TASS will co-produce documentaries.").
		mention(chn, rus, moscow, tass, xinhua, cmg).
		event(forum(2, evForum2, "2019-07-10", moscow, "in_person", "forum",
			[]string{tass, xinhua, cmg}, []string{tass}), 0).
		rel(coop, tass, xinhua, evForum2, "photo exchange", 1, 0.9).
		rel(coop, cmg, tass, evForum2, "documentaries", 2, 0.85)

	a3 := article(artSigning, "Vietnamese and Chinese agencies sign memorandum", "2020-03-13", vna, "Vietnam News Agency",
		"Vietnam News Agency and Xinhua News Agency signed a memorandum of understanding in Hanoi on March 12, 2020.",
		"The two agencies will share training programmes for journalists in Vietnamese newsrooms.").
		mention(vnm, hanoi, vna, xinhua, topicTraining).
		event(document.Event{ID: evSigning, Type: "signing", Name: "VNA-Xinhua memorandum signing", Date: "2020-03-12",
			DateGranularity: "day", Location: hanoi, Participants: []string{vna, xinhua}}, 0).
		rel(signed, vna, evSigning, "", "", 0, 0.9).
		rel(signed, xinhua, evSigning, "", "", 0, 0.9).
		rel(coop, vna, xinhua, evSigning, "news exchange", 0, 0.9).
		rel(document.CommittedTo, vna, topicTraining, evSigning, "", 1, 0.7).
		rel(document.CommittedTo, xinhua, topicTraining, evSigning, "", 1, 0.7)

	// The article that states several facts: article-facts lists them all.
	a4 := article(artForum2021, "Fourth media forum held by video link", "2021-09-16", pd, "People's Daily",
		"The fourth China-Russia Media Forum was held by video link on September 15, 2021.",
		"People's Daily and Rossiyskaya Gazeta agreed to publish joint supplements.",
		"China and Russia will strengthen cooperation in online media.",
		"Officials of the Ministry of Digital Development of Russia attended the forum.").
		mention(chn, rus, pd, rg, ministry).
		event(forum(4, evForum4, "2021-09-15", "", "video", "video_conference",
			[]string{pd, rg, chn, rus}, []string{pd}), 0).
		rel(coop, pd, rg, evForum4, "joint supplements", 1, 0.9).
		rel(coop, chn, rus, evForum4, "online media", 2, 0.8).
		rel(part, ministry, evForum4, "", "", 3, 0.75)

	a5 := article(artTalks, "Egyptian and Chinese agencies hold talks", "2022-05-21", mena, "Middle East News Agency",
		"Middle East News Agency of Egypt and Xinhua News Agency held talks in Cairo on May 20, 2022.",
		"Both sides agreed to expand exchanges of economic news.").
		mention(egy, cairo, mena, xinhua).
		event(document.Event{ID: evTalks, Type: "talks", Name: "MENA-Xinhua talks", Date: "2022-05-20", DateGranularity: "day",
			Location: cairo, Participants: []string{mena, xinhua}}, 0).
		rel(coop, mena, xinhua, evTalks, "economic news", 1, 0.85)

	// A cooperation stated outside any event, an undated event, and a
	// country mentioned once with no fact about it.
	a6 := article(artCMGVNA, "China Media Group and VNA plan television cooperation", "2023-01-10", cmg, "China Media Group",
		"China Media Group and Vietnam News Agency will cooperate on television programmes.",
		"A media cooperation seminar is planned between the two sides.",
		"Brazil was also named as a possible partner.").
		mention(cmg, vna, bra).
		event(document.Event{ID: evSeminar, Type: "seminar", Name: "CMG-VNA media cooperation seminar",
			Participants: []string{cmg, vna}}, 1).
		rel(coop, cmg, vna, "", "television", 0, 0.8)

	// A second article stating the forum-1 Xinhua-TASS cooperation: that
	// edge has two supporting articles.
	a7 := article(artReview2019, "A year of media exchanges", "2019-12-30", xinhua, "Xinhua News Agency",
		"At the first China-Russia Media Forum in 2018 Xinhua News Agency and TASS agreed to exchange news content.").
		mention(chn, rus, xinhua, tass).
		rel(coop, xinhua, tass, evForum1, "news exchange", 0, 0.7)
	// a7 refers to event crmf-1 through the relation only; it reports no
	// event of its own.

	docs := []*document.Document{a1.d, a2.d, a3.d, a4.d, a5.d, a6.d, a7.d}
	return docs
}

// TestCorpusFixtureUpToDate keeps testdata/corpus.json equal to
// knownCorpus, so the browser test and hand loads see the same documents.
func TestCorpusFixtureUpToDate(t *testing.T) {
	got, err := json.MarshalIndent(knownCorpus(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "corpus.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./queries -run TestCorpusFixtureUpToDate -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Error("testdata/corpus.json differs from knownCorpus: rerun with -update")
	}
}

// TestCorpusSpans checks the builder: every mention and evidence span cuts
// its own text out of the body.
func TestCorpusSpans(t *testing.T) {
	for _, d := range knownCorpus() {
		body := d.Article.Body
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if body[m.Start:m.End] != m.Text {
					t.Errorf("%s %s: mention %q at %d-%d", d.Article.ID, e.ID, m.Text, m.Start, m.End)
				}
			}
		}
		for _, r := range d.Relations {
			if body[r.Evidence.Start:r.Evidence.End] != r.Evidence.Text {
				t.Errorf("%s %s: evidence span", d.Article.ID, r.Type)
			}
		}
	}
}
