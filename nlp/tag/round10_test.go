package tag

import "testing"

// TestRound10Entities: constructions of organizations and persons read
// from the held-back page sets of round 9 (round 10 of issue 11). Every
// sentence is the team's own.
func TestRound10Entities(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"a Romance name with words in lower case that its acronym spells (pat.org.acronym-name-romance)", "Reporters of the Agence ivoirienne de presse (AIP) and the Autorité de régulation de la communication audiovisuelle (ARCA) met. The Sindicato de periodistas de Lakeland (SPL) agreed.",
			[]string{"Organization:Agence ivoirienne de presse=org:agence-ivoirienne-de-presse", "Organization:AIP=org:agence-ivoirienne-de-presse",
				"Organization:Autorité de régulation de la communication audiovisuelle=org:autorité-de-régulation-de-la-communication-audiovisuelle",
				"Organization:Sindicato de periodistas de Lakeland=org:sindicato-de-periodistas-de-lakeland"}, nil},
		{"an elided particle inside a Romance name in capitals", "Students of the Centre d'Études des Médias et de l'Information (CEMI) joined.",
			[]string{"Organization:Centre d'Études des Médias et de l'Information=org:centre-détudes-des-médias-et-de-linformation", "Organization:CEMI=org:centre-détudes-des-médias-et-de-linformation"}, nil},
		{"no Romance name when the acronym does not spell it or no particle joins it", "The Agence malienne de presse et de publicité (AMP) met the Lake hill group (LHG).",
			nil, []string{"Organization:Agence malienne de presse et de publicité=org:agence-malienne-de-presse-et-de-publicité", "Organization:Lake hill group=org:lake-hill-group"}},
		{"a language alone before an apposition is no outlet", "News goes out in Kazakh, Uzbek, Russian and English, the agency said. Stories in Swahili, the language of the coast, ran.",
			nil, []string{"Organization:English=org:english", "Organization:Swahili=org:swahili"}},
		{"a channel's number after a broadcaster (pat.org.channel-number)", "The show airs on SABC 2, on KBS 2TV and on NHK simultaneously. Later Radio Lakeside 3 won a prize.",
			[]string{"Organization:SABC 2=org:sabc-2", "Organization:KBS 2TV=org:kbs-2tv", "Organization:Radio Lakeside 3=org:radio-lakeside-3"}, nil},
		{"no channel from a count, a date or a share after a broadcaster", "The ZBC 14 reporters left. The BBC 2 May report was read. The SABC 3% share fell. The Kenya Broadcasting Corporation 5 sat.",
			[]string{"Organization:ZBC=org:zbc", "Organization:BBC=org:bbc", "Organization:SABC=org:sabc"},
			[]string{"Organization:ZBC 14=org:zbc-14", "Organization:BBC 2=org:bbc-2", "Organization:SABC 3=org:sabc-3", "Organization:Kenya Broadcasting Corporation 5=org:kenya-broadcasting-corporation-5"}},
		{"a holder after a mission's host country and a comma", "The forum heard the Head of the Delegation of the Lakeland Union to Kenya, Marta Oksanen-Lind, who praised it. The Ambassador of Kenya to China, Wanjiru Kamau, spoke too.",
			[]string{"Person:Marta Oksanen-Lind", "Person:Wanjiru Kamau"}, nil},
		{"a newsroom desk before an editor after a possessive", "The Hill Times' digital editor, Martín Ezequiel Soto, and the agency's political editor, Anna Lind, spoke. Its sports editor, Ruth Kell, agreed.",
			[]string{"Person:Martín Ezequiel Soto", "Person:Anna Lind", "Person:Ruth Kell"}, nil},
		{"an engineer's abbreviated title before a name", "The union's Director General Eng. Khalid Saeed Al-Harthi opened the festival. Eng. Omar Felan spoke after him.",
			[]string{"Person:Khalid Saeed Al-Harthi", "Person:Omar Felan"}, []string{"Person:Eng=person:eng"}},
		{"a minister's portfolio list is no body; the ministry is", "Lakeland's Deputy Minister of Information, Publicity and Broadcasting Services, Mrs Anna Lind, came. Funds come through the Ministry of Youth, Sports and Cultural Services.",
			[]string{"Organization:Ministry of Youth, Sports and Cultural Services=org:ministry-of-youth-sports-and-cultural-services"},
			[]string{"Organization:Publicity and Broadcasting Services=org:publicity-and-broadcasting-services"}},
		{"a company named after a company's noun in lower case", "Figures from the audience research firm Hillmark Data showed it. The owner, the Kenyan group Lakeview Bros. Media, agreed, as did the company Coastline Kenya.",
			[]string{"Organization:Hillmark Data=org:hillmark-data", "Organization:Lakeview Bros. Media=org:lakeview-bros-media", "Organization:Coastline Kenya=org:coastline-kenya"}, nil},
		{"no company before a company's noun, no person after it", "The Lakeland company said so. The firm Anna Lind joined was small.",
			nil, []string{"Organization:Lakeland=org:lakeland", "Organization:Anna Lind=org:anna-lind"}},
		{"an Arabic article and a two-letter acronym after an outlet noun", "The Lebanese newspaper An-Nahar and the Danish broadcaster DR won. The channel TV showed it.",
			[]string{"Organization:An-Nahar=org:an-nahar", "Organization:DR=org:dr"}, []string{"Organization:TV=org:tv"}},
		{"untagged members of a list of organizations (pat.org.list-member)", "Editors from the BBC, ARD, Lakefilm of Finland and Czech Television met. Interns go to the Daily Monitor, the Hillside Herald and New Coastline. The panel joined Xinhua, Peru's Diario Sur and TASS.",
			[]string{"Organization:Lakefilm=org:lakefilm", "Organization:Hillside Herald=org:hillside-herald", "Organization:New Coastline=org:new-coastline", "Organization:Diario Sur=org:diario-sur"},
			[]string{"Country:Finland=org:finland"}},
		{"an acronym after one media outlet and and", "The series airs on SABC News and HBX from May. It airs on SABC 2, HBY and the channels of other members.",
			[]string{"Organization:HBX=org:hbx", "Organization:HBY=org:hby", "Organization:SABC 2=org:sabc-2"}, nil},
		{"no list member from a person, a place, a modifier or a name of a country's voice", "Xinhua, Anna Lindqvist and TASS attended. The BBC, CNN and Lakeside Park opened. It came from Xinhua and the Hillside provincial government. The BRICS and BRI plans met. Reporters of Xinhua, Voice of Kenya (VOK) and TASS came.",
			nil, []string{"Organization:Anna Lindqvist=org:anna-lindqvist", "Organization:Lakeside Park=org:lakeside-park", "Organization:Hillside=org:hillside", "Organization:BRI=org:bri", "Organization:Voice=org:voice"}},
		{"a court is a state body by its head", "The party will go to the Constitutional Court. The union went to the Employment and Labour Relations Court. The Court of Appeal ruled.",
			[]string{"Organization:Constitutional Court=org:constitutional-court", "Organization:Employment and Labour Relations Court=org:employment-and-labour-relations-court", "Organization:Court of Appeal=org:court-of-appeal"}, nil},
		{"an editors' forum with its acronym or country is a body (pat.org.editors-forum)", "The Editors' Forum of Malawi (EFM) and the Hill National Editors' Forum (HNEF) agreed. The Coast worked with the Lakeside Editors Forum (LEF).",
			[]string{"Organization:Editors' Forum of Malawi=org:editors-forum-of-malawi", "Organization:Hill National Editors' Forum=org:hill-national-editors-forum", "Organization:HNEF=org:hill-national-editors-forum", "Organization:Lakeside Editors Forum=org:lakeside-editors-forum"}, nil},
		{"a forum of other people or without acronym or country stays a gathering", "The ongoing Belt and Road Journalists Forum took place in Beijing. The Lakeside Editors Forum opens on Monday.",
			nil, []string{"Organization:Belt and Road Journalists Forum=org:belt-and-road-journalists-forum", "Organization:Lakeside Editors Forum=org:lakeside-editors-forum"}},
		{"a city's name before a street head names a street or quarter", "Crews will train at the broadcaster's Auckland Park studios. The office is on Nairobi Road.",
			nil, []string{"Place:Auckland=place:auckland", "Place:Nairobi=place:nairobi"}},
		{"a city's name alone is the city", "The forum met in Auckland near the park.",
			[]string{"Place:Auckland=place:auckland"}, nil},
		{"the last of a list of languages before its noun is a language", "The agency runs its Spanish, English and Portuguese services. Chinese and Kenyan media met.",
			[]string{"Country:Chinese=country:CHN", "Country:Kenyan=country:KEN"}, []string{"Country:Portuguese=country:PRT", "Country:Spanish=country:ESP"}},
		{"a numbered channel after a known broadcaster and Channel, a channel's word before channel in lower case", "The drama will air on KBC Channel 1 in March. Viewers of the Al Jazeera Documentary channel wrote in. It ran on the NHK channel.",
			[]string{"Organization:KBC Channel 1=org:kbc-channel-1", "Organization:Al Jazeera Documentary=org:al-jazeera-documentary", "Organization:NHK=org:nhk"}, nil},
		{"an acronym in parentheses before a comma and another name of the body", "The Georgian Public Broadcaster (GPB, the public channel) signed. GPB said the deal would last.",
			[]string{"Organization:GPB=org:georgian-public-broadcaster"}, nil},
		{"a headline's generic short form the body writes in lower case is no name", "Journalists' Union Slams Lake Radio Over Sacking\n\nThe Lakeland Union of Journalists condemned the sacking. The union said journalists would strike.",
			[]string{"Organization:Lakeland Union of Journalists=org:lakeland-union-of-journalists"}, []string{"Organization:Journalists' Union=org:journalists-union"}},
		{"a place noun after a name's of-part makes it a place's", "Amurskaya Zvezda of the Amur region signed. The Department of Culture of the Amur region met.",
			[]string{"Organization:Department of Culture=org:department-of-culture"}, []string{"Organization:Amurskaya Zvezda of the Amur=org:amurskaya-zvezda-of-the-amur", "Organization:Department of Culture of the Amur=org:department-of-culture-of-the-amur"}},
		{"a union of agencies its acronym spells over a known name inside", "Support came from the West Lakeland Union of News Agencies (WLUNA) and the Lakeside Federation of Journalists (LFJ).",
			[]string{"Organization:West Lakeland Union of News Agencies=org:west-lakeland-union-of-news-agencies", "Organization:WLUNA=org:west-lakeland-union-of-news-agencies"}, nil},
		{"an agency a country's adjective alone names is no name", "The Turkish Agency said so. Prensa Latina And Bolivian Agency Renew Alliance.",
			nil, []string{"Organization:Turkish Agency=org:turkish-agency", "Organization:Bolivian Agency=org:bolivia-agency"}},
		{"a name in its own language and an acronym in parentheses are the body's", "The National Union of Lakeland Reporters (Sindicato Nacional dos Repórteres, SNR) protested. The SNR said so.",
			[]string{"Organization:Sindicato Nacional dos Repórteres=org:national-union-of-lakeland-reporters", "Organization:SNR=org:national-union-of-lakeland-reporters"}, nil},
		{"a known state body's name goes on with its own country", "The forum was run by the Ministry of Digital Development, Communications and Mass Media of the Russian Federation. The State Council Information Office of China agreed; the Ministry of Digital Development, Communications and Mass Media of Kenya did not.",
			[]string{"Organization:Ministry of Digital Development, Communications and Mass Media of the Russian Federation=org:russia-ministry-of-digital-development",
				"Organization:State Council Information Office of China=org:scio"},
			[]string{"Organization:Ministry of Digital Development, Communications and Mass Media of Kenya=org:russia-ministry-of-digital-development"}},
		{"a name before at and an organization is a person's", "Neither chief executive, Rui Valadares Pinto at Xinhua nor the board, replied. Talks at Xinhua ended.",
			[]string{"Person:Rui Valadares Pinto"}, []string{"Person:Talks"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTags(t, c.body, c.want, c.not) })
	}
}
