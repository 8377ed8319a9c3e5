// Signing: signing events, SIGNED and the cooperation a signing states.
//
// Constructions: "X and Y signed (inked, struck, sealed) an agreement",
// "X signed ... with Y, Z"
// (the subject is the hub: one pair per partner; without a subject the
// partners pair with nobody; named partners may follow unnamed ones
// after a list cue: "with 16 Arab countries, alongside X and Y"), "...
// signed between X and Y", "signed on behalf of X by A and on behalf of
// Y by B", "signed by <titled persons>" and "A, chairman
// of X, and B, director of Y, signed" (persons sign for the parties of
// their titles, also after "the governments of P and Q signed" when X and
// Y are of P and Q: coop.signing-titles); an agentless "The MoU signed
// with Y", "One such MoU was signed with Y" within three sentences after
// one party was told signing pairs that party with Y
// (coop.signing-prior); an agreement as the subject of a passive or the head of
// a participle further back ("The memorandum on cooperation between ...
// was signed in September 2018", "the Agreement on ..., signed in
// Bishkek on June 14, 2019"); "the exchange of four cooperation
// documents"; "has renewed its agreement with" a partner the tagger does
// not know. A planned signing ("are planning to sign", "authorized the
// ambassador to ink") is a stated intent, no event; a habitual one ("many
// agreements signed with X", "agreements with 16 countries", "with a
// number of outlets") no event unless a day or a happening places it
// ("signed several agreements at the forum", "during which several
// agreements were signed"); agreements referred to ("on the basis of the
// agreements signed", "the signed memorandum") and a commemoration ("the
// 60th anniversary of the signing of ...") no event. A signing told
// again is the same event: a definite agreement, also as the clause's
// subject ("The MoUs were part of 17 agreements signed ..."), shared
// parties or day, or a signing told before without parties or day;
// "Earlier, ..." tells another. The date: the nearest in the signing's
// own clause (not after "After the document was signed," nor in an
// infinitive or relative clause after the verb), else one that opens the
// sentence ("On September 3, when ..., X signed"), else for a definite
// agreement the day of the sentence before (event.date.previous-sentence).
// Signing events change no pair: the COOPERATES_WITH pairs a signing
// gives are those of its parties, as before.

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
		if x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, k) {
			noun = k
			break
		}
	}
	// "exchanged memoranda of understanding with": the verb, right before
	// its agreement noun ("news exchange" is no signing)
	if strings.HasPrefix(v.low(j), "exchang") {
		// "witnessed the exchange of four cooperation documents": up to
		// two words between "of" and the noun
		far := noun > j+n+2 && !(v.low(j+n) == "of" && noun <= j+n+3)
		// "Memoranda of understanding were exchanged between X and Y":
		// a passive whose subject is the agreement noun (found below,
		// at most five words back)
		passive := noun < 0 && (v.low(j-1) == "were" || v.low(j-1) == "was") && v.low(j) == "exchanged"
		if !passive && (noun < 0 || far) || v.low(j-1) == "news" || v.low(j-1) == "of" || v.low(j-1) == "on" {
			return
		}
	}
	if noun < 0 {
		// "The memorandum on cooperation between A, B and C was signed in
		// September 2018", "the Agreement on media cooperation between
		// the member states, signed in Bishkek on June 14, 2019": the
		// agreement is the subject of a passive, or the head a
		// participle after a comma modifies, further back in the clause
		back := 5
		if w := v.low(j - 1); v.low(j) == "signed" && (w == "was" || w == "were" || w == ",") {
			back = 30
		}
		for k := j - 1; k >= st0 && k >= j-back; k-- {
			if x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, k) {
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
	// "within the signed memorandum", "according to the signed
	// documents": an agreement referred to, no signing told here
	if v.low(j) == "signed" && noun > j && noun <= j+2 && (v.in(definiteWords, j-1) || v.low(j-1) == "these" || v.low(j-1) == "those") {
		if e := v.lastCompatible("signing", "", v.toks[j].Start); e != nil && e.typ == "signing" {
			e.refer(v.span(j, j+n), s)
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
	// "signed on behalf of X by A and on behalf of Y by B", "A signed on
	// behalf of X, and B on behalf of Y": the parties the persons signed
	// for
	var behalf []string
	for k := j + n; k+2 < st1 && k < j+n+30; k++ {
		if v.low(k) != "behalf" || v.low(k-1) != "on" || v.low(k+1) != "of" {
			continue
		}
		a := v.pastThe(k + 2)
		if _, m := v.actorAt(a); m != nil && m.Type != document.Person && !slices.Contains(behalf, m.EntityID) {
			behalf = append(behalf, m.EntityID)
		}
	}
	if len(behalf) >= 2 {
		add(behalf)
	}
	byTitles := false
	var eachBetween [][]string
	after := maxi(j+n, noun+1)
	for k := j + n; k < mini(st1, after+10) && len(parties) == 0; k++ {
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
			// "signed by X's director A and Y's president B": the
			// parties of the possessive titles
			if ps := v.possessiveSigners(a, st1); len(ps) >= 2 {
				add(ps)
				break
			}
			// "signed by the Director General of X, A, and the
			// President of Y, B": the parties of the of-titles (rule
			// coop.signed-by-titles)
			if ps := v.ofTitleSigners(a-boolInt(v.low(a-1) == "the"), st1); len(ps) >= 2 {
				add(ps)
				byTitles = true
				break
			}
			// "signed by the heads of X and Y": the parties they head
			if v.in(headNouns, a) && v.low(a+1) == "of" {
				a += 2
				a = v.pastThe(a)
			}
			if g, ok := v.groupAt(a, st1, true); ok {
				addGroup(g)
				// "documents between A and B and between C and D": one
				// pair per between-phrase, no cross pairs (rule
				// pair.between-each)
				if b := g.t1; v.low(k) == "between" && v.low(b) == "and" && v.low(b+1) == "between" {
					if g2, ok := v.groupAt(v.pastThe(b+2), st1, false); ok && len(g2.ids) >= 2 {
						eachBetween = append(eachBetween, g.parties(), g2.parties())
						addGroup(g2)
					}
				}
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
	prior, thirdParty := false, false
	subjRule := "" // the rule that resolved an anaphoric subject
	if len(parties) == 0 {
		if g, ok := v.titledSigners(s, j); ok {
			// "A, chairman of X, and B, director of Y's Z, signed":
			// each person signs for the party of the title
			addGroup(g)
		} else if g, ok := v.subjectGroup(s, j, 22, true); ok {
			// "Iran, Iraq state broadcasters sign a deal": the countries
			// only say whose outlets sign (rule coop.country-outlets)
			if !v.countriesOutlets(g) {
				add(g.parties())
			}
			signers = append(signers, g.persons...)
			subjRule = g.rule
		} else if g, ok := v.subjectPersons(s, j); ok {
			addGroup(g)
		}
		hub = append(hub, parties...)
		// "signed with Y an agreement": "with" may come before the noun
		for k := j + n; k < mini(st1, after+12); k++ {
			if v.low(k) != "with" {
				continue
			}
			// the partners start at the first name after "with": "with
			// the AUB, eNCA and SABC" when AUB and eNCA are no names
			// known; "with its Chinese counterpart Xinhua", "with China's
			// official news agency, Xinhua": the name after a description
			from := k + 1
			if o := v.describedPartner(k+1, st1); o > 0 {
				from = o
			} else if o := v.headOf(k + 1); o > 0 {
				// "with the president of Y, A": the party of the head
				from = o
			}
			for a := from; a < st1 && a < maxi(k+10, from+1); a++ {
				if _, m := v.actorAt(a); m != nil {
					if g, ok := v.groupAt(a, st1, false); ok {
						g = v.objectList(g)
						partners = append(g.parties(), v.listRest(g.t1, st1)...)
						// "agreements with A and B, and a memorandum with
						// C": another agreement with more partners
						partners = append(partners, x.moreAgreements(v, g.t1, st1)...)
						add(partners)
					}
					break
				}
				if w := v.low(a); w != "the" && w != "," && w != "and" && !hasUpper(v.tok(a)) {
					// "with 16 Arab countries, alongside the League of
					// Arab States and the ASBU": the named partners
					// after a list cue
					partners = v.namedAfterCue(a, st1)
					add(partners)
					// "A and B signed agreements with their local
					// counterparts": the subjects each signed with a
					// third party the text does not name, not with each
					// other (rule coop.signing-third-party)
					thirdParty = len(partners) == 0 && v.unnamedParties(a, st1)
					break
				}
			}
			break
		}
		// "One such MoU was signed with Y", "The MoU signed with Y": an
		// agentless signing after one party was told signing, in the
		// three sentences before, is that party's (coop.signing-prior)
		if len(hub) == 0 && len(partners) > 0 && (v.low(j) == "signed" || passiveSigning(v, j)) && noun < j && v.signer != "" &&
			s-v.signerSent <= 3 && !slices.Contains(partners, v.signer) {
			hub = []string{v.signer}
			add(hub)
			prior = true
		}
	}
	switch {
	case len(hub) == 1:
		v.signer, v.signerSent, v.signerMany = hub[0], s, counted(v, noun)
	case len(parties) == 1 && len(partners) == 0:
		v.signer, v.signerSent, v.signerMany = parties[0], s, counted(v, noun)
	}
	planned := false
	for k := j - 1; k >= st0 && k >= j-4; k-- {
		if x.lex.PlanCues.HasAtIDs(v, v.ids, v.gate, k) {
			planned = true
			break
		}
	}
	// "authorized the ambassador to ink an agreement", "agreed to sign":
	// an infinitive after a word of planning
	if v.low(j-1) == "to" {
		for k := j - 2; k >= st0 && k >= j-8; k-- {
			if v.in(planningWords, k) {
				planned = true
				break
			}
			if w := v.low(k); w == "," || w == ";" {
				break
			}
		}
	}
	// "The signing of an MoU between X and Y will be held at the next
	// meeting", "the signing ceremony is scheduled for": a nominal
	// signing whose own predicate is still to come (coop.signing-ahead)
	if !planned && v.low(j) == "signing" && v.presentedAsComing(j, j+n) {
		planned = true
	}
	// "aims to enhance cooperation through signing memorandums", "talks
	// on signing": a signing as a means or a topic is none yet, and
	// states no cooperation either (only a possible one)
	switch v.low(j - 1) {
	case "through", "by", "for", "towards", "toward", "on", "about":
		if v.low(j) == "signing" {
			return
		}
	}
	// "have not yet signed a formal agreement", "No agreement was
	// signed": nothing was signed
	if v.negated(j) || v.negated(noun) && noun < j {
		return
	}
	// a signing without named parties: "the memorandum was signed",
	// "has renewed its agreement with" a partner the tagger does not know
	partyless := v.low(j) == "signed" || (v.low(j) == "renewed" || v.low(j) == "inked") && noun > j && noun <= j+n+2
	if len(parties) == 0 && (planned || !partyless || v.low(j-1) == "be" || v.low(j-1) == "being") {
		return
	}
	if planned {
		// "are planning to sign a cooperation agreement": the parties
		// mean to cooperate, nothing was signed
		if len(parties) >= 2 && len(parties) <= 6 {
			trig := v.span(j, j+n)
			for _, p := range v.signingPairsOf(eachBetween, parties, hub, partners, thirdParty) {
				v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
					Topic: v.topicNear(s, j, noun+1), CAMEO: "030", Evidence: v.evidence(s), Trigger: &trig, Rule: rule.ID,
					Confidence: rule.Confidence * 0.9}})
			}
		}
		return
	}
	trig := v.span(j, j+n)
	date := v.signingDate(s, j, n)
	// "signed several cooperation agreements online at the forum",
	// "during which several agreements were signed": many agreements
	// signed at one happening (or on one day) are one signing
	// "the 60th anniversary of the signing of the agreement between X and
	// Y": the parties cooperate, the signing is not told here
	anniversary := v.low(j-1) == "the" && v.low(j-2) == "of" && v.low(j-3) == "anniversary"
	// "Y, which has signed similar agreements with A and B": a
	// relative clause tells the background of a party, no signing
	relative := subjRule == "coop.relative-which" && (date == nil || date.Start < v.toks[j].Start)
	if relative {
		date = nil // the day of the main clause before the relative one
	}
	if anniversary || (habitualAgreement(v, noun) || summaryCount(v, noun) || v.manyPartners(j+n, st1) || relative) && date == nil && !v.atHappening(s, j, n) {
		// "many cooperation agreements signed with Xinhua": the parties
		// cooperate, no one signing is told
		if len(parties) >= 2 && len(parties) <= 6 {
			id, conf := rule.ID, rule.Confidence*0.9
			if relative {
				id, conf = subjRule, conf*0.9
			}
			for _, p := range v.signingPairsOf(eachBetween, parties, hub, partners, thirdParty) {
				v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
					Topic: v.topicNear(s, j, noun+1), CAMEO: rule.CAMEO, Evidence: v.evidence(s), Trigger: &trig, Rule: id,
					Confidence: conf}})
			}
		}
		return
	}
	dateValue := ""
	if date != nil {
		dateValue = date.Value
	}
	var ev *event
	for _, e := range here {
		// "X and Y signed an agreement, while X and Z signed a
		// memorandum": other parties tell another signing
		if e.typ == "signing" && !otherSigners(v, e, s, parties) {
			ev = e
		}
	}
	// "Earlier, A and B have signed an agreement": another occasion; so
	// is "the previous (earlier, former) agreement ... was signed in
	// 2019" beside a renewal told now
	earlier := v.earlierClause(s, j) || previousAgreement(v, noun)
	if ev == nil && !earlier {
		// one signing told twice ("signed five pacts ... the signing of
		// the agreements", "The MoU was signed ... Fu Hua and Rahmati
		// signed the MoU", "The MoUs were part of 17 agreements signed
		// between ..."): a definite agreement ("the memorandum", "the
		// document"), also as the clause's subject, or a signing that
		// names no parties is the one told last; else the same date,
		// shared parties, or a signing told before without parties or
		// a day ("the signing of an agreement" before "the two agencies
		// signed an agreement") make it the same
		fits := func(e *event) bool {
			return e.date == "" || dateValue == "" || strings.HasPrefix(e.date, dateValue) || strings.HasPrefix(dateValue, e.date)
		}
		// (not "several agreements were signed during which ...": new
		// agreements counted)
		// "witnessed the exchange of four documents" after "an exchange of
		// documents": the exchange is definite
		definite := definiteAgreement(v, noun) || strings.HasPrefix(v.low(j), "exchang") && v.in(definiteWords, j-1)
		if definite || len(parties) == 0 && !habitualAgreement(v, noun) && !counted(v, noun) || v.definiteSubjectAgreement(s, j) {
			if e := v.lastCompatible("signing", "", v.toks[j].Start); e != nil && e.typ == "signing" && fits(e) && !otherSigners(v, e, s, parties) {
				ev = e
			}
		}
		for _, e := range v.events {
			if ev != nil {
				break
			}
			if e.typ != "signing" || !fits(e) || otherSigners(v, e, s, parties) {
				continue
			}
			// "signed 13 memoranda" is no retelling of "a memorandum"
			if counted(v, noun) && !strings.HasSuffix(e.name, "a") && !strings.HasSuffix(e.name, "s") {
				continue
			}
			// "A week earlier a similar accord had been concluded with
			// Y" after the hub's signing with Z: another agreement,
			// whose shared party (the hub) makes it no retelling
			another := prior && !definite
			if (e.date != "" && e.date == dateValue) || sharesParty(v, e, parties) && !another || e.date == "" && !hasSignatories(v, e) {
				ev = e
			}
		}
		if ev == nil && definiteAgreement(v, noun) && len(parties) == 0 && date == nil && noun == j-1 && !v.isWord(j+n) {
			// "on the basis of the agreements signed, ...": agreements
			// referred to, with no signing told before them ("the
			// agreement signed in the presence of the leaders" tells one)
			return
		}
		if ev != nil {
			ev.refer(trig, s)
			if ev.date == "" && date != nil {
				ev.setDate(date.Value, date.Kind)
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
		if date != nil {
			ev.setDate(date.Value, date.Kind)
		} else if definiteAgreement(v, noun) && s > 0 {
			// "The document was signed in a ceremony ..." after a
			// sentence that dates the occasion: a definite agreement
			// with no signing told before is the one of that day
			if dm, ok := v.onlyDay(s - 1); ok {
				ev.setDate(dm.Value, dm.Kind)
				ev.dateRule = "event.date.previous-sentence"
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
	if len(titled) > 0 && len(titled) == len(parties) && hasSignatories(v, ev) && !v.signFor(ev, parties) {
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
	pairs := v.signingPairsOf(eachBetween, parties, hub, partners, thirdParty)
	if len(partners) == 0 && len(parties) > 6 || namedInstrument(v, noun) {
		// "X and Y both signed the Press Freedom Charter": parties
		// that join a named public charter sign no agreement with each
		// other
		pairs = nil
	}
	if len(hub) >= 2 && len(partners) >= 2 && agreementCount(v, noun) == len(partners) {
		// "A and B signed two agreements with C and D": one agreement
		// each, who with whom the sentences after tell ("The second
		// agreement was signed between B and C"); no cross pairs here
		// (rule coop.signing-respectively)
		pairs = nil
	}
	if len(parties) >= 2 {
		topic := v.topicNear(s, j, noun+1)
		id, conf := rule.ID, rule.Confidence
		if len(titled) == len(parties) {
			// parties known only from the signatories' titles
			id, conf = "coop.signing-titles", conf*0.95
		}
		if prior {
			id, conf = "coop.signing-prior", conf*0.9
		}
		if byTitles {
			id = "coop.signed-by-titles"
		}
		if subjRule != "" {
			id, conf = subjRule, conf*0.9
		}
		for _, p := range pairs {
			v.addRel(rel{Relation: document.Relation{Type: document.CooperatesWith, From: p[0], To: p[1],
				Topic: topic, CAMEO: rule.CAMEO, Evidence: v.evidence(s), Trigger: &trig, Rule: id,
				Confidence: conf}, ev: ev})
		}
	}
}

// instrumentNouns head the names of public instruments that many parties
// join: "the Press Freedom Charter", "the Windhoek Declaration".
var instrumentNouns = newWordSet(map[string]bool{
	"charter": true, "declaration": true, "convention": true, "code": true, "pledge": true,
	"manifesto": true, "principles": true,
})

// namedInstrument reports an agreement noun at token k that heads the
// capitalised name of a public instrument ("the Press Freedom Charter"),
// not a joint one ("Joint Declaration").
func namedInstrument(v *view, k int) bool {
	if k < 1 || !v.in(instrumentNouns, k) || !v.isCap(k) || !v.isCap(k-1) || v.low(k-1) == "joint" {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		if v.low(q) == "the" {
			return true
		}
		if !v.isCap(q) {
			return false
		}
	}
	return false
}

// passiveSigning reports a passive participle of a signing verb other
// than "signed" at token j: "a similar accord had been concluded with
// Y", "the deal was sealed with Y".
func passiveSigning(v *view, j int) bool {
	switch v.low(j) {
	case "concluded", "inked", "sealed", "struck", "renewed":
		switch v.low(j - 1) {
		case "was", "were", "been":
			return true
		}
	}
	return false
}

// signingPairsOf returns the cooperating pairs of a signing (eachPairs of
// signingPairs), none when the parties signed with an unnamed third party.
func (v *view) signingPairsOf(eachBetween [][]string, parties, hub, partners []string, thirdParty bool) [][2]string {
	if thirdParty {
		return nil
	}
	return eachPairs(eachBetween, signingPairs(parties, hub, partners))
}

// thirdPartyNouns head an unnamed partner after "with": "with their
// counterparts", "with several local outlets".
var thirdPartyNouns = newWordSet(map[string]bool{
	"counterpart": true, "counterparts": true, "partners": true, "peers": true, "agencies": true,
	"outlets": true, "organizations": true, "organisations": true, "broadcasters": true,
	"newspapers": true, "companies": true, "institutions": true, "universities": true,
	"stations": true, "channels": true, "media": true,
})

// unnamedParties reports a partner description without a name at token
// a, right after "with": at most three lower-case words or demonyms
// ("their local", "several foreign", "their Chinese") and a noun of
// partners.
func (v *view) unnamedParties(a, limit int) bool {
	for k := a; k < limit && k < a+4; k++ {
		if v.ent[k] != 0 && v.d.Mentions[v.ent[k]-1].Type == document.Country {
			continue // "with their Chinese counterparts"
		}
		if v.ent[k] != 0 || !v.isWord(k) || hasUpper(v.tok(k)) {
			return false
		}
		if v.in(thirdPartyNouns, k) {
			return true
		}
	}
	return false
}

// eachPairs returns the pairs within each group of groups when there are
// groups ("between A and B and between C and D"), else pairs.
func eachPairs(groups [][]string, pairs [][2]string) [][2]string {
	if len(groups) == 0 {
		return pairs
	}
	var out [][2]string
	for _, g := range groups {
		out = append(out, pairsOf(g)...)
	}
	return out
}

// signingPairs returns the cooperating pairs of a signing: each hub
// party with each partner after "with" ("A signed agreements with B, C
// and D"), none among partners without a subject named, else every pair
// of the parties.
func signingPairs(parties, hub, partners []string) [][2]string {
	switch {
	case len(hub) > 0 && len(partners) > 0:
		return hubPairs(hub, partners)
	case len(partners) > 0:
		return nil
	}
	return pairsOf(parties)
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
var habitualQuantifiers = newWordSet(map[string]bool{
	"many": true, "several": true, "numerous": true, "various": true, "multiple": true,
	"dozens": true, "hundreds": true, "countless": true,
})

// counted reports a number before the agreement noun at token k: "signed
// 13 memoranda", "two agreements".
func counted(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := v.low(j)
		if n, ok := atoi(w); ok && n > 1 {
			return true
		}
		if _, ok := groupNumbers[w]; ok {
			return true
		}
		if !v.isWord(j) || definiteWords.has(w) || w == "a" || w == "an" {
			return false
		}
	}
	return false
}

// agreementCount returns the number before the agreement noun at token
// k ("two cooperation agreements": 2), or 0.
func agreementCount(v *view, k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := v.low(j)
		if n, ok := atoi(w); ok {
			return n
		}
		if n, ok := groupNumbers[w]; ok {
			return n
		}
		if !v.isWord(j) || definiteWords.has(w) || w == "a" || w == "an" {
			return 0
		}
	}
	return 0
}

// summaryCount reports a count of agreements like the one told before
// the agreement noun at token k: "had signed 14 such documents with
// foreign agencies", "three similar agreements": a tally, no one signing.
func summaryCount(v *view, k int) bool {
	if !counted(v, k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if w := v.low(j); w == "such" || w == "similar" {
			return true
		}
	}
	return false
}

func habitualAgreement(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.in(habitualQuantifiers, j) {
			return true
		}
	}
	return false
}

// titledSigners returns the persons of the subject before token j when
// there are two or more and each has a title naming a different party
// ("A, chairman of X, and B, director of Y, signed"): their parties, not
// the organization inside the last apposition, are the signing parties
// (rule coop.signing, signatories' titles).
func (v *view) titledSigners(s, j int) (group, bool) {
	g, ok := v.subjectPersons(s, j)
	if !ok || len(g.ids) < 2 {
		return group{}, false
	}
	var seen []string
	for _, p := range g.ids {
		q := v.titleParty(p)
		if q == "" || slices.Contains(seen, q) {
			return group{}, false
		}
		seen = append(seen, q)
	}
	return g, true
}

// signFor reports whether the organizations of signatories' titles sign
// for the countries of a signing told before: every party of e is a
// country and each organization's home country is one of them ("The
// governments of A and B signed a memorandum. X, chairman of A's Y, and
// ..., director of B's Z, signed the agreement": Y and Z are partners).
func (v *view) signFor(e *event, orgs []string) bool {
	var states []string
	for _, r := range v.rels {
		if r.ev != e || r.Type != document.Signed {
			continue
		}
		if document.IDPrefix(r.From) != document.PrefixCountry {
			return false
		}
		states = append(states, r.From)
	}
	if len(orgs) < 2 {
		return false
	}
	for _, o := range orgs {
		if document.IDPrefix(o) != document.PrefixOrg || !slices.Contains(states, v.homeCountry(o)) {
			return false
		}
	}
	return true
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
		if m.Type == document.Person && !v.in(subjectPreps, i-1) {
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
	_, n, _ := v.x.lex.AgreementNouns.AtIDs(v, v.ids, v.gate, noun)
	if n == 0 {
		return ""
	}
	return v.body[v.toks[noun].Start:v.toks[noun+n-1].End]
}

// signingDate returns the date of a signing verb at [j, j+n) in sentence
// s: the nearest date (in a fronted clause, "After the document was
// signed, ...", one before its comma), else a date that opens the
// sentence ("On September 3, when the president came to Beijing, X
// signed ..."), else the day of the sentence before when this one goes on
// with a pronoun ("... visited Moscow. He met ..., after which they
// signed ...").
func (v *view) signingDate(s, j, n int) *document.Mention {
	st0, st1 := v.sentenceTokens(s)
	lim := st1
	if v.in(fronting, st0) {
		for k := j + n; k < st1; k++ {
			if v.low(k) == "," {
				lim = k
				break
			}
		}
	}
	// "inked a deal to release a live album recorded in 2006", "signed
	// the memorandum, which was drafted in 2019": a date after an
	// infinitive or a relative pronoun is the other clause's
	for k := j + n; k < lim; k++ {
		if w := v.low(k); w == "which" || w == "who" || w == "whose" || w == "to" && v.isWord(k+1) && !v.isCap(k+1) && v.val[k+1] == 0 && v.low(k+1) != "the" {
			lim = k
			break
		}
	}
	if m, ok := v.nearestValueBefore(document.Date, s, j, j+n, 20, lim); ok && !v.yearInName(m) {
		return m
	}
	if lim == st1 {
		if m := v.openingDate(s); m != nil {
			return m
		}
	}
	if s > 0 && continuesNarrative(v, st0) {
		if m, ok := v.narrativeDay(s - 1); ok {
			return m
		}
	}
	return nil
}

// yearInName reports a year in digits between two capitalized words, the
// first no preposition or article: "the Lakeside 2030 Games", "Expo 2020
// Dubai" label a happening by its year, no day of the signing near it
// (rule event.signing.name-year; "In 2019 Xinhua signed" dates it).
func (v *view) yearInName(m *document.Mention) bool {
	if m.Kind != "year" || m.End-m.Start != 4 {
		return false
	}
	mt0, mt1 := v.tokenSpan(m)
	if mt0 <= 0 || !v.isWord(mt0-1) || !v.isCap(mt0-1) || !v.isWord(mt1) || !v.isCap(mt1) || v.in(yearHeads, mt0-1) {
		return false
	}
	_, digits := atoi(v.body[m.Start:m.End])
	return digits
}

// yearHeads are the words before a year that make it a date, not part of
// a name: "In 2019 X signed", "Since 2015 the two agencies".
var yearHeads = newWordSet(map[string]bool{
	"in": true, "on": true, "since": true, "by": true, "from": true, "of": true, "until": true, "till": true,
	"during": true, "before": true, "after": true, "and": true, "the": true, "at": true, "for": true,
	"to": true, "as": true, "early": true, "late": true, "mid": true, "through": true, "throughout": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
})

// fronting are the conjunctions that open a fronted clause: "After the
// document was signed, the president presented ...".
var fronting = newWordSet(map[string]bool{"after": true, "when": true, "once": true, "before": true, "as": true, "following": true, "while": true, "since": true})

// openingDate returns the date that opens sentence s, before a comma
// ("On September 3, ...", "In 2021, ..."), none of the dateline.
func (v *view) openingDate(s int) *document.Mention {
	st0, st1 := v.sentenceTokens(s)
	j := st0
	if nameQuote.has(v.tok(j)) {
		j++ // a quotation that opens with the date
	}
	if w := v.low(j); w == "on" || w == "in" {
		j++
	}
	if j >= st1 || v.val[j] == 0 {
		return nil
	}
	m := &v.d.Mentions[v.val[j]-1]
	mt0, mt1 := v.tokenSpan(m)
	if mt0 != j || m.Type != document.Date || m.Value == "" || v.low(mt1) != "," {
		return nil
	}
	if dl := v.d.Article.Dateline; dl != nil && m.Start < dl.Span.End {
		return nil
	}
	return m
}

// earlierClause reports whether the clause of a signing verb at token j
// of sentence s opens with a word that sets it apart from the happening
// told before: "Earlier, A and B have signed ...", "Previously, ...".
func (v *view) earlierClause(s, j int) bool {
	cs := v.clauseStart(s, j)
	switch v.low(cs) {
	case "earlier", "previously", "formerly":
		return true
	case "before", "prior":
		return v.low(cs+1) == "that" || v.low(cs+1) == "to" && v.low(cs+2) == "that"
	}
	return false
}

// definiteSubjectAgreement reports whether the clause of a signing verb at
// token j opens with a definite agreement noun: "The MoUs were part of
// 17 agreements signed between ...".
func (v *view) definiteSubjectAgreement(s, j int) bool {
	cs := v.clauseStart(s, j)
	for k := cs; k < j && k < cs+4; k++ {
		if v.x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, k) {
			return definiteAgreement(v, k)
		}
	}
	return false
}

// manyPartners reports a count of partners after "with" right after
// token a: "signed cooperation agreements with 16 Arab countries", "had
// signed with a number of Brazilian media organisations" (no one signing
// is told).
func (v *view) manyPartners(a, st1 int) bool {
	for k := a; k < st1 && k < a+8; k++ {
		if v.low(k) != "with" {
			continue
		}
		w := v.low(k + 1)
		if w == "a" && v.low(k+2) == "number" || w == "dozens" || w == "hundreds" || habitualQuantifiers.has(w) && w != "several" {
			return true
		}
		if n, ok := atoi(w); ok && n > 1 {
			return true
		}
		if _, ok := groupNumbers[w]; ok {
			// "with two agencies" names them after; "with 16 countries" not
			return v.low(k+2) == "countries" || v.low(k+2) == "states" || v.low(k+2) == "nations"
		}
		return false
	}
	return false
}

// atHappening reports whether the clause of a signing verb at [j, j+n) of
// sentence s places it in a happening: "at the forum", "during the
// visit", "on the sidelines of the summit", "during which".
func (v *view) atHappening(s, j, n int) bool {
	st0, st1 := v.sentenceTokens(s)
	for k := max(st0, j-12); k < min(st1, j+n+14); k++ {
		w := v.low(k)
		if w == "sidelines" || w == "margins" {
			return true
		}
		if w != "at" && w != "during" {
			continue
		}
		if v.low(k+1) == "which" {
			return true
		}
		for a := k + 1; a < k+4 && a < st1; a++ {
			if v.evm[a] != 0 {
				return true
			}
			if !v.in(definiteWords, a) && v.low(a) != "a" && v.low(a) != "an" && !adjective(v, a) {
				break
			}
		}
	}
	return false
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

// otherSigners reports whether the parties of a signing and the signers
// of e, a signing told before in the sentence, each hold one the other
// lacks: "X and Y signed an agreement ..., and X and Z signed a
// memorandum" tells two signings (event.signing.other-parties). Only
// when e was first told in sentence s: a later sentence's signatories
// and parents tell the signing again.
func otherSigners(v *view, e *event, s int, parties []string) bool {
	if len(parties) == 0 || len(e.sents) == 0 || e.sents[0] != s {
		return false
	}
	var signers []string
	for _, r := range v.rels {
		if r.ev == e && r.Type == document.Signed {
			signers = append(signers, r.From)
		}
	}
	newParty, oldSigner := false, false
	for _, p := range parties {
		newParty = newParty || !slices.Contains(signers, p)
	}
	for _, p := range signers {
		oldSigner = oldSigner || !slices.Contains(parties, p)
	}
	return len(signers) > 0 && newParty && oldSigner
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

// listRest reads on past unknown names in a partner list that ends at
// token k: "with the AUB, eNCA and SABC" when eNCA is no name known
// gives SABC too. An unknown name is one to three tokens with a capital
// and no tag, between list commas or "and"; it returns the members
// named after it.
func (v *view) listRest(k, limit int) []string {
	var out []string
	for c := 0; c < 4; c++ {
		if w := v.low(k); w != "," && w != "and" {
			return out
		}
		k++
		if v.low(k) == "and" {
			k++
		}
		n := 0
		for n < 3 && k+n < limit && v.ent[k+n] == 0 && v.isWord(k+n) && hasUpper(v.tok(k+n)) {
			n++
		}
		if n == 0 {
			return out
		}
		k += n
		if w := v.low(k); w != "," && w != "and" {
			return out
		}
		a := k + 1
		if v.low(a) == "and" {
			a++
		}
		a = v.pastThe(a)
		if _, m := v.actorAt(a); m == nil {
			// another unknown name: read on from it
			continue
		}
		g, ok := v.groupAt(a, limit, false)
		if !ok {
			return out
		}
		out = append(out, g.parties()...)
		k = g.t1
	}
	return out
}

// partnerCues continue a partner list with named members after unnamed
// ones: "with 16 Arab countries, alongside the League of Arab States".
var partnerCues = newWordSet(map[string]bool{"alongside": true, "including": true, "notably": true, "namely": true})

// namedAfterCue returns the members of a list that a partner cue opens
// within eight tokens of a, in the same clause, or nil.
func (v *view) namedAfterCue(a, limit int) []string {
	for k := a; k < limit && k < a+8; k++ {
		w := v.low(k)
		if w == ";" || w == "." || w == "while" || w == "but" || v.ent[k] != 0 {
			return nil
		}
		if !partnerCues.has(w) && !(w == "such" && v.low(k+1) == "as") {
			continue
		}
		b := k + 1
		if w == "such" {
			b++
		}
		b = v.pastThe(b)
		if g, ok := v.groupAt(b, limit, false); ok {
			return g.parties()
		}
		return nil
	}
	return nil
}

// possessiveSigners reads "X's director A and Y's president B" at token
// a: the organizations whose persons sign, each an organization, "'s",
// at most four words of a title and a person, the members joined by
// commas or "and". It returns the organizations, or nil.
func (v *view) possessiveSigners(a, limit int) []string {
	var out []string
	k := a
	for k < limit {
		k = v.pastThe(k)
		_, m := v.actorAt(k)
		if m == nil || m.Type != document.Organization {
			break
		}
		_, mt1 := v.tokenSpan(m)
		if !v.possessive(mt1) {
			break
		}
		q := mt1 + 1
		for n := 0; n < 4 && q < limit && v.ent[q] == 0 && (v.isWord(q) || v.low(q) == "-"); n++ {
			q++
		}
		_, pm := v.actorAt(q)
		if pm == nil || pm.Type != document.Person || q == mt1+1 {
			break
		}
		var more bool
		if out, k, more = v.signerThenAnd(out, m.EntityID, pm); !more {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// signerThenAnd adds org, the organization of a signer pm in a list of
// signers, to out, and reads past pm and a comma: more reports an "and"
// there, k the token after it (or the token where the list ends).
func (v *view) signerThenAnd(out []string, org string, pm *document.Mention) (_ []string, k int, more bool) {
	if !slices.Contains(out, org) {
		out = append(out, org)
	}
	_, k = v.tokenSpan(pm)
	if v.low(k) == "," {
		k++
	}
	if v.low(k) != "and" {
		return out, k, false
	}
	return out, k + 1, true
}

// ofTitleSigners reads "the Director General of X, A, and the President
// of Y, B" at token a: each member a title (up to six words, lower- or
// upper-case, "Mr"), "of", an organization and the person set off by
// commas; the members joined by "and" or commas. It returns the
// organizations, or nil when fewer than two.
func (v *view) ofTitleSigners(a, limit int) []string {
	var out []string
	k := a
	for k < limit && len(out) < 6 {
		k = v.pastThe(k)
		q := k
		for n := 0; n < 6 && q < limit && v.ent[q] == 0 && v.isWord(q) && v.low(q) != "of" && v.low(q) != "and"; n++ {
			q++
		}
		if q == k || v.low(q) != "of" || !v.in(singleHeads, q-1) && !v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, q-1) && !v.in(titleWord, q-1) {
			break
		}
		b := v.pastThe(q + 1)
		_, m := v.actorAt(b)
		for hop := 0; hop < 2 && m == nil; hop++ {
			// "the President of the Board of Trustees of Y": an office
			// no name covers, then "of" and the organization
			r := b
			for n := 0; n < 4 && r < limit && v.ent[r] == 0 && v.isCap(r); n++ {
				r++
			}
			if r == b || v.low(r) != "of" {
				break
			}
			b = v.pastThe(r + 1)
			_, m = v.actorAt(b)
		}
		if m == nil || m.Type != document.Organization {
			break
		}
		_, k = v.tokenSpan(m)
		if v.low(k) == "(" {
			for k < limit && v.low(k) != ")" && v.ent[k] == 0 {
				k++
			}
			k++
		}
		if v.low(k) != "," {
			break
		}
		k++
		for n := 0; n < 2 && (v.low(k) == "mr" || v.low(k) == "ms" || v.low(k) == "mrs" || v.low(k) == "dr" || v.low(k) == "."); n++ {
			k++
		}
		_, pm := v.actorAt(k)
		if pm == nil || pm.Type != document.Person {
			break
		}
		var more bool
		if out, k, more = v.signerThenAnd(out, m.EntityID, pm); !more {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// headOf returns the first token of the party after "(the) <head> of" at
// token a ("the president of the Hill Country Press Agency"), or -1.
func (v *view) headOf(a int) int {
	if v.low(a) == "the" {
		a++
	}
	if v.low(a) == "general" || v.low(a) == "deputy" {
		a++
	}
	if !v.in(singleHeads, a) && !v.in(headNouns, a) {
		return -1
	}
	if v.low(a+1) == "general" {
		a++
	}
	if v.low(a+1) != "of" {
		return -1
	}
	b := v.pastThe(a + 2)
	if _, m := v.actorAt(b); m == nil || m.Type == document.Person {
		return -1
	}
	return b
}

// moreAgreements reads ", and a memorandum (of understanding on
// cooperation) with C" after a partner list that ends at token k: the
// partners of another agreement signed by the same hub in one sentence;
// also "with B in 2015 and with C in 2018" (a date adjunct between, the
// second "with" alone: rule coop.signing, coordinated with-phrases).
func (x *Extractor) moreAgreements(v *view, k, limit int) []string {
	var out []string
	for k < limit {
		q := v.pastDateAdjunct(k, limit)
		if v.low(q) == "," {
			q++
		}
		if v.low(q) != "and" {
			return out
		}
		q++
		w := -1
		if v.low(q) == "with" {
			w = q
		}
		if w < 0 {
			if w := v.low(q); w == "a" || w == "an" || w == "the" || w == "another" {
				q++
			}
			if !x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, q) {
				return out
			}
		}
		for c := q + 1; w < 0 && c < limit && c < q+10; c++ {
			if lw := v.low(c); lw == "," || lw == ";" || v.ent[c] != 0 {
				break
			}
			if v.low(c) == "with" {
				w = c
				break
			}
		}
		if w < 0 {
			return out
		}
		a := w + 1
		if o := v.describedPartner(a, limit); o > 0 {
			a = o
		}
		a = v.pastThe(a)
		g, ok := v.groupAt(a, limit, false)
		if !ok {
			return out
		}
		g = v.objectList(g)
		out = append(out, g.parties()...)
		k = g.t1
	}
	return out
}

// pastDateAdjunct returns the token after a short date adjunct that
// starts at token k ("in 2015", "on Monday", "last year"), else k.
func (v *view) pastDateAdjunct(k, limit int) int {
	q := k
	switch v.low(q) {
	case "in", "on", "since", "last", "this":
		q++
	default:
		if v.val[q] == 0 {
			return k
		}
	}
	n := 0
	for ; q < limit && n < 4; q, n = q+1, n+1 {
		i := v.val[q]
		if i == 0 || v.d.Mentions[i-1].Type != document.Date {
			break
		}
	}
	if n == 0 {
		return k
	}
	return q
}

// previousAgreement reports "previous", "earlier", "former" or "prior"
// within the three words before the agreement noun at k: "The previous
// agreement between the two agencies was signed in Dhaka in 2019" is
// another signing than the renewal the article tells.
func previousAgreement(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch v.low(j) {
		case "previous", "earlier", "former", "prior":
			return true
		case ".", ",", ";":
			return false
		}
	}
	return false
}
