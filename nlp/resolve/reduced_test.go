package resolve

import (
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// TestReduceName: the core of a name, with and without its country.
func TestReduceName(t *testing.T) {
	r := newResolver(t)
	cases := []struct{ name, full, bare, place string }{
		{"Lakeside International Media Centre", "lakeside media centre", "", ""},
		{"Lakeside Media Centre", "lakeside media centre", "", ""},
		{"Embassy of Kenya in Lakeland", "#KEN embassy", "", "in Lakeland"},
		{"Kenyan Embassy", "#KEN embassy", "", ""},
		{"Kenya Union of Journalists", "#KEN union", "", ""},
		{"Academy of Lakeside Media", "lakeside media academy", "", ""},
		{"Turkish Hillmark Agency Corporation", "#TUR hillmark agency", "hillmark agency", ""},
		{"Hill Media Training Centre of Nyandarua", "hill media training centre", "", "of Nyandarua"},
		{"Foreign Ministry of Kenya", "#KEN ministry of foreign affairs", "", ""},
		{"Foreign Ministry", "ministry of foreign affairs", "", ""},
		// too little left to name one body
		{"Lakeside TV", "", "", ""},
		{"International News Agency", "", "", ""},
		{"Ministry of Culture", "ministry of culture", "", ""},
	}
	for _, c := range cases {
		got := r.reduceName(c.name)
		if got.full != c.full || got.bare != c.bare || got.place != c.place {
			t.Errorf("%q: full %q bare %q place %q, want %q %q %q", c.name, got.full, got.bare, got.place, c.full, c.bare, c.place)
		}
	}
}

// TestReducedNames: an article's forms of one organization become one
// entity; forms of two countries, two places or two state bodies stay
// apart.
func TestReducedNames(t *testing.T) {
	org := orgMention
	cases := []struct {
		name string
		ms   []document.Mention
		want []string // the ids of the mentions after Apply
	}{
		{"a name without its generic word", []document.Mention{
			org("Lakeside International Media Centre", "pat.org.head", 0), org("Lakeside Media Centre", "pat.org.head", 60)},
			[]string{"org:lakeside-international-media-centre", "org:lakeside-international-media-centre"}},
		{"a mission by its demonym and by its country and host place", []document.Mention{
			org("Kenyan Embassy", "pat.org.head", 0), org("Embassy of Kenya in Lakeland", "pat.org.prefix", 40)},
			[]string{"org:embassy-of-kenya-in-lakeland", "org:embassy-of-kenya-in-lakeland"}},
		{"a union without its members, the country as a demonym", []document.Mention{
			org("Kenya Union of Journalists", "pat.org.head", 0), org("Kenyan Union", "pat.org.head", 60)},
			[]string{"org:kenya-union-of-journalists", "org:kenya-union-of-journalists"}},
		{"a head before and after its field, a country and its demonym", []document.Mention{
			org("Association of Kenyan Media", "pat.org.prefix", 0), org("Kenya Media Association", "pat.org.head", 60)},
			[]string{"org:association-of-kenyan-media", "org:association-of-kenyan-media"}},
		{"a brand with a demonym and a generic tail", []document.Mention{
			org("Hillmark Agency", "pat.org.head", 0), org("Turkish Hillmark Agency Corporation", "pat.org.head", 60)},
			[]string{"org:turkish-hillmark-agency-corporation", "org:turkish-hillmark-agency-corporation"}},
		{"an acronym found alone and the name it spells", []document.Mention{
			org("Lakeside Media Academy", "pat.org.head", 0), org("LMA", "pat.org.title-acronym", 60)},
			[]string{"org:lakeside-media-academy", "org:lakeside-media-academy"}},
		{"a body without its place after a long name", []document.Mention{
			org("Hill Media Training Centre of Nyandarua", "pat.org.head", 0), org("Hill Media Training Centre", "pat.org.head", 60)},
			[]string{"org:hill-media-training-centre-of-nyandarua", "org:hill-media-training-centre-of-nyandarua"}},
		// apart
		{"a state body without its country stays apart", []document.Mention{
			org("Foreign Ministry of Kenya", "pat.org.head", 0), org("Foreign Ministry", "pat.org.head", 60)},
			[]string{"org:foreign-ministry-of-kenya", "org:foreign-ministry"}},
		{"two countries' forms stay apart", []document.Mention{
			org("Kenya Union of Journalists", "pat.org.head", 0), org("Ugandan Union", "pat.org.head", 60)},
			[]string{"org:kenya-union-of-journalists", "org:ugandan-union"}},
		{"a form that fits two host places stays apart", []document.Mention{
			org("Embassy of Kenya in Lakeland", "pat.org.prefix", 0), org("Embassy of Kenya in Hillshire", "pat.org.prefix", 40), org("Kenyan Embassy", "pat.org.head", 80)},
			[]string{"org:embassy-of-kenya-in-lakeland", "org:embassy-of-kenya-in-hillshire", "org:kenyan-embassy"}},
		{"another field word is another body", []document.Mention{
			org("Lakeside Press Centre", "pat.org.head", 0), org("Lakeside Centre", "pat.org.head", 40)},
			[]string{"org:lakeside-press-centre", "org:lakeside-centre"}},
		{"an acronym that spells two names stays apart", []document.Mention{
			org("Lakeside Media Academy", "pat.org.head", 0), org("Lowland Music Association", "pat.org.head", 40), org("LMA", "pat.org.title-acronym", 80)},
			[]string{"org:lakeside-media-academy", "org:lowland-music-association", "org:lma"}},
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
			// a merge is this rule's (some mention says so), not another's
			merged, mine := false, false
			for i, m := range d.Mentions {
				merged = merged || m.EntityID != document.OrgID(c.ms[i].Text)
				mine = mine || strings.Contains(m.Rule, RuleOrgReduced)
			}
			if merged != mine && !strings.Contains(c.name, "acronym") {
				t.Errorf("merged %v, by %s %v", merged, RuleOrgReduced, mine)
			}
		})
	}
}
