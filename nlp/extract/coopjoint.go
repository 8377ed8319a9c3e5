// Cooperation as joint work: exchanges, joint undertakings and projects.
//
// Constructions: "exchange of news, staff or experience", "X launched a
// photo service together with Y" (did-with), "X will jointly hold a
// workshop with Y" (jointly-with), a bare "joint" that states the pair's
// own work but not a joint meeting they attend, the members of a joint
// project under a coordinator or forming its core group (consortium),
// "the cooperation of X with Y" (of-with), a member of a coordinated
// project told on its own.

package extract

import (
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

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
	if !v.hasCue(s, consortiumWords) {
		return
	}
	st0, st1 := v.sentenceTokens(s)
	for k := st0; k < st1; k++ {
		if !v.in(consortiumWords, k) {
			continue
		}
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

// consortiumWords are the cases of consortium's switch.
var consortiumWords = sentenceCue(newWordSet(map[string]bool{
	"coordination": true, "leadership": true, "coordinator": true, "coordinators": true, "coordinated": true,
	"includes": true, "include": true, "included": true, "comprises": true, "comprise": true, "unites": true,
	"gathers": true, "partner": true, "participating": true, "participates": true, "form": true, "forms": true,
	"formed": true,
}))

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
