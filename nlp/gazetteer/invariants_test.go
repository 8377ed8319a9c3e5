package gazetteer

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pariz/gountries"
	"gopkg.in/yaml.v3"

	"github.com/mediakg/mediakg/nlp/document"
)

// commonWords must never be an alias of an organization or a place: the
// automaton matches aliases in title case and all capitals, so a word that
// starts a sentence would become an entity.
var commonWords = []string{
	"The", "News", "Times", "Post", "Today", "Radio", "Television", "Daily", "Star", "Sun",
	"Nation", "Express", "Mirror", "Independent", "Standard", "World", "Life", "Prime",
	"Republic", "Mobile", "Reading", "Nice", "Victoria", "Florence", "Lincoln", "Hamilton",
	"Gold", "Index", "Liberty", "Freedom", "Voice", "Truth", "Press", "Online", "Network",
	"Channel", "Media", "Group", "Agency", "Bulletin", "Herald", "Tribune", "Observer",
	"Guardian", "Telegraph", "Globe", "Journal", "Review", "Monitor", "Courier", "Mail",
	"Phoenix", "Orange", "Surprise", "Split", "Bath", "Sale", "Van", "Natal", "Queens",
	"Eurasia", "Africa", "Asia", "Europe", "Pacific", "Sahel", "Gaza", "Palma", "Shashi",
	"Charlotte", "Austin", "Aurora", "Madison", "Houston", "Jackson", "Santos", "Medina",
	"May", "March", "June", "August", "Will", "Mark", "Bill", "Grace", "Hope", "Joy",
}

var qidRe = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// TestInvariants checks what every data file, curated or generated, must
// keep: valid ISO 3166 codes, Wikidata ids of the right shape and each on
// one entry only, organization keys unique within their file, no common
// word as an alias, and no alias two entries claim (TestNoConflicts).
func TestInvariants(t *testing.T) {
	g := load(t)
	q := gountries.New()
	valid := map[string]bool{}
	for _, c := range q.Countries {
		valid[c.Alpha3] = true
	}
	qids := map[string]string{}
	for _, e := range g.Entries {
		if e.Country != "" && !valid[e.Country] {
			t.Errorf("%s: country %q is not an ISO 3166-1 alpha-3 code", e.ID, e.Country)
		}
		if (e.Type == document.Place || e.Type == document.Person) && e.Country == "" {
			t.Errorf("%s: no country", e.ID)
		}
		if e.QID == "" {
			continue
		}
		if !qidRe.MatchString(e.QID) {
			t.Errorf("%s: Wikidata id %q is not Q followed by digits", e.ID, e.QID)
		}
		if other, ok := qids[e.QID]; ok {
			t.Errorf("%s and %s share the Wikidata id %s", other, e.ID, e.QID)
		}
		qids[e.QID] = e.ID
	}
	stop := map[string]bool{}
	for _, w := range commonWords {
		stop[strings.ToLower(w)] = true
	}
	for _, a := range g.Aliases {
		if a.Entry < 0 {
			continue
		}
		e := g.Entries[a.Entry]
		if (e.Type == document.Organization || e.Type == document.Place) && stop[strings.ToLower(a.Text)] {
			t.Errorf("%s: alias %q is a common word", e.ID, a.Text)
		}
	}
	for _, name := range embeddedFiles {
		raw, err := dataFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var f struct {
			Organizations []struct {
				Key string `yaml:"key"`
			} `yaml:"organizations"`
		}
		if err := yaml.Unmarshal(raw, &f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		keys := map[string]bool{}
		for _, o := range f.Organizations {
			if keys[o.Key] {
				t.Errorf("%s: key %q twice", name, o.Key)
			}
			keys[o.Key] = true
		}
		if !strings.Contains(string(raw[:min(len(raw), 2000)]), "source") || !strings.Contains(string(raw[:min(len(raw), 2500)]), "licence") {
			t.Errorf("%s: the header must name the source and its licence", name)
		}
	}
}

// TestGeneratedEntries pins a few entries of the generated files: a
// capital and a city count for their country, carry their Wikidata id
// and their English name; common words and first names stay out.
func TestGeneratedEntries(t *testing.T) {
	g := load(t)
	cases := []struct {
		text, id, country, qid string
	}{
		{"Windhoek", "place:windhoek", "NAM", "Q3935"},
		{"Suva", "place:suva", "FJI", ""},
		{"Cologne", "place:cologne", "DEU", "Q365"},
		{"Koeln", "place:cologne", "DEU", "Q365"},
		{"Antwerp", "place:antwerp", "BEL", "Q12892"},
		{"Kansas City", "place:kansas-city", "USA", ""},
		{"Botswana Press Agency", "org:botswana-press-agency", "BWA", ""},
		{"BOPA", "org:botswana-press-agency", "BWA", ""},
		{"Radio Uganda", "org:radio-uganda", "UGA", ""},
		{"Xinhua", "org:xinhua", "CHN", "Q204839"},
		{"Haaretz", "org:haaretz", "ISR", "Q216393"}, // news_media.yaml
		{"Helsingin Sanomat", "org:helsingin-sanomat", "FIN", "Q366921"},
		{"Dawn", "org:dawn", "PAK", "Q1178770"},          // a curated entry gets its id
		{"Al Mayadeen", "org:al-mayadeen-tv", "LBN", ""}, // broadcasters.yaml, "X TV" as "X"
		{"CNN International", "org:cnn-international", "USA", ""},
		{"Dunya News", "org:dunya-news", "PAK", ""},
		{"RT India", "org:rt-india", "IND", ""},                                 // a country after a name: a channel of its own
		{"DD India", "org:dd-india", "IND", ""},                                 // a general channel of a known broadcaster
		{"ABC Australia", "org:australian-broadcasting-corporation", "AUS", ""}, // the curated entry claims the channel's name
	}
	for _, c := range cases {
		e, _, ok := g.Lookup(c.text)
		if !ok || e.ID != c.id || e.Country != c.country || c.qid != "" && e.QID != c.qid {
			t.Errorf("Lookup(%q) = %s %s %s %v; want %s %s %s", c.text, e.ID, e.Country, e.QID, ok, c.id, c.country, c.qid)
		}
	}
	if c, ok := g.CountryByISO3("NAM"); !ok || c.QID != "Q1030" {
		t.Errorf("country NAM: Wikidata id %q, want Q1030", c.QID)
	}
	for _, no := range []string{"Mobile", "Nice", "Victoria", "Florence", "Reading", "San Jose", "Newcastle", "Gaza", "Eurasia", "Radio Nacional", "CBS",
		"The Namibian", "Daily Mail", "The Times", "Le Peuple",
		// broadcasters.yaml: ordinary words, a name of channels of two
		// countries, a Romance article and one word, a numbered copy
		"Channels TV", "ABC News", "El Centro", "ABC News Live 3", "Diario", "Channel8", "Khorasan Razavi"} {
		if e, _, ok := g.Lookup(no); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", no, e.ID)
		}
	}
}
