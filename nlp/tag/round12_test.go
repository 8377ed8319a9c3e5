package tag

import "testing"

// TestRound12Entities: constructions of organizations and persons read
// from the held-back page sets of round 11 (round 12 of issue 11). Every
// sentence is the team's own.
func TestRound12Entities(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"a one-word place inside a titled person's name, then a surname (pat.person.title-name)", "Hill TV Director Paulo Lima Santos said the deal was done. Editor Ana Quito Ramos agreed.",
			[]string{"Person:Paulo Lima Santos", "Person:Ana Quito Ramos"}, []string{"Place:Lima"}},
		{"a place after a titled name with a capitalised word after it stays a place", "Chairman Omar Felan Lima Today reported it.",
			nil, []string{"Person:Omar Felan Lima Today"}},
		{"a title joined to its body by in, the holder after the body (pat.person.title-org-name)", "It was signed before Joint Secretary in the Ministry of Culture and Tourism Anil Mehra. An Officer in the Department of Information Grace Wanjiru attended.",
			[]string{"Organization:Ministry of Culture and Tourism=org:ministry-of-culture-and-tourism", "Person:Anil Mehra", "Organization:Department of Information=org:department-of-information", "Person:Grace Wanjiru"},
			[]string{"Organization:Ministry of Culture and Tourism Anil Mehra=org:ministry-of-culture-and-tourism-anil-mehra"}},
		{"a moderator or convener is a title before or in apposition to a name", "Moderator Kwame Boateng opened the panel. The alliance's convener, Nadia Haddad, and its convenor, Tomas Berg, signed.",
			[]string{"Person:Kwame Boateng", "Person:Nadia Haddad", "Person:Tomas Berg"}, nil},
		{"a prize category is no organization (pat.org.award-category)", "Hill Radio collected Best Radio Documentary and Best Television Feature. The Lake Courier was named Daily Newspaper of the Year, and Nyota FM Radio Station of the Year. Both air a Radio Programme for farmers.",
			[]string{"Organization:Hill Radio=org:hill-radio"},
			[]string{"Organization:Best Radio Documentary and Best Television=org:best-radio-documentary-and-best-television", "Organization:Best Television=org:best-television",
				"Organization:Daily Newspaper of the Year=org:daily-newspaper-of-the-year", "Organization:Radio Programme=org:radio-programme"}},
		{"an organization before of the and a lower-case year stays", "The Lakeland Broadcasting Corporation of the year 1990 had one channel. Radio Hillside reported it.",
			[]string{"Organization:Radio Hillside=org:radio-hillside"}, nil},
		{"the speaker after said and an organization's possessive (pat.person.said-name)", "\"We are ready,\" said Xinhua's Chen Yuhua, and the talks went on. \"Not yet,\" said BBC's Karin Holt.",
			[]string{"Person:Chen Yuhua", "Person:Karin Holt"}, nil},
		{"a possessive after said that is no organization's opens no name", "He said Kenya's Hill Valley Road, a new one, was closed.",
			nil, []string{"Person:Hill Valley Road"}},
		{"a French demonym after a prefix head is the name's adjective (pat.org.prefix-name)", "Crews of Télévision Togolaise and the Radio Camerounaise met editors of the Agence Béninoise de Presse.",
			[]string{"Organization:Télévision Togolaise=org:télévision-togolaise", "Organization:Radio Camerounaise=org:radio-camerounaise"}, nil},
		{"a French demonym alone names its country", "The Ivoirienne delegation and a Sénégalais crew arrived.",
			[]string{"Country:Ivoirienne=country:CIV", "Country:Sénégalais=country:SEN"}, nil},
		{"an acronym after a second name of the same organization in parentheses wins over the gazetteer's reading", "Trainees came from the Senegalese Press Agency (Agence de Presse Sénégalaise, APS). APS will host the next course.",
			[]string{"Organization:APS=org:aps-senegal"}, []string{"Organization:APS=org:aps"}},
		{"a known acronym alone keeps the gazetteer's reading", "APS reported the visit from Algiers.",
			[]string{"Organization:APS=org:aps"}, nil},
		{"a name after an unknown acronym's possessive before a statement verb or after said (pat.person.name-said, said-name)", "LTN's Grace Achieng-Otieno warned of cuts, and \"it is late,\" said KBX's Ivan Petrov, while HRT's Mira Kos added nothing.",
			[]string{"Person:Grace Achieng-Otieno", "Person:Ivan Petrov", "Person:Mira Kos"}, nil},
		{"a capitalised run after an acronym's possessive with no statement verb is no person", "LTN's Hill Valley Office opened.",
			nil, []string{"Person:Hill Valley Office", "Person:Hill Valley"}},
		{"All in capitals inside a sentence opens an organization's name (pat.org.head)", "Pilots of All Lakeland Airways and editors of the All Hill Journalists Association met.",
			[]string{"Organization:All Lakeland Airways=org:all-lakeland-airways", "Organization:All Hill Journalists Association=org:all-hill-journalists-association"}, nil},
		{"All opening a sentence is no word of the name", "All Lakeland Radio staff joined.",
			[]string{"Organization:Lakeland Radio=org:lakeland-radio"}, []string{"Organization:All Lakeland Radio=org:all-lakeland-radio"}},
		{"a syndicate is an organization's head", "The Lakeland Journalists Syndicate and the Hill Press Syndicate protested.",
			[]string{"Organization:Lakeland Journalists Syndicate=org:lakeland-journalists-syndicate", "Organization:Hill Press Syndicate=org:hill-press-syndicate"}, nil},
		{"the object of a headline's verb of criticism is no name (pat.org.head.headline-verb)", "Press Union Slams State Broadcaster Over Coverage\nThe union said the broadcaster was biased.",
			nil, []string{"Organization:State Broadcaster=org:state-broadcaster", "Organization:Press Union Slams State Broadcaster=org:press-union-slams-state-broadcaster"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTags(t, c.body, c.want, c.not) })
	}
}
