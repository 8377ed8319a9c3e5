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
//
// This file holds the frames of the lexicon's cooperation triggers
// (between, of, pair, with) and the emitters every cooperation rule
// shares; the clause rules are in coopclauses.go, partner statements in
// cooppartners.go, joint work and projects in coopjoint.go, hubs with
// counted or listed partners in coophubs.go, and the fallback for a
// sentence that names exactly two parties no frame read in
// coopfallback.go.
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
	// "the strategic partnership of X and Y", "the friendship and
	// cooperation of X and Y" (rule coop.of-pair)
	if v.ofPair(rule, s, j, n, ev) {
		return
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
	if prev == "," {
		// "the digital project last year, developed by", "The portal,
		// developed by": a participle set off after its noun, across a
		// time adverbial
		j--
		for c := 0; c < 3 && j > 0 && (v.in(pastTimeWords, j-1) || isYear(v.low(j-1))); c++ {
			j--
		}
		prev = v.low(j - 1)
	}
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

// pastTimeWords make a time adverbial between a work and a participle
// set off after it: "the project last year, developed by".
var pastTimeWords = newWordSet(map[string]bool{
	"last": true, "this": true, "past": true, "year": true, "month": true, "week": true, "in": true,
	"earlier": true, "recently": true,
})

// isYear reports a four-digit year from 1900 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	n, ok := atoi(w)
	return ok && n >= 1900 && n < 2100
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
			// "signed cooperation deals with their peers": an unnamed
			// third party (rule coop.signing-third-party)
			if v.unnamedParties(k+1, st1) {
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
		if rule.ID == "coop.launched-together" {
			// "The conference, the fourth since the secretariat
			// launched the platform, brought together A, B and C": a
			// launch by no named pair, nothing its participants do
			return
		}
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
// media as a whole; so are "public TV" and "radio stations" (rule
// coop.country-outlets).
var countryOutletNouns = newWordSet(map[string]bool{
	"agencies": true, "broadcasters": true, "newspapers": true, "dailies": true, "channels": true,
	"universities": true, "councils": true, "unions": true, "associations": true,
	"tv": true, "stations": true, "outlets": true,
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
		if v.x.lex.PlanCues.HasAtIDs(v, v.ids, v.gate, k) {
			return true
		}
	}
	if v.signingHedged(j) {
		return true
	}
	_, m := v.actorAt(j - 1)
	return m != nil && m.Type == document.Person
}

// ofPairNouns are the nouns of working together that take their two
// parties after "of": "the partnership of X and Y".
var ofPairNouns = newWordSet(map[string]bool{
	"cooperation": true, "co-operation": true, "collaboration": true, "partnership": true,
	"interaction": true, "coordination": true,
})

// ofPairBlock are words after "of X and Y" that make the pair a qualifier
// of another noun ("the cooperation of X and Y journalists") or one party
// of a larger frame ("of X and Y with Z").
var ofPairBlock = newWordSet(map[string]bool{
	"with": true, "'s": true, "\u2019s": true, "media": true, "journalists": true, "reporters": true,
	"editors": true, "press": true, "governments": true, "leaders": true, "peoples": true, "people": true,
	"officials": true, "students": true, "experts": true, "members": true,
})

// ofPair reads "the partnership of X and Y" after a cooperation noun at j
// (n tokens), also across a coordinated noun ("the comprehensive
// partnership and strategic interaction of X and Y"): the two parties,
// both countries or both organizations, cooperate (rule coop.of-pair).
// It reports whether it read the construction.
func (v *view) ofPair(rule *lexicon.RelationRule, s, j, n int, ev *event) bool {
	if !v.in(ofPairNouns, j+n-1) {
		return false
	}
	k := j + n
	if v.low(k) == "and" {
		// a coordinated noun of working together, with up to two
		// lower-case modifiers
		q := k + 1
		for c := 0; c < 2 && v.isWord(q) && !v.isCap(q) && v.ent[q] == 0 && !v.in(ofPairNouns, q); c++ {
			q++
		}
		if !v.in(ofPairNouns, q) {
			return false
		}
		k = q + 1
	}
	if v.low(k) != "of" {
		return false
	}
	_, st1 := v.sentenceTokens(s)
	g, ok := v.groupAt(v.pastThe(k+1), st1, false)
	if !ok || len(g.ids) != 2 || len(g.persons) > 0 || g.anaphor {
		return false
	}
	pa, pb := document.IDPrefix(g.ids[0]), document.IDPrefix(g.ids[1])
	if pa != pb || pa != document.PrefixCountry && pa != document.PrefixOrg {
		return false
	}
	for _, mi := range g.mentions {
		// "of Chinese and Russian newsrooms": demonyms qualify a noun
		if mi >= 0 && mi < len(v.d.Mentions) && strings.HasSuffix(v.d.Mentions[mi].Rule, ".demonym") {
			return false
		}
	}
	for q := g.t0; q <= g.t1; q++ {
		// the qualifier's noun may close the group ("of Kenyan and
		// Ugandan journalists") or follow it
		if v.in(ofPairBlock, q) || v.in(countryOutletNouns, q) {
			return false
		}
	}
	r := *rule
	r.ID = "coop.of-pair"
	v.cooperation(g.ids, &r, s, v.span(j, j+n), ev, false, rule.Confidence*0.9, v.topicNear(s, j, j+n))
	return true
}

// giveVerbs give a party something: "will give Y free access to".
var giveVerbs = newWordSet(map[string]bool{
	"give": true, "gives": true, "gave": true, "giving": true, "grant": true, "grants": true,
	"granted": true, "granting": true, "offer": true, "offers": true, "offered": true, "offering": true,
	"provide": true, "provides": true, "provided": true, "providing": true,
})

// giveAccess reads "X will give Y (free) access to its news bulletins"
// at the trigger "access to" (j, n tokens): the giver X, the one
// organization that is the clause's subject, and the receiving
// organization Y cooperate (rule coop.give-access). The work must be the
// giver's own ("its", "their") or a kind of content.
func (v *view) giveAccess(rule *lexicon.RelationRule, s, j, n int, ev *event) {
	if w := v.low(j + n); w != "its" && w != "their" && !v.in(exchangedThings, j+n) {
		return
	}
	k := j - 1
	for c := 0; c < 2 && v.isWord(k) && !v.isCap(k) && v.ent[k] == 0 && !v.in(giveVerbs, k); c++ {
		k-- // "free", "full", "exclusive"
	}
	if v.low(k) == ")" {
		// "the National Broadcasting Corporation (NBC) free access"
		for q := k - 1; q >= 0 && q >= k-6; q-- {
			if v.low(q) == "(" {
				k = q - 1
				break
			}
		}
	}
	yi, ym := v.mention(k) // the receiver ends right before
	if ym == nil || !v.actor[yi] || ym.Type != document.Organization {
		return
	}
	yt0, _ := v.tokenSpan(ym)
	verb := yt0 - 1
	if v.low(verb) == "the" && v.ent[verb] == 0 {
		verb--
	}
	if !v.in(giveVerbs, verb) || v.negated(verb) {
		return
	}
	g, ok := v.subjectGroup(s, verb, 10, true)
	if !ok || len(g.ids) != 1 || len(g.persons) > 0 || document.IDPrefix(g.ids[0]) != document.PrefixOrg || g.ids[0] == ym.EntityID {
		return
	}
	v.cooperation([]string{g.ids[0], ym.EntityID}, rule, s, v.span(j, j+n), ev, v.intent(g.t1, verb), rule.Confidence, v.topicNear(s, j, j+n))
}
