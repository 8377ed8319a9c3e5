// Cooperation: COOPERATES_WITH from a statement of cooperation.
//
// Constructions: "cooperation between X and Y", "between the media of X
// and Y" (between; country-level), "X and Y stressed ... cooperation
// between them" (between: the pair named before), "between X and Y on one
// hand, and Z and W on the other" (between: both pairs), "X and Y will
// step up cooperation" (pair; "As X and Y, we must strengthen our
// cooperation": as-we), "Sino-Russian media cooperation"
// (premodifier), "X cooperates with Y, Z and W" (with: one pair per
// partner; "X launched a joint project with Y"; "with its Chinese
// counterpart Y", "with China's official news agency, Y": the name after
// a description), "a joint event of X and Y" (of), "X and Y agreed to
// exchange news", "X and Y have a content-sharing arrangement", "the two
// sides coordinated in organizing" (pair), "Under the agreement, X will
// provide Y with ..." (under-agreement: one party serves the other), "X
// joined Y in launching ..." (joined-in), "X and Y are strategic
// partners" (are-partners, organizations only), "X is a partner of Y",
// "Y, a partner of X", "X and its partner Y", "X is Y's partner"
// (partner-of), "X provides its content to Y" (provides-to), "X launched
// Z together with Y" (did-with), "the cooperation of X with Y" (of-with),
// a coordinator and the members of a joint project (consortium).
// "Cooperation between X and Y was discussed" is a topic, negative ties
// ("strained relations") are no cooperation, and neither is a refused,
// denied, weighed or wished one (relations.go refused, hedged). Ends are two organizations or two countries (finish.go
// drops the rest).

package extract

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// cooperation adds COOPERATES_WITH for every pair of ids.
func (v *view) cooperation(ids []string, rule *lexicon.RelationRule, s int, trig document.Span, ev *event, intent bool, conf float64, topic string) {
	cameo := rule.CAMEO
	if intent && rule.IntentCAMEO != "" {
		cameo = rule.IntentCAMEO
	}
	// a statement about many parties at once ("media of China, Cambodia,
	// Laos, Myanmar, Thailand and Vietnam", "BRICS leaders of Brazil,
	// Russia, India, China and South Africa") is multilateral, no
	// pairwise partnership: at most two countries, and at most three
	// parties with a country among them; organizations alone up to five
	// ("A, B, C and D launched a joint fact-checking desk": each named
	// maker of the joint work is a partner of the others, as with
	// co-organizers)
	countries := 0
	for _, id := range ids {
		if document.IDPrefix(id) == document.PrefixCountry {
			countries++
		}
	}
	if countries > 2 || countries > 0 && len(ids) > 3 || len(ids) > 5 {
		return
	}
	for _, p := range pairsOf(ids) {
		v.addRel(rel{Relation: document.Relation{
			Type: document.CooperatesWith, From: p[0], To: p[1], Topic: topic, CAMEO: cameo,
			Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID, Confidence: conf,
		}, ev: ev})
	}
}

func (x *Extractor) frameBetween(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event) {
	if !v.tiesPledged(s, j, n) {
		// "relations between the two countries have reached the level of
		// comprehensive strategic partnership": ties the clause calls a
		// strategic or allied partnership (rule coop.relations-partnership)
		if !v.tiesPartnership(s, j+n) {
			return
		}
		r := *rule
		r.ID, r.Confidence, rule = "coop.relations-partnership", 0.8, &r
	}
	if v.authorizedToSign(s, j) {
		return
	}
	_, st1 := v.sentenceTokens(s)
	// "an exchange of views between X and Y" is talk; "the sharing of
	// experience", "exchanges of news" are cooperation
	// a bare "exchange(s)" or "sharing" must say what is exchanged: "the
	// exchange of content between", "the sharing of experience between";
	// "cultural exchanges between X and Y", "an exchange program between"
	// are no media partnership
	if w := v.low(j); n == 1 && (w == "exchange" || w == "exchanges" || w == "sharing") {
		if v.low(j+1) != "of" || !v.in(exchangedThings, j+2) {
			return
		}
	}
	// "the cooperation of X with Y" (rule coop.of-with)
	if v.low(j+n) == "of" {
		if v.ofWith(rule, s, j, n, ev) {
			return
		}
	}
	// "between" right after the trigger, or after a short phrase that
	// qualifies it: "cooperation in the field of media between the two
	// countries"
	reach := j + n + 3
	if w := v.low(j + n); w == "in" || w == "on" || w == "of" {
		reach = j + n + 8
	} else if (w == "was" || w == "were") && (v.in(settledVerbs, j+n+1) || v.in(settledVerbs, j+n+2)) {
		// "Agreements were also reached between X and Y": a passive of
		// settling with an adverb (not "cooperation was also discussed
		// between")
		reach = j + n + 4
	}
	for k := j + n; k < reach && k < st1; k++ {
		if w := v.low(k); w == "," || w == ";" {
			return
		}
		if v.low(k) != "between" && v.low(k) != "among" {
			continue
		}
		a := k + 1
		if v.low(a) == "the" {
			if ids, an, ok := v.pairAnaphorAt(a); ok {
				v.cooperation(ids, rule, s, v.span(j, j+n), ev, false, rule.Confidence*0.95, v.topicNear(s, j, j+n))
				_ = an
				return
			}
			a++
		}
		if ids := v.countriesMediaAt(a, st1); ids != nil {
			r := *rule
			r.ID = "coop.between-media"
			v.cooperation(ids, &r, s, v.span(j, j+n), ev, false, rule.Confidence*0.95, v.topicNear(s, j, j+n))
			return
		}
		if v.low(a) == "them" && a == k+1 {
			// "X and Y stressed ... cooperation between them": the pair
			// named before in the sentence (rule coop.between-them)
			if p := v.sentencePair(k, "any"); len(p) == 2 {
				r := *rule
				r.ID = "coop.between-them"
				v.cooperation(p, &r, s, v.span(j, j+n), ev, false, rule.Confidence*0.9, v.topicNear(s, j, j+n))
			}
			return
		}
		end := a
		if g, ok := v.groupAt(a, st1, false); ok && len(g.ids) >= 2 {
			if v.discussedAfter(g.t1) {
				// "Cooperation between X and Y was discussed": a topic,
				// not stated
				return
			}
			v.cooperation(v.mediaParties(g), rule, s, v.span(j, j+n), ev, v.intent(maxi(0, j-6), j), rule.Confidence, v.topicNear(s, j, j+n))
			end = g.t1
			if g2, ok := v.otherHandAt(end, st1); ok {
				// "between X and Y on one hand, and Z and W on the other"
				v.cooperation(g2.parties(), rule, s, v.span(j, j+n), ev, false, rule.Confidence*0.95, v.topicNear(s, j, j+n))
				return
			}
		} else if ids, an, ok := v.pairAnaphorAt(k + 1); ok {
			v.cooperation(ids, rule, s, v.span(j, j+n), ev, false, rule.Confidence*0.95, v.topicNear(s, j, j+n))
			end = k + 1 + an
		}
		// "... as well as between the Vietnamese and Lao Parties"
		for b := end; b < end+4 && b < st1; b++ {
			if v.low(b) == "between" {
				a2 := b + 1
				if v.low(a2) == "the" {
					a2++
				}
				if g, ok := v.groupAt(a2, st1, false); ok && len(g.ids) >= 2 {
					v.cooperation(g.parties(), rule, s, v.span(j, j+n), ev, false, rule.Confidence*0.95, v.topicNear(s, j, j+n))
				}
				break
			}
		}
		return
	}
}

// frameOf reads "a joint event of X and Y", "joint projects of X and Y":
// the parties of the joint undertaking cooperate.
func (x *Extractor) frameOf(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event) {
	_, st1 := v.sentenceTokens(s)
	k := j + n
	if v.low(k) != "of" && v.low(k) != "by" && v.low(k) != "between" {
		return
	}
	made := rule.ID == "coop.made-by"
	if made && !v.oneWorkBefore(j) {
		return
	}
	a := k + 1
	if v.low(a) == "the" {
		a++
	}
	// "jointly hosted by X and Y and organized by Z": the makers end
	// before a second participle and its "by"
	for q := a; q+2 < st1; q++ {
		if v.low(q) == "and" && v.low(q+2) == "by" && v.isWord(q+1) && !v.isCap(q+1) {
			st1 = q
			break
		}
	}
	if g, ok := v.groupAt(a, st1, false); ok && len(g.ids) >= 2 && (!made || len(g.parties()) == 2) {
		v.cooperation(g.parties(), rule, s, v.span(j, j+n), ev, false, rule.Confidence, v.topicNear(s, j, j+n))
	}
}

// oneWorkBefore reports one countable work before the participle at j
// (rule coop.made-by): "the digital project developed by", "a
// documentary produced by", "The series was produced by"; not
// "programmes produced by" (a plural: each maker's own) nor "Content
// produced by" (no article, a mass noun).
func (v *view) oneWorkBefore(j int) bool {
	if v.low(j+1) != "by" {
		return false
	}
	prev := v.low(j - 1)
	if prev == "was" || prev == "is" || prev == "been" {
		j-- // "The series was produced by", "has been developed by"
		if prev == "been" {
			j--
		}
		prev = v.low(j - 1)
	}
	if len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && prev != "series" || massWorks.has(prev) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		switch v.low(k) {
		case "a", "an", "the", "this", "its", "their":
			return true
		case ",", ";", ".", "and", "by", "of":
			return false
		}
	}
	return false
}

// massWorks are mass nouns of what outlets make, each its own.
var massWorks = newWordSet(map[string]bool{
	"content": true, "material": true, "news": true, "programming": true, "footage": true,
	"coverage": true, "information": true, "journalism": true, "output": true,
})

func (x *Extractor) framePair(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event, here []*event) {
	if !v.tiesPledged(s, j, n) {
		return
	}
	if n == 1 && v.low(j) == "joint" && !v.jointWork(s, j) {
		return
	}
	// "the forum, co-organized by X and Y": a passive, read by the
	// organizer rules; so is "The forum is jointly hosted by X and Y"
	if v.low(j+n) == "by" || v.low(j+n-1) == "jointly" && strings.HasSuffix(v.low(j+n), "ed") && v.low(j+n+1) == "by" {
		return
	}
	if n == 1 && v.in(exchangeVerbs, j) && v.exchangedAfter(j+1) < 0 {
		if !v.exchangeActivity(j) {
			return
		}
		r := *rule
		r.ID = "coop.exchange-activity"
		rule = &r
	}
	// an agreement noun is the pair's only as their possession: "X and
	// Y's memorandum", "X and Y's new agreement" (not "X and Y praised
	// the agreement")
	if n == 1 && v.in(pairAgreementNouns, j) && !v.possessive(j-1) && !(v.possessive(j-2) && v.isWord(j-1) && !v.isCap(j-1)) {
		return
	}
	// "cooperation with", "cooperation between" belong to other frames,
	// and so does a partner after "with" later in the clause: "X and Y
	// signed two cooperation agreements with Z" pairs Z with X and with Y
	if nx := v.low(j + n); nx == "with" || nx == "between" || nx == "among" {
		return
	}
	_, st1 := v.sentenceTokens(s)
	if v.in(exchangeVerbs, j) {
		// "X and Y will share programmes on culture, education and
		// sports with Z": each of them shares with Z, not with the
		// other (rule coop.with, exchangeWithAfter)
		if w := v.exchangeWithAfter(j+n, st1); w > 0 {
			if _, m := v.actorAt(w + 1 + boolInt(v.low(w+1) == "the")); m != nil {
				return
			}
		}
	}
	for k := j + n; k < st1 && k < j+n+6; k++ {
		if w := v.low(k); w == "," || w == ";" || w == "and" {
			break
		}
		if v.low(k) == "with" {
			if _, m := v.actorAt(k + 1 + boolInt(v.low(k+1) == "the")); m != nil {
				return
			}
		}
	}
	g, ok := v.subjectGroup(s, j, 16, false)
	conf := rule.Confidence
	if !ok || len(g.ids) < 2 {
		if ids := v.asWeGroup(s, j); len(ids) == 2 {
			// "As Anadolu Agency and AzerTac, we must strengthen our
			// cooperation" (rule coop.as-we)
			r := *rule
			r.ID = "coop.as-we"
			v.cooperation(ids, &r, s, v.span(j, j+n), ev, v.intent(maxi(0, j-6), j), conf*0.95, v.topicNear(s, j, j+n))
			return
		}
	}
	if !ok || len(g.ids) < 2 {
		// "The conference also called for ... cooperation": the
		// event's participants cooperate
		st0, _ := v.sentenceTokens(s)
		k := st0
		if v.low(k) == "the" {
			k++
		}
		if k < len(v.evm) && v.evm[k] != 0 {
			if e := v.eventOfMention[v.evm[k]-1]; e != nil {
				var ids []string
				for _, p := range e.participants {
					if document.IDPrefix(p) != document.PrefixPerson {
						ids = append(ids, p)
					}
				}
				if len(ids) >= 2 && len(ids) <= 4 {
					v.cooperation(ids, rule, s, v.span(j, j+n), e, true, 0.7, v.topicNear(s, j, j+n))
				}
			}
		}
		return
	}
	if g.anaphor {
		conf *= 0.95
	}
	if v.countriesOutlets(g) || v.relativeOwnSubject(g.t1, j) {
		return
	}
	if g.rule == "pair.head-anaphor" {
		r := *rule
		r.ID, rule = g.rule, &r
	}
	// "TASS Director General A and Xinhua President B opened a forum":
	// the heads open it, present at it (rule coop.launched-together)
	if rule.ID == "coop.launched-together" && v.low(j) == "opened" && len(g.persons) > 0 {
		return
	}
	// "X and Y each launched a podcast", "separately opened": each its
	// own, no joint act (rule coop.distributive)
	for k := g.t1; k < j; k++ {
		if w := v.low(k); w == "each" || w == "separately" || w == "respectively" || w == "individually" {
			return
		}
	}
	if v.exhortedBetween(g.t1, j) {
		return
	}
	v.cooperation(v.mediaParties(g), rule, s, v.span(j, j+n), ev, v.intent(g.t1, j), conf, v.topicNear(s, j, j+n))
}

// exhortWords state a call or a duty, no cooperation: "the media of the
// two countries must cooperate", "called for joint action".
var exhortWords = newWordSet(map[string]bool{
	"must": true, "should": true, "called": true, "calls": true, "urged": true, "urges": true,
	"appealed": true, "ought": true, "need": true, "needs": true,
})

// agreeWords before an exhortation make it the content of an agreement:
// "X and Y agreed that their media must cooperate more closely".
var agreeWords = newWordSet(map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "vowed": true, "pledged": true, "decided": true,
	"resolved": true, "committed": true, "promised": true, "concurred": true,
})

// exhortedBetween reports an exhortation word in tokens [from, to) with
// no agreement word before it: "Kenya and Uganda must cooperate more
// closely", "X and Y called for joint action" state a duty or a wish, no
// cooperation (rule coop.pair, MEASUREMENT.md).
func (v *view) exhortedBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if v.in(agreeWords, k) {
			return false
		}
		if v.in(exhortWords, k) {
			return true
		}
	}
	return false
}

// countryOutletNouns are plural nouns of one kind of organization: "Kenya,
// Uganda news agencies" are some outlets of the two countries, not their
// media as a whole.
var countryOutletNouns = newWordSet(map[string]bool{
	"agencies": true, "broadcasters": true, "newspapers": true, "dailies": true, "channels": true,
	"universities": true, "councils": true, "unions": true, "associations": true,
})

// countriesOutlets reports a group of countries that only qualifies a
// plural outlet noun right after it ("Kenya, Uganda news agencies to
// share content", "Chinese and Kenyan public broadcasters agree"): the
// parties are the outlets, which the pair frame leaves to the sentences
// that name them (MEASUREMENT.md draws a country pair only from
// cooperation of the countries or of their media as a whole).
func (v *view) countriesOutlets(g group) bool {
	if len(g.ids) < 2 {
		return false
	}
	for _, id := range g.ids {
		if document.IDPrefix(id) != document.PrefixCountry {
			return false
		}
	}
	// the group may end with its head noun ("Kenya, Uganda news
	// agencies") or before it ("the Kenyan and Ugandan national news
	// agencies")
	if g.t1 > 0 && v.in(countryOutletNouns, g.t1-1) {
		return true
	}
	k := g.t1
	for c := 0; c < 2 && v.isWord(k) && !v.isCap(k) && v.ent[k] == 0 && !v.in(countryOutletNouns, k); c++ {
		k++
	}
	return v.in(countryOutletNouns, k)
}

// exchangeActivity reads "exchange" at token j as the kind of an
// activity the pair held together: "X and Y held their annual exchange
// meeting", "organised an exchange programme for young reporters"
// (rule coop.exchange-activity); not "attended an exchange forum".
func (v *view) exchangeActivity(j int) bool {
	if v.low(j) != "exchange" && v.low(j) != "exchanges" || !v.in(exchangeActivities, j+1) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if w := v.low(k); w == "their" || runVerbs.has(w) {
			return true
		}
		if !v.isWord(k) || v.ent[k] != 0 {
			return false
		}
	}
	return false
}

// exchangeActivities are the nouns of an activity after "exchange".
var exchangeActivities = newWordSet(map[string]bool{
	"meeting": true, "meetings": true, "programme": true, "programmes": true, "program": true,
	"programs": true, "seminar": true, "seminars": true, "visit": true, "visits": true,
	"tour": true, "tours": true, "forum": true, "activities": true, "scheme": true,
})

// runVerbs hold or run an activity.
var runVerbs = newWordSet(map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "organized": true, "organised": true,
	"organize": true, "organise": true, "launched": true, "launch": true, "run": true, "ran": true,
	"runs": true, "started": true, "start": true, "conducted": true, "conduct": true,
})

// outletHeadBefore reports a plural outlet noun among the lower-case
// words before the trigger at j: in "Iran, Iraq state broadcasters sign
// cooperation deal" the countries qualify the broadcasters, not the
// trigger (rule coop.country-outlets).
func (v *view) outletHeadBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && v.isWord(k) && !v.isCap(k) && v.ent[k] == 0; k-- {
		if v.in(countryOutletNouns, k) {
			return true
		}
	}
	return false
}

func (x *Extractor) frameWith(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event) {
	_, st1 := v.sentenceTokens(s)
	from := j + n
	if n == 1 && v.low(j) == "joint" {
		// "X will open a joint bureau with Y", "X held a joint press
		// conference with Y" (as the pair trigger "held a joint press
		// conference"): the noun after "joint" comes first; not
		// "attended a joint meeting with"
		if v.presenceBefore(s, j) {
			return
		}
		from++
	}
	if n == 1 && v.in(exchangeVerbs, j) {
		// "X exchanges English-language content with Y": what is
		// exchanged comes first
		if from = v.exchangedAfter(j + 1); from < 0 {
			return
		}
		from++
	}
	if rule.ID == "coop.signed-with" && v.signedWithPlanned(s, j) {
		return
	}
	w := -1
	if v.low(j+n-1) == "with" {
		w = j + n - 1 // "works with"
	}
	reach := 4
	if strings.HasPrefix(v.low(j), "co-") || v.low(j) == "co" && v.low(j+1) == "-" {
		// "co-organised the previous meeting in Osaka in 2023 with Y":
		// the object, its place and date come before the partner (rule
		// coop.with, co-verbs)
		reach = 10
	}
	for k := from; w < 0 && k < from+reach && k < st1; k++ {
		if v.low(k) == "with" {
			w = k
			break
		}
		// "X's partners are unhappy with Y": the with-phrase of a
		// predicate after a copula
		if v.low(k) == "," || v.low(k) == "." || v.in(copulas, k) {
			break
		}
	}
	if w < 0 && v.in(exchangeVerbs, j) {
		// "X will share programmes on culture, education and sports
		// with Y": the topics of what is shared come before the partner
		if w = v.exchangeWithAfter(from, st1); w > 0 {
			r := *rule
			r.ID, rule = "coop.share-with-topics", &r
		}
	}
	if w < 0 || v.delegationWork(rule, j) {
		return
	}
	a := v.pastThe(w + 1) // not "The Independent", a name
	var ys []string
	if o := v.describedPartner(a, st1); o > 0 {
		// "with its Chinese counterpart Xinhua"
		a = o
	}
	if g, ok := v.groupAt(a, st1, false); ok {
		ys = v.objectList(g).parties()
	} else {
		// "a partnership with a Russia-based media organisation, TV
		// BRICS": the name after a description in apposition
		for k := a; k < st1 && k < a+8; k++ {
			if v.low(k) == "," {
				b := v.pastThe(k + 1)
				if g, ok := v.groupAt(b, st1, false); ok && v.ent[b] != 0 {
					ys = g.parties()
				}
				break
			}
			if v.ent[k] != 0 {
				if t := v.d.Mentions[v.ent[k]-1].Type; t != document.Country && t != document.Place {
					break
				}
			} else if !v.isWord(k) && v.low(k) != "-" {
				break
			}
		}
	}
	// "partnering with Russian groups such as Gazprom-Media, ...", "works
	// with over one hundred outlets, including China's Xinhua, ...": the
	// named examples are the partners
	for k := a; k < a+12 && k < st1; k++ {
		// "such as", "such news agencies as", "including"
		as := -1
		if v.low(k) == "such" {
			for q := k + 1; q < k+5 && q < st1; q++ {
				if v.low(q) == "as" {
					as = q
					break
				}
			}
		}
		// "with about forty agencies, among them Y and Z": the named
		// examples, as after "including"
		among := v.low(k) == "among" && (v.low(k+1) == "them" || v.low(k+1) == "which" || v.low(k+1) == "whom")
		// "to work with a major agency like Y": the named example of an
		// unnamed object
		like := v.low(k) == "like" && k > a && len(ys) == 0
		if as > 0 || among || like || v.low(k) == "including" {
			b := k + 1
			if as > 0 {
				b = as + 1
			} else if among {
				b = k + 2
			}
			if g, ok := v.listAt(b, st1); ok {
				ys = g
			}
			break
		}
		if v.low(k) == "." || v.low(k) == ";" {
			break
		}
	}
	withAnaphor := false
	if len(ys) == 0 && v.low(w+1) == "the" {
		// "Xinhua is ready to work with the State broadcaster": the one
		// organization of that kind named in the sentence or the three
		// before (rule coop.with-anaphor)
		k := w + 2
		for n := 0; n < 2 && k < st1 && v.ent[k] == 0 && v.isWord(k) && orgAnaphorKinds[v.low(k)] == ""; n++ {
			k++
		}
		if kind := orgAnaphorKinds[v.low(k)]; kind != "" && v.ent[k] == 0 && v.low(k+1) != "of" && v.ent[k+1] == 0 {
			if o := v.oneOrgOfKind(s, w, kind, ""); o != "" {
				ys, withAnaphor = []string{o}, true
			}
		}
	}
	if len(ys) == 0 && v.countedOutlets(a, st1) {
		// "X has signed agreements with over 20 news agencies": the
		// partners may be listed in the next sentences (hubList)
		if subj, ok := v.subjectGroup(s, j, 16, false); ok {
			if ps := subj.parties(); len(ps) == 1 && document.IDPrefix(ps[0]) == document.PrefixOrg {
				v.hub, v.hubS = ps[0], s
				// "X has signed similar memoranda with more than 40 news
				// agencies, most recently with Y": the one partner named
				// (rule coop.with-latest)
				if b := v.latestWith(a, st1); b > 0 {
					if g, ok := v.groupAt(b, st1, false); ok {
						r := *rule
						r.ID = "coop.with-latest"
						for _, y := range g.parties() {
							if y != ps[0] {
								v.cooperation([]string{ps[0], y}, &r, s, v.span(j, j+n), ev, false, rule.Confidence*0.9, v.topicNear(s, j, j+n))
							}
						}
					}
				}
			}
		}
		return
	}
	if len(ys) == 0 || v.deniedAfter(a, st1) {
		return
	}
	var subj group
	ok := false
	if rule.ID == "coop.signed-with" {
		// "X signed a deal with Y and Z signed one with W": a name right
		// before the verb is its subject, not the list before it
		if x := v.verbSubjectName(j); x != nil && (x.Type == document.Organization || x.Type == document.Country) {
			subj, ok = group{ids: []string{x.EntityID}}, true
		}
	}
	if !ok {
		subj, ok = v.subjectGroup(s, j, 16, false)
	}
	if !ok {
		// "X has a similar arrangement with Y and a framework agreement
		// with Z": the second object shares the first one's subject
		if d := v.firstConjunct(s, j); d > 0 {
			subj, ok = v.subjectGroup(s, d, 16, false)
		}
	}
	if !ok {
		return
	}
	if rule.ID == "coop.similar-with" && v.low(j+n-1) == "ties" {
		// "Kenya has similar ties with Uganda": ties of countries are
		// relations, no cooperation (MEASUREMENT.md); of organizations
		// they stand for the arrangement just told
		for _, x := range subj.parties() {
			if document.IDPrefix(x) == document.PrefixCountry {
				return
			}
		}
	}
	conf := rule.Confidence
	if subj.anaphor {
		conf *= 0.95
	}
	if withAnaphor {
		r := *rule
		r.ID, rule = "coop.with-anaphor", &r
		conf *= 0.9
	}
	if subj.rule != "" {
		// the subject resolved by a rule of its own ("On Monday it
		// partnered with Y")
		r := *rule
		r.ID, rule = subj.rule, &r
		conf *= 0.9
	}
	// "A and B signed two agreements with C and D": one each, who with
	// whom the sentences after tell (rule coop.signing-respectively)
	if xs := subj.parties(); len(xs) >= 2 && len(ys) >= 2 && agreementCount(v, j+n-1) == len(ys) {
		return
	}
	topic := v.topicNear(s, j, j+n)
	intent := v.intent(subj.t1, j)
	for _, x := range subj.parties() {
		for _, y := range ys {
			if x == y {
				continue
			}
			v.cooperation([]string{x, y}, rule, s, v.span(j, j+n), ev, intent, conf, topic)
		}
	}
}

// settledVerbs are the participles by which an agreement comes about.
var settledVerbs = newWordSet(map[string]bool{
	"reached": true, "signed": true, "concluded": true, "established": true, "struck": true,
	"inked": true, "sealed": true, "agreed": true, "forged": true, "launched": true,
})

// latestWith returns the first token of the partner in ", most recently
// with Y", ", the latest with Y", ", including with Y" after a counted
// set of partners from token a in its sentence (before limit), past a
// country's possessive description ("Turkey's Anadolu Agency" reads as
// the agency); else -1.
func (v *view) latestWith(a, limit int) int {
	for k := a; k < limit && k < a+12; k++ {
		if v.low(k) != "," {
			continue
		}
		q := k + 1
		switch v.low(q) {
		case "most", "the":
			if w := v.low(q + 1); w != "recently" && w != "latest" && w != "last" {
				return -1
			}
			q += 2
		case "including", "recently", "latest", "lately":
			q++
		default:
			return -1
		}
		if v.low(q) != "with" {
			return -1
		}
		b := v.pastThe(q + 1)
		if o := v.describedPartner(b, limit); o > 0 {
			b = o
		}
		return b
	}
	return -1
}

// exchangeWithAfter returns the token of "with" after a thing shared or
// exchanged and its topics, from token a, or -1: "(share) programmes on
// culture, education, sports and tourism with": lower-case words, commas
// and "and" only, at most sixteen tokens; a name, a clause word or a
// stop ends the search.
func (v *view) exchangeWithAfter(a, limit int) int {
	for k := a; k < limit && k < a+16; k++ {
		w := v.low(k)
		if w == "with" {
			return k
		}
		if w == "," || w == "-" || w == "and" || w == "on" || w == "of" || w == "about" {
			continue
		}
		if !v.isWord(k) || v.isCap(k) || v.ent[k] != 0 || v.in(clauseWords, k) {
			return -1
		}
	}
	return -1
}

// delegationNouns name a visiting party: "the X delegation is scheduled to
// work with Y" is a working session of a visit, no cooperation.
var delegationNouns = newWordSet(map[string]bool{
	"delegation": true, "delegations": true, "mission": true, "visitors": true, "guests": true,
})

// delegationWork reports a "work with" trigger at token j whose subject
// is a visiting delegation in the six words before it: "During its
// stay, the X delegation will work with the Ministry of Y" (rule
// coop.with).
func (v *view) delegationWork(rule *lexicon.RelationRule, j int) bool {
	if rule.ID != "coop.with" || !strings.HasPrefix(v.low(j), "work") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if v.in(delegationNouns, k) {
			return true
		}
		if w := v.low(k); w == "," || w == ";" || w == "." {
			return false
		}
	}
	return false
}

// deniedAfter reports a negated copula or auxiliary within ten words
// after token a in its clause: "a similar accord with Y was not on the
// table", "a deal with Y has never been signed".
func (v *view) deniedAfter(a, limit int) bool {
	for k := a; k < limit && k < a+10; k++ {
		switch v.low(k) {
		case ",", ";", "but", "while":
			return false
		case "was", "is", "were", "are", "has", "have", "had", "remains", "remained":
			if w := v.low(k + 1); w == "not" || w == "never" || w == "no" || w == "n't" {
				return true
			}
		}
	}
	return false
}

// negativeSentence reports whether sentence s has a negative cue of ties
// ("strained", "tense").
func (v *view) negativeSentence(s int) bool { return v.sentenceFlags(s)&flagNegative != 0 }

// listAt reads a list of parties that may carry modifiers between its
// members ("China's Xinhua, Seoul-based Yonhap, Aska News from Italy, the
// Indo-Asian News Service (IANS)"): organizations count; countries only
// when no organization is named.
func (v *view) listAt(i, limit int) ([]string, bool) {
	var orgs, countries []string
	seen := map[string]bool{}
	for j := i; j < limit; j++ {
		if v.low(j) == ";" || (v.low(j) == "." && v.tok(j) == ".") {
			break
		}
		_, m := v.actorAt(j)
		if m == nil {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		if v.in(frameworkNouns, mt1) {
			// "the ASEAN framework": a framework, no partner
			j = mt1
			continue
		}
		if !seen[m.EntityID] {
			seen[m.EntityID] = true
			switch m.Type {
			case document.Organization:
				orgs = append(orgs, m.EntityID)
			case document.Country:
				countries = append(countries, m.EntityID)
			}
		}
		j = mt1 - 1
	}
	if len(orgs) > 0 {
		return orgs, true
	}
	return countries, len(countries) > 0
}

// frameworkNouns after an organization in a partner list make it the
// name of a framework: "cooperation with ... the ASEAN framework".
var frameworkNouns = newWordSet(map[string]bool{"framework": true, "frameworks": true, "mechanism": true, "mechanisms": true, "format": true, "process": true})

// tieNouns name ties rather than cooperation: "relations", "ties",
// "friendship". Good ties are no statement of cooperation (MEASUREMENT.md);
// an agreed or pledged strengthening of them is one ("agreed to deepen
// media ties", "vowed to strengthen relations between X and Y").
var tieNouns = newWordSet(map[string]bool{"ties": true, "relations": true, "friendship": true})

// cooperativeWords before a tie noun make it cooperation itself:
// "cooperative ties", "partnership relations".
var cooperativeWords = newWordSet(map[string]bool{"cooperative": true, "co-operative": true, "partnership": true, "cooperation": true})

// strengtheners before a tie noun make it a goal of cooperation.
var strengtheners = newWordSet(map[string]bool{
	"strengthen": true, "strengthening": true, "deepen": true, "deepening": true, "boost": true,
	"boosting": true, "enhance": true, "enhancing": true, "expand": true, "expanding": true,
	"develop": true, "developing": true, "promote": true, "promoting": true, "consolidate": true,
	"consolidating": true, "upgrade": true, "elevate": true, "advance": true, "foster": true,
})

// commitCues in the clause before a strengthened tie say the parties set
// it as their goal.
var commitCues = newWordSet(map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "pledged": true, "pledge": true, "vowed": true,
	"vow": true, "committed": true, "decided": true, "resolved": true, "promised": true,
})

// tiesPledged reports whether the trigger at j (n tokens) may state
// cooperation: any trigger but a tie noun, and a tie noun only after a
// strengthening verb that an agreement or pledge governs.
func (v *view) tiesPledged(s, j, n int) bool {
	if !v.in(tieNouns, j+n-1) || v.in(cooperativeWords, j+n-2) {
		return true
	}
	st0, _ := v.sentenceTokens(s)
	strong := -1
	for k := j - 1; k >= st0 && k >= j-4; k-- {
		if v.in(strengtheners, k) {
			strong = k
			break
		}
	}
	if strong < 0 {
		return false
	}
	for k := strong - 1; k >= st0 && k >= strong-8; k-- {
		if v.in(commitCues, k) {
			return true
		}
	}
	return false
}

// tiesPartnership reports "strategic (allied) partnership" within 20
// tokens after token a in its clause: "relations between X and Y have
// reached the level of comprehensive strategic partnership", "are
// developing on the basis of brotherhood and allied partnership".
func (v *view) tiesPartnership(s, a int) bool {
	_, st1 := v.sentenceTokens(s)
	for k := a; k < st1 && k < a+20; k++ {
		switch w := v.low(k); w {
		case ";", "but", "while":
			return false
		case "partnership":
			p := v.low(k - 1)
			if p == "cooperative" {
				p = v.low(k - 2)
			}
			return p == "strategic" || p == "allied"
		}
	}
	return false
}

// mediaNouns close a group of countries that stands for their media as a
// whole: "cooperation between Russian and Vietnamese media".
var mediaNouns = newWordSet(map[string]bool{"media": true, "press": true, "people": true, "peoples": true,
	"organisations": true, "organizations": true, "outlets": true, "journalists": true})

// mediaParties returns the group's parties, and for two countries named
// by their media as a whole ("Russian and Vietnamese media", "the Chinese
// and Kenyan press") the two countries: MEASUREMENT.md counts cooperation
// between the countries' media as country-level cooperation.
func (v *view) mediaParties(g group) []string {
	if len(g.ids) == 2 && g.t1 > 0 && (v.in(mediaNouns, g.t1-1) || v.in(mediaNouns, g.t1)) {
		both := true
		for _, id := range g.ids {
			both = both && document.IDPrefix(id) == document.PrefixCountry
		}
		if both {
			return g.ids
		}
	}
	return g.parties()
}

// otherHandAt reads ", and Z and W on the other (hand)" after "on (the)
// one hand" at token k: the second pair of a between-list that names two
// pairs.
func (v *view) otherHandAt(k, limit int) (group, bool) {
	if v.low(k) != "on" {
		return group{}, false
	}
	k++
	if v.low(k) == "the" {
		k++
	}
	if v.low(k) != "one" || v.low(k+1) != "hand" {
		return group{}, false
	}
	k += 2
	if v.low(k) == "," {
		k++
	}
	if v.low(k) != "and" {
		return group{}, false
	}
	k++
	if v.low(k) == "between" {
		k++
	}
	k = v.pastThe(k)
	g, ok := v.groupAt(k, limit, false)
	if !ok || len(g.ids) != 2 || v.low(g.t1) != "on" || v.low(g.t1+1) != "the" || v.low(g.t1+2) != "other" {
		return group{}, false
	}
	return g, true
}

// mediaHeads may follow "media" as the head of the phrase: "the media
// resources of the two countries".
var mediaHeads = newWordSet(map[string]bool{"resources": true, "houses": true, "companies": true, "community": true, "communities": true, "sectors": true, "circles": true})

// asWeGroup reads "As X and Y, we ..." before the trigger at j in
// sentence s: the pair the speakers stand for, or nil.
func (v *view) asWeGroup(s, j int) []string {
	st0, st1 := v.sentenceTokens(s)
	k := st0
	for k < j && (v.low(k) == "“" || v.low(k) == "\"" || v.low(k) == "'") {
		k++
	}
	if v.low(k) != "as" || !v.isCap(k) {
		return nil
	}
	a := v.pastThe(k + 1)
	g, ok := v.groupAt(a, st1, false)
	if !ok || len(g.ids) != 2 || v.low(g.t1) != "," || (v.low(g.t1+1) != "we" && v.low(g.t1+1) != "they") || g.t1+1 >= j {
		return nil
	}
	for q := g.t1 + 2; q < j; q++ {
		if w := v.low(q); w == "," || w == ";" || w == "but" {
			return nil
		}
	}
	return g.parties()
}

// countriesMediaAt reads "media of China and Russia", "the media
// organizations of the two countries" at token a: the media of two
// countries as a whole, which MEASUREMENT.md counts as country-level
// cooperation. It returns the two countries, or nil.
func (v *view) countriesMediaAt(a, limit int) []string {
	k := a
	// up to two lower-case modifiers: "the large media resources of"
	for c := 0; c < 2 && k < limit && !v.in(mediaNouns, k) && v.isWord(k) && !v.isCap(k) && v.ent[k] == 0; c++ {
		k++
	}
	if !v.in(mediaNouns, k) || v.low(k) == "people" || v.low(k) == "peoples" || v.low(k) == "journalists" {
		return nil
	}
	k++
	if v.in(mediaNouns, k) || v.in(mediaHeads, k) {
		// "media organizations of", "media resources of"
		k++
	}
	if v.low(k) != "of" {
		return nil
	}
	k++
	var ids []string
	if v.low(k) == "the" {
		if p, _, ok := v.pairAnaphorAt(k); ok {
			ids = p
		} else {
			k++
		}
	}
	if ids == nil {
		g, ok := v.groupAt(k, limit, false)
		if !ok {
			return nil
		}
		ids = g.parties()
	}
	if len(ids) != 2 || document.IDPrefix(ids[0]) != document.PrefixCountry || document.IDPrefix(ids[1]) != document.PrefixCountry {
		return nil
	}
	return ids
}

// partnerBefore reads "<X> in cooperation with <Y>" anywhere: "training
// programs offered by the Federation in cooperation with Reuters": X,
// the name right before the phrase, and each partner cooperate (rule
// coop.organized-with); so also "X, together with Y, launched ..." when
// X opens the sentence and the phrase is set off by commas.
func (x *Extractor) partnerBefore(v *view, s int) {
	st0, st1 := v.sentenceTokens(s)
	if v.hub != "" && s > v.hubS && s <= v.hubS+2 {
		v.hubList(s, st0, st1)
	}
	if v.low(st0) == "the" && v.signerMany && s-v.signerSent <= 2 && v.in(enumWords, st0+1) {
		v.enumeratedAgreement(s, st0, st1)
	}
	if v.low(st0) == "our" {
		// a quotation that opens the sentence: '"Our agreement with Y
		// ...," A said'
		v.ourAgreementWith(s, st0, st1)
	}
	for k := st0 + 1; k < st1; k++ {
		// a switch, not a map lookup per token (a hot loop); the verbs
		// of the last case are those of provideVerbs
		switch v.low(k) {
		case "joined", "joins":
			v.joinedIn(s, k, st1)
			continue
		case "partners":
			v.arePartners(s, st0, k)
			v.partnersInclude(s, st0, k, st1)
			continue
		case "partner":
			v.partnerOf(s, st0, k, st1)
			continue
		case "our":
			v.ourAgreementWith(s, k, st1)
			continue
		case "jointly":
			v.jointlyWith(s, k, st1)
		case "thanked", "thanks":
			v.thankedForAgreement(s, k, st1)
			continue
		case "provide", "provides", "supply", "supplies", "give", "gives", "offer", "offers", "send",
			"sends", "grant", "grants", "train", "trains", "trained", "assist", "assists", "help", "helps", "support",
			"supports", "host", "hosts", "furnish", "furnishes":
			v.providesTo(s, k, st1)
			continue
		case "distribute", "distributes", "redistribute", "redistributes", "rebroadcast", "rebroadcasts",
			"retransmit", "retransmits", "relay", "relays":
			v.distributesOf(s, k, st1)
			continue
		}
		w := v.partnerPhrase(k)
		alongWith := false
		if w < 0 && v.low(k) == "," && v.low(k+1) == "along" && v.low(k+2) == "with" {
			// "X, along with Y, launched": as "together with", but only
			// before a verb of joint work ("X, along with Y, attended"
			// is co-presence)
			w, alongWith = k+3, true
		}
		if w < 0 {
			continue
		}
		_, m := v.mention(k - 1)
		if m == nil || !v.actor[v.ent[k-1]-1] {
			if lw := v.low(k); lw == "together" || lw == "jointly" || lw == "in" {
				v.didTogether(s, k, w, st1)
			}
			continue
		}
		a := v.pastThe(w)
		partners, ok := v.groupAt(a, st1, false)
		if !ok {
			continue
		}
		if v.low(k) == "," {
			// "X, together with Y, launched": only the subject that opens
			// the sentence, with the phrase set off by commas
			mt0, _ := v.tokenSpan(m)
			if v.low(mt0-1) == "the" && v.ent[mt0-1] == 0 {
				mt0--
			}
			if mt0 != st0 || v.low(partners.t1) != "," {
				continue
			}
			if alongWith && !v.jointVerbAfter(partners.t1+1, st1) {
				continue
			}
		}
		trig := v.span(k, w)
		v.hubCooperation([]string{m.EntityID}, partners.parties(), s, trig, "coop.organized-with", 0.75)
		k = partners.t1
	}
}

// organizedWith reads "organized by X, in collaboration with Y and Z",
// "hosted by X together with Y" in sentence s, with or without an event:
// X is the hub, each of Y and Z its partner (rule coop.organized-with);
// the partners are not paired with each other.
func (x *Extractor) organizedWith(v *view, s int) {
	st0, st1 := v.sentenceTokens(s)
	orgCues := lexicon.Bits(&x.lex.OrganizerCues)
	for j := v.next(orgCues, st0, st1); j < st1; j = v.next(orgCues, j+1, st1) {
		_, n, ok := x.lex.OrganizerCues.At(v, v.gate, j)
		if !ok {
			continue
		}
		a := j + n
		if v.low(a) == "the" {
			a++
		}
		// the partner phrase within the clause: "X (MFA), in
		// collaboration with"
		k, w := -1, -1
		from := a + 1
		if _, m := v.mention(a); m != nil {
			// "organised by the Agency of Information and Mass
			// Communications under the Administration of the President
			// (AIMC) together with Y": the window opens after a long name
			_, from = v.tokenSpan(m)
		}
		for q := from; q < st1 && q < from+20; q++ {
			if w = v.partnerPhrase(q); w > 0 {
				k = q
				break
			}
			if v.low(q) == ";" || v.low(q) == "." {
				break
			}
		}
		if k < 0 {
			// "the summit, organised by X with the Ministry of Y, drew":
			// a bare "with" right after the organizer and an
			// organization's name after it (rule coop.organized-by-with)
			hub, ok := v.groupAt(a, st1, false)
			if !ok || v.low(hub.t1) != "with" {
				continue
			}
			b := v.pastThe(hub.t1 + 1)
			// "with the Indonesian Ministry of ...": a demonym before the
			// name
			if _, dm := v.mention(b); dm != nil && dm.Type == document.Country && dm.Rule == "gaz.country.demonym" {
				_, b = v.tokenSpan(dm)
				b = v.pastThe(b)
			}
			if _, pm := v.actorAt(b); pm == nil || pm.Type != document.Organization {
				continue
			}
			partners, ok := v.groupAt(b, st1, false)
			if !ok {
				continue
			}
			v.hubCooperation(hub.parties(), partners.parties(), s, v.span(hub.t1, hub.t1+1), "coop.organized-by-with", 0.75)
			j = partners.t1
			continue
		}
		hub, ok := v.groupAt(a, k, false)
		if !ok {
			continue
		}
		if v.low(w) == "the" {
			w++
		}
		partners, ok := v.groupAt(w, st1, false)
		if !ok {
			continue
		}
		trig := v.span(k, w)
		v.hubCooperation(hub.parties(), partners.parties(), s, trig, "coop.organized-with", 0.8)
		j = partners.t1
	}
}

// provideVerbs are the verbs by which one party of an agreement serves
// the other: "Under the agreement, X will provide Y with photos".
var provideVerbs = newWordSet(map[string]bool{
	"provide": true, "provides": true, "supply": true, "supplies": true, "give": true, "gives": true,
	"offer": true, "offers": true, "send": true, "sends": true, "grant": true, "grants": true,
	"train": true, "trains": true, "assist": true, "assists": true, "help": true, "helps": true,
	"support": true, "supports": true, "host": true, "hosts": true, "furnish": true, "furnishes": true,
})

// allowVerbs make an agreement the subject of a grant to a party: "The
// memorandum allows X to rebroadcast Y bulletins".
var allowVerbs = newWordSet(map[string]bool{
	"allows": true, "allowed": true, "allow": true, "enables": true, "enabled": true, "enable": true,
	"permits": true, "permitted": true, "permit": true, "lets": true, "entitles": true,
})

// allowsClause reads a sentence that opens with an agreement as the
// subject of a verb of permission, "The memorandum allows X to
// rebroadcast Y news bulletins", "The deal will enable X to provide Y
// with ...": X serves or uses Y under the agreement (rule
// coop.agreement-allows). It reports whether the sentence had that form.
func (v *view) allowsClause(s, st0, st1 int) bool {
	k := v.pastThe(st0)
	for c := 0; c < 3 && k < st1 && !v.x.lex.AgreementNouns.HasAt(v, v.gate, k); c++ {
		if !v.isWord(k) || v.isCap(k) && k != st0 || v.ent[k] != 0 {
			return false
		}
		k++
	}
	_, n, ok := v.x.lex.AgreementNouns.At(v, v.gate, k)
	if !ok {
		return false
	}
	k += n
	for c := 0; c < 2 && v.in(underAuxWords, k); c++ {
		k++
	}
	if !v.in(allowVerbs, k) {
		return false
	}
	b := v.pastThe(k + 1)
	_, xm := v.actorAt(b)
	if xm == nil || xm.Type != document.Organization {
		return false
	}
	_, t := v.tokenSpan(xm)
	if v.low(t) != "to" {
		return false
	}
	verb := t + 1
	_, ym := v.actorAt(v.pastThe(verb + 1))
	if !sameActorKind(xm, ym) {
		return false
	}
	if !v.in(provideVerbs, verb) && !(v.in(useVerbs, verb) && v.contentOf(ym, st1)) {
		return false
	}
	v.pairCooperation(xm.EntityID, ym.EntityID, s, verb, "", "050", "coop.agreement-allows", 0.75)
	return true
}

// useVerbs take another party's content as their object: "Under the
// memorandum, X will publish Y stories", "X will carry Y's reports".
var useVerbs = newWordSet(map[string]bool{
	"publish": true, "publishes": true, "carry": true, "carries": true, "air": true, "airs": true,
	"broadcast": true, "broadcasts": true, "rebroadcast": true, "rebroadcasts": true,
	"distribute": true, "distributes": true, "translate": true, "translates": true, "run": true,
	"runs": true, "use": true, "uses": true, "relay": true, "relays": true, "receive": true, "receives": true,
})

// contentOf reports whether the name m (right after a verb) owns the
// content nouns after it: "Y stories", "Y's news reports", "Y English
// feed" (its possessive, at most two lower-case or capitalised words,
// then a content noun).
func (v *view) contentOf(m *document.Mention, limit int) bool {
	_, t := v.tokenSpan(m)
	if w := v.low(t); w == "'s" || w == "\u2019s" {
		t++
	}
	for c := 0; c < 3 && t < limit; c, t = c+1, t+1 {
		if v.in(contentNouns, t) {
			return true
		}
		if !v.isWord(t) || v.ent[t] != 0 {
			return false
		}
	}
	return false
}

// underAuxWords may stand between the subject and the verb of a clause
// under an agreement: "X will also provide", "X is to supply".
var underAuxWords = newWordSet(map[string]bool{
	"will": true, "would": true, "shall": true, "can": true, "is": true, "are": true, "to": true,
	"also": true, "further": true, "regularly": true, "be": true, "able": true,
})

// underAgreement reads "Under the agreement, X will provide Y with ...",
// "Within the memorandum, X supplies Y ...", "X will provide Y with
// photos under a new agreement": a clause of a party X and a verb by
// which X serves the party Y right after it, under or within an
// agreement noun that opens the sentence (up to its comma) or follows
// the clause (rule coop.under-agreement). X and Y must be named; "the
// agency" is not read.
func (x *Extractor) underAgreement(v *view, s int) {
	st0, st1 := v.sentenceTokens(s)
	b, fronted := st0, false
	// "Under the agreement,", "According to the memorandum,", "As part
	// of the deal,", "In line with the accord,"
	open := -1
	switch w := v.low(st0); {
	case w == "under" || w == "within":
		open = st0 + 1
	case w == "according" && v.low(st0+1) == "to", w == "as" && v.low(st0+1) == "part" && v.low(st0+2) == "of",
		w == "in" && v.low(st0+1) == "line" && v.low(st0+2) == "with":
		open = st0 + 2
		if w == "as" || w == "in" {
			open++
		}
	}
	if open < 0 && v.allowsClause(s, st0, st1) {
		return
	}
	if open > 0 {
		fronted = true
		comma := -1
		for k := open; k < st1 && k < st0+12; k++ {
			if v.low(k) == "," {
				comma = k
				break
			}
		}
		if comma < 0 || !x.agreementIn(v, open, comma) {
			return
		}
		b = comma + 1
	}
	b = v.pastThe(b)
	_, xm := v.actorAt(b)
	rule := "coop.under-agreement"
	var k int
	var xID string
	var xType document.EntityType
	if xm != nil && xm.Type != document.Person {
		xID, xType = xm.EntityID, xm.Type
		_, xt1 := v.tokenSpan(xm)
		k = xt1
		// "Under the deal, Xinhua News Agency (XNA) will ...": the
		// abbreviation belongs to the subject
		if v.low(k) == "(" && v.low(k+2) == ")" {
			k += 3
		}
		for n := 0; n < 3 && v.in(underAuxWords, k); n++ {
			k++
		}
	}
	if !v.in(provideVerbs, k) && !v.in(useVerbs, k) {
		if fronted || v.sentenceFlags(s)&(flagSpeech|flagUnder) != flagSpeech|flagUnder {
			return
		}
		// "A also said the channel would broadcast programmes of Y under
		// the agreement": the speaker's organization (rule
		// coop.under-agreement-reported)
		for k = b; k < st1 && k < b+16 && !v.in(useVerbs, k) && !v.in(provideVerbs, k); k++ {
		}
		g, ok := v.speakerOrgSubject(s, k)
		if !ok || k >= st1 {
			return
		}
		xID, xType, rule = g.ids[0], document.Organization, "coop.under-agreement-reported"
	}
	a := v.pastThe(k + 1)
	_, ym := v.actorAt(a)
	ofContent := false
	if ym == nil && v.in(contentNouns, a) && v.low(a+1) == "of" {
		// "broadcast programmes of (Argentina's) Y"
		a = v.pastThe(a + 2)
		if _, cm := v.actorAt(a); cm != nil && cm.Type == document.Country {
			if _, ct1 := v.tokenSpan(cm); v.low(ct1) == "'s" || v.low(ct1) == "\u2019s" {
				a = ct1 + 1
			}
		}
		_, ym = v.actorAt(a)
		ofContent = true
	}
	if ym == nil || ym.Type != xType || ym.EntityID == xID {
		return
	}
	if !v.in(provideVerbs, k) && !(v.in(useVerbs, k) && (ofContent || v.contentOf(ym, st1))) {
		return
	}
	if !fronted {
		// the clause opens the sentence: "under a new agreement" must
		// follow it before the clause ends
		under := -1
		for q := a + 1; q < st1 && q < a+12; q++ {
			if w := v.low(q); w == "," || w == ";" {
				break
			}
			if w := v.low(q); (w == "under" || w == "within") && x.agreementIn(v, q+1, mini(q+5, st1)) {
				under = q
				break
			}
		}
		if under < 0 {
			return
		}
	}
	conf := 0.8
	if rule != "coop.under-agreement" {
		conf = 0.7
	}
	v.pairCooperation(xID, ym.EntityID, s, k, v.topicNear(s, k, st1), "050", rule, conf)
}

// agreementIn reports an agreement noun (or "partnership") in tokens
// [t0, t1).
func (x *Extractor) agreementIn(v *view, t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if x.lex.AgreementNouns.HasAt(v, v.gate, k) || v.low(k) == "partnership" || v.low(k) == "arrangement" {
			return true
		}
	}
	return false
}

// describedPartner returns the first token of an organization named after
// a short description that opens a partner phrase at token a: "its
// Chinese counterpart Xinhua", "China's official news agency, Xinhua",
// "their Russian partner TASS" (a possessive pronoun or a country's "'s",
// lower-case words and demonyms, then the name, or an outlet noun, a
// comma and the name); else -1.
func (v *view) describedPartner(a, limit int) int {
	k := a
	switch {
	case v.low(k) == "its" || v.low(k) == "their" || v.low(k) == "his" || v.low(k) == "her":
		k++
	default:
		// "China's", also a region or a place the tagger leaves
		// unnamed: "with Latin America's one of the largest television
		// company and network, Y" (rule coop.signing, described partner)
		q := k
		if _, m := v.mention(k); m != nil && (m.Type == document.Country || m.Type == document.Place) {
			_, q = v.tokenSpan(m)
		} else {
			for c := 0; c < 3 && q < limit && v.ent[q] == 0 && v.isCap(q) && v.isWord(q); c++ {
				q++
			}
		}
		if w := v.low(q); q == k || w != "'s" && w != "\u2019s" {
			return -1
		}
		k = q + 1
	}
	for n := 0; n < 10 && k < limit; n, k = n+1, k+1 {
		if _, m := v.mention(k); m != nil {
			if m.Type == document.Organization && v.actor[v.ent[k]-1] && n > 0 {
				return k
			}
			if m.Type != document.Country {
				return -1
			}
			_, mt1 := v.tokenSpan(m)
			k = mt1 - 1
			continue
		}
		if v.low(k) == "," && n > 0 && v.in(outletNouns, k-1) {
			b := v.pastThe(k + 1)
			if _, m := v.actorAt(b); m != nil && m.Type == document.Organization {
				return b
			}
			return -1
		}
		if !v.isWord(k) || v.isCap(k) {
			return -1
		}
	}
	return -1
}

// jointDoings are the undertakings one party joins another in ("joined
// Y in organizing"); "joined Y in condemning" states no cooperation.
var jointDoings = newWordSet(map[string]bool{
	"launching": true, "organizing": true, "organising": true, "hosting": true, "producing": true,
	"co-producing": true, "creating": true, "developing": true, "establishing": true, "holding": true,
	"signing": true, "setting": true, "sponsoring": true, "publishing": true, "covering": true,
	"running": true, "implementing": true, "training": true, "building": true, "founding": true,
})

// joinedIn reads "X joined Y in launching ...", "X joins Y in organizing
// ...": the subject X and the party Y it joined in doing something
// cooperate (rule coop.joined-in). The verb is at token k.
func (v *view) joinedIn(s, k, st1 int) {
	a := v.pastThe(k + 1)
	ys, ok := v.groupAt(a, st1, false)
	if !ok || v.low(ys.t1) != "in" || !v.in(jointDoings, ys.t1+1) {
		return
	}
	xs, ok := v.subjectGroup(s, k, 10, true)
	if !ok {
		return
	}
	trig := v.span(k, k+1)
	v.hubCooperation(xs.parties(), ys.parties(), s, trig, "coop.joined-in", 0.75)
}

// discussedAfter reports a passive of discussion right after token k
// ("... between X and Y was discussed", "were considered", "is on the
// agenda"): the cooperation before it is a topic, not a fact.
func (v *view) discussedAfter(k int) bool {
	switch v.low(k) {
	case "was", "were", "is", "are", "will", "has", "have", "had":
	default:
		return false
	}
	k++
	if w := v.low(k); w == "be" || w == "been" || w == "also" {
		k++
	}
	switch v.low(k) {
	case "discussed", "considered", "explored", "examined", "studied", "proposed", "suggested", "reviewed", "debated":
		return true
	case "on":
		return v.low(k+1) == "the" && v.low(k+2) == "agenda"
	}
	return false
}

// copulas link a pair to "partners": "X and Y are partners".
var copulas = newWordSet(map[string]bool{"are": true, "were": true, "been": true, "become": true, "became": true, "remain": true, "remained": true})

// arePartners reads "X and Y are (strategic, long-standing) partners",
// "X and Y have been partners since 1956" with "partners" at token k: the
// coordinated pair of organizations right before the copula (rule
// coop.are-partners). Not "partners of / for / in ..." (of an event or a
// project), nor two countries ("trading partners").
func (v *view) arePartners(s, st0, k int) {
	switch v.low(k + 1) {
	case "of", "for", "in", "at", "to", "on", "with":
		return
	}
	c := -1
	strategic := false
	for q := k - 1; q >= st0 && q >= k-6; q-- {
		if v.in(copulas, q) {
			c = q
			break
		}
		if q < k-4 && !strategic {
			return
		}
		if !v.isWord(q) || v.isCap(q) || v.ent[q] != 0 {
			return
		}
		strategic = strategic || v.low(q) == "strategic"
	}
	if c < 0 {
		return
	}
	e := c
	if w := v.low(e - 1); w == "have" || w == "had" || w == "also" || w == "long" {
		e--
	}
	g, ok := v.subjectGroup(s, e, 2, true)
	if (!ok || g.t1 != e) && strategic && v.low(e-1) == "and" {
		// "Korea and Mongolia established diplomatic relations in 1990
		// and have been strategic partners since 2021": the subject of
		// the first predicate, opening the clause
		if g2, ok2 := v.subjectGroup(s, e, 16, false); ok2 && g2.t0 <= v.clauseStart(s, e)+2 {
			g, ok = g2, true
			g.t1 = e
		}
	}
	if !ok || g.t1 != e || len(g.parties()) != 2 {
		return
	}
	ids := g.parties()
	// organizations only: "Kenya and Uganda are trading partners" says
	// nothing of their media; but "Korea and Mongolia have been
	// strategic partners since 2021" states the countries' partnership,
	// as "the strategic partnership between" does (coop.strategic-partners)
	rule := "coop.are-partners"
	if strategic && document.IDPrefix(ids[0]) == document.PrefixCountry && document.IDPrefix(ids[1]) == document.PrefixCountry && ids[0] != ids[1] {
		rule = "coop.strategic-partners"
	} else if document.IDPrefix(ids[0]) != document.PrefixOrg || document.IDPrefix(ids[1]) != document.PrefixOrg || ids[0] == ids[1] {
		return
	}
	v.pairCooperation(ids[0], ids[1], s, k, "", "050", rule, 0.75)
}

// includeVerbs introduce the members of a list: "Its partners include
// A and B".
var includeVerbs = newWordSet(map[string]bool{
	"include": true, "includes": true, "included": true, "are": true, "were": true,
	"comprise": true, "number": true,
})

// partnersInclude reads "X's (media) partners include A, B and C" and,
// in a sentence that opens with it, "Its partners now include A and B"
// ("its" is the organization that opens the sentence before) with
// "partners" at token k: the owner is the hub of the named partners
// (rule coop.partners-include).
func (v *view) partnersInclude(s, st0, k, st1 int) {
	q := k + 1
	if w := v.low(q); w == "now" || w == "also" || w == "already" {
		q++
	}
	if !v.in(includeVerbs, q) {
		return
	}
	p := k - 1
	for c := 0; c < 3 && p > st0 && v.isWord(p) && !v.isCap(p) && v.ent[p] == 0 && v.low(p) != "its" &&
		v.low(p) != "'s" && v.low(p) != "\u2019s"; c++ {
		p--
	}
	hub := ""
	switch v.low(p) {
	case "its":
		if p != st0 {
			return
		}
		if g, ok := v.prevSubjectOrg(s); ok {
			hub = g.ids[0]
		}
	case "'s", "\u2019s":
		if m := v.mentionEndingAt(p); m != nil && m.Type == document.Organization {
			hub = m.EntityID
		}
	}
	if hub == "" {
		return
	}
	if w := v.low(q); w == "are" || w == "were" || w == "number" {
		// "X's partners are A and B", not "... are unhappy with Y"
		if _, m := v.actorAt(v.pastThe(q + 1)); m == nil {
			return
		}
	}
	ys, ok := v.listAt(q+1, st1)
	if !ok {
		return
	}
	for _, y := range ys {
		if y != hub && document.IDPrefix(y) == document.PrefixOrg {
			v.pairCooperation(hub, y, s, k, "", "050", "coop.partners-include", 0.75)
		}
	}
}

// partnerMods may stand between the article and "partner": "a
// long-standing partner", "the strategic media partner".
func (v *view) partnerMod(k int) bool {
	return (v.isWord(k) || v.low(k) == "-") && !v.isCap(k) && v.ent[k] == 0 && !v.in(copulas, k)
}

// sameActorKind reports two different organizations or two different
// countries.
func sameActorKind(a, b *document.Mention) bool {
	return a != nil && b != nil && a.EntityID != b.EntityID && a.Type == b.Type &&
		(a.Type == document.Organization || a.Type == document.Country)
}

// partnerOf reads the singular "partner" at token k in three
// constructions (rule coop.partner-of): "X is (a|the) (long-standing)
// partner of Y" (a copula after X, "has been", "remains", "became"),
// "Y, a partner of X, ..." (apposition after a name), and "X and its
// (main) partner(,) Y" (coordination with a possessive). Not "a partner
// of the forum": the party after "of" must be an organization or a
// country of the same kind as the other end, and not an event.
func (v *view) partnerOf(s, st0, k, st1 int) {
	// the determiner and modifiers before "partner"
	d := k - 1
	for n := 0; n < 5 && d > st0 && v.partnerMod(d) && v.low(d) != "a" && v.low(d) != "an" && v.low(d) != "the" && v.low(d) != "its" && v.low(d) != "their"; n++ {
		d--
	}
	det := v.low(d)
	var x, y *document.Mention
	switch {
	case v.possessive(d):
		// "X is Y's (main) partner", "Y's partner, X, ..."
		y = v.mentionEndingAt(d)
		if y == nil {
			return
		}
		if v.low(k+1) == "," {
			b := v.pastThe(k + 2)
			_, x = v.actorAt(b)
			break
		}
		yt0, _ := v.tokenSpan(y)
		q := yt0 - 1
		if w := v.low(q); w != "is" && w != "was" && w != "remains" && !copulas.has(w) {
			return
		}
		q--
		for c := 0; c < 2 && (v.low(q) == "has" || v.low(q) == "have" || v.low(q) == "also" || v.low(q) == "long"); c++ {
			q--
		}
		x = v.mentionEndingAt(q + 1)
	case (det == "a" || det == "an" || det == "the") && v.low(k+1) == "of":
		b := v.pastThe(k + 2)
		if b < len(v.evm) && v.evm[b] != 0 {
			return // "a partner of the forum"
		}
		_, y = v.actorAt(b)
		if y == nil {
			return
		}
		if _, yt1 := v.tokenSpan(y); v.low(yt1) == "'s" || v.low(yt1) == "\u2019s" {
			return // "a partner of X's forum"
		}
		c := d - 1
		if v.low(c) == "," {
			// "Y, a partner of X,": the name right before the comma
			x = v.mentionEndingAt(c)
		} else {
			// "X is / has been / remains a partner of Y"
			q := c
			if w := v.low(q); copulas.has(w) || w == "is" || w == "was" || w == "remains" || w == "becomes" {
				q--
				if w := v.low(q); w == "has" || w == "have" || w == "had" || w == "also" || w == "long" || w == "already" {
					q--
				}
				if w := v.low(q); w == "has" || w == "have" || w == "had" {
					q--
				}
				x = v.mentionEndingAt(q + 1)
			}
		}
	case det == "its" || det == "their":
		// "X and its partner(,) Y"
		if v.low(d-1) != "and" {
			return
		}
		x = v.mentionEndingAt(d - 1)
		b := k + 1
		if v.low(b) == "," {
			b++
		}
		b = v.pastThe(b)
		_, y = v.actorAt(b)
	default:
		return
	}
	if !sameActorKind(x, y) {
		return
	}
	v.pairCooperation(x.EntityID, y.EntityID, s, k, "", "050", "coop.partner-of", 0.75)
}

// mentionEndingAt returns the actor mention whose last token is right
// before token e, or nil.
func (v *view) mentionEndingAt(e int) *document.Mention {
	_, m := v.mention(e - 1)
	if m == nil || !v.actor[v.ent[e-1]-1] {
		return nil
	}
	if _, mt1 := v.tokenSpan(m); mt1 != e {
		return nil
	}
	return m
}

// contentNouns are what one party provides to another in an exchange of
// content: "provides its news to Y", "will supply photos to Y".
var contentNouns = newWordSet(map[string]bool{
	"content": true, "news": true, "photos": true, "pictures": true, "images": true, "footage": true,
	"videos": true, "video": true, "programmes": true, "programs": true, "materials": true,
	"stories": true, "reports": true, "articles": true, "feeds": true, "feed": true, "services": true,
	"newsfeed": true, "coverage": true, "documentaries": true, "films": true, "information": true,
})

// providesTo reads "X provides (its|their) (news) content to Y", "X will
// supply photos to Y" with the verb at token k: a party that serves
// another its content cooperates with it (rule coop.provides-to). X is
// the name right before the verb (after "will", "also", "regularly"), Y
// the name right after "to"; both named, of one kind.
func (v *view) providesTo(s, k, st1 int) {
	if w := v.low(k); w == "train" || w == "trains" || w == "trained" {
		v.trainsStaff(s, k, st1)
	}
	a := k + 1
	if w := v.low(a); w == "its" || w == "their" {
		a++
	}
	n := 0
	for ; n < 3 && a+n < st1 && (v.in(contentNouns, a+n) || v.low(a+n) == "and" || v.low(a+n) == "exclusive" || v.low(a+n) == "daily"); n++ {
	}
	if n == 0 || !v.in(contentNouns, a+n-1) || v.low(a+n) != "to" {
		return
	}
	b := v.pastThe(a + n + 1)
	_, y := v.actorAt(b)
	x := v.verbSubjectName(k)
	if !sameActorKind(x, y) {
		return
	}
	v.pairCooperation(x.EntityID, y.EntityID, s, k, "", "064", "coop.provides-to", 0.75)
}

// verbSubjectName returns the name right before the verb at token k,
// past auxiliaries ("will", "also") and an abbreviation in parentheses
// ("China Global Television Network (CGTN) will train"), or nil.
func (v *view) verbSubjectName(k int) *document.Mention {
	q := k
	for c := 0; c < 3 && v.in(underAuxWords, q-1); c++ {
		q--
	}
	if x := v.mentionEndingAt(q); x != nil {
		return x
	}
	if v.low(q-1) == ")" && v.low(q-3) == "(" {
		return v.mentionEndingAt(q - 1)
	}
	return nil
}

// enumWords take up one of several agreements counted before: "The
// first was concluded with Y".
var enumWords = newWordSet(map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"last": true, "latter": true, "former": true, "other": true, "remaining": true,
})

// enumeratedAgreement reads a sentence that opens with "The first", "The
// second", ... soon after the one party that signed agreements counted by
// a number ("X signed three cooperation agreements on Monday"): each
// organization right after "with" or "to" in it is that party's partner
// ("The first was concluded with Y.", "The second links it to Z, and the
// third to W."; rule coop.enumerated-agreements).
func (v *view) enumeratedAgreement(s, st0, st1 int) {
	for k := st0 + 2; k < st1; k++ {
		if w := v.low(k); w != "with" && w != "to" {
			continue
		}
		a := v.describedSubject(v.pastThe(k+1), st1)
		_, y := v.actorAt(a)
		// "to the Agence de Presse Senegalaise (APS)" when only the
		// abbreviation is a name known: the name in parentheses
		for q := a; y == nil && q < st1 && q < a+8; q++ {
			if v.low(q) == "(" {
				// (a name in parentheses reads like a source credit, so
				// it is no actor: the mention itself)
				_, y = v.mention(q + 1)
				break
			}
			if !v.isCap(q) && !v.in(nameParticles, q) {
				break
			}
		}
		if y == nil || y.Type != document.Organization || y.EntityID == v.signer ||
			document.IDPrefix(v.signer) != document.PrefixOrg {
			continue
		}
		v.pairCooperation(v.signer, y.EntityID, s, k, "", "057", "coop.enumerated-agreements", 0.7)
	}
}

// nameParticles are the lower-case words inside a name: "Agence de Presse
// Senegalaise", "Bank of Asia".
var nameParticles = newWordSet(map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "et": true, "of": true,
	"for": true, "and": true, "al": true, "el": true, "del": true, "di": true, "da": true,
})

// ourNouns after "our" name a partnership the speaker's organization
// has: "our agreement with Y", "our partnership with Y".
var ourNouns = newWordSet(map[string]bool{
	"agreement": true, "agreements": true, "partnership": true, "cooperation": true,
	"collaboration": true, "memorandum": true, "deal": true, "accord": true, "contract": true,
	"exchange": true, "co-operation": true,
})

// ourAgreementWith reads a quotation's "our agreement with Y", "our
// long-standing partnership with Y" (token k is "our") as a partnership
// of Y with the organization the quoted speaker's title names: '"Our
// agreement with ELTA has worked well," PAP President A said' pairs PAP
// and ELTA (rule coop.our-with). The speaker is the person named in the
// sentence outside the quotation, beside a speech verb.
func (v *view) ourAgreementWith(s, k, st1 int) {
	t := k + 1
	for c := 0; c < 4 && t < st1 && !v.in(ourNouns, t) && (v.isWord(t) || v.low(t) == "-") && !v.isCap(t) && v.ent[t] == 0; c++ {
		t++
	}
	if !v.in(ourNouns, t) || v.low(t+1) != "with" || !v.inQuote(v.toks[k].Start) {
		return
	}
	a := v.pastThe(t + 2)
	if o := v.describedPartner(a, st1); o > 0 {
		a = o
	}
	_, y := v.actorAt(v.describedSubject(a, st1))
	if y == nil || y.Type != document.Organization {
		return
	}
	x := v.quotedSpeakerParty(s)
	if x == "" || x == y.EntityID {
		return
	}
	v.pairCooperation(x, y.EntityID, s, k, "", "050", "coop.our-with", 0.7)
}

// quotedSpeakerParty returns the organization the title of the quoted
// speaker of sentence s names: the person named outside the quotation
// beside a speech verb ('"...," Lakeside Post editor A said', '"...,"
// said A, director of X'), else "".
func (v *view) quotedSpeakerParty(s int) string {
	// a quotation of several sentences names its speaker after its last
	// one: '"We are happy to work with Y. This deal will help us," A said'
	for q := s; q < s+3; q++ {
		if x, named := v.sentenceSpeakerParty(q); named || x != "" {
			return x
		}
		if _, st1 := v.sentenceTokens(q); st1 >= len(v.toks) || !v.inQuote(v.toks[st1-1].Start) {
			return ""
		}
	}
	return ""
}

// sentenceSpeakerParty returns the organization of the quoted speaker
// named in sentence s (see quotedSpeakerParty), and whether the sentence
// names a speaker at all.
func (v *view) sentenceSpeakerParty(s int) (string, bool) {
	st0, st1 := v.sentenceTokens(s)
	for q := st0; q < st1; q++ {
		_, m := v.actorAt(q)
		if m == nil || m.Type != document.Person || v.inQuote(m.Start) {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		said := speechVerb(v.low(mt1))
		// "said Lakeside Post editor A": the verb before the title; "said
		// the director general of the Lakeside News Agency (LNA), A":
		// across a title with its party, up to the closing quote
		for b := q - 1; b >= st0 && b >= q-14 && !said; b-- {
			if v.inQuote(v.toks[b].Start) {
				break
			}
			said = speechVerb(v.low(b))
		}
		if !said {
			return "", true
		}
		if x := v.titleParty(m.EntityID); document.IDPrefix(x) == document.PrefixOrg {
			return x, true
		}
		return "", true
	}
	return "", false
}

// staffNouns are the people one organization trains for another: "X will
// train Y camera crews", "X trained Y's reporters".
var staffNouns = newWordSet(map[string]bool{
	"journalists": true, "reporters": true, "staff": true, "crews": true, "editors": true,
	"producers": true, "engineers": true, "correspondents": true, "photographers": true,
	"technicians": true, "personnel": true, "employees": true, "presenters": true, "anchors": true,
	"cameramen": true, "camera": true, "operators": true, "specialists": true, "staffers": true,
	"journalist": true, "trainees": true,
})

// trainsStaff reads "X will train Y camera crews", "X trained Y's
// journalists" with the verb at token k: an organization that trains
// another's staff works with it (rule coop.trains-staff). X is the name
// right before the verb, Y the organization right after it (its
// possessive, up to two lower-case words, then a staff noun); both
// organizations, distinct.
func (v *view) trainsStaff(s, k, st1 int) {
	b := v.pastThe(k + 1)
	_, y := v.actorAt(b)
	if y == nil || y.Type != document.Organization {
		return
	}
	_, t := v.tokenSpan(y)
	if w := v.low(t); w == "'s" || w == "\u2019s" {
		t++
	}
	for c := 0; c < 2 && t < st1 && !v.in(staffNouns, t) && v.isWord(t) && !v.isCap(t) && v.ent[t] == 0; c++ {
		if v.low(t) == "former" {
			return // "Y's former staff" work for Y no more
		}
		t++
	}
	if t >= st1 || !v.in(staffNouns, t) {
		return
	}
	x := v.verbSubjectName(k)
	if !sameActorKind(x, y) || x.Type != document.Organization {
		return
	}
	v.pairCooperation(x.EntityID, y.EntityID, s, k, "", "050", "coop.trains-staff", 0.75)
}

// exchangedThings after "exchange of" make it an exchange of content,
// staff or experience: "the exchange of news between X and Y".
var exchangedThings = newWordSet(map[string]bool{
	"content": true, "news": true, "photos": true, "pictures": true, "footage": true, "videos": true,
	"programmes": true, "programs": true, "materials": true, "stories": true, "information": true,
	"journalists": true, "reporters": true, "staff": true, "delegations": true, "experience": true,
	"experiences": true, "expertise": true, "correspondents": true, "editors": true, "media": true,
	"best": true, "know-how": true, "products": true, "articles": true, "text": true, "texts": true,
	"bulletins": true, "feeds": true, "archives": true, "documentaries": true,
})

// jointVerbs make "X <verb> Z together with Y" a joint undertaking; a
// verb of presence ("attended the forum together with Y") makes none.
var jointVerbs = newWordSet(map[string]bool{
	"launched": true, "launches": true, "launch": true, "organized": true, "organised": true,
	"organizes": true, "organises": true, "organize": true, "organise": true, "produced": true,
	"produces": true, "produce": true, "created": true, "creates": true, "create": true,
	"developed": true, "develops": true, "develop": true, "published": true, "publishes": true,
	"publish": true, "established": true, "establish": true, "founded": true, "hosted": true,
	"hosts": true, "host": true, "opened": true, "open": true, "released": true, "release": true,
	"implemented": true, "implement": true, "conducted": true, "conduct": true, "set": true,
	"run": true, "runs": true, "ran": true, "broadcast": true, "aired": true, "airs": true,
})

// didTogether reads "X launched a photo service together with Y", "X
// will produce the series jointly with Y" with the phrase at token k and
// the partner at token w: a joint verb before the phrase in its clause
// (at most eight words back) and its subject X, named or a pair anaphor
// (rule coop.did-with); the phrase set off by commas after the verb, "X
// will produce, together with Y, a series" (rule coop.did-with-aside);
// "X will hold a workshop for reporters of its members, in cooperation
// with Y", the verb up to twenty words back (rule
// coop.did-in-cooperation).
func (v *view) didTogether(s, k, w, st1 int) {
	verb := -1
	from, reach, rule := k-1, 8, "coop.did-with"
	if v.low(from) == "," {
		rule = "coop.did-with-aside"
		// "X will produce, together with Y, a series of reports", "X
		// held a workshop for editors, in cooperation with Y": the
		// phrase set off by a comma
		from--
	}
	if v.low(k) == "in" {
		// "X will hold a workshop on fact-checking tools tomorrow for
		// young reporters of its member agencies, in cooperation with Y"
		reach, rule = 20, "coop.did-in-cooperation"
	}
	for q := from; q >= 0 && q >= k-reach && v.sent(q) == s; q-- {
		if lw := v.low(q); lw == "," || lw == ";" || lw == "and" {
			return
		}
		if v.in(jointVerbs, q) || v.in(holdVerbs, q) && v.heldEventBetween(q+1, k) {
			verb = q
			break
		}
	}
	if verb < 0 {
		return
	}
	xs, ok := v.subjectGroup(s, verb, 6, true)
	if !ok {
		return
	}
	a := v.pastThe(w)
	if o := v.describedPartner(a, st1); o > 0 {
		// "together with Paraguay's public television, Paraguay TV"
		a = o
	}
	ys, ok := v.groupAt(a, st1, false)
	if !ok {
		return
	}
	trig := v.span(k, w)
	v.hubCooperation(xs.parties(), ys.parties(), s, trig, rule, 0.75)
}

// jointlyWith reads "X will jointly hold a workshop on climate coverage
// with Y", "X jointly produced the series with Y": "jointly" at token k
// before a joint verb (a verb of holding only with an event held), then
// "with" and the partner in the clause; X is the verb's subject (rule
// coop.jointly-with).
func (v *view) jointlyWith(s, k, st1 int) {
	verb := k + 1
	if !v.in(jointVerbs, verb) && !v.in(holdVerbs, verb) {
		return
	}
	w := -1
	for q := verb + 1; q < st1 && q < verb+14; q++ {
		if lw := v.low(q); lw == "with" {
			w = q
			break
		} else if lw == "," || lw == ";" || lw == "." || lw == "and" {
			return
		}
	}
	if w < 0 || v.in(holdVerbs, verb) && !v.heldEventBetween(verb+1, w) {
		return
	}
	xs, ok := v.subjectGroup(s, k, 8, false)
	if !ok {
		return
	}
	a := v.pastThe(w + 1)
	if o := v.describedPartner(a, st1); o > 0 {
		a = o
	}
	ys, ok := v.groupAt(a, st1, false)
	if !ok {
		return
	}
	v.hubCooperation(xs.parties(), ys.parties(), s, v.span(k, w+1), "coop.jointly-with", 0.75)
}

// holdVerbs state joint work with "together with" only when what is held
// is an event the pair made: "X held a workshop on ethics together with
// Y", "X staged the festival jointly with Y"; not "X held talks together
// with Y" (a meeting of the two, which is no cooperation).
var holdVerbs = newWordSet(map[string]bool{
	"held": true, "holds": true, "hold": true, "staged": true, "stages": true, "stage": true,
	"convened": true, "convenes": true, "convene": true,
})

// heldEventBetween reports an event mention in [from, to) that is no
// meeting ("a workshop", "the festival"; not "talks", "a meeting").
func (v *view) heldEventBetween(from, to int) bool {
	found := false
	for q := from; q < to; q++ {
		w := v.low(q)
		if meetingNouns.has(w) || w == "talks" || w == "consultations" || w == "discussions" {
			return false
		}
		if v.evm[q] != 0 {
			found = true
		}
	}
	return found
}

// presenceVerbs before "joint" make the pair guests of a joint event,
// not its makers: "X and Y attended the joint committee meeting".
var presenceVerbs = newWordSet(map[string]bool{
	"attended": true, "attend": true, "attends": true, "attending": true, "joined": true,
	"participated": true, "witnessed": true, "visited": true, "addressed": true, "watched": true,
	"observed": true, "covered": true, "welcomed": true, "praised": true, "criticized": true,
	"criticised": true, "condemned": true, "at": true, "during": true, "after": true, "before": true,
})

// meetingNouns after "joint" name a joint sitting, which the pair may
// only attend: "a joint meeting", "a joint press conference".
var meetingNouns = newWordSet(map[string]bool{
	"meeting": true, "meetings": true, "session": true, "sessions": true, "press": true,
	"conference": true, "news": true, "sitting": true, "hearing": true,
})

// jointWork reports whether a bare "joint" at token j states the pair's
// joint work ("X and Y will do a series of joint features"): no verb of
// presence in the five words before it, and no meeting noun after it.
func (v *view) jointWork(s, j int) bool {
	if v.in(meetingNouns, j+1) || v.in(meetingNouns, j+2) {
		return false
	}
	return !v.presenceBefore(s, j)
}

// presenceBefore reports a verb of presence in the five words before
// token j in its clause.
func (v *view) presenceBefore(s, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5 && v.sent(k) == s; k-- {
		if v.in(presenceVerbs, k) {
			return true
		}
		if w := v.low(k); w == "," || w == ";" {
			break
		}
	}
	return false
}

// exchangeVerbs are the bare verbs of exchange; they state cooperation
// only with a thing exchanged after them (exchangedAfter).
var exchangeVerbs = newWordSet(map[string]bool{
	"exchange": true, "exchanges": true, "exchanged": true, "exchanging": true, "share": true,
	"shares": true, "shared": true, "sharing": true,
})

// exchangedAfter returns the token of a thing exchanged (exchangedThings)
// within five words after token a, across lower-case modifiers,
// possessives and hyphens ("English-language content", "their news
// stories"), or -1: "exchange views", "share the stage" give none.
func (v *view) exchangedAfter(a int) int {
	for k := a; k < a+6 && k < len(v.toks); k++ {
		w := v.low(k)
		if exchangedThings.has(w) {
			return k
		}
		if w == "-" || w == "their" || w == "its" || w == "and" || v.isWord(k) && v.ent[k] == 0 && !clauseWords.has(w) {
			continue
		}
		return -1
	}
	return -1
}

// participationWords after a member list under a coordinator say the
// members take part in the coordinated work.
var participationWords = newWordSet(map[string]bool{
	"participating": true, "participate": true, "participated": true, "take": true, "taking": true,
	"involved": true, "join": true, "joined": true, "joining": true, "contributing": true,
	"contribute": true, "members": true, "partners": true,
})

// projectNouns name a joint undertaking whose members are listed:
// "the project includes the following agencies: ...".
var projectNouns = newWordSet(map[string]bool{
	"project": true, "consortium": true, "network": true, "initiative": true, "newsroom": true,
	"alliance": true, "platform": true, "programme": true, "program": true,
})

// groupWords after "form (the|a)" make the subject list one working
// group: "A, B and C form the core group of the project".
var groupWords = newWordSet(map[string]bool{"consortium": true, "core": true, "alliance": true, "joint": true, "partnership": true, "steering": true})

// consortium reads the members of a joint project in sentence s (rule
// coop.consortium):
//   - "Under the coordination of X, agencies such as A and B are
//     participating": X with each member;
//   - "The project's coordinator is X" (or "coordinated by X") and, within
//     five sentences, "The project includes (the following agencies:) A,
//     B, C": X with each member;
//   - "A, B, C, D and E form the core group of the project": every pair
//     of the members (at most six), who say they work as one group.
func (x *Extractor) consortium(v *view, s int) {
	st0, st1 := v.sentenceTokens(s)
	for k := st0; k < st1; k++ {
		switch w := v.low(k); w {
		case "coordination", "leadership":
			if v.low(k-1) != "the" || v.low(k-2) != "under" || v.low(k+1) != "of" {
				continue
			}
			a := v.pastThe(k + 2)
			// the one organization after "of" ("German agency dpa"), set
			// off by a comma
			_, hm := v.actorAt(a)
			if hm != nil && hm.Type == document.Country {
				if o := v.modifiedOrg(hm); o >= 0 {
					_, hm = v.actorAt(o)
				}
			}
			if hm == nil || hm.Type != document.Organization {
				continue
			}
			_, ht1 := v.tokenSpan(hm)
			if v.low(ht1) != "," {
				continue
			}
			b := ht1 + 1
			members, ok := v.listAt(b, st1)
			if !ok || !v.participationAfter(b, st1) {
				continue
			}
			v.consortiumPairs(s, k, hubPairs([]string{hm.EntityID}, members))
		case "coordinator", "coordinators", "coordinated":
			// "The project's coordinator is X", "X is the project's
			// coordinator", "coordinated by X"
			var m *document.Mention
			switch {
			case w == "coordinated" && v.low(k+1) == "by":
				a := v.pastThe(k + 2)
				if ys, ok := v.groupAt(a, st1, false); ok && len(ys.parties()) == 1 {
					_, m = v.actorAt(ys.t0)
					if m == nil {
						m = &v.d.Mentions[ys.mentions[0]]
					}
				}
			case w != "coordinated" && (v.low(k+1) == "is" || v.low(k+1) == "was"):
				a := v.pastThe(k + 2)
				if ys, ok := v.groupAt(a, st1, false); ok && len(ys.parties()) == 1 && len(ys.mentions) > 0 {
					m = &v.d.Mentions[ys.mentions[0]]
				}
			}
			if m != nil && m.Type == document.Organization {
				v.coordinator, v.coordS = m.EntityID, s
			}
		case "includes", "include", "included", "comprises", "comprise", "unites", "gathers":
			if v.coordinator == "" || s-v.coordS > 5 || s == v.coordS {
				continue
			}
			project := false
			for q := k - 1; q >= st0 && q >= k-4; q-- {
				project = project || v.in(projectNouns, q)
			}
			if !project {
				continue
			}
			members, ok := v.listAt(k+1, st1)
			if !ok || len(members) < 2 {
				continue
			}
			v.consortiumPairs(s, k, hubPairs([]string{v.coordinator}, members))
		case "partner", "participating", "participates":
			// "PAP is an associated partner, while the Ukrinform agency is
			// also participating in the project": a member named on its
			// own within five sentences after the coordinator
			if v.coordinator == "" || s-v.coordS > 5 || s == v.coordS {
				continue
			}
			if m := v.projectMember(k, st0, st1); m != nil && m.EntityID != v.coordinator {
				v.consortiumPairs(s, k, [][2]string{{min(v.coordinator, m.EntityID), max(v.coordinator, m.EntityID)}})
			}
		case "form", "forms", "formed":
			a := k + 1
			if d := v.low(a); d == "the" || d == "a" {
				a++
			}
			if !v.in(groupWords, a) {
				continue
			}
			g, ok := v.subjectGroup(s, k, 40, true)
			if !ok || g.t1 != k {
				continue
			}
			if ps := g.parties(); len(ps) >= 2 && len(ps) <= 6 {
				v.consortiumPairs(s, k, pairsOf(ps))
			}
		}
	}
}

// participationAfter reports a participation word in tokens [b, limit).
func (v *view) participationAfter(b, limit int) bool {
	for q := b; q < limit; q++ {
		if v.in(participationWords, q) {
			return true
		}
	}
	return false
}

// consortiumPairs adds the pairs of organizations of a joint project,
// cued by the word at token k.
func (v *view) consortiumPairs(s, k int, pairs [][2]string) {
	trig := v.span(k, k+1)
	for _, p := range pairs {
		if document.IDPrefix(p[0]) != document.PrefixOrg || document.IDPrefix(p[1]) != document.PrefixOrg {
			continue
		}
		v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
			CAMEO: "050", Evidence: v.evidence(s), Trigger: &trig, Rule: "coop.consortium", Confidence: 0.7}})
	}
}

// ofWith reads "the cooperation of X with Y" after a trigger at j (n
// tokens): the one party after "of" and the party after "with" (rule
// coop.of-with). It reports whether it read the construction.
func (v *view) ofWith(rule *lexicon.RelationRule, s, j, n int, ev *event) bool {
	a := v.pastThe(j + n + 1)
	_, xm := v.actorAt(a)
	if xm == nil {
		return false
	}
	_, xt1 := v.tokenSpan(xm)
	if v.low(xt1) != "with" {
		return false
	}
	b := v.pastThe(xt1 + 1)
	_, ym := v.actorAt(b)
	if !sameActorKind(xm, ym) {
		return false
	}
	r := *rule
	r.ID = "coop.of-with"
	v.cooperation([]string{xm.EntityID, ym.EntityID}, &r, s, v.span(j, j+n), ev, false, rule.Confidence*0.95, v.topicNear(s, j, j+n))
	return true
}

// pairAgreementNouns are pair triggers only after a possessive of the
// pair ("X and Y's memorandum").
var pairAgreementNouns = newWordSet(map[string]bool{"agreement": true, "memorandum": true, "mou": true, "deal": true, "accord": true, "pact": true})

// jointVerbAfter reports a joint verb (jointVerbs) within three words
// after token a, across auxiliaries: "..., will jointly launch".
func (v *view) jointVerbAfter(a, limit int) bool {
	for k := a; k < limit && k < a+3; k++ {
		if v.in(jointVerbs, k) {
			return true
		}
		if w := v.low(k); !underAuxWords.has(w) && w != "have" && w != "has" && w != "jointly" {
			return false
		}
	}
	return false
}

// hubCooperation states COOPERATES_WITH (CAMEO 050) between each hub
// party and each partner of the same kind (two organizations or two
// countries), with the evidence of sentence s and trigger trig.
func (v *view) hubCooperation(hub, partners []string, s int, trig document.Span, rule string, conf float64) {
	for _, p := range hubPairs(hub, partners) {
		if document.IDPrefix(p[0]) != document.IDPrefix(p[1]) {
			continue
		}
		v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
			CAMEO: "050", Evidence: v.evidence(s), Trigger: &trig, Rule: rule, Confidence: conf}})
	}
}

// pairCooperation states COOPERATES_WITH between parties a and b (in id
// order) with the cue word at token k of sentence s as its trigger.
func (v *view) pairCooperation(a, b string, s, k int, topic, cameo, rule string, conf float64) {
	if b < a {
		a, b = b, a
	}
	trig := v.span(k, k+1)
	v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: a, To: b, Topic: topic,
		CAMEO: cameo, Evidence: v.evidence(s), Trigger: &trig, Rule: rule, Confidence: conf}})
}

// signedWithPlanned reports a bare signing verb at token j (rule
// coop.signed-with) that states no signing: a plan cue within four words
// before it ("is expected to be signed with", "will have signed with"),
// a weighing ("proposed signed with" in a headline), or a person right
// before it ("Amina Odhiambo signed with the Hill Times" tells of her
// job, not of a partnership).
func (v *view) signedWithPlanned(s, j int) bool {
	st0, _ := v.sentenceTokens(s)
	for k := j - 1; k >= st0 && k >= j-4; k-- {
		if v.x.lex.PlanCues.HasAt(v, v.gate, k) {
			return true
		}
	}
	if v.signingHedged(j) {
		return true
	}
	_, m := v.actorAt(j - 1)
	return m != nil && m.Type == document.Person
}

// speakerOrgHeads are the keys of speakerOrgNouns, as a word set for
// the scan (a filter before any hash).
var speakerOrgHeads = newWordSet(map[string]bool{
	"agency": true, "broadcaster": true, "channel": true, "newspaper": true, "daily": true,
	"corporation": true, "company": true, "organization": true, "organisation": true, "group": true,
	"outlet": true, "network": true, "university": true, "council": true, "union": true, "association": true,
	"station": true,
})

// speakerOrgNouns head a definite description of the speaker's own
// organization in a reported clause; the value is the kind it must have
// ("" for any kind).
var speakerOrgNouns = map[string]string{
	"agency": document.KindNewsAgency, "broadcaster": document.KindBroadcaster,
	"channel": document.KindBroadcaster, "newspaper": document.KindNewspaper, "daily": document.KindNewspaper,
	"corporation": "", "company": "", "organization": "", "organisation": "", "group": "",
	"outlet": "", "network": "", "university": "", "council": "", "union": "", "association": "",
	"station": document.KindBroadcaster,
}

// speakerOrgSubject reads a reported clause whose subject, right before
// token j, is a definite description of an organization: "Karimov said
// the agency has ...", "She said the public broadcaster already has a
// similar arrangement with ...", "Lal told the board on Tuesday that the
// corporation now shares ...", "Dobrynin said his newspaper has ...".
// The description stands for the organization of the speaker's title
// (rule coop.speaker-org): the person right before the speech verb, or
// for "he"/"she" the last person named in the sentence or the two
// before. A kind the noun names ("agency") and a demonym ("the Moroccan
// agency") must fit that organization.
func (v *view) speakerOrgSubject(s, j int) (group, bool) {
	if v.sentenceFlags(s)&flagSpeech == 0 {
		return group{}, false
	}
	st0, _ := v.sentenceTokens(s)
	// back from j over the verb group: "has", "now shares", "already has
	// a", "had been"
	h := j - 1
	for c := 0; c < 5 && h > st0 && v.ent[h] == 0 && v.isWord(h) && !v.isCap(h); c++ {
		if v.in(speakerOrgHeads, h) {
			break
		}
		h--
	}
	if h <= st0 || !v.in(speakerOrgHeads, h) || v.isCap(h) {
		return group{}, false
	}
	kind := speakerOrgNouns[v.lows[h]]
	// the determiner, across lower-case modifiers and one demonym
	country := ""
	d := h - 1
	for c := 0; c < 3 && d > st0; c++ {
		if w := v.low(d); w == "the" || w == "his" || w == "her" || w == "its" {
			break
		}
		if _, m := v.mention(d); m != nil && m.Type == document.Country && country == "" {
			country = m.EntityID
			mt0, _ := v.tokenSpan(m)
			d = mt0 - 1
			continue
		}
		if !v.isWord(d) || v.isCap(d) || v.ent[d] != 0 {
			return group{}, false
		}
		d--
	}
	if w := v.low(d); w != "the" && w != "his" && w != "her" && w != "its" {
		return group{}, false
	}
	// the speech verb right before the determiner, or before "that" at
	// the end of the verb's phrase ("told the board on Tuesday that")
	sv := d - 1
	if v.low(sv) == "that" {
		sv--
		for c := 0; c < 20 && sv > st0 && !speechVerb(v.low(sv)); c++ {
			if w := v.low(sv); w == ";" || w == "\"" || w == "\u201c" || w == "\u201d" {
				return group{}, false
			}
			sv--
		}
	}
	if !speechVerb(v.low(sv)) || v.inQuote(v.toks[sv].Start) {
		return group{}, false
	}
	speaker := ""
	p := sv - 1
	if w := v.low(p); w == "also" || w == "further" || w == "then" {
		p--
	}
	if v.low(p) == "," {
		// "Kato, in turn, said"
		for c := 0; c < 4 && p > st0 && v.low(p-1) != ","; c++ {
			p--
		}
		p -= 2
	}
	if k, m := v.mention(p); m != nil && m.Type == document.Person && v.actor[k] {
		speaker = m.EntityID
	} else if w := v.low(p); w == "he" || w == "she" {
		lo, _ := v.sentenceTokens(maxi(0, s-2))
		// (a person cited by "According to A," counts: a source of
		// the report, but the last person named)
		for k := p - 1; k >= lo && speaker == ""; k-- {
			if _, m := v.mention(k); m != nil && m.Type == document.Person {
				speaker = m.EntityID
			}
		}
	}
	if speaker == "" {
		return group{}, false
	}
	org := v.titleParty(speaker)
	if document.IDPrefix(org) != document.PrefixOrg {
		return group{}, false
	}
	if e := v.entity[org]; kind != "" && (e == nil || e.Kind != "" && e.Kind != kind) {
		return group{}, false
	}
	if country != "" && v.homeCountry(org) != country {
		return group{}, false
	}
	return group{ids: []string{org}, t0: d, t1: h + 1, anaphor: true, rule: "coop.speaker-org"}, true
}

// distributesOf reads "X distributes the services of Y", "X rebroadcasts
// Y's programmes", "X relays Y news bulletins" with the verb at token k:
// a party that passes on another's content to its own audience works
// with it (rule coop.distributes). X is the name right before the verb
// (past auxiliaries), Y the party that owns the content nouns after it:
// "(the) <content noun> of (Country's) Y" or Y with its content nouns;
// both named, of one kind. A bare object ("distributes Y") is no pair:
// it may be a product sold, not a partner.
func (v *view) distributesOf(s, k, st1 int) {
	if v.low(k-1) == "to" {
		// "The ruling allows X to rebroadcast Y bulletins": an
		// infinitive states no practice (coop.agreement-allows reads
		// it under an agreement)
		return
	}
	x := v.verbSubjectName(k)
	if x == nil {
		return
	}
	// the name opens its clause ("The ruling lets X distribute" has X as
	// an object)
	st0, _ := v.sentenceTokens(s)
	if xt0, _ := v.tokenSpan(x); xt0 > st0 {
		q := xt0 - 1
		if v.low(q) == "the" {
			q--
		}
		if w := v.low(q); q >= st0 && w != "," && w != "that" && w != "and" && w != "\"" && w != "\u201c" {
			return
		}
	}
	a := v.pastThe(k + 1)
	_, y := v.actorAt(a)
	switch {
	case y != nil:
		if !v.contentOf(y, st1) {
			return
		}
	case v.in(contentNouns, a) && v.low(a+1) == "of":
		b := v.pastThe(a + 2)
		if _, cm := v.actorAt(b); cm != nil && cm.Type == document.Country {
			if _, ct1 := v.tokenSpan(cm); v.low(ct1) == "'s" || v.low(ct1) == "\u2019s" {
				b = ct1 + 1
			}
		}
		_, y = v.actorAt(b)
	}
	if !sameActorKind(x, y) || x.EntityID == y.EntityID {
		return
	}
	v.pairCooperation(x.EntityID, y.EntityID, s, k, "", "064", "coop.distributes", 0.7)
}

// countedWords count an unnamed set of partners: "with over 20 agencies",
// "with dozens of outlets", "with many foreign broadcasters".
var countedWords = newWordSet(map[string]bool{
	"many": true, "several": true, "dozens": true, "hundreds": true, "numerous": true, "scores": true,
})

// countedOutlets reports a counted plural of outlets at token a, the
// object of "with": "over 20 leading news agencies", "more than 30
// foreign media outlets", "dozens of broadcasters".
func (v *view) countedOutlets(a, limit int) bool {
	k := a
	for c := 0; c < 2 && k < limit; c++ {
		switch v.low(k) {
		case "over", "more", "than", "about", "around", "nearly", "almost", "some":
			k++
		}
	}
	if _, ok := atoi(v.low(k)); !ok && !v.in(countedWords, k) {
		return false
	}
	k++
	if v.low(k) == "of" {
		k++
	}
	for c := 0; c < 4 && k < limit; c, k = c+1, k+1 {
		if v.in(appositionOutlets, k) || v.low(k) == "media" || v.low(k) == "partners" {
			return true
		}
		if !v.isWord(k) || v.isCap(k) || v.ent[k] != 0 {
			return false
		}
	}
	return false
}

// appositionOutlets are plural outlet nouns.
var appositionOutlets = newWordSet(map[string]bool{
	"agencies": true, "broadcasters": true, "newspapers": true, "dailies": true, "channels": true,
	"outlets": true, "councils": true, "unions": true, "universities": true, "organizations": true,
	"organisations": true, "associations": true, "networks": true, "services": true,
})

// hubList reads a sentence soon after a hub's counted partners that
// opens with a list of organizations "and (many) other" outlets, or that
// "are among them": "X has signed agreements with over 20 agencies.
// TASS, Reuters, Xinhua and many other agencies ..." pairs X with each
// (rule coop.hub-list).
func (v *view) hubList(s, st0, st1 int) {
	g, ok := v.groupAt(v.pastThe(st0), st1, false)
	if !ok || len(g.ids) < 2 {
		return
	}
	k := g.t1
	switch {
	case v.low(k) == "and" && (v.low(k+1) == "other" || v.low(k+2) == "other"):
	case (v.low(k) == "are" || v.low(k) == "were") && v.low(k+1) == "among":
	default:
		return
	}
	var partners []string
	for _, id := range g.ids {
		if document.IDPrefix(id) == document.PrefixOrg && id != v.hub {
			partners = append(partners, id)
		}
	}
	if len(partners) < 2 {
		return
	}
	v.hubCooperation([]string{v.hub}, partners, s, v.span(k, k+1), "coop.hub-list", 0.7)
}

// relativeOwnSubject reports a relative clause with a subject of its own
// between a group (ending at token a) and the trigger at j: "A, B and
// other agencies with which it shares news" (A and B are no subject of
// "shares").
func (v *view) relativeOwnSubject(a, j int) bool {
	for k := a; k < j-1; k++ {
		if w := v.low(k); w == "which" || w == "whom" {
			switch v.low(k + 1) {
			case "it", "they", "we", "he", "she":
				return true
			}
		}
	}
	return false
}

// projectMember reads a member of a coordinated project told on its own
// at token k: "X is an associated partner" (k at "partner", not "a
// partner of Y"), "the X agency is also participating in the project"
// (k at "participating", a project noun within four words after). It
// returns X, an organization named right before the verb (past an
// outlet noun), or nil.
func (v *view) projectMember(k, st0, st1 int) *document.Mention {
	q := k - 1
	if v.low(k) == "partner" {
		if v.low(k+1) == "of" || v.low(k+1) == "in" {
			return nil
		}
		for c := 0; c < 2 && q > st0 && v.isWord(q) && !v.isCap(q) && v.low(q) != "a" && v.low(q) != "an"; c++ {
			q--
		}
		if w := v.low(q); w != "a" && w != "an" {
			return nil
		}
		q--
	} else {
		project := false
		for a := k + 1; a < st1 && a <= k+4; a++ {
			project = project || v.in(projectNouns, a)
		}
		if !project {
			return nil
		}
	}
	if v.low(q) == "also" {
		q--
	}
	switch v.low(q) {
	case "is", "was", "becomes", "became":
		q--
	default:
		if v.low(k) != "participates" {
			return nil
		}
	}
	if v.in(outletNouns, q) && !v.isCap(q) {
		q-- // "the Ukrinform agency"
	}
	m := v.mentionEndingAt(q + 1)
	if m == nil || m.Type != document.Organization {
		return nil
	}
	return m
}

// firstConjunct returns the determiner of the first of two coordinated
// objects when the trigger at token j heads the second: "has a similar
// arrangement with Y and a framework agreement with Z" (j at "framework
// agreement") gives the "a" after "has"; else -1. The first object must
// have its own "with" phrase and follow a lower-case word (the verb).
func (v *view) firstConjunct(s, j int) int {
	st0, _ := v.sentenceTokens(s)
	k := j - 1
	for c := 0; c < 3 && k > st0 && v.isWord(k) && !v.isCap(k) && v.ent[k] == 0 && v.low(k) != "a" && v.low(k) != "an"; c++ {
		k--
	}
	if w := v.low(k); w != "a" && w != "an" || v.low(k-1) != "and" {
		return -1
	}
	with := false
	for q := k - 2; q > st0 && q > k-16; q-- {
		switch w := v.low(q); {
		case w == "with":
			with = true
		case w == ";" || w == "." || w == "\"" || w == "\u201c":
			return -1
		case with && (w == "a" || w == "an") && v.isWord(q-1) && !v.isCap(q-1) && v.ent[q-1] == 0 && v.low(q-1) != "with":
			return q
		}
	}
	return -1
}

// thankedAgreementNouns are what a party thanks another for when the two
// have an arrangement: "for ... their agreement".
var thankedAgreementNouns = newWordSet(map[string]bool{
	"agreement": true, "agreements": true, "memorandum": true, "mou": true, "partnership": true,
	"cooperation": true, "co-operation": true, "accord": true, "protocol": true, "deal": true,
})

// thankedForAgreement reads "X thanked Y for ... their agreement" with the
// verb at token k: the thanked party and the thanking one have the
// arrangement (rule coop.thanked-for-agreement). Y is the first
// organization after the verb before "for", else the organization of the
// title of the first person there ("thanked the director general of Y,
// A,"); X the name right before the verb, a person standing for the
// organization of their title, or for "he"/"she" the last person named
// in the sentence before. "their" or "the" must come right before the
// noun, within fourteen tokens after "for".
func (v *view) thankedForAgreement(s, k, st1 int) {
	forAt, y := -1, ""
	for q := k + 1; q < st1 && q < k+16; q++ {
		if v.low(q) == "for" {
			forAt = q
			break
		}
		if _, m := v.actorAt(q); m != nil && y == "" {
			switch m.Type {
			case document.Organization:
				y = m.EntityID
			case document.Person:
				if p := v.titleParty(m.EntityID); document.IDPrefix(p) == document.PrefixOrg {
					y = p
				}
			}
		}
	}
	if forAt < 0 || y == "" {
		return
	}
	found := false
	for q := forAt + 1; q < st1 && q < forAt+15 && !found; q++ {
		if w := v.low(q); w == "." || w == ";" {
			break
		}
		found = v.in(thankedAgreementNouns, q) && (v.low(q-1) == "their" || v.low(q-1) == "the")
	}
	if !found {
		return
	}
	x := ""
	b := k - 1
	if w := v.low(b); w == "also" || w == "warmly" || w == "then" || w == "further" {
		b--
	}
	if w := v.low(b); w == "he" || w == "she" {
		st0, _ := v.sentenceTokens(s)
		for q := b - 1; q >= 0 && q >= st0-60 && x == ""; q-- {
			if _, m := v.actorAt(q); m != nil && m.Type == document.Person {
				x = v.titleParty(m.EntityID)
				break
			}
		}
	} else if _, m := v.actorAt(b); m != nil {
		switch m.Type {
		case document.Organization:
			x = m.EntityID
		case document.Person:
			x = v.titleParty(m.EntityID)
		}
	}
	if document.IDPrefix(x) != document.PrefixOrg || x == y {
		return
	}
	v.pairCooperation(x, y, s, k, "", "050", "coop.thanked-for-agreement", 0.7)
}

// authorizedToSign reports an authorisation to sign before the trigger at
// j: "authorized the ambassador to ink an agreement between X and Y",
// "empowered the minister to sign a memorandum between ...": a mandate
// states no agreement yet (MEASUREMENT.md; the dev2 gold counts none).
// Within twelve tokens before j in its sentence, "to" and a signing verb,
// and before them an authorising verb.
func (v *view) authorizedToSign(s, j int) bool {
	st0, _ := v.sentenceTokens(s)
	for k := j - 1; k > st0 && k >= j-12; k-- {
		switch v.low(k) {
		case "sign", "ink", "conclude":
			if v.low(k-1) != "to" {
				return false
			}
			for q := k - 2; q >= st0 && q >= k-8; q-- {
				switch v.low(q) {
				case "authorized", "authorised", "authorizes", "authorises", "authorizing", "authorising",
					"empowered", "empowers", "mandated", "mandates", "permitted", "allowed":
					return true
				}
			}
			return false
		}
	}
	return false
}
