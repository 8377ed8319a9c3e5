package extract_test

import (
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// TestCooperationRules pins the constructions of COOPERATES_WITH (and the
// lists, appositions and anaphors its frames read) with sentences written
// for the table: each want must be among the facts, no not may be.
func TestCooperationRules(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string
		not  []string
	}{
		// lists of partners
		{"acronyms in parentheses the tagger does not know stay in the list",
			"Other agencies, such as the Lakeside News Agency (LNA-Press), the Hill Country Press Agency (HCP) and the Riverside News Agency (RIVNA), also signed similar agreements with the Moroccan Press Agency.",
			[]string{"COOPERATES_WITH org:lakeside-news-agency org:moroccan-press-agency",
				"COOPERATES_WITH org:hill-country-press-agency org:moroccan-press-agency",
				"COOPERATES_WITH org:moroccan-press-agency org:riverside-news-agency"},
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:riverside-news-agency"}},
		{"a home country in parentheses stays out of the list",
			"Lakeside News Agency (Kenya) and Hill Country Press Agency (Uganda) signed an agreement on news exchange.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"as well as a described member after a comma",
			"The Lakeside Post and the Hill Times as well as the news agency, Riverside News Agency, signed memoranda of understanding with Xinhua.",
			[]string{"COOPERATES_WITH org:lakeside-post org:xinhua", "COOPERATES_WITH org:hill-times org:xinhua",
				"COOPERATES_WITH org:riverside-news-agency org:xinhua"},
			[]string{"COOPERATES_WITH org:hill-times org:lakeside-post"}},
		{"a country's described outlet named in parentheses",
			"The Associated Press of Pakistan (APP) and Azerbaijan's state news agency (AZERTAC) signed a memorandum on Monday.",
			[]string{"COOPERATES_WITH org:app org:azertag"},
			nil},
		{"a hyphenated description between a country and its outlet",
			"The Lakeside Press Council and Kenya's state-run broadcaster KBC signed an agreement on Monday.",
			[]string{"COOPERATES_WITH org:kbc org:lakeside-press-council"},
			[]string{"COOPERATES_WITH country:KEN"}},
		{"the tail of a long list is no pair",
			"The summit was joined by editors from the media of China, Cambodia, Laos, Myanmar, Thailand and Vietnam, who held long talks on recovering local advertising and deepening media cooperation.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a subject with a description set off by commas",
			"The Lakeside News Agency (LNA) and the Hill Country Press Agency, Uganda's state-owned news service, have agreed to intensify cooperation in many areas.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency",
				"AGREED_ON org:lakeside-news-agency", "AGREED_ON org:hill-country-press-agency"},
			[]string{"AGREED_ON country:UGA"}},
		// round 7: hubs, bare signings, reported clauses
		{"similar ties and arrangements with a list of partners",
			"Valley Television has similar ties with the Hill Times and the Lakeside Post, and comparable arrangements with dozens of agencies, among them TASS and Kyodo.",
			[]string{"COOPERATES_WITH org:hill-times org:valley-television", "COOPERATES_WITH org:lakeside-post org:valley-television",
				"COOPERATES_WITH org:tass org:valley-television", "COOPERATES_WITH org:kyodo org:valley-television"},
			[]string{"COOPERATES_WITH org:hill-times org:lakeside-post", "COOPERATES_WITH org:kyodo org:tass"}},
		{"close ties alone are no cooperation", "The Hill Times has close ties with TASS.", nil, []string{"COOPERATES_WITH"}},
		{"a bare signing that is only planned", "TASS will sign with the Lakeside Post next week. The contract is expected to be signed with Kyodo in May.",
			nil, []string{"COOPERATES_WITH"}},
		{"a person who signed with an organization", "Amina Odhiambo signed with the Hill Times in 2019.", nil, []string{"COOPERATES_WITH"}},
		{"a pronoun speaker's organization in a reported clause",
			"Lakeside Post editor Amina Odhiambo opened the meeting. She said the newspaper already has a similar arrangement with Kyodo.",
			[]string{"COOPERATES_WITH org:kyodo org:lakeside-post"}, nil},
		{"a reported clause without a known speaker", "She said the corporation has similar arrangements with TASS.", nil, []string{"COOPERATES_WITH"}},
		{"national agencies named after their countries' demonyms",
			"The Kenyan and Ugandan national news agencies, the Lakeside News Agency and the Hill Country Press Agency, will share text, photos and video.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH country:KEN"}},
		{"countries that qualify outlets are no country pair",
			"Kenya, Uganda news agencies to share content. The Chinese and Kenyan public broadcasters agreed to exchange programmes.",
			nil, []string{"COOPERATES_WITH country:"}},
		{"countries' media as a whole stay a country pair", "Kenyan and Ugandan media agreed to exchange content.",
			[]string{"COOPERATES_WITH country:KEN country:UGA"}, nil},
		{"a distributor that is only allowed, or distributes a product", "The ruling lets Valley Television distribute the films of the Hill Times. The Lakeside Post distributes Kyodo.",
			nil, []string{"COOPERATES_WITH"}},
		{"heads named only by their titles met, then the two sides agreed",
			"The director of the Lakeside Post met the head of the Hill Times. The two sides agreed to exchange reporters.",
			[]string{"COOPERATES_WITH org:hill-times org:lakeside-post"}, nil},
		{"a passive exchange of memoranda between two parties",
			"Memoranda of cooperation were exchanged between the Lakeside Post and Kyodo on Monday. Views were exchanged between TASS and Xinhua.",
			[]string{"COOPERATES_WITH org:kyodo org:lakeside-post"}, []string{"COOPERATES_WITH org:tass org:xinhua"}},
		{"a tally of similar agreements is no signing of its own",
			"The Lakeside Post signed a memorandum with Kyodo on Monday. The Lakeside Post has signed 14 such documents since 2021.",
			[]string{"COOPERATES_WITH org:kyodo org:lakeside-post"}, nil},
		{"a listed hub's partners, not a pair of their own",
			"The Lakeside Post has signed agreements with over 20 news agencies. TASS, Kyodo and many other agencies with which it shares news are in Asia.",
			[]string{"COOPERATES_WITH org:lakeside-post org:tass", "COOPERATES_WITH org:kyodo org:lakeside-post"},
			[]string{"COOPERATES_WITH org:kyodo org:tass"}},
		{"a list long after the counted partners is no hub list",
			"The Lakeside Post has signed agreements with over 20 news agencies. It grew fast. Its staff doubled. TASS, Kyodo and other agencies met in Nairobi.",
			nil, []string{"COOPERATES_WITH org:lakeside-post org:tass"}},
		{"a quoted passive of we is no signing by the speaker's organization",
			"\"We were promised a partnership with TASS, and we got silence,\" Lakeside Post editor Amina Odhiambo said.",
			nil, []string{"COOPERATES_WITH org:lakeside-post org:tass", "COMMITTED_TO org:lakeside-post"}},
		{"a language-speaking description before the second member",
			"Omar Felan welcomed the memorandum between the Lakeside Post and the Swahili speaking Hill Times. A deal between TASS and the French-speaking Kyodo followed.",
			[]string{"COOPERATES_WITH org:hill-times org:lakeside-post", "COOPERATES_WITH org:kyodo org:tass"}, nil},
		{"members of a group are no pair of the anaphor",
			"The head of the Valley Media Group (which consists of the Lakeside Post and English-language daily Hill Times) met Xinhua officials. The two sides agreed to exchange news.",
			nil, []string{"COOPERATES_WITH org:hill-times org:lakeside-post"}},
		{"project members told one by one after the coordinator",
			"The project's coordinator is the Lakeside News Agency. The project includes TASS, Kyodo and Xinhua. The Hill Times is an associated partner, while the Valley Television channel is also participating in the project. The Lakeside Post is a partner of Kyodo.",
			[]string{"COOPERATES_WITH org:hill-times org:lakeside-news-agency", "COOPERATES_WITH org:lakeside-news-agency org:valley-television"},
			[]string{"COOPERATES_WITH org:lakeside-news-agency org:lakeside-post"}},
		// pair anaphors after a meeting (pair.meeting)
		{"host and guest of talks are the two sides",
			"A delegation from the Lakeside News Agency held talks in Nairobi on Monday with a visiting delegation from the Hill Country Press Agency. The two sides agreed to exchange photos.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a visit at the invitation of a host gives the pair of both associations",
			"A delegation of the Lakeside Journalists Association is visiting Uganda at the invitation of the Hill Country Journalists Association. Both associations have exchanged journalists since 2019.",
			[]string{"COOPERATES_WITH org:hill-country-journalists-association org:lakeside-journalists-association"},
			nil},
		{"a meeting sentence that names a third organization gives no pair",
			"A delegation from the Lakeside News Agency held talks with the Hill Country Press Agency at the offices of Xinhua in Nairobi. The two sides agreed to exchange photos.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"the two sides coordinated in organizing",
			"The Lakeside News Agency and the Hill Country Press Agency held talks in Nairobi. The two sides have coordinated in organizing photo exhibitions.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		// signatories' titles (coop.signing-titles)
		{"officials of two organizations sign for the governments of their countries",
			"The governments of Kenya and Uganda signed a memorandum on media exchange on May 3. John Mwangi, chairman of the Kenya Media Council, and Peter Okello, director of Uganda's Hill Country Broadcasting Authority, signed the agreement in Nairobi.",
			[]string{"COOPERATES_WITH org:hill-country-broadcasting-authority org:kenya-media-council", "COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"signatories' titles name the parties when no signing was told before",
			"John Mwangi, chairman of the Kenya Media Council, and Peter Okello, director of Uganda's Hill Country Broadcasting Authority, signed a memorandum in Nairobi.",
			[]string{"COOPERATES_WITH org:hill-country-broadcasting-authority org:kenya-media-council"},
			nil},
		{"titled signatories of organizations that signed before add no pair of parents",
			"The Lakeside Post and Xinhua signed a memorandum on May 3. John Mwangi, chairman of the Kenya Media Council, and Peter Okello, director of Uganda's Hill Country Broadcasting Authority, signed the agreement in Nairobi.",
			[]string{"COOPERATES_WITH org:lakeside-post org:xinhua"},
			[]string{"COOPERATES_WITH org:hill-country-broadcasting-authority org:kenya-media-council"}},
		{"the two sides are the organizations each side was led from",
			"The Kenyan side was led by John Mwangi of the Kenya Media Council while the Ugandan side was headed by Peter Okello of the Hill Country Broadcasting Authority. The two sides pledged to continue their cooperation.",
			[]string{"COOPERATES_WITH org:hill-country-broadcasting-authority org:kenya-media-council"},
			nil},
		// an agentless signing after one party was told signing (coop.signing-prior)
		{"a memorandum signed with a partner is the earlier signer's",
			"The Lakeside News Agency signed a memorandum in Nairobi on Monday, its director said. The memorandum signed with the Hill Country Press Agency covers photo exchange.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"one such memorandum was signed with a partner",
			"The Lakeside News Agency has signed memoranda with several Ugandan outlets. One such memorandum was signed with the Hill Country Press Agency in May.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a signer told long before is no hub",
			"The Lakeside News Agency signed a memorandum in Nairobi on Monday. The weather was fine. The hall was full. The guests came from afar. The ceremony ended at noon. The memorandum signed with the Hill Country Press Agency covers photo exchange.",
			nil,
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"}},
		// more wordings of one construction
		{"a sharing arrangement of a coordinated pair",
			"The Lakeside News Agency and the Hill Country Press Agency have a content-sharing arrangement.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a joint project launched with a partner",
			"The Lakeside News Agency launched a joint project with the Hill Country Press Agency.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a deal struck with a partner",
			"The Lakeside News Agency struck a deal with the Hill Country Press Agency to share video.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a strike is no deal",
			"The Lakeside News Agency reported that a storm struck the offices of the Hill Country Press Agency.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a guest delegation and both sides in one sentence",
			"The Lakeside News Agency hosted a delegation of the Hill Country Press Agency on Monday, and both sides agreed to exchange journalists.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		// one party serves the other under an agreement (coop.under-agreement)
		{"under the agreement one party provides the other with content",
			"Under the new agreement, the Lakeside News Agency will provide the Hill Country Press Agency with photos and video.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"under a law is no agreement",
			"Under the new law, the Lakeside News Agency will provide the Hill Country Press Agency with photos and video.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a party after a report verb is no partner under the agreement",
			"Under the agreement, the Lakeside News Agency will open a bureau in Kampala, the Hill Country Press Agency said.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a provider clause before the agreement it is under",
			"The Lakeside News Agency will supply the Hill Country Press Agency with video under a new memorandum.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a provider clause without an agreement is no cooperation",
			"The Lakeside News Agency will supply the Hill Country Press Agency with video from Monday.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"signed on behalf of two parties",
			"The memorandum was signed on behalf of the Lakeside News Agency by John Mwangi and on behalf of the Hill Country Press Agency by Peter Okello.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a deal between two parties",
			"The deal between the Lakeside News Agency and the Hill Country Press Agency covers photo exchange.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a joint press conference held by a pair",
			"The Lakeside News Agency and the Hill Country Press Agency held a joint press conference in Nairobi.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"content shared with a partner",
			"The Lakeside News Agency will share its content with the Hill Country Press Agency.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		// a definite organization anaphor as the subject
		{"the agency is the news agency named before",
			"The Lakeside News Agency opened a bureau in Kampala on Monday. The agency also signed a memorandum with the Hill Country Press Agency.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a demonym picks the agency of that country",
			"Xinhua and TASS opened bureaus in Nairobi. The Russian news agency also signed a memorandum with the Lakeside Post.",
			[]string{"COOPERATES_WITH org:lakeside-post org:tass"},
			[]string{"COOPERATES_WITH org:lakeside-post org:xinhua"}},
		{"the agency of a description is no anaphor",
			"Xinhua opened a bureau in Nairobi. The agency of the ministry signed a memorandum with the Lakeside Post.",
			nil,
			[]string{"COOPERATES_WITH org:lakeside-post org:xinhua"}},
		{"a headline in the present tense: teams up with",
			"Lakeside News Agency teams up with Hill Country Press Agency\n\nThe two will share photos.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a headline in the present tense: joins hands with",
			"Lakeside News Agency joins hands with Hill Country Press Agency\n\nThe two will share photos.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a hub that has agreements with a list of partners",
			"The Lakeside News Agency has agreements with the Hill Country Press Agency and the Riverside Times.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency",
				"COOPERATES_WITH org:lakeside-news-agency org:riverside-times"},
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:riverside-times"}},
		// a partner named after a description
		{"a partner after a possessive pronoun and a demonym",
			"The Lakeside News Agency signed an agreement with its Ugandan counterpart Hill Country Press Agency.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH country:UGA"}},
		{"a partner after a country's outlet description and a comma",
			"The Lakeside News Agency has partnered with Uganda's state news agency, the Hill Country Press Agency.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a coordinated possessor of cooperation",
			"The Lakeside News Agency and the Hill Country Press Agency's cooperation began in 1990.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a coordinated possessor of cooperation with a third party",
			"Kenya and Uganda's cooperation with the Lakeside News Agency began in 1990.",
			nil,
			[]string{"COOPERATES_WITH country:KEN country:UGA"}},
		{"signed by the heads of two parties",
			"The memorandum was signed by the heads of the Lakeside News Agency and the Hill Country Press Agency on Monday.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a subject with a partner set off by commas",
			"The Lakeside News Agency, together with the Hill Country Press Agency, launched a photo exhibition in Nairobi.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"a partner phrase after a later list member is no hub",
			"Reporters came from Kenya, Uganda, together with Tanzania, to the fair.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"joined a partner in doing something",
			"The Lakeside News Agency joined the Hill Country Press Agency in organizing a photo exhibition.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"joined an organization as a member is no partnership",
			"The Lakeside News Agency joined the Hill Country Press Union in 2019.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a joint production between two parties",
			"The joint production between the Lakeside News Agency and the Hill Country Press Agency aired in May.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"joined a party in condemning is no partnership",
			"The Lakeside News Agency joined the Hill Country Press Agency in condemning the attack.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"the agency after two agencies is no one of them",
			"The Lakeside News Agency and the Riverside News Agency opened bureaus in Kampala. The agency also signed a memorandum with the Lakeside Post.",
			nil,
			[]string{"COOPERATES_WITH org:lakeside-post"}},
		{"cooperation between a pair that was only discussed",
			"During the visit, the issue of establishing cooperation between the Lakeside News Agency and the Hill Country Press Agency was discussed.",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"two organizations that are partners",
			"The Lakeside News Agency and the Hill Country Press Agency have been strategic partners since 1990.",
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"},
			nil},
		{"partners of an event are no pair",
			"The Lakeside News Agency and the Hill Country Press Agency are partners of the Nairobi Media Fair.",
			nil,
			[]string{"COOPERATES_WITH org:hill-country-press-agency org:lakeside-news-agency"}},
		{"trading partners are no media cooperation",
			"Kenya and Uganda are close trading partners.",
			nil,
			[]string{"COOPERATES_WITH"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := facts(process(t, c.body, ""))
			for _, w := range c.want {
				if !hasFact(got, w) {
					t.Errorf("missing %q in\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, n := range c.not {
				if hasFact(got, n) {
					t.Errorf("unexpected %q in\n  %s", n, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestCooperationRuleIDs pins the rule ids of the round-6 constructions,
// which explain shows: each sentence must give its pair by its rule.
func TestCooperationRuleIDs(t *testing.T) {
	cases := []struct{ rule, body, a, b string }{
		{"coop.it-after-time", "The Riverside News Agency is expanding across the region. On Tuesday it signed a deal with Valley Television.",
			"org:riverside-news-agency", "org:valley-television"},
		{"coop.relative-which", "The Riverside News Agency signed an agreement on Sunday with the Hill Times, which has signed similar agreements with Xinhua.",
			"org:hill-times", "org:xinhua"},
		{"coop.signing-prior", "The Hill Times signed a memorandum with the Lakeside Post on Friday. A similar accord was concluded with TASS.",
			"org:hill-times", "org:tass"},
		{"coop.trains-staff", "Xinhua will train Valley Television camera crews.", "org:valley-television", "org:xinhua"},
		{"coop.our-with", "\"Our agreement with TASS works well,\" Lakeside Post editor Amina Odhiambo said.", "org:lakeside-post", "org:tass"},
		{"coop.partners-include", "The Hill Times has grown fast. Its partners now include TASS.", "org:hill-times", "org:tass"},
		{"coop.agreement-allows", "The deal allows the Hill Times to publish TASS photos.", "org:hill-times", "org:tass"},
		{"coop.we-quoted", "\"We have signed a memorandum with TASS,\" said Lakeside Post editor Amina Odhiambo.", "org:lakeside-post", "org:tass"},
		{"coop.first-to", "The Hill Times became the first Kenyan daily to sign a content deal with TASS.", "org:hill-times", "org:tass"},
		{"coop.anaphor-fronted", "According to the Lakeside Post's editor, the newspaper has exchanged reporters with TASS since 2010.", "org:lakeside-post", "org:tass"},
		{"coop.enumerated-agreements", "The Hill Times signed three agreements on Monday. The third links it to Valley Television.",
			"org:hill-times", "org:valley-television"},
		// round 7
		{"coop.similar-with", "The Hill Times signed a deal with TASS on Monday. The Hill Times has similar arrangements with Kyodo.",
			"org:hill-times", "org:kyodo"},
		{"coop.signed-with", "The Lakeside Post signed with Valley Television in 2019.", "org:lakeside-post", "org:valley-television"},
		{"coop.speaker-org", "Hill Times editor Amina Odhiambo said the newspaper now shares news daily with TASS.",
			"org:hill-times", "org:tass"},
		{"coop.speaker-org", "Valley Television director Omar Felan told the assembly on Friday that the broadcaster had established similar ties with the Lakeside Post.",
			"org:lakeside-post", "org:valley-television"},
		{"coop.we-quoted", "\"We signed with TASS in August, and the first programmes are on air,\" Lakeside Post editor Amina Odhiambo said.",
			"org:lakeside-post", "org:tass"},
		{"coop.we-quoted", "\"We have signed with TASS this morning,\" Managing Director of the Lakeside News Agency (LNA) Amina Odhiambo told reporters.",
			"org:lakeside-news-agency", "org:tass"},
		{"coop.we-quoted", "The Lakeside Post plans to double its foreign pages, its director, Amina Odhiambo, told reporters. \"We signed with Kyodo in May,\" Odhiambo said.",
			"org:kyodo", "org:lakeside-post"},
		{"coop.under-agreement-reported", "Valley Television director Omar Felan said the channel would broadcast programmes of Kenya's Hill Times under the agreement signed in 2019.",
			"org:hill-times", "org:valley-television"},
		{"coop.under-agreement", "Under the agreement, Valley Television will broadcast programmes of the Coastal Broadcasting Corporation.",
			"org:coastal-broadcasting-corporation", "org:valley-television"},
		{"coop.distributes", "The Lakeside News Agency also distributes the services of Spain's EFE in Kenya.", "org:efe", "org:lakeside-news-agency"},
		{"coop.we-quoted", "\"We are happy to work with a major agency like the Hill Times,\" Lakeside Post Deputy Editor-in-Chief Amina Odhiambo said.",
			"org:hill-times", "org:lakeside-post"},
		{"coop.hub-list", "The Lakeside Post has signed partnership agreements with over 20 leading news agencies. TASS, Kyodo, Xinhua and many other agencies send it news daily.",
			"org:kyodo", "org:lakeside-post"},
		{"coop.we-quoted", "\"We are happy to work with a major agency like the Hill Times. This deal will help us grow,\" Lakeside Post deputy editor Amina Odhiambo said.",
			"org:hill-times", "org:lakeside-post"},
		{"coop.distributes", "Valley Television rebroadcasts Coastal Broadcasting Corporation news bulletins every night.",
			"org:coastal-broadcasting-corporation", "org:valley-television"},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			d := process(t, c.body, "")
			for _, r := range d.Relations {
				if r.Type == document.CooperatesWith && r.Rule == c.rule &&
					(r.From == c.a && r.To == c.b || r.From == c.b && r.To == c.a) {
					return
				}
			}
			var got []string
			for _, r := range d.Relations {
				got = append(got, r.Type+" "+r.From+" "+r.To+" "+r.Rule)
			}
			t.Errorf("%s\n  no %s pair %s %s in\n  %s", c.body, c.rule, c.a, c.b, strings.Join(got, "\n  "))
		})
	}
}

// hasFact reports whether a fact of got starts with w.
func hasFact(got []string, w string) bool {
	for _, g := range got {
		if strings.HasPrefix(g, w) {
			return true
		}
	}
	return false
}
