package tag

import "testing"

// TestRound9Entities: constructions of organizations and persons read
// from the held-back page sets of rounds 7 and 8 (round 9 of issue 11).
// Every sentence is the team's own.
func TestRound9Entities(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"a name after an honorific before and is a person's, no part of an organization", "Talks were held between LNA Director General Mrs Amina Wekesa-Otieno and Hill Media Group Chief Executive Mr Omar Felan. The deal was signed by Dr Lena Marsh and Coast Radio Corporation.",
			[]string{"Person:Amina Wekesa-Otieno", "Person:Lena Marsh"},
			[]string{"Organization:Amina Wekesa-Otieno and Hill Media Group=org:amina-wekesa-otieno-and-hill-media-group", "Organization:Lena Marsh and Coast Radio Corporation=org:lena-marsh-and-coast-radio-corporation"}},
		{"names joined by and without an honorific stay one organization", "The Lakeland Broadcasting and Television Corporation signed.",
			nil, []string{"Organization:Television Corporation=org:television-corporation"}},
		{"an analyst, a commentator or a player in lower case before a name", "Media analyst Ramon Cruz-Villanueva said the deal was fair. The commentator Tomasz Wrobel-Nowak disagreed. A goal by striker Luis Alberto Ortega Quispe and a save by goalkeeper Diego Ruiz Aranda decided it.",
			[]string{"Person:Ramon Cruz-Villanueva", "Person:Tomasz Wrobel-Nowak", "Person:Luis Alberto Ortega Quispe", "Person:Diego Ruiz Aranda"}, nil},
		{"a holder after an organization's name with its acronym and short name in parentheses", "He met the Director General of Lakeland News Agency (LNA, Lake News) Omar Felan Dunmore on Monday. The Editor of the Hill Times (HT) Lena Marsh spoke.",
			[]string{"Person:Omar Felan Dunmore", "Person:Lena Marsh"}, nil},
		{"legislatures known by their own-language name", "The Speaker of the Jogorku Kenesh met members of the Majlisi Oli and the Verkhovna Rada.",
			[]string{"Organization:Jogorku Kenesh=org:kgz-jogorku-kenesh", "Organization:Majlisi Oli=org:tjk-majlisi-oli", "Organization:Verkhovna Rada=org:ukr-verkhovna-rada"}, nil},
		{"a Romance particle between the words of a name after an outlet noun", "Guests came from the Chilean daily El Faro del Norte and the weekly Voz de la Costa on Monday.",
			[]string{"Organization:El Faro del Norte=org:el-faro-del-norte", "Organization:Voz de la Costa=org:voz-de-la-costa"}, nil},
		{"a network after a country's adjective, a site after investigative or news", "The Kenyan network Lakevision and the investigative site Hillleaks joined, as did the news site Baypost.",
			[]string{"Organization:Lakevision=org:lakevision", "Organization:Hillleaks=org:hillleaks", "Organization:Baypost=org:baypost"}, nil},
		{"no outlet from a network or a site of another kind", "The road network Lakeland grew. The heritage site Aksum and the network Hill opened.",
			nil, []string{"Organization:Lakeland=org:lakeland", "Organization:Aksum=org:aksum", "Organization:Hill=org:hill"}},
		{"regional blocs the gazetteer knows", "The East African Community (EAC) and IGAD met the Economic Community of Central African States.",
			[]string{"Organization:East African Community=org:eac", "Organization:EAC=org:eac", "Organization:IGAD=org:igad", "Organization:Economic Community of Central African States=org:eccas"}, nil},
		{"a channel's word after a broadcaster the gazetteer knows (pat.org.channel-tail)", "The series airs on Cubavisión Internacional and CGTN Portuguese. Viewers of CGTN Arabic wrote in.",
			[]string{"Organization:Cubavisión Internacional=org:cubavisión-internacional", "Organization:CGTN Portuguese=org:cgtn-portuguese", "Organization:CGTN Arabic=org:cgtn-arabic"},
			[]string{"Country:Portuguese=country:PRT"}},
		{"no channel before a service noun, a longer name or after another organization", "The CGTN English service ran it. The CGTN French Desk and Xinhua International agreed. The Japan Broadcasting Corporation, NHK International, signed.",
			nil, []string{"Organization:CGTN English=org:cgtn-english", "Organization:NHK International=org:nhk-international", "Organization:CGTN French=org:cgtn-french", "Organization:Xinhua International=org:xinhua-international"}},
		{"New before a name word after the head's for or of", "The Hill Foundation for New Media Studies and the Lakeland Institute of New Journalism signed with the Coast Centre for New Ibero-American Reporting.",
			[]string{"Organization:Hill Foundation for New Media Studies=org:hill-foundation-for-new-media-studies", "Organization:Lakeland Institute of New Journalism=org:lakeland-institute-of-new-journalism", "Organization:Coast Centre for New Ibero-American Reporting=org:coast-centre-for-new-ibero-american-reporting"}, nil},
		{"no New at the end of a name or before a lower-case word", "The Hill Foundation for New projects opened. The Lakeland Institute said New talks begin.",
			nil, []string{"Organization:Hill Foundation for New=org:hill-foundation-for-new"}},
		{"Spanish and Portuguese outlets and bodies opened by their head", "Guests came from Uruguay's Semanario Brecha, the Colegio de Periodistas de Lakeland and Rede Lakeminas. The films air on Canal Hill and in the Diario Lakeland.",
			[]string{"Organization:Semanario Brecha=org:semanario-brecha", "Organization:Colegio de Periodistas de Lakeland=org:colegio-de-periodistas-de-lakeland", "Organization:Rede Lakeminas=org:rede-lakeminas", "Organization:Canal Hill=org:canal-hill", "Organization:Diario Lakeland=org:diario-lakeland"}, nil},
		{"no channel from a waterway's canal", "He walked along Canal Street to the Suez Canal Authority offices.",
			nil, []string{"Organization:Canal Street=org:canal-street", "Organization:Canal Authority=org:canal-authority"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTags(t, c.body, c.want, c.not) })
	}
}
