package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/pariz/gountries"
	"gopkg.in/yaml.v3"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// curatedPlaceExclusions are city names the data-driven checks let through
// but news uses for something else: a surname, a person, a word in titles.
// Keep it short; each needs a reason.
var curatedPlaceExclusions = map[string]string{
	"Mobile": "common word", "Reading": "common word", "Nice": "common word",
	"Victoria": "first name", "Florence": "first name", "Georgia": "country",
	"Jordan": "country", "Lincoln": "person", "Hamilton": "surname",
	"Batman":  "comic figure; Turkish city named in news by province",
	"Houston": "surname", "Jackson": "surname", "Columbus": "person",
	"Mesa": "common word", "Aurora": "first name", "Madison": "first name",
	"Arlington": "many places", "Irving": "first name", "Laredo": "surname",
	"Henderson": "surname", "Durham": "many places", "Raleigh": "person",
	"Santa Ana": "many places", "San Juan": "many places", "Bello": "surname",
	"Soledad": "first name", "Santos": "surname", "Serra": "surname", "Franca": "word",
	"Medina": "surname", "Mendoza": "surname", "Guadalupe": "first name; many places",
	"Juárez": "surname", "Juarez": "surname", "Benito Juarez": "person", "Miguel Hidalgo": "person",
	"Gustavo Adolfo Madero": "person", "Cuauhtémoc": "person", "Toyota": "company",
	"Kawasaki": "company", "Kirov": "surname; ballet", "Takeo": "first name", "Honchō": "ward name",
	"Gaza": "the Gaza Strip, a territory, more often than the city", "Palma": "first name",
	"Shashi": "first name",
}

// curatedPlaceKeeps are cities the word and first-name lists would drop
// whose other use is rare in news (a first name few carry, a word rarely
// capitalised).
var curatedPlaceKeeps = map[string]bool{
	"Adelaide": true, "Dallas": true, "Denver": true, "Odessa": true, "Sheffield": true,
	"Bologna": true, "Perm": true, "Astrakhan": true, "Atlanta": true, "Cologne": true,
}

// geoRow is one row of a GeoNames cities table.
type geoRow struct {
	name, ascii, fcode, cc string
	alt                    []string // alternate names, any language
	lat, lon               float64
	pop                    int
}

type dr5hnCity struct {
	Type       string `json:"type"`
	Name       string `json:"name"`
	Country    string `json:"country_code"`
	Lat        string `json:"latitude"`
	Lon        string `json:"longitude"`
	Population int    `json:"population"`
	QID        string `json:"wikiDataId"`
}

type dr5hnCountry struct {
	Name    string `json:"name"`
	ISO3    string `json:"iso3"`
	ISO2    string `json:"iso2"`
	Capital string `json:"capital"`
	QID     string `json:"wikiDataId"`
}

type wdCity struct {
	URL        string `json:"url"`
	Label      string `json:"cityLabel"`
	Population string `json:"population"`
}

type placeOut struct {
	name, country, qid string
	aliases            []string
	pop                int
	existing           bool
}

func placesMain(args []string) error {
	fs := flag.NewFlagSet("places", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	geoPath := fs.String("geonames", "", "GeoNames cities table (tab-separated, the cities15000/cities100000 format)")
	countriesPath := fs.String("dr5hn-countries", "", "countries.json of dr5hn/countries-states-cities-database (Wikidata ids of countries)")
	citiesDir := fs.String("dr5hn-cities", "", "folder of the per-country city files (contributions/cities/XX.json) of the same database")
	wdPath := fs.String("wikidata-cities", "", "Wikidata query export of cities over 100,000 (url, cityLabel, population), for countries the folder lacks")
	curated := fs.String("curated", "nlp/gazetteer/data/places.yaml", "curated places file whose exclude_capitals are honoured")
	minPop := fs.Int("min", 300000, "smallest population of a city that is not a capital")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *geoPath == "" {
		return fmt.Errorf("places: -geonames is required")
	}
	l, err := loadLists(c)
	if err != nil {
		return err
	}
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	rows, err := readGeoNames(*geoPath)
	if err != nil {
		return err
	}
	countries, err := readDr5hnCountries(*countriesPath)
	if err != nil {
		return err
	}
	byCC, err := readDr5hnCities(*citiesDir)
	if err != nil {
		return err
	}
	wd, err := readWikidataCities(*wdPath)
	if err != nil {
		return err
	}
	labels := map[string]string{} // QID -> English label
	for _, cs := range wd {
		for _, c := range cs {
			labels[c.URL[strings.LastIndex(c.URL, "/")+1:]] = c.Label
		}
	}
	excludedCapitals, err := readExcludedCapitals(*curated)
	if err != nil {
		return err
	}
	sp := newSpelling(g)
	q := gountries.New()
	iso3 := func(cc string) string {
		co, err := q.FindCountryByAlpha(cc)
		if err != nil {
			return ""
		}
		return co.Alpha3
	}

	// the largest city of each country that a folded name names (cities of
	// 100,000 or more)
	amb := map[string]map[string]int{}
	twins := map[string]int{} // rows per folded name and country
	for _, r := range rows {
		twins[fold(r.name)+"|"+r.cc]++
		for _, n := range []string{r.name, r.ascii} {
			k := fold(n)
			if amb[k] == nil {
				amb[k] = map[string]int{}
			}
			if r.pop > amb[k][r.cc] {
				amb[k][r.cc] = r.pop
			}
		}
	}
	capitalNames := map[string][]string{} // ISO3 -> dr5hn spelling of the capital
	for _, co := range countries {
		if co.Capital != "" {
			capitalNames[co.ISO3] = append(capitalNames[co.ISO3], co.Capital)
		}
	}

	t := newTally()
	note := t.note
	st := t.counts
	out := map[string]*placeOut{} // by place id
	usedQID := map[string]bool{}
	for _, r := range rows {
		if r.pop < *minPop && r.fcode != "PPLC" {
			continue
		}
		if r.fcode == "PPLX" {
			// a section of a city ("Sector 2", "West Raleigh")
			st["section of a city (PPLX)"]++
			continue
		}
		c3 := iso3(r.cc)
		if c3 == "" {
			note("no ISO 3166 country", r.name)
			continue
		}
		st["candidates"]++
		// the Wikidata export first; the database's id only when the
		// export does not contradict it (its ids are sometimes another
		// city's); never an id a larger city has
		qid := ""
		if twins[fold(r.name)+"|"+r.cc] > 1 {
			// two cities of one name in one country ("Suzhou"): the
			// populations of the sources do not tell which item is which
			note("no Wikidata id: two cities of the name in the country", r.name+" "+c3)
		} else {
			for i, q := range []string{matchWikidata(r, wd), matchDr5hn(r, byCC[r.cc])} {
				if q == "" {
					continue
				}
				if lab, ok := labels[q]; ok && i == 1 && !namedBy(r, lab) {
					note("database id contradicted by the Wikidata label", r.name+" "+q+" ("+lab+")")
					continue
				}
				if i == 1 && exportNames(r, wd, q) {
					// the export knows the city's name under another item
					note("database id contradicted by the export", r.name+" "+q)
					continue
				}
				if usedQID[q] {
					note("Wikidata id of a larger city", r.name+" "+q)
					continue
				}
				qid = q
				usedQID[q] = true
				break
			}
		}
		var names []string
		for _, n := range []string{r.name, r.ascii} {
			if n, ok := sp.of(n); ok && !contains(names, n) {
				names = append(names, n)
			}
		}
		// the Wikidata English label names the city in English news
		// ("Cologne", not "Köln"): it comes first when the item is known
		if lab, ok := sp.of(labels[qid]); ok && lab != "" && !contains(names, lab) {
			names = append([]string{lab}, names...)
		}
		if r.fcode == "PPLC" {
			for _, n := range capitalNames[c3] {
				if n, ok := sp.of(n); ok && !contains(names, n) {
					names = append(names, n)
				}
			}
		}
		// the entry the names go to: the country's capital, a curated
		// place of that name, or a new one
		var target *placeOut
		if capital, ok := g.CapitalOf(c3); ok && r.fcode == "PPLC" {
			target = &placeOut{name: capital.Name, country: c3, existing: true, pop: r.pop}
		} else if e, ok := knownPlace(g, names); ok {
			if e.Country != c3 {
				note("name of a place in another country", r.name+" "+c3+" (have "+e.ID+" "+e.Country+")")
				continue
			}
			target = &placeOut{name: e.Name, country: c3, existing: true, pop: r.pop}
		} else {
			canon := ""
			for _, n := range names {
				if why, bad := placeNameProblem(g, l, amb, excludedCapitals, n, r.cc, ""); bad {
					if n == r.name {
						note(why, r.name+" "+c3)
					}
					continue
				}
				canon = n
				break
			}
			if own, _ := sp.of(r.name); canon == "" || canon != own && canon != r.ascii && labels[qid] != canon {
				continue // the city's own name is not usable
			}
			if qid == "" && r.fcode != "PPLA" && r.fcode != "PPLC" && r.fcode != "PPLG" && twins[fold(r.name)+"|"+r.cc] < 2 {
				// a row no Wikidata source knows as a city, and no seat of a
				// first-order division, is often a district or a GeoNames
				// oddity ("Shashi", "Guli")
				note("new place without a Wikidata id", r.name+" "+c3)
				continue
			}
			target = &placeOut{name: canon, country: c3, pop: r.pop}
		}
		id := document.PlaceID(target.name)
		if prev, ok := out[id]; ok {
			// two cities of one name in one country ("Suzhou"): one entry,
			// the Wikidata id only when one of them is much larger
			if prev.country != c3 {
				note("name of a place in another country", r.name+" "+c3)
				continue
			}
			if prev.pop < 3*r.pop {
				prev.qid = ""
			}
			target = prev
			qid = ""
		} else {
			out[id] = target
			target.qid = qid
		}
		if target.existing {
			if e, ok := g.Entry(id); ok && e.QID != "" {
				target.qid = "" // the curated id stands
			}
		}
		for _, n := range names {
			if n == target.name || contains(target.aliases, n) {
				continue
			}
			if e, ok := g.Entry(id); ok && contains(e.Names, n) {
				continue
			}
			if why, bad := placeNameProblem(g, l, amb, excludedCapitals, n, r.cc, id); bad {
				note("alias: "+why, n+" "+c3)
				continue
			}
			target.aliases = append(target.aliases, n)
		}
	}
	var ids []string
	for id, p := range out {
		if p.existing && p.qid == "" && len(p.aliases) == 0 {
			continue
		}
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := out[ids[i]], out[ids[j]]
		if a.country != b.country {
			return a.country < b.country
		}
		return a.name < b.name
	})
	var newPlaces, overlays, withQID int
	for _, id := range ids {
		p := out[id]
		if p.existing {
			overlays++
		} else {
			newPlaces++
		}
		if p.qid != "" {
			withQID++
		}
	}
	var cq []dr5hnCountry
	for _, co := range countries {
		if co.QID != "" && co.ISO3 != "" {
			if _, ok := g.CountryByISO3(co.ISO3); ok {
				cq = append(cq, co)
			}
		}
	}
	sort.Slice(cq, func(i, j int) bool { return cq[i].ISO3 < cq[j].ISO3 })

	w, err := output(c.out)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, `# GENERATED by internal/tools/gazgen (gazgen places); do not edit by hand:
# rebuild with scripts/gazetteer.sh (docs/gazetteer.md says how).
#
# Cities of %d inhabitants or more and every national capital, with the
# Wikidata item of each where the sources give it, and the Wikidata items
# of the countries.
#
# sources (facts taken: name, ASCII name, country, population, capital):
#   GeoNames cities table (cities100000), CC BY 4.0, geonames.org;
#   Wikidata ids: from dr5hn/countries-states-cities-database (ODbL 1.0 /
#   DbCL 1.0, its wikiDataId field, matched by country, distance and name)
#   and, for the countries that database's snapshot lacks, a Wikidata query
#   export of cities over 100,000 (matched by name and population).
#   Wikidata itself is CC0.
# left out (data-driven): a name that is a common English word (Debian
#   wamerican) or a first name (stdlib first-name lists), that names a city
#   of 100,000 or more in another country, that a country, organization,
#   person or curated place already has, or that places.yaml excludes; and a
#   short curated list in gazgen (places.go).
# licence of this file: CC BY 4.0 (GeoNames), with the Wikidata ids CC0.
#
# %d new places, %d entries that add a Wikidata id or a spelling to a
# capital or curated place; %d with a Wikidata id; %d countries with one.

countries:
`, *minPop, newPlaces, overlays, withQID, len(cq))
	for _, co := range cq {
		fmt.Fprintf(w, "  %s: {qid: %s}\n", co.ISO3, co.QID)
	}
	fmt.Fprintln(w, "\nplaces:")
	for _, id := range ids {
		p := out[id]
		fields := []string{"name: " + quote(p.name), "country: " + p.country}
		if p.qid != "" {
			fields = append(fields, "qid: "+p.qid)
		}
		if len(p.aliases) > 0 {
			fields = append(fields, "aliases: "+list(p.aliases))
		}
		fmt.Fprintf(w, "  - {%s}\n", strings.Join(fields, ", "))
	}
	if err := w.Close(); err != nil {
		return err
	}
	t.write(os.Stderr, 45, 12)
	fmt.Fprintf(os.Stderr, "new places %d, overlays %d, with QID %d, countries with QID %d\n", newPlaces, overlays, withQID, len(cq))
	return nil
}

// placeNameProblem says why text may not name a place of country cc (ISO
// 3166 alpha-2); self is the id of the place it would belong to.
func placeNameProblem(g *gazetteer.Gazetteer, l *lists, amb map[string]map[string]int, excluded map[string]bool, text, cc, self string) (string, bool) {
	if _, ok := curatedPlaceExclusions[text]; ok {
		return "curated exclusion", true
	}
	if excluded[text] {
		return "excluded capital (places.yaml)", true
	}
	if id, ok := taken(g, text); ok && id != self {
		return "name of another gazetteer entry", true
	}
	if !strings.ContainsAny(text, " -") && !curatedPlaceKeeps[text] {
		if why, ok := l.commonWord(text); ok {
			return why, true
		}
	}
	// another country's city of that name has a quarter of the people of
	// this one or more ("San Jose", "Newcastle"; not "Birmingham")
	pops := amb[fold(text)]
	for other, p := range pops {
		if other != cc && 4*p >= pops[cc] {
			return "city name in two countries", true
		}
	}
	if len([]rune(text)) < 4 {
		// "Aba", "Jos": all capitals would match acronyms
		return "too short", true
	}
	if strings.ContainsAny(text, "0123456789") {
		return "has a digit", true
	}
	return "", false
}

// knownPlace returns the place of the gazetteer that one of a city's names
// names: by id, or by an alias ("Ürümqi", "Urumqi").
func knownPlace(g *gazetteer.Gazetteer, names []string) (gazetteer.Entry, bool) {
	for _, n := range names {
		if e, ok := g.Entry(document.PlaceID(n)); ok {
			return e, true
		}
		if e, _, ok := g.Lookup(n); ok && e.Type == document.Place {
			return e, true
		}
	}
	return gazetteer.Entry{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// loadKnown loads what an organization generator checks names against:
// the embedded gazetteer, its spellings and the GeoNames place names at
// geoPath (none when empty).
func loadKnown(geoPath string) (*gazetteer.Gazetteer, *spelling, map[string]bool, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, nil, nil, err
	}
	places, err := placeNames(geoPath)
	if err != nil {
		return nil, nil, nil, err
	}
	return g, newSpelling(g), places, nil
}

// placeNames returns the folded names (as written and in ASCII) of the
// GeoNames table at path, or none when path is empty: a name that is a
// place is no organization's.
func placeNames(path string) (map[string]bool, error) {
	places := map[string]bool{}
	if path == "" {
		return places, nil
	}
	rows, err := readGeoNames(path)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		places[fold(r.name)] = true
		places[fold(r.ascii)] = true
	}
	return places, nil
}

func readGeoNames(path string) ([]geoRow, error) {
	var rows []geoRow
	err := eachLine(path, func(line string) {
		f := strings.Split(line, "\t")
		if len(f) < 15 {
			return
		}
		pop, _ := strconv.Atoi(f[14])
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		rows = append(rows, geoRow{name: f[1], ascii: f[2], alt: strings.Split(f[3], ","), fcode: f[7], cc: f[8], lat: lat, lon: lon, pop: pop})
	})
	// larger cities first: they own a name shared within a country
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].pop > rows[j].pop })
	return rows, err
}

func readDr5hnCountries(path string) ([]dr5hnCountry, error) {
	if path == "" {
		return nil, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []dr5hnCountry
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return out, nil
}

func readDr5hnCities(dir string) (map[string][]dr5hnCity, error) {
	out := map[string][]dr5hnCity{}
	if dir == "" {
		return out, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		var cs []dr5hnCity
		if err := json.Unmarshal(raw, &cs); err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
		cc := strings.TrimSuffix(filepath.Base(f), ".json")
		out[cc] = cs
	}
	return out, nil
}

func readWikidataCities(path string) (map[string][]wdCity, error) {
	out := map[string][]wdCity{}
	if path == "" {
		return out, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	s := string(raw)
	i, j := strings.Index(s, "["), strings.LastIndex(s, "]")
	if i < 0 || j < i {
		return nil, fmt.Errorf("parse %s: no JSON array", path)
	}
	var all []wdCity
	if err := json.Unmarshal([]byte(s[i:j+1]), &all); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	for _, c := range all {
		out[fold(c.Label)] = append(out[fold(c.Label)], c)
	}
	return out, nil
}

func readExcludedCapitals(path string) (map[string]bool, error) {
	out := map[string]bool{}
	if path == "" {
		return out, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var f struct {
		ExcludeCapitals []string `yaml:"exclude_capitals"`
	}
	if err := yaml.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	for _, n := range f.ExcludeCapitals {
		out[n] = true
	}
	return out, nil
}

// cityTypes are the database's entry types whose ids are cities' (China's
// cities are "prefecture" entries; "capital", "adm1", "district" ones often
// carry an administrative unit's id).
var cityTypes = map[string]bool{"city": true, "prefecture": true, "locality": true, "": true}

// matchDr5hn finds the city's Wikidata id in the database's cities of its
// country: the nearest one within 30 km whose name folds to the same
// string, else the nearest within 5 km of a similar population.
func matchDr5hn(r geoRow, cs []dr5hnCity) string {
	best, bestD := "", math.MaxFloat64
	fallback, fallbackD := "", 5.0
	// an id the database gives to several of its entries, or to an entry
	// that is not a city (its capitals and districts often carry the id of
	// an administrative unit: Kyiv, Bamako, Tbilisi), is not the city's
	uses := map[string]int{}
	for _, c := range cs {
		uses[c.QID]++
	}
	for _, c := range cs {
		if c.QID == "" || !cityTypes[c.Type] || uses[c.QID] > 1 {
			continue
		}
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lon, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		d := km(r.lat, r.lon, lat, lon)
		if d > 30 {
			continue
		}
		if fold(c.Name) == fold(r.name) || fold(c.Name) == fold(r.ascii) {
			if d < bestD {
				best, bestD = c.QID, d
			}
			continue
		}
		if d < fallbackD && c.Population > 0 && ratio(c.Population, r.pop) < 2 {
			fallback, fallbackD = c.QID, d
		}
	}
	if best != "" {
		return best
	}
	return fallback
}

// matchWikidata finds the city in the Wikidata export by its name and a
// population within a factor of two; an answer must be unique.
// The city's own names are tried before its alternate names (among which
// Amman has "Philadelphia").
func matchWikidata(r geoRow, wd map[string][]wdCity) string {
	// the sources count people differently (city proper, municipality):
	// a factor of three for the city's own names, two for the others
	for pass, names := range [][]string{{r.name, r.ascii}, r.alt} {
		found, clash := "", false
		for _, n := range names {
			for _, c := range wd[fold(n)] {
				p, _ := strconv.Atoi(c.Population)
				if p == 0 || ratio(p, r.pop) > float64(3-pass) {
					continue
				}
				q := c.URL[strings.LastIndex(c.URL, "/")+1:]
				if found != "" && found != q {
					clash = true
				}
				found = q
			}
		}
		if clash {
			return ""
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// exportNames reports whether the Wikidata export has an item labelled
// with the city's name or ASCII name, none of them q.
func exportNames(r geoRow, wd map[string][]wdCity, q string) bool {
	found := false
	for _, n := range []string{r.name, r.ascii} {
		for _, c := range wd[fold(n)] {
			if c.URL[strings.LastIndex(c.URL, "/")+1:] == q {
				return false
			}
			found = true
		}
	}
	return found
}

// namedBy reports whether label is one of the city's names in GeoNames.
func namedBy(r geoRow, label string) bool {
	l := fold(label)
	for _, n := range append([]string{r.name, r.ascii}, r.alt...) {
		if fold(n) == l {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if a == 0 || b == 0 {
		return math.Inf(1)
	}
	if a < b {
		a, b = b, a
	}
	return float64(a) / float64(b)
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	x := (lon2 - lon1) * math.Pi / 180 * math.Cos((lat1+lat2)/2*math.Pi/180)
	y := (lat2 - lat1) * math.Pi / 180
	return r * math.Sqrt(x*x+y*y)
}
