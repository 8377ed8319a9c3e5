// Stances: AGREED_ON and COMMITTED_TO with their topics.
//
// Constructions: "X and Y agreed that/to/on ...", "reached consensus",
// "X committed/pledged/vowed to ...", "the commitment of X to ..."; a
// stance that is negated, only possible or refused is none; the parties
// that agree at a meeting take part in it.

package extract

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// unassertedCues before a stance verb say the stance was not taken:
// modals of possibility ("could agree", "might pledge") and verbs of
// refusal or failure before "to" ("declined to commit", "failed to
// agree").
var unassertedCues = newWordSet(map[string]bool{
	"could": true, "may": true, "might": true, "would": true,
	"declined": true, "refused": true, "failed": true, "declines": true, "refuses": true, "fails": true,
	"unable": true, "reluctant": true,
})

// unasserted reports whether the stance verb at token j is negated ("did
// not agree", "has not committed") or only possible or refused ("could
// also agree", "declined to commit"): up to three words before it in its
// clause.
func (v *view) unasserted(j int) bool {
	if v.negated(j) {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3 && v.sent(k) == v.sent(j); k-- {
		w := v.low(k)
		if unassertedCues.has(w) {
			return true
		}
		if w == "," || w == ";" || w == "but" || w == "and" {
			return false
		}
	}
	return false
}

// frameStance reads "X and Y agreed that/to/on ..." (AGREED_ON) and "X
// committed to ..." (COMMITTED_TO): one relation per party and topic of
// the rest of the clause.
func (x *Extractor) frameStance(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event, here []*event) {
	_, st1 := v.sentenceTokens(s)
	if v.unasserted(j) {
		return // "did not agree", "might pledge", "declined to commit"
	}
	if v.agreedBy(rule, s, j, n, ev) {
		return
	}
	var parties, persons []string
	conf := rule.Confidence
	named := true // the parties are named, not read from an anaphor
	from := j + n
	if v.low(j+n-1) == "of" {
		// "the commitment of both institutions to strengthen ...": the
		// parties follow the noun, the topics follow "to"
		a := j + n
		if ids, an, ok := v.pairAnaphorAt(a); ok {
			parties, from = ids, a+an
			conf *= 0.95
			named = false
		} else if g, ok := v.groupAt(a+boolInt(v.low(a) == "the"), st1, false); ok {
			parties, from = g.parties(), g.t1
		}
		if v.low(from) != "to" {
			return
		}
		from++
	} else if g, ok := v.subjectGroup(s, j, 10, true); ok {
		parties, persons = g.parties(), g.persons
		if len(g.persons) == 1 && !v.andBefore(s, j) {
			// "The NTA Director General, X, elected AUB president,
			// promised ...": one person's organizations, no two parties
			// (rule coop.stance)
			named = false
		}
		if g.anaphor {
			conf *= 0.95
			named = false
		}
		if v.countriesOutlets(g) {
			// "The Chinese and Kenyan public broadcasters agreed": the
			// outlets' stance, not the countries'
			named = false
		}
	} else if ev != nil && (v.low(j-1) == "was" || v.low(j-1) == "were" || v.low(j-2) == "was") {
		// "It was mutually agreed during the meeting that ..."
		for _, p := range ev.participants {
			if document.IDPrefix(p) != document.PrefixPerson {
				parties = append(parties, p)
			}
		}
		conf *= 0.8
		named = false
	}
	// "Xinhua agreed with TASS to ...": the partner is a party too
	if v.low(j+n) == "with" {
		a := j + n + 1
		if v.low(a) == "the" {
			a++
		}
		if g, ok := v.groupAt(a, st1, false); ok && len(g.parties()) > 0 {
			for _, p := range g.parties() {
				if !slices.Contains(parties, p) {
					parties = append(parties, p)
				}
			}
			from = g.t1
		}
	}
	if len(parties) == 0 || len(parties) > 6 {
		return
	}
	if rule.Type == document.AgreedOn {
		v.stanceS = s
		v.stanceParties = append(v.stanceParties[:0], parties...)
		v.stancePersons = append(v.stancePersons[:0], persons...)
	}
	// "X and Y agreed ..., during talks in Z", "At the meeting, X and Y
	// agreed": who takes a stance in the sentence that tells of a
	// gathering took part in it
	for _, e := range here {
		if gathering(e) && v.occasionIn(s, e) {
			for _, p := range parties {
				e.addParticipant(p, s)
			}
			break
		}
	}
	typ := rule.Type
	trig := v.span(j, j+n)
	// two parties that agree or pledge together state that they cooperate
	// ("Belarus and Russia have agreed on the principles of the joint
	// holding", "X and Y pledged to ..."): one pair, of the same kind,
	// named (not an anaphor's guess)
	if named && len(parties) == 2 && samePartyKind(parties[0], parties[1]) {
		v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: min(parties[0], parties[1]),
			To: max(parties[0], parties[1]), CAMEO: "030", Evidence: v.evidence(s), Trigger: &trig,
			Rule: "coop.stance", Confidence: conf * 0.9}, ev: ev})
	}
	if w := v.low(j + n - 1); w != "to" && w != "of" {
		// "vowed on Wednesday to deepen ...", "agreed during the meeting
		// that ...": the clause after time words and adverbials
		for k := from; k < from+8 && k < st1; k++ {
			w := v.low(k)
			if w == "to" || w == "that" {
				from = k + 1
				break
			}
			if v.val[k] == 0 && !clauseFillers.has(w) && !stanceSkip.has(w) && w != "," && !(strings.HasSuffix(w, "ly") && len(w) > 4) &&
				!(v.evm[k] != 0 || w == "during" || w == "at" || w == "after" || w == "meeting" || w == "talks") {
				break // "pledged support": the object follows the verb
			}
		}
	}
	for _, topic := range v.stanceTopics(from, st1) {
		for _, p := range parties {
			v.addRel(rel{Relation: document.Relation{Type: typ, From: p, To: document.TopicID(topic),
				Topic: topic, CAMEO: rule.CAMEO, Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID, Confidence: conf}, ev: ev})
		}
	}
}

// gathering reports whether e is a happened or ongoing gathering or visit
// (not a signing, launch or show, not one told as coming) that the
// parties of a sentence about it can take part in.
func gathering(e *event) bool {
	switch e.typ {
	case "signing", "launch", "exhibition", "festival":
		return false
	}
	return !e.planned
}

// discussionVerbs are the verbs discussants reads.
var discussionVerbs = sentenceCue(newWordSet(map[string]bool{"discussed": true, "exchanged": true, "shared": true}))

// discussants adds the subject of a verb of consultation in sentence s
// ("During the meeting, the two agencies discussed ...", "X and Y also
// exchanged views on ...") as participants of the gathering e the
// sentence or the two before it tell of: only who takes part in talks
// discusses in them. A negated verb adds nobody.
func (v *view) discussants(s int, e *event) {
	if !v.hasCue(s, discussionVerbs) {
		return
	}
	st0, st1 := v.sentenceTokens(s)
	for j := st0 + 1; j < st1; j++ {
		if !v.in(discussionVerbs, j) {
			continue
		}
		w := v.low(j)
		if !(w == "discussed" || (w == "exchanged" || w == "shared") && (v.low(j+1) == "views" || v.low(j+1) == "opinions")) {
			continue
		}
		if v.negated(j) {
			return
		}
		g, ok := v.subjectGroup(s, j, 10, true)
		if !ok {
			return
		}
		e.addParticipants(s, g.ids, g.persons)
		return
	}
}

// agreedBefore adds the parties that agreed in the sentence before s, and
// the titled persons who stood for them, as participants of the
// gathering s introduces, when s names it with a
// definite description and a verb saying it happened and states no
// participants or organizers of its own: "EFE and Lusa have agreed to
// ... . The working meeting took place in Madrid on Thursday." Not "A
// seminar ... opened ..., attended by editors from ..." (indefinite, and
// with its own participants).
func (v *view) agreedBefore(s int, here []*event) {
	st0, st1 := v.sentenceTokens(s)
	happened := false
	for k := st0; k+1 < st1; k++ {
		w, w2 := v.low(k), v.low(k+1)
		if w == "took" && w2 == "place" || (w == "was" || w == "were") && w2 == "held" {
			happened = true
			break
		}
	}
	if !happened {
		return
	}
	for _, e := range here {
		if !gathering(e) || e.sents[0] != s || len(e.participants)+len(e.organizers) > 0 {
			continue
		}
		definite := false
		for _, sp := range e.mentions {
			k := v.tokenStarting(sp.Start)
			if k < 0 || v.sent(k) != s {
				continue
			}
			// "The working meeting", "the two-day talks"
			for d, n := k-1, 0; d >= st0 && n < 4; d, n = d-1, n+1 {
				if v.low(d) == "the" {
					definite = true
					break
				}
				if !(v.isWord(d) && !v.isCap(d) || v.low(d) == "-") {
					break
				}
			}
		}
		if !definite {
			continue
		}
		// "Kazinform Director General A and UzA Director General B
		// agreed ...": the heads took part too
		e.addParticipants(s, v.stanceParties, v.stancePersons)
		return
	}
}

// occasionIn reports whether sentence s names e as the occasion of its
// clause: "at/during (a|the) <e>" ("during talks in Islamabad", "At the
// meeting, ..."), not as the object of a pledge ("pledged to hold a
// joint conference").
func (v *view) occasionIn(s int, e *event) bool {
	st0, st1 := v.sentenceTokens(s)
	for k := st0; k < st1; k++ {
		if v.evm[k] == 0 || v.eventOfMention[v.evm[k]-1] != e {
			continue
		}
		p := k - 1
		for p > st0 && p >= k-3 && (v.in(occasionDeterminers, p) || v.low(p) == "-" || v.low(p-1) == "-") {
			p--
		}
		if w := v.low(p); w == "at" || w == "during" {
			return true
		}
	}
	return false
}

// occasionDeterminers may stand between "at"/"during" and the event.
var occasionDeterminers = newWordSet(map[string]bool{"a": true, "an": true, "the": true, "this": true, "their": true, "its": true})

// andBefore reports an "and" before token j in sentence s: a coordinated
// subject.
func (v *view) andBefore(s, j int) bool {
	st0, _ := v.sentenceTokens(s)
	for k := st0; k < j; k++ {
		if v.low(k) == "and" || v.low(k) == "&" {
			return true
		}
	}
	return false
}

// agreedPlanNouns are what parties agree on as a plan of working
// together: "a scheme agreed by X and Y".
var agreedPlanNouns = newWordSet(map[string]bool{
	"scheme": true, "programme": true, "program": true, "plan": true, "framework": true,
	"arrangement": true, "agreement": true, "protocol": true, "roadmap": true, "timetable": true,
	"initiative": true, "project": true, "mechanism": true,
})

// agreedBy reads a passive agreement with its agents: "under a staff
// development scheme agreed by the three agencies", "the exchange
// programme agreed upon by X and Y": the agents cooperate (rule
// coop.agreed-by). It reports whether it read the construction.
func (v *view) agreedBy(rule *lexicon.RelationRule, s, j, n int, ev *event) bool {
	if n != 1 || v.low(j) != "agreed" || !v.in(agreedPlanNouns, j-1) {
		return false
	}
	a := j + 1
	if w := v.low(a); w == "upon" || w == "on" {
		a++
	}
	if v.low(a) != "by" {
		return false
	}
	a++
	_, st1 := v.sentenceTokens(s)
	var ids []string
	conf := rule.Confidence * 0.9
	if p, _, ok := v.pairAnaphorAt(a); ok {
		ids, conf = p, conf*0.95
	} else if g, ok := v.groupAt(v.pastThe(a), st1, false); ok && len(g.persons) == 0 {
		ids = g.ids
	}
	if len(ids) < 2 || len(ids) > 5 {
		return false
	}
	r := *rule
	r.ID = "coop.agreed-by"
	r.Type = document.CooperatesWith
	v.cooperation(ids, &r, s, v.span(j, j+n), ev, false, conf, v.topicNear(s, j, j+n))
	return true
}
