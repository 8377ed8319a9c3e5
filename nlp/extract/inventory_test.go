package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// The construction inventory of COOPERATES_WITH: sentences written for
// this table that state (or do not state) a partnership in the ways
// news English does, one row per construction. want is the exact set of
// pairs; gap rows are constructions the rules do not read yet: their
// pairs may be missing, but no pair outside want may appear.
const (
	invL = "org:lakeside-news-agency"
	invH = "org:hill-country-press-agency"
	invR = "org:riverside-news-agency"
	invC = "org:coastal-broadcasting-corporation"
	invV = "org:valley-television"
	invP = "org:lakeside-post"
	invT = "org:hill-times"
	invX = "org:xinhua"
	invS = "org:tass"
)

// invPair renders an unordered pair as the table's fact.
func invPair(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + " " + b
}

// cooperationPairs returns the COOPERATES_WITH pairs of d, sorted.
func cooperationPairs(d *document.Document) []string {
	var out []string
	for _, r := range d.Relations {
		if r.Type != document.CooperatesWith {
			continue
		}
		p := invPair(r.From, r.To)
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

type invCase struct {
	construction string
	body         string
	want         []string
	gap          bool
}

func p(a, b string) string { return invPair(a, b) }

var inventory = []invCase{
	// signing, active
	{"signed X with Y", "The Lakeside News Agency signed a memorandum of understanding with the Hill Country Press Agency on Monday.", []string{p(invL, invH)}, false},
	{"X and Y signed", "The Lakeside News Agency and the Hill Country Press Agency signed a cooperation agreement in Nairobi.", []string{p(invL, invH)}, false},
	{"inked a deal with", "The Lakeside News Agency inked a deal with the Hill Country Press Agency to exchange photos.", []string{p(invL, invH)}, false},
	{"sealed a partnership with", "The Lakeside News Agency has sealed a content partnership with Valley Television.", []string{p(invL, invV)}, false},
	{"concluded an agreement on ... with", "The Lakeside News Agency concluded an agreement on news exchange with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"renewed its agreement with", "The Lakeside News Agency renewed its cooperation agreement with the Hill Country Press Agency for five years.", []string{p(invL, invH)}, false},
	{"struck a deal with", "The Lakeside News Agency struck a deal with the Lakeside Post last week.", []string{p(invL, invP)}, false},
	{"heads of X and Y signed", "On Tuesday, the heads of the Lakeside News Agency and the Hill Country Press Agency signed a memorandum of cooperation.", []string{p(invL, invH)}, false},
	{"two countries signed", "Kenya and Uganda signed an agreement on cooperation in the field of media.", []string{p("country:KEN", "country:UGA")}, false},
	{"entered into a partnership with", "The Lakeside News Agency entered into a partnership with Xinhua.", []string{p(invL, invX)}, false},
	// signing, passive
	{"signed between X and Y", "A memorandum of understanding was signed between the Lakeside News Agency and the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"signed by X and Y", "An agreement on news exchange was signed by the Lakeside News Agency and the Riverside News Agency on Friday.", []string{p(invL, invR)}, false},
	{"an agreement was reached between", "An agreement was reached between the Lakeside News Agency and the Hill Country Press Agency on the exchange of journalists.", []string{p(invL, invH)}, false},
	{"concluded between", "A cooperation agreement was concluded between Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"the agreement, signed by X and Y", "The agreement, signed by the Lakeside Post and the Hill Times, covers the exchange of articles.", []string{p(invP, invT)}, false},
	{"under a memorandum signed by X and Y", "Under a memorandum signed by the Lakeside News Agency and Xinhua, the two agencies will exchange photos.", []string{p(invL, invX)}, false},
	{"a deal between X and Y was signed", "A deal between the Lakeside Post and the Hill Times was signed in Nairobi.", []string{p(invP, invT)}, false},
	// signing, nominal
	{"the signing of an MoU between", "The signing of an MoU between the Lakeside News Agency and the Hill Country Press Agency took place in Kampala.", []string{p(invL, invH)}, false},
	{"marked the signing of an agreement between", "The ceremony marked the signing of a cooperation agreement between Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"the memorandum between X and Y provides", "The memorandum of understanding between the Lakeside News Agency and the Riverside News Agency provides for the exchange of news.", []string{p(invL, invR)}, false},
	{"the agreement between two countries", "The new agreement between Kenya and Uganda covers media training.", []string{p("country:KEN", "country:UGA")}, false},
	{"the partnership between X and Y began", "The partnership between the Lakeside Post and Xinhua began in 2015.", []string{p(invP, invX)}, false},
	{"has an agreement with", "Valley Television has an agreement with the Coastal Broadcasting Corporation to rebroadcast its news.", []string{p(invV, invC)}, false},
	{"the cooperation of X with Y", "The cooperation of the Lakeside News Agency with the Hill Country Press Agency started in 2001.", []string{p(invL, invH)}, false},
	{"expanded its cooperation with", "The Lakeside News Agency expanded its cooperation with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"a long history of cooperation", "The Lakeside News Agency and the Hill Country Press Agency have a long history of cooperation.", []string{p(invL, invH)}, false},
	// agreement verbs
	{"X and Y agreed to strengthen cooperation", "The Lakeside News Agency and the Hill Country Press Agency agreed to strengthen cooperation.", []string{p(invL, invH)}, false},
	{"X and Y agreed to exchange news", "The Lakeside News Agency and the Hill Country Press Agency agreed to exchange news and photos.", []string{p(invL, invH)}, false},
	{"X and Y pledged to deepen their cooperation", "The Lakeside News Agency and the Riverside News Agency pledged to deepen their cooperation.", []string{p(invL, invR)}, false},
	{"X and Y vowed to expand their partnership", "The Lakeside Post and the Hill Times vowed to expand their partnership.", []string{p(invP, invT)}, false},
	{"X and Y committed to sharing programmes", "Valley Television and the Coastal Broadcasting Corporation committed to sharing programmes.", []string{p(invV, invC)}, false},
	{"X agreed to cooperate with Y", "The Lakeside News Agency agreed to cooperate with the Hill Country Press Agency in training journalists.", []string{p(invL, invH)}, false},
	{"X pledged to work with Y", "The Lakeside News Agency pledged to work with the Riverside News Agency on fact-checking.", []string{p(invL, invR)}, false},
	{"two countries agreed to strengthen media cooperation", "Kenya and Uganda agreed to strengthen media cooperation.", []string{p("country:KEN", "country:UGA")}, false},
	{"X and Y agreed to strengthen ties", "The Lakeside News Agency and Xinhua agreed to strengthen ties.", []string{p(invL, invX)}, false},
	{"X and Y decided to set up a joint newsroom", "The Lakeside News Agency and the Hill Country Press Agency decided to set up a joint newsroom.", []string{p(invL, invH)}, false},
	{"X and Y will exchange journalists", "The Lakeside News Agency and the Hill Country Press Agency will exchange journalists next year.", []string{p(invL, invH)}, false},
	{"X and Y reached an agreement to share content", "The Lakeside News Agency and the Riverside News Agency reached an agreement to share content.", []string{p(invL, invR)}, false},
	{"X and Y pledged closer cooperation", "The Lakeside News Agency and the Riverside News Agency pledged closer cooperation.", []string{p(invL, invR)}, false},
	// partnership words
	{"partnered with", "The Lakeside News Agency has partnered with the Hill Country Press Agency to cover the elections.", []string{p(invL, invH)}, false},
	{"teamed up with", "The Lakeside Post teamed up with the Hill Times to launch a weekly supplement.", []string{p(invP, invT)}, false},
	{"joined hands with", "Valley Television joined hands with the Coastal Broadcasting Corporation to produce a documentary.", []string{p(invV, invC)}, false},
	{"joined forces with", "The Lakeside News Agency joined forces with Xinhua for the coverage.", []string{p(invL, invX)}, false},
	{"did something in partnership with", "Valley Television produced the documentary in partnership with the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"did something in collaboration with", "The Lakeside Post published the series in collaboration with the Hill Times.", []string{p(invP, invT)}, false},
	{"organized something in cooperation with", "The Lakeside News Agency organized the workshop in cooperation with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"X is a partner of Y", "The Lakeside News Agency is a partner of the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X has been a long-standing partner of Y", "The Hill Country Press Agency has been a long-standing partner of the Lakeside News Agency.", []string{p(invL, invH)}, false},
	{"X and its partner, Y", "The Lakeside News Agency and its partner, the Hill Country Press Agency, opened a bureau in Kampala.", []string{p(invL, invH)}, false},
	{"works closely with", "The Lakeside Post works closely with the Hill Times.", []string{p(invP, invT)}, false},
	{"collaborates with", "The Lakeside News Agency collaborates with the Riverside News Agency on photo coverage.", []string{p(invL, invR)}, false},
	{"is cooperating with", "The Lakeside News Agency is cooperating with Xinhua on a book.", []string{p(invL, invX)}, false},
	{"X and Y have cooperated since", "The Lakeside News Agency and the Hill Country Press Agency have cooperated since 1990.", []string{p(invL, invH)}, false},
	{"formed a strategic partnership with", "The Lakeside News Agency formed a strategic partnership with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"established a partnership with", "The Lakeside News Agency established a partnership with Valley Television.", []string{p(invL, invV)}, false},
	{"X and Y launched a partnership", "The Lakeside News Agency and Valley Television launched a partnership on Monday.", []string{p(invL, invV)}, false},
	{"Y, a partner of X, (apposition)", "The Hill Country Press Agency, a partner of the Lakeside News Agency, sent two reporters.", []string{p(invL, invH)}, false},
	// joint work
	{"jointly produced by X and Y", "The documentary was jointly produced by Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"jointly organized by X and Y", "The forum was jointly organized by the Lakeside News Agency and the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"jointly launched by X and Y", "The app was jointly launched by the Lakeside Post and the Hill Times.", []string{p(invP, invT)}, false},
	{"a co-production of X and Y", "The series is a co-production of Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"X and Y co-produced", "Valley Television and the Coastal Broadcasting Corporation co-produced the series.", []string{p(invV, invC)}, false},
	{"X and Y co-hosted", "The Lakeside News Agency and the Hill Country Press Agency co-hosted the seminar.", []string{p(invL, invH)}, false},
	{"X and Y jointly organized", "The Lakeside News Agency and the Hill Country Press Agency jointly organized a photo exhibition.", []string{p(invL, invH)}, false},
	{"a joint project of X and Y", "The exhibition is a joint project of the Lakeside News Agency and the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"X and Y launched a joint supplement", "The Lakeside Post and the Hill Times launched a joint supplement.", []string{p(invP, invT)}, false},
	{"X co-organized something with Y", "The Lakeside News Agency co-organized the training with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"X co-produced something with Y", "Valley Television co-produced the film with the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"co-hosted by X and Y", "The seminar was co-hosted by the Lakeside News Agency and Xinhua.", []string{p(invL, invX)}, false},
	{"X and Y will jointly produce", "The Lakeside News Agency and Valley Television will jointly produce a weekly programme.", []string{p(invL, invV)}, false},
	{"X will open a joint bureau with Y", "The Lakeside News Agency will open a joint bureau with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	// exchange
	{"X will share news with Y", "The Lakeside News Agency will share news with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X exchanges content with Y", "The Lakeside News Agency exchanges content with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"X provides its content to Y", "The Lakeside News Agency provides its content to the Hill Times free of charge.", []string{p(invL, invT)}, false},
	{"X will supply photos to Y", "The Lakeside News Agency will supply photos to the Lakeside Post under the new agreement.", []string{p(invL, invP)}, false},
	{"X and Y exchange news every day", "The Lakeside News Agency and Xinhua exchange news and photos every day.", []string{p(invL, invX)}, false},
	{"X and Y will exchange delegations", "The Lakeside News Agency and the Hill Country Press Agency will exchange delegations of journalists.", []string{p(invL, invH)}, false},
	{"under the agreement, X will provide Y with", "Under the agreement, the Lakeside News Agency will provide the Hill Times with photos.", []string{p(invL, invT)}, false},
	// hub and list
	{"signed agreements with Y, Z and W", "The Lakeside News Agency signed agreements with the Hill Country Press Agency, the Riverside News Agency and Xinhua.", []string{p(invL, invH), p(invL, invR), p(invL, invX)}, false},
	{"has cooperation agreements with Y, Z and W", "The Lakeside News Agency has cooperation agreements with Xinhua, TASS and the Riverside News Agency.", []string{p(invL, invX), p(invL, invS), p(invL, invR)}, false},
	{"has signed content-sharing agreements with Y and Z", "The Lakeside Post has signed content-sharing agreements with the Hill Times and Valley Television.", []string{p(invP, invT), p(invP, invV)}, false},
	{"has partnered with Y, Z and W", "The Lakeside News Agency has partnered with the Hill Country Press Agency, the Riverside News Agency and the Lakeside Post.", []string{p(invL, invH), p(invL, invR), p(invL, invP)}, false},
	{"signed memoranda with Y and with Z", "During the visit, the Lakeside News Agency signed memoranda with the Hill Country Press Agency and with the Riverside News Agency.", []string{p(invL, invH), p(invL, invR)}, false},
	{"two signings in one sentence", "The Lakeside News Agency signed a deal with the Coastal Broadcasting Corporation and the Lakeside Post signed one with the Hill Times.", []string{p(invL, invC), p(invP, invT)}, false},
	// abbreviation after first mention
	{"abbreviation as the signing subject", "The Lakeside News Agency (LNA) is based in Nairobi. LNA signed an agreement with the Hill Country Press Agency on Monday.", []string{p(invL, invH)}, false},
	{"abbreviation as the partner", "The Hill Country Press Agency (HCPA) opened a bureau. The Lakeside News Agency will exchange photos with HCPA.", []string{p(invL, invH)}, false},
	{"two abbreviations agreed", "The Lakeside News Agency (LNA) and the Hill Country Press Agency (HCPA) held talks. LNA and HCPA agreed to exchange news.", []string{p(invL, invH)}, false},
	// definite and pronoun subjects
	{"the agency signed with", "The Lakeside News Agency opened a bureau in Kampala. The agency also signed a memorandum with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"the two sides agreed to exchange", "Xinhua and the Lakeside News Agency held talks in Nairobi on Monday. The two sides agreed to exchange journalists.", []string{p(invL, invX)}, false},
	{"both organisations pledged to share", "The Lakeside Post and the Hill Times met in Nairobi. Both organisations pledged to share content.", []string{p(invP, invT)}, false},
	{"it signed with", "The Lakeside News Agency opened a bureau in Kampala. It signed an agreement with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"it also partnered with", "The Lakeside Post was founded in 1950. It also partnered with the Hill Times in 2001.", []string{p(invP, invT)}, false},
	{"it after two organizations is no one of them", "The Lakeside Post and the Hill Times opened offices in Kampala. It also partnered with Xinhua.", nil, false},
	{"it is expected is no subject", "The Lakeside Post opened an office in Kampala. It is expected that Xinhua will sign a memorandum with TASS.", []string{p(invX, invS)}, false},
	// "X, Y and <no name>" is an open list of three or more, no pair a
	// later pair anaphor refers to (rule pair.open-list)
	{"X, Y and other outlets, then the two sides", "Valley Television signed a memorandum with the Coastal Broadcasting Corporation on Monday. The deal widens the audience of the Hill Times, the Lakeside Post and several regional papers. The two sides will also exchange reporters.", []string{p(invV, invC)}, false},
	{"X, Y and a unit of X, then the two broadcasters", "Valley Television signed a memorandum with the Coastal Broadcasting Corporation. It will bring the Hill Times, the Lakeside Post and the weekend edition of the Hill Times to more readers. The two broadcasters will co-produce a series.", []string{p(invV, invC)}, false},
	{"X, Y or a third party, then both sides", "Xinhua signed a deal with TASS. Readers of the Hill Times, the Lakeside Post or any other subscriber will see the stories, and both sides will share photos.", []string{p(invX, invS)}, false},
	// a person's roles in two organizations name no pair for a later
	// "the two sides" (rule pair.person-roles)
	{"a person's two roles, then the two sides", "Valley Television and the Coastal Broadcasting Corporation held talks in Nairobi. Jane Wanjiru, head of the Hill Times and adviser of the Lakeside Post, spoke to reporters after the talks. The two sides agreed to co-produce a series.", []string{p(invV, invC)}, false},
	{"a person's two roles, then the two sides jointly", "Peter Otieno, member of the board of the Lakeside News Agency and chairman of the Hill Country Press Agency, spoke at the forum, where the two sides jointly launched a photo archive.", nil, false},
	{"the two broadcasters agreed to co-produce", "The director of Valley Television met the head of the Coastal Broadcasting Corporation. The two broadcasters agreed to co-produce a series.", []string{p(invV, invC)}, false},
	{"the two agencies signed", "The Lakeside News Agency held talks with the Riverside News Agency on Monday. The two agencies signed a memorandum.", []string{p(invL, invR)}, false},
	{"the two sides signed after a delegation visit", "The Lakeside News Agency welcomed a delegation from the Hill Country Press Agency and the two sides signed a memorandum.", []string{p(invL, invH)}, false},
	{"X, which signed with Y (relative clause)", "The Lakeside News Agency, which signed a memorandum with Xinhua last year, opened a bureau in Beijing.", []string{p(invL, invX)}, false},
	{"representatives of X and Y signed", "Representatives of the Lakeside News Agency and the Hill Country Press Agency signed the agreement.", []string{p(invL, invH)}, false},
	// headlines
	{"headline X, Y sign MoU", "Lakeside News Agency, Hill Country Press Agency sign MoU on news exchange\n\nThe deal was signed in Nairobi on Monday.", []string{p(invL, invH)}, false},
	{"headline X, Y to share content", "Lakeside Post, Hill Times to share content\n\nThe two papers will publish each other's stories.", []string{p(invP, invT)}, false},
	{"headline country-country media cooperation", "Kenya-Uganda media cooperation to expand\n\nOfficials met in Nairobi on Monday.", []string{p("country:KEN", "country:UGA")}, false},
	{"headline X inks deal with Y", "Lakeside News Agency inks deal with Xinhua\n\nThe agreement covers photos.", []string{p(invL, invX)}, false},
	{"headline X, Y agree to boost cooperation", "Lakeside News Agency, Xinhua agree to boost cooperation\n\nThe agencies met on Monday.", []string{p(invL, invX)}, false},
	{"headline X partners with Y", "Valley Television partners with Coastal Broadcasting Corporation\n\nThe two will air a series.", []string{p(invV, invC)}, false},
	// country level
	{"two countries will strengthen media cooperation", "China and Russia will strengthen media cooperation.", []string{p("country:CHN", "country:RUS")}, false},
	{"media cooperation between two countries", "Media cooperation between Kenya and Ghana has grown.", []string{p("country:GHA", "country:KEN")}, false},
	{"two countries signed a memorandum on information exchange", "Kenya and Uganda signed a memorandum on information exchange.", []string{p("country:KEN", "country:UGA")}, false},
	{"Sino-Kenyan media cooperation", "Sino-Kenyan media cooperation has deepened.", []string{p("country:CHN", "country:KEN")}, false},
	// no statement of cooperation
	{"talks on a possible agreement", "The Lakeside News Agency and the Hill Country Press Agency held talks on a possible agreement.", nil, false},
	{"refused to cooperate with", "The Lakeside News Agency refused to cooperate with the Hill Country Press Agency.", nil, false},
	{"accused", "The Lakeside News Agency accused the Hill Country Press Agency of spreading false news.", nil, false},
	{"has no agreement with", "The Lakeside News Agency has no agreement with the Hill Country Press Agency.", nil, false},
	{"is considering a partnership with", "The Lakeside News Agency is considering a partnership with the Riverside News Agency.", nil, false},
	{"may sign an agreement", "The Lakeside News Agency and the Riverside News Agency may sign an agreement next year.", nil, false},
	{"quoted", "The Lakeside News Agency quoted the Hill Country Press Agency as saying the talks failed.", nil, false},
	{"both covered", "The Lakeside News Agency and the Hill Country Press Agency both covered the summit.", nil, false},
	{"competes with", "The Lakeside News Agency competes with the Riverside News Agency for readers.", nil, false},
	{"attended a forum organized by a third", "The Lakeside News Agency and the Hill Country Press Agency attended the forum organized by Xinhua.", nil, false},
	{"reporters of two papers attended", "Reporters from the Lakeside Post and the Hill Times attended the conference.", nil, false},
	{"denied signing", "The Lakeside News Agency denied signing any agreement with the Hill Country Press Agency.", nil, false},
	{"cooperation was discussed", "Cooperation between the Lakeside News Agency and the Hill Country Press Agency was discussed.", nil, false},
	{"rejected a proposal to share", "The Lakeside News Agency rejected a proposal by the Riverside News Agency to share content.", nil, false},
	{"criticized", "The Lakeside News Agency criticized Valley Television.", nil, false},
	{"with the support of", "With the support of the Riverside News Agency, the Lakeside Post opened a bureau.", nil, false},
	{"members of a union", "The Lakeside Post and the Hill Times are members of the Eastern Press Union.", nil, false},
	{"did not sign", "The Lakeside News Agency did not sign the memorandum with the Hill Country Press Agency.", nil, false},
	{"failed to reach an agreement", "The Lakeside News Agency and the Riverside News Agency failed to reach an agreement.", nil, false},
	{"called off the deal", "The Lakeside News Agency called off its planned deal with Valley Television.", nil, false},
	// real-news complications: inserted dates and places, descriptions
	// before names, participles, possessives
	{"X and Y on Tuesday signed", "The Lakeside News Agency and the Hill Country Press Agency on Tuesday signed a memorandum of understanding.", []string{p(invL, invH)}, false},
	{"X and Y, Wednesday signed", "The Lakeside News Agency and the Hill Country Press Agency, Wednesday signed a memorandum of understanding in Nairobi.", []string{p(invL, invH)}, false},
	{"signed in a place between X and Y", "A memorandum of mutual cooperation was signed in Nairobi between the Lakeside News Agency and the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"signed on a date between X and Y", "An agreement on content exchange was signed on May 4 between Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"a memorandum established between X and Y", "The memorandum of understanding (MoU) established between the Lakeside News Agency and Xinhua governs their cooperation.", []string{p(invL, invX)}, false},
	{"a country's described outlet as partner", "The Lakeside News Agency signed a memorandum with Uganda's state broadcaster, the Coastal Broadcasting Corporation.", []string{p(invL, invC)}, false},
	{"between described outlets", "The agreement provides for the exchange of content between the Kenyan agency Lakeside News Agency and the Ugandan channel Valley Television.", []string{p(invL, invV)}, false},
	{"X's partnership with Y", "The Lakeside News Agency's partnership with Xinhua began in 2015.", []string{p(invL, invX)}, false},
	{"X's cooperation with Y", "The Lakeside Post's cooperation with the Hill Times has grown over the years.", []string{p(invP, invT)}, false},
	{"the X-Y partnership", "The Lakeside Post-Hill Times partnership has produced dozens of joint stories.", []string{p(invP, invT)}, true},
	{"X and Y have been cooperating", "The Lakeside News Agency and the Riverside News Agency have been cooperating for two decades.", []string{p(invL, invR)}, false},
	{"X will work with Y", "The Lakeside News Agency will work with the Hill Country Press Agency to train young reporters.", []string{p(invL, invH)}, false},
	{"X and Y will work together", "The Lakeside News Agency and the Hill Country Press Agency will work together on election coverage.", []string{p(invL, invH)}, false},
	{"in the framework of the agreement between X and Y", "In the framework of the agreement between the Lakeside News Agency and Xinhua, ten journalists visited Beijing.", []string{p(invL, invX)}, false},
	{"a partnership agreement between X and Y", "A partnership agreement between Valley Television and the Coastal Broadcasting Corporation came into force on Monday.", []string{p(invV, invC)}, false},
	{"X signed agreements with A and B, and a memorandum with C", "The Lakeside News Agency signed cooperation agreements with the Hill Country Press Agency, the Riverside News Agency, and a memorandum of understanding with Xinhua.", []string{p(invL, invH), p(invL, invR), p(invL, invX)}, false},
	{"agreements with A and B, and a memorandum with a described C", "The Lakeside News Agency signed agreements of cooperation with Xinhua, TASS, and a memorandum on cooperation with the Ugandan agency Hill Country Press Agency.", []string{p(invL, invX), p(invL, invS), p(invL, invH)}, false},
	{"X has signed with ... including A and B", "The Lakeside News Agency has signed agreements with many agencies, including Xinhua and TASS.", []string{p(invL, invX), p(invL, invS)}, false},
	{"the agreement allows X to use Y's content", "Under the agreement, the Lakeside Post can use the photos of the Lakeside News Agency.", []string{p(invL, invP)}, false},
	{"X signed with Y an agreement (object after partner)", "The Lakeside News Agency signed with the Hill Country Press Agency an agreement on photo exchange.", []string{p(invL, invH)}, false},
	{"X and Y inked", "The Lakeside Post and the Hill Times inked a content-sharing deal on Monday.", []string{p(invP, invT)}, false},
	{"heads of X and Y signed (persons titled)", "Lakeside News Agency director John Mwangi and Hill Country Press Agency president Peter Okello signed the memorandum.", []string{p(invL, invH)}, false},
	{"persons with titles of X and Y signed", "John Mwangi, director of the Lakeside News Agency, and Peter Okello, president of the Hill Country Press Agency, signed a memorandum.", []string{p(invL, invH)}, false},
	{"X's director signed with Y", "The director of the Lakeside News Agency signed a memorandum with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X's head signed with Y's head", "The director of the Lakeside News Agency, John Mwangi, signed a memorandum with the president of the Hill Country Press Agency, Peter Okello.", []string{p(invL, invH)}, false},
	{"the two agencies after a with-visit", "A delegation of the Hill Country Press Agency visited the Lakeside News Agency on Monday. The two agencies agreed to exchange photos.", []string{p(invL, invH)}, false},
	{"both sides after talks of X with Y", "The Lakeside Post held talks with the Hill Times in Nairobi. Both sides agreed to publish joint supplements.", []string{p(invP, invT)}, false},
	{"acronym forms after definitions in the same sentence", "The Lakeside News Agency (LNA) and the Riverside News Agency (RNA) signed a deal under which LNA will supply photos to RNA.", []string{p(invL, invR)}, false},
	{"country pair headline to boost media cooperation", "Kenya, Uganda to boost media cooperation\n\nMinisters met in Nairobi on Monday.", []string{p("country:KEN", "country:UGA")}, false},
	{"countries' media cooperation with possessive", "Kenya's media cooperation with Uganda has grown.", []string{p("country:KEN", "country:UGA")}, false},
	{"media exchanges between two countries", "Media exchanges between Kenya and Uganda have increased.", []string{p("country:KEN", "country:UGA")}, false},
	{"X and Y media cooperation (demonyms)", "Kenyan-Ugandan media cooperation has a long history.", []string{p("country:KEN", "country:UGA")}, false},
	{"between the media of two countries", "The forum promotes cooperation between the media of Kenya and Uganda.", []string{p("country:KEN", "country:UGA")}, false},
	{"the two countries agreed to exchange journalists", "Kenya and Uganda held talks in Nairobi. The two countries agreed to exchange journalists.", []string{p("country:KEN", "country:UGA")}, false},
	{"X, which has partnered with Y", "The Lakeside Post, which has partnered with the Hill Times since 2010, opened a bureau in Kampala.", []string{p(invP, invT)}, false},
	{"X launched Z together with Y", "The Lakeside News Agency launched a photo service together with Xinhua.", []string{p(invL, invX)}, false},
	{"X, along with Y, launched", "The Lakeside News Agency, along with the Riverside News Agency, launched a fact-checking service.", []string{p(invL, invR)}, false},
	{"X and Y established a joint venture", "The Lakeside Post and the Hill Times established a joint venture for printing.", []string{p(invP, invT)}, false},
	{"a joint venture of X and Y", "Lakeside Print is a joint venture of the Lakeside Post and the Hill Times.", []string{p(invP, invT)}, false},
	{"X and Y will co-produce", "Valley Television and the Coastal Broadcasting Corporation will co-produce a documentary series.", []string{p(invV, invC)}, false},
	{"X and Y have a partnership", "The Lakeside News Agency and Xinhua have a partnership in photo distribution.", []string{p(invL, invX)}, false},
	{"X is in partnership with Y", "The Lakeside News Agency is in partnership with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X's partner Y", "The Lakeside News Agency's partner, the Hill Country Press Agency, sent two photographers.", []string{p(invL, invH)}, false},
	{"X thanked Y for cooperation (no statement of a partnership)", "The Lakeside News Agency thanked the Hill Country Press Agency for its coverage.", nil, false},
	// more negatives
	{"plans to explore cooperation", "The Lakeside News Agency plans to explore cooperation with the Riverside News Agency.", nil, false},
	{"discussed the possibility of an agreement", "The Lakeside News Agency and Xinhua discussed the possibility of signing an agreement.", nil, false},
	{"sued", "The Lakeside Post sued the Hill Times over the article.", nil, false},
	{"reported by", "The story was first reported by the Lakeside Post and later by the Hill Times.", nil, false},
	{"a rival of", "The Lakeside Post is a rival of the Hill Times.", nil, false},
	{"owned by", "Valley Television is owned by the Coastal Broadcasting Corporation.", nil, false},
	{"cited", "The Lakeside News Agency cited Xinhua as saying the talks would resume.", nil, false},
	{"a proposal to cooperate", "The Lakeside News Agency made a proposal to cooperate with the Riverside News Agency.", nil, false},
	{"X and Y will do joint features", "The Lakeside News Agency and the Hill Country Press Agency will do a series of joint features next year.", []string{p(invL, invH)}, false},
	{"X and Y attended a joint press conference", "The Lakeside News Agency and the Hill Country Press Agency attended a joint press conference of the ministers.", nil, false},
	{"attended together with", "The Lakeside News Agency attended the forum together with the Hill Country Press Agency.", nil, false},
	{"four makers of a joint work", "The Lakeside News Agency, the Hill Times, Valley Television and the Coastal Broadcasting Corporation launched a joint fact-checking desk.", []string{p(invL, invT), p(invL, invV), p(invL, invC), p(invT, invV), p(invT, invC), p(invV, invC)}, false},
	{"four parties with a country among them (multilateral, no pairs)", "Kenya, the Lakeside News Agency, the Hill Times and Valley Television agreed to cooperate on coverage of the elections.", nil, false},
	{"X held an event together with Y", "The Lakeside Post held a workshop on ethics together with the Hill Times.", []string{p(invP, invT)}, false},
	{"X staged an event jointly with Y", "Valley Television staged the film festival jointly with the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"X held talks together with Y (a meeting)", "The Lakeside News Agency held talks together with the Riverside News Agency on Monday.", nil, false},
	{"X held a meeting together with Y", "The Lakeside Post held a meeting together with the Hill Times.", nil, false},
	{"an event organized jointly by X and Y", "The seminar was organized jointly by the Lakeside News Agency and the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"an event hosted jointly by X and Y", "The summit was hosted jointly by Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"organized by X and sponsored jointly by Y (one joint party)", "The forum was organized by the Lakeside Post and sponsored jointly by the Hill Times.", nil, false},
	{"an exchange of views between", "The meeting was an exchange of views between the Lakeside News Agency and the Riverside News Agency.", nil, false},
	{"cultural exchanges between two countries", "Cultural exchanges between Kenya and Uganda have a long history.", nil, false},
	{"competitors", "The Lakeside Post and the Hill Times compete for readers in Nairobi.", nil, false},
	{"the two countries' relations were strained", "Relations between Kenya and Uganda were strained last year.", nil, false},
	{"members attended a meeting of a union", "The Lakeside News Agency and the Hill Country Press Agency attended the general assembly of the Eastern Press Union.", nil, false},
	// batch three: more verbs, possessives, headlines, relative clauses
	{"signed by X's director A and Y's president B", "The memorandum was signed by Lakeside News Agency's director John Mwangi and Xinhua's president Fu Hua.", []string{p(invL, invX)}, false},
	{"X's president A and Y's CEO B signed", "Xinhua's president Fu Hua and the Lakeside Post's editor Peter Okello signed the agreement.", []string{p(invP, invX)}, false},
	{"X has inked a memorandum of cooperation with Y", "The Lakeside News Agency has inked a memorandum of cooperation with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"X and Y will cooperate in", "The Lakeside News Agency and the Hill Country Press Agency will cooperate in training photographers.", []string{p(invL, invH)}, false},
	{"X renewed its partnership with Y", "The Lakeside Post renewed its partnership with the Hill Times for three years.", []string{p(invP, invT)}, false},
	{"X agreed with Y to exchange news", "The Lakeside News Agency agreed with the Hill Country Press Agency to exchange news.", []string{p(invL, invH)}, false},
	{"X agreed with Y on content exchange", "The Lakeside News Agency agreed with Xinhua on content exchange.", []string{p(invL, invX)}, false},
	{"X reached an agreement with Y on", "The Lakeside News Agency reached an agreement with the Riverside News Agency on photo exchange.", []string{p(invL, invR)}, false},
	{"X concluded an agreement with its counterpart Y", "The Lakeside News Agency concluded a cooperation agreement with its Ugandan counterpart, the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X is Y's partner", "The Lakeside News Agency is Xinhua's partner in East Africa.", []string{p(invL, invX)}, false},
	{"X has a memorandum of understanding with Y", "The Lakeside News Agency has a memorandum of understanding with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X and Y's memorandum", "The Lakeside News Agency and Xinhua's memorandum covers photo exchange.", []string{p(invL, invX)}, false},
	{"X and Y, which signed a memorandum in 2019", "The Lakeside Post and the Hill Times, which signed a memorandum in 2019, published a joint supplement.", []string{p(invP, invT)}, false},
	{"X, which has signed agreements with Y and Z", "The Lakeside News Agency, which has signed agreements with Xinhua and TASS, opened a bureau in Moscow.", []string{p(invL, invX), p(invL, invS)}, false},
	{"signed with Y, represented by its director", "The Lakeside News Agency signed a memorandum with the Hill Country Press Agency, represented by its director Peter Okello.", []string{p(invL, invH)}, false},
	{"headline agreement between X and Y on news exchange", "Agreement between Lakeside News Agency and Xinhua on news exchange\n\nThe document was signed on Monday.", []string{p(invL, invX)}, false},
	{"headline X and Y to cooperate in news exchange", "Lakeside News Agency and Xinhua to cooperate in news exchange\n\nThe agencies met on Monday.", []string{p(invL, invX)}, false},
	{"headline X, Y ink content-sharing pact", "Lakeside Post, Hill Times ink content-sharing pact\n\nThe papers will share stories.", []string{p(invP, invT)}, false},
	{"headline X and Y enter into strategic partnership", "Lakeside News Agency and Xinhua enter into strategic partnership\n\nThe agencies met on Monday.", []string{p(invL, invX)}, false},
	{"X extends cooperation with Y", "The Lakeside News Agency extends its cooperation with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X strengthens cooperation with Y", "The Lakeside News Agency strengthens cooperation with Valley Television.", []string{p(invL, invV)}, false},
	{"X and Y mark ten years of cooperation", "The Lakeside News Agency and the Hill Country Press Agency mark ten years of cooperation.", []string{p(invL, invH)}, false},
	{"X and Y celebrate 60 years of partnership", "The Lakeside News Agency and Xinhua celebrated 60 years of partnership on Monday.", []string{p(invL, invX)}, false},
	{"the agreement was signed between the two agencies", "The Lakeside News Agency and the Riverside News Agency met in Nairobi. The agreement was signed between the two agencies on Monday.", []string{p(invL, invR)}, false},
	{"X and Y have worked together since", "The Lakeside Post and the Hill Times have worked together since 2012.", []string{p(invP, invT)}, false},
	{"X will broadcast programmes of Y under the agreement", "Under the agreement, Valley Television will broadcast programmes of the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"X and Y will jointly cover", "The Lakeside News Agency and the Hill Country Press Agency will jointly cover the elections.", []string{p(invL, invH)}, false},
	{"X has been cooperating with Y since", "The Lakeside News Agency has been cooperating with the Hill Country Press Agency since 1995.", []string{p(invL, invH)}, false},
	{"cooperation between X and its partner Y", "The forum marked the cooperation between the Lakeside News Agency and its partner Xinhua.", []string{p(invL, invX)}, false},
	{"X signed agreements with its counterparts from A and B (unnamed)", "The Lakeside News Agency signed agreements with its counterparts from Ghana and Senegal.", nil, false},
	{"X and the news agency of country Y", "The Lakeside News Agency and the news agency of Uganda, the Hill Country Press Agency, signed a memorandum.", []string{p(invL, invH)}, false},
	{"two countries' news agencies X and Y signed", "The Kenyan and Ugandan news agencies, the Lakeside News Agency and the Hill Country Press Agency, signed a memorandum.", []string{p(invL, invH)}, false},
	{"media of two countries will cooperate", "The media of Kenya and Uganda will cooperate more closely.", []string{p("country:KEN", "country:UGA")}, false},
	{"X-Y media cooperation forum is no statement", "The third Kenya-Uganda Media Cooperation Forum opened in Nairobi on Monday.", nil, false},
	{"Kenya and Uganda signed a media agreement", "Kenya and Uganda signed a media agreement during the visit.", []string{p("country:KEN", "country:UGA")}, false},
	{"the two governments agreed to cooperate in media", "The governments of Kenya and Uganda agreed to cooperate in the field of media.", []string{p("country:KEN", "country:UGA")}, false},
	// batch three negatives
	{"X and Y discussed ways to expand cooperation", "The Lakeside News Agency and the Hill Country Press Agency discussed ways to expand cooperation.", nil, false},
	{"X wants to cooperate with Y", "The Lakeside News Agency hopes to cooperate with the Riverside News Agency in the future.", nil, false},
	{"X invited Y to cooperate", "The Lakeside News Agency invited the Riverside News Agency to cooperate on the project.", nil, false},
	{"X congratulated Y", "The Lakeside News Agency congratulated the Hill Country Press Agency on its anniversary.", nil, false},
	{"X interviewed the head of Y", "The Lakeside Post interviewed the head of the Hill Times.", nil, false},
	{"X and Y both signed agreements with Z (partners not paired)", "The Lakeside Post and the Hill Times both signed agreements with Xinhua.", []string{p(invP, invX), p(invT, invX)}, false},
	{"X and Y launched the N (definite object)", "The Lakeside Post and Valley Television launched the Lakeside Voices podcast in March.", []string{p(invP, invV)}, false},
	{"an event whose sentence tells an earlier launch by a third party", "The forum, the third since the secretariat launched the platform in 2019, brought together the Lakeside Post, the Hill Times and Valley Television.", nil, false},
	{"organized by X's unit in collaboration with Y (the unit, not its owner)", "The course was organized by Anadolu Agency's News Academy in collaboration with the Hill Times.", []string{p("org:news-academy", invT)}, false},
	{"the N, developed by X and Y, (participle set off)", "The portal, developed by the Lakeside Post and the Hill Times, went online in May.", []string{p(invP, invT)}, false},
	{"the N last year, produced by X and Y (time adverbial before the participle)", "Viewers praised the documentary series in 2023, produced by Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"plural works, produced by X and Y (each its own)", "The channel airs several programmes, produced by the Lakeside Post and the Hill Times.", nil, false},
	{"an outlet and its own unit are no partners (Sputnik, Radio Sputnik)", "Sputnik, Radio Sputnik and the Hill Times have agreed to deepen ties and widen the sharing of news.", []string{p("org:radio-sputnik", invT), p("org:sputnik", invT)}, false},
	{"among the Agency's partners are outlets such as A and B", "The Lakeside News Agency opened a new bureau this year. Among the Agency's partners are news outlets such as China's Xinhua and Russia's TASS, its director said.", []string{p(invL, invX), p(invL, invS)}, false},
	{"the broadcaster's partners include A and B", "Valley Television launched a documentary channel. Its director said the broadcaster's partners now include the Lakeside Post and Xinhua.", []string{p(invV, invP), p(invV, invX)}, false},
	{"the Agency's partners include A and B (the one agency named before)", "TASS held talks in Tokyo on Monday. The Agency's partners include the Lakeside Post and Valley Television.", []string{p(invS, invP), p(invS, invV)}, false},
	{"the Agency's partners with two agencies named before (ambiguous)", "TASS and Kyodo News held talks in Tokyo. The Agency's partners include the Lakeside Post and Valley Television.", nil, false},
	{"X's partners are agencies like A and B", "The Hill Times' partners are newspapers like the Lakeside Post and agencies like Xinhua.", []string{p(invT, invP), p(invT, invX)}, true},
	{"X and Y signed agreements with their counterparts (unnamed third party)", "At the forum, the Lakeside Post and the Hill Times also inked agreements with their local counterparts.", nil, false},
	{"X and Y signed with several foreign outlets", "The Lakeside News Agency and Valley Television signed memoranda with several foreign outlets last year.", nil, false},
	{"X and Y signed with their Kenyan peers", "Xinhua and TASS signed cooperation deals with their Kenyan peers on Monday.", nil, false},
	{"X and Y signed an agreement with each other", "The Lakeside News Agency and the Hill Country Press Agency signed an agreement with each other on photo exchange.", []string{p(invL, invH)}, false},
	{"X's agreement with Y expired", "The Lakeside News Agency's agreement with the Riverside News Agency expired in 2019.", []string{p(invL, invR)}, false},
	// batch four: appositions, relative passives, letters and protocols,
	// trilateral agreements, quotes
	{"both members with appositions signed", "The Lakeside News Agency, the state news agency of Kenya, and Valley Television, Uganda's national broadcaster, signed a memorandum.", []string{p(invL, invV)}, false},
	{"the MoU, which was signed by X and Y, aims", "The MoU, which was signed by the Lakeside News Agency and the Hill Country Press Agency, aims to boost photo exchange.", []string{p(invL, invH)}, false},
	{"in a place on a date, X and Y signed", "In Nairobi on Monday, the Lakeside News Agency and Xinhua signed a cooperation agreement.", []string{p(invL, invX)}, false},
	{"X has teamed up with Y and Z", "The Lakeside Post has teamed up with the Hill Times and Valley Television to fight misinformation.", []string{p(invP, invT), p(invP, invV)}, false},
	{"X and Y will co-organize", "The Lakeside News Agency and the Hill Country Press Agency will co-organize a forum in May.", []string{p(invL, invH)}, false},
	{"X and Y co-founded", "The Lakeside Post and the Hill Times co-founded the Eastern Fact-Check Network in 2019.", []string{p(invP, invT)}, false},
	{"X will cooperate closely with Y", "The Lakeside News Agency will cooperate closely with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"the two agencies have had a partnership since", "The Lakeside News Agency and Xinhua opened a joint bureau in 2005. The two agencies have had a partnership since then.", []string{p(invL, invX)}, false},
	{"X signed a letter of intent with Y", "The Lakeside News Agency signed a letter of intent with the Hill Country Press Agency.", []string{p(invL, invH)}, false},
	{"X and Y signed a protocol on cooperation", "The Lakeside News Agency and Xinhua signed a protocol on cooperation.", []string{p(invL, invX)}, false},
	{"X and Y adopted a joint action plan", "The Lakeside News Agency and the Riverside News Agency adopted a joint action plan for 2025.", []string{p(invL, invR)}, false},
	{"X and Y exchanged memoranda", "The Lakeside Post and the Hill Times exchanged memoranda of understanding at the ceremony.", []string{p(invP, invT)}, false},
	{"memoranda were exchanged between X and Y", "Memoranda of understanding were exchanged between Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"X and Y agreed on a joint work plan", "The Lakeside News Agency and Xinhua agreed on a joint work plan.", []string{p(invL, invX)}, false},
	{"X, Y and Z signed a trilateral agreement", "The Lakeside News Agency, the Hill Country Press Agency and the Riverside News Agency signed a trilateral agreement.", []string{p(invL, invH), p(invL, invR), p(invH, invR)}, false},
	{"X signed separate agreements with Y and Z", "The Lakeside News Agency signed separate agreements with Xinhua and TASS.", []string{p(invL, invX), p(invL, invS)}, false},
	{"X later signed a similar deal with Y", "The Lakeside Post later signed a similar deal with the Hill Times.", []string{p(invP, invT)}, false},
	{"quote: we signed with Y, said the director of X", "\u201cWe are glad to sign this agreement with Xinhua,\u201d said John Mwangi, director of the Lakeside News Agency.", []string{p(invL, invX)}, false},
	{"X and Y have established cooperation", "The Lakeside News Agency and the Hill Country Press Agency have established close cooperation.", []string{p(invL, invH)}, false},
	{"X set up a joint venture with Y", "The Lakeside Post set up a joint venture with the Hill Times.", []string{p(invP, invT)}, false},
	{"cooperation agreement between X and Y signed in 2017", "Under the cooperation agreement between the Lakeside News Agency and Xinhua signed in 2017, the agencies exchange photos.", []string{p(invL, invX)}, false},
	{"X thanked Y for coordination in carrying out their agreement", "The Lakeside News Agency thanked Xinhua for its coordination in carrying out their cooperation agreement.", []string{p(invL, invX)}, true},
	// batch four negatives
	{"a forum co-organized by X and Y pairs the organizers, not the countries", "The Kenya-Uganda forum, co-organized by the Lakeside News Agency and the Hill Country Press Agency, was held online.", []string{p(invL, invH)}, false},
	{"X and Y will exchange modified content", "The Lakeside News Agency and the Hill Country Press Agency are planning to exchange English language content.", []string{p(invL, invH)}, false},
	{"X and Y will share their modified news stories", "The Lakeside Post and the Hill Times will share their English-language news stories.", []string{p(invP, invT)}, false},
	{"X exchanges modified content with Y", "The Lakeside News Agency exchanges English-language content with Xinhua.", []string{p(invL, invX)}, false},
	{"X and Y exchanged views", "The Lakeside News Agency and the Hill Country Press Agency exchanged views on the situation.", nil, false},
	{"X and Y shared the stage", "The Lakeside Post and the Hill Times shared the stage at the forum.", nil, false},
	// joint projects and their coordinators (coop.consortium)
	{"under the coordination of X, agencies such as A and B are participating", "Under the coordination of the Lakeside News Agency, agencies such as Xinhua and TASS are participating.", []string{p(invL, invX), p(invL, invS)}, false},
	{"the project's coordinator is X; the project includes A, B and C", "The Eastern Newsroom was launched in Nairobi. The project's coordinator is the Lakeside News Agency. The project includes the following agencies: Xinhua, TASS and the Riverside News Agency.", []string{p(invL, invX), p(invL, invS), p(invL, invR)}, false},
	{"A, B, C and D form the core group of the project", "The agencies Xinhua (China), TASS (Russia), the Riverside News Agency (Kenya) and the Hill Country Press Agency (Uganda) form the core group of the project.", []string{p(invX, invS), p(invX, invR), p(invX, invH), p(invS, invR), p(invS, invH), p(invR, invH)}, false},
	{"under the leadership of X, A and B criticized", "Under the leadership of the Lakeside News Agency, Xinhua and TASS criticized the report.", nil, false},
	{"a project that includes A and B without a coordinator", "The project includes the following agencies: Xinhua, TASS and the Riverside News Agency.", nil, false},
	{"X is Y's rival, not its partner", "The Lakeside Post is the Hill Times's rival, not its partner.", nil, false},
	{"X held a joint press conference with Y", "The Lakeside News Agency held a joint press conference with the Riverside News Agency.", []string{p(invL, invR)}, false},
	{"X attended a joint meeting with Y", "The Lakeside News Agency attended a joint meeting with the Riverside News Agency.", nil, false},
	{"the visit of X with Y is no cooperation", "The visit of the Lakeside News Agency with the Riverside News Agency ended on Monday.", nil, false},
	{"X and Y praised the agreement", "The Lakeside News Agency and the Hill Country Press Agency praised the agreement between Kenya and Uganda.", []string{p("country:KEN", "country:UGA")}, false},
	{"X, along with Y, attended", "The Lakeside News Agency, along with the Riverside News Agency, attended the forum.", nil, false},
	{"X and Y are rivals", "The Lakeside Post and the Hill Times are fierce rivals.", nil, false},
	{"X signed a contract with a person", "The Lakeside Post signed a contract with the writer John Mwangi.", nil, false},
	{"X and Y were both fined", "The Lakeside Post and the Hill Times were both fined by the regulator.", nil, false},
	{"X broke off cooperation with Y", "The Lakeside News Agency broke off cooperation with the Riverside News Agency in 2020.", nil, false},
	{"two countries signed a trade agreement witnessed by media", "Journalists of the Lakeside Post covered the signing of the trade agreement by the ministers.", nil, false},
	// round 6 (blind articles of the coop family): discourse-level
	// subjects and partners
	{"it after a time adverbial, the subject of the sentence before", "The Riverside News Agency is expanding across the region. Last week it inked a photo exchange deal with Valley Television.", []string{p(invR, invV)}, false},
	{"it after a date, a described subject before", "Kenya's Lakeside Post criticised the ministry. In 2019 it signed an agreement with the Hill Times.", []string{p(invP, invT)}, false},
	{"it after a time adverbial when a pair opened the sentence before", "The Lakeside Post and the Hill Times covered the election. On Monday it signed an agreement with Xinhua.", nil, false},
	{"a similar memorandum had been concluded with (agentless, the signer before)", "The Hill Country Press Agency signed a memorandum with the Lakeside Post on Friday. Earlier, a similar memorandum had been concluded with Valley Television.", []string{p(invH, invP), p(invH, invV)}, false},
	{"X, which has signed agreements with Y and Z", "The Lakeside Post, which has signed content agreements with Xinhua and TASS, turned 50 on Friday.", []string{p(invP, invX), p(invP, invS)}, false},
	{"signed with X, which has signed similar agreements with Y", "The Riverside News Agency signed a news exchange agreement on Sunday with the Hill Country Press Agency, which has signed similar agreements with Xinhua.", []string{p(invR, invH), p(invH, invX)}, false},
	{"X, which has criticised Y", "Valley Television thanked the Hill Times, which has criticised the Riverside News Agency.", nil, false},
	{"the state broadcasters of three countries signed", "The state broadcasters of Kenya, Uganda and Rwanda signed a joint statement in Kigali.", nil, false},
	{"X will train Y photographers", "Under the deal, Xinhua will train Riverside News Agency photographers.", []string{p(invX, invR)}, false},
	{"X trained Y's staff", "The Lakeside News Agency trained Valley Television's technical staff last year.", []string{p(invL, invV)}, false},
	{"X will train a country's reporters", "Xinhua will train 40 Kenyan reporters next year.", nil, false},
	{"quoted: our partnership with Y, said X's editor", "\"Our content partnership with TASS has doubled our audience,\" Lakeside Post editor Amina Odhiambo told reporters.", []string{p(invP, invS)}, false},
	{"quoted: our competition with Y", "\"Our competition with the Hill Times keeps us sharp,\" said Lakeside Post editor Amina Odhiambo.", nil, false},
	{"X signed two agreements; the first with Y, the second with Z", "The Coastal Broadcasting Corporation signed two agreements in Nairobi on Tuesday. The first was signed with Valley Television, and the second with the Lakeside Post.", []string{p(invC, invV), p(invC, invP)}, false},
	{"upgraded its deal with", "The Riverside News Agency upgraded its news exchange deal with TASS on Monday.", []string{p(invR, invS)}, false},
	{"an accord with Y was not on the table", "Xinhua said a similar accord with the Hill Times was not on the table.", nil, false},
	{"under the memorandum, X will publish Y stories", "Under the memorandum, the Lakeside Post will publish Hill Times stories every week.", []string{p(invP, invT)}, false},
	{"under the deal, X will carry Y's reports", "Under the deal, Xinhua will carry the Riverside News Agency's English news reports.", []string{p(invX, invR)}, false},
	{"X will publish Y stories, no agreement", "The Lakeside Post will publish Hill Times stories every week.", nil, false},
	{"an agreement between the two broadcasters, named apart before", "Valley Television will air programmes produced by the Coastal Broadcasting Corporation under a new agreement between the two broadcasters.", []string{p(invV, invC)}, false},
	{"signed with Y in a year and with Z in another", "Xinhua signed agreements with the Lakeside News Agency in 2015 and with Valley Television in 2018.", []string{p(invX, invL), p(invX, invV)}, false},
	{"signed with Y and sent a delegation to Z", "Xinhua signed an agreement with the Lakeside News Agency in 2015 and sent a delegation to Valley Television in 2018.", []string{p(invX, invL)}, false},
	{"its partners now include A and B (its: the subject before)", "Xinhua has been expanding its network in Africa. Its partners now include the Lakeside News Agency and Valley Television.", []string{p(invX, invL), p(invX, invV)}, false},
	{"X's media partners include A, B and C", "The Lakeside Post's media partners include the Hill Times, TASS and Xinhua.", []string{p(invP, invT), p(invP, invS), p(invP, invX)}, false},
	{"X's main rivals include Y", "The Lakeside Post's main rivals include the Hill Times.", nil, false},
	{"reporters of X and Y will work side by side", "Reporters of the Lakeside Post and the Hill Times will work side by side in a shared newsroom.", []string{p(invP, invT)}, false},
	{"X and Y stood side by side", "The Lakeside Post and the Hill Times stood side by side at the ceremony.", nil, false},
	{"according to the memorandum, X will provide Y with", "According to the memorandum, the Lakeside News Agency will provide Xinhua with photos from East Africa.", []string{p(invL, invX)}, false},
	{"as part of the deal, X will supply Y with", "As part of the deal, Valley Television will supply the Coastal Broadcasting Corporation with footage.", []string{p(invV, invC)}, false},
	{"according to X, Y will provide Z with (a source, no agreement)", "According to Xinhua, the Lakeside News Agency will provide TASS with photos.", nil, false},
	{"the memorandum allows X to rebroadcast Y bulletins", "The memorandum allows Valley Television to rebroadcast Coastal Broadcasting Corporation news bulletins.", []string{p(invV, invC)}, false},
	{"a ruling allows X to rebroadcast Y bulletins", "The ruling allows Valley Television to rebroadcast Coastal Broadcasting Corporation news bulletins.", nil, false},
	{"X will receive Y content under the new arrangement", "The Lakeside Post will receive Xinhua content free of charge under the new arrangement.", []string{p(invP, invX)}, false},
	{"quoted: we have signed a memorandum with Y, said X's editor", "\"We have signed a memorandum with Xinhua,\" said Lakeside Post editor Amina Odhiambo.", []string{p(invP, invX)}, false},
	{"quoted: we will never sign a deal with Y", "\"We will never sign a deal with TASS,\" said Lakeside Post editor Amina Odhiambo.", nil, false},
	{"X became the first Kenyan agency to sign a deal with Y", "The Lakeside News Agency became the first Kenyan agency to sign a content deal with TASS.", []string{p(invL, invS)}, false},
	{"X has become the only newspaper to partner with Y", "The Hill Times has become the only newspaper to partner with Valley Television.", []string{p(invT, invV)}, false},
	{"X was the first daily to criticise Y", "The Lakeside Post was the first Kenyan daily to criticise Xinhua.", nil, false},
	{"X and Y both signed a named public charter", "The Lakeside Post and the Hill Times both signed the Press Freedom Charter.", nil, false},
	{"X and Y signed the Joint Declaration on ...", "The Lakeside Post and the Hill Times signed the Joint Declaration on Media Cooperation.", []string{p(invP, invT)}, false},
	{"the information ministers of two countries signed", "The information ministers of Kenya and Uganda signed a memorandum on media cooperation.", []string{p("country:KEN", "country:UGA")}, false},
	{"the ministers of two countries met", "The ministers of Kenya and Uganda met in Kampala.", nil, false},
	{"according to X's editor, the newspaper has exchanged reporters with Y", "According to the Lakeside Post's editor, the newspaper has exchanged reporters with the Hill Times since 2010.", []string{p(invP, invT)}, false},
	{"last year, the newspaper signed with Y after two newspapers", "The Lakeside Post and the Hill Times opened bureaus. Last year, the newspaper signed an agreement with Xinhua.", nil, false},
	{"X trained Y's former staff", "The Coastal Broadcasting Corporation trained Valley Television's former staff after the station closed.", nil, false},
	{"X's partners are unhappy with Y", "The Lakeside Post's partners are unhappy with the Hill Times.", nil, false},
	{"X's partners are A and B", "The Lakeside Post's partners are the Hill Times and TASS.", []string{p(invP, invT), p(invP, invS)}, false},
	{"quoted: our dispute with Y", "\"Our dispute with the Hill Times is over,\" said Lakeside Post editor Amina Odhiambo.", nil, false},
	{"it after a time adverbial, a passive of another act", "The Lakeside Post is a Kenyan daily. Last year it was sued by the Hill Times.", nil, false},
	{"the first to Y after contracts with printers, no named partner", "The Hill Times signed three contracts with printers. The first went to the Lakeside Post.", nil, false},
	{"the first episode was sent to Y is no agreement", "The Coastal Broadcasting Corporation signed an agreement with Valley Television. The first episode was sent to the Lakeside Post.", []string{p(invC, invV)}, false},
	// round 7: hubs with similar arrangements, bare signings, reported
	// clauses of a speaker's organization
	{"X has similar arrangements with Y and Z", "The Lakeside News Agency signed a deal with Xinhua. The Lakeside News Agency has similar arrangements with TASS and the Hill Times.", []string{p(invL, invX), p(invL, invS), p(invL, invT)}, false},
	{"X had established similar ties with Y", "The Riverside News Agency had established similar ties with Valley Television in 2015.", []string{p(invR, invV)}, false},
	{"comparable arrangements with many, among them Y and Z", "Xinhua has comparable arrangements with about forty agencies, among them the Lakeside News Agency and TASS.", []string{p(invX, invL), p(invX, invS)}, false},
	{"quote: we signed with Y (no agreement noun)", "\"We signed with Xinhua last year,\" Lakeside News Agency director John Mwangi said.", []string{p(invL, invX)}, false},
	{"X signed with Y (no agreement noun)", "The Hill Times signed with Valley Television in 2021.", []string{p(invT, invV)}, false},
	{"X will sign with Y is a plan", "The Hill Times will sign with Valley Television next month.", nil, false},
	{"the director said the agency shares news with Y", "Lakeside News Agency director John Mwangi said the agency now shares news daily with TASS.", []string{p(invL, invS)}, false},
	{"he told the board that the broadcaster exchanged programmes with Y", "Valley Television director John Mwangi opened the session. He told the board on Monday that the broadcaster had exchanged programmes with the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	// round 10: appositions after the last member, the kind of "the two
	// agencies", countries that only qualify the outlets
	{"X and Y, the regional service of Z, renewed", "The Lakeside News Agency and Valley Television, the regional service of the Coastal Broadcasting Corporation, yesterday renewed their content agreement.", []string{p(invL, invV)}, false},
	{"X and Y, the weekly arm of Kenyan broadcaster Z, launched a joint", "The Hill Times and the Lakeside Post, the weekly arm of Kenyan broadcaster Valley Television, on Monday launched a joint supplement.", []string{p(invT, invP)}, false},
	{"X, the national wire of Z, and Y signed", "The Lakeside News Agency, the national wire of the Coastal Broadcasting Corporation, and TASS signed a memorandum on news exchange.", []string{p(invL, invS)}, false},
	{"the two agencies after a visit to two newspapers", "The Lakeside News Agency and TASS agreed to exchange photos. The TASS delegation also visited the Lakeside Post and met editors of the Hill Times. The two agencies signed their first agreement in 2015.", []string{p(invL, invS)}, false},
	{"X, Y state broadcasters sign cooperation deal (headline)", "Kenya, Uganda state broadcasters sign cooperation deal\nValley Television and the Coastal Broadcasting Corporation signed a memorandum on Monday.", []string{p(invV, invC)}, false},
	// round 12: countries before "public TV", "radio stations", "media
	// outlets" qualify the outlets (coop.country-outlets); a pair that
	// deals "with" a third party is one side, not "the two sides"
	// (pair.with-side)
	{"X and Y public TV co-produce (headline)", "Kenya and Uganda public TV co-produce wildlife series\nValley Television and the Coastal Broadcasting Corporation began filming on Monday.", []string{p(invV, invC)}, true},
	{"X, Y radio stations to swap programmes (headline)", "Kenya, Uganda radio stations to swap programmes\nValley Television met the Coastal Broadcasting Corporation on Monday.", nil, false},
	{"X and Y media outlets agree to share content", "Kenyan and Ugandan media outlets agreed on Monday to share content.", nil, false},
	{"X and Y will share with Z, and the two sides will jointly", "Under the deal, the Hill Times and the Lakeside Post will share photos with Valley Television, and the two sides will jointly train reporters.", []string{p(invT, invV), p(invP, invV)}, false},
	{"X and Y signed with Z; the two sides agreed", "The Lakeside News Agency and TASS signed a memorandum with Xinhua, and the two sides agreed to meet yearly.", []string{p(invL, invX), p(invS, invX)}, true},
	{"X and Y signed; the two sides will jointly (no third party)", "The Lakeside News Agency and TASS signed a memorandum, and the two sides will jointly cover the games.", []string{p(invL, invS)}, false},
	// "the two agencies" with no pair named: the only two of the kind
	// named before (pair.kind-two)
	{"a delegation of X met Y; the two agencies signed in 2019", "A delegation of the Lakeside News Agency visited Moscow on Monday and met the director of TASS. The Lakeside delegation last came in 2019, when the two agencies signed a memorandum.", []string{p(invL, invS)}, false},
	{"X visited Y; the two broadcasters have exchanged programmes since", "Valley Television's director toured the studios of the Coastal Broadcasting Corporation. The two broadcasters have exchanged programmes since 2012.", []string{p(invV, invC)}, false},
	{"X opened a bureau; Y reported; the two agencies signed in 2019", "The Lakeside News Agency opened a bureau in Moscow on Monday. TASS carried a report on the opening. The two agencies signed a memorandum in 2019.", []string{p(invL, invS)}, false},
	{"X launched, Y marked; the two broadcasters have exchanged since", "Valley Television launched a new channel on Monday, and the Coastal Broadcasting Corporation marked its 50th anniversary. The two broadcasters have exchanged programmes since 2012.", []string{p(invV, invC)}, false},
	{"X opened a bureau; Y reported; the two state agencies signed", "The Lakeside News Agency opened a bureau in Moscow on Monday. TASS carried a report on the opening. The two state agencies signed a memorandum in 2019.", []string{p(invL, invS)}, false},
	{"three agencies named: the two agencies stays unresolved", "The Lakeside News Agency, TASS and Xinhua sent reporters to the games. The two agencies later signed a memorandum.", nil, false},
	// "the partnership of X and Y" (coop.of-pair)
	{"the strategic partnership of X and Y (countries)", "The minister praised the strategic partnership of Kenya and Uganda in the media field.", []string{p("country:KEN", "country:UGA")}, false},
	{"the friendship and close cooperation of X and Y (organizations)", "The editor said the friendship and close cooperation of the Hill Times and the Lakeside Post had lasted 20 years.", []string{p(invT, invP)}, false},
	{"the cooperation of X and Y journalists (qualifier)", "The cooperation of Kenyan and Ugandan journalists impressed the jury.", nil, false},
	{"the close cooperation of X and Y newsrooms (demonyms qualify a noun)", "The close cooperation of Chinese and Russian newsrooms was praised.", nil, false},
	{"the cooperation of X and Y with Z (one side)", "The cooperation of Kenya and Uganda with Xinhua has grown.", nil, true},
	{"a partnership of X, Y and Z (member list)", "The report was written by a partnership of the Hill Times, the Lakeside Post and Valley Television.", nil, true},
	// "a scheme agreed by X and Y" (coop.agreed-by); "the three
	// agencies" with only three of the kind named (pair.kind-two)
	{"under an exchange programme agreed by X and Y", "Reporters will move between newsrooms under an exchange programme agreed by the Hill Times and the Lakeside Post last year.", []string{p(invT, invP)}, false},
	{"the plan agreed upon by X, Y and Z", "The coverage follows the plan agreed upon by the Lakeside News Agency, TASS and Xinhua in March.", []string{p(invL, invS), p(invL, invX), p(invS, invX)}, false},
	{"X hosted reporters of Y and Z under a scheme agreed by the three agencies", "The Lakeside News Agency on Monday hosted ten reporters of TASS and Xinhua under a training scheme agreed by the three agencies in 2023.", []string{p(invL, invS), p(invL, invX), p(invS, invX)}, false},
	{"the timetable was agreed by the minister (a person)", "The timetable was agreed by the minister John Mwangi on Monday.", nil, false},
	// "the two countries" when the document named just two
	// (pair.doc-countries)
	{"countries two sentences back; X and Y signed; the two countries agreed to deepen media cooperation", "The Kenyan president visited Uganda in May. The Lakeside Post and the Hill Times signed a memorandum on Monday. The signing followed talks at which the two countries agreed to deepen cooperation in the media sector.", []string{p(invP, invT), p("country:KEN", "country:UGA")}, false},
	{"three countries named: the two countries stays unresolved", "Kenya, Uganda and Tanzania sent ministers to the forum. The signing followed talks at which the two countries agreed to deepen cooperation in the media sector.", nil, true},
	// "X will give Y free access to its bulletins" (coop.give-access)
	{"X will give Y free access to its news bulletins", "Valley Television will give the Coastal Broadcasting Corporation free access to its news bulletins from May.", []string{p(invV, invC)}, false},
	{"X (acronym) has granted Y (acronym) full access to its photo archive", "The Lakeside News Agency (LNA) has granted the Hill Times full access to its photo archive.", []string{p(invL, invT)}, false},
	{"X offers Y access to its content under a new deal", "Xinhua offers TASS access to its video content under a new deal signed in Moscow.", []string{p(invX, invS)}, true},
	{"X did not give Y access to its archives (negated)", "Valley Television did not give the Coastal Broadcasting Corporation access to its archives.", nil, false},
	{"the court gave reporters access to the files (no organizations)", "The court gave reporters of Valley Television access to the files.", nil, false},
	{"X's Y network and the Z news website W signed", "Kenya's Valley Television network and the Ugandan news website Riverside Online also signed a memorandum on cooperation.", []string{p(invV, "org:riverside-online")}, false},
	{"X and Y have been strategic partners (countries)", "Kenya and Uganda have been strategic partners since 2015, the minister said.", []string{p("country:KEN", "country:UGA")}, false},
	{"X and Y are trading partners (countries, no media)", "Kenya and Uganda are important trading partners.", nil, false},
	{"the current state and prospects of cooperation between X and Y", "The two directors discussed the current state and prospects of cooperation between the Lakeside News Agency and TASS.", []string{p(invL, invS)}, false},
	{"the prospects of cooperation between X and Y (a possibility)", "The two directors discussed the prospects of cooperation between the Lakeside News Agency and TASS.", nil, false},
	{"X and Y held their annual exchange meeting", "The Hill Times and the Lakeside Post held their annual exchange meeting in Nairobi last week.", []string{p(invT, invP)}, false},
	{"X and Y attended an exchange forum (co-presence)", "The Hill Times and the Lakeside Post attended an exchange forum in Nairobi last week.", nil, false},
	{"A and B signed two agreements with C and D (one each)", "The Lakeside News Agency and Valley Television signed two cooperation agreements with Xinhua and TASS. The first agreement was signed between the Lakeside News Agency and TASS.", []string{p(invL, invS)}, false},
	{"parties inside an event's name are no subject", "Editors met in Nairobi on Saturday at the 8th Kenya-Uganda Media Expo, with newspapers from both sides pledging to expand the exchange of content.", nil, false},
	{"X and Y had been negotiating over a joint newsroom", "The Hill Times and the Lakeside Post had been negotiating since October 2023 over a joint newsroom.", nil, false},
	{"X and Y are negotiating a partnership", "The Hill Times and the Lakeside Post are negotiating a partnership on printing.", nil, false},
	{"X would seek an agreement with Y", "The Lakeside News Agency would also seek an agreement with TASS on photo exchange.", nil, false},
	{"X is seeking a partnership with Y", "Valley Television is seeking a partnership with the Coastal Broadcasting Corporation.", nil, false},
	{"the mobile app developed by X and Y", "The mobile news app developed by the Lakeside News Agency and TASS was presented in Nairobi.", []string{p(invL, invS)}, false},
	{"a documentary produced by X and Y", "Viewers will see a documentary produced by Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"the series was produced by X and Y", "The series was produced by Valley Television and the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"programmes produced by X and Y (each its own)", "The festival showed programmes produced by Valley Television and the Coastal Broadcasting Corporation.", nil, false},
	{"content produced by X and Y (a mass noun)", "Content produced by Valley Television and the Coastal Broadcasting Corporation will be offered to subscribers.", nil, false},
	{"countries are good neighbours and comprehensive strategic partners", "The minister said Kenya and Uganda are good neighbours and comprehensive strategic partners.", []string{p("country:KEN", "country:UGA")}, false},
	{"media cooperation between X and Y within the bloc's framework", "The minister supported the deepening of media cooperation between Kenya and Uganda within the EAC framework.", []string{p("country:KEN", "country:UGA")}, false},
	{"X, the provincial Party newspaper, and Y signed", "The Hill Times, the provincial Party newspaper, and the Lakeside Post signed an agreement to publish a joint page.", []string{p(invT, invP)}, false},
	{"X and the Rift broadcaster Y agreed to co-produce", "Valley Television and the Nakuru broadcaster Coastal Broadcasting Corporation agreed to co-produce a travel show.", []string{p(invV, invC)}, false},
	{"Y and the institute agreed (the head of a name told before)", "A TASS delegation toured the Riverside Institute of Journalism, where TASS and the institute agreed to organize joint courses.", []string{p(invS, "org:riverside-institute-of-journalism")}, false},
	{"the corporation and Y agreed (one corporation named before)", "The workshop was held at the Coastal Broadcasting Corporation. The corporation and Xinhua agreed to exchange news.", []string{p(invC, invX)}, false},
	{"the institute and Y agreed after two institutes (no antecedent)", "The Hill Times visited the Riverside Media Institute and the Coastal Media Institute. The institute and Xinhua agreed to exchange staff.", nil, false},
	{"X and Y on Monday launched a certificate course", "The Lakeside News Agency and Valley Television on Monday launched a certificate course in data journalism.", []string{p(invL, invV)}, false},
	{"X and Y each launched a podcast (distributive)", "The Lakeside News Agency and Valley Television each launched a podcast last year.", nil, false},
	{"the corporation of the speaker's title before another corporation", "Trainers came from the Coastal Broadcasting Corporation. Valley Broadcasting Corporation director John Mwangi said the corporation and Xinhua had agreed to hold the course every year.", []string{p("org:valley-broadcasting-corporation", invX)}, false},
	{"signed by the President of X, A, and the Manager of Y, B", "The agreement was signed by the President of TASS, Andrei Kondrashov, and the Manager of Xinhua, Fu Hua, in the presence of the ambassador.", []string{p(invS, invX)}, false},
	{"signed in a city by the Head of X, Mr A, and the President of the Board of Trustees of Y, Mr B", "The document was signed in Nairobi by the Head of the Lakeside News Agency, Mr John Mwangi, and the President of the Board of Trustees of Valley Television, Mr Peter Otieno, on Monday.", []string{p(invL, invV)}, false},
	{"the two stations after X and Y were named", "Valley Television and the Coastal Broadcasting Corporation opened bureaus in Mombasa. The two stations will exchange footage of the elections.", []string{p(invV, invC)}, false},
	{"X has partnerships with more than 200 outlets, including A, B and C", "Xinhua has partnerships with more than 200 media organizations, including TASS, the Lakeside News Agency and Valley Television.", []string{p(invX, invS), p(invX, invL), p(invX, invV)}, false},
	{"X and Y's international arm, Z, signed", "The Lakeside News Agency and the Coastal Broadcasting Corporation's international arm, Valley Television, today signed a letter of intent.", []string{p(invL, invV)}, false},
	{"X co-organised the previous meeting in a city in a year with Y", "The Hill Times co-organised the previous meeting in Osaka in 2023 with the Lakeside Post.", []string{p(invT, invP)}, false},
	{"X, which co-hosted the last forum in a city with Y, sent no one", "The Hill Times, which co-hosted the last forum in Mombasa in 2022 with the Lakeside Post, did not send a representative this year.", []string{p(invT, invP)}, false},
	{"X, publishers of the Daily Star and Evening Star, and Y launched a joint project", "The Lakeside Post, publishers of the Daily Star and Evening Star, and Uganda's Valley Television yesterday launched a joint reporting project.", []string{p(invP, invV)}, false},
	{"signed documents between A and B and between C and D", "The participants signed a dozen agreements, including documents between TASS and Xinhua and between the Hill Times and the Lakeside Post.", []string{p(invS, invX), p(invT, invP)}, false},
	{"X would also like to work with Y (a wish)", "The director noted that the Lakeside News Agency would also like to work with Valley Television on radio programmes.", nil, false},
	{"X and Y, the Kenyan publisher of the daily Z, agreed to share", "Valley Television and the Hill Times, the Kenyan publisher of the daily Lakeside Post, have agreed to share reporters.", []string{p(invV, invT)}, false},
	{"X is ready to work with the state broadcaster (one broadcaster named before)", "The president of Xinhua met the managing director of Valley Television in Nairobi. He said Xinhua is ready to work with the state broadcaster on new technology.", []string{p(invX, invV)}, false},
	{"X will work with the broadcaster after two broadcasters (no antecedent)", "Valley Television and the Coastal Broadcasting Corporation opened studios. Xinhua will work with the broadcaster on training.", nil, false},
	{"X and Y established relations in a year and have been strategic partners since", "\"Kenya and Uganda established diplomatic relations in 1963 and have been strategic partners since 2015,\" he said.", []string{p("country:KEN", "country:UGA")}, false},
	{"X and Y are in talks on co-producing (under negotiation)", "Valley Television and the Coastal Broadcasting Corporation are also in talks on co-producing a weekly programme.", nil, false},
	{"the forum is jointly hosted by two countries' ministries (the co-organizers, no country pair)", "The forum is jointly hosted by the Ministry of Information of Kenya and the Ministry of ICT of Uganda.", []string{p("org:kenya-ministry-of-information", "org:uganda-ministry-of-ict")}, false},
	{"X and Y opened a five-day workshop", "The Lakeside News Agency and Valley Television on Wednesday opened a five-day workshop on climate reporting.", []string{p(invL, invV)}, false},
	{"the heads of X and Y opened a forum (present at it)", "TASS Director General Andrei Kondrashov and Xinhua President Fu Hua opened a media forum in Moscow.", nil, false},
	{"relations between X and Y develop on the basis of allied partnership", "He noted that relations between Kenya and Uganda are developing in all areas on the basis of brotherhood and allied partnership.", []string{p("country:KEN", "country:UGA")}, false},
	{"relations between X and Y have reached the level of strategic partnership", "Relations between Kenya and Uganda have reached the level of comprehensive strategic partnership, the minister said.", []string{p("country:KEN", "country:UGA")}, false},
	{"relations between X and Y have improved (no partnership)", "Relations between Kenya and Uganda have improved since 2015, the minister said.", nil, false},
	{"one such MoU was signed with a region's long description, Y", "The Lakeside News Agency signed an MoU with Xinhua in May. One such MoU was signed with East Africa's one of the largest television company and network, Valley Television, in December.", []string{p(invL, invX), p(invL, invV)}, false},
	{"partnership between the media of the two fraternal countries (homes from demonyms)", "A memorandum was signed between the Kenyan news agency Riverside Online and the Ugandan media holding Valley Media House. The document is aimed at developing partnership between the media of the two fraternal countries.", []string{p("org:riverside-online", "org:valley-media-house"), p("country:KEN", "country:UGA")}, false},
	{"the channel would broadcast programmes of Y under the agreement between the two", "Valley Television director John Mwangi said the channel would broadcast programmes of the Coastal Broadcasting Corporation under the agreement signed between the two broadcasters.", []string{p(invV, invC)}, false},
	// round 11 (coop11): share with after topics, delegation work, a
	// comma-set "together with", a long organizer name
	{"X and Y will share programmes on topics with Z (each with Z)", "Valley Television and the Coastal Broadcasting Corporation will share programmes on culture, health and sport with the Hill Times.", []string{p(invV, invT), p(invC, invT)}, false},
	{"X and Y exchange photos about topics with Z", "The Lakeside News Agency and the Riverside News Agency exchange photos and videos about farming, trade and tourism with Xinhua.", []string{p(invL, invX), p(invR, invX)}, false},
	{"X shares stories on a topic with Y", "The Lakeside Post shares stories on climate change with the Hill Times.", []string{p(invP, invT)}, false},
	{"the X delegation will work with Y (a visit's working session)", "During the visit, the Hill Times delegation will work with Valley Television and the Lakeside Post.", nil, false},
	{"a delegation of X worked with Y on Monday (a visit)", "A delegation of the Riverside News Agency worked with Xinhua on Monday before leaving for Beijing.", nil, false},
	{"X will produce, together with Y, a series", "Valley Television will produce, together with the Coastal Broadcasting Corporation, a series of reports on the elections.", []string{p(invV, invC)}, false},
	{"X will publish, together with a country's daily, Y, a supplement", "The Lakeside Post will publish, together with Uganda's leading daily, the Hill Times, a weekly supplement on trade.", []string{p(invP, invT)}, false},
	{"X will attend, together with Y, the forum (presence)", "The Lakeside News Agency will attend, together with the Riverside News Agency, the forum in Kampala.", nil, false},
	{"X will hold a course for reporters, in cooperation with Y", "The Lakeside News Agency will hold a training course on data journalism next week for reporters of regional newspapers, in cooperation with Xinhua.", []string{p(invL, invX)}, false},
	{"X has agreements with A of a country, B of a country and C of a country", "The Lakeside News Agency also has news exchange agreements with TASS of Russia, ANSA of Italy and Kyodo News of Japan.", []string{p(invL, invS), p(invL, "org:ansa"), p(invL, "org:kyodo")}, false},
	{"X of a country and Y signed (the home country no party)", "TASS of Russia and Xinhua signed a deal on joint coverage.", []string{p(invS, invX)}, false},
	{"X and Y (a channel number and another-language name) agreed to co-produce", "The Lakeside Post and the Coastal Broadcasting Corporation (Channel 5 / Sauti ya Pwani) have agreed to co-produce a podcast.", []string{p(invP, invC)}, false},
	{"Country's description, X, and Country's description, Y, signed", "Kenya's public broadcaster, Valley Television, and Uganda's state news agency, the Hill Country Press Agency, signed a cooperation agreement on Monday.", []string{p(invV, invH)}, false},
	{"Country's media company, X, will work with Y", "Russia's largest news agency, TASS, will work with Xinhua on a joint photo service.", []string{p(invS, invX)}, false},
	{"Country's description, X, met Y (no cooperation)", "Kenya's public broadcaster, Valley Television, met the Hill Times on Monday.", nil, false},
	{"X has signed agreements with over 30 agencies, most recently with Y", "The Lakeside News Agency has signed cooperation agreements with over 30 news agencies, most recently with Xinhua in May.", []string{p(invL, invX)}, false},
	{"X has partnerships with dozens of outlets, the latest with a country's Y", "Valley Television has partnerships with dozens of broadcasters, the latest with Russia's TASS.", []string{p(invV, invS)}, false},
	{"X has agreements with 20 agencies, most recently visited by Y (no partner named)", "The Lakeside News Agency has agreements with 20 news agencies, and was most recently visited by a delegation of Xinhua.", nil, false},
	{"the media of two countries must cooperate more closely (a duty)", "The minister said that Kenya and Uganda must cooperate more closely against disinformation.", nil, false},
	{"X and Y should work together (a wish)", "Observers say the Lakeside Post and the Hill Times should work together on election coverage.", nil, false},
	{"X and Y called for joint action (a call)", "The Lakeside News Agency and Valley Television called for joint action against fake news.", nil, false},
	{"X and Y agreed that their media must cooperate (an agreement)", "Kenya and Uganda agreed that their media must cooperate more closely.", []string{p("country:KEN", "country:UGA")}, false},
	{"an event, jointly organised by X and Y, a description, opened", "A three-day course on data journalism, jointly organised by the Lakeside News Agency and Valley Television, the state broadcaster, opened on Monday.", []string{p(invL, invV)}, false},
	{"an event organised jointly by X and Y ended", "The photo festival organised jointly by the Hill Times and the Lakeside Post ended on Sunday.", []string{p(invT, invP)}, false},
	{"an event held jointly by X and Y", "The seminar on media law was held jointly by TASS and Xinhua in Moscow.", []string{p(invS, invX)}, false},
	{"the two entities agreed to organise, together with Z, a seminar", "The Lakeside Post and Valley Television signed a partnership deal. The two entities also agreed to organise, together with Xinhua, a seminar on fact-checking.", []string{p(invP, invV), p(invP, invX), p(invV, invX)}, false},
	{"the two publishers will launch a joint supplement", "The Lakeside Post met the Hill Times in Nairobi. The two publishers will launch a joint weekly supplement.", []string{p(invP, invT)}, false},
	{"X will jointly hold a workshop on a topic with Y", "Valley Television will also jointly hold a workshop on election coverage with the Coastal Broadcasting Corporation.", []string{p(invV, invC)}, false},
	{"X jointly produced a documentary with Y", "Last year the Hill Times jointly produced a documentary about the lake with Xinhua.", []string{p(invT, invX)}, false},
	{"X will jointly hold talks with Y (a meeting)", "The Lakeside News Agency will jointly hold talks with the Riverside News Agency next week.", nil, false},
	{"a forum co-hosted by X and Y", "Delegates gathered in Nairobi for the media forum, co-hosted by the Lakeside Post and the Hill Times.", []string{p(invP, invT)}, false},
	{"the deal allows X and Y to reproduce each other's texts", "The deal allows the Lakeside Post and the Hill Times to reproduce each other's texts free of charge.", []string{p(invP, invT)}, false},
	{"X and Y will publish each other's news", "TASS and Xinhua will publish each other's news every day.", []string{p(invS, invX)}, false},
	{"X and Y air one another's documentaries", "Under the accord, Valley Television and the Coastal Broadcasting Corporation air one another's documentaries.", []string{p(invV, invC)}, false},
	{"X and Y criticized each other's coverage (no exchange)", "The Lakeside Post and the Hill Times criticized each other's coverage of the vote.", nil, false},
	{"agreements were also reached between X and Y on a topic", "Agreements were also reached between Valley Television and the Coastal Broadcasting Corporation on the exchange of programmes.", []string{p(invV, invC)}, false},
	{"cooperation was also discussed between X and Y (talk)", "Cooperation was also discussed between Valley Television and the Coastal Broadcasting Corporation at the forum.", nil, false},
	{"the two sides after a pair and units in an under-which clause", "The Lakeside Post and the Hill Times signed a memorandum on Monday, under which Valley Television and the Coastal Broadcasting Corporation will air the papers' podcasts. The two sides had signed a similar memorandum in 2019.", []string{p(invP, invT)}, false},
	{"the two sides after a pair and the channels that air their work", "The Lakeside Post and the Hill Times agreed to co-produce a series. It will be aired on Valley Television and the Coastal Broadcasting Corporation next year. The two sides signed a content deal in 2022.", []string{p(invP, invT)}, false},
	{"an event, organised by X with Y, drew guests", "The media forum, organised by the Lakeside Post with Valley Television, drew 300 guests.", []string{p(invP, invV)}, false},
	{"organised by X with the support of Y (a sponsor)", "The media forum, organised by the Lakeside Post with the support of Valley Television, drew 300 guests.", nil, false},
	{"organized by X with participants from Y (guests)", "The workshop was organized by TASS with participants from Xinhua and the Hill Times.", nil, false},
	{"organised by a long-named body together with Y and Z", "The festival is organised by the Department of Information and Public Communication of the Ministry of Culture and Heritage of the Republic of Kenya (DIPCK) together with the Lakeside Post and the Hill Times.", []string{p("org:kenya-department-of-information-and-public-communication-of-the-ministry-of-culture-and-heritage", invP), p("org:kenya-department-of-information-and-public-communication-of-the-ministry-of-culture-and-heritage", invT)}, false},
}

// TestCooperationInventory runs the construction inventory: a row that
// is no gap must give exactly its pairs; a gap row no pair outside them.
func TestCooperationInventory(t *testing.T) {
	pass := 0
	for _, c := range inventory {
		t.Run(c.construction, func(t *testing.T) {
			got := cooperationPairs(process(t, c.body, ""))
			want := slices.Clone(c.want)
			slices.Sort(want)
			ok := slices.Equal(got, want)
			if ok {
				pass++
			}
			if c.gap {
				for _, g := range got {
					if !slices.Contains(want, g) {
						t.Errorf("%s\n  unexpected pair %s", c.body, g)
					}
				}
				return
			}
			if !ok {
				t.Errorf("%s\n  got  %s\n  want %s", c.body, strings.Join(got, "; "), strings.Join(want, "; "))
			}
		})
	}
	t.Logf("inventory: %d of %d rows give exactly their pairs", pass, len(inventory))
}
