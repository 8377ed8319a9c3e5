// Cooperation told by a clause around a name, with or without a trigger
// noun of the lexicon.
//
// Constructions: "X in cooperation with Y", "X, together with Y,
// launched" (organized-with), "organized by X, in collaboration with Y and
// Z", "hosted by X together with Y" (the organizer is the hub, each
// partner its own pair), "Under the agreement, X will provide Y with ...",
// "The memorandum allows X to rebroadcast Y bulletins", "X will publish Y
// stories" (under-agreement), a partner named after a short description,
// "X joined Y in launching" (joined-in); "cooperation between X and Y was
// discussed" is a topic, no statement.

package extract

import (
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// partnerBeforeWords are the words at which partnerBefore reads
// anything: the cases of its switch and the first words of a partner
// phrase (partnerPhrase) or of ", along with".
var partnerBeforeWords = unionWordSet(partnerVerbs, newWordSet(map[string]bool{",": true, "together": true, "in": true}))

// partnerVerbs are the cases of partnerBefore's switch;
// partnerBeforeCues those and "with", which ends every partner phrase: a
// sentence with none of them has nothing partnerBefore reads token by
// token.
var (
	partnerVerbs = newWordSet(map[string]bool{
		"joined": true, "joins": true, "partners": true, "partner": true, "our": true, "jointly": true,
		"thanked": true, "thanks": true,
		"provide": true, "provides": true, "supply": true, "supplies": true, "give": true, "gives": true,
		"offer": true, "offers": true, "send": true, "sends": true, "grant": true, "grants": true,
		"train": true, "trains": true, "trained": true, "assist": true, "assists": true, "help": true,
		"helps": true, "support": true, "supports": true, "host": true, "hosts": true, "furnish": true,
		"furnishes": true, "distribute": true, "distributes": true, "redistribute": true,
		"redistributes": true, "rebroadcast": true, "rebroadcasts": true, "retransmit": true,
		"retransmits": true, "relay": true, "relays": true,
	})
	partnerBeforeCues = sentenceCue(unionWordSet(partnerVerbs, newWordSet(map[string]bool{"with": true})))
)

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
	// a partner phrase that starts in the sentence may end in the three
	// tokens after it (", in cooperation with")
	if !v.hasCue(s, partnerBeforeCues) && v.low(st1) != "with" && v.low(st1+1) != "with" && v.low(st1+2) != "with" {
		return
	}
	for k := st0 + 1; k < st1; k++ {
		if !v.in(partnerBeforeWords, k) {
			continue
		}
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
	for j := v.nextIn(s, orgCues, st0, st1); j < st1; j = v.next(orgCues, j+1, st1) {
		_, n, ok := x.lex.OrganizerCues.AtIDs(v, v.ids, v.gate, j)
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
		v.hubCooperation(v.withoutOwners(hub), partners.parties(), s, trig, "coop.organized-with", 0.8)
		j = partners.t1
	}
}

// withoutOwners returns the parties of g but an organization named as
// the owner of another right after it: "organized by X's News Academy in
// collaboration with Y" is the academy's work, not its owner's (rule
// coop.owner-not-party).
func (v *view) withoutOwners(g group) []string {
	ps := g.parties()
	out := ps[:0:0]
	for _, id := range ps {
		owner := false
		for _, mi := range g.mentions {
			m := &v.d.Mentions[mi]
			if m.EntityID != id || m.Type != document.Organization {
				continue
			}
			_, t1 := v.tokenSpan(m)
			if w := v.low(t1); w != "'s" && w != "\u2019s" {
				continue
			}
			if _, nm := v.actorAt(t1 + 1); nm != nil && nm.Type == document.Organization && nm.EntityID != id {
				owner = true
			}
		}
		if !owner {
			out = append(out, id)
		}
	}
	return out
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
	for c := 0; c < 3 && k < st1 && !v.x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, k); c++ {
		if !v.isWord(k) || v.isCap(k) && k != st0 || v.ent[k] != 0 {
			return false
		}
		k++
	}
	_, n, ok := v.x.lex.AgreementNouns.AtIDs(v, v.ids, v.gate, k)
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
		if x.lex.AgreementNouns.HasAtIDs(v, v.ids, v.gate, k) || v.low(k) == "partnership" || v.low(k) == "arrangement" {
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
