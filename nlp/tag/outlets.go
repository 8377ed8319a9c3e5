// Outlets named by the words around them.
//
// Constructions: an outlet noun in lower case before or after a name ("the
// news agency Lakepress", "Lakenet, a news portal"), a plural outlet noun
// before a list ("newspapers Hoy, Lakeside Times and Hill Voice"), an
// apposition naming a unit ("X, the international service of Y"), a prefix
// head ("Radio Lakeland", "Agencia ..."), "<place>-based" names, acronyms that
// report or are told something, "The" inside a sentence ("Editor of The
// News"), members of series after "such as"/"including" and of lists of
// organizations, a list with countries in parentheses, the outlet of a
// media title ("editor of the Hill Star"), a title's holder after its
// organization, and a state body lengthened by its own country.

package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

// titledOrgBefore reports whether the tokens before token k are a
// title's "of" or "at" and its organization's lead-in, back to the title:
// "Director General of [the] [Kenyan] [news agency] ...". k is where the
// organization's name starts.
func (t *Tagger) titledOrgBefore(v *view, k int) bool {
	j := k - 1
	for n := 0; j >= 0 && n < 4 && v.sent(j) == v.sent(k); n++ {
		switch w := v.lows[j]; {
		case w == "the" || w == "'s" || !v.isCap(j) && (orgNouns[w] || outletNouns[w] != "" || w == "media" || w == "tv"):
			j--
			continue
		}
		if c, ok := v.entityAt(j); ok && (c.m.Type == document.Country || c.m.Type == document.Place) {
			j = c.t0 - 1
			continue
		}
		break
	}
	if w := v.low(j); w != "of" && w != "at" {
		return false
	}
	return t.titleEndsAt(v, j-1)
}

// orgHolders tags the holder of a title named right after the title's
// organization (rule pat.person.title-org-holder, confidence 0.75):
// "President of the Lakeland news agency Hill Press (HP) Omar Felan
// visited", "Director General of the Lake News Agency (LNA) Anna Berg
// was elected". The name is two to four name words right after the
// organization or its acronym in parentheses, standing alone (no
// capitalised word after it), and the words before the organization are
// a title's "of" or "at" (titledOrgBefore). It runs after the
// organization patterns. It reports whether it added any.
func (t *Tagger) orgHolders(v *view) bool {
	added := false
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Organization {
			continue
		}
		a := c.t1
		if v.tok(a) == "(" && v.tok(a+2) == ")" {
			a += 3
		}
		if a >= len(v.toks) || v.sent(a) != v.sent(c.t0) || v.ent[a] != 0 {
			continue
		}
		e := t.nameRun(v, a)
		if n := e - a; n < 2 || n > 4 || v.isCap(e) && v.isWord(e) || v.low(e) == "of" || v.tok(e) == "(" || t.lex.Vocabulary[v.lows[e-1]] {
			continue
		}
		if !t.titledOrgBefore(v, c.t0) {
			continue
		}
		v.addPerson(a, e, "pat.person.title-org-holder", 0.75, "")
		added = true
	}
	return added
}

// outletTitles are the last words of the titles that people of a media
// outlet hold, after which "of" names the outlet ("editor of the Hill
// Star").
var outletTitles = map[string]bool{
	"editor": true, "editor-in-chief": true, "publisher": true, "founder": true, "anchor": true,
	"correspondent": true, "reporter": true, "columnist": true, "journalist": true, "producer": true,
	"presenter": true, "ceo": true, "cameraman": true, "photographer": true,
}

// outletsAfterTitles tags the name after the "of" or "at" of a media title
// as an organization (rule pat.org.title-of, confidence 0.6): "Anna
// Berg, editor of the Hill Star, said", "a reporter at Lakeside Echo."
// The name is one to four capitalised words that the tagger has not
// named, after "the" or a country's possessive ("the Lakeland's"), and a
// comma, full stop, semicolon, closing bracket or "and" ends it; not
// words of the vocabulary only ("editor of State"), not a given name and
// a surname ("editor of Lena Marsh"). It reports whether it added any.
func (t *Tagger) outletsAfterTitles(v *view) bool {
	added := false
	// a title's first word (the gate's bit of Titles)
	titles := v.cues[cueTitle]
	for i := v.nextIn(0, &titles); i+2 < len(v.toks); i = v.nextIn(i+1, &titles) {
		if v.ent[i] != 0 {
			continue
		}
		end, ok := t.titleAt(v, i)
		if !ok || !outletTitles[v.lows[end-1]] {
			continue
		}
		i = end - 1
		if w := v.low(end); w != "of" && w != "at" {
			continue
		}
		j := end + 1
		if v.low(j) == "the" {
			j++
		}
		if c, ok := v.entityAt(j); ok && c.t0 == j && c.m.Type == document.Country && v.low(c.t1) == "'s" {
			j = c.t1 + 1
		}
		e := j
		for e < len(v.toks) && e-j < 4 && v.sent(e) == v.sent(i) && v.ent[e] == 0 && v.isCap(e) && v.isWord(e) && v.gate[e]&bitStopCap == 0 {
			e++
			if v.tok(e) == "-" && v.adjacent(e) && v.adjacent(e+1) && v.isCap(e+1) {
				e++
			}
		}
		if e == j || v.sent(e) != v.sent(i) {
			continue
		}
		switch v.low(e) {
		case ",", ".", ";", ")", "and":
		default:
			continue
		}
		vocab := true
		for k := j; k < e; k++ {
			if v.isWord(k) && !t.lex.Vocabulary[v.lows[k]] {
				vocab = false
			}
		}
		if vocab || e-j >= 2 && t.nameKind(v, j)&givenName != 0 && t.nameKind(v, e-1)&familyName != 0 {
			continue
		}
		name := cleanName(v.body[v.toks[j].Start:v.toks[e-1].End])
		c := cand{t0: j, t1: e, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: document.KindOther, Name: name, EntityID: document.OrgID(name),
			Rule: "pat.org.title-of", Confidence: 0.6}
		v.add(c)
		added = true
		i = e - 1
	}
	return added
}

// outletNouns are lower-case nouns that name the kind of an organization
// next to its name ("the news agency Lakepress", "the Hill Voice
// newspaper", "the media holding Dunmore Media"), with that kind. Two-word
// nouns are keyed by their last word's predecessor: see outletNounAt.
var outletNouns = map[string]string{
	"agency": document.KindNewsAgency, "newspaper": document.KindNewspaper, "daily": document.KindNewspaper,
	"weekly": document.KindNewspaper, "magazine": document.KindNewspaper, "portal": document.KindOnlineMedia,
	"website": document.KindOnlineMedia, "platform": document.KindOnlineMedia, "channel": document.KindBroadcaster,
	"broadcaster": document.KindBroadcaster, "station": document.KindBroadcaster, "holding": document.KindCompany,
	"operator": document.KindCompany, "outlet": document.KindOther, "tabloid": document.KindNewspaper,
	"publication": document.KindNewspaper,
}

// outletNounAt matches an outlet noun in lower case at token i, with the
// words before it that belong to it ("news agency", "media holding", "tv
// channel", "multimedia group"), and returns its kind and the noun's
// first token.
func outletNounAt(v *view, i int) (string, int, bool) {
	w := v.low(i)
	if v.isCap(i) {
		return "", i, false
	}
	kind, ok := outletNouns[w]
	start := i
	// "the press council X", "Kenya's media council, X,": a council is
	// an outlet noun only after "press" or "media"
	if w == "council" {
		if p := v.low(i - 1); (p == "press" || p == "media") && !v.isCap(i-1) {
			return document.KindOther, i - 1, true
		}
		return "", i, false
	}
	// "the Brazilian network Rede Minas", "the investigative site
	// Lakeleaks": a network or a site is an outlet after a country's
	// adjective or a word of news (rule pat.org.noun-name)
	if w == "network" || w == "site" {
		p := v.low(i - 1)
		c, isCountry := v.entityAt(i - 1)
		switch {
		case isCountry && c.t1 == i && c.m.Type == document.Country && c.m.Rule == "gaz.country.demonym":
			kind, ok = document.KindBroadcaster, true
			if w == "site" {
				kind = document.KindOnlineMedia
			}
		case !v.isCap(i-1) && (p == "news" || p == "investigative" || p == "television" || p == "tv" || p == "radio" || p == "broadcasting"):
			kind, ok = document.KindBroadcaster, true
			if w == "site" || p == "investigative" || p == "news" {
				kind = document.KindOnlineMedia
			}
			if p != "investigative" {
				start = i - 1
			}
		}
		return kind, start, ok
	}
	switch prev := v.low(i - 1); {
	case prev == "news" || prev == "media" || prev == "tv" || prev == "television" || prev == "radio" || prev == "multimedia":
		if !v.isCap(i - 1) {
			start = i - 1
		}
		if w == "group" {
			kind, ok = document.KindCompany, true
		}
	}
	// "the Sudzha station" is a railway's: a station is an outlet only
	// as a radio or television station
	if w == "station" && start == i {
		return "", i, false
	}
	return kind, start, ok
}

// orgByNoun tags names next to an outlet noun in lower case as
// organizations of the noun's kind: the noun before the name ("the news
// agency Lakepress", "the Kazakh media holding Dunmore Media", rule
// pat.org.noun-name) or after it ("the Hill Voice newspaper", "the
// Dunmore-News agency", rule pat.org.name-noun); confidence 0.6. The name
// is one to four capitalised words the tagger has not named, standing
// alone (no capitalised word on its other side), or a quoted name; not in
// a title-case headline. It reports whether it added any.
func (t *Tagger) orgByNoun(v *view) bool {
	added := false
	add := func(a, b int, kind, rule string) {
		name := cleanName(v.body[v.toks[a].Start:v.toks[b-1].End])
		c := cand{t0: a, t1: b, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, EntityID: document.OrgID(name),
			Rule: rule, Confidence: 0.6}
		v.add(c)
		v.take(a, b)
		added = true
	}
	// nameWord: an untagged capitalised word that may be part of an
	// outlet's name
	nameWord := func(k int) bool {
		return k >= 0 && k < len(v.toks) && v.ent[k] == 0 && v.isCap(k) && (v.gate[k]&bitStopCap == 0 || arabicArticle(v, k)) &&
			!v.has(&t.lex.Titles, k) && !v.has(&t.lex.EventTriggers, k) && !menuRun(v.tok(k))
	}
	// proper: a word of the name that is no head, generic word or
	// two-letter abbreviation ("TV", "FM", "State" alone name nothing)
	proper := func(a, b int) bool {
		for k := a; k < b; k++ {
			if v.isWord(k) && !v.has(&t.lex.OrgHeads, k) && !genericWords[v.low(k)] && !(v.isAllCaps(k) && len(v.tok(k)) <= 2) {
				return true
			}
		}
		return false
	}
	outlets := v.cues[cueOutlet] // the tokens with bitOutlet
	for i := v.nextIn(1, &outlets); i < len(v.toks); i = v.nextIn(i+1, &outlets) {
		// "Hill Voice and Lake Star, the Kenyan dailies, ...": names
		// listed in apposition with a plural outlet noun (rule
		// pat.org.names-appos-plural)
		if w := v.lows[i]; w[len(w)-1] == 's' && outletPlurals[w] != "" {
			for _, sp := range t.apposPlural(v, i) {
				add(sp[0], sp[1], outletPlurals[w], "pat.org.names-appos-plural")
			}
			for _, sp := range t.listAfterPlural(v, i) {
				add(sp[0], sp[1], outletPlurals[w], "pat.org.plural-list")
			}
			continue
		}
		// "Lakenet, a Kenyan media company that ...": a name in
		// apposition with an outlet noun
		if v.tok(i-1) != "," && !v.isCap(i) {
			if a, b, ok := t.apposName(v, i); ok {
				add(a, b, apposKind(v, i), "pat.org.name-appos")
				continue
			}
		}
		kind, start, ok := outletNounAt(v, i)
		// "the American group Lakeview Holdings", "the research firm
		// Hillmark Data": a company's noun in lower case names the
		// company after it only (rule pat.org.noun-name)
		afterOnly := false
		if k, found := companyNouns[v.lows[i]]; !ok && found && !v.isCap(i) {
			kind, start, ok, afterOnly = k, i, true, true
		}
		if !ok || v.ent[i] != 0 {
			continue
		}
		// "Indonesia's press council, Dewan Pers, and ...", "the
		// broadcaster's news channel, PSM News, would ...": a name in
		// apposition after the determined noun, closed by a comma, "and"
		// or the sentence's end (rule pat.org.noun-comma-name); the noun
		// outweighs a given name of the lexicon that opens the name
		if a, b, ok := t.nounCommaName(v, start, i); ok && !afterOnly {
			add(a, b, kind, "pat.org.noun-comma-name")
			i = b - 1
			continue
		}
		// the name after the noun; "the Kenyan daily The Lakeland
		// Standard": a "The" that opens the name is its word
		if j := i + 1; j < len(v.toks) && v.sent(j) == v.sent(i) {
			the := v.tok(j) == "The" && nameWord(j+1) && v.sent(j+1) == v.sent(i)
			if the {
				j++
			}
			e := j
			if q := t.quotedName(v, j); q > j {
				e = q
			} else {
				parts := 0 // Romance particles passed
				for e < len(v.toks) && e-j-parts < 4 && v.sent(e) == v.sent(i) && (nameWord(e) || v.tok(e) == "-" && v.adjacent(e) && nameWord(e+1) ||
					// "the group Lakeview Bros. Media": an abbreviation's
					// full stop inside the name
					v.tok(e) == "." && e > j && v.adjacent(e) && len(v.tok(e-1)) <= 4 && nameWord(e+1) && v.sent(e+1) == v.sent(i)) {
					e++
					// "the Argentine daily La Voz del Litoral": a Romance
					// particle (and article) between name words is part of
					// the name (rule pat.org.noun-name)
					if e > j && e+1 < len(v.toks) && !v.isCap(e) && romanceParticles[v.lows[e]] && v.sent(e+1) == v.sent(i) {
						k := e + 1
						if romanceArticles[v.low(k)] {
							k++
						}
						if nameWord(k) && !v.has(&t.lex.OrgHeads, k) {
							parts += k - e
							e = k
						}
					}
				}
				// "the research firm Hillmark Kenya": a company's national
				// arm named by its country's name
				if c, ok := v.entityAt(e); afterOnly && e > j && ok && c.t0 == e && c.m.Type == document.Country && c.m.Rule == "gaz.country.name" && !(v.isCap(c.t1) && v.isWord(c.t1)) {
					e = c.t1
				}
				if e < len(v.toks) && v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) {
					e = j // a longer name goes on
				}
			}
			// "the Danish broadcaster DR": a two-letter acronym right after
			// the noun names it too
			short := e == j+1 && len(v.tok(j)) == 2 && v.isAllCaps(j) && !genericWords[v.lows[j]] && !twoLetterWords[v.lows[j]]
			// after a company's noun only a given name and one word more
			// read as a person ("the firm Anna Lind joined"; "the group
			// Warner Bros. Discovery" is a company)
			person := t.personName(v, j)
			if afterOnly {
				person = e-j == 2 && t.nameKind(v, j)&givenName != 0 && !v.has(&t.lex.OrgHeads, j+1)
			}
			if e > j && (proper(j, e) || short) && !t.titleCase(v, i) && !person {
				// "General Director of the media holding Lakepress Omar
				// Felan": the title's holder after a one-word name (a
				// name of the lexicon, or any after a brand such as
				// "LakeAqparat")
				p := e
				if e-j >= 3 && (t.personName(v, j+1) || camelBrand(v.tok(j))) && t.nameRun(v, j+1) == e && !v.isCap(e) && t.titledOrgBefore(v, j) {
					p = j + 1
				}
				add(j-b2i(the), p, kind, "pat.org.noun-name")
				if p < e {
					v.addPerson(p, e, "pat.person.title-org-holder", 0.75, "")
					v.take(p, e)
				}
				i = e - 1
				continue
			}
		}
		if afterOnly {
			continue
		}
		// the name before the noun
		b := start
		a := b
		if closingQuote(v.tok(b-1)) || v.tok(b-1) == "”" {
			if q := t.quotedBefore(v, b); q < b {
				a = q
			}
		} else {
			// "the Belarus 1 TV channel": "TV" after a channel's number
			// belongs to the noun
			if v.tok(b-1) == "TV" && isNumberToken(v.tok(b-2)) {
				b--
				a = b
			}
			for a > 0 && b-a < 4 && v.sent(a-1) == v.sent(i) && (nameWord(a-1) || v.tok(a-1) == "-" && v.adjacent(a-1) && nameWord(a-2)) {
				a--
			}
			// "the Minsk-Novosti agency": a place joined by a hyphen
			if a < b && v.tok(a-1) == "-" && v.adjacent(a-1) && v.adjacent(a) {
				if c, ok := v.entityAt(a - 2); ok && c.t1 == a-1 && c.m.Type == document.Place {
					a = c.t0
				}
			}
			// "the Belarus 1 TV channel", "the Lakeland 24 channel": a
			// country's name or a name word and a channel's number (rule
			// pat.org.name-noun)
			if n := a - 1; isNumberToken(v.tok(n)) && len(v.tok(n)) <= 3 && v.sent(n) == v.sent(i) {
				if c, ok := v.entityAt(n - 1); ok && c.t1 == n && c.m.Type == document.Country && v.isCap(c.t0) {
					a = c.t0
				} else if nameWord(n-1) && !nameWord(n-2) {
					a = n - 1
				}
			}
			if a > 0 && v.sent(a-1) == v.sent(i) && v.isCap(a-1) && v.isWord(a-1) && v.gate[a-1]&bitStopCap == 0 {
				a = b // a longer name goes on
			}
		}
		// the name stands as a noun phrase of its own: after an article,
		// a possessive or a comma, or quoted ("the Hill Voice newspaper";
		// not "heads of Southern African news agencies")
		switch w := v.low(a - 1); {
		case w == "the" || w == "'s" || w == "," || v.tok(a) == "“" || v.tok(a) == "\"":
		default:
			continue
		}
		if a < b && proper(a, b) && !t.titleCase(v, i) && !(b-a == 1 && sentenceStart(v, a)) {
			add(a, b, kind, "pat.org.name-noun")
		}
	}
	return added
}

// nounCommaName matches the name after "<determiner> <outlet noun>," with
// the noun's first token at start and its last at i: the determiner is a
// possessive ("Kenya's", "the agency's", "its") or "the", also before a
// country's adjective ("the Egyptian news channel, X,"); the name is one
// to four untagged capitalised words, of which an acronym the tagger
// named may be the first ("PSM News"), with a word that is no head or
// generic word, and a comma, "and", a closing bracket or the sentence's
// end after it. It returns the name's span.
func (t *Tagger) nounCommaName(v *view, start, i int) (int, int, bool) {
	j := i + 2
	if v.tok(i+1) != "," || j >= len(v.toks) || v.sent(j) != v.sent(i) || t.titleCase(v, i) {
		return 0, 0, false
	}
	d := start - 1
	if c, ok := v.entityAt(d); ok && c.t1 == start && c.m.Type == document.Country {
		d = c.t0 - 1
	}
	switch v.low(d) {
	case "'s", "its", "their", "the":
	default:
		return 0, 0, false
	}
	e := j
	if c, ok := v.entityAt(j); ok && c.t0 == j && c.t1 == j+1 && c.m.Type == document.Organization && v.isAllCaps(j) {
		e = j + 1
	}
	for e < len(v.toks) && e-j < 4 && v.sent(e) == v.sent(i) && v.ent[e] == 0 && v.isCap(e) && v.isWord(e) &&
		v.gate[e]&bitStopCap == 0 && !v.has(&t.lex.Titles, e) && !v.has(&t.lex.EventTriggers, e) {
		e++
	}
	if e == j || e == j+1 && v.ent[j] != 0 {
		return 0, 0, false
	}
	proper := false
	for k := j; k < e && !proper; k++ {
		proper = !v.has(&t.lex.OrgHeads, k) && !genericWords[v.low(k)]
	}
	if !proper {
		return 0, 0, false
	}
	if w := v.low(e); w != "," && w != "and" && w != ")" && !(w == "." && v.sent(e+1) != v.sent(i)) {
		return 0, 0, false
	}
	return j, e, true
}

// outletPlurals are outlet nouns in the plural that a list of names may
// stand in apposition with ("A and B, the Algerian dailies"), with the
// kind they give each name.
var outletPlurals = map[string]string{
	"dailies": document.KindNewspaper, "newspapers": document.KindNewspaper, "weeklies": document.KindNewspaper,
	"papers": document.KindNewspaper, "tabloids": document.KindNewspaper, "magazines": document.KindNewspaper,
	"agencies": document.KindNewsAgency, "broadcasters": document.KindBroadcaster, "channels": document.KindBroadcaster,
	"stations": document.KindBroadcaster, "websites": document.KindOnlineMedia, "portals": document.KindOnlineMedia,
	"outlets": document.KindOther,
}

// listAfterPlural matches the names listed after a plural outlet noun:
// "the two agencies, Lakepost and Hillnews, will ...", "media outlets
// including Lakestar, Bay Echo and Rivertown Daily", "the newspapers Hill
// Voice and Lake Echo", "agencies such as A and B" (rule
// pat.org.plural-list). It returns the spans of the names the tagger has
// not named yet, two at least in all; a pattern's name that joined two
// items by "and" ("Bay Echo and Rivertown Daily") is dropped and its two
// parts returned. An item that is a country, place or person ends it with
// nothing.
func (t *Tagger) listAfterPlural(v *view, i int) [][2]int {
	p := i + 1
	switch w := v.low(p); {
	case w == "," || w == ":" || w == "including" || w == "like" || w == "namely":
		p++
	case w == "such" && v.low(p+1) == "as":
		p += 2
	case v.isCap(p) && v.isWord(p):
	default:
		return nil
	}
	if p >= len(v.toks) || v.sent(p) != v.sent(i) {
		return nil
	}
	// "the two agencies, A and B", "the newspapers A and B": a
	// determined noun before a comma or a name right after it
	if w := v.low(i + 1); w == "," || v.isCap(i+1) {
		det := false
		for k := i - 1; k >= 0 && k >= i-4 && v.sent(k) == v.sent(i); k-- {
			switch v.lows[k] {
			case "the", "both", "two", "three", "four", "five":
				det = true
			}
			if det || !v.isWord(k) || v.isCap(k) {
				break
			}
		}
		if !det {
			return nil
		}
	}
	var spans, split [][2]int
	var drop *cand
	items := 0
	for items < 8 && p < len(v.toks) && v.sent(p) == v.sent(i) {
		if v.low(p) == "the" && v.isCap(p+1) {
			p++
		}
		a := p
		if c, ok := v.entityAt(p); ok {
			if c.m.Type != document.Organization || c.t0 != p {
				return nil
			}
			// "Bay Echo and Rivertown Daily": one pattern name over two
			// items, the second with a head
			if and := andAt(v, c.t0, c.t1); and > c.t0 && strings.HasPrefix(c.m.Rule, "pat.org.") && drop == nil && t.properWordIn(v, and+1, c.t1) && !andIn(v, and+1, c.t1) {
				drop = c
				split = append(split, [2]int{c.t0, and}, [2]int{and + 1, c.t1})
				items++
			}
			p = c.t1
		} else {
			for p < len(v.toks) && p-a < 4 && v.sent(p) == v.sent(i) && v.ent[p] == 0 && v.isCap(p) && v.isWord(p) && v.gate[p]&bitStopCap == 0 &&
				!v.has(&t.lex.Titles, p) && !v.has(&t.lex.EventTriggers, p) {
				p++
			}
			// "Rustavi 2": a channel's number
			if p > a && isNumberToken(v.tok(p)) && v.sent(p) == v.sent(i) {
				p++
			}
			if p == a {
				return nil
			}
			spans = append(spans, [2]int{a, p})
		}
		items++
		switch w := v.low(p); {
		case w == "and" || w == "&":
			p++
			continue
		case w == "," && v.low(p+1) == "and":
			p += 2
			continue
		case w == ",":
			// a comma goes on with another name; after the last item it
			// closes the list
			if v.isCap(p+1) && v.isWord(p+1) || v.low(p+1) == "the" {
				p++
				continue
			}
		}
		break
	}
	if items < 2 || p < len(v.toks) && v.sent(p) == v.sent(i) && v.isCap(p) && v.isWord(p) {
		return nil
	}
	if drop != nil {
		drop.dropped = true
		for k := drop.t0; k < drop.t1; k++ {
			v.ent[k] = 0
		}
		spans = append(spans, split...)
	}
	return spans
}

// andAt returns the token of the first "and" inside [a, b), or -1.
func andAt(v *view, a, b int) int {
	for k := a; k < b; k++ {
		if v.lows[k] == "and" {
			return k
		}
	}
	return -1
}

// apposPlural matches "<A>[, <B>] and <C>, the|both|two <modifiers> <plural
// outlet noun>" with the noun at token i: modifiers are up to four
// lower-case words, countries or places; each name is one to four
// untagged capitalised words; the list stands alone after the sentence
// start, a comma or a preposition. It returns the names' spans, none when
// the list does not match.
func (t *Tagger) apposPlural(v *view, i int) [][2]int {
	k := i - 1
	for k > 0 && i-k <= 5 && v.sent(k) == v.sent(i) {
		if c, ok := v.entityAt(k); ok {
			if c.m.Type != document.Country && c.m.Type != document.Place {
				return nil
			}
			k = c.t0 - 1
			continue
		}
		if w := v.lows[k]; w == "the" || w == "both" || w == "two" || w == "three" {
			break
		}
		if !v.isWord(k) || v.isCap(k) {
			return nil
		}
		k--
	}
	// "the three agencies": an article before the number
	if w := v.low(k); (w == "two" || w == "three") && v.low(k-1) == "the" {
		k--
	}
	if k < 1 || v.tok(k-1) != "," || v.sent(k-1) != v.sent(i) {
		return nil
	}
	switch w := v.low(k); w {
	case "the", "both", "two", "three":
	default:
		return nil
	}
	// the names, from the last one back; an organization the tagger
	// named is an item too ("and the Valley Times"), kept as it is
	var spans [][2]int
	items := 0
	b := k - 1
	for items < 5 {
		a := b
		if c, ok := v.entityAt(b - 1); ok && c.t1 == b && c.m.Type == document.Organization {
			a = c.t0
			if v.low(a-1) == "the" {
				a--
			}
		} else {
			for a > 0 && b-a < 4 && v.sent(a-1) == v.sent(i) && v.ent[a-1] == 0 && v.isCap(a-1) && v.isWord(a-1) && v.gate[a-1]&bitStopCap == 0 &&
				!v.has(&t.lex.Titles, a-1) {
				a--
			}
			if a == b {
				return nil
			}
			spans = append(spans, [2]int{a, b})
		}
		items++
		switch w := v.low(a - 1); {
		case w == "and" && items == 1, w == "," && items > 1:
			b = a - 1
			continue
		}
		if items < 2 {
			return nil
		}
		switch w := v.low(a - 1); {
		case a == 0, v.sent(a-1) != v.sent(i), sentenceStart(v, a), w == ",", w == "by", w == "with", w == "from", w == "of",
			w == "to", w == "for", w == "in", w == "on", w == "at", w == "including", w == "between":
			return spans
		}
		return nil
	}
	return nil
}

// prefixHeads are heads that open an outlet's name, with the kind they
// give it: "Radio Rebelde", "Agenzia Nova", "Grupo Bandeirantes".
var prefixHeads = map[string]string{
	"radio": document.KindBroadcaster, "rádio": document.KindBroadcaster, "radiodiffusion": document.KindBroadcaster,
	"télévision": document.KindBroadcaster, "televisión": document.KindBroadcaster, "televisão": document.KindBroadcaster,
	"agenzia": document.KindNewsAgency, "agencia": document.KindNewsAgency, "agência": document.KindNewsAgency, "agence": document.KindNewsAgency,
	"grupo": document.KindCompany, "groupe": document.KindCompany, "gruppo": document.KindCompany,
	"daily": document.KindNewspaper,
	// "Agentstvo Lakeskikh Novostey", "Wakalat al-Anba al-Lakiya"
	"agentstvo": document.KindNewsAgency, "wakala": document.KindNewsAgency, "wakalat": document.KindNewsAgency,
	// state bodies and associations in their native names, whose
	// particle may follow the head at once ("Ministerio de Cultura",
	// "Conseil national de ...", "Sindicato dos Jornalistas ...")
	"ministerio": document.KindGovernmentBody, "ministère": document.KindGovernmentBody, "ministério": document.KindGovernmentBody,
	"secretaría": document.KindGovernmentBody, "secretaria": document.KindGovernmentBody,
	"consejo": document.KindOther, "conseil": document.KindOther, "conselho": document.KindOther,
	"asociación": document.KindOther, "associação": document.KindOther, "federación": document.KindOther,
	"federação": document.KindOther, "fédération": document.KindOther, "sindicato": document.KindOther,
	"syndicat": document.KindOther, "instituto": document.KindOther, "institut": document.KindOther,
	// "Universiti Teknologi Lakeland", "Universidad Nacional de ..."
	"universidad": document.KindOther, "universiti": document.KindOther, "universitas": document.KindOther,
	// "Établissement de la Radio Lakelandaise", "Entreprise Lakelandaise
	// de Télévision", "Société Lakelandaise de Radiodiffusion": public
	// establishments and companies in French; a capital letter outside
	// ASCII stays a capital in the lower-cased token (LowerASCII)
	"Établissement": document.KindOther, "etablissement": document.KindOther, "entreprise": document.KindCompany,
	"société":      document.KindCompany,
	"universidade": document.KindOther, "université": document.KindOther, "università": document.KindOther,
	"universität": document.KindOther,
	// outlets and bodies in Spanish and Portuguese ("Semanario Brecha",
	// "Canal Institucional", "Rede Minas", "Colegio de Periodistas de
	// ...", round 9)
	"semanario": document.KindNewspaper, "diario": document.KindNewspaper, "jornal": document.KindNewspaper,
	"canal": document.KindBroadcaster, "rede": document.KindBroadcaster,
	"colegio": document.KindOther, "fundación": document.KindOther, "fundação": document.KindOther,
}

// canalPlaces after "Canal" make it a place's name, no channel's.
var canalPlaces = map[string]bool{"street": true, "road": true, "avenue": true, "zone": true, "district": true, "bridge": true, "square": true}

// nativeBodyHeads are the prefix heads of state bodies and associations,
// after which a Romance particle may come at once ("Ministerio de
// Cultura", "Sindicato dos Jornalistas").
var nativeBodyHeads = map[string]bool{
	"ministerio": true, "ministère": true, "ministério": true, "secretaría": true, "secretaria": true,
	"consejo": true, "conseil": true, "conselho": true, "asociación": true, "associação": true,
	"federación": true, "federação": true, "fédération": true, "sindicato": true, "syndicat": true,
	"instituto": true, "institut": true, "universidad": true, "universidade": true, "université": true,
	"università": true, "colegio": true, "fundación": true, "fundação": true,
	"Établissement": true, "etablissement": true, "entreprise": true, "société": true,
}

// romanceParticles join the words of a name after a Romance prefix head
// ("Agence Lakelandaise de Presse"); romanceArticles may follow them ("de
// la", "del").
var romanceParticles = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "des": true, "di": true, "della": true, "du": true,
	// "Ministerio de Cultura y Patrimonio", "Office de Radiodiffusion et
	// Télévision", "Ministério da Cultura e Turismo"
	"y": true, "et": true, "e": true}
var romanceArticles = map[string]bool{"la": true, "las": true, "los": true, "le": true, "les": true, "l'": true}

// prefixNames tags names that open with a prefix head (rule
// pat.org.prefix-name, confidence 0.65): the capitalised head, then one to
// three capitalised words, countries or places ("Radio Lakeland
// Worldwide", "Agenzia Lago", "Radio Hill Nairobi"), and no capitalised
// word after them; not a head after the prefix ("Radio Television ..."
// is found by its own head), not in a headline in title case. A Romance
// particle may join two words of the name ("Agence Lakelandaise de
// Presse"; rule pat.org.prefix-name-particle). "Daily" opens a newspaper's
// name (rule pat.org.daily-name) with one or two words after it, none a
// plural, no capitalised word before it (then it is the head of "Lakeside
// Daily") and not as a line of its own. It runs before the person
// patterns, which then see the organization.
func (t *Tagger) prefixNames(v *view) bool {
	added := false
	heads := v.cues[cuePrefixHead] // the tokens with bitPrefixHead
	for i := v.nextIn(0, &heads); i+1 < len(v.toks); i = v.nextIn(i+1, &heads) {
		if !v.isCap(i) || v.ent[i] != 0 {
			continue
		}
		kind, ok := prefixHeads[v.lows[i]]
		if !ok {
			continue
		}
		// "Canal Street", "the Suez Canal Authority": a waterway's canal
		// opens no channel's name
		if v.lows[i] == "canal" && (v.isCap(i-1) && v.isWord(i-1) || canalPlaces[v.low(i+1)]) {
			continue
		}
		daily := v.lows[i] == "daily"
		rule := "pat.org.prefix-name"
		// "Pontificia Universidad Católica ...": one untagged capitalised
		// adjective may open a university's name (rule
		// pat.org.university-name); not after another capitalised word
		start := i
		if kind == document.KindOther && v.sent(i-1) == v.sent(i) && v.isCap(i-1) && v.isWord(i-1) && v.ent[i-1] == 0 && v.gate[i-1]&bitStopCap == 0 &&
			!v.has(&t.lex.Titles, i-1) && !(v.isCap(i-2) && v.isWord(i-2) && v.sent(i-2) == v.sent(i)) {
			start = i - 1
			rule = "pat.org.university-name"
		}
		// "the Lakeside Daily", "People's Daily", "of Lakeland Radio Omar
		// Felan": a capitalised word before the prefix head makes it the
		// head of a longer name, which the head patterns find
		if start == i && v.sent(i-1) == v.sent(i) && v.isCap(i-1) && v.isWord(i-1) && v.gate[i-1]&bitStopCap == 0 && !v.has(&t.lex.Titles, i-1) || daily && v.tok(i-1) == "-" {
			continue
		}
		e := i + 1
		words := 0
		if daily {
			rule = "pat.org.daily-name"
		}
		for e < len(v.toks) && words < 3 && v.sent(e) == v.sent(i) {
			// "Agence Lakelandaise de Presse", "Agencia Riverena de
			// Noticias": a Romance particle between two words of the
			// name (rule pat.org.prefix-name-particle)
			if (words > 0 || nativeBodyHeads[v.lows[i]]) && !daily && romanceParticles[v.lows[e]] {
				k := e + 1
				if romanceArticles[v.low(k)] {
					k++
				}
				// "Universidad Nacional de Lakeland": a country or place
				// after the particle ends the name
				if c, ok := v.entityAt(k); ok && c.t0 == k && (c.m.Type == document.Country || c.m.Type == document.Place) && v.sent(k) == v.sent(i) {
					e = c.t1
					words = 3
					break
				}
				if v.sent(k) == v.sent(i) && v.isCap(k) && v.isWord(k) && v.gate[k]&bitStopCap == 0 && v.ent[k] == 0 {
					e = k
					if start == i {
						rule = "pat.org.prefix-name-particle"
					}
					continue
				}
				break
			}
			// "Agence Lakelandaise d'Information": an elided particle
			// glued to a capitalised word of the name
			if words > 0 && !daily && elidedName(v.tok(e)) {
				e++
				words++
				continue
			}
			// "Wakala al-Anba al-Lakiya": an Arabic article joined by a
			// hyphen to a word of the name
			if w := v.lows[e]; (w == "al" || w == "el") && !v.isCap(e) && v.tok(e+1) == "-" && v.adjacent(e+1) && v.adjacent(e+2) &&
				v.isCap(e+2) && v.isWord(e+2) && v.ent[e+2] == 0 && v.sent(e+2) == v.sent(i) {
				e += 3
				words++
				continue
			}
			if c, ok := v.entityAt(e); ok {
				if c.t0 != e || (c.m.Type != document.Country && c.m.Type != document.Place && c.m.Type != document.Organization) {
					break
				}
				e = c.t1
				words++
				continue
			}
			// a head right after a Romance particle is a word of the name
			// ("Agence Malienne de Presse et Publicité")
			if !v.isCap(e) || !v.isWord(e) || v.gate[e]&bitStopCap != 0 || v.has(&t.lex.OrgHeads, e) && !romanceParticles[v.low(e-1)] && !romanceArticles[v.low(e-1)] || v.has(&t.lex.Titles, e) {
				break
			}
			e++
			words++
		}
		if e > i+1 && !daily && words <= 3 {
			// "Radio Télévision Lakeland-Public": a capitalised word joined
			// by a hyphen to the name's last word is the name's
			if v.tok(e) == "-" && v.adjacent(e) && v.adjacent(e+1) && v.isCap(e+1) && v.isWord(e+1) && v.ent[e+1] == 0 && v.gate[e+1]&bitStopCap == 0 {
				e += 2
			}
			// "Instituto Nacional de Radio y Televisión del Lakeland": a
			// particle and a country after the longest name are its
			// country's
			if p := v.low(e); romanceParticles[p] && p != "y" && p != "et" && p != "e" && v.sent(e) == v.sent(i) {
				k := e + 1
				if romanceArticles[v.low(k)] {
					k++
				}
				if c, ok := v.entityAt(k); ok && c.t0 == k && c.m.Type == document.Country && v.sent(k) == v.sent(i) {
					e = c.t1
				}
			}
		}
		// "Wakalat Anba' al-...": a name cut at an apostrophe inside it
		// is no name
		if tk := v.tok(e); (tk == "'" || tk == "’") && v.adjacent(e) && !v.adjacent(e+1) && v.low(e+1) != "s" {
			continue
		}
		// a capitalised word after the name makes it longer, unless it
		// is a title ("Agenzia Lago CEO Ruth Kell")
		if e == i+1 || words > 3 || v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) && !v.has(&t.lex.Titles, e) || t.titleCase(v, i) {
			continue
		}
		// "Daily Trust", "Daily Messenger": one or two words after
		// "Daily", no plural noun ("Daily Cartoons"), not a line of its
		// own (a menu's "Daily Article Index")
		if daily && (words > 2 || v.ent[i+1] != 0 || strings.HasSuffix(v.low(e-1), "s") && v.low(e-1) != "news" ||
			sentenceStart(v, i) && v.sent(e) != v.sent(i)) {
			continue
		}
		// "Radio International Cooperation Director": field words only
		// name a department
		proper := false
		for k := i + 1; k < e && !proper; k++ {
			proper = v.ent[k] != 0 || !t.lex.TitleFields[v.lows[k]] && !genericWords[v.lows[k]]
		}
		if !proper {
			continue
		}
		// "Radio Xinhua" names Xinhua's radio: an own organization too,
		// but a known name alone after the prefix must be no country
		// ("Television Lakeland"); a demonym after the head is a Romance
		// name's adjective ("Télévision Tunisienne")
		if c, ok := v.entityAt(i + 1); ok && c.t1 == e && c.m.Type == document.Country && e == i+2 && v.lows[i] != "radio" && c.m.Rule != "gaz.country.demonym" {
			continue
		}
		name := cleanName(v.body[v.toks[start].Start:v.toks[e-1].End])
		c := cand{t0: start, t1: e, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, EntityID: document.OrgID(name),
			Rule: rule, Confidence: 0.65}
		if en, _, ok := t.gaz.Lookup(name); ok && en.Type == document.Organization {
			c.m.EntityID, c.m.Name, c.m.Kind, c.m.Country = en.ID, en.Name, en.Kind, en.Country
		} else if kn, ok := v.entityAt(e - 1); ok && kind == document.KindNewsAgency && kn.t1 == e && kn.t0 > i && kn.m.Type == document.Organization &&
			kn.m.Kind == document.KindNewsAgency && strings.HasPrefix(kn.m.Rule, "gaz.") {
			// "Agencia Riverena de Noticias Lakepress": an agency's
			// native name that ends with the agency's known short name is
			// that agency (rule suffix +known)
			c.m.EntityID, c.m.Name, c.m.Country = kn.m.EntityID, kn.m.Name, kn.m.Country
			c.m.Rule += "+known"
		}
		v.add(c)
		added = true
		i = e - 1
	}
	return added
}

// apposNouns are the head nouns of a phrase in apposition that makes the
// name before it an organization ("Lakenet, a Kenyan media company"), with
// the outlet nouns.
var apposNouns = map[string]string{
	"company": document.KindCompany, "organization": "", "organisation": "", "outlet": "", "publisher": document.KindCompany,
	"network": document.KindBroadcaster, "group": document.KindCompany, "broadcaster": document.KindBroadcaster,
	// "Lakenet, a Finnish media trade site": only after a word of media
	// (siteWords), not "a heritage site"
	"site": document.KindOnlineMedia,
	// "Hillmark Data, a research firm, said"
	"firm": document.KindCompany,
}

// listFollowers may follow a list of names as its verb or preposition
// ("A, B and C are", "A and B from"), no noun the last name modifies.
var listFollowers = map[string]bool{
	"are": true, "is": true, "was": true, "were": true, "will": true, "would": true, "have": true, "has": true, "had": true,
	"can": true, "could": true, "may": true, "also": true, "both": true, "all": true, "each": true, "said": true, "say": true,
	"says": true, "to": true, "in": true, "on": true, "at": true, "for": true, "from": true, "with": true, "as": true, "by": true,
	"which": true, "who": true, "that": true, "jointly": true, "together": true, "took": true, "take": true, "won": true,
	"received": true, "attended": true, "agreed": true, "signed": true, "launched": true, "since": true, "until": true,
}

// companyNouns in lower case name a company right after them ("the
// research firm Hillmark Data"), never one before them.
var companyNouns = map[string]string{"company": document.KindCompany, "firm": document.KindCompany, "group": document.KindCompany}

// twoLetterWords are two-letter abbreviations that name no outlet alone.
var twoLetterWords = map[string]bool{"tv": true, "fm": true, "am": true, "hd": true, "pr": true, "it": true, "ai": true, "ok": true, "uk": true, "us": true, "eu": true, "un": true}

// arabicArticle reports whether token k is an Arabic article joined by a
// hyphen to a capitalised word ("An-Nahar", "Al-Ahram").
func arabicArticle(v *view, k int) bool {
	switch v.lows[k] {
	case "al", "an", "el", "ar", "as", "ad", "at", "ash":
		return v.tok(k+1) == "-" && v.adjacent(k+1) && v.adjacent(k+2) && v.isCap(k+2)
	}
	return false
}

// siteWords are the words before "site" that make it an outlet's noun.
var siteWords = map[string]bool{"news": true, "media": true, "trade": true, "web": true, "online": true, "information": true, "analytical": true, "sports": true}

// apposKind returns the kind an apposition's noun at token i gives.
func apposKind(v *view, i int) string {
	if k, ok := outletNouns[v.lows[i]]; ok {
		return k
	}
	return apposNouns[v.lows[i]]
}

// apposName matches "<Name>, a|an|the|<country>'s <modifiers> <noun>" with the noun
// at token i (rule pat.org.name-appos, confidence 0.6): modifiers are up
// to four lower-case words, countries or places ("a large Russian media
// holding", "a Chinese company that provides ..."); the name is one to
// four capitalised words the tagger has not named, standing alone after
// the sentence start, a comma, "and", "with", "by" or "the"; the noun ends
// its phrase (not "a company executive"). It returns the name's span.
func (t *Tagger) apposName(v *view, i int) (int, int, bool) {
	if _, ok := outletNouns[v.lows[i]]; !ok {
		if _, ok := apposNouns[v.lows[i]]; !ok {
			return 0, 0, false
		}
	}
	if w := v.low(i + 1); t.lex.RoleNouns[w] || v.has(&t.lex.Titles, i+1) || v.isWord(i+1) && !v.isCap(i+1) && apposNouns[w] != "" {
		return 0, 0, false
	}
	if v.lows[i] == "site" && !siteWords[v.low(i-1)] {
		return 0, 0, false
	}
	k := i - 1
	owned := false // "Hillclick, Kenya's largest daily,"
	for k > 0 && i-k <= 5 && v.sent(k) == v.sent(i) {
		if c, ok := v.entityAt(k); ok {
			if c.m.Type != document.Country && c.m.Type != document.Place {
				return 0, 0, false
			}
			k = c.t0 - 1
			continue
		}
		if w := v.lows[k]; w == "a" || w == "an" || w == "the" {
			break
		}
		// a country's or place's possessive right after the comma
		// determines the noun as an article does
		if v.lows[k] == "'s" {
			if c, ok := v.entityAt(k - 1); ok && (c.m.Type == document.Country || c.m.Type == document.Place) && v.tok(c.t0-1) == "," {
				k, owned = c.t0, true
				break
			}
			return 0, 0, false
		}
		if !v.isWord(k) || v.isCap(k) && !(v.tok(k-1) == "-" && v.adjacent(k)) {
			if v.tok(k) != "-" {
				return 0, 0, false
			}
		}
		k--
	}
	if k < 1 || !owned && v.lows[k] != "a" && v.lows[k] != "an" && v.lows[k] != "the" || v.tok(k-1) != "," {
		return 0, 0, false
	}
	b := k - 1 // the comma
	a := b
	for a > 0 && b-a < 4 && v.sent(a-1) == v.sent(i) && v.ent[a-1] == 0 && (v.isCap(a-1) && v.isWord(a-1) && v.gate[a-1]&bitStopCap == 0 ||
		v.tok(a-1) == "-" && v.adjacent(a-1) && v.isCap(a-2)) {
		a--
	}
	if a == b || v.isCap(a-1) && v.isWord(a-1) && v.sent(a-1) == v.sent(i) && v.gate[a-1]&bitStopCap == 0 {
		return 0, 0, false
	}
	switch w := v.low(a - 1); {
	case a == 0, v.sent(a-1) != v.sent(i), w == ",", w == "and", w == "with", w == "by", w == "the", sentenceStart(v, a),
		w == "from", w == "of", w == "at", w == "between", w == "including", w == "told",
		w == "to", w == "for", w == "on", w == "in":
	default:
		return 0, 0, false
	}
	if v.has(&t.lex.Titles, a) || t.personName(v, a) && b-a >= 2 || t.titleCase(v, i) {
		return 0, 0, false
	}
	// "news in Russian and English, the organisation of joint tours": a
	// language alone names no outlet (rule pat.org.name-appos)
	if b-a == 1 && languageOnly[v.lows[a]] {
		return 0, 0, false
	}
	return a, b, true
}

// theBefore are the words after which a capitalised "The" in the middle of
// a sentence opens a newspaper's name ("correspondent of The Nation",
// "with The Lakeside Herald").
var theBefore = map[string]bool{
	"of": true, "with": true, "and": true, "by": true, "for": true, "from": true, "in": true, "to": true, ",": true,
}

// basedNames tags a name right after "<place>-based" ("the Lagos-based
// Lakenet said", "the Doha-based Hill Voice") as an organization (rule
// pat.org.based-name, confidence 0.6): one to three capitalised words the
// tagger has not named, no name of the person lexicons first, a
// lower-case word or punctuation after them; not in a title-case headline.
// It reports whether it added any.
func (t *Tagger) basedNames(v *view) bool {
	added := false
	next := 2 // the first token "based" may be
	for _, i := range v.cues[cueBased] {
		if i+1 >= len(v.toks) {
			break
		}
		if i < next || v.tok(i-1) != "-" || !v.adjacent(i) || !v.isCap(i-2) {
			continue
		}
		j := i + 1
		e := j
		for e < len(v.toks) && e-j < 3 && v.sent(e) == v.sent(i) && v.ent[e] == 0 && v.isCap(e) && v.isWord(e) &&
			v.gate[e]&bitStopCap == 0 && !v.has(&t.lex.Titles, e) {
			e++
		}
		if e == j || v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) || t.personName(v, j) || t.titleCase(v, i) || t.vocabularyIn(v, j, e) {
			continue
		}
		name := cleanName(v.body[v.toks[j].Start:v.toks[e-1].End])
		c := cand{t0: j, t1: e, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Name: name, EntityID: document.OrgID(name), Rule: "pat.org.based-name", Confidence: 0.6}
		v.add(c)
		v.take(j, e)
		added = true
		next = e
	}
	return added
}

// sourceVerbs after an acronym, and sourceCues before it, make it a
// source that reports or is told: an outlet or another body ("NAN
// reported", "told CNBC").
var sourceVerbs = map[string]bool{"reported": true, "reports": true, "quoted": true, "said": true, "says": true, "learned": true, "learnt": true}

// sourceAcronyms tags an acronym the tagger does not know as an
// organization when it reports or is told something (rule
// pat.org.acronym-source, confidence 0.55): three to six capitals, a
// statement or report verb after it ("IINA reported", "the LPA said"), or
// "told", "according to", "quoted by", "cited by", "interview with" before
// it; not next to another word in capitals (a headline or a byline in
// capitals). It reports whether it added any.
func (t *Tagger) sourceAcronyms(v *view) bool {
	added := false
	// the tests below let through a comma or a capital only
	caps, commas := v.caps, v.cues[cueComma]
	for i := min(v.nextIn(0, &caps), v.nextIn(0, &commas)); i < len(v.toks); i = min(v.nextIn(i+1, &caps), v.nextIn(i+1, &commas)) {
		tk := v.tok(i)
		if tk == "," {
			if i < 3 || v.isCap(i-1) || !apposUnit(v.low(i-1)) {
				continue
			}
			if a, b, ok := t.unitAppos(v, i); ok {
				name := cleanName(v.body[v.toks[a].Start:v.toks[b-1].End])
				c := cand{t0: a, t1: b, layer: layerEntity, prio: 1}
				c.m = document.Mention{Type: document.Organization, Kind: document.KindOther, Name: name, EntityID: document.OrgID(name), Rule: "pat.org.unit-appos", Confidence: 0.6}
				v.add(c)
				v.take(a, b)
				added = true
				i = b - 1
			}
			continue
		}
		if v.ent[i] != 0 {
			continue
		}
		if !(len(tk) >= 3 && len(tk) <= 6 && upperLetters(tk)) {
			// the cue's last word first: "told", "to", "by", "with"
			if !v.isCap(i) {
				continue
			}
			if p := v.low(i - 1); len(p) < 2 || len(p) > 4 || p[0] != 't' && p[0] != 'b' && p[0] != 'w' {
				continue
			}
			if e, ok := t.sourceBrand(v, i); ok {
				c := cand{t0: i, t1: e, layer: layerEntity, prio: 1}
				name := v.body[v.toks[i].Start:v.toks[e-1].End]
				c.m = document.Mention{Type: document.Organization, Name: name, EntityID: document.OrgID(name), Rule: "pat.org.brand-source", Confidence: 0.55}
				v.add(c)
				v.take(i, e)
				added = true
				i = e - 1
			}
			continue
		}
		if v.sent(i+1) == v.sent(i) && v.isAllCaps(i+1) && v.isWord(i+1) || v.sent(i-1) == v.sent(i) && v.isAllCaps(i-1) && v.isWord(i-1) && len(v.tok(i-1)) > 1 {
			continue
		}
		w := v.low(i - 1)
		after := v.sent(i+1) == v.sent(i) && sourceVerbs[v.low(i+1)]
		before := w == "told" || w == "to" && v.low(i-2) == "according" || w == "by" && (v.low(i-2) == "quoted" || v.low(i-2) == "cited") ||
			w == "with" && v.low(i-2) == "interview"
		if !after && !before || t.isCountryWord(v, i) {
			continue
		}
		c := cand{t0: i, t1: i + 1, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Name: tk, EntityID: document.OrgID(tk), Rule: "pat.org.acronym-source", Confidence: 0.55}
		v.add(c)
		v.ent[i] = len(v.cands)
		added = true
	}
	return added
}

// upperLetters reports whether s is made of the capitals A-Z only.
func upperLetters(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return true
}

// theNames tags a name that starts with a capitalised "The" in the middle
// of a sentence ("Editor of The News", "cooperation with The Lakeside
// Herald") as a newspaper (rule pat.org.the-name, confidence 0.6): one to
// three capitalised words the tagger has not named after it, with a
// proper word among them, a lower-case word or punctuation after them;
// not in a title-case headline. It reports whether it added any.
func (t *Tagger) theNames(v *view) bool {
	added := false
	next := 1 // the first token "The" may be
	for _, i := range v.cues[cueThe] {
		if i+1 >= len(v.toks) {
			break
		}
		if i < next || v.tok(i) != "The" || v.sent(i-1) != v.sent(i) || !theBefore[v.lows[i-1]] || v.ent[i+1] != 0 {
			continue
		}
		e := i + 1
		for e < len(v.toks) && e-i <= 3 && v.sent(e) == v.sent(i) && v.ent[e] == 0 && v.isCap(e) && v.isWord(e) &&
			v.gate[e]&bitStopCap == 0 && !v.has(&t.lex.Titles, e) && !v.has(&t.lex.EventTriggers, e) {
			e++
		}
		if e == i+1 || e-i > 3 || v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) || t.titleCase(v, i) {
			continue
		}
		if !t.properWordIn(v, i+1, e) && !v.has(&t.lex.OrgHeads, e-1) {
			continue
		}
		name := v.body[v.toks[i].Start:v.toks[e-1].End]
		c := cand{t0: i, t1: e, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: document.KindNewspaper, Name: name, EntityID: document.OrgID(name),
			Rule: "pat.org.the-name", Confidence: 0.6}
		v.add(c)
		v.take(i, e)
		added = true
		next = e
	}
	return added
}

// orgSeries tags the untagged names of a series after "such as" or
// "including" whose other members are organizations and nothing else
// ("outlets such as Xinhua, Lakeside Times and Hill Voice"): they are
// organizations of the same kind (rule pat.org.series, confidence 0.6).
// Each member is one to four capitalised words; a member that is a
// person, country or place, or a word in lower case inside the series,
// cancels it. It reports whether it added any.
func (t *Tagger) orgSeries(v *view) bool {
	added := false
	for _, i := range v.cues[cueSeries] {
		if i < 1 {
			continue
		}
		switch w := v.lows[i]; {
		case w == "including", w == "as" && v.lows[i-1] == "such", w == ":" && seriesNouns[v.lows[i-1]]:
		case (w == "as" || w == "like") && suchBefore(v, i):
			// "such news agencies as A, B and C", "such media
			// organizations like A and B"
		default:
			continue
		}
		type member struct{ a, b int }
		var members []member
		orgs, kind, ok := 0, "", true
		k := i + 1
		for k < len(v.toks) && v.sent(k) == v.sent(i) && ok {
			if v.low(k) == "the" {
				k++
			}
			// "Austrian APA": a country before a member names its home
			if c, found := v.entityAt(k); found && c.t0 == k && c.m.Type == document.Country && v.isCap(c.t1) {
				k = c.t1
			}
			// "Yangon Media": a place that opens a member's name
			if c, found := v.entityAt(k); found && c.t0 == k && c.m.Type == document.Place && v.isCap(c.t1) && v.isWord(c.t1) && v.ent[c.t1] == 0 {
				a := k
				k = c.t1
				for k < len(v.toks) && k-a < 4 && v.ent[k] == 0 && v.isCap(k) && v.gate[k]&bitStopCap == 0 && !v.has(&t.lex.Titles, k) {
					k++
				}
				if placeHeads[v.low(k-1)] || v.tok(k) == "-" {
					ok = false // "Lakeside Park", "Hill Economic-Technological ..."
					break
				}
				members = append(members, member{a, k})
				goto sep
			}
			if c, found := v.entityAt(k); found && c.t0 == k {
				if c.m.Type != document.Organization {
					ok = false
					break
				}
				orgs++
				if kind == "" {
					kind = c.m.Kind
				} else if kind != c.m.Kind {
					kind = "-"
				}
				k = c.t1
			} else {
				a := k
				for k < len(v.toks) && k-a < 4 && v.ent[k] == 0 && v.isCap(k) && v.gate[k]&bitStopCap == 0 &&
					!v.has(&t.lex.Titles, k) && v.sent(k) == v.sent(i) {
					k++
				}
				if k == a {
					break
				}
				// "Hope Park", "Lake Economic-Technological Zone": a
				// place is no member
				if placeHeads[v.low(k-1)] || v.tok(k) == "-" && v.adjacent(k) {
					ok = false
					break
				}
				members = append(members, member{a, k})
			}
		sep:
			// "Bashinform (Russia)": the member's country in parentheses
			if v.tok(k) == "(" && v.tok(k+2) == ")" {
				if c, found := v.entityAt(k + 1); found && c.m.Type == document.Country {
					k += 3
				}
			}
			switch {
			case v.tok(k) == "," && (v.low(k+1) == "and" || v.low(k+1) == "or"):
				k += 2
			case v.tok(k) == "," || v.low(k) == "and" || v.low(k) == "or":
				k++
			default:
				// the series ends; a capitalised word right after a
				// member means the member was cut short
				if v.isCap(k) && v.isWord(k) {
					ok = false
				}
				k = len(v.toks)
			}
		}
		if !ok || orgs == 0 || len(members) == 0 || orgs+len(members) < 2 {
			continue
		}
		if kind == "-" {
			kind = ""
		}
		for _, m := range members {
			name := cleanName(v.body[v.toks[m.a].Start:v.toks[m.b-1].End])
			c := cand{t0: m.a, t1: m.b, layer: layerEntity, prio: 1}
			c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, EntityID: document.OrgID(name),
				Rule: "pat.org.series", Confidence: 0.6}
			v.add(c)
			v.take(m.a, m.b)
			added = true
		}
	}
	lists := t.orgLists(v)
	return t.ownCountryTails(v) || lists || added
}

// ownCountryTails lengthens a state body the gazetteer knows by its own
// country after "of" ("the Ministry of Digital Development,
// Communications and Mass Media of the Russian Federation", "the State
// Council Information Office of China"; rule gaz.org.alias+country): the
// name the text writes in full is the body's, the country's mention stays
// in the resolver's reading of the name. Not before a capitalised word,
// a possessive or a hyphen.
func (t *Tagger) ownCountryTails(v *view) bool {
	added := false
	for n, k := len(v.cands), 0; k < n; k++ {
		c := v.cands[k]
		if c.layer != layerEntity || c.m.Type != document.Organization || c.m.Kind != document.KindGovernmentBody || !strings.HasPrefix(c.m.Rule, "gaz.org.") ||
			v.ent[c.t0] != k+1 || v.low(c.t1) != "of" {
			continue
		}
		j := c.t1 + 1
		if v.low(j) == "the" {
			j++
		}
		d, ok := v.entityAt(j)
		if !ok || d.t0 != j || d.m.Type != document.Country || d.m.EntityID == "" || t.gazCountry(c.m.EntityID) == "" ||
			d.m.EntityID != document.CountryID(t.gazCountry(c.m.EntityID)) || v.sent(d.t1) != v.sent(c.t0) {
			continue
		}
		if e := d.t1; v.isCap(e) && v.isWord(e) || v.low(e) == "'s" || v.tok(e) == "-" {
			continue
		}
		m := c.m
		m.Rule += "+country"
		v.add(cand{m: m, t0: c.t0, t1: d.t1, layer: layerEntity, prio: 3})
		added = true
	}
	return added
}

// orgLists tags the untagged members of a list of organizations with no
// cue before it ("aired on SABC, ZTV and NBC", "from the BBC, ARD, Yle of
// Finland and Czech Television", "the Uganda Broadcasting Corporation
// (UBC), the Daily Monitor and New Vision"; rule pat.org.list-member,
// confidence 0.55): the list's members are joined by commas, "and" or
// "or"; each is an organization, or one to three capitalised words the
// tagger has not named, with "the", a country's possessive before it
// ("Peru's El Comercio") or its acronym or its country ("of Finland")
// after it. Two members at least are organizations, or one media outlet
// when the only untagged member is an acronym; a person, country, place
// or event as a member, a word in lower case inside or a capitalised word
// right after the list cancels it, and so does a headline in title case;
// a last member right before a word in lower case modifies it ("the CIS
// and EEU territories") and is left out.
func (t *Tagger) orgLists(v *view) bool {
	added := false
	type member struct{ a, b int }
	var members []member
	for i := 0; i < len(v.toks); i++ {
		c, ok := v.entityAt(i)
		if !ok || c.t0 != i || c.m.Type != document.Organization {
			continue
		}
		// only from a list's first organization: after a comma or "and"
		// another list ran already
		if p := v.low(i - 1); p == "," || p == "and" || p == "or" || p == "the" && (v.low(i-2) == "," || v.low(i-2) == "and") {
			continue
		}
		members = members[:0]
		orgs, ok, k := 0, true, i
		media := 0 // members that are media outlets
		for k < len(v.toks) && v.sent(k) == v.sent(i) && ok {
			if v.low(k) == "the" && k > i {
				k++
			}
			// "Peru's El Comercio": a country's possessive before a member
			if d, found := v.entityAt(k); found && d.t0 == k && d.m.Type == document.Country && v.low(d.t1) == "'s" {
				k = d.t1 + 1
			}
			if d, found := v.entityAt(k); found && d.t0 == k {
				if d.m.Type != document.Organization {
					ok = false
					break
				}
				orgs++
				switch d.m.Kind {
				case document.KindNewsAgency, document.KindNewspaper, document.KindBroadcaster, document.KindOnlineMedia:
					media++
				}
				k = d.t1
				// "SABC 1": a channel's number is the member's
				if k+1 < len(v.toks) && !v.adjacent(k) && channelNumber(v, k) {
					k++
				}
				// "SABC News": a service's word after a known name is the
				// member's
				for n := 0; n < 2 && k < len(v.toks) && v.ent[k] == 0 && v.isCap(k) && v.isWord(k) && v.sent(k) == v.sent(i) && genericWords[v.lows[k]]; n++ {
					k++
				}
			} else {
				a := k
				// "New Vision", "The Citizen": a stop word that opens a
				// name before another capitalised word
				for k < len(v.toks) && k-a < 3 && v.ent[k] == 0 && v.isCap(k) && v.isWord(k) && (v.gate[k]&bitStopCap == 0 || k > a || k+1 < len(v.toks) && v.isCap(k+1) && v.isWord(k+1) && v.ent[k+1] == 0 && v.gate[k+1]&bitStopCap == 0) &&
					!v.has(&t.lex.Titles, k) && !v.has(&t.lex.EventTriggers, k) && v.sent(k) == v.sent(i) {
					k++
				}
				if k == a {
					if k > i {
						ok = false // a word in lower case inside the list
					}
					break
				}
				if placeHeads[v.low(k-1)] || v.tok(k) == "-" || v.low(k) == "'s" || t.personName(v, a) && k-a >= 2 {
					ok = false
					break
				}
				members = append(members, member{a, k})
				// "Yle of Finland": the member's country; "Voice of
				// Lakeland (VOL)" is one name that its acronym follows
				if v.low(k) == "of" {
					if d, found := v.entityAt(k + 1); found && d.t0 == k+1 && d.m.Type == document.Country {
						if v.tok(d.t1) == "(" || t.lex.Vocabulary[v.lows[k-1]] || v.has(&t.lex.OrgHeads, k-1) {
							ok = false
							break
						}
						k = d.t1
					}
				}
			}
			// "(UBC)", "(Kenya)", "(SRG SSR)": the member's acronym or
			// country
			if v.tok(k) == "(" {
				for n := k + 1; n < k+5 && n < len(v.toks) && v.sent(n) == v.sent(i); n++ {
					if v.tok(n) == ")" {
						k = n + 1
						break
					}
					if !v.isCap(n) && v.isWord(n) {
						break
					}
				}
			}
			switch {
			case v.tok(k) == "," && (v.low(k+1) == "and" || v.low(k+1) == "or"):
				k += 2
			case v.tok(k) == "," || v.low(k) == "and" || v.low(k) == "or":
				k++
			default:
				if v.isCap(k) && v.isWord(k) && v.sent(k) == v.sent(i) {
					ok = false
				}
				// "the CIS and EEU territories", "the Henan provincial
				// government": a last member before a word in lower case
				// modifies it
				if n := len(members); n > 0 && members[n-1].b == k && v.isWord(k) && !v.isCap(k) && !listFollowers[v.lows[k]] && !strings.HasSuffix(v.lows[k], "ed") {
					members = members[:n-1]
				}
				k = len(v.toks)
			}
			// "..., and the channels of other members": the list ends at
			// a word in lower case after its separator
			if k < len(v.toks) && v.sent(k) == v.sent(i) {
				n := k
				if v.low(n) == "the" {
					n++
				}
				if v.isWord(n) && !v.isCap(n) {
					break
				}
			}
		}
		if !ok || len(members) == 0 || t.titleCase(v, i) {
			continue
		}
		// "SABC News and ZTV": one media outlet and one acronym are two
		// outlets
		if orgs < 2 && !(media == 1 && len(members) == 1 && members[0].b == members[0].a+1 && v.acronym(members[0].a) && len(v.tok(members[0].a)) >= 3) {
			continue
		}
		for _, m := range members {
			if !t.properWordIn(v, m.a, m.b) && !v.acronym(m.a) {
				continue
			}
			name := cleanName(v.body[v.toks[m.a].Start:v.toks[m.b-1].End])
			c := cand{t0: m.a, t1: m.b, layer: layerEntity, prio: 1}
			c.m = document.Mention{Type: document.Organization, Name: name, EntityID: document.OrgID(name),
				Rule: "pat.org.list-member", Confidence: 0.55}
			v.add(c)
			v.take(m.a, m.b)
			added = true
		}
	}
	return added
}

// countryListed tags the untagged names of a list whose items are
// organizations each followed by its country in parentheses ("board
// members from AAP (Australia), Lakepress (Lakeland), Xinhua (China) and
// PTI (India)") as organizations (rule pat.org.series, confidence 0.6):
// two known organizations of the sentence at least are written so, and the
// name is one to three capitalised words right after a comma, "and",
// "from" or the sentence start. It reports whether it added any.
func (t *Tagger) countryListed(v *view) bool {
	added := false
	for n := 0; n < len(v.parens); {
		// the parentheses of one sentence
		sent := v.sent(v.parens[n])
		m := n
		for m < len(v.parens) && v.sent(v.parens[m]) == sent {
			m++
		}
		known := 0
		var cands [][2]int
		for _, p := range v.parens[n:m] {
			c, ok := v.entityAt(p + 1)
			if !ok || c.m.Type != document.Country || c.t0 != p+1 || v.tok(c.t1) != ")" {
				continue
			}
			if o, ok := v.entityAt(p - 1); ok && o.m.Type == document.Organization && o.t1 == p {
				known++
				continue
			}
			a := p
			for a > 0 && p-a < 3 && v.ent[a-1] == 0 && v.isCap(a-1) && v.isWord(a-1) && v.gate[a-1]&bitStopCap == 0 && v.sent(a-1) == sent {
				a--
			}
			if w := v.low(a - 1); a < p && (w == "," || w == "and" || w == "from" || a == 0 || v.sent(a-1) != sent) {
				cands = append(cands, [2]int{a, p})
			}
		}
		if known >= 2 {
			for _, c := range cands {
				name := cleanName(v.body[v.toks[c[0]].Start:v.toks[c[1]-1].End])
				cd := cand{t0: c[0], t1: c[1], layer: layerEntity, prio: 1}
				cd.m = document.Mention{Type: document.Organization, Name: name, EntityID: document.OrgID(name), Rule: "pat.org.series", Confidence: 0.6}
				v.add(cd)
				v.take(c[0], c[1])
				added = true
			}
		}
		n = m
	}
	return added
}

// seriesBefore reports whether a cue of a series ("such as",
// "including", "like", a colon) opens the capitalised names and commas
// that end before token k, in its sentence.
func seriesBefore(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-16 && v.sent(j) == v.sent(k); j-- {
		switch w := v.lows[j]; {
		case w == ":" || w == "including" || w == "include" || w == "includes" || w == "like" || w == "as" && v.low(j-1) == "such":
			return true
		case w == "," || w == "and" || w == "of" || w == "the" || w == "-" || v.isCap(j) && v.isWord(j):
		default:
			return false
		}
	}
	return false
}

// suchBefore reports whether "such" opens the noun phrase that ends
// before token i ("such news agencies as", "such media organization
// like"): one to three lower-case words between.
func suchBefore(v *view, i int) bool {
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if v.lows[k] == "such" {
			return true
		}
		if !v.isWord(k) || v.isCap(k) {
			return false
		}
	}
	return false
}

// seriesNouns before a colon open a series of organizations ("the
// following agencies: ...").
var seriesNouns = map[string]bool{
	"agencies": true, "outlets": true, "media": true, "newspapers": true, "broadcasters": true, "partners": true,
	"members": true, "organizations": true, "organisations": true, "companies": true, "channels": true,
}

// outletSpeakers tags "<Name>, <organization>:" as a person (rule
// pat.person.name-outlet, confidence 0.75): a name of two to four words,
// a comma, an organization (with an outlet noun after it) and a colon
// that opens what the person said ("Lena Marsh, Hill Voice newspaper:
// ..."). It reports whether it added any.
// apposUnit reports whether w names a unit of an organization that a
// possessive owns and a name in apposition follows.
func apposUnit(w string) bool {
	switch w {
	case "arm", "desk", "unit", "subsidiary", "wing", "affiliate", "branch":
		return true
	}
	return false
}

// unitAppos matches the name of an organization's unit in apposition
// after the comma at token i: "Fjordvision's Sami-language desk, Davvi
// Media.", "the agency's training arm, Lakeland Media School," (rule
// pat.org.unit-appos). The owner is a possessive; words in lower case
// may stand between it and the unit noun. It returns the name's span.
func (t *Tagger) unitAppos(v *view, i int) (int, int, bool) {
	if i < 3 || v.isCap(i-1) || !apposUnit(v.low(i-1)) {
		return 0, 0, false
	}
	k := i - 2
	for k > 0 && i-k <= 5 && v.sent(k) == v.sent(i) && (v.isWord(k) && !v.isCap(k) || v.tok(k) == "-" || v.isCap(k) && v.tok(k+1) == "-" && v.adjacent(k+1)) && v.low(k) != "'s" {
		k--
	}
	if w := v.low(k); w != "'s" && w != "its" && w != "their" {
		return 0, 0, false
	}
	j := i + 1
	if v.low(j) == "the" && v.isCap(j+1) {
		j++
	}
	e := j
	for e < len(v.toks) && e-j < 4 && v.sent(e) == v.sent(i) && v.ent[e] == 0 && v.isCap(e) && v.isWord(e) &&
		v.gate[e]&bitStopCap == 0 && !v.has(&t.lex.Titles, e) && !v.has(&t.lex.EventTriggers, e) {
		e++
	}
	if e == j || t.personName(v, j) || !t.properWordIn(v, j, e) {
		return 0, 0, false
	}
	if w := v.low(e); w != "," && w != "and" && w != "(" && w != ")" && !(w == "." && v.sent(e+1) != v.sent(i)) {
		return 0, 0, false
	}
	return j, e, true
}

// sourceBrand matches an outlet's brand that a source cue names: "in an
// interview with Rustavi 2", "told Report.az", "quoted by TOLOnews": a
// capitalised word with a channel's number after it, a web address or a
// brand's inner capital, after "told", "interview with", "according to",
// "quoted by" or "cited by", before a punctuation mark or a word in lower
// case. It returns the brand's end.
func (t *Tagger) sourceBrand(v *view, i int) (int, bool) {
	switch v.low(i - 1) {
	case "told":
	case "to":
		if w := v.low(i - 2); w != "according" && w != "interview" {
			return 0, false
		}
	case "by":
		if w := v.low(i - 2); w != "quoted" && w != "cited" {
			return 0, false
		}
	case "with":
		if v.low(i-2) != "interview" {
			return 0, false
		}
	default:
		return 0, false
	}
	if !v.isWord(i) || v.gate[i]&bitStopCap != 0 {
		return 0, false
	}
	e := i + 1
	tk := v.tok(i)
	switch {
	case isNumberToken(v.tok(e)) && v.sent(e) == v.sent(i) && len(v.tok(e)) <= 3:
		e++ // "Rustavi 2", "Kanal 13"
	case camelBrand(tk) || strings.IndexByte(tk, '.') > 0 && strings.IndexByte(tk, '.') < len(tk)-2:
		// "TOLOnews", "Report.az" (a word of its own: the tokenizer
		// keeps a web address whole)
	default:
		return 0, false
	}
	if e < len(v.toks) && v.sent(e) == v.sent(i) && (v.isCap(e) && v.isWord(e) || v.ent[e] != 0) {
		return 0, false
	}
	return e, true
}

func (t *Tagger) outletSpeakers(v *view) bool {
	added := false
	for _, i := range v.cues[cueColon] {
		if i < 4 {
			continue
		}
		k := i - 1
		if !v.isCap(k) && outletNouns[v.low(k)] != "" {
			k--
		}
		c, ok := v.entityAt(k)
		if !ok || c.m.Type != document.Organization || c.t1 != k+1 || v.tok(c.t0-1) != "," {
			continue
		}
		comma := c.t0 - 1
		// the name ends at the comma; find its start
		s := comma - 1
		for s > 0 && comma-s < 5 && v.sent(s-1) == v.sent(comma) && (t.nameToken(v, s-1) || v.gate[s-1]&bitParticle != 0 || v.tok(s-1) == "-") {
			s--
		}
		if e := t.nameRun(v, s); e == comma && e-s >= 2 && !placeHeads[v.low(e-1)] && (s == 0 || v.sent(s-1) != v.sent(s) || !v.isCap(s-1) || v.gate[s-1]&bitStopCap != 0) {
			v.addPerson(s, e, "pat.person.name-outlet", 0.75, "")
			v.take(s, e)
			added = true
		}
	}
	return added
}

// personFormRules are the person rules that find a name by its form or
// its lexicon words alone, which the words around it may overrule.
var personFormRules = map[string]bool{
	"pat.person.given-name": true, "pat.person.name-form": true, "pat.person.surname-form": true,
	"pat.person.name-title": true, "pat.person.name-said": true,
}

// outletPersons retags as organizations the names a person rule found by
// their form alone where the words around them make them outlets (rule
// pat.org.outlet-not-person, confidence 0.6): after an outlet noun in
// lower case ("the Qatari daily Al-Sabah", "the channel Nur Halim"), or
// before a comma and an apposition that ends in one ("Dunmore Kali, the
// regional newspaper, ..."). "Broadcaster" is a person's word too ("the
// veteran broadcaster Anna Lind"): it makes an outlet only of a name with
// a word in capitals ("Switzerland's SRG SSR, the host broadcaster"). A
// name that "Al" or "El" opens in parentheses right after an organization
// is that organization ("Lakeland Television (Al Hurra)"). It
// also gives a person's name repeated in parentheses without its accents
// the id of the name before it ("Vũ Minh Châu (Vu Minh Chau)", rule
// pat.person.unaccented-alias). It reports whether it changed any.
func (t *Tagger) outletPersons(v *view) bool {
	changed := false
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.dropped || c.m.Type != document.Person || !personFormRules[c.m.Rule] {
			continue
		}
		a, b := c.t0, c.t1
		caps := false
		for j := a; j < b; j++ {
			if v.isAllCaps(j) && len(v.tok(j)) >= 2 {
				caps = true
			}
		}
		// the noun before the name
		kind, _, ok := "", 0, false
		if v.sent(a-1) == v.sent(a) {
			kind, _, ok = outletNounAt(v, a-1)
			if ok && v.low(a-1) == "broadcaster" && !caps {
				ok = false
			}
		}
		// ", the [words] noun" closing an apposition after the name
		if !ok && v.tok(b) == "," && (v.low(b+1) == "the" || v.low(b+1) == "a" || v.low(b+1) == "an") {
			// the noun heads the apposition: no preposition before it, a
			// title only right before it as its modifier ("the host
			// broadcaster"; "Anna Lind, the head of the agency," is a
			// person)
			for j := b + 2; j < b+6 && v.sent(j) == v.sent(a) && v.isWord(j) && !v.isCap(j) && !apposStops[v.low(j)]; j++ {
				if v.has(&t.lex.Titles, j) {
					if _, _, next := outletNounAt(v, j+1); !next {
						break
					}
				}
				if kd, _, isNoun := outletNounAt(v, j); isNoun {
					if end := v.tok(j + 1); end == "," || end == "." || end == ";" || end == ")" || end == "" {
						if v.low(j) != "broadcaster" || caps {
							kind, ok = kd, true
						}
					}
					break
				}
			}
		}
		if ok {
			name := cleanName(v.body[v.toks[a].Start:v.toks[b-1].End])
			c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, EntityID: document.OrgID(name),
				Rule: "pat.org.outlet-not-person", Confidence: 0.6, Span: c.m.Span, Sentence: c.m.Sentence}
			changed = true
			continue
		}
		// "Lakeland Television (Al Hurra)": a name that an Arabic article
		// opens in parentheses right after an organization is its other
		// name
		if v.tok(a-1) == "(" && v.tok(b) == ")" && (v.low(a) == "al" || v.low(a) == "el") {
			if p, found := v.entityAt(a - 2); found && p.m.Type == document.Organization && p.t1 == a-1 {
				c.m = document.Mention{Type: document.Organization, Kind: p.m.Kind, Name: p.m.Name, EntityID: p.m.EntityID, Country: p.m.Country,
					Rule: "pat.org.outlet-not-person", Confidence: 0.6, Span: c.m.Span, Sentence: c.m.Sentence}
				changed = true
				continue
			}
		}
		// "Vũ Minh Châu (Vu Minh Chau)": the same name without accents
		if v.tok(a-1) == "(" && v.tok(b) == ")" {
			if p, found := v.entityAt(a - 2); found && p.m.Type == document.Person && p.t1 == a-1 &&
				strings.EqualFold(plainLetters.Replace(foldAccents(v.body[p.m.Start:p.m.End])), v.body[c.m.Start:c.m.End]) && v.body[p.m.Start:p.m.End] != v.body[c.m.Start:c.m.End] {
				// the resolver gives it the id of the name it repeats
				name := p.m.Name
				if name == "" {
					name = v.body[p.m.Start:p.m.End]
				}
				c.m.EntityID, c.m.Name, c.m.Rule = p.m.EntityID, name, "pat.person.unaccented-alias"
				changed = true
			}
		}
	}
	return changed
}

// plainLetters writes the letters that carry no combining mark in
// Unicode but a stroke of their own in the Latin letter they are written
// as without it ("Đức" -> "Duc" after foldAccents).
var plainLetters = strings.NewReplacer("Đ", "D", "đ", "d", "Ø", "O", "ø", "o", "Ł", "L", "ł", "l", "ı", "i", "Ħ", "H", "ħ", "h")

// apposStops are the words that end an apposition's head before an
// outlet noun could: prepositions and conjunctions.
var apposStops = map[string]bool{"of": true, "for": true, "at": true, "in": true, "on": true, "with": true, "from": true, "to": true, "and": true, "or": true, "by": true}

// glossVerbs are the words before a quoted translation of a name.
var glossVerbs = map[string]bool{"means": true, "meaning": true, "mean": true, "literally": true, "translates": true, "translated": true}

// glossNames drops the organizations a pattern found inside a quoted
// translation of a name ("Lakepress, whose name means "Lake News
// Agency", ...", "Dunya, literally "World Television""): the gloss names
// the organization the sentence already named, no other (rule
// pat.org.gloss, the words stay claimed). It reports whether it dropped
// any.
func (t *Tagger) glossNames(v *view) bool {
	dropped := false
	for _, k := range v.entities {
		c, ok := v.patternOrg(k)
		if !ok {
			continue
		}
		q := c.t0 - 1
		if tk := v.tok(q); tk != "\"" && tk != "“" && tk != "'" && tk != "‘" {
			continue
		}
		if tk := v.tok(c.t1); tk != "\"" && tk != "”" && tk != "'" && tk != "’" {
			continue
		}
		p := q - 1
		if v.low(p) == "as" || v.tok(p) == "," {
			p-- // "translates as", "meaning, ..."
		}
		if glossVerbs[v.low(p)] && v.sent(p) == v.sent(c.t0) {
			c.m.Type = ""
			c.m.Rule = "pat.org.gloss"
			dropped = true
		}
	}
	return dropped
}

// knownAsNames gives a name a pattern found after "known as" the id of
// the organization the clause follows ("the Lakeland Press Union (LPU),
// known in Spanish as the Unión de Prensa Lakeña (UPL), ...", "Hill TV,
// also known as the First Channel,"): one organization by another of its
// names (rule suffix +known-as). The words between are "known", perhaps
// "also", "locally", "better" or "in" and a language, "as" and perhaps
// "the"; an acronym in parentheses may follow the organization. It
// reports whether it changed any.
func (t *Tagger) knownAsNames(v *view) bool {
	changed := false
	for _, k := range v.entities {
		c, ok := v.patternOrg(k)
		if !ok {
			continue
		}
		p := c.t0 - 1
		if v.low(p) == "the" {
			p--
		}
		if v.low(p) != "as" {
			continue
		}
		p--
		if v.low(p-1) == "in" && v.isCap(p) {
			p -= 2 // "known in Spanish as"
		} else if w := v.low(p); w == "locally" || w == "widely" || w == "officially" || w == "formally" {
			p--
		}
		if v.low(p) != "known" {
			continue
		}
		p--
		if w := v.low(p); w == "also" || w == "better" {
			p--
		}
		if v.tok(p) != "," {
			continue
		}
		p--
		// "(ACR)" after the organization
		if v.tok(p) == ")" && v.tok(p-2) == "(" {
			p -= 3
		}
		o, ok := v.entityAt(p)
		if !ok || o.t1 != p+1 || o.m.Type != document.Organization || o.m.EntityID == "" || v.sent(p) != v.sent(c.t0) {
			continue
		}
		// its own acronym after it goes with it ("... (UPL)")
		if a, ok := v.entityAt(c.t1 + 1); ok && v.tok(c.t1) == "(" && a.t0 == c.t1+1 && v.tok(a.t1) == ")" && a.m.Type == document.Organization && a.m.EntityID == c.m.EntityID {
			a.m.EntityID, a.m.Name, a.m.Kind, a.m.Country = o.m.EntityID, o.m.Name, o.m.Kind, o.m.Country
		}
		c.m.EntityID, c.m.Name, c.m.Kind, c.m.Country = o.m.EntityID, o.m.Name, o.m.Kind, o.m.Country
		c.m.Rule += "+known-as"
		changed = true
	}
	return changed
}

// elidedName reports whether tok is a French elided particle glued to a
// capitalised word ("d'Information", "l’Audiovisuel").
func elidedName(tok string) bool {
	for _, p := range []string{"d'", "l'", "d’", "l’"} {
		if rest, ok := strings.CutPrefix(tok, p); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// demonymPapers tags "The" and a country's adjective before an outlet
// noun in lower case in the middle of a sentence as a newspaper of that
// name ("visited The Lakelander newspaper", "an editor of The Hillish
// daily"; rule pat.org.the-demonym, confidence 0.6). It reports whether
// it added any.
func (t *Tagger) demonymPapers(v *view) bool {
	added := false
	for _, i := range v.entities {
		c := &v.cands[i]
		if c.m.Type != document.Country || c.m.Rule != "gaz.country.demonym" || c.dropped {
			continue
		}
		a, b := c.t0-1, c.t1
		if v.tok(a) != "The" || sentenceStart(v, a) || v.sent(a) != v.sent(c.t0) || v.sent(b) != v.sent(c.t0) {
			continue
		}
		kind, _, ok := outletNounAt(v, b)
		if !ok || (kind != document.KindNewspaper && kind != document.KindOnlineMedia) {
			continue
		}
		name := cleanName(v.body[v.toks[a].Start:v.toks[b-1].End])
		nc := cand{t0: a, t1: b, layer: layerEntity, prio: 1}
		nc.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, EntityID: document.OrgID(name),
			Rule: "pat.org.the-demonym", Confidence: 0.6, Country: document.IDKey(c.m.EntityID)}
		v.add(nc)
		added = true
	}
	return added
}

// awardWords are the last words of a prize category that a prefix head
// opens ("Radio Programme", "Radio Documentary"): a programme or an
// award, no organization.
var awardWords = map[string]bool{
	"programme": true, "program": true, "programmes": true, "programs": true, "show": true,
	"documentary": true, "documentaries": true, "story": true, "report": true, "award": true, "awards": true, "prize": true,
}

// awardNames drops the organizations that patterns found in the names of
// prize categories and programmes (rule pat.org.award-category): a name
// that opens with "Best" ("Best Television News Story", "Best Radio
// Documentary"), that holds or is followed by "of the Year" ("Newspaper
// of the Year", "Radio Station of the Year"), or a prefix head's name
// whose last word is a programme's or prize's noun ("a cross-border Radio
// Programme"). Gazetteer names stay. It reports whether it dropped any.
func (t *Tagger) awardNames(v *view) bool {
	dropped := false
	for _, k := range v.entities {
		c, ok := v.patternOrg(k)
		if !ok {
			continue
		}
		award := v.lows[c.t0] == "best" && v.isCap(c.t0) || v.low(c.t0-1) == "best" && v.isCap(c.t0-1) ||
			ofTheYear(v, c.t1) || strings.HasPrefix(c.m.Rule, "pat.org.prefix") && awardWords[v.lows[c.t1-1]]
		for j := c.t0 + 1; !award && j+2 < c.t1; j++ {
			award = ofTheYear(v, j)
		}
		if award {
			c.m.Type = ""
			c.m.Rule = "pat.org.award-category"
			dropped = true
		}
	}
	return dropped
}

// ofTheYear reports whether tokens j, j+1, j+2 are "of the Year" with a
// capital Y.
func ofTheYear(v *view, j int) bool {
	return v.low(j) == "of" && v.low(j+1) == "the" && v.low(j+2) == "year" && v.isCap(j+2)
}

// patternOrg returns candidate k and whether it is a live organization a
// pattern rule (not the gazetteer) found: the names the later passes may
// re-read or drop.
func (v *view) patternOrg(k int) (*cand, bool) {
	c := &v.cands[k]
	return c, c.m.Type == document.Organization && strings.HasPrefix(c.m.Rule, "pat.") && !c.dropped
}
