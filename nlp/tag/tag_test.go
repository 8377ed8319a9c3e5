package tag

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mediakg/mediakg/internal/devcorpus"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/lexicon"
	"github.com/mediakg/mediakg/nlp/segment"
)

var (
	once     sync.Once
	tagger   *Tagger
	seg      *segment.Segmenter
	setupErr error
)

func setup(t testing.TB) {
	t.Helper()
	once.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			setupErr = err
			return
		}
		l, err := lexicon.Load()
		if err != nil {
			setupErr = err
			return
		}
		if tagger, setupErr = New(g, l); setupErr != nil {
			return
		}
		seg, setupErr = segment.New()
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
}

// tagText tags body (published 2020-10-22, a Thursday) and returns its
// mentions as "Type:text=id" strings.
func tagText(t testing.TB, body string) []document.Mention {
	setup(t)
	d := &document.Document{Article: document.Article{Body: body, Published: "2020-10-22"}}
	seg.Apply(d)
	tagger.Apply(d)
	return d.Mentions
}

func show(m document.Mention) string {
	s := fmt.Sprintf("%s:%s", m.Type, m.Text)
	if m.EntityID != "" {
		s += "=" + m.EntityID
	}
	if m.Value != "" {
		s += "#" + m.Value
	}
	return s
}

func has(ms []document.Mention, want string) bool {
	for _, m := range ms {
		if show(m) == want {
			return true
		}
	}
	return false
}

// checkTags tags body and reports every mention of want (as show prints
// it) that is missing and every one of not that is there.
func checkTags(t *testing.T, body string, want, not []string) {
	t.Helper()
	ms := tagText(t, body)
	var got []string
	for _, m := range ms {
		got = append(got, show(m))
	}
	for _, w := range want {
		if !has(ms, w) {
			t.Errorf("missing %s\n got %s", w, strings.Join(got, " | "))
		}
	}
	for _, n := range not {
		if has(ms, n) {
			t.Errorf("unwanted %s\n got %s", n, strings.Join(got, " | "))
		}
	}
}

func TestHardCases(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"two names joined by and: a known organization before", "Xinhua News Agency and Nation Media Group signed a deal.",
			[]string{"Organization:Xinhua News Agency=org:xinhua", "Organization:Nation Media Group=org:nation-media-group"}, []string{"Organization:Xinhua News Agency and Nation Media Group"}},
		{"two names joined by and: a head before, a proper word after", "The Riverside Post and Valley Television will share content.",
			[]string{"Organization:Riverside Post=org:riverside-post", "Organization:Valley Television=org:valley-television"}, []string{"Organization:Riverside Post and Valley Television"}},
		{"and inside one name: heads only after it", "The Lakeside Radio and Television Administration and the Hill Trade and Industry Department met.",
			[]string{"Organization:Lakeside Radio and Television Administration=org:lakeside-radio-and-television-administration", "Organization:Hill Trade and Industry Department=org:hill-trade-and-industry-department"}, nil},
		{"a titled holder after the organization's last head", "The talks were attended by Dean of the Faculty of Journalism of Riverside University Anna Petrova.",
			[]string{"Organization:Faculty of Journalism of Riverside University=org:faculty-of-journalism-of-riverside-university", "Person:Anna Petrova"}, []string{"Organization:Faculty of Journalism of Riverside University Anna Petrova"}},
		{"a titled holder right after the organization", "They met Vice Chairperson of the Lakeside Provincial Assembly Standing Committee Wang Lin on Monday.",
			[]string{"Organization:Lakeside Provincial Assembly Standing Committee=org:lakeside-provincial-assembly-standing-committee", "Person:Wang Lin"}, nil},
		{"no holder without a title", "The Hill Country Broadcasting Corporation Board Meeting opened.",
			nil, []string{"Person:Board Meeting"}},
		{"a quoted part of a name", `The TV and Radio Company "Volga" joined the network.`,
			[]string{`Organization:TV and Radio Company "Volga"=org:tv-and-radio-company-volga`}, nil},
		{"a short form after the full name", "The Lakeside Press Council met the Riverside Post. The Council praised the Post, and the Council of Europe agreed.",
			[]string{"Organization:Council=org:lakeside-press-council", "Organization:Post=org:riverside-post"}, []string{"Organization:Council=org:council-of-europe"}},
		{"ministry name with a comma list", "Xinhua and the Ministry of Information, Culture and Tourism of Laos will cooperate.",
			[]string{"Organization:Ministry of Information, Culture and Tourism of Laos=org:laos-ministry-of-information-culture-and-tourism"}, []string{"Organization:Ministry of Information=org:ministry-of-information"}},
		{"organization name with its parent after 'of the'", "The forum was organised by the Publicity (Propaganda) Department of the Central Committee of the Communist Party of China.",
			[]string{"Organization:Publicity (Propaganda) Department of the Central Committee of the Communist Party of China=org:publicity-propaganda-department-of-the-central-committee-of-the-communist-party-of-china"}, nil},
		{"alias parenthesis names the same organization", "The Foreign Languages Publication Administration (officially known as Arcadia Publishing Group or APG) joined.",
			[]string{"Organization:Foreign Languages Publication Administration=org:foreign-languages-publication-administration", "Organization:Arcadia Publishing Group=org:foreign-languages-publication-administration", "Organization:APG=org:foreign-languages-publication-administration"}, nil},
		{"person in apposition to a title of an organization", "The director of Radio Rebelde station, Sofia Mabel Manso, attended.",
			[]string{"Person:Sofia Mabel Manso"}, nil},
		{"person with an organization title in apposition", "Sergey Mikhaylov, TASS (Russia) Director General, spoke.",
			[]string{"Person:Sergey Mikhaylov"}, nil},
		{"title to a place", "Russian Ambassador to Havana Viktor Koronelli said it.",
			[]string{"Person:Viktor Koronelli"}, nil},
		{"demonyms and names", "China and Russia held a video conference for Chinese and Russian media. Russians agreed.",
			[]string{"Country:China=country:CHN", "Country:Russia=country:RUS", "Country:Chinese=country:CHN", "Country:Russian=country:RUS", "Country:Russians=country:RUS"}, nil},
		{"abbreviations", "The U.S. and the UK met the PRC and the Russian Federation.",
			[]string{"Country:U.S.=country:USA", "Country:UK=country:GBR", "Country:PRC=country:CHN", "Country:Russian Federation=country:RUS"}, nil},
		{"pronoun us is no country", "Let us talk, said the china shop.",
			nil, []string{"Country:us=country:USA", "Country:china=country:CHN"}},
		{"combining form", "Sino-Russian media cooperation grew.",
			[]string{"Country:Sino=country:CHN", "Country:Russian=country:RUS"}, nil},
		// persons: name + role phrase in apposition (pat.person.name-role)
		{"apposition: a modified role noun", "Lena Marsh, a senior official from the Lakeside Press Council, spoke.",
			[]string{"Person:Lena Marsh"}, nil},
		{"apposition: a possessive country and a lower-case title", "Tomas Brell, Canada's former minister of culture, and Ivo Kant, branding expert, attended.",
			[]string{"Person:Tomas Brell", "Person:Ivo Kant"}, nil},
		{"apposition: a hyphenated title", "Dara Voss, the vice-minister of culture, noted it.",
			[]string{"Person:Dara Voss"}, nil},
		{"apposition: a capitalised modified title", "A statement signed by Kemi Alade, National Secretary of the LPU, said so.",
			[]string{"Person:Kemi Alade"}, nil},
		{"no apposition without a role", "Dunmore Marsh, a city on the lake, grew.",
			nil, []string{"Person:Dunmore Marsh"}},
		// persons: title + name
		{"said after a closing quote", "“We will share more,” Pavel Orlin said on Monday.",
			[]string{"Person:Pavel Orlin"}, nil},
		{"occupations as titles", "Veteran journalist Omar Felan and writer Ruth Kell met the delegation.",
			[]string{"Person:Omar Felan", "Person:Ruth Kell"}, nil},
		{"title of an acronym", "Vice President of LPC Mark Oden told reporters.",
			[]string{"Person:Mark Oden"}, nil},
		{"title, comma, name, verb", "The President of the LPU, Sara Tenn signed on behalf of the union.",
			[]string{"Person:Sara Tenn"}, nil},
		{"title with a field joined by and", "Minister of Information and Culture Halim Ardi attended.",
			[]string{"Person:Halim Ardi"}, nil},
		{"title in a country", "The Embassy's Minister in Malaysia Chen Lu was present.",
			[]string{"Person:Chen Lu"}, nil},
		// spans: the holder after an organization with its parent or country
		{"holder after a country ending the organization", "Spokesperson for the Ministry of Foreign Affairs of Iran Rafi Dorn held talks.",
			[]string{"Organization:Ministry of Foreign Affairs of Iran=org:iran-ministry-of-foreign-affairs", "Person:Rafi Dorn"}, nil},
		{"a title before of is no part of the organization", "Editor-in-Chief of Lakeside Daily Tom Ash spoke.",
			[]string{"Organization:Lakeside Daily=org:lakeside-daily", "Person:Tom Ash"}, []string{"Organization:Chief of Lakeside Daily=org:chief-of-lakeside-daily"}},
		// organizations by form
		{"embassy with its host country", "The forum was hosted by the Lakeland Embassy in Kenya and the Embassy of Lakeland in Nairobi.",
			[]string{"Organization:Lakeland Embassy in Kenya=org:lakeland-embassy-in-kenya", "Organization:Embassy of Lakeland in Nairobi=org:embassy-of-lakeland-in-nairobi"}, nil},
		{"a known agency with generic words before its head", "Kazinform International News Agency and the TASS Russian News Agency signed it.",
			[]string{"Organization:Kazinform International News Agency=org:kazinform", "Organization:TASS Russian News Agency=org:tass"}, nil},
		{"a field list with an Oxford comma", "The State Administration of Radio, Film, and Television approved it.",
			[]string{"Organization:State Administration of Radio, Film, and Television=org:state-administration-of-radio-film-and-television"}, nil},
		{"a list of organizations is no field list", "It is run with the Ministry of Communications, Lakeside Academy and Institute for Lake Studies.",
			[]string{"Organization:Ministry of Communications=org:ministry-of-communications", "Organization:Lakeside Academy=org:lakeside-academy", "Organization:Institute for Lake Studies=org:institute-for-lake-studies"}, nil},
		{"a known organization after and ends a name", "It was signed by the General Authority for Lakeland Radio and Television and RT.",
			[]string{"Organization:General Authority for Lakeland Radio and Television=org:general-authority-for-lakeland-radio-and-television", "Organization:RT=org:rt"}, nil},
		{"a quoted part before the head", `Director of "Hill Voice" Media Group Rauf Demir spoke.`,
			[]string{`Organization:"Hill Voice" Media Group=org:hill-voice-media-group`, "Person:Rauf Demir"}, nil},
		{"no organization through of without a head before it", "Professor Mia Lund of Lakeside University spoke.",
			[]string{"Organization:Lakeside University=org:lakeside-university", "Person:Mia Lund"}, []string{"Organization:Mia Lund of Lakeside University=org:mia-lund-of-lakeside-university"}},
		{"heads of newspapers and online outlets", "The Lakeside Observer, the Hill Chronicle, Valley Pictorial and Lakeland Economic Net will cooperate.",
			[]string{"Organization:Lakeside Observer=org:lakeside-observer", "Organization:Hill Chronicle=org:hill-chronicle", "Organization:Valley Pictorial=org:valley-pictorial", "Organization:Lakeland Economic Net=org:lakeland-economic-net"}, nil},
		{"a long name with the acronym of a known organization", "The Lakeland News Agency signed with the Moroccan Arab Press Agency (MAP).",
			[]string{"Organization:Moroccan Arab Press Agency=org:map"}, nil},
		{"a long name with a known acronym of another country", "The National Press Council of Kenya (NPC) met.",
			nil, []string{"Organization:National Press Council of Kenya=org:npc"}},
		{"a descriptive name before a known organization", "NAN signed an agreement with the Turkish News Agency, Anadolu.",
			[]string{"Organization:Turkish News Agency=org:anadolu"}, nil},
		{"a descriptive name of another country stays apart", "NAN met the Kenyan News Agency, Anadolu and TASS.",
			nil, []string{"Organization:Kenyan News Agency=org:anadolu"}},
		// persons from given names and surnames (pat.person.given-name)
		{"a list of names that start with given names", "The delegation included Samir Dalloul, Mona Kassab and Ibrahim Nour with two editors.",
			[]string{"Person:Samir Dalloul", "Person:Mona Kassab", "Person:Ibrahim Nour"}, nil},
		{"a surname-first name before a statement verb", "The ties will grow, Wang Jiahe said on Monday.",
			[]string{"Person:Wang Jiahe"}, nil},
		{"a given name in a longer capitalised run is no person", "The Samir Dalloul Cultural Trust Fund opened.",
			nil, []string{"Person:Samir Dalloul"}},
		{"a given name before a common noun is no person", "Victoria Harbour is busy, and the harbour grows.",
			nil, []string{"Person:Victoria Harbour"}},
		{"no person without a context", "They saw Samir Dalloul perform.",
			nil, []string{"Person:Samir Dalloul"}},
		{"no person in a title-case headline", "Samir Dalloul Meets Lakeside Editors",
			nil, []string{"Person:Samir Dalloul Meets"}},
		{"a title of a country in a city", "It was attended by the Consul General of Kenya in Almaty Dima Orlan.",
			[]string{"Person:Dima Orlan"}, nil},
		{"a lower-case title with a lower-case field", "Its director for international cooperation Pavel Orlin and advisor Oleg Marr spoke.",
			[]string{"Person:Pavel Orlin", "Person:Oleg Marr"}, nil},
		{"a listed name before from", "It was signed by the chairmen: Ivan Brin from the Lakeland side and Peter Volk from Kenya.",
			[]string{"Person:Ivan Brin", "Person:Peter Volk"}, nil},
		// organizations in a series (pat.org.series)
		{"a series after such as with known members", "Its partners are outlets such as Xinhua, Lakeside Times and Hill Voice.",
			[]string{"Organization:Hill Voice=org:hill-voice"}, nil},
		{"a series after including", "Agencies including TASS and Dunmore Wire attended.",
			[]string{"Organization:Dunmore Wire=org:dunmore-wire"}, nil},
		{"a series with a country is no organization series", "Partners including Xinhua, Kenya and Dunmore Wire attended.",
			nil, []string{"Organization:Dunmore Wire=org:dunmore-wire"}},
		{"a series without an organization", "Writers such as Dunmore Wire and Hill Voice spoke.",
			nil, []string{"Organization:Dunmore Wire=org:dunmore-wire", "Organization:Hill Voice=org:hill-voice"}},
		// persons listed after a title in the plural (pat.person.title-list)
		{"holders after a capitalised plural title", "Commission Vice-Presidents Lena Marsh and Omar Felan came.",
			[]string{"Person:Lena Marsh", "Person:Omar Felan"}, nil},
		{"one-word holders next to a known person", "Presidents Odhiambo and Xi Jinping met.",
			[]string{"Person:Odhiambo", "Person:Xi Jinping=person:xi-jinping"}, nil},
		{"holders after a lower-case plural title", "It was joined by directors Amir Dalloul, Ruth Kell and Tomas Brell.",
			[]string{"Person:Amir Dalloul", "Person:Ruth Kell", "Person:Tomas Brell"}, nil},
		{"plural nouns after a plural title are no holders", "Leaders of many Journalists Unions and Associations took part.",
			nil, []string{"Person:Unions", "Person:Associations"}},
		// organizations next to an outlet noun (pat.org.noun-name, pat.org.name-noun)
		{"an outlet noun before the name", "The Kenyan media holding Dunmore Media and the news agency Lakepress signed it.",
			[]string{"Organization:Dunmore Media=org:dunmore-media", "Organization:Lakepress=org:lakepress"}, nil},
		{"an outlet noun after the name", "He spoke to the Hill Voice newspaper and the Dunmore portal.",
			[]string{"Organization:Hill Voice=org:hill-voice", "Organization:Dunmore=org:dunmore"}, nil},
		{"a quoted name before an outlet noun", `Editor of "Lake Echo" portal Ruth Kell spoke.`,
			[]string{`Organization:"Lake Echo"=org:lake-echo`, "Person:Ruth Kell"}, nil},
		{"a railway station is no outlet", "They met at the Dunmore station.",
			nil, []string{"Organization:Dunmore=org:dunmore"}},
		{"a head word alone is no outlet name", "He spoke on the Lakeland 1 TV channel.",
			nil, []string{"Organization:TV=org:tv"}},
		// an unknown acronym after a title's "of" (pat.org.title-acronym)
		{"the acronym of a title's organization", "Editor of LPN Ruth Kell spoke.",
			[]string{"Organization:LPN=org:lpn", "Person:Ruth Kell"}, nil},
		{"a minister's field is no organization", "Minister of ICT Ruth Kell spoke.",
			nil, []string{"Organization:ICT=org:ict"}},
		{"the acronym the text defined", "The Lakeside Press Network (LPN) grew. Editor of LPN Ruth Kell spoke.",
			[]string{"Organization:LPN=org:lakeside-press-network"}, nil},
		{"a series after a colon", "The project includes the following agencies: AFP, LPN, Belga and Dunmore Wire.",
			[]string{"Organization:LPN=org:lpn", "Organization:Dunmore Wire=org:dunmore-wire"}, nil},
		{"series members with their countries", "It works with agencies such as Russian TASS, Kenyan LPN and Dunmore Wire (Kenya).",
			[]string{"Organization:LPN=org:lpn", "Organization:Dunmore Wire=org:dunmore-wire"}, nil},
		{"a company's legal form after a comma", "They visited Lakeside Gas Co., Ltd. and Hill Foods Co., Inc. in Nairobi.",
			[]string{"Organization:Lakeside Gas Co., Ltd.=org:lakeside-gas-co-ltd", "Organization:Hill Foods Co., Inc.=org:hill-foods-co-inc"}, nil},
		{"a possessive owns the name", "Kenya’s State Media Council met.",
			[]string{"Organization:State Media Council=org:kenya-state-media-council"}, []string{"Organization:Kenya’s State Media Council=org:kenyas-state-media-council"}},
		{"a name before an outlet noun stands alone", "Heads of Southern African news agencies met. They plan a Caucasus portal.",
			nil, []string{"Organization:Southern African=org:southern-african", "Organization:Caucasus=org:caucasus"}},
		{"honorifics written with spaces", "Chairman H E Saeed bin Omar Al Dunmore spoke, and H H Prince Faisal bin Saad Al Lakeh came.",
			[]string{"Person:Saeed bin Omar Al Dunmore", "Person:Faisal bin Saad Al Lakeh"}, []string{"Person:H E"}},
		{"no name inside a hyphenated compound", "In his State-of-the-Nation-Address, he spoke.",
			nil, []string{"Person:State-of-the-Nation-Address", "Person:Nation-Address"}},
		{"a surname that is a stop word after a title or before a role", "Party General Secretary To Lam came, and He Dong, the editor-in-chief, met them.",
			[]string{"Person:To Lam", "Person:He Dong"}, nil},
		{"a stop word before a capitalised word is no surname elsewhere", "He Said It Was Fine. To Kenya went the prize.",
			nil, []string{"Person:He Said", "Person:To Kenya"}},
		{"a stop-word surname at the end of the text", "The visit was led by To",
			nil, []string{"Person:To"}},
		{"a speaker with an outlet before a colon", `Ruth Kell, Andina News Agency: "We learn." Omar Felan, the Hill Voice newspaper: "We share."`,
			[]string{"Person:Ruth Kell", "Person:Omar Felan"}, nil},
		{"a place with an outlet before a colon is no speaker", `Lakeside Park, Andina News Agency: "We learn."`,
			nil, []string{"Person:Lakeside Park"}},
		// newspapers named with "The" (pat.org.the-name)
		{"a capitalised The in the middle of a sentence", "Ruth Kell, correspondent of The Lakeside Herald, and the editor of The Dunmore spoke.",
			[]string{"Organization:Lakeside Herald=org:lakeside-herald", "Organization:The Dunmore=org:the-dunmore"}, nil},
		{"The at the start of a sentence names nothing", "The Lakeside Herald is old. In The Beginning Was Light.",
			nil, []string{"Organization:The Lakeside Herald=org:the-lakeside-herald", "Organization:The Beginning Was Light=org:the-beginning-was-light"}},
		{"two words glued by a full stop are no name", "They met in Nairobi.Ruth Kell, Andina News Agency: said it.",
			nil, []string{"Person:Nairobi.Ruth Kell"}},
		{"initials before a surname after a title of a country", "It was attended by the Ambassador of Kenya to Egypt G. E. Odera and others.",
			[]string{"Person:G. E. Odera"}, nil},
		{"blocked phrase", "Media from Latin America and the Indo-Pacific attended.",
			nil, []string{"Country:America=country:USA", "Country:Indo=country:IND"}},
		{"languages are not countries", "Sputnik broadcasts in English, Arabic, Spanish and Chinese. The Chinese language is rich.",
			nil, []string{"Country:English=country:GBR", "Country:Spanish=country:ESP", "Country:Chinese=country:CHN"}},
		{"capitals as metonyms", "Beijing and Moscow agreed to cooperate. Ties with Washington grew.",
			[]string{"Country:Beijing=country:CHN", "Country:Moscow=country:RUS", "Country:Washington=country:USA"}, nil},
		{"capital as place", "The forum was held in Beijing. Beijing's Millennium Center hosted it.",
			[]string{"Place:Beijing=place:beijing"}, []string{"Country:Beijing=country:CHN"}},
		{"organization aliases", "Xinhua, Xinhua News Agency, 新华社 and ТАСС signed. People’s Daily reported.",
			[]string{"Organization:Xinhua=org:xinhua", "Organization:Xinhua News Agency=org:xinhua", "Organization:新华社=org:xinhua", "Organization:ТАСС=org:tass", "Organization:People’s Daily=org:peoples-daily"}, nil},
		{"unknown organizations by head", "The Arab States Broadcasting Union and the Lesotho Broadcasting Corporation met the Ministry of Media.",
			[]string{"Organization:Arab States Broadcasting Union=org:asbu", "Organization:Lesotho Broadcasting Corporation=org:lesotho-broadcasting-corporation", "Organization:Ministry of Media=org:ministry-of-media"}, nil},
		{"known org plus generic head", "Sputnik News Agency has inked a deal with Tass News Agency.",
			[]string{"Organization:Sputnik News Agency=org:sputnik", "Organization:Tass News Agency=org:tass"}, nil},
		{"government body of a country", "Saudi Arabia’s Ministry of Media co-sponsored it.",
			[]string{"Organization:Ministry of Media=org:saudi-arabia-ministry-of-media"}, nil},
		{"acronym defined in text", "The Lesotho News and Information Services (LENIS) signed. LENIS will share content.",
			[]string{"Organization:LENIS=org:lesotho-news-and-information-services"}, nil},
		{"a credit in capitals before the name it repeats", "NAIROBI. LAKENEWS Lakenews International News Agency and the Hilltop Press Agency signed.",
			[]string{"Organization:Lakenews International News Agency=org:lakenews-international-news-agency"}, []string{"Organization:LAKENEWS Lakenews International News Agency"}},
		{"country names in local spelling and case", "Việt Nam and the RoK signed.",
			[]string{"Country:Việt Nam=country:VNM", "Country:RoK=country:KOR"}, nil},
		{"acronym set off by commas when the initials spell it", "Co-hosted by the Lakeside Union of Broadcasting, LUB, the forum grew. LUB will share content. The Hilltop Press Agency, KBC, Xinhua and TASS met.",
			[]string{"Organization:LUB=org:lakeside-union-of-broadcasting"}, []string{"Organization:KBC=org:hilltop-press-agency"}},
		{"title and name", "Foreign Minister Wang Yi met Russian President Vladimir Putin and VNA General Director Vu Viet Trang.",
			[]string{"Person:Wang Yi=person:wang-yi", "Person:Vladimir Putin=person:vladimir-putin", "Person:Vu Viet Trang"}, nil},
		{"title of organization and name", "President of China’s Xinhua News Agency Fu Hua spoke.",
			[]string{"Person:Fu Hua=person:fu-hua", "Organization:Xinhua News Agency=org:xinhua"}, nil},
		{"name and title apposition", "Dmitry Kiselev, the director general of the media outlet, said so. Louis Gouend, Director of the Department, spoke.",
			[]string{"Person:Dmitry Kiselev=person:dmitry-kiselyov", "Person:Louis Gouend"}, nil},
		{"honorifics", "H.E. Mr. Nikolay Kudashev met Shri Amit Khare.",
			[]string{"Person:Nikolay Kudashev", "Person:Amit Khare"}, nil},
		{"byline", "The talks ended.\n\n(Web editor: Wen Ying, Liang Jun)",
			[]string{"Person:Wen Ying", "Person:Liang Jun"}, nil},
		{"partial name later", "General Director Vu Viet Trang met Fu Hua. Trang thanked Xinhua.",
			[]string{"Person:Trang"}, nil},
		{"ordinals", "The conference, the 13th of its kind, followed the Third SCO Media Forum and the twenty-first session.",
			[]string{"Ordinal:13th#13", "Ordinal:Third#3", "Ordinal:twenty-first#21"}, nil},
		{"quantities", "It was attended by more than 40 representatives and approximately 140 government officials.",
			[]string{"Quantity:more than 40 representatives#40", "Quantity:approximately 140 government officials#140"}, nil},
		{"named events", "The 13th China-Russia Media Forum and the “Central Asia – China” Media Forum 2025 and the Forum on Enhancing Integration between China and Central Asia.",
			[]string{"Event:China-Russia Media Forum", "Event:Central Asia – China” Media Forum 2025", "Event:Forum on Enhancing Integration between China and Central Asia"}, nil},
		{"event name stops at a date", "the ASEAN-China Media Cooperation Forum on Oct. 14 in Beijing",
			[]string{"Event:ASEAN-China Media Cooperation Forum"}, nil},
		{"event name stops at a headline's verb (pat.event.named.headline-verb)", "The 5th Forum on Lakeside Media Cooperation Opens in Nairobi",
			[]string{"Event:Forum on Lakeside Media Cooperation"}, []string{"Event:Forum on Lakeside Media Cooperation Opens"}},
		{"legislature is no event", "the Legislative Assembly of the State of Rio de Janeiro voted",
			nil, []string{"Event:Legislative Assembly of the State of Rio de Janeiro"}},
		{"event triggers", "a video conference, a videoconference and talks",
			[]string{"Event:video conference", "Event:videoconference", "Event:talks"}, nil},
		{"relative date", "a video conference launched Monday",
			[]string{"Date:Monday#2020-10-19"}, nil},
		// round 3 (issue 4): generalisation to unseen articles
		{"language before a preposition", "The program will be broadcast in Spanish from July.",
			nil, []string{"Country:Spanish=country:ESP"}},
		{"article before a longer name", "the heads of the Associated Press of Pakistan and the Associated Press",
			[]string{"Organization:Associated Press of Pakistan=org:app", "Organization:the Associated Press=org:ap"}, []string{"Organization:the Associated Press=org:app"}},
		{"the field of a title before the name", "Kazakh Minister of Culture and Information Dana Seitkali spoke. Director for International Cooperation Vasily Pushkov signed. Fijian Minister for Information Salote Naivalu agreed.",
			[]string{"Person:Dana Seitkali", "Person:Vasily Pushkov", "Person:Salote Naivalu"}, nil},
		{"title, name,", "CIPCC Director, Yu Lei, said the programme grew.",
			[]string{"Person:Yu Lei"}, nil},
		{"lower-case syllable after a hyphen", "Yonhap President Kim Dong-ho met CEO Park Sung-min.",
			[]string{"Person:Kim Dong-ho", "Person:Park Sung-min"}, nil},
		{"place word ending a titled name", "EBC President Jean Lima said the deal was good.",
			[]string{"Person:Jean Lima"}, []string{"Country:Lima=country:PER", "Place:Lima=place:lima"}},
		{"later two-word part of a name", "WAM Director General Saeed Al Hammadi spoke. Al Hammadi told reporters more.",
			[]string{"Person:Saeed Al Hammadi", "Person:Al Hammadi"}, nil},
		{"place before a title in apposition", "Andrei Kirilov, Beijing bureau chief of TASS, said so.",
			[]string{"Person:Andrei Kirilov"}, nil},
		{"organ of a known body", "The ASEAN Secretariat and the Sputnik News Agency signed.",
			[]string{"Organization:ASEAN Secretariat=org:asean-secretariat", "Organization:Sputnik News Agency=org:sputnik"}, nil},
		{"launch of weapons or force is no launch event", "Israel launched airstrikes on Iran on Friday. Iran then launched a wave of 100 drones. A rocket launch was seen. The launch of two missiles followed. Police launched an investigation.",
			nil, []string{"Event:launched#verb", "Event:launch"}},
		{"launch of a product or channel is a launch event", "Xinhua launched a new app for Arab readers on Monday. The launch of the joint channel drew 40 guests. CGTN launched a documentary on attacks by pirates.",
			[]string{"Event:launched#verb", "Event:launch"}, nil},
		{"a training a participle of holding follows after a comma is a happening", "She said the first such training, held in Mombasa in 2019, had produced fine editors.",
			[]string{"Event:training"}, nil},
		{"training given is an activity", "The agency provided training to 500 journalists, and the editors welcomed it.",
			nil, []string{"Event:training"}},
		{"a course a verb of holding takes is a happening", "The two agencies agreed to hold a course on digital journalism in Havana in March.",
			[]string{"Event:course"}, nil},
		{"a course told as held after its subject is a happening", "A short course on fact-checking for radio editors took place in Lima last month.",
			[]string{"Event:course"}, nil},
		{"an ordinal and a modifier before a course", "The first joint course of the two universities is planned for June.",
			[]string{"Event:course"}, nil},
		{"a length and the course's subject before it", "Twenty editors will attend a two-week data journalism course in Accra.",
			[]string{"Event:course"}, nil},
		{"a certificate course launched is a programme of study", "The university launched a six-month certificate course in data journalism on Monday.",
			nil, []string{"Event:course"}},
		{"a course of study that is only offered or taken is no happening", "She took a four-year journalism course at the university. The course covers ethics and law.",
			nil, []string{"Event:course"}},
		{"a course with a relative clause of its start is a happening", "The course, which began on Monday at the press club, covers radio ethics.",
			[]string{"Event:course"}, nil},
		{"a course with a relative clause of its content is no happening", "The course, which covers radio ethics, is popular.",
			nil, []string{"Event:course"}},
		{"awards held on a night are a ceremony", "The Lakeside Press Club media awards, held on Friday night at the city hall, drew 300 guests.",
			[]string{"Event:awards"}, nil},
		{"an edition of the awards is the subject, not the awards", "The 13th edition of the awards was held in Apia in 2023.",
			nil, []string{"Event:awards"}},
		{"awards won or given are prizes", "The agency won two awards this year. The awards went to its photo desk, and the awards were presented to young reporters.",
			nil, []string{"Event:awards"}},
		{"a course offered is no happening", "The university offers a course in data journalism. Of course, the course of events changed.",
			nil, []string{"Event:course"}},
		{"inauguration of infrastructure is no launch event", "The president inaugurated a new bridge over the river on Monday. A 40-kilometre asphalt road linking two market towns was inaugurated on Friday. The regional hospital was inaugurated last week.",
			nil, []string{"Event:inaugurated#verb"}},
		{"a passive launch of a channel whose subject tells of a war is a launch", "The new channel covering the war in the region was launched in Nairobi on Monday.",
			[]string{"Event:launched#verb"}, nil},
		{"a country's congress is its legislature", "The Peruvian Congress and the US Congress passed laws. Brazil's National Congress met. The World Media Congress opened.",
			[]string{"Organization:US Congress=org:us-congress", "Event:World Media Congress"}, []string{"Event:Peruvian Congress", "Event:Brazil's National Congress", "Event:US Congress"}},
		{"a participle that opens a sentence is no name", "Addressing Aliyev, the premier thanked him. \"Welcoming Kim Jong, the host said so.\" Speaking Monday, Ding Xuexiang said it.",
			nil, []string{"Person:Addressing Aliyev", "Person:Welcoming Kim Jong"}},
		// round 5
		{"a capitalised article before a longer gazetteer name", "The Associated Press of Pakistan opened a bureau.",
			[]string{"Organization:Associated Press of Pakistan=org:app"}, []string{"Organization:The Associated Press=org:ap"}},
		{"a known outlet of another country is another organization", "The Guardian of Nigeria and Britain's The Guardian met. Xinhua of China joined.",
			[]string{"Organization:The Guardian of Nigeria=org:guardian-of-nigeria", "Organization:The Guardian=org:the-guardian", "Organization:Xinhua=org:xinhua"},
			[]string{"Organization:Xinhua of China=org:xinhua-of-china", "Organization:The Guardian=org:the-guardian of Nigeria"}},
		{"role nouns after an organization or a country", "Yonhap chief Park Min-jae, NHK executive Tanaka Hiroshi and Mongolian director Bat-Erdene Gantulga met.",
			[]string{"Person:Park Min-jae", "Person:Tanaka Hiroshi", "Person:Bat-Erdene Gantulga"}, nil},
		{"role nouns before no name", "The TASS chief Executive Committee met. The Xinhua correspondent Beijing Bureau opened. A Thai executive Mr. Lee came. Kenyan officials met.",
			nil, []string{"Person:Executive Committee", "Person:Beijing Bureau", "Person:Mr. Lee"}},
		{"the same day after an explicit day, not after the dateline alone", "The talks were held on October 12. On the same day, Xinhua met TASS. The same day as the fair, KBC met SABC.",
			[]string{"Date:the same day#2020-10-12"}, []string{"Date:the same day as"}},
		{"a function word ends an attendance quantity", "The forum opened on May 13 with delegates from 40 countries.",
			[]string{"Date:May 13#2020-05-13"}, []string{"Quantity:13 with delegates#13"}},
		// round 8
		{"an ordinal whose suffix is set apart", "They talked during the 9 th session of the council.",
			[]string{"Ordinal:9 th#9"}, nil},
		{"a suffix set apart after no article", "The team came 9 th in the race.",
			nil, []string{"Ordinal:9 th#9"}},
		{"a participle is no gathering", "Over 70 media professionals gathering in Nairobi discussed it.",
			nil, []string{"Event:gathering"}},
		{"a gathering after an article", "A gathering of editors followed.",
			[]string{"Event:gathering"}, nil},
		// round 3 of issue 12: general causes of false events on unseen news
		{"gathering after a form of be is a verb", "Editors from 30 outlets are gathering in Lakeside for the media forum. Reporters were gathering outside.",
			nil, []string{"Event:gathering"}},
		{"a legislature or party named Congress is no gathering", "The ministry must inform Congress of the sale. Congress sources said so. Lawmakers looked to the Congress for approval.",
			nil, []string{"Event:Congress"}},
		{"a programme numbered by an ordinal or a year is an edition", "This year is the third LPU program. Journalists joined its 2017 programme in Nairobi.",
			[]string{"Event:program", "Event:programme"}, nil},
		{"a programme with a lower-case word or nothing before is none", "Kenya aired the first joint TV programme. The programme of the visit included news programmes.",
			nil, []string{"Event:programme"}},
		{"a trigger before a document or body is a modifier", "The summit declaration was adopted. The forum secretariat and the meeting agenda were praised.",
			nil, []string{"Event:summit", "Event:forum", "Event:meeting"}},
		{"a congress with an article, an ordinal or a named owner stays a gathering", "Delegates attended a Congress in Lakeside. The 15th Congress opened. The Congress of Hill Journalists closed.",
			[]string{"Event:Congress"}, nil},
		{"a trigger before a thing is a modifier", "The plan includes visit exchanges and a visit programme.",
			nil, []string{"Event:visit"}},
		// round 6
		{"received a titled person is a meeting verb", "Lao Deputy Prime Minister Somsack Inthavong received Xinhua Vice President Zhou Ming in Vientiane. The premier received here President of the Kenya News Agency, Mr Peter Mwangi.",
			[]string{"Event:received#verb", "Person:Zhou Ming", "Person:Peter Mwangi"}, nil},
		{"received an award, a letter from a person or a person's message is none", "TASS received an award on Monday. KPL received a letter from Xinhua President Fu Hua. The minister received Putin's congratulations. The agency received 20 journalists.",
			nil, []string{"Event:received#verb"}},
		// round 8 (issue 11, second round): spans that end where the name ends
		{"a lower-case word joined by a hyphen inside a name", "It was funded by the Lakeland Federal Ministry for Economic Co-operation and Development and the Union of Broadcasters of Hill-speaking countries.",
			[]string{"Organization:Lakeland Federal Ministry for Economic Co-operation and Development=org:lakeland-federal-ministry-for-economic-co-operation-and-development",
				"Organization:Union of Broadcasters of Hill-speaking countries=org:union-of-broadcasters-of-hill-speaking-countries"}, nil},
		{"a country's possessive that opens a known name is no part of a longer one", "Lena Marsh, an official from China's State Council Information Office, spoke. China's State Council met.",
			[]string{"Organization:State Council Information Office=org:scio", "Organization:China's State Council=org:china-state-council"},
			[]string{"Organization:China's State Council=org:china-state-council Information Office"}},
		{"the title of a country's office ends the name", "Director General of the Radio Complex of the Kenyan President Amina Odhiambo and Xinhua signed.",
			[]string{"Organization:Radio Complex of the Kenyan President=org:radio-complex-of-the-kenyan-president", "Person:Amina Odhiambo"}, nil},
		{"a quoted known name before generic words and a head", "'Kazinform' International News Agency and the Lake Times signed.",
			[]string{"Organization:'Kazinform' International News Agency=org:kazinform"}, nil},
		{"a plural possessive inside a name", "The Lakeland Journalists' Association hosted the forum.",
			[]string{"Organization:Lakeland Journalists' Association=org:lakeland-journalists-association"}, nil},
		{"the number of a channel", "Xinhua signed with the National Television of Lakeland - Channel 8 (NTL) and Hill TV 2.",
			[]string{"Organization:National Television of Lakeland - Channel 8=org:national-television-of-lakeland-channel-8", "Organization:Hill TV 2=org:hill-tv-2"}, nil},
		{"an acronym in parentheses before the holder", "He met the President of Institute of Lake Relations & Media Research (ILRMR) Amina Odhiambo. The Party of Lakeland (PL) Central Committee met.",
			[]string{"Organization:Institute of Lake Relations & Media Research=org:institute-of-lake-relations-media-research", "Person:Amina Odhiambo",
				"Organization:Party of Lakeland (PL) Central Committee=org:party-of-lakeland-pl-central-committee"}, nil},
		{"given names of the world lexicon (Russian transliterated)", "He will replace Anatoly Brenko who has led the union since 2010, and met Vitaliy Dorn.",
			[]string{"Person:Anatoly Brenko", "Person:Vitaliy Dorn"}, nil},
		{"a vocabulary word ends no person's name", "The deal was signed with Dunya News, Lakeside Times and others.",
			nil, []string{"Person:Dunya News"}},
		// round 8: persons
		{"a holder after a title's organization: a name of the lexicon, an initial", "In talks with Head of Kenya's High Council for Lake Reconciliation Abdullah Rahim, they agreed. Vice-President of the Supreme Council for Lake Media Regulation S. Nour came.",
			[]string{"Person:Abdullah Rahim", "Organization:High Council for Lake Reconciliation=org:kenya-high-council-for-lake-reconciliation", "Person:S. Nour",
				"Organization:Supreme Council for Lake Media Regulation=org:supreme-council-for-lake-media-regulation"}, nil},
		{"a holder after an organization the tagger does not know", "The memo was signed by the Director-General of LakeTel Aslan Brenko and Acting President of Hill Broadcast and Television Ali Dorn.",
			[]string{"Person:Aslan Brenko", "Person:Ali Dorn"}, []string{"Person:LakeTel Aslan Brenko"}},
		{"no holder from words that name no entity", "It was moderated by the managing director of Maghreb Arab Press.",
			nil, []string{"Person:Arab Press"}},
		{"a title of the holder's own before the name, an office after a place", "Ambassador to Kenya Dr. Omar Felan and Head of Xinhua's Nairobi office Tolga Brenko attended.",
			[]string{"Person:Omar Felan", "Person:Tolga Brenko"}, nil},
		{"a Vietnamese middle name written as the article", "VNA President Nguyen The Minh met him.",
			[]string{"Person:Nguyen The Minh"}, nil},
		{"a brand with capitals inside is no person", "Director LakeNews, and Director LAKEnews attended.",
			nil, []string{"Person:LakeNews", "Person:LAKEnews"}},
		{"a list of names after a cue, one of the lexicon", "The delegation included Talaat Rami, Basant Zayouni and Ibrahim Aouf with an invitation.",
			[]string{"Person:Talaat Rami", "Person:Basant Zayouni", "Person:Ibrahim Aouf"}, nil},
		{"a list of places is no list of persons", "The tour included Lakeside Harbour, Hill Park and Ibrahim Square with a guide.",
			nil, []string{"Person:Lakeside Harbour", "Person:Ibrahim Square"}},
		{"the next item after a person needs no name of the lexicon", "Representing others, Salman Jawid and Sayed Waqar of Lakeland said it.",
			[]string{"Person:Salman Jawid", "Person:Sayed Waqar"}, nil},
		{"a list written without commas: name, title, organization", "The guests: Sharif Dorn Acting Managing Director Lake Television, Aziz Rami President Lake Press Club and others.",
			[]string{"Person:Sharif Dorn", "Person:Aziz Rami"}, nil},
		// round 8: series
		{"such <noun> as opens a series", "Lakepress exchanges news with such news agencies as Xinhua, Hill Images and TASS, and such media partners like Reuters and Dunmore Wire.",
			[]string{"Organization:Hill Images=org:hill-images", "Organization:Dunmore Wire=org:dunmore-wire"}, nil},
		{"a place that opens a member's name", "Local media including Xinhua, Lakenet Media and Nairobi Media asked questions.",
			[]string{"Organization:Nairobi Media=org:nairobi-media", "Organization:Lakenet Media=org:lakenet-media"}, nil},
		{"a place is no member of a series", "The tour included the Lakeside Research Institute, Hill Park, Nairobi Economic-Technological Zone and Xinhua.",
			nil, []string{"Organization:Hill Park=org:hill-park", "Organization:Nairobi Economic=org:nairobi-economic"}},
		{"a list of organizations with their countries in parentheses", "Board members from LNA (Kenya), Xinhua (China), Hillpress (Ghana) and PTI (India) attended.",
			[]string{"Organization:LNA=org:lna", "Organization:Hillpress=org:hillpress"}, nil},
		{"names that open with a prefix head", "Kenya's KNA and Italy's Agenzia Lago signed. Agenzia Lago CEO Ruth Kell spoke. The deal with Radio Lakeland Worldwide, Radio Hill Nairobi and Grupo Dunmore, during the fair.",
			[]string{"Organization:Agenzia Lago=org:agenzia-lago", "Person:Ruth Kell", "Organization:Radio Lakeland Worldwide=org:radio-lakeland-worldwide",
				"Organization:Radio Hill Nairobi=org:radio-hill-nairobi", "Organization:Grupo Dunmore=org:grupo-dunmore"}, nil},
		{"field words after a prefix head name no outlet", "Xinhua and Radio International Cooperation Director Ruth Kell spoke. Radio Television Lakeland met.",
			[]string{"Person:Ruth Kell"}, []string{"Organization:Radio International Cooperation=org:radio-international-cooperation"}},
		{"a name in apposition with an outlet noun", "The deal with Dunmore Vesti, a large Kenyan media holding, was renewed. Lakenet, a Chinese company that provides television, will help. The Nairobi-Novosti agency signed too.",
			[]string{"Organization:Dunmore Vesti=org:dunmore-vesti", "Organization:Lakenet=org:lakenet", "Organization:Nairobi-Novosti=org:nairobi-novosti"}, nil},
		{"no organization from a role in apposition", "Lena Marsh, a company executive, spoke. Omar Felan, the network's director, spoke.",
			nil, []string{"Organization:Lena Marsh=org:lena-marsh", "Organization:Omar Felan=org:omar-felan"}},
		{"a head's possessive names the owner, not part of the organ's name", "He visited the Ministry's Centre for Lake Diplomacy and met the Forum's Organising Committee. LPU's General Secretariat and the People's Government of Lake Province met.",
			[]string{"Organization:Centre for Lake Diplomacy=org:centre-for-lake-diplomacy", "Organization:Organising Committee=org:forum-organising-committee",
				"Organization:LPU's General Secretariat=org:lpus-general-secretariat", "Organization:People's Government of Lake Province=org:peoples-government-of-lake-province"},
			[]string{"Organization:Ministry's Centre for Lake Diplomacy=org:ministrys-centre-for-lake-diplomacy"}},
		{"a given name that is a city's, a stop-word syllable, an occupation's title, a field of diplomacy, a possessive title", "They met head of the Lake Department Huang Kunming in Beijing. Yonhap President Park No-hwang signed. It honoured cameraman of Lake Television Siraj Dorn who died. Under Secretary of State for Public Diplomacy Ruth Kell spoke. Its goals remain, explains its deputy director, Carsten von Lind.",
			[]string{"Person:Huang Kunming", "Person:Park No-hwang", "Person:Siraj Dorn", "Person:Ruth Kell", "Person:Carsten von Lind"}, []string{"Place:Kunming=place:kunming"}},
		{"a city after a surname stays a place before a capitalised word or in a list", "Wang visited Kunming. Xinhua's Wang Kunming Bureau opened.",
			[]string{"Place:Kunming=place:kunming"}, []string{"Person:Wang Kunming"}},
		{"a government body named with its country first or last has one id", "The Kenyan Ministry of Lake Affairs met Xinhua. Later the Ministry of Lake Affairs of Kenya signed. Then Kenya's Ministry of Lake Affairs spoke.",
			[]string{"Organization:Kenyan Ministry of Lake Affairs=org:kenya-ministry-of-lake-affairs", "Organization:Ministry of Lake Affairs of Kenya=org:kenya-ministry-of-lake-affairs",
				"Organization:Ministry of Lake Affairs=org:kenya-ministry-of-lake-affairs"}, nil},
		{"heads with a connector, a country's parent body, dashes, French 'de'", "It was divided into Kenya Television and Radio and Xinhua. The Information Department of Kenya's Ministry of Lake Affairs and Anna Lind of the Hill Institute met. The South Lake–North Lake Communication Centre and the Kenya – Ghana Inter-Committee met. The Office de Radiodiffusion-Television de Lakeland signed.",
			[]string{"Organization:Kenya Television and Radio=org:kenya-television-and-radio",
				"Organization:Information Department of Kenya's Ministry of Lake Affairs=org:information-department-of-kenyas-ministry-of-lake-affairs",
				"Organization:South Lake–North Lake Communication Centre=org:south-lake-north-lake-communication-centre",
				"Organization:Kenya – Ghana Inter-Committee=org:kenya-ghana-inter-committee",
				"Organization:Office de Radiodiffusion-Television de Lakeland=org:office-de-radiodiffusion-television-de-lakeland"},
			[]string{"Organization:Information Department of Kenya's Ministry of Lake Affairs and Anna Lind of the Hill Institute"}},
		{"a known name before a head of another kind is another organization", "The Xinhua Academy was founded by Xinhua. Xinhua News Agency reported.",
			[]string{"Organization:Xinhua News Agency=org:xinhua"}, []string{"Organization:Xinhua Academy=org:xinhua"}},
		{"a broadcast head before a noun of what is broadcast modifies it", "They dubbed 240 Lakeland TV series and the Hill Radio programmes. Lakeland TV signed with Xinhua.",
			[]string{"Organization:Lakeland TV=org:lakeland-tv"}, []string{"Organization:Hill Radio=org:hill-radio"}},
		{"a headline word the article writes in lower case is no word of a name", "Lake TV Started Broadcasting Its Programs In Kenya\n\nLake TV started broadcasting on Monday.",
			nil, []string{"Organization:Lake TV Started Broadcasting=org:lake-tv-started-broadcasting"}},
		{"a holder between commas after a title's organization; a role noun of a person's kind", "The General Manager of Lake Radio Services, Umbi Dorn-Kai, said the deal holds. It was founded by Kenyan revolutionary Omar Felan.",
			[]string{"Person:Umbi Dorn-Kai", "Person:Omar Felan"}, nil},
		{"no holder between commas from words that name no entity", "The Director of Lake Radio Services, Hill Media, said it.",
			nil, []string{"Person:Hill Media"}},
		{"a demonym in a list with a language that names no country is a language", "The agency publishes news in 11 languages, including Turkish, Albanian, English and Kurdish. Its newsline is in Spanish, English and Portuguese. Turkish media met Albanian editors.",
			[]string{"Country:Turkish=country:TUR", "Country:Albanian=country:ALB"}, []string{"Country:Portuguese=country:PRT", "Country:Spanish=country:ESP"}},
		{"an acronym the article defines as another name is not the gazetteer's", "It was proposed at the 1st Belt and Road Forum (BRF) for International Cooperation. The BRF was held in Beijing. The Bulgarian National Radio (BNR) joined.",
			[]string{"Organization:BNR=org:bulgarian-national-radio"}, []string{"Organization:BRF=org:belgischer-rundfunk"}},
		{"an acronym the article defines for an organization found by its form", "The Pineland National Authority (PNA) met Xinhua. The PNA agreed.",
			[]string{"Organization:PNA=org:pineland-national-authority"}, []string{"Organization:PNA=org:pna"}},
		{"a historical state is no organization", "The agency was founded in the Soviet Union.",
			nil, []string{"Organization:Soviet Union=org:soviet-union"}},
		{"new heads: college, laboratories, presidency, division, directorate general", "The Lakeside International College, the Science Research Laboratories, the Presidency for Lake Affairs, the Information Division and the Directorate General of Press of Lakeland met.",
			[]string{"Organization:Lakeside International College=org:lakeside-international-college", "Organization:Science Research Laboratories=org:science-research-laboratories",
				"Organization:Presidency for Lake Affairs=org:presidency-for-lake-affairs", "Organization:Directorate General of Press of Lakeland=org:directorate-general-of-press-of-lakeland"}, nil},
		{"a title between an honorific and the name (pat.person.honorific-title-name)", "The forum opened under His Highness Sheikh Omar bin Felan Al Rami. H.E. Ambassador Lena Marsh spoke.",
			[]string{"Person:Omar bin Felan Al Rami", "Person:Lena Marsh"}, []string{"Person:Sheikh Omar bin Felan Al Rami"}},
		{"a given name that is also a title, before a patronymic", "The Ambassador to Kenya Sultan bin Rami Al-Felan attended. Prince Emir bin Rami came too.",
			[]string{"Person:Sultan bin Rami Al-Felan"}, nil},
		{"Malay honorifics before the name, also after a title", "Her counterpart Dato’ Sri Omar Felan bin Rami and Datuk Seri Lena Tan met the late Tun Abdul Rami's family.",
			[]string{"Person:Omar Felan bin Rami", "Person:Lena Tan", "Person:Abdul Rami"}, []string{"Person:Datuk Seri Lena Tan", "Person:Sri Omar Felan bin Rami"}},
		{"a name its acronym spells, past a head inside it (pat.org.acronym-name)", "Anna Berg, director of Hillside Service Media (HSM), met the Lake and Media Information Center (LMIC). HSM agreed.",
			[]string{"Organization:Hillside Service Media=org:hillside-service-media", "Organization:HSM=org:hillside-service-media", "Organization:Lake and Media Information Center=org:lake-and-media-information-center"},
			[]string{"Organization:Hillside Service=org:hillside-service", "Organization:Media Information Center=org:media-information-center"}},
		{"no organization from an acronym alone: an initiative, a congress", "They back the Lakeland Road Initiative (LRI) and the Hill Media Congress (HMC).",
			nil, []string{"Organization:Lakeland Road Initiative=org:lakeland-road-initiative", "Organization:Hill Media Congress=org:hill-media-congress"}},
		{"a title's holder after its organization and acronym (pat.person.title-org-holder)", "President of the Kenyan news agency Hillpress (HP) Omar Felan visited Lakeland. General Director of the media holding Lakepress Lena Marsh spoke.",
			[]string{"Person:Omar Felan", "Person:Lena Marsh", "Organization:Lakepress=org:lakepress"}, []string{"Organization:Lakepress Lena Marsh=org:lakepress-lena-marsh"}},
		{"no holder after an organization without a title", "Readers of the Kenyan daily Hill Voice (HV) Lake Edition wrote.",
			nil, []string{"Person:Lake Edition"}},
		{"a given name then a surname of the lexicon is a person by its form (pat.person.name-form)", "When Daniel Rodriguez comes to Lakeland, the agency listens. The board chose Lena Rodriguez to lead it.",
			[]string{"Person:Daniel Rodriguez", "Person:Lena Rodriguez"}, nil},
		{"no person by form with a capitalised word around it or a surname unknown", "The Daniel Rodriguez Foundation met. When Lena Felan comes, they talk.",
			nil, []string{"Person:Daniel Rodriguez", "Person:Lena Felan"}},
		{"an acronym before the name it spells in parentheses", "HMA (Hill Media Authority) agreed. Later HMA signed.",
			[]string{"Organization:HMA=org:hill-media-authority", "Organization:Hill Media Authority=org:hill-media-authority"}, nil},
		{"heads FM, Mirror, Express; the outlet nouns outlet and tabloid", "The Hill Mirror, the Lake Express and Lakeland FM joined. The news outlet Hillnews and the tabloid Lakestar wrote.",
			[]string{"Organization:Hill Mirror=org:hill-mirror", "Organization:Lake Express=org:lake-express", "Organization:Lakeland FM=org:lakeland-fm",
				"Organization:Hillnews=org:hillnews", "Organization:Lakestar=org:lakestar"}, nil},
		{"an acronym that spells a name without its country after 'of' is not the gazetteer's", "Omar Felan, Chairman of the National Press Council of Kenya (NPC), met them on Monday. The NPC agreed.",
			[]string{"Organization:NPC=org:kenya-national-press-council"}, []string{"Organization:NPC=org:china-national-peoples-congress"}},
		{"chargé d'affaires as news often spells it", "Omar Rami, Acting Chargé d'Affairs of the Lakeland Embassy, met them. The Charge D’affairs Lena Marsh came.",
			[]string{"Person:Omar Rami", "Person:Lena Marsh"}, nil},
		{"caretaker and interim before a title; ul, ud, ur inside a name", "The Lakeland Caretaker Prime Minister Anwar ul Rami Felan met the interim president Omar ud Din.",
			[]string{"Person:Anwar ul Rami Felan", "Person:Omar ud Din"}, []string{"Person:Anwar"}},
		{"a name cited after according to (pat.person.according-to)", "According to Askel Brunov, the deal holds. According to Hill Daily, it does not. According to South Sudan, it is fine. According to Human Rights Watch, it is not.",
			[]string{"Person:Askel Brunov"}, []string{"Person:Hill Daily", "Person:South Sudan", "Person:Human Rights Watch"}},
		{"words of a field between an organization or country and a role noun", "It was praised by Kenya media chief Omar Felan and by the EU diplomacy chief Lena Marsh on Monday.",
			[]string{"Person:Omar Felan", "Person:Lena Marsh"}, nil},
		{"the outlet after a media title's of or at (pat.org.title-of)", "Ben Rami, editor of the UK's Morning Star, told them so. Lena Marsh, a reporter at Lakeside Echo and a friend, came.",
			[]string{"Organization:Morning Star=org:morning-star", "Organization:Lakeside Echo=org:lakeside-echo"}, nil},
		{"no outlet from vocabulary words or a person's name after a media title", "The editor of State said no. The editor of Lena Rodriguez came.",
			nil, []string{"Organization:State=org:state", "Organization:Lena Rodriguez=org:lena-rodriguez"}},
		{"a byline opened by Report by or Written by", "Report by Omar Rami Felan, with photos.\n\nWritten by Lena Marsh and Anna Berg\n\nThe report by Hill Media was short.",
			[]string{"Person:Omar Rami Felan", "Person:Lena Marsh", "Person:Anna Berg"}, []string{"Person:Hill Media"}},
		{"a holder after a title's brand, a name the lexicon does not know", "Director-General of LakeTac Askel Brunov came. Director General of Hill-Inform Tarik Osmanov spoke. General Director of the media holding LakeAqparat Erbol Tuleyev spoke.",
			[]string{"Person:Askel Brunov", "Person:Tarik Osmanov", "Person:Erbol Tuleyev", "Organization:LakeAqparat=org:lakeaqparat"}, []string{"Organization:LakeAqparat Erbol Tuleyev=org:lakeaqparat-erbol-tuleyev"}},
		{"the words after a prefix head's 'for' are the organization's, then its holder", "Director of Kenya’s Center for Strategic Studies Omar Felan, Chairman of the Hill Council Lena Marsh, spoke.",
			[]string{"Organization:Center for Strategic Studies=org:center-for-strategic-studies", "Person:Omar Felan"}, []string{"Person:Strategic Studies Omar Felan"}},
		{"the last two items of a series joined by and are two names", "The event gathered outlets such as Lakeview, Hillnews and Rivertown Daily. The Lakeland Atmospheric, Geophysical and Astronomical Services Administration (LAGASA) spoke.",
			[]string{"Organization:Hillnews=org:hillnews", "Organization:Rivertown Daily=org:rivertown-daily"}, []string{"Organization:Hillnews and Rivertown Daily=org:hillnews-and-rivertown-daily", "Organization:Astronomical Services Administration=org:astronomical-services-administration"}},
		{"a name before of and an organization is its member (pat.person.name-of-org)", "Omar Felan of the Lakeland News Agency said the deal was good. The panel was led by Askel Brunov of Hill Radio and Lena Marsh of the Lakeside Post.",
			[]string{"Person:Omar Felan", "Person:Askel Brunov", "Person:Lena Marsh", "Organization:Lakeland News Agency=org:lakeland-news-agency", "Organization:Hill Radio=org:hill-radio"}, nil},
		{"no member's name from a body's words or before an organization's longer run", "Senior Officials of the Lakeland News Agency met. Omar Felan of the Lakeland News Agency Board spoke.",
			nil, []string{"Person:Senior Officials", "Person:Omar Felan"}},
		{"a Romance particle inside a prefixed name (pat.org.prefix-name-particle)", "Agence Lakelandaise de Presse and Agencia Riverena de Noticias signed a memorandum with Agenzia Colle.",
			[]string{"Organization:Agence Lakelandaise de Presse=org:agence-lakelandaise-de-presse", "Organization:Agencia Riverena de Noticias=org:agencia-riverena-de-noticias", "Organization:Agenzia Colle=org:agenzia-colle"}, nil},
		{"a newspaper named Daily and a word (pat.org.daily-name)", "Lakeland's Daily Courant reported the deal, and the Daily Lantern of Hill Country agreed.",
			[]string{"Organization:Daily Courant=org:daily-courant", "Organization:Daily Lantern=org:daily-lantern"}, nil},
		{"no newspaper from Daily before a plural, after a name, or alone on a line", "Daily Cartoons\n\nThe Lakeside Daily Messenger Lena Marsh spoke.\n\nDaily Index\n\nHe read it.",
			nil, []string{"Organization:Daily Cartoons=org:daily-cartoons", "Organization:Daily Messenger=org:daily-messenger", "Organization:Daily Index=org:daily-index"}},
		{"heads Broadcaster, Courier, Telegraph; no name of generic words before Broadcaster", "The Lakeland Public Broadcaster, the Hill Courier and the Valley Telegraph met the Kenyan Public Broadcaster and the National Broadcaster.",
			[]string{"Organization:Lakeland Public Broadcaster=org:lakeland-public-broadcaster", "Organization:Hill Courier=org:hill-courier", "Organization:Valley Telegraph=org:valley-telegraph"},
			[]string{"Organization:National Broadcaster=org:national-broadcaster"}},
		{"a title's field as a comma list that and closes", "Lakeland Minister of Information, Culture and Tourism Kikeo Lamvong met them. Minister of Information, Communications and Technology Lena Marsh came.",
			[]string{"Person:Kikeo Lamvong", "Person:Lena Marsh"}, nil},
		{"two particles in lower case and a generational suffix inside a name", "President Juan Carlos de la Vega met Prime Minister Sitiveni Tora Jr. and Commission President Lena von der Marsh.",
			[]string{"Person:Juan Carlos de la Vega", "Person:Sitiveni Tora Jr.", "Person:Lena von der Marsh"}, []string{"Person:Juan Carlos", "Person:Lena"}},
		{"no prefixed name after a capitalised word: the head pattern finds it and its holder", "Chief executive officer of Lakeland Radio Omar Felan said the station would grow.",
			[]string{"Organization:Lakeland Radio=org:lakeland-radio", "Person:Omar Felan"}, []string{"Organization:Radio Omar Felan=org:radio-omar-felan"}},
		{"a country's adjective or a generic word before a single company, party or broadcast head describes (pat.org.head.generic)", "A Kenyan Company won the bid, the Lakeland Party said. State TV said the Cuban Television and the Turkish Embassy agreed.",
			[]string{"Organization:Cuban Television=org:cuban-television", "Organization:Turkish Embassy=org:turkey-embassy", "Organization:Lakeland Party=org:lakeland-party"},
			[]string{"Organization:Kenyan Company=org:kenya-company", "Organization:Kenyan Company=org:kenyan-company", "Organization:State TV=org:state-tv"}},
		{"legal forms and hospitals as heads", "Lakeland Telecom PLC, Hill Broadcasting CJSC and the Omar Felan Memorial Hospital signed.",
			[]string{"Organization:Lakeland Telecom PLC=org:lakeland-telecom-plc", "Organization:Hill Broadcasting CJSC=org:hill-broadcasting-cjsc", "Organization:Omar Felan Memorial Hospital=org:omar-felan-memorial-hospital"}, nil},
		{"PM is a title, no word of the name", "PM Omar Felan met the press in Lakeland. Later PM Felan said the talks went well.",
			[]string{"Person:Omar Felan"}, []string{"Person:PM Omar Felan", "Person:PM Felan"}},
		{"a comma list of adjectives that and closes inside a name", "The Statistical, Economic and Social Research and Training Centre for Lakeland Countries met the Lakeland Atmospheric, Geophysical and Astronomical Services Administration.",
			[]string{"Organization:Statistical, Economic and Social Research and Training Centre for Lakeland Countries=org:statistical-economic-and-social-research-and-training-centre-for-lakeland-countries"},
			[]string{"Organization:Economic and Social Research and Training Centre for Lakeland Countries=org:economic-and-social-research-and-training-centre-for-lakeland-countries"}},
		{"House names a body before of only", "The House of Journalists of Lakeland and the House of Representatives met at Lakeview House.",
			[]string{"Organization:House of Journalists of Lakeland=org:house-of-journalists-of-lakeland", "Organization:House of Representatives=org:house-of-representatives"},
			[]string{"Organization:Lakeview House=org:lakeview-house"}},
		{"a known broadcaster with generic words and Network is that broadcaster", "The TV BRICS International Media Network signed a deal with the Lakeside Post on Monday.",
			[]string{"Organization:TV BRICS International Media Network=org:tv-brics"}, []string{"Organization:TV BRICS International Media Network=org:tv-brics-international-media-network"}},
		{"a name the lexicon does not know with a surname's ending in a person's context (pat.person.surname-form)", "Askel Brunovsky, who heads the press service, spoke first. Later Tarik Osmanova said so.",
			[]string{"Person:Askel Brunovsky"}, nil},
		{"no person by a surname's ending without context on both sides", "Lake Brunovsky Fund grew. The Hill Osmanova sold.",
			nil, []string{"Person:Lake Brunovsky", "Person:Hill Osmanova"}},
		{"the brand of an organization found by its head is that organization (pat.org.brand-short)", "Lakepress said on Monday it had signed. The Lakepress International News Agency is based in Riverton. Lakepress International will open a bureau.",
			[]string{"Organization:Lakepress=org:lakepress-international-news-agency", "Organization:Lakepress International=org:lakepress-international-news-agency"}, nil},
		{"no brand from a place after its preposition, a word written in lower case, or inside a longer name", "The Hillside Media Group met in Hillside. The Grand Post was printed; the grand hall opened. Omar Felan visited Hillside Valley.",
			nil, []string{"Organization:Hillside=org:hillside-media-group", "Organization:Grand=org:grand-post"}},
		{"on and a subject after a government name a title's field, after a commission the body's", "Special Envoy of the Lakeland Government on Hill Affairs Omar Felan met the Lakeland Commission on Trade and Culture.",
			[]string{"Organization:Lakeland Government=org:lakeland-government", "Organization:Lakeland Commission on Trade and Culture=org:lakeland-commission-on-trade-and-culture"},
			[]string{"Organization:Lakeland Government on Hill Affairs=org:lakeland-government-on-hill-affairs"}},
		{"a generic word of bodies' names opens no person's name", "The invitation highlights its role in the Global South, the Lakeland Ambassador to Kenya Omar Felan said. International Media, a new fund, opened.",
			nil, []string{"Person:Global South", "Person:International Media"}},
		{"Corp. is a head, and the name with it is the Corporation's", "The Lakeland Broadcasting Corp. signed a deal with the Hill Media Corp on Monday.",
			[]string{"Organization:Lakeland Broadcasting Corp.=org:lakeland-broadcasting-corporation", "Organization:Hill Media Corp=org:hill-media-corporation"}, nil},
		{"a name in apposition with a country's outlet noun, and after from or of", "Hillclick, Kenya's largest daily, published it. Officials from Lakepress, the national news agency of Hillland, attended.",
			[]string{"Organization:Hillclick=org:hillclick", "Organization:Lakepress=org:lakepress"}, nil},
		{"no outlet in apposition with a person's possessive or a role", "Omar Felan, Kenya's top editor, spoke. Lena Marsh, a Kenyan agency official, came.",
			nil, []string{"Organization:Omar Felan=org:omar-felan", "Organization:Lena Marsh=org:lena-marsh"}},
		{"a possessive after and opens another name", "The deal between Nigeria's Ministry of Information and Kenya's Media Council was signed by the Ministry of Information and Culture.",
			[]string{"Organization:Ministry of Information=org:nigeria-ministry-of-information", "Organization:Media Council=org:kenya-media-council", "Organization:Ministry of Information and Culture=org:ministry-of-information-and-culture"},
			[]string{"Organization:Ministry of Information and Kenya=org:ministry-of-information-and-kenya"}},
		{"a headline's verb after a title is no name", "Lakeland Envoy Arrives in Hill Country to Inspect Studio\n\nMinister Says Deal Is Ready\n\nThe envoy came. Minister Felan spoke.",
			[]string{"Person:Felan"}, []string{"Person:Arrives", "Person:Says"}},
		{"an adverb after a title is no one-word name", "Second Vice-President Freshly elected Omar Felan said it is crucial.",
			nil, []string{"Person:Freshly"}},
		{"a The that opens an outlet's name after an outlet noun is its word", "The Kenyan daily The Lakeland Standard said the deal was signed.",
			[]string{"Organization:The Lakeland Standard=org:lakeland-standard"}, nil},
		{"a name after place-based is an organization (pat.org.based-name)", "The Lagos-based Lakenet said the plan was ready. The Nairobi-based Hill Voice agreed.",
			[]string{"Organization:Lakenet=org:lakenet", "Organization:Hill Voice=org:hill-voice"}, nil},
		{"no organization after place-based from a person, a country or a noun", "The Lagos-based Daniel Rodriguez spoke. The Lagos-based Kenyan firm and a Lagos-based company agreed.",
			nil, []string{"Organization:Daniel Rodriguez=org:daniel-rodriguez", "Organization:Kenyan=org:kenyan"}},
		{"list items written without commas after included, with newsroom titles", "The delegation included Omar Felan Station Manager Radio Hillside, Lena Marsh Managing Editor Lakeland Times and Anna Berg News Editor Hill Daily.",
			[]string{"Person:Omar Felan", "Person:Lena Marsh", "Person:Anna Berg", "Organization:Radio Hillside=org:radio-hillside", "Organization:Hill Daily=org:hill-daily"},
			[]string{"Person:Anna Berg News"}},
		{"an unknown acronym that reports or is told is an organization (pat.org.acronym-source)", "LPA reported that the talks began. Omar Felan told HNB on Monday that they went well, according to RTL.",
			[]string{"Organization:LPA=org:lpa", "Organization:HNB=org:hnb", "Organization:RTL=org:rtl"}, nil},
		{"no organization from capitals next to capitals or without a source's context", "LAKELAND PRESS SAID IT. The UNESCO-backed KPA project and the FOO fund grew.",
			nil, []string{"Organization:PRESS=org:press", "Organization:FOO=org:foo", "Organization:SAID=org:said"}},
		// round 6 (issue 11): constructions of the blind entity articles
		{"honorifics of West African and Commonwealth usage are no part of the name", "Union President Alhaji Sani Garba Umar and Chairman Hon. Efua Mensah-Bonsu spoke. Later Alhaja Kudirat Bello-Ade agreed.",
			[]string{"Person:Sani Garba Umar", "Person:Efua Mensah-Bonsu", "Person:Kudirat Bello-Ade"}, []string{"Person:Alhaji Sani Garba Umar", "Person:Hon. Efua Mensah-Bonsu"}},
		{"the particles dela and de La inside a name", "Secretary Jose Miguel dela Paz met Director Marie-Claire de La Fontaine-Roux in Manila.",
			[]string{"Person:Jose Miguel dela Paz", "Person:Marie-Claire de La Fontaine-Roux"}, []string{"Person:Jose Miguel"}},
		{"an apostrophe inside a Polynesian name word", "The agency's senior editor, Sione Taufa'ahau-Lolo, said it. Kenya's media grew.",
			[]string{"Person:Sione Taufa'ahau-Lolo"}, []string{"Person:Sione Taufa"}},
		{"a capitalised word between an owner's possessive and the title before a holder in commas", "The Herald's Nairobi correspondent, Wairimu Ochieng Odhiambo, and the agency's European director, Lars Peter Holm, met.",
			[]string{"Person:Wairimu Ochieng Odhiambo", "Person:Lars Peter Holm"}, nil},
		{"a ministry's list of fields whose last item opens with the (pat.org.head-list-the)", "The Ministry of Youth, Sports and the Creative Economy and the Ministry of Trade, Industry and the Blue Economy signed.",
			[]string{"Organization:Ministry of Youth, Sports and the Creative Economy=org:ministry-of-youth-sports-and-the-creative-economy", "Organization:Ministry of Trade, Industry and the Blue Economy=org:ministry-of-trade-industry-and-the-blue-economy"}, []string{"Organization:Ministry of Youth=org:ministry-of-youth"}},
		{"a university's native name, also after one capitalised adjective (pat.org.university-name)", "Lecturers of the Universiti Sains Lakeland and the Pontificia Universidad Javeriana de Colombia met. Universitas Hillside joined.",
			[]string{"Organization:Universiti Sains Lakeland=org:universiti-sains-lakeland", "Organization:Pontificia Universidad Javeriana de Colombia=org:pontificia-universidad-javeriana-de-colombia", "Organization:Universitas Hillside=org:universitas-hillside"}, nil},
		{"a faculty and a university joined by and are two names", "Teachers from the Faculty of Media Studies and Universiti Sains Lakeland reviewed the code.",
			[]string{"Organization:Faculty of Media Studies=org:faculty-of-media-studies", "Organization:Universiti Sains Lakeland=org:universiti-sains-lakeland"}, []string{"Organization:Faculty of Media Studies and Universiti Sains Lakeland=org:faculty-of-media-studies-and-universiti-sains-lakeland"}},
		{"a name in apposition after a determined outlet noun (pat.org.noun-comma-name)", "Kenya's press council, Baraza Huru, and the station's news channel, HTV Live, signed. The daily's owner, Hill Group Holdings, agreed.",
			[]string{"Organization:Baraza Huru=org:baraza-huru", "Organization:HTV Live=org:htv-live"}, []string{"Person:Baraza Huru"}},
		{"no name in apposition after an undetermined noun or before a lower-case word", "Officials said a news channel, Lake View, was planned. The agency's newspaper, Hill Voice reported, grew.",
			nil, []string{"Organization:Lake View=org:lake-view", "Organization:Hill Voice=org:hill-voice"}},
		{"a name in apposition with an outlet noun after to or for", "The agency sends footage to Lakeland Live, the Kenyan news channel, and writes for Hill Weekly, a local newspaper.",
			[]string{"Organization:Lakeland Live=org:lakeland-live", "Organization:Hill Weekly=org:hill-weekly"}, nil},
		{"the parent body after under the is part of the full name (pat.org.head-under)", "Officials of the Committee for Radio and Television under the Government of Lakeland and the Agency for Press under the President of Hillland met.",
			[]string{"Organization:Committee for Radio and Television under the Government of Lakeland=org:committee-for-radio-and-television-under-the-government-of-lakeland", "Organization:Agency for Press under the President of Hillland=org:agency-for-press-under-the-president-of-hillland"},
			[]string{"Organization:Government of Lakeland=org:lakeland-government"}},
		{"a head named by generic words only, then a known agency, is that agency (pat.org.generic-head-known)", "Mongolia's State News Agency Montsame and the Lakeland Press Agency Kabar signed.",
			[]string{"Organization:State News Agency Montsame=org:montsame"}, []string{"Organization:State News Agency=org:state-news-agency"}},
		{"a name by its form with a known acronym of the same kind and country in parentheses is that organization", "The National Press Agency of Tajikistan (Khovar) and the Lakeland Press Agency (UzA) signed.",
			[]string{"Organization:National Press Agency of Tajikistan=org:khovar"}, []string{"Organization:Lakeland Press Agency=org:uza"}},
		{"an agency's native name ending with its known short name is that agency", "The Agencia Andina de Noticias Andina and the Agencia Boliviana de Prensa Andina both reported it.",
			[]string{"Organization:Agencia Boliviana de Prensa Andina=org:andina"}, nil},
		{"a capitalised ordinal names a channel after a possessive (pat.org.ordinal-channel)", "The series will air on the broadcaster's Second Channel and on Lakeland TV's First Channel.",
			[]string{"Organization:Second Channel=org:second-channel", "Organization:First Channel=org:first-channel"}, nil},
		{"demonyms before a suspended hyphen and -language name languages", "The agencies run a Russian- and English-language portal and a Turkish- or Arabic-language feed for Kazakh readers.",
			[]string{"Country:Kazakh=country:KAZ"}, []string{"Country:Russian=country:RUS", "Country:Turkish=country:TUR"}},
		{"MP and MEP are titles before a name", "Kenyan MP Wanjiru Kamau-Njoroge and MEP Lotte Vandermeer visited the station.",
			[]string{"Person:Wanjiru Kamau-Njoroge", "Person:Lotte Vandermeer"}, nil},
		{"Newsroom and Institution are heads of names", "The Baltic Newsroom and the Lakeland Media Institution signed a deal.",
			[]string{"Organization:Baltic Newsroom=org:baltic-newsroom", "Organization:Lakeland Media Institution=org:lakeland-media-institution"}, nil},
		{"a title's organization unit in lower case after its possessive, then a place and the holder", "The club is chaired by the head of Xinhua's bureau in Nairobi Omar Felan Dunmore.",
			[]string{"Person:Omar Felan Dunmore"}, nil},
		{"native agency names: Agentstvo and Wakala open a name, Ajansı and agencija end one", "The Agentstvo Ozernykh Novostey, the Wakalat al-Anba al-Buhayra and Göl Haber Ajansı met the Jezerska novinska agencija.",
			[]string{"Organization:Agentstvo Ozernykh Novostey=org:agentstvo-ozernykh-novostey", "Organization:Wakalat al-Anba al-Buhayra=org:wakalat-al-anba-al-buhayra", "Organization:Göl Haber Ajansı=org:göl-haber-ajansı"}, nil},
		{"Publications and Limited end a company's name", "The Lakeview Publications Limited and Hill Publications printed it.",
			[]string{"Organization:Lakeview Publications Limited=org:lakeview-publications-limited", "Organization:Hill Publications=org:hill-publications"}, nil},
		{"a head, and, field words and a later head are one name", "The Lakeland Broadcasting and Information Service and the Riverside Post and Valley Television met.",
			[]string{"Organization:Lakeland Broadcasting and Information Service=org:lakeland-broadcasting-and-information-service", "Organization:Valley Television=org:valley-television"},
			[]string{"Organization:Information Service=org:information-service"}},
		{"a name with a hyphenated syllable, a patronymic or a particle chain before of and an organization", "Park Min-soo of the Lakeside Herald, Ivan Petrovich Sidorov-Lenski of Komsomolskaya Pravda and Saad bin Omar bin Saad Al-Felani of the Lakeside Herald spoke.",
			[]string{"Person:Park Min-soo", "Person:Ivan Petrovich Sidorov-Lenski", "Person:Saad bin Omar bin Saad Al-Felani"}, nil},
		{"a Kenyan name with a closing apostrophe", "The session was opened by Mrs. Akinyi Ochieng' Adhiambo of the Kenya News Agency.",
			[]string{"Person:Akinyi Ochieng' Adhiambo"}, []string{"Person:Akinyi Ochieng"}},
		{"names listed in apposition with a plural outlet noun (pat.org.names-appos-plural)", "Hill Voice, Lake Star and the Valley Times, the Kenyan dailies, carried it. It came from Oceanpress and Baynews, the two agencies, on Monday.",
			[]string{"Organization:Hill Voice=org:hill-voice", "Organization:Lake Star=org:lake-star", "Organization:Oceanpress=org:oceanpress", "Organization:Baynews=org:baynews"}, nil},
		{"no names from a plural outlet noun without a list or a determiner", "Hill Voice, the Kenyan dailies said. Lake Star and Bay News, Kenyan dailies, agreed.",
			nil, []string{"Organization:Hill Voice=org:hill-voice", "Organization:Lake Star=org:lake-star"}},
		{"initials written as one token or as a capital that is also a word", "R.K. Menon, editor of the Lakeside Tribune, met A. B. Osei of the Hill Times. Menon spoke first.",
			[]string{"Person:R.K. Menon", "Person:A. B. Osei"}, nil},
		{"a Spanish or Arabic article opens an outlet's name, no person's", "The Peruvian newspaper El Lago and the daily El Bahr carried it. El Lago's editor, Rosa Quispe Huaman, spoke.",
			[]string{"Organization:El Lago=org:el-lago", "Person:Rosa Quispe Huaman"}, []string{"Person:El Lago=person:el-lago"}},
		{"a role noun after an organization the head patterns found, and a long patronymic name (pat.person.role-name)", "The Hill Broadcasting Commission chief Sione Latu and Lakeland News Agency head Saad bin Omar bin Saad Al-Felani met.",
			[]string{"Person:Sione Latu", "Person:Saad bin Omar bin Saad Al-Felani"}, nil},
		{"the other mentions of an organization found by its context (pat.org.repeat)", "The Kenyan weekly Hill Echo and Xinhua signed. Hill Echo's editor, Amina Wekesa, said Hill Echo would print it.",
			[]string{"Organization:Hill Echo=org:hill-echo"}, nil},
		{"a country's adjective before a region's body is no part of its name", "Officials of the Chinese Xinjiang Government met the Thai Journalists Association.",
			[]string{"Organization:Chinese Xinjiang Government=org:china-xinjiang-government", "Organization:Thai Journalists Association=org:thai-journalists-association"}, nil},
		{"an acronym before and is a name of its own, and no one-word holder of a title", "Chairman LPC and Senate Media Committee members met. The Lakeland TV and Radio Corporation agreed.",
			[]string{"Organization:Senate Media Committee=org:senate-media-committee", "Organization:Lakeland TV and Radio Corporation=org:lakeland-tv-and-radio-corporation"},
			[]string{"Person:LPC=person:lpc", "Organization:LPC and Senate Media Committee=org:lpc-and-senate-media-committee"}},
		{"a centre for conventions, exhibitions or trade fairs is a venue (pat.org.head.venue)", "They met at the Lakeside International Convention Centre and the Hill World Trade Center, then visited the Lakeland Media Centre.",
			[]string{"Organization:Lakeland Media Centre=org:lakeland-media-centre"},
			[]string{"Organization:Lakeside International Convention Centre=org:lakeside-international-convention-centre", "Organization:Hill World Trade Center=org:hill-world-trade-center"}},
		{"a list's last item after and the that holds a head is another body", "The Ministry of Culture, Sports and the Arts Council met.",
			[]string{"Organization:Arts Council=org:arts-council"}, []string{"Organization:Ministry of Culture, Sports and the Arts Council=org:ministry-of-culture-sports-and-the-arts-council"}},
		{"a native name of no known country is the gazetteer's acronym only with a shared word or the acronym's country named", "The Radiodiffusion Télévision Ivoirienne (RTI) and the Agência Angola Press (ANGOP) met the Italian agency's Agenzia Nazionale Stampa Associata (ANSA).",
			[]string{"Organization:Agência Angola Press=org:angop", "Organization:Agenzia Nazionale Stampa Associata=org:ansa"},
			[]string{"Organization:Radiodiffusion Télévision Ivoirienne=org:radio-taiwan-international", "Organization:RTI=org:radio-taiwan-international"}},
		{"native names of state bodies and unions with the particle right after the head", "The Ministerio de Comunicación y Medios, the Conseil national de la presse and the Sindicato dos Jornalistas do Lago signed.",
			[]string{"Organization:Ministerio de Comunicación y Medios=org:ministerio-de-comunicación-y-medios", "Organization:Sindicato dos Jornalistas do Lago=org:sindicato-dos-jornalistas-do-lago"}, nil},
		{"trainer and moderator are role nouns after an organization", "Lakeside Academy trainer Hans-Peter Vogel-Brandt and Xinhua moderator Li Mingyu spoke.",
			[]string{"Person:Hans-Peter Vogel-Brandt", "Person:Li Mingyu"}, nil},
		{"a headline's verb ends the subject's name in a title-case headline (pat.org.head.headline-verb)", "Lakeland Journalists Association Opens Training Centre In Riverside\n\nThe association said the centre would train reporters.",
			[]string{"Organization:Lakeland Journalists Association=org:lakeland-journalists-association"},
			[]string{"Organization:Lakeland Journalists Association Opens Training Centre=org:lakeland-journalists-association-opens-training-centre"}},
		{"a plural subject's headline verb is no word of the object's name", "Hill Country Broadcasters Sign Deal With Riverside Media Network\n\nThey signed it on Monday.",
			[]string{"Organization:Riverside Media Network=org:riverside-media-network"},
			[]string{"Organization:Broadcasters Sign Deal With Riverside Media Network=org:broadcasters-sign-deal-with-riverside-media-network"}},
		{"a name hard-wrapped after a capital inside running text is one name (segment.wrap.name)", "Lakeland Radio said today that the Federation of Hill\nJournalists (FHJ) had joined the network.",
			[]string{"Organization:Federation of Hill\nJournalists=org:federation-of-hill-journalists"}, []string{"Organization:Federation of Hill=org:federation-of-hill"}},
		{"a broadcast head after a known news agency names its channel (pat.org.head.channel-of)", "The interview was aired by Bernama TV on Sunday and carried by Bernama Radio.",
			[]string{"Organization:Bernama TV=org:bernama-tv", "Organization:Bernama Radio=org:bernama-radio"}, []string{"Organization:Bernama TV=org:bernama"}},
		{"an agency head after a known agency stays that agency", "Reporters of Sputnik News Agency and Xinhua News Agency met in Hanoi.",
			[]string{"Organization:Sputnik News Agency=org:sputnik", "Organization:Xinhua News Agency=org:xinhua"}, nil},
		{"a university's name before a possessive owns the faculty after it (pat.org.head.owner-named)", "The delegation toured the Riverside State University's School of Journalism and the Hill Media Academy's Institute of Broadcasting.",
			[]string{"Organization:School of Journalism=org:school-of-journalism", "Organization:Institute of Broadcasting=org:institute-of-broadcasting"},
			[]string{"Organization:Riverside State University's School of Journalism=org:riverside-state-universitys-school-of-journalism"}},
		{"a party organ keeps its owner's name", "He met the head of the Lakeland People's Party Central Committee's Publicity Department.",
			nil, []string{"Organization:Publicity Department=org:publicity-department"}},
		{"publisher, founder and coordinator are role nouns after an organization", "Lakeside Times publisher Omar Felan Diallo and Hill Gazette founder Ana Ruiz Soto met the Riverside Network coordinator Lena Marsh.",
			[]string{"Person:Omar Felan Diallo", "Person:Ana Ruiz Soto", "Person:Lena Marsh", "Organization:Hill Gazette=org:hill-gazette"},
			[]string{"Organization:Omar Felan Diallo and Hill Gazette=org:omar-felan-diallo-and-hill-gazette"}},
		{"French Presse ends an agency's name, inside a name after de it is a word of it", "Lakeland Afrique Presse (LAP) and the Agence Rivereine de Presse et Publicité signed.",
			[]string{"Organization:Lakeland Afrique Presse=org:lakeland-afrique-presse", "Organization:Agence Rivereine de Presse et Publicité=org:agence-rivereine-de-presse-et-publicité"}, nil},
		{"an acronym after known as names the organization before it (+known-as)", "The delegation visited the Mass Communication Organization of Thailand, known as MCOT, and the Lakeland Broadcasting Service, known as LBS, on Friday.",
			[]string{"Organization:Mass Communication Organization of Thailand=org:mcot", "Organization:LBS=org:lakeland-broadcasting-service"}, nil},
		{"a verb-like word inside a name in running text stays", "The Lakeside Launch Pad Foundation and the Hill Press Council met on Monday.",
			[]string{"Organization:Hill Press Council=org:hill-press-council"}, nil},
		{"a name found by its form alone in parentheses after an organization is its other name (+gloss)", "The Consejo de la Prensa Lakeña (Lakeland Press Council) and the Academy of the Lakeland Radio (LR Academy) met.",
			[]string{"Organization:Lakeland Press Council=org:consejo-de-la-prensa-lakeña"}, []string{"Organization:Lakeland Press Council=org:lakeland-press-council"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTags(t, c.body, c.want, c.not) })
	}
}

func TestMentionTextIsBody(t *testing.T) {
	body := "BEIJING, Oct. 21 (Xinhua) -- China and Russia will step up media cooperation."
	setup(t)
	d := &document.Document{Article: document.Article{Body: body, Published: "2020-10-22"}}
	seg.Apply(d)
	tagger.Apply(d)
	if len(d.Mentions) == 0 {
		t.Fatal("no mentions")
	}
	for _, m := range d.Mentions {
		if body[m.Start:m.End] != m.Text || m.Rule == "" || m.Confidence <= 0 {
			t.Errorf("bad mention %+v", m)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	setup(b)
	arts := devcorpus.Load(b, "media_dev")
	docs := make([]*document.Document, len(arts))
	n := 0
	for i, a := range arts {
		docs[i] = &document.Document{Article: a}
		seg.Apply(docs[i])
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	mentions := 0
	for i := 0; i < b.N; i++ {
		mentions = 0
		for _, d := range docs {
			tagger.Apply(d)
			mentions += len(d.Mentions)
		}
	}
	if mentions == 0 {
		b.Fatal("no mentions")
	}
	b.ReportMetric(float64(mentions), "mentions")
}

// TestWordHelpers checks the allocation-free word helpers against the
// strings.Fields forms they replace.
func TestWordHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "Wang Yi", " Wang  Yi ", "Wang\tYi", "Wang\u00a0Yi", "a b c", "Сергей Лавров", "X ", " X"} {
		if got, want := c2(s), len(strings.Fields(s)); got != want {
			t.Errorf("c2(%q) = %d, want %d", s, got, want)
		}
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSortRanks checks the packed-key sort against compareRanks, on ranks
// that pack and on ranks too large to.
func TestSortRanks(t *testing.T) {
	cases := []struct {
		name string
		max  int // largest t0 and k
	}{
		{"packed", 1000},
		{"too large", 1 << 21},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			seed := uint64(7)
			next := func(n int) int { seed = seed*6364136223846793005 + 1442695040888963407; return int(seed>>33) % n }
			var rs []rank
			for k := 0; k < 500; k++ {
				rs = append(rs, rank{len: 1 + next(4), prio: next(6), t0: next(50), k: k})
			}
			rs[17].t0, rs[17].k = c.max, c.max
			want := append([]rank(nil), rs...)
			slices.SortFunc(want, compareRanks)
			v := &view{}
			v.sortRanks(rs)
			if !slices.Equal(rs, want) {
				t.Errorf("sortRanks order differs from compareRanks")
			}
		})
	}
}

// TestSortMentionKeys checks the packed-key sort of mentions against
// compareMentionKeys, and that typeOrder follows the names' order.
func TestSortMentionKeys(t *testing.T) {
	if !slices.IsSortedFunc(typeOrder, func(a, b document.EntityType) int { return strings.Compare(string(a), string(b)) }) {
		t.Fatal("typeOrder is not in the order of the names")
	}
	for _, typ := range append(slices.Clone(typeOrder), "", "Unknown", "Countr") {
		if got, want := typeIndex(typ), slices.Index(typeOrder, typ); got != want {
			t.Errorf("typeIndex(%q) = %d, want %d (its place in typeOrder)", typ, got, want)
		}
	}
	cases := []struct {
		name  string
		other document.EntityType // one key's type
	}{
		{"packed", document.Topic},
		{"unknown type", "Unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			seed := uint64(11)
			next := func(n int) int { seed = seed*6364136223846793005 + 1442695040888963407; return int(seed>>33) % n }
			var keys []mentionKey
			for i := 0; i < 300; i++ {
				s := next(40)
				keys = append(keys, mentionKey{start: s, end: s + 1 + next(5), typ: typeOrder[next(len(typeOrder))], i: i})
			}
			keys[9].typ = c.other
			want := append([]mentionKey(nil), keys...)
			slices.SortFunc(want, compareMentionKeys)
			v := &view{}
			v.sortMentionKeys(keys)
			if !slices.Equal(keys, want) {
				t.Error("sortMentionKeys order differs from compareMentionKeys")
			}
		})
	}
}

// TestSameDayNegatives checks that "the same day" is no date anaphor
// without an explicit day before it (none at all, only a month, only the
// dateline) or when it refers to an occasion.
func TestSameDayNegatives(t *testing.T) {
	setup(t)
	for _, body := range []string{
		"Xinhua met TASS the same day.",
		"In May, KBC met SABC on the same day.",
		"On October 12, Xinhua met TASS on the same day as the fair.",
		"BEIJING, Oct. 21 (Xinhua) -- The same day, KBC met SABC.",
	} {
		d := &document.Document{Article: document.Article{Body: body, Published: "2020-10-22"}}
		if strings.HasPrefix(body, "BEIJING") {
			d.Article.Dateline = &document.Dateline{Span: document.Span{Start: 0, End: strings.Index(body, "--") + 2}, Date: "2020-10-21"}
		}
		seg.Apply(d)
		tagger.Apply(d)
		for _, m := range d.Mentions {
			if strings.HasPrefix(m.Rule, "date.anaphor") {
				t.Errorf("%q: unwanted anaphor %q = %q", body, m.Text, m.Value)
			}
		}
	}
	// and the positive: the anchor names the antecedent's bytes
	body := "The talks were held on October 12. The same day, Xinhua met TASS."
	d := &document.Document{Article: document.Article{Body: body, Published: "2020-10-22"}}
	seg.Apply(d)
	tagger.Apply(d)
	found := false
	for _, m := range d.Mentions {
		if m.Rule == "date.anaphor.same-day" {
			found = true
			if m.Value != "2020-10-12" || m.Kind != "day" || m.Anchor != "mention:23-33" {
				t.Errorf("anaphor %+v, want 2020-10-12, day, anchor mention:23-33", m)
			}
		}
	}
	if !found {
		t.Errorf("no anaphor in %q", body)
	}
}

// TestParents: an organ's mention records the organization it belongs to
// when its name says so: after the first "of" that names an organization,
// a known organization before an organ head, a possessive owner.
func TestParents(t *testing.T) {
	cases := []struct{ body, organ, parent string }{
		{"The forum was organised by the Publicity Department of the Central Committee of the Lake Party.",
			"Publicity Department of the Central Committee of the Lake Party", "org:central-committee-of-the-lake-party"},
		{"She teaches at the Faculty of Journalism of Riverside University.", "Faculty of Journalism of Riverside University", "org:riverside-university"},
		{"The Information Department of the Kenyan Ministry of Lake Affairs met them.", "Information Department of the Kenyan Ministry of Lake Affairs", "org:kenya-ministry-of-lake-affairs"},
		{"The ASEAN Secretariat met them.", "ASEAN Secretariat", "org:asean"},
		{"The Ministry of Foreign Affairs met them.", "Ministry of Foreign Affairs", ""},
	}
	for _, c := range cases {
		found := false
		for _, m := range tagText(t, c.body) {
			if m.Type == document.Organization && m.Text == c.organ {
				found = true
				if m.Parent != c.parent {
					t.Errorf("%q: parent %q, want %q", c.organ, m.Parent, c.parent)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %q", c.organ, c.body)
		}
	}
}

// TestMinistryOfDateline: a ministry named without its country takes the
// country of the report's dateline in its id; a named body does not.
func TestMinistryOfDateline(t *testing.T) {
	setup(t)
	body := "NAIROBI, May 2 -- The Ministry of Information met the Lakeside Press Council. The Foreign Ministry agreed, and the Hill Council too."
	d := &document.Document{Article: document.Article{Body: body, Published: "2020-10-22",
		Dateline: &document.Dateline{Place: "NAIROBI", Span: document.Span{Start: 0, End: len("NAIROBI, May 2 --")}}}}
	seg.Apply(d)
	tagger.Apply(d)
	want := map[string]string{"Ministry of Information": "org:kenya-ministry-of-information", "Foreign Ministry": "org:kenya-foreign-ministry",
		"Lakeside Press Council": "org:lakeside-press-council", "Hill Council": "org:hill-council"}
	for _, m := range d.Mentions {
		if w, ok := want[m.Text]; ok {
			if m.EntityID != w {
				t.Errorf("%s: id %s, want %s", m.Text, m.EntityID, w)
			}
			delete(want, m.Text)
		}
	}
	for k := range want {
		t.Errorf("missing %s", k)
	}
}

// TestFathersName: a father's name after "bin" inside a longer name told
// before is another person, not a later mention of the longer name's.
func TestFathersName(t *testing.T) {
	ms := tagText(t, "His Highness Sheikh Ali bin Omar bin Rami Al Felan came. He spoke of His Highness Sheikh Omar bin Rami Al Felan.")
	found := false
	for _, m := range ms {
		if m.Type == document.Person && m.Text == "Omar bin Rami Al Felan" {
			found = true
			if m.Name != "" && m.Name != m.Text {
				t.Errorf("father named as %q", m.Name)
			}
		}
	}
	if !found {
		t.Error("father's name not tagged")
	}
}

// TestGenericWordSwitch keeps the switch of genericWord and the map
// genericWords the same set.
func TestGenericWordSwitch(t *testing.T) {
	for w := range genericWords {
		if !genericWord(w) {
			t.Errorf("genericWord(%q) = false, the map has it", w)
		}
	}
	for _, w := range []string{"lakeland", "press", "agency", ""} {
		if genericWord(w) != genericWords[w] {
			t.Errorf("genericWord(%q) = %v, the map says %v", w, genericWord(w), genericWords[w])
		}
	}
}

// TestRepeatedNames checks rule pat.org.repeat: a name of two words found
// by its context is the organization elsewhere too; one word is not.
func TestRepeatedNames(t *testing.T) {
	count := func(body, text string) int {
		n := 0
		for _, m := range tagText(t, body) {
			if m.Type == document.Organization && m.Text == text {
				n++
			}
		}
		return n
	}
	if n := count("The Kenyan weekly Hill Echo and Xinhua signed. Later Hill Echo said it would print.", "Hill Echo"); n != 2 {
		t.Errorf("Hill Echo: %d organization mentions, want 2", n)
	}
	if n := count("The Lakeview newspaper said that traffic in Lakeview was heavy.", "Lakeview"); n != 1 {
		t.Errorf("Lakeview: %d organization mentions, want 1", n)
	}
}

// TestIsAllCaps checks isAllCaps's ASCII fast path against the rune by
// rune test it stands for (allCapsRunes).
func TestIsAllCaps(t *testing.T) {
	for _, s := range []string{"IRNA", "U.S.", "G20", "20", "Xinhua", "xinhua", "-", "CCTV-4", "ÉCOLE", "École", "ПРЕСС", "Пресс", "A", "a", "NEWS'", "中国", "X中"} {
		v := &view{body: s, toks: []document.Token{{Span: document.Span{Start: 0, End: len(s)}}}}
		if got, want := v.isAllCaps(0), allCapsRunes(s); got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSettleIncremental: settling after each batch of candidates, with
// the kept ranks merged with the new ones, keeps and drops what sorting
// every rank again keeps and drops (settleAll), also when a rule moved
// a kept candidate between two settles.
func TestSettleIncremental(t *testing.T) {
	seed := uint64(7)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for round := 0; round < 200; round++ {
		n := 20 + next(40)
		inc := &view{ent: make([]int, n)}
		all := &view{ent: make([]int, n)}
		for batch := 0; batch < 4; batch++ {
			for c := next(6); c > 0; c-- {
				t0 := next(n)
				cd := cand{t0: t0, t1: t0 + 1 + next(min(4, n-t0)), layer: layerEntity, prio: next(5)}
				if next(5) == 0 {
					cd.layer = layerValue
				}
				inc.cands = append(inc.cands, cd)
				all.cands = append(all.cands, cd)
			}
			if round%7 == 0 && batch == 2 && len(inc.entities) > 0 {
				// a rule moves a kept candidate
				inc.cands[inc.entities[0]].prio++
				all.cands[all.entities[0]].prio++
			}
			if round%5 == 0 && batch == 3 {
				// a rule makes an earlier value candidate an entity
				for k := range inc.cands {
					if inc.cands[k].layer == layerValue {
						inc.cands[k].layer, all.cands[k].layer = layerEntity, layerEntity
						break
					}
				}
			}
			inc.settle()
			all.settleAll()
			if !slices.Equal(inc.entities, all.entities) || !slices.Equal(inc.ent, all.ent) {
				t.Fatalf("round %d batch %d: settle kept %v, settleAll %v", round, batch, inc.entities, all.entities)
			}
			for k := range inc.cands {
				if inc.cands[k].dropped != all.cands[k].dropped {
					t.Fatalf("round %d batch %d: candidate %d dropped %v, settleAll %v", round, batch, k, inc.cands[k].dropped, all.cands[k].dropped)
				}
			}
		}
	}
}
