package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// famousAcronyms belong to other organizations than the state media that
// also use them ("CBS" is the American network, not the Cambodian
// Broadcasting Service) or name other things ("RSS" feeds): never given to
// an entry of the matrix.
var famousAcronyms = map[string]bool{
	"ABC": true, "CBS": true, "NBC": true, "FOX": true, "PBS": true, "CNBC": true, "ESPN": true,
	"HBO": true, "SBS": true, "MBC": true, "TBS": true, "CNA": true, "RTL": true, "NTV": true,
	"BBS": true, "RSS": true, "TNT": true, "UPI": true, "IPS": true, "EBS": true, "NPA": true,
	"RTV": true, "TV1": true, "TV2": true, "TV3": true, "ATV": true, "CTV": true, "STV": true,
	"NPR": true, "VOA": true, "DW": true, "ANN": true, "NNA": true, "GNA": true, "ENA": true,
	"MENA": true, "ANA": true, "PNA": true, "SNA": true, "INA": true, "NBS": true, "TVC": true,
	"CCTV": true, "ICT": true, "GBC": true, "NBC4": true, "BTV": true, "MTV": true, "TVE": true,
	"RNA": true, "RNE": true, "AIR": true, "IRT": true, "TRT": true, "RTS": true, "RTP": true,
	// other trades' or common abbreviations: Archer Daniels Midland,
	// Mercedes-AMG, Pakistan International Airlines, medical imaging, ...
	"ADM": true, "AMG": true, "IDC": true, "EMG": true, "PIA": true, "NPO": true, "MRT": true,
	"ITN": true, "ACN": true, "IBC": true, "ANP": true, "TPA": true, "ARN": true, "IMI": true,
	"DMI": true, "CTS": true,
}

// genericWords make up names that name no one organization ("National
// Television", "State Radio").
var genericWords = map[string]bool{
	"national": true, "state": true, "radio": true, "television": true, "tv": true, "news": true,
	"agency": true, "daily": true, "public": true, "broadcasting": true, "broadcaster": true,
	"corporation": true, "company": true, "service": true, "services": true, "network": true,
	"media": true, "group": true, "channel": true, "the": true, "of": true, "and": true,
	"press": true, "times": true, "post": true, "online": true, "international": true,
	"world": true, "first": true, "one": true, "new": true, "government": true, "official": true,
	"publishing": true, "house": true, "center": true, "centre": true, "information": true,
	"newspaper": true, "magazine": true, "weekly": true, "journal": true, "herald": true,
	"department": true, "ministry": true, "office": true, "authority": true, "fm": true, "am": true,
	"info": true, "live": true, "today": true, "24": true, "1": true, "2": true, "3": true, "4": true,
	"canal": true, "kanal": true, "unit": true, "radyo": true, "tele": true, "5": true, "6": true, "7": true,
	"8": true, "9": true, "10": true, "11": true, "12": true, "13": true, "15": true, "22": true,
}

// languages mark a language edition ("People's Daily (French)", "Xinhua
// Spanish"): an edition is no organization of its own.
var languages = []string{"English", "French", "Spanish", "Arabic", "Russian", "Chinese", "German",
	"Japanese", "Korean", "Portuguese", "Español", "Français", "Русский", "العربية", "Italian",
	"Turkish", "Persian", "Urdu", "Hindi", "Swahili", "Hausa", "Bengali", "Vietnamese", "Thai",
	"Georgian", "Greek", "Polish", "Serbian", "Deutsch", "Farsi", "Kurdi", "Kurdish", "Armenian",
	"Azerbaijani", "Uzbek", "Kazakh", "Tajik", "Kyrgyz", "Latvian", "Lithuanian", "Estonian",
	"Moldovan", "Romanian", "Bulgarian", "Czech", "Slovak", "Hungarian", "Ukrainian", "Belarusian",
	"Abkhaz", "Ossetian", "Dari", "Pashto", "Tamil", "Malay", "Indonesian", "Italiano", "Mundo"}

// sameAs maps a name of the matrix to the curated organization it is
// another name of, when no acronym says so: a former name.
var sameAs = map[string]string{
	"China International Publishing Group": "china-international-communications-group",
}

// curatedOrgExclusions are names the checks let through that name
// something else in news: a country in another language, a common word of
// another language, a brand of another trade.
var curatedOrgExclusions = map[string]bool{
	"Ukraina": true, "Svoboda": true, "Respublika": true, "Jumhuriyat": true, "Noticias": true,
	"Eurostar": true, "Tishreen": true, "Sabah": true, "Desafio": true, "Rutube": true,
	"Pervyy kanal": true, "In the NOW": true, "Soap Box": true, "Waste-Ed": true,
	"Eurasia": true, "Economy of Belarus": true, "Khorasan": true, "Al-Sabah": true,
	"Chollima": true, "Karavan": true, "Barricada": true, "Galatz": true, "Demokrata": true,
	"OneWorld": true, "Public Sector Manager": true, "Kenya Broadcasting Corporatoon": true,
}

var (
	parenRe  = regexp.MustCompile(`\s*\(([^()]*)\)?\s*$`)
	prefixRe = regexp.MustCompile(`^(?i)(television|tv|print media|print|online|news agency|radio|website)\s*:\s*`)
	acroRe   = regexp.MustCompile(`^[A-Z][A-Z0-9&]{1,6}$`)
)

type orgOut struct {
	key, name, kind, country string
	acronyms                 []string
}

func orgsMain(args []string) error {
	fs := flag.NewFlagSet("orgs", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	matrix := fs.String("matrix", "", "State_Media_Matrix.csv of ASD-at-GMF/state-media-profiles")
	geoPath := fs.String("geonames", "", "GeoNames cities table: a one-word name that is a city's is left out")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *matrix == "" {
		return fmt.Errorf("orgs: -matrix is required")
	}
	l, err := loadLists(c)
	if err != nil {
		return err
	}
	g, sp, places, err := loadKnown(*geoPath)
	if err != nil {
		return err
	}
	fh, err := os.Open(*matrix)
	if err != nil {
		return fmt.Errorf("read %s: %w", *matrix, err)
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		return fmt.Errorf("parse %s: %w", *matrix, err)
	}
	if len(recs) < 2 {
		return fmt.Errorf("parse %s: no rows", *matrix)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range []string{"Country", "Media company", "Main assets"} {
		if _, ok := col[h]; !ok {
			return fmt.Errorf("parse %s: no column %q", *matrix, h)
		}
	}

	t := newTally()
	note := t.note
	st := t.counts
	// the curated organizations by folded alias and country
	curatedByFold := map[string]gazetteer.Entry{}
	for _, a := range g.Aliases {
		if a.Entry >= 0 && g.Entries[a.Entry].Type == document.Organization {
			e := g.Entries[a.Entry]
			curatedByFold[fold(a.Text)+"|"+e.Country] = e
		}
	}
	// every acronym the matrix gives, with the names it gives it to: one
	// of two organizations' (two "SBA"s) is nobody's, even when one of them
	// is curated
	acroNames := map[string]map[string]bool{}
	for _, rec := range recs[1:] {
		for _, field := range []string{rec[col["Media company"]], rec[col["Main assets"]]} {
			if name, acr, _, ok := splitName(field); ok && acr != "" {
				if acroNames[acr] == nil {
					acroNames[acr] = map[string]bool{}
				}
				acroNames[acr][fold(name)] = true
			}
		}
	}
	byName := map[string]*orgOut{}  // folded name + country
	overlay := map[string]*orgOut{} // curated organizations that get aliases, by id
	var overlays []*orgOut
	acroUse := map[string]map[string]bool{}
	var order []*orgOut
	for _, rec := range recs[1:] {
		country := strings.TrimSpace(rec[col["Country"]])
		iso3 := countryCode(g, country)
		if iso3 == "" {
			note("country not known", country)
			continue
		}
		st["rows"]++
		for i, field := range []string{rec[col["Media company"]], rec[col["Main assets"]]} {
			name, acr, prefix, ok := splitName(field)
			if !ok {
				note("language edition or empty", field)
				continue
			}
			if name, ok = sp.of(name); !ok {
				note("a letter without a base letter outside the known bytes", field)
				continue
			}
			e, _, ok := g.Lookup(acr)
			ok = ok && acr != "" && e.Type == document.Organization && e.Country == iso3
			if ce, found := g.Entry(document.OrgID(strings.ToLower(acr))); !ok && acr != "" && found && ce.Country == iso3 {
				// a curated key that is the acronym ("sta" for the STA)
				e, ok = ce, true
			}
			if key, same := sameAs[name]; same {
				e, ok = g.Entry(document.OrgID(key))
			}
			if ce, found := curatedByFold[fold(name)+"|"+iso3]; !ok && found {
				// a curated name in other letter case ("Société nationale
				// de radiodiffusion ...")
				e, ok = ce, true
			}
			if ok {
				// the curated organization under another name ("Magyar
				// Távirati Iroda" is MTI): the name becomes its alias
				if _, known := taken(g, name); !known && !curatedOrgExclusions[name] {
					k := e.ID
					if overlay[k] == nil {
						overlay[k] = &orgOut{key: strings.TrimPrefix(e.ID, "org:")}
						overlays = append(overlays, overlay[k])
					}
					if !contains(overlay[k].acronyms, name) {
						overlay[k].acronyms = append(overlay[k].acronyms, name) // aliases, see output
					}
				}
				continue
			}
			if why, bad := orgNameProblem(g, l, places, name); bad {
				// the name may be known or unusable; its acronym alone is no
				// entry
				note(why, name+" "+iso3)
				continue
			}
			k := fold(name) + "|" + iso3
			o, seen := byName[k]
			if !seen {
				o = &orgOut{name: name, country: iso3, kind: orgKind(name, prefix, i == 0)}
				byName[k] = o
				order = append(order, o)
			}
			if acr != "" && !contains(o.acronyms, acr) {
				if len(acroNames[acr]) > 1 {
					note("acronym of two names in the matrix", acr+" ("+name+")")
				} else if why, bad := acronymProblem(g, l, acr); bad {
					note("acronym: "+why, acr+" ("+name+")")
				} else {
					o.acronyms = append(o.acronyms, acr)
					if acroUse[acr] == nil {
						acroUse[acr] = map[string]bool{}
					}
					acroUse[acr][k] = true
				}
			}
		}
	}
	// an acronym of two entries names neither
	for _, o := range order {
		kept := o.acronyms[:0]
		for _, a := range o.acronyms {
			if len(acroUse[a]) > 1 {
				note("acronym of two entries", a+" ("+o.name+")")
				continue
			}
			kept = append(kept, a)
		}
		o.acronyms = kept
	}
	// a name that two countries' outlets carry ("Radio Nacional", "Al
	// Watan") names neither
	countriesOfName := map[string]map[string]bool{}
	sameName := func(n string) string { return strings.ReplaceAll(fold(n), "-", " ") }
	for _, o := range order {
		k := sameName(o.name)
		if countriesOfName[k] == nil {
			countriesOfName[k] = map[string]bool{}
		}
		countriesOfName[k][o.country] = true
	}
	keys := map[string]bool{}
	for _, o := range order {
		if len(countriesOfName[sameName(o.name)]) > 1 {
			note("name of outlets in two countries", o.name+" "+o.country)
			continue
		}
		key := document.Slug(o.name)
		if _, ok := g.Entry(document.OrgID(key)); ok || keys[key] {
			key += "-" + strings.ToLower(o.country)
		}
		if _, ok := g.Entry(document.OrgID(key)); ok || keys[key] {
			note("key taken", o.name)
			o.key = ""
			continue
		}
		keys[key] = true
		o.key = key
	}
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].country != order[j].country {
			return order[i].country < order[j].country
		}
		return order[i].name < order[j].name
	})
	n, kinds := 0, map[string]int{}
	for _, o := range order {
		if o.key != "" {
			n++
			kinds[o.kind]++
		}
	}
	w, err := output(c.out)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, `# GENERATED by internal/tools/gazgen (gazgen orgs); do not edit by hand:
# rebuild with scripts/gazetteer.sh (docs/gazetteer.md says how).
#
# State-affiliated media of %d countries: news agencies, broadcasters,
# newspapers and their owners, as the State Media Matrix lists them.
#
# source (facts taken: name, acronym, country, kind from the name):
#   ASD-at-GMF/state-media-profiles, State_Media_Matrix.csv (MIT licence,
#   seed data from the State Media Monitor, journalismresearch.org).
# left out: names a country, curated organization, place or person already
#   has; language editions ("Xinhua Spanish"); one-word names that are an
#   English word, a first name or a city; names made only of generic words
#   ("National Television"); acronyms that are words, that two entries share
#   or that a better-known organization owns (list in gazgen orgs.go).
#   Organizations the curated organizations.yaml has keep their curated
#   entry and key.
# licence of this file: MIT (the source's).
#
# %d organizations: %s.
#
# Names of more than two words match as written, not in all capitals
# (all_caps_up_to): their all-capitals spellings would double the tagger's
# automaton for the rare headline that uses them.

all_caps_up_to: 2

organizations:
`, countriesOf(order), n, kindSummary(kinds))
	sort.Slice(overlays, func(i, j int) bool { return overlays[i].key < overlays[j].key })
	if len(overlays) > 0 {
		fmt.Fprintln(w, "  # other names of curated organizations (same acronym, same country)")
	}
	for _, o := range overlays {
		fmt.Fprintf(w, "  - {key: %s, aliases: %s}\n", o.key, list(o.acronyms))
	}
	for _, o := range order {
		if o.key == "" {
			continue
		}
		fields := []string{"key: " + o.key, "name: " + quote(o.name), "kind: " + o.kind, "country: " + o.country}
		if len(o.acronyms) > 0 {
			fields = append(fields, "acronyms: "+list(o.acronyms))
		}
		fmt.Fprintf(w, "  - {%s}\n", strings.Join(fields, ", "))
	}
	if err := w.Close(); err != nil {
		return err
	}
	t.write(os.Stderr, 40, 14)
	fmt.Fprintf(os.Stderr, "organizations %d (%s)\n", n, kindSummary(kinds))
	return nil
}

// splitName takes "Television: Radio Television Afghanistan (RTA)" apart:
// the name, its acronym, the asset-type prefix. ok is false for a language
// edition or an empty field.
func splitName(field string) (name, acr, prefix string, ok bool) {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(field), "*"))
	if m := prefixRe.FindStringSubmatch(s); m != nil {
		prefix = strings.ToLower(m[1])
		s = s[len(m[0]):]
	}
	if m := parenRe.FindStringSubmatchIndex(s); m != nil {
		inner := strings.TrimSpace(s[m[2]:m[3]])
		s = strings.TrimSpace(s[:m[0]])
		for _, lang := range languages {
			if strings.EqualFold(inner, lang) {
				return "", "", "", false
			}
		}
		if acroRe.MatchString(inner) {
			acr = inner
		}
	}
	s = strings.TrimSpace(strings.TrimRight(strings.Trim(s, "()"), "*"))
	for _, lang := range languages {
		if strings.HasSuffix(s, " "+lang) {
			return "", "", "", false
		}
	}
	if s == "" {
		return "", "", "", false
	}
	if acroRe.MatchString(s) {
		// the asset is only an acronym ("RTA"): it belongs to its company
		// row, which carries it in parentheses
		return "", "", "", false
	}
	return s, acr, prefix, true
}

// orgNameProblem says why a name may not be an organization's alias.
func orgNameProblem(g *gazetteer.Gazetteer, l *lists, places map[string]bool, name string) (string, bool) {
	if id, ok := taken(g, name); ok {
		return "name of a gazetteer entry (" + strings.SplitN(id, ":", 2)[0] + ")", true
	}
	if curatedOrgExclusions[name] {
		return "curated exclusion", true
	}
	if strings.Contains(name, " dailies") || strings.Contains(name, " channels") || strings.Contains(name, " - ") {
		return "a group of outlets, not a name", true
	}
	words := strings.Fields(name)
	if len(words) == 1 && !strings.Contains(name, ".") && len([]rune(name)) < 6 {
		// short one-word names are words of some language ("Posta",
		// "Watan", "Hayat") more often than outlets
		return "one word under six letters", true
	}
	if len(words) == 1 {
		if why, ok := l.commonWord(name); ok {
			return "one word: " + why, true
		}
		if places[fold(name)] {
			return "one word: a city's name", true
		}
		if len([]rune(name)) < 4 {
			return "too short", true
		}
	}
	generic := true
	for _, w := range words {
		if !genericWords[strings.ToLower(strings.Trim(w, ".,'’"))] {
			generic = false
		}
	}
	if generic {
		return "generic words only", true
	}
	if strings.ContainsAny(name, ",;") || strings.Contains(name, " or ") {
		return "a list, not a name", true
	}
	return "", false
}

func acronymProblem(g *gazetteer.Gazetteer, l *lists, a string) (string, bool) {
	if famousAcronyms[a] {
		return "owned by a better-known organization", true
	}
	if len(a) < 3 {
		return "too short", true
	}
	if l.words[strings.ToLower(a)] {
		return "an English word", true
	}
	if id, ok := taken(g, a); ok {
		return "name of a gazetteer entry (" + id + ")", true
	}
	return "", false
}

var (
	agencyRe      = regexp.MustCompile(`(?i)\b(news agency|press agency|agence|agencia|agência|agenzia|telegraph agency|news service|presse|press service|information agency|agentstvo)\b`)
	broadcasterRe = regexp.MustCompile(`(?i)\b(tv|television|télévision|televisión|televisão|televizija|televīzija|televize|telewizja|televisi|televizioni|teledifus\w*|teleradio|radio|rádio|radiodiffusion|broadcast\w*|channel|fm)\b|\w+tv\b`)
	newspaperRe   = regexp.MustCompile(`(?i)\b(daily|times|post|gazette|gazeta|herald|tribune|journal|jornal|newspaper|chronicle|observer|mirror|express|pravda|diario|diário|zeitung|news|nation|bulletin|courier|monitor|review|star|sun|mail|telegraph|record)\b`)
	companyRe     = regexp.MustCompile(`(?i)\b(group|corporation|company|holding|holdings|enterprise|sdn|bhd|ltd|limited|inc|plc|s\.a\.|jsc|media)\b`)
	govRe         = regexp.MustCompile(`(?i)\b(ministry|department|office|authority|council|commission|directorate|administration)\b`)
)

// orgKind infers the kind from the asset prefix and the name's words.
func orgKind(name, prefix string, company bool) string {
	switch prefix {
	case "news agency":
		return document.KindNewsAgency
	case "television", "tv", "radio":
		return document.KindBroadcaster
	case "print", "print media":
		return document.KindNewspaper
	case "online", "website":
		return document.KindOnlineMedia
	}
	switch {
	case agencyRe.MatchString(name):
		return document.KindNewsAgency
	case broadcasterRe.MatchString(name):
		return document.KindBroadcaster
	case govRe.MatchString(name):
		return document.KindGovernmentBody
	case newspaperRe.MatchString(name):
		return document.KindNewspaper
	case companyRe.MatchString(name) || company:
		return document.KindCompany
	}
	return document.KindOther
}

// countryCode finds the ISO3 code of a country as the matrix names it,
// through the gazetteer's country names ("DR Congo", "UAE", "Czechia").
func countryCode(g *gazetteer.Gazetteer, name string) string {
	switch name {
	case "Palestine territories":
		return "PSE"
	case "Vatican City":
		return "VAT"
	}
	for _, n := range []string{name, strings.TrimPrefix(name, "The ")} {
		if e, _, ok := g.Lookup(n); ok && e.Type == document.Country {
			return e.Country
		}
	}
	return ""
}

func countriesOf(os []*orgOut) int {
	seen := map[string]bool{}
	for _, o := range os {
		if o.key != "" {
			seen[o.country] = true
		}
	}
	return len(seen)
}

func kindSummary(kinds map[string]int) string {
	ks := make([]string, 0, len(kinds))
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	parts := make([]string, len(ks))
	for i, k := range ks {
		parts[i] = fmt.Sprintf("%d %s", kinds[k], k)
	}
	return strings.Join(parts, ", ")
}
