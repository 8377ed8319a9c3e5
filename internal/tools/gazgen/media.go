package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// wdEntity is the part of a Wikidata entity record that gazgen media
// reads: one JSON file per item, as the wikidata-dl tool writes them
// (label, English Wikipedia title, claims by property, sitelinks).
type wdEntity struct {
	QID       string           `json:"wikibase"`
	Label     string           `json:"label"`
	Claims    map[string][]any `json:"claims"`
	Sitelinks map[string]struct {
		Title string `json:"title"`
	} `json:"sitelinks"`
}

// wikipedias counts the item's Wikipedia articles (sitelinks "xxwiki"
// other than Commons, Meta and Wikispecies): the notability signal.
func (e wdEntity) wikipedias() int {
	n := 0
	for k := range e.Sitelinks {
		if strings.HasSuffix(k, "wiki") && k != "commonswiki" && k != "metawiki" && k != "specieswiki" {
			n++
		}
	}
	return n
}

// nameWords are the small words of names in several languages that say
// nothing about which outlet a name is ("The", "de", "al").
var nameWords = map[string]bool{
	"the": true, "of": true, "and": true, "&": true, "de": true, "la": true, "le": true, "el": true,
	"al": true, "du": true, "des": true, "di": true, "der": true, "die": true, "das": true, "los": true,
	"las": true, "les": true, "del": true, "a": true, "o": true, "on": true, "in": true,
}

// curatedMediaExclusions are names the checks let through that read as
// ordinary words or other things in English news: a phrase ("Islamic
// Republican"), a common word of another language ("Le Peuple"), a
// country's name in another language ("Makedonia").
var curatedMediaExclusions = map[string]bool{
	"Islamic Republican": true, "Le Peuple": true, "Le Populaire": true, "El Diario": true,
	"La Región": true, "Makedonia": true, "Le Quotidien": true, "Público": true, "Expresso": true,
	"El Nacional": true, "La República": true, "Amsterdam News": true,
}

var disambigRe = regexp.MustCompile(`\s*\([^()]*\)$`)

type mediaOut struct {
	key, name, country, qid string
	aliases                 []string
	wikipedias              int
}

func mediaMain(args []string) error {
	fs := flag.NewFlagSet("media", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	dir := fs.String("entities", "", "folder of Wikidata entity records, one JSON file per newspaper (patrickswickard/international_newspapers, wikidata/)")
	geoPath := fs.String("geonames", "", "GeoNames cities table: a one-word name that is a city's is left out")
	minWiki := fs.Int("min-wikipedias", 5, "fewest Wikipedia articles an outlet must have")
	minWikiOne := fs.Int("min-wikipedias-one-word", 10, "fewest Wikipedia articles an outlet with a one-word name must have")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("media: -entities is required")
	}
	k, err := loadKnownNames(c, *geoPath)
	if err != nil {
		return err
	}
	l, dict, g, sp, places := k.l, k.dict, k.g, k.sp, k.places
	countryOfQID := map[string]string{}
	countryOfPlace := map[string]string{} // a city's id: its country
	qidTaken := map[string]string{}
	for _, e := range g.Entries {
		if e.QID != "" {
			qidTaken[e.QID] = e.ID
			if e.Type == document.Country {
				countryOfQID[e.QID] = e.Country
			} else if e.Type == document.Place {
				countryOfPlace[e.QID] = e.Country
			}
		}
	}
	// the Soviet Union's newspapers are Russia's in today's news
	countryOfQID["Q15180"] = "RUS"

	files, err := filepath.Glob(filepath.Join(*dir, "Q*.json"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("media: no Q*.json files in %s", *dir)
	}
	sort.Strings(files)
	t := newTally()
	note := t.note
	var cands []*mediaOut
	overlay := map[string]*mediaOut{}
	var overlays []*mediaOut
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", f, err)
		}
		var e wdEntity
		if err := json.Unmarshal(raw, &e); err != nil {
			note("not a Wikidata record", filepath.Base(f))
			continue
		}
		if !qidRe.MatchString(e.QID) || e.Label == "" {
			note("no id or label", filepath.Base(f))
			continue
		}
		n := e.wikipedias()
		country := ""
		for _, p := range []string{"P17", "P495"} {
			for _, v := range e.Claims[p] {
				q, _ := v.(string)
				if iso, ok := countryOfQID[q]; ok && country == "" {
					country = iso
				}
			}
		}
		// else the country of the place of publication or seat
		for _, p := range []string{"P291", "P159", "P131"} {
			for _, v := range e.Claims[p] {
				q, _ := v.(string)
				if iso, ok := countryOfPlace[q]; ok && country == "" {
					country = iso
				}
			}
		}
		if country == "" {
			note("no country", e.Label)
			continue
		}
		names := []string{e.Label}
		if en, ok := e.Sitelinks["enwiki"]; ok {
			if s := strings.TrimSpace(disambigRe.ReplaceAllString(en.Title, "")); s != "" && s != e.Label {
				names = append(names, s)
			}
		}
		// a newspaper the gazetteer has under this name and country: its
		// Wikidata id and other name go to that entry
		merged := false
		for _, nm := range names {
			ge, _, ok := g.Lookup(nm)
			if !ok || ge.Type != document.Organization || ge.Country != country {
				continue
			}
			merged = true
			if ge.QID != "" || qidTaken[e.QID] != "" || n < *minWiki {
				break
			}
			o := overlay[ge.ID]
			if o == nil {
				o = &mediaOut{key: strings.TrimPrefix(ge.ID, "org:"), qid: e.QID}
				overlay[ge.ID] = o
				overlays = append(overlays, o)
				qidTaken[e.QID] = ge.ID
				note("merged into a gazetteer entry", nm+" "+e.QID)
			}
			for _, other := range names {
				other, ok := sp.of(other)
				if !ok || !sp.allKnown(other) {
					continue
				}
				if _, known := taken(g, other); !known && mediaNameProblem(g, l, dict, places, other) == "" {
					o.aliases = append(o.aliases, other)
				}
			}
			break
		}
		if merged {
			continue
		}
		if qidTaken[e.QID] != "" {
			note("id of a gazetteer entry", e.Label+" "+e.QID)
			continue
		}
		o := &mediaOut{country: country, qid: e.QID, wikipedias: n}
		for _, nm := range names {
			// "The Philadelphia Inquirer" is entered as "Philadelphia
			// Inquirer": the text's "the" stays outside the name, as the
			// tagger's patterns leave it (a series "such as the X, Y and
			// Z" finds its members after the article), and the key is the
			// one the patterns gave the name before
			nm = strings.TrimPrefix(nm, "The ")
			nm, ok := sp.of(nm)
			if !ok || !sp.allKnown(nm) {
				// "Avanti!": one new byte value, even ASCII, widens every
				// state of the automaton (the heap went from 40 to 76 MB)
				note("a character outside the known bytes", e.Label)
				continue
			}
			if why := mediaNameProblem(g, l, dict, places, nm); why != "" {
				note(why, nm+" "+country)
				continue
			}
			min := *minWiki
			if len(strings.Fields(nm)) == 1 {
				min = *minWikiOne
			}
			if n < min {
				note(fmt.Sprintf("fewer Wikipedia articles than %d", min), nm+" "+country)
				continue
			}
			if o.name == "" {
				o.name = nm
			} else if !contains(o.aliases, nm) && fold(nm) != fold(o.name) {
				o.aliases = append(o.aliases, nm)
			}
		}
		if o.name != "" {
			cands = append(cands, o)
		}
	}
	// a name two outlets carry ("The Star", "Daily News") names neither
	holders := map[string]map[string]bool{}
	sameName := func(n string) string { return strings.ReplaceAll(fold(n), "-", " ") }
	for _, o := range cands {
		for _, nm := range append([]string{o.name}, o.aliases...) {
			k := sameName(nm)
			if holders[k] == nil {
				holders[k] = map[string]bool{}
			}
			holders[k][o.qid] = true
		}
	}
	var out []*mediaOut
	keys := map[string]bool{}
	for _, o := range cands {
		var kept []string
		for _, nm := range append([]string{o.name}, o.aliases...) {
			if len(holders[sameName(nm)]) > 1 {
				note("name of two outlets", nm+" "+o.country)
				continue
			}
			kept = append(kept, nm)
		}
		if len(kept) == 0 {
			continue
		}
		o.name, o.aliases = kept[0], kept[1:]
		key, ok := freeKey(g, keys, o.name, o.country)
		if !ok {
			note("key taken", o.name)
			continue
		}
		o.key = key
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].country != out[j].country {
			return out[i].country < out[j].country
		}
		return out[i].name < out[j].name
	})
	sort.Slice(overlays, func(i, j int) bool { return overlays[i].key < overlays[j].key })
	countries := map[string]bool{}
	for _, o := range out {
		countries[o.country] = true
	}
	w, err := output(c.out)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, `# GENERATED by internal/tools/gazgen (gazgen media); do not edit by hand:
# rebuild with scripts/gazetteer.sh (docs/gazetteer.md says how).
#
# Newspapers of %d countries with Wikidata ids: the newspapers that have
# articles in at least %d Wikipedias (%d for a one-word name).
#
# source (facts taken: name, English Wikipedia title, country, Wikidata id,
#   the number of Wikipedias with an article): Wikidata items of newspapers
#   with an official website, as exported by
#   patrickswickard/international_newspapers (wikidata/Q*.json).
#   Wikidata's data is CC0 (public domain dedication).
# left out: names a country, organization, place or person already has;
#   names made only of English words, first names, generic words or a
#   country's name ("The Star", "Daily Mail", "The Hindu", "The Namibian");
#   one-word names under six letters or that are a word, a name or a city;
#   names that two newspapers carry; newspapers with no country the
#   gazetteer knows.
#   Newspapers the gazetteer already has under the same name and country
#   keep their entry and key and get the Wikidata id. A leading "The" is
#   left out of the names ("Philadelphia Inquirer" matches "the
#   Philadelphia Inquirer").
# licence of this file: CC0 (the source's facts).
#
# %d newspapers; %d existing organizations get a Wikidata id.
#
# Names of more than two words match as written, not in all capitals.

all_caps_up_to: 2

organizations:
`, len(countries), *minWiki, *minWikiOne, len(out), len(overlays))
	if len(overlays) > 0 {
		fmt.Fprintln(w, "  # Wikidata ids and other names of organizations the gazetteer has")
	}
	for _, o := range overlays {
		fields := []string{"key: " + o.key, "qid: " + o.qid}
		if len(o.aliases) > 0 {
			fields = append(fields, "aliases: "+list(o.aliases))
		}
		fmt.Fprintf(w, "  - {%s}\n", strings.Join(fields, ", "))
	}
	for _, o := range out {
		fields := []string{"key: " + o.key, "name: " + quote(o.name), "kind: " + document.KindNewspaper,
			"country: " + o.country, "qid: " + o.qid}
		if len(o.aliases) > 0 {
			fields = append(fields, "aliases: "+list(o.aliases))
		}
		fmt.Fprintf(w, "  - {%s}\n", strings.Join(fields, ", "))
	}
	if err := w.Close(); err != nil {
		return err
	}
	t.write(os.Stderr, 44, 12)
	fmt.Fprintf(os.Stderr, "newspapers %d, ids added to existing entries %d\n", len(out), len(overlays))
	return nil
}

var qidRe = regexp.MustCompile(`^Q[0-9]+$`)

// mediaNameProblem says why a newspaper's name may not be an alias, or "".
func mediaNameProblem(g *gazetteer.Gazetteer, l *lists, dict, places map[string]bool, name string) string {
	if why, bad := orgNameProblem(g, l, places, name); bad {
		return why
	}
	if curatedMediaExclusions[name] {
		return "curated exclusion (media)"
	}
	var rest []string
	for _, w := range strings.Fields(name) {
		if lw := strings.ToLower(strings.Trim(w, ".,'’")); !nameWords[lw] {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 {
		return "small words only"
	}
	ordinary := true
	for _, w := range rest {
		lw := strings.ToLower(strings.Trim(w, ".,'’"))
		if !(l.words[lw] || genericWords[lw] || l.names[lw] || len(rest) == 1 && dict[lw]) {
			ordinary = false
		}
	}
	if ordinary {
		return "English words, first names or generic words only"
	}
	// what is left after the generic words: a country's name or demonym
	// ("The Namibian", "Kenya Today", "The Irish Times") would swallow the
	// country; a city's name with a generic word ("Tianjin Daily") is a
	// newspaper's
	var core []string
	for _, w := range rest {
		if !genericWords[strings.ToLower(w)] {
			core = append(core, w)
		}
	}
	if e, _, ok := g.Lookup(strings.Join(core, " ")); ok && e.Type == document.Country {
		return "a country's name and generic words"
	}
	return ""
}

// allKnown reports whether every byte of s, ASCII or not, is one that the
// gazetteer's names already use.
func (sp *spelling) allKnown(s string) bool {
	for i := 0; i < len(s); i++ {
		if !sp.known[s[i]] {
			return false
		}
	}
	return true
}
