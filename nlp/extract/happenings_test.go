package extract_test

import (
	"strings"
	"testing"
)

// TestHappenings pins the events told in other words and the mentions
// that tell none, one named row per construction: want lists the events
// the text must give (exactly, in order), each as eventFacts renders it.
func TestHappenings(t *testing.T) {
	cases := []struct {
		rule, name string
		body       string
		published  string
		want       []string
	}{
		{"plans", "an infinitive after a word of planning is a plan, whatever day the sentence gives",
			"A delegation of 18 Kenyan journalists is set to visit Uganda on May 3. During the ten-day trip that will end on May 12, the journalists are planned to visit four cities of Uganda.", "2023-05-01",
			[]string{"EVENT visit date=2023-05-03 rule=event.trigger"}},
		{"launch", "since its launch is a point of reference",
			"The Lakeside Media Forum opened in Nairobi on Monday. Its founder said the forum has grown a lot since its launch.", "2020-10-21",
			[]string{"EVENT forum date=2020-10-19 rule=event.named"}},
		{"launch", "launching an event is starting a series, no launch",
			"The Lakeside Institute launched the Lakeside media forum as an online event, and it is now held in Nairobi and Kampala in alternate years.", "",
			[]string{"EVENT forum rule=event.trigger"}},
		{"ordinals", "launched its first is the first of its kind",
			"The Lakeside Radio launched its first overseas FM station in Nairobi on Monday.", "2020-10-21",
			[]string{"EVENT launch ordinal=1 date=2020-10-19 rule=event.verb"}},
		{"event.trigger.held", "there was a ceremony",
			"Wang said that during the Lakeside Media Forum, there was an inauguration ceremony of books on the history of the Lakeside News Agency.", "",
			[]string{"EVENT forum rule=event.named", "EVENT launch rule=event.trigger.held"}},
		{"ordinals", "the Nth in a series",
			"This year's Lakeside Media Forum, the 13th in a series, brought together 550 delegates in Nairobi.", "",
			[]string{"EVENT forum ordinal=13 rule=event.named"}},
		{"ordinals", "an ordinal whose suffix is set apart",
			"The editors talked during the 9 th session of the Lakeside Press Committee in Nairobi.", "",
			[]string{"EVENT meeting ordinal=9 rule=event.trigger"}},
		{"ordinals", "the Nth time it is launched, told again in the passive",
			"The Lakeside Media Group launched the Lakeside TV drama season in Nairobi on Monday. The drama season, the fourth time it is being launched on the continent, will bring eight series to Kenyan viewers.", "2017-08-02",
			[]string{"EVENT launch ordinal=4 date=2017-07-31 rule=event.verb"}},
		{"dates", "a deadline dates no happening",
			"The president of Kenya will pay a visit to all ten member countries of the union by next year.", "2018-10-20",
			nil},
		{"event.verb", "a delegation that arrives makes a visit",
			"The Lakeside delegation arrived yesterday in Uganda.", "2017-07-28",
			[]string{"EVENT visit date=2017-07-27 rule=event.verb"}},
		{"event.verb", "the delegation visits a stop of its visit",
			"A delegation of the Lakeside News Agency arrived in Kampala on Sunday. The delegation visited the studios of the Hilltop Broadcasting Corporation.", "2024-05-28",
			[]string{"EVENT visit date=2024-05-26 rule=event.verb"}},
		{"event.trigger.held", "a tour someone made is a visit",
			"The minister made a fact-finding tour of the Lakeside Broadcasting Corporation on Monday.", "2024-05-28",
			[]string{"EVENT visit date=2024-05-27 rule=event.trigger"}},
		{"coreference", "a tour after a visit is a stop of it",
			"A delegation of the Lakeside News Agency visited the Hilltop Press Agency on Tuesday. Peter Kamau and his delegation took a short tour of the agency's departments.", "2024-05-30",
			[]string{"EVENT visit date=2024-05-28 rule=event.verb"}},
		{"coreference", "a visit during the trip told before is that trip",
			"The spokesman of the Lakeside ministry held meetings with officials of Uganda during a visit to Kampala. During a visit to Kampala University, the spokesman laid flowers.", "",
			[]string{"EVENT meeting rule=event.trigger", "EVENT visit rule=event.trigger"}},
		{"event.named", "a tour named is a visit",
			"The Lakeside Journalist Reporting Tour to Uganda is scheduled for 28 October to 7 November 2015.", "",
			[]string{"EVENT visit date=2015-10-28 rule=event.named"}},
		{"event.trigger", "a number of people gathering is no gathering",
			"Over 70 media professionals gathering in Nairobi for the 7th Lakeside Media Summit discussed press freedom.", "",
			[]string{"EVENT summit ordinal=7 rule=event.named"}},
		{"event.trigger", "a visit exchange is a thing planned",
			"The plan for 2021 includes a visit exchange and a training project.", "",
			nil},
		{"event.trigger", "a zoom meeting is a video conference",
			"The director of the Lakeside News Agency told the team during the zoom meeting that the partnership was needed.", "",
			[]string{"EVENT video_conference rule=event.trigger"}},
		{"event.verb", "will also call on someone",
			"He will also call on Speaker Peter Kamau in Nairobi on Monday.", "2021-02-21",
			[]string{"EVENT meeting date=2021-02-22 rule=event.verb"}},
		{"event.date.host-event", "after the ceremony is its day",
			"The Lakeside News Agency and the Hilltop Press Agency signed a memorandum in Nairobi on Thursday. After the signing ceremony, both ministers toured the headquarters of the Hilltop Press Agency.", "2024-03-08",
			[]string{"EVENT signing date=2024-03-07 rule=event.signing", "EVENT visit date=2024-03-07 rule=event.verb date_rule=event.date.host-event"}},
		{"event.visit.stay", "a person who is in a country on an occasion is on a visit",
			"The prime minister received Peter Kamau, president of the Lakeside News Agency, who is in Uganda on the occasion of the agency's anniversary.", "",
			[]string{"EVENT meeting rule=event.verb", "EVENT visit rule=event.visit.stay"}},
		{"event.visit.stay", "a team that is in a country for an event",
			"The Kenyan media team is in Uganda for the first Lakeside Media Seminar.", "",
			[]string{"EVENT visit rule=event.visit.stay", "EVENT seminar ordinal=1 rule=event.named"}},
		{"event.visit.stay", "a stay at an organization, dated by the sentence before",
			"The embassy announced a training package on Friday. Mr Peter Kamau was in the Lakeside News Agency to introduce himself to its managers.", "2023-10-14",
			[]string{"EVENT visit date=2023-10-13 rule=event.visit.stay date_rule=event.date.previous-sentence"}},
		{"event.visit.stay", "a country in a position is no stay",
			"Kenya is in a position to help, said Peter Kamau. The agency is in Nairobi for good.", "",
			nil},
		{"event.verb", "visits counted are no one visit",
			"The journalists also visited several leading companies of Kenya. Another 29 journalists visited 4 cities of Uganda.", "",
			nil},
		{"habits", "held every two years is a habit",
			"Since its inception in 2004, the Lakeside Media Forum has been held every two years.", "",
			nil},
		{"habits", "a forum held every other year is a habit",
			"Since 2004, the media forum has been held every other year.", "",
			nil},
		{"event.named", "a name in apposition with an initiative is a mechanism",
			"The training is part of the Lakeside Cooperation Forum, an initiative led by the ministry of Kenya.", "",
			nil},
		{"event.trigger", "a series of programmes is a kind",
			"As a part of a series of exchange programmes between Kenya and Uganda, a delegation of journalists will visit Kampala on December 6.", "2023-12-05",
			[]string{"EVENT visit date=2023-12-06 rule=event.trigger"}},
		{"event.date.previous-sentence", "a definite trigger with nothing before takes the day told two sentences before",
			"On 11 June, the presidents of Kenya and Uganda discussed media ties in Nairobi. The president of Kenya said: \"I was delighted.\" He added: \"The talks showed a convergence of views.\"", "2021-06-19",
			[]string{"EVENT talks date=2021-06-11 rule=event.trigger date_rule=event.date.previous-sentence"}},
		{"event.trigger", "a media fellowship in a city",
			"Two journalists of Kenya are this year's representatives to an international media fellowship in Nairobi.", "",
			[]string{"EVENT exchange_program rule=event.trigger"}},
		{"event.verb", "a delegation's visit to an unnamed place",
			"The members of the delegation from Uganda visited the podcast studio of the media holding.", "",
			[]string{"EVENT visit rule=event.verb"}},
		{"event.verb", "a participle in a compound modifier is no launch",
			"The donation will improve the working conditions of the soon-to-be-inaugurated Kenya Desk of the Lakeside News Agency.", "",
			nil},
		{"event.verb", "a launch someone will inaugurate on a day",
			"The embassy handed over computers on Wednesday. In March, the Lakeside News Agency will inaugurate a Kenya Desk.", "2016-02-25",
			[]string{"EVENT launch date=2016-03 rule=event.verb"}},
		{"plans", "a launch someone will inaugurate without a day is a plan",
			"The Lakeside News Agency will inaugurate a Kenya Desk to report on Uganda.", "",
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
