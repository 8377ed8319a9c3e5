// Other forms of organizations already found.
//
// Constructions: a description before an organization's own name ("the
// Lakeland News Agency, Lakepress"), the brand of a name found by its head
// ("Lakepress News Agency ... Lakepress"), a short form ("the Post", "the
// Council") for the last organization with that head, and repeats of a
// name found only by its context.

package tag

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

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
	caps := v.caps
	for i := v.nextIn(0, &caps); i < len(v.toks); i = v.nextIn(i+1, &caps) {
		if v.ent[i] != 0 {
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
	// The tokens are walked in order, over each entity at once; last
	// holds, per head word, the candidate index of the last organization
	// with it before token walked. A short form comes after "the": the
	// walk goes on only as far as the next one.
	var last map[string]int
	walked := 0
	for _, the := range v.cues[cueThe] {
		i := the + 1
		if i >= len(v.toks) || !v.isCap(i) || !shortHeads[v.lows[i]] {
			continue
		}
		if v.isCap(i+1) && v.isWord(i+1) || v.low(i+1) == "of" || v.low(i+1) == "for" {
			continue // a longer name: "the Council of Europe"
		}
		for walked < i {
			c, ok := v.entityAt(walked)
			if !ok {
				walked++
				continue
			}
			if c.m.Type == document.Organization && c.t0 == walked && c.t1-c.t0 >= 2 {
				k := v.ent[walked] - 1
				if last == nil {
					last = map[string]int{}
				}
				if w := v.low(c.t1 - 1); shortHeads[w] {
					last[w] = k
				}
				if w := v.low(c.t0); shortHeads[w] && v.low(c.t0+1) == "of" {
					last[w] = k
				}
			}
			walked = c.t1
		}
		// the walk passes over i inside an entity
		if walked != i || v.ent[i] != 0 {
			continue
		}
		k, ok := last[v.lows[i]]
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
	caps := v.caps
	for i := v.nextIn(0, &caps); i < len(v.toks); i = v.nextIn(i+1, &caps) {
		if v.ent[i] != 0 {
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
