// Name tokens and runs: the building blocks the person and organization
// rules share.
//
// Constructions: a capitalised name word, not a word that opens
// sentences or headings ("The", "However"); initials ("J.R.") and
// camel-case brands ("iHeart"); a run of name words with particles
// ("Ahmed bin Said", "Maria da Silva") and patronyms; a title or an
// honorific before a name ("Foreign Minister", "Mr."); words written in
// lower case elsewhere in the body and Title Case headlines.

package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// the tests of the token alone, once per token: rules ask again
	// for the same tokens
	switch v.nameWords[i] {
	case nameWordYes:
		return true
	case nameWordNo:
		return false
	}
	ok := t.nameWordAlone(v, i)
	v.nameWords[i] = nameWordNo
	if ok {
		v.nameWords[i] = nameWordYes
	}
	return ok
}

// Values of view.nameWords: nameWordAlone not yet asked, true, false.
const (
	nameWordUnknown uint8 = iota
	nameWordYes
	nameWordNo
)

// nameWordAlone is nameToken's tests of token i that read only the
// token and its sentence, not what the rules found: no title, honorific,
// head or trigger, no acronym or brand in its spelling, no participle
// opening a sentence.
func (t *Tagger) nameWordAlone(v *view, i int) bool {
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
	// "Russia.Gianmarco": two words glued by a full stop are no name word;
	// "B.Bold", "Ts.Oyun": a Mongolian initial of the father's name glued
	// to the given name is one (initialedName)
	if tk := v.tok(i); strings.IndexByte(tk, '.') > 0 && strings.IndexByte(tk, '.') < len(tk)-1 && !initials(tk) && !initialedName(tk) {
		return false
	}
	// a participle or gerund that opens a sentence is no name word:
	// "Addressing Aliyev, the premier said", "Welcoming Kim, ..."
	if low := v.low(i); len(low) >= 6 && strings.HasSuffix(low, "ing") && sentenceStart(v, i) {
		return false
	}
	return true
}

// initialedName reports whether w is a name with an initial of one or
// two letters glued by a full stop ("B.Bold", "Ts.Oyun", "Sh.Tuya"): a
// capital or a Mongolian digraph initial, the full stop, then a capital
// and two lower-case letters or more.
func initialedName(w string) bool {
	d := strings.IndexByte(w, '.')
	if d < 1 || d > 2 || len(w) < d+4 || w[0] < 'A' || w[0] > 'Z' || d == 2 && !digraphInitials[w[:2]] {
		return false
	}
	if c := w[d+1]; c < 'A' || c > 'Z' {
		return false
	}
	for k := d + 2; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// digraphInitials are the initials of two letters that Mongolian names
// write for one Cyrillic letter (as nlp/segment keeps them).
var digraphInitials = map[string]bool{"Ts": true, "Sh": true, "Ch": true, "Kh": true, "Zh": true, "Ya": true, "Yo": true, "Yu": true, "Ye": true}

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
// menuRun reports a word of three or more words run together, as the
// labels of a menu scraped without spaces ("WorldAfricaEuropeSPORT"): a
// lower-case letter followed by a capital three times. A brand has one or
// two such joins ("SportInform", "femLINKpacific").
func menuRun(w string) bool {
	joins := 0
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			joins++
		}
	}
	return joins >= 3
}

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
	// most tokens start no title: neither a modifier nor a title's first
	// word (the gate test of v.match)
	if uint(i) < uint(len(v.gate)) && !lexicon.May(v.gate[i], t.titleMask) {
		return i, false
	}
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
	// most tokens start none (the gate test of v.match, without the call)
	if b := t.lex.Honorifics.Bit(); b != 0 && uint(i) < uint(len(v.gate)) && v.gate[i]&b == 0 {
		return i, false
	}
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

// maxLowerScans is the number of writtenLower questions answered by
// scanning the tokens before it sorts their words.
const maxLowerScans = 8

// writtenLower reports whether the article writes the lower-cased word
// low in lower case somewhere.
func (v *view) writtenLower(low string) bool {
	// most documents ask once or twice, if at all: a scan of the tokens
	// answers that for less than sorting them; a document that asks
	// more gets the sorted words
	if !v.lowerReady && v.lowerScans < maxLowerScans {
		v.lowerScans++
		for k, w := range v.lows {
			if w == low && v.isWord(k) && !v.isCap(k) {
				return true
			}
		}
		return false
	}
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
