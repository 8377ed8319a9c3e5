package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func load(t testing.TB, extra ...string) *Gazetteer {
	t.Helper()
	g, err := Load(extra...)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := load(t)
	cases := []struct {
		text, id string
		form     Form
	}{
		{"China", "country:CHN", FormName},
		{"CHINA", "country:CHN", FormName},
		{"People's Republic of China", "country:CHN", FormName},
		{"People’s Republic of China", "country:CHN", FormName},
		{"PRC", "country:CHN", FormAcronym},
		{"PNG", "country:PNG", FormAcronym},
		{"Chinese", "country:CHN", FormDemonym},
		{"Russians", "country:RUS", FormDemonym},
		{"Russian Federation", "country:RUS", FormName}, {"Islamic Republic of Iran", "country:IRN", FormName}, {"Kingdom of Spain", "country:ESP", FormOfficial},
		{"Россия", "country:RUS", FormNative},
		{"中国", "country:CHN", FormNative},
		{"U.S.", "country:USA", FormAcronym},
		{"UK", "country:GBR", FormAcronym},
		{"Sino", "country:CHN", FormCombining},
		{"Pakistanis", "country:PAK", FormDemonym},
		{"Argentinean", "country:ARG", FormDemonym}, {"Argentineans", "country:ARG", FormDemonym},
		{"Xinhua", "org:xinhua", FormAlias},
		{"新华社", "org:xinhua", FormAlias},
		{"ТАСС", "org:tass", FormAlias},
		{"People’s Daily", "org:peoples-daily", FormName},
		{"CMG", "org:china-media-group", FormAcronym},
		{"Beijing", "place:beijing", FormName},
		{"Kiev", "place:kyiv", FormAlias},
		{"Putin", "person:vladimir-putin", FormSurname},
	}
	for _, c := range cases {
		e, form, ok := g.Lookup(c.text)
		if !ok || e.ID != c.id || form != c.form {
			t.Errorf("Lookup(%q) = %s %s %v, want %s %s", c.text, e.ID, form, ok, c.id, c.form)
		}
	}
	for _, no := range []string{"china", "us", "Us", "chinese", "tass", "Latin America", "Jersey"} {
		if e, _, ok := g.Lookup(no); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", no, e.ID)
		}
	}
}

func TestEntries(t *testing.T) {
	g := load(t)
	e, ok := g.Entry("org:xinhua")
	if !ok || e.Kind != "news_agency" || e.Country != "CHN" || e.Name != "Xinhua News Agency" {
		t.Errorf("org:xinhua = %+v", e)
	}
	c, ok := g.CountryByISO3("rus")
	if !ok || c.Name != "Russia" {
		t.Errorf("country RUS = %+v", c)
	}
	p, ok := g.Entry("place:moscow")
	if !ok || !p.Capital || p.Country != "RUS" {
		t.Errorf("place:moscow = %+v", p)
	}
	n := 0
	for _, e := range g.Entries {
		if e.Type == "Country" {
			n++
		}
	}
	if n < 240 {
		t.Errorf("%d countries, want all of ISO 3166-1", n)
	}
}

// TestNoConflicts guards the data files: two entries claiming one alias
// would make the tagger's choice depend on file order.
func TestNoConflicts(t *testing.T) {
	g := load(t)
	for _, c := range g.Conflicts {
		t.Error(c)
	}
}

func TestExtraFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "extra.yaml")
	body := `organizations:
  - {key: xinhua, name: Xinhua News Agency, aliases: [XNA Test Alias]}
  - {key: example-daily, name: Example Daily, kind: newspaper, country: FRA, acronyms: [EXD]}
countries:
  RUS: {demonyms: [Rossiyan]}
`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	g := load(t, path)
	for text, id := range map[string]string{"XNA Test Alias": "org:xinhua", "EXD": "org:example-daily", "Rossiyans": "country:RUS"} {
		if e, _, ok := g.Lookup(text); !ok || e.ID != id {
			t.Errorf("Lookup(%q) = %s, want %s", text, e.ID, id)
		}
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("organizations:\n  - {key: x, name: X, kind: pirate}\n"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "unknown kind") {
		t.Errorf("bad kind: err = %v", err)
	}
	typo := filepath.Join(dir, "typo.yaml")
	os.WriteFile(typo, []byte("organisations: []\n"), 0o644)
	if _, err := Load(typo); err == nil {
		t.Error("unknown top-level key accepted")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		load(b)
	}
}

// TestCapitalOf checks the capital of a country: from gountries, and from
// the places file where it names the capital (Astana, not Nur-Sultan).
func TestCapitalOf(t *testing.T) {
	g := load(t)
	for iso3, want := range map[string]string{"VNM": "place:hanoi", "KAZ": "place:astana", "KEN": "place:nairobi", "UKR": "place:kyiv"} {
		e, ok := g.CapitalOf(iso3)
		if !ok || e.ID != want {
			t.Errorf("CapitalOf(%s) = %q, %v; want %q", iso3, e.ID, ok, want)
		}
	}
	if e, ok := g.CapitalOf("XXX"); ok {
		t.Errorf("CapitalOf(XXX) = %q, want none", e.ID)
	}
}

// TestOneEntryPerOrganization checks that no two organization entries of
// one country share a name in another spelling (letter case, diacritics,
// punctuation, "TV" for "Television"), across the curated and the
// generated files.
func TestOneEntryPerOrganization(t *testing.T) {
	g := load(t)
	seen := map[string]string{}
	for _, e := range g.Entries {
		if e.Type != "Organization" || e.Country == "" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Names...) {
			k := sameName(n) + "|" + e.Country
			if prev, ok := seen[k]; ok && prev != e.ID {
				t.Errorf("%q names %s and %s", n, prev, e.ID)
			}
			seen[k] = e.ID
		}
	}
	for _, c := range []struct{ text, id string }{
		{"Lao National TV", "org:lao-national-television"},
		{"Lao National Television", "org:lao-national-television"},
		{"LNTV", "org:lao-national-television"},
		{"Strana.news", "org:strana-news"},
		{"Tsargrad.tv", "org:tsargrad-tv"},
		{"Bayon Television", "org:bayon-tv"},
	} {
		if e, _, ok := g.Lookup(c.text); !ok || e.ID != c.id {
			t.Errorf("Lookup(%q) = %s, %v; want %s", c.text, e.ID, ok, c.id)
		}
	}
	for _, id := range []string{"org:lao-national-tv", "org:strananews", "org:tsargradtv", "org:bayon-television"} {
		if _, ok := g.Entry(id); ok {
			t.Errorf("%s is a second entry of an organization", id)
		}
	}
}

func TestSameName(t *testing.T) {
	for _, c := range [][2]string{{"Lao National TV", "lao national television"}, {"Télé-Liban", "tele liban"}, {"Strana.news", "strana news"}} {
		if got := sameName(c[0]); got != c[1] {
			t.Errorf("sameName(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
