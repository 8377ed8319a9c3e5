package resolve

import (
	"slices"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// RuleOrgVariant: an organization a pattern found under another spelling
// of a name the article gives one organization (rule
// resolve.org.variant).
const RuleOrgVariant = "resolve.org.variant"

// mergeVariants gives an organization a pattern found the id of another
// organization of the article whose name, or a name the gazetteer knows
// for it, is the same words in another spelling: "Atlantic Federation of
// African Press Agencies" and the "Federation of Atlantic-African Press
// Agencies" that FAAPA names, "Organisation of Asia-Pacific News Agency"
// and "Organization of Asia-Pacific News Agencies", "Hill-Academy" and
// "Hill Academy". Words are compared in lower case, split at hyphens,
// without "of", "the", "and", "for", with British and plural endings
// folded; the same words in another order need three of them (two names
// of two words are one only in the same order). Two names that patterns
// found are one only when they differ in hyphens and case. The first
// organization named keeps its id; a name two organizations the gazetteer
// knows share merges nothing.
func (r *Resolver) mergeVariants(d *document.Document) {
	pattern := 0
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Type == document.Organization && strings.HasPrefix(m.Rule, "pat.") && strings.ContainsAny(m.Name, " -") {
			pattern++
		}
	}
	if pattern == 0 {
		return
	}
	type owner struct{ id, name string }
	byKey := map[string]owner{}
	// the names the gazetteer knows for the organizations it found first
	// (a name two of them share is no one's), then the names the patterns
	// found, the first one named keeping a name
	seen := map[string]bool{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || m.EntityID == "" || strings.HasPrefix(m.Rule, "pat.") || seen[m.EntityID] {
			continue
		}
		seen[m.EntityID] = true
		en, ok := r.gaz.Entry(m.EntityID)
		if !ok {
			continue
		}
		for _, n := range en.Names {
			for _, k := range variantKeys(n) {
				if o, ok := byKey[k]; !ok {
					byKey[k] = owner{m.EntityID, m.Name}
				} else if o.id != m.EntityID {
					byKey[k] = owner{}
				}
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || m.EntityID == "" || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		// two names the patterns found are one only when they differ in
		// hyphens and case ("Hill-Academy", "Hill Academy"); "School of
		// Media & Arts" and "School of Media and Arts" may be two schools
		if k, ok := hyphenKey(m.Text); ok {
			if _, ok := byKey[k]; !ok {
				byKey[k] = owner{m.EntityID, m.Name}
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		keys := variantKeys(m.Text)
		if k, ok := hyphenKey(m.Text); ok {
			keys = append(keys, k)
		}
		for _, k := range keys {
			if o, ok := byKey[k]; ok && o.id != "" && o.id != m.EntityID {
				m.EntityID, m.Name = o.id, o.name
				m.Rule += "+" + RuleOrgVariant
				break
			}
		}
	}
}

// hyphenKey returns the key of a name of two or more words that is the
// same in any case and with spaces for its hyphens.
func hyphenKey(text string) (string, bool) {
	if !strings.ContainsAny(text, " -") {
		return "", false
	}
	return "-" + strings.ToLower(strings.ReplaceAll(text, "-", " ")), true
}

// variantKeys returns the keys under which mergeVariants compares a name:
// its folded words in order, and in sorted order when there are three or
// more; none for a name of fewer than two words.
func variantKeys(text string) []string {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == ','
	})
	words := f[:0]
	for _, w := range f {
		switch w {
		case "of", "the", "and", "for", "&":
			continue
		}
		words = append(words, foldWord(w))
	}
	if len(words) < 2 {
		return nil
	}
	keys := []string{"=" + strings.Join(words, " ")}
	if len(words) >= 3 {
		s := slices.Clone(words)
		slices.Sort(s)
		keys = append(keys, "~"+strings.Join(s, " "))
	}
	return keys
}

// foldWord folds a British spelling and a plural ending: "organisation"
// and "organization", "agencies" and "agency", "centre" and "center".
func foldWord(w string) string {
	w = strings.ReplaceAll(w, "isation", "ization")
	switch {
	case strings.HasSuffix(w, "centre"):
		w = strings.TrimSuffix(w, "centre") + "center"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = strings.TrimSuffix(w, "s")
	}
	return w
}
