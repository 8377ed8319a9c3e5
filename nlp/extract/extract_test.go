package extract_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/pipeline"
)

var (
	once sync.Once
	pipe *pipeline.Pipeline
	perr error
)

func process(t testing.TB, body, dateline string) *document.Document {
	t.Helper()
	once.Do(func() { pipe, perr = pipeline.New(pipeline.Options{}) })
	if perr != nil {
		t.Fatal(perr)
	}
	a := document.Article{ID: "t", Body: body, Published: "2020-10-22"}
	if dateline != "" {
		a.Dateline = &document.Dateline{Date: dateline}
	}
	return pipe.Process(a)
}

// facts renders events and relations as short strings for the table.
func facts(d *document.Document) []string {
	var out []string
	for _, e := range d.Events {
		s := "EVENT " + e.Type
		if e.Name != "" {
			s += " name=" + e.Name
		}
		if e.Ordinal != 0 {
			s += fmt.Sprintf(" ordinal=%d", e.Ordinal)
		}
		if e.Date != "" {
			s += " date=" + e.Date
		}
		if e.Mode != "" {
			s += " mode=" + e.Mode
		}
		if e.Attendance != 0 {
			s += fmt.Sprintf(" attendance=%d", e.Attendance)
		}
		if e.Location != "" {
			s += " location=" + e.Location
		}
		if len(e.Participants) > 0 {
			s += " participants=" + strings.Join(e.Participants, ",")
		}
		if len(e.Organizers) > 0 {
			s += " organizers=" + strings.Join(e.Organizers, ",")
		}
		out = append(out, s)
	}
	for _, r := range d.Relations {
		if r.Type == document.ParticipatedIn || r.Type == document.Organized || r.Type == document.HeldIn {
			continue
		}
		to := r.To
		if document.IDPrefix(to) == document.PrefixEvent {
			to = "event"
		}
		out = append(out, fmt.Sprintf("%s %s %s", r.Type, r.From, to))
	}
	return out
}

func TestHardCases(t *testing.T) {
	cases := []struct {
		name     string
		body     string
		dateline string
		want     []string // each must be among the facts (prefix match)
		not      []string // none may be (prefix match)
	}{
		{"seed-like conference with coreference and ordinal of its kind",
			"China and Russia will step up media cooperation, according to a video conference for Chinese and Russian media launched Monday. The conference, which is the 13th of its kind, was attended by more than 40 representatives of the two countries.",
			"2020-10-21",
			[]string{"EVENT video_conference ordinal=13 date=2020-10-19 mode=video attendance=40 participants=country:CHN,country:RUS", "COOPERATES_WITH country:CHN country:RUS"},
			nil},
		{"pair anaphor resolves to the last pair",
			"Xinhua and TASS held talks in Moscow on Monday. Both sides agreed to expand cooperation in content exchange.",
			"2020-10-21",
			[]string{"EVENT talks date=2020-10-19 location=place:moscow participants=org:tass,org:xinhua", "AGREED_ON org:tass topic:content-exchange", "AGREED_ON org:xinhua topic:content-exchange"},
			nil},
		{"the two countries after two agencies means their home countries",
			"VNA and Xinhua signed a cooperation agreement on August 19. It will serve cooperation between the two countries. Relations between the two countries are good.",
			"",
			[]string{"EVENT signing name=cooperation agreement date=2020-08-19", "SIGNED org:vna event", "SIGNED org:xinhua event", "COOPERATES_WITH org:vna org:xinhua", "COOPERATES_WITH country:CHN country:VNM"},
			nil},
		{"named event with ordinal and series",
			"The Third SCO Media Forum was held via videoconference on 6 August 2021, chaired by Tajikistan.",
			"",
			[]string{"EVENT forum name=SCO Media Forum ordinal=3 date=2021-08-06 mode=video participants=org:sco organizers=country:TJK"},
			nil},
		{"cooperation between named parties",
			"The agencies praised the media cooperation between Russia and China.",
			"",
			[]string{"COOPERATES_WITH country:CHN country:RUS"},
			nil},
		{"cooperation only discussed or considered is not stated",
			"The agencies discussed media cooperation between Kenya and Ghana. They explored potential areas of cooperation between Uganda and Rwanda. The two countries do not use their cooperation potential.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a hedge before a date set off by commas still hedges",
			"The foreign minister of Kenya and the ambassador of Ghana discussed, Wednesday, developing cooperation between the two countries.",
			"2024-10-03",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a pair anaphor takes the pair its own sentence names",
			"The Lakeside News Agency and the Hilltop Press Agency met in March. The memorandum signed between the Coastal News Agency and the Valley News Agency covers cooperation between the two agencies.",
			"",
			[]string{"COOPERATES_WITH org:coastal-news-agency org:valley-news-agency"},
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"}},
		{"the two countries are the two countries the sentence before names",
			"A Kenyan media delegation visited Uganda last week. The two countries agreed to expand media cooperation.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"cooperation between the media of two countries is country-level",
			"The ministers praised the partnership between the media of Kenya and Uganda. The Lakeside News Agency and the Hilltop Press Agency signed a memorandum. It deepens ties between the media organizations of the two fraternal countries.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA", "COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"},
			nil},
		{"the people of two countries are no media",
			"The visit strengthened friendship between the people of Kenya and Uganda.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a pair anaphor with a modifier resolves before any group is named",
			"A Kenyan delegation visited Uganda on Monday to promote bilateral cooperation between the two neighbouring countries.",
			"2024-10-03",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"cooperation between them after a named pair",
			"Kenya and Uganda have stressed the importance of strengthening media relations and cooperation between them. The Lakeside News Agency met the Hilltop Press Agency and praised cooperation between them.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"}},
		{"a between-list of two pairs on one hand and on the other",
			"The visit reflects the growing cooperation between Kenya and Uganda on one hand, and the Lakeside News Agency and the Hilltop Press Agency on the other.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA", "COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH country:KEN org:lakeside-news-agency"}},
		{"the media resources of two countries with modifiers",
			"The memorandum lays the groundwork for cooperation between the large media resources of Kenya and Uganda.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"in alliance with is a partner phrase",
			"The Lakeside News Agency in alliance with the Hilltop Press Agency launched a series of training courses for young reporters.",
			"",
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"},
			nil},
		{"RoK is the Republic of Korea",
			"The forum celebrated Kenya - RoK media cooperation.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:KOR"},
			nil},
		{"two parties that set up a joint body cooperate",
			"The Lakeside News Agency and the Hilltop Press Agency formed a joint editorial team on Monday. Kenya and Uganda attended the joint committee meeting.",
			"2024-10-03",
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH country:KEN country:UGA"}},
		{"a headline comma between two parties that form a joint body",
			"Kenya, Uganda form joint team to unify media vision\n\nThe ministers met in Nairobi on Monday.",
			"2024-10-03",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"signers named by an office before the title, set off by commas, sign for their organizations",
			"TASS Public Relations and Strategic Partnership Director, Andrey Kondrashov, and Xinhua International Cooperation Director, Fu Hua, signed the memorandum on Monday.",
			"2024-10-03",
			[]string{"COOPERATES_WITH org:tass org:xinhua"},
			[]string{"COOPERATES_WITH country:CHN country:RUS"}},
		{"a trigger inside a job title is no statement",
			"TASS and Xinhua International Cooperation Director Fu Hua attended the forum in Beijing.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a premodifier pair of demonyms and media still holds",
			"The national news agencies of Kenya and Uganda have signed a cooperation agreement. Kenyan and Ugandan media cooperation has grown.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"a clause before the trigger noun names no premodifier pair",
			"The national news agencies of Kenya and Uganda have signed a cooperation agreement.",
			"",
			nil,
			[]string{"COOPERATES_WITH country:KEN country:UGA"}},
		{"partners after with and no subject are no partners of each other",
			"Nairobi, March 3\nsigned agreements of cooperation with the Lakeside News Agency, the Hilltop Press Agency and the Coastal News Agency.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a partner list after with reads on past an unknown name",
			"The Lakeside News Agency signed memorandums of understanding with the Hilltop Press Agency, eLNT and the Coastal News Agency on Monday.",
			"2024-10-03",
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency", "COOPERATES_WITH org:coastal-news-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH org:coastal-news-agency org:hilltop-press-agency"}},
		{"between two countries without an article refers back",
			"Journalists from Kenya visited Uganda last week. The visit strengthened exchanges and cooperation between two countries in the field of news.",
			"2024-10-03",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"two countries without between is no anaphor",
			"Journalists from Kenya visited Uganda last week. Cooperation of two countries is rare.",
			"2024-10-03",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"named partners after a list cue behind unnamed ones",
			"The Lakeside News Agency has signed cooperation agreements with 16 African countries, alongside the Hilltop Press Agency and the Coastal News Agency.",
			"",
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency", "COOPERATES_WITH org:coastal-news-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH org:coastal-news-agency org:hilltop-press-agency"}},
		{"cooperation between two peoples named by demonyms is country-level",
			"The new radio service will facilitate co-operation between the Kenyan and Ugandan people.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			nil},
		{"as X and Y, we cooperate",
			"“As the Lakeside News Agency and the Hilltop Press Agency, we must further strengthen our cooperation,” he said. As Kenya and Uganda met, we saw cooperation grow.",
			"",
			[]string{"COOPERATES_WITH org:hilltop-press-agency org:lakeside-news-agency"},
			[]string{"COOPERATES_WITH country:KEN country:UGA"}},
		{"AzerTac is AZERTAC",
			"Anadolu Agency and AzerTac signed a memorandum.",
			"",
			[]string{"COOPERATES_WITH org:anadolu org:azertag"},
			nil},
		{"a clause after a between-list names no member",
			"The Hilltop Press Agency signed with the Coastal News Agency. He praised the partnership between the Lakeside News Agency and the Valley News Agency, adding that the Coastal News Agency would work on.",
			"",
			[]string{"COOPERATES_WITH org:lakeside-news-agency org:valley-news-agency"},
			[]string{"COOPERATES_WITH org:coastal-news-agency org:lakeside-news-agency", "COOPERATES_WITH org:coastal-news-agency org:valley-news-agency"}},
		{"cooperation as the topic of reporting is no statement",
			"The Lakeside News Agency will open a desk in charge of reporting on Kenya, Kenya-Uganda and Kenya-Africa cooperation. The coverage of Sino-Russian cooperation grew.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a signing as a means is no signing",
			"The visit aims to enhance cooperation through signing memorandums of understanding between the Lakeside News Agency and the Hill Country News Agency.",
			"",
			nil,
			[]string{"EVENT signing", "SIGNED", "COOPERATES_WITH"}},
		{"premodifier pair",
			"Sino-Russian media cooperation has grown.",
			"",
			[]string{"COOPERATES_WITH country:CHN country:RUS"},
			nil},
		{"cooperation with a list of partners",
			"Sputnik works with over one hundred media outlets, including China's Xinhua, Seoul-based Yonhap and Indonesia's Antara.",
			"",
			[]string{"COOPERATES_WITH org:sputnik org:xinhua", "COOPERATES_WITH org:sputnik org:yonhap", "COOPERATES_WITH org:antara org:sputnik"},
			[]string{"COOPERATES_WITH country:CHN", "COOPERATES_WITH country:IDN"}},
		{"unnamed parties are no side of a relation",
			"Chinese and Arab media organisations have launched an initiative to deepen media cooperation.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"strained relations are no cooperation",
			"The visit was in the shadow of the strained China-US relations.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"a planned signing is no event but intent to cooperate",
			"TASS and the Namibia Press Agency (NAMPA) are planning to sign a cooperation agreement.",
			"",
			[]string{"COOPERATES_WITH org:nampa org:tass"},
			[]string{"EVENT signing", "SIGNED"}},
		{"signing with a partner named after with",
			"On Tuesday, Sputnik signed the international strategic partnership agreement with the China Media Group.",
			"2018-09-12",
			[]string{"EVENT signing name=strategic partnership agreement date=2018-09-11", "SIGNED org:sputnik event", "COOPERATES_WITH org:china-media-group org:sputnik"},
			nil},
		{"co-organizers cooperate",
			"The forum, co-sponsored by CMG and Saudi Arabia's Ministry of Media, brought together more than 150 officials.",
			"",
			[]string{"EVENT forum attendance=150 organizers=org:china-media-group,org:saudi-arabia-ministry-of-media", "COOPERATES_WITH org:china-media-group org:saudi-arabia-ministry-of-media"},
			nil},
		{"a meeting reported by its verb",
			"ANSA CEO Stefano De Alessandri met with TASS Director General Sergei Mikhailov on January 20.",
			"2020-01-21",
			[]string{"EVENT meeting date=2020-01-20"},
			nil},
		{"a plan for a series is no event",
			"It was agreed that an Annual Indo-Russian Forum for Media Cooperation be organized alternately in India and Russia.",
			"",
			nil,
			[]string{"EVENT forum"}},
		{"plural meetings are no event",
			"The faculty opened its doors to meetings of the club.",
			"",
			nil,
			[]string{"EVENT"}},
		{"commitments by topic",
			"The two agencies met in Hanoi on Friday. The two sides have committed to further carrying out press coordination and exchange visits.",
			"2020-10-21",
			nil,
			nil},

		{"a definite trigger refers to the last event mentioned before it",
			"The forum opened in Kazan on Monday. A photo exhibition was held in Minsk on Tuesday. The forum was attended by TASS and Xinhua.",
			"2020-10-21",
			[]string{"EVENT forum date=2020-10-19 location=place:kazan participants=org:tass,org:xinhua"},
			[]string{"EVENT exhibition date=2020-10-20 location=place:minsk participants"}},
		{"the head noun of a named event refers to it",
			"The first Baltic Media Forum and Summit will be held in Riga on October 23-24. The forum will be attended by Sputnik.",
			"",
			[]string{"EVENT summit name=Baltic Media Forum and Summit ordinal=1 date=2020-10-23 location=place:riga participants=org:sputnik"},
			[]string{"EVENT forum"}},
		{"a short name in parentheses is the same event",
			`The 3rd Forum on Arctic Media Cooperation (the "Forum") opened on 5 May 2022 in Oslo. Xinhua sent a delegation to the Forum.`,
			"",
			[]string{"EVENT forum name=Forum on Arctic Media Cooperation ordinal=3 date=2022-05-05"},
			[]string{"EVENT forum date"}},
		{"a possessive makes a visit someone's own happening",
			"Vladimir Putin said the talks were useful. During his visit to India, he met business leaders.",
			"",
			[]string{"EVENT visit location=country:IND participants=person:vladimir-putin"},
			nil},
		{"an infinitive trigger without a date is no event",
			"Laos welcomes Chinese companies to visit Laos.",
			"",
			nil,
			[]string{"EVENT visit"}},
		{"a title adds its party to a participant",
			"Russian Prime Minister Mikhail Mishustin attended the forum in Hanoi on Monday. TASS Director General Andrey Kondrashov also attended the forum.",
			"2020-10-21",
			[]string{"EVENT forum date=2020-10-19 location=place:hanoi participants=country:RUS,org:tass,person:andrey-kondrashov,person:mikhail-mishustin"},
			nil},
		{"the author of a message does not take part",
			"The 2nd Media Forum of the Eurasian Union opened in Astana on Monday. In his message, President Vladimir Putin welcomed the guests.",
			"2020-10-21",
			[]string{"EVENT forum"},
			[]string{"EVENT forum name=Media Forum of the Eurasian Union ordinal=2 date=2020-10-19 location=place:astana participants=country:RUS", "EVENT forum name=Media Forum of the Eurasian Union ordinal=2 date=2020-10-19 location=place:astana participants=person:vladimir-putin"}},
		{"a signing told twice is one signing, persons sign for their party",
			"The memorandum was signed in Moscow on Monday. The document was signed by TASS Director General Andrey Kondrashov and Xinhua President Fu Hua.",
			"2020-10-21",
			[]string{"EVENT signing name=memorandum date=2020-10-19 location=place:moscow participants=person:andrey-kondrashov,person:fu-hua", "SIGNED org:tass event", "SIGNED org:xinhua event", "COOPERATES_WITH org:tass org:xinhua"},
			[]string{"EVENT signing name=document"}},
		{"habitual agreements make cooperation, no signing",
			"Prensa Latina has many cooperation agreements signed with Xinhua.",
			"",
			[]string{"COOPERATES_WITH org:prensa-latina org:xinhua"},
			[]string{"EVENT signing", "SIGNED"}},
		{"a narrative told with pronouns keeps its day and subject",
			"On January 20, ANSA CEO Stefano De Alessandri visited Moscow. He paid a visit to TASS. He met with TASS Director General Sergei Mikhailov.",
			"2020-01-21",
			[]string{"EVENT visit date=2020-01-20", "EVENT meeting date=2020-01-20 participants=org:ansa,org:tass,person:sergey-mikhailov,person:stefano-de-alessandri"},
			[]string{"EVENT visit date=2020-01-20 location=place:moscow participants=org:ansa,person:stefano-de-alessandri\x00"}},
		{"a description named later is the same event",
			"The BRICS summit in Kazan discussed trade. The 16th BRICS summit was held in Kazan on October 22-24. Cuba sent its foreign minister to the BRICS Summit.",
			"2024-12-26",
			[]string{"EVENT summit name=BRICS Summit ordinal=16 date=2024-10-22 location=place:kazan"},
			[]string{"EVENT summit date=2024-12"}},
		{"a venue host is no co-organizer",
			"On 23 September, the Dragon Club hosted a Media and Think Tank Forum. The forum was jointly organised by Xinhua and the People's Daily.",
			"",
			[]string{"COOPERATES_WITH org:peoples-daily org:xinhua"},
			[]string{"COOPERATES_WITH org:dragon-club"}},
		{"a hub signs with a list of partners",
			"The Lakeside News Agency signed cooperation agreements with the Hill Country News Agency, the Riverside Post and Valley Television on Monday.",
			"2024-05-15",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-news-agency", "COOPERATES_WITH org:lakeside-news-agency org:riverside-post", "COOPERATES_WITH org:lakeside-news-agency org:valley-television"},
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:riverside-post", "COOPERATES_WITH org:riverside-post org:valley-television"}},
		{"a pair that will share content, one named by its short form",
			"The Hill Country News Agency (HCNA) will train reporters of the Lakeside Post. Under the deal, HCNA and the Post will also share photos.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-post"},
			nil},
		{"cooperation between two countries' media is country-level",
			"Cooperation between Kenyan and Ghanaian media has grown steadily.",
			"",
			[]string{"COOPERATES_WITH country:GHA country:KEN"},
			nil},
		{"good relations are no cooperation; a pledge to deepen them is",
			"Kenya and Ghana have long enjoyed close ties. Relations between Kenya and Ghana are friendly. Kenya and Uganda agreed to deepen media ties.",
			"",
			[]string{"COOPERATES_WITH country:KEN country:UGA"},
			[]string{"COOPERATES_WITH country:GHA country:KEN"}},
		{"an outlet named by its country is no country party",
			"The Lakeside News Agency, Kenya's key newswire, on Wednesday signed an agreement with Uganda's national news agency.",
			"",
			nil,
			[]string{"COOPERATES_WITH country:KEN country:UGA"}},
		{"a multilateral list is no pairwise partnership",
			"Media of China, Cambodia, Laos, Myanmar, Thailand and Vietnam pledged closer media cooperation.",
			"",
			nil,
			[]string{"COOPERATES_WITH"}},
		{"partners after such <nouns> as",
			"The Lakeside News Agency exchanges information with such news agencies as the Hill Country News Agency and the Valley Times.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-news-agency", "COOPERATES_WITH org:lakeside-news-agency org:valley-times"},
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:valley-times"}},
		{"cooperative ties are cooperation",
			"The Lakeside News Agency and the Hill Country News Agency established cooperative ties early.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-news-agency"},
			nil},
		{"memoranda exchanged with a list of partners",
			"The Lakeside Media Group used the event to exchange memorandums of understanding with the Hill Country News Agency and the Valley Times.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-media-group", "COOPERATES_WITH org:lakeside-media-group org:valley-times"},
			nil},
		{"two countries' media organisations cooperate as the countries",
			"He praised the bilateral cooperation between Kenyan and Ghanaian media organisations.",
			"",
			[]string{"COOPERATES_WITH country:GHA country:KEN"},
			nil},
		{"an organizer in collaboration with partners is their hub",
			"The programme is organized by the Lakeside Press Council, in collaboration with the Hill Country News Agency and the Valley Times.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-press-council", "COOPERATES_WITH org:lakeside-press-council org:valley-times"},
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:valley-times"}},
		{"joint hosts and a separate organizer",
			"The forum was jointly hosted by the Lakeside Press Council and the Hill Country News Agency and organized by the Valley Times.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-press-council"},
			[]string{"COOPERATES_WITH org:lakeside-press-council org:valley-times", "COOPERATES_WITH org:hill-country-news-agency org:valley-times"}},
		{"two parties that agree cooperate",
			"Belarus and Russia have agreed on the principles of the joint media holding.",
			"",
			[]string{"COOPERATES_WITH country:BLR country:RUS"},
			nil},
		{"a possessor of the cooperation noun phrase",
			"The Lakeside Media Group's integrated development and cooperation with The Valley Times has gained attention.",
			"",
			[]string{"COOPERATES_WITH org:lakeside-media-group org:valley-times"},
			nil},
		{"the country of a place phrase is no subject",
			"The Lakeside News Agency (LNA) on Wednesday in Nairobi, Kenya, signed a news exchange agreement with the Hill Country News Agency.",
			"2024-05-16",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-news-agency"},
			nil},
		{"partners after unknown names in the list",
			"The Lakeside Media Group used the event to exchange memorandums of understanding with the QXR, eZWT and the Hill Country News Agency.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-media-group"},
			nil},
		{"between after a phrase that qualifies the trigger",
			"The delegation promoted cooperation in the field of media between Kenya and Ghana.",
			"",
			[]string{"COOPERATES_WITH country:GHA country:KEN"},
			nil},
		{"a partner after a description in apposition",
			"The Lakeside News Agency is fine-tuning a partnership with a Nairobi-based media organisation, the Hill Country Media Network, on news exchange.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-media-network org:lakeside-news-agency"},
			nil},
		{"a name in cooperation with a partner",
			"Training programs will be offered by the Lakeside Press Council in cooperation with the Hill Country News Agency.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-press-council"},
			nil},
		{"organizers merely listed are no partners",
			"The Lakeside Media Forum was organised by the Lakeside Press Council and the Hill Country News Agency.",
			"",
			[]string{"EVENT forum name=Lakeside Media Forum organizers=org:hill-country-news-agency,org:lakeside-press-council"},
			[]string{"COOPERATES_WITH"}},
		{"a joint initiative launched by two",
			"The joint initiative was launched by the Lakeside Press Council and the Hill Country News Agency in Nairobi on 5 December.",
			"",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-press-council"},
			nil},
		{"co-hosts cooperate",
			"The Lakeside Press Council and the Hill Country News Agency co-hosted the regional media workshop in Nairobi on Monday.",
			"2024-05-15",
			[]string{"COOPERATES_WITH org:hill-country-news-agency org:lakeside-press-council"},
			nil},
		{"commitment of a pair to topics",
			"TASS and Xinhua signed a memorandum. The signing shows the commitment of both agencies to strengthen bilateral cooperation and promote media standards.",
			"",
			[]string{"COMMITTED_TO org:tass topic:bilateral-cooperation", "COMMITTED_TO org:xinhua topic:media-standards"},
			nil},
		{"the complement of a light noun is the topic",
			"The heads of TASS and Trend agreed to work out plans for expanding cooperation, Trend reports.",
			"",
			[]string{"AGREED_ON org:tass topic:cooperation", "AGREED_ON org:trend topic:cooperation"},
			[]string{"AGREED_ON org:tass topic:plans", "AGREED_ON org:tass topic:trend"}},
		// round 3 (issue 4): constructions of unseen articles
		{"a clause naming the speaker ends the topics",
			"Xinhua and Yonhap agreed to exchange news content in English, Yonhap said in a statement.",
			"2020-10-21",
			[]string{"AGREED_ON org:xinhua topic:exchange-news-content", "AGREED_ON org:yonhap topic:exchange-news-content"},
			[]string{"AGREED_ON org:xinhua topic:yonhap"}},
		{"cooperation in X is about X; time words before to",
			"Xinhua and TASS vowed on Monday to deepen cooperation in news exchange and media literacy.",
			"2020-10-21",
			[]string{"COMMITTED_TO org:tass topic:news-exchange", "COMMITTED_TO org:tass topic:media-literacy", "COOPERATES_WITH org:tass org:xinhua"},
			[]string{"COMMITTED_TO org:tass topic:cooperation"}},
		{"the four agencies are the four named",
			"Kazinform, Kabar, Khovar and BelTA met in Astana on Monday. The four agencies agreed to create a shared photo bank.",
			"2020-10-21",
			[]string{"AGREED_ON org:belta topic:shared-photo-bank", "AGREED_ON org:kabar topic:shared-photo-bank", "AGREED_ON org:kazinform topic:shared-photo-bank", "AGREED_ON org:khovar topic:shared-photo-bank"},
			nil},
		{"the broadcasters are the ones named",
			"TV BRICS, Prasar Bharati and the SABC held a meeting via video link on Tuesday. The broadcasters agreed to exchange documentaries.",
			"2020-10-21",
			[]string{"AGREED_ON org:prasar-bharati topic:exchange-documentaries", "AGREED_ON org:sabc topic:exchange-documentaries", "AGREED_ON org:tv-brics topic:exchange-documentaries"},
			nil},
		{"a subject that ends right before the verb",
			"The Emirates News Agency (WAM) and the Kuwait News Agency (KUNA) have agreed to set up a joint news desk covering Gulf affairs.",
			"2020-10-21",
			[]string{"AGREED_ON org:kuna topic:joint-news-desk", "AGREED_ON org:wam topic:joint-news-desk"},
			[]string{"AGREED_ON org:kuna topic:joint-news-desk-covering"}},
		{"a relative clause between subject and verb",
			"The EBU and the ABU met in Geneva. The two unions, which together represent 400 broadcasters, also pledged to share audience research.",
			"2020-10-21",
			[]string{"COMMITTED_TO org:abu topic:audience-research", "COMMITTED_TO org:ebu topic:audience-research"},
			nil},
		{"the named examples of the subject",
			"Europe's agencies, including Germany's dpa, Italy's ANSA and Spain's EFE, pledged on Thursday to fight disinformation.",
			"2020-10-21",
			[]string{"COMMITTED_TO org:ansa topic:disinformation", "COMMITTED_TO org:dpa topic:disinformation", "COMMITTED_TO org:efe topic:disinformation"},
			[]string{"COMMITTED_TO country:DEU"}},
		{"agreed with a partner",
			"Xinhua agreed with TASS to expand the photo exchange.",
			"2020-10-21",
			[]string{"AGREED_ON org:tass topic:photo-exchange", "AGREED_ON org:xinhua topic:photo-exchange"},
			nil},
		{"an apposition after a member",
			"Yonhap News Agency, South Korea's key news wire, and the Vietnam News Agency signed an agreement on Tuesday.",
			"2020-10-21",
			[]string{"SIGNED org:vna event", "SIGNED org:yonhap event", "COOPERATES_WITH org:vna org:yonhap"},
			[]string{"COOPERATES_WITH country:KOR"}},
		{"negated signing and attendance",
			"QNA and KUNA met in Doha on Monday. The Bahrain News Agency did not attend the meeting. No agreement was signed, and the two agencies have not yet signed a memorandum.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-19 location=place:doha participants=org:kuna,org:qna"},
			[]string{"EVENT signing", "SIGNED"}},
		{"a coming event is no antecedent of a past description",
			"Heads of agencies held a video conference on Monday to prepare for the SCO Media Forum to be held in Tianjin in June. Fu Hua chaired the meeting, which was attended by TASS.",
			"2020-10-21",
			[]string{"EVENT video_conference date=2020-10-19 mode=video participants=org:tass", "EVENT forum name=SCO Media Forum date=2021-06 location=place:tianjin"},
			nil},
		{"a place before the trigger",
			"Agency editors gathered in Cairo on Tuesday for a two-day workshop.",
			"2020-10-21",
			[]string{"EVENT seminar date=2020-10-20 location=place:cairo"},
			nil},
		{"among the speakers",
			"The media forum opened in Baku on Monday. Among the speakers were the heads of ANSA and the Anadolu Agency.",
			"2020-10-21",
			[]string{"EVENT forum date=2020-10-19 location=place:baku participants=org:anadolu,org:ansa"},
			nil},
		{"a hyphenated modifier after the determiner",
			"The 7th World Media Summit opened in Urumqi on Tuesday. Hosted by Xinhua, the three-day summit focuses on AI.",
			"2020-10-21",
			[]string{"EVENT summit name=World Media Summit ordinal=7 date=2020-10-20 location=place:urumqi organizers=org:xinhua"},
			[]string{"EVENT summit date"}},
		{"strained relations are no cooperation anywhere in the sentence",
			"In the shadow of strained China-US relations, the journalists studied the relations between China and the United States.",
			"2020-10-21",
			nil,
			[]string{"COOPERATES_WITH country:CHN country:USA"}},
		{"a launch by a pair anaphor and by a passive agent",
			"Xinhua and KBC met in Nairobi on Monday. The two sides also launched a joint program. The program, launched in 2016 by the China Public Diplomacy Association, grew.",
			"2020-10-21",
			[]string{"EVENT launch organizers=org:kbc,org:xinhua", "EVENT launch date=2016 organizers=org:china-public-diplomacy-association"},
			nil},
		// round 4
		{"an adverbial after a comma ends the topic list; the stance takers take part in the meeting",
			"TAP and APS agreed on Friday to launch a joint news bulletin, at a meeting in Tunis.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-16 location=place:tunis participants=org:aps,org:tap", "AGREED_ON org:aps topic:joint-news-bulletin", "AGREED_ON org:tap topic:joint-news-bulletin"},
			[]string{"AGREED_ON org:aps topic:at", "AGREED_ON org:tap topic:at"}},
		{"negated, possible and refused stances",
			"The two agencies did not agree on a fee. KBC might pledge support for the pool. TRT declined to commit to the programme. The Uganda Broadcasting Corporation pledged to join the pool.",
			"2020-10-21",
			[]string{"COMMITTED_TO org:ubc topic:pool"},
			[]string{"AGREED_ON", "COMMITTED_TO org:kbc", "COMMITTED_TO org:trt"}},
		{"a list of participants ends at while",
			"A regional workshop opened in Lusaka on Wednesday. The workshop is attended by delegates from Botswana and Malawi, while South Africa's SABC pulled out.",
			"2020-10-21",
			[]string{"EVENT seminar date=2020-10-21 location=place:lusaka participants=country:BWA,country:MWI"},
			[]string{"EVENT seminar date=2020-10-21 location=place:lusaka participants=country:BWA,country:MWI,org:sabc"}},
		{"speakers of a forum report, not the speaker of an interview",
			"The ASEAN Media Forum opened in Jakarta on Wednesday. VNA General Director Tran Van Long gave a keynote speech. In an interview last month, Antara chief Rina Sari said agencies should share video.",
			"2020-10-21",
			[]string{"EVENT forum name=ASEAN Media Forum date=2020-10-21 location=place:jakarta participants=org:asean,org:vna,person:tran-van-long"},
			[]string{"EVENT forum name=ASEAN Media Forum date=2020-10-21 location=place:jakarta participants=org:antara"}},
		// round 5
		{"a delegation received and led by a named person is a meeting",
			"BelTA Director General Irina Sokol received a delegation of Armenpress led by its Director Aram Petrosyan in Minsk on Monday. The two agencies agreed to swap photo reports.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-19 location=place:minsk participants=", "AGREED_ON org:armenpress topic:photo-reports"},
			nil},
		{"a delegation met with, from another country's agency",
			"Kazinform Deputy Chairman Arman Nurlanov met with a delegation from Kyrgyzstan's Kabar news agency headed by Ainura Toktosunova in Almaty on Tuesday.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-20 location=place:almaty participants="},
			[]string{"EVENT meeting date=2020-10-20 location=place:almaty participants=country:KGZ"}},
		{"received an award, a letter or delegations in general make no meeting",
			"TASS received an award from the Russian Union of Journalists on Monday. Xinhua received a letter from Kazinform on Tuesday. The agency has received delegations from 40 countries since 2010.",
			"2020-10-21",
			nil,
			[]string{"EVENT meeting"}},
		{"the same day takes the last explicit day, not the dateline",
			"The forum opened in Beijing on October 12. Xinhua and KBC signed an agreement on October 13. On the same day, Xinhua met TASS in Beijing.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-13"},
			nil},
		{"the same day as an occasion is no date",
			"Xinhua met TASS in Beijing on the same day as the opening of the fair.",
			"2020-10-21",
			[]string{"EVENT meeting location=place:beijing"},
			[]string{"EVENT meeting date="}},
		{"parties that agreed take part in the meeting told next",
			"Prensa Latina and Xinhua have agreed to exchange video reports. The working meeting took place in Havana on Monday.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-19 location=place:havana participants=org:prensa-latina,org:xinhua"},
			nil},
		{"not a gathering told next with its own participants",
			"Prensa Latina and Xinhua have agreed to exchange video reports. A seminar opened in Havana on Monday, attended by editors from Mexico and Peru.",
			"2020-10-21",
			[]string{"EVENT seminar date=2020-10-19 location=place:havana participants=country:MEX,country:PER"},
			[]string{"EVENT seminar date=2020-10-19 location=place:havana participants=country:MEX,country:PER,org"}},
		{"a finite verb after and ends the topic list",
			"Bernama and Antara agreed to expand photo exchange and joint training and said the plan would be reviewed. KBC pledged to host interns and will pay their travel.",
			"2020-10-21",
			[]string{"AGREED_ON org:antara topic:photo-exchange", "AGREED_ON org:antara topic:joint-training", "COMMITTED_TO org:kbc topic:interns"},
			[]string{"AGREED_ON org:antara topic:reviewed", "AGREED_ON org:antara topic:said", "COMMITTED_TO org:kbc topic:pay", "COMMITTED_TO org:kbc topic:travel"}},
		{"a commitment stated about a third party is that party's",
			"Kenya welcomed China's commitment to media training. Critics noted the lack of commitment of the broadcasters to local news.",
			"2020-10-21",
			[]string{"COMMITTED_TO country:CHN topic:media-training"},
			[]string{"COMMITTED_TO country:KEN"}},
		{"a participle of saying after a comma opens a comment, not a topic; work toward X is about X",
			"Yonhap and Kyodo agreed to work toward the joint archive of war photos, pledging coordination with other agencies. VNA and KPL agreed to expand news exchange, training and publishing.",
			"2020-10-21",
			[]string{"AGREED_ON org:kyodo topic:joint-archive", "AGREED_ON org:kpl topic:news-exchange", "AGREED_ON org:kpl topic:training", "AGREED_ON org:kpl topic:publishing"},
			[]string{"AGREED_ON org:kyodo topic:pledging", "AGREED_ON org:kyodo topic:toward"}},
		// round 6
		{"the capital a demonym names is the place",
			"Yonhap and Kyodo held talks in the Japanese capital on Monday.",
			"2020-10-21",
			[]string{"EVENT talks date=2020-10-19 location=place:tokyo"},
			nil},
		{"a capital market is no place",
			"Xinhua and KBC held talks on Monday on listing firms in the Kenyan capital market.",
			"2020-10-21",
			[]string{"EVENT talks date=2020-10-19"},
			[]string{"EVENT talks date=2020-10-19 location"}},
		{"names and acronyms in parentheses count as one word before the place",
			"A joint photo service was launched by the Kenya News Agency (KNA) and the Ghana News Agency (GNA) in Accra, Ghana, on Monday.",
			"2020-10-21",
			[]string{"EVENT launch date=2020-10-19 location=place:accra"},
			nil},
		{"the place an organization is based in or has its office in is not the event's",
			"A joint video desk was launched on Monday by Namibia's NAMPA, based in Windhoek, and the Kenya News Agency. A training course was launched by KNA, whose head office is in Nairobi, on Tuesday.",
			"2020-10-21",
			[]string{"EVENT launch date=2020-10-19 organizers=org:nampa", "EVENT seminar date=2020-10-20 organizers=org:kna"},
			[]string{"EVENT launch date=2020-10-19 location", "EVENT seminar date=2020-10-20 location"}},
		{"the verb after a relative clause gives the place and date, not the clause",
			"The Sahel Media Innovation Summit, which was first held in Lagos in 2019, opened in Abuja on Monday. The Mekong Media Forum, which focuses on the role of local radio in rural areas and small towns, opened in Vientiane on Tuesday.",
			"2020-10-21",
			[]string{"EVENT summit name=Sahel Media Innovation Summit date=2020-10-19 location=place:abuja", "EVENT forum name=Mekong Media Forum date=2020-10-20 location=place:vientiane"},
			[]string{"EVENT summit name=Sahel Media Innovation Summit date=2019", "EVENT summit name=Sahel Media Innovation Summit date=2020-10-19 location=place:lagos"}},
		{"titled heads who agreed take part in the meeting told next",
			"Kazinform Director General Askar Omarov and UzA Director General Timur Aliev have agreed to exchange video reports. The working meeting took place at the Kazinform headquarters in Astana on Monday.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-19 location=place:astana participants=org:kazinform,org:uza,person:askar-omarov,person:timur-aliev"},
			nil},
		{"a titled person who expressed the hope after the forum speaks at it, not one of a statement",
			"The Neman Media Forum opened in Minsk on Monday. BelTA Director General Ivan Petrov expressed the hope that editors would meet every year. In a statement in August, Armenpress director Lilit Sargsyan expressed support for a photo bank.",
			"2020-10-21",
			[]string{"EVENT forum name=Neman Media Forum date=2020-10-19 location=place:minsk participants=org:belta,person:ivan-petrov"},
			[]string{"EVENT forum name=Neman Media Forum date=2020-10-19 location=place:minsk participants=org:armenpress", "EVENT forum name=Neman Media Forum date=2020-10-19 location=place:minsk participants=org:belta,person:ivan-petrov,person:lilit"}},
		{"receiving a titled person is a meeting of the two and their parties",
			"Lao Deputy Prime Minister Somsack Inthavong received Xinhua Vice President Zhou Ming in Vientiane on Monday. KPL received a letter from Xinhua President Fu Hua on Tuesday.",
			"2020-10-21",
			[]string{"EVENT meeting date=2020-10-19 location=place:vientiane participants=country:LAO,org:xinhua,person:somsack-inthavong,person:zhou-ming"},
			[]string{"EVENT meeting date=2020-10-20", "PARTICIPATED_IN person:fu-hua"}},
		{"the event is the organizer verb's object past a hyphenated modifier",
			"The Kenya News Agency jointly organized a two-day workshop on fact-checking in Nairobi on Monday. KBC organized a bus for reporters to the forum in Mombasa on Tuesday.",
			"2020-10-21",
			[]string{"EVENT seminar date=2020-10-19 location=place:nairobi organizers=org:kna"},
			[]string{"EVENT forum date=2020-10-20 location=place:mombasa organizers=org:kbc"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := process(t, c.body, c.dateline)
			got := facts(d)
			has := func(w string) bool {
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						return true
					}
				}
				return false
			}
			for _, w := range c.want {
				if !has(w) {
					t.Errorf("missing %q\n got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, n := range c.not {
				if has(n) {
					t.Errorf("unwanted %q\n got:\n  %s", n, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestEvidenceAndRules checks that every fact carries its rule, a
// confidence and an evidence span that is a sentence of the body.
func TestEvidenceAndRules(t *testing.T) {
	d := process(t, "China and Russia held a media forum in Beijing on Monday. Both sides agreed to deepen cooperation in translation.", "2020-10-21")
	if len(d.Relations) == 0 || len(d.Events) == 0 {
		t.Fatalf("no facts: %v", facts(d))
	}
	for _, r := range d.Relations {
		if r.Rule == "" || r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("%s %s->%s: rule %q confidence %v", r.Type, r.From, r.To, r.Rule, r.Confidence)
		}
		if d.Article.Body[r.Evidence.Start:r.Evidence.End] != r.Evidence.Text {
			t.Errorf("%s: evidence is not body[start:end]", r.Type)
		}
		if r.Type == document.CooperatesWith && r.From > r.To {
			t.Errorf("COOPERATES_WITH not ordered: %s > %s", r.From, r.To)
		}
	}
	for _, e := range d.Events {
		if e.ID == "" || e.Rule == "" || e.Evidence.Text == "" {
			t.Errorf("event %+v lacks id, rule or evidence", e)
		}
	}
}

// TestCAMEO checks the CAMEO codes of the main relation kinds.
func TestCAMEO(t *testing.T) {
	d := process(t, "China and Russia will step up media cooperation. Xinhua and TASS signed a memorandum of understanding.", "2020-10-21")
	want := map[string]string{"coop.pair": "030", "coop.signing": "057"}
	for _, r := range d.Relations {
		if w, ok := want[r.Rule]; ok && r.CAMEO != w {
			t.Errorf("%s by %s: CAMEO %q, want %q", r.Type, r.Rule, r.CAMEO, w)
		}
	}
}
