package extract_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/extract"
	"github.com/mediakg/mediakg/nlp/pipeline"
)

// processAt runs the pipeline on body with a publication date (none when
// published is "").
func processAt(t testing.TB, body, published string) *document.Document {
	t.Helper()
	once.Do(func() { pipe, perr = pipeline.New(pipeline.Options{}) })
	if perr != nil {
		t.Fatal(perr)
	}
	d := pipe.Process(document.Article{ID: "t", Body: body, Published: published})
	// every event an extraction gives has a mention and evidence (an
	// event without one broke the output on a real page)
	for _, e := range d.Events {
		if len(e.Mentions) == 0 || e.Evidence.Text == "" {
			t.Errorf("%s: event %s without a mention or evidence", body, e.ID)
		}
	}
	return d
}

// eventFacts renders the events of d as "EVENT type ordinal=N date=D
// rule=R date_rule=R" for the rule tables.
func eventFacts(d *document.Document) []string {
	var out []string
	for _, e := range d.Events {
		s := "EVENT " + e.Type
		if e.Ordinal != 0 {
			s += " ordinal=" + strconv.Itoa(e.Ordinal)
		}
		if e.Date != "" {
			s += " date=" + e.Date
		}
		s += " rule=" + e.Rule
		if e.DateRule != "" {
			s += " date_rule=" + e.DateRule
		}
		out = append(out, s)
	}
	return out
}

// TestEventRules pins the event rules, one named row per construction:
// want lists the events the text must give (exactly, in order), each as
// eventFacts renders it.
func TestEventRules(t *testing.T) {
	cases := []struct {
		rule, name string
		body       string
		published  string
		want       []string
	}{
		{"event.date.name-year", "a day without a year takes the year of the event's name (nlp/dates reads it)",
			"The 2019 Lakeside Media Forum was held in Nairobi on 14 May.", "",
			[]string{"EVENT forum date=2019-05-14 rule=event.named"}},
		{"event.date.name-year", "a named event without a date is dated to its name's year",
			"Fiji wants to host the 2027 Lakeside Media Summit.", "",
			[]string{"EVENT summit date=2027 rule=event.named date_rule=event.date.name-year"}},
		{"event.date.name-year", "a full date is kept",
			"The 2019 Lakeside Media Forum opened in Nairobi on Monday.", "2019-05-15",
			[]string{"EVENT forum date=2019-05-13 rule=event.named"}},
		{"event.definite-first", "a definite meeting with nothing before it is an event, dated by the sentence before",
			"The head of the Lakeside News Agency and the ambassador of Kenya discussed, Wednesday, cooperation in news exchange. During the meeting at the agency's headquarters, both sides stressed the role of the media.", "2024-10-03",
			[]string{"EVENT meeting date=2024-10-02 rule=event.definite-first date_rule=event.date.previous-sentence"}},
		{"event.definite-first", "a definite visit with nothing before it is an event",
			"The visit was attended by the editors of the Lakeside News Agency.", "",
			[]string{"EVENT visit rule=event.definite-first"}},
		{"event.definite-first", "a definite meeting refers to the meeting told before",
			"Lakeside News Agency director Amina Odhiambo met with a delegation of Kenya on Monday. The meeting was held in a friendly atmosphere.", "2024-10-03",
			[]string{"EVENT meeting date=2024-09-30 rule=event.verb"}},
		{"event.definite-first", "the speaker's own visit in a quotation is none",
			"\"I still recall our visit to the mountain with the children,\" said Amina Odhiambo of the Lakeside News Agency.", "",
			nil},
		{"event.definite-first", "a visit named inside quoted speech is none",
			"\"I can send a correspondent to cover the minister's visit,\" said Amina Odhiambo of the Lakeside News Agency.", "",
			nil},
		{"event.verb", "a meeting with a delegation needs no named party after it",
			"Today, the director of the Lakeside News Agency met with a delegation of the provincial press centre in the hall of the agency.", "2017-07-28",
			[]string{"EVENT meeting date=2017-07-28 rule=event.verb"}},
		{"event.verb", "a visit to a proper name the tagger does not know",
			"A delegation led by Amina Odhiambo, the director of the Lakeside News Agency, visited Oakridge, a town in the north, at the invitation of the provincial government from May 25 to 26.", "2024-05-29",
			[]string{"EVENT visit date=2024-05-25 rule=event.verb"}},
		{"event.trigger", "a reception for a visitor is a meeting",
			"The prime minister hosted a reception in Nairobi on December 1 for Amina Odhiambo, director of the Lakeside News Agency.", "2025-12-02",
			[]string{"EVENT meeting date=2025-12-01 rule=event.trigger"}},
		{"event.trigger", "a warm reception and the reception of an idea are no gatherings",
			"The Lakeside News Agency thanked the ministry for the warm reception. Kenya praised the enthusiastic reception of its films in Nairobi.", "",
			nil},
		{"event.verb", "calling on someone in a place is a courtesy call",
			"The ambassador of Kenya Amina Odhiambo called on the director of the Lakeside News Agency in Nairobi today.", "2020-04-30",
			[]string{"EVENT meeting date=2020-04-30 rule=event.verb"}},
		{"event.verb", "calling on someone to act is an appeal",
			"The minister Amina Odhiambo called on the Lakeside News Agency to step up its coverage of the region.", "2020-04-30",
			nil},
		{"event.verb", "arriving in a place is a visit",
			"The director of the Lakeside News Agency arrived in Nairobi on Sunday.", "2020-04-30",
			[]string{"EVENT visit date=2020-04-26 rule=event.verb"}},
		{"event.trigger.held", "a meeting held with someone",
			"The members of the delegation toured the studios of the Lakeside News Agency and also held a meeting with the editors.", "",
			[]string{"EVENT visit rule=event.verb", "EVENT meeting rule=event.trigger.held"}},
		{"event.trigger.held", "a meeting that was held",
			"A coordination meeting was held between Kenyan and Ugandan media representatives the other day.", "",
			[]string{"EVENT meeting rule=event.trigger.held"}},
		{"event.trigger.held", "a meeting room is no meeting",
			"The Lakeside News Agency has meeting rooms and a library.", "",
			nil},
		{"signing again", "a signing ceremony after the signing is the same signing",
			"The Lakeside News Agency on Wednesday signed an agreement with the Hilltop Press Agency. A signing ceremony for the memorandum was held in Nairobi.", "2023-11-09",
			[]string{"EVENT signing date=2023-11-08 rule=event.signing"}},
		{"signing again", "a coming signing without a day is none",
			"The Lakeside News Agency on Wednesday signed an agreement with the Hilltop Press Agency. The signing of a second memorandum will be held at the next meeting.", "2023-11-09",
			[]string{"EVENT signing date=2023-11-08 rule=event.signing"}},
		{"event.date.host-event", "a signing on the sidelines of a meeting takes its day",
			"The director of the Lakeside News Agency met with the head of the Hilltop Press Agency in Nairobi yesterday. The two witnessed the signing of an agreement on the sidelines of the meeting.", "2024-10-14",
			[]string{"EVENT meeting date=2024-10-13 rule=event.verb", "EVENT signing date=2024-10-13 rule=event.trigger date_rule=event.date.host-event"}},
		{"event.verb", "a delegation received on a weekday",
			"Amina Odhiambo, director of the Lakeside News Agency, received Wednesday a delegation of the Hilltop Press Agency.", "2019-10-24",
			[]string{"EVENT meeting date=2019-10-23 rule=event.verb"}},
		{"event.verb", "the date far after the verb, nothing between",
			"This was discussed when Amina Odhiambo, director of the Lakeside News Agency, received Peter Kamau, chief executive of the Hilltop Press Agency, and an accompanying delegation, including the ambassador of Kenya, today at the agency's headquarters.", "2023-03-14",
			[]string{"EVENT meeting date=2023-03-14 rule=event.verb"}},
		{"event.verb", "a date after a signing verb belongs to the signing",
			"Amina Odhiambo, director of the Lakeside News Agency, received Peter Kamau, chief executive of the Hilltop Press Agency, who recalled the memorandum the two agencies signed in 2016.", "2023-03-14",
			[]string{"EVENT meeting rule=event.verb", "EVENT signing date=2016 rule=event.signing"}},
		{"event.verb", "a sentence-initial participle of receiving",
			"Receiving President and Editor-in-Chief of Xinhua Fu Hua in Nairobi on November 4, the prime minister hailed the cooperation.", "2015-11-05",
			[]string{"EVENT meeting date=2015-11-04 rule=event.verb"}},
		{"event.verb", "welcoming a delegation named by its sender",
			"Welcoming the Lakeside News Agency delegation in Nairobi, the minister Peter Kamau praised the agency.", "",
			[]string{"EVENT meeting rule=event.verb"}},
		{"event.verb", "welcoming a decision is no meeting",
			"The Lakeside News Agency welcomed the decision of the ministry.", "",
			nil},
		{"event.trigger.held", "chairing a meeting",
			"The minister made the remarks while chairing a meeting to review the work of the committee.", "",
			[]string{"EVENT meeting rule=event.trigger.held"}},
		{"event.trigger", "a noun's date far after it, nothing between",
			"The minister made the remarks at a meeting to review the results of the six-month work of the coordinating committee for international cooperation of the ministry on November 17, 2020.", "",
			[]string{"EVENT meeting date=2020-11-17 rule=event.trigger"}},
		{"event.trigger", "a meeting between two long titles dated after them",
			"In a meeting between the deputy head of the Lakeside News Agency Amina Odhiambo and her counterpart from the Hilltop Press Agency in Nairobi on Wednesday, the officials agreed to exchange news.", "2014-05-08",
			[]string{"EVENT meeting date=2014-05-07 rule=event.trigger"}},
		{"ordinal beside a coming edition", "an ordinal after a coming meeting is another edition",
			"A next meeting of the Lakeside Press Council will be held in Nairobi in March 2015. The decision was adopted at the second meeting of the Council in London.", "2014-12-02",
			[]string{"EVENT meeting date=2015-03 rule=event.trigger", "EVENT meeting ordinal=2 rule=event.trigger"}},
		{"event.other-edition", "a definite trigger with an ordinal and a day of another year is a past edition",
			"Editors gathered at the Lakeside media conference in Nairobi on Saturday. The first conference took place in Kampala in May 2021.", "2024-07-01",
			[]string{"EVENT conference date=2024-06-29 rule=event.trigger", "EVENT conference ordinal=1 date=2021-05 rule=event.trigger+event.other-edition"}},
		{"event.other-edition", "an undated lead with an ordinal keeps apart the first edition told with a date",
			"Reporters attended the second Pacific media seminar hosted by the Hilltop Press Agency. The first seminar was held in Suva in March 2022.", "2024-07-01",
			[]string{"EVENT seminar ordinal=2 rule=event.trigger", "EVENT seminar ordinal=1 date=2022-03 rule=event.trigger+event.other-edition"}},
		{"event.other-edition", "the series' previous edition told with its possessive is another edition",
			"The Lakeside Media Forum opened in Nairobi on Monday. The forum's previous edition was held in Arusha in June 2023.", "2024-07-03",
			[]string{"EVENT forum date=2024-07-01 rule=event.named", "EVENT forum date=2023-06 rule=event.other-edition"}},
		{"event.other-edition", "its next edition with a year is a coming edition, and its ordinal is not this one's",
			"The Lakeside Media Summit closed in Suva on Friday. The summit will move to Apia for its next edition in 2026.", "2024-07-06",
			[]string{"EVENT summit date=2024-07-05 rule=event.named", "EVENT summit date=2026 rule=event.other-edition"}},
		{"event.other-edition", "a possessive ordinal with a month of another year is another edition",
			"The Lakeside Media Forum opened in Mombasa on Monday. Organizers said the forum would return to Mombasa next October for its ninth edition.", "2024-10-16",
			[]string{"EVENT forum date=2024-10-14 rule=event.named", "EVENT forum ordinal=9 date=2025-10 rule=event.other-edition"}},
		{"event.other-edition", "an ordinal predicate with years of earlier visits is this visit's ordinal",
			"President Amina Odhiambo visited Fiji on Monday. This is only the second visit by a Kenyan president to Fiji, following one by her predecessor in 1999.", "2024-10-16",
			[]string{"EVENT visit ordinal=2 date=2024-10-14 rule=event.verb"}},
		{"event.other-edition", "an edition labelled by another year is a past edition",
			"The Nile Media Forum opened in Kampala on Monday. The 2024 edition was held in Juba.", "2025-06-10",
			[]string{"EVENT forum date=2025-06-09 rule=event.named", "EVENT forum date=2024 rule=event.other-edition"}},
		{"event.other-edition", "last year's edition is a past edition",
			"The Nile Media Forum opened in Kampala on Monday. Last year's edition drew 200 editors to Juba.", "2025-06-10",
			[]string{"EVENT forum date=2025-06-09 rule=event.named", "EVENT forum date=2024 rule=event.other-edition"}},
		{"event.other-edition", "an edition labelled by the series' own year is this one",
			"The 2025 Nile Media Forum opened in Kampala on Monday. The 2025 edition drew 200 editors.", "2025-06-10",
			[]string{"EVENT forum date=2025-06-09 rule=event.named"}},
		{"event.merge.ordinal", "two kinds of gathering with the same ordinal and their own name words stay apart",
			"Editors attended the second Lakeside media conference in Suva. It took place shortly after the second Pacific Islands summit.", "2024-07-10",
			[]string{"EVENT conference ordinal=2 rule=event.trigger", "EVENT summit ordinal=2 rule=event.trigger"}},
		{"event.other-edition", "now in its ninth edition is this one's ordinal",
			"The Lakeside Media Forum, now in its ninth edition, opened in Mombasa on Monday.", "2024-10-16",
			[]string{"EVENT forum ordinal=9 date=2024-10-14 rule=event.named"}},
		{"event.date.opened-closed", "a convention that opened in a relative clause and closed in the main one",
			"The fifth Lakeside Journalists Convention, which opened on Tuesday, concluded in Kisumu on Thursday.", "2024-05-10",
			[]string{"EVENT conference ordinal=5 date=2024-05-07 rule=event.trigger date_rule=event.date.opened-closed"}},
		{"tag.event.treaty", "a convention on rights is a treaty, no gathering",
			"The council said the Convention on the Rights of Journalists was signed in Geneva on Monday.", "2024-05-10",
			nil},
		{"tag.event.treaty", "a bare capitalized Convention after an agreement is the document",
			"The two unions signed an agreement in Suva on Monday. Officials hope that the Convention will help young reporters.", "2024-05-10",
			[]string{"EVENT signing date=2024-05-06 rule=event.signing"}},
		{"tag.event.treaty", "a ratified convention is a treaty",
			"Parliament ratified the convention in Suva on Monday.", "2024-05-10",
			nil},
		{"event.merge.ceremony-part", "an award ceremony that closes the gathering the sentence is about is part of it",
			"The Hilltop media forum opened in Apia on Monday. The forum closed on Wednesday with an awards ceremony for young reporters.", "2024-05-10",
			[]string{"EVENT forum date=2024-05-06 rule=event.trigger+event.merge.ceremony-part"}},
		{"event.merge.ceremony-part", "an award ceremony of its own stays an event",
			"Three reporters of the Hilltop Press Agency won prizes at an awards ceremony in Apia on Friday.", "2024-05-10",
			[]string{"EVENT ceremony date=2024-05-10 rule=event.trigger"}},
		{"event.date.day-shift", "a workshop a day earlier than the launch told before",
			"The Lakeside News Agency and the Hilltop Press Agency launched a joint channel in Dakar on Thursday. A day earlier, the two agencies held a workshop for producers.", "2024-05-10",
			[]string{"EVENT launch date=2024-05-09 rule=event.verb", "EVENT seminar date=2024-05-08 rule=event.trigger date_rule=event.date.day-shift"}},
		{"event.date.day-shift", "talks on the eve of a dated meeting",
			"Information ministers of the region met in Lusaka on 12 March 2024. On the eve of the meeting, the Zambian and Malawian ministers held talks on broadcasting.", "",
			[]string{"EVENT meeting date=2024-03-12 rule=event.definite-first date_rule=event.date.previous-sentence", "EVENT talks date=2024-03-11 rule=event.trigger date_rule=event.date.day-shift"}},
		{"event.anaphor.head", "the meeting is the one told as a meeting, not the session told after it",
			"Ministers of the region met in Lusaka on 12 March 2024 for their annual meeting. The meeting was preceded by a two-day session of senior officials which began on 10 March. The Zambian minister chaired the meeting.", "",
			[]string{"EVENT meeting date=2024-03-12 rule=event.trigger+event.anaphor.head", "EVENT meeting date=2024-03-10 rule=event.trigger"}},
		{"event.date.result-previous", "the agreement told before came during a meeting: the meeting has its day",
			"The Lakeside News Agency and the Hilltop Press Agency agreed on Tuesday to exchange photos. The agreement came during a meeting between the heads of the two agencies in Suva.", "2024-05-10",
			[]string{"EVENT meeting date=2024-05-07 rule=event.trigger date_rule=event.date.result-previous"}},
		{"event.other-edition", "a numbered session dated in another year is its own edition, not a part of the event told last",
			"Editors of the Lakeside News Agency and the Hilltop Press Agency held a video conference on Monday. The council's fourth session took place in Suva in May 2022.", "2024-05-10",
			[]string{"EVENT video_conference date=2024-05-06 rule=event.trigger", "EVENT meeting ordinal=4 date=2022-05 rule=event.trigger+event.other-edition"}},
		{"event.first-edition", "a participle clause tells the first edition of the series with its own year",
			"The Lakeside Media Summit closed in Suva on Friday. The summit, first held in Apia in 2019, will move to Nadi next year.", "2024-07-06",
			[]string{"EVENT summit date=2024-07-05 rule=event.named", "EVENT summit ordinal=1 date=2019 rule=event.first-edition"}},
		{"event.first-edition", "an appositive first edition before the verb that says this one opened",
			"The Nile Media Forum, first organized in Juba in 2019, opened in Kampala on Monday.", "2025-06-10",
			[]string{"EVENT forum date=2025-06-09 rule=event.named", "EVENT forum ordinal=1 date=2019 rule=event.first-edition"}},
		{"event.first-edition", "no other day: the clause is the series' own past",
			"The Lakeside Media Summit, first held in Apia in 2019, has drawn many editors.", "2024-07-06",
			[]string{"EVENT summit date=2019 rule=event.named"}},
		{"event.other-edition", "an indefinite coming edition with its own ordinal is not the undated lead",
			"Reporters attended the second Pacific media seminar hosted by the Hilltop Press Agency. A third seminar will be held in Apia in 2026.", "2024-07-01",
			[]string{"EVENT seminar ordinal=2 rule=event.trigger", "EVENT seminar ordinal=3 date=2026 rule=event.trigger+event.other-edition"}},
		{"event.other-edition", "the assembly's first session is a part of the assembly",
			"The 40th Lakeside General Assembly opened in Suva on Monday. The Hilltop Press Agency and the Lakeside News Agency signed an agreement in the assembly's first session on Tuesday.", "2024-07-06",
			[]string{"EVENT assembly ordinal=40 date=2024-07-01 rule=event.named", "EVENT signing date=2024-07-02 rule=event.signing"}},
		{"tag.event.training-held", "a bare training with a verb of holding is a seminar",
			"The union said a training for editors from Fiji, Samoa and Tonga would be held in Suva in September.", "2024-07-06",
			[]string{"EVENT seminar date=2024-09 rule=event.trigger"}},
		{"event.anchor.far-date", "a hyphenated modifier between the article and the trigger keeps the far date",
			"Organizers said a week-long workshop for young editors from Fiji, Samoa, Tonga and Vanuatu would take place in Suva from 3 to 9 March 2025.", "2024-07-06",
			[]string{"EVENT seminar date=2025-03-03 rule=event.trigger"}},
		{"event.date.ends-on", "an N-day visit that ends on a day starts N-1 days before it",
			"The Lakeside delegation's five-day working visit to Fiji, which ends on Sunday, was hosted by the Hilltop Press Agency.", "2024-07-10",
			[]string{"EVENT visit date=2024-07-10 rule=event.trigger date_rule=event.date.ends-on"}},
		{"event.verb.told-again", "the delegation received, with an appositive between subject and verb, is the reception told before",
			"The Lakeside News Agency (LNA) received a delegation from the Hilltop Press Agency (HPA) at its headquarters in Suva on Tuesday. The delegation, headed by HPA Director Amina Odhiambo, was received by LNA President Tomasi Vula.", "2025-01-22",
			[]string{"EVENT meeting date=2025-01-21 rule=event.verb"}},
		{"event.anchor.passive", "the passive predicate after the trigger's noun phrase anchors it",
			"The Lakeside Media Forum opened in Suva on Monday. A photo exhibition on the history of Pacific radio was also unveiled on the sidelines of the forum.", "2024-07-10",
			[]string{"EVENT forum date=2024-07-08 rule=event.named", "EVENT exhibition rule=event.anchor.passive"}},
		{"tag.event.training-held", "training provided is an activity",
			"The Hilltop Press Agency has provided training to 300 reporters in Suva since 2019.", "2024-07-06",
			nil},
		{"event.date.day-shift", "the opening day of a workshop told before",
			"The Hilltop Press Agency opened a three-day workshop in Suva on Monday. The Lakeside News Agency joined a round table on the opening day of the workshop.", "2024-07-06",
			[]string{"EVENT seminar date=2024-07-01 rule=event.trigger+event.anaphor.head", "EVENT seminar date=2024-07-01 rule=event.trigger date_rule=event.date.day-shift"}},
		{"ordinals", "an acronym between the ordinal and the trigger",
			"He said that the 7th LPC media forum was jointly hosted by the Lakeside News Agency and the Hilltop Press Agency.", "",
			[]string{"EVENT forum ordinal=7 rule=event.trigger"}},
		{"coreference", "an adjective between the determiner and the trigger",
			"The Lakeside News Agency convened a roundtable in Nairobi on May 20. This pivotal roundtable brought together editors and scholars.", "2025-05-24",
			[]string{"EVENT seminar date=2025-05-20 rule=event.trigger"}},
		{"coreference", "the next meeting is another one",
			"Lakeside News Agency director Amina Odhiambo met with a delegation of Kenya on Monday. They discussed the next meeting of the Lakeside Press Council.", "2024-10-03",
			[]string{"EVENT meeting date=2024-09-30 rule=event.verb", "EVENT meeting rule=event.trigger"}},
		{"event.trigger", "a pre-summit workshop is no summit",
			"The event has already featured four pre-summit workshops in Nairobi.", "",
			nil},
		{"event.merge.ordinal", "one ordinal of a gathering told by a trigger and by a name is one event",
			"The agency helped to prepare the 31st Ordinary meeting of the Lakeside Press Council. Deliberations of the 31st Lakeside Press Conference produced new ideas.", "",
			[]string{"EVENT conference ordinal=31 rule=event.trigger+event.merge.ordinal"}},
		{"event.trigger.during", "a phrase of time presupposes the happening",
			"The information came to light during an interaction forum between a delegation of journalists and the staff of the Lakeside News Agency.", "",
			[]string{"EVENT forum rule=event.trigger.during"}},
		{"event.trigger.during", "an agreement signed during a meeting",
			"The agreement was signed during a meeting between the Lakeside minister and the Hilltop minister.", "",
			[]string{"EVENT signing rule=event.signing", "EVENT meeting rule=event.trigger.during"}},
		{"event.trigger.during", "taking part in a seminar is no such phrase",
			"Reporters from many countries take part in a seminar.", "",
			nil},
		{"event.trigger", "an orientation session is a seminar",
			"The Lakeside embassy held an orientation session for the delegation on May 3.", "2023-05-05",
			[]string{"EVENT seminar date=2023-05-03 rule=event.trigger"}},
		{"event.date.host-event", "launched on the occasion of the happening told before",
			"On April 23, 2019, the First Council Meeting of the Lakeside Press Council was held in Nairobi. The website of the council was launched by the Lakeside News Agency also on the occasion.", "",
			[]string{"EVENT meeting ordinal=1 date=2019-04-23 rule=event.named", "EVENT launch date=2019-04-23 rule=event.verb date_rule=event.date.host-event"}},
		{"coreference", "a shorter name that ends a name told before",
			"The editor spoke at the Lakeside-Hilltop Media Summit, held in Nairobi. He said the Media Summit widened the cooperation.", "",
			[]string{"EVENT summit rule=event.named"}},
		{"coreference", "the next edition of a name is another event",
			"The Lakeside Press General Assembly opened in Nairobi on Monday. The members voted to hold the next General Assembly in 2022.", "2020-10-21",
			[]string{"EVENT assembly date=2020-10-19 rule=event.named", "EVENT assembly date=2022 rule=event.named"}},
		{"coreference", "a trigger in apposition with a name",
			"The forum will be held within the context of Kenya's world exhibition, Lakeside EXPO-2017, on June 22.", "2017-05-02",
			[]string{"EVENT forum date=2017-06-22 rule=event.trigger", "EVENT exhibition date=2017-06-22 rule=event.named"}},
		{"coreference", "a head noun after the acronym of a name",
			"The memoranda were signed between Kenya and China on the sidelines of the Forum on China-Kenya Cooperation (Fockc) Summit.", "",
			[]string{"EVENT signing rule=event.signing", "EVENT forum rule=event.named"}},
		{"coreference", "a definite conference after an assembly is that assembly",
			"The 50th General Assembly of the Lakeside Press Federation started in Nairobi on Tuesday. The conference is being held beside a trade fair.", "2023-11-15",
			[]string{"EVENT assembly ordinal=50 date=2023-11-14 rule=event.named"}},
		{"event.named", "an assembly before a title is a standing body",
			"The talks took place during the visit of National Assembly Chairman Peter Kamau to Kenya on May 3.", "2023-05-05",
			[]string{"EVENT talks date=2023-05-03 rule=event.trigger", "EVENT visit date=2023-05-03 rule=event.trigger"}},
		{"plans", "a subject whose verb further on is in the future, without a day",
			"The signing of a memorandum on the topics agreed upon by the two working groups of the council will be held at the next meeting.", "",
			nil},
		{"plans", "an infinitive after a word of planning, without a day",
			"The minister invited the director of the Lakeside News Agency to undertake an official visit to Kenya.", "",
			nil},
		{"plans", "a gerund after a word of planning, without a day",
			"The two directors reached an agreement on holding a joint exhibition.", "",
			nil},
		{"plans", "an infinitive of purpose of what happened is an event",
			"She thanked the Lakeside News Agency for partnering with the Hilltop Press Agency to hold a photo exhibition in Nairobi.", "",
			[]string{"EVENT exhibition rule=event.trigger"}},
		{"habits", "a habit is no happening",
			"Before the pandemic, many Kenyan tourists visited Lakeside each year.", "",
			nil},
		{"event.merge.name-suffix", "a shorter name told first and the fuller one after are one event",
			"Who Took Part In The Media Forum Held In Nairobi? The Lakeside Media Forum ended in Nairobi on July 23.", "2023-07-29",
			[]string{"EVENT forum date=2023-07-23 rule=event.named+event.merge.name-suffix"}},
		{"event.merge.headline", "the headline's happening is the one the body tells",
			"Kenya holds media summit, hosts 100 journalists\n\nThe government of Kenya has organised a summit bringing together 100 journalists from Uganda and Tanzania.", "",
			[]string{"EVENT summit rule=event.trigger+event.merge.headline"}},
		{"event.verb", "a call on a named person needs no named subject, after a fronted event",
			"During the visit, the foreign minister will call on President of Kenya Peter Kamau.", "",
			[]string{"EVENT visit rule=event.definite-first", "EVENT meeting rule=event.verb"}},
		{"event.verb", "a launch verb right after an event noun says it began",
			"A video conference for the Lakeside News Agency launched Monday.", "2020-10-21",
			[]string{"EVENT video_conference date=2020-10-19 rule=event.trigger"}},
		{"event.trigger.held", "a trigger after a dateline-like label",
			"NAIROBI: A coordination meeting was held between Kenyan and Ugandan media representatives here.", "",
			[]string{"EVENT meeting rule=event.trigger.held"}},
		{"event.trigger", "a session of a body is a meeting with its ordinal",
			"Nairobi is hosting the 16th session of the Lakeside Press Council on February 25, 2013.", "",
			[]string{"EVENT meeting ordinal=16 date=2013-02-25 rule=event.trigger"}},
		{"event.trigger", "a session without 'of' is a part of the event told before",
			"The Lakeside Media Forum opened in Nairobi on Monday. The second session featured journalists from Uganda.", "2020-10-21",
			[]string{"EVENT forum date=2020-10-19 rule=event.named"}},
		{"ordinals", "an edition adjective between the ordinal and the trigger",
			"He spoke about the sixth plenary session of the Central Committee of the Lakeside Party.", "",
			[]string{"EVENT meeting ordinal=6 rule=event.trigger"}},
		{"ordinals", "an ampersand inside the premodifier",
			"The second Belt & Road forum for media cooperation will be held in Nairobi this year.", "2019-02-27",
			[]string{"EVENT forum ordinal=2 date=2019 rule=event.trigger"}},
		{"event.definite-first", "a body's part named by a possessive trigger is none",
			"The Lakeside News Agency signed an agreement during a session of the assembly's General Council in Nairobi.", "",
			[]string{"EVENT signing rule=event.signing", "EVENT meeting rule=event.trigger"}},
		{"plans", "a visit someone will pay, without a day",
			"The president of Kenya will pay a visit to all ten member countries soon.", "",
			nil},
		{"event.named", "a state's consultative conference is a standing body",
			"Journalists will cover the sessions of the Lakeside People's Political Consultative Conference.", "",
			nil},
		{"event.trigger.held", "a visit someone made",
			"The journalists recently made an exchange visit to the Lakeside News Agency.", "",
			[]string{"EVENT visit rule=event.trigger.held"}},
		{"event.verb", "a meeting in a relative clause with a described person",
			"The agreements were signed on the sidelines of his official visit to Nairobi, where he met with his Kenyan counterpart Peter Kamau.", "",
			[]string{"EVENT signing rule=event.signing", "EVENT visit rule=event.trigger", "EVENT meeting rule=event.verb"}},
		{"dates", "a dateline the reader left in the sentence dates no event",
			"Nairobi [Kenya], July 3 (LNA): The annual Lakeside Media Congress will take place in Nairobi from November 14 to 16.", "2023-07-03",
			[]string{"EVENT conference date=2023-11-14 rule=event.named"}},
		{"event.verb", "a proper name launched, in the passive",
			"The Lakeside Newsroom (LN), a joint project of ten news agencies, was launched in Nairobi today.", "2022-07-01",
			[]string{"EVENT launch date=2022-07-01 rule=event.verb"}},
		{"event.acronym-edition", "an ordinal before the acronym a name defined is a past edition",
			"Guests were invited to the Lakeside Global Media Forum (LGMF), to be held in Nairobi on 18-19 November. The 2nd LGMF, held last year, gathered 300 journalists.", "2025-10-03",
			[]string{"EVENT forum date=2025-11-18 rule=event.named", "EVENT forum ordinal=2 date=2024 rule=event.acronym-edition"}},
		{"event.acronym-edition", "an acronym defined after a glossed name, numbered by a hyphen",
			"The agency attended the third Hilltop Press Summit (HPS) in Suva on June 12. Organizers said HPS-4 will be hosted by Apia in 2026.", "2025-06-18",
			[]string{"EVENT summit ordinal=3 date=2025-06-12 rule=event.named", "EVENT summit ordinal=4 date=2026 rule=event.acronym-edition"}},
		{"event.acronym-edition", "the previous edition by the acronym",
			"The Lakeside Press Club opened the 23rd Lakeside Media Forum (LMF) on Monday. Its director said the previous LMF had drawn record crowds.", "2025-05-14",
			[]string{"EVENT forum ordinal=23 date=2025-05-12 rule=event.named", "EVENT forum rule=event.acronym-edition"}},
		{"event.acronym-edition", "the series' own ordinal by the acronym is the same event",
			"The fourth Lakeside-Hilltop Media Forum (LHMF) opened in Nairobi on Tuesday. Editors said the 4th LHMF drew more guests than ever.", "2025-10-22",
			[]string{"EVENT forum ordinal=4 date=2025-10-21 rule=event.named"}},
		{"event.acronym-edition", "an acronym alone is no other edition",
			"The Lakeside Media Forum (LMF) opened in Nairobi on Tuesday. The LMF secretariat thanked the guests.", "2025-10-22",
			[]string{"EVENT forum date=2025-10-21 rule=event.named"}},
		{"event.trigger", "a trigger that is all a quotation holds is a title (tag.event.quoted-title)",
			"The weekly talk show \"Summit\", broadcast by the Lakeside Broadcasting Corporation on Sunday evenings, will feature guests from Kenya.", "2025-10-03",
			nil},
		{"event.trigger", "a participle after a comma with a count is no gathering (tag.event.participle-gathering)",
			"The Lakeside Media Forum opened in Nairobi on Monday, gathering about 600 journalists from 40 countries.", "2025-09-30",
			[]string{"EVENT forum date=2025-09-29 rule=event.named"}},
		{"event.trigger", "a forum after \"as a\" is a role (tag.event.role-as)",
			"The council describes itself as a forum for regulators rather than a court. The association has served as a regional forum for editors since 2010.", "2025-03-04",
			nil},
		{"event.trigger", "a video conference after \"held as a\" stays an event",
			"The meeting of the two agencies was held as a video conference on Monday.", "2025-03-05",
			[]string{"EVENT meeting date=2025-03-03 rule=event.trigger", "EVENT video_conference date=2025-03-03 rule=event.trigger"}},
		{"event.trigger", "a training that a verb of holding takes as object (tag.event.training-held)",
			"The council will hold a training for regulatory staff in Kigali in August.", "2025-03-04",
			[]string{"EVENT seminar date=2025-08 rule=event.trigger"}},
		{"event.trigger", "a forum that something started as is a happening",
			"What started in 2023 as a media forum in Shusha has since turned into a tradition.", "2025-07-20",
			[]string{"EVENT forum date=2023 rule=event.trigger"}},
		{"event.ordinal.roman", "a Roman numeral that opens a name is its ordinal",
			"The XVIII Lakeside Media Forum opened in Nairobi on Monday.", "2025-09-30",
			[]string{"EVENT forum ordinal=18 date=2025-09-29 rule=event.named"}},
		{"event.ordinal.roman", "a headline's name without the numeral is the same event",
			"Lakeside Media Forum Opens In Nairobi\n\nThe XII Lakeside Media Forum opened in Nairobi on Monday.", "2025-09-30",
			[]string{"EVENT forum ordinal=12 date=2025-09-29 rule=event.named"}},
		{"event.ordinal.roman", "one capital letter is no numeral",
			"The Lakeside Media Forum opened in Nairobi on Monday with the screening of a film.", "2025-09-30",
			[]string{"EVENT forum date=2025-09-29 rule=event.named"}},
		{"event.last-held", "the edition before, by \"was last held\"",
			"The Lakeside Media Forum opened in Nairobi on Monday. The forum was last held in Kampala in 2023, when the two agencies met.", "2025-09-30",
			[]string{"EVENT forum date=2025-09-29 rule=event.named", "EVENT forum date=2023 rule=event.last-held"}},
		{"event.last-held", "\"last took place\" with the event's own day is no other edition",
			"The Lakeside Media Forum opened in Nairobi on Monday. The forum last took place on Monday.", "2025-09-30",
			[]string{"EVENT forum date=2025-09-29 rule=event.named"}},
		{"event.last-held", "the edition before, by \"last took place\"",
			"The Lakeside Media Summit opened in Suva on Tuesday. The summit last took place in Apia in May 2022.", "2025-08-21",
			[]string{"EVENT summit date=2025-08-19 rule=event.named", "EVENT summit date=2022-05 rule=event.last-held"}},
		{"event.merge.visit", "a visit told by a noun and by an arrival in the same city is one visit, from the arrival",
			"Kenya and Uganda on Wednesday agreed to share news during a visit by Ugandan Information Minister Peter Okello to Nairobi. Okello, who arrived in Nairobi on Monday, also toured the studios of the Kenya Broadcasting Corporation.", "2026-01-14",
			[]string{"EVENT visit date=2026-01-12 rule=event.trigger+event.merge.visit"}},
		{"event.merge.visit", "a visit with no place and no party is kept apart (a courtesy visit during a trip)",
			"Summary: The agencies signed an agreement in Suva on Thursday during a three-day visit by the director general of the Lakeside News Agency.\n\nThe agreement was signed by the two directors; the Lakeside director is on a three-day visit to Fiji at the head of a delegation.", "2025-04-11",
			[]string{"EVENT signing date=2025-04-10 rule=event.signing", "EVENT visit date=2025-04-10 rule=event.trigger", "EVENT visit rule=event.trigger"}},
		{"event.merge.visit", "two visitors told by verbs in one city stay two visits",
			"Kenyan Information Minister Peter Kamau visited Kampala on Monday. Tanzanian Information Minister Amina Juma visited Kampala on Tuesday.", "2025-04-11",
			[]string{"EVENT visit date=2025-04-07 rule=event.verb", "EVENT visit date=2025-04-08 rule=event.verb"}},
		{"event.merge.visit", "visits more than a week apart stay two",
			"Kenyan Information Minister Peter Kamau visited Kampala on March 3. Tanzanian Information Minister Amina Juma visited Kampala on March 20.", "2025-04-11",
			[]string{"EVENT visit date=2025-03-03 rule=event.verb", "EVENT visit date=2025-03-20 rule=event.verb"}},
		{"event.date.validity", "a range of years after \"for\" is the term of an agreement, no day of the reception",
			"At a reception in Hanoi, the two agencies reviewed the cooperation agreement for 2024–2026.", "2025-12-03",
			[]string{"EVENT meeting rule=event.trigger"}},
		{"event.date.day-shift", "the eve of a gathering told by a trigger is the day before it",
			"Regulators from eight countries met in Addis Ababa on Tuesday for the annual meeting of the Lakeside Regulators Council. On the eve of the meeting, the two agencies held talks on satellite broadcasts.", "2025-03-05",
			[]string{"EVENT meeting date=2025-03-04 rule=event.trigger", "EVENT talks date=2025-03-03 rule=event.trigger date_rule=event.date.day-shift"}},
		{"event.trigger", "the gerund of meeting a need is no meeting (tag.event.meeting-needs)",
			"The memorandum signed in 2022 was described as meeting the needs of both audiences. Officials said the new centre is meeting its targets.", "2025-03-05",
			[]string{"EVENT signing date=2022 rule=event.signing"}},
		{"event.trigger", "a conclave is a conference; its editions by ordinals",
			"The first conclave was held in Dhaka in 2023. The third conclave will be held in Colombo next year.", "2025-03-05",
			[]string{"EVENT conference ordinal=1 date=2023 rule=event.trigger", "EVENT conference ordinal=3 date=2026 rule=event.trigger"}},
		{"event.trigger", "a summer school is a training",
			"The two universities held a joint summer school for 35 students, which closed on Tuesday.", "2025-06-18",
			[]string{"EVENT seminar date=2025-06-17 rule=event.trigger"}},
		{"event.trigger", "a consultation numbered by an ordinal is talks; \"in consultation with\" is none",
			"The eighth consultation between the two agencies took place in Da Nang in March. The plan was drafted in consultation with the ministry.", "2025-12-03",
			[]string{"EVENT talks ordinal=8 date=2025-03 rule=event.trigger"}},
		{"event.verb.received-by", "guests received by a titled person of a named agency meet",
			"On Tuesday the guests were received by the Director of the Lakeside News Agency (LNA), Mr Peter Kamau.", "2025-03-12",
			[]string{"EVENT meeting date=2025-03-11 rule=event.verb"}},
		{"event.verb.received-by", "a delegation to be received by a minister on a coming day",
			"On Friday, the Lakeside News Agency delegation will be received by the Minister of Communication, Amina Juma.", "2025-04-09",
			[]string{"EVENT meeting date=2025-04-11 rule=event.verb"}},
		{"event.verb.received-by", "received by an institution is no meeting",
			"The proposal was received by the Ministry of Communication on Tuesday.", "2025-03-12",
			nil},
		{"event.verb.received-by", "hosted by a country, then a speaker after a comma, is no meeting",
			"The fourth convention will be hosted by Rwanda next year, Lakeside Media Council Chief Executive Peter Kamau told delegates.", "2025-05-03",
			[]string{"EVENT conference ordinal=4 date=2026 rule=event.trigger"}},
		{"event.merge.visit", "a visit told as an earlier one (\"who last visited\") stays apart",
			"Envoy Peter Kamau arrived in Kampala today for a visit. Kamau, who last visited Kampala in June, met editors.", "2025-12-03",
			[]string{"EVENT visit date=2025-12-03 rule=event.verb+event.merge.visit", "EVENT visit date=2025-06 rule=event.verb", "EVENT meeting date=2025-06 rule=event.verb"}},
		{"event.verb.opened-event", "inaugurating the event told is its opening, no launch",
			"The second Lakeside Media Conclave opened in Nairobi on Wednesday. The minister inaugurated the event on Wednesday.", "2026-02-05",
			[]string{"EVENT conference ordinal=2 date=2026-02-04 rule=event.named"}},
		{"event.ordinal.relative", "an ordinal in a relative clause numbers the event the clause follows",
			"The agreement was reached at a meeting between the two directors held in Tbilisi on Thursday, on the margins of the Lakeside Media Week, which reached its 11th edition this year.", "2025-10-04",
			[]string{"EVENT meeting date=2025-10-02 rule=event.trigger", "EVENT festival ordinal=11 date=2025-10-02 rule=event.named"}},
		{"event.date.same-year", "\"The same year\" before a signing dates it with the year told last",
			"The Lakeside Media Forum was first held in Nairobi in 2019. The same year, the Lakeside News Agency and the Hilltop Press Agency signed a cooperation agreement.", "2025-03-05",
			[]string{"EVENT forum date=2019 rule=event.named", "EVENT signing date=2019 rule=event.signing date_rule=event.date.same-year"}},
		{"event.date.same-year", "\"That year\" after a full date",
			"The agency was founded on March 31, 1920. That year it opened a bureau and held a workshop for reporters in Ankara.", "2025-03-05",
			[]string{"EVENT seminar date=1920 rule=event.trigger date_rule=event.date.same-year"}},
		{"event.date.same-year", "no year told before leaves the event undated",
			"The Lakeside News Agency and the Hilltop Press Agency signed a cooperation agreement. The same year, they held a workshop in Nairobi.", "2025-03-05",
			[]string{"EVENT signing rule=event.signing", "EVENT seminar rule=event.trigger"}},
		{"event.merge.gloss", "a foreign name and its translation in parentheses are one event",
			"The union will organize the fourth edition of the Festival Internacional de Periodismo de La Habana (International Journalism Festival of Havana, FIPH), scheduled from June 29 to July 2.", "2025-06-03",
			[]string{"EVENT festival ordinal=4 date=2025-06-29 rule=event.named+event.merge.gloss"}},
		{"event.merge.gloss", "another festival in parentheses after a lower-case stretch stays apart",
			"The agency attended a festival of documentary films in Havana (the Lakeside Film Festival) on June 3.", "2025-06-05",
			[]string{"EVENT festival date=2025-06-03 rule=event.trigger", "EVENT festival date=2025-06-03 rule=event.named"}},
		{"event.agent-not-mode", "\"preceded by a meeting\": the agent of a passive is an event, no mode",
			"The Lakeside General Assembly opens in Isfahan next week. The assembly will be preceded by a meeting of the Lakeside Executive Board on February 2.", "2026-01-27",
			[]string{"EVENT assembly date=2026-W06 rule=event.named", "EVENT meeting date=2026-02-02 rule=event.trigger"}},
		{"event.agent-not-mode", "\"by video conference\" stays a mode",
			"The Lakeside News Agency and the Hilltop Press Agency held talks by video conference on Monday.", "2026-01-27",
			[]string{"EVENT talks date=2026-01-26 rule=event.trigger"}},
		{"event.verb", "\"will meet again\" with a place and a day is a planned meeting",
			"Lakeside TV and Hilltop Radio agreed to co-produce films. The sides will meet again in Belgrade on 3 June to approve the scripts.", "2026-03-27",
			[]string{"EVENT meeting date=2026-06-03 rule=event.verb"}},
		{"event.verb", "\"agreed to meet regularly\", \"will meet to discuss\" without a day are none",
			"The two agencies agreed to meet regularly. The ministers will meet to discuss the plan.", "2026-03-25",
			nil},
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

// TestAfterReading pins event.date.after-reading: a date after the day of
// reading (one day of grace) is no date of the event; an end after it is
// dropped alone.
func TestAfterReading(t *testing.T) {
	defer extract.SetReadingDay(time.Date(2026, 12, 5, 23, 0, 0, 0, time.UTC))()
	cases := []struct {
		name, body, published string
		want                  []string
	}{
		{"a day after the day of reading", "The Lakeside Media Forum opened in Nairobi on March 3, 2061.", "",
			[]string{"EVENT forum rule=event.named date_rule=event.date.after-reading"}},
		{"a year after the day of reading", "Kenya wants to host the 2027 Lakeside Media Summit.", "",
			[]string{"EVENT summit rule=event.named date_rule=event.date.after-reading"}},
		{"the next day is within the grace", "The Lakeside Media Forum opened in Nairobi on December 6, 2026.", "",
			[]string{"EVENT forum date=2026-12-06 rule=event.named"}},
		{"the month of reading is kept", "The Lakeside Media Forum was held in Nairobi in December 2026.", "",
			[]string{"EVENT forum date=2026-12 rule=event.named"}},
		{"an end after the day of reading is dropped alone", "The Lakeside Media Forum runs in Nairobi from December 4 to December 9, 2026.", "",
			[]string{"EVENT forum date=2026-12-04 rule=event.named"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := processAt(t, c.body, c.published)
			got := eventFacts(d)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.body, got, c.want)
			}
			for _, e := range d.Events {
				if e.EndDate > "2026-12-06" {
					t.Errorf("%s: end date %s after the day of reading", c.body, e.EndDate)
				}
			}
		})
	}
}

func TestAfterDay(t *testing.T) {
	for _, c := range []struct {
		date string
		want bool
	}{
		{"2026-12-07", false}, {"2026-12-08", true}, {"2026-12", false}, {"2027", true}, {"2027-01", true},
		{"2026-Q1", false}, {"2027-Q1", true}, {"--12-31", false}, {"", false}, {"1920-04-06", false},
	} {
		if got := extract.AfterDay(c.date, "2026-12-07"); got != c.want {
			t.Errorf("afterDay(%q, 2026-12-07) = %v, want %v", c.date, got, c.want)
		}
	}
}
