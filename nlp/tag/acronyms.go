// Acronyms: names that spell them, definitions and later uses.
//
// Constructions: "Name (ACR)" when the acronym spells the name's initials
// ("the Hill Press Council (HPC)"), also with a Romance name in lower case
// ("Agence ivoirienne de presse (AIP)"); "ACR (Name)" and "Name, ACR,";
// editors' forums as bodies; an acronym defined once and then used alone
// anywhere in the article; an acronym redefined for another body; acronyms
// the gazetteer knows by the article's country.

package tag

import (
	"slices"
	"strings"
	"unicode"

	"github.com/mediakg/mediakg/nlp/document"
)

// acronym reports whether token i is an acronym: 2 to 10 capitals, digits
// and ampersands with at least two capitals.
func (v *view) acronym(i int) bool {
	t := v.tok(i)
	if len(t) < 2 || len(t) > 10 {
		return false
	}
	caps := 0
	for _, r := range t {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9', r == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

// acronymNames tags a capitalised name that an acronym in parentheses
// right after it spells with the initials of all its words as one
// organization (rule pat.org.acronym-name, confidence 0.7): "the Hill
// Service Media (HSM)", "the Lake and Media Information Center (LMIC)",
// where a head inside ended a shorter name ("Hill Service") or "Media"
// ends it; the name ends with a head of the lexicon or "Media". Small words (of, and, for,
// the, on, &) may sit inside; the acronym has three letters or more; the
// name holds no person and is not one entity already. It runs before
// acronymDefinitions, which then binds the acronym to the name. It
// reports whether it added any.
func (t *Tagger) acronymNames(v *view) bool {
	added := false
	for _, i := range v.parens {
		if i < 2 || i+2 >= len(v.toks) || v.tok(i+2) != ")" || !v.acronym(i+1) {
			continue
		}
		acr := v.tok(i + 1)
		if len(acr) < 3 || strings.ContainsAny(acr, "0123456789&") {
			continue
		}
		// the words back from the parenthesis whose initials spell it
		s, n := i, 0
		for k := i - 1; k >= 0 && i-k <= 12 && v.sent(k) == v.sent(i) && n < len(acr); k-- {
			w := v.lows[k]
			if w == "and" || w == "of" || w == "for" || w == "the" || w == "on" || w == "&" {
				continue
			}
			if !v.isCap(k) || !v.isWord(k) || v.tok(k)[0] != acr[len(acr)-1-n] {
				break
			}
			n++
			s = k
		}
		if n != len(acr) || s >= i-1 {
			continue
		}
		// not one entity already, no capitalised word before the name
		// that would go on with it
		if c, ok := v.entityAt(s); ok && c.t0 <= s && c.t1 >= i || v.isCap(s-1) && v.isWord(s-1) && v.sent(s-1) == v.sent(s) && v.gate[s-1]&bitStopCap == 0 {
			continue
		}
		// no person inside, no entity that starts before the name
		bad := false
		for k := s; k < i; k++ {
			if c, ok := v.entityAt(k); ok && (c.m.Type == document.Person || c.t0 < s) {
				bad = true
			}
		}
		if bad {
			continue
		}
		// an organization's word ends the name: a head of the lexicon or
		// "Media" ("Hill Service Media"); not "Belt and Road Initiative",
		// "Global Media Congress"
		kind := ""
		for k := s + 1; k < i; k++ {
			if kd, hn, ok := t.headAt(v, k); ok && k+hn == i {
				kind = kd
				break
			}
		}
		if v.lows[i-1] == "media" {
			kind = document.KindCompany
		}
		// "West African Union of News Agencies (WAUNA)": a head inside
		// a name that ends with its members, a plural of a head
		if pl := v.lows[i-1]; kind == "" && (pl == "agencies" || pl == "broadcasters" || pl == "journalists" || pl == "publishers" || pl == "editors") {
			for k := s + 1; k < i-1; k++ {
				if kd, _, ok := t.headAt(v, k); ok && v.has(&t.lex.OrgPrefixHeads, k) {
					kind = kd
					break
				}
			}
		}
		if kind == "" || v.has(&t.lex.EventTriggers, i-1) {
			continue
		}
		t.addPatternOrg(v, s, i, kind, "pat.org.acronym-name", 0.7)
		added = true
	}
	romance := t.romanceAcronymNames(v)
	return t.editorsForums(v) || romance || added
}

// acronymPairs tags an acronym the tagger does not know that "and" joins
// to a news outlet the gazetteer knows as an outlet of the same kind
// (rule pat.org.acronym-pair, confidence 0.6): "the partnership between
// HRN and VOV", "Xinhua and LNA signed". The acronym has three to six
// capitals and is no title or word of the vocabulary. It reports whether
// it added any.
func (t *Tagger) acronymPairs(v *view) bool {
	added := false
	for _, i := range v.cues[cueAnd] {
		if i+2 >= len(v.toks) {
			break
		}
		if v.isCap(i) {
			continue
		}
		for _, p := range [2][2]int{{i - 1, i + 1}, {i + 1, i - 1}} {
			a, o := p[0], p[1]
			if a < 0 || v.ent[a] != 0 || !v.acronym(a) || len(v.tok(a)) < 3 || len(v.tok(a)) > 6 || strings.ContainsAny(v.tok(a), "0123456789&") ||
				v.has(&t.lex.Titles, a) || t.lex.Vocabulary[v.lows[a]] || v.sent(a) != v.sent(o) {
				continue
			}
			c, ok := v.entityAt(o)
			if !ok || c.m.Type != document.Organization || !strings.HasPrefix(c.m.Rule, "gaz.") || !outletKinds[c.m.Kind] {
				continue
			}
			// the known outlet is the whole word next to "and"
			if (o > i && c.t0 != o) || (o < i && c.t1 != o+1) {
				continue
			}
			t.addPatternOrg(v, a, a+1, c.m.Kind, "pat.org.acronym-pair", 0.6)
			added = true
		}
	}
	return added
}

// initialsOfNamed tags an acronym the tagger does not know whose letters
// are the initials of an organization the article names in full ("the
// Lakeland Broadcasting Corporation ... the LBC"; rule
// pat.org.initials-of, confidence 0.7) with that organization's id: the
// capitals that open the name's words, its small words left out; three to
// six capitals, no title or word of the vocabulary, one organization
// spelled only. It reports whether it added any.
func (t *Tagger) initialsOfNamed(v *view) bool {
	added := false
	// three to six capitals: the token starts with one
	for _, i := range v.caps {
		if v.ent[i] != 0 || !v.acronym(i) || len(v.tok(i)) < 3 || len(v.tok(i)) > 6 || strings.ContainsAny(v.tok(i), "0123456789&") ||
			v.has(&t.lex.Titles, i) || t.lex.Vocabulary[v.lows[i]] {
			continue
		}
		var found *cand
		for _, k := range v.entities {
			c := &v.cands[k]
			if c.m.Type != document.Organization {
				continue
			}
			name := c.m.Name
			if name == "" {
				name = v.body[v.toks[c.t0].Start:v.toks[c.t1-1].End]
			}
			if strings.Count(name, " ") < 2 || !spellsInitials(name, v.tok(i)) {
				continue
			}
			// "the News Agencies World Congress (NAWC)": an acronym in
			// brackets belongs to the words before it
			if v.tok(i-1) == "(" && c.t1 != i-1 {
				continue
			}
			if found != nil && found.m.EntityID != c.m.EntityID {
				found = nil // two organizations: neither
				break
			}
			found = c
		}
		if found == nil {
			continue
		}
		m := found.m
		m.Rule, m.Confidence = "pat.org.initials-of", 0.7
		v.add(cand{m: m, t0: i, t1: i + 1, layer: layerEntity, prio: 1})
		added = true
	}
	return added
}

// spellsInitials reports whether acr is the capitals that open the words
// of name (split at spaces and hyphens), its small words left out.
func spellsInitials(name, acr string) bool {
	n := 0
	for i := 0; i < len(name); {
		for i < len(name) && (name[i] == ' ' || name[i] == '-') {
			i++
		}
		j := i
		for j < len(name) && name[j] != ' ' && name[j] != '-' {
			j++
		}
		if j == i {
			break
		}
		w := name[i:j]
		i = j
		switch w {
		case "of", "and", "for", "the", "on", "&", "in":
			continue
		}
		if n >= len(acr) || w[0] != acr[n] {
			return false
		}
		n++
	}
	return n == len(acr)
}

// outletKinds are the kinds of news outlets.
var outletKinds = map[string]bool{document.KindNewsAgency: true, document.KindBroadcaster: true, document.KindNewspaper: true, document.KindOnlineMedia: true}

// editorsForums tags an editors' forum, a standing body of a country's or
// region's editors, as an organization (rule pat.org.editors-forum,
// confidence 0.65): "the Editors' Forum of Lakeland (EFL)", "the Hill
// National Editors Forum (HNEF)", "the Lakeland Editors' Forum, which
// ..."; the name ends with "Editors' Forum" or "Editors Forum", starts
// with capitalised words, countries or places, and its acronym in
// parentheses or its country after "of" follows it or a country or a
// place opens it. A forum of other people ("the Belt and Road Journalists
// Forum") is mostly a gathering and stays the events'.
func (t *Tagger) editorsForums(v *view) bool {
	added := false
	next := 1 // the first token a forum may end at
	for _, i := range v.cues[cueForum] {
		if i+1 >= len(v.toks) {
			break
		}
		if i < next || !v.isCap(i) || v.ent[i] != 0 {
			continue
		}
		ed := i - 1
		if tk := v.tok(ed); (tk == "'" || tk == "’") && v.adjacent(ed) {
			ed--
		}
		if v.low(ed) != "editors" || !v.isCap(ed) || v.ent[ed] != 0 {
			continue
		}
		s := ed
		for s > 0 && ed-s < 5 && v.sent(s-1) == v.sent(i) && t.orgWord(v, s-1) && !t.isOrgEntity(v, s-1) {
			s--
		}
		e := i + 1
		country := s < ed && t.isCountryOrPlace(v, s)
		// "of Lakeland": the forum's country
		if v.low(e) == "of" {
			if c, ok := v.entityAt(e + 1); ok && c.t0 == e+1 && (c.m.Type == document.Country || c.m.Type == document.Place) {
				e = c.t1
				country = true
			}
		}
		acr := v.tok(e) == "(" && v.acronym(e+1) && v.tok(e+2) == ")"
		if !country && !acr || v.isCap(e) && v.isWord(e) || t.titleCase(v, i) {
			continue
		}
		name := cleanName(v.body[v.toks[s].Start:v.toks[e-1].End])
		c := cand{t0: s, t1: e, layer: layerEntity, prio: 2}
		c.m = document.Mention{Type: document.Organization, Kind: document.KindOther, Name: name, Rule: "pat.org.editors-forum", Confidence: 0.65}
		c.m.Country = t.homeCountry(v, s, e)
		c.m.EntityID = t.orgID(name, document.KindOther, c.m.Country, v, s, e)
		v.add(c)
		added = true
		next = e + 1
	}
	return added
}

// romanceAcronymParticles are the small words of a Romance-language name
// that its acronym skips ("Centre d'études des sciences et techniques de
// l'information (CESTI)", "Entidade Reguladora para a Comunicação Social
// (ERC)").
var romanceAcronymParticles = map[string]bool{
	"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "des": true, "di": true, "della": true, "du": true,
	"y": true, "et": true, "e": true, "la": true, "las": true, "los": true, "le": true, "les": true, "l": true, "d": true,
	"l'": true, "d'": true, "l’": true, "d’": true, "'": true, "’": true, "para": true, "pour": true, "a": true, "en": true, "el": true, "sur": true,
}

// romanceAcronymNames tags a Romance-language name written, as French,
// Spanish and Portuguese write them, with its later words in lower case,
// when the acronym in parentheses right after it spells the initials of
// its words other than particles (rule pat.org.acronym-name-romance,
// confidence 0.65): "the Agence ivoirienne de presse (AIP)", "Association
// des journalistes du Lakeland (AJL)", "Entidade Reguladora para a
// Comunicação Social (ERC)". The name starts with a capitalised word after
// no other capitalised word, holds a Romance particle ("de", "des", "du",
// "para", ...), no person or organization, and its acronym has three to
// eight letters.
func (t *Tagger) romanceAcronymNames(v *view) bool {
	added := false
	for _, i := range v.parens {
		if i < 3 || i+2 >= len(v.toks) || v.tok(i+2) != ")" || !v.acronym(i+1) || v.ent[i-1] != 0 && !t.isCountryEntity(v, i-1) {
			continue
		}
		acr := v.tok(i + 1)
		if len(acr) < 3 || len(acr) > 8 || strings.ContainsAny(acr, "0123456789&") {
			continue
		}
		s, n, particles := i, 0, 0
		for k := i - 1; k >= 0 && i-k <= 16 && v.sent(k) == v.sent(i) && n < len(acr); k-- {
			w := v.lows[k]
			if romanceAcronymParticles[w] {
				if w != "a" && w != "en" {
					particles++
				}
				continue
			}
			// "d'études" written as one token
			if len(w) > 2 && (w[0] == 'd' || w[0] == 'l') && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
				particles++
				w = strings.TrimLeft(w[1:], "'’")
			} else if !v.isWord(k) {
				break
			}
			f := foldAccents(w)
			if f == "" || unicode.ToUpper(rune(f[0])) != rune(acr[len(acr)-1-n]) {
				break
			}
			n++
			s = k
		}
		if n != len(acr) || particles == 0 || !v.isCap(s) || romanceAcronymParticles[v.low(s-1)] ||
			v.isCap(s-1) && v.isWord(s-1) && v.sent(s-1) == v.sent(s) && v.gate[s-1]&bitStopCap == 0 {
			continue
		}
		bad := false
		for k := s; k < i; k++ {
			if c, ok := v.entityAt(k); ok && (c.m.Type != document.Country && c.m.Type != document.Place || c.t0 < s || c.t1 > i) {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		kind, ok := prefixHeads[v.lows[s]]
		if !ok {
			kind = document.KindOther
		}
		t.addPatternOrg(v, s, i, kind, "pat.org.acronym-name-romance", 0.65)
		added = true
	}
	return added
}

// acronymDefinitions binds "Name (ACR)", "ACR (Name)" (when the name's
// initials spell the acronym, or the gazetteer binds it: aliasDefinitions)
// and "Name, ACR," (when the name's initials spell the acronym): the acronym becomes an
// alias of the organization for the whole article.
func (t *Tagger) acronymDefinitions(v *view) {
	defer t.shortForms(v)
	defs := map[string]cand{}
	// glossed: acronyms defined after a second name of the same
	// organization, which win over the gazetteer's reading anywhere
	var glossed []string
	v.aliasDefinitions(defs)
	v.knownAcronyms()
	t.descriptiveNames(v)
	v.redefinedAcronyms()
	for _, i := range v.parens {
		// "Consejo de la Prensa Lakeña (Lakeland Press Council)": a name
		// found by its form, alone in parentheses right after an
		// organization's name, is that organization's other name (rule
		// suffix +gloss)
		if c, ok := v.entityAt(i - 1); ok && c.m.Type == document.Organization && c.t1 == i {
			// "(Federação Nacional dos Jornalistas, FENAJ)": the other
			// name and an acronym after it
			if g, ok := v.entityAt(i + 1); ok && g.m.Type == document.Organization && g.t0 == i+1 && g.t1-g.t0 >= 2 &&
				(v.tok(g.t1) == ")" || v.tok(g.t1) == "," && v.acronym(g.t1+1) && v.tok(g.t1+2) == ")") && strings.HasPrefix(g.m.Rule, "pat.org.") && g.m.EntityID != c.m.EntityID {
				g.m.EntityID, g.m.Name, g.m.Kind, g.m.Country = c.m.EntityID, c.m.Name, c.m.Kind, c.m.Country
				g.m.Rule += "+gloss"
				if a := v.tok(g.t1 + 1); v.tok(g.t1) == "," {
					if _, seen := defs[a]; !seen {
						defs[a] = *c
					}
				}
				continue
			}
			// "the Lakeland Press Agency (Agence de Presse Lakelandaise,
			// ALP)": the same organization's other name, then the
			// acronym of that name, which it need not spell in English
			if g, ok := v.entityAt(i + 1); ok && g.m.Type == document.Organization && g.t0 == i+1 && (g.m.EntityID == c.m.EntityID || c.m.Kind == g.m.Kind && c.m.Kind != "") &&
				v.tok(g.t1) == "," && v.acronym(g.t1+1) && v.tok(g.t1+2) == ")" {
				if _, seen := defs[v.tok(g.t1+1)]; !seen {
					defs[v.tok(g.t1+1)] = *g
					glossed = append(glossed, v.tok(g.t1+1))
				}
				continue
			}
		}
		// "(GPB, Sakartvelos ...)": an acronym that the name spells, then
		// a comma and the name in its own language
		if i < 1 || i+2 >= len(v.toks) || v.tok(i+2) != ")" && !(v.tok(i+2) == "," && v.initialsBefore(i) == v.tok(i+1)) {
			continue
		}
		c, ok := v.entityAt(i - 1)
		if !ok || c.m.Type != document.Organization || c.t1 != i {
			continue
		}
		acr := v.tok(i + 1)
		// "National Information Agency of Lakeland (LNA)" with LNA known
		// to the gazetteer under another spelling of the name: the name
		// found by its form is that organization when the kinds and home
		// countries agree ("Lakeland Press Agency (LPA)" is no Hill Press
		// Agency of the gazetteer; rule suffix +acronym-known)
		if k, known := v.entityAt(i + 1); known && k.t0 == i+1 && k.t1 == i+2 && k.m.Type == document.Organization && strings.HasPrefix(k.m.Rule, "gaz.") &&
			strings.HasPrefix(c.m.Rule, "pat.org.") && c.m.Kind != "" && c.m.Kind == k.m.Kind && c.m.EntityID != k.m.EntityID &&
			c.m.Country != "" && t.gazCountry(k.m.EntityID) == c.m.Country {
			c.m.EntityID, c.m.Name = k.m.EntityID, k.m.Name
			c.m.Rule += "+acronym-known"
			continue
		}
		if !v.acronym(i + 1) {
			continue
		}
		if _, seen := defs[acr]; !seen {
			defs[acr] = *c
		}
	}
	// "HMA (Hill Media Authority)": the acronym first, the name it
	// spells in parentheses
	for _, i := range v.parens {
		if i < 1 || !v.acronym(i-1) || v.ent[i-1] != 0 || len(v.tok(i-1)) < 3 {
			continue
		}
		c, ok := v.entityAt(i + 1)
		if !ok || c.m.Type != document.Organization || c.t0 != i+1 || v.tok(c.t1) != ")" {
			continue
		}
		acr := v.tok(i - 1)
		if _, seen := defs[acr]; !seen && v.initialsBefore(c.t1) == acr {
			defs[acr] = *c
		}
	}
	// "the African Union of Broadcasting, AUB, the event ...": an
	// acronym set off by commas after the name whose initials spell it
	for _, i := range v.cues[cueComma] {
		if i < 1 {
			continue
		}
		if i+2 >= len(v.toks) {
			break
		}
		// "the Mass Communication Organization of Lakeland, known as
		// MCOL,": the acronym after "known as" (rule +known-as)
		j := i + 1
		if v.lows[j] == "known" && v.low(j+1) == "as" {
			j += 2
		}
		if j+1 >= len(v.toks) || !v.acronym(j) {
			continue
		}
		if w := v.tok(j + 1); w != "," && w != "." && w != ";" && w != ")" {
			continue
		}
		c, ok := v.entityAt(i - 1)
		if !ok || c.m.Type != document.Organization || c.t1 != i {
			continue
		}
		acr := v.tok(j)
		if len(acr) < 3 || v.initialsBefore(i) != acr && (j == i+1 || !connectorInitials(v, i, acr)) {
			continue
		}
		// the acronym known to the gazetteer: the name found by its form
		// is that organization
		if k, known := v.entityAt(j); known && j > i+1 && k.t0 == j && k.t1 == j+1 && k.m.Type == document.Organization && strings.HasPrefix(k.m.Rule, "gaz.") &&
			strings.HasPrefix(c.m.Rule, "pat.org.") && c.m.EntityID != k.m.EntityID {
			c.m.EntityID, c.m.Name = k.m.EntityID, k.m.Name
			c.m.Rule += "+known-as"
			continue
		}
		if _, seen := defs[acr]; !seen && v.ent[j] == 0 {
			defs[acr] = *c
		}
	}
	if len(defs) == 0 {
		return
	}
	for i := range v.toks {
		if !v.acronym(i) {
			continue
		}
		def, ok := defs[v.tok(i)]
		if !ok {
			continue
		}
		if c, tagged := v.entityAt(i); tagged {
			// an acronym a title pattern named alone, or one whose
			// gazetteer reading the text redefined, is the one the text
			// defined
			if (c.m.Rule == "pat.org.title-acronym" || c.m.Type == "" && c.m.Rule != "") && c.t1-c.t0 == 1 {
				c.m.Type, c.m.Confidence = document.Organization, maxf(0.75, def.m.Confidence-0.05)
				c.m.EntityID, c.m.Name, c.m.Kind, c.m.Country = def.m.EntityID, def.m.Name, def.m.Kind, def.m.Country
				c.m.Rule = "pat.org.acronym-def"
			} else if c.m.Type == document.Organization && c.m.Rule == "gaz.org.acronym" && c.t1-c.t0 == 1 && def.m.EntityID != c.m.EntityID &&
				(strings.HasPrefix(def.m.Rule, "gaz.") && t.sameGazCountry(def.m.EntityID, c.m.EntityID) || slices.Contains(glossed, v.tok(i))) {
				// "the Lakeland Public Broadcaster (LPB)" where the
				// gazetteer gives LPB to another entry of the same
				// country, a second spelling of the same body: the
				// text's definition wins (rule gaz.org.acronym+def)
				c.m.EntityID, c.m.Name, c.m.Kind = def.m.EntityID, def.m.Name, def.m.Kind
				c.m.Rule = "gaz.org.acronym+def"
			}
			continue
		}
		m := def.m
		m.Rule = "pat.org.acronym-def"
		m.Confidence = maxf(0.75, m.Confidence-0.05)
		v.add(cand{m: m, t0: i, t1: i + 1, layer: layerEntity, prio: 2})
	}
}

// sameGazCountry reports whether the gazetteer's entries a and b have one
// home country.
func (t *Tagger) sameGazCountry(a, b string) bool {
	ca := t.gazCountry(a)
	return ca != "" && ca == t.gazCountry(b)
}

// gazCountry returns the home country of the gazetteer's entry id, or "".
func (t *Tagger) gazCountry(id string) string {
	if en, ok := t.gaz.Entry(id); ok {
		return en.Country
	}
	return ""
}

// redefinedAcronyms drops the gazetteer's reading of an acronym that the
// article defines as another name: "the Belt and Road Forum (BRF)" is no
// Belgischer Rundfunk, here or later in the article. The name before the
// parenthesis spells the acronym with the capitals of its words and is no
// organization of the gazetteer with that acronym.
func (v *view) redefinedAcronyms() {
	var redefined []string
	for _, i := range v.parens {
		if i < 2 || i+2 >= len(v.toks) || v.tok(i+2) != ")" || !v.acronym(i+1) {
			continue
		}
		c, ok := v.entityAt(i + 1)
		if !ok || c.m.Type != document.Organization || !strings.HasPrefix(c.m.Rule, "gaz.") {
			continue
		}
		if before, ok := v.entityAt(i - 1); ok && before.m.EntityID == c.m.EntityID {
			continue
		}
		if acr := v.tok(i + 1); v.spelledBefore(i, acr) {
			redefined = append(redefined, acr)
		}
	}
	if len(redefined) == 0 {
		return
	}
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type == document.Organization && strings.HasPrefix(c.m.Rule, "gaz.") && c.t1 == c.t0+1 && slices.Contains(redefined, v.tok(c.t0)) {
			c.m.Type = "" // it claims the token, tags nothing
		}
	}
}

// spelledBefore reports whether the name that ends right before token i
// spells acr with its initials (initialsBefore), or the organization
// that ends there does, also without a country after its last "of"
// ("National Press Council of Lakeland (NPC)").
func (v *view) spelledBefore(i int, acr string) bool {
	if v.initialsBefore(i) == acr {
		return true
	}
	// the words of the organization that ends there only ("Chairman of
	// the National Press Council of Kenya (NPC)")
	s := 0
	if c, ok := v.entityAt(i - 1); ok && c.t1 == i && c.m.Type == document.Organization {
		s = c.t0
	}
	if s == 0 {
		return false
	}
	if v.initialsIn(s, i) == acr {
		return true
	}
	for k := i - 1; k >= s+2 && k >= i-3; k-- {
		if v.low(k-1) != "of" {
			continue
		}
		en, _, ok := v.t.gaz.Lookup(v.body[v.toks[k].Start:v.toks[i-1].End])
		return ok && en.Type == document.Country && v.initialsIn(s, k-1) == acr
	}
	return false
}

// initialsBefore returns the capitals of the capitalised words that end
// right before token i, small words ("and", "of", "for", "the", "on")
// skipped, at most ten words back ("Belt and Road Forum" -> "BRF").
func (v *view) initialsBefore(i int) string { return v.initialsIn(0, i) }

// initialsIn is initialsBefore with no word before token s.
func (v *view) initialsIn(s, i int) string {
	var rs []byte
	for k := i - 1; k >= s && k >= i-10 && v.sent(k) == v.sent(i); k-- {
		switch w := v.lows[k]; {
		case w == "and" || w == "of" || w == "for" || w == "the" || w == "on" || w == "&":
			continue
		case v.isCap(k) && v.isWord(k):
			rs = append(rs, v.tok(k)[0])
			continue
		}
		break
	}
	slices.Reverse(rs)
	return string(rs)
}

// knownAcronyms binds a name found by its form to the organization of the
// gazetteer that its acronym names: "the Moroccan Arab Press Agency
// (MAP)" is the known MAP, "AGP (Gabon Press Agency)" the known AGP (rule
// pat.org.acronym-known). The two must be of one kind, or of one
// country and share a word, and not of two countries; otherwise they
// stay apart.
func (v *view) knownAcronyms() {
	for _, i := range v.parens {
		if i < 1 || i+2 >= len(v.toks) {
			continue
		}
		var long, short *cand
		closing := i + 2 // the ")"
		if v.tok(i+2) == ")" && v.acronym(i+1) {
			long, _ = v.entityAt(i - 1)
			short, _ = v.entityAt(i + 1)
			if long != nil && long.t1 != i {
				long = nil
			}
		} else if q := glossAcronymClose(v, i); q > 0 {
			// "Lakeland News Agency (Agence Lakelandaise d'Information,
			// ALI)": the acronym after a comma that ends the parentheses
			long, _ = v.entityAt(i - 1)
			short, _ = v.entityAt(q - 1)
			closing = q
			if long != nil && long.t1 != i {
				long = nil
			}
		} else if v.acronym(i - 1) {
			short, _ = v.entityAt(i - 1)
			long, _ = v.entityAt(i + 1)
			if long != nil && (long.t0 != i+1 || v.tok(long.t1) != ")") {
				long = nil
			}
		}
		if long == nil || short == nil || long.m.Type != document.Organization || short.m.Type != document.Organization ||
			!strings.HasPrefix(long.m.Rule, "pat.") || !strings.HasPrefix(short.m.Rule, "gaz.") || short.t1-short.t0 != 1 {
			continue
		}
		known, ok := v.t.gaz.Entry(short.m.EntityID)
		if !ok || long.m.Country != "" && known.Country != "" && long.m.Country != known.Country {
			continue
		}
		// "Lakeland's National Television and Radio Company (LTRC)": a
		// head of another kind ("Company") is the known organization's
		// when both are of one country and share a word of the name
		if known.Kind != long.m.Kind && !(long.m.Country != "" && long.m.Country == known.Country &&
			shareWord(v.body[v.toks[long.t0].Start:v.toks[long.t1-1].End], known.Names)) {
			continue
		}
		// a name of no known country must share a word with the known
		// organization's name, or the article must name that
		// organization's country: "Radiodiffusion Télévision Ivoirienne
		// (RTI)" is no Radio Taiwan International, "Agência Angola Press
		// (ANGOP)" is the Angola Press Agency, "Agenzia Nazionale Stampa
		// Associata (ANSA)" next to "Italian" is ANSA
		if long.m.Country == "" && !shareWord(v.body[v.toks[long.t0].Start:v.toks[long.t1-1].End], known.Names) && !v.namesCountry(known.Country) {
			continue
		}
		// the other name inside the parentheses goes with it
		if old := long.m.EntityID; old != "" && long.t1 == i {
			for k := i + 1; k < closing; k++ {
				if g, ok := v.entityAt(k); ok && g.t0 == k && g.m.Type == document.Organization && g.m.EntityID == old {
					g.m.EntityID, g.m.Name, g.m.Country = short.m.EntityID, known.Name, known.Country
				}
			}
		}
		long.m.EntityID, long.m.Name, long.m.Country = short.m.EntityID, known.Name, known.Country
		long.m.Rule = "pat.org.acronym-known"
	}
}

// glossAcronymClose returns the index of the ")" of parentheses opening
// at token i that end in a comma and an acronym ("(Agence Lakelandaise
// d'Information, ALI)"), within twelve tokens of one sentence; 0 for
// none.
func glossAcronymClose(v *view, i int) int {
	for q := i + 3; q < i+14 && v.sent(q) == v.sent(i); q++ {
		switch v.tok(q) {
		case ")":
			if v.tok(q-2) == "," && v.acronym(q-1) {
				return q
			}
			return 0
		case "(":
			return 0
		}
	}
	return 0
}

// namesCountry reports whether the article names the country iso3 (a
// country's name or adjective, or a place in it, tagged already).
func (v *view) namesCountry(iso3 string) bool {
	if iso3 == "" {
		return false
	}
	for _, k := range v.entities {
		c := &v.cands[k]
		switch c.m.Type {
		case document.Country:
			if document.IDKey(c.m.EntityID) == iso3 {
				return true
			}
		case document.Place:
			if en, ok := v.t.gaz.Entry(c.m.EntityID); ok && en.Country == iso3 {
				return true
			}
		}
	}
	return false
}

// shareWord reports whether name and one of the known names share a word
// of three letters or more, accents and case folded.
func shareWord(name string, known []string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(foldAccents(name)), notLetter) {
		if len(w) >= 3 {
			words[w] = true
		}
	}
	for _, k := range known {
		for _, w := range strings.FieldsFunc(strings.ToLower(foldAccents(k)), notLetter) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// notLetter splits names into words.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }
