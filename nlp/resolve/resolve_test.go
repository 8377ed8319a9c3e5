package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

func newResolver(t *testing.T) *Resolver {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(g)
}

// TestDateRangeEnds: a range is two Date entities, one per end, each with
// the range's mention; a single date that equals an end shares its entity.
func TestDateRangeEnds(t *testing.T) {
	d := &document.Document{Mentions: []document.Mention{
		{Type: document.Date, Text: "March 3 to 5", Value: "2024-03-03/2024-03-05", Kind: "day", Span: document.Span{Start: 0, End: 12}, Confidence: 0.9},
		{Type: document.Date, Text: "March 5", Value: "2024-03-05", Kind: "day", Span: document.Span{Start: 20, End: 27}, Confidence: 0.9},
		{Type: document.Date, Text: "2021-2025", Value: "2021/2025", Kind: "year", Span: document.Span{Start: 30, End: 39}, Confidence: 0.9},
		{Type: document.Date, Text: "Monday", Value: "", Kind: "day", Span: document.Span{Start: 40, End: 46}},
	}}
	newResolver(t).Apply(d)
	want := map[string][]string{
		"date:2024-03-03": {"March 3 to 5"},
		"date:2024-03-05": {"March 3 to 5", "March 5"},
		"date:2021":       {"2021-2025"},
		"date:2025":       {"2021-2025"},
	}
	if len(d.Entities) != len(want) {
		t.Fatalf("%d entities, want %d: %+v", len(d.Entities), len(want), d.Entities)
	}
	for _, e := range d.Entities {
		texts := want[e.ID]
		if texts == nil {
			t.Errorf("unexpected entity %s", e.ID)
			continue
		}
		if e.Value != e.ID[len("date:"):] {
			t.Errorf("%s: value %q", e.ID, e.Value)
		}
		if len(e.Mentions) != len(texts) {
			t.Errorf("%s: mentions %+v, want %v", e.ID, e.Mentions, texts)
			continue
		}
		for i, m := range e.Mentions {
			if m.Text != texts[i] {
				t.Errorf("%s: mention %d %q, want %q", e.ID, i, m.Text, texts[i])
			}
		}
	}
}

// TestEntitiesByID: mentions of one id are one entity; gazetteer names win.
func TestEntitiesByID(t *testing.T) {
	d := &document.Document{Mentions: []document.Mention{
		{Type: document.Organization, Text: "Xinhua", EntityID: "org:xinhua", Span: document.Span{Start: 0, End: 6}},
		{Type: document.Organization, Text: "Xinhua News Agency", EntityID: "org:xinhua", Span: document.Span{Start: 10, End: 28}},
		{Type: document.Organization, Text: "Lakeside Press Council", Span: document.Span{Start: 30, End: 52}},
		{Type: document.Person, Text: "Amina Odhiambo", Span: document.Span{Start: 60, End: 74}},
		{Type: document.Person, Text: "Odhiambo", Name: "Amina Odhiambo", Span: document.Span{Start: 80, End: 88}},
	}}
	newResolver(t).Apply(d)
	byID := map[string]document.Entity{}
	for _, e := range d.Entities {
		byID[e.ID] = e
	}
	if x := byID["org:xinhua"]; x.Name != "Xinhua News Agency" || len(x.Mentions) != 2 {
		t.Errorf("xinhua: %+v", x)
	}
	if _, ok := byID["org:lakeside-press-council"]; !ok {
		t.Errorf("pattern organization: %+v", d.Entities)
	}
	if p := byID["person:amina-odhiambo"]; len(p.Mentions) != 2 {
		t.Errorf("person: %+v", p)
	}
}

// TestCountriesOf: a place names its country, and so does a country's
// name or demonym inside an organization's name as written; the
// gazetteer's canonical name does not, nor do regions.
func TestCountriesOf(t *testing.T) {
	d := &document.Document{Mentions: []document.Mention{
		{Type: document.Place, Text: "Nairobi", Span: document.Span{Start: 0, End: 7}},
		{Type: document.Organization, Text: "Namibian Ministry of Information", Span: document.Span{Start: 10, End: 42}},
		{Type: document.Organization, Text: "Ghana News Agency", Span: document.Span{Start: 50, End: 67}},
		{Type: document.Organization, Text: "Foreign Ministry", EntityID: "org:china-foreign-ministry", Span: document.Span{Start: 70, End: 86}},
		{Type: document.Organization, Text: "Arab States Broadcasting Union", Span: document.Span{Start: 90, End: 120}},
		{Type: document.Organization, Text: "African Union", Span: document.Span{Start: 130, End: 143}},
		{Type: document.Country, Text: "Ghana", EntityID: "country:GHA", Span: document.Span{Start: 150, End: 155}},
	}}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	if e, _, ok := g.Lookup("Nairobi"); !ok || e.Country != "KEN" {
		t.Skipf("gazetteer has no Nairobi place: %+v", e)
	}
	New(g).Apply(d)
	got := map[string]string{} // country id -> first mention rule
	for _, e := range d.Entities {
		if e.Type == document.Country {
			got[e.ID] = e.Mentions[0].Rule
		}
	}
	want := map[string]string{"country:KEN": RuleCountryOfPlace, "country:NAM": RuleCountryInName, "country:GHA": ""}
	if len(got) != len(want) {
		t.Errorf("countries %v, want %v", got, want)
	}
	for id, rule := range want {
		if r, ok := got[id]; !ok || r != rule {
			t.Errorf("%s: rule %q (present %v), want %q", id, r, ok, rule)
		}
	}
	for i := 1; i < len(d.Entities); i++ {
		a, b := d.Entities[i-1], d.Entities[i]
		if a.Type > b.Type || a.Type == b.Type && a.ID > b.ID {
			t.Errorf("entities out of order at %d: %s %s", i, a.ID, b.ID)
		}
	}
}

// TestPartialPersons: a person named in full once and by part of the name
// elsewhere, also through a title pattern or without accents, is one
// entity; a part that fits two longer names stays apart.
func TestPartialPersons(t *testing.T) {
	cases := []struct {
		name     string
		mentions []string // person mention texts, in order
		want     map[string]string
	}{
		{"surname after the full name", []string{"Amina Odhiambo", "Odhiambo"},
			map[string]string{"Odhiambo": "person:amina-odhiambo"}},
		{"a father's name after bin is another person", []string{"Ali bin Omar bin Rami Al Felan", "Omar bin Rami Al Felan"},
			map[string]string{"Omar bin Rami Al Felan": "person:omar-bin-rami-al-felan"}},
		{"surname before the full name", []string{"Odhiambo", "Amina Odhiambo"},
			map[string]string{"Odhiambo": "person:amina-odhiambo"}},
		{"without accents", []string{"Tran Văn Chính", "Chinh"},
			map[string]string{"Chinh": "person:tran-văn-chính"}},
		{"two words of a longer name", []string{"Saeed bin Rashid Al Hammadi", "Al Hammadi"},
			map[string]string{"Al Hammadi": "person:saeed-bin-rashid-al-hammadi"}},
		{"two candidates", []string{"Wang Lin", "Wang Jun", "Wang"},
			map[string]string{"Wang": "person:wang"}},
		{"no word in common", []string{"Amina Odhiambo", "Peter Otieno"},
			map[string]string{"Peter Otieno": "person:peter-otieno"}},
		{"initials and a surname, then the surname", []string{"K. R. Wickramasinghe", "Wickramasinghe"},
			map[string]string{"Wickramasinghe": "person:k-r-wickramasinghe"}},
		{"initials written as one token", []string{"Menon", "R.K. Menon"},
			map[string]string{"Menon": "person:rk-menon"}},
		{"two initialled names with one surname", []string{"A. Otieno", "B. Otieno", "Otieno"},
			map[string]string{"Otieno": "person:otieno"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &document.Document{}
			off := 0
			for _, text := range c.mentions {
				d.Mentions = append(d.Mentions, document.Mention{Type: document.Person, Text: text,
					Span: document.Span{Start: off, End: off + len(text)}})
				off += len(text) + 1
			}
			newResolver(t).Apply(d)
			for _, m := range d.Mentions {
				if want, ok := c.want[m.Text]; ok && m.EntityID != want {
					t.Errorf("%q: id %s, want %s", m.Text, m.EntityID, want)
				}
			}
		})
	}
}

// TestMissions: a mission named with and without its host place is one
// organization; with two host places the short name stays apart.
func TestMissions(t *testing.T) {
	org := func(text string, off int) document.Mention { return orgMention(text, "pat.org.head", off) }
	d := &document.Document{Mentions: []document.Mention{org("Lakeland Embassy in Nairobi", 0), org("Lakeland Embassy", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:lakeland-embassy-in-nairobi" {
		t.Errorf("short name: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{org("Lakeland Embassy in Nairobi", 0), org("Lakeland Embassy in Accra", 40), org("Lakeland Embassy", 80)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[2].EntityID; got != "org:lakeland-embassy" {
		t.Errorf("two places: %s", got)
	}
	// a mission named by its host city, without a place, and by its host
	// country (round 13)
	d = &document.Document{Mentions: []document.Mention{org("Lakeland Embassy in Nairobi", 0), org("Lakeland Embassy", 40), org("Lakeland Embassy in Kenya", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID + " " + d.Mentions[2].EntityID; got != "org:lakeland-embassy-in-nairobi org:lakeland-embassy-in-nairobi" {
		t.Errorf("host city and country: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{org("Lakeland Embassy in Nairobi", 0), org("Lakeland Embassy in Ghana", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:lakeland-embassy-in-ghana" {
		t.Errorf("a city of another country: %s", got)
	}
	// a club named with and without the member noun of its name; a
	// foundation without a field word is another body (round 13)
	d = &document.Document{Mentions: []document.Mention{org("Hill Journalists Club", 0), org("Hill Press Foundation", 30), org("Hill Club", 60), org("Hill Foundation", 80)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[2].EntityID; got != "org:hill-journalists-club" {
		t.Errorf("club without its member noun: %s", got)
	}
	if got := d.Mentions[3].EntityID; got != "org:hill-foundation" {
		t.Errorf("foundation without its field: %s", got)
	}
	// a ministry named by its first field and in full, or without and
	// with its country after "of"
	d = &document.Document{Mentions: []document.Mention{org("Ministry of Information, Lake Affairs and Tourism", 0), org("Ministry of Information", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:ministry-of-information-lake-affairs-and-tourism" {
		t.Errorf("first field: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{org("Ministry of Media of Kenya", 0), org("Ministry of Media", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:ministry-of-media-of-kenya" {
		t.Errorf("country after of: %s", got)
	}
	// any body without "of the Republic of" and its country
	d = &document.Document{Mentions: []document.Mention{org("Media Development Agency of the Republic of Azerbaijan", 0), org("Media Development Agency", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:media-development-agency-of-the-republic-of-azerbaijan" {
		t.Errorf("republic after of: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{org("Media Development Agency of the Republic of Lakeland", 0), org("Media Development Agency", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:media-development-agency" {
		t.Errorf("republic of no known country: %s", got)
	}
	// a body the gazetteer knows, named later by its head alone
	// (resolve.org.head-form); not a pattern's longer name
	g := org("Lakeland Press Department of the Hill Council", 0)
	g.Rule, g.EntityID = "gaz.org.name", "org:hill-press-department"
	d = &document.Document{Mentions: []document.Mention{g, org("Lakeland Press Department", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:hill-press-department" {
		t.Errorf("head form of a known body: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{org("Lakeland Press Department of the Hill Council", 0), org("Lakeland Press Department", 60)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:lakeland-press-department" {
		t.Errorf("head form of a pattern's name: %s", got)
	}
	// not another head's name: "Foreign Ministry" of another country
	d = &document.Document{Mentions: []document.Mention{org("Foreign Ministry of Kenya", 0), org("Foreign Ministry", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:foreign-ministry" {
		t.Errorf("foreign ministry: %s", got)
	}
}

// TestInitials: an acronym found alone is the organization of the article
// whose name it abbreviates, when there is one such.
func TestInitials(t *testing.T) {
	d := &document.Document{Mentions: []document.Mention{ruleOrg("Union of Lake Journalists", "pat.org.prefix", 0), ruleOrg("ULJ", "pat.org.title-acronym", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:union-of-lake-journalists" {
		t.Errorf("acronym: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{ruleOrg("Lakeside Press Union", "pat.org.head", 0), ruleOrg("LPN", "pat.org.title-acronym", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:lpn" {
		t.Errorf("other initials: %s", got)
	}
	// an acronym in apposition with an outlet noun ("LFI, the French
	// media agency (Lake France International)")
	d = &document.Document{Mentions: []document.Mention{ruleOrg("LFI", "pat.org.name-appos", 0), ruleOrg("Lake France International", "pat.org.prefix-name", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[0].EntityID; got != "org:lake-france-international" {
		t.Errorf("acronym in apposition: %s", got)
	}
}

// TestCountryPrefix: a body named with and without its country is one
// organization.
func TestCountryPrefix(t *testing.T) {
	org := func(text string, off int) document.Mention { return orgMention(text, "pat.org.head", off) }
	d := &document.Document{Mentions: []document.Mention{org("Kenya Media Development Agency", 0), org("Media Development Agency", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:kenya-media-development-agency" {
		t.Errorf("without the country: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{org("Lakeside Media Development Agency", 0), org("Media Development Agency", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:media-development-agency" {
		t.Errorf("a prefix that is no country: %s", got)
	}
}

// TestForms: two forms of one organization's name in an article are one
// organization: a ministry by its field before or after its head, a
// country's name and its demonym, a descriptive name and the one known
// organization of that country, kind and head; two countries stay apart.
func TestForms(t *testing.T) {
	org := func(text, rule, kind, country string, off int) document.Mention {
		m := orgMention(text, rule, off)
		m.Kind, m.Country = kind, country
		return m
	}
	cases := []struct {
		name string
		ms   []document.Mention
		want []string // the ids of the mentions after Apply
	}{
		{"a ministry by its field before or after its head", []document.Mention{
			org("Ministry of Foreign Affairs", "pat.org.prefix", "government_body", "KEN", 0), org("Foreign Ministry", "pat.org.head", "government_body", "", 40)},
			[]string{"org:ministry-of-foreign-affairs", "org:ministry-of-foreign-affairs"}},
		{"another ministry's field stays apart", []document.Mention{
			org("Ministry of Foreign Affairs", "pat.org.prefix", "government_body", "KEN", 0), org("Foreign Trade Ministry", "pat.org.head", "government_body", "", 40)},
			[]string{"org:ministry-of-foreign-affairs", "org:foreign-trade-ministry"}},
		{"a country's name and its demonym", []document.Mention{
			org("Thailand Lake Writers Association", "pat.org.head", "other", "THA", 0), org("Thai Lake Writers Association", "pat.org.head", "other", "THA", 40)},
			[]string{"org:thailand-lake-writers-association", "org:thailand-lake-writers-association"}},
		{"a name with a country stays apart from one of another country", []document.Mention{
			org("Foreign Ministry", "pat.org.head", "government_body", "", 0), org("Foreign Ministry of Kenya", "pat.org.head", "government_body", "KEN", 40)},
			[]string{"org:foreign-ministry", "org:foreign-ministry-of-kenya"}},
		{"a descriptive name and the known organization", []document.Mention{
			{Type: document.Organization, Text: "Xinhua", Rule: "gaz.org.alias", EntityID: "org:xinhua", Span: document.Span{Start: 0, End: 6}},
			org("Chinese News Agency", "pat.org.head", "news_agency", "CHN", 40)},
			[]string{"org:xinhua", "org:xinhua"}},
		{"a brand and the brand with a generic tail", []document.Mention{
			org("Lakeside News", "pat.org.head", "newspaper", "", 0), org("Lakeside", "pat.org.series", "", "", 40)},
			[]string{"org:lakeside-news", "org:lakeside-news"}},
		{"a brand with two tails stays apart", []document.Mention{
			org("Lakeside News", "pat.org.head", "newspaper", "", 0), org("Lakeside TV", "pat.org.head", "broadcaster", "", 20), org("Lakeside", "pat.org.series", "", "", 40)},
			[]string{"org:lakeside-news", "org:lakeside-tv", "org:lakeside"}},
		{"a descriptive name with an acronym of its own stays apart", []document.Mention{
			{Type: document.Organization, Text: "Xinhua", Rule: "gaz.org.alias", EntityID: "org:xinhua", Span: document.Span{Start: 0, End: 6}},
			org("Chinese Press Agency", "pat.org.head", "news_agency", "CHN", 40), {Type: document.Organization, Text: "CPA", Name: "Chinese Press Agency", Rule: "pat.org.acronym-def", Kind: "news_agency", Country: "CHN", EntityID: "org:chinese-press-agency", Span: document.Span{Start: 62, End: 65}}},
			[]string{"org:xinhua", "org:chinese-press-agency"}},
		{"a descriptive name with TV and the known Television of its country", []document.Mention{
			{Type: document.Organization, Text: "Kuwait Television", Rule: "gaz.org.name", EntityID: "org:kuwait-television", Span: document.Span{Start: 0, End: 17}},
			org("Kuwait TV", "pat.org.head", "broadcaster", "KWT", 40)},
			[]string{"org:kuwait-television", "org:kuwait-television"}},
		{"a descriptive name of another head stays apart", []document.Mention{
			{Type: document.Organization, Text: "Xinhua", Rule: "gaz.org.alias", EntityID: "org:xinhua", Span: document.Span{Start: 0, End: 6}},
			org("Chinese Television", "pat.org.head", "news_agency", "CHN", 40)},
			[]string{"org:xinhua", "org:chinese-television"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &document.Document{Mentions: c.ms}
			newResolver(t).Apply(d)
			for i, w := range c.want {
				if got := d.Mentions[i].EntityID; got != w {
					t.Errorf("mention %d %q: %s, want %s", i, d.Mentions[i].Text, got, w)
				}
			}
		})
	}
}

// TestBrandSpellings: one brand written as two words and then as one
// word is one organization; a short name is not squeezed into another.
func TestBrandSpellings(t *testing.T) {
	d := &document.Document{Mentions: []document.Mention{ruleOrg("Lake Voice", "pat.org.noun-name", 0), ruleOrg("LakeVoice", "pat.org.noun-name", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:lake-voice" {
		t.Errorf("one word: %s", got)
	}
	d = &document.Document{Mentions: []document.Mention{ruleOrg("Hi TV", "pat.org.head", 0), ruleOrg("HiTV", "pat.org.noun-name", 40)}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:hitv" {
		t.Errorf("short key: %s", got)
	}
}

// ruleOrg is an organization mention found by rule, with its own id.
func ruleOrg(text, rule string, off int) document.Mention {
	return document.Mention{Type: document.Organization, Text: text, Name: text, Rule: rule,
		EntityID: document.OrgID(text), Span: document.Span{Start: off, End: off + len(text)}}
}

// TestSqueezeEqual: squeezeEqual agrees with comparing squeeze's key, on
// ASCII, other scripts, letters whose lower case is longer or shorter in
// UTF-8, and invalid bytes.
func TestSqueezeEqual(t *testing.T) {
	texts := []string{"", "Lake Voice", "LakeVoice", "Lake-Voice", "lake voice", "Lake Voices", "Lake Voic",
		"Ümit Medya", "ümitmedya", "ÜMIT-MEDYA", "İstanbul TV", "istanbul tv", "Ⱥb", "ⱥb", "K News",
		"\xff News", "\ufffdnews", "Новости Мира", "новостимира", "a - b", "ab"}
	for _, s := range texts {
		for _, k := range texts {
			key := squeeze(k)
			if got, want := squeezeEqual(s, key), squeeze(s) == key; got != want {
				t.Errorf("squeezeEqual(%q, %q) = %v, want %v", s, key, got, want)
			}
		}
	}
}

// TestNameFields: nameFields splits as strings.FieldsFunc at the same
// separators, also past the caller's buffer and on other scripts.
func TestNameFields(t *testing.T) {
	sep := func(c rune) bool { return c == ' ' || c == '-' || c == '(' || c == ')' || c == ',' || c == '"' }
	for _, s := range []string{"", " ", "China", "China's Xinhua (New China) News-Agency", `"Belarusian" Telegraph, Agency`,
		"--a--b--", "Агентство \"Хабар\" (Казахстан)", "\xff-\xfe", strings.Repeat("a b-", 20)} {
		var buf [2]string
		got, want := nameFields(buf[:0], s), strings.FieldsFunc(s, sep)
		if !slices.Equal(got, want) {
			t.Errorf("nameFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCountriesInNameRegions: "American" after a region's word names a
// region of the Americas, no country; alone or with a country's own name
// it still names one.
func TestCountriesInNameRegions(t *testing.T) {
	r := newResolver(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Latin American Union of News Agencies", nil},
		{"Inter-American Press Association", nil},
		{"South American Broadcasting Forum", nil},
		{"Pan-American Health Organization", nil},
		{"American Press Institute", []string{"USA"}},
		{"North American Bureau of the Kenya News Agency", []string{"KEN"}},
		{"South African Broadcasting Corporation", []string{"ZAF"}},
		// a country's name holds no other country's (round 10)
		{"Media Council of Papua New Guinea", []string{"PNG"}},
		{"South Sudan Broadcasting Corporation", []string{"SSD"}},
		{"Kenya and Guinea Press Union", []string{"KEN", "GIN"}},
		// a state of the United States by the same name (round 13)
		{"University of Georgia", nil},
		{"Georgia Public Broadcasting", nil},
		{"Georgian Public Broadcaster", []string{"GEO"}},
	} {
		if got := r.countriesInName(c.text); !slices.Equal(got, c.want) {
			t.Errorf("countriesInName(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestQuotedNames: a description followed by the organization's own name
// in quotes is one organization, with the gazetteer's id when one of the
// two is known; a quoted name after a comma or a verb stays apart.
func TestQuotedNames(t *testing.T) {
	cases := []struct {
		name, body       string
		a, b             string // the two mention texts, a first
		aRule, bRule     string
		same             bool
		wantID, wantRule string // the id both take; the first mention's rule
	}{
		{"description then a known name", `The National Information Agency of Lakeland "Khovar" signed.`, "National Information Agency of Lakeland", "Khovar", "pat.org.head", "gaz.org.name", true, "org:khovar", "pat.org.head+" + RuleOrgQuotedName},
		{"guillemets, both found by patterns", "The TV and Radio Company \u00abVolga\u00bb joined.", "TV and Radio Company", "Volga", "pat.org.head", "pat.org.quoted", true, "org:tv-and-radio-company", "pat.org.head"},
		{"a comma between", `The Lakeland Press Agency, "Hill Voice" and others met.`, "Lakeland Press Agency", "Hill Voice", "pat.org.head", "pat.org.quoted", false, "", "pat.org.head"},
		{"no closing quote", `The Lakeland Press Agency "Hill Voice said it.`, "Lakeland Press Agency", "Hill Voice", "pat.org.head", "pat.org.quoted", false, "", "pat.org.head"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ia, ib := strings.Index(c.body, c.a), strings.Index(c.body, c.b)
			d := &document.Document{Article: document.Article{Body: c.body}, Mentions: []document.Mention{
				{Type: document.Organization, Text: c.a, Name: c.a, Rule: c.aRule, EntityID: document.OrgID(c.a), Span: document.Span{Start: ia, End: ia + len(c.a)}},
				{Type: document.Organization, Text: c.b, Name: c.b, Rule: c.bRule, EntityID: document.OrgID(c.b), Span: document.Span{Start: ib, End: ib + len(c.b)}},
			}}
			mergeQuotedNames(d)
			a, b := d.Mentions[0], d.Mentions[1]
			if got := a.EntityID == b.EntityID; got != c.same {
				t.Fatalf("same %v, want %v (%s, %s)", got, c.same, a.EntityID, b.EntityID)
			}
			if c.same && a.EntityID != c.wantID {
				t.Errorf("id %s, want %s", a.EntityID, c.wantID)
			}
			if a.Rule != c.wantRule {
				t.Errorf("rule %s, want %s", a.Rule, c.wantRule)
			}
		})
	}
}

// TestSplitJoinedNames: a pattern's name over two names joined by "and"
// is split when the article names both alone; with one of them unnamed
// it stays one name.
func TestSplitJoinedNames(t *testing.T) {
	org := orgMention
	d := &document.Document{Mentions: []document.Mention{
		org("Fjordvision and Hillmark Media Group", "pat.org.head", 0),
		org("Fjordvision", "pat.org.noun-name", 100),
		org("Hillmark Media Group", "pat.org.head", 120),
	}}
	splitJoinedNames(d)
	var got []string
	for _, m := range d.Mentions {
		got = append(got, fmt.Sprintf("%s@%d=%s", m.Text, m.Span.Start, m.EntityID))
	}
	want := []string{"Fjordvision@0=org:fjordvision", "Hillmark Media Group@16=org:hillmark-media-group",
		"Fjordvision@100=org:fjordvision", "Hillmark Media Group@120=org:hillmark-media-group"}
	if !slices.Equal(got, want) {
		t.Errorf("split\n got %q\nwant %q", got, want)
	}
	d = &document.Document{Mentions: []document.Mention{
		org("Radio and Television Corporation", "pat.org.head", 0),
		org("Radio", "pat.org.noun-name", 100),
	}}
	splitJoinedNames(d)
	if len(d.Mentions) != 2 || d.Mentions[0].Text != "Radio and Television Corporation" {
		t.Errorf("one part named alone: %+v", d.Mentions)
	}
}

// TestSpelledAcronyms: a name found by its form whose initials spell an
// acronym of the gazetteer that the article uses is that organization;
// another country's name keeps its own id.
func TestSpelledAcronyms(t *testing.T) {
	org := func(text, rule, id, country string, off int) document.Mention {
		m := orgMention(text, rule, off)
		m.EntityID, m.Country = id, country
		return m
	}
	d := &document.Document{Mentions: []document.Mention{
		org("Maghreb Arab Press", "pat.org.head", "org:maghreb-arab-press", "", 0),
		org("MAP", "gaz.org.acronym", "org:map", "MAR", 40),
	}}
	mergeSpelledAcronyms(d)
	if got := d.Mentions[0].EntityID; got != "org:map" || !strings.HasSuffix(d.Mentions[0].Rule, RuleOrgSpelledAcronym) {
		t.Errorf("spelled: %s %s", got, d.Mentions[0].Rule)
	}
	d = &document.Document{Mentions: []document.Mention{
		org("Lakeland Press Agency", "pat.org.head", "org:lakeland-press-agency", "KEN", 0),
		org("LPA", "gaz.org.acronym", "org:lpa", "GHA", 40),
	}}
	mergeSpelledAcronyms(d)
	if got := d.Mentions[0].EntityID; got != "org:lakeland-press-agency" {
		t.Errorf("two countries: %s", got)
	}
}

// TestOrgans: an organ named by its owner's acronym is the organ the
// article names in full after "of"; another owner's organ stays apart.
func TestOrgans(t *testing.T) {
	org := func(text, id string, off int) document.Mention {
		m := orgMention(text, "pat.org.head", off)
		m.EntityID = id
		return m
	}
	d := &document.Document{Mentions: []document.Mention{
		org("Executive Council of the Lakeland Broadcasting Union", "org:executive-council-of-the-lakeland-broadcasting-union", 0),
		org("Lakeland Broadcasting Union", "org:lakeland-broadcasting-union", 30),
		org("LBU", "org:lakeland-broadcasting-union", 60),
		org("LBU Executive Council", "org:lbu-executive-council", 100),
		org("HMA Executive Council", "org:hma-executive-council", 140),
		org("HMA", "org:hill-media-association", 170),
	}}
	newResolver(t).Apply(d)
	if got := d.Mentions[3].EntityID; got != "org:executive-council-of-the-lakeland-broadcasting-union" {
		t.Errorf("LBU Executive Council: %s", got)
	}
	if got := d.Mentions[4].EntityID; got != "org:hma-executive-council" {
		t.Errorf("HMA Executive Council: %s", got)
	}
}

// TestBrandDescriptions: a known organization's name followed by words
// that only describe it is that organization; other words keep a name
// of its own.
func TestBrandDescriptions(t *testing.T) {
	d := &document.Document{Mentions: []document.Mention{
		{Type: document.Organization, Text: "Kabar", Rule: "gaz.org.name", EntityID: "org:kabar", Span: document.Span{Start: 0, End: 5}},
		ruleOrg("Kabar National News Agency of the Kyrgyz Republic", "pat.org.head", 20),
		ruleOrg("Kabar Media Training Centre", "pat.org.head", 90),
		ruleOrg("Kabar International Broadcasting", "pat.org.head", 130),
	}}
	newResolver(t).Apply(d)
	if got := d.Mentions[1].EntityID; got != "org:kabar" {
		t.Errorf("described brand: %s", got)
	}
	if got := d.Mentions[2].EntityID; got == "org:kabar" {
		t.Errorf("a centre of the brand taken for it")
	}
	if got := d.Mentions[3].EntityID; got == "org:kabar" {
		t.Errorf("a service of the brand taken for it")
	}
}

// TestVariants: an organization a pattern found under another spelling of
// a name the gazetteer knows for an organization of the article is that
// organization (resolve.org.variant); two names the patterns found are
// one only when they differ in hyphens.
func TestVariants(t *testing.T) {
	pat := func(text string, off int) document.Mention {
		return document.Mention{Type: document.Organization, Text: text, Name: text, Rule: "pat.org.head",
			EntityID: document.OrgID(text), Span: document.Span{Start: off, End: off + len(text)}}
	}
	gaz := func(text, id string, off int) document.Mention {
		return document.Mention{Type: document.Organization, Text: text, Rule: "gaz.org.acronym",
			EntityID: id, Span: document.Span{Start: off, End: off + len(text)}}
	}
	cases := []struct {
		name     string
		mentions []document.Mention
		want     []string // the entity id of each mention, in order
	}{
		{"words in another order with a known acronym", []document.Mention{pat("Atlantic Federation of African Press Agencies", 0), gaz("FAAPA", "org:faapa", 60)},
			[]string{"org:faapa", "org:faapa"}},
		{"British spelling and a singular", []document.Mention{gaz("OANA", "org:oana", 0), pat("Organisation of Asia-Pacific News Agency", 10)},
			[]string{"org:oana", "org:oana"}},
		{"a name with fewer words is another body", []document.Mention{gaz("OANA", "org:oana", 0), pat("Organisation of Asia-Pacific News", 10)},
			[]string{"org:oana", "org:organisation-of-asia-pacific-news"}},
		{"two pattern names with a hyphen and a space", []document.Mention{pat("Hill-Academy", 0), pat("Hill Academy", 20)},
			[]string{"org:hill-academy", "org:hill-academy"}},
		{"two pattern names of the same three words in another order", []document.Mention{pat("Lakeland Media Association", 0), pat("Association of Lakeland Media", 40)},
			[]string{"org:lakeland-media-association", "org:lakeland-media-association"}},
		{"two pattern names of two words in another order stay two", []document.Mention{pat("Media Lakeland", 0), pat("Lakeland Media", 40)},
			[]string{"org:media-lakeland", "org:lakeland-media"}},
		{"two pattern names with and and an ampersand stay two", []document.Mention{pat("School of Media and Arts", 0), pat("School of Media & Arts", 40)},
			[]string{"org:school-of-media-and-arts", "org:school-of-media-arts"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &document.Document{Mentions: c.mentions}
			newResolver(t).Apply(d)
			for i, id := range c.want {
				if got := d.Mentions[i].EntityID; got != id {
					t.Errorf("mention %q: %s, want %s", d.Mentions[i].Text, got, id)
				}
			}
		})
	}
}

// orgMention is an organization mention of text found by rule at byte
// off, with the id its name gives (document.OrgID).
func orgMention(text, rule string, off int) document.Mention {
	return document.Mention{Type: document.Organization, Text: text, Name: text, Rule: rule,
		EntityID: document.OrgID(text), Span: document.Span{Start: off, End: off + len(text)}}
}
