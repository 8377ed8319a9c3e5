package segment

import (
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/internal/devcorpus"
	"github.com/mediakg/mediakg/nlp/document"
)

func newSeg(t testing.TB) *Segmenter {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sentenceTexts(body string, sents []document.Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = body[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	s := newSeg(t)
	cases := []struct {
		name string
		body string
		want []string
	}{
		{"month abbreviation before a number",
			"The forum opened on Oct. 21 in Beijing. It closed a day later.",
			[]string{"The forum opened on Oct. 21 in Beijing.", "It closed a day later."}},
		{"sentences glued where a space was lost",
			"The trip ran from April 24-28.Huang said ties were good. It opened at the press center.This year it is bigger.",
			[]string{"The trip ran from April 24-28.", "Huang said ties were good.", "It opened at the press center.", "This year it is bigger."}},
		{"a Mongolian initial of two letters glued to the name ends no sentence",
			"They met the union's head, Ts.Saruul. It was Sh.Tuya who spoke. The hall is.This one is new.",
			[]string{"They met the union's head, Ts.Saruul.", "It was Sh.Tuya who spoke.", "The hall is.", "This one is new."}},
		{"dotted acronym inside a sentence",
			"The U.S. delegation and the U.K. team arrived. Talks began.",
			[]string{"The U.S. delegation and the U.K. team arrived.", "Talks began."}},
		{"dotted acronym ends a sentence before a starter",
			"The agency opened a bureau in the U.S. The bureau has ten staff.",
			[]string{"The agency opened a bureau in the U.S.", "The bureau has ten staff."}},
		{"dotted acronym before a name does not end",
			"He met U.S. President Joe Biden on Monday.",
			[]string{"He met U.S. President Joe Biden on Monday."}},
		{"number abbreviation",
			"Resolution No. 13 was adopted. No. The vote failed.",
			[]string{"Resolution No. 13 was adopted.", "No.", "The vote failed."}},
		{"titles never end a sentence",
			"Mr. Volin met Dr. Smith and H.E. Mr. Kudashev. They talked.",
			[]string{"Mr. Volin met Dr. Smith and H.E. Mr. Kudashev.", "They talked."}},
		{"initials",
			"Vladimir V. Putin spoke. Then he left.",
			[]string{"Vladimir V. Putin spoke.", "Then he left."}},
		{"closing quote belongs to the sentence",
			`"We will cooperate more," she said. "It is important." The talks ended.`,
			[]string{`"We will cooperate more," she said.`, `"It is important."`, "The talks ended."}},
		{"question inside a quote followed by lower case",
			`"Why not?" he asked. Nobody answered.`,
			[]string{`"Why not?" he asked.`, "Nobody answered."}},
		{"curly quotes",
			"He said: “Media must be objective.” The forum agreed.",
			[]string{"He said: “Media must be objective.”", "The forum agreed."}},
		{"paragraph break without a period",
			"China, Russia vow to up media cooperation\n\nBEIJING, Oct. 21 (Xinhua) -- China and Russia will cooperate.",
			[]string{"China, Russia vow to up media cooperation", "BEIJING, Oct. 21 (Xinhua) --", "China and Russia will cooperate."}},
		{"TASS dateline",
			"MOSCOW, December 26. /TASS/. The ministry said so. It added more.",
			[]string{"MOSCOW, December 26. /TASS/.", "The ministry said so.", "It added more."}},
		{"hard-wrapped line continues",
			"The two agencies signed\nan agreement on Monday.",
			[]string{"The two agencies signed\nan agreement on Monday."}},
		{"a line that ends with a connector is hard-wrapped before a capital",
			"The delegation will call on the\nLakeland Television and the Federation of\nNepali Journalists.\nRead also\nMedia Week opens",
			[]string{"The delegation will call on the\nLakeland Television and the Federation of\nNepali Journalists.", "Read also", "Media Week opens"}},
		{"a name wrapped after a capital inside running text continues (segment.wrap.name)",
			"Kathmandu, May 3 - Lakeland Radio said today that the Federation of Hill\nJournalists (FHJ) had joined the network.",
			[]string{"Kathmandu, May 3 - Lakeland Radio said today that the Federation of Hill\nJournalists (FHJ) had joined the network."}},
		{"a wrapped union name before a lower-case verb continues",
			"The delegation also paid a courtesy call on the Union of Riverside\nJournalists and discussed training.",
			[]string{"The delegation also paid a courtesy call on the Union of Riverside\nJournalists and discussed training."}},
		{"a wrapped name whose acronym follows continues on a line with no running text",
			"Lakeland, May 3 — Lakeland Radio and the Federation of Hill\nJournalists (FHJ) have opened a desk.",
			[]string{"Lakeland, May 3 — Lakeland Radio and the Federation of Hill\nJournalists (FHJ) have opened a desk."}},
		{"a title-case heading that ends after of is no wrapped name",
			"Lakeland Agency Signs Deal on Training of Journalists\nThe two sides met on Monday.",
			[]string{"Lakeland Agency Signs Deal on Training of Journalists", "The two sides met on Monday."}},
		{"a short line after of ends its sentence",
			"Ministry of Media\nThe minister spoke.",
			[]string{"Ministry of Media", "The minister spoke."}},
		{"decimal numbers and thousands",
			"Sputnik broadcasts in 3.5 percent of 1,000 cities. It grows.",
			[]string{"Sputnik broadcasts in 3.5 percent of 1,000 cities.", "It grows."}},
		{"lower case after a period is no break",
			"Ministries, agencies etc. are involved. Fine.",
			[]string{"Ministries, agencies etc. are involved.", "Fine."}},
		{"no final period",
			"More than 40 representatives attended",
			[]string{"More than 40 representatives attended"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dl := document.Span{}
			if d, ok := FindDateline(c.body); ok {
				dl = d.Span
			}
			sents, _ := s.Segment(c.body, dl)
			got := sentenceTexts(c.body, sents)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("sentences\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	s := newSeg(t)
	cases := []struct {
		body string
		want []string
	}{
		{"People's Daily and People’s Daily", []string{"People", "'s", "Daily", "and", "People", "’s", "Daily"}},
		{"Xi'an, they're, China’s", []string{"Xi'an", ",", "they're", ",", "China", "’s"}},
		{"U.S. Oct. 21, 2020 No. 13", []string{"U.S.", "Oct.", "21", ",", "2020", "No.", "13"}},
		{"China-Russia post-COVID-19 era", []string{"China", "-", "Russia", "post", "-", "COVID", "-", "19", "era"}},
		{"the 13th (Xinhua) -- 1,000", []string{"the", "13th", "(", "Xinhua", ")", "--", "1,000"}},
		{"Ministry of I&B, xinhuanet.com.", []string{"Ministry", "of", "I&B", ",", "xinhuanet.com", "."}},
		{"新华社 и ТАСС", []string{"新华社", "и", "ТАСС"}},
		{"ended...", []string{"ended", "..."}},
		{"28.Huang xinhuanet.com U.S.Army", []string{"28", ".", "Huang", "xinhuanet.com", "U.S.Army"}},
	}
	for _, c := range cases {
		_, toks := s.Segment(c.body, document.Span{})
		got := make([]string, len(toks))
		for i, tk := range toks {
			got[i] = c.body[tk.Start:tk.End]
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("tokens of %q\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

func TestTokenSentenceIndex(t *testing.T) {
	s := newSeg(t)
	body := "One two. Three four."
	sents, toks := s.Segment(body, document.Span{})
	for si, st := range sents {
		for k := st.TokenStart; k < st.TokenEnd; k++ {
			if toks[k].Sentence != si {
				t.Errorf("token %d: sentence %d, want %d", k, toks[k].Sentence, si)
			}
		}
	}
}

func TestFindDateline(t *testing.T) {
	cases := []struct {
		name, body                string
		ok                        bool
		place, date, agency, lead string
	}{
		{"xinhua", "BEIJING, Oct. 21 (Xinhua) -- China and Russia", true, "Beijing", "Oct. 21", "Xinhua", "BEIJING, Oct. 21 (Xinhua) --"},
		{"tass with region", "Lead paragraph.\n\nIGORA /Leningrad Region/, December 26. /TASS/. Presidents met.", true, "Igora", "December 26", "TASS", "IGORA /Leningrad Region/, December 26. /TASS/."},
		{"place and country", "TEHRAN, Iran, October 26. Iran and China agreed.", true, "Tehran", "October 26", "", "TEHRAN, Iran, October 26."},
		{"agency only", "VLADIVOSTOK (Sputnik) - The agency said.", true, "Vladivostok", "", "Sputnik", "VLADIVOSTOK (Sputnik) -"},
		{"two-word place", "NEW DELHI, 4 April 2019: The ministry said.", true, "New Delhi", "4 April 2019", "", "NEW DELHI, 4 April 2019:"},
		{"acronym sentence is not a dateline", "NATO (North Atlantic Treaty Organization) said.", false, "", "", "", ""},
		{"capital headline is not a dateline", "CHINA AND RUSSIA AGREE\n\nThe two sides agreed.", false, "", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, ok := FindDateline(c.body)
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v (%+v)", ok, c.ok, d)
			}
			if !ok {
				return
			}
			if d.Place != c.place || d.Date != c.date || d.Agency != c.agency || c.body[d.Span.Start:d.Span.End] != c.lead {
				t.Errorf("got place %q date %q agency %q lead %q", d.Place, d.Date, d.Agency, c.body[d.Span.Start:d.Span.End])
			}
		})
	}
}

func BenchmarkSegment(b *testing.B) {
	arts := devcorpus.Load(b, "media_dev")
	s := newSeg(b)
	n := 0
	for _, a := range arts {
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		sents = 0
		for _, a := range arts {
			ss, _ := s.Segment(a.Body, document.Span{})
			sents += len(ss)
		}
	}
	if sents == 0 {
		b.Fatal("no sentences")
	}
	b.ReportMetric(float64(sents), "sentences")
}
