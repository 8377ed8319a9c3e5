package extract_test

import (
	"strings"
	"testing"
)

// TestEventCoreference pins which mentions are one event and which are
// two, one named row per construction: want lists the events the text
// must give (exactly, in order), each as eventFacts renders it.
func TestEventCoreference(t *testing.T) {
	cases := []struct {
		rule, name string
		body       string
		published  string
		want       []string
	}{
		{"coreference", "a year between the determiner and the trigger",
			"Kenya has launched its bid to host the 2027 Lakeside Media Summit. A decision on the host of the 2027 summit is expected this week.", "",
			[]string{"EVENT summit date=2027 rule=event.named"}},
		{"coreference", "the talks after a session are that session",
			"The 16th session of the Lakeside Press Council opened in Nairobi on February 25, 2013. Kenya, Uganda and Tanzania are taking part in the talks.", "",
			[]string{"EVENT meeting ordinal=16 date=2013-02-25 rule=event.trigger"}},
		{"coreference", "a name with another ordinal is another edition",
			"On April 23, 2019, the First Council Meeting of the Lakeside Press Network was held in Nairobi. On December 19, 2022, the Second Council Meeting of the Lakeside Press Network was held in Kampala.", "",
			[]string{"EVENT meeting ordinal=1 date=2019-04-23 rule=event.named", "EVENT meeting ordinal=2 date=2022-12-19 rule=event.named"}},
		{"event.coref.forum-conference", "the conference after a forum is that forum",
			"Editors from Kenya and Uganda met at a media forum in Kisumu on Monday. During the conference, the editors agreed to exchange reporters.", "2024-05-16",
			[]string{"EVENT forum date=2024-05-13 rule=event.trigger"}},
		{"event.coref.forum-conference", "a forum after a conference stays apart",
			"Editors from Kenya and Uganda met at a media conference in Kisumu on Monday. The forum of young reporters opens in Kampala next week.", "2024-05-16",
			[]string{"EVENT conference date=2024-05-13 rule=event.trigger", "EVENT forum date=2024-W21 rule=event.trigger"}},
		{"event.past-edition.ordinal", "the same name with an ordinal and a day of another year after a year-labelled edition is another edition",
			"The 2024 Savanna Press Council Meeting will take place in Kisumu from August 5 to 7, 2024. The first Savanna Press Council Meeting was held in Arusha on March 3, 2021.", "2024-06-10",
			[]string{"EVENT meeting date=2024-08-05 rule=event.named", "EVENT meeting ordinal=1 date=2021-03-03 rule=event.named+event.past-edition.ordinal"}},
		{"event.past-edition.ordinal", "an ordinal name in the sentence of the same year stays the edition told",
			"The 2024 Savanna Press Council Meeting opened in Kisumu on August 5, 2024. The third Savanna Press Council Meeting drew 200 editors on August 5, 2024.", "2024-08-06",
			[]string{"EVENT meeting ordinal=3 date=2024-08-05 rule=event.named"}},
		{"coreference", "a definite trigger with a date of another month is another event",
			"Both sides recalled the 2024 state visit to Kenya by President Amina Odhiambo and the official visit to Uganda in September 2025 by President Peter Kamau.", "",
			[]string{"EVENT visit date=2024 rule=event.trigger", "EVENT visit date=2025-09 rule=event.trigger"}},
		{"coreference", "a definite trigger dated by a verb after it is the event told",
			"The Lakeside Media Forum opened in Nairobi on Monday. Initiated in 2010, the forum has become a platform for editors.", "2021-11-25",
			[]string{"EVENT forum date=2021-11-22 rule=event.named"}},
		{"event.merge.part-of", "talks as part of a session are that session",
			"Editors of the Lakeside News Agency and the Hilltop Press Agency held talks on June 6 as part of the 9th session of the Joint Media Committee in Nairobi.", "2012-06-08",
			[]string{"EVENT meeting ordinal=9 date=2012-06-06 rule=event.trigger+event.merge.part-of"}},
		{"event.merge.part-of", "a roundtable held within a conference is that conference",
			"On June 28, the director spoke at a roundtable on media and security held within the 2nd Conference of the Lakeside Civic Forum.", "2017-06-30",
			[]string{"EVENT conference ordinal=2 date=2017-06-28 rule=event.named+event.merge.part-of"}},
		{"event.merge.part-of", "a summit as part of a forum is a happening of its own",
			"The Lakeside News Agency signed an agreement in Nairobi within the framework of the media summit as part of the Lakeside Economic Forum.", "",
			[]string{"EVENT signing rule=event.signing", "EVENT summit rule=event.trigger", "EVENT forum rule=event.named"}},
		{"event.trigger", "a conference-cum-exhibition is one happening",
			"The annual Lakeside Media Congress, a prominent conference-cum-exhibition, will take place in Nairobi from November 14 to 16, 2023.", "",
			[]string{"EVENT conference date=2023-11-14 rule=event.named"}},
		{"event.verb", "people who met at a conference took part in it",
			"Editors from Kenya and Uganda met at the first Lakeside journalists' conference in Nairobi on January 30, 2020.", "",
			[]string{"EVENT conference ordinal=1 date=2020-01-30 rule=event.trigger"}},
		{"coreference", "a name of generic words refers to the gathering told before",
			"The 31st conference of the Lakeside Press Federation closed in Nairobi on Sunday. The General Assembly discussed the budget of the federation.", "2003-12-08",
			[]string{"EVENT conference ordinal=31 date=2003-12-07 rule=event.trigger"}},
		{"coreference", "the name of the one happening of its type described before",
			"The government of Kenya has organised a summit for 100 journalists from Uganda. The government said the Lakeside Media Summit would discuss regional ties.", "",
			[]string{"EVENT summit rule=event.trigger"}},
		{"coreference", "another person's visit is another visit",
			"Peter Kamau said he was impressed by the Lakeside News Agency during his visit to Nairobi in 2015. He hoped that President Amina Odhiambo's visit to Kampala would widen the cooperation.", "",
			[]string{"EVENT visit date=2015 rule=event.trigger", "EVENT visit rule=event.trigger"}},
		{"dates", "a relative year after a trigger is a date, not an edition's label",
			"The editor praised the progress the agency has made since his visit last year.", "2016-05-13",
			[]string{"EVENT visit date=2015 rule=event.trigger"}},
		{"dates", "the start of a period dates no event",
			"The Lakeside Media Forum, held every year since 2014, opened in Nairobi on Monday.", "2020-10-21",
			[]string{"EVENT forum date=2020-10-19 rule=event.named"}},
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
