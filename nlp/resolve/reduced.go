package resolve

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// RuleOrgReduced: an organization the article names in two forms that
// come to the same words once each is reduced to its core (rule
// resolve.org.reduced-name).
const RuleOrgReduced = "resolve.org.reduced-name"

// reducibleWords are the generic words a name may carry or leave out
// without naming another organization ("Lakeside International TV
// Channel" and "Lakeside TV").
var reducibleWords = map[string]bool{
	"international": true, "tv": true, "television": true, "channel": true, "corporation": true,
	"company": true, "group": true, "co": true, "ltd": true, "inc": true, "limited": true, "the": true,
	"news": true,
}

// genericWords holds per lower-case word whether it is one of
// reducibleWords and one of descriptiveWords, so that reduceName looks a
// word up once.
var genericWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range reducibleWords {
		m[w] |= reducible
	}
	for w := range descriptiveWords {
		m[w] |= descriptive
	}
	return m
}()

// The flags of genericWords.
const (
	reducible uint8 = 1 << iota
	descriptive
)

// reducedName is the core of one organization name: the words that stay
// when reduceName has cut its place and its generic words.
type reducedName struct {
	full, bare string // the key with the country's code ("#KEN"), and without it ("" when too generic)
	iso3       string // the country the name names
	place      string // the place complement cut off ("in Lakeland", "of Hillshire")
}

// reduceName returns the core of an organization's name: a complement of
// place at the end is cut ("... in Lakeland"), "X of <country>" is read
// as "<country> X", "X of <members>" or "X of <Place>" after a name of
// three words or more loses the complement, generic words go
// (reducibleWords), a country's name or demonym becomes its code, and
// words are folded to lower case without accents. A core of fewer than
// two words, or of descriptive words only without a country, gives no key.
func (r *Resolver) reduceName(name string) reducedName {
	var buf [24]string
	words := nameFields(buf[:0], name)
	for i := range words {
		words[i] = strings.TrimSuffix(words[i], ".")
	}
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	var out reducedName
	// "... in Lakeland": a place after the name
	for i := 1; i < len(words); i++ {
		if words[i] == "in" && i+1 < len(words) && allCapitalised(words[i+1:]) {
			out.place = strings.Join(words[i:], " ")
			words = words[:i]
			break
		}
	}
	// "X of <country>", "X of Journalists", "X Y Z of Hillshire"
	compIso := ""
	for i := len(words) - 2; i >= 1; i-- {
		if words[i] != "of" {
			continue
		}
		comp := words[i+1:]
		if len(comp) > 1 && strings.EqualFold(comp[0], "the") {
			comp = comp[1:]
		}
		if iso := r.countryWords(comp); iso != "" {
			compIso, words = iso, words[:i]
		} else if i == 1 && len(comp) <= 3 && allCapitalised(comp) && !memberNouns[comp[len(comp)-1]] {
			// "Academy of Lakeside Media" = "Lakeside Media Academy"
			words = append(append(make([]string, 0, len(comp)+1), comp...), words[0])
		} else if len(comp) == 1 && (memberNouns[comp[0]] && i >= 2 || out.place == "" && i >= 3 && allCapitalised(comp)) {
			if !memberNouns[comp[0]] {
				out.place = "of " + comp[0]
			}
			words = words[:i]
		}
		break
	}
	var toks [24]string
	tk := toks[:0]
	isos := 0
	if compIso != "" {
		tk = append(tk, "#"+compIso)
		isos++
		out.iso3 = compIso
	}
	named := false // a word that is not descriptive
	for i := 0; i < len(words); i++ {
		w := trimPossessive(words[i])
		// a country's name or demonym alone is capitalised: the others
		// are not looked up; the word's entry also tells whether a
		// country's name starts with it (countryWords)
		var cw countryWord
		looked := false
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			cw, looked = r.countries[w], true
			if cw.iso3 != "" {
				tk = append(tk, "#"+cw.iso3)
				isos++
				if out.iso3 == "" {
					out.iso3 = cw.iso3
				}
				continue
			}
		}
		if i+1 < len(words) {
			if !looked || len(w) != len(words[i]) {
				cw = r.countries[words[i]]
			}
			iso := ""
			if cw.first {
				iso = r.countries[trimPossessive(words[i]+" "+words[i+1])].iso3
			}
			if iso != "" {
				tk = append(tk, "#"+iso)
				isos++
				if out.iso3 == "" {
					out.iso3 = iso
				}
				i++
				continue
			}
		}
		var lb [24]byte
		l := appendLower(lb[:0], w)
		kind := genericWords[string(l)]
		if len(w) == 0 || kind&reducible != 0 {
			continue
		}
		named = named || kind&descriptive == 0
		tk = append(tk, w)
	}
	tk = ministryField(tk)
	if len(tk) >= 2 && (named || isos > 0) {
		out.full = joinLower(tk)
	}
	if named && isos > 0 && len(tk)-isos >= 2 && !stateBody(tk) {
		bare := make([]string, 0, len(tk)-isos)
		for _, t := range tk {
			if t[0] != '#' {
				bare = append(bare, t)
			}
		}
		out.bare = joinLower(bare)
	}
	return out
}

// stateHeads are the heads of a state's own bodies: "Foreign Ministry"
// without a country is as often the reporting country's as the one another
// form names, so such a name keeps its country in its key.
var stateHeads = map[string]bool{
	"ministry": true, "embassy": true, "consulate": true, "mission": true, "government": true,
	"parliament": true, "assembly": true, "presidency": true, "cabinet": true, "senate": true,
}

// stateBody reports whether the tokens of a reduced name hold a stateHeads word.
func stateBody(tk []string) bool {
	for _, t := range tk {
		var lb [24]byte
		if stateHeads[string(appendLower(lb[:0], t))] {
			return true
		}
	}
	return false
}

// countryWords returns the ISO3 code of the country that words name
// together ("China", "South Africa", "Chinese"), else "".
func (r *Resolver) countryWords(words []string) string {
	if len(words) == 1 {
		return r.countries[trimPossessive(words[0])].iso3
	}
	if len(words) > 3 || !r.countries[words[0]].first {
		return "" // no country's name opens with that word
	}
	return r.countries[trimPossessive(strings.Join(words, " "))].iso3
}

// allCapitalised reports whether every word of ws opens with a capital
// letter (a place's name, not a phrase of the sentence).
func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return len(ws) > 0
}

// mergeReduced gives the organizations of an article whose names come to
// one core (reduceName) one id: the short forms, the name without its
// generic tail and the name with its place or country cut off all take the
// id of the organization named in full ("Lakeside International Media
// Centre" and "Lakeside Media Centre"; "Embassy of Hillmark in Lakeland"
// and "Hillmark Embassy"; "Lakeside Union of Journalists" and "Lakeside
// Union"). The gazetteer's id wins over a pattern's, else the longest
// name's. Forms of two countries, two places, or two organizations the
// gazetteer knows stay apart.
func (r *Resolver) mergeReduced(d *document.Document) {
	type form struct {
		text, id string
		gaz      bool
		red      reducedName
	}
	orgs := countMentions(d, document.Organization)
	if orgs < 2 {
		return
	}
	forms := make([]form, 0, orgs)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || m.EntityID == "" {
			continue
		}
		dup := false
		for k := range forms {
			if forms[k].text == m.Text && forms[k].id == m.EntityID {
				forms[k].gaz = forms[k].gaz || strings.HasPrefix(m.Rule, "gaz.")
				dup = true
				break
			}
		}
		if !dup {
			forms = append(forms, form{text: m.Text, id: m.EntityID, gaz: strings.HasPrefix(m.Rule, "gaz.")})
		}
	}
	for k := range forms {
		forms[k].red = r.reduceName(forms[k].text)
	}
	into := map[string]string{} // id -> id it takes
	var group []int
	keys := func(f *form) [2]string { return [2]string{f.red.full, f.red.bare} }
	for a := range forms {
		for _, key := range keys(&forms[a]) {
			if key == "" {
				continue
			}
			// every form with that key
			group = group[:0]
			iso, place, gazID, ok := forms[a].red.iso3, forms[a].red.place, "", true
			for b := range forms {
				kb := keys(&forms[b])
				if kb[0] != key && kb[1] != key {
					continue
				}
				fb := &forms[b]
				if fb.red.iso3 != "" && iso != "" && fb.red.iso3 != iso || fb.red.place != "" && place != "" && fb.red.place != place {
					ok = false
					break
				}
				if iso == "" {
					iso = fb.red.iso3
				}
				if place == "" {
					place = fb.red.place
				}
				if fb.gaz {
					if gazID != "" && gazID != fb.id {
						ok = false
						break
					}
					gazID = fb.id
				}
				group = append(group, b)
			}
			if !ok || len(group) < 2 {
				continue
			}
			target := gazID
			if target == "" {
				// the id of the longest name any form of the group's ids has
				best := -1
				for _, b := range group {
					for c := range forms {
						if forms[c].id == forms[b].id && (best < 0 || len(forms[c].text) > len(forms[best].text)) {
							best = c
						}
					}
				}
				target = forms[best].id
			}
			for _, b := range group {
				if id := forms[b].id; id != target {
					if _, set := into[id]; !set {
						into[id] = target
					}
				}
			}
		}
	}
	// an acronym a pattern found alone, the only name of its id, that
	// spells the name of one other organization of the article
	for a := range forms {
		fa := &forms[a]
		if fa.gaz || !isAcronym(fa.text) || len(fa.text) < 3 {
			continue
		}
		if _, set := into[fa.id]; set {
			continue
		}
		alone, target := true, ""
		for b := range forms {
			fb := &forms[b]
			if fb.id == fa.id {
				alone = alone && isAcronym(fb.text)
				continue
			}
			if isAcronym(fb.text) || !spells(fb.text, fa.text) {
				continue
			}
			id := fb.id
			if t, ok := into[id]; ok {
				id = t
			}
			if target != "" && target != id {
				target = "-"
			} else if target == "" {
				target = id
			}
		}
		if alone && target != "" && target != "-" && target != fa.id {
			into[fa.id] = target
		}
	}
	if len(into) == 0 {
		return
	}
	// the target's own mention gives name, kind and country; a target
	// that itself takes another id follows it (at most a few steps)
	final := func(id string) string {
		for range 4 {
			next, ok := into[id]
			if !ok || next == id {
				break
			}
			id = next
		}
		return id
	}
	rep := map[string]*document.Mention{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type == document.Organization && rep[m.EntityID] == nil {
			rep[m.EntityID] = m
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization {
			continue
		}
		if _, ok := into[m.EntityID]; !ok {
			continue
		}
		t := rep[final(m.EntityID)]
		if t == nil || t.EntityID == m.EntityID {
			continue
		}
		m.EntityID, m.Name, m.Kind, m.Country = t.EntityID, t.Name, t.Kind, t.Country
		m.Rule += "+" + RuleOrgReduced
	}
}

// ministryField writes the tokens of a ministry's name as its field after
// "ministry of" ("foreign ministry" = "ministry of foreign affairs"), the
// country's code first, as formKey does.
func ministryField(tk []string) []string {
	at := -1
	for i, t := range tk {
		if strings.EqualFold(t, "ministry") {
			at = i
		}
	}
	if at < 0 {
		return tk
	}
	out := make([]string, 0, len(tk)+2)
	var field []string
	for _, t := range tk {
		switch {
		case t[0] == '#':
			out = append(out, t)
		case strings.EqualFold(t, "ministry") || t == "of" || t == "and":
		default:
			field = append(field, t)
		}
	}
	out = append(out, "ministry", "of")
	if len(field) == 1 && strings.EqualFold(field[0], "foreign") {
		field = append(field, "affairs")
	}
	return append(out, field...)
}

// appendLower appends w to dst with its ASCII capitals lower-cased: the
// word as the word tables hold it, without a string per word.
func appendLower(dst []byte, w string) []byte {
	n := len(dst)
	dst = append(dst, w...)
	for i := n; i < len(dst); i++ {
		dst[i] = lowerASCII(dst[i])
	}
	return dst
}

// joinLower returns the tokens joined by spaces, lower-cased and without
// accents; a country's code ("#KEN") stays as it is.
func joinLower(tk []string) string {
	n := len(tk)
	for _, t := range tk {
		n += len(t)
	}
	b := make([]byte, 0, n)
	for i, t := range tk {
		if i > 0 {
			b = append(b, ' ')
		}
		switch {
		case t[0] == '#':
			b = append(b, t...)
		case isASCII(t):
			b = appendLower(b, t)
		default:
			b = append(b, foldAccents(strings.ToLower(t))...)
		}
	}
	return string(b)
}

// isASCII reports whether s holds no byte above 0x7f.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
