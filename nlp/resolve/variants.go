package resolve

import (
	"bytes"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// RuleOrgVariant: an organization a pattern found under another spelling
// of a name the article gives one organization (rule
// resolve.org.variant).
const RuleOrgVariant = "resolve.org.variant"

// variantTable maps the variant key of every name of the gazetteer's
// organizations to the organization's id; a key two organizations share
// maps to "".
func variantTable(g *gazetteer.Gazetteer) map[string]string {
	t := map[string]string{}
	var buf [variantBuf]byte
	for _, en := range g.Entries {
		if en.Type != document.Organization {
			continue
		}
		for _, n := range en.Names {
			k, ok := variantKey(buf[:0], n, false)
			if !ok {
				continue
			}
			if id, seen := t[string(k)]; !seen {
				t[string(k)] = en.ID
			} else if id != en.ID {
				t[string(k)] = ""
			}
		}
	}
	return t
}

// mergeVariants gives an organization a pattern found the id of an
// organization the gazetteer found in the article when one of the
// gazetteer's names for it is the same words in another spelling:
// "Atlantic Federation of African Press Agencies" and the "Federation of
// Atlantic-African Press Agencies" that FAAPA names, "Organisation of
// Asia-Pacific News Agency" and "Organization of Asia-Pacific News
// Agencies" (OANA). Words are compared as variantKey folds them. Two
// names that patterns found are one when they are the same three words or
// more in another order (reordered) or differ only in hyphens and case
// ("Hill-Academy", "Hill Academy"): the first one named keeps its id.
func (r *Resolver) mergeVariants(d *document.Document) {
	var buf [variantBuf]byte
	var order orderKeys
	hyphens := false // a pattern's name with a hyphen
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Type == document.Organization && strings.HasPrefix(m.Rule, "pat.") && strings.IndexByte(m.Text, '-') >= 0 {
			hyphens = true
			break
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		if k, ok := variantKey(buf[:0], m.Text, false); ok {
			if id := r.variants[string(k)]; id != "" && id != m.EntityID {
				if o := foundByGazetteer(d, id); o != nil {
					m.EntityID, m.Name = o.EntityID, o.Name
					m.Rule += "+" + RuleOrgVariant
					continue
				}
			}
		}
		if order.reordered(d, i) || !hyphens {
			continue
		}
		for j := range d.Mentions {
			o := &d.Mentions[j]
			if o.Type == document.Organization && o.EntityID != m.EntityID && o.Span.Start < m.Span.Start && strings.HasPrefix(o.Rule, "pat.") && sameButHyphens(o.Text, m.Text) {
				m.EntityID, m.Name = o.EntityID, o.Name
				m.Rule += "+" + RuleOrgVariant
				break
			}
		}
	}
}

// orderKeys holds the variant keys with "and" kept (variantKey with
// keepAnd) of a document's mentions, each made once when first needed:
// reordered compares a mention's key with those of all the mentions
// before it.
type orderKeys struct {
	buf  []byte
	keys [][]byte // a mention's key, nil for none of three words or more
	made []bool
}

// key returns the key of mention j, nil when it has none of three words
// or more.
func (ks *orderKeys) key(d *document.Document, j int) []byte {
	if ks.made == nil {
		ks.keys = make([][]byte, len(d.Mentions))
		ks.made = make([]bool, len(d.Mentions))
	}
	if !ks.made[j] {
		ks.made[j] = true
		start := len(ks.buf)
		if k, ok := variantKey(ks.buf, d.Mentions[j].Text, true); ok && bytes.Count(k[start:], []byte(" ")) >= 2 {
			ks.buf, ks.keys[j] = k, k[start:]
		}
	}
	return ks.keys[j]
}

// reordered gives the organization mention i that a pattern found the id
// of an earlier one a pattern found when both names have three words or
// more and are the same words in another order ("Association of Lakeland
// Media" and "Lakeland Media Association"), "and" and "&" kept apart
// ("School of Media and Arts" and "School of Media & Arts" may be two
// schools). It reports whether it did.
func (ks *orderKeys) reordered(d *document.Document, i int) bool {
	m := &d.Mentions[i]
	if strings.Count(m.Text, " ") < 2 {
		return false
	}
	k := ks.key(d, i)
	if k == nil {
		return false
	}
	for j := range d.Mentions {
		o := &d.Mentions[j]
		if o.Span.Start >= m.Span.Start || o.Type != document.Organization || o.EntityID == m.EntityID || !strings.HasPrefix(o.Rule, "pat.") || strings.Count(o.Text, " ") < 2 {
			continue
		}
		if bytes.Equal(k, ks.key(d, j)) {
			m.EntityID, m.Name = o.EntityID, o.Name
			m.Rule += "+" + RuleOrgVariant
			return true
		}
	}
	return false
}

// foundByGazetteer returns a mention of d of organization id that the
// gazetteer found, or nil.
func foundByGazetteer(d *document.Document, id string) *document.Mention {
	for i := range d.Mentions {
		if o := &d.Mentions[i]; o.EntityID == id && !strings.HasPrefix(o.Rule, "pat.") {
			return o
		}
	}
	return nil
}

// sameButHyphens reports whether a and b are the same in ASCII case with
// a hyphen for a space, both of two words or more.
func sameButHyphens(a, b string) bool {
	if len(a) != len(b) || !strings.ContainsAny(a, " -") {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == '-' {
			x = ' '
		}
		if y == '-' {
			y = ' '
		}
		if lowerASCII(x) != lowerASCII(y) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// variantBuf bounds the bytes of a variant key; a longer name has none.
const variantBuf = 256

// variantKey appends to dst the key under which mergeVariants compares a
// name: its words in lower case, split at spaces, hyphens, dashes and
// commas, without "of", "the", "and", "for" and "&", with "isation",
// "centre" and plural endings folded ("organisations" is "organization"),
// in sorted order when there are three or more (in their order when
// there are two); with keepAnd, "and" and "&" stay words. A name of one
// word, or of more than sixteen, has none.
// It allocates nothing.
func variantKey(dst []byte, name string, keepAnd bool) ([]byte, bool) {
	type span struct{ a, b int }
	var words [16]span
	var fold [variantBuf]byte
	n, used := 0, 0
	for i := 0; i < len(name); {
		for i < len(name) && variantSep(name, i) > 0 {
			i += variantSep(name, i)
		}
		j := i
		for j < len(name) && variantSep(name, j) == 0 {
			j++
		}
		if j == i {
			break
		}
		w := name[i:j]
		i = j
		if strings.EqualFold(w, "of") || strings.EqualFold(w, "the") || strings.EqualFold(w, "for") || !keepAnd && (strings.EqualFold(w, "and") || w == "&") {
			continue
		}
		if n == len(words) || used+len(w)+2 > len(fold) {
			return dst, false
		}
		a := used
		for k := 0; k < len(w); k++ {
			fold[used] = lowerASCII(w[k])
			used++
		}
		used = a + foldEnding(fold[a:used])
		words[n] = span{a, used}
		n++
	}
	if n < 2 {
		return dst, false
	}
	ws := words[:n]
	if n >= 3 {
		// insertion sort: a name has few words
		for i := 1; i < n; i++ {
			for j := i; j > 0 && bytes.Compare(fold[ws[j].a:ws[j].b], fold[ws[j-1].a:ws[j-1].b]) < 0; j-- {
				ws[j], ws[j-1] = ws[j-1], ws[j]
			}
		}
	}
	for i, w := range ws {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, fold[w.a:w.b]...)
	}
	return dst, true
}

// variantSep returns the length of the separator at name[i] (a space, a
// hyphen, a comma, an en or em dash), 0 if there is none.
func variantSep(name string, i int) int {
	switch name[i] {
	case ' ', '-', ',':
		return 1
	case "–"[0]: // the first byte of both dashes
		if strings.HasPrefix(name[i:], "–") || strings.HasPrefix(name[i:], "—") {
			return len("–")
		}
	}
	return 0
}

// foldEnding folds the ending of the lower-case word w in place and
// returns its new length: "isation" as "ization", "centre" as "center",
// "ies" as "y", a plural "s" (not "ss") cut from a word of four letters or
// more.
func foldEnding(w []byte) int {
	n := len(w)
	switch {
	case bytes.HasSuffix(w, []byte("isation")):
		w[n-6] = 'z'
	case bytes.HasSuffix(w, []byte("isations")):
		w[n-7] = 'z'
		n--
	case bytes.HasSuffix(w, []byte("centre")):
		w[n-2], w[n-1] = 'e', 'r'
	case bytes.HasSuffix(w, []byte("ies")) && n > 4:
		w[n-3] = 'y'
		n -= 2
	case bytes.HasSuffix(w, []byte("s")) && !bytes.HasSuffix(w, []byte("ss")) && n > 3:
		n--
	}
	return n
}
