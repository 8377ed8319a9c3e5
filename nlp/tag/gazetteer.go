package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// gazetteer tags every alias match that starts and ends at a word
// boundary. A combining form ("Sino") must be followed by a hyphen.
func (t *Tagger) gazetteer(v *view) {
	for i := 0; i < len(v.toks); {
		if !v.mayStartName(i) || !t.nameStart(v, i) {
			i++
			continue
		}
		j := i + 1
		nonLatin := v.body[v.toks[i].Start] >= utf8.RuneSelf
		for j < len(v.toks) && (v.gate[j]&bitInner != 0 || !v.isWord(j) || v.mayStartName(j) && t.nameStart(v, j)) {
			nonLatin = nonLatin || v.body[v.toks[j].Start] >= utf8.RuneSelf && v.isWord(j)
			j++
		}
		t.scan(v, v.toks[i].Start, v.toks[j-1].End, nonLatin)
		i = j
	}
}

// mayStartName is nameStart's first test, small enough to be inlined:
// an ASCII token that is no first word of an alias (bitFirstWord, or
// bitLowerFirst for one written in lower case) starts none, and most
// tokens are such.
func (v *view) mayStartName(i int) bool {
	return v.gate[i]&(bitFirstWord|bitLowerFirst) != 0 || v.body[v.toks[i].Start] >= utf8.RuneSelf
}

// nameStart reports whether an alias may start at token i: it is the
// first word of an alias (compared in lower case), or starts with a
// non-ASCII letter (CJK text has no spaces between words).
func (t *Tagger) nameStart(v *view, i int) bool {
	c := v.body[v.toks[i].Start]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(v.body[v.toks[i].Start:])
		return unicode.IsLetter(r)
	}
	if c >= 'a' && c <= 'z' {
		if v.gate[i]&bitLowerFirst == 0 {
			return false
		}
		low := v.Low(i)
		for k, w := range t.lowerFirst {
			if w == low {
				return t.lowerWhole[k] || i+1 < len(v.toks) && v.gate[i+1]&(bitInner|bitFirstWord) != 0
			}
		}
		return false
	}
	if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return v.gate[i]&bitFirstWord != 0
	}
	return false
}

// acMatch is one alias match of the trie or the automaton: bytes [s, e)
// of the body.
type acMatch struct{ s, e, pat int }

// scan finds the aliases in v.body[from:to], a window of tokens that may
// hold names, and tags the leftmost-longest valid matches: of the matches
// starting at the leftmost free position, the longest that lies on word
// boundaries (and, for a combining form, precedes a hyphen) wins, so a
// longer alias that fails its boundary does not hide a shorter one.
// Aliases are distinct, so no two matches have the same start and end.
func (t *Tagger) scan(v *view, from, to int, nonLatin bool) {
	found := t.latin.matches(v.acScratch[:0], v.body, from, to)
	if t.other.ac != nil && nonLatin {
		// the automaton reads bytes: the window is copied into a
		// reused buffer
		v.window = append(v.window[:0], v.body[from:to]...)
		for _, m := range t.other.ac.FindAllOverlapping(v.window) {
			found = append(found, acMatch{s: from + m.Start, e: from + m.End, pat: t.other.alias[m.PatternID]})
		}
	}
	v.acScratch = found
	if len(found) == 0 {
		return
	}
	// the automaton reports matches by end; order them by start, longest
	// first
	slices.SortFunc(found, func(a, b acMatch) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	lastEnd := 0
	for mi, m := range found {
		s, e := m.s, m.e
		if s < lastEnd {
			continue
		}
		a := t.gaz.Aliases[m.pat]
		if !boundary(v.body, s, e) {
			continue
		}
		// "the Associated Press of Pakistan", "The Associated Press of
		// Pakistan" at the start of a sentence: an alias that starts
		// with an article loses to a longer name after the article
		if (strings.HasPrefix(v.body[s:e], "the ") || strings.HasPrefix(v.body[s:e], "The ")) && longerAfter(found[mi+1:], s, e, v.body) {
			continue
		}
		if a.Form == gazetteer.FormCombining && (e >= len(v.body) || v.body[e] != '-') {
			continue
		}
		t0 := v.tokenAt(s)
		t1 := v.tokenEnding(e)
		if t0 < 0 || t1 < 0 {
			// CJK names inside a run of CJK text are not tokens of
			// their own: cover the containing tokens
			t0 = v.tokenContaining(s)
			t1 = v.tokenContaining(e - 1)
			if t0 < 0 || t1 < 0 {
				continue
			}
		}
		lastEnd = e
		c := cand{t0: t0, t1: t1 + 1, layer: layerEntity, prio: 3}
		if a.Entry < 0 {
			// a blocked phrase: it claims the tokens, tags nothing
			c.prio = 4
			v.add(c)
			continue
		}
		en := t.gaz.Entries[a.Entry]
		c.m = document.Mention{
			Type: en.Type, EntityID: en.ID, Name: en.Name, Kind: en.Kind,
			Rule:       t.aliasRule[m.pat],
			Confidence: a.Form.Confidence(),
		}
		if en.Type == document.Organization && a.Form == gazetteer.FormName {
			c.prio = 5
		}
		v.add(c)
	}
}

// tokenContaining returns the token that contains byte off, or -1.
func (v *view) tokenContaining(off int) int {
	for i := range v.toks {
		if v.toks[i].Start <= off && off < v.toks[i].End {
			return i
		}
		if v.toks[i].Start > off {
			break
		}
	}
	return -1
}

func ruleType(t document.EntityType) string {
	switch t {
	case document.Country:
		return "country"
	case document.Organization:
		return "org"
	case document.Place:
		return "place"
	case document.Person:
		return "person"
	}
	return "other"
}

// boundary reports whether body[s:e] is a whole word: no letter or digit
// right before or after it. CJK text has no spaces, so a CJK edge is
// always a boundary.
func boundary(body string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(body[:s])
		first, _ := utf8.DecodeRuneInString(body[s:])
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, first) {
			return false
		}
	}
	if e < len(body) {
		r, _ := utf8.DecodeRuneInString(body[e:])
		last, _ := utf8.DecodeLastRuneInString(body[:e])
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, last) {
			return false
		}
		// a domain name ("Taiwan.cn", "Xinhua.net") is no name
		if r == '.' && e+1 < len(body) && body[e+1] >= 'a' && body[e+1] <= 'z' {
			return false
		}
	}
	if s > 0 && body[s-1] == '.' && s > 1 && body[s-2] >= 'a' && body[s-2] <= 'z' {
		return false
	}
	return true
}

// metonymVerbs are words after a capital that show it acts as a
// government ("Beijing said", "Moscow will").
var metonymVerbs = map[string]bool{
	"said": true, "says": true, "agreed": true, "agree": true, "agrees": true, "will": true,
	"would": true, "has": true, "have": true, "had": true,
	"hopes": true, "hoped": true, "wants": true, "urged": true, "urges": true, "called": true,
	"calls": true, "insists": true, "insisted": true, "accused": true, "accuses": true,
	"welcomed": true, "welcomes": true, "condemned": true, "announced": true, "signed": true,
	"cooperate": true, "cooperates": true, "plans": true, "can": true, "should": true,
	"must": true, "pledged": true, "vowed": true, "believes": true, "rejected": true,
	"denied": true, "warned": true, "stressed": true, "supports": true, "opposes": true,
	"and": true,
}

// stanceNouns after a capital's possessive make it its government
// ("Moscow's position"); other nouns keep it a place ("Beijing's
// Millennium Center").
var stanceNouns = map[string]bool{
	"position": true, "stance": true, "policy": true, "policies": true, "response": true,
	"decision": true, "move": true, "proposal": true, "plan": true, "plans": true, "view": true,
	"views": true, "efforts": true, "support": true, "relations": true, "ties": true,
	"cooperation": true, "concerns": true, "claims": true, "demands": true, "refusal": true,
	"approach": true, "initiative": true, "initiatives": true, "ambassador": true, "envoy": true,
	"request": true, "offer": true, "invitation": true, "partners": true, "allies": true,
	"partnership": true, "interests": true, "intention": true, "readiness": true,
}

// relationNouns before "with"/"between" make the capital after them a
// party ("ties with Beijing").
var relationNouns = map[string]bool{
	"ties": true, "relations": true, "cooperation": true, "talks": true, "dialogue": true,
	"partnership": true, "agreement": true, "rapprochement": true, "tensions": true,
}

// locative words before a capital make it a place ("in Beijing").
var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"across": true, "via": true, "visit": true, "visited": true, "visiting": true,
	"outside": true, "around": true, "throughout": true, "arrived": true, "of": true,
}

// metonyms turns capitals that act as their government into Country
// mentions of lower confidence: "Beijing and Moscow agreed", "Moscow's
// position", "ties with Washington". A capital after a locative word
// ("in Beijing") or in the dateline stays a Place.
func (t *Tagger) metonyms(v *view) {
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Place {
			continue
		}
		en, ok := t.gaz.Entry(c.m.EntityID)
		if !ok || !en.Capital {
			continue
		}
		if v.dateline.End > 0 && c.m.Start < v.dateline.End {
			continue
		}
		if locatives[v.low(c.t0-1)] {
			continue
		}
		if !v.actsAsGovernment(c.t0, c.t1) {
			continue
		}
		country, ok := t.gaz.CountryByISO3(en.Country)
		if !ok {
			continue
		}
		c.m.Type = document.Country
		c.m.EntityID = country.ID
		c.m.Name = country.Name
		c.m.Kind = ""
		c.m.Rule = "gaz.place.capital-metonym"
		c.m.Confidence = 0.7
	}
}

// actsAsGovernment decides whether the capital at [t0, t1) is the subject
// of a statement or a party of a relation.
func (v *view) actsAsGovernment(t0, t1 int) bool {
	next := v.low(t1)
	prev := v.low(t0 - 1)
	if (prev == "with" || prev == "between" || prev == "and") && relationNouns[v.low(t0-2)] {
		return true
	}
	if prev == "between" {
		return true
	}
	if next == "and" || next == "," {
		// "Beijing and Moscow agreed": the other conjunct must be a
		// capital or country followed by a statement verb
		j := t1 + 1
		if c, ok := v.entityAt(j); ok && (c.m.Type == document.Place || c.m.Type == document.Country) {
			after := v.low(c.t1)
			return metonymVerbs[after] && after != "and"
		}
		return false
	}
	if prev == "and" {
		if c, ok := v.entityAt(t0 - 2); ok && (c.m.Type == document.Place || c.m.Type == document.Country) {
			return metonymVerbs[next] && next != "and"
		}
	}
	if next == "'s" {
		return stanceNouns[v.low(t1+1)]
	}
	return metonymVerbs[next] && next != "and"
}

// languageNouns after a demonym make it a language ("Chinese language").
var languageNouns = map[string]bool{
	"language": true, "languages": true, "speakers": true, "speaking": true, "version": true,
	"versions": true, "translation": true, "translations": true, "subtitles": true,
	"dubbing": true, "edition": true, "editions": true, "-": false,
}

// languageCues before a list of demonyms make them languages ("in
// English, Arabic, Spanish, and Chinese").
var languageCues = map[string]bool{
	"in": true, "into": true, "from": true, "speak": true, "speaks": true, "spoken": true,
	"learn": true, "learning": true, "translated": true, "fluent": true,
}

// afterLanguage are words that may follow a language name and show it
// modifies no noun: "broadcast in Spanish from July".
var afterLanguage = map[string]bool{
	"from": true, "to": true, "on": true, "at": true, "by": true, "for": true, "with": true,
	"since": true, "until": true, "during": true, "via": true, "through": true, "across": true,
	"only": true, "too": true, "as": true, "starting": true, "beginning": true,
}

// languages drops demonym mentions that name a language rather than a
// country: followed by "language", or standing alone in a list after
// "in"/"into"/"from" ("broadcasts in English, Arabic and Chinese").
func (t *Tagger) languages(v *view) {
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Country || c.m.Rule != "gaz.country.demonym" {
			continue
		}
		next := v.low(c.t1)
		if languageNouns[next] || (next == "-" && v.low(c.t1+1) == "language") || next == "-" && suspendedLanguage(v, c.t1+1) {
			c.m.Type = ""
			continue
		}
		if v.isWord(c.t1) && next != "and" && next != "or" && !afterLanguage[next] && !languageListBefore(v, c.t0) {
			continue // it modifies a noun: "Chinese media"
		}
		j := c.t0 - 1
		for j >= 0 && v.sent(j) == v.sent(c.t0) && (v.tok(j) == "," || v.low(j) == "and" || v.low(j) == "or" || (v.isCap(j) && v.isWord(j) && !stopCaps[v.low(j)])) {
			j--
		}
		if languageCues[v.low(j)] || t.languageInList(v, j+1, c.t0) {
			c.m.Type = ""
		}
	}
}

// languageListBefore reports whether the demonym at token i closes a list
// that holds a language naming no country: "its Spanish, English and
// Portuguese services" (the last item modifies the noun for all of them).
func languageListBefore(v *view, i int) bool {
	if p := v.low(i - 1); p != "and" && p != "or" {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 12 && v.sent(k) == v.sent(i); k-- {
		w := v.lows[k]
		if languageOnly[w] && v.isCap(k) {
			return true
		}
		if w != "," && w != "and" && w != "or" && !(v.isCap(k) && v.isWord(k)) {
			return false
		}
	}
	return false
}

// suspendedLanguage reports whether a suspended hyphen's "and" or "or" at
// token k leads to "-language" within a few words: "Russian- and
// English-language portal" names two languages (rule
// gaz.country.demonym dropped).
func suspendedLanguage(v *view, k int) bool {
	if w := v.low(k); w != "and" && w != "or" {
		return false
	}
	for j := k + 1; j < k+5 && j+1 < len(v.toks) && v.sent(j) == v.sent(k); j++ {
		if v.tok(j) == "-" && v.low(j+1) == "language" {
			return true
		}
	}
	return false
}

// languageOnly are languages that name no country of the gazetteer: a
// list that holds one is a list of languages ("in Turkish, Albanian,
// English and Kurdish").
var languageOnly = map[string]bool{
	"english": true, "arabic": true, "kurdish": true, "persian": true, "farsi": true, "hindi": true, "urdu": true,
	"swahili": true, "hausa": true, "amharic": true, "pashto": true, "dari": true, "tagalog": true, "mandarin": true,
	"cantonese": true, "yoruba": true, "igbo": true, "zulu": true, "tamil": true, "bengali": true,
}

// languageInList reports whether the list around a demonym, from token a
// to the end of the list after token b, holds a language that names no
// country ("Spanish, English, Portuguese").
func (t *Tagger) languageInList(v *view, a, b int) bool {
	s := v.sent(b)
	for k := a; k < len(v.toks) && v.sent(k) == s; k++ {
		w := v.lows[k]
		if languageOnly[w] && v.isCap(k) && v.ent[k] == 0 {
			return true
		}
		if k > b && !(v.tok(k) == "," || w == "and" || w == "or" || v.isCap(k) && v.isWord(k)) {
			return false
		}
	}
	return false
}

// longerAfter reports whether one of the matches starts inside [s, e),
// after s, on a word boundary and ends after e.
func longerAfter(found []acMatch, s, e int, body string) bool {
	for _, m := range found {
		if m.s >= e {
			break
		}
		if m.s > s && m.e > e && boundary(body, m.s, m.e) {
			return true
		}
	}
	return false
}

// outletsOfCountry tags "<known organization> of <country>" as another
// organization when the country is not the known one's home: "The
// Guardian of Nigeria" is not the British newspaper, "the Associated
// Press of Pakistan" (when the gazetteer lacks it) not the American
// agency. A longer gazetteer name has already won at this point; the
// pattern's confidence is lower than a gazetteer match. "Xinhua of
// China" stays Xinhua. It reports whether it added a candidate.
func (t *Tagger) outletsOfCountry(v *view) bool {
	added := false
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Organization || !strings.HasPrefix(c.m.Rule, "gaz.") || v.low(c.t1) != "of" {
			continue
		}
		en, ok := t.gaz.Entry(c.m.EntityID)
		if !ok || en.Country == "" {
			continue
		}
		j := c.t1 + 1
		if v.low(j) == "the" {
			j++
		}
		cc, ok := v.entityAt(j)
		if !ok || cc.t0 != j || cc.m.Type != document.Country || cc.m.Rule == "gaz.country.demonym" ||
			cc.m.EntityID == document.CountryID(en.Country) {
			continue
		}
		// the name must end with the country: "the Guardian of Nigeria's
		// capital" is fine, "of Nigeria Airways" names something else
		if v.isCap(cc.t1) && v.isWord(cc.t1) && v.sent(cc.t1) == v.sent(j) {
			continue
		}
		name := cleanName(v.body[v.toks[c.t0].Start:v.toks[cc.t1-1].End])
		iso := strings.TrimPrefix(cc.m.EntityID, "country:")
		m := document.Mention{Type: document.Organization, Kind: c.m.Kind, Name: name, Country: iso,
			Rule: "pat.org.outlet-of-country", Confidence: 0.6}
		m.EntityID = t.orgID(name, m.Kind, iso, v, c.t0, cc.t1)
		v.add(cand{m: m, t0: c.t0, t1: cc.t1, layer: layerEntity, prio: 1})
		added = true
	}
	return added
}
