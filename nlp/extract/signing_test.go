package extract_test

import (
	"strings"
	"testing"
)

// TestSigningEvents pins the signing events of the signing frame, one
// named row per construction: want lists the events the text must give
// (exactly, in order), each as eventFacts renders it.
func TestSigningEvents(t *testing.T) {
	cases := []struct {
		rule, name string
		body       string
		published  string
		want       []string
	}{
		{"dates", "a term of office in parentheses after a person dates no signing",
			"The Lakeside News Agency signed a cooperation protocol with the Hilltop Press Agency on Wednesday. The protocol was signed in memory of the council's founder, then-chairman Peter Kamau (2011-2014).", "2023-06-30",
			[]string{"EVENT signing date=2023-06-28 rule=event.signing"}},
		{"dates", "a fronted clause takes no date of its main clause",
			"The Lakeside News Agency signed a memorandum with the Hilltop Press Agency. After the memorandum was signed, the minister handed the agency an award for its reporting on the 2009 floods.", "",
			[]string{"EVENT signing rule=event.signing"}},
		{"dates", "a date that opens the sentence dates a far signing verb",
			"On March 4, when the president of Kenya came to Nairobi with the governors of the coastal counties and the mayors of the lake towns, the Lakeside News Agency signed a memorandum with the Hilltop Press Agency.", "2024-03-10",
			[]string{"EVENT signing date=2024-03-04 rule=event.signing"}},
		{"dates", "a year labelling an event's edition dates no signing",
			"The Lakeside News Agency signed a memorandum with the Hilltop Press Agency during the Expo 2020 fair in Nairobi in December 2021.", "",
			[]string{"EVENT signing date=2021-12 rule=event.signing", "EVENT exhibition date=2021-12 rule=event.trigger"}},
		{"event.signing.name-year", "a year inside a name before the verb dates no signing",
			"The editors spoke about the Lakeside 2030 Games coverage and the agencies signed a memorandum with the Hilltop Press Agency.", "",
			[]string{"EVENT signing rule=event.signing"}},
		{"event.signing.name-year", "a year after a preposition still dates the signing",
			"In 2019 the Lakeside News Agency signed a memorandum with the Hilltop Press Agency.", "",
			[]string{"EVENT signing date=2019 rule=event.signing"}},
		{"dates", "a previous agreement signed in 2019 is another signing than the renewal told now",
			"The Lakeside News Agency and the Hilltop Press Agency on Sunday renewed their news exchange agreement. The previous agreement between the two agencies was signed in Nairobi in 2019.", "2025-06-16",
			[]string{"EVENT signing date=2025-06-15 rule=event.signing", "EVENT signing date=2019 rule=event.signing"}},
		{"plans", "an infinitive after a word of planning is no signing",
			"The minister authorized the ambassador to ink a news exchange agreement between the Lakeside News Agency and the Hilltop Press Agency.", "",
			nil},
		{"coop.signing-ahead", "a nominal signing told as still to be held is no signing yet",
			"The signing of a memorandum on news exchange between the Lakeside News Agency and the Hilltop Press Agency will be held at the next meeting of the council.", "",
			nil},
		{"coop.signing-ahead", "a nominal signing whose date is scheduled is no signing yet",
			"The signing of the agreement between the Lakeside News Agency and the Hilltop Press Agency is scheduled for the autumn.", "",
			nil},
		{"coop.signing-ahead", "a nominal signing whose effect is told with will happened",
			"The signing of the memorandum between the Lakeside News Agency and the Hilltop Press Agency in Nairobi on Monday will boost the exchange of news.", "2023-05-10",
			[]string{"EVENT signing date=2023-05-08 rule=event.trigger"}},
		{"habits", "a tally of such documents is no signing of its own",
			"The Lakeside News Agency signed a memorandum with the Hilltop Press Agency on Monday. The agency has signed 14 such documents with foreign agencies since 2021.", "2024-05-08",
			[]string{"EVENT signing date=2024-05-06 rule=event.signing"}},
		{"passive", "memoranda exchanged between two parties are a signing",
			"Memoranda of understanding were exchanged between the Lakeside News Agency and the Hilltop Press Agency on Tuesday.", "2024-05-08",
			[]string{"EVENT signing date=2024-05-07 rule=event.signing"}},
		{"habits", "agreements with a count of partners are no one signing",
			"The Lakeside Broadcasting Authority has signed cooperation agreements with 16 African countries.", "",
			nil},
		{"habits", "agreements with a number of partners are no one signing",
			"The minister referred to the memoranda the Lakeside News Agency had signed with a number of Ugandan media houses.", "",
			nil},
		{"habits", "the start of a period does not make many agreements one signing",
			"Since its foundation in 1959, the Lakeside News Agency has kept close ties with the press of Uganda, reflected in many cooperation agreements signed with the Hilltop Press Agency.", "",
			nil},
		{"references", "agreements referred to by a participle are no signing",
			"On the basis of the agreements signed, the Lakeside News Agency uses photos of the Hilltop Press Agency.", "",
			nil},
		{"references", "the signed memorandum is no signing",
			"Within the signed memorandum, the Lakeside News Agency and the Hilltop Press Agency agreed to exchange news.", "",
			nil},
		{"event.signing", "several agreements signed at a happening are one signing",
			"The fifth Lakeside Media Forum was held in Nairobi on Tuesday. Kenyan and Ugandan media signed several cooperation agreements at the forum.", "2021-11-25",
			[]string{"EVENT forum ordinal=5 date=2021-11-23 rule=event.named", "EVENT signing date=2021-11-23 rule=event.signing date_rule=event.date.host-event"}},
		{"event.signing", "several agreements signed during a visit are one signing",
			"The president of Kenya paid a state visit to Uganda in March 2018, during which several agreements were signed.", "",
			[]string{"EVENT visit date=2018-03 rule=event.trigger", "EVENT signing date=2018-03 rule=event.signing"}},
		{"event.signing", "an agreement that is the subject of a passive far before the verb",
			"The memorandum on cooperation between the Lakeside News Agency, its television channel and the Hilltop Press Agency was signed in September 2018.", "",
			[]string{"EVENT signing date=2018-09 rule=event.signing"}},
		{"event.signing", "an agreement a participle after a comma modifies",
			"The agreement on media cooperation between the member states of the Lakeside Union, signed in Nairobi on June 14, 2019, may be ratified next year.", "",
			[]string{"EVENT signing date=2019-06-14 rule=event.signing"}},
		{"event.signing", "an agreement renewed with a partner the tagger does not know",
			"The city's news agency has renewed its agreement with a large publishing house.", "",
			[]string{"EVENT signing rule=event.signing"}},
		{"event.signing", "an earlier signing is another one",
			"The Lakeside News Agency signed an agreement with the Hilltop Press Agency in Nairobi on Monday. Earlier, the Lakeside News Agency and the Coastal Broadcasting Corporation signed an agreement on news exchange.", "2024-05-08",
			[]string{"EVENT signing date=2024-05-06 rule=event.signing", "EVENT signing rule=event.signing"}},
		{"event.signing", "an executive programme of an agreement is a document signed",
			"The Lakeside News Agency and the Hilltop Press Agency signed on Monday in Nairobi an executive programme for 2025-2026 of their cooperation agreement.", "2024-05-29",
			[]string{"EVENT signing date=2024-05-27 rule=event.signing"}},
		{"dates", "a day in a relative clause closed before the signing dates it not when the signing has a year of its own",
			"The course, which closes on Friday, is part of the agreement signed by the Lakeside News Agency and the Hilltop Press Agency in Nairobi in 2021.", "2024-05-29",
			[]string{"EVENT seminar date=2024-05-31 rule=event.trigger", "EVENT signing date=2021 rule=event.signing"}},
		{"event.signing.renewal", "a renewal with a past year of its own after a first signing is another signing",
			"The Lakeside News Agency and the Hilltop Press Agency first signed a news exchange accord in 2003 and renewed it in 2015.", "2024-05-29",
			[]string{"EVENT signing date=2003 rule=event.signing", "EVENT signing date=2015 rule=event.signing.renewal"}},
		{"event.signing.renewal", "renewals in two years are two signings",
			"The Lakeside News Agency signed a cooperation agreement with the Hilltop Press Agency in 2006 in Nairobi, which was renewed in 2012 and 2018.", "2024-05-29",
			[]string{"EVENT signing date=2006 rule=event.signing", "EVENT signing date=2012 rule=event.signing.renewal", "EVENT signing date=2018 rule=event.signing.renewal"}},
		{"event.signing.renewal", "a renewal in the publication's year makes no past signing",
			"The Lakeside News Agency and the Hilltop Press Agency first signed a news exchange accord in 2003 and renewed it in 2024.", "2024-05-29",
			[]string{"EVENT signing date=2003 rule=event.signing"}},
		{"event.signing.other-parties", "two pairs signing in one sentence are two signings",
			"At the forum, the Lakeside News Agency and the Hilltop Press Agency signed an agreement on news exchange, while the Lakeside News Agency and the Riverside Times signed a memorandum on training.", "",
			[]string{"EVENT forum rule=event.trigger", "EVENT signing rule=event.signing", "EVENT signing rule=event.signing"}},
		{"event.signing.other-parties", "one pair signing twice in one sentence is one signing",
			"The Lakeside News Agency and the Hilltop Press Agency signed an agreement on news exchange and signed a protocol on photo exchange.", "",
			[]string{"EVENT signing rule=event.signing"}},
		{"event.signing", "memoranda that were part of agreements signed are the signing told",
			"Three media houses of Kenya signed memoranda of understanding with the Hilltop Media Group in Nairobi. The memoranda were part of 17 cooperation agreements signed between Kenya and Uganda.", "",
			[]string{"EVENT signing rule=event.signing"}},
		{"event.signing", "a signing told first without parties is the one told with them",
			"The leaders praised the signing of a cooperation agreement. The heads of the Lakeside News Agency and the Hilltop Press Agency signed a cooperation agreement on digital content.", "",
			[]string{"EVENT signing rule=event.trigger"}},
		{"event.date.previous-sentence", "a definite agreement signed is dated by the sentence before",
			"In a meeting in Nairobi on Wednesday, the heads of the Lakeside News Agency and the Hilltop Press Agency agreed to exchange news. The document was signed in a ceremony at the agency's headquarters.", "2014-05-08",
			[]string{"EVENT meeting date=2014-05-07 rule=event.trigger", "EVENT signing date=2014-05-07 rule=event.signing date_rule=event.date.previous-sentence"}},
		{"event.signing", "the exchange of documents is a signing",
			"The two prime ministers on Monday witnessed the exchange of four cooperation documents between the Lakeside News Agency and the Hilltop Press Agency.", "2022-03-22",
			[]string{"EVENT signing date=2022-03-21 rule=event.signing"}},
		{"event.signing", "agreements counted are no retelling of one told before",
			"Kenya and Uganda signed on Tuesday a memorandum of understanding on media cooperation. On the eve of the president's arrival in Nairobi, Kenya and Uganda signed 13 memoranda of understanding.", "",
			[]string{"EVENT signing rule=event.signing", "EVENT signing rule=event.signing"}},
		{"event.merge.headline", "a headline printed twice is one headline",
			"Kenya hosts media summit\n\nKenya hosts media summit\n\nThe government of Kenya has organised a summit bringing together 100 journalists from Uganda and Tanzania.", "",
			[]string{"EVENT summit rule=event.trigger+event.merge.headline"}},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			got := eventFacts(processAt(t, c.body, c.published))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.body, got, c.want)
			}
		})
	}
}
