// Entity checks and organization ids.
//
// What it holds: tests of what an entity at a token is (person, country,
// place, organization), the home country of a name (its own words, the
// dateline), stable ids for organizations the gazetteer lacks (normalised
// name and country) and for a country's state bodies, and name cleaning.

package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

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
	if mayQuote(s) {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '"', '“', '”', '«', '»', '‘':
				return -1
			}
			return r
		}, s)
	}
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// mayQuote reports whether s may hold a quote cleanName drops: a '"' or
// a byte of a multi-byte rune (the other quotes are such runes).
func mayQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") is
// s: no space at either end, words apart by one ASCII space.
func singleSpaced(s string) bool {
	prevSpace := true // no space at the start
	// ASCII bytes first, without decoding: of them, only ' ' and
	// '\t' to '\r' are spaces (unicode.IsSpace)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return singleSpacedRunes(s)
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c >= '\t' && c <= '\r':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// singleSpacedRunes is singleSpaced of a string with multi-byte runes.
func singleSpacedRunes(s string) bool {
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

// addPatternOrg adds the organization a pattern rule found at tokens
// [s, e): its name as written (cleaned), its home country and its id.
func (t *Tagger) addPatternOrg(v *view, s, e int, kind, rule string, conf float64) {
	name := cleanName(v.body[v.toks[s].Start:v.toks[e-1].End])
	c := cand{t0: s, t1: e, layer: layerEntity, prio: 1}
	c.m = document.Mention{Type: document.Organization, Kind: kind, Name: name, Rule: rule, Confidence: conf}
	c.m.Country = t.homeCountry(v, s, e)
	c.m.EntityID = t.orgID(name, kind, c.m.Country, v, s, e)
	v.add(c)
}
