package tag

import "testing"

// TestRound13Entities: constructions of organizations and persons read
// from the real failures of the dev2 check-a half (round 13 of issue 11).
// Every sentence is the team's own.
func TestRound13Entities(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"a spouse's title before a name (pat.person.title-name)", "The president and First Lady Amara Okonjo handed out the awards. First Gentleman Tomas Reyes attended.",
			[]string{"Person:Amara Okonjo", "Person:Tomas Reyes"}, nil},
		{"an unknown acronym's possessive before the title in apposition (pat.person.name-role)", "Tembo Kasiri, HRB's chief executive, and Wuldo Kortis, the Lakeside News Agency's managing director, signed.",
			[]string{"Person:Tembo Kasiri", "Person:Wuldo Kortis"}, nil},
		{"a possessive before a word that is no title opens no apposition", "Tembo Kasiri, HRB's new studio, opened.",
			nil, []string{"Person:Tembo Kasiri"}},
		{"menu labels run together are no outlet's name after a noun", "It signed with the leading news agency WorldAfricaEuropeSPORT and the daily Lake Courier.",
			[]string{"Organization:Lake Courier=org:lake-courier"}, []string{"Organization:WorldAfricaEuropeSPORT=org:worldafricaeuropesport"}},
		{"a brand with one join stays a name after the noun", "It signed with the sports portal SportLakeland on Monday.",
			[]string{"Organization:SportLakeland=org:sportlakeland"}, nil},
		{"Broadcasting before a noun of the field's dealings is no head (pat.org.head)", "The 3rd Meeting on Lakeland-Hill Broadcasting Cooperation opened. It hopes for new Lakeland Broadcasting collaborations with the islands.",
			nil, []string{"Organization:Lakeland-Hill Broadcasting=org:lakeland-hill-broadcasting", "Organization:Lakeland Broadcasting=org:lakeland-broadcasting"}},
		{"Broadcasting before a verb or a longer head stays a name", "Lakeland Broadcasting announced a deal with the Hill Broadcasting Corporation.",
			[]string{"Organization:Lakeland Broadcasting=org:lakeland-broadcasting", "Organization:Hill Broadcasting Corporation=org:hill-broadcasting-corporation"}, nil},
		{"a newspaper's head opening a name takes a country or place after of (pat.org.prefix)", "The Times of Lakeland reported the Review of Lakeland Broadcasting and the Journal of Media Studies.",
			nil, []string{"Organization:Review of Lakeland Broadcasting=org:review-of-lakeland-broadcasting", "Organization:Journal of Media Studies=org:journal-of-media-studies"}},
		{"a known country after a newspaper's head and of", "Editors of the Times of Kenya and the Herald of Nairobi met.",
			[]string{"Organization:Times of Kenya=org:times-of-kenya", "Organization:Herald of Nairobi=org:herald-of-nairobi"}, nil},
		{"words before a body's or event's head after a title and its field are no person (pat.person.title-name)", "He spoke as president of the News Hilltown Lakes Congress and as chairman of the Media Lakeside Hill Council.",
			nil, []string{"Person:Hilltown Lakes", "Person:Lakeside Hill"}},
		{"a name after a title and its field with no head after it stays a person", "The Minister of Culture and Information Dana Seitkali opened the forum.",
			[]string{"Person:Dana Seitkali"}, nil},
		{"a run of name words with an initial inside is a person (pat.person.initialed-name)", "Participants include the Lakeland News Agency's Nii Tembo K. Asare, and Wuldo T. R. Kortis attended too.",
			[]string{"Person:Nii Tembo K. Asare", "Person:Wuldo T. R. Kortis"}, nil},
		{"an initialed name that opens a longer name, or an initial alone, is no person", "Guests toured the Omar F. Felan Memorial Library near Washington D. C. on Monday.",
			nil, []string{"Person:Omar F. Felan"}},
		{"a quotation that holds a name with its article is the name (pat.org.head)", "Tembo Kasiri, an editor at “The Lakeside Post”, visited the agency.",
			[]string{"Organization:Lakeside Post=org:lakeside-post"}, nil},
		{"the end of a quoted title is still no name", "The forum “Hope for Reporters and the Lakeside Post” opened.",
			nil, []string{"Organization:Lakeside Post=org:lakeside-post"}},
		{"a doctor's title before the initials a body is named after is a word of its name (pat.org.head)", "The course at Dr KLM HRD Institute in Hilltown ended. Dr Omar Felan spoke.",
			[]string{"Organization:Dr KLM HRD Institute=org:dr-klm-hrd-institute", "Person:Omar Felan"}, []string{"Organization:KLM HRD Institute=org:klm-hrd-institute"}},
		{"an unknown acronym joined by and to a known outlet is an outlet (pat.org.acronym-pair)", "The ambassador praised the partnership between HRN and Xinhua. TASS and KBX also signed.",
			[]string{"Organization:HRN=org:hrn", "Organization:KBX=org:kbx"}, nil},
		{"an acronym joined to a country or to no outlet stays untagged", "The talks between HRN and Kenya went on. The CEO and HRN met.",
			nil, []string{"Organization:HRN=org:hrn"}},
		{"an acronym of the initials of an organization the article names in full (pat.org.initials-of)", "The Lakeland Broadcasting Corporation signed with Hill Radio. The LBC will send two editors.",
			[]string{"Organization:LBC=org:lakeland-broadcasting-corporation"}, []string{"Organization:LBC=org:lbc"}},
		{"an acronym in brackets after other words, or that two organizations spell, is neither's", "The Lakeland Broadcasting Council met before the Lakeland Broadcasting Congress (LBC). Hill Press Union and Hill Publishers Union said the HPU would pay.",
			nil, []string{"Organization:LBC=org:lakeland-broadcasting-council", "Organization:HPU=org:hill-press-union", "Organization:HPU=org:hill-publishers-union"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTags(t, c.body, c.want, c.not) })
	}
}
