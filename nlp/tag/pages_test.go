package tag

import (
	"strings"
	"testing"
)

// TestPageConstructions: how real pages name organizations and persons
// (round 7 of issue 11): title-case headlines, brands next to names with
// heads, wrapped lines, long titles. Every sentence is the team's own.
func TestPageConstructions(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"a headline verb in title case ends a person's name", "Lakeland Press Council Head Omar Felan Meets Hill Delegation\n\nThe council's head received the guests.",
			[]string{"Person:Omar Felan"}, []string{"Person:Omar Felan Meets"}},
		{"headline verbs after a titled name", "Agency Chief Amina Wekesa Hosts Editors From Five Countries\n\nThe meeting opened on Monday, Agency chief Amina Wekesa said.",
			[]string{"Person:Amina Wekesa"}, []string{"Person:Amina Wekesa Hosts"}},
		{"a headline verb after a name with a particle", "Director Saad bin Omar Al-Felani Tells Reporters Of New Channel\n\nHe spoke briefly.",
			[]string{"Person:Saad bin Omar Al-Felani"}, []string{"Person:Saad bin Omar Al-Felani Tells"}},
		{"a given name that is also a city's name after a title", "The deal was signed by agency director Milan Dragovic Petrovic and editor Florence Wanjiku Kamau in Nairobi.",
			[]string{"Person:Milan Dragovic Petrovic", "Person:Florence Wanjiku Kamau"}, []string{"Place:Milan=place:milan", "Place:Florence=place:florence"}},
		{"a city after a title and before a lower-case word stays a place", "The ambassador in Milan said the consul Florence office opened.",
			[]string{"Place:Milan=place:milan"}, nil},
		{"a brand after an outlet noun and a name with a head are two names", "The Norwegian broadcaster Fjordvision and Hillmark Media Group agreed on Monday. The daily Lakepost and Riverside Publishing House signed too.",
			[]string{"Organization:Hillmark Media Group=org:hillmark-media-group", "Organization:Riverside Publishing House=org:riverside-publishing-house"},
			[]string{"Organization:Fjordvision and Hillmark Media Group=org:fjordvision-and-hillmark-media-group", "Organization:Lakepost and Riverside Publishing House=org:lakepost-and-riverside-publishing-house"}},
		{"field words joined by and stay one name", "The state broadcaster Radio and Television Corporation of Lakeland agreed.",
			nil, []string{"Organization:Television Corporation of Lakeland=org:television-corporation-of-lakeland"}},
		{"a Turkic patronymic inside a name and at its end", "The guests were led by Elchin Rafig oglu Mammadov, the head of the agency, and met Nurlan Sydykov uulu, director of the agency.",
			[]string{"Person:Elchin Rafig oglu Mammadov", "Person:Nurlan Sydykov uulu"}, nil},
		{"the leader of a delegation after led by or headed by (pat.person.led-by)", "A Kenyan delegation headed by Amina Wekesa Otieno arrived on Monday. The group, led by Pavel Sergeyevich Dornov, toured the newsroom.",
			[]string{"Person:Amina Wekesa Otieno", "Person:Pavel Sergeyevich Dornov"}, nil},
		{"no person after led by when the words name a body", "The talks were led by Lakeland Media Holding and headed by Hill Radio Kenya.",
			nil, []string{"Person:Lakeland Media Holding", "Person:Hill Radio Kenya"}},
		{"a holder after a long official name and a comma", "The visit was headed by the Chairman of the State Committee for Television and Radio under the Government of the Republic of Lakeland, Omar Davlatzoda.",
			[]string{"Person:Omar Davlatzoda"}, nil},
		{"a holder with names the lexicon lacks after a long official name, at the sentence's end", "The visit was headed by the Chairman of the State Committee for Radio under the Government of the Republic of Lakeland, Nurullo Davlatzoda. The Director General of the Agency for Press under the President of Lakeland, Baktygul Osmonova, spoke.",
			[]string{"Person:Nurullo Davlatzoda", "Person:Baktygul Osmonova"}, nil},
		{"no holder after a short name and a full stop", "He thanked the Director of Lakeland News Agency, Hill Valley.",
			nil, []string{"Person:Hill Valley"}},
		{"a brand in apposition with a media site after told", "The director told Lakenet, a Finnish media trade site, that the deal was done. Omar Felan spoke to Hillpost, a regional news site.",
			[]string{"Organization:Lakenet=org:lakenet", "Organization:Hillpost=org:hillpost"}, nil},
		{"no organization in apposition with a site of another kind", "The delegation stopped in Lalibela, a heritage site, and in Aksum, a historic site.",
			nil, []string{"Organization:Lalibela=org:lalibela", "Organization:Aksum=org:aksum"}},
		{"a tail word after the head ends an outlet's name", "The programme airs on Lake TV International and in the Hill Daily Inquirer, and the Coast Newsroom Hub shares it.",
			[]string{"Organization:Lake TV International=org:lake-tv-international", "Organization:Hill Daily Inquirer=org:hill-daily-inquirer", "Organization:Coast Newsroom Hub=org:coast-newsroom-hub"}, nil},
		{"no tail before a name that goes on", "The Lake News Agency International Desk Editor spoke.",
			nil, []string{"Organization:Lake News Agency International=org:lake-news-agency-international"}},
		{"a country's name after a body's head ends its name (pat.org.head-country)", "The Press Council Nepal and the Hill Radio Television Malaysia welcomed it, as did the Media Council Kenya chairman.",
			[]string{"Organization:Press Council Nepal=org:press-council-nepal", "Organization:Media Council Kenya=org:media-council-kenya"}, nil},
		{"no country after the head before a possessive, a comma or another name", "The Press Council Nepal's chairman met the Media Council, Kenya and the Journalists Union Kenya Broadcasting Corporation.",
			[]string{"Organization:Media Council=org:media-council"}, []string{"Organization:Media Council, Kenya", "Organization:Journalists Union Kenya=org:journalists-union-kenya"}},
		{"Atty. is an honorific, no name and no sentence end", "Communications Secretary Atty. Jose Maria Ruiz Villanueva said the deal was signed.",
			[]string{"Person:Jose Maria Ruiz Villanueva"}, []string{"Person:Atty"}},
		{"a known surname after a given name and a patronymic ends one name", "The document was signed by Director General Dmitry Konstantinovich Kiselyov on Monday.",
			[]string{"Person:Dmitry Konstantinovich Kiselyov"}, []string{"Person:Dmitry Konstantinovich"}},
		{"initials before a known surname leave the gazetteer's person", "The speech of spokeswoman M. V. Zakharova was read out.",
			nil, []string{"Person:M. V. Zakharova"}},
		{"names listed after a plural outlet noun (pat.org.plural-list)", "The two agencies, Lakepost and Hillnews, will share photos. Media outlets such as Hillvoice and Lakeline attended. Among the guests were the agencies Baynews, Coastpress and Rivernet.",
			[]string{"Organization:Lakepost=org:lakepost", "Organization:Hillnews=org:hillnews", "Organization:Hillvoice=org:hillvoice", "Organization:Lakeline=org:lakeline", "Organization:Baynews=org:baynews", "Organization:Coastpress=org:coastpress", "Organization:Rivernet=org:rivernet"}, nil},
		{"a list after including splits a name a head joined by and", "Several media outlets including Lakestar, Bay Echo and Rivertown Daily will get the footage. The two broadcasters, Fjordvision and Coast TV, agreed.",
			[]string{"Organization:Lakestar=org:lakestar", "Organization:Bay Echo=org:bay-echo", "Organization:Rivertown Daily=org:rivertown-daily", "Organization:Fjordvision=org:fjordvision", "Organization:Coast TV=org:coast-tv"},
			[]string{"Organization:Bay Echo and Rivertown Daily=org:bay-echo-and-rivertown-daily", "Organization:Fjordvision and Coast TV=org:fjordvision-and-coast-tv"}},
		{"no list of names after a plural noun without a determiner or cue, or with a country", "Newspapers Monday carried it. Local agencies Lakepost and Hillnews said so. The agencies, China and Kenya, agreed. The two agencies, Hill and Lake, then Omar Felan Dunmore said.",
			nil, []string{"Organization:Lakepost=org:lakepost", "Organization:Hillnews=org:hillnews", "Organization:Monday=org:monday", "Organization:China=org:china"}},
		{"holders in a list of officials closed by semicolons", "Also present were the director of the Lakeland News Agency (LNA), Yanelis Ortiz Rivera; the editor of Hill Voice, Tomasz Wrobel-Nowak; and others.",
			[]string{"Person:Yanelis Ortiz Rivera", "Person:Tomasz Wrobel-Nowak"}, nil},
		{"a role noun after an organization in a title-case headline", "Xinhua Chief Omar Felan Dunmore Visits Lakeland News Agency\n\nThe guests toured the newsroom on Monday.",
			[]string{"Person:Omar Felan Dunmore"}, []string{"Person:Omar Felan Dunmore Visits"}},
		{"a capitalised role noun outside a headline opens no name", "The Xinhua Chief Correspondent Office opened in Nairobi on Monday.",
			nil, []string{"Person:Correspondent Office"}},
		{"a quoted native name in lower case after its first word", `They visited the newspaper "Xalq so'zi" and the weekly "Narodnoye slovo" on Monday.`,
			[]string{`Organization:"Xalq so'zi"=org:xalq-sozi`, `Organization:"Narodnoye slovo"=org:narodnoye-slovo`}, nil},
		{"a quoted phrase with English small words is no name", `The newspaper "Strong ties for peace" ran on Monday.`,
			nil, []string{`Organization:"Strong ties for peace"=org:strong-ties-for-peace`}},
		{"a brand with a channel's number or a web address after a source cue (pat.org.brand-source)", "He said in an interview with Rustavi 2 later that day. The minister told Lakepress.ge that it was fine, according to Kanal 13.",
			[]string{"Organization:Rustavi 2=org:rustavi-2", "Organization:Lakepress.ge=org:lakepressge", "Organization:Kanal 13=org:kanal-13"}, nil},
		{"no brand from a number after another cue or a plain word", "He returned to Terminal 2 and told Omar Felan about Article 5. He told Lakenet nothing.",
			nil, []string{"Organization:Terminal 2=org:terminal-2", "Organization:Lakenet=org:lakenet"}},
		{"Press, Front and Hub end names", "The Lakeland Press and the Valley Media Front signed. The Coast Press Network and the Pacific Media Hub agreed.",
			[]string{"Organization:Lakeland Press=org:lakeland-press", "Organization:Valley Media Front=org:valley-media-front", "Organization:Pacific Media Hub=org:pacific-media-hub"}, nil},
		{"no name from a press secretary or a country's press", "White House Press Secretary Omar Felan said the Honduran Press had not been told.",
			[]string{"Person:Omar Felan"}, []string{"Organization:White House Press=org:white-house-press", "Organization:Honduran Press=org:honduran-press"}},
		{"a head at the end of a quoted title names nothing; a quoted name does", "They held the forum “New Era of Journalism: Goodbye to Typical Press” and met the weekly \"Lakeland Press\" on Monday.",
			[]string{`Organization:"Lakeland Press"=org:lakeland-press`}, []string{"Organization:Typical Press=org:typical-press"}},
		{"a unit's name in apposition after its owner's possessive (pat.org.unit-appos)", "The page is produced by Fjordvision's Sami-language desk, Davvi Media. Lakepost's training arm, Hill Media School, opened.",
			[]string{"Organization:Davvi Media=org:davvi-media", "Organization:Hill Media School=org:hill-media-school"}, nil},
		{"no unit's name without a possessive owner or with a person after the comma", "The news desk, Davvi Media, opened. The agency's Africa desk, Omar Felan said, grew.",
			nil, []string{"Organization:Davvi Media=org:davvi-media", "Organization:Omar Felan=org:omar-felan"}},
		{"a country's name or a brand with a channel's number before an outlet noun", "He spoke to the Belarus 1 TV channel on Monday and to the Lakeview 24 channel later.",
			[]string{"Organization:Belarus 1=org:belarus-1", "Organization:Lakeview 24=org:lakeview-24"}, nil},
		{"no name from a number alone before an outlet noun", "He spoke to the 24 channel and to the 3 newspapers on Monday.",
			nil, []string{"Organization:24=org:24"}},
		{"the members a body unites are part of its name", "The Union of News Agencies in OIC Member States met. The Director General of the Federation of Press Councils in the Member States of the Organization of Islamic Cooperation Omar Al-Felani spoke.",
			[]string{"Organization:Union of News Agencies in OIC Member States=org:union-of-news-agencies-in-oic-member-states", "Organization:Federation of Press Councils in the Member States of the Organization of Islamic Cooperation=org:federation-of-press-councils-in-the-member-states-of-the-organization-of-islamic-cooperation", "Person:Omar Al-Felani"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := tagText(t, c.body)
			var got []string
			for _, m := range ms {
				got = append(got, show(m))
			}
			for _, w := range c.want {
				if !has(ms, w) {
					t.Errorf("missing %s\n got %s", w, strings.Join(got, " | "))
				}
			}
			for _, n := range c.not {
				if has(ms, n) {
					t.Errorf("unwanted %s\n got %s", n, strings.Join(got, " | "))
				}
			}
		})
	}
}
