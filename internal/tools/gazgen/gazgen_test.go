package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/gazetteer"
)

func TestSplitName(t *testing.T) {
	cases := []struct {
		field, name, acr, prefix string
		ok                       bool
	}{
		{"Lakeside News Agency (LNA)", "Lakeside News Agency", "LNA", "", true},
		{"Television: Hill Country TV", "Hill Country TV", "", "television", true},
		{"Print: Lakeside Courier*", "Lakeside Courier", "", "print", true},
		{"Lakeside Daily (English)", "", "", "", false},
		{"Lakeside Radio Spanish", "", "", "", false},
		{"LNA", "", "", "", false},
		{"Lakeside Daily (Lakeside Ribao)", "Lakeside Daily", "", "", true},
		{"  ", "", "", "", false},
	}
	for _, c := range cases {
		name, acr, prefix, ok := splitName(c.field)
		if name != c.name || acr != c.acr || prefix != c.prefix || ok != c.ok {
			t.Errorf("splitName(%q) = %q %q %q %v; want %q %q %q %v", c.field, name, acr, prefix, ok, c.name, c.acr, c.prefix, c.ok)
		}
	}
}

func TestOrgKind(t *testing.T) {
	cases := []struct {
		name, prefix string
		company      bool
		want         string
	}{
		{"Lakeside News Agency", "", false, "news_agency"},
		{"Agence Lacustre de Presse", "", false, "news_agency"},
		{"Hill Country Radio and Television", "", false, "broadcaster"},
		{"Lakeside Courier", "", false, "newspaper"},
		{"Lakeside Media Holding", "", true, "company"},
		{"Kestrel", "online", false, "online_media"},
		{"Ministry of Lakes", "", false, "government_body"},
		{"Kestrel", "", false, "other"},
	}
	for _, c := range cases {
		if got := orgKind(c.name, c.prefix, c.company); got != c.want {
			t.Errorf("orgKind(%q, %q) = %s, want %s", c.name, c.prefix, got, c.want)
		}
	}
}

func testLists(t *testing.T) *lists {
	t.Helper()
	dir := t.TempDir()
	words := filepath.Join(dir, "words")
	names := filepath.Join(dir, "names")
	os.WriteFile(words, []byte("kettle\nmobile\nPhoenix\n"), 0o644)
	os.WriteFile(names, []byte("Rosalind\nAdelaide\n"), 0o644)
	l, err := loadLists(commonFlags{words: words, names: names})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestPlaceNameProblem(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := testLists(t)
	amb := map[string]map[string]int{
		"lakeport":  {"AA": 500000, "BB": 200000},
		"hillside":  {"AA": 900000, "BB": 100000},
		"riverbend": {"AA": 400000},
	}
	cases := []struct {
		text string
		bad  bool
		why  string
	}{
		{"Riverbend", false, ""},
		{"Kettle", true, "common English word"},
		{"Rosalind", true, "first name"},
		{"Mobile", true, "curated exclusion"},
		{"Phoenix", false, ""},                                // only its lower-case entry makes a word
		{"Adelaide", true, "name of another gazetteer entry"}, // it is in cities.yaml
		{"Lakeport", true, "city name in two countries"},
		{"Hillside", false, ""}, // the other is under a quarter
		{"China", true, "name of another gazetteer entry"},
		{"Abo", true, "too short"},
		{"Sector 7", true, "has a digit"},
	}
	for _, c := range cases {
		why, bad := placeNameProblem(g, l, amb, map[string]bool{}, c.text, "AA", "")
		if bad != c.bad || why != c.why {
			t.Errorf("placeNameProblem(%q) = %q %v; want %q %v", c.text, why, bad, c.why, c.bad)
		}
	}
	// for its own entry a name in the gazetteer is fine, and a kept city
	// passes the first-name list
	if why, bad := placeNameProblem(g, l, amb, map[string]bool{}, "Adelaide", "AU", "place:adelaide"); bad {
		t.Errorf("Adelaide for its own entry: %s", why)
	}
	if why, bad := placeNameProblem(g, l, amb, map[string]bool{"Riverbend": true}, "Riverbend", "AA", ""); !bad || why != "excluded capital (places.yaml)" {
		t.Errorf("an excluded capital passed: %q %v", why, bad)
	}
}

func TestMatchWikidata(t *testing.T) {
	wd := map[string][]wdCity{}
	for _, c := range []wdCity{
		{URL: "http://www.wikidata.org/entity/Q1", Label: "Lakeport", Population: "1000000"},
		{URL: "http://www.wikidata.org/entity/Q2", Label: "Old Lakeport", Population: "900000"},
		{URL: "http://www.wikidata.org/entity/Q3", Label: "Twin", Population: "500000"},
		{URL: "http://www.wikidata.org/entity/Q4", Label: "Twin", Population: "600000"},
	} {
		wd[fold(c.Label)] = append(wd[fold(c.Label)], c)
	}
	cases := []struct {
		r    geoRow
		want string
	}{
		{geoRow{name: "Lakeport", ascii: "Lakeport", pop: 400000}, "Q1"},
		{geoRow{name: "Lakeport", ascii: "Lakeport", pop: 200000}, ""}, // a factor of five
		{geoRow{name: "Twin", ascii: "Twin", pop: 550000}, ""},         // two items fit
		// its own name first: an old name among the alternates loses
		{geoRow{name: "Lakeport", ascii: "Lakeport", alt: []string{"Old Lakeport"}, pop: 900000}, "Q1"},
		{geoRow{name: "Newport", ascii: "Newport", alt: []string{"Old Lakeport"}, pop: 800000}, "Q2"},
	}
	for _, c := range cases {
		if got := matchWikidata(c.r, wd); got != c.want {
			t.Errorf("matchWikidata(%s, %d) = %q, want %q", c.r.name, c.r.pop, got, c.want)
		}
	}
}

func TestSpelling(t *testing.T) {
	sp := &spelling{known: map[byte]bool{}}
	for _, s := range []string{"é", "É"} {
		for i := 0; i < len(s); i++ {
			sp.known[s[i]] = true
		}
	}
	cases := []struct{ in, out string }{
		{"Lakeport", "Lakeport"},
		{"Lakeé", "Lakeé"},
		{"Rājkot", "Rajkot"},
		{"Łódź", ""},
	}
	for _, c := range cases {
		out, ok := sp.of(c.in)
		if out != c.out || ok != (c.out != "") {
			t.Errorf("spelling.of(%q) = %q %v, want %q", c.in, out, ok, c.out)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"Lakeport": "Lakeport", "People's Radio": `"People's Radio"`, "Yes": `"Yes"`,
		"A: B": `"A: B"`, `Say "hi"`: `"Say \"hi\""`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
	if got := list([]string{"A", "B, C"}); !strings.Contains(got, `"B, C"`) {
		t.Errorf("list = %s", got)
	}
}

func TestMediaNameProblem(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := testLists(t)
	l.words["star"], l.words["mail"] = true, true
	dict := map[string]bool{"kettle": true, "star": true, "mail": true, "hindu": true}
	cases := []struct {
		name string
		bad  bool
	}{
		{"Lakeport Chronicle", false}, // a city's name with a generic word
		{"Kettlewick Courant", false},
		{"The Star", true},     // words only
		{"Daily Mail", true},   // a generic word and a word
		{"The Hindu", true},    // one word the dictionary has in capitals
		{"The Namibian", true}, // a country's demonym
		{"Kenya Today", true},  // a country's name and a generic word
		{"The Rosalind", true}, // a first name
		{"Le Peuple", true},    // curated
		{"The Times", true},    // generic words only
		{"Lakeshoreville", false},
	}
	for _, c := range cases {
		why := mediaNameProblem(g, l, dict, map[string]bool{}, c.name)
		if (why != "") != c.bad {
			t.Errorf("mediaNameProblem(%q) = %q; want bad %v", c.name, why, c.bad)
		}
	}
}

func TestMediaMain(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// a newspaper of Namibia (Q1030) in 12 Wikipedias, one in 2, one
	// whose name is ordinary words, one without a country
	wikis := func(n int) string {
		var parts []string
		for i := 0; i < n; i++ {
			parts = append(parts, fmt.Sprintf(`"w%dwiki": {"title": "x"}`, i))
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	write("Q9000001.json", `{"wikibase": "Q9000001", "label": "Lakeshore Chronicle", "claims": {"P17": ["Q1030"], "P571": [{"x": 1}]}, "sitelinks": `+wikis(12)+`}`)
	write("Q9000002.json", `{"wikibase": "Q9000002", "label": "Hillside Courant", "claims": {"P17": ["Q1030"]}, "sitelinks": `+wikis(2)+`}`)
	write("Q9000003.json", `{"wikibase": "Q9000003", "label": "The Star", "claims": {"P17": ["Q1030"]}, "sitelinks": `+wikis(12)+`}`)
	write("Q9000004.json", `{"wikibase": "Q9000004", "label": "Nowhere Gazette Weekly", "claims": {}, "sitelinks": `+wikis(12)+`}`)
	write("Q9000005.json", `not json`)
	words := filepath.Join(dir, "words.txt")
	if err := os.WriteFile(words, []byte("star\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.yaml")
	if err := mediaMain([]string{"-entities", dir, "-words", words, "-out", out}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	if !strings.Contains(s, "{key: lakeshore-chronicle, name: Lakeshore Chronicle, kind: newspaper, country: NAM, qid: Q9000001}") {
		t.Errorf("the notable newspaper is missing:\n%s", s)
	}
	body := s[strings.Index(s, "organizations:"):]
	for _, no := range []string{"Hillside Courant", "The Star", "Nowhere Gazette"} {
		if strings.Contains(body, no) {
			t.Errorf("%s should be left out:\n%s", no, s)
		}
	}
	if !strings.Contains(s, "source") || !strings.Contains(s, "licence") {
		t.Errorf("the header must name the source and licence")
	}
}

func TestChannelNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		alt  []string
		want []string
	}{
		{"Al Qamariya TV", nil, []string{"Al Qamariya TV", "Al Qamariya"}},
		{"Hillview TV HD", nil, []string{"Hillview TV"}}, // one word stays with TV
		{"El Mirador TV", nil, []string{"El Mirador TV"}},
		{"Coastal Television", []string{"CTV Coast"}, []string{"Coastal Television", "Coastal TV", "CTV Coast"}},
		{"Lakeshore 24", nil, []string{"Lakeshore 24", "Lakeshore24"}},
	} {
		got := channelNames(channelRow{name: tc.name, altNames: tc.alt})
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("channelNames(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestChannelEdition(t *testing.T) {
	known := func(s string) bool { return s == "Lakeshore News" }
	isPlace := func(s string) bool { return s == "Windhoek" }
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Lakeshore News 2", true},
		{"Lakeshore News Windhoek", true},
		{"Lakeshore News Today", false},
		{"Lakeshore News", false},
		{"Riverside 24", false}, // "Riverside" is no other channel's name
		{"Lakeshore News Namibia", false},
	} {
		if got := edition(tc.name, known, isPlace); got != tc.want {
			t.Errorf("edition(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{{"Press TV French", true}, {"News18 Marathi", true}, {"Lakeshore News", false}, {"English", false}} {
		if got := languageEdition(tc.name); got != tc.want {
			t.Errorf("languageEdition(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSpaced(t *testing.T) {
	for in, want := range map[string]string{"Digi24": "Digi 24", "ABC News Live1": "ABC News Live 1", "Digi 24": "Digi 24", "CNN": "CNN", "24": "24"} {
		if got := spaced(in); got != want {
			t.Errorf("spaced(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMixedScripts(t *testing.T) {
	for name, want := range map[string]bool{"FREEДOM": true, "CGTN Pусскии": true, "Россия 24": false, "Espreso TV": false} {
		if got := mixedScripts(name); got != want {
			t.Errorf("mixedScripts(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestChannelsMain(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	channels := write("channels.csv", `id,name,alt_names,network,owners,country,categories,is_nsfw,launched,closed,replaced_by,website
LakeshoreNN.na,Lakeshore News Network,LNN Namibia,,Lakeshore Media,NA,news,FALSE,,,,https://lnn.example
LakeshoreNN2.na,Lakeshore News Network 2,,,Lakeshore Media,NA,news,FALSE,,,,https://lnn.example
LakeshoreNNFr.na,Lakeshore News Network French,,,Lakeshore Media,NA,news,FALSE,,,,https://lnn.example
AlQamariya.na,Al Qamariya TV,,,Qamariya Group,NA,news;general,FALSE,,,,https://q.example
Riverside.na,Riverside Newsline,,,,NA,news,FALSE,,,,https://r.example
Coastal.na,Coastal Infoline,,,Coastal Ltd,NA,news,FALSE,,,,https://c.example
Twin.na,Twin Reportage,,,Twin Ltd,NA,news,FALSE,,,,https://t.example
Twin.za,Twin Reportage,,,Other Ltd,ZA,general,FALSE,,,,https://t2.example
Old.na,Oldtown Newsline,,,Old Ltd,NA,news,FALSE,,2020-01-01,,https://o.example
Channels.na,Channels TV,,,Channels Ltd,NA,news,FALSE,,,,https://ch.example
Num.na,360 TV,,,Num Ltd,NA,news,FALSE,,,,https://n.example
Ch8.na,Channel 8,,,Ch Ltd,NA,news,FALSE,,,,https://c8.example
Gen.na,Lakeshore Prime,,,Xinhua,NA,general,FALSE,,,,https://g.example
Gen2.na,Hilltopper,,,Xinhua,NA,general,FALSE,,,,https://g2.example
Gen3.na,Valley Vista,,,Valley Ltd,NA,general,FALSE,,,,https://g3.example
Sport.na,Sunnyvale Sports,,,Sport Ltd,NA,sports,FALSE,,,,https://s.example
`)
	feeds := write("feeds.csv", `channel,id,name,alt_names,is_main,broadcast_area,timezones,languages,format
LakeshoreNN.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
LakeshoreNN2.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
LakeshoreNNFr.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,fra,576i
AlQamariya.na,SD,SD,,TRUE,r/ARAB;c/NA,Africa/Windhoek,ara,576i
Riverside.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Coastal.na,SD,SD,,TRUE,s/NA-ER,Africa/Windhoek,eng,576i
Twin.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Channels.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Num.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Ch8.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Gen.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Gen2.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
Gen3.na,SD,SD,,TRUE,c/NA,Africa/Windhoek,eng,576i
`)
	words := write("words.txt", "channels\n")
	out := filepath.Join(dir, "out.yaml")
	if err := channelsMain([]string{"-channels", channels, "-feeds", feeds, "-words", words, "-out", out}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, want := range []string{
		"{key: lakeshore-news-network, name: Lakeshore News Network, kind: broadcaster, country: NAM, aliases: [LNN Namibia]}",
		"{key: al-qamariya-tv, name: Al Qamariya TV, kind: broadcaster, country: NAM, aliases: [Al Qamariya]}",
		// a general channel of an organization the gazetteer has
		"{key: lakeshore-prime, name: Lakeshore Prime, kind: broadcaster, country: NAM}",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in\n%s", want, s)
		}
	}
	body := s[strings.Index(s, "organizations:"):]
	for _, no := range []string{"Network 2", "Network French", "Riverside", "Coastal", "Twin", "Oldtown", "Channels", "360", "Sunnyvale", "Channel8", "Channel 8",
		"Hilltopper", "Valley Vista"} {
		if strings.Contains(body, no) {
			t.Errorf("%s should be left out:\n%s", no, s)
		}
	}
	if !strings.Contains(s, "source") || !strings.Contains(s, "licence") {
		t.Errorf("the header must name the source and licence")
	}
}
