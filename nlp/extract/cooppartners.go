// Cooperation stated as a partnership or an arrangement of one party
// with another.
//
// Constructions: "X and Y are (strategic) partners" (are-partners),
// "X's partners include A, B and C", "X is a partner of Y", "Y, a partner
// of X", "X and its partner Y" (partner-of), "X provides its content to Y"
// (provides-to), "The first was concluded with Y" after counted
// agreements, a quotation's "our agreement with Y" with the speaker's
// organization, "X will train Y camera crews", a reported clause whose
// subject is the speaker's own organization ("the agency will work
// with Y"), "X thanked Y for their agreement", and an authorisation to
// sign that states no signing.

package extract

import (
	"github.com/mediakg/mediakg/nlp/document"
)

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
// (rule coop.partners-include). A description may come before the
// names ("are news outlets such as A, B and C"), and the owner may be a
// definite description of the one news agency (broadcaster, newspaper)
// named in the sentence or the one before: "Among the Agency's partners
// are ..." (rule coop.partners-include-definite).
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
	id, conf := "coop.partners-include", 0.75
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
		} else {
			// "among the Agency's partners are": the one organization
			// of the noun's kind named in this sentence or the one
			// before (rule coop.partners-include-definite)
			hub = v.definiteOrgBefore(s, p-1)
			id, conf = "coop.partners-include-definite", 0.7
		}
	}
	if hub == "" {
		return
	}
	// "are news outlets such as A, B and C", "include agencies like A
	// and B": a description of the partners, then their names
	q = v.pastPartnerDescription(q+1, st1) - 1
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
			v.pairCooperation(hub, y, s, k, "", "050", id, conf)
		}
	}
}

// definiteKinds map the head of a definite description of an
// organization to the kind the organization must have: "the Agency" is a
// news agency.
var definiteKinds = map[string]string{
	"agency": document.KindNewsAgency, "broadcaster": document.KindBroadcaster,
	"channel": document.KindBroadcaster, "newspaper": document.KindNewspaper, "daily": document.KindNewspaper,
}

// definiteOrgBefore resolves "the Agency" ("the broadcaster", "the
// newspaper") with its head at token h of sentence s: the one
// organization of the head's kind named from the start of the sentence
// before up to h, or "" when there is none or more than one.
func (v *view) definiteOrgBefore(s, h int) string {
	kind := definiteKinds[v.low(h)]
	if kind == "" || v.low(h-1) != "the" || v.ent[h] != 0 {
		return ""
	}
	lo, _ := v.sentenceTokens(maxi(0, s-1))
	out := ""
	for k := lo; k < h; k++ {
		_, m := v.actorAt(k)
		if m == nil || m.Type != document.Organization {
			continue
		}
		if e := v.entity[m.EntityID]; e == nil || e.Kind != kind {
			continue
		}
		if out != "" && out != m.EntityID {
			return ""
		}
		out = m.EntityID
	}
	return out
}

// pastPartnerDescription returns the token after "news outlets such as"
// ("agencies like", "media including") at token a: at most three
// lower-case words and a list cue; else a.
func (v *view) pastPartnerDescription(a, limit int) int {
	for k := a; k < limit && k < a+4; k++ {
		if v.ent[k] != 0 || !v.isWord(k) || v.isCap(k) {
			return a
		}
		switch v.low(k) {
		case "such":
			if v.low(k+1) == "as" && k > a {
				return k + 2
			}
			return a
		case "like", "including", "namely":
			if k > a {
				return k + 1
			}
			return a
		}
	}
	return a
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
