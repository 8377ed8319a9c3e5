// Relations: the shared machinery of the relation frames (subjects,
// clause gaps, negation, the dispatcher relationsIn that runs each rule of
// relations.yaml on a sentence). A sentence that opens with a definite
// organization anaphor ("The agency also signed ...", "The Russian news
// agency has partnered with ...") has for subject the one organization of
// that kind (and country) named in the three sentences before.

package extract

import (
	"math/bits"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// rel is a relation under construction; its event gets its id at the end.
type rel struct {
	document.Relation
	ev *event
}

// subjectPreps before a group mean it is not the subject of the clause.
var subjectPreps = newWordSet(map[string]bool{
	"between": true, "with": true, "of": true, "for": true, "from": true, "in": true,
	"to": true, "by": true, "among": true, "on": true, "at": true, "about": true,
	"including": true, "like": true, "as": true, "than": true, "into": true, "across": true,
})

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
	if g, ok := v.relativeSubject(j); ok {
		return g, true
	}
	if g, ok := v.firstToSubject(j); ok {
		return g, true
	}
	if g, ok := v.speakerOrgSubject(s, j); ok {
		return g, true
	}
	if g, ok := v.itsPrevious(s, j); ok {
		return g, true
	}
	cs := v.clauseStart(s, j)
	// "Russia's cooperation", "Yunnan Daily Press Group's integrated
	// development and cooperation with": a possessor of the noun phrase
	// that ends in the trigger, across lower-case words and "and"
	for k := j - 1; k >= cs && k >= j-5; k-- {
		if w := v.low(k); w == "'s" || w == "\u2019s" {
			// "the agency's earlier co-production with Y": the one
			// organization of that kind named before (rule
			// coop.anaphor-possessive)
			if kind, ok := orgAnaphorKinds[v.low(k-1)]; ok && v.low(k-2) == "the" && !v.isCap(k-1) {
				if o := v.oneOrgOfKind(s, k-2, kind, ""); o != "" {
					return group{ids: []string{o}, t0: k - 2, t1: k, anaphor: true, rule: "coop.anaphor-possessive"}, true
				}
				break
			}
			if _, m := v.mention(k - 1); m != nil && m.Type != document.Person {
				mt0, _ := v.tokenSpan(m)
				// "X and Y's cooperation": the pair that owns it (not
				// "X and Y's cooperation with Z")
				and := mt0 - 1
				if v.low(and) == "the" && v.ent[and] == 0 {
					and--
				}
				if v.low(and) == "and" && and-1 >= cs && v.low(j+1) != "with" && v.low(j+2) != "with" {
					if q := v.ent[and-1]; q != 0 && v.actor[q-1] {
						pt0, _ := v.tokenSpan(&v.d.Mentions[q-1])
						if g, ok := v.groupAt(pt0, k, false); ok && len(g.ids) == 2 && g.t1 == k {
							return g, true
						}
					}
				}
				if g, ok := v.groupAt(mt0, k, false); ok {
					return g, true
				}
			}
			break
		}
		if w := v.low(k); w != "and" && (v.isCap(k) || !v.isWord(k)) {
			break
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
			// a list that starts far but reaches near j is read whole:
			// its tail ("Thailand and Vietnam" of "media of China,
			// Cambodia, Laos, Myanmar, Thailand and Vietnam") is no
			// subject of its own
			if _, m := v.actorAt(i); m != nil {
				// (not a list of titles: "the head of CMG, Deputy Director
				// of the Publicity Department Shen Haixiong said")
				if g, ok := v.groupAt(i, j, false); ok && len(g.ids) >= 2 && len(g.persons) == 0 && j-g.t1 < maxDist {
					near = true
				} else if ok {
					i = g.t1 - 1
					continue
				}
			}
			if !near {
				continue // only a group or anaphor that ends right before j counts
			}
		}
		pi := i - 1
		if v.low(pi) == "the" {
			pi--
		}
		prep := v.low(pi)
		// "the heads of TASS and Trend agreed": of after a people noun
		if prep == "of" && v.in(headNouns, pi-1) {
			prep = ""
		}
		// "The director of X signed": a single head that opens the clause
		if prep == "of" && v.in(singleHeads, pi-1) {
			h := pi - 2
			if v.low(h) == "general" {
				h--
			}
			if v.low(h) == "the" {
				h--
			}
			if h < cs {
				prep = ""
			}
		}
		// "Europe's leading agencies, including Germany's dpa, Italy's
		// ANSA and Spain's EFE, pledged": the named examples of the
		// subject
		if prep == "including" || prep == "as" && v.low(pi-1) == "such" {
			if _, m := v.actorAt(i); m != nil {
				if g, ok := v.groupAt(i, j, false); ok {
					if v.low(g.t1) == "," && v.clauseGap(g.t1+1, j) <= 3 && len(g.parties()) > 0 {
						best, found = g, true
					}
					i = g.t1 - 1 // its members are no subject of their own
				}
			}
			continue
		}
		// "in Istanbul, Turkey,": the country of a place after a
		// preposition is part of the place phrase
		if prep == "," && i >= 2 && v.ent[i-2] != 0 && v.d.Mentions[v.ent[i-2]-1].Type == document.Place {
			if pm := &v.d.Mentions[v.ent[i-2]-1]; pm != nil {
				pt0, _ := v.tokenSpan(pm)
				if v.in(subjectPreps, pt0-1) {
					prep = v.low(pt0 - 1)
				}
			}
		}
		if subjectPreps.has(prep) {
			// the object of a preposition, with the rest of its list:
			// "signed agreements with the Anadolu Agency, the STA, and"
			// "The national news agencies of A, B and C signed": the
			// countries of a description, none of them a subject
			ofDescribed := prep == "of" && v.in(describedPlurals, pi-1)
			if ofDescribed {
				// "The state-run news agencies of Bangladesh and Nepal,
				// BSS and RSS, renewed": only the countries are skipped,
				// the names set off after them are the subject
				k := i
				for k < j {
					if _, m := v.actorAt(k); m != nil && m.Type == document.Country {
						_, k = v.tokenSpan(m)
						continue
					}
					if w := v.low(k); w == "and" || w == "," || w == "the" {
						k++
						continue
					}
					break
				}
				q := k - 1
				if v.low(q) == "the" {
					q--
				}
				if _, m := v.actorAt(k); m != nil && m.Type == document.Organization && v.low(q) == "," {
					i = k - 1
					continue
				}
			}
			if g, ok := v.groupAt(i, j, false); ok && (prep == "with" || prep == "between" || prep == "among" || ofDescribed) {
				i = g.t1 - 1
			} else if _, m := v.actorAt(i); m != nil {
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
				continue
			}
			if _, n, ok := v.x.lex.PairAnaphors.AtIDs(v, v.ids, v.gate, i); ok && (near || nearEnd && v.clauseGap(i+n, j) <= 4) {
				// "X and Y will share photos with Z, and the two sides
				// will jointly train": an anaphor left unresolved is
				// still the subject; the pair before it is not (rule
				// pair.with-side)
				best, found = group{}, false
				i += n - 1
				continue
			}
			// "the corporation and AIBD had agreed": a list that opens
			// with a name's head noun (rule pair.head-anaphor)
			if _, _, e := v.headAnaphorAt(i); e <= i || v.low(e) != "and" {
				continue
			}
		}
		// "alongside the 8th China-Russia Expo, with regional
		// newspapers ... pledging": parties inside an event's name are no
		// subject (rule coop.event-name)
		if v.evm[i] != 0 {
			if em := &v.d.Mentions[v.evm[i]-1]; em.Rule == "pat.event.named" {
				if _, et1 := v.tokenSpan(em); et1 <= j {
					i = et1 - 1
					continue
				}
			}
		}
		// a candidate is read into the reused buffers and copied only
		// when it becomes the best one
		g, ok := v.groupInto(v.sbuf, v.smbuf, i, j, false)
		v.sbuf, v.smbuf = g.ids[:0], g.mentions[:0]
		if !ok {
			continue
		}
		if !near && (!nearEnd || v.clauseGap(g.t1, j) > 4) {
			i = g.t1 - 1 // nor is its tail a subject
			continue
		}
		if !(found && len(best.ids) > len(g.ids) && subset(g.ids, best.ids)) {
			best, found = g.clone(), true
			// "X and Y, India's state-owned public broadcaster, have
			// agreed": a description set off by commas after the subject
			// names no subject of its own
			if e := v.commaParenthetical(g.t1, j); e > 0 {
				g.t1 = e
			}
		}
		i = g.t1 - 1
	}
	if !found || len(best.parties()) == 0 {
		// "The agency also signed ...", "The Russian news agency
		// signed ...": an organization named before
		if g, ok := v.orgAnaphor(s, j); ok {
			return g, true
		}
	}
	return best, found
}

// orgAnaphorKinds map the head noun of a definite organization anaphor to
// the organization kind it refers to.
var orgAnaphorKinds = map[string]string{
	"agency": document.KindNewsAgency, "broadcaster": document.KindBroadcaster,
	"channel": document.KindBroadcaster, "newspaper": document.KindNewspaper, "daily": document.KindNewspaper,
}

// orgAnaphor reads a sentence that opens with a definite organization
// anaphor as its subject before token j ("The agency also signed ...",
// "The Russian news agency has partnered with ...", "The broadcaster
// will air ..."): the one organization of that kind (and of that
// country, when a demonym says) named in the three sentences before (the
// frame's rule shows, the anaphor resolved here). With none, or with two
// of the kind, nothing.
func (v *view) orgAnaphor(s, j int) (group, bool) {
	st0, _ := v.sentenceTokens(s)
	if v.low(st0) == "it" && v.isCap(st0) {
		return v.itSubject(s, st0, j)
	}
	// '"We have signed a memorandum with Y," said X's director A': the
	// organization of the quoted speaker (rule coop.we-quoted)
	if i := j - 1; i >= st0 {
		for i > st0 && (v.in(itAux, i) || v.in(weAux, i) || v.low(i) == "are" && v.in(weAux, i+1)) {
			i--
		}
		if v.low(i) == "we" && (i == st0 || v.low(i-1) == "\"" || v.low(i-1) == "\u201c") && v.inQuote(v.toks[i].Start) {
			if x := v.quotedSpeakerParty(s); x != "" {
				return group{ids: []string{x}, t0: i, t1: i + 1, anaphor: true, rule: "coop.we-quoted"}, true
			}
			return group{}, false
		}
	}
	// "On Tuesday it signed ...", "Last year, it also inked ...": "it"
	// after an opening time adverbial (rule coop.it-after-time)
	if i := v.itAfterTime(st0, j); i > 0 {
		if g, ok := v.itSubject(s, i, j); ok {
			g.rule = "coop.it-after-time"
			return g, true
		}
		return group{}, false
	}
	// "According to X's editor, the newspaper has exchanged ...": the
	// anaphor opens the clause after a fronted phrase
	fronted := false
	if v.low(st0) != "the" {
		fronted = true
		a := j - 1
		for a > st0 && v.in(itAux, a) {
			a--
		}
		for c := 0; c < 2 && a > st0 && v.low(a) != "the"; c++ {
			a--
		}
		if v.low(a) != "the" || v.low(a-1) != "," || a <= st0 {
			return group{}, false
		}
		st0 = a
	}
	if v.low(st0) != "the" || j-st0 < 2 {
		return group{}, false
	}
	country, kind, head := "", "", -1
	for k := st0 + 1; k < st0+5 && k < j; k++ {
		if kd, ok := orgAnaphorKinds[v.low(k)]; ok && !v.isCap(k) {
			kind, head = kd, k
			break
		}
		if _, m := v.mention(k); m != nil && m.Type == document.Country && country == "" {
			country = m.EntityID
			_, mt1 := v.tokenSpan(m)
			k = mt1 - 1
			continue
		}
		if !v.isWord(k) || v.isCap(k) || v.ent[k] != 0 {
			return group{}, false
		}
	}
	if head < 0 {
		return group{}, false
	}
	switch v.low(head + 1) {
	case "of", "'s", "’s", "and", "or":
		return group{}, false
	}
	found := v.oneOrgOfKind(s, st0, kind, country)
	if found == "" {
		return group{}, false
	}
	g := group{ids: []string{found}, t0: st0, t1: head + 1, anaphor: true}
	if fronted {
		g.rule = "coop.anaphor-fronted"
	}
	return g, true
}

// oneOrgOfKind returns the one organization of the kind (and of the
// country, when given) named before token b in sentence s and the three
// sentences before it, or "" when there is none or two ("the agency"
// could be either).
func (v *view) oneOrgOfKind(s, b int, kind, country string) string {
	lo, _ := v.sentenceTokens(maxi(0, s-3))
	found := ""
	for k := b - 1; k >= lo; k-- {
		_, m := v.actorAt(k)
		if m == nil || m.Type != document.Organization || m.EntityID == found {
			continue
		}
		e := v.entity[m.EntityID]
		if e == nil || e.Kind != kind {
			continue
		}
		if country != "" && v.homeCountry(m.EntityID) != country {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.EntityID
	}
	return found
}

// commaParenthetical returns the closing comma of a parenthetical that
// the comma at token k opens, before token b and within 16 tokens, or -1.
func (v *view) commaParenthetical(k, b int) int {
	if v.low(k) != "," {
		return -1
	}
	for q := k + 2; q < b && q <= k+16; q++ {
		switch v.low(q) {
		case ",":
			return q
		case ";", ".":
			return -1
		}
	}
	return -1
}

// clauseFillers are the words a subject may stand apart from its verb by:
// auxiliaries, adverbs, "both", time words.
var clauseFillers = newWordSet(map[string]bool{
	"have": true, "has": true, "had": true, "also": true, "jointly": true, "both": true, "all": true,
	"further": true, "will": true, "would": true, "shall": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "should": true, "then": true, "later": true,
	"now": true, "already": true, "on": true, "in": true, "at": true, "last": true, "this": true,
	"together": true, "once": true, "again": true, "today": true, "yesterday": true,
	"(": true, ")": true, "\u2014": true, "-": true,
})

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
		if v.val[k] != 0 || clauseFillers.has(w) || strings.HasSuffix(w, "ly") && len(w) > 4 {
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
var headNouns = newWordSet(map[string]bool{
	"heads": true, "head": true, "leaders": true, "leadership": true, "chiefs": true,
	"representatives": true, "delegations": true, "delegation": true, "directors": true,
	"presidents": true, "editors": true, "officials": true, "managements": true,
	"journalists": true, "reporters": true, "executives": true, "staff": true, "members": true,
	"governments": true, "ministries": true, "media": true, "presidents'": true,
	"ministers": true,
})

// singleHeads open a clause as "the director of X": one person acts for
// the party ("The director of X signed a memorandum with Y").
var singleHeads = newWordSet(map[string]bool{
	"director": true, "president": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"chief": true, "ceo": true, "general": true, "editor-in-chief": true, "manager": true, "head": true,
})

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
		if v.x.lex.IntentCues.HasAtIDs(v, v.ids, v.gate, k) {
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
		// a capitalised trigger inside a job title ("International
		// Cooperation Director", "Strategic Partnership Manager") names an
		// office
		if j > st0 && v.isCap(j) && v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, j+1) {
			continue
		}
		negative, checked := false, false
		for ri := x.firstRule(g); ri < len(x.lex.Relations); ri = x.nextRule(g, ri) {
			rule := &x.lex.Relations[ri]
			if b := rule.Matcher.Bit(); b != 0 && g&b == 0 {
				continue
			}
			_, n, ok := rule.Matcher.MatchIDs(v, v.ids, j)
			if !ok {
				continue
			}
			if !checked {
				checked = true
				for k := j - 1; k >= st0 && k >= j-5; k-- {
					if x.lex.NegativeCues.HasAtIDs(v, v.ids, v.gate, k) {
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
			// "potential areas of cooperation between X and Y", "the
			// cooperation prospects", "ways to further cooperation",
			// "do not utilize the cooperation potential": cooperation
			// only considered or denied is not stated, nor cooperation
			// that is the topic of reporting
			if rule.Type == document.CooperatesWith && (v.hedged(st0, j, n) || v.negated(j) || v.refused(st0, j) || v.inName(j, n) || v.reportedTopic(st0, j)) {
				continue
			}
			switch rule.Frame {
			case "between":
				x.frameBetween(v, rule, s, j, n, ev)
			case "pair":
				x.framePair(v, rule, s, j, n, ev, here)
			case "premodifier":
				if ids := v.premodifierParties(j); len(ids) >= 2 && !v.clauseBefore(j) && !v.outletHeadBefore(j) {
					v.cooperation(ids, rule, s, v.span(j, j+n), ev, v.intent(maxi(st0, j-6), j), rule.Confidence, v.topicNear(s, j, j+n))
				}
			case "with":
				x.frameWith(v, rule, s, j, n, ev)
			case "of":
				x.frameOf(v, rule, s, j, n, ev)
			case "access":
				v.giveAccess(rule, s, j, n, ev)
			case "signing":
				// "refused to sign", "denied signing", "may sign": no
				// signing, no partners
				if !v.refused(st0, j) && !v.signingHedged(j) && !v.authorizedToSign(s, j+1) {
					x.frameSigning(v, rule, s, j, n, here)
				}
			case "agreed", "committed":
				// a headline's "vow" or "agree" is told again, fully, in
				// the body; its shortened verbs make no stance
				if hl := v.d.Article.Headline; hl == nil || v.toks[j].Start >= hl.End {
					x.frameStance(v, rule, s, j, n, ev, here)
				}
			}
		}
	}
}

// firstRule returns the index of the first relation rule that may match
// at a token whose gate holds the relation bits g: the rule of g's lowest
// bit when the rules' bits are in their order (relBit0), else 0 (the
// caller tests each rule's bit). len(x.lex.Relations) means none.
func (x *Extractor) firstRule(g uint64) int {
	if x.relBit0 < 0 {
		return 0
	}
	if g == 0 {
		return len(x.lex.Relations)
	}
	return bits.TrailingZeros64(g) - x.relBit0
}

// nextRule returns the index of the next rule after ri that may match at a
// token whose gate holds the relation bits g (firstRule).
func (x *Extractor) nextRule(g uint64, ri int) int {
	if x.relBit0 < 0 {
		return ri + 1
	}
	return x.firstRule(g &^ (1<<uint(x.relBit0+ri+1) - 1))
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

// negationWords before a verb or noun deny it: "did not attend", "have
// not yet signed", "No agreement was signed", "never met".
var negationWords = newWordSet(map[string]bool{"not": true, "n't": true, "no": true, "never": true, "neither": true, "nor": true, "without": true})

// negated reports whether token j is denied by a negation word at most
// three tokens before it in its clause ("not yet signed", "no formal
// agreement").
func (v *view) negated(j int) bool {
	if !v.mayHold(negationCues, max(0, j-3), j-1) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3 && v.sent(k) == v.sent(j); k-- {
		w := v.low(k)
		if v.in(negationWords, k) || w == "yet" && v.low(k+1) == "to" {
			return true
		}
		if w == "," || w == ";" || w == "but" {
			return false
		}
	}
	return false
}

// negationCues are the words negated reads: negationWords and "yet".
var negationCues = sentenceCue(unionWordSet(negationWords, newWordSet(map[string]bool{"yet": true})))

// refusalWords before a trigger in its clause make the cooperation
// refused, denied, failed or only weighed: "refused to cooperate with",
// "denied signing any agreement with", "is considering a partnership
// with", "may sign an agreement" (rule family coop.*: no pair).
var refusalWords = sentenceCue(newWordSet(map[string]bool{
	"refused": true, "refuses": true, "refuse": true, "refusing": true, "declined": true,
	"declines": true, "decline": true, "denied": true, "denies": true, "deny": true, "denying": true,
	"rejected": true, "rejects": true, "reject": true, "rejecting": true, "failed": true, "fails": true,
	"fail": true, "considering": true, "considers": true, "consider": true, "mulling": true,
	"weighing": true, "may": true, "might": true, "could": true, "ended": true, "terminated": true,
	"cancelled": true, "canceled": true, "suspended": true, "called": true, "halted": true,
	"scrapped": true, "withdrew": true, "quit": true, "abandoned": true,
	// a wish is no statement either: "hopes to cooperate with"
	"hopes": true, "hope": true, "hoped": true, "hoping": true, "wishes": true, "wish": true,
	"wants": true, "want": true, "wanted": true, "broke": true, "breaks": true,
	// a search is none either: "would also seek an agreement with Y"
	// (rule coop.seeking), nor a liking: "would also like to work with
	// Y" (rule coop.would-like)
	"seek": true, "seeks": true, "seeking": true, "sought": true, "like": true, "love": true,
}))

// refused reports a refusal word at most five words before the trigger
// at j in its clause; "may" only in lower case (not the month), "called"
// only in "called off".
func (v *view) refused(st0, j int) bool {
	if !v.mayHold(refusalWords, max(st0, j-5), j-1) {
		return false
	}
	for k := j - 1; k >= st0 && k >= j-5; k-- {
		w := v.low(k)
		if w == "," || w == ";" || w == "." || w == "but" || w == "and" || v.ent[k] != 0 {
			return false
		}
		if !v.in(refusalWords, k) {
			continue
		}
		switch w {
		case "may":
			if v.isCap(k) {
				continue
			}
		case "like", "love":
			if p := v.low(k - 1); p != "would" && p != "'d" && !(p == "also" && v.low(k-2) == "would") {
				continue
			}
		case "called", "broke", "breaks":
			if v.low(k+1) != "off" {
				continue
			}
		}
		return true
	}
	return false
}

// signingHedged reports a signing verb at j that is only weighed:
// "the possibility of signing", "discussed signing", "talks on signing".
func (v *view) signingHedged(j int) bool {
	switch v.low(j - 1) {
	case "discussed", "discussing", "discuss", "explored", "exploring", "considered", "proposed":
		return true
	case "of", "on", "about":
		return v.in(hedgeNouns, j-2)
	}
	return false
}

// hedgeNouns make a cooperation trigger a possibility, not a statement:
// "potential areas of cooperation", "cooperation prospects", "ways to
// expand cooperation", "the possibility of a partnership".
var hedgeNouns = newWordSet(map[string]bool{
	"potential": true, "possible": true, "possibility": true, "possibilities": true,
	"prospect": true, "prospects": true, "prospective": true, "ways": true, "opportunities": true,
	"opportunity": true, "options": true, "avenues": true, "feasibility": true, "explore": true,
	"explored": true, "exploring": true, "discuss": true, "discussed": true, "discussing": true,
	// a proposal of cooperation states none: "made a proposal to
	// cooperate with" (talks on cooperation are read as stating it)
	"proposal": true, "proposals": true, "proposed": true, "proposes": true, "propose": true,
	"suggested": true, "suggestion": true, "invited": true, "invitation": true,
	// a partnership under negotiation is none yet: "had been negotiating
	// since October over a joint newsroom" (rule coop.negotiating)
	"negotiating": true, "negotiate": true, "negotiates": true, "negotiation": true, "negotiations": true,
})

// hedged reports a hedge noun within four words before the trigger at j
// (n tokens) in its clause, or right after it ("cooperation prospects").
func (v *view) hedged(st0, j, n int) bool {
	if v.in(hedgeNouns, j+n) {
		return true
	}
	// every hedge below is read at a word of hedgedCues in [st0, j), or at
	// a word of readiness right before st0
	if !v.mayHold(hedgedCues, st0, j-1) && !v.in(readinessWords, st0-1) {
		return false
	}
	words := 0
	for k := j - 1; k >= st0 && words < 6; k-- {
		w := v.low(k)
		if words >= 4 {
			// beyond four words only a hedge noun's "of" still counts
			if w == "," || w == ";" || w == "." {
				return false
			}
			if (w == "of" || w == "for") && k-1 >= st0 && v.hedgeAt(k-1) {
				return true
			}
			words++
			continue
		}
		if w == "," && k-1 > st0 && v.val[k-1] != 0 {
			if d := dateLen(v, k-1); k-2-d >= st0 && v.low(k-2-d) == "," {
				// "discussed, Wednesday, developing cooperation": a
				// date set off by commas is skipped with its commas
				k -= d + 2
				continue
			}
		}
		if w == "," || w == ";" || w == "." {
			return false
		}
		if v.hedgeAt(k) {
			return true
		}
		// "are also in talks on co-producing": under negotiation (rule
		// coop.negotiating)
		if w == "talks" && v.low(k-1) == "in" {
			return true
		}
		if (w == "of" || w == "for") && k-1 >= st0 && v.hedgeAt(k-1) {
			// "the possibility of a broader long-term partnership": a
			// hedge noun whose complement the trigger heads, over
			// any premodifiers (rule coop.hedge-of)
			return true
		}
		// a readiness is no cooperation: "was open to closer
		// cooperation with Y", "is interested in a partnership with Y"
		if p := v.low(k - 1); (w == "to" && p == "open") || (w == "in" && (p == "interested" || p == "interest")) {
			return true
		}
		if w == "a" || w == "an" || w == "the" || w == "-" || v.val[k] != 0 {
			// "the possibility of a first framework agreement", "the
			// prospect of a content-sharing agreement"; a date counts
			// for no word ("negotiating since October 2023 over a joint")
			continue
		}
		words++
	}
	return false
}

// hedgeAt reports a hedge noun at token k, save prospects named beside
// the present state: "the current state and prospects of cooperation
// between" says the cooperation exists (rule coop.state-and-prospects).
func (v *view) hedgeAt(k int) bool {
	if !v.in(hedgeNouns, k) {
		return false
	}
	if w := v.low(k); (w == "prospects" || w == "prospect") && v.low(k-1) == "and" && v.in(presentStateNouns, k-2) {
		return false
	}
	return true
}

// readinessWords before "to" or "in" tell a readiness ("open to",
// "interested in"); hedgedCues are the words hedged reads a hedge at.
var (
	readinessWords = newWordSet(map[string]bool{"open": true, "interested": true, "interest": true})
	hedgedCues     = sentenceCue(unionWordSet(hedgeNouns, readinessWords, newWordSet(map[string]bool{"talks": true})))
)

// presentStateNouns name how a cooperation stands now.
var presentStateNouns = newWordSet(map[string]bool{
	"state": true, "status": true, "results": true, "achievements": true, "progress": true,
	"level": true, "course": true, "history": true,
})

// dateLen returns how many tokens the value mention ending at token k
// spans before k (0 for a one-token date).
func dateLen(v *view, k int) int {
	n := 0
	for q := k - 1; q >= 0 && v.val[q] == v.val[k]; q-- {
		n++
	}
	return n
}

// premodClauseWords between a name and a trigger noun show a clause, not a
// premodifier: "Armenia and Iran have signed a cooperation agreement".
var premodClauseWords = newWordSet(map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true,
	"have": true, "has": true, "had": true, "will": true, "would": true, "is": true, "are": true,
	"was": true, "were": true, "to": true, "of": true, "in": true, "for": true, "on": true, "with": true,
	// a signing verb or a count of agreements: "X and Y signed two
	// cooperation agreements with C and D" (rule coop.premodifier)
	"signed": true, "sign": true, "signs": true, "inked": true, "ink": true, "inks": true,
	"renewed": true, "renew": true, "renews": true, "concluded": true, "sealed": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true,
})

// clauseBefore reports whether the lower-case words the premodifier
// frame skips before the trigger at j (up to three) include a clause
// word.
func (v *view) clauseBefore(j int) bool {
	for k, n := j-1, 0; n < 3 && k >= 0 && v.isWord(k) && !v.isCap(k) && v.ent[k] == 0; k, n = k-1, n+1 {
		if v.in(premodClauseWords, k) {
			return true
		}
	}
	return false
}

// reportingWords are the words reportedTopic finds a topic of reporting
// by.
var reportingWords = sentenceCue(newWordSet(map[string]bool{
	"reporting": true, "report": true, "reports": true, "focusing": true, "coverage": true, "covering": true,
}))

// reportedTopic reports whether the trigger at j is the topic of
// reporting ("a desk in charge of reporting on China, China-Ghana and
// China-Africa cooperation", "coverage of Sino-Arab cooperation"): within
// ten tokens before it in its clause, "reporting/report/reports on",
// "coverage of" or "covering".
func (v *view) reportedTopic(st0, j int) bool {
	// the words that make a topic stand right before "on" or "of" or are
	// "covering": at st0-1 at the earliest
	if a := max(st0, j-10); !v.mayHold(reportingWords, a, j-1) && !v.in(reportingWords, a-1) {
		return false
	}
	for k := j - 1; k >= st0 && k >= j-10; k-- {
		switch w := v.low(k); w {
		case ";", ".":
			return false
		case "on":
			if p := v.low(k - 1); p == "reporting" || p == "report" || p == "reports" || p == "focusing" {
				return true
			}
		case "of":
			if v.low(k-1) == "coverage" {
				return true
			}
		case "covering":
			return true
		}
	}
	return false
}

// nameHeads after a capitalised trigger make it part of a name: "the
// Kenya-Uganda Media Cooperation Forum" names an event or a body, which
// states no cooperation of its own.
var nameHeads = newWordSet(map[string]bool{
	"forum": true, "summit": true, "conference": true, "week": true, "festival": true, "year": true,
	"center": true, "centre": true, "committee": true, "fund": true, "council": true, "award": true,
	"awards": true, "organization": true, "organisation": true, "association": true, "dialogue": true,
	"seminar": true, "symposium": true, "program": true, "programme": true, "project": true,
})

// inName reports a capitalised trigger at j (n tokens) followed by a
// capitalised name head.
func (v *view) inName(j, n int) bool {
	return v.isCap(j+n-1) && v.isCap(j+n) && v.in(nameHeads, j+n)
}

// itAux may stand between a sentence-opening "It" and its verb.
// weAux may stand between a quotation's "we" and its verb, with "are"
// before them: "We are happy to work with Y", "We are proud to partner
// with Y" (not "We were promised ...": a passive).
var weAux = newWordSet(map[string]bool{
	"happy": true, "glad": true, "pleased": true, "proud": true, "delighted": true, "to": true,
	"now": true, "very": true,
})

var itAux = newWordSet(map[string]bool{"also": true, "has": true, "have": true, "had": true, "will": true, "recently": true, "later": true, "then": true, "further": true, "already": true})

// itSubject reads a sentence that opens with "It" and a verb at token j
// ("It also signed an agreement with Y"): the organization that opens
// the sentence before as its one subject ("X opened a bureau in Y."),
// else nothing; "It is expected ..." and "It was agreed ..." have no verb
// of the frames right after "It".
func (v *view) itSubject(s, st0, j int) (group, bool) {
	for k := st0 + 1; k < j; k++ {
		if !v.in(itAux, k) {
			return group{}, false
		}
	}
	return v.prevSubjectOrg(s)
}

// prevSubjectOrg returns the one organization that opens the sentence
// before s as its subject ("X opened a bureau in Y.", "Peru's state news
// agency Andina is ..."), or nothing.
func (v *view) prevSubjectOrg(s int) (group, bool) {
	if s == 0 {
		return group{}, false
	}
	p0, p1 := v.sentenceTokens(s - 1)
	a := v.describedSubject(v.pastThe(p0), p1)
	k, m := v.actorAt(a)
	if m == nil || m.Type != document.Organization {
		return group{}, false
	}
	_, mt1 := v.tokenSpan(m)
	// "Maghreb Arabe Presse (MAP) signed": its abbreviation in
	// parentheses belongs to the subject
	if v.low(mt1) == "(" && v.low(mt1+2) == ")" {
		if _, am := v.actorAt(mt1 + 1); am != nil && am.EntityID == m.EntityID {
			mt1 += 3
		}
	}
	if w := v.low(mt1); w == "and" || w == "," || w == "'s" || w == "\u2019s" || w == "(" || mt1 >= p1 {
		return group{}, false
	}
	return group{ids: []string{m.EntityID}, t0: a, t1: mt1, mentions: []int{k}}, true
}

// describedSubject returns the token of the name a sentence opening at
// token a is about when a description leads it: "Peru's state news
// agency Andina is ..." gives Andina's token; else a. The description is
// a country's possessive and at most four lower-case words.
func (v *view) describedSubject(a, limit int) int {
	_, m := v.mention(a)
	if m == nil || m.Type != document.Country {
		return a
	}
	_, mt1 := v.tokenSpan(m)
	if w := v.low(mt1); w != "'s" && w != "\u2019s" {
		return a
	}
	for k := mt1 + 1; k < limit && k <= mt1+5; k++ {
		if v.ent[k] != 0 {
			return k
		}
		if !v.isWord(k) || v.isCap(k) {
			return a
		}
	}
	return a
}

// describedPlurals before "of" describe organizations by the parties
// that own them: "the national news agencies of A, B and C".
var describedPlurals = newWordSet(map[string]bool{
	"agencies": true, "outlets": true, "broadcasters": true, "newspapers": true, "organizations": true,
	"organisations": true, "companies": true, "institutions": true, "bodies": true, "channels": true,
	"unions": true, "associations": true, "councils": true, "universities": true,
})

// rankWords make "the first Kenyan agency to sign" a predicate of rank.
var rankWords = newWordSet(map[string]bool{"first": true, "only": true, "latest": true, "second": true, "third": true, "last": true})

// becomeWords link a party to a predicate of rank: "X became the first
// agency to ...", "the deal makes X the first ...".
var becomeWords = newWordSet(map[string]bool{
	"became": true, "becomes": true, "become": true, "is": true, "was": true, "makes": true,
	"made": true, "make": true, "making": true, "becoming": true,
})

// firstToSubject reads the infinitive of a predicate of rank before the
// verb or trigger at token j: "X became the first Kenyan agency to sign
// a deal with Y", "The deal makes X the only broadcaster to share content
// with Y" have X for subject, not the country of the description (rule
// coop.first-to).
func (v *view) firstToSubject(j int) (group, bool) {
	if v.low(j-1) != "to" {
		return group{}, false
	}
	d := -1
	for k := j - 2; k >= 0 && k >= j-8; k-- {
		if v.in(rankWords, k) && v.low(k-1) == "the" {
			d = k - 1
			break
		}
		if w := v.low(k); w == "," || w == ";" || w == "." {
			return group{}, false
		}
	}
	if d < 0 {
		return group{}, false
	}
	var m *document.Mention
	if v.in(becomeWords, d-1) {
		// "X became the first ...", "X has become the first ..."
		e := d - 1
		if w := v.low(e - 1); w == "has" || w == "had" || w == "have" {
			e--
		}
		m = v.mentionEndingAt(e)
		if m == nil && v.low(e-1) == ")" {
			m = v.mentionEndingAt(e - 1)
		}
	} else if x := v.mentionEndingAt(d); x != nil {
		// "makes X the first ..."
		mt0, _ := v.tokenSpan(x)
		if v.in(becomeWords, mt0-1) || v.low(mt0-1) == "the" && v.in(becomeWords, mt0-2) {
			m = x
		}
	}
	if m == nil || m.Type != document.Organization {
		return group{}, false
	}
	t0, t1 := v.tokenSpan(m)
	return group{ids: []string{m.EntityID}, t0: t0, t1: t1, mentions: []int{v.ent[t0] - 1}, rule: "coop.first-to"}, true
}

// relativeWords may stand between a relative "which" and its verb or
// trigger noun: "which has also signed", "which has a partnership".
var relativeWords = newWordSet(map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "already": true, "recently": true,
	"since": true, "long": true, "a": true, "an": true, "been": true, "its": true,
})

// relativeSubject reads ", which" (past relativeWords) right before
// token j as the subject relative of the organization that ends at the
// comma (or of its abbreviation in parentheses there): "Bangladesh
// Sangbad Sangstha (BSS), which has signed similar agreements with Y"
// has BSS for subject (rule coop.relative-which).
func (v *view) relativeSubject(j int) (group, bool) {
	i := j - 1
	for c := 0; c < 3 && v.in(relativeWords, i); c++ {
		i--
	}
	if v.low(i) != "which" || v.low(i-1) != "," {
		return group{}, false
	}
	e := i - 1 // the comma
	m := v.mentionEndingAt(e)
	if m == nil && v.low(e-1) == ")" {
		m = v.mentionEndingAt(e - 1)
	}
	if m == nil || m.Type != document.Organization {
		return group{}, false
	}
	t0, t1 := v.tokenSpan(m)
	return group{ids: []string{m.EntityID}, t0: t0, t1: t1, mentions: []int{v.ent[t0] - 1}, rule: "coop.relative-which"}, true
}

// timeOpeners may open a sentence before "it" as a time adverbial, with
// the tokens of date mentions: "On Tuesday it", "Last year, it", "Earlier
// this month it".
var timeOpeners = newWordSet(map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "earlier": true, "later": true, "last": true,
	"this": true, "that": true, "the": true, "same": true, "day": true, "week": true, "month": true,
	"year": true, "then": true, "meanwhile": true, "separately": true, ",": true,
})

// itAfterTime returns the token of a lower-case "it" that is the subject
// of the verb at token j (past itAux words) after a time adverbial that
// opens the sentence at st0, or -1.
func (v *view) itAfterTime(st0, j int) int {
	i := j - 1
	for i > st0 && v.in(itAux, i) {
		i--
	}
	if i <= st0 || v.low(i) != "it" || v.isCap(i) {
		return -1
	}
	for k := st0; k < i; k++ {
		if v.in(timeOpeners, k) {
			continue
		}
		if q := v.val[k]; q != 0 && v.d.Mentions[q-1].Type == document.Date {
			continue
		}
		return -1
	}
	return i
}

// itsPrevious reads a sentence that opens with "Its" and a noun phrase
// ending right before the trigger at j: "Lusa already has protocols with
// several agencies. Its first agreement with AIM dates from 1998." The
// owner is the organization that opens the sentence before, after an
// optional "The" (rule coop.its-previous); up to three lower-case words
// or an ordinal stand between "Its" and the trigger.
func (v *view) itsPrevious(s, j int) (group, bool) {
	st0, _ := v.sentenceTokens(s)
	if s == 0 || v.low(st0) != "its" || j-st0 > 4 {
		return group{}, false
	}
	for k := st0 + 1; k < j; k++ {
		if !v.isWord(k) || v.isCap(k) || v.ent[k] != 0 {
			return group{}, false
		}
	}
	p0, _ := v.sentenceTokens(s - 1)
	if v.low(p0) == "the" {
		p0++
	}
	_, m := v.actorAt(p0)
	if m == nil || m.Type != document.Organization {
		return group{}, false
	}
	return group{ids: []string{m.EntityID}, t0: st0, t1: st0 + 1, anaphor: true, rule: "coop.its-previous"}, true
}
