// Pairs and groups of parties.
//
// Constructions: coordinated lists ("China and Russia", "IRNA and
// Xinhua", "Chinese and Russian media", "X, Y as well as Z"; a titled
// person stands beside the organization of the title, also "ENA Public
// Relations Director, A B, and ..."; a clause word ends a list); pair
// anaphors ("the two sides", "both agencies", "the two fraternal
// countries", "between two countries"): the pair named earlier in the
// same sentence, else the last pair of the kind ("the two countries":
// the two countries of the sentence or the one before, or the home
// countries of two agencies); group nouns ("the four agencies", "the
// broadcasters") for the last group of that size and kind; the host and
// the guest of a meeting, talks or delegation visit are the last pair when
// the sentence names no other organization (pair.meeting).

package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// group is a coordinated list of parties: "China and Russia", "Chinese and
// Russian media", "IRNA and Xinhua", "China, India and other Asian
// states", or a pair anaphor ("both sides") resolved to its pair.
type group struct {
	ids    []string
	t0, t1 int // tokens [t0, t1)
	// anaphor is true when the group came from "the two sides" & co.
	anaphor bool
	// mentions are the mention indexes of the group's members
	mentions []int
	// unnamed marks members that are unnamed parties ("Chinese media"):
	// they take part in events but are no side of a relation
	unnamed map[string]bool
	// persons stand beside members for whom they act ("TASS Director
	// General Andrey Kondrashov") when persons are not members
	persons []string
	// rule names the rule that resolved an anaphoric subject ("it" after
	// a time adverbial, a relative pronoun), when one did
	rule string
}

// clone returns g with its own copies of the member lists, for a group
// read into reused buffers (groupInto).
func (g group) clone() group {
	g.ids = slices.Clone(g.ids)
	g.mentions = slices.Clone(g.mentions)
	g.persons = slices.Clone(g.persons)
	return g
}

// parties returns the members that can be sides of a relation.
func (g group) parties() []string {
	if len(g.unnamed) == 0 {
		return g.ids
	}
	var out []string
	for _, id := range g.ids {
		if !g.unnamed[id] {
			out = append(out, id)
		}
	}
	return out
}

// groupFillers may sit between the members of a coordinated list.
var groupFillers = newWordSet(map[string]bool{
	",": true, "and": true, "&": true, "the": true, "-": true, "–": true, "—": true, "/": true,
	"or": true, "both": true, "between": false,
})

// groupNouns may follow a member before the next one: "Chinese media and
// Russian officials", "Sputnik news agency and radio".
var groupNouns = newWordSet(map[string]bool{
	"media": true, "news": true, "agency": true, "agencies": true, "officials": true,
	"journalists": true, "outlets": true, "side": true, "sides": true, "government": true,
	"governments": true, "radio": true, "television": true, "tv": true, "delegation": true,
	"delegations": true, "representatives": true, "leaders": true, "organizations": true,
	"organisations": true, "companies": true, "groups": true, "partners": true,
	"counterparts": true, "broadcasters": true, "newspapers": true, "state": true,
	"states": true, "nations": true, "countries": true, "ministries": true,
	// the member's own kind after its name: "Russia's TV BRICS network
	// and the Chinese news website Guancha" (rule pair.kind-noun)
	"network": true, "website": true, "portal": true, "channel": true, "newspaper": true,
	"daily": true, "broadcaster": true, "station": true, "magazine": true, "weekly": true,
})

// groupAt reads a coordinated list of parties starting at token i (the
// first member must start there). It also reads "as well as" and "X-Y".
// Persons count only when persons is true.
func (v *view) groupAt(i, limit int, persons bool) (group, bool) {
	// read into the reused buffers; a group found gets its own copies
	// (owned by it alone, as when it was read into new slices), a group
	// not found has no members, so nil lists as before
	// groupInto may call groupAt again (a member's description): the
	// buffers are lent out, a nested call reads into new ones
	buf, mbuf := v.abuf, v.ambuf
	v.abuf, v.ambuf = nil, nil
	g, ok := v.groupInto(buf, mbuf, i, limit, persons)
	v.abuf, v.ambuf = g.ids[:0], g.mentions[:0]
	if !ok {
		g.ids, g.mentions = nil, nil
		return g, false
	}
	g.ids, g.mentions = slices.Clone(g.ids), slices.Clone(g.mentions)
	return g, true
}

// groupInto is groupAt appending the members to buf and their mentions
// to mbuf, for a caller that reuses the buffers and copies what it keeps
// (group.clone).
func (v *view) groupInto(buf []string, mbuf []int, i, limit int, persons bool) (group, bool) {
	g := group{t0: i, t1: i, ids: buf[:0], mentions: mbuf[:0]}
	j := i
	for j < limit {
		if k, m := v.actorAt(j); m != nil && m.Type == document.Person && !persons && j > i {
			// "Director General of Trend Ilgar Huseynov and ...": the
			// person stands beside the organization of the title
			_, t1 := v.spanOf(k)
			g.persons = append(g.persons, m.EntityID)
			j = t1
			g.t1 = j
			continue
		}
		if k, m := v.actorAt(j); m != nil && (persons || m.Type != document.Person) {
			if m.Rule == "pat.org.name-noun" {
				// "the Nakuru broadcaster Coastal Broadcasting
				// Corporation": a place and an outlet noun describe the
				// name after them (rule pair.place-outlet)
				_, q := v.spanOf(k)
				if v.in(outletNouns, q) {
					q++
				}
				if _, o := v.actorAt(q); o != nil && o.Type == document.Organization {
					j = q
					continue
				}
			}
			id := v.partyID(m)
			if m.Type == document.Country {
				if o := v.modifiedOrg(m); o >= 0 {
					// "Russia's TASS", "Italian news agency ANSA": the
					// country only qualifies the organization
					j = o
					continue
				}
				if _, t1 := v.spanOf(k); j > i && v.possessive(t1) && v.low(j-1) == "," {
					// "X and Y, Uganda's state-owned news service,": a
					// description of the member before, no member
					break
				}
			}
			mt0, t1 := v.spanOf(k)
			added := false
			if id != "" && !slices.Contains(g.ids, id) {
				added = true
				g.ids = append(g.ids, id)
				g.mentions = append(g.mentions, k)
				if m.Rule == "gaz.country.demonym" && t1 < limit && v.x.lex.UnnamedPartyNouns.HasAtIDs(v, v.ids, v.gate, t1) || m.Type == document.Country && v.countryOutlet(t1, limit) {
					if g.unnamed == nil {
						g.unnamed = map[string]bool{}
					}
					g.unnamed[id] = true
				}
			} else if id != "" && g.unnamed[id] && m.Rule != "gaz.country.demonym" {
				delete(g.unnamed, id) // named elsewhere in the list
			}
			j = t1
			g.t1 = j
			// nouns after a member: "Chinese media", "news agency"
			for n := 0; n < 3 && j < limit && v.in(groupNouns, j); n++ {
				j++
				g.t1 = j
			}
			// "TASS Director General Andrey Kondrashov": a title and the
			// person holding it stand with the member
			if e, p := v.titledPerson(j, limit); p != "" {
				if persons {
					if !slices.Contains(g.ids, p) {
						g.ids = append(g.ids, p)
					}
				} else {
					g.persons = append(g.persons, p)
				}
				j = e
				g.t1 = j
			}
			if v.possessive(j) {
				// "X and the Australian Broadcasting Corporation's
				// international arm, ABC International Development,
				// signed": the unit the possessor's description names is
				// the member, not the possessor (rule pair.possessor-unit)
				q, n := j+1, 0
				for ; n < 4 && q < limit && v.ent[q] == 0 && v.isWord(q) && !v.isCap(q); n++ {
					q++
				}
				if v.low(q) == "," && n > 0 {
					q++
				}
				if _, o := v.actorAt(q); n > 0 && added && o != nil && o.Type == document.Organization && m.Type == document.Organization {
					g.ids, g.mentions = g.ids[:len(g.ids)-1], g.mentions[:len(g.mentions)-1]
					j = q
					continue
				}
				// "China's Xinhua": the possessor is not a member
				break
			}
			// "X (officially known as Y or Z)": other names of the same
			// member
			if e := v.aliasParen(j); e > j && e <= limit {
				j = e
				g.t1 = j
			}
			// "the Namibia Press Agency (NAMPA)", "São Tomé Press Agency
			// (STP-Press)", "AFP (France)": another name of the same
			// member, or its home country, in parentheses
			if e := v.memberParen(j, limit, id); e > j {
				j = e
				g.t1 = j
			}
			// "EFE of Spain, Agência Lusa of Portugal and the Yonhap News
			// Agency of South Korea": the member's home country after
			// "of" stands with it (rule pair.member-of-country)
			if m.Type == document.Organization && v.low(j) == "of" && j+1 < limit {
				if _, c := v.mention(j + 1); c != nil && c.Type == document.Country {
					if _, ct1 := v.tokenSpan(c); ct1 <= limit && !v.possessive(ct1) {
						j = ct1
						g.t1 = j
					}
				}
			}
			// "Azerbaijan's state news agency (AZERTAC)": the parenthesis
			// the country's description opened closes after the name
			if v.low(mt0-1) == "(" && v.low(j) == ")" && j < limit {
				j++
				g.t1 = j
			}
			continue
		}
		if j == i || v.in(groupFillers, j-1) {
			// "ABI and the institute agreed", "the corporation and AIBD":
			// the one organization named before whose name ends in the
			// noun (rule pair.head-anaphor)
			if id, mi, e := v.headAnaphorAt(j); id != "" && e <= limit {
				if !slices.Contains(g.ids, id) {
					g.ids = append(g.ids, id)
					g.mentions = append(g.mentions, mi)
				}
				if g.rule == "" {
					g.rule = "pair.head-anaphor"
				}
				j = e
				g.t1 = j
				continue
			}
		}
		if a, n, ok := v.pairAnaphorAt(j); ok && len(g.ids) == 0 {
			for _, id := range a {
				if !slices.Contains(g.ids, id) {
					g.ids = append(g.ids, id)
				}
			}
			g.anaphor = true
			j += n
			g.t1 = j
			break
		}
		// "Yonhap News Agency, South Korea's key news wire, and the
		// Vietnam News Agency": an apposition after a member
		if j > i && j == g.t1 && v.low(j) == "," {
			if e := v.appositionEnd(j, limit); e > j {
				j = e
				g.t1 = j
				continue
			}
		}
		if j > i && (v.in(groupFillers, j) || (v.low(j) == "as" && v.low(j+1) == "well" && v.low(j+2) == "as")) {
			comma := v.low(j) == ","
			if comma && !persons && v.appositiveAfter(g, j, limit) {
				// "X and Y, the international service of Z, renewed",
				// "X and the national news agency, Y, signed": a
				// description or another name of the member before, no
				// member (rule pair.apposition-of); the list goes on
				// after it: "X, the arm of Z, and Y"
				if e := v.commaParenthetical(j, limit); e > 0 && (v.low(e+1) == "and" || v.low(e+1) == "as") {
					j = e
					g.t1 = j
					continue
				}
				break
			}
			if v.low(j) == "as" {
				j += 3
			} else {
				j++
			}
			// a short description before the next member: "and the news
			// agency of Belarus BELTA"
			if k, ok := v.describedMember(j, limit); ok {
				j = k
			}
			continue
		}
		break
	}
	return g, len(g.ids) > 0
}

// orgHeads are the last words of organization names that "the" and the
// word alone may refer back by: "the Sri Lanka Rupavahini Corporation
// ... the corporation", "the José Martí Institute ... the institute".
var orgHeads = newWordSet(map[string]bool{
	"institute": true, "corporation": true, "foundation": true, "council": true, "university": true,
	"union": true, "association": true, "federation": true, "commission": true, "academy": true,
	"centre": true, "center": true, "authority": true, "administration": true, "committee": true,
})

// headAnaphorAt reads "the" and a name head at token j that refers back
// to the one organization named in the sentence or the five before
// whose name has that head: its id, the antecedent's mention index and
// the token after the anaphor; "" when there is none or more than one
// ("the institute of ..." is a description, no anaphor). One named in
// the anaphor's own sentence ("SLRC Chairman X said ... the corporation
// and AIBD") is taken before others named earlier.
func (v *view) headAnaphorAt(j int) (string, int, int) {
	if j+1 >= len(v.toks) || v.low(j) != "the" || v.ent[j] != 0 || v.ent[j+1] != 0 || v.isCap(j+1) || !v.in(orgHeads, j+1) {
		return "", 0, j
	}
	if nx := v.low(j + 2); nx == "of" || nx == "for" || nx == "in" || nx == "on" {
		return "", 0, j
	}
	w := v.low(j + 1)
	s := v.sent(j)
	st0, _ := v.sentenceTokens(s)
	lo, _ := v.sentenceTokens(maxi(0, s-5))
	var here, before string
	hm, bm, nHere, nBefore := 0, 0, 0, 0
	for k := j - 1; k >= lo; k-- {
		_, m := v.actorAt(k)
		if m == nil || m.Type != document.Organization {
			continue
		}
		mt0, _ := v.tokenSpan(m)
		k = mt0
		if !v.headedBy(m, w) {
			continue
		}
		if mt0 >= st0 {
			if m.EntityID != here {
				here, hm = m.EntityID, v.ent[mt0]-1
				nHere++
			}
		} else if m.EntityID != before && m.EntityID != here {
			before, bm = m.EntityID, v.ent[mt0]-1
			nBefore++
		}
	}
	switch {
	case nHere == 1:
		return here, hm, j + 2
	case nHere == 0 && nBefore == 1:
		return before, bm, j + 2
	}
	return "", 0, j
}

// headedBy reports an organization whose name (the mention's, else the
// entity's) has the head w: its last word, or the word before "of" ("the
// José Martí International Institute of Journalism").
func (v *view) headedBy(m *document.Mention, w string) bool {
	names := []string{v.body[m.Start:m.End]}
	if e := v.entity[m.EntityID]; e != nil {
		names = append(names, e.Name)
	}
	for _, name := range names {
		f := strings.Fields(strings.ToLower(name))
		if len(f) > 0 && f[len(f)-1] == w {
			return true
		}
		for q := 0; q+1 < len(f); q++ {
			if f[q] == w && f[q+1] == "of" {
				return true
			}
		}
	}
	return false
}

// appositiveAfter reports a comma at token j after the last member of
// a list that opens an apposition rather than the next member (rule
// pair.apposition-of): a description whose organization is the object
// of "of" ("X and Y, the international service of Z, renewed", "Y, the
// media development arm of German broadcaster Z, launched"), or, after
// the list's "and", a name set off by commas before the predicate ("X
// and the Mongolian news agency, MONTSAME, signed"): another name of
// the member, never a third party without "and".
func (v *view) appositiveAfter(g group, j, limit int) bool {
	if len(g.mentions) == 0 || j != g.t1 {
		return false
	}
	last := &v.d.Mentions[g.mentions[len(g.mentions)-1]]
	if _, lt1 := v.tokenSpan(last); last.Type != document.Organization || lt1 != j && v.low(j-1) != ")" {
		return false // "..., Noel Curran, the director of TASS": a person's
	}
	// "and" before the last member: the list is closed
	closed := false
	for k := j - 1; k >= g.t0 && k >= j-12; k-- {
		if w := v.low(k); w == "and" || w == "&" {
			closed = true
			break
		}
	}
	k := j + 1
	if w := v.low(k); w == "the" || w == "a" || w == "an" || w == "its" {
		k++
	}
	if closed {
		if _, m := v.actorAt(k); m != nil && m.Type == document.Organization {
			// ", MONTSAME," then the predicate
			_, mt1 := v.tokenSpan(m)
			if v.low(mt1) == "," {
				if _, m2 := v.actorAt(mt1 + 1); m2 == nil && v.low(mt1+1) != "and" && v.low(mt1+1) != "the" {
					return true
				}
			}
			return false
		}
	}
	// lower-case words (a country's possessive or demonym among them),
	// then "of" and an organization
	words := 0
	for ; k < limit && k <= j+8; k++ {
		w := v.low(k)
		if w == "of" {
			if words == 0 {
				return false
			}
			q := v.pastThe(k + 1)
			if _, m := v.actorAt(q); m != nil && m.Type == document.Country {
				// "of Germany's broadcaster Z", "of German broadcaster Z"
				if o := v.modifiedOrg(m); o >= 0 {
					q = o
				}
			}
			for n := 0; n < 3 && q < limit && v.ent[q] == 0 && v.isWord(q) && !v.isCap(q); n++ {
				q++ // "of international broadcaster Z"
			}
			_, m := v.actorAt(q)
			return m != nil && m.Type == document.Organization
		}
		if _, cm := v.mention(k); cm != nil && cm.Type == document.Country && v.ent[k] != 0 {
			// "the Swedish publisher of the daily Y"
			_, ct1 := v.tokenSpan(cm)
			if v.possessive(ct1) {
				ct1++
			}
			k = ct1 - 1
			continue
		}
		if !v.isWord(k) && w != "-" || v.isCap(k) || v.ent[k] != 0 || w == "and" || w == "or" || complementizers.has(w) {
			return false
		}
		words++
	}
	return false
}

// memberParen returns the token after a parenthesis at token j that
// names the member id again or says where it is from: "(NAMPA)",
// "(STP-Press)" (an acronym the tagger does not know or resolved to
// another entry), "(France)", "(Vietnam News Agency)"; j when there is
// none. Its one to seven tokens are capitalised words, numbers, hyphens
// and slashes ("(Armenia 1 / Hanrayin Herustaynkerutyun)"); a name inside is the member's own, a country or a place, or
// an acronym in capitals.
func (v *view) memberParen(j, limit int, id string) int {
	if v.low(j) != "(" {
		return j
	}
	words := 0
	for k := j + 1; k < limit && k <= j+8; k++ {
		w := v.low(k)
		if w == ")" {
			if words == 0 {
				return j
			}
			return k + 1
		}
		if w == "-" || w == "/" || w == "&" {
			continue
		}
		if isDigits(w) {
			// "(Armenia 1 / Hanrayin Herustaynkerutyun)": a channel's
			// number in another name of the member
			continue
		}
		if !v.isCap(k) {
			return j
		}
		words++
		if _, m := v.actorAt(k); m != nil && m.EntityID != id {
			switch m.Type {
			case document.Country, document.Place:
			case document.Organization:
				if t := v.body[m.Start:m.End]; strings.ToUpper(t) != t {
					return j // another organization's name: "(a unit of ...)"
				}
			default:
				return j
			}
		}
	}
	return j
}

// titledPerson reads a title and the person holding it at token j
// ("Director General Andrey Kondrashov") and returns the end and the
// person.
//
// The office may be named in capitalised words before the title, the
// person then set off by commas: "ENA Public Relations and Strategic
// Partnership Director, A B, and ..." (at most six words, no name among
// them).
func (v *view) titledPerson(j, limit int) (int, string) {
	k := j
	for k < limit && k < j+3 && v.in(titleModifier, k) && !v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, k) {
		k++
	}
	office := false
	_, n, ok := v.x.lex.Titles.AtIDs(v, v.ids, v.gate, k)
	for q := j; !ok && q < limit && q < j+6; q++ {
		// "Public Relations and Strategic Partnership Director"
		if w := v.low(q); v.ent[q] != 0 || !v.isCap(q) && w != "and" && w != "of" && w != "&" {
			break
		}
		if _, n2, ok2 := v.x.lex.Titles.AtIDs(v, v.ids, v.gate, q+1); ok2 {
			k, n, ok, office = q+1, n2, true, true
		}
	}
	if !ok {
		return j, ""
	}
	k += n
	for c := 0; c < 2; c++ {
		if _, n2, ok := v.x.lex.Titles.AtIDs(v, v.ids, v.gate, k); ok {
			k += n2
		}
	}
	comma := v.low(k) == ","
	if comma {
		// "Director, A B,": the person set off by commas
		k++
	} else if office {
		return j, ""
	}
	if k >= limit {
		return j, ""
	}
	if _, m := v.actorAt(k); m != nil && m.Type == document.Person {
		_, t1 := v.tokenSpan(m)
		if comma && v.low(t1) != "," {
			return j, ""
		}
		return t1, m.EntityID
	}
	return j, ""
}

// partyID returns the id a party mention stands for.
func (v *view) partyID(m *document.Mention) string { return m.EntityID }

// pairAnaphorAt resolves "the two sides", "both countries", ... at token i
// to the last pair named, and "the four agencies", "the broadcasters" to
// the last group named (groupAnaphorAt).
func (v *view) pairAnaphorAt(i int) ([]string, int, bool) {
	val, n, ok := v.x.lex.PairAnaphors.AtIDs(v, v.ids, v.gate, i)
	if !ok {
		return v.groupAnaphorAt(i)
	}
	want := v.x.lex.PairWants[val]
	p := v.pairFor(i, want)
	if kind := anaphorKinds[v.low(i+n-1)]; kind != "" && len(p) >= 2 && !v.ofKind(p, kind) {
		// "the two agencies" after a newspaper and a university were
		// named as hosts of a visit: the last pair of that kind named
		// before (rule pair.kind)
		p = nil
		for k := len(v.groups) - 1; k >= 0 && p == nil; k-- {
			if g := v.groups[k].ids; len(g) == 2 && document.IDPrefix(g[0]) == document.PrefixOrg &&
				document.IDPrefix(g[1]) == document.PrefixOrg && v.ofKind(g, kind) {
				p = g
			}
		}
		if p == nil {
			return nil, 0, false
		}
	}
	if kind := anaphorKinds[v.low(i+n-1)]; len(p) < 2 && kind != "" {
		// "The delegation of X met the director of Y ... when the two
		// agencies signed a memorandum": no pair was named, but the
		// document names just two organizations of that kind before
		// (rule pair.kind-two)
		p = v.twoOfKind(i, kind)
	}
	if len(p) >= 2 {
		return p, n, true
	}
	return nil, 0, false
}

// twoOfKind returns the two organizations of kind named before token i
// when the document names exactly two, else nil.
func (v *view) twoOfKind(i int, kind string) []string {
	return v.nOfKind(i, kind, 2)
}

// nOfKind returns the num organizations of kind named before token i
// when the document names exactly num, else nil.
func (v *view) nOfKind(i int, kind string, num int) []string {
	var out []string
	for k := 0; k < i; k++ {
		_, m := v.actorAt(k)
		if m == nil || m.Type != document.Organization || slices.Contains(out, m.EntityID) {
			continue
		}
		if e := v.entity[m.EntityID]; e == nil || e.Kind != kind {
			continue
		}
		if len(out) == num {
			return nil
		}
		out = append(out, m.EntityID)
	}
	if len(out) < num {
		return nil
	}
	return out
}

// anaphorKinds map the plural head of a pair anaphor to the organization
// kind its members must have when the kind is known: "the two agencies"
// are news agencies, not a newspaper and a university.
var anaphorKinds = map[string]string{
	"agencies": document.KindNewsAgency, "broadcasters": document.KindBroadcaster,
	"newspapers": document.KindNewspaper,
}

// ofKind reports that no member of ids is an organization of a known kind
// other than kind (a member of unknown kind fits).
func (v *view) ofKind(ids []string, kind string) bool {
	for _, id := range ids {
		e := v.entity[id]
		if e == nil || e.Type != document.Organization || e.Kind == "" || e.Kind == kind {
			continue
		}
		if kind == document.KindNewsAgency && e.Kind == document.KindGovernmentBody {
			continue // "agency" also names state bodies
		}
		return false
	}
	return true
}

// pairFor resolves a pair anaphor at token i that wants parties of the
// kind want ("country", "org" or "any"): a pair named earlier in the
// same sentence ("The agreement signed between WAFA and Sputnik includes
// cooperation between the two agencies"), else the last pair named of
// the kind. "The two countries" may also be the home countries of the
// last two organizations, or the only two countries the sentence (else
// the sentence before) names ("An Afghan media delegation visited
// Pakistan ... cooperation between the two neighbouring countries").
func (v *view) pairFor(i int, want string) []string {
	p, side := v.sentencePairSide(i, want)
	if p != nil {
		return p
	}
	if side {
		// the sentence's pair deals with a third party: no earlier
		// pair is "the two sides" either (rule pair.with-side)
		return nil
	}
	if s := v.sent(i); want != "country" && s >= 0 {
		// "X hosted a delegation of Y, and both sides agreed"
		// (pair.meeting)
		st0, _ := v.sentenceTokens(s)
		if p := v.hostGuest(s, st0, i); p != nil {
			return p
		}
	}
	if want == "org" {
		// "X will air programmes produced by Y under a new agreement
		// between the two broadcasters": the only two organizations the
		// sentence names before the anaphor (rule pair.sentence-two)
		if s := v.sent(i); s >= 0 {
			st0, _ := v.sentenceTokens(s)
			if p := v.atMostTwo(st0, i, document.Organization); len(p) == 2 {
				return p
			}
		}
	}
	p = v.pairs[want]
	switch want {
	case "any":
		if len(v.pairs["org"]) == 2 && len(p) == 2 && document.IDPrefix(p[0]) == document.PrefixCountry {
			// "VNA and Prensa Latina ... the Vietnam-Cuba friendship ...
			// the two sides": countries named after two organizations
			// of theirs are the home countries, the sides the
			// organizations
			if h := v.homeCountries(v.pairs["org"]); len(h) == 2 && subset(h, p) {
				p = v.pairs["org"]
			}
		}
	case "country":
		s := v.sent(i)
		if c := v.sentenceCountries(s); len(c) == 2 {
			return c
		}
		if len(p) < 2 {
			// "the two countries" after two agencies: their home countries
			p = v.homeCountries(v.pairs["org"])
		}
		if len(p) < 2 && s > 0 {
			if c := v.sentenceCountries(s - 1); len(c) == 2 {
				p = c
			}
		}
		if len(p) < 2 {
			// "the two countries" when the document has named just
			// two countries before (rule pair.doc-countries)
			p = v.countriesBefore(i)
		}
	case "org":
		if len(p) < 2 && len(v.pairs["any"]) == 2 && document.IDPrefix(v.pairs["any"][0]) != document.PrefixCountry {
			p = v.pairs["any"]
		}
	}
	return p
}

// sentenceCountries returns the distinct countries sentence s names as
// actors, by name or demonym (none when it names more than two).
func (v *view) sentenceCountries(s int) []string {
	if s < 0 || s >= len(v.d.Sentences) {
		return nil
	}
	st0, st1 := v.sentenceTokens(s)
	return v.atMostTwo(st0, st1, document.Country)
}

// atMostTwo returns the distinct entities of type typ named as actors in
// tokens [t0, t1), or nil when there are more than two.
func (v *view) atMostTwo(t0, t1 int, typ document.EntityType) []string {
	var out []string
	for k := t0; k < t1; k++ {
		_, m := v.actorAt(k)
		if m == nil || m.Type != typ || slices.Contains(out, m.EntityID) {
			continue
		}
		if len(out) == 2 {
			return nil
		}
		out = append(out, m.EntityID)
	}
	return out
}

// sentencePair returns the last pair of parties of the kind want
// ("country", "org", or "any": two of one kind) coordinated in the
// sentence of token i before it, or nil.
func (v *view) sentencePair(i int, want string) []string {
	p, _ := v.sentencePairSide(i, want)
	return p
}

// sentencePairSide is sentencePair that also reports a last pair left
// out because it deals "with" a third party before the anaphor.
func (v *view) sentencePairSide(i int, want string) ([]string, bool) {
	s := v.sent(i)
	if s < 0 {
		return nil, false
	}
	st0, _ := v.sentenceTokens(s)
	var last []string
	side := false
	for k := st0; k < i; k++ {
		if _, m := v.actorAt(k); m == nil || m.Type == document.Person {
			continue
		}
		g, ok := v.groupAt(k, i, false)
		if !ok {
			continue
		}
		k = g.t1 - 1
		if len(g.ids) != 2 {
			continue
		}
		pa, pb := document.IDPrefix(g.ids[0]), document.IDPrefix(g.ids[1])
		switch {
		case pa != pb, v.openPair(g), v.affiliationList(g):
		case want == "country" && pa != document.PrefixCountry:
		case want == "org" && pa != document.PrefixOrg:
		case pa != document.PrefixCountry && pa != document.PrefixOrg:
		case v.withPartnerBetween(g.t1, i):
			// "X and Y will share programmes with Z, and the two
			// sides will ...": the pair is one side of the sentence,
			// not the two sides (rule pair.with-side)
			last, side = nil, true
		default:
			last, side = g.ids, false
		}
	}
	return last, side
}

// withPartnerBetween reports "with" followed by a named organization or
// country between tokens from and to.
func (v *view) withPartnerBetween(from, to int) bool {
	for k := from; k < to-1; k++ {
		if v.low(k) != "with" {
			continue
		}
		a := k + 1
		if v.low(a) == "the" {
			a++
		}
		if _, m := v.actorAt(a); m != nil && m.Type != document.Person {
			return true
		}
	}
	return false
}

// namedGroup is a coordinated list of two to six parties named in a
// sentence, for group anaphors.
type namedGroup struct {
	ids  []string
	sent int
	// people: the list says whose people someone is ("reporters of ENA,
	// EBC and EPA"), which a bare "the agencies" does not refer back to
	people bool
}

// groupNumbers are the number words of group anaphors.
var groupNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}

// groupAnaphorAt resolves a definite plural that refers back to parties
// named as a group: "the four agencies", "both unions", "the three media
// organizations", "the broadcasters" (lexicon group_nouns). With a number
// it is the last group of that many parties; without one ("the
// broadcasters") the last group of organizations named in the five
// sentences before. The parties must be of the kind the noun wants.
func (v *view) groupAnaphorAt(i int) ([]string, int, bool) {
	if i < 0 || i >= len(v.lows) {
		return nil, 0, false
	}
	det := v.lows[i]
	bare := det == "two" && i > 0 && v.lows[i-1] == "between"
	if det != "the" && det != "both" && det != "these" && det != "all" && !bare {
		return nil, 0, false
	}
	j := i + 1
	num := 0
	if det == "both" || bare {
		// "between two countries" after the two were named: no article
		num = 2
	} else if n, ok := groupNumbers[v.low(j)]; ok {
		num = n
		j++
	}
	// up to two lower-case modifiers: "the two news agencies"
	for k := 0; k < 3 && j < len(v.toks) && v.sent(j) == v.sent(i); k++ {
		want, ok := v.x.lex.GroupNouns[v.low(j)]
		if ok && v.isWord(j) && !v.isCap(j) {
			// without a number only a bare "the broadcasters" refers back;
			// "the leading media organizations of the two countries" and
			// "the media" are generic
			if num == 0 && (det != "the" || want != "org" || j != i+1 || v.low(j) == "media" || v.in(genericAfter, j+1)) {
				return nil, 0, false
			}
			if num == 2 {
				// "the two fraternal countries", "both national news
				// agencies": a pair anaphor with modifiers
				if p := v.pairFor(i, want); len(p) == 2 {
					return p, j + 1 - i, true
				}
			}
			if ids := v.lastGroup(num, want, v.sent(i)); len(ids) >= 2 {
				return ids, j + 1 - i, true
			}
			if kind := anaphorKinds[v.low(j)]; num >= 2 && kind != "" {
				// "the two public agencies", "the three agencies" with
				// no such group named: the only two (three) of the kind
				// (rule pair.kind-two)
				if p := v.nOfKind(i, kind, num); p != nil {
					return p, j + 1 - i, true
				}
			}
			return nil, 0, false
		}
		if !v.isWord(j) || v.isCap(j) || v.ent[j] != 0 {
			return nil, 0, false
		}
		j++
	}
	return nil, 0, false
}

// genericAfter after a plural noun make it a description rather than a
// reference back: "the agencies of the region", "the outlets that ...".
var genericAfter = newWordSet(map[string]bool{
	"of": true, "from": true, "in": true, "at": true, "on": true, "across": true, "around": true,
	"with": true, "who": true, "that": true, "which": true, "such": true, "including": true,
	"like": true, "involved": true, "concerned": true, "present": true, "taking": true,
})

// lastGroup returns the last group named before sentence s (or earlier in
// it) of num parties (any number from two when num is 0, within the five
// sentences before) of the kind want.
func (v *view) lastGroup(num int, want string, s int) []string {
	for k := len(v.groups) - 1; k >= 0; k-- {
		g := v.groups[k]
		if num == 0 && g.sent < s-5 {
			return nil
		}
		if num == 0 && g.people {
			continue
		}
		if num != 0 && len(g.ids) != num {
			continue
		}
		ok := true
		for _, id := range g.ids {
			switch p := document.IDPrefix(id); want {
			case "country":
				ok = ok && p == document.PrefixCountry
			case "org":
				ok = ok && p == document.PrefixOrg
			}
		}
		if ok {
			return g.ids
		}
	}
	return nil
}

// homeCountries maps organization ids to their distinct home countries.
func (v *view) homeCountries(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		c := v.homeCountry(id)
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// homeCountry returns country:ISO3 of an organization or person id.
func (v *view) homeCountry(id string) string {
	if document.IDPrefix(id) == document.PrefixCountry {
		return id
	}
	if e, ok := v.entity[id]; ok && e.Country != "" {
		return document.CountryID(e.Country)
	}
	if e, ok := v.x.gaz.Entry(id); ok && e.Country != "" {
		return document.CountryID(e.Country)
	}
	// "the Kazakh media holding Alatau Aqparat": the country that
	// qualifies a mention of the organization (rule pair.home-qualifier)
	for i := range v.d.Mentions {
		m := &v.d.Mentions[i]
		if m.EntityID != id {
			continue
		}
		t0, _ := v.tokenSpan(m)
		for k := t0 - 1; k >= 0 && k >= t0-6; k-- {
			if _, c := v.actorAt(k); c != nil && c.Type == document.Country {
				if v.modifiedOrg(c) == t0 {
					return c.EntityID
				}
				break
			}
		}
	}
	return ""
}

// carrierPreps before a list of organizations make them the carriers of
// a work: "aired on SABC 1 and ZTV", "distributed via X and Y".
var carrierPreps = newWordSet(map[string]bool{"on": true, "via": true, "over": true, "across": true})

// carrierList reports a group of organizations only that is the object
// of a carrier preposition (carrierPreps).
func (v *view) carrierList(g group) bool {
	b := g.t0 - 1
	if v.low(b) == "the" && v.ent[b] == 0 {
		b--
	}
	if !v.in(carrierPreps, b) {
		return false
	}
	for _, id := range g.ids {
		if document.IDPrefix(id) != document.PrefixOrg {
			return false
		}
	}
	return true
}

// subordinateAfter reports "under which", "whereby" or "by which" in
// tokens [from, to): a clause that elaborates what the pair before it
// agreed.
func (v *view) subordinateAfter(from, to int) bool {
	for k := from; k < to; k++ {
		switch v.low(k) {
		case "whereby":
			return true
		case "which":
			if w := v.low(k - 1); w == "under" || w == "by" || w == "through" {
				return true
			}
		}
	}
	return false
}

// notePairs remembers the last pair of parties named in sentence s, so
// that later "the two sides" can refer to it.
func (v *view) notePairs(s int) {
	t0, t1 := v.sentenceTokens(s)
	noted := false
	lastEnd := t0
	defer func() {
		if !noted {
			v.meetingPair(s)
		}
	}()
	for i := t0; i < t1; i++ {
		_, m := v.actorAt(i)
		if m == nil || m.Type == document.Person {
			continue
		}
		g, ok := v.groupInto(v.gbuf, v.gmbuf, i, t1, false)
		v.gbuf, v.gmbuf = g.ids[:0], g.mentions[:0]
		if !ok {
			continue
		}
		i = g.t1 - 1
		if len(g.ids) >= 2 && v.personRoleOf(v.ofBefore(g)) && v.coordinated(g) {
			// "A, head of X and adviser of Y, spoke after the talks":
			// no pair, neither the two the meeting verb would take
			// (pair.meeting)
			noted = true
			continue
		}
		if len(g.ids) < 2 || g.anaphor || v.affiliationList(g) || v.ownedList(g) {
			continue
		}
		if v.carrierList(g) || noted && v.subordinateAfter(lastEnd, g.t0) {
			// "aired on SABC 1, ZTV and ...": channels that carry a
			// work; "X and Y signed a memorandum, under which A and B
			// will share programmes": units in a clause that elaborates
			// the agreement of the pair before; neither is the pair a
			// later "the two broadcasters" refers to (rule
			// pair.main-clause)
			continue
		}
		lastEnd = g.t1
		ids := append([]string(nil), g.ids...)
		if len(ids) <= 6 {
			v.groups = append(v.groups, namedGroup{ids: ids, sent: s, people: v.peopleOf(g)})
		}
		if len(ids) > 2 || noted && v.reducedAgent(g) || v.openPair(g) {
			continue
		}
		noted = true
		v.pairs["any"] = ids
		allCountries, allOrgs := true, true
		for _, id := range ids {
			switch document.IDPrefix(id) {
			case document.PrefixCountry:
				allOrgs = false
			case document.PrefixOrg:
				allCountries = false
			}
		}
		if allCountries {
			v.pairs["country"] = ids
		}
		if allOrgs {
			v.pairs["org"] = ids
		}
	}
}

// openPair reports two members joined by a comma alone whose list goes
// on with "and" or "or" and a member that is no new name: "the reach of
// X, Y and several other channels", "X, Y or a partner of theirs", "X, Y
// and the regional services of X" name three or more parties, not a pair
// a later "the two broadcasters" refers to (rule pair.open-list).
func (v *view) openPair(g group) bool {
	if len(g.mentions) != 2 {
		return false
	}
	_, e0 := v.tokenSpan(&v.d.Mentions[g.mentions[0]])
	s1, e1 := v.tokenSpan(&v.d.Mentions[g.mentions[1]])
	if v.low(e0) != "," || s1 != e0+1 && (s1 != e0+2 || v.low(e0+1) != "the") {
		return false
	}
	if v.low(e1) != "and" && v.low(e1) != "or" {
		return false
	}
	_, m := v.actorAt(e1 + 1)
	return m == nil
}

// ownedList reports a list in the of-complement of an ownership noun:
// "the EPA, publisher of the Addis Zemen and The Ethiopian Herald": the
// titles a party owns, which "the agencies" does not refer back to (rule
// pair.apposition-of).
func (v *view) ownedList(g group) bool {
	k := g.t0 - 1
	if v.low(k) == "the" {
		k--
	}
	return v.low(k) == "of" && (v.in(ownershipNouns, k-1) || v.low(k-1) == "publisher")
}

// affiliationList reports a list that names the organizations of people
// rather than parties, which "the two agencies" does not refer back to
// (rule pair.affiliations): witnesses ("in the presence of officials of
// the Ministry and of the High Commission") and titled persons ("opened
// by the State Minister of GCS, Tesfaye, the CEO of ENA, Hirut, and the
// chief of Xinhua's office").
func (v *view) affiliationList(g group) bool {
	k := v.ofBefore(g)
	if v.low(k) != "of" {
		return false
	}
	for j := k - 1; j >= k-4 && j >= 0; j-- {
		if v.low(j) == "presence" && v.low(j+1) == "of" {
			return true
		}
	}
	return len(g.persons) > 0 && v.peopleOf(g) || v.personRoleOf(k) && v.coordinated(g)
}

// ofBefore returns the token before g's first member and its article:
// "of" in "head of the X and Y".
func (v *view) ofBefore(g group) int {
	k := g.t0 - 1
	if w := v.low(k); w == "the" || w == "its" {
		k--
	}
	return k
}

// coordinated reports "and" between the members of g.
func (v *view) coordinated(g group) bool {
	for k := g.t0; k < g.t1; k++ {
		if v.low(k) == "and" {
			return true
		}
	}
	return false
}

// personRoleOf reports "of" at token k that ends a person's apposition
// of lower-case role words: "Jane Doe, member of X and head of Y", "John
// Roe, the deputy director of X and Y": the organizations the person
// belongs to, not two parties (rule pair.person-roles).
func (v *view) personRoleOf(k int) bool {
	if v.low(k) != "of" {
		return false
	}
	j := k - 1
	for n := 0; n < 4 && j > 0 && v.isWord(j) && !v.isCap(j) && v.ent[j] == 0; n++ {
		j--
	}
	if j == k-1 || v.low(j) != "," {
		return false
	}
	_, m := v.mention(j - 1)
	return m != nil && m.Type == document.Person
}

// signedWords before "by" name the signers of an agreement.
var signedWords = newWordSet(map[string]bool{
	"signed": true, "inked": true, "initialled": true, "initialed": true, "concluded": true, "sealed": true,
	"countersigned": true,
})

// reducedAgent reports a list that is the agent of a participle clause
// after a comma: "A's director and B's director met at the forum,
// organized by C and D": the pair the clause's subject named stays the
// one "the two sides" refers back to (rule pair.subject-first).
func (v *view) reducedAgent(g group) bool {
	k := g.t0 - 1
	if v.low(k) == "the" {
		k--
	}
	if v.low(k) != "by" {
		return false
	}
	k--
	if v.low(k) == "jointly" {
		k--
	}
	w := v.low(k)
	if len(w) < 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	k--
	if v.low(k) == "-" && v.low(k-1) == "co" {
		k -= 2 // "co-sponsored by"
	}
	if v.low(k) == "jointly" || v.low(k) == "also" {
		k--
	}
	return v.low(k) == ","
}

// peopleOf reports a list in the of-complement of a title or a people
// noun: "the State Minister of GCS, ...", "reporters of ENA, the EBC and
// the EPA".
func (v *view) peopleOf(g group) bool {
	k := g.t0 - 1
	if w := v.low(k); w == "the" || w == "its" {
		k--
	}
	if v.low(k) != "of" || !v.titleEndsAt(k-1) && !v.x.lex.AttendanceUnits.HasAtIDs(v, v.ids, v.gate, k-1) {
		return false
	}
	// only the object of a preposition: "for 45 reporters of ENA, EBC
	// and EPA", "opened by the State Minister of GCS, ..."; not the
	// subject "Representatives of TV BRICS, Prasar Bharati and SABC
	// held a meeting"
	s := v.sent(g.t0)
	for j := k - 2; j >= k-6 && j >= 0 && v.sent(j) == s; j-- {
		switch v.low(j) {
		case "by":
			// "signed by the Director-General of SANA, Ahmad Dawa, and
			// the general manager of Rossiya Segodnya": the signers'
			// organizations are the parties
			for q := j - 1; q >= j-6 && q >= 0 && v.sent(q) == s; q-- {
				if v.in(signedWords, q) {
					return false // "signed in Moscow on Monday by"
				}
			}
			return true
		case "for", "to", "with", "among", "from", "at":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// pairsOf returns every unordered pair of distinct ids, each sorted.
func pairsOf(ids []string) [][2]string {
	var out [][2]string
	for a := 0; a < len(ids); a++ {
		for b := a + 1; b < len(ids); b++ {
			x, y := ids[a], ids[b]
			if x == y {
				continue
			}
			if y < x {
				x, y = y, x
			}
			out = append(out, [2]string{x, y})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// describedMember skips a short lower-case description before the next
// member of a list ("the news agency of Belarus BELTA", "the news agency,
// New Ziana") and returns the member's first token.
func (v *view) describedMember(j, limit int) (int, bool) {
	for k := j; k < limit && k < j+6; k++ {
		if _, m := v.actorAt(k); m != nil {
			if m.Type == document.Country {
				if o := v.modifiedOrg(m); o >= 0 {
					return o, true
				}
				if k == j {
					return k, true
				}
				continue
			}
			return k, true
		}
		w := v.low(k)
		// "and the news agency of Uganda, the Hill Country Press
		// Agency": an outlet noun of a country, then the name after a
		// comma
		if w == "," && k > j {
			if _, cm := v.mention(k - 1); cm != nil && cm.Type == document.Country {
				if ct0, _ := v.tokenSpan(cm); v.low(ct0-1) == "of" && v.in(outletNouns, ct0-2) {
					b := v.pastThe(k + 1)
					if _, m := v.actorAt(b); m != nil && m.Type == document.Organization {
						return b, true
					}
					return 0, false
				}
			}
		}
		// "as well as the news agency, New Ziana": a description that
		// ends in an outlet noun, then the name after a comma
		if w == "," && k > j && v.in(outletNouns, k-1) {
			if _, m := v.actorAt(k + 1); m != nil && m.Type == document.Organization {
				return k + 1, true
			}
			return 0, false
		}
		// "and the Arabic speaking Y", "and the Arabic-speaking Y": a
		// language before "speaking" ("English-language" stays out: "the
		// group consists of X and English-language daily Y" lists
		// members, no partners)
		if v.isCap(k) && v.ent[k] == 0 && k+2 < limit {
			if nw := v.low(k + 1); nw == "speaking" || nw == "-" && v.low(k+2) == "speaking" {
				continue
			}
		}
		if w == "-" && k > j && v.isCap(k-1) && v.low(k+1) == "speaking" {
			continue
		}
		// "and the Primorye broadcaster OTV-Prim": a place the tagger
		// does not know before an outlet noun (rule pair.place-outlet)
		if k > j && v.isCap(k) && v.in(outletNouns, k+1) {
			if _, pm := v.mention(k); pm == nil || pm.Type == document.Place {
				continue
			}
		}
		if !(v.isWord(k) && !v.isCap(k)) && w != "of" && w != "'s" && !v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, k) && !titleWord.has(w) {
			return 0, false
		}
		if w == "and" || w == "or" || complementizers.has(w) {
			// ", adding that the Agency would ...": a clause, no member
			return 0, false
		}
		if w == "between" || w == "among" {
			// "between A and B and between C and D": another phrase,
			// another pair (rule pair.between-each)
			return 0, false
		}
	}
	return 0, false
}

// complementizers open a clause, never a member's description.
var complementizers = newWordSet(map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "while": true,
	"where": true, "when": true, "because": true, "if": true, "whether": true, "though": true,
})

// titleWord are capitalised words of titles that may precede an
// organization in a list member ("Director General of TASS").
var titleWord = newWordSet(map[string]bool{"general": true, "deputy": true, "first": true, "vice": true, "chief": true, "executive": true})

// modifiedOrg returns the first token of the organization a country
// mention qualifies ("Russia's TASS", "Italian news agency ANSA"), or -1.
func (v *view) modifiedOrg(m *document.Mention) int {
	if !v.modifiesOrg(m) {
		return -1
	}
	_, t1 := v.tokenSpan(m)
	j := t1
	if v.possessive(j) {
		j++
	}
	for j < len(v.toks) && v.ent[j] == 0 {
		j++
	}
	return j
}

// clauseWords end a noun phrase: a country before them does not qualify
// the organization after them ("Cuba and assist its affiliate Vietnam
// Pictorial").
var clauseWords = newWordSet(map[string]bool{
	"and": true, "or": true, "but": true, "with": true, "to": true, "in": true, "on": true,
	"at": true, "for": true, "by": true, "from": true, "as": true, "that": true, "which": true,
	"who": true, "while": true, "after": true, "before": true,
	// prepositions: "between Zambia and South Africa within the SADC
	// framework" (rule pair.country-within)
	"within": true, "among": true, "across": true, "under": true, "through": true, "into": true,
	"during": true, "against": true, "between": true, "via": true, "amid": true, "toward": true,
	"towards": true,
})

// modifiesOrg reports whether a country mention qualifies the organization
// right after it: "Russia's TASS", "Italian news agency ANSA", "China's
// Xinhua".
//
// The words between may be capitalised words the tagger left out of the
// name ("Kyrgyz National Kabar news Agency") and hyphenated ones
// ("Turkiye's state-run television TRT"), and the name may stand in
// parentheses after its description ("Azerbaijan's state news agency
// (AZERTAC)").
func (v *view) modifiesOrg(m *document.Mention) bool {
	_, t1 := v.tokenSpan(m)
	j := t1
	if v.possessive(j) {
		j++
	}
	for n := 0; n < 5 && j < len(v.toks) && v.ent[j] == 0 && (v.isWord(j) && !v.in(clauseWords, j) || v.low(j) == "-" && n > 0); n++ {
		j++
	}
	if v.low(j) == "(" && j > t1 {
		j++
	}
	if v.low(j) == "," && j > t1+1 && v.possessive(t1) && (v.in(outletNouns, j-1) || v.in(bodyNouns, j-1)) {
		// "Brazil's public media company, EBC, and Paraguay's state news
		// agency, IP, signed": a possessive description set off before
		// the name (rule pair.described-name)
		j++
		if v.low(j) == "the" && v.ent[j] == 0 {
			j++
		}
	}
	_, o := v.mention(j)
	return o != nil && o.Type == document.Organization && v.toks[j].Start == o.Start
}

// bodyNouns end a description of an organization other than an outlet:
// "Brazil's public media company, EBC".
var bodyNouns = newWordSet(map[string]bool{
	"company": true, "corporation": true, "group": true, "holding": true, "publisher": true,
	"body": true, "regulator": true, "organisation": true, "organization": true, "union": true,
	"association": true, "institute": true, "operator": true, "firm": true,
})

// appositionEnd returns the token after an apposition that the comma at
// token j opens ("Yonhap, South Korea's key news wire, and ..."): a short
// description of lower-case words, possibly after a determiner or a
// country's possessive, closed by a comma before "and" or another member;
// j when there is none.
func (v *view) appositionEnd(j, limit int) int {
	k := j + 1
	if _, m := v.actorAt(k); m != nil {
		// "..., Russia's state news agency, ...": a possessive country
		_, mt1 := v.tokenSpan(m)
		if m.Type != document.Country || v.low(mt1) != "'s" {
			return j
		}
		k = mt1 + 1
	} else if w := v.low(k); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
		k++
	}
	words := 0
	for ; k < limit && k <= j+10; k++ {
		w := v.low(k)
		if w == "of" && words > 0 && v.in(ownershipNouns, k-1) {
			// "FMM, the parent company of RFI and France 24, and RTS":
			// the organizations the member owns or belongs to stand in
			// its description, no members (rule pair.apposition-of)
			if e := v.ownedListEnd(k+1, limit); e > k+1 {
				return e
			}
			return j
		}
		if w == "," {
			if words == 0 {
				return j
			}
			if nx := v.low(k + 1); nx == "and" || nx == "as" {
				return k
			}
			if _, m := v.actorAt(k + 1); m != nil {
				return k
			}
			return j
		}
		// "..., the state news agency of Kenya, ...": a country after "of"
		// or "in" ends the description
		if (w == "of" || w == "in") && words > 0 {
			if _, m := v.actorAt(k + 1); m != nil && m.Type == document.Country {
				_, mt1 := v.tokenSpan(m)
				if v.low(mt1) == "," {
					k = mt1 - 1
					words++
					continue
				}
			}
		}
		// "X, the provincial Party newspaper, and Y": a capitalised word
		// no name covers may stand inside the description, not first
		capInside := v.isCap(k) && v.ent[k] == 0 && words > 0
		if !v.isWord(k) && w != "-" || v.isCap(k) && !capInside || v.ent[k] != 0 || w == "and" || w == "or" || w == "which" || w == "who" {
			return j
		}
		words++
	}
	return j
}

// ownershipNouns end a description that names other organizations by
// how the member stands to them: "the parent company of", "a subsidiary
// of", "the publisher of".
var ownershipNouns = newWordSet(map[string]bool{
	"parent": true, "company": true, "owner": true, "owners": true, "publisher": true, "operator": true,
	"subsidiary": true, "affiliate": true, "arm": true, "unit": true, "division": true, "branch": true,
	"umbrella": true, "holding": true, "group": true, "sister": true, "publishers": true, "operators": true,
})

// ownedListEnd returns the comma after a list of organizations starting
// at token k ("RFI (RFI) and France 24,") when "and" follows that
// comma, else k.
func (v *view) ownedListEnd(k, limit int) int {
	n := 0
	for j := k; j < limit && j <= k+30; {
		if _, m := v.actorAt(j); m != nil && m.Type == document.Organization {
			_, mt1 := v.tokenSpan(m)
			j = mt1
			n++
			if v.low(j) == "(" {
				for j < limit && v.low(j) != ")" && j <= k+30 {
					j++
				}
				j++
			}
			continue
		}
		if v.isCap(j) && v.ent[j] == 0 && v.isWord(j) {
			// "the publishers of the Daily News and HabariLeo": titles
			// the tagger does not know
			for j < limit && v.isCap(j) && v.ent[j] == 0 && v.isWord(j) {
				j++
			}
			n++
			continue
		}
		switch v.low(j) {
		case "and", "the":
			j++
			continue
		case ",":
			if n == 0 {
				return k
			}
			if nx := v.low(j + 1); nx == "and" || nx == "as" {
				return j
			}
			j++
			continue
		}
		return k
	}
	return k
}

// possessive reports whether token j is a possessive ending: "'s", or a
// bare apostrophe right after a word in -s ("Laos' KPL").
func (v *view) possessive(j int) bool {
	switch v.low(j) {
	case "'s", "’s":
		return true
	case "'", "’":
		return j > 0 && v.toks[j-1].End == v.toks[j].Start && strings.HasSuffix(v.low(j-1), "s") &&
			(j+1 >= len(v.toks) || v.toks[j+1].Start > v.toks[j].End)
	}
	return false
}

// meetingPair notes the two organizations of a meeting, talks or visit
// told in sentence s as the last pair, when the sentence coordinates no
// pair: in "X Chairman A received a delegation of Y led by B. The two
// agencies agreed ...", "the two agencies" are X and Y; so also the host
// and the guest of "a delegation from X held talks with a visiting
// delegation from Y", "a delegation of X is visiting ... at the
// invitation of Y" (pair.meeting): the two organizations the sentence
// names as actors, when it names no other.
func (v *view) meetingPair(s int) {
	for _, e := range v.events {
		if e.sents[0] != s || e.rule != "event.verb" || (e.typ != "meeting" && e.typ != "talks") {
			continue
		}
		var orgs []string
		for _, p := range e.participants {
			if document.IDPrefix(p) == document.PrefixOrg {
				orgs = append(orgs, p)
			}
		}
		if len(orgs) == 2 {
			v.pairs["any"], v.pairs["org"] = orgs, orgs
			return
		}
	}
	t0, t1 := v.sentenceTokens(s)
	if orgs := v.hostGuest(s, t0, t1); orgs != nil {
		v.pairs["any"], v.pairs["org"] = orgs, orgs
	}
}

// hostGuest returns the two organizations named as actors in tokens [t0,
// t1) of sentence s when the range tells a meeting, talks or visit (an
// event, "delegation", "the Chinese side") and names no other
// organization, else nil.
func (v *view) hostGuest(s, t0, t1 int) []string {
	told := false
	for _, e := range v.events {
		if e.sents[0] == s && e.tok >= t0 && e.tok < t1 && (e.typ == "meeting" || e.typ == "talks" || e.typ == "visit") {
			told = true
			break
		}
	}
	end := t1
	if !v.hasCue(s, meetingWords) {
		end = t0 // no meeting word in the sentence
	}
	for k := t0; k < end && !told; k++ {
		// "The director of X met the head of Y": a meeting verb tells the
		// meeting when no event was kept for it (no date, no named
		// person)
		if !v.in(meetingWords, k) {
			continue
		}
		w := v.lows[k]
		told = w == "delegation" || w == "delegations" || w == "met" || w == "meets" || w == "talks" ||
			w == "side" && k > t0 && v.isCap(k-1)
	}
	if !told {
		return nil
	}
	orgs := v.atMostTwo(t0, t1, document.Organization)
	if len(orgs) != 2 {
		return nil
	}
	return orgs
}

// meetingWords tell hostGuest that its sentence tells a meeting.
var meetingWords = sentenceCue(newWordSet(map[string]bool{
	"delegation": true, "delegations": true, "met": true, "meets": true, "talks": true, "side": true,
}))

// outletNouns name one organization without its name: "Vietnam's
// national news agency", "South Korea's key newswire".
var outletNouns = newWordSet(map[string]bool{
	"agency": true, "newswire": true, "wire": true, "broadcaster": true, "newspaper": true,
	"daily": true, "channel": true, "outlet": true, "network": true, "embassy": true,
	"ministry": true, "television": true, "radio": true, "broadcasting": true, "service": true,
})

// countryOutlet reports a country followed by "'s", up to three lower-case
// modifiers and an outlet noun ("Vietnam's national news agency"): the
// country only says whose outlet, an unnamed party of no relation.
func (v *view) countryOutlet(t1, limit int) bool {
	j := t1
	if v.low(j) == "'s" || v.low(j) == "’s" {
		j++
	}
	for n := 0; n < 4 && j < limit && j < len(v.toks); n, j = n+1, j+1 {
		w := v.low(j)
		if v.in(outletNouns, j) && (j+1 >= len(v.toks) || !v.in(outletNouns, j+1) || w == "news") {
			return !v.isCap(j)
		}
		if w == "news" || w == "state" || w == "national" || w == "public" || w == "official" || w == "key" || w == "leading" || w == "main" || w == "largest" || w == "biggest" || w == "state-run" || w == "state-owned" {
			continue
		}
		return false
	}
	return false
}

// clauseVerbs right after a partner list show that its last member,
// joined by "and", is the subject of a new clause: "X signed a deal with
// Y and Z signed one with W" (Z is no partner of X).
var clauseVerbs = newWordSet(map[string]bool{
	"signed": true, "signs": true, "inked": true, "inks": true, "agreed": true, "agrees": true,
	"will": true, "has": true, "have": true, "had": true, "said": true, "says": true, "also": true,
	"announced": true, "launched": true, "concluded": true, "renewed": true, "is": true, "was": true,
})

// objectList returns the partner list g read after "with" without a last
// member that opens a new clause (clauseVerbs), so that g stays a list
// of objects.
func (v *view) objectList(g group) group {
	if len(g.ids) < 2 || len(g.mentions) == 0 || !v.in(clauseVerbs, g.t1) {
		return g
	}
	last := &v.d.Mentions[g.mentions[len(g.mentions)-1]]
	lt0, _ := v.tokenSpan(last)
	a := lt0 - 1
	if v.low(a) == "the" {
		a--
	}
	if v.low(a) != "and" {
		return g
	}
	g = g.clone()
	for _, mi := range g.mentions[:len(g.mentions)-1] {
		if v.d.Mentions[mi].EntityID == last.EntityID {
			return g // named before in the list too
		}
	}
	g.ids = slices.DeleteFunc(g.ids, func(id string) bool { return id == last.EntityID })
	g.mentions = g.mentions[:len(g.mentions)-1]
	g.t1 = a
	return g
}

// pastThe returns i, or the token after it when token i is a "the" that
// opens no name ("with the Lakeside News Agency" -> "Lakeside"; "The
// Independent", a tagged name, keeps its article).
func (v *view) pastThe(i int) int {
	if v.low(i) == "the" && v.ent[i] == 0 {
		return i + 1
	}
	return i
}

// isDigits reports a non-empty word of ASCII digits only.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// countriesBefore returns the two countries named before token i when
// the document names exactly two, else nil.
func (v *view) countriesBefore(i int) []string {
	var out []string
	for k := 0; k < i; k++ {
		_, m := v.actorAt(k)
		if m == nil || m.Type != document.Country || slices.Contains(out, m.EntityID) {
			continue
		}
		if len(out) == 2 {
			return nil
		}
		out = append(out, m.EntityID)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
