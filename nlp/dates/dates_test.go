package dates

import (
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/segment"
)

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestFind(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	// Wednesday, 21 October 2020
	dateline := AnchorFor(document.Article{Dateline: &document.Dateline{Date: "2020-10-21"}, Published: "2020-10-22"})
	published := AnchorFor(document.Article{Published: "2025-01-03T10:00:00+03:00"})
	cases := []struct {
		name, text string
		a          Anchor
		want       string // matched text
		value      string
		gran       string
		anchored   bool
	}{
		{"weekday before the dateline", "a video conference launched Monday.", dateline, "Monday", "2020-10-19", Day, true},
		{"weekday same as the dateline", "The agencies met on Wednesday.", dateline, "Wednesday", "2020-10-21", Day, true},
		{"weekday in the future", "The forum will open on Friday.", dateline, "Friday", "2020-10-23", Day, true},
		{"month of a coming event", "the forum to be held in Tianjin in June", dateline, "June", "2021-06", Month, true},
		{"month after is expected to is coming", "The first cohort is expected to present its work at the conference in Accra in March.", dateline, "March", "2021-03", Month, true},
		{"month after was expected to is past", "The first cohort was expected to present its work at the conference in Accra in March.", dateline, "March", "2020-03", Month, true},
		{"month after would and a verb of hosting is coming", "said Lakeland would host the next summit in its capital in March", dateline, "March", "2021-03", Month, true},
		{"day and month of last year", "signed in Budapest on 14 November last year", dateline, "14 November last year", "2019-11-14", Day, true},
		{"day and month of next year", "opens on 3 March next year", dateline, "3 March next year", "2021-03-03", Day, true},
		{"days after a present passive are coming", "the festival, which is organised by the union in Muscat from October 25 to 28", dateline, "October 25 to 28", "2020-10-25/2020-10-28", Day, true},
		{"Today after a credit in capitals is the anchor's day", "LAKESIDE. KENPRESS Today the editors met.", dateline, "Today", "2020-10-21", Day, true},
		{"today's with a day's noun is the anchor's day", "Today's signing crowns two years of talks.", dateline, "Today", "2020-10-21", Day, true},
		{"days after a participle set off by commas before a past main clause are past", "On the tour, scheduled from October 12 to 16, the visiting editors were shown two printing plants.", dateline, "October 12 to 16", "2020-10-12/2020-10-16", Day, true},
		{"a day after a participle set off by commas before a future main clause is coming", "At the fair, scheduled for October 3, the publishers will show their new titles.", dateline, "October 3", "2021-10-03", Day, true},
		{"a day after a scheduled participle with no main clause is coming", "the fair, which is scheduled for October 3", dateline, "October 3", "2021-10-03", Day, true},
		{"days after a past passive are past", "the festival, which was organised by the union in Muscat from October 25 to 28", dateline, "October 25 to 28", "2019-10-25/2019-10-28", Day, true},
		{"month after a present passive of a habit", "the fair is held in the capital in November", dateline, "November", "2020-11", Month, true},
		{"weekday an event runs until", "The fair runs until Friday.", dateline, "Friday", "2020-10-23", Day, true},
		{"until a weekday after no past verb is coming", "The weather office forecast more rain until Sunday.", dateline, "Sunday", "2020-10-25", Day, true},
		{"until a weekday after a past verb is past", "The road stayed closed until Sunday.", dateline, "Sunday", "2020-10-18", Day, true},
		{"until a weekday after a past was is past", "The office was shut until Monday.", dateline, "Monday", "2020-10-19", Day, true},
		{"this morning is the anchor's day", "the river stood two metres above the danger level this morning", dateline, "this morning", "2020-10-21", Day, true},
		{"this evening is the anchor's day", "The minister will address the nation this evening.", dateline, "this evening", "2020-10-21", Day, true},
		{"a month set off by commas before a past verb is past", "The first, in March, trained forty radio reporters.", dateline, "March", "2020-03", Month, true},
		{"a month set off by commas before a future is coming", "The next, in March, will train forty radio reporters.", dateline, "March", "2021-03", Month, true},
		{"a month set off by commas after a future is coming", "The union, whose congress will take place in Accra, in March, welcomed the plan.", dateline, "March", "2021-03", Month, true},
		{"weekday after a present tense of the course", "The book fair ends on Sunday with a gala.", dateline, "Sunday", "2020-10-25", Day, true},
		{"weekday right after a present tense", "the exhibition, which closes Friday, has drawn crowds", dateline, "Friday", "2020-10-23", Day, true},
		{"weekday after a participle of a coming course", "The congress will be preceded by a two-day meeting of senior editors from the region starting on Friday.", dateline, "Friday", "2020-10-23", Day, true},
		{"weekday after is set to is coming", "The visiting editors are set to tour the printing plant of the daily on Thursday.", dateline, "Thursday", "2020-10-22", Day, true},
		{"weekday after is expected to is coming", "Ministers of the bloc are expected to approve the media charter at their meeting on Saturday.", dateline, "Saturday", "2020-10-24", Day, true},
		{"weekday a place after a present tense of the course", "the book fair, which opens in Sharjah on Friday, will host 40 publishers", dateline, "Friday", "2020-10-23", Day, true},
		{"weekday a place after a past tense stays past", "the book fair, which opened in Sharjah on Friday, hosted 40 publishers", dateline, "Friday", "2020-10-16", Day, true},
		{"weekday after a participle of a course a delegation is set to attend", "The visiting editors are set to attend a three-day course on data journalism organised by the press institute starting Thursday.", dateline, "Thursday", "2020-10-22", Day, true},
		{"weekday after a passive verb of saying after will is coming", "The jury's awards will be announced on Friday.", dateline, "Friday", "2020-10-23", Day, true},
		{"weekday far after a future cue is coming", "The visiting delegation is also scheduled to tour the newsroom of the national broadcaster and the printing plant of the daily on Thursday.", dateline, "Thursday", "2020-10-22", Day, true},
		{"weekday far after a future cue with a past verb between stays past", "The delegation that was scheduled to arrive toured the newsroom of the national broadcaster and the printing plant of the daily on Monday.", dateline, "Monday", "2020-10-19", Day, true},
		{"month after a place and its country set off by commas in a coming clause", "the question will go to the congress to be held in Lakeside, Kenya, in March", dateline, "March", "2021-03", Month, true},
		{"month in a clause a verb of proposing opens is coming", "The director proposed that the two agencies sign a new agreement at the congress in March.", dateline, "March", "2021-03", Month, true},
		{"month after had been invited to is coming", "The broadcaster had been invited to join the regional news pool from January.", dateline, "January", "2021-01", Month, true},
		{"month after is expected to far back is coming", "The first cohort is expected to present its work at the annual regional investigative journalism conference in the coastal city of Mombasa in March.", dateline, "March", "2021-03", Month, true},
		{"month after agreed in a past clause stays past", "The two agencies agreed on joint coverage and met in Nairobi in March.", dateline, "March", "2020-03", Month, true},
		{"set without to stays past", "They set up the joint desk in the capital on Monday.", dateline, "Monday", "2020-10-19", Day, true},
		{"weekday after a participle of a past course", "The congress was preceded by a two-day meeting of senior editors starting on Friday.", dateline, "Friday", "2020-10-16", Day, true},
		{"weekday after a past tense stays past", "The book fair ended on Sunday with a gala.", dateline, "Sunday", "2020-10-18", Day, true},
		{"weekday after a past verb of saying stays past", "The agency will host the assembly in Isfahan, its director said on Monday.", dateline, "Monday", "2020-10-19", Day, true},
		{"weekday right after a verb of saying after a future", "The agencies will sign the deal soon, the minister announced Friday.", dateline, "Friday", "2020-10-16", Day, true},
		{"weekday fronted before a future", "On Friday, the delegation will be received by the minister.", dateline, "Friday", "2020-10-23", Day, true},
		{"weekday fronted before a past stays past", "On Friday, the delegation was received by the minister.", dateline, "Friday", "2020-10-16", Day, true},
		{"weekday fronted, a past verb before the future", "Friday the minister met editors who will travel to Kampala.", dateline, "Friday", "2020-10-16", Day, true},
		{"weekday in a reported future", "The ambassador said the two agencies would hold a training course for reporters in Gwadar on Saturday.", dateline, "Saturday", "2020-10-24", Day, true},
		{"weekday after would have stays past", "The envoy said the talks would have ended on Tuesday without the strike.", dateline, "Tuesday", "2020-10-20", Day, true},
		{"weekday after would without saying stays past", "In those years the editors would meet on Monday.", dateline, "Monday", "2020-10-19", Day, true},
		{"next and the anchor's month", "the congress will return to Lima next October for", dateline, "October", "2021-10", Month, true},
		{"last and the anchor's month", "the two unions had met in Quito last October", dateline, "October", "2019-10", Month, true},
		{"month of last year", "its fifth session took place in Minsk in July last year.", dateline, "July last year", "2019-07", Month, true},
		{"month of next year", "the launch is due in March next year.", dateline, "March next year", "2021-03", Month, true},
		{"month of this year with of", "the desk opens in May of this year.", dateline, "May of this year", "2020-05", Month, true},
		{"month of last year with of", "it closed in October of last year.", dateline, "October of last year", "2019-10", Month, true},
		{"month after would be held", "He said the congress would be held in Lima in September.", dateline, "September", "2021-09", Month, true},
		{"month after an infinitive of holding", "The board approved a plan to hold a course for editors in Rabat in June.", dateline, "June", "2021-06", Month, true},
		{"month after was held stays past", "A course for editors was held in Rabat in June.", dateline, "June", "2020-06", Month, true},
		{"last weekday", "They met last Wednesday.", dateline, "last Wednesday", "2020-10-14", Day, true},
		{"next weekday", "They meet next Monday.", dateline, "next Monday", "2020-10-26", Day, true},
		{"weekday with date", "on Monday, Oct. 19, 2020 in Beijing", dateline, "Monday, Oct. 19, 2020", "2020-10-19", Day, false},
		{"month abbreviation", "BEIJING, Oct. 21 (Xinhua) --", dateline, "Oct. 21", "2020-10-21", Day, true},
		{"month day year", "on November 9, 2023, a meeting", dateline, "November 9, 2023", "2023-11-09", Day, false},
		{"day month year", "On 6 August 2021, the forum", dateline, "6 August 2021", "2021-08-06", Day, false},
		{"ordinal day month, past tense", "met Shri Amit Khare on 4th April.", published, "4th April", "2024-04-04", Day, true},
		{"ordinal day month, future", "will meet Shri Amit Khare on 4th April.", published, "4th April", "2025-04-04", Day, true},
		{"the day of month", "on the 4th of April 2019", dateline, "4th of April 2019", "2019-04-04", Day, false},
		{"year nearest the anchor", "on December 26 the ministry", published, "December 26", "2024-12-26", Day, true},
		{"range month first", "to visit China from October 17th to 26th.", dateline, "October 17th to 26th", "2020-10-17/2020-10-26", Day, true},
		{"range day first", "held 17-26 October 2018 in", dateline, "17-26 October 2018", "2018-10-17/2018-10-26", Day, false},
		{"range across months", "from October 30 - November 2, 2019", dateline, "October 30 - November 2, 2019", "2019-10-30/2019-11-02", Day, false},
		{"month year", "visit to China in October 2018", dateline, "October 2018", "2018-10", Month, false},
		{"bare month after a cue", "Earlier in June, Kiselev met", dateline, "June", "2020-06", Month, true},
		{"mid-month", "in mid-October the", dateline, "October", "2020-10", Month, true},
		{"year after a cue", "signed in 2017, affirming", dateline, "2017", "2017", Year, false},
		{"year range", "the plan for 2021-2025 covers", dateline, "2021-2025", "2021/2025", Year, false},
		{"year range without a cue", "covers the period 2021-2025 in full", dateline, "2021-2025", "2021/2025", Year, false},
		{"year range with an en dash", "The 2022–2024 programme ends", dateline, "2022–2024", "2022/2024", Year, false},
		{"a year before a singular noun", "For the 2019 programme, 50 journalists came", dateline, "2019", "2019", Year, false},
		{"a year in parentheses", "the Lakeside forum (2024) will", dateline, "2024", "2024", Year, false},
		{"a span of months with its year", "It took 10 months (February-December 2017) to", dateline, "February-December 2017", "2017-02/2017-12", Month, false},
		{"yesterday", "The delegation arrived yesterday.", dateline, "yesterday", "2020-10-20", Day, true},
		{"last week", "signed last week", dateline, "last week", "2020-W42", Week, true},
		{"this year", "later this year", dateline, "later this year", "2020", Year, true},
		{"last month", "agreed last month", dateline, "last month", "2020-09", Month, true},
		{"years ago", "founded two years ago", dateline, "two years ago", "2018", Year, true},
		{"iso date", "date 2020-10-22 text", dateline, "2020-10-22", "2020-10-22", Day, false},
		{"no anchor leaves relative dates unresolved", "launched Monday.", Anchor{}, "Monday", "", Day, false},
		{"no anchor and no year", "met on December 8 in Vientiane", Anchor{}, "December 8", "--12-08", Day, false},
		{"no anchor range", "to be held on October 23-24, and", Anchor{}, "October 23-24", "--10-23/--10-24", Day, false},
		{"no anchor day-first range", "held 17-26 October in", Anchor{}, "17-26 October", "--10-17/--10-26", Day, false},
		{"quarter of a year", "consultations in the first quarter of 2026.", dateline, "first quarter of 2026", "2026-Q1", Quarter, false},
		{"quarter code", "results for Q3 2025 show", dateline, "Q3 2025", "2025-Q3", Quarter, false},
		{"quarter of this year", "in the second quarter of this year", dateline, "second quarter of this year", "2020-Q2", Quarter, true},
		{"since a day without year is past", "Since January 1, the number has doubled", AnchorFor(document.Article{Published: "2024-09-14"}), "January 1", "2024-01-01", Day, true},
		{"last month name is past", "Last July, Xinhua launched", AnchorFor(document.Article{Published: "2017-02-10"}), "July", "2016-07", Month, true},
		{"the anchor's own month is this year's", "will stay in Lakeside till the end of June", AnchorFor(document.Article{Published: "2024-06-25"}), "June", "2024-06", Month, true},
		{"next month name is future", "the forum next March", AnchorFor(document.Article{Published: "2017-08-01"}), "March", "2018-03", Month, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, toks := seg.Segment(c.text, document.Span{})
			lower := asciiLower(c.text)
			got := Find(c.text, lower, toks, c.a)
			if len(got) != 1 {
				t.Fatalf("found %d dates: %+v", len(got), got)
			}
			// FindGated with a gate of the date's possible starts finds
			// the same
			gate := make([]uint64, len(toks))
			for i, tk := range toks {
				if c := c.text[tk.Start]; c >= '0' && c <= '9' || startWords[lower[tk.Start:tk.End]] {
					gate[i] = 1
				}
			}
			if gated := FindGated(c.text, lower, toks, c.a, gate, 1); len(gated) != 1 || gated[0] != got[0] {
				t.Errorf("FindGated: %+v, Find: %+v", gated, got)
			}
			d := got[0]
			text := c.text[toks[d.Start].Start:toks[d.End-1].End]
			if text != c.want || d.Value != c.value || d.Granularity != c.gran || (d.Anchor != "") != c.anchored {
				t.Errorf("got %q value %q gran %q anchor %q rule %s; want %q %q %q anchored=%v",
					text, d.Value, d.Granularity, d.Anchor, d.Rule, c.want, c.value, c.gran, c.anchored)
			}
		})
	}
}

// TestWeekdayApposition pins date.weekday-apposition: a weekday set off
// after "yesterday", "today" or "tomorrow" is that day, both found.
func TestWeekdayApposition(t *testing.T) {
	seg, _ := segment.New()
	a := AnchorFor(document.Article{Published: "2020-10-21"}) // a Wednesday
	for _, c := range []struct{ text, want string }{
		{"The agencies met yesterday (Tuesday) in the capital.", "2020-10-20 2020-10-20"},
		{"The union will hold its congress tomorrow, Thursday, in Accra.", "2020-10-22 2020-10-22"},
		{"The union will hold its congress tomorrow, Monday, in Accra.", "2020-10-22 2020-10-26"},
	} {
		_, toks := seg.Segment(c.text, document.Span{})
		var got []string
		for _, d := range Find(c.text, asciiLower(c.text), toks, a) {
			got = append(got, d.Value)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %v, want %s", c.text, got, c.want)
		}
	}
}

func TestNotDates(t *testing.T) {
	seg, _ := segment.New()
	a := AnchorFor(document.Article{Published: "2020-10-22"})
	for _, text := range []string{
		"You may attend.",
		"The October Revolution changed Russia.",
		"more than 2019 participants",
		"a 24 hour channel",
		"Theresa May spoke.",
		"Mass Communications-2023 at the",
		"Forum-2021-2025 at the",
		"scores 1990-2100 were",
		"the 2000 participants came",
		"to help readers understand today's Lakeland better",
		"the reporters of today's world need new skills",
		"at today’s stage of the talks",
		"the Lakeland Today Agency and the Hilltop Post signed a memorandum",
		"an interview with Lakeland Today on the new law",
	} {
		_, toks := seg.Segment(text, document.Span{})
		if got := Find(text, asciiLower(text), toks, a); len(got) != 0 {
			t.Errorf("%q: found %+v", text, got)
		}
	}
}

func TestAnchorFor(t *testing.T) {
	a := AnchorFor(document.Article{Published: "2020-10-22T11:45:00+08:00"})
	if a.String() != "published:2020-10-22" {
		t.Errorf("anchor = %s", a)
	}
	a = AnchorFor(document.Article{Dateline: &document.Dateline{Date: "2020-10-21"}, Published: "2020-10-22"})
	if a.String() != "dateline:2020-10-21" {
		t.Errorf("anchor = %s", a)
	}
	if a := AnchorFor(document.Article{}); a.OK {
		t.Error("anchor without dates")
	}
}

func TestWeekdayRange(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	// Friday, 25 July 2025: "from Wednesday to Sunday" runs from the
	// Wednesday before to the Sunday after
	a := AnchorFor(document.Article{Dateline: &document.Dateline{Date: "2025-07-25"}})
	text := "The summit is taking place from Wednesday to Sunday."
	_, toks := seg.Segment(text, document.Span{})
	got := Find(text, asciiLower(text), toks, a)
	if len(got) != 2 || got[0].Value != "2025-07-23" || got[1].Value != "2025-07-27" {
		t.Fatalf("got %+v, want Wednesday 2025-07-23 and Sunday 2025-07-27", got)
	}
}

// TestTextYears: without an anchor, a date without a year takes the
// nearest explicit year the text states before it, else after it; a year
// that ends a name does not count, and relative dates stay unresolved.
func TestTextYears(t *testing.T) {
	seg, _ := segment.New()
	cases := []struct {
		name, text string
		want       []string // values in order
	}{
		{"year before", "They met on May 11-12, 2023. The forum opens on June 4.", []string{"2023-05-11/2023-05-12", "2023-06-04"}},
		{"nearest before wins", "In October 2019 they met. On March 2, 2021 they signed. It ended on April 5.", []string{"2019-10", "2021-03-02", "2021-04-05"}},
		{"year after when none before", "It was held from March 3 to 5. The next round is set for May 2024.", []string{"2024-03-03/2024-03-05", "2024-05"}},
		{"a bare year is history, not the reference time", "Trade grew from 2001. The summit opened on October 23.", []string{"2001", "--10-23"}},
		{"a happening's name gives its year", "The Media Forum 2025 opened on June 4.", []string{"2025", "2025-06-04"}},
		{"the year before a name", "Members of the 2017 Lakeside Media Workshop met. The workshop runs from November 21 to December 11.", []string{"2017", "2017-11-21/2017-12-11"}},
		{"a source far ahead is another happening's", "It opened on August 18. The visit lasted a week. Ties are old. The first accord was signed on Aug. 24, 2003.", []string{"--08-18", "2003-08-24"}},
		{"a month takes the text's year or none", "Courses run from February until December under the 2018 Lakeside Press Centre. It began in March.", []string{"2018-02", "2018-12", "2018", "2018-03"}},
		{"a month with no year anywhere has no value", "It began in March.", []string{""}},
		{"weekdays stay unresolved", "In May 2022 they met on Monday.", []string{"2022-05", ""}},
		{"a name's year joined by a hyphen", "It will be part of Lakeside EXPO-2017, on June 22-23.", []string{"2017-06-22/2017-06-23"}},
		{"a hyphen between words is no name year", "The forum of 24-2017 opens on June 22.", []string{"--06-22"}},
		{"a year without the day keeps none", "In May 2001 they met. It ends on February 29.", []string{"2001-05", "--02-29"}},
		{"a range over the new year ends in the next", "In May 2021 they met. Courses run from December 30 to January 2.", []string{"2021-05", "2021-12-30/2022-01-02"}},
		{"the same year after a day takes the year told last", "They met on March 31, 1920. The agency was launched on April 6 the same year.", []string{"1920-03-31", "1920-04-06"}},
		{"the year of an edition told by its common noun", "Founded in 2004, the course grew. In May and June, forty editors will come to take part in the 2012 session.", []string{"2004", "2012-05", "2012-06", "2012"}},
		{"a year before a noun of no happening is none", "In May, forty editors will study the 2012 budget.", []string{"", "2012"}},
		{"that year after a month", "The accord was signed on Aug. 24, 2003. Talks resumed in November that year.", []string{"2003-08-24", "2003-11"}},
		{"a month of this year takes the year told nearby", "The hall was handed over on May 4, 2011. In June of this year, the agency will open a bureau there.", []string{"2011-05-04", "2011-06"}},
		{"a month of last year without an anchor stays unknown", "The hall was handed over on May 4, 2011. In June of last year, the agency opened a bureau there.", []string{"2011-05-04", ""}},
		{"a month of this year with no year told stays unknown", "In June of this year, the agency will open a bureau there.", []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, toks := seg.Segment(c.text, document.Span{})
			got := Find(c.text, asciiLower(c.text), toks, Anchor{})
			var vals []string
			for _, d := range got {
				vals = append(vals, d.Value)
			}
			if len(vals) != len(c.want) {
				t.Fatalf("values %q, want %q", vals, c.want)
			}
			for i := range vals {
				if vals[i] != c.want[i] {
					t.Errorf("values %q, want %q", vals, c.want)
					break
				}
			}
			for _, d := range got {
				if d.Value != "" && d.Value[0] != '-' && d.Rule != "date.year" && d.Anchor != "" && d.Anchor[:10] != "text-year:" {
					t.Errorf("%+v: anchor %q", d, d.Anchor)
				}
			}
		})
	}
}

// TestSameYear pins date.same-year with an anchor of another year: "the
// same year" after a yearless day takes the year told last, not the
// anchor's.
func TestSameYear(t *testing.T) {
	seg, _ := segment.New()
	anchor := AnchorFor(document.Article{Published: "2020-04-06"})
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a day the same year", "They met with him on March 31, 1920. The agency was officially launched on April 6 the same year.", []string{"1920-03-31", "1920-04-06"}},
		{"a day with no such words keeps the anchor's year", "They met with him on March 31, 1920. The agency marks the day on April 6.", []string{"1920-03-31", "2020-04-06"}},
		{"no year told before keeps the anchor's", "The agency was launched on April 6 the same year.", []string{"2020-04-06"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, toks := seg.Segment(c.text, document.Span{})
			var vals []string
			for _, d := range Find(c.text, asciiLower(c.text), toks, anchor) {
				vals = append(vals, d.Value)
			}
			if strings.Join(vals, " ") != strings.Join(c.want, " ") {
				t.Errorf("values %q, want %q", vals, c.want)
			}
		})
	}
}

// TestCoordinatedMonths pins date.month-coordinated: a bare month joined
// to the one before it by "and" does not fall before it.
func TestCoordinatedMonths(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	a := AnchorFor(document.Article{Published: "2025-01-15"})
	cases := []struct{ text, want string }{
		{"The foundation will host two groups of editors, in April and in October, in Seoul.", "2025-04 2025-10"},
		{"Courses are planned in March and November.", "2025-03 2025-11"},
		{"Editors met in December and in February.", "2024-12 2025-02"},
		{"The fair took place in October, the summit in April.", "2024-10 2025-04"},
	}
	for _, c := range cases {
		_, toks := seg.Segment(c.text, document.Span{})
		var got []string
		for _, d := range Find(c.text, asciiLower(c.text), toks, a) {
			got = append(got, d.Value)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.text, g, c.want)
		}
	}
	// without an anchor the months keep no year, and nothing is joined
	text := "Courses are planned in March and in November."
	_, toks := seg.Segment(text, document.Span{})
	for _, d := range Find(text, asciiLower(text), toks, Anchor{}) {
		if d.Rule == "date.month-coordinated" {
			t.Errorf("%s: %+v joined without an anchor", text, d)
		}
	}
}

// TestOpeningYear: a month alone in a sentence that opens with "Last
// year,", "Next year," or "In 2017," is of that year (date.month-opening-year);
// without such an opening it keeps the year nearest the anchor.
func TestOpeningYear(t *testing.T) {
	seg, _ := segment.New()
	// Wednesday, 21 October 2020
	a := AnchorFor(document.Article{Dateline: &document.Dateline{Date: "2020-10-21"}})
	cases := []struct {
		name, text string
		want       []string
	}{
		{"last year", "Last year, floods cut the coastal road in November.", []string{"2019", "2019-11"}},
		{"a year", "In 2017, the two agencies opened joint bureaus in March.", []string{"2017", "2017-03"}},
		{"next year", "Next year, the union will move its congress to March.", []string{"2021", "2021-03"}},
		{"no opening year", "Floods cut the coastal road in November.", []string{"2020-11"}},
		{"a year that opens no clause", "Last year floods cut the road, and the agencies will meet again in November.", []string{"2019", "2020-11"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, toks := seg.Segment(c.text, document.Span{})
			var vals []string
			for _, d := range Find(c.text, asciiLower(c.text), toks, a) {
				vals = append(vals, d.Value)
			}
			if strings.Join(vals, " ") != strings.Join(c.want, " ") {
				t.Errorf("values %q, want %q", vals, c.want)
			}
		})
	}
}
