// Signing: signing events, SIGNED and the cooperation a signing states.
//
// Constructions: "X and Y signed an agreement", "X signed ... with Y, Z"
// (the subject is the hub: one pair per partner), "... signed between X
// and Y", "signed by <titled persons>" (persons sign for the parties of
// their titles); a planned signing ("are planning to sign") is a stated
// intent, no event; a habitual one ("many agreements signed with X") no
// event; a signing told again is the same event.

package extract

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

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
	// "exchanged memoranda of understanding with": the verb, right before
	// its agreement noun ("news exchange" is no signing)
	if strings.HasPrefix(v.low(j), "exchang") {
		if noun < 0 || noun > j+n+2 || v.low(j-1) == "news" || v.low(j-1) == "of" || v.low(j-1) == "on" {
			return
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
			// the partners start at the first name after "with": "with
			// the AUB, eNCA and SABC" when AUB and eNCA are no names known
			for a := k + 1; a < st1 && a < k+10; a++ {
				if _, m := v.actorAt(a); m != nil {
					if g, ok := v.groupAt(a, st1, false); ok {
						partners = g.parties()
						add(partners)
					}
					break
				}
				if w := v.low(a); w != "the" && w != "," && w != "and" && !hasUpper(v.tok(a)) {
					break
				}
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
	// "aims to enhance cooperation through signing memorandums", "talks
	// on signing": a signing as a means or a topic is none yet
	switch v.low(j - 1) {
	case "through", "by", "for", "towards", "toward", "on", "about":
		if v.low(j) == "signing" {
			planned = true
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

// hasUpper reports an upper-case ASCII letter in s ("eNCA", "AUB").
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
