package gazetteer

import (
	"embed"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/pariz/gountries"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/mediakg/mediakg/nlp/document"
)

//go:embed data/*.yaml
var dataFS embed.FS

// embeddedFiles are read in this order; an alias claimed by an earlier
// entry is not given to a later one (countries win over places, places
// over persons).
// The generated files (state_media.yaml, news_media.yaml,
// broadcasters.yaml, cities.yaml) come after the curated file of their
// kind, so a curated entry keeps its names.
var embeddedFiles = []string{"data/countries.yaml", "data/organizations.yaml", "data/state_media.yaml",
	"data/news_media.yaml", "data/broadcasters.yaml", "data/places.yaml", "data/cities.yaml", "data/persons.yaml"}

// Form says which kind of name an alias is; the tagger derives its rule id
// ("gaz.country.demonym") and confidence from it.
type Form string

// Alias forms.
const (
	FormName      Form = "name"      // common or canonical name
	FormOfficial  Form = "official"  // official long name
	FormNative    Form = "native"    // name in Chinese or Russian
	FormAcronym   Form = "acronym"   // abbreviation, exact case
	FormDemonym   Form = "demonym"   // adjective or nationality noun
	FormCombining Form = "combining" // "Sino" before a hyphen
	FormAlias     Form = "alias"     // other name
	FormSurname   Form = "surname"   // a known person's surname alone
	FormBlocked   Form = "blocked"   // phrase that is not an entity ("Latin America")
)

// Confidence returns the confidence of a tag made from an alias of form f.
func (f Form) Confidence() float64 {
	switch f {
	case FormAcronym:
		return 0.95
	case FormDemonym, FormCombining:
		return 0.9
	case FormSurname:
		return 0.85
	}
	return 1
}

// Case says how an alias may be written in the text.
type Case uint8

// Case rules.
const (
	// CaseTitle matches the alias as written or in all capitals
	// ("China", "CHINA"), never in lower case ("china").
	CaseTitle Case = iota
	// CaseExact matches only as written ("US", never "us").
	CaseExact
	// CaseWritten matches as written, with the other apostrophe and a
	// lower-case leading "the", but not in all capitals: the long names
	// of a generated file (file key all_caps_up_to), whose all-capitals
	// spellings would double the automaton for headlines only.
	CaseWritten
)

// Entry is one known entity.
type Entry struct {
	// ID is canonical: country:CHN, org:xinhua, place:beijing,
	// person:vladimir-putin.
	ID   string
	Type document.EntityType
	Name string
	// Kind is the organization kind, or "capital"/"city" for places.
	Kind string
	// Country is the ISO3 code of the country (countries: their own code;
	// organizations, places, persons: their home country).
	Country string
	QID     string
	// Title is a person's role when the gazetteer knows it.
	Title string
	// Capital marks a place that is its country's capital.
	Capital bool
	// Names are all names and aliases of the entry, canonical name first.
	Names []string
}

// Alias is one surface form the tagger looks for.
type Alias struct {
	Text string
	Case Case
	Form Form
	// Entry indexes Gazetteer.Entries; -1 for blocked phrases.
	Entry int
}

// Gazetteer holds every entry and alias. It is immutable after Load and
// safe for concurrent use.
type Gazetteer struct {
	Entries []Entry
	Aliases []Alias
	// Conflicts lists alias texts that two entries claimed; the first
	// entry keeps them.
	Conflicts []string

	byID    map[string]int
	byAlias map[string]int
	// capitalOf maps a country's ISO3 code to its capital's entry; a
	// capital of a data file wins over the gountries one
	capitalOf map[string]int
}

// Entry returns the entry with id.
func (g *Gazetteer) Entry(id string) (Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Entry{}, false
	}
	return g.Entries[i], true
}

// CountryByISO3 returns the country entry with ISO 3166-1 alpha-3 code
// iso3.
func (g *Gazetteer) CountryByISO3(iso3 string) (Entry, bool) {
	return g.Entry(document.CountryID(iso3))
}

// CapitalOf returns the capital of the country with ISO3 code iso3 ("the
// Vietnamese capital" is Hanoi).
func (g *Gazetteer) CapitalOf(iso3 string) (Entry, bool) {
	i, ok := g.capitalOf[iso3]
	if !ok {
		return Entry{}, false
	}
	return g.Entries[i], true
}

// Lookup returns the entry whose alias is exactly text, if any.
func (g *Gazetteer) Lookup(text string) (Entry, Form, bool) {
	i, ok := g.byAlias[text]
	if !ok || g.Aliases[i].Entry < 0 {
		return Entry{}, "", false
	}
	a := g.Aliases[i]
	return g.Entries[a.Entry], a.Form, true
}

// file is the format of every gazetteer data file, embedded or extra.
type file struct {
	// AllCapsUpTo, when set, limits the all-capitals spelling of the
	// file's organization names to names of at most that many words.
	AllCapsUpTo     int                    `yaml:"all_caps_up_to"`
	ExcludeNames    []string               `yaml:"exclude_names"`
	NotCountries    []string               `yaml:"not_countries"`
	Countries       map[string]countrySpec `yaml:"countries"`
	Organizations   []orgSpec              `yaml:"organizations"`
	ExcludeCapitals []string               `yaml:"exclude_capitals"`
	Places          []placeSpec            `yaml:"places"`
	Persons         []personSpec           `yaml:"persons"`
}

type countrySpec struct {
	Names     []string `yaml:"names"`
	Acronyms  []string `yaml:"acronyms"`
	Demonyms  []string `yaml:"demonyms"`
	Plurals   []string `yaml:"plurals"`
	Combining []string `yaml:"combining"`
	QID       string   `yaml:"qid"`
}

type orgSpec struct {
	Key      string   `yaml:"key"`
	Name     string   `yaml:"name"`
	Kind     string   `yaml:"kind"`
	Country  string   `yaml:"country"`
	QID      string   `yaml:"qid"`
	Aliases  []string `yaml:"aliases"`
	Acronyms []string `yaml:"acronyms"`
}

type placeSpec struct {
	Name    string   `yaml:"name"`
	Country string   `yaml:"country"`
	Capital bool     `yaml:"capital"`
	QID     string   `yaml:"qid"`
	Aliases []string `yaml:"aliases"`
}

type personSpec struct {
	Name     string   `yaml:"name"`
	Country  string   `yaml:"country"`
	Title    string   `yaml:"title"`
	Aliases  []string `yaml:"aliases"`
	Surnames []string `yaml:"surnames"`
}

var validKinds = map[string]bool{
	document.KindNewsAgency: true, document.KindNewspaper: true, document.KindBroadcaster: true,
	document.KindOnlineMedia: true, document.KindGovernmentBody: true, document.KindInternationalOrg: true,
	document.KindCompany: true, document.KindOther: true,
}

// Load builds the gazetteer from gountries, the embedded data files and
// the extra files (same YAML format as data/*.yaml), in that order. An
// extra organization with an existing key adds aliases to it and
// overrides the fields it sets.
func Load(extra ...string) (*Gazetteer, error) {
	var files []file
	names := append([]string(nil), embeddedFiles...)
	for _, name := range embeddedFiles {
		raw, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: read embedded %s: %w", name, err)
		}
		f, err := parse(raw, name)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	for _, path := range extra {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: read %s: %w", path, err)
		}
		f, err := parse(raw, path)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		names = append(names, path)
	}
	b := newBuilder()
	if err := b.build(files, names); err != nil {
		return nil, err
	}
	return b.g, nil
}

func parse(raw []byte, name string) (file, error) {
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("gazetteer: parse %s: %w", name, err)
	}
	return f, nil
}

type builder struct {
	g *Gazetteer
	// aliasesOf collects aliases per entry before they are registered, so
	// that countries (first) keep their names.
	excludeNames    map[string]bool
	excludeCapitals map[string]bool
}

func newBuilder() *builder {
	return &builder{
		g:               &Gazetteer{byID: map[string]int{}, byAlias: map[string]int{}, capitalOf: map[string]int{}},
		excludeNames:    map[string]bool{},
		excludeCapitals: map[string]bool{},
	}
}

func (b *builder) entry(e Entry) int {
	if i, ok := b.g.byID[e.ID]; ok {
		return i
	}
	b.g.Entries = append(b.g.Entries, e)
	i := len(b.g.Entries) - 1
	b.g.byID[e.ID] = i
	return i
}

// add registers alias text (and its spelling variants) for entry i.
func (b *builder) add(i int, text string, c Case, form Form) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	for _, v := range variants(text, c) {
		if j, ok := b.g.byAlias[v]; ok {
			if prev := b.g.Aliases[j].Entry; prev != i && prev >= 0 && i >= 0 {
				b.g.Conflicts = append(b.g.Conflicts, fmt.Sprintf("%q: %s keeps it, %s loses it",
					v, b.g.Entries[prev].ID, b.g.Entries[i].ID))
			}
			continue
		}
		b.g.Aliases = append(b.g.Aliases, Alias{Text: v, Case: c, Form: form, Entry: i})
		b.g.byAlias[v] = len(b.g.Aliases) - 1
	}
	if i >= 0 {
		e := &b.g.Entries[i]
		for _, n := range e.Names {
			if n == text {
				return
			}
		}
		e.Names = append(e.Names, text)
	}
}

// variants returns text and the spellings the case rule allows: the other
// apostrophe, all capitals for title-case names, and a lower-case "the"
// for names that start with "The".
func variants(text string, c Case) []string {
	out := []string{text}
	push := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	if strings.Contains(text, "'") {
		push(strings.ReplaceAll(text, "'", "’"))
	}
	if strings.Contains(text, "’") {
		push(strings.ReplaceAll(text, "’", "'"))
	}
	if c == CaseTitle || c == CaseWritten {
		n := len(out)
		for _, s := range out[:n] {
			if hasLower(s) && c == CaseTitle {
				push(strings.ToUpper(s))
			}
			if strings.HasPrefix(s, "The ") {
				push("the " + s[4:])
			}
		}
	}
	return out
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func (b *builder) build(files []file, names []string) error {
	for _, f := range files {
		for _, n := range f.ExcludeNames {
			b.excludeNames[n] = true
		}
		for _, n := range f.ExcludeCapitals {
			b.excludeCapitals[n] = true
		}
	}
	// blocked phrases first: they must win over the names inside them
	for _, f := range files {
		for _, n := range f.NotCountries {
			b.add(-1, n, CaseTitle, FormBlocked)
		}
	}
	if err := b.countries(files, names); err != nil {
		return err
	}
	if err := b.organizations(files, names); err != nil {
		return err
	}
	if err := b.places(files, names); err != nil {
		return err
	}
	return b.persons(files, names)
}

// countries adds every ISO 3166-1 country of gountries with its common,
// official, Chinese and Russian names, then the curated names of the data
// files.
func (b *builder) countries(files []file, names []string) error {
	q := gountries.New()
	all := make([]gountries.Country, 0, len(q.Countries))
	for _, c := range q.Countries {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Alpha3 < all[j].Alpha3 })
	iso := map[string]int{}
	type pending struct {
		i    int
		c    gountries.Country
		spec countrySpec
	}
	var order []pending
	for _, c := range all {
		if c.Alpha3 == "" {
			continue
		}
		i := b.entry(Entry{ID: document.CountryID(c.Alpha3), Type: document.Country, Name: c.Name.Common, Country: c.Alpha3})
		iso[c.Alpha3] = i
		order = append(order, pending{i: i, c: c})
	}
	for fi, f := range files {
		keys := make([]string, 0, len(f.Countries))
		for k := range f.Countries {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			i, ok := iso[strings.ToUpper(k)]
			if !ok {
				return fmt.Errorf("gazetteer: %s: countries: %q is not an ISO 3166-1 alpha-3 code", names[fi], k)
			}
			s := f.Countries[k]
			for pi := range order {
				if order[pi].i == i {
					o := &order[pi].spec
					o.Names = append(o.Names, s.Names...)
					o.Acronyms = append(o.Acronyms, s.Acronyms...)
					o.Demonyms = append(o.Demonyms, s.Demonyms...)
					o.Plurals = append(o.Plurals, s.Plurals...)
					o.Combining = append(o.Combining, s.Combining...)
					if s.QID != "" {
						b.g.Entries[i].QID = s.QID
					}
				}
			}
		}
	}
	// names before demonyms, across all countries, so that a country's
	// name is never taken by another country's adjective
	for _, p := range order {
		for _, n := range []string{p.c.Name.Common} {
			if !b.excludeNames[n] {
				b.add(p.i, n, CaseTitle, FormName)
			}
		}
		for _, n := range p.spec.Names {
			b.add(p.i, n, CaseTitle, FormName)
		}
	}
	for _, p := range order {
		if n := p.c.Name.Official; !b.excludeNames[n] {
			b.add(p.i, n, CaseTitle, FormOfficial)
		}
		for _, a := range p.spec.Acronyms {
			b.add(p.i, a, CaseExact, FormAcronym)
		}
	}
	for _, p := range order {
		for _, d := range p.spec.Demonyms {
			b.add(p.i, d, CaseTitle, FormDemonym)
			if pl := plural(d); pl != "" {
				b.add(p.i, pl, CaseTitle, FormDemonym)
			}
		}
		for _, d := range p.spec.Plurals {
			b.add(p.i, d, CaseTitle, FormDemonym)
		}
		for _, d := range p.spec.Combining {
			b.add(p.i, d, CaseTitle, FormCombining)
		}
		for _, lang := range []string{"cmn", "zho", "rus"} {
			if n, ok := p.c.Name.Native[lang]; ok {
				b.add(p.i, n.Common, CaseTitle, FormNative)
				b.add(p.i, n.Official, CaseTitle, FormNative)
			}
		}
		if t, ok := p.c.Translations["RUS"]; ok {
			b.add(p.i, t.Common, CaseTitle, FormNative)
			b.add(p.i, t.Official, CaseTitle, FormNative)
		}
	}
	return nil
}

// plural returns the plural nationality noun of demonyms ending in -an or
// -i ("Russians", "Pakistanis"), "" for the others ("Chinese").
func plural(d string) string {
	if strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i") {
		return d + "s"
	}
	return ""
}

func (b *builder) organizations(files []file, names []string) error {
	// one organization, one entry: a name that another entry of the same
	// country already has in another spelling ("Lao National TV" of the
	// generated list, "Lao National Television" of the curated one;
	// "Strana.news" and "Strana News") becomes that entry's alias, with
	// its acronyms, and makes no entry of its own
	same := map[string]int{}
	for fi, f := range files {
		for k, o := range f.Organizations {
			id := document.OrgID(o.Key)
			i, exists := b.g.byID[id]
			if o.Key == "" || o.Name == "" && !exists {
				return fmt.Errorf("gazetteer: %s: organizations[%d]: key and name are required (name may be left out for an existing key)", names[fi], k)
			}
			if o.Kind != "" && !validKinds[o.Kind] {
				return fmt.Errorf("gazetteer: %s: organization %s: unknown kind %q", names[fi], o.Key, o.Kind)
			}
			country := strings.ToUpper(o.Country)
			if j, dup := same[sameName(o.Name)+"|"+country]; !exists && o.Name != "" && dup {
				b.add(j, o.Name, f.nameCase(o.Name), FormAlias)
				for _, a := range o.Aliases {
					b.add(j, a, f.nameCase(a), FormAlias)
				}
				for _, a := range o.Acronyms {
					b.add(j, a, CaseExact, FormAcronym)
				}
				continue
			}
			if !exists {
				kind := o.Kind
				if kind == "" {
					kind = document.KindOther
				}
				i = b.entry(Entry{ID: id, Type: document.Organization, Name: o.Name, Kind: kind,
					Country: strings.ToUpper(o.Country), QID: o.QID})
			} else {
				e := &b.g.Entries[i]
				if o.Kind != "" {
					e.Kind = o.Kind
				}
				if o.Country != "" {
					e.Country = strings.ToUpper(o.Country)
				}
				if o.QID != "" {
					e.QID = o.QID
				}
			}
			if o.Name != "" {
				b.add(i, o.Name, f.nameCase(o.Name), FormName)
			}
			for _, a := range o.Aliases {
				b.add(i, a, f.nameCase(a), FormAlias)
			}
			if c := b.g.Entries[i].Country; c != "" {
				for _, n := range append([]string{o.Name}, o.Aliases...) {
					if k := sameName(n) + "|" + c; n != "" {
						if _, taken := same[k]; !taken {
							same[k] = i
						}
					}
				}
			}
			for _, a := range o.Acronyms {
				b.add(i, a, CaseExact, FormAcronym)
				// the press writes a pronounceable acronym of an
				// international body in title case ("Nato", "Asean")
				if b.g.Entries[i].Kind == document.KindInternationalOrg && len(a) >= 4 && isUpperASCII(a) {
					b.add(i, a[:1]+strings.ToLower(a[1:]), CaseExact, FormAcronym)
				}
			}
		}
	}
	return nil
}

// sameName folds an organization's name for the test of one
// organization under two spellings: letter case, diacritics, punctuation
// and "TV" for "Television" do not count.
func sameName(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		out = s
	}
	words := strings.FieldsFunc(strings.ToLower(out), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for k, w := range words {
		if w == "tv" {
			words[k] = "television"
		}
	}
	return strings.Join(words, " ")
}

// nameCase treats names written all in capitals ("TASS", "BRICS") as
// exact, so that they never match in lower case or mixed case; names
// longer than the file's all_caps_up_to words match only as written.
func (f file) nameCase(s string) Case {
	if !hasLower(s) {
		return CaseExact
	}
	if f.AllCapsUpTo > 0 && len(strings.Fields(s)) > f.AllCapsUpTo {
		return CaseWritten
	}
	return CaseTitle
}

func (b *builder) places(files []file, names []string) error {
	q := gountries.New()
	all := make([]gountries.Country, 0, len(q.Countries))
	for _, c := range q.Countries {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Alpha3 < all[j].Alpha3 })
	for _, c := range all {
		capName := c.Capital
		if capName == "" || c.Alpha3 == "" || b.excludeCapitals[capName] {
			continue
		}
		i := b.entry(Entry{ID: document.PlaceID(capName), Type: document.Place, Name: capName,
			Kind: "capital", Country: c.Alpha3, Capital: true})
		b.add(i, capName, CaseTitle, FormName)
		b.g.capitalOf[c.Alpha3] = i
	}
	for fi, f := range files {
		for k, p := range f.Places {
			if p.Name == "" || len(p.Country) != 3 {
				return fmt.Errorf("gazetteer: %s: places[%d]: name and a 3-letter country are required", names[fi], k)
			}
			kind := "city"
			if p.Capital {
				kind = "capital"
			}
			i := b.entry(Entry{ID: document.PlaceID(p.Name), Type: document.Place, Name: p.Name,
				Kind: kind, Country: strings.ToUpper(p.Country), Capital: p.Capital, QID: p.QID})
			if e := &b.g.Entries[i]; e.QID == "" {
				e.QID = p.QID // a capital of gountries, a city of an earlier file
			}
			b.add(i, p.Name, CaseTitle, FormName)
			if p.Capital {
				b.g.capitalOf[strings.ToUpper(p.Country)] = i
			}
			for _, a := range p.Aliases {
				b.add(i, a, CaseTitle, FormAlias)
			}
		}
	}
	return nil
}

func (b *builder) persons(files []file, names []string) error {
	for fi, f := range files {
		for k, p := range f.Persons {
			if p.Name == "" {
				return fmt.Errorf("gazetteer: %s: persons[%d]: name is required", names[fi], k)
			}
			i := b.entry(Entry{ID: document.PersonID(p.Name), Type: document.Person, Name: p.Name,
				Country: strings.ToUpper(p.Country), Title: p.Title})
			b.add(i, p.Name, CaseTitle, FormName)
			for _, a := range p.Aliases {
				b.add(i, a, CaseTitle, FormAlias)
			}
			for _, s := range p.Surnames {
				b.add(i, s, CaseExact, FormSurname)
			}
		}
	}
	return nil
}

// isUpperASCII reports whether s is made of the letters A to Z only.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}
