// Package resolve turns tagged mentions into entities: every mention of a
// country, organization, person or place gets a canonical id, and the
// mentions of one id become one Entity with its name, kind, home country,
// Wikidata id, aliases and mention list. Dates become date:<value>
// entities.
//
// Ids come from the gazetteer when the tagger matched an alias; otherwise
// they are derived from the name the pattern found (org:<slug>,
// person:<slug>). A person named in full once and by one word of the name
// later ("Trang") is one entity; so is an organization named in two forms
// ("Foreign Ministry" and "Ministry of Foreign Affairs", a demonym and the
// country's name, a brand with and without a generic tail).
//
// Files:
//   - resolve.go: Resolver, New, Apply
//   - variants.go: one organization under two spellings of its name
//   - reduced.go: one organization under forms that reduce to one core
//     (generic words, place and country cut off, an acronym alone)
package resolve

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// Resolver assigns ids and builds entities. It is immutable and safe for
// concurrent use.
type Resolver struct {
	gaz *gazetteer.Gazetteer
	// countries maps each alias that countriesInName accepts (an alias
	// of a country, not a combining form, no acronym shorter than three
	// bytes) to the country's ISO3 code, and the first word (up to the
	// first space) of each such alias to first: the few aliases of the
	// gazetteer that name a country, so the word runs of a name are not
	// looked up in the whole alias table, and a run starting with a word
	// that is no first word names no country. One map answers both, so a
	// word is looked up once.
	countries map[string]countryWord
	// variants maps the variant key of every name of a gazetteer
	// organization (variantKey) to its id, "" for a key two organizations
	// share (mergeVariants).
	variants map[string]string
}

// New returns a Resolver backed by g, which must not change afterwards.
func New(g *gazetteer.Gazetteer) *Resolver {
	r := &Resolver{gaz: g, countries: map[string]countryWord{}}
	for _, a := range g.Aliases {
		// through Lookup, so the table holds exactly what Lookup answers
		en, form, ok := g.Lookup(a.Text)
		if !ok || en.Type != document.Country {
			continue
		}
		lead := a.Text
		if k := strings.IndexAny(lead, " -"); k >= 0 {
			lead = lead[:k]
		}
		cw := r.countries[lead]
		cw.lead = true
		r.countries[lead] = cw
		if form == gazetteer.FormCombining || form == gazetteer.FormAcronym && len(a.Text) < 3 {
			continue
		}
		cw = r.countries[a.Text]
		cw.iso3, cw.alias, cw.acronym = document.IDKey(en.ID), true, form == gazetteer.FormAcronym
		r.countries[a.Text] = cw
		first, _, _ := strings.Cut(a.Text, " ")
		cw = r.countries[first]
		cw.first = true
		r.countries[first] = cw
	}
	r.variants = variantTable(g)
	return r
}

// countryWord is what Resolver.countries knows of a word or run of words:
// whether it is a country's alias (one countriesInName accepts), the
// country's ISO3 code and whether the alias is an acronym; whether such
// an alias starts with it (up to the first space); and whether any alias
// of a country, of any form, starts with it up to the first space or
// hyphen (lead), so that formKey asks the gazetteer about the two-word
// runs that start with such a word only.
type countryWord struct {
	iso3    string
	alias   bool
	acronym bool
	first   bool
	lead    bool
}

// Apply fills the EntityID of every name mention of d and replaces
// d.Entities with the article's entities, sorted by type then id.
func (r *Resolver) Apply(d *document.Document) {
	// persons first named in full, then by part of the name
	full := map[string]string{} // mention text -> person id
	for i := range d.Mentions {
		m := &d.Mentions[i]
		switch m.Type {
		case document.Person:
			if m.EntityID == "" && m.Name == "" {
				if e, form, ok := r.gaz.Lookup(m.Text); ok && e.Type == document.Person && form != gazetteer.FormSurname {
					m.EntityID, m.Name = e.ID, e.Name
				} else {
					m.EntityID = document.PersonID(m.Text)
					m.Name = m.Text
				}
			}
			if m.EntityID != "" {
				full[m.Text] = m.EntityID
			}
		case document.Organization:
			if m.EntityID == "" {
				name := m.Name
				if name == "" {
					name = m.Text
				}
				m.EntityID = document.OrgID(name)
				m.Name = name
			}
		case document.Place:
			if m.EntityID == "" {
				m.EntityID = document.PlaceID(m.Text)
				m.Name = m.Text
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type == document.Person && m.EntityID == "" && m.Name != "" {
			if id, ok := full[m.Name]; ok {
				m.EntityID = id
			} else {
				m.EntityID = document.PersonID(m.Name)
			}
		}
	}
	mergePartialPersons(d)
	splitJoinedNames(d)
	mergeQuotedNames(d)
	r.mergeMissions(d)
	r.mergeVariants(d)
	mergeInitials(d)
	mergeSpelledAcronyms(d)
	r.mergeForms(d)
	mergeBrands(d)
	mergeOrgans(d)
	r.mergeBrandDescriptions(d)
	r.mergeReduced(d)
	d.Entities = r.entities(d)
	r.countriesOf(d)
}

// mergePartialPersons gives a person mention whose name is part of exactly
// one longer person name of the article that name's id: the article names
// one person in full ("Jose Senchez", "Pham Minh Chính") and by part of the
// name elsewhere ("Senchez discussed", "PM Chinh"), also when a title
// pattern found the short form first. Words are compared without case and
// accents; a short name that fits two longer names ("Wang" of "Wang Yi"
// and "Wang Lin") stays as it is.
func mergePartialPersons(d *document.Document) {
	type full struct {
		id, name string
		words    []string
		parts    int // words and initials ("K. R. Lind" has three); -1 until counted
	}
	if countMentions(d, document.Person) < 2 {
		return
	}
	var fulls []full
	seen := map[string]bool{}
	words := map[string][]string{} // name -> nameWords(name)
	wordsOf := func(name string) []string {
		w, ok := words[name]
		if !ok {
			w = nameWords(name)
			words[name] = w
		}
		return w
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Person || seen[m.EntityID] {
			continue
		}
		name := m.Name
		if name == "" {
			name = m.Text
		}
		// "K. R. Wickramasinghe": initials and a surname are a full name
		// too (rule resolve.person.initials-surname)
		if w := wordsOf(name); len(w) >= 2 {
			seen[m.EntityID] = true
			fulls = append(fulls, full{id: m.EntityID, name: name, words: w, parts: -1})
		} else if len(w) == 1 {
			if p := nameParts(name); p >= 2 {
				seen[m.EntityID] = true
				fulls = append(fulls, full{id: m.EntityID, name: name, words: w, parts: p})
			}
		}
	}
	if len(fulls) == 0 {
		return
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		// a name the gazetteer knows keeps its id
		if m.Type != document.Person || strings.HasPrefix(m.Rule, "gaz.") {
			continue
		}
		name := m.Name
		if name == "" {
			name = m.Text
		}
		short := wordsOf(name)
		if len(short) == 0 {
			continue
		}
		parts := -1 // nameParts(name), counted when a full name needs it
		var into *full
		for k := range fulls {
			f := &fulls[k]
			if f.id == m.EntityID || !containsRun(f.words, short) {
				continue
			}
			if len(f.words) <= len(short) {
				if parts < 0 {
					parts = nameParts(name)
				}
				if f.parts < 0 {
					f.parts = nameParts(f.name)
				}
				if f.parts <= parts {
					continue
				}
			}
			if into != nil && into.id != f.id {
				into = nil // two candidates: leave it
				break
			}
			into = f
		}
		if into != nil {
			m.EntityID, m.Name = into.id, into.name
		}
	}
}

// splitJoinedNames splits an organization's mention that a pattern read
// over two names joined by "and" ("Fjordvision and Hillmark Media Group"
// in a headline) into the two, when the article names each of them alone
// elsewhere: each part takes the id of the organization it names there
// (rule resolve.org.split-and).
func splitJoinedNames(d *document.Document) {
	// named returns the first organization mention whose text is text
	// and holds no "and"
	named := func(text string) *document.Mention {
		for k := range d.Mentions {
			if o := &d.Mentions[k]; o.Type == document.Organization && o.Text == text {
				return o
			}
		}
		return nil
	}
	n := len(d.Mentions)
	for i := 0; i < n; i++ {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.org.") {
			continue
		}
		k := strings.Index(m.Text, " and ")
		if k < 0 {
			continue
		}
		left, right := m.Text[:k], m.Text[k+len(" and "):]
		if strings.Contains(right, " and ") {
			continue
		}
		l, r := named(left), named(right)
		if l == nil || r == nil || l.EntityID == r.EntityID {
			continue
		}
		lm, rm := *l, *r
		second := *m
		second.Span.Start = m.Span.Start + k + len(" and ")
		second.Text, second.EntityID, second.Name, second.Kind, second.Country = right, rm.EntityID, rm.Name, rm.Kind, rm.Country
		second.Rule = m.Rule + "+" + RuleOrgSplitAnd
		m.Span.End = m.Span.Start + k
		m.Text, m.EntityID, m.Name, m.Kind, m.Country = left, lm.EntityID, lm.Name, lm.Kind, lm.Country
		m.Rule += "+" + RuleOrgSplitAnd
		d.Mentions = append(d.Mentions, second) // m is not used after this
	}
	if len(d.Mentions) > n {
		// the tagger's order: by start, the longer first
		slices.SortStableFunc(d.Mentions, func(a, b document.Mention) int {
			if a.Span.Start != b.Span.Start {
				return a.Span.Start - b.Span.Start
			}
			return b.Span.End - a.Span.End
		})
	}
}

// mergeQuotedNames gives an organization named by its description and
// then, right after it in quotes, by its own name ('the National
// Information Agency of Tajikistan "Khovar"', 'the TV and Radio Company
// «Volga»') one id: the gazetteer's when one of the two is known, else the
// description's (rule resolve.org.quoted-name).
func mergeQuotedNames(d *document.Document) {
	for i := 0; i+1 < len(d.Mentions); i++ {
		a := &d.Mentions[i]
		if a.Type != document.Organization {
			continue
		}
		k := i + 1
		for k < len(d.Mentions) && d.Mentions[k].Span.Start < a.Span.End {
			k++ // mentions inside a's span (a country in its name)
		}
		if k == len(d.Mentions) {
			return
		}
		b := &d.Mentions[k]
		if b.Type != document.Organization || a.EntityID == b.EntityID || b.Span.Start <= a.Span.End {
			continue
		}
		// the byte before b: '"', or the last byte of '“' or '«'
		if b.Span.Start < 1 || b.Span.Start > len(d.Article.Body) {
			continue
		}
		if c := d.Article.Body[b.Span.Start-1]; c != '"' && c != 0x9c && c != 0xab {
			continue
		}
		switch strings.TrimSpace(d.Text(document.Span{Start: a.Span.End, End: b.Span.Start})) {
		case "\"", "\u201c", "\u00ab":
		default:
			continue
		}
		if after := d.Text(document.Span{Start: b.Span.End, End: min(b.Span.End+3, len(d.Article.Body))}); !strings.HasPrefix(after, "\"") &&
			!strings.HasPrefix(after, "\u201d") && !strings.HasPrefix(after, "\u00bb") {
			continue
		}
		from, into := b, a
		if strings.HasPrefix(b.Rule, "gaz.") && !strings.HasPrefix(a.Rule, "gaz.") {
			from, into = a, b
		}
		old := from.EntityID
		for j := range d.Mentions {
			if m := &d.Mentions[j]; m.Type == document.Organization && m.EntityID == old {
				m.EntityID, m.Name = into.EntityID, into.Name
				if into.Country != "" {
					m.Country = into.Country
				}
				m.Rule += "+" + RuleOrgQuotedName
			}
		}
	}
}

// soleOrganization returns an organization mention of d, of another
// entity than m, that match accepts, when all such mentions name one
// entity; nil when there is none or they name several.
func soleOrganization(d *document.Document, m *document.Mention, match func(o *document.Mention) bool) *document.Mention {
	var into *document.Mention
	for k := range d.Mentions {
		o := &d.Mentions[k]
		if o.Type != document.Organization || o.EntityID == m.EntityID || !match(o) {
			continue
		}
		if into != nil && into.EntityID != o.EntityID {
			return nil
		}
		into = o
	}
	return into
}

// mergeMissions gives an organization found by its form whose name is a
// longer name of the article without its place ("Lakeland Embassy" and
// "Lakeland Embassy in Nairobi"), without its country ("Media
// Development Agency" and "Lakeland Media Development Agency", "Ministry
// of Media" and "Ministry of Media of Lakeland") or a ministry's name
// without the rest of its list of fields ("Ministry of Information" and
// "Ministry of Information, Publicity and Broadcasting") that longer
// name's id: the text names one body with and without where it is; so is
// a club named without the member noun of its name ("Lakeside Club" and
// "Lakeside Journalists Club"). Two longer names with different places
// leave it as it is.
func (r *Resolver) mergeMissions(d *document.Document) {
	r.missionsInCountry(d)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") || m.Name == "" {
			continue
		}
		into := soleOrganization(d, m, func(o *document.Mention) bool {
			if len(o.Name) <= len(m.Name)+1 {
				return false
			}
			if m.Country != "" && o.Country != "" && m.Country != o.Country {
				return false
			}
			if strings.HasPrefix(o.Name, m.Name) {
				// "Ministry of Information" and "Ministry of Information,
				// Publicity and Broadcasting Services" or "Ministry of
				// Information of Lakeland" (not "Foreign Ministry" and
				// "Foreign Ministry of Lakeland": a foreign ministry is
				// named without its country in another country's news)
				ministry := strings.HasPrefix(m.Name, "Ministry of ")
				switch rest := o.Name[len(m.Name):]; {
				case strings.HasPrefix(rest, " in "):
					return true
				case strings.HasPrefix(rest, ", ") && ministry:
					return true
				case strings.HasPrefix(rest, " of ") && ministry:
					en, _, ok := r.gaz.Lookup(rest[len(" of "):])
					return ok && en.Type == document.Country
				case strings.HasPrefix(rest, " of the ") && strings.HasPrefix(o.Rule, "gaz.") && strings.Contains(m.Name, " ") && m.Country == "":
					// "the Publicity Department" after "the Publicity
					// Department of the CPC Central Committee" (a body the
					// gazetteer knows): the text names it by its head
					// alone (rule resolve.org.head-form)
					return true
				case strings.HasPrefix(rest, " of the Republic of "):
					// "Media Development Agency" after "Media Development
					// Agency of the Republic of Azerbaijan" (rule
					// resolve.org.without-republic)
					en, _, ok := r.gaz.Lookup(rest[len(" of the Republic of "):])
					return ok && en.Type == document.Country
				}
			}
			if strings.HasSuffix(o.Name, m.Name) && o.Name[len(o.Name)-len(m.Name)-1] == ' ' {
				en, _, ok := r.gaz.Lookup(o.Name[:len(o.Name)-len(m.Name)-1])
				return ok && en.Type == document.Country
			}
			return withoutMemberNoun(o.Name, m.Name)
		})
		if into != nil {
			m.EntityID, m.Name = into.EntityID, into.Name
			if into.Country != "" {
				m.Country = into.Country
			}
		}
	}
}

// missionsInCountry gives a mission a pattern found named with its host
// country ("Lakeland Embassy in Kenya") the id of the same mission named
// earlier with a city of that country ("Lakeland Embassy in Nairobi"):
// one embassy, told by its city and by its country (rule
// resolve.org.mission-country).
func (r *Resolver) missionsInCountry(d *document.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		head, country, ok := strings.Cut(m.Name, " in ")
		if !ok || !missionHeads[strings.ToLower(head[strings.LastIndexByte(head, ' ')+1:])] {
			continue
		}
		ce, _, ok := r.gaz.Lookup(country)
		if !ok || ce.Type != document.Country {
			continue
		}
		for j := range d.Mentions {
			o := &d.Mentions[j]
			if o.Span.Start >= m.Span.Start || o.Type != document.Organization || o.EntityID == m.EntityID || !strings.HasPrefix(o.Name, head+" in ") {
				continue
			}
			if pe, _, ok := r.gaz.Lookup(o.Name[len(head)+len(" in "):]); ok && pe.Type == document.Place && pe.Country == ce.Country {
				m.EntityID, m.Name = o.EntityID, o.Name
				break
			}
		}
	}
}

// missionHeads are the heads of diplomatic missions.
var missionHeads = map[string]bool{"embassy": true, "consulate": true, "consulate-general": true, "mission": true}

// memberNouns name the members of a club or association inside its name
// ("Lakeside Journalists Club"), a word the text may leave out.
var memberNouns = map[string]bool{"Journalists": true, "Journalists'": true, "Journalists’": true, "Reporters": true,
	"Editors": true, "Writers": true, "Correspondents": true, "Publishers": true, "Broadcasters": true}

// withoutMemberNoun reports whether short is long without the one member
// noun before its last word ("Lakeside Club" of "Lakeside Journalists
// Club"; rule resolve.org.member-noun): the text names one club with and
// without its members. "Hill Foundation" of "Hill Press Foundation" is
// another body.
func withoutMemberNoun(long, short string) bool {
	i := strings.LastIndexByte(long, ' ')
	if i <= 0 {
		return false
	}
	j := strings.LastIndexByte(long[:i], ' ')
	if j <= 0 || !memberNouns[long[j+1:i]] {
		return false
	}
	return len(short) == j+len(long)-i && short[:j] == long[:j] && short[j:] == long[i:]
}

// mergeInitials gives an acronym that a pattern found alone ("Editor of
// LPU") the id of the one organization of the article whose name it
// abbreviates ("Lakeside Press Union"): the capitals of the name's words,
// its small words ("of", "and") left out.
func mergeInitials(d *document.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		// only the patterns that find a name alone: an acronym the text
		// defined has its organization already
		switch m.Rule {
		case "pat.org.title-acronym", "pat.org.series", "pat.org.noun-name", "pat.org.name-noun", "pat.org.name-appos":
		default:
			continue
		}
		if m.Type != document.Organization || !isAcronym(m.Text) {
			continue
		}
		into := soleOrganization(d, m, func(o *document.Mention) bool {
			return !isAcronym(o.Text) && initials(o.Text) == m.Text
		})
		if into != nil {
			m.EntityID, m.Name, m.Country, m.Kind = into.EntityID, into.Name, into.Country, into.Kind
		}
	}
}

// mergeSpelledAcronyms gives an organization a pattern found by its form
// ("Maghreb Arab Press") the id of the gazetteer's organization whose
// acronym the article also uses ("MAP") when the name's initials spell
// that acronym and one such organization is named: the article names one
// body in full and by its acronym (rule resolve.org.spelled-acronym).
func mergeSpelledAcronyms(d *document.Document) {
	var acrs []int // the mentions of known acronyms, 3 letters or more
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Rule == "gaz.org.acronym" && m.Type == document.Organization && len(m.Text) >= 3 {
			acrs = append(acrs, i)
		}
	}
	if len(acrs) == 0 {
		return
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.org.") || isAcronym(m.Text) {
			continue
		}
		var into *document.Mention
		for _, k := range acrs {
			o := &d.Mentions[k]
			if o.EntityID == m.EntityID || !spells(m.Text, o.Text) {
				continue
			}
			if into != nil && into.EntityID != o.EntityID {
				into = nil // two organizations spell it: leave it
				break
			}
			into = o
		}
		if into == nil || m.Country != "" && into.Country != "" && m.Country != into.Country {
			continue
		}
		old, to := m.EntityID, *into // to: a copy, the loop below rewrites mentions
		for k := range d.Mentions {
			if o := &d.Mentions[k]; o.Type == document.Organization && o.EntityID == old {
				o.EntityID, o.Name, o.Kind = to.EntityID, to.Name, to.Kind
				if to.Country != "" {
					o.Country = to.Country
				}
				o.Rule += "+" + RuleOrgSpelledAcronym
			}
		}
	}
}

// spells reports whether the capitals that open the words of name (split
// at spaces and hyphens) are acr, as initials(name) == acr, without
// building the initials.
func spells(name, acr string) bool {
	n, start := 0, true
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == ' ' || c == '-' {
			start = true
			continue
		}
		if start && c >= 'A' && c <= 'Z' {
			if n >= len(acr) || acr[n] != c {
				return false
			}
			n++
		}
		start = false
	}
	return n == len(acr)
}

// mergeForms gives an organization found by its form that the article
// names in another form too the id of that form's organization (the first
// one named): a ministry named by its field before or after its head
// ("Foreign Ministry", "Ministry of Foreign Affairs"), a country's name and
// its demonym ("Thailand Journalists Association", "Thai Journalists
// Association"), and a name that only describes an organization by its
// country and kind ("the Chinese News Agency") when the article names one
// known organization of that country and kind (Xinhua). Two forms of two
// countries stay apart.
func (r *Resolver) mergeForms(d *document.Document) {
	type form struct {
		key, iso3, id, name string
		descriptive         bool
	}
	// the forms of the organizations found by their form: the gazetteer's
	// names have their ids already
	orgs := 0
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Type == document.Organization && strings.HasPrefix(m.Rule, "pat.") {
			orgs++
		}
	}
	if orgs == 0 {
		return
	}
	// one key per distinct text, country and id: most organizations are
	// named more than once (a few per article: a list, no map)
	type text struct{ text, country, id string }
	var texts []text
	forms := make([]form, 0, orgs)
	at := make([]int, 0, orgs) // the pattern mentions' forms, in order
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		tk := text{m.Text, m.Country, m.EntityID}
		k := slices.Index(texts, tk)
		if k < 0 {
			key, iso3, desc := r.formKey(m.Text, m.Country)
			k = len(forms)
			texts = append(texts, tk)
			forms = append(forms, form{key, iso3, m.EntityID, m.Name, desc})
		}
		at = append(at, k)
	}
	n := 0
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		f := forms[at[n]]
		n++
		// the same form of the same country named before; a form without
		// a country when one organization only has that form
		var into *form
		for j := range forms[:at[n-1]] {
			o := &forms[j]
			if o.id == m.EntityID || o.key != f.key || o.iso3 != f.iso3 && f.iso3 != "" {
				continue
			}
			if into != nil && into.id != o.id {
				into = nil
				break
			}
			if into == nil {
				into = o
			}
		}
		if into != nil {
			m.EntityID, m.Name = into.id, into.name
		}
		if f.descriptive && f.iso3 != "" {
			r.mergeDescriptive(d, m, f.iso3)
		}
	}
}

// brandTails are generic words that follow an outlet's brand in its full
// name ("Lakeside" and "Lakeside News").
var brandTails = []string{" News", " Media", " TV", " Radio", " Online", " News Agency", " Group", " Daily"}

// mergeBrands gives an organization found by its form whose name is a
// brand that another organization of the article names with a generic
// tail ("Lakeside" and "Lakeside News", "Dunmore" and "Dunmore Media
// Group"), or the same brand written with or without a space or hyphen
// earlier ("Lake Voice", then "LakeVoice"), that organization's id, when
// one organization only fits.
func mergeBrands(d *document.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") || m.Name == "" || strings.Count(m.Name, " ") > 2 {
			continue
		}
		// "Lakeside" and "Lakeside News"; "LakeVoice" and "Lake Voice"
		// (one brand written as one word and as two): the first named
		key := squeeze(m.Name)
		into := soleOrganization(d, m, func(o *document.Mention) bool {
			if len(o.Text) > len(m.Name) && strings.HasPrefix(o.Text, m.Name) && slices.Contains(brandTails, o.Text[len(m.Name):]) {
				return true
			}
			return o.Text != m.Name && len(key) >= 6 && squeezeEqual(o.Text, key) && o.Span.Start < m.Span.Start
		})
		if into != nil {
			m.EntityID, m.Name, m.Country, m.Kind = into.EntityID, into.Name, into.Country, into.Kind
		}
	}
}

// squeeze returns s lower-cased without spaces and hyphens: the key of
// one brand written as one word and as two ("LakeVoice", "Lake Voice",
// "Lake-Voice").
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		if r != ' ' && r != '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// squeezeEqual reports whether squeeze(s) == key without building
// squeeze(s): mergeBrands compares every organization of an article with
// each brand, and building the key of each allocated. It lower-cases as
// strings.ToLower does (unicode.ToLower per rune, an invalid byte as
// U+FFFD).
func squeezeEqual(s, key string) bool {
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		// an ASCII byte is compared as it is, lower-cased
		if c := s[i]; c < utf8.RuneSelf {
			i++
			c = lowerASCII(c)
			if c == ' ' || c == '-' {
				continue
			}
			if key == "" || key[0] != c {
				return false
			}
			key = key[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = unicode.ToLower(r)
		if r == ' ' || r == '-' {
			continue
		}
		b := utf8.AppendRune(buf[:0], r)
		if len(key) < len(b) || key[:len(b)] != string(b) {
			return false
		}
		key = key[len(b):]
	}
	return key == ""
}

// mergeDescriptive gives m, a name of a country and generic words only,
// the id of the one organization of the gazetteer the article names of
// that country and m's kind, unless the article gives m an acronym that
// is none of that organization's.
func (r *Resolver) mergeDescriptive(d *document.Document, m *document.Mention, iso3 string) {
	var into *gazetteer.Entry
	for j := range d.Mentions {
		o := &d.Mentions[j]
		if o.Type != document.Organization || !strings.HasPrefix(o.Rule, "gaz.") || o.EntityID == m.EntityID {
			continue
		}
		en, ok := r.gaz.Entry(o.EntityID)
		if !ok || en.Country != iso3 || en.Kind != m.Kind || !sharesHead(en.Name, m.Text) {
			continue
		}
		if into != nil && into.ID != en.ID {
			return // two candidates
		}
		into = &en
	}
	if into == nil {
		return
	}
	// "the Ethiopian Press Agency (EPA)" beside the Ethiopian News Agency
	// (ENA): a descriptive name the article gives an acronym of its own,
	// not the organization's, names another organization
	for j := range d.Mentions {
		o := &d.Mentions[j]
		if o.Type == document.Organization && o.EntityID == m.EntityID && o != m && isAcronym(o.Text) && !slices.Contains(into.Names, o.Text) {
			return
		}
	}
	m.EntityID, m.Name, m.Country = into.ID, into.Name, into.Country
}

// sharesHead reports whether the last word of desc, its head, is a word
// of name ("Chinese News Agency" and "Xinhua News Agency"; not "Lakeland
// Television" and "Radio Lake"); "TV" is the word "Television".
func sharesHead(name, desc string) bool {
	f := strings.Fields(desc)
	if len(f) == 0 {
		return false
	}
	head := f[len(f)-1]
	for _, w := range strings.Fields(name) {
		// "Kuwait TV" and "Kuwait Television": TV is the word's
		// abbreviation
		if strings.EqualFold(w, head) || strings.EqualFold(head, "tv") && strings.EqualFold(w, "television") {
			return true
		}
	}
	return false
}

// descriptiveWords are the words of a name that only describes an
// organization by its country and kind ("the Chinese News Agency").
var descriptiveWords = map[string]bool{
	"news": true, "agency": true, "press": true, "national": true, "television": true, "tv": true,
	"radio": true, "broadcasting": true,
	"corporation": true, "company": true, "the": true, "and": true, "of": true,
}

// formKey returns the key two forms of one organization's name share, the
// country the name names (else country) and whether the name holds no
// word but a country's and descriptive words: words lower-cased, a
// country's name or demonym replaced by its code, "<Field> Ministry"
// written "ministry of <field>" and "Foreign" as "Foreign Affairs".
func (r *Resolver) formKey(name, country string) (string, string, bool) {
	// word boundaries of name, at most 24 words, without a slice
	var bounds [24][2]int
	nw := 0
	for i := 0; i < len(name) && nw < len(bounds); {
		for i < len(name) && (name[i] == ' ' || name[i] == '-') {
			i++
		}
		j := i
		for j < len(name) && name[j] != ' ' && name[j] != '-' {
			j++
		}
		if j > i {
			bounds[nw] = [2]int{i, j}
			nw++
		}
		i = j
	}
	words := bounds[:nw]
	if len(words) > 0 && strings.EqualFold(name[words[0][0]:words[0][1]], "the") {
		words = words[1:]
	}
	iso3, descriptive, ministry := "", len(words) > 1, false
	var b strings.Builder
	b.Grow(len(name) + 16)
	put := func(sb *strings.Builder, w string) {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			sb.WriteByte(c)
		}
	}
	for i := 0; i < len(words); i++ {
		word := name[words[i][0]:words[i][1]]
		w := strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "\u2019s")
		// a country's alias that is no combining form and no acronym
		// (countries holds every alias of a country but the combining
		// forms and acronyms shorter than three bytes)
		cw := r.countries[w]
		if cw.alias && !cw.acronym {
			iso3 = cw.iso3
			put(&b, iso3)
			continue
		}
		// "South African", "Saudi Arabia": a country of two words, whose
		// alias starts with the word as written
		if len(w) != len(word) {
			cw = r.countries[word]
		}
		if i+1 < len(words) && w != "" && w[0] >= 'A' && w[0] <= 'Z' && cw.lead {
			if en, _, ok := r.gaz.Lookup(name[words[i][0]:words[i+1][1]]); ok && en.Type == document.Country {
				iso3 = document.IDKey(en.ID)
				put(&b, iso3)
				i++
				continue
			}
		}
		descriptive = descriptive && descriptiveLow(w)
		ministry = ministry || strings.EqualFold(w, "ministry")
		put(&b, w)
	}
	descriptive = descriptive && iso3 != ""
	if iso3 == "" {
		iso3 = country
	}
	if !ministry {
		return b.String(), iso3, descriptive
	}
	// "Foreign Ministry" = "Ministry of Foreign Affairs": the field words
	// after "ministry of", without the country
	var f strings.Builder
	f.Grow(len(name) + 16)
	f.WriteString("ministry of")
	for _, w := range strings.Fields(b.String()) {
		switch {
		case w == "ministry" || w == "of" || w == "the" || len(w) == 3 && strings.ToUpper(w) == w:
		default:
			f.WriteByte(' ')
			f.WriteString(w)
		}
	}
	if key := f.String(); key != "ministry of foreign" {
		return key, iso3, descriptive
	}
	return "ministry of foreign affairs", iso3, descriptive
}

// descriptiveLow is descriptiveWords[strings.ToLower(w)] without the
// lower-cased copy.
func descriptiveLow(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	return descriptiveWords[string(appendLower(buf[:0], w))]
}

// isAcronym reports whether s is 2 to 10 capital letters.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials returns the first letters of the capitalised words of name
// ("Lakeside Press Union" -> "LPU", "Union of Lake Journalists" -> "ULJ").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && r < utf8.RuneSelf {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameWords returns the words of a person's name lower-cased and without
// accents ("Chính" -> "chinh"); one-letter words (initials) are left out.
// nameParts counts the words and initials of a name ("K. R. Lind": 3).
func nameParts(name string) int {
	n, in := 0, false
	for _, r := range name {
		switch l := unicode.IsLetter(r) || r == '\''; {
		case l && !in:
			n++
			in = true
		case !l:
			in = false
		}
	}
	return n
}

func nameWords(name string) []string {
	var out []string
	if isASCII(name) {
		// the same words without a string per word: in ASCII the letters
		// are a-z and A-Z, lower-casing keeps the offsets and there is
		// no accent to fold
		low := document.LowerASCII(name)
		for i := 0; i < len(low); {
			for i < len(low) && !nameByte(low[i]) {
				i++
			}
			j := i
			for j < len(low) && nameByte(low[j]) {
				j++
			}
			if j-i > 1 {
				out = append(out, low[i:j])
			}
			i = j
		}
		return out
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		w = foldAccents(strings.ToLower(w))
		if len([]rune(w)) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// nameByte reports whether the lower-cased ASCII byte c belongs to a word
// of nameWords: a letter or an apostrophe.
func nameByte(c byte) bool { return c >= 'a' && c <= 'z' || c == '\'' }

// foldAccents drops the combining marks of s after canonical
// decomposition.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// containsRun reports whether short occurs in long as consecutive words.
func containsRun(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		// "Omar bin Rami" inside "Ali bin Omar bin Rami" is the father's
		// name, another person (one word alone, "Crown Prince Rami", is
		// the son's)
		if slices.Equal(long[i:i+len(short)], short) && !(len(short) >= 2 && i > 0 && patronymics[long[i-1]]) {
			return true
		}
	}
	return false
}

// patronymics are the words after which a name is a parent's ("bin").
var patronymics = map[string]bool{"bin": true, "ibn": true, "bint": true, "binti": true, "ben": true}

// Rules of the countries a text names through a place or an organization.
const (
	// RuleCountryOfPlace: a city named as a place names its country
	// ("held in Suva" -> Fiji).
	RuleCountryOfPlace = "resolve.country.place"
	// RuleOrgQuotedName: an organization's own name in quotes right
	// after its description is the same organization.
	RuleOrgQuotedName = "resolve.org.quoted-name"
	// RuleOrgSplitAnd: a pattern's name over two names joined by "and"
	// that the article names alone elsewhere is the two.
	RuleOrgSplitAnd = "resolve.org.split-and"
	// RuleOrgSpelledAcronym: a name found by its form whose initials
	// spell a known acronym the article uses is that organization.
	RuleOrgSpelledAcronym = "resolve.org.spelled-acronym"
	// RuleCountryInName: a country named inside an organization's name
	// ("the Namibian Ministry of Information", "Ghana News Agency").
	RuleCountryInName = "resolve.country.in-name"
)

// countriesOf adds the countries the text names only through a place in
// them or inside an organization's name, as MEASUREMENT.md counts them:
// each place with a known country, and each country name, demonym or
// adjective among the words of an organization's mention text (the text
// as written, never the gazetteer's canonical name: "Foreign Ministry"
// names no country even when it resolves to China's). Regions and blocs
// are not countries of the gazetteer, so they never come through. The
// added mentions carry the place's or the name's span.
func (r *Resolver) countriesOf(d *document.Document) {
	// the ids of the article's countries: an article names few, so a
	// slice is searched faster than a map is built
	var haveBuf [16]string
	have := haveBuf[:0]
	for i := range d.Entities {
		if e := &d.Entities[i]; e.Type == document.Country {
			have = append(have, e.ID)
		}
	}
	var added []document.Entity
	// inNames holds countriesInName of the texts of the organization at
	// hand: an organization is mostly named in the same few words each
	// time, and two organizations rarely in the same words
	type inName struct {
		text string
		isos []string
	}
	var inNamesBuf [8]inName
	note := func(iso3 string, m document.EntityMention, rule string, conf float64) {
		id := document.CountryID(iso3)
		if slices.Contains(have, id) {
			return
		}
		for k := range added {
			if added[k].ID == id {
				added[k].Mentions = append(added[k].Mentions, document.EntityMention{Text: m.Text, Start: m.Start, End: m.End, Rule: rule})
				return
			}
		}
		e := document.Entity{ID: id, Type: document.Country, Confidence: conf,
			Mentions: []document.EntityMention{{Text: m.Text, Start: m.Start, End: m.End, Rule: rule}}}
		if en, ok := r.gaz.Entry(id); ok {
			e.Name = en.Name
		}
		added = append(added, e)
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		switch e.Type {
		case document.Place:
			if e.Country == "" {
				continue
			}
			for _, m := range e.Mentions {
				if inProse(d, m.Start) {
					note(e.Country, m, RuleCountryOfPlace, 0.7)
				}
			}
		case document.Organization:
			// countriesInName is a function of the text alone
			inNames := inNamesBuf[:0]
			for _, m := range e.Mentions {
				k := 0
				for k < len(inNames) && inNames[k].text != m.Text {
					k++
				}
				if k == len(inNames) {
					inNames = append(inNames, inName{m.Text, r.countriesInName(m.Text)})
				}
				for _, iso3 := range inNames[k].isos {
					note(iso3, m, RuleCountryInName, 0.75)
				}
			}
		}
	}
	if len(added) == 0 {
		return
	}
	d.Entities = append(d.Entities, added...)
	slices.SortStableFunc(d.Entities, func(a, b document.Entity) int {
		if a.Type != b.Type {
			return strings.Compare(string(a.Type), string(b.Type))
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// inProse reports whether the byte offset off lies in the dateline or in
// a sentence that ends as prose does (".", "!", "?", a closing quote):
// a place in a menu or a run of links ("Consulate General in New York"
// among link titles) names no country of the story.
func inProse(d *document.Document, off int) bool {
	if dl := d.Article.Dateline; dl != nil && off >= dl.Span.Start && off < dl.Span.End {
		return true
	}
	i, ok := slices.BinarySearchFunc(d.Sentences, off, func(s document.Sentence, off int) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if !ok {
		return len(d.Sentences) == 0
	}
	text := strings.TrimRight(d.Text(d.Sentences[i].Span), " \n\t")
	if text == "" {
		return false
	}
	switch text[len(text)-1] {
	case '.', '!', '?', '"', ')':
		return true
	}
	return strings.HasSuffix(text, "\u201d") || strings.HasSuffix(text, "\u2019")
}

// countriesInName returns the countries whose name, short name or demonym
// is a run of whole words of text ("Kenya Broadcasting Corporation",
// "the Namibian Ministry of Information", "Saudi Press Agency").
func (r *Resolver) countriesInName(text string) []string {
	var wbuf [16]string
	words := nameFields(wbuf[:0], text)
	var out []string
	var buf [128]byte
	for i := 0; i < len(words); i++ {
		// every run from word i, with its "'s" cut, starts with words[i]
		// (or, alone, is words[i] without the "'s"): a first word that no
		// country alias starts with rules out the runs of i
		if !r.countries[words[i]].first {
			if w := trimPossessive(words[i]); len(w) == len(words[i]) || !r.countries[w].first {
				continue
			}
		}
		// "Latin American Union", "Inter-American Press Association": a
		// region's adjective is no country's demonym
		if i > 0 && americaRegions[words[i-1]] && strings.HasPrefix(words[i], "America") {
			continue
		}
		for n := min(4, len(words)-i); n >= 1; n-- {
			// the run joined by single spaces, built in buf (a map lookup
			// of string(bytes) does not allocate)
			w := append(buf[:0], words[i]...)
			for _, x := range words[i+1 : i+n] {
				w = append(append(w, ' '), x...)
			}
			w = bytes.TrimSuffix(bytes.TrimSuffix(w, []byte("'s")), []byte("\u2019s"))
			cw := r.countries[string(w)]
			iso3 := cw.iso3
			if !cw.alias {
				continue
			}
			if string(w) == "Georgia" {
				// "University of Georgia", "Georgia Public Broadcasting":
				// the name of a state of the United States as well; the
				// country comes from its own mentions ("Georgian" is the
				// country's)
				i += n - 1
				break
			}
			if !slices.Contains(out, iso3) {
				out = append(out, iso3)
			}
			// "Media Council of Papua New Guinea": the words of a
			// country's name hold no other country ("Guinea") (rule
			// resolve.country.in-name)
			i += n - 1
			break
		}
	}
	return out
}

// americaRegions are the words that make "American" name a region of
// the Americas rather than the United States.
var americaRegions = map[string]bool{"Latin": true, "South": true, "North": true, "Central": true, "Pan": true, "Inter": true, "Ibero": true, "Afro": true}

// nameFields appends to dst the words of an organization's name as
// countriesInName reads them: split at spaces, hyphens, brackets, commas
// and double quotes, as strings.FieldsFunc would, into the caller's
// buffer (most names have few words, so nothing is allocated).
func nameFields(dst []string, text string) []string {
	start := -1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ' ', '-', '(', ')', ',', '"':
			if start >= 0 {
				dst = append(dst, text[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		dst = append(dst, text[start:])
	}
	return dst
}

// trimPossessive returns w without a trailing "'s" or "\u2019s", as
// countriesInName cuts it from a run.
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
}

func (r *Resolver) entities(d *document.Document) []document.Entity {
	// entities are built in place in out, found by id through index; all
	// their mention lists share one backing array
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	index, out, counts := sc.index, sc.out[:0], sc.counts[:0]
	if cap(sc.ids) < len(d.Mentions) {
		sc.ids = make([]int, len(d.Mentions))
		sc.ends = make([]int, len(d.Mentions))
	}
	ids, ends := sc.ids[:len(d.Mentions)], sc.ends[:len(d.Mentions)]
	clear(ids)
	clear(ends)
	defer func() { sc.out, sc.counts = out, counts }()
	total := 0
	// add counts m for the entity id and returns its index+1
	add := func(id string, m *document.Mention) int {
		k, ok := index[id]
		if !ok {
			k = len(out)
			index[id] = k
			out = append(out, document.Entity{ID: id, Type: m.Type})
			r.describe(&out[k], *m)
			counts = append(counts, 0)
		}
		counts[k]++
		total++
		return k + 1
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		id := m.EntityID
		switch m.Type {
		case document.Country, document.Organization, document.Person, document.Place:
		case document.Date:
			if m.Value == "" {
				continue
			}
			// A range is two dates, its two ends (TimeML's begin and end
			// points): "March 3 to 5" gives date:2024-03-03 and
			// date:2024-03-05, each with the range's mention.
			if b, e, ok := strings.Cut(m.Value, "/"); ok && b != "" && e != "" && b != e {
				begin, end := *m, *m
				begin.Value, end.Value = b, e
				ids[i] = add(document.PrefixDate+":"+b, &begin)
				ends[i] = add(document.PrefixDate+":"+e, &end)
				continue
			}
			id = document.PrefixDate + ":" + m.Value
		default:
			continue
		}
		if id == "" {
			continue
		}
		ids[i] = add(id, m)
	}
	backing := make([]document.EntityMention, total)
	for k := range out {
		out[k].Mentions, backing = backing[:0:counts[k]], backing[counts[k]:]
	}
	// an entity has at most as many aliases as mentions: the alias lists
	// share one backing array too, given out when the first alias comes
	var aliases []string
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if ends[i] != 0 {
			for _, k := range [2]int{ids[i], ends[i]} {
				e := &out[k-1]
				e.Confidence = max(e.Confidence, m.Confidence)
				e.Mentions = append(e.Mentions, document.EntityMention{Text: m.Text, Start: m.Start, End: m.End, Rule: m.Rule})
			}
			continue
		}
		if ids[i] == 0 {
			continue
		}
		e := &out[ids[i]-1]
		if m.Confidence > e.Confidence {
			e.Confidence = m.Confidence
		}
		if e.Country == "" && m.Country != "" {
			e.Country = m.Country
		}
		if e.Parent == "" && m.Parent != "" && m.Parent != e.ID {
			e.Parent = m.Parent
		}
		e.Mentions = append(e.Mentions, document.EntityMention{Text: m.Text, Start: m.Start, End: m.End, Rule: m.Rule})
		if m.Text != e.Name && !contains(e.Aliases, m.Text) {
			if e.Aliases == nil {
				if aliases == nil {
					aliases = make([]string, total)
				}
				n := cap(e.Mentions)
				e.Aliases, aliases = aliases[:0:n], aliases[n:]
			}
			e.Aliases = append(e.Aliases, m.Text)
		}
	}
	// sort by type and id through small keys, moving each entity once
	keys := sc.keys[:0]
	for i := range out {
		keys = append(keys, key{out[i].Type, out[i].ID, i})
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.typ != b.typ {
			return strings.Compare(string(a.typ), string(b.typ))
		}
		return strings.Compare(a.id, b.id)
	})
	sorted := make([]document.Entity, len(out), len(out)+len(out)/4+4)
	for k, key := range keys {
		sorted[k] = out[key.i]
	}
	sc.keys = keys
	return sorted
}

// scratch is the working memory of entities that does not go into the
// output; scratchPool recycles it.
type scratch struct {
	index  map[string]int
	out    []document.Entity
	counts []int
	ids    []int // per mention, the index+1 of its entity in out, 0 for none
	ends   []int // per mention, the index+1 of a date range's end, else 0
	keys   []key
}

// key is what entities are sorted by, with the entity's index.
type key struct {
	typ document.EntityType
	id  string
	i   int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{index: map[string]int{}} }}

func (sc *scratch) release() {
	clear(sc.index)
	clear(sc.out)
	clear(sc.ids)
	clear(sc.ends)
	clear(sc.keys)
	sc.out, sc.counts, sc.keys = sc.out[:0], sc.counts[:0], sc.keys[:0]
	scratchPool.Put(sc)
}

// describe fills an entity's name, kind, country and QID from the
// gazetteer, else from the mention.
func (r *Resolver) describe(e *document.Entity, m document.Mention) {
	if en, ok := r.gaz.Entry(e.ID); ok {
		e.Name, e.Kind, e.QID = en.Name, en.Kind, en.QID
		if en.Type != document.Country {
			e.Country = en.Country
		}
		if en.Type == document.Place {
			e.Kind = ""
		}
		return
	}
	switch m.Type {
	case document.Date:
		e.Name = m.Value
		e.Value = m.Value
		e.Granularity = m.Kind
	case document.Organization:
		e.Name = m.Name
		e.Kind = m.Kind
		e.Country = m.Country
	default:
		e.Name = m.Name
	}
	if e.Name == "" {
		e.Name = strings.TrimSpace(m.Text)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// mergeOrgans gives an organ named by its owner's acronym ("LBU Executive
// Council") the id of the same organ the article names in full after
// "of" ("Executive Council of the Lakeland Broadcasting Union (LBU)"):
// the acronym must name, in the article, the organization whose name
// follows "of (the)"; the mention's rule gains "+organ".
func mergeOrgans(d *document.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") {
			continue
		}
		acr, organ, ok := strings.Cut(m.Text, " ")
		if !ok || !isAcronym(acr) || organ == "" {
			continue
		}
		// the organization the acronym names here, and its names
		owner := ""
		for j := range d.Mentions {
			if o := &d.Mentions[j]; o.Type == document.Organization && o.Text == acr {
				owner = o.EntityID
				break
			}
		}
		if owner == "" {
			continue
		}
		organOf := organ + " of "
		for j := range d.Mentions {
			o := &d.Mentions[j]
			if o.Type != document.Organization || o.EntityID == m.EntityID || o.EntityID == owner {
				continue
			}
			rest, found := strings.CutPrefix(o.Text, organOf)
			if !found {
				continue
			}
			rest = strings.TrimPrefix(rest, "the ")
			named := false
			for k := range d.Mentions {
				if p := &d.Mentions[k]; p.Type == document.Organization && p.EntityID == owner && (p.Text == rest || p.Name == rest) {
					named = true
					break
				}
			}
			if named {
				m.EntityID, m.Name = o.EntityID, o.Name
				m.Rule += "+organ"
				break
			}
		}
	}
}

// mergeBrandDescriptions gives a name found by its form that opens with
// the name of a known organization the article names, followed by words
// that only describe it, the known organization's id: "the Lakepress
// National News Agency of the Lakeland Republic" is Lakepress. The
// describing words are descriptiveWords, "state", "international",
// "republic" and countries' names and adjectives; the mention's rule
// gains "+brand".
func (r *Resolver) mergeBrandDescriptions(d *document.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != document.Organization || !strings.HasPrefix(m.Rule, "pat.") || strings.Count(m.Text, " ") < 2 {
			continue
		}
		for j := range d.Mentions {
			o := &d.Mentions[j]
			if o.Type != document.Organization || !strings.HasPrefix(o.Rule, "gaz.") || o.EntityID == m.EntityID {
				continue
			}
			// m.Text is o.Text, a space and the rest
			if len(m.Text) <= len(o.Text) || m.Text[len(o.Text)] != ' ' || !strings.HasPrefix(m.Text, o.Text) || !r.describesOnly(m.Text[len(o.Text)+1:]) {
				continue
			}
			m.EntityID, m.Name, m.Country = o.EntityID, o.Name, o.Country
			m.Rule += "+brand"
			break
		}
	}
}

// describesOnly reports whether every word of s describes an
// organization by its kind or country only, and one of them is a whole
// organization's noun (agency, corporation, company).
func (r *Resolver) describesOnly(s string) bool {
	kind := false
	for _, w := range strings.Fields(s) {
		switch lw := strings.ToLower(w); {
		case descriptiveLow(w):
			// a whole organization's noun: "Lakepress International
			// Broadcasting" names a service of Lakepress, no other name
			if lw == "agency" || lw == "corporation" || lw == "company" {
				kind = true
			}
		case lw == "state" || lw == "international" || lw == "republic" || lw == "federation" || lw == "information":
		default:
			if en, _, ok := r.gaz.Lookup(w); !ok || en.Type != document.Country {
				return false
			}
		}
	}
	return kind
}

// countMentions returns the number of mentions of type t in d.
func countMentions(d *document.Document, t document.EntityType) int {
	n := 0
	for i := range d.Mentions {
		if d.Mentions[i].Type == t {
			n++
		}
	}
	return n
}
