// Persons: names with titles, roles, bylines, lists and earlier mentions.
//
// Constructions: title + name ("Foreign Minister Wang Yi"), honorific +
// name ("Mr. Volin"), name + title in apposition ("X, the director general
// of Y,"), a holder after a title's organization or a comma, a plural
// title before a list of names ("Ministers A and B"), an organization or
// country + role noun + name ("Yonhap chief Park Min-jae"), bylines
// ("By Staff Reporter"), a run that starts with a known given name or
// surname in a person's context, lists of names after a cue ("the
// delegation included A, B and C"), and later mentions of a person by the
// full name or one word of it ("Fu underscored").

package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// persons tags title + name ("Foreign Minister Wang Yi", "President of
// China's Xinhua News Agency Fu Hua"), honorific + name ("Mr. Volin"),
// name + title apposition ("Dmitry Kiselev, the director general") and
// byline or editor lines ("(Web editor: Wen Ying, Liang Jun)").
func (t *Tagger) persons(v *view) {
	cue := t.lex.Titles.Bit() | t.lex.Honorifics.Bit()
	// the tokens the tests below let through
	starts := lexicon.BitCap | cue | bitByline | bitPlural
	for i := v.nextWith(0, starts); i < len(v.toks); i = v.nextWith(i+1, starts) {
		if !v.isWord(i) || v.ent[i] != 0 {
			continue
		}
		// a person pattern starts with a capital, a title or honorific,
		// or a byline word
		if !v.isCap(i) && v.gate[i]&(cue|bitByline) == 0 {
			// "directors A, B and C": a title in the plural
			if v.gate[i]&bitPlural != 0 {
				if e, ok := t.titleList(v, i); ok {
					i = e - 1
				}
			}
			continue
		}
		// bylines: "editor:", "By"
		if j, ok := t.byline(v, i); ok {
			i = j - 1
			continue
		}
		if j, ok := t.honorificsAt(v, i); ok && v.isCap(i) {
			if e := t.nameRun(v, j); e > j {
				v.addPerson(j, e, "pat.person.honorific-name", 0.85, "")
				i = e - 1
				continue
			}
			// "His Highness Sheikh Omar bin Felan", "H.E. Ambassador
			// Lena Marsh": a capitalised title between the honorific
			// and a name of two words or more
			if tEnd, ok := t.titleAt(v, j); ok && v.isCap(j) && v.isCap(tEnd-1) {
				if e := t.nameRun(v, tEnd); e-tEnd >= 2 && !(v.isCap(e) && v.isWord(e)) {
					v.addPerson(tEnd, e, "pat.person.honorific-title-name", 0.8, v.body[v.toks[j].Start:v.toks[tEnd-1].End])
					i = e - 1
				}
			}
			continue
		}
		if v.gate[i]&(bitPlural|bitTitleMod) != 0 {
			if e, ok := t.titleList(v, i); ok {
				i = e - 1
				continue
			}
		}
		if end, ok := t.titleAt(v, i); ok {
			title := v.body[v.toks[i].Start:v.toks[end-1].End]
			j := end
			// "President of China's Xinhua News Agency Fu Hua",
			// "Ambassador to Havana Viktor Koronelli", "Director of
			// ARMENPRESS news agency Aram Ananyan"
			if v.low(j) == "of" || v.low(j) == "to" || v.low(j) == "in" {
				k := j + 1
				inNames := 0 // tokens of long names passed: they do not count to the limit
				paren := 0   // open parentheses
				for k < len(v.toks) && k-j-inNames < 10 && v.sent(k) == v.sent(i) {
					switch v.tok(k) {
					case "(":
						paren++
					case ")":
						paren--
						inNames++
					}
					if paren > 0 {
						inNames++
					}
					// "General Director of Khaosan Pathet Lao (KPL, Lao
					// News Agency) Chanthaly Vongsavanh": the names in
					// parentheses after the organization's are passed
					// whole (rule pat.person.title-name)
					if paren > 0 && (v.tok(k) == "," && v.tok(k-1) != "(" || v.isCap(k) && v.isWord(k)) {
						k++
						continue
					}
					// "Chairman of the State Committee for Television and
					// Radio under the Government of Lakeland, Omar Felan":
					// a long organization's name is passed whole
					if c, ok := v.entityAt(k); ok && c.t0 == k && c.t1-k > 3 {
						inNames += c.t1 - k - 1
						k = c.t1
						continue
					}
					if v.ent[k] != 0 || v.low(k) == "the" || v.low(k) == "'s" || v.tok(k) == "(" || v.tok(k) == ")" || (v.isAllCaps(k) && v.isWord(k) && len(v.tok(k)) > 1 && !strings.HasSuffix(v.tok(k), ".")) {
						k++
						continue
					}
					// 'Editor of "Lake Echo" portal X': a quoted name
					if q := t.quotedName(v, k); q > k {
						k = q
						if orgNouns[v.low(k)] {
							k++
						}
						continue
					}
					// "head of Lakepress's bureau in Nairobi X": the owner's
					// unit in lower case after its possessive (rule
					// pat.person.title-name)
					if v.low(k-1) == "'s" && !v.isCap(k) && unitNouns[v.low(k)] {
						k++
						continue
					}
					// "Consul General of Kyrgyzstan in Almaty X": a place
					// after the body or country
					if (v.low(k) == "in" || v.low(k) == "to") && (v.ent[k-1] != 0 || v.low(k-2) == "'s" && unitNouns[v.low(k-1)]) && k+1 < len(v.ent) && v.ent[k+1] != 0 {
						k++
						continue
					}
					// an organization noun after the name: "news agency"
					if v.ent[k-1] != 0 && orgNouns[v.low(k)] {
						k++
						continue
					}
					break
				}
				// an acronym the gazetteer does not know ("Vice President
				// of CPDA Hu Zhengyue") names an organization too
				if k > j+1 && (v.ent[k-1] != 0 || orgNouns[v.low(k-1)] || v.acronym(k-1) || closingQuote(v.tok(k-1))) || v.tok(k-1) == ")" {
					j = k
					// the acronym names the title's organization ("Editor
					// of LPN", rule pat.org.title-acronym); not the field
					// of a minister ("Minister of ICT")
					if a := k - 1; v.ent[a] == 0 && v.acronym(a) && len(v.tok(a)) >= 3 && !strings.Contains(strings.ToLower(title), "minister") {
						c := cand{t0: a, t1: a + 1, layer: layerEntity, prio: 1}
						c.m = document.Mention{Type: document.Organization, Name: v.tok(a), EntityID: document.OrgID(v.tok(a)),
							Rule: "pat.org.title-acronym", Confidence: 0.6}
						v.add(c)
					}
				}
			}
			// "Minister of Culture and Information Dana Seitkali",
			// "Director for International Cooperation Vasily Pushkov":
			// the field the title names, then the name
			j = t.fieldRun(v, j)
			// "the director of Radio Rebelde station, Sofia Mabel Manso,",
			// "CIPCC Director, Yu Lei, said", "its deputy director, Anna
			// Lind."
			if (j > end || v.isCap(end-1) || possessiveBefore(v, i)) && v.tok(j) == "," {
				// "the President of the NUJ, Anna Bello signed": a verb
				// in lower case after the name ends it too
				if e := t.nameRun(v, j+1); e-(j+1) >= 2 && (v.tok(e) == "," || v.low(e) == "and" || v.tok(e) == "." || v.tok(e) == ";" ||
					v.isWord(e) && !v.isCap(e) && v.low(e) != "of" && v.sent(e) == v.sent(j)) {
					v.addPerson(j+1, e, "pat.person.title-name", 0.8, title)
					i = e - 1
					continue
				}
			}
			// "Ambassador to Lakeland Prince Omar Felan": a title or
			// honorific of the holder's own before the name; an
			// honorific also right after the title ("counterpart Dato'
			// Sri Omar Felan", "Minister Dr. Lena Marsh")
			if h, ok := t.honorificsAt(v, j); ok && v.isCap(j) && (j > end || t.nameRun(v, h)-h >= 2) {
				j = h
			} else if j > end && v.isCap(j) && v.has(&t.lex.Titles, j) && t.nameRun(v, j+1)-(j+1) >= 2 {
				j++
			}
			e := t.surnameRun(v, j)
			// "Director General of Lake-Inform Shamil Dorn": an
			// organization the tagger does not know, then a name that
			// starts with a given name or surname of the lexicon
			if e-j < 2 && (v.low(end) == "of" || v.low(end) == "at") {
				if p, pe, ok := t.holderAfterWords(v, end+1); ok {
					v.addPerson(p, pe, "pat.person.title-of-name", 0.75, title)
					i = pe - 1
					continue
				}
				// "The General Manager of Lake Radio Services, Umbi
				// Dorn-Kai, said": the organization's words, a comma,
				// the name between commas or before a statement verb
				if p, pe, ok := t.holderAfterComma(v, end+1); ok {
					v.addPerson(p, pe, "pat.person.title-of-name", 0.75, title)
					i = pe - 1
					continue
				}
			}
			capTitle := v.isCap(end - 1)
			// "EBC President Jean Lima said": a one-word place name
			// ends the name of a titled person
			if e > j && e-j < 3 && capTitle {
				if c, ok := v.entityAt(e); ok && c.t0 == e && c.t1 == e+1 && c.m.Type == document.Place {
					if !v.isCap(e + 1) {
						e++
					} else if f := t.nameRun(v, e+1); f == e+2 && !v.isCap(f) {
						// "EBC President Jean Lima Cardoso said": the
						// place word inside the name, then one surname
						// (rule pat.person.title-name)
						e = f
					}
				}
			}
			// one word alone after a title: two letters or more, not in capitals
			// ("Sheikh H" where a record is cut off names no one)
			if e-j >= 2 || (e-j == 1 && capTitle && j == end && !v.isCap(e) && len(v.tok(j)) >= 2 && !v.isAllCaps(j)) {
				// "Director General B.Bold (Batbayar Bold)": an initialed
				// name before its full form
				if e-j == 1 && (v.low(e) == "of" || v.tok(e) == "(" && !initialedName(v.tok(j))) {
					continue
				}
				// "African Journalist Reporting Tour": in a headline in
				// title case, words the article writes in lower case are
				// no name
				if capTitle && t.titleCase(v, i) && t.anyWrittenLower(v, j, e) {
					continue
				}
				// "U.S. Envoy Arrives in ...", "Minister Says ...": a
				// headline's verb after a title is no name
				if e-j == 1 && titleVerbs[v.lows[j]] {
					continue
				}
				// "president of the News Agencies World Congress": after
				// the title's field, the words before an organization's or
				// event's head in capitals are its name, no person's
				if j > end && e < len(v.toks) && v.isCap(e) && v.isWord(e) && v.sent(e) == v.sent(j) && !v.adjacent(e) &&
					(v.has(&t.lex.OrgHeads, e) || v.has(&t.lex.EventTriggers, e)) {
					continue
				}
				v.addPerson(j, e, "pat.person.title-name", 0.85, title)
				i = e - 1
				continue
			}
			continue
		}
		// "Dmitry Kiselev, the director general of ...", "He Ping, the
		// editor-in-chief" (a surname that is a stop word only here)
		e := t.nameRun(v, i)
		stopSurname := false
		if e == i {
			if e = t.surnameRun(v, i); e > i {
				stopSurname = true
			}
		}
		// "Center for Strategic Studies Omar Felan, ...": words after an
		// organization head's "for" or "of" are its name, not a person's
		// (the holder after it is found with the organization)
		if w := v.low(i - 1); e-i >= 2 && (w == "for" || w == "of") && v.isCap(i-2) && v.has(&t.lex.OrgPrefixHeads, i-2) {
			i = e - 1
			continue
		}
		if e-i >= 2 {
			k := e
			if v.tok(k) == "," || v.tok(k) == "(" {
				k++
				if v.low(k) == "the" || v.low(k) == "a" {
					k++
				}
				if tEnd, ok := t.titleAt(v, k); ok {
					title := v.body[v.toks[k].Start:v.toks[tEnd-1].End]
					v.addPerson(i, e, "pat.person.name-title", 0.8, title)
					i = e - 1
					continue
				}
				// "Zhang Dong, a senior official from ...", "Olga
				// Petrova, Greece's former minister of tourism", "Anna
				// Lind, branding expert": a role phrase in apposition
				if r0, r1, ok := t.rolePhrase(v, e+1); ok && v.tok(e) == "," {
					v.addPerson(i, e, "pat.person.name-role", 0.75, v.body[v.toks[r0].Start:v.toks[r1-1].End])
					i = e - 1
					continue
				}
				// "Sergey Mikhaylov, TASS (Russia) Director General",
				// "Andrei Kirilov, Beijing bureau chief of ..."
				if c, ok := v.entityAt(k); ok && (c.m.Type == document.Organization || c.m.Type == document.Country || c.m.Type == document.Place) {
					a := c.t1
					if v.tok(a) == "(" && v.tok(a+2) == ")" {
						a += 3
					}
					if tEnd, ok := t.titleAt(v, a); ok {
						title := v.body[v.toks[a].Start:v.toks[tEnd-1].End]
						v.addPerson(i, e, "pat.person.name-title", 0.8, title)
						i = e - 1
						continue
					}
				}
			}
			// "..., Sharif Dorn Acting Managing Director Lake Television,
			// Aziz Rami President Lake Press Club": an item of a list
			// written without commas, name then title then organization
			if v.isCap(e) && (v.tok(i-1) == "," || v.low(i-1) == "and" || v.tok(i-1) == ":" || v.low(i-1) == "included" || v.low(i-1) == "including") && t.personName(v, i) {
				if tEnd, ok := t.titleAt(v, e); ok && v.isCap(tEnd-1) && (v.isCap(tEnd) && v.isWord(tEnd) || v.low(tEnd) == "of") {
					v.addPerson(i, e, "pat.person.name-title-run", 0.7, v.body[v.toks[e].Start:v.toks[tEnd-1].End])
					i = e - 1
					continue
				}
			}
			if stopSurname {
				continue
			}
			// "a delegation headed by Omar Felan Dunmore", "led by Elchin
			// Rafig oglu Mammadov, the ...": the leader after "led by" or
			// "headed by", a name of the lexicon or of a surname's form
			// (rule pat.person.led-by)
			if v.low(i-1) == "by" && (v.low(i-2) == "led" || v.low(i-2) == "headed") && !(v.isCap(e) && v.isWord(e)) && v.tok(e) != "(" && t.ledByName(v, i, e) {
				v.addPerson(i, e, "pat.person.led-by", 0.7, "")
				i = e - 1
				continue
			}
			// a name followed by a statement verb: "Vladimir Norov
			// underscored", "Lakepress's Anna Lind said" (after an
			// organization's possessive); lower confidence
			if saidVerbs[v.low(e)] && (i == 0 || v.sent(i-1) != v.sent(i) || v.tok(i-1) == "," || v.tok(i-1) == ")" || v.low(i-1) == "said" || closingQuote(v.tok(i-1)) ||
				v.low(i-1) == "'s" && (t.isOrgEntity(v, i-2) || acronymOwner(v, i-2))) {
				v.addPerson(i, e, "pat.person.name-said", 0.7, "")
				i = e - 1
				continue
			}
			// "..., said Lakepress's Anna Lind, while ...": the speaker
			// after "said" and an organization's possessive too
			if (v.low(i-1) == "said" || v.low(i-1) == "'s" && saidOrgBefore(v, i-2)) && (v.tok(e) == "," || v.tok(e) == ".") {
				v.addPerson(i, e, "pat.person.said-name", 0.7, "")
				i = e - 1
				continue
			}
		}
	}
}

// holderAfterWords finds the holder's name among the capitalised words
// from token k that follow a title's "of" ("of Lake-Inform Shamil Dorn",
// "of the Hill Daily Messenger Aslan Brenko"): a run of two to four name
// words that starts with a given name or surname of the lexicon after one
// word of the organization at least, and ends the capitalised words. It
// returns the name's span.
func (t *Tagger) holderAfterWords(v *view, k int) (int, int, bool) {
	if v.low(k) == "the" {
		k++
	}
	if k >= len(v.toks) {
		return 0, 0, false
	}
	from := k
	// "of AzerTac Rustam Aliyev", "of Tatar-Inform Shamil Sadykov": one
	// brand (a word with capitals inside or two capitalised parts joined
	// by a hyphen) before the name, which then needs no lexicon
	brandEnd := -1
	switch {
	case v.ent[from] == 0 && camelBrand(v.tok(from)):
		brandEnd = from + 1
	case v.ent[from] == 0 && v.isCap(from) && v.tok(from+1) == "-" && v.adjacent(from+1) && v.adjacent(from+2) && v.isCap(from+2) && v.isWord(from+2):
		brandEnd = from + 3
	}
	if brandEnd > 0 && v.sent(brandEnd) == v.sent(from) {
		pe := t.nameRun(v, brandEnd)
		if n := pe - brandEnd; n >= 2 && n <= 3 && !(v.isCap(pe) && v.isWord(pe)) && v.tok(pe) != "(" && v.low(pe) != "of" && v.sent(pe) == v.sent(from) &&
			!t.lex.Vocabulary[v.lows[pe-1]] {
			return brandEnd, pe, true
		}
	}
	for p := k; p < len(v.toks) && p < from+7 && v.sent(p) == v.sent(from); p++ {
		if p > from && v.ent[p] == 0 && v.isCap(p) && v.gate[p]&bitParticle == 0 && t.personName(v, p) && !v.initialEndsAt(p-1) {
			pe := t.nameRun(v, p)
			if n := pe - p; n >= 2 && n <= 4 && !(v.isCap(pe) && v.isWord(pe)) && v.tok(pe) != "(" && v.low(pe) != "of" && v.sent(pe) == v.sent(p) {
				return p, pe, true
			}
		}
		switch w := v.low(p); {
		case v.ent[p] != 0, v.isCap(p) && v.isWord(p), w == "-" && v.adjacent(p), w == "&", w == "and":
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// possessiveBefore reports whether a possessive determiner opens the
// title at token i ("its deputy director", "the agency's editor"), also
// across a capitalised word that places or qualifies the title ("AFP's
// European director", "the agency's Moscow correspondent").
func possessiveBefore(v *view, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && (v.gate[k]&bitTitleMod != 0 || v.isCap(k) && v.isWord(k) && v.sent(k) == v.sent(i)) {
		k--
	}
	switch v.low(k) {
	case "its", "his", "her", "their", "'s":
		return true
	case "'", "’":
		// "the Hill Times' digital editor": a plural's possessive
		return v.adjacent(k) && strings.HasSuffix(v.low(k-1), "s")
	}
	return false
}

// holderAfterComma finds the holder's name after the capitalised words
// from token k that follow a title's "of" and a comma ("of Lake Radio
// Services, Umbi Dorn-Kai, said"): two to four name words, then a comma or
// a statement verb. It returns the name's span.
func (t *Tagger) holderAfterComma(v *view, k int) (int, int, bool) {
	if v.low(k) == "the" {
		k++
	}
	from := k
	long := false // the words hold "for", "under" or "the": a long official name
	for p := k; p < len(v.toks) && p < from+16 && v.sent(p) == v.sent(from); p++ {
		if v.tok(p) == "," {
			if p == from {
				return 0, 0, false
			}
			e := t.nameRun(v, p+1)
			// "Chairman of the State Committee for Radio under the
			// Government of Lakeland, Nurullo Davlatzoda.": after a long
			// official name the holder may end the sentence
			// "..., Ts.Oyun.": an initialed name is a full name alone
			if n := e - (p + 1); (n >= 2 && n <= 4 || n == 1 && initialedName(v.tok(p+1))) && (v.tok(e) == "," || v.tok(e) == ";" || saidVerbs[v.low(e)] || long && v.tok(e) == "." && v.sent(e) == v.sent(p)) && !t.lex.Vocabulary[v.lows[e-1]] {
				return p + 1, e, true
			}
			return 0, 0, false
		}
		if p >= from+8 && !long {
			return 0, 0, false
		}
		switch w := v.low(p); {
		case v.ent[p] != 0, v.isCap(p) && v.isWord(p), w == "-" && v.adjacent(p), w == "&", w == "and", w == "of" && p > from:
		case (w == "for" || w == "under") && p > from && v.isCap(p-1) && (v.isCap(p+1) || v.low(p+1) == "the"):
			long = true
		case w == "the" && p > from && (v.low(p-1) == "of" || v.low(p-1) == "under" || v.low(p-1) == "for") && v.isCap(p+1):
			long = true
		case (w == "to" || w == "in") && p > from && v.isCap(p-1) && t.isCountryOrPlace(v, p+1):
			// "the Head of the Delegation of the Lakeland Union to Kenya,
			// Anna Lind,": the host country or city of a mission (rule
			// pat.person.title-of-name)
		case w == "(" && p > from && v.acronym(p+1) && v.tok(p+2) == ")":
			// "the Lakeland News Agency (LNA), Omar Felan;": the
			// organization's acronym after its name
			p += 2
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// unitNouns are the units of an organization named in lower case after
// its possessive in a title ("head of TASS's representation in China").
var unitNouns = map[string]bool{
	"representation": true, "representative": true, "office": true, "bureau": true, "mission": true,
	"branch": true, "desk": true, "service": true, "department": true,
}

// pluralTitles are titles in the plural, which a list of holders follows
// ("Presidents Lena Marsh and Omar Felan", "directors A, B and C").
var pluralTitles = map[string]bool{
	"presidents": true, "vice-presidents": true, "ministers": true, "directors": true, "ambassadors": true,
	"chairmen": true, "chairpersons": true, "editors": true, "journalists": true, "leaders": true,
	"envoys": true, "secretaries": true, "spokespersons": true, "correspondents": true, "reporters": true,
	"commissioners": true, "governors": true, "mayors": true, "premiers": true, "counterparts": true,
}

// titleList tags the holders listed after a title in the plural (rule
// pat.person.title-list): two or more names joined by commas and "and",
// each one word or more after a capitalised title ("Presidents Mnangagwa
// and Lena Marsh"), two or more after one in lower case. It returns where
// the list ends.
func (t *Tagger) titleList(v *view, i int) (int, bool) {
	w := v.low(i)
	j := i + 1
	if (w == "vice" || w == "deputy") && v.tok(i+1) == "-" && v.adjacent(i+1) {
		w, j = w+"-"+v.low(i+2), i+3
	}
	if !pluralTitles[w] {
		return i, false
	}
	minWords := 2
	if v.isCap(i) {
		minWords = 1
	}
	var names [][2]int
	long := false // an item of two words or more, or a person already
	items := 0
	k := j
	for k < len(v.toks) && v.sent(k) == v.sent(i) {
		e := t.nameRun(v, k)
		items++
		if c, ok := v.entityAt(k); ok && c.t0 == k && c.m.Type == document.Person {
			e, long = c.t1, true
		} else if e-k < minWords || e-k == 1 && v.writtenLower(v.lows[k]) {
			items--
			break
		} else {
			long = long || e-k >= 2
			names = append(names, [2]int{k, e})
		}
		switch {
		case v.tok(e) == "," && v.low(e+1) == "and":
			k = e + 2
		case v.tok(e) == "," || v.low(e) == "and":
			k = e + 1
		default:
			k = len(v.toks)
		}
	}
	if len(names) == 0 || !long || k == j {
		return i, false
	}
	if items < 2 {
		return i, false // a list has two holders or more
	}
	title := v.body[v.toks[i].Start:v.toks[j-1].End]
	for _, n := range names {
		v.addPerson(n[0], n[1], "pat.person.title-list", 0.8, title)
	}
	return names[len(names)-1][1], true
}

// closingQuote reports whether tok closes a quotation.
func closingQuote(tok string) bool {
	switch tok {
	case "\"", "”", "’", "»":
		return true
	}
	return false
}

// roleDeterminers may open a role phrase in apposition.
var roleDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true}

// rolePhrase matches a role phrase in apposition from token k: a
// determiner, then at most three modifiers (lower-case words, a country,
// place or organization with or without "'s"), then a title or a role noun
// ("a senior official", "Greece's former minister", "branding expert",
// "the vice-minister"). It returns the phrase's span.
func (t *Tagger) rolePhrase(v *view, k int) (int, int, bool) {
	start := k
	if roleDeterminers[v.low(k)] {
		k++
	}
	for mods := 0; mods <= 3 && k < len(v.toks) && v.sent(k) == v.sent(start); mods++ {
		if end, ok := t.titleAt(v, k); ok && (v.isCap(k) || !v.isCap(end-1)) {
			return start, end, true
		}
		if !v.isCap(k) && t.lex.RoleNouns[v.low(k)] {
			return start, k + 1, true
		}
		if c, ok := v.entityAt(k); ok && c.t0 == k && (c.m.Type == document.Country || c.m.Type == document.Organization || c.m.Type == document.Place) {
			k = c.t1
			if v.low(k) == "'s" {
				k++
			}
			continue
		}
		// "Jin Park, a Korean-American reporter": a hyphen inside a
		// compound of two words or demonyms
		if k > start && v.tok(k) == "-" && v.adjacent(k) && v.adjacent(k+1) && v.isCap(k-1) && v.isCap(k+1) {
			k++
			mods--
			continue
		}
		// "Omar Felan, AAP's chief executive": an organization the
		// tagger finds later, its possessive, then the title
		if k > start && v.low(k) == "'s" && v.adjacent(k) && v.isCap(k-1) && v.ent[k-1] == 0 {
			k++
			mods-- // the possessive is no modifier of the title
			continue
		}
		// "a senior official", "National Secretary", "branding expert"
		if v.isWord(k) && v.ent[k] == 0 && v.gate[k]&bitStopCap == 0 {
			k++
			continue
		}
		break
	}
	return 0, 0, false
}

// rolePersons tags "<organization or country> <role noun> <Name>" with a
// role noun of the lexicon that is no title on its own: "Yonhap chief Park
// Min-jae", "NHK executive Tanaka Hiroshi", "Mongolian director Bat-Erdene
// Gantulga". Guards: the role noun is in lower case and follows the
// organization or country mention directly, the name has two to four
// words (nameRun already refuses title words, organization heads and
// event triggers: "TASS chief Executive Committee" is none), and it is
// not followed by "of" or an apostrophe-s, which make it a longer name.
func (t *Tagger) rolePersons(v *view) bool {
	if len(t.lex.RoleNouns) == 0 {
		return false
	}
	added := false
	roles := v.cues[cueRoleNoun] // the tokens with bitRoleNoun
	for i := v.nextIn(1, &roles); i+2 < len(v.toks); i = v.nextIn(i+1, &roles) {
		// the cheap test of roleAt first, without the call
		if v.ent[i] != 0 || v.isCap(i) && !t.titleCase(v, i) {
			continue
		}
		if e, ok := t.roleAt(v, i); ok {
			added = true
			i = e - 1
		}
	}
	return added
}

// rolesAfterPatternOrgs runs roleAt right after the organizations the head
// patterns found (they are no entities yet when rolePersons first runs):
// "Hill Broadcasting Commission chief Sione Latu". It reports whether it
// added any.
func (t *Tagger) rolesAfterPatternOrgs(v *view) bool {
	if len(t.lex.RoleNouns) == 0 || !v.headOrgs {
		return false
	}
	added := false
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Organization || !strings.HasPrefix(c.m.Rule, "pat.org.head") {
			continue
		}
		// the role right after the name, or after one or two field words
		for i := c.t1; i < c.t1+3 && i+2 < len(v.toks) && !v.isCap(i) && v.isWord(i); i++ {
			if v.gate[i]&bitRoleNoun != 0 {
				if _, ok := t.roleAt(v, i); ok {
					added = true
				}
				break
			}
			if v.isCap(i+1) || !t.lex.TitleFields[v.lows[i]] {
				break
			}
		}
	}
	return added
}

// roleAt tags the holder after the role noun at token i (rule
// pat.person.role-name) and returns the name's end.
func (t *Tagger) roleAt(v *view, i int) (int, bool) {
	// cheap tests first: a free token right after a name, in lower case
	// (or capitalised in a title-case headline: "Xinhua Chief Omar Felan
	// Visits ..."), then the word
	if v.ent[i] != 0 || v.gate[i]&bitRoleNoun == 0 || v.isCap(i) && !t.titleCase(v, i) {
		return 0, false
	}
	// "EU diplomacy chief Lena Marsh": one or two words of a field
	// between the organization or country and the role
	a := i
	for a > 1 && i-a < 2 && v.ent[a-1] == 0 && !v.isCap(a-1) && t.lex.TitleFields[v.low(a-1)] {
		a--
	}
	c, ok := v.entityAt(a - 1)
	if !ok || c.t1 != a || (c.m.Type != document.Organization && c.m.Type != document.Country) {
		return 0, false
	}
	if v.sent(i) != v.sent(i+1) || v.ent[i+1] != 0 {
		return 0, false
	}
	e := t.nameRun(v, i+1)
	if n := capWords(v, i+1, e); n < 2 || n > 4+2*b2i(particleIn(v, i+1, e)) {
		return 0, false
	}
	if w := v.low(e); w == "of" || w == "'s" {
		return 0, false
	}
	title := v.body[v.toks[a-1].Start:v.toks[i].End]
	v.addPerson(i+1, e, "pat.person.role-name", 0.75, title)
	v.take(i+1, e)
	return e, true
}

// fieldPreps introduce the field of a title ("Minister of Culture",
// "Director for International Cooperation", "Representative on Eurasian
// Affairs").
var fieldPreps = map[string]bool{"of": true, "for": true, "on": true}

// fieldRun skips the field a title names from token j ("of Culture and
// Information", "for International Cooperation", "of the Chinese
// Government on Eurasian Affairs"): capitalised field words (lexicon
// title_fields), names of countries, places and organizations, joined by
// "and", "&", "of", "the" and hyphens. It returns where the holder's name
// may start (j when there is no field).
func (t *Tagger) fieldRun(v *view, j int) int {
	// "director Milan Dragovic": a city's name that is a given name
	// opens the holder's name, it is no field
	if t.placeGivenName(v, j) {
		return j
	}
	// "director for international cooperation X": after a title in
	// lower case the field may be in lower case too
	lower := j > 0 && v.isWord(j-1) && !v.isCap(j-1)
	field := func(m int) bool {
		if c, ok := v.entityAt(m); ok && c.m.Type != document.Person && c.m.Type != "" {
			return true
		}
		return (v.isCap(m) || lower) && t.lex.TitleFields[v.low(m)]
	}
	k := j
	// "Minister of Information and Culture X": the title of the lexicon
	// ends with a field word, and the field goes on after "and"
	// "Minister of Information, Culture and Tourism X": a comma list of
	// field words that "and" closes goes on the same way
	if w := v.low(j); (w == "and" || w == "&" || w == ",") && v.isCap(j-1) && t.lex.TitleFields[v.low(j-1)] && field(j+1) && (w != "," || fieldListCloses(v, j+1, field)) {
		k = j + 1
		for k < len(v.toks) && (field(k) || (v.tok(k) == "," || v.low(k) == "and" || v.tok(k) == "&") && field(k+1)) {
			k++
		}
		j = k
	}
	for k < len(v.toks) && v.sent(k) == v.sent(j) {
		m := k
		if fieldPreps[v.low(m)] {
			m++
			if v.low(m) == "the" {
				m++
			}
		}
		if !field(m) {
			break
		}
		last := m
		for m < len(v.toks) && v.sent(m) == v.sent(j) {
			if c, ok := v.entityAt(m); ok && c.m.Type != document.Person && c.m.Type != "" {
				m = c.t1
				last = m
				continue
			}
			if field(m) {
				m++
				last = m
				continue
			}
			if w := v.low(m); (w == "and" || w == "&" || w == "-" || w == "of" || w == "the") && (field(m+1) || w == "of" && v.low(m+1) == "the" && field(m+2)) {
				m++
				continue
			}
			// "Minister of Information, Culture and Tourism X": a comma
			// between field words of a list that "and" closes
			if v.tok(m) == "," && field(m+1) && fieldListCloses(v, m+1, field) {
				m++
				continue
			}
			break
		}
		k = last
	}
	return k
}

// fieldListCloses reports whether the field words and commas from token m
// reach "and" (or "&") and a field word: the comma list of a title's
// field ("Information, Culture and Tourism").
func fieldListCloses(v *view, m int, field func(int) bool) bool {
	for k := m; k < len(v.toks) && k < m+12 && v.sent(k) == v.sent(m); k++ {
		switch w := v.low(k); {
		case w == "and" || w == "&":
			return field(k + 1)
		case w == "," || field(k):
		default:
			return false
		}
	}
	return false
}

// orgNouns may follow an organization's name in a title ("Director of
// ARMENPRESS news agency Aram Ananyan").
var orgNouns = map[string]bool{"news": true, "agency": true, "station": true, "channel": true, "newspaper": true, "radio": true, "television": true, "daily": true,
	"portal": true, "website": true, "magazine": true, "holding": true, "office": true, "bureau": true, "branch": true}

// saidVerbs after a two-word capitalised run make it a person.
var saidVerbs = map[string]bool{
	"said": true, "says": true, "stated": true, "noted": true, "stressed": true,
	"underscored": true, "underlined": true, "added": true, "told": true, "explained": true,
	"remarked": true, "emphasized": true, "emphasised": true, "pointed": true, "thanked": true,
	"invited": true, "urged": true, "expressed": true, "highlighted": true, "welcomed": true,
	"congratulated": true, "delivered": true, "announced": true, "recalled": true,
	"reflected": true, "represented": true, "spoke": true, "commented": true, "observed": true,
	"believes": true, "believed": true, "affirmed": true, "reiterated": true, "praised": true,
	"warned": true, "argued": true, "insisted": true, "cautioned": true, "acknowledged": true,
}

// byline tags the names of "(Web editor: Wen Ying, Liang Jun)",
// "Editor: ...", "Reporter: ..." and a line-initial "By ...".
func (t *Tagger) byline(v *view, i int) (int, bool) {
	j := i
	// "editor", "web" (bylineWords)
	byWord := v.gate[j]&bitByline != 0
	switch {
	case byWord && (v.low(j) == "editor" || v.low(j) == "editors" || v.low(j) == "reporter" || v.low(j) == "reporters" ||
		v.low(j) == "author" || v.low(j) == "writer" || v.low(j) == "correspondent") && v.tok(j+1) == ":":
		j += 2
	case byWord && v.low(j) == "web" && v.low(j+1) == "editor" && v.tok(j+2) == ":":
		j += 3
	case v.tok(j) == "By" && (j == 0 || v.sent(j-1) != v.sent(j)):
		j++
	case v.isCap(j) && v.low(j+1) == "by" && bylineVerbs[v.low(j)] && (j == 0 || v.sent(j-1) != v.sent(j)):
		// "Report by Lena Marsh", "Written by Omar Felan"
		j += 2
	default:
		return i, false
	}
	found := false
	for {
		e := t.nameRun(v, j)
		if e-j < 2 {
			break
		}
		v.addPerson(j, e, "pat.person.byline", 0.8, "")
		found = true
		j = e
		if v.tok(j) == "," || v.low(j) == "and" {
			j++
			continue
		}
		break
	}
	return j, found
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// fathersName reports whether run ends the name full after a patronymic
// ("Omar bin Rami" in "Ali bin Omar bin Rami"): the father's name, not a
// later mention of full's holder.
func fathersName(full, run string) bool {
	for _, p := range []string{" bin ", " ibn ", " bint ", " binti ", " ben "} {
		if strings.HasSuffix(full, p+run) {
			return true
		}
	}
	return false
}

// knownNames tags later mentions of persons already named in the article:
// the full name again, or one word of it alone ("Trang thanked Xinhua",
// "Fu underscored").
func (t *Tagger) knownNames(v *view) {
	// the name words of all persons share one slice: person p's are
	// parts[p.p0:p.p1]
	type person struct {
		name   string
		p0, p1 int
	}
	var ps []person
	var parts []string
	seen := map[string]bool{}
	for _, k := range v.entities {
		c := v.cands[k]
		if c.m.Type != document.Person || c.m.EntityID != "" {
			continue
		}
		name := v.body[v.toks[c.t0].Start:v.toks[c.t1-1].End]
		if seen[name] || c.t1-c.t0 < 2 {
			continue
		}
		seen[name] = true
		p := person{name: name, p0: len(parts)}
		for k := c.t0; k < c.t1; k++ {
			w := v.tok(k)
			if len(w) >= 2 && v.isCap(k) && v.gate[k]&bitParticle == 0 {
				parts = append(parts, w)
			}
		}
		p.p1 = len(parts)
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return
	}
	// "Al Hammadi told reporters" after "Saeed Al Hammadi": a name found
	// by a pattern that ends a longer name told before is that person
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Person || c.m.EntityID != "" || c.m.Name != "" || c.t1-c.t0 < 2 {
			continue
		}
		run := v.body[v.toks[c.t0].Start:v.toks[c.t1-1].End]
		for _, p := range ps {
			if endsWithWords(p.name, run) && !fathersName(p.name, run) {
				c.m.Name, c.m.Rule, c.m.Confidence = p.name, "pat.person.partial-name", 0.75
				break
			}
		}
	}
	caps := v.caps
	for i := v.nextIn(0, &caps); i < len(v.toks); i = v.nextIn(i+1, &caps) {
		if v.ent[i] != 0 {
			continue
		}
		e := t.nameRun(v, i)
		if e == i {
			continue
		}
		run := v.body[v.toks[i].Start:v.toks[e-1].End]
		for _, p := range ps {
			if run == p.name {
				v.addPerson(i, e, "pat.person.known-name", 0.85, "")
				break
			}
			if e-i > 1 && e-i < c2(p.name) && endsWithWords(p.name, run) && !fathersName(p.name, run) {
				// "Al Hammadi" after "Saeed Al Hammadi"
				v.add(cand{m: document.Mention{Type: document.Person, Name: p.name, Rule: "pat.person.partial-name", Confidence: 0.75},
					t0: i, t1: e, layer: layerEntity, prio: 2})
				break
			}
			if e-i != 1 {
				continue
			}
			matched := false
			for _, part := range parts[p.p0:p.p1] {
				if run == part && !isCommonWord(strings.ToLower(run)) {
					matched = true
					break
				}
			}
			if matched {
				v.add(cand{m: document.Mention{Type: document.Person, Name: p.name, Rule: "pat.person.partial-name", Confidence: 0.75},
					t0: i, t1: e, layer: layerEntity, prio: 1})
				break
			}
		}
		i = e - 1
	}
}

// endsWithWords reports whether name ends with a space and run
// (strings.HasSuffix(name, " "+run) without building the suffix).
func endsWithWords(name, run string) bool {
	n := len(name) - len(run)
	return n > 0 && name[n-1] == ' ' && name[n:] == run
}

// surnameEndings are endings of surnames of the former Soviet Union, the
// Caucasus, Turkey and the Slavic countries that few other words have
// ("Sadykov", "Kazhibayeva", "Petrosyan", "Tuleuly", "Kowalski").
var surnameEndings = []string{"ov", "ova", "ev", "eva", "yev", "yeva", "enko", "yan", "uly", "kyzy", "oglu", "oğlu", "ski", "sky", "ska", "vich", "dze", "shvili"}

// surnameForm reports whether w (lower case) ends like a surname of
// surnameEndings and has at least five letters.
func surnameForm(w string) bool {
	if len(w) < 5 {
		return false
	}
	// the last letter first: most words end in none of the endings'
	switch w[len(w)-1] {
	case 'v', 'a', 'o', 'n', 'y', 'u', 'i', 'h', 'e':
	default:
		return false
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// vocabularyIn reports whether a word of tokens [a, b) is a word of the
// vocabulary ("According to Human Rights Watch": a body's name, no
// person's).
func (t *Tagger) vocabularyIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if t.lex.Vocabulary[v.lows[k]] {
			return true
		}
	}
	return false
}

// personName reports whether token i is a given name or surname of the
// lexicon (compared lower-case, without accents).
func (t *Tagger) personName(v *view, i int) bool { return t.nameKind(v, i) != 0 }

// nameKind returns the kinds of name (givenName, familyName) that token i
// is in the lexicon (compared lower-case, without accents); 0 for none.
func (t *Tagger) nameKind(v *view, i int) uint8 {
	w := v.low(i)
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			w = foldAccents(w)
			break
		}
	}
	return t.personNames[w]
}

// foldAccents drops the combining marks of s after canonical
// decomposition ("chính" -> "chinh").
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// personBefore are the words after which a known name starts a person's
// name: a list, an agent, a meeting.
var personBefore = map[string]bool{
	",": true, "and": true, "by": true, "with": true, "met": true, "meets": true, "meeting": true,
	"replace": true, "replaced": true, "replaces": true, "succeed": true, "succeeded": true, "succeeds": true,
	"told": true, "thanked": true, "welcomed": true, "received": true, "invited": true, "congratulated": true,
	"included": true, "including": true, "includes": true, "between": true, ":": true, "(": true, "from": true,
	"like": true, "as": true, "via": true, "for": true, "to": true, "against": true, "about": true,
}

// personAfter are the tokens that may follow a person's name found from a
// known name: punctuation that ends a list item, a relative pronoun, a
// possessive, a statement verb (saidVerbs).
var personAfter = map[string]bool{
	",": true, ".": true, "and": true, ")": true, ";": true, ":": true, "who": true, "whose": true, "'s": true,
	"from": true,
}

// placeHeads end names of places, which are no persons ("Victoria
// Falls", "Hope Street").
var placeHeads = map[string]bool{
	"street": true, "road": true, "avenue": true, "square": true, "hall": true, "hotel": true, "airport": true,
	"park": true, "bay": true, "falls": true, "bridge": true, "tower": true, "palace": true, "stadium": true,
	"island": true, "islands": true, "river": true, "lake": true, "mountain": true, "mountains": true,
	"valley": true, "district": true, "province": true, "county": true, "city": true, "town": true,
	"village": true, "port": true, "beach": true, "garden": true, "gardens": true, "boulevard": true,
	"lane": true, "plaza": true, "station": true, "highway": true, "region": true, "state": true,
}

// namedPersons tags a run of two to four capitalised name words that
// starts with a given name or surname of the lexicon as a person, where
// the context is a person's (rule pat.person.given-name, confidence
// 0.65): after a list comma, "and", "by", "with", "met", "included" and
// the like or at the start of a sentence, and before a list comma, "and",
// a full stop, "who", "'s" or a statement verb ("Lena Marsh said");
// next to a person named in a list ("Talaat Rami, Basma Nour and Ibrahim
// Saad") either side is enough. Without such a context, a run of two or
// three words is a person by its form when it starts with a given name
// and ends with a given name or surname of the lexicon (rule
// pat.person.name-form, confidence 0.6), and a run of two to four name
// words after "according to" before a comma or full stop is one when a
// word of it is in the lexicon or its last word ends like a surname
// ("-ov", "-yan"; rule pat.person.according-to, 0.7). The run stands alone: no capitalised word
// right before or after it, no place head at its end, not in a headline
// written in title case. It reports whether it added any.
func (t *Tagger) namedPersons(v *view) bool {
	added := false
	caps := v.caps
	for i := v.nextIn(0, &caps); i < len(v.toks); i = v.nextIn(i+1, &caps) {
		if v.ent[i] != 0 || v.gate[i]&bitStopCap != 0 {
			continue
		}
		// a name of two words or more: the next token goes on with it
		if n := i + 1; n >= len(v.toks) || !v.isCap(n) && v.gate[n]&bitParticle == 0 && v.tok(n) != "-" {
			continue
		}
		// the context before the name first: it is cheaper than the
		// lexicon; without it, only a name by its form (a given name
		// first) may go on
		ctx := i == 0 || v.sent(i-1) != v.sent(i) || personBefore[v.lows[i-1]] || sentenceStart(v, i)
		kind := t.nameKind(v, i)
		// "A. J. Omar Felan": initials take the lexicon's reading of the
		// name word after them
		if kind == 0 && v.initialAt(i) {
			k := i
			for k < i+6 && (v.initialAt(k) || v.tok(k) == "." && v.adjacent(k)) {
				k++
			}
			if v.sent(k) == v.sent(i) {
				kind = t.nameKind(v, k)
			}
		}
		if !ctx && kind&givenName == 0 {
			continue
		}
		// "Salman Jawid and Sayed Waqas": the next item of a list after
		// a person needs no name of the lexicon
		prevPerson := (v.tok(i-1) == "," || v.low(i-1) == "and") && t.isPersonEntity(v, i-2)
		lex := kind != 0
		// "according to Omar Felan," cites a person, also one the
		// lexicon does not know
		according := v.low(i-1) == "to" && v.low(i-2) == "according"
		if !lex && !prevPerson && !according {
			// a name the lexicon does not know goes on only before "of"
			// and an organization, or with a surname's ending and a
			// person's context after it: tested on the bare run first,
			// cheaper than personRun
			if !ctx || !ofWithin(v, i) && !surnameWithin(v, i) {
				continue
			}
			e0 := t.nameRun(v, i)
			if e0-i < 2 {
				continue
			}
			if c, ok := v.entityAt(e0 + 1 + b2i(v.low(e0+1) == "the")); !(v.low(e0) == "of" && ok && c.m.Type == document.Organization) &&
				!(surnameForm(v.low(e0-1)) && (v.sent(e0) != v.sent(i) || personAfter[v.low(e0)] || saidVerbs[v.low(e0)])) {
				continue
			}
		}
		if v.sent(i-1) == v.sent(i) && v.isCap(i-1) && v.isWord(i-1) && v.gate[i-1]&bitStopCap == 0 {
			continue // inside a longer capitalised run
		}
		e, ok := t.personRun(v, i)
		if !ok {
			i = max(i, e-1)
			continue
		}
		before := sentenceStart(v, i) || personBefore[v.low(i-1)]
		after := v.sent(e) != v.sent(i) || personAfter[v.low(e)] || saidVerbs[v.low(e)]
		listed := prevPerson || (v.tok(e) == "," || v.low(e) == "and") && t.isPersonEntity(v, e+1)
		if ctx && (lex && (before && after || listed) || !lex && prevPerson && (after || v.low(e) == "of")) {
			v.addPerson(i, e, "pat.person.given-name", 0.65, "")
		} else if ctx && !lex && before && after && surnameForm(v.low(e-1)) && !t.vocabularyIn(v, i, e) {
			// "Gulnara Abdrakhmanova, who heads ...": a name the lexicon
			// does not know whose last word ends like a surname, in a
			// person's context on both sides
			v.addPerson(i, e, "pat.person.surname-form", 0.6, "")
		} else if ctx && t.nameOfOrg(v, i, e, lex) {
			// "Omar Felan of the Lakeland News Agency said": a name
			// before "of" and an organization is its member
			v.addPerson(i, e, "pat.person.name-of-org", 0.65, "")
		} else if according && (v.tok(e) == "," || v.tok(e) == ".") && !t.isCountryWord(v, e-1) && !t.vocabularyIn(v, i, e) &&
			(lex || t.nameKind(v, e-1) != 0 || surnameForm(v.low(e-1))) {
			v.addPerson(i, e, "pat.person.according-to", 0.7, "")
		} else if e-i <= 3 && kind&givenName != 0 && t.nameKind(v, e-1) != 0 {
			// "When Daniel Marsh comes", "chose Omar Felan to lead": a
			// given name, then a given name or surname of the lexicon at
			// the end, is a name by its form alone
			v.addPerson(i, e, "pat.person.name-form", 0.6, "")
		} else {
			i = e - 1
			continue
		}
		for k := i; k < e; k++ {
			v.ent[k] = len(v.cands) // the run is taken: a list goes on after it
		}
		added = true
		i = e - 1
	}
	return added
}

// ofWithin reports whether "of" follows the capitalised run that starts at
// token i within five tokens, in its sentence: the cheap test before
// nameOfOrg.
func ofWithin(v *view, i int) bool {
	for k := i + 2; k < len(v.toks) && k <= i+5 && v.sent(k) == v.sent(i); k++ {
		if v.lows[k] == "of" {
			return true
		}
	}
	return false
}

// possessiveAfter reports whether the word or entity at token k is
// followed by a possessive "'s" ("Kenya's", "the Union's").
func possessiveAfter(v *view, k int) bool {
	if c, ok := v.entityAt(k); ok && c.t0 == k {
		return v.low(c.t1) == "'s"
	}
	return v.low(k+1) == "'s"
}

// titleVerbs are verbs that follow a title in a headline ("Envoy
// Arrives", "Minister Says") and adverbs that follow a title: no one-word
// name.
var titleVerbs = map[string]bool{
	"slams": true, "condemns": true, "criticises": true, "criticizes": true, "denounces": true, "rejects": true, "accuses": true,
	"arrives": true, "says": true, "visits": true, "meets": true, "calls": true, "urges": true, "warns": true,
	"vows": true, "opens": true, "signs": true, "launches": true, "hails": true, "backs": true, "holds": true,
	"leaves": true, "receives": true, "attends": true, "addresses": true, "discusses": true, "seeks": true,
	"pledges": true, "praises": true, "welcomes": true, "stresses": true, "lauds": true, "inaugurates": true,
	"hosts": true, "tells": true, "thanks": true, "heads": true, "leads": true, "joins": true, "greets": true,
	"congratulates": true, "highlights": true, "reaffirms": true, "chairs": true, "unveils": true, "inks": true,
	"explains": true, "emphasizes": true, "emphasises": true, "underlines": true, "commends": true, "briefs": true,
	// "Vice-President Freshly elected Omar Felan": an adverb after a
	// title is no name either
	"newly": true, "freshly": true, "recently": true, "currently": true, "formerly": true, "previously": true,
	"jointly": true, "personally": true,
}

// subjectVerbs are the forms a headline's verb takes after a plural or
// a pair of subjects ("Broadcasters Launch", "Agencies Sign"); with the
// third-person forms of titleVerbs they end a subject's name in a
// title-case headline.
var subjectVerbs = map[string]bool{
	"launch": true, "sign": true, "agree": true, "renew": true, "discuss": true, "hold": true, "meet": true,
	"open": true, "ink": true, "vow": true, "pledge": true, "explore": true, "strengthen": true, "boost": true,
	"deepen": true, "expand": true, "mark": true, "celebrate": true, "unveil": true, "host": true,
	"strengthens": true, "deepens": true, "expands": true, "boosts": true, "explores": true, "renews": true,
	"agrees": true, "marks": true, "celebrates": true,
}

// headlineVerbIn reports whether tokens [a, b) hold a headline's verb
// after a capitalised word, in a sentence that is a title-case headline.
func (t *Tagger) headlineVerbIn(v *view, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := v.lows[k]; (titleVerbs[w] || subjectVerbs[w]) && v.isCap(k) && v.ent[k] == 0 {
			return t.titleCase(v, k)
		}
	}
	return false
}

// connectorInitials reports whether acr spells the words right before
// token i with "of" and "and" counted ("Mass Communication Organization
// of Lakeland" is MCOL), from a capitalised word on.
func connectorInitials(v *view, i int, acr string) bool {
	n := len(acr)
	for k := i - 1; k >= 0 && n > 0 && v.sent(k) == v.sent(i); k-- {
		w := v.lows[k]
		if w != "of" && w != "and" && !(v.isCap(k) && v.isWord(k)) || v.tok(k)[0]&^0x20 != acr[n-1] {
			return false
		}
		n--
		if n == 0 {
			return v.isCap(k)
		}
	}
	return false
}

// surnameWithin reports whether a capitalised word that ends like a
// surname follows token i within three tokens, in its sentence: the cheap
// test before pat.person.surname-form.
func surnameWithin(v *view, i int) bool {
	for k := i + 1; k < len(v.toks) && k <= i+3 && v.sent(k) == v.sent(i); k++ {
		if v.isCap(k) && surnameForm(v.lows[k]) {
			return true
		}
	}
	return false
}

// nameOfOrg reports whether the name run [i, e) is a person because "of"
// and an organization already tagged follow it ("Omar Felan of the
// Lakeland News Agency", "Askel Brunov of Hill Radio"; rule
// pat.person.name-of-org, confidence 0.65): a name the lexicon knows
// (lex), or whose last word ends like a surname, or that a comma or a
// statement verb follows after the organization ("Kwame Tembo of the Hill
// Times said"). The organization must end its own capitalised run: "Omar
// Felan of the Lakeland News Agency Board" is no member's name.
func (t *Tagger) nameOfOrg(v *view, i, e int, lex bool) bool {
	k := e + 1
	// "nor Ana Lind at Lakepress, responded": "at" as "of"
	if v.low(e) != "of" && v.low(e) != "at" || k >= len(v.toks) {
		return false
	}
	if v.low(k) == "the" {
		k++
	}
	c, ok := v.entityAt(k)
	if !ok || c.t0 != k || c.m.Type != document.Organization || v.sent(c.t1) == v.sent(i) && v.isCap(c.t1) && v.isWord(c.t1) {
		return false
	}
	if t.vocabularyIn(v, i, e) {
		return false
	}
	return lex || surnameForm(v.low(e-1)) || v.tok(c.t1) == "," || saidVerbs[v.low(c.t1)]
}

// personRun returns the end of a run of two to four name words from token
// i that may stand alone as a person's name: no capitalised word right
// after it, no place head at its end ("Hope Street"), not in a headline in
// title case, no word the article also writes in lower case ("Africa
// Development"), no vocabulary word at its end ("Dunya News"), not a name
// of the gazetteer ("Viet Nam").
func (t *Tagger) personRun(v *view, i int) (int, bool) {
	e := t.nameRun(v, i)
	// the capitalised words of the run: hyphens, apostrophes, particles
	// in lower case and lower-case syllables join its words ("Kim
	// Jong-soo", "Vladimir Nikolayevich Sungorkin-Petrov", "Omar bin
	// Felan")
	// "Omar bin Saad bin Omar Al-Felan": a patronymic chain may be longer
	n, most := capWords(v, i, e), 4+2*b2i(particleIn(v, i, e))
	if n < 2 || n > most || e-i > 10 || v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) || placeHeads[v.low(e-1)] {
		return e, false
	}
	if t.titleCase(v, i) {
		return i + 1, false
	}
	for k := i + 1; k < e; k++ {
		if v.isCap(k) && v.writtenLower(v.lows[k]) {
			return e, false
		}
	}
	if t.lex.Vocabulary[v.lows[e-1]] {
		return e, false
	}
	if run := v.body[v.toks[i].Start:v.toks[e-1].End]; t.gazName(run) || t.gazName(foldAccents(run)) {
		return e, false
	}
	return e, true
}

// roleRunBefore reports whether the capitalised words right before token
// k follow a role noun in lower case ("chief Sione Latu" before "and").
func roleRunBefore(v *view, k int) bool {
	r := k
	for r > 0 && k-r < 5 && v.sent(r-1) == v.sent(k) && (v.isCap(r-1) && v.isWord(r-1) || v.tok(r-1) == "-") {
		r--
	}
	return r < k && r > 0 && !v.isCap(r-1) && v.gate[r-1]&bitRoleNoun != 0
}

// honorificRunBefore reports whether the capitalised words right before
// token k follow an honorific ("Mrs Chanda Mwansa-Phiri", "Dr. Lena
// Marsh"): a person's name.
func (t *Tagger) honorificRunBefore(v *view, k int) bool {
	r := k
	for r > 1 && k-r < 5 && v.sent(r-1) == v.sent(k) && (v.isCap(r-1) && v.isWord(r-1) || v.tok(r-1) == "-") {
		r--
		for h := r - 1; h >= 0 && h >= r-2 && r < k; h-- {
			if e, ok := t.honorificsAt(v, h); ok && e == r && v.sent(h) == v.sent(k) {
				return true
			}
		}
	}
	return false
}

// capWords counts the capitalised words of tokens [a, b): hyphens,
// apostrophes, lower-case particles and syllables join a name's words.
func capWords(v *view, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if v.isCap(k) && v.isWord(k) {
			n++
		}
	}
	return n
}

// particleIn reports whether tokens [a, b) hold a particle in lower case
// ("bin", "de").
func particleIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if !v.isCap(k) && v.gate[k]&bitParticle != 0 {
			return true
		}
	}
	return false
}

// listCues open a list of persons ("the delegation included A, B and C").
var listCues = map[string]bool{
	"included": true, "including": true, "includes": true, "include": true, "by": true, "with": true,
	"met": true, "between": true, "like": true, ":": true, "were": true, "are": true,
}

// personLists tags the members of a list of names after a cue ("the
// delegation included Talaat Rami, Basma Nour and Ibrahim Saad", "signed
// by Lena Marsh and Omar Felan") as persons (rule pat.person.name-list,
// confidence 0.65): two members or more, each a run of two to four name
// words that may stand alone (personRun) or a person already, joined by
// commas and "and", one of them at least a person or a name that starts
// with a given name or surname of the lexicon, and no capitalised word
// after the list. It reports whether it added any.
func (t *Tagger) personLists(v *view) bool {
	added := false
	next := 1 // the first token a list may start at
	for _, cue := range v.cues[cueList] {
		i := cue + 1
		if i >= len(v.toks) {
			break
		}
		if i < next || !v.isCap(i) || v.ent[i] != 0 && !t.isPersonEntity(v, i) || v.sent(i-1) != v.sent(i) {
			continue
		}
		// a list goes on after its first member: cheaper than its tests
		if v.ent[i] == 0 {
			if e := t.nameRun(v, i); e-i < 2 || v.tok(e) != "," && v.low(e) != "and" {
				continue
			}
		}
		var items [][2]int
		known, k := false, i
		for k < len(v.toks) && v.sent(k) == v.sent(i) {
			if c, ok := v.entityAt(k); ok {
				if c.m.Type != document.Person || c.t0 != k {
					break
				}
				known = true
				k = c.t1
			} else {
				e, ok := t.personRun(v, k)
				if !ok || v.gate[k]&bitStopCap != 0 {
					break
				}
				known = known || t.personName(v, k)
				items = append(items, [2]int{k, e})
				k = e
			}
			switch {
			case v.tok(k) == "," && v.low(k+1) == "and":
				k += 2
			case v.tok(k) == "," || v.low(k) == "and":
				k++
			default:
				goto done
			}
		}
		continue // the list ran on into something else
	done:
		if !known || len(items) == 0 || (k-i) < 5 || v.isCap(k) && v.isWord(k) {
			continue
		}
		n := 0 // members: the new ones and the persons among them
		for j := i; j < k; j++ {
			if v.tok(j) == "," || v.low(j) == "and" {
				n++
			}
		}
		if n < 1 {
			continue
		}
		for _, it := range items {
			v.addPerson(it[0], it[1], "pat.person.name-list", 0.65, "")
			v.take(it[0], it[1])
			added = true
		}
		next = k + 1
	}
	return added
}

// saidOrgBefore reports whether token k ends an organization that
// "said" opens ("said Lakepress's ...").
func saidOrgBefore(v *view, k int) bool {
	if acronymOwner(v, k) {
		return v.low(k-1) == "said"
	}
	c, ok := v.entityAt(k)
	return ok && c.t1 == k+1 && c.m.Type == document.Organization && v.low(c.t0-1) == "said"
}

// acronymOwner reports whether token k is an acronym of two to six
// capitals that the tagger has not named, the owner in "NTV's Anna Lind
// said" (an outlet or body the gazetteer does not know).
func acronymOwner(v *view, k int) bool {
	return k >= 0 && v.ent[k] == 0 && v.acronym(k) && len(v.tok(k)) <= 6 && v.isAllCaps(k)
}

// initialedPersons tags a run of capitalised words with a one-letter
// initial inside it as a person's name ("Nii Martey M. Botchway", "Omar
// T. Felan"; rule pat.person.initialed-name, confidence 0.6): one or two
// name words, initials, one or two name words, none of them a word of
// the vocabulary, a title, a head or already tagged; not a longer name's
// start ("John F. Kennedy Center": a capitalised word after it). It
// reports whether it added any.
func (t *Tagger) initialedPersons(v *view) bool {
	added := false
	// an initial is a capital
	caps := v.caps
	for k := v.nextIn(1, &caps); k+1 < len(v.toks); k = v.nextIn(k+1, &caps) {
		// the cheap test first: one capital and its full stop
		n := initialLen(v, k)
		if n == 0 || v.ent[k] != 0 {
			continue
		}
		s := k
		for s > 0 && k-s < 2 && t.initialNameWord(v, s-1) && v.sent(s-1) == v.sent(k) {
			s--
		}
		e := k + n
		for m := initialLen(v, e); m > 0 && e-k < 6; m = initialLen(v, e) {
			e += m // "Omar A. B. Felan"
		}
		f := e
		for f < len(v.toks) && f-e < 2 && t.initialNameWord(v, f) && v.sent(f) == v.sent(k) {
			f++
		}
		if s == k || f == e {
			k = e - 1
			continue
		}
		// inside a longer capitalised run, or a longer name's start
		if t.initialNameWord(v, s-1) && v.sent(s-1) == v.sent(k) || f < len(v.toks) && v.isCap(f) && v.isWord(f) && v.sent(f) == v.sent(k) {
			k = f - 1
			continue
		}
		v.addPerson(s, f, "pat.person.initialed-name", 0.6, "")
		added = true
		k = f - 1
	}
	return added
}

// initialLen returns the number of tokens of a one-letter initial at k
// ("M." as one token, or "M" and "."), 0 when there is none.
func initialLen(v *view, k int) int {
	tk := v.tok(k)
	switch {
	case len(tk) == 2 && tk[1] == '.' && tk[0] >= 'A' && tk[0] <= 'Z':
		return 1
	case len(tk) == 1 && tk[0] >= 'A' && tk[0] <= 'Z' && v.tok(k+1) == "." && v.adjacent(k+1):
		return 2
	}
	return 0
}

// initialNameWord reports whether token k can be a word of a name with an
// initial: capitalised, two letters or more, not in capitals, untagged,
// no word of the vocabulary, no title, honorific, head or event word.
func (t *Tagger) initialNameWord(v *view, k int) bool {
	if k < 0 || k >= len(v.toks) || v.ent[k] != 0 || !v.isCap(k) || !v.isWord(k) || len(v.tok(k)) < 2 || v.isAllCaps(k) {
		return false
	}
	return v.gate[k]&bitStopCap == 0 && !t.lex.Vocabulary[v.lows[k]] && !v.has(&t.lex.Titles, k) && !v.has(&t.lex.Honorifics, k) &&
		!v.has(&t.lex.OrgHeads, k) && !v.has(&t.lex.EventTriggers, k)
}
