package extract

import "github.com/mediakg/mediakg/nlp/document"

// titleParties maps each person of the document to the party its title
// names, the most specific one ("TASS Director General Andrey Kondrashov"
// -> TASS, "Russian Prime Minister Mikhail Mishustin" -> Russia, "Fu Hua,
// president of Xinhua News Agency" -> Xinhua). The first title found for
// a person wins.
func (v *view) titleParties() map[string]string {
	out := map[string]string{}
	for k := range v.d.Mentions {
		m := &v.d.Mentions[k]
		if m.Type != document.Person || m.EntityID == "" || v.source[k] {
			continue
		}
		if _, ok := out[m.EntityID]; ok {
			continue
		}
		t0, t1 := v.tokenSpan(m)
		if p := v.partyBefore(t0); p != "" {
			out[m.EntityID] = p
		} else if p := v.partyAfter(t1); p != "" {
			out[m.EntityID] = p
		}
	}
	return out
}

// honorificWords may stand between a title and a name.
var honorificWords = newWordSet(map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "h.e.": true, "shri": true})

// partyBefore reads a title right before the person at token t0: "TASS
// Director General", "Russian Deputy Foreign Minister", "Director General
// of TASS", "Russia's leader". It returns the party the title names.
func (v *view) partyBefore(t0 int) string {
	s := v.sent(t0)
	j := t0 - 1
	for j >= 0 && v.in(honorificWords, j) {
		j--
	}
	// "Managing Director of the Associated Press of Pakistan (APP) A": the
	// party's abbreviation in parentheses between the title and the name
	if j >= 3 && v.low(j) == ")" && v.low(j-2) == "(" && v.ent[j-1] != 0 && v.ent[j-3] != 0 &&
		v.d.Mentions[v.ent[j-1]-1].EntityID == v.d.Mentions[v.ent[j-3]-1].EntityID {
		j -= 3
	}
	// "the director general of the Agencia Boliviana de Informacion
	// (ABI), Mr A": the title's party set off by a comma before the name
	if v.low(j) == "," && j >= 2 {
		q := j - 1
		if q >= 3 && v.low(q) == ")" && v.low(q-2) == "(" && v.ent[q-1] != 0 && v.ent[q-3] != 0 &&
			v.d.Mentions[v.ent[q-1]-1].EntityID == v.d.Mentions[v.ent[q-3]-1].EntityID {
			q -= 3
		}
		if k, m := v.mention(q); m != nil && !v.source[k] && m.Type == document.Organization {
			mt0, _ := v.tokenSpan(m)
			b := mt0 - 1
			if v.low(b) == "the" {
				b--
			}
			if v.low(b) == "of" && v.titleEndsAt(b-1) {
				return m.EntityID
			}
		}
	}
	// "Director General of TASS Sergey Mikhailov": a party right before
	// the name, after a title and "of"
	if k, m := v.mention(j); m != nil && !v.source[k] && (m.Type == document.Organization || m.Type == document.Country) {
		mt0, _ := v.tokenSpan(m)
		b := mt0 - 1
		if v.low(b) == "the" {
			b--
		}
		if v.low(b) == "'s" {
			// "of China's Xinhua News Agency"
			if _, cm := v.mention(b - 1); cm != nil && cm.Type == document.Country {
				c0, _ := v.tokenSpan(cm)
				b = c0 - 1
			}
		}
		if v.low(b) == "of" && v.titleEndsAt(b-1) {
			return m.EntityID
		}
		return ""
	}
	// "Yonhap chief Park Min-jae", "Mongolian director X": a role noun
	// of the lexicon between the party and the name
	if w := v.low(j); v.x.lex.RoleNouns[w] && !v.isCap(j) {
		if k, m := v.mention(j - 1); m != nil && !v.source[k] && (m.Type == document.Organization || m.Type == document.Country) {
			return m.EntityID
		}
	}
	// "Ecuador TV plans ..., its general manager, A, told reporters": a
	// title after "its" names the organization named last before it in
	// the sentence
	if q := j - boolInt(v.low(j) == ","); q >= 0 && v.itsBefore(q) {
		if b := v.titleStart(q); b > 0 && v.low(b-1) == "its" {
			for k := b - 2; k >= 0 && k > b-40 && v.sent(k) == s; k-- {
				if k2, m := v.mention(k); m != nil && !v.source[k2] && m.Type != document.Country && m.Type != document.Place {
					if m.Type == document.Organization && v.actor[k2] {
						return m.EntityID
					}
					return ""
				}
			}
			return ""
		}
	}
	// a title ending right before the name, the party before the title
	title := false
	if b := v.titleStart(j); b >= 0 {
		title, j = true, b-1 // "TASS Director General Andrey Kondrashov"
	}
	for k := j; k >= 0 && k > j-8 && v.sent(k) == s; k-- {
		if k2, m := v.mention(k); m != nil {
			if v.source[k2] || !title {
				return ""
			}
			switch m.Type {
			case document.Organization, document.Country:
				return m.EntityID
			}
			return ""
		}
		w := v.low(k)
		if w == "'s" {
			continue
		}
		if !v.isWord(k) && w != "-" {
			return ""
		}
		if v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, k) {
			title = true
			continue
		}
		if !title {
			return "" // no title right before the name
		}
		if !titleModifier.has(w) && !v.isCap(k) {
			return ""
		}
	}
	return ""
}

// titleModifier are lower-case words inside titles ("deputy foreign
// minister", "first deputy director general").
var titleModifier = newWordSet(map[string]bool{
	"deputy": true, "vice": true, "first": true, "general": true, "chief": true, "executive": true,
	"foreign": true, "state": true, "acting": true, "former": true, "senior": true, "assistant": true,
})

// titleEndsAt reports whether a title of the lexicon ends at token j.
func (v *view) titleEndsAt(j int) bool { return v.titleStart(j) >= 0 }

// titleStart returns the first token of the longest title of the lexicon
// that ends at token j, or -1; a title runs over up to four tokens, and
// over up to eight when it ends in a hyphenated word ("deputy
// editor-in-chief" is six: the hyphens are tokens).
func (v *view) titleStart(j int) int {
	lo := j - 3
	if v.low(j-1) == "-" || v.low(j-3) == "-" {
		lo = j - 7
	}
	for k := lo; k <= j; k++ {
		if k < 0 {
			continue
		}
		if _, n, ok := v.x.lex.Titles.AtIDs(v, v.ids, v.gate, k); ok && k+n-1 == j {
			return k
		}
	}
	return -1
}

// partyAfter reads a title in apposition after the person ending at token
// t1: ", president of Xinhua News Agency", ", TASS Director General".
func (v *view) partyAfter(t1 int) string {
	if v.low(t1) != "," {
		return ""
	}
	j := t1 + 1
	if v.low(j) == "the" || v.low(j) == "a" {
		j++
	}
	// ", TASS Director General" or ", Russian Deputy Foreign Minister"
	if k, m := v.mention(j); m != nil && !v.source[k] && (m.Type == document.Organization || m.Type == document.Country) {
		_, mt1 := v.tokenSpan(m)
		if v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, mt1) || v.in(titleModifier, mt1) && v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, mt1+1) {
			return m.EntityID
		}
		return ""
	}
	// ", president of Xinhua", ", deputy editor-in-chief of the People's Daily"
	k := j
	for k < len(v.toks) && k < j+3 && v.in(titleModifier, k) && !v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, k) {
		k++
	}
	_, n, ok := v.x.lex.Titles.AtIDs(v, v.ids, v.gate, k)
	if !ok {
		return ""
	}
	k += n
	for n := 0; n < 2; n++ {
		if _, n2, ok := v.x.lex.Titles.AtIDs(v, v.ids, v.gate, k); ok {
			k += n2
		}
	}
	if v.low(k) != "of" {
		return ""
	}
	k++
	if v.low(k) == "the" {
		k++
	}
	if km, m := v.mention(k); m != nil && !v.source[km] && (m.Type == document.Organization || m.Type == document.Country) {
		if m.Type == document.Country {
			if o := v.modifiedOrg(m); o >= 0 {
				if _, om := v.mention(o); om != nil {
					return om.EntityID // "of China's Xinhua"
				}
			}
		}
		return m.EntityID
	}
	return ""
}

// itsBefore reports "its" within the nine tokens before token q (a cheap
// test before a title is looked up).
func (v *view) itsBefore(q int) bool {
	for k := q - 1; k >= 0 && k >= q-9; k-- {
		if v.lows[k] == "its" {
			return true
		}
	}
	return false
}
