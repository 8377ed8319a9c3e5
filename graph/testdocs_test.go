package graph_test

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// Synthetic test documents, written for these tests (no third-party text).
// Article A and B report the same conference: A by series and ordinal, B by
// type, a date one day later and an overlapping participant; the window rule
// merges them. C reports the next conference of the series.

// span returns the span of the first occurrence of sub in body.
func span(body, sub string) document.Span {
	i := strings.Index(body, sub)
	if i < 0 {
		panic("test body lacks " + sub)
	}
	return document.Span{Start: i, End: i + len(sub)}
}

func mention(body, text string) document.EntityMention {
	s := span(body, text)
	return document.EntityMention{Text: text, Start: s.Start, End: s.End, Rule: "test"}
}

func evidence(body, sentence string) document.Evidence {
	s := span(body, sentence)
	return document.Evidence{Text: sentence, Start: s.Start, End: s.End}
}

const (
	sentA1 = "Media of Ruritania and Freedonia held their 13th media conference by video link on Monday."
	sentA2 = "The Ruritanian news agency RNA and Freedonia agreed to cooperate on translation."
	bodyA  = sentA1 + " " + sentA2
)

func docA() *document.Document {
	return &document.Document{
		Article: document.Article{
			ID: "article:test-a", URL: "https://example.org/a", Title: "Conference held", Publisher: "Daily Example",
			PublisherID: "org:daily-example", Source: "RNA", SourceID: "org:rna",
			Published: "2020-10-20T09:00:00+08:00", Language: "en", Body: bodyA, Origin: "test:a", ContentHash: "hash-a-1",
			Authors: []string{"A. Writer"},
		},
		Entities: []document.Entity{
			{ID: "country:RUR", Type: document.Country, Name: "Ruritania", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyA, "Ruritania")}},
			{ID: "country:FRE", Type: document.Country, Name: "Freedonia", Aliases: []string{"Republic of Freedonia"}, Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyA, "Freedonia")}},
			{ID: "org:rna", Type: document.Organization, Name: "Ruritanian News Agency", Kind: document.KindNewsAgency,
				Country: "country:RUR", Confidence: 1, Aliases: []string{"RNA"},
				Mentions: []document.EntityMention{mention(bodyA, "RNA")}},
		},
		Events: []document.Event{{
			ID: "event:series-rur-fre-media-13", Type: "conference", Name: "13th Ruritania-Freedonia Media Conference",
			Series: "series:rur-fre-media", Ordinal: 13, Date: "2020-10-19", DateGranularity: "day", Mode: "video",
			Participants: []string{"country:RUR", "country:FRE"},
			Evidence:     evidence(bodyA, sentA1), Rule: "event.ordinal-conference", Confidence: 0.9,
		}},
		Relations: []document.Relation{
			{Type: document.CooperatesWith, From: "country:RUR", To: "country:FRE", Event: "event:series-rur-fre-media-13",
				Topic: "media", CAMEO: "036", Evidence: evidence(bodyA, sentA1), Rule: "rel.held-conference", Confidence: 0.8},
			{Type: document.CooperatesWith, From: "org:rna", To: "country:FRE", Topic: "translation",
				Evidence: evidence(bodyA, sentA2), Rule: "rel.agreed-to-cooperate", Confidence: 0.7},
		},
	}
}

const (
	sentB1 = "A media conference of Freedonia and Ruritania took place on Tuesday, with FBC taking part."
	bodyB  = "FREEDONIA CITY, Oct. 20 (FBC) -- " + sentB1
)

func docB() *document.Document {
	return &document.Document{
		Article: document.Article{
			ID: "article:test-b", URL: "https://example.org/b", Title: "Media conference", Publisher: "FBC", PublisherID: "org:fbc",
			Published: "2020-10-21", Language: "en", Body: bodyB, Origin: "test:b", ContentHash: "hash-b-1",
			Dateline: &document.Dateline{Place: "FREEDONIA CITY", Date: "2020-10-20", Agency: "FBC", Span: span(bodyB, "FREEDONIA CITY, Oct. 20 (FBC) --")},
		},
		Entities: []document.Entity{
			{ID: "country:FRE", Type: document.Country, Name: "Freedonia", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyB, "Freedonia")}},
			{ID: "country:RUR", Type: document.Country, Name: "Ruritania", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyB, "Ruritania")}},
			{ID: "org:fbc", Type: document.Organization, Name: "Freedonia Broadcasting Corporation", Kind: document.KindBroadcaster,
				Country: "country:FRE", Confidence: 1, Aliases: []string{"FBC"},
				Mentions: []document.EntityMention{mention(bodyB, "FBC")}},
			{ID: "place:freedonia-city", Type: document.Place, Name: "Freedonia City", Country: "country:FRE", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyB, "FREEDONIA CITY")}},
		},
		Events: []document.Event{{
			// Another id for the same conference: type, date, participants.
			ID: "event:conference-2020-10-20-fre-rur", Type: "conference", Date: "2020-10-20", DateGranularity: "day",
			Participants: []string{"country:FRE", "country:RUR", "org:fbc"},
			Evidence:     evidence(bodyB, sentB1), Rule: "event.trigger-conference", Confidence: 0.7,
		}},
		Relations: []document.Relation{
			// The same fact as A's first relation, stated the other way round.
			{Type: document.CooperatesWith, From: "country:FRE", To: "country:RUR", Event: "event:conference-2020-10-20-fre-rur",
				Topic: "media", Evidence: evidence(bodyB, sentB1), Rule: "rel.conference-of", Confidence: 0.6},
		},
	}
}

const (
	sentC1 = "The 14th media conference of Ruritania and Freedonia opened in Freedonia City."
	bodyC  = sentC1
)

func docC() *document.Document {
	return &document.Document{
		Article: document.Article{
			ID: "article:test-c", Title: "14th conference", Publisher: "Daily Example", PublisherID: "org:daily-example",
			Published: "2021-11-02", Language: "en", Body: bodyC, Origin: "test:c", ContentHash: "hash-c-1",
		},
		Entities: []document.Entity{
			{ID: "country:RUR", Type: document.Country, Name: "Ruritania", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyC, "Ruritania")}},
			{ID: "country:FRE", Type: document.Country, Name: "Freedonia", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyC, "Freedonia")}},
			{ID: "place:freedonia-city", Type: document.Place, Name: "Freedonia City", Country: "country:FRE", Confidence: 1,
				Mentions: []document.EntityMention{mention(bodyC, "Freedonia City")}},
		},
		Events: []document.Event{{
			ID: "event:series-rur-fre-media-14", Type: "conference", Series: "series:rur-fre-media", Ordinal: 14,
			Date: "2021-11-01", DateGranularity: "day", Location: "place:freedonia-city",
			Participants: []string{"country:RUR", "country:FRE"},
			Evidence:     evidence(bodyC, sentC1), Rule: "event.ordinal-conference", Confidence: 0.9,
		}},
	}
}
