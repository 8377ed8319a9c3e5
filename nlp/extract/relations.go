package extract

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// rel is a relation under construction; its event gets its id at the end.
type rel struct {
	document.Relation
	ev *event
}

// subjectPreps before a group mean it is not the subject of the clause.
var subjectPreps = map[string]bool{
	"between": true, "with": true, "of": true, "for": true, "from": true, "in": true,
	"to": true, "by": true, "among": true, "on": true, "at": true, "about": true,
	"including": true, "like": true, "as": true, "than": true, "into": true, "across": true,
}

// clauseStart returns the first token of the clause holding token j: the
// sentence start or the token after the last ";" before j.
func (v *view) clauseStart(s, j int) int {
	st0, _ := v.sentenceTokens(s)
	for k := j - 1; k > st0; k-- {
		if v.low(k) == ";" {
			return k + 1
		}
	}
	return st0
}

// subjectGroup returns the parties named as the subject of the clause
// before token j: the nearest coordinated group or pair anaphor between
// the clause start and j that is not the object of a preposition, or a
// possessive right before j ("Russia's cooperation").
//
// With nearEnd, a group that ends right before j, past parentheticals,
// counts however far it starts (clauseGap): "The two unions, which
// together represent 400 broadcasters, also pledged", "The Emirates News
// Agency (WAM) and the Kuwait News Agency (KUNA) have agreed". The pair
// and with frames, whose triggers are nouns as often as verbs, do without
// (it paired the wrong parties on the check part).
func (v *view) subjectGroup(s, j, maxDist int, nearEnd bool) (group, bool) {
	cs := v.clauseStart(s, j)
	if v.low(j-1) == "'s" {
		if _, m := v.mention(j - 2); m != nil && m.Type != document.Person {
			mt0, _ := v.tokenSpan(m)
			if g, ok := v.groupAt(mt0, j-1, false); ok {
				return g, true
			}
		}
	}
	var best group
	found := false
	for i := cs; i < j; i++ {
		// a subject starts at a name or an anaphor ("the two sides",
		// "both agencies", "these agencies", "all four")
		if w := v.lows[i]; v.ent[i] == 0 && w != "the" && w != "both" && w != "these" && w != "all" {
			continue
		}
		near := j-i <= maxDist
		if !near && !nearEnd {
			continue // only a group or anaphor that ends right before j counts
		}
		prep := v.low(i - 1)
		if prep == "the" {
			prep = v.low(i - 2)
		}
		// "the heads of TASS and Trend agreed": of after a people noun
		if prep == "of" && headNouns[v.low(i-2)] || prep == "of" && v.low(i-1) == "the" && headNouns[v.low(i-3)] {
			prep = ""
		}
		// "Europe's leading agencies, including Germany's dpa, Italy's
		// ANSA and Spain's EFE, pledged": the named examples of the
		// subject
		if prep == "including" || prep == "as" && v.low(i-2) == "such" {
			if _, m := v.actorAt(i); m != nil {
				if g, ok := v.groupAt(i, j, false); ok && v.low(g.t1) == "," && v.clauseGap(g.t1+1, j) <= 3 && len(g.parties()) > 0 {
					best, found = g, true
					i = g.t1 - 1
				}
			}
			continue
		}
		if subjectPreps[prep] {
			if _, m := v.actorAt(i); m != nil {
				_, mt1 := v.tokenSpan(m)
				i = mt1 - 1
			}
			continue
		}
		if _, m := v.actorAt(i); m == nil {
			if a, n, ok := v.pairAnaphorAt(i); ok {
				if near || nearEnd && v.clauseGap(i+n, j) <= 4 {
					best = group{ids: a, t0: i, t1: i + n, anaphor: true}
					found = true
				}
				i += n - 1
			}
			continue
		}
		// a candidate is read into the reused buffers and copied only
		// when it becomes the best one
		g, ok := v.groupInto(v.sbuf, v.smbuf, i, j, false)
		v.sbuf, v.smbuf = g.ids[:0], g.mentions[:0]
		if !ok {
			continue
		}
		if !near && (!nearEnd || v.clauseGap(g.t1, j) > 4) {
			continue
		}
		if !(found && len(best.ids) > len(g.ids) && subset(g.ids, best.ids)) {
			best, found = g.clone(), true
		}
		i = g.t1 - 1
	}
	return best, found
}

// clauseFillers are the words a subject may stand apart from its verb by:
// auxiliaries, adverbs, "both", time words.
var clauseFillers = map[string]bool{
	"have": true, "has": true, "had": true, "also": true, "jointly": true, "both": true, "all": true,
	"further": true, "will": true, "would": true, "shall": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "should": true, "then": true, "later": true,
	"now": true, "already": true, "on": true, "in": true, "at": true, "last": true, "this": true,
	"together": true, "once": true, "again": true, "today": true, "yesterday": true,
	"(": true, ")": true, "\u2014": true, "-": true,
}

// clauseGap counts the words from token a to token b that could separate
// a subject from its verb, leaving out what does not: parentheticals set
// off by commas (", which opened its bureau in 1974,", ", South Korea's
// key news wire,"), parentheses, dates and numbers, auxiliaries and
// adverbs. A name counts as one word.
func (v *view) clauseGap(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		w := v.low(k)
		if w == "," {
			// a parenthetical closed by a comma before b
			e := -1
			for q := k + 1; q < b && q <= k+16; q++ {
				if v.low(q) == "," {
					e = q
					break
				}
				if v.low(q) == ";" || v.low(q) == "." {
					break
				}
			}
			if e < 0 {
				continue // the comma right before the verb
			}
			k = e
			continue
		}
		if v.val[k] != 0 || clauseFillers[w] || strings.HasSuffix(w, "ly") && len(w) > 4 {
			continue
		}
		if e := v.ent[k]; e != 0 && k > a && v.ent[k-1] == e {
			continue // inside a name
		}
		n++
	}
	return n
}

// headNouns before "of" make the parties after it the subject: "the heads
// of TASS and Trend".
var headNouns = map[string]bool{
	"heads": true, "head": true, "leaders": true, "leadership": true, "chiefs": true,
	"representatives": true, "delegations": true, "delegation": true, "directors": true,
	"presidents": true, "editors": true, "officials": true, "managements": true,
	"journalists": true, "reporters": true, "executives": true, "staff": true, "members": true,
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// intent reports whether the words between a subject and a trigger state an
// intent ("will step up", "agreed to").
func (v *view) intent(from, to int) bool {
	for k := from; k < to; k++ {
		if v.x.lex.IntentCues.HasAt(v, v.gate, k) {
			return true
		}
	}
	return false
}

func (v *view) addRel(r rel) {
	if r.From == "" || r.To == "" || r.From == r.To {
		return
	}
	v.rels = append(v.rels, rel{Relation: r.Relation, ev: r.ev})
}

// cooperation adds COOPERATES_WITH for every pair of ids.
func (v *view) cooperation(ids []string, rule *lexicon.RelationRule, s int, trig document.Span, ev *event, intent bool, conf float64, topic string) {
	cameo := rule.CAMEO
	if intent && rule.IntentCAMEO != "" {
		cameo = rule.IntentCAMEO
	}
	for _, p := range pairsOf(ids) {
		v.addRel(rel{Relation: document.Relation{
			Type: document.CooperatesWith, From: p[0], To: p[1], Topic: topic, CAMEO: cameo,
			Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID, Confidence: conf,
		}, ev: ev})
	}
}

// span returns the byte span of tokens [t0, t1).
func (v *view) span(t0, t1 int) document.Span {
	return document.Span{Start: v.toks[t0].Start, End: v.toks[t1-1].End}
}

// relationsIn applies every relation rule to sentence s; here are the
// events the sentence refers to.
func (x *Extractor) relationsIn(v *view, s int, here []*event) {
	st0, st1 := v.sentenceTokens(s)
	ev := v.sentenceEvent(s, here)
	if ev != nil && gathering(ev) {
		v.discussants(s, ev)
	}
	if v.stanceS == s-1 {
		v.agreedBefore(s, here)
	}
	for j := st0; j < st1; j++ {
		g := ^uint64(0)
		if x.relMask != 0 {
			if g = v.gate[j] & x.relMask; g == 0 {
				continue
			}
		}
		// a trigger inside a name ("Shanghai Cooperation Organization",
		// "China-US Exchange Foundation") states nothing
		if k := v.ent[j]; k != 0 && v.d.Mentions[k-1].Type != document.Person && v.d.Mentions[k-1].Start < v.toks[j].Start {
			continue
		}
		negative, checked := false, false
		for ri := range x.lex.Relations {
			rule := &x.lex.Relations[ri]
			if b := rule.Matcher.Bit(); b != 0 && g&b == 0 {
				continue
			}
			_, n, ok := rule.Matcher.Match(v, j)
			if !ok {
				continue
			}
			if !checked {
				checked = true
				for k := j - 1; k >= st0 && k >= j-5; k-- {
					if x.lex.NegativeCues.HasAt(v, v.gate, k) {
						negative = true
					}
				}
			}
			if negative && rule.Type == document.CooperatesWith {
				continue // "strained relations"
			}
			// "in the shadow of the strained China-US relations, ... to
			// understand the relations between China and the United
			// States": bare relations in a sentence that calls them
			// strained are no cooperation
			if rule.Type == document.CooperatesWith && (v.low(j) == "relations" || v.low(j) == "ties") && n == 1 && v.negativeSentence(s) {
				continue
			}
			switch rule.Frame {
			case "between":
				x.frameBetween(v, rule, s, j, n, ev)
			case "pair":
				x.framePair(v, rule, s, j, n, ev, here)
			case "premodifier":
				if ids := v.premodifierParties(j); len(ids) >= 2 {
					v.cooperation(ids, rule, s, v.span(j, j+n), ev, v.intent(maxi(st0, j-6), j), rule.Confidence, v.topicNear(s, j, j+n))
				}
			case "with":
				x.frameWith(v, rule, s, j, n, ev)
			case "of":
				x.frameOf(v, rule, s, j, n, ev)
			case "signing":
				x.frameSigning(v, rule, s, j, n, here)
			case "agreed", "committed":
				x.frameStance(v, rule, s, j, n, ev, here)
			}
		}
	}
}

// sentenceEvent returns the event a fact of sentence s belongs to: one the
// sentence names, else the last one named in the two sentences before.
func (v *view) sentenceEvent(s int, here []*event) *event {
	for _, e := range here {
		if e.typ != "signing" {
			return e
		}
	}
	if len(here) > 0 {
		return here[0]
	}
	var best *event
	bestS := -1
	for _, e := range v.events {
		for _, es := range e.sents {
			if es < s && es >= s-2 && es > bestS {
				best, bestS = e, es
			}
		}
	}
	return best
}

func (x *Extractor) frameBetween(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event) {
	_, st1 := v.sentenceTokens(s)
	for k := j + n; k < j+n+3 && k < st1; k++ {
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
		end := a
		if g, ok := v.groupAt(a, st1, false); ok && len(g.ids) >= 2 {
			v.cooperation(g.parties(), rule, s, v.span(j, j+n), ev, v.intent(maxi(0, j-6), j), rule.Confidence, v.topicNear(s, j, j+n))
			end = g.t1
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
	a := k + 1
	if v.low(a) == "the" {
		a++
	}
	if g, ok := v.groupAt(a, st1, false); ok && len(g.ids) >= 2 {
		v.cooperation(g.parties(), rule, s, v.span(j, j+n), ev, false, rule.Confidence, v.topicNear(s, j, j+n))
	}
}

func (x *Extractor) framePair(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event, here []*event) {
	// "cooperation with", "cooperation between" belong to other frames
	if nx := v.low(j + n); nx == "with" || nx == "between" || nx == "among" {
		return
	}
	g, ok := v.subjectGroup(s, j, 16, false)
	conf := rule.Confidence
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
	v.cooperation(g.parties(), rule, s, v.span(j, j+n), ev, v.intent(g.t1, j), conf, v.topicNear(s, j, j+n))
}

func (x *Extractor) frameWith(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event) {
	_, st1 := v.sentenceTokens(s)
	w := -1
	if v.low(j+n-1) == "with" {
		w = j + n - 1 // "works with"
	}
	for k := j + n; w < 0 && k < j+n+4 && k < st1; k++ {
		if v.low(k) == "with" {
			w = k
			break
		}
		if v.low(k) == "," || v.low(k) == "." {
			break
		}
	}
	if w < 0 {
		return
	}
	a := w + 1
	if v.low(a) == "the" {
		a++
	}
	var ys []string
	if g, ok := v.groupAt(a, st1, false); ok {
		ys = g.parties()
	}
	// "partnering with Russian groups such as Gazprom-Media, ...", "works
	// with over one hundred outlets, including China's Xinhua, ...": the
	// named examples are the partners
	for k := a; k < a+12 && k < st1; k++ {
		if v.low(k) == "such" && v.low(k+1) == "as" || v.low(k) == "including" {
			b := k + 1
			if v.low(k) == "such" {
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
	if len(ys) == 0 {
		return
	}
	subj, ok := v.subjectGroup(s, j, 16, false)
	if !ok {
		return
	}
	conf := rule.Confidence
	if subj.anaphor {
		conf *= 0.95
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

// frameSigning reads "X and Y signed an agreement", "X signed ... with Y",
// "... signed between X and Y" and "signed by X and Y": a signing event,
// SIGNED for each party and COOPERATES_WITH between them.
func (x *Extractor) frameSigning(v *view, rule *lexicon.RelationRule, s, j, n int, here []*event) {
	st0, st1 := v.sentenceTokens(s)
	noun := -1
	for k := j + n; k < j+n+9 && k < st1; k++ {
		if x.lex.AgreementNouns.HasAt(v, v.gate, k) {
			noun = k
			break
		}
	}
	if noun < 0 {
		for k := j - 1; k >= st0 && k >= j-5; k-- {
			if x.lex.AgreementNouns.HasAt(v, v.gate, k) {
				noun = k
				break
			}
		}
	}
	if noun < 0 {
		// "NAN Managing Director X signed for the Nigerian agency": a
		// signing told in the two sentences before, now with its
		// signatories
		if v.low(j) == "signed" && !v.negated(j) {
			if e := v.lastCompatible("signing", "", v.toks[j].Start); e != nil && e.typ == "signing" && e.sents[len(e.sents)-1] >= s-2 {
				if g, ok := v.subjectPersons(s, j); ok {
					for _, p := range g.ids {
						e.addParticipant(p, s)
					}
					e.refer(v.span(j, j+n), s)
					// "while Xinhua was represented by its bureau chief Y"
					for k := j + n; k < st1; k++ {
						if v.low(k) == "represented" && v.low(k+1) == "by" {
							for q := k + 2; q < st1 && q < k+10; q++ {
								if _, m := v.actorAt(q); m != nil && m.Type == document.Person {
									e.addParticipant(m.EntityID, s)
									break
								}
							}
						}
					}
				}
			}
		}
		return
	}
	var parties, signers []string
	// titled are parties known only from the titles of the persons who
	// signed; a signing told before with its parties keeps those
	titled := map[string]bool{}
	add := func(ids []string) {
		for _, id := range ids {
			dup := false
			for _, p := range parties {
				dup = dup || p == id
			}
			if !dup {
				parties = append(parties, id)
			}
		}
	}
	// persons sign for the party of their title: "The document was
	// signed by TASS Director General Andrey Kondrashov and Xinhua
	// Director General Fu Hua", "Fu Hua, president of Xinhua, and
	// Rahmati signed the MoU"
	addGroup := func(g group) {
		for _, id := range g.ids {
			if document.IDPrefix(id) == document.PrefixPerson {
				signers = append(signers, id)
				if q := v.titleParty(id); q != "" {
					if !slices.Contains(parties, q) {
						titled[q] = true
					}
					add([]string{q})
				}
			}
		}
		var ps []string
		for _, id := range g.parties() {
			if document.IDPrefix(id) != document.PrefixPerson {
				ps = append(ps, id)
			}
		}
		add(ps)
		signers = append(signers, g.persons...)
	}
	after := maxi(j+n, noun+1)
	for k := j + n; k < mini(st1, after+10); k++ {
		switch v.low(k) {
		case "between", "by":
			a := k + 1
			if v.low(a) == "the" {
				if ids, _, ok := v.pairAnaphorAt(a); ok {
					add(ids)
					break
				}
				a++
			}
			if g, ok := v.groupAt(a, st1, true); ok {
				addGroup(g)
			} else if ids, _, ok := v.pairAnaphorAt(k + 1); ok {
				add(ids)
			}
		}
		if len(parties) > 0 {
			break
		}
	}
	// with a partner list after "with", the subject is the hub: "A
	// signed agreements with B, C and D" pairs A with each of B, C and D,
	// never B with C
	var hub, partners []string
	if len(parties) == 0 {
		if g, ok := v.subjectGroup(s, j, 22, true); ok {
			add(g.parties())
			signers = append(signers, g.persons...)
		} else if g, ok := v.subjectPersons(s, j); ok {
			addGroup(g)
		}
		hub = append(hub, parties...)
		for k := after; k < mini(st1, after+12); k++ {
			if v.low(k) != "with" {
				continue
			}
			a := k + 1
			if v.low(a) == "the" {
				a++
			}
			if g, ok := v.groupAt(a, st1, false); ok {
				partners = g.parties()
				add(partners)
			}
			break
		}
	}
	planned := false
	for k := j - 1; k >= st0 && k >= j-4; k-- {
		if x.lex.PlanCues.HasAt(v, v.gate, k) {
			planned = true
			break
		}
	}
	// "have not yet signed a formal agreement", "No agreement was
	// signed": nothing was signed
	if v.negated(j) || v.negated(noun) && noun < j {
		return
	}
	if len(parties) == 0 && (planned || v.low(j) != "signed" || v.low(j-1) == "be" || v.low(j-1) == "being") {
		return
	}
	if planned {
		// "are planning to sign a cooperation agreement": the parties
		// mean to cooperate, nothing was signed
		if len(parties) >= 2 && len(parties) <= 6 {
			trig := v.span(j, j+n)
			for _, p := range pairsOf(parties) {
				v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
					Topic: v.topicNear(s, j, noun+1), CAMEO: "030", Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID,
					Confidence: rule.Confidence * 0.9}})
			}
		}
		return
	}
	trig := v.span(j, j+n)
	if habitualAgreement(v, noun) {
		// "many cooperation agreements signed with Xinhua": the parties
		// cooperate, no one signing is told
		if len(parties) >= 2 && len(parties) <= 6 {
			for _, p := range pairsOf(parties) {
				v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
					Topic: v.topicNear(s, j, noun+1), CAMEO: rule.CAMEO, Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID,
					Confidence: rule.Confidence * 0.9}})
			}
		}
		return
	}
	var ev *event
	for _, e := range here {
		if e.typ == "signing" {
			ev = e
		}
	}
	if ev == nil {
		// one signing told twice ("signed five pacts ... the signing of
		// the agreements", "The MoU was signed ... Fu Hua and Rahmati
		// signed the MoU"): a definite agreement ("the memorandum", "the
		// document") or a signing that names no parties is the one told
		// last; else the same date or shared parties make it the same
		date := v.signingDate(s, j, n)
		fits := func(e *event) bool { return e.date == "" || date == "" || e.date == date }
		if definiteAgreement(v, noun) || len(parties) == 0 {
			if e := v.lastCompatible("signing", "", v.toks[j].Start); e != nil && e.typ == "signing" && fits(e) {
				ev = e
			}
		}
		for _, e := range v.events {
			if ev != nil {
				break
			}
			if e.typ != "signing" || !fits(e) {
				continue
			}
			if (e.date != "" && e.date == date) || sharesParty(v, e, parties) {
				ev = e
			}
		}
		if ev != nil {
			ev.refer(trig, s)
			if ev.date == "" && date != "" {
				ev.date, ev.gran = date, "day"
			}
			// "MAP's director and MENA's chairman signed the memorandum
			// at MAP headquarters in Rabat": the place told again
			if ev.location == "" {
				if loc, ok := v.locationNear(s, j+n, 14); ok {
					ev.location = loc
				}
			}
		}
	}
	if ev == nil {
		ev = &event{typ: "signing", tok: j, rule: "event.signing", conf: 0.8}
		ev.refer(trig, s)
		ev.name = agreementName(v, noun)
		v.events = append(v.events, ev)
		if date := v.signingDate(s, j, n); date != "" {
			ev.date, ev.gran = date, "day"
			if m, ok := v.nearestValue(document.Date, s, j, j+n, 20); ok && m.Value == date {
				ev.gran = m.Kind
			}
		}
		if loc, ok := v.locationNear(s, j+n, 14); ok {
			ev.location = loc
		}
		// "signed in the presence of the Russian and Chinese leaders"
		for k := j + n; k < mini(st1, j+n+8); k++ {
			if v.low(k) == "presence" && v.low(k+1) == "of" || v.low(k) == "witnessed" && v.low(k+1) == "by" || v.low(k) == "witness" && v.low(k+1) == "of" {
				a := k + 2
				if v.low(a) == "the" {
					a++
				}
				if g, ok := v.groupAt(a, st1, true); ok {
					for _, id := range g.ids {
						ev.addParticipant(id, s)
					}
				}
				break
			}
		}
	}
	for _, p := range signers {
		ev.addParticipant(p, s)
	}
	if len(titled) > 0 && len(titled) == len(parties) && hasSignatories(v, ev) {
		// "Ma Li, deputy editor-in-chief of the People's Daily, and ...
		// signed the cooperation agreement" after "Voice of Russia and
		// People's Daily Online signed": the titles add participants
		for _, p := range parties {
			ev.addParticipant(p, s)
		}
		parties = nil
	}
	for _, p := range parties {
		v.addRel(rel{Relation: document.Relation{Type: document.Signed, From: p, To: "#event",
			CAMEO: rule.CAMEO, Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID, Confidence: rule.Confidence}, ev: ev})
	}
	pairs := pairsOf(parties)
	if len(hub) > 0 && len(partners) > 0 {
		pairs = hubPairs(hub, partners)
	} else if len(parties) > 6 {
		pairs = nil
	}
	if len(parties) >= 2 {
		topic := v.topicNear(s, j, noun+1)
		for _, p := range pairs {
			v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
				Topic: topic, CAMEO: rule.CAMEO, Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID,
				Confidence: rule.Confidence}, ev: ev})
		}
	}
}

// hubPairs pairs each hub party with each partner (never two partners, nor
// a party with itself), in order.
func hubPairs(hub, partners []string) [][2]string {
	var out [][2]string
	for _, h := range hub {
		for _, p := range partners {
			if h == p || slices.Contains(hub, p) {
				continue
			}
			a, b := h, p
			if b < a {
				a, b = b, a
			}
			out = append(out, [2]string{a, b})
		}
	}
	return out
}

// negativeSentence reports whether sentence s has a negative cue of ties
// ("strained", "tense").
func (v *view) negativeSentence(s int) bool { return v.sentenceFlags(s)&flagNegative != 0 }

// negationWords before a verb or noun deny it: "did not attend", "have
// not yet signed", "No agreement was signed", "never met".
var negationWords = map[string]bool{"not": true, "n't": true, "no": true, "never": true, "neither": true, "nor": true, "without": true}

// negated reports whether token j is denied by a negation word at most
// three tokens before it in its clause ("not yet signed", "no formal
// agreement").
func (v *view) negated(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && v.sent(k) == v.sent(j); k-- {
		w := v.low(k)
		if negationWords[w] || w == "yet" && v.low(k+1) == "to" {
			return true
		}
		if w == "," || w == ";" || w == "but" {
			return false
		}
	}
	return false
}

// unassertedCues before a stance verb say the stance was not taken:
// modals of possibility ("could agree", "might pledge") and verbs of
// refusal or failure before "to" ("declined to commit", "failed to
// agree").
var unassertedCues = map[string]bool{
	"could": true, "may": true, "might": true, "would": true,
	"declined": true, "refused": true, "failed": true, "declines": true, "refuses": true, "fails": true,
	"unable": true, "reluctant": true,
}

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
		if unassertedCues[w] {
			return true
		}
		if w == "," || w == ";" || w == "but" || w == "and" {
			return false
		}
	}
	return false
}

// hasSignatories reports whether a signing event already has parties.
func hasSignatories(v *view, e *event) bool {
	for _, r := range v.rels {
		if r.ev == e && r.Type == document.Signed {
			return true
		}
	}
	return false
}

// definiteAgreement reports whether the agreement noun at token k is
// definite: "the memorandum", "this agreement", "the corresponding
// document".
func definiteAgreement(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch v.low(j) {
		case "the", "this", "that", "these", "those", "said":
			return true
		case "a", "an", "two", "three", "four", "five", "several", "many":
			return false
		}
	}
	return false
}

// habitualQuantifiers before an agreement noun make the signing habitual:
// "many cooperation agreements signed", "numerous agreements".
var habitualQuantifiers = map[string]bool{
	"many": true, "several": true, "numerous": true, "various": true, "multiple": true,
	"dozens": true, "hundreds": true, "countless": true,
}

func habitualAgreement(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if habitualQuantifiers[v.low(j)] {
			return true
		}
	}
	return false
}

// subjectPersons returns the persons named as the subject of the clause
// before token j ("Fu Hua, president of Xinhua News Agency and Rahmati
// signed"), skipping appositions.
func (v *view) subjectPersons(s, j int) (group, bool) {
	cs := v.clauseStart(s, j)
	var g group
	for i := cs; i < j; i++ {
		_, m := v.actorAt(i)
		if m == nil {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		if m.Type == document.Person && !subjectPreps[v.low(i-1)] {
			g.ids = append(g.ids, m.EntityID)
		}
		i = mt1 - 1
	}
	return g, len(g.ids) > 0
}

// titleParty returns the party a person's title names (see titleParties),
// computed once per document.
func (v *view) titleParty(person string) string {
	if v.tparty == nil {
		v.tparty = v.titleParties()
	}
	return v.tparty[person]
}

// agreementName names a signing after its agreement noun phrase
// ("memorandum of understanding", "cooperation agreement").
func agreementName(v *view, noun int) string {
	_, n, _ := v.x.lex.AgreementNouns.At(v, v.gate, noun)
	if n == 0 {
		return ""
	}
	return v.body[v.toks[noun].Start:v.toks[noun+n-1].End]
}

// frameStance reads "X and Y agreed that/to/on ..." (AGREED_ON) and "X
// committed to ..." (COMMITTED_TO): one relation per party and topic of
// the rest of the clause.
func (x *Extractor) frameStance(v *view, rule *lexicon.RelationRule, s, j, n int, ev *event, here []*event) {
	_, st1 := v.sentenceTokens(s)
	if v.unasserted(j) {
		return // "did not agree", "might pledge", "declined to commit"
	}
	var parties, persons []string
	conf := rule.Confidence
	from := j + n
	if v.low(j+n-1) == "of" {
		// "the commitment of both institutions to strengthen ...": the
		// parties follow the noun, the topics follow "to"
		a := j + n
		if ids, an, ok := v.pairAnaphorAt(a); ok {
			parties, from = ids, a+an
			conf *= 0.95
		} else if g, ok := v.groupAt(a+boolInt(v.low(a) == "the"), st1, false); ok {
			parties, from = g.parties(), g.t1
		}
		if v.low(from) != "to" {
			return
		}
		from++
	} else if g, ok := v.subjectGroup(s, j, 10, true); ok {
		parties, persons = g.parties(), g.persons
		if g.anaphor {
			conf *= 0.95
		}
	} else if ev != nil && (v.low(j-1) == "was" || v.low(j-1) == "were" || v.low(j-2) == "was") {
		// "It was mutually agreed during the meeting that ..."
		for _, p := range ev.participants {
			if document.IDPrefix(p) != document.PrefixPerson {
				parties = append(parties, p)
			}
		}
		conf *= 0.8
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
	if w := v.low(j + n - 1); w != "to" && w != "of" {
		// "vowed on Wednesday to deepen ...", "agreed during the meeting
		// that ...": the clause after time words and adverbials
		for k := from; k < from+8 && k < st1; k++ {
			w := v.low(k)
			if w == "to" || w == "that" {
				from = k + 1
				break
			}
			if v.val[k] == 0 && !clauseFillers[w] && !stanceSkip[w] && w != "," && !(strings.HasSuffix(w, "ly") && len(w) > 4) &&
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

// discussants adds the subject of a verb of consultation in sentence s
// ("During the meeting, the two agencies discussed ...", "X and Y also
// exchanged views on ...") as participants of the gathering e the
// sentence or the two before it tell of: only who takes part in talks
// discusses in them. A negated verb adds nobody.
func (v *view) discussants(s int, e *event) {
	st0, st1 := v.sentenceTokens(s)
	for j := st0 + 1; j < st1; j++ {
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
			if sp.Start >= len(v.startTok) || v.startTok[sp.Start] == 0 {
				continue
			}
			k := int(v.startTok[sp.Start] - 1)
			if v.sent(k) != s {
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
		for p > st0 && p >= k-3 && (occasionDeterminers[v.low(p)] || v.low(p) == "-" || v.low(p-1) == "-") {
			p--
		}
		if w := v.low(p); w == "at" || w == "during" {
			return true
		}
	}
	return false
}

// occasionDeterminers may stand between "at"/"during" and the event.
var occasionDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "their": true, "its": true}

// signingDate returns the date of a signing verb at [j, j+n) in sentence
// s: the nearest date, else the day of the sentence before when this one
// goes on with a pronoun ("... visited Moscow. He met ..., after which
// they signed ...").
func (v *view) signingDate(s, j, n int) string {
	if m, ok := v.nearestValue(document.Date, s, j, j+n, 20); ok {
		return m.Value
	}
	st0, _ := v.sentenceTokens(s)
	if s > 0 && continuesNarrative(v, st0) {
		if m, ok := v.narrativeDay(s - 1); ok {
			return m.Value
		}
	}
	return ""
}

// sharesParty reports whether a signing event already has one of the
// parties among its signatories or participants.
func sharesParty(v *view, e *event, parties []string) bool {
	for _, p := range parties {
		if slices.Contains(e.participants, p) {
			return true
		}
	}
	for _, r := range v.rels {
		if r.ev != e || r.Type != document.Signed {
			continue
		}
		for _, p := range parties {
			if r.From == p {
				return true
			}
		}
	}
	return false
}

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
