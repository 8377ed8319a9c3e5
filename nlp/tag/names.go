package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// stopCaps are capitalised words that start sentences or headings but
// never belong to a name.
var stopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true,
	"from": true, "to": true, "by": true, "with": true, "and": true, "but": true, "or": true,
	"of": true, "as": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "i": true, "after": true, "before": true,
	"during": true, "since": true, "while": true, "when": true, "under": true, "over": true,
	"according": true, "also": true, "meanwhile": true, "however": true, "earlier": true,
	"later": true, "both": true, "some": true, "many": true, "most": true, "all": true,
	"each": true, "every": true, "other": true, "such": true, "speaking": true, "there": true,
	"here": true, "if": true, "so": true, "yet": true, "not": true, "no": true, "yes": true,
	"dear": true, "today": true, "yesterday": true, "tomorrow": true, "besides": true,
	"further": true, "furthermore": true, "moreover": true, "although": true, "though": true,
	"about": true, "among": true, "between": true, "through": true, "within": true,
	"without": true, "what": true, "which": true, "who": true, "whom": true, "how": true,
	"why": true, "where": true, "you": true, "me": true, "my": true, "your": true,
	"us": true, "him": true, "them": true, "is": true, "was": true, "are": true, "were": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true,
	"must": true, "has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"be": true, "been": true, "being": true, "read": true, "more": true, "photo": true,
	"related": true, "latest": true, "video": true, "home": true, "search": true,
	"archive": true, "follow": true, "share": true, "comments": true, "comment": true,
	"noteworthy": true, "then": true, "now": true, "thus": true, "still": true, "only": true,
	"just": true, "even": true, "first": true, "last": true, "next": true, "new": true,
	"despite": true, "because": true, "thanks": true, "unlike": true, "like": true,
	"once": true, "per": true, "via": true, "upon": true, "against": true, "around": true,
	"toward": true, "towards": true, "regarding": true, "following": true, "including": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
	"jan": true, "jan.": true, "feb": true, "feb.": true, "mar.": true, "apr": true, "apr.": true,
	"jun.": true, "jul.": true, "aug": true, "aug.": true, "sep": true, "sep.": true,
	"sept": true, "sept.": true, "oct": true, "oct.": true, "nov": true, "nov.": true,
	"dec": true, "dec.": true,
}

// CommonCapitalized reports whether the lower-cased word is one that is
// capitalised only because it starts a sentence or heading ("The",
// "However"), never part of a name.
func CommonCapitalized(low string) bool { return stopCaps[low] }

// CommonCapitalizedAt is CommonCapitalized for token i of a document
// this package tagged, read from its gate (document.Document.Gate).
func CommonCapitalizedAt(gate []uint64, i int) bool { return gate[i]&bitStopCap != 0 }

// bylineVerbs open a byline before "by" at the start of a line ("Report
// by ...", "Compiled by ...").
var bylineVerbs = map[string]bool{
	"report": true, "story": true, "written": true, "compiled": true, "edited": true, "reported": true, "text": true,
}

// bylineWords open a byline or editor line ("Editor: ...").
var bylineWords = []string{"editor", "editors", "reporter", "reporters", "author", "writer", "correspondent", "web"}

// particles may sit inside a person's name ("Mohammed bin Fahd").
var particles = map[string]bool{
	"bin": true, "ibn": true, "al": true, "el": true, "de": true, "van": true, "von": true,
	"da": true, "di": true, "le": true, "la": true, "del": true, "dos": true, "der": true,
	// "Anwar ul Haq", "Salah ud Din", "Habib ur Rehman", "Siti binti Omar"
	"ul": true, "ud": true, "ur": true, "bint": true, "binti": true,
	// "Maria dela Cruz", "Jose delos Santos", "Anna della Rovere"
	"dela": true, "delos": true, "della": true,
	// "Ahmed ould Cheikh" (Mauritanian "son of")
	"ould": true,
	// "Elchin Rafig oglu Mammadov", "Leyla Akif qizi Aliyeva": a Turkic
	// patronymic between the father's name and the surname; "Nurlan
	// Sydykov uulu", "Aida Bekova kyzy" end the name
	"oglu": true, "oğlu": true, "ogly": true, "qizi": true, "gizi": true, "kyzy": true, "uulu": true,
}

// elision lists what follows an apostrophe in English contractions and
// possessives ("Kenya's", "don't", "they're"), never a name's letters.
var elision = map[string]bool{"s": true, "t": true, "re": true, "ll": true, "ve": true, "d": true, "m": true}

// titleModifiers may precede a title ("First Deputy Director General").
var titleModifiers = map[string]bool{
	"deputy": true, "vice": true, "first": true, "chief": true, "acting": true, "former": true,
	"executive": true, "senior": true, "associate": true, "assistant": true, "honorary": true,
	"permanent": true, "principal": true, "joint": true, "web": true, "managing": true,
	"general": true, "special": true, "then": true, "current": true, "board": true,
	"federal": true, "veteran": true, "freelance": true, "standing": true, "under": true,
	"caretaker": true, "interim": true, "outgoing": true,
	// a newsroom's desk before its editor or correspondent ("the paper's
	// digital editor, Anna Lind,")
	"digital": true, "political": true, "sports": true, "business": true, "online": true, "diplomatic": true,
	"economics": true, "features": true,
}

// nameToken reports whether token i can be part of a person's name:
// capitalised, not a stop word, not a title word, not tagged already.
func (t *Tagger) nameToken(v *view, i int) bool {
	if i < 0 || i >= len(v.toks) || !v.isCap(i) || !v.isWord(i) {
		return false
	}
	if v.ent[i] != 0 {
		return false
	}
	if v.gate[i]&(bitStopCap|bitTitleMod) != 0 {
		// "A. J. Lind", "I. M. Felan": a capital that is also a word is an
		// initial before its full stop and another initial or a name word
		if !(v.toks[i].End-v.toks[i].Start == 1 && v.tok(i+1) == "." && v.adjacent(i+1) && v.isCap(i+2) && v.sent(i+2) == v.sent(i) &&
			(v.initialAt(i+2) || v.gate[i+2]&bitStopCap == 0 && v.ent[i+2] == 0)) {
			return false
		}
	}
	// titles, honorifics, organization heads and triggers (one test of
	// the gate for all four first)
	if lexicon.May(v.gate[i], t.nameMask) && (v.has(&t.lex.Titles, i) || v.has(&t.lex.Honorifics, i) ||
		v.has(&t.lex.OrgHeads, i) || v.has(&t.lex.EventTriggers, i)) {
		return false
	}
	// all-capital words longer than 3 letters are acronyms or headlines
	// ("K.P." is two initials)
	if v.isAllCaps(i) && len(v.tok(i)) > 3 && !initials(v.tok(i)) {
		return false
	}
	// "TOLOnews", "AlatauAqparat": capitals inside a word after others
	// make a brand, not a name ("McHale", "DeSantis" are names)
	if camelBrand(v.tok(i)) {
		return false
	}
	// "Russia.Gianmarco": two words glued by a full stop are no name word
	if tk := v.tok(i); strings.IndexByte(tk, '.') > 0 && strings.IndexByte(tk, '.') < len(tk)-1 && !initials(tk) {
		return false
	}
	// a participle or gerund that opens a sentence is no name word:
	// "Addressing Aliyev, the premier said", "Welcoming Kim, ..."
	if low := v.low(i); len(low) >= 6 && strings.HasSuffix(low, "ing") && sentenceStart(v, i) {
		return false
	}
	return true
}

// initials reports whether w is two or three initials written as one
// token ("K.P.", "A.J.R.").
func initials(w string) bool {
	if len(w) < 4 || len(w) > 6 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// camelBrand reports whether w has a capital after a lower-case letter, or
// two capitals then a lower-case letter, beyond the prefixes of names
// (Mc, Mac, De, Di, Da, Du, La, Le, O'): "TOLOnews", "AlatauAqparat",
// "AzerTac" are brands; "McHale", "DeSantis" names.
func camelBrand(w string) bool {
	upper, lowerSeen := 0, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			if lowerSeen && k > 0 && w[k-1] >= 'a' && w[k-1] <= 'z' && !namePrefix(w[:k]) {
				return true
			}
			if k == 1 && len(w) > 2 && w[2] >= 'a' && w[2] <= 'z' && w[0] >= 'A' && w[0] <= 'Z' {
				return true // "LEsomething"
			}
		case c >= 'a' && c <= 'z':
			if upper >= 2 && k >= 2 && w[k-1] >= 'A' && w[k-1] <= 'Z' && w[k-2] >= 'A' && w[k-2] <= 'Z' {
				return true // "TOLOnews"
			}
			lowerSeen = true
		case c >= utf8.RuneSelf:
			return false // leave other scripts and accents alone
		}
	}
	return false
}

// namePrefix reports whether p is a prefix after which a name goes on
// with a capital ("Mc" of "McHale").
func namePrefix(p string) bool {
	switch p {
	case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "O'", "Van", "Von", "Al", "El", "Fitz":
		return true
	}
	return false
}

// placeWord reports whether token j is a one-word place the gazetteer
// tagged ("Kunming").
func (t *Tagger) placeWord(v *view, j int) bool {
	c, ok := v.entityAt(j)
	return ok && c.m.Type == document.Place && c.t0 == j && c.t1 == j+1 && v.isCap(j)
}

// sentenceStart reports whether token i opens its sentence, also after
// opening quotes or a bracket.
func sentenceStart(v *view, i int) bool {
	for k := i - 1; k >= 0 && v.sent(k) == v.sent(i); k-- {
		switch v.tok(k) {
		case "\"", "“", "‘", "'", "«", "(", "[":
			continue
		}
		return false
	}
	return true
}

// nameRun returns the end of the person name that starts at token i:
// capitalised tokens, hyphenated parts ("Kassym-Jomart"), initials and
// particles between them; at most five tokens. end == i for none.
func (t *Tagger) nameRun(v *view, i int) int {
	if !t.nameToken(v, i) && !t.patronymStart(v, i) && !(i >= 0 && i < len(v.ent) && v.ent[i] != 0 && t.placeGivenName(v, i)) {
		return i
	}
	// "Global South", "Media Regulation ...": a generic word of names of
	// bodies opens no person's name
	if genericWord(v.lows[i]) {
		return i
	}
	// "State-of-the-Nation-Address": no name starts inside a hyphenated
	// compound
	if v.tok(i-1) == "-" && v.adjacent(i) {
		return i
	}
	j := i + 1
	words := 1
	// same reports whether token k is in the name's sentence: a name
	// never runs past a sentence break, also not through a particle or
	// hyphen at its end ("... Bin" then "B..." in the next sentence)
	same := func(k int) bool { return v.sent(k) == v.sent(i) }
	for j < len(v.toks) && words < 5 && same(j) {
		if !same(j + 1) {
			// the last token of the sentence: only a name word may end
			// the name here
			if t.nameToken(v, j) {
				j++
			}
			return j
		}
		switch {
		case v.tok(j) == "." && v.adjacent(j) && len(v.tok(j-1)) == 1 && v.isCap(j-1) && t.nameToken(v, j+1):
			// "G. E. Petrov": the full stop of an initial
			j++
		case v.tok(j) == "-" && v.adjacent(j) && v.adjacent(j+1) && v.isCap(j+1) && v.isWord(j+1):
			j += 2
		case v.tok(j) == "-" && v.adjacent(j) && v.adjacent(j+1) && v.isWord(j+1) && !v.isCap(j+1) && len(v.tok(j+1)) <= 4 && v.ent[j+1] == 0 &&
			v.gate[j+1]&bitStopCap == 0:
			// "Kim Dong-ho", "Park Sung-min": a lower-case syllable
			j += 2
		case v.gate[j]&bitStopCap != 0 && v.isCap(j) && v.tok(j+1) == "-" && v.adjacent(j+1) && v.adjacent(j+2) && v.isWord(j+2) && !v.isCap(j+2) && len(v.tok(j+2)) <= 5:
			// "Park No-hwang": a syllable that is a stop word, joined
			// by a hyphen to the next
			j += 3
			words++
		case j == i+1 && v.ent[j] != 0 && t.placeWord(v, j) && !(v.isCap(j+1) && v.isWord(j+1)) && v.sent(j+1) == v.sent(i) && t.personName(v, i):
			// "Huang Kunming": a given name that is also a city's name,
			// after a surname of the lexicon
			j++
			words++
		case j == i+1 && v.tok(j) == "The" && t.nameToken(v, j+1) && t.personName(v, i):
			// "Nguyen The Ky": a middle name that is written as the
			// article, after a surname of the lexicon
			j += 2
			words += 2
		case v.gate[j]&bitParticle != 0 && t.nameToken(v, j+1):
			j += 2
			words++
		case v.gate[j]&bitParticle != 0 && !v.isCap(j) && v.gate[j+1]&bitParticle != 0 && same(j+2) && t.nameToken(v, j+2):
			// "Juan de la Vega", "Jean de La Roche": two particles, the
			// second also capitalised
			j += 3
			words++
		case words >= 2 && (v.tok(j) == "Jr" || v.tok(j) == "Sr"):
			// "Sitiveni Rabuka Jr.": a generational suffix ends the name
			j++
			if v.tok(j) == "." && v.adjacent(j) && same(j) {
				j++
			}
			return j
		case v.gate[j]&bitParticle != 0 && v.tok(j+1) == "-" && same(j+2) && t.nameToken(v, j+2):
			j += 3
			words++
		case v.ent[j] != 0 && v.isWord(j-1) && len(v.tok(j-1)) > 2 && t.isPersonEntity(v, j) && v.cands[v.ent[j]-1].t0 == j && v.cands[v.ent[j]-1].t1 == j+1:
			// "Dmitry Konstantinovich Kiselyov": a surname the gazetteer
			// knows after the given name and patronymic ends the name
			// (not after initials: "M. V. Zakharova" stays the
			// gazetteer's person)
			return j + 1
		case words >= 2 && v.isCap(j) && (v.lows[j][len(v.lows[j])-1] == 's' || v.lows[j][len(v.lows[j])-1] == 'y') && titleVerbs[v.lows[j]]:
			// "Agency Chief Omar Felan Visits ...": the verb of a
			// headline in title case ends the name
			return j
		case words >= 2 && !v.isCap(j) && trailingPatronym(v.lows[j]):
			// "Nurlan Sydykov uulu": the patronymic word ends the name
			return j + 1
		case t.nameToken(v, j):
			j++
			words++
		case v.gate[j]&lexicon.BitWord == 0 && (v.tok(j) == "'" || v.tok(j) == "’") && v.adjacent(j) && v.adjacent(j+1) && same(j+1) && v.isWord(j+1) && !v.isCap(j+1) &&
			len(v.tok(j+1)) >= 2 && !elision[v.lows[j+1]] && v.isWord(j-1):
			// "Tuilagi-Fa'amausili", "Mata'afa": a glottal stop
			// written as an apostrophe inside a name word
			j += 2
		case v.gate[j]&lexicon.BitWord == 0 && (v.tok(j) == "'" || v.tok(j) == "’") && v.adjacent(j) && !v.adjacent(j+1) && strings.HasSuffix(v.lows[j-1], "ng") && same(j+1) && t.nameToken(v, j+1):
			// "Grace Achieng' Otieno": the velar nasal of a Kenyan name
			// written as a closing apostrophe
			j++
		default:
			return j
		}
	}
	return j
}

// ledByName reports whether the run [i, e) after "led by" reads as a
// person's name: a given name or surname of the lexicon or a word of a
// surname's form, and no word that names a body.
func (t *Tagger) ledByName(v *view, i, e int) bool {
	named := false
	for k := i; k < e; k++ {
		if !v.isWord(k) || !v.isCap(k) {
			continue
		}
		if t.lex.Vocabulary[v.lows[k]] || v.has(&t.lex.OrgHeads, k) {
			return false
		}
		if t.personName(v, k) || surnameForm(v.lows[k]) {
			named = true
		}
	}
	return named
}

// trailingPatronym reports whether w is a Kyrgyz or Kazakh word for "son
// of" or "daughter of" that follows the father's name at the end of a
// name.
func trailingPatronym(w string) bool {
	switch w {
	case "uulu", "kyzy", "uly":
		return true
	}
	return false
}

// placeGivenName reports whether token i is a one-word place that is a
// given name of the lexicon and opens a name right after a title or
// honorific: "director Milan Dragovic", "Mayor Florence Achieng"
// (rule pat.person.title-name over the place's token); the lexicon's
// given names that are gazetteer names are left out of personNames, so
// the lexicon itself is asked.
func (t *Tagger) placeGivenName(v *view, i int) bool {
	if i < 1 || !t.placeWord(v, i) || v.sent(i+1) != v.sent(i) || !t.nameToken(v, i+1) || !t.lex.Given[v.low(i)] {
		return false
	}
	return v.has(&t.lex.Titles, i-1) || v.has(&t.lex.Honorifics, i-1)
}

// patronymStart reports whether token i opens a name although it is a
// title word, because a patronymic particle and a name word follow it
// ("Sultan bin Saad", "Emir ibn Fahd"): a given name that is also a title.
func (t *Tagger) patronymStart(v *view, i int) bool {
	if i < 0 || i+2 >= len(v.toks) || !v.isCap(i) || !v.isWord(i) || v.ent[i] != 0 || v.gate[i]&(bitStopCap|bitTitleMod) != 0 {
		return false
	}
	if w := v.lows[i+1]; w != "bin" && w != "ibn" || v.sent(i+2) != v.sent(i) || !t.nameToken(v, i+2) {
		return false
	}
	return v.has(&t.lex.Titles, i) || v.has(&t.lex.Honorifics, i)
}

// stopSurnames are surnames that are also stop words ("He Ping", "To
// Lam"): a name may start with one only after a title or before a role
// in apposition.
var stopSurnames = map[string]bool{"he": true, "to": true}

// surnameRun is nameRun, and for a capitalised stop-word surname followed
// right away by a name ("He Dongbo", "To Lam") the run from it.
func (t *Tagger) surnameRun(v *view, i int) int {
	if e := t.nameRun(v, i); e > i {
		return e
	}
	if i+1 >= len(v.toks) || !v.isCap(i) || !stopSurnames[v.low(i)] || v.toks[i].End+1 != v.toks[i+1].Start {
		return i
	}
	if e := t.nameRun(v, i+1); e > i+1 && e-(i+1) <= 2 {
		return e
	}
	return i
}

// titleAt matches a title at token i: optional modifiers, then a title of
// the lexicon ("Deputy Foreign Minister"). It returns the title's end.
func (t *Tagger) titleAt(v *view, i int) (int, bool) {
	j := i
	for j < len(v.toks) && v.gate[j]&bitTitleMod != 0 && j-i < 3 && !v.has(&t.lex.Titles, j) {
		j++
		// "vice-minister", "Vice-Chairman": a hyphen joins the modifier
		if v.tok(j) == "-" && v.adjacent(j) && v.adjacent(j+1) {
			j++
		}
	}
	if _, n, ok := v.match(&t.lex.Titles, j); ok {
		end := j + n
		// "Director General", "Editor-in-Chief": titles may chain
		for k := 0; k < 2; k++ {
			if _, n2, ok := v.match(&t.lex.Titles, end); ok && v.isCap(end) == v.isCap(j) {
				end += n2
			} else {
				break
			}
		}
		return end, true
	}
	return i, false
}

// honorificsAt matches one honorific or more from token i ("His
// Excellency", "Dato' Sri"); an apostrophe glued to one belongs to it
// ("Dato'"). It returns where they end.
func (t *Tagger) honorificsAt(v *view, i int) (int, bool) {
	j := i
	for {
		_, n, ok := v.match(&t.lex.Honorifics, j)
		if !ok {
			break
		}
		j += n
		if w := v.tok(j); (w == "'" || w == "’") && v.adjacent(j) {
			j++
		}
	}
	return j, j > i
}

// addPerson adds a person candidate for tokens [s, e).
func (v *view) addPerson(s, e int, rule string, conf float64, title string) {
	v.add(cand{m: document.Mention{Type: document.Person, Rule: rule, Confidence: conf, Kind: title},
		t0: s, t1: e, layer: layerEntity, prio: 2})
}

// persons tags title + name ("Foreign Minister Wang Yi", "President of
// China's Xinhua News Agency Fu Hua"), honorific + name ("Mr. Volin"),
// name + title apposition ("Dmitry Kiselev, the director general") and
// byline or editor lines ("(Web editor: Wen Ying, Liang Jun)").
func (t *Tagger) persons(v *view) {
	cue := t.lex.Titles.Bit() | t.lex.Honorifics.Bit()
	for i := 0; i < len(v.toks); i++ {
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
				if c, ok := v.entityAt(e); ok && c.t0 == e && c.t1 == e+1 && c.m.Type == document.Place && !v.isCap(e+1) {
					e++
				}
			}
			if e-j >= 2 || (e-j == 1 && capTitle && j == end && !v.isCap(e) && !(v.isAllCaps(j) && len(v.tok(j)) >= 2)) {
				if e-j == 1 && (v.low(e) == "of" || v.tok(e) == "(") {
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
			// underscored"; lower confidence
			if saidVerbs[v.low(e)] && (i == 0 || v.sent(i-1) != v.sent(i) || v.tok(i-1) == "," || v.tok(i-1) == ")" || v.low(i-1) == "said" || closingQuote(v.tok(i-1))) {
				v.addPerson(i, e, "pat.person.name-said", 0.7, "")
				i = e - 1
				continue
			}
			if v.low(i-1) == "said" && (v.tok(e) == "," || v.tok(e) == ".") {
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
			if n := e - (p + 1); n >= 2 && n <= 4 && (v.tok(e) == "," || v.tok(e) == ";" || saidVerbs[v.low(e)] || long && v.tok(e) == "." && v.sent(e) == v.sent(p)) && !t.lex.Vocabulary[v.lows[e-1]] {
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
	for i := 1; i+2 < len(v.toks); i++ {
		// the cheap test of roleAt first, without the call
		if v.ent[i] != 0 || v.gate[i]&bitRoleNoun == 0 || v.isCap(i) && !t.titleCase(v, i) {
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
}

// byline tags the names of "(Web editor: Wen Ying, Liang Jun)",
// "Editor: ...", "Reporter: ..." and a line-initial "By ...".
func (t *Tagger) byline(v *view, i int) (int, bool) {
	j := i
	switch {
	case (v.low(j) == "editor" || v.low(j) == "editors" || v.low(j) == "reporter" || v.low(j) == "reporters" ||
		v.low(j) == "author" || v.low(j) == "writer" || v.low(j) == "correspondent") && v.tok(j+1) == ":":
		j += 2
	case v.low(j) == "web" && v.low(j+1) == "editor" && v.tok(j+2) == ":":
		j += 3
	case v.tok(j) == "By" && (j == 0 || v.sent(j-1) != v.sent(j)):
		j++
	case bylineVerbs[v.low(j)] && v.isCap(j) && v.low(j+1) == "by" && (j == 0 || v.sent(j-1) != v.sent(j)):
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

// orgConnectors may join the words of an organization name.
var orgConnectors = map[string]bool{"of": true, "and": true, "for": true, "&": true, "-": true, "on": true, "the": true, "de": true, "du": true}

// orgWord reports whether token i can be a word of an organization name:
// capitalised and not a stop word, or a country, place or organization
// already tagged ("Saudi", "Moscow", "SCO").
func (t *Tagger) orgWord(v *view, i int) bool {
	if i < 0 || i >= len(v.toks) {
		return false
	}
	if c, ok := v.entityAt(i); ok && c.m.Type != "" {
		return c.m.Type == document.Country || c.m.Type == document.Place || c.m.Type == document.Organization
	}
	if _, isOrd := t.ordinal(v, i); isOrd {
		return false
	}
	// "China’s", "Forum’s" written as one token: a possessive owns the
	// name after it, it is no word of it
	if tk := v.tok(i); strings.HasSuffix(tk, "’s") || strings.HasSuffix(tk, "'s") {
		return false
	}
	return v.isCap(i) && v.isWord(i) && v.gate[i]&bitStopCap == 0 && !v.has(&t.lex.Titles, i) && !v.has(&t.lex.Honorifics, i)
}

// headAt matches a capitalised organization head at token i ("News
// Agency", "Ministry") and returns its kind and length.
func (t *Tagger) headAt(v *view, i int) (string, int, bool) {
	k, n, ok := v.match(&t.lex.OrgHeads, i)
	if !ok {
		return "", 0, false
	}
	for j := i; j < i+n; j++ {
		// "Television and Radio": a connector inside the head
		if v.isWord(j) && !v.isCap(j) && (j == i || v.lows[j] != "and") {
			return "", 0, false
		}
	}
	return t.lex.OrgKinds[k], n, true
}

// organizations tags organization names that the gazetteer does not know,
// from their head noun: "Arab States Broadcasting Union", "Kazinform News
// Agency", "Ministry of Media", "Chongyang Institute for Financial
// Studies". They get a lower confidence than gazetteer names.
func (t *Tagger) organizations(v *view) {
	heads := lexicon.Bits(&t.lex.OrgHeads)
	for i := 0; i < len(v.toks); i++ {
		if v.ent[i] != 0 || !lexicon.May(v.gate[i], heads) {
			continue
		}
		kind, n, ok := t.headAt(v, i)
		if !ok {
			continue
		}
		// "White House Press Secretary": a head that opens a title is
		// the title's; "the Honduran Press": "Press" after a country's
		// name or adjective alone is the country's press, no name
		if n == 1 && v.gate[i]&t.lex.Titles.Bit() != 0 && v.has(&t.lex.Titles, i) || v.lows[i] == "press" && n == 1 && t.isCountryEntity(v, i-1) && !t.orgWord(v, i-2) {
			continue
		}
		// "Tunisie Afrique Presse" ends with "Presse"; in "Agence
		// Malienne de Presse et Publicité" it is a word inside the name
		// that "Agence" opens
		if v.lows[i] == "presse" && (!v.isCap(i-1) || !v.isWord(i-1)) {
			continue
		}
		// "Lakeland Broadcasting and Information Service": a head that
		// "and", words of no name of their own and a later head follow is
		// inside the longer name, which the later head finds (rule
		// pat.org.head)
		if v.low(i+n) == "and" && v.sent(i+n) == v.sent(i) && !t.isOrgEntity(v, i+n+1) {
			k := i + n + 1
			for k < i+n+4 && t.orgWord(v, k) && v.ent[k] == 0 && !t.ownWordIn(v, k, k+1) {
				if _, _, ok := t.headAt(v, k); ok {
					break
				}
				k++
			}
			if _, _, ok := t.headAt(v, k); ok && k > i+n+1 && v.sent(k) == v.sent(i) {
				continue
			}
		}
		s := i
		owner := -1 // the token of a possessive owner before the name
		ownerNamed := false
		// "the broadcaster's First Channel", "GPB's Second Channel": a
		// capitalised ordinal names a channel after a possessive or "the"
		// (rule pat.org.ordinal-channel)
		ordinalChannel := false
		if v.lows[i] == "channel" && v.isCap(i-1) && v.sent(i-1) == v.sent(i) && (v.low(i-2) == "'s" || v.low(i-2) == "the") {
			if _, isOrd := t.ordinal(v, i-1); isOrd && v.isWord(i-1) {
				s, ordinalChannel = i-1, true
			}
		}
		for s > 0 && v.sent(s-1) == v.sent(i) && !ordinalChannel {
			if t.orgWord(v, s-1) && !(v.ent[s-1] != 0 && t.isOrgEntity(v, s-1) && s-1 < i-8) {
				s--
				continue
			}
			// "South Asia–Southeast Asia ...": an en dash inside a word;
			// "Lakeland – Hill Country Inter-Committee": a dash between
			// two countries
			if tk := v.tok(s - 1); (tk == "–" || tk == "—") && t.orgWord(v, s-2) && (v.adjacent(s-1) && v.adjacent(s) || t.isCountryEntity(v, s) && t.isCountryEntity(v, s-2)) {
				s -= 2
				continue
			}
			if (v.tok(s-1) == "-" || v.tok(s-1) == "&" || v.low(s-1) == "and" || v.low(s-1) == "of") && t.orgWord(v, s-2) && s-1 != i {
				// "Director General of Kazinform Agency",
				// "Editor-in-Chief of Lakeside Daily": a title before "of"
				// is no part of the name
				if v.low(s-1) == "of" && t.titleEndsAt(v, s-2) {
					break
				}
				// "Mie Oba of Kanagawa University", "Foreign Desk of
				// Lakeside Tribune": the words before "of" name an
				// organization only when they hold a head of their own
				// ("Faculty of Journalism of ...", "Information Department
				// of ...")
				if v.low(s-1) == "of" && !t.headInRunBefore(v, s-2) {
					break
				}
				// "the Balkans and Association of ...": a name that
				// starts with its head starts there
				if (v.low(s-1) == "and" || v.tok(s-1) == "&") && s == i {
					break
				}
				// "and" between two full names joins two organizations:
				// "Xinhua News Agency and Nation Media Group" (a known
				// organization before it), "the Riverside Post and Valley
				// Television" (a head before it and a proper word after)
				if (v.low(s-1) == "and" || v.tok(s-1) == "&") && (t.isOrgEntity(v, s-2) || t.headEndsAt(v, s-2) && t.properWordIn(v, s, i) && !t.fieldWordsOnly(v, s, i)) {
					break
				}
				// "broadcaster Fjordvision and Hillmark Media Group": a
				// one-word brand after an outlet noun, "and", then a name
				// with a proper word and a head are two names
				if v.low(s-1) == "and" && t.brandAfterNoun(v, s-2) && t.properWordIn(v, s, i) && !t.fieldWordsOnly(v, s, i) {
					break
				}
				// "Prime Minister Omar Felan and Lakeland Authority
				// President ...": a person's name before "and" and a
				// country after it start two names
				if v.low(s-1) == "and" && (t.isPersonEntity(v, s-2) || t.personName(v, s-2)) && t.isCountryEntity(v, s) {
					break
				}
				// "Hill Commission chief Sione Latu and Lakeland News
				// Agency": a name after a role noun in lower case before
				// "and" is a person's, no part of the organization's
				if v.low(s-1) == "and" && roleRunBefore(v, s-1) {
					break
				}
				// "Director General Mrs Chanda Mwansa-Phiri and SABC
				// Group Chief Executive": a name after an honorific before
				// "and" is a person's too (rule pat.org.head)
				if v.low(s-1) == "and" && t.honorificRunBefore(v, s-1) {
					break
				}
				// "PCI and Senate Foreign Affairs Committee": an acronym
				// before "and" is a name of its own (not "TV and Radio")
				if v.low(s-1) == "and" && v.acronym(s-2) && len(v.tok(s-2)) >= 3 && !v.has(&t.lex.OrgHeads, s-2) && s < i {
					break
				}
				// "such as Lakeview, Hillnews and Rivertown Daily": the
				// last two items of a list, one word that names no field
				// before "and" (not "Information, Culture and Tourism")
				if v.low(s-1) == "and" && v.tok(s-3) == "," && v.ent[s-2] == 0 && !t.lex.Vocabulary[v.lows[s-2]] && t.properWordIn(v, s, i) && seriesBefore(v, s-3) {
					break
				}
				s -= 2
				continue
			}
			// "People's Government of Zhejiang Province": a possessive
			// word that is no country or place belongs to the name, also
			// an owner's name ("LPU's General Secretariat"); an
			// organization's or event's head alone names the body that
			// owns the organ ("the Ministry's Centre for ...", "the
			// Forum's Organising Committee"), which is no part of its name
			if v.low(s-1) == "'s" && s >= 2 && v.ent[s-2] == 0 && t.orgWord(v, s-2) {
				if (t.headEndsAt(v, s-2) || v.gate[s-2]&bitNamedHead != 0) && !t.orgWord(v, s-3) {
					owner = s - 2
					break
				}
				// "Tajik National University's Faculty of Journalism": a
				// university's or academy's full name before the
				// possessive owns the faculty or school after it, which
				// is an organization of its own (rule
				// pat.org.head.owner-named); a party's or state's organ
				// keeps its owner ("the Central Committee's Propaganda
				// Department")
				if academicHeads[v.low(s-2)] && t.properWordIn(v, s-4, s-1) {
					owner, ownerNamed = s-2, true
					break
				}
				s -= 2
				continue
			}
			// "Statistical, Economic and Social Research ... Centre": a
			// comma list of adjectives that "and" closes inside the name
			if v.tok(s-1) == "," && s >= 2 && s < i && v.ent[s-2] == 0 && t.orgWord(v, s-2) && adjectiveForm(v.low(s-2)) && adjectiveForm(v.lows[s]) && andIn(v, s, i) {
				s -= 2
				continue
			}
			// '"Yeni Musavat" Media Group': a quoted name before the
			// head is part of the name
			if q := t.quotedBefore(v, s); q < s {
				s = q
				continue
			}
			// "Publicity (Propaganda) Department": an alternative name
			// of a word in parentheses
			if v.tok(s-1) == ")" && v.tok(s-3) == "(" && v.ent[s-2] == 0 && t.orgWord(v, s-2) && t.orgWord(v, s-4) {
				s -= 4
				continue
			}
			// "Lakeside Journalists' Union": a plural possessive inside
			// the name
			if tk := v.tok(s - 1); (tk == "'" || tk == "’") && v.adjacent(s-1) && strings.HasSuffix(v.low(s-2), "s") && v.ent[s-2] == 0 && t.orgWord(v, s-2) {
				s -= 2
				continue
			}
			break
		}
		// "Pacific Islands News Association Opens Media Hub", "Lakeland
		// Broadcasters Launch Danube Newsroom": in a headline in title
		// case, a headline's verb inside the words before a head ends the
		// subject's name; what follows the verb is its object, no name of
		// the verb's subject (rule pat.org.head.headline-verb)
		if s < i && t.headlineVerbIn(v, s, i) {
			i += n - 1
			continue
		}
		// "China's State Council Information Office": a country's
		// possessive that opens a known name is no part of the longer name
		possessive := false
		if s+2 < i && v.low(s+1) == "'s" && t.isCountryWord(v, s) {
			s += 2
			possessive = true
		}
		e := i + n
		// "Nile TV International", "the Philippine Daily Inquirer", "the
		// Pacific Climate Newsroom Hub": one word after the head that
		// ends an outlet's name (rule pat.org.head)
		if nameTails[v.low(e)] && v.isCap(e) && v.ent[e] == 0 && v.sent(e) == v.sent(i) && !(v.isCap(e+1) && v.isWord(e+1) && !v.has(&t.lex.Titles, e+1)) {
			e++
		}
		// "the Press Council Nepal", "Radio Television Malaysia": a
		// country's name right after a body's head ends its name (rule
		// pat.org.head-country); not before a possessive, a capital or
		// a comma
		countryEnd := false
		if c, ok := v.entityAt(e); ok && c.t0 == e && c.m.Type == document.Country && c.m.Rule == "gaz.country.name" && countryAfterHeads[v.lows[e-1]] &&
			v.sent(c.t1) == v.sent(i) && v.toks[e].Start == v.toks[e-1].End+1 && e > s+1 && !(v.isCap(c.t1) && v.isWord(c.t1)) && v.low(c.t1) != "'s" && v.tok(c.t1) != "-" {
			e = c.t1
			countryEnd = true
		}
		right, listedThe, under := false, false, false
		// "on" goes on only after the heads of bodies that sit on a
		// subject ("Commission on Trade", "Committee on Culture"); "the
		// Chinese Government on Eurasian Affairs" names a title's field
		if p := v.low(e); (p == "of" || p == "for" || p == "on" && onHeads[v.lows[e-1]] || p == "de" || p == "du") && v.sent(e) == v.sent(i) {
			k := e + 1
			if v.low(k) == "the" {
				k++
			}
			// "of the President of Kazakhstan": a title after "the" is
			// part of the name
			titled := func(k int) bool {
				return v.low(k-1) == "the" && v.isCap(k) && v.has(&t.lex.Titles, k)
			}
			// "Foundation for New Ibero-American Journalism": "New"
			// before a word of the name is a word of it (rule
			// pat.org.head)
			newWord := func(k int) bool {
				return v.low(k) == "new" && v.isCap(k) && v.sent(k+1) == v.sent(i) && t.orgWord(v, k+1)
			}
			if t.orgWord(v, k) || titled(k) || newWord(k) {
				k++
				listed := false
				for k < len(v.toks) && v.sent(k) == v.sent(i) {
					if t.orgWord(v, k) || newWord(k) {
						k++
						continue
					}
					if v.low(k) == "'s" && v.ent[k-1] == 0 && t.orgWord(v, k+1) {
						k++ // "the Chinese People's Political Consultative Conference"
						continue
					}
					// "Information Department of Lakeland's Ministry of
					// Foreign Affairs": the parent body of a country
					if v.low(k) == "'s" && v.ent[k-1] != 0 && t.isCountryEntity(v, k-1) && v.has(&t.lex.OrgPrefixHeads, k+1) && v.isCap(k+1) {
						k++
						continue
					}
					// "the Communist Party of China (CPC) Central Committee";
					// not "... Research (IIRMR) Anna Lind": a head follows
					if v.tok(k) == "(" && v.tok(k+2) == ")" && v.acronym(k+1) && t.orgWord(v, k+3) && t.headWithin(v, k+3, 3) {
						k += 3
						continue
					}
					// "Economic Co-operation", "Turkic-speaking countries":
					// a lower-case word joined by a hyphen
					if v.tok(k) == "-" && v.adjacent(k) && v.adjacent(k+1) && v.isWord(k+1) && !v.isCap(k+1) && len(v.tok(k+1)) >= 4 {
						k += 2
						if strings.HasSuffix(v.low(k-1), "speaking") && speakingNouns[v.low(k)] {
							k++
						}
						continue
					}
					// "National Television of Lakeland - Channel 8": the
					// number of a channel
					if channelWords[v.low(k-1)] && isNumberToken(v.tok(k)) {
						k++
						continue
					}
					// "TV and Radio Complex of the Lakeland President": the
					// title of a country's office ends the name
					if v.isCap(k) && v.has(&t.lex.Titles, k) && !v.has(&t.lex.OrgHeads, k) {
						if c, ok := v.entityAt(k - 1); ok && c.t1 == k && c.m.Type == document.Country && v.low(c.t0-1) == "the" {
							k++
							break
						}
					}
					// "... for Lakeside Radio and Television and RT": a
					// known organization after "and" is another one; so is
					// a person ("... Foreign Affairs and Alexey Lind of
					// ...")
					if (v.low(k) == "and" || v.tok(k) == "&") && (t.isOrgEntity(v, k+1) || t.personName(v, k+1) && !t.headWithin(v, k+1, 3)) {
						break
					}
					// "... Ministry of Information and Kenya's Media
					// Council": a possessive after "and" opens another name
					if v.low(k) == "and" && possessiveAfter(v, k+1) {
						break
					}
					if orgConnectors[v.low(k)] && (t.orgWord(v, k+1) || v.low(k) == "of" && v.low(k+1) == "the" && titled(k+2)) && v.low(k) != "on" {
						k += 2
						if titled(k) {
							k++
						}
						continue
					}
					// "... Central Committee of the Communist Party of
					// China": the parent body is part of the full name
					if v.low(k) == "of" && v.low(k+1) == "the" && t.orgWord(v, k+2) {
						k += 3
						continue
					}
					// "Ministry of Information, Culture and Tourism",
					// "Institute of Russian, Eastern European and Central
					// Asian Studies": a list of name words
					if v.tok(k) == "," && t.nameList(v, k) {
						k++
						listed = true
						continue
					}
					// "Union of News Agencies in OIC Member States",
					// "Federation of News Agencies in the Member States of
					// the ...": the members a body unites are part of its
					// name
					if v.low(k) == "in" {
						if m := memberStatesEnd(v, k+1); m > k {
							// the union's parent body after "of the" ends
							// the name: a holder's name may follow it
							k = m
							if v.low(k) == "of" && v.low(k+1) == "the" {
								if c, ok := v.entityAt(k + 2); ok && c.t0 == k+2 && c.m.Type == document.Organization {
									k = c.t1
								}
							}
							break
						}
					}
					// "State Committee for Radio under the Government of
					// Lakeland", "Agency for Information under the
					// President of Lakeland": the parent body or office
					// after "under the" is part of the full name (rule
					// pat.org.head-under)
					if v.low(k) == "under" && v.low(k+1) == "the" && v.isCap(k+2) && !t.isOrgEntity(v, k+2) && (titled(k+2) || v.has(&t.lex.OrgHeads, k+2)) {
						k += 3
						under = true
						continue
					}
					// "..., Communications and the Digital Economy": the
					// list's last item after "and the" (rule
					// pat.org.head-list-the)
					if listed && v.low(k) == "and" && v.low(k+1) == "the" && t.orgWord(v, k+2) && !t.isOrgEntity(v, k+2) && !t.headWithin(v, k+2, 4) {
						k += 3
						listed, listedThe = false, true
						continue
					}
					break
				}
				// "Amurskaya Pravda of the Amur region", "the Hill Times of
				// Lakeland state": a place noun in lower case after the
				// words makes them a place, no part of the name (rule
				// pat.org.head)
				if regionNouns[v.low(k)] && !v.isCap(k) && v.sent(k) == v.sent(i) {
					// back to the last "of": "Department of Culture of
					// the Amur region" keeps "of Culture"
					q := k - 1
					for q > e && v.low(q) != "of" {
						q--
					}
					k, right = q, q > e
				} else {
					right = true
				}
				e = k
			}
		}
		// 'TV and Radio Company "Volga"': a quoted name after the head
		// is part of the name
		if q := t.quotedName(v, e); q > e && !right {
			e = q
		}
		// "Lakeside TV 2", "... Channel 8": the number of a channel
		if !right && channelWords[v.low(e-1)] && isNumberToken(v.tok(e)) && v.sent(e) == v.sent(i) {
			e++
		}
		// "Lakeside Gas Co., Ltd.": the legal form after a comma
		if w := strings.TrimSuffix(v.low(e+1), "."); v.tok(e) == "," && !right && (w == "ltd" || w == "inc" || w == "llc") && v.sent(e+1) == v.sent(i) {
			e += 2
			if v.tok(e) == "." && v.adjacent(e) && !strings.HasSuffix(v.tok(e-1), ".") {
				e++
			}
		}
		// "the Lakeland Embassy in Kenya", "Embassy of Lakeland in
		// Nairobi", "Lakeland Embassy Nairobi": the host country or city
		// of an embassy or consulate is part of its name
		if missionHeads[v.low(i)] {
			k := e
			if v.low(k) == "in" {
				k++
			}
			if c, ok := v.entityAt(k); ok && c.t0 == k && (c.m.Type == document.Country || c.m.Type == document.Place) &&
				(k > e || !right && !v.isCap(c.t1)) {
				e = c.t1
			}
		}
		// "Dean of the Faculty of Journalism of Riverside University Anna
		// Petrova": a title's organization ends at its last head, and the
		// capitalised words after it name the holder
		var holder [2]int
		if title, ok := t.titledOf(v, s); ok {
			if cut, pe := t.holderAfterHead(v, i, e); cut > 0 {
				holder = [2]int{cut, pe}
				e = cut
				_ = title
			} else {
				// "... Provincial People's Congress Standing Committee
				// Wang Lin": the holder right after the name, also after
				// its acronym ("... Research (LRMR) Anna Lind")
				p := e
				if v.tok(p) == "(" && v.acronym(p+1) && v.tok(p+2) == ")" {
					p += 3
				} else if v.tok(p) == "(" && v.acronym(p+1) && v.tok(p+2) == "," {
					// "... News Agency (LNA, Lake News) Omar Felan": the
					// acronym and a short name (rule
					// pat.person.title-org-name)
					q := p + 3
					for q < p+8 && v.isCap(q) && v.isWord(q) {
						q++
					}
					if q > p+3 && v.tok(q) == ")" {
						p = q + 1
					}
				}
				if pe := t.nameRun(v, p); pe-p >= 2 && pe-p <= 4 && !v.isCap(pe) && v.low(pe) != "of" && v.tok(pe) != "(" {
					holder = [2]int{p, pe}
				}
			}
		}
		if s == i && !right {
			continue
		}
		// "Kenyatta International Convention Centre", "Dubai World Trade
		// Centre": a centre for conventions, exhibitions or trade fairs
		// is a venue, no organization (rule pat.org.head.venue)
		if w := v.lows[i]; (w == "centre" || w == "center") && !right && i > s {
			if p := v.low(i - 1); venueWords[p] || p == "trade" && v.low(i-2) == "world" {
				i = e - 1
				continue
			}
		}
		// "Deputy Minister of Information, Publicity and Broadcasting
		// Services", "the Minister of Youth and Sports Services": the
		// words after a minister's "of" name the portfolio, no body (rule
		// pat.org.head.portfolio)
		if portfolioBefore(v, s) {
			i = e - 1
			continue
		}
		// "House of Journalists", "House of Representatives": "House"
		// names a body only before "of" ("Freedom House" is known by
		// name; "Lancaster House" is a building)
		if v.lows[i] == "house" && !right {
			i = e - 1
			continue
		}
		// "a Turkish Company", "the Vietnamese Party", "State TV": a
		// country's adjective or a generic word before a company's, a
		// party's or a broadcaster's single head describes a body and
		// names none (rule pat.org.head.generic); a state's body keeps its
		// name ("the Turkish Embassy", "Kenyan Government")
		if n == 1 && s+1 == i && !right && t.describedOnly(v, s, i) {
			i = e - 1
			continue
		}
		// "India's Public Broadcaster", "the Kenyan State Broadcaster":
		// "Broadcaster" after generic words and countries only describes
		// an outlet; a name needs a word of its own ("Lakeland Public
		// Broadcaster")
		if v.lows[i] == "broadcaster" && !t.ownWordIn(v, s, i) {
			continue
		}
		// "Chinese TV series", "Lakeside Radio programmes": a broadcast
		// head before a noun of what is broadcast modifies it
		if contentNouns[v.low(e)] && !v.isCap(e) && broadcastHeads[v.low(e-1)] {
			i = e - 1
			continue
		}
		// "TV Lakes Started Broadcasting Its Programs": in a headline in
		// title case, a word the article writes in lower case elsewhere
		// is no word of a name
		if t.titleCase(v, i) && (t.plainWordIn(v, s, e) || allWrittenLower(v, s, e)) {
			i = e - 1
			continue
		}
		if t.beforeEventHead(v, e) {
			// "China-Arab States Radio and Television Cooperation Forum"
			// is an event's name, not an organization's
			i = e - 1
			continue
		}
		// an organization already tagged inside the name's left part
		// stays itself ("SCO Secretariat" is the SCO's body: keep SCO
		// only when nothing else precedes it)
		if e-s > 20 {
			continue
		}
		// a known organization plus a generic head is that organization:
		// "Sputnik News Agency", "Tass News Agency"; a body's own organ
		// is another organization ("ASEAN Secretariat", "CIS Executive
		// Committee": the longest name counts)
		if s+1 < i && len(v.tok(s)) >= 3 && v.tok(s) == strings.ToUpper(v.tok(s)) && v.tok(s) != v.tok(s+1) && strings.EqualFold(v.tok(s), v.tok(s+1)) {
			// "KAZINFORM Kazinform International News Agency": a credit
			// in capitals that the name repeats is no word of it
			s++
		}
		ks := s // "'Kazinform' International News Agency": a quoted known name
		if isQuote(v.tok(ks)) {
			ks++
		}
		// ... unless the head is of another kind: "Lakeside TV Academy"
		// is the broadcaster's academy
		// "KBC Channel 1": a numbered channel is a channel of its own
		// (rule pat.org.channel-number)
		numbered := v.lows[e-1] != "channel" && channelWords[v.low(e-2)] && isNumberToken(v.tok(e-1))
		if known, ok := v.entityAt(ks); ok && known.m.Type == document.Organization && known.t0 == ks && t.genericBetween(v, known.t1, i) && !numbered &&
			(!right || t.countryTail(v, i+n, e)) && !organHeads[v.low(e-1)] && (kind != document.KindOther || known.m.Kind == document.KindOther || known.m.Kind == "") &&
			!channelOfOutlet(kind, known.m.Kind) {
			m := known.m
			m.Rule += "+head"
			v.add(cand{m: m, t0: s, t1: e, layer: layerEntity, prio: 3})
			i = e - 1
			continue
		}
		channelOf := false
		if known, ok := v.entityAt(ks); ok && known.m.Type == document.Organization && known.t0 == ks && channelOfOutlet(kind, known.m.Kind) {
			channelOf = true
		}
		// "Tajikistan's National Information Agency Lakepress": a head
		// that generic words alone name, then a known organization of the
		// head's kind, is one name of that organization (rule
		// pat.org.generic-head-known)
		if !right && holder[1] == 0 && e < len(v.toks) && v.ent[e] != 0 {
			if known, ok := v.entityAt(e); ok && known.t0 == e && known.m.Type == document.Organization && known.m.Kind == kind && known.m.Kind != "" &&
				strings.HasPrefix(known.m.Rule, "gaz.") && v.sent(known.t1-1) == v.sent(i) && !t.ownWordIn(v, s, i) {
				m := known.m
				m.Rule, m.Confidence = "pat.org.generic-head-known", 0.8
				v.add(cand{m: m, t0: s, t1: known.t1, layer: layerEntity, prio: 3})
				i = known.t1 - 1
				continue
			}
		}
		// 'the forum "New Era of Journalism: Goodbye to Typical Press"':
		// words that close a quotation opened before them are the end of
		// a quoted title, no name
		if closingQuote(v.tok(e)) && quotedTitleEnd(v, s) {
			i = e - 1
			continue
		}
		v.headOrgs = true
		c := cand{t0: s, t1: e, layer: layerEntity, prio: 1}
		c.m.Parent = t.parentOf(v, s, i, e, owner)
		if possessive {
			// it wins over the known name it cut, of the same length
			c.prio = 4
		}
		c.m = document.Mention{Type: document.Organization, Kind: kind, Rule: "pat.org.head", Confidence: 0.7, Parent: c.m.Parent}
		if s == i {
			c.m.Rule = "pat.org.prefix"
		}
		switch {
		case channelOf:
			c.m.Rule = "pat.org.head.channel-of"
		case ownerNamed:
			c.m.Rule += ".owner-named"
		}
		if listedThe {
			c.m.Rule = "pat.org.head-list-the"
			c.m.Confidence = 0.65
		}
		if under {
			c.m.Rule = "pat.org.head-under"
			c.m.Confidence = 0.65
		}
		if countryEnd {
			c.m.Rule = "pat.org.head-country"
			c.m.Confidence = 0.65
		}
		if ordinalChannel {
			c.m.Rule = "pat.org.ordinal-channel"
			c.m.Confidence = 0.6
		}
		c.m.Country = t.homeCountry(v, s, e)
		name := cleanName(v.body[v.toks[s].Start:v.toks[e-1].End])
		// "Chinese Xinjiang Government": a country's adjective before a
		// region's or city's body describes it; the name goes without it
		// (the mention keeps it). "Thai Journalists Association",
		// "Turkish Grand National Assembly" keep it: it is their name's
		if d, ok := v.entityAt(s); ok && d.t0 == s && d.m.Type == document.Country && d.m.Rule == "gaz.country.demonym" && d.t1 < i {
			if p, ok := v.entityAt(d.t1); ok && p.t0 == d.t1 && p.m.Type == document.Place {
				name = cleanName(v.body[v.toks[d.t1].Start:v.toks[e-1].End])
			}
		}
		c.m.Name = name
		c.m.EntityID = t.orgID(name, kind, c.m.Country, v, s, e)
		// "the Forum's Organising Committee": an organ named by two words
		// only is known by its owner's name too
		// (org:forum-organising-committee), so that the organs of two
		// owners stay apart
		if owner >= 0 && e-s <= 2 {
			c.m.EntityID = document.OrgID(v.tok(owner) + " " + name)
		}
		// a name found by its form that the gazetteer knows (its alias
		// lost to a longer overlapping one) is that organization
		if en, _, ok := t.gaz.Lookup(name); ok && en.Type == document.Organization {
			c.m.EntityID, c.m.Name, c.m.Kind, c.m.Country = en.ID, en.Name, en.Kind, en.Country
		}
		v.add(c)
		if holder[1] > holder[0] {
			title, _ := t.titledOf(v, s)
			v.addPerson(holder[0], holder[1], "pat.person.title-org-name", 0.8, title)
			e = holder[1]
		}
		i = e - 1
	}
}

// venueWords before "Centre" make a venue's name ("Convention Centre").
var venueWords = map[string]bool{
	"convention": true, "conference": true, "exhibition": true, "expo": true, "congress": true,
	"shopping": true, "sports": true, "events": true,
}

// onHeads are the heads after which "on" and a subject belong to the name
// ("Commission on Trade, Economic and Technical Cooperation").
var onHeads = map[string]bool{
	"commission": true, "committee": true, "subcommittee": true, "council": true, "center": true, "centre": true,
	"institute": true, "group": true, "office": true, "conference": true, "forum": true, "assembly": true,
}

// broadcastHeads are heads that also modify a noun ("TV series").
var broadcastHeads = map[string]bool{"tv": true, "television": true, "radio": true}

// contentNouns are what is broadcast or sold: after a broadcast head they
// make it a modifier ("Chinese TV series", "Beijing TV dramas").
var contentNouns = map[string]bool{
	"series": true, "drama": true, "dramas": true, "show": true, "shows": true, "program": true, "programs": true,
	"programme": true, "programmes": true, "content": true, "contents": true, "industry": true, "market": true,
	"audiences": true, "audience": true, "viewers": true, "documentary": true, "documentaries": true,
	"films": true, "movies": true, "sets": true, "signal": true, "signals": true, "footage": true, "licence": true,
	"license": true, "ratings": true, "production": true, "productions": true, "serials": true,
}

// quotedTitleEnd reports whether the words from token s lie inside a
// quotation opened earlier in the sentence, with other words between the
// opening quote and s.
func quotedTitleEnd(v *view, s int) bool {
	for k := s - 1; k >= 0 && k >= s-20 && v.sent(k) == v.sent(s); k-- {
		switch v.tok(k) {
		case "“", "«", "\"":
			return k < s-1
		case "”", "»":
			return false
		}
	}
	return false
}

// memberStatesEnd returns the end of "[the] [up to three capitalised
// words] Member States" from token k, or -1.
func memberStatesEnd(v *view, k int) int {
	if v.low(k) == "the" {
		k++
	}
	for n := 0; n < 4 && v.isCap(k) && v.sent(k) == v.sent(k-1); n++ {
		if v.low(k) == "member" && v.low(k+1) == "states" && v.isCap(k+1) {
			return k + 2
		}
		k++
	}
	return -1
}

// countryAfterHeads are the heads after which a country's name may end
// the body's name ("Press Council Nepal", "Radio Television Malaysia").
var countryAfterHeads = map[string]bool{"council": true, "television": true, "radio": true, "association": true, "federation": true, "union": true, "tv": true}

// nameTails are the words that end an outlet's name after its head.
var nameTails = map[string]bool{"international": true, "inquirer": true, "online": true, "plus": true, "digital": true, "global": true, "hub": true, "live": true, "express": true}

// brandAfterNoun reports whether token k is one capitalised word that
// names no field, head or title, right after an outlet noun in lower case
// ("the regional broadcaster Fjordvision", "the daily Lakepost").
func (t *Tagger) brandAfterNoun(v *view, k int) bool {
	if k < 1 || v.ent[k] != 0 || !v.isCap(k) || !v.isWord(k) || v.gate[k]&bitStopCap != 0 {
		return false
	}
	if w := v.lows[k]; t.lex.Vocabulary[w] || t.lex.TitleFields[w] || v.has(&t.lex.OrgHeads, k) || v.has(&t.lex.Titles, k) {
		return false
	}
	_, _, ok := outletNounAt(v, k-1)
	return ok
}

// plainWordIn reports whether a word of tokens [a, b) that is no head,
// generic word, title field or vocabulary word is one the article writes in
// lower case elsewhere ("Started" of a headline).
func (t *Tagger) plainWordIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		w := v.lows[k]
		if !v.isWord(k) || v.ent[k] != 0 || genericWords[w] || t.lex.TitleFields[w] || t.lex.Vocabulary[w] || orgConnectors[w] {
			continue
		}
		if v.writtenLower(w) {
			return true
		}
	}
	return false
}

// regionNouns in lower case after a name make it a place's ("the Amur
// region", "Lakeland state").
var regionNouns = map[string]bool{"region": true, "province": true, "district": true, "oblast": true, "state": true, "area": true,
	"county": true, "city": true, "territory": true, "prefecture": true, "governorate": true}

// allWrittenLower reports whether every word of tokens [a, b) is one the
// article writes in lower case elsewhere: in a headline in title case,
// "Journalists' Union Slams ..." or "Journalism School Hosts ..." is the
// body's "the union" or "the school", a generic short form, no name (rule
// pat.org.head, a guard). Connectors and possessive marks do not count.
func allWrittenLower(v *view, a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		if !v.isWord(k) || orgConnectors[v.lows[k]] {
			continue
		}
		if v.ent[k] != 0 || !v.writtenLower(v.lows[k]) {
			return false
		}
		words++
	}
	return words > 0
}

// parentOf returns the id of the organization that the organ named by
// tokens [s, e), with its head at token i, belongs to, or "": the owner
// of a possessive before it ("the Ministry's Centre for ..."), a known
// organization before an organ head ("ASEAN Secretariat"), or the
// organization after the first "of" that names one ("Information
// Department of the Lakeland Ministry of Media", "Faculty of Journalism of
// Riverside University": the part after an "of" that holds a head of its
// own before the next "of").
func (t *Tagger) parentOf(v *view, s, i, e, owner int) string {
	if owner >= 0 {
		if c, ok := v.entityAt(owner); ok && c.m.Type == document.Organization {
			return c.m.EntityID
		}
		return ""
	}
	if c, ok := v.entityAt(s); ok && c.m.Type == document.Organization && c.t0 == s && c.t1 <= i && organHeads[v.low(e-1)] {
		return c.m.EntityID // "ASEAN Secretariat"
	}
	for k := i + 1; k < e-1; k++ {
		if v.lows[k] != "of" {
			continue
		}
		a := k + 1
		if v.lows[a] == "the" {
			a++
		}
		// the part after this "of" holds a head before the next "of"
		kind, head := "", false
		for j := a; j < e && v.lows[j] != "of"; j++ {
			if kind, _, head = t.headAt(v, j); head {
				break
			}
		}
		if !head {
			continue
		}
		if c, ok := v.entityAt(a); ok && c.m.Type == document.Organization && c.t0 == a && c.t1 == e {
			return c.m.EntityID
		}
		name := cleanName(v.body[v.toks[a].Start:v.toks[e-1].End])
		if en, _, ok := t.gaz.Lookup(name); ok && en.Type == document.Organization {
			return en.ID
		}
		// the id the parent has when it is named on its own
		return t.orgID(name, kind, t.homeCountry(v, a, e), v, a, e)
	}
	return ""
}

// headEndsAt reports whether an organization head ends at token k
// ("Agency" of "News Agency", "Post", "Group").
func (t *Tagger) headEndsAt(v *view, k int) bool {
	for j := k; j >= 0 && j > k-4; j-- {
		if _, n, ok := t.headAt(v, j); ok && j+n-1 == k {
			return true
		}
	}
	return false
}

// properWordIn reports a capitalised word in tokens [a, b) that is no
// organization head: the proper part of a name ("Valley" of "Valley
// Television"); "Radio and Television Administration" has none after
// "and".
func (t *Tagger) properWordIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.isCap(k) && v.isWord(k) && !v.has(&t.lex.OrgHeads, k) && !t.headEndsAt(v, k) {
			return true
		}
	}
	return false
}

// quotedName returns the end of a quoted capitalised name right after
// token e ('Company "Volga"', 'Company “Volga”'), or e.
func (t *Tagger) quotedName(v *view, e int) int {
	open := v.tok(e)
	if open != "\"" && open != "“" && open != "«" {
		return e
	}
	for k := e + 1; k < len(v.toks) && k < e+6 && v.sent(k) == v.sent(e); k++ {
		switch v.tok(k) {
		case "\"", "”", "»":
			if k > e+1 {
				return k + 1
			}
			return e
		}
		// "Xalq so'zi", "Narodnoye slovo": after a capitalised first
		// word a native name goes on in lower case, also over an
		// apostrophe inside a word
		if k > e+1 && v.isCap(e+1) && (v.isWord(k) && !englishSmall[v.low(k)] || (v.tok(k) == "'" || v.tok(k) == "’") && v.adjacent(k) && v.adjacent(k+1)) {
			continue
		}
		if !v.isCap(k) && v.tok(k) != "-" {
			return e
		}
	}
	return e
}

// englishSmall are English words that no quoted native name goes on
// with: a quote that holds them is a phrase, not a name.
var englishSmall = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true, "a": true,
	"an": true, "is": true, "are": true, "was": true, "with": true, "from": true, "by": true, "at": true, "as": true, "not": true, "we": true}

// titledOf reports whether the organization name starting at token s
// follows a title and "of" or "at" ("Dean of the Faculty ...", "Vice
// Chairperson of the ... Standing Committee"), and returns the title.
func (t *Tagger) titledOf(v *view, s int) (string, bool) {
	k := s
	if v.low(k-1) == "the" {
		k--
	}
	// "Head of Lakeland's High Council ...": a country's or
	// organization's possessive before the name
	if v.low(k-1) == "'s" {
		if c, ok := v.entityAt(k - 2); ok && (c.m.Type == document.Country || c.m.Type == document.Organization) {
			k = c.t0
		}
	}
	if w := v.low(k - 1); w != "of" && w != "at" && w != "for" {
		return "", false
	}
	of := k - 1
	for j := of - 1; j >= 0 && j >= of-6 && v.sent(j) == v.sent(s); j-- {
		if end, ok := t.titleAt(v, j); ok && end == of {
			return v.body[v.toks[j].Start:v.toks[end-1].End], true
		}
	}
	return "", false
}

// holderAfterHead finds a person's name at the end of tokens [i, e)
// right after an organization head: two to four name words, nothing after
// them in the name. It returns where the organization ends and where the
// name ends, or 0, 0.
func (t *Tagger) holderAfterHead(v *view, i, e int) (int, int) {
	for cut := e - 2; cut > i && cut >= e-4; cut-- {
		// the name ends at a head, a country, a field word, or the
		// holder's name starts with a given name or surname of the
		// lexicon or an initial ("... Reconciliation Lena Marsh",
		// "... Regulation S. Nour")
		if v.initialEndsAt(cut - 1) {
			continue // "S. El-Salhi": the name starts at the initial
		}
		if !t.headEndsAt(v, cut-1) && !t.nameEndsAt(v, cut-1) && !t.personName(v, cut) && !v.initialAt(cut) {
			continue
		}
		if pe := t.nameRun(v, cut); pe == e && pe-cut >= 2 {
			return cut, pe
		}
	}
	return 0, 0
}

// isQuote reports whether tok is a quotation mark.
func isQuote(tok string) bool {
	switch tok {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// isCountryWord reports whether token i, alone, names a country
// ("China" of "China's State Council").
func (t *Tagger) isCountryWord(v *view, i int) bool {
	en, _, ok := t.gaz.Lookup(v.tok(i))
	return ok && en.Type == document.Country
}

// headWithin reports whether an organization head starts among the n
// tokens from k, with name words before it ("Central Committee").
func (t *Tagger) headWithin(v *view, k, n int) bool {
	for j := k; j < k+n && j < len(v.toks); j++ {
		if _, _, ok := t.headAt(v, j); ok {
			return true
		}
		if !t.orgWord(v, j) {
			return false
		}
	}
	return false
}

// channelWords are heads a channel's number may follow ("Channel 8").
var channelWords = map[string]bool{"channel": true, "tv": true, "fm": true}

// speakingNouns follow "<Language>-speaking" inside a name ("Association
// of News Agencies of Turkic-speaking countries").
var speakingNouns = map[string]bool{"countries": true, "states": true, "nations": true, "peoples": true}

// isNumberToken reports whether tok is a number of one to four digits.
func isNumberToken(tok string) bool {
	if len(tok) == 0 || len(tok) > 4 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}

// initialAt reports whether an initial starts at token k ("S." or "S"
// ".").
func (v *view) initialAt(k int) bool {
	tk := v.tok(k)
	return v.isCap(k) && (len(tk) == 1 && v.tok(k+1) == "." || len(tk) == 2 && tk[1] == '.' || initials(tk))
}

// initialEndsAt reports whether an initial ends at token k.
func (v *view) initialEndsAt(k int) bool {
	return v.initialAt(k) && len(v.tok(k)) == 2 || v.tok(k) == "." && len(v.tok(k-1)) == 1 && v.isCap(k-1)
}

// missionHeads are the heads of diplomatic missions, whose host country or
// city belongs to their name.
var missionHeads = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// genericWords between a known organization's name and a head leave it
// that organization: "Kazinform International News Agency", "Lakeside
// National News Agency".
var genericWords = map[string]bool{
	"international": true, "national": true, "state": true, "official": true, "media": true,
	"news": true, "information": true, "multimedia": true, "global": true, "world": true,
}

// describedHeads are the heads that a country's adjective or a generic
// word alone before them only describes ("a Turkish company", "State TV").
var describedHeads = map[string]bool{
	"company": true, "group": true, "corporation": true, "holding": true, "party": true,
	"tv": true, "television": true, "radio": true, "broadcaster": true, "channel": true,
	// "the Bolivian Agency ABI": an agency a country's adjective alone names
	"agency": true,
}

// describedOnly reports whether the one word s before the head at i is a
// country's adjective, a generic or a field word, and the head one of
// describedHeads: "Turkish Company", "State TV".
func (t *Tagger) describedOnly(v *view, s, i int) bool {
	if !describedHeads[v.lows[i]] {
		return false
	}
	switch w := v.lows[s]; {
	case w == "state" || w == "official" || w == "public":
		return true
	case broadcastHeads[v.lows[i]] || v.lows[i] == "channel" || v.lows[i] == "broadcaster":
		// "Cuban Television", "Lakeland Radio": a country's broadcaster
		// is named by its adjective
		return false
	}
	c, ok := v.entityAt(s)
	return ok && c.t0 == s && c.t1 == s+1 && c.m.Type == document.Country && !strings.EqualFold(v.tok(s), c.m.Name)
}

// adjectiveEndings end the adjectives of a name's comma list
// ("Statistical, Economic and Social").
var adjectiveEndings = []string{"al", "ic", "ive", "ary", "ous"}

// adjectiveForm reports whether w (lower case) ends like an adjective of
// adjectiveEndings and has at least five letters.
func adjectiveForm(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// andIn reports whether "and" is among tokens [a, b).
func andIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.lows[k] == "and" {
			return true
		}
	}
	return false
}

// fieldWordsOnly reports whether tokens [a, b) are untagged words of a
// title's field only ("Information" of "Lakeland Broadcasting and
// Information Service").
func (t *Tagger) fieldWordsOnly(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.ent[k] != 0 || !t.lex.TitleFields[v.lows[k]] {
			return false
		}
	}
	return a < b
}

// ownWordIn reports whether tokens [a, b) hold a word that is no generic
// word, no word of a title's field and no country: a word that names.
func (t *Tagger) ownWordIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if c, ok := v.entityAt(k); ok && c.m.Type == document.Country {
			k = c.t1 - 1
			continue
		}
		if v.isWord(k) && !genericWords[v.lows[k]] && !t.lex.TitleFields[v.lows[k]] {
			return true
		}
	}
	return false
}

// genericWord is genericWords[w] as a switch: cheaper than the map on the
// hot path of nameRun, which runs for most capitalised tokens.
func genericWord(w string) bool {
	switch w {
	case "international", "national", "state", "official", "media", "news", "information", "multimedia", "global", "world":
		return true
	}
	return false
}

// genericBetween reports whether tokens [a, b) are generic words or
// countries (demonyms) only: "International", "Romanian National"; a
// closing quote may come first ("'Kazinform' International").
func (t *Tagger) genericBetween(v *view, a, b int) bool {
	if a < b && isQuote(v.tok(a)) {
		a++
	}
	for k := a; k < b; k++ {
		if genericWords[v.low(k)] && v.isCap(k) {
			continue
		}
		if c, ok := v.entityAt(k); ok && c.m.Type == document.Country {
			k = c.t1 - 1
			continue
		}
		return false
	}
	return true
}

// countryTail reports whether tokens [a, b) are "of" and a country only
// ("... News Agency of Tajikistan").
func (t *Tagger) countryTail(v *view, a, b int) bool {
	if v.low(a) != "of" {
		return false
	}
	c, ok := v.entityAt(a + 1)
	return ok && c.m.Type == document.Country && c.t0 == a+1 && c.t1 == b
}

// headInRunBefore reports whether the capitalised words that end at token
// k (joined by "of", "and", "the", "&") hold an organization head:
// "Faculty of Journalism", "Information Department".
func (t *Tagger) headInRunBefore(v *view, k int) bool {
	for j := k; j >= 0 && j > k-8 && v.sent(j) == v.sent(k); j-- {
		if t.orgWord(v, j) {
			if v.has(&t.lex.OrgHeads, j) || t.headEndsAt(v, j) || t.isOrgEntity(v, j) {
				return true
			}
			continue
		}
		if w := v.low(j); (w == "of" || w == "and" || w == "the" || w == "&") && t.orgWord(v, j-1) {
			continue
		}
		return false
	}
	return false
}

// quotedBefore returns where a quoted capitalised name that ends right
// before token s starts ('"Yeni Musavat" Media Group', "'Kazinform'
// International News Agency"), or s.
func (t *Tagger) quotedBefore(v *view, s int) int {
	if !closingQuote(v.tok(s-1)) && v.tok(s-1) != "'" {
		return s
	}
	for k := s - 2; k >= 0 && k > s-7 && v.sent(k) == v.sent(s); k-- {
		switch v.tok(k) {
		case "\"", "“", "«", "‘", "'":
			if k < s-2 {
				return k
			}
			return s
		}
		if !v.isCap(k) && v.tok(k) != "-" {
			return s
		}
	}
	return s
}

// nameEndsAt reports whether the name of an organization may end at token
// k before its holder's name: a country, place or organization ends there
// ("... of Iran Saeed Khatibzadeh"), a field word ("... Foreign Affairs
// Anna Lind") or an acronym in parentheses.
func (t *Tagger) nameEndsAt(v *view, k int) bool {
	if c, ok := v.entityAt(k); ok && c.t1 == k+1 {
		switch c.m.Type {
		case document.Country, document.Place, document.Organization:
			return true
		}
	}
	return v.tok(k) == ")" || v.isCap(k) && t.lex.TitleFields[v.low(k)]
}

// titleEndsAt reports whether a title of the lexicon ends at token k
// ("Chief" of "Editor-in-Chief", "General" of "Director General").
func (t *Tagger) titleEndsAt(v *view, k int) bool {
	for j := k; j >= 0 && j > k-6; j-- {
		if end, ok := t.titleAt(v, j); ok && end == k+1 {
			return true
		}
	}
	return false
}

// organHeads end the name of a body's own organ, another organization
// than the body: "ASEAN Secretariat", "CIS Executive Committee".
var organHeads = map[string]bool{
	"secretariat": true, "committee": true, "council": true, "commission": true, "department": true,
	"bureau": true, "office": true, "directorate": true, "presidium": true, "division": true,
}

// nameList reports whether the comma at token k continues a list of
// untagged name words that "and" closes within the name: ", Culture and
// Tourism", ", Eastern European and Central Asian Studies".
func (t *Tagger) nameList(v *view, k int) bool {
	item := 0 // words of the current item
	for j := k + 1; j < len(v.toks) && j < k+8 && v.sent(j) == v.sent(k); j++ {
		if item > 0 && t.headEndsAt(v, j) {
			// "Ministry of Communications, Diplomatic Academy and ...":
			// an item of several words ends with a head of its own
			return false
		}
		switch {
		case v.low(j) == "and":
			// "State Administration of Radio, Film, and Television";
			// not "..., Diplomatic Academy and Institute for ..."
			if w := v.low(j + 2); v.has(&t.lex.OrgPrefixHeads, j+1) && (w == "of" || w == "for") {
				return false
			}
			// "Ministry of Information, Communications and the Digital
			// Economy": an article may open the last item
			if v.low(j+1) == "the" && j > k+1 {
				if t.headWithin(v, j+2, 4) {
					return false // "..., Sports and the Arts Council": another body
				}
				j++
			}
			return (j > k+1 || v.tok(k-2) == ",") && t.orgWord(v, j+1) && !t.isOrgEntity(v, j+1)
		case v.tok(j) == ",":
			if j == k+1 {
				return false
			}
			item = 0
		case !t.orgWord(v, j) || t.isOrgEntity(v, j) || t.isPersonEntity(v, j):
			return false
		default:
			item++
		}
	}
	return false
}

func (t *Tagger) isPersonEntity(v *view, i int) bool {
	c, ok := v.entityAt(i)
	return ok && c.m.Type == document.Person
}

// aliasWords open a parenthesis that names the organization before it
// again: "(officially known as China International Publishing Group or
// CIPG)", "(formerly ...)", "(also called ...)".
var aliasWords = map[string]bool{"known": true, "formerly": true, "officially": true, "also": true, "renamed": true}

// aliasDefinitions gives the names inside such a parenthesis the
// organization's id: they are other names of the same body. Acronyms
// there are recorded in defs for later mentions.
func (v *view) aliasDefinitions(defs map[string]cand) {
	for _, i := range v.parens {
		if i < 1 || i+3 >= len(v.toks) || !aliasWords[v.low(i+1)] {
			continue
		}
		c, ok := v.entityAt(i - 1)
		if !ok || c.m.Type != document.Organization || c.t1 != i {
			continue
		}
		outer := c.m
		for j := i + 2; j < len(v.toks) && j < i+20 && v.sent(j) == v.sent(i) && v.tok(j) != ")"; j++ {
			if in, ok := v.entityAt(j); ok && in.m.Type == document.Organization {
				in.m.EntityID, in.m.Name, in.m.Country = outer.EntityID, outer.Name, outer.Country
				j = in.t1 - 1
				continue
			}
			if v.ent[j] == 0 && v.acronym(j) {
				m := outer
				m.Rule = "pat.org.acronym-def"
				m.Confidence = maxf(0.75, m.Confidence-0.05)
				v.add(cand{m: m, t0: j, t1: j + 1, layer: layerEntity, prio: 2})
				if _, seen := defs[v.tok(j)]; !seen {
					defs[v.tok(j)] = cand{m: outer}
				}
			}
		}
	}
}

// portfolioBefore reports whether the name from token s is, with the list
// before it, what a minister's title names after "of": "Minister of
// Information, Publicity and Broadcasting Services".
func portfolioBefore(v *view, s int) bool {
	k := s - 1
	for k > 0 && s-k <= 8 && v.sent(k) == v.sent(s) && (v.tok(k) == "," || v.low(k) == "and" || v.isCap(k) && v.isWord(k)) {
		k--
	}
	if v.low(k) != "of" {
		return false
	}
	w := v.low(k - 1)
	return w == "minister" || w == "ministers"
}

// streetHeads after a city's name make a street's or a quarter's name
// ("Auckland Park", "Moscow Road"), which names no city.
var streetHeads = map[string]bool{"park": true, "street": true, "road": true, "avenue": true, "square": true, "bridge": true,
	"drive": true, "lane": true, "boulevard": true}

// streetNames drops a city's mention that a capitalised street head
// follows: "SABC's Auckland Park studios" are in Johannesburg, not in
// New Zealand (rule gaz.place.street, a guard).
func (t *Tagger) streetNames(v *view) {
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Place || c.t1 >= len(v.toks) || !v.isCap(c.t1) || !streetHeads[v.lows[c.t1]] || v.sent(c.t1) != v.sent(c.t0) {
			continue
		}
		c.m.Type = ""
	}
}

// isCountryOrPlace reports whether token i is in a country's or a place's
// mention.
func (t *Tagger) isCountryOrPlace(v *view, i int) bool {
	c, ok := v.entityAt(i)
	return ok && (c.m.Type == document.Country || c.m.Type == document.Place)
}

func (t *Tagger) isCountryEntity(v *view, i int) bool {
	c, ok := v.entityAt(i)
	return ok && c.m.Type == document.Country
}

func (t *Tagger) isOrgEntity(v *view, i int) bool {
	c, ok := v.entityAt(i)
	return ok && c.m.Type == document.Organization
}

// beforeEventHead reports whether capitalised words from token e lead to
// the head of an event name ("Cooperation Forum").
func (t *Tagger) beforeEventHead(v *view, e int) bool {
	for k := e; k < len(v.toks) && k < e+4 && v.isCap(k); k++ {
		if v.gate[k]&bitNamedHead != 0 {
			return true
		}
	}
	return false
}

// homeCountry returns the ISO3 of the country named inside tokens [s, e)
// or in a possessive right before them ("Saudi Arabia's Ministry of
// Media").
func (t *Tagger) homeCountry(v *view, s, e int) string {
	for k := s; k < e; k++ {
		if c, ok := v.entityAt(k); ok {
			switch c.m.Type {
			case document.Country:
				return document.IDKey(c.m.EntityID)
			case document.Place:
				if en, ok := t.gaz.Entry(c.m.EntityID); ok {
					return en.Country
				}
			}
		}
	}
	if v.low(s-1) == "'s" {
		if c, ok := v.entityAt(s - 2); ok && c.m.Type == document.Country {
			return document.IDKey(c.m.EntityID)
		}
	}
	return ""
}

// orgID returns the id of a pattern-found organization: org:<slug of its
// name>, and for a government body of a known country whose name does not
// say the country, org:<country>-<slug> ("Ministry of Media" of Saudi
// Arabia: org:saudi-arabia-ministry-of-media).
func (t *Tagger) orgID(name, kind, iso3 string, v *view, s, e int) string {
	// "the Kenyan Ministry of Information", "Ministry of Information of
	// Kenya" and "Kenya's Ministry of Information" are one body in every
	// article: a government body named with its country first or last
	// takes the country's name and the rest (org:kenya-ministry-of-information)
	if kind == document.KindGovernmentBody {
		if id, ok := t.countryBodyID(v, s, e); ok {
			return id
		}
	}
	// "the Ministry of Information" in a report datelined NAIROBI: a
	// ministry's generic name takes the dateline's country, so that the
	// ministries of two countries stay two nodes across articles
	if kind == document.KindGovernmentBody && iso3 == "" && v.low(s-1) != "'s" && t.genericMinistry(name) {
		iso3 = t.datelineCountry(v)
	}
	if kind == document.KindGovernmentBody && iso3 != "" {
		hasCountry := false
		for k := s; k < e; k++ {
			if c, ok := v.entityAt(k); ok && (c.m.Type == document.Country || c.m.Type == document.Place) {
				hasCountry = true // the name says where it is
			}
		}
		if !hasCountry {
			if c, ok := t.gaz.CountryByISO3(iso3); ok {
				return document.OrgID(c.Name + " " + name)
			}
		}
	}
	// "Lakeland Broadcasting Corp." is the Lakeland Broadcasting
	// Corporation in every article
	if base, ok := strings.CutSuffix(strings.TrimSuffix(name, "."), " Corp"); ok {
		name = base + " Corporation"
	}
	return document.OrgID(name)
}

// genericMinistry reports whether name is a ministry's that names no one
// country: the head "Ministry" and words of the vocabulary (fields,
// known words) or connectors only ("Ministry of Information", "Foreign
// Ministry"; not "Lakeside Ministry", "European Commission").
func (t *Tagger) genericMinistry(name string) bool {
	ministry := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch {
		case w == "ministry":
			ministry = true
		case !t.lex.Vocabulary[w] && !orgConnectors[w]:
			return false
		}
	}
	return ministry
}

// datelineCountry returns the ISO3 code of the country of the article's
// dateline place ("NAIROBI, May 2 (KNA) --"), "" when there is none or
// the gazetteer does not know it.
func (t *Tagger) datelineCountry(v *view) string {
	p := v.datelinePlace
	if p == "" {
		return ""
	}
	en, _, ok := t.gaz.Lookup(p)
	if !ok && len(p) > 1 {
		en, _, ok = t.gaz.Lookup(p[:1] + strings.ToLower(p[1:]))
	}
	switch {
	case !ok:
		return ""
	case en.Type == document.Country:
		return document.IDKey(en.ID)
	case en.Type == document.Place:
		return en.Country
	}
	return ""
}

// countryBodyID returns the id of a body named by tokens [s, e) with one
// country at its start ("Kenyan Ministry of Information") or after a last
// "of" ("Ministry of Information of Kenya"): the country's name and the
// rest of the name; false when the name holds no country there or another
// country elsewhere.
func (t *Tagger) countryBodyID(v *view, s, e int) (string, bool) {
	a, b := s, e
	if v.low(a) == "the" {
		a++
	}
	var country *cand
	if c, ok := v.entityAt(a); ok && c.t0 == a && c.m.Type == document.Country && c.t1 < b {
		country, a = c, c.t1
	} else if c, ok := v.entityAt(b - 1); ok && c.t1 == b && c.m.Type == document.Country && c.t0 > a+1 {
		k := c.t0 - 1
		if v.low(k) == "the" {
			k--
		}
		if v.low(k) != "of" {
			return "", false
		}
		country, b = c, k
	}
	if country == nil || a >= b {
		return "", false
	}
	for k := a; k < b; k++ {
		if c, ok := v.entityAt(k); ok && c.m.Type == document.Country {
			return "", false // two countries
		}
	}
	en, ok := t.gaz.Entry(country.m.EntityID)
	if !ok {
		return "", false
	}
	return document.OrgID(en.Name + " " + cleanName(v.body[v.toks[a].Start:v.toks[b-1].End])), true
}

// cleanName drops a leading "the" and quotes from a name.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimPrefix(s, "The ")
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '“', '”', '«', '»', '‘':
			return -1
		}
		return r
	}, s)
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") is
// s: no space at either end, words apart by one ASCII space.
func singleSpaced(s string) bool {
	prevSpace := true // no space at the start
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

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
	bit := t.lex.Titles.Bit()
	for i := 0; i+2 < len(v.toks); i++ {
		if v.gate[i]&bit == 0 || v.ent[i] != 0 {
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
		name := cleanName(v.body[v.toks[s].Start:v.toks[i-1].End])
		c := cand{t0: s, t1: i, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, Rule: "pat.org.acronym-name", Confidence: 0.7}
		c.m.Country = t.homeCountry(v, s, i)
		c.m.EntityID = t.orgID(name, kind, c.m.Country, v, s, i)
		v.add(c)
		added = true
	}
	romance := t.romanceAcronymNames(v)
	return t.editorsForums(v) || romance || added
}

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
	for i := 1; i+1 < len(v.toks); i++ {
		if v.lows[i] != "forum" || !v.isCap(i) || v.ent[i] != 0 {
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
		i = e
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
		name := cleanName(v.body[v.toks[s].Start:v.toks[i-1].End])
		c := cand{t0: s, t1: i, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, Rule: "pat.org.acronym-name-romance", Confidence: 0.65}
		c.m.Country = t.homeCountry(v, s, i)
		c.m.EntityID = t.orgID(name, kind, c.m.Country, v, s, i)
		v.add(c)
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
	for i := 1; i+2 < len(v.toks); i++ {
		if v.tok(i) != "," {
			continue
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
				strings.HasPrefix(def.m.Rule, "gaz.") && t.sameGazCountry(def.m.EntityID, c.m.EntityID) {
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
// pat.org.acronym-known). The two must be of one kind and not of two
// countries; otherwise they stay apart.
func (v *view) knownAcronyms() {
	for _, i := range v.parens {
		if i < 1 || i+2 >= len(v.toks) {
			continue
		}
		var long, short *cand
		if v.tok(i+2) == ")" && v.acronym(i+1) {
			long, _ = v.entityAt(i - 1)
			short, _ = v.entityAt(i + 1)
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
		if !ok || known.Kind != long.m.Kind || long.m.Country != "" && known.Country != "" && long.m.Country != known.Country {
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
		long.m.EntityID, long.m.Name, long.m.Country = short.m.EntityID, known.Name, known.Country
		long.m.Rule = "pat.org.acronym-known"
	}
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

// descriptiveNames binds a name that only describes an organization by its
// country and kind, right before the organization's own name, to that
// organization: "the Lakeland News Agency, Lakepress", "Turkish News
// Agency Anadolu", "the Japanese Broadcasting Corporation, NHK" (rule
// pat.org.descriptive). The described name holds no word but countries
// and heads; the named one is known to the gazetteer, of the same kind and
// not of another country.
func (t *Tagger) descriptiveNames(v *view) {
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Organization || c.m.Rule != "pat.org.head" || c.m.Country == "" {
			continue
		}
		// the known name right after it first (cheap), then the words
		n := c.t1
		if v.tok(n) == "," {
			n++
		}
		named, ok := v.entityAt(n)
		if !ok || named.t0 != n || named.m.Type != document.Organization || !strings.HasPrefix(named.m.Rule, "gaz.") ||
			v.isCap(named.t1) && v.isWord(named.t1) && !genericWords[v.low(named.t1)] {
			continue
		}
		// the name opens with its country ("Turkish", "South African")
		a := c.t0
		for n := 2; n >= 1; n-- {
			if a+n >= c.t1 {
				continue
			}
			if en, _, ok := t.gaz.Lookup(v.body[v.toks[a].Start:v.toks[a+n-1].End]); ok && en.Type == document.Country {
				a += n
				break
			}
		}
		if a == c.t0 || t.properWordIn(v, a, c.t1) {
			continue
		}
		known, ok := t.gaz.Entry(named.m.EntityID)
		// "Agency" alone is also a news agency's head
		kindOK := known.Kind == c.m.Kind || v.low(c.t1-1) == "agency" && known.Kind == document.KindNewsAgency
		if !ok || !kindOK || known.Country != "" && known.Country != c.m.Country {
			continue
		}
		c.m.EntityID, c.m.Name, c.m.Country = named.m.EntityID, known.Name, known.Country
		c.m.Rule = "pat.org.descriptive"
	}
}

// shortHeads are the head words of an organization's name that the text
// uses alone, capitalised after "the", for the organization it named
// last: "the Post" after "the Lakeside Post", "the Council" after "the
// Lakeside Press Council", "the Ministry" after "the Ministry of
// Information".
var shortHeads = map[string]bool{
	"post": true, "times": true, "herald": true, "journal": true, "gazette": true, "tribune": true,
	"observer": true, "chronicle": true, "agency": true, "council": true, "commission": true,
	"committee": true, "corporation": true, "union": true, "association": true, "foundation": true,
	"institute": true, "university": true, "group": true, "company": true, "authority": true,
	"ministry": true, "federation": true, "academy": true, "network": true, "broadcaster": true,
}

// brandForms tags the brand of an organization found by its head alone,
// later or earlier in the article, as that organization (rule
// pat.org.brand-short, confidence 0.6): "Lakepress News Agency ...
// Lakepress said", also with the generic words of the name ("Lakepress
// International"). The brand is one or two capitalised words before
// generic words and the head ("International News Agency", "TV", "Media
// Group"); it is no country, place or person, no word the article writes
// in lower case, and it stands alone: no capitalised word right before or
// after it, no place's preposition before a one-word brand ("in
// Lakeside").
func (t *Tagger) brandForms(v *view) bool {
	type brand struct {
		k      int // candidate index of the organization
		b0, b1 int // the brand's tokens in the organization's mention
	}
	var bs []brand
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Organization || c.m.Rule != "pat.org.head" || c.t1-c.t0 < 2 || c.t1-c.t0 > 5 {
			continue
		}
		b1 := c.t0
		for b1 < c.t1 && b1-c.t0 < 2 && v.isCap(b1) && v.isWord(b1) && v.ent[b1] == v.ent[c.t0] && !genericWords[v.lows[b1]] && !v.has(&t.lex.OrgHeads, b1) {
			b1++
		}
		if b1 == c.t0 || b1 == c.t1 {
			continue
		}
		j := b1
		for j < c.t1 && genericWords[v.lows[j]] {
			j++
		}
		if _, n, ok := t.headAt(v, j); !ok || j+n != c.t1 {
			continue
		}
		ok := len(v.tok(c.t0)) >= 3
		for k := c.t0; k < b1 && ok; k++ {
			ok = v.gate[k]&bitStopCap == 0 && !t.lex.Vocabulary[v.lows[k]] && !t.lex.TitleFields[v.lows[k]] && !lowerInBody(v.body, v.lows[k]) && !t.isCountryWord(v, k)
		}
		if !ok || t.personName(v, c.t0) {
			continue
		}
		bs = append(bs, brand{k: k, b0: c.t0, b1: b1})
	}
	if len(bs) == 0 {
		return false
	}
	added := false
	for i := 0; i < len(v.toks); i++ {
		if v.ent[i] != 0 || !v.isCap(i) {
			continue
		}
		for _, b := range bs {
			n := b.b1 - b.b0
			if i+n > len(v.toks) || v.sent(i+n-1) != v.sent(i) {
				continue
			}
			same := true
			for k := 0; k < n && same; k++ {
				same = v.ent[i+k] == 0 && v.toks[i+k].End-v.toks[i+k].Start == v.toks[b.b0+k].End-v.toks[b.b0+k].Start &&
					v.tok(i+k) == v.tok(b.b0+k)
			}
			if !same {
				continue
			}
			e := i + n
			// "Lakepress International": the name's generic words
			for e < len(v.toks) && v.sent(e) == v.sent(i) && v.isCap(e) && genericWords[v.lows[e]] && v.ent[e] == 0 {
				e++
			}
			if v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) || v.sent(i-1) == v.sent(i) && !sentenceStart(v, i) && v.isCap(i-1) && v.isWord(i-1) && v.gate[i-1]&bitStopCap == 0 {
				continue
			}
			if n == 1 && e == i+1 && placePreps[v.low(i-1)] {
				continue
			}
			m := v.cands[b.k].m
			m.Rule, m.Confidence = "pat.org.brand-short", 0.6
			if m.Name == "" {
				m.Name = v.body[v.toks[v.cands[b.k].t0].Start:v.toks[v.cands[b.k].t1-1].End]
			}
			v.add(cand{m: m, t0: i, t1: e, layer: layerEntity, prio: 1})
			added = true
			i = e - 1
			break
		}
	}
	return added
}

// lowerInBody reports whether the word low (lower case) is written in
// lower case somewhere in body as a word of its own: one search of the
// text, cheaper than building the article's lower-case word list for the
// few brands of an article.
func lowerInBody(body, low string) bool {
	for off := 0; ; {
		k := strings.Index(body[off:], low)
		if k < 0 {
			return false
		}
		a, b := off+k, off+k+len(low)
		if (a == 0 || !isLetterByte(body[a-1])) && (b == len(body) || !isLetterByte(body[b])) {
			return true
		}
		off = a + 1
	}
}

// isLetterByte reports whether c is an ASCII letter or a byte of a
// multi-byte character (taken as a letter).
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// placePreps are prepositions before a place's name ("in Lakeside").
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "into": true, "across": true, "outside": true}

// shortForms tags "the Post", "the Council", ... as the organization of
// that head named last before them (rule pat.org.short-form): one
// organization with all the forms the text uses, as an analyst counts it.
// The short form must stand alone (no capitalised word after it) and an
// earlier organization must end with the head, or start with it before
// "of" ("Ministry of Information").
func (t *Tagger) shortForms(v *view) {
	last := map[string]int{} // head word -> candidate index of the last organization with it
	for i := 0; i < len(v.toks); i++ {
		if c, ok := v.entityAt(i); ok {
			if c.m.Type == document.Organization && c.t0 == i && c.t1-c.t0 >= 2 {
				k := v.ent[i] - 1
				if w := v.low(c.t1 - 1); shortHeads[w] {
					last[w] = k
				}
				if w := v.low(c.t0); shortHeads[w] && v.low(c.t0+1) == "of" {
					last[w] = k
				}
			}
			i = c.t1 - 1
			continue
		}
		if v.low(i-1) != "the" || !v.isCap(i) || !shortHeads[v.low(i)] {
			continue
		}
		if v.isCap(i+1) && v.isWord(i+1) || v.low(i+1) == "of" || v.low(i+1) == "for" {
			continue // a longer name: "the Council of Europe"
		}
		k, ok := last[v.low(i)]
		if !ok {
			continue
		}
		m := v.cands[k].m
		m.Rule, m.Confidence = "pat.org.short-form", 0.7
		if m.Name == "" {
			m.Name = v.body[v.toks[v.cands[k].t0].Start:v.toks[v.cands[k].t1-1].End]
		}
		v.add(cand{m: m, t0: i, t1: i + 1, layer: layerEntity, prio: 1})
	}
}

// contextRules are the rules that find an organization by its context
// only (an outlet noun, an apposition, "<place>-based"): the same words
// elsewhere in the article name it too.
var contextRules = map[string]bool{
	"pat.org.noun-name": true, "pat.org.name-noun": true, "pat.org.name-appos": true, "pat.org.based-name": true,
	"pat.org.noun-comma-name": true, "pat.org.names-appos-plural": true,
}

// repeatedNames tags the other mentions of organizations found by their
// context only: the same words, as written, untagged, with no capitalised
// word on either side ("The Colombian newspaper Hoy Lakeside ... Hoy
// Lakeside's director"; rule pat.org.repeat, confidence 0.6); a name of
// one word only when it is a brand or an acronym. One pass over the
// tokens, looking up their first word. It reports whether it added any.
func (t *Tagger) repeatedNames(v *view) bool {
	var firsts map[string][]int
	for _, k := range v.entities {
		// one word alone repeats only as a brand ("Lakenet" may be a
		// place or a common word elsewhere; "HillTV", "LPN" are not)
		if c := &v.cands[k]; c.m.Type == document.Organization && contextRules[c.m.Rule] &&
			(c.t1-c.t0 >= 2 || camelBrand(v.tok(c.t0)) || v.isAllCaps(c.t0) && len(v.tok(c.t0)) >= 3) {
			if firsts == nil {
				firsts = map[string][]int{}
			}
			firsts[v.tok(c.t0)] = append(firsts[v.tok(c.t0)], k)
		}
	}
	if firsts == nil {
		return false
	}
	added := false
	for i := 0; i < len(v.toks); i++ {
		if v.ent[i] != 0 || !v.isCap(i) {
			continue
		}
		ks, ok := firsts[v.tok(i)]
		if !ok {
			continue
		}
		for _, k := range ks {
			c := v.cands[k]
			e := i + c.t1 - c.t0
			if e > len(v.toks) || v.sent(e-1) != v.sent(i) {
				continue
			}
			same := true
			for j := i; j < e && same; j++ {
				same = v.ent[j] == 0 && v.tok(j) == v.tok(c.t0+j-i)
			}
			if !same || v.sent(e) == v.sent(i) && v.isCap(e) && v.isWord(e) ||
				i > 0 && v.sent(i-1) == v.sent(i) && v.isCap(i-1) && v.isWord(i-1) && v.gate[i-1]&bitStopCap == 0 {
				continue
			}
			m := c.m
			m.Rule, m.Confidence = "pat.org.repeat", 0.6
			v.add(cand{m: m, t0: i, t1: e, layer: layerEntity, prio: 1})
			v.take(i, e)
			added = true
			i = e - 1
			break
		}
	}
	return added
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
			if len(p.name) > len(run) && strings.HasSuffix(p.name, " "+run) && !fathersName(p.name, run) {
				c.m.Name, c.m.Rule, c.m.Confidence = p.name, "pat.person.partial-name", 0.75
				break
			}
		}
	}
	for i := 0; i < len(v.toks); i++ {
		if v.ent[i] != 0 || !v.isCap(i) {
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
			if e-i > 1 && e-i < c2(p.name) && strings.HasSuffix(p.name, " "+run) && !fathersName(p.name, run) {
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
			!v.has(&t.lex.Titles, k) && !v.has(&t.lex.EventTriggers, k)
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
	for i := 1; i < len(v.toks); i++ {
		if v.gate[i]&bitOutlet == 0 {
			continue
		}
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
	for i := 0; i+1 < len(v.toks); i++ {
		if !v.isCap(i) || v.ent[i] != 0 {
			continue
		}
		// the gate first: cheaper than the map
		if v.gate[i]&bitPrefixHead == 0 {
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
		if c, ok := v.entityAt(i + 1); ok && c.t1 == e && c.m.Type == document.Country && e == i+2 && v.lows[i] != "radio" {
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
	for i := 2; i+1 < len(v.toks); i++ {
		if len(v.lows[i]) != 5 || v.lows[i] != "based" || v.tok(i-1) != "-" || !v.adjacent(i) || !v.isCap(i-2) {
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
		i = e - 1
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
	for i := 0; i < len(v.toks); i++ {
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
	for i := 1; i+1 < len(v.toks); i++ {
		if v.tok(i) != "The" || v.sent(i-1) != v.sent(i) || !theBefore[v.lows[i-1]] || v.ent[i+1] != 0 {
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
		i = e - 1
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
	for i := 1; i < len(v.toks); i++ {
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
	for i := 0; i < len(v.toks); i++ {
		if v.ent[i] != 0 || !v.isCap(i) || v.gate[i]&bitStopCap != 0 {
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

// academicHeads end the names of bodies whose faculties, schools and
// institutes are named after their possessive.
var academicHeads = map[string]bool{"university": true, "academy": true, "college": true, "institute": true, "polytechnic": true}

// channelOfOutlet reports whether a broadcast head after a known news
// agency or newspaper names the outlet's own channel, another organization
// ("Bernama TV", "Lakeside Post Radio"; rule pat.org.head.channel-of):
// a known broadcaster plus "TV" stays that broadcaster.
func channelOfOutlet(headKind, knownKind string) bool {
	return headKind == document.KindBroadcaster && (knownKind == document.KindNewsAgency || knownKind == document.KindNewspaper)
}

// channelTailWords name a broadcaster's channel or service after the
// broadcaster's name ("Cubavisión Internacional", "CGTN Portuguese").
var channelTailWords = map[string]bool{"internacional": true, "international": true, "internationale": true, "portuguese": true,
	"spanish": true, "arabic": true, "french": true, "english": true, "russian": true, "pacific": true, "info": true, "plus": true}

// channelServiceNouns after a language word make it a service of the
// broadcaster's, no channel's name ("the CGTN English service").
var channelServiceNouns = map[string]bool{"service": true, "services": true, "desk": true, "section": true, "edition": true,
	"version": true, "programme": true, "program": true, "programmes": true, "programs": true, "website": true, "site": true}

// channelTails tags a broadcaster the gazetteer knows followed by a
// channel's word or number as a channel of its own ("Cubavisión
// Internacional", "CGTN Portuguese", "Kenya Broadcasting Corporation
// Channel 1"; rule pat.org.channel-tail, confidence 0.7): only at the end
// of the capitalised run and not before a service noun. It reports
// whether it added any.
func (t *Tagger) channelTails(v *view) bool {
	added := false
	for n, k := len(v.cands), 0; k < n; k++ {
		c := v.cands[k]
		if c.layer != layerEntity || c.m.Type != document.Organization || c.m.Kind != document.KindBroadcaster {
			continue
		}
		e := c.t1
		if e >= len(v.toks) || v.ent[c.t0] != k+1 || v.sent(e) != v.sent(c.t0) || v.toks[e].Start != v.toks[e-1].End+1 {
			continue
		}
		// "aired on SABC 1 and ZTV", "KBS 1TV", "Télévision Lakeland 2
		// won": a channel's number right after a broadcaster's name, also
		// one the patterns found (rule pat.org.channel-number); not a
		// count ("ZBC 14 reporters") or a date ("Hill TV 5 May")
		if e+1 < len(v.toks) && channelNumber(v, e) && !bodyHeads[v.lows[e-1]] {
			name := cleanName(v.body[v.toks[c.t0].Start:v.toks[e].End])
			nc := cand{t0: c.t0, t1: e + 1, layer: layerEntity, prio: 1}
			nc.m = document.Mention{Type: document.Organization, Kind: document.KindBroadcaster, Name: name, EntityID: document.OrgID(name),
				Rule: "pat.org.channel-number", Confidence: 0.65, Country: c.m.Country}
			v.add(nc)
			added = true
			continue
		}
		if !v.isCap(e) || !strings.HasPrefix(c.m.Rule, "gaz.") {
			continue
		}
		// "the award went to ABC Australia": a country's name after the
		// broadcaster names its service for that country (rule
		// pat.org.channel-tail)
		if d, ok := v.entityAt(e); ok && d.t0 == e && d.m.Type == document.Country && d.m.Rule == "gaz.country.name" && d.t1-d.t0 == 1 &&
			v.ent[c.t0] == k+1 && !(v.isCap(d.t1) && v.isWord(d.t1)) && v.low(d.t1) != "'s" && v.tok(d.t1) != "(" && c.m.Country != "" {
			e = d.t1
			goto tail
		}
		// a language's word may be tagged as a country's adjective
		if d, ok := v.entityAt(e); ok && !(d.t0 == e && d.t1 == e+1 && d.m.Rule == "gaz.country.demonym") {
			continue
		}
		switch {
		case channelTailWords[v.lows[e]]:
			e++
		// "Al Jazeera Documentary channel": a channel's own word before
		// "channel" in lower case
		case v.ent[e] == 0 && v.isWord(e) && v.gate[e]&bitStopCap == 0 && v.low(e+1) == "channel" && !v.isCap(e+1) && v.sent(e+1) == v.sent(c.t0):
			e++
		case v.lows[e] == "channel" && e+1 < len(v.toks) && isDigits(v.tok(e+1)) && v.sent(e+1) == v.sent(c.t0):
			e += 2
		default:
			continue
		}
		if e < len(v.toks) && v.sent(e) == v.sent(c.t0) && (v.isCap(e) && v.isWord(e) || channelServiceNouns[v.low(e)] || v.tok(e) == "-") {
			continue
		}
		// "the Japanese Broadcasting Corporation, NHK International,":
		// in apposition with an organization's name, the words name that
		// organization again
		if a, ok := v.entityAt(c.t0 - 2); ok && v.tok(c.t0-1) == "," && a.m.Type == document.Organization {
			continue
		}
	tail:
		name := cleanName(v.body[v.toks[c.t0].Start:v.toks[e-1].End])
		nc := cand{t0: c.t0, t1: e, layer: layerEntity, prio: 1}
		nc.m = document.Mention{Type: document.Organization, Kind: document.KindBroadcaster, Name: name, EntityID: document.OrgID(name),
			Rule: "pat.org.channel-tail", Confidence: 0.7, Country: c.m.Country}
		v.add(nc)
		added = true
	}
	return added
}

// bodyHeads end the names of bodies, which number no channel ("the Lakeland
// Broadcasting Corporation 5" counts something).
var bodyHeads = map[string]bool{"corporation": true, "company": true, "authority": true, "union": true, "association": true,
	"group": true, "council": true, "commission": true, "agency": true, "ministry": true}

// channelCountVerbs end in "s" but follow a channel's number as its verb
// ("Lake TV 2 airs"), no counted noun.
var channelCountVerbs = map[string]bool{"has": true, "was": true, "is": true, "airs": true, "broadcasts": true, "carries": true, "shows": true, "runs": true}

// channelNumber reports whether token e is a channel's number: one or two
// digits, or digits with "TV" ("1TV"), not followed by a capitalised word
// (a month, a name), a counted plural noun, a dash or a unit.
func channelNumber(v *view, e int) bool {
	tk := v.tok(e)
	if !(isDigits(tk) && len(tk) <= 2 || len(tk) >= 3 && len(tk) <= 4 && isDigits(tk[:len(tk)-2]) && tk[len(tk)-2:] == "TV") {
		return false
	}
	if e+1 >= len(v.toks) || v.sent(e+1) != v.sent(e) {
		return true
	}
	n := v.tok(e + 1)
	switch w := v.lows[e+1]; {
	case v.isCap(e+1) && v.isWord(e+1), n == "-", n == "–", n == "%", n == "/", n == ".", n == ":", w == "percent", w == "per", w == "million", w == "of":
		return false
	case v.isWord(e+1) && strings.HasSuffix(w, "s") && !channelCountVerbs[w]:
		return false
	}
	return true
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
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
	for i := 1; i < len(v.toks); i++ {
		if !v.isCap(i) || v.ent[i] != 0 && !t.isPersonEntity(v, i) || !listCues[v.lows[i-1]] || v.sent(i-1) != v.sent(i) {
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
		i = k
	}
	return added
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
	for i := 0; i < len(v.toks); i++ {
		if v.tok(i) != ":" || i < 4 {
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

// writtenLower reports whether the article writes the lower-cased word
// low in lower case somewhere.
func (v *view) writtenLower(low string) bool {
	if !v.lowerReady {
		for k, w := range v.lows {
			if v.isWord(k) && !v.isCap(k) {
				v.lowerWords = append(v.lowerWords, w)
			}
		}
		slices.Sort(v.lowerWords)
		v.lowerWords = slices.Compact(v.lowerWords)
		v.lowerReady = true
	}
	_, found := slices.BinarySearch(v.lowerWords, low)
	return found
}

// anyWrittenLower reports whether a word of tokens [a, b) is one the
// article writes in lower case somewhere.
func (t *Tagger) anyWrittenLower(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.isWord(k) && v.writtenLower(v.lows[k]) {
			return true
		}
	}
	return false
}

// gazName reports whether s is a name the gazetteer knows.
func (t *Tagger) gazName(s string) bool {
	_, _, ok := t.gaz.Lookup(s)
	return ok
}

// titleCase reports whether the sentence of token i is a headline in
// title case: four or more words and none in lower case but short
// function words.
func (t *Tagger) titleCase(v *view, i int) bool {
	s := v.sent(i)
	// the last sentence's answer: the patterns ask in text order
	if v.tcSent == s+1 {
		return v.tcVal
	}
	v.tcSent = s + 1
	v.tcVal = t.titleCaseOf(v, i, s)
	return v.tcVal
}

func (t *Tagger) titleCaseOf(v *view, i, s int) bool {
	a, b := i, i
	for a > 0 && v.sent(a-1) == s {
		a--
	}
	for b+1 < len(v.toks) && v.sent(b+1) == s {
		b++
	}
	words := 0
	for k := a; k <= b; k++ {
		if !v.isWord(k) {
			continue
		}
		words++
		if !v.isCap(k) {
			switch v.low(k) {
			case "of", "and", "the", "to", "in", "on", "for", "with", "a", "an", "at", "by", "from", "as":
			default:
				return false
			}
		}
	}
	return words >= 4
}

// isCommonWord guards the partial-name rule against words that are also
// names ("Lam" is fine, "To" is not).
func isCommonWord(w string) bool {
	if stopCaps[w] {
		return true
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// c2 counts the words of a name (len(strings.Fields(name)) without the
// slice).
func c2(name string) int {
	n, in := 0, false
	for _, r := range name {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in, n = true, n+1
		}
	}
	return n
}
