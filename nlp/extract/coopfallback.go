// Fallback: COOPERATES_WITH from a sentence that states cooperation and
// names exactly two parties, when no frame of the cooperation rules found
// the pair (rule coop.fallback.two-parties, low confidence).
//
// The frames read the structure around a trigger; a sentence whose
// structure none of them knows ("X, which has worked closely with the
// state broadcaster for years, and Y launched ...") still states the
// cooperation when its cue is one of the lexicon's and it names only two
// parties of one kind. The cue must be stated: not hedged, negated,
// refused, wished or asked. The parties are actors of the sentence:
// no source, no name inside an event's name, no organization named in a
// person's title, no member of a list of three or more. Two countries
// make a pair only when the sentence names no organization and the cue
// is about the countries' media as a whole ("media cooperation").

package extract

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// fallbackConf is below every frame's confidence: the pair rests on the
// sentence's cue and count of parties, not on a construction.
const fallbackConf = 0.45

// fallbackCues are the words that state cooperation by themselves.
var fallbackCues = newWordSet(map[string]bool{
	"cooperation": true, "co-operation": true, "cooperate": true, "cooperates": true,
	"cooperated": true, "cooperating": true, "co-operate": true, "co-operated": true,
	"collaboration": true, "collaborate": true, "collaborates": true, "collaborated": true,
	"collaborating": true, "partnership": true, "partnerships": true,
	"co-produce": true, "co-produced": true, "co-produces": true, "co-production": true,
	"co-productions": true, "co-producing": true,
})

// fallbackDocs are the documents a signing cue names ("signed a
// memorandum"); fallbackSignVerbs the verbs of the signing.
var fallbackDocs = newWordSet(map[string]bool{
	"agreement": true, "agreements": true, "memorandum": true, "memoranda": true,
	"memorandums": true, "mou": true, "mous": true, "accord": true, "pact": true, "deal": true,
})

var fallbackSignVerbs = newWordSet(map[string]bool{
	"signed": true, "sign": true, "signs": true, "signing": true, "inked": true, "concluded": true,
})

// fallbackExchange are the verbs and nouns of an exchange; exchangeObjects
// what two media exchange.
var fallbackExchange = newWordSet(map[string]bool{
	"exchange": true, "exchanges": true, "exchanged": true, "exchanging": true,
	"share": true, "shares": true, "shared": true, "sharing": true,
})

var fallbackExchanged = newWordSet(map[string]bool{
	"news": true, "content": true, "contents": true, "journalists": true, "information": true,
	"programmes": true, "programs": true, "materials": true, "reporters": true, "staff": true,
	"delegations": true, "footage": true, "photos": true, "videos": true,
})

// fallbackAny holds the words of fallbackCues, fallbackSignVerbs,
// fallbackDocs and fallbackExchange: one test per token finds the few
// that fallbackCue reads further.
var fallbackAny = sentenceCue(unionWordSet(fallbackCues, fallbackSignVerbs, fallbackDocs, fallbackExchange))

// fallbackMedia make a cue about countries' media as a whole.
var fallbackMedia = newWordSet(map[string]bool{
	"media": true, "press": true, "journalism": true, "broadcasting": true,
})

// mediaAsWhole reports a media word of sentence tokens st0..st1 that
// speaks of countries' media as a whole: premodifying a cue ("media
// cooperation", "media agreements") or followed by "of" ("the media of X
// and Y"); "press councils of X and Y" are organizations.
func (v *view) mediaAsWhole(st0, st1 int) bool {
	for k := st0; k < st1-1; k++ {
		if !v.in(fallbackMedia, k) {
			continue
		}
		if v.low(k+1) == "of" || v.in(fallbackCues, k+1) || v.in(fallbackExchange, k+1) || v.in(fallbackDocs, k+1) {
			return true
		}
	}
	return false
}

// fallbackCue returns the token of a stated cooperation cue in sentence
// s, or -1.
func (v *view) fallbackCue(s int) int {
	st0, st1 := v.sentenceTokens(s)
	if st1 > st0 && v.low(st1-1) == "?" {
		return -1
	}
	// one pass: the cue words, and the documents a signing verb
	// anywhere in the sentence makes cues ("signed a memorandum", "the
	// memorandum was signed")
	hasSign, doc0 := false, -1
	cue0 := -1
	for j := st0; j < st1; j++ {
		if !v.in(fallbackAny, j) {
			continue
		}
		if v.in(fallbackSignVerbs, j) {
			hasSign = true
		}
		cue := v.in(fallbackCues, j) ||
			v.in(fallbackExchange, j) && (v.in(fallbackExchanged, j+1) || v.in(fallbackExchanged, j+2))
		if !cue && v.in(fallbackDocs, j) {
			if doc0 < 0 {
				doc0 = j
			}
			cue = hasSign
		}
		if !cue {
			continue
		}
		// a cue inside a name ("Shanghai Cooperation Organization",
		// "Partnership Forum") states nothing
		if v.cueInName(st0, j) {
			continue
		}
		if v.cueWeighed(st0, j) {
			// one cue only weighed makes the sentence's other cues
			// doubtful too ("aims to enhance cooperation through
			// signing memorandums")
			return -1
		}
		if cue0 < 0 {
			cue0 = j
		}
	}
	if cue0 < 0 && hasSign && doc0 >= 0 {
		// a document named before its signing verb
		cue0 = doc0
		if v.cueInName(st0, doc0) || v.cueWeighed(st0, doc0) {
			return -1
		}
	}
	if cue0 >= 0 && v.vetoed(st0, st1) {
		return -1
	}
	return cue0
}

// cueInName reports a cue at j that is a word of a name (an entity's,
// an event's, or a capitalised word after the sentence's first).
func (v *view) cueInName(st0, j int) bool {
	return v.ent[j] != 0 || v.evm[j] != 0 || v.isCap(j) && j > st0
}

// cueWeighed reports a cue at j that is hedged, negated, refused, the
// topic of reporting or a need: no statement.
func (v *view) cueWeighed(st0, j int) bool {
	return v.hedged(st0, j, 1) || v.negated(j) || v.refused(st0, j) || v.reportedTopic(st0, j) || v.needed(st0, j)
}

// needWords before a cue make it a need or a call, no statement: "the
// importance of collaboration", "called for cooperation".
var needWords = newWordSet(map[string]bool{
	"importance": true, "important": true, "need": true, "needs": true, "necessity": true,
	"necessary": true, "significance": true, "urged": true, "urges": true, "urge": true,
	"readiness": true, "ready": true, "willingness": true, "willing": true, "should": true,
	"must": true, "calls": true, "call": true, "appeal": true,
	// a purpose or a plan: "aims to enhance cooperation"
	"aims": true, "aim": true, "aimed": true, "aiming": true, "plans": true, "plan": true,
	"planned": true, "intends": true, "intend": true, "purpose": true,
})

// needed reports a need word at most four words before the cue at j in
// its clause.
func (v *view) needed(st0, j int) bool {
	for k := j - 1; k >= st0 && k >= j-4; k-- {
		if w := v.low(k); w == "," || w == ";" {
			return false
		}
		if v.in(needWords, k) {
			return true
		}
	}
	return false
}

// fallbackVeto are words that, anywhere in the sentence, leave its
// cooperation in doubt for a rule that reads no structure: an
// authorisation ("empowered the minister to sign"), an appraisal
// ("praised cooperation between them"), a presence or meeting ("held
// talks", "attended the forum").
var fallbackVeto = newWordSet(map[string]bool{
	"authorized": true, "authorised": true, "empowered": true, "mandated": true,
	"praised": true, "hailed": true, "lauded": true, "appreciated": true,
	"talks": true, "attend": true, "attended": true, "attending": true, "attends": true,
	// a condition or an alternative: "X, Y or any other subscriber"
	"if": true, "whether": true, "or": true,
	// a wish or a plan: "looks forward to a similar agreement", "is
	// expected to be signed"; a presence: "in the presence of"; one
	// hub's partners listed: "agreements between the club and Arab
	// agencies, including X and Y"
	"forward": true, "expected": true, "scheduled": true, "presence": true, "including": true,
})

// vetoed reports a word anywhere in sentence tokens st0..st1 that makes
// the fallback doubt the sentence: a veto word, a hedge noun, a
// refusal, wish or need, or a negation.
func (v *view) vetoed(st0, st1 int) bool {
	for k := st0; k < st1; k++ {
		// "May" in capitals is the month
		if v.in(fallbackVetoAll, k) && !(v.low(k) == "may" && v.isCap(k)) {
			return true
		}
	}
	return false
}

// fallbackVetoAll holds the words vetoed tests: one test per token.
var fallbackVetoAll = unionWordSet(fallbackVeto, hedgeNouns, needWords, negationWords, fallbackRefusals)

// fallbackRefusals are the refusal words of relations.go whose sense does
// not change away from the trigger (not "like", "called", "ended").
var fallbackRefusals = newWordSet(map[string]bool{
	"refused": true, "refuses": true, "refuse": true, "declined": true, "denied": true,
	"rejected": true, "rejects": true, "failed": true, "considering": true, "considers": true,
	"consider": true, "mulling": true, "weighing": true, "may": true, "might": true,
	"could": true, "terminated": true, "cancelled": true, "canceled": true,
	"suspended": true, "halted": true, "scrapped": true, "withdrew": true, "abandoned": true,
	"hopes": true, "hope": true, "hoped": true, "hoping": true, "wishes": true, "wish": true,
	"wants": true, "want": true, "seek": true, "seeks": true, "seeking": true,
})

// twoParties adds the fallback pair of sentence s when no rule gave a
// COOPERATES_WITH in it (the relations from index r0 on are the
// sentence's).
func (x *Extractor) twoParties(v *view, s, r0 int) {
	// a rule's pair of one kind leaves the other kind to the fallback
	// ("A welcomed B to further the cooperation between X and Y": the
	// frame gives the countries, the fallback the organizations)
	hasOrg, hasCountry := false, false
	for _, r := range v.rels[r0:] {
		if r.Type == document.CooperatesWith {
			if document.IDPrefix(r.From) == document.PrefixOrg {
				hasOrg = true
			} else {
				hasCountry = true
			}
		}
	}
	if hasOrg && hasCountry {
		return
	}
	// no cue word, no cue (fallbackCue)
	if !v.hasCue(s, fallbackAny) || v.negativeSentence(s) || !v.twoActors(s) {
		return
	}
	j := v.fallbackCue(s)
	if j < 0 {
		return
	}
	st0, st1 := v.sentenceTokens(s)
	var orgs, countries [3]string
	var orgMs [3]*document.Mention
	no, nc := 0, 0
	add := func(list *[3]string, n *int, id string) bool {
		for _, p := range list[:min(*n, 3)] {
			if p == id {
				return false
			}
		}
		if *n < 3 {
			list[*n] = id
		}
		*n++
		return true
	}
	// out holds the organizations kept out of the sentence with all
	// their mentions (the last four)
	var out [4]string
	isOut := func(id string) bool {
		return id == out[0] || id == out[1] || id == out[2] || id == out[3]
	}
	keepOut := func(id string) { out[0], out[1], out[2], out[3] = id, out[0], out[1], out[2] }
	// the quotation state of the sentence's tokens from the cue's on:
	// each quotation mark between a token and the cue flips it
	flips := func(i int) bool {
		a, b := min(i, j), max(i, j)
		odd := false
		for k := a; k < b; k++ {
			if isQuoteMark(v.tok(k)) {
				odd = !odd
			}
		}
		return odd
	}
	for i := st0; i < st1; i++ {
		_, m := v.actorAt(i)
		if m == nil || m.EntityID == "" {
			continue
		}
		t0, t1 := v.tokenSpan(m)
		if m.Type == document.Organization && isOut(m.EntityID) {
			continue
		}
		if v.evm[i] != 0 {
			// a name inside an event's name ("the General Assembly
			// of the X (XU)")
			keepOut(m.EntityID)
			continue
		}
		// a party outside the quotation that holds the cue is the
		// speaker's setting ("she said in an interview with Y")
		if flips(i) {
			continue
		}
		switch m.Type {
		case document.Organization:
			if no > 0 && v.hostOf(t0) || v.memberGroup(t0, t1) || v.withinOrg(t0) || v.reporter(t1) {
				// the host, the group, the frame or the source stays
				// out with its other mentions: "at the Y University
				// (YU)", "members of the Z ... Z's goals", "cooperation
				// in the CIS, the CIS Executive Committee said", "the X
				// Agency (XA) reports"
				keepOut(m.EntityID)
				continue
			}
			if v.titleOrg(t0, t1) || v.inParens(t0) || v.venueOrg(t0) {
				continue
			}
			if add(&orgs, &no, m.EntityID) && no <= 3 {
				orgMs[no-1] = m
			}
		case document.Country:
			// a demonym premodifies its own media ("Vietnamese and
			// Malaysian news agencies"): those agencies cooperate
			if v.isAdjectival(m) {
				continue
			}
			add(&countries, &nc, m.EntityID)
		}
	}
	switch {
	case no == 2 && !hasOrg:
		if v.oneFamily(orgMs[0], orgMs[1]) || v.withOther(j, st1, orgMs[0], orgMs[1]) {
			return
		}
		v.pairCooperation(orgs[0], orgs[1], s, j, "", "050", "coop.fallback.two-parties", fallbackConf)
	case no == 0 && nc == 2 && v.mediaAsWhole(st0, st1) && !hasCountry:
		v.pairCooperation(countries[0], countries[1], s, j, "", "050", "coop.fallback.two-parties", fallbackConf)
	}
}

// twoActors reports at least two name mentions of actors in sentence s,
// a cheap test before the fallback reads the sentence.
func (v *view) twoActors(s int) bool {
	st0, st1 := v.sentenceTokens(s)
	n, last := 0, 0
	for i := st0; i < st1; i++ {
		if k := v.ent[i]; k != 0 && k != last {
			last = k
			if v.actor[k-1] {
				if n++; n == 2 {
					return true
				}
			}
		}
	}
	return false
}

// isQuoteMark reports a straight or curly double quotation mark.
func isQuoteMark(t string) bool { return t == "\"" || t == "“" || t == "”" }

// honorifics stand before a person's name.
var honorifics = newWordSet(map[string]bool{"mr": true, "ms": true, "mrs": true, "dr": true, "prof": true, "h.e": true})

// titleOrg reports an organization (tokens t0..t1) named in a person's
// title: a title word right after it ("Xinhua President Fu Hua"), a
// person's name right after it ("Head of the X Department A B"), or a
// title word and "of" before it ("Director-General of X").
func (v *view) titleOrg(t0, t1 int) bool {
	if v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, t1) {
		return true
	}
	if _, m := v.actorAt(t1); m != nil && m.Type == document.Person {
		return true
	}
	k := v.pastParens(t1)
	if v.low(k) == "," {
		k++
	}
	if honorifics.has(strings.TrimSuffix(v.low(k), ".")) {
		k++
		if v.low(k) == "." {
			k++
		}
	}
	if _, m := v.actorAt(k); k > t1 && m != nil && m.Type == document.Person {
		return true
	}
	if v.low(t0-1) != "of" && !(v.low(t0-1) == "the" && v.low(t0-2) == "of") {
		return false
	}
	k = t0 - 2
	if v.low(t0-1) == "the" {
		k--
	}
	for d := 0; d < 3 && k-d >= 0; d++ {
		if v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, k-d) {
			return true
		}
	}
	return false
}

// isAdjectival reports a country mention that premodifies a noun (a
// demonym or adjective: "Vietnamese", "Chinese").
func (v *view) isAdjectival(m *document.Mention) bool {
	t := m.Text
	return strings.HasSuffix(t, "ese") || strings.HasSuffix(t, "ian") || strings.HasSuffix(t, "an") ||
		strings.HasSuffix(t, "ish") || strings.HasSuffix(t, "ic") || strings.HasSuffix(t, "i")
}

// oneFamily reports two organizations of which one is part of the other:
// a parent named by the resolver, one name inside the other ("CIS" and
// "Council of Heads of CIS"), or the one named at or of the other ("the
// X Centre at the University of Y").
func (v *view) oneFamily(a, b *document.Mention) bool {
	if a.Parent == b.EntityID || b.Parent == a.EntityID {
		return true
	}
	if ea, eb := v.entity[a.EntityID], v.entity[b.EntityID]; ea != nil && eb != nil {
		if ea.Parent == b.EntityID || eb.Parent == a.EntityID || v.sameFamily(a.EntityID, b.EntityID) {
			return true
		}
		na, nb := " "+strings.ToLower(ea.Name)+" ", " "+strings.ToLower(eb.Name)+" "
		if strings.Contains(na, nb) || strings.Contains(nb, na) {
			return true
		}
	}
	if a.Start > b.Start {
		a, b = b, a
	}
	_, a1 := v.tokenSpan(a)
	b0, _ := v.tokenSpan(b)
	switch b0 - a1 {
	case 1:
		w := v.low(a1)
		return w == "at" || w == "of" || w == "'s" || w == "in"
	case 2:
		return (v.low(a1) == "at" || v.low(a1) == "of" || v.low(a1) == "in") && v.low(a1+1) == "the"
	}
	return false
}

// withOther reports a cue at j that goes on with a partner other than
// the two parties: "X and Y also signed agreements with their
// counterparts" (both before the cue: one side), "X pays attention to
// cooperation with Vietnam, and Y will ..." (a named third partner).
func (v *view) withOther(j, st1 int, a, b *document.Mention) bool {
	both := v.toks[j].Start > a.Start && v.toks[j].Start > b.Start
	for k := j + 1; k < st1 && k <= j+4; k++ {
		if v.low(k) != "with" {
			continue
		}
		_, m := v.actorAt(k + 1)
		if m == nil {
			_, m = v.actorAt(k + 2)
		}
		if m == nil {
			return both
		}
		return m.EntityID != a.EntityID && m.EntityID != b.EntityID
	}
	return false
}

// fallbackMembers after an organization's name make it stand for its
// members or name a thing of its own ("CIS countries", "the BRICS
// meeting agenda", "the OANA framework").
var fallbackMembers = newWordSet(map[string]bool{
	"countries": true, "nations": true, "states": true, "members": true, "member": true,
	"meeting": true, "meetings": true, "summit": true, "agenda": true, "framework": true,
	"mechanism": true, "format": true, "platform": true, "session": true, "sessions": true,
	"forum": true, "conference": true, "region": true, "area": true, "space": true,
})

// memberGroup reports an organization (tokens t0..t1) that stands for
// its members or premodifies a thing of its own: "CIS countries", "the
// members of the OANA", "a member of X", "their membership of X".
func (v *view) memberGroup(t0, t1 int) bool {
	if v.in(fallbackMembers, t1) {
		return true
	}
	k := t0 - 1
	if v.low(k) == "the" {
		k--
	}
	if v.low(k) != "of" {
		return false
	}
	switch v.low(k - 1) {
	case "members", "member", "membership":
		return true
	}
	return false
}

// inParens reports a name inside parentheses that are no acronym of
// the name before them: "Y Group (which consists of A and B)".
func (v *view) inParens(t0 int) bool {
	for k := t0 - 1; k >= 0 && k >= t0-12; k-- {
		switch v.low(k) {
		case ")":
			return false
		case "(":
			return k != t0-1
		}
	}
	return false
}

// withinOrg reports a name after a cue and "in", "within", "among" or
// "across": the frame the cooperation happens in ("cooperation in the
// CIS"), no party.
func (v *view) withinOrg(t0 int) bool {
	k := t0 - 1
	if v.low(k) == "the" {
		k--
	}
	switch v.low(k) {
	case "in", "within", "among", "across", "inside":
		return v.in(fallbackCues, k-1)
	}
	return false
}

// hostOf reports an organization (starting at t0) that hosts the one
// named right before it: "the X Centre at the Y University", "the X
// Department of the Y Ministry": the unit is the party, not its host.
func (v *view) hostOf(t0 int) bool {
	k := t0 - 1
	if v.low(k) == "the" {
		k--
	}
	if w := v.low(k); w != "at" && w != "of" {
		return false
	}
	if k < 1 || v.ent[k-1] == 0 {
		return false
	}
	m := &v.d.Mentions[v.ent[k-1]-1]
	return m.Type == document.Organization && m.End == v.toks[k-1].End
}

// venueOrg reports an organization named as a place: "at the X", "at X's
// headquarters" (a unit at its host is hostOf's).
func (v *view) venueOrg(t0 int) bool {
	k := t0 - 1
	if v.low(k) == "the" {
		k--
	}
	return v.low(k) == "at"
}

// reporterVerbs after a news organization's name make it the source of
// the report, not a party: "X (XA) reports that", "X has learned".
var reporterVerbs = newWordSet(map[string]bool{
	"reports": true, "reported": true, "learned": true, "learnt": true, "writes": true, "wrote": true,
})

// reporter reports a name ending before t1 that a reporting verb follows,
// over an acronym in parentheses and "has".
func (v *view) reporter(t1 int) bool {
	k := v.pastParens(t1)
	if v.low(k) == "has" {
		k++
	}
	return v.in(reporterVerbs, k)
}

// pastParens returns the token after a parenthesis that opens at k (an
// acronym or home country), else k.
func (v *view) pastParens(k int) int {
	if v.low(k) != "(" {
		return k
	}
	for i := k + 1; i < len(v.toks) && i <= k+8; i++ {
		if v.low(i) == ")" {
			return i + 1
		}
	}
	return k
}

// unionWordSet returns the set of the words of all sets.
func unionWordSet(sets ...*wordSet) *wordSet {
	m := map[string]bool{}
	for _, s := range sets {
		for w, in := range s.words {
			if in {
				m[w] = true
			}
		}
	}
	return newWordSet(m)
}
