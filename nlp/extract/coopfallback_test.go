package extract_test

import (
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
)

// TestFallbackTwoParties pins rule coop.fallback.two-parties: a sentence
// with a stated cooperation cue and exactly two parties of one kind that
// no frame reads gives the pair, below every frame's confidence; a
// weighed cue, a question, a title, a host, a group standing for its
// members, a frame named after the cue and a speaker's setting give none.
func TestFallbackTwoParties(t *testing.T) {
	const rule = "coop.fallback.two-parties"
	cases := []struct {
		name string
		body string
		want string // "a b" of the fallback pair, or "" for no pair of the rule
	}{
		{"a cue no frame reads", "Ten years of cooperation have brought the Lakeside Post and the Hill Times closer than ever.",
			"org:hill-times org:lakeside-post"},
		{"a cue in an opening phrase", "In the spirit of partnership, the Lakeside Post now prints a weekly page prepared by the Hill Times.",
			"org:hill-times org:lakeside-post"},
		{"the title of the speaker is no third party", "Years of cooperation have brought the Lakeside Post and the Hill Times closer, said Lakeside Post editor Amina Odhiambo.",
			"org:hill-times org:lakeside-post"},
		{"two countries with their media", "Years of media cooperation have brought Kenya and Uganda closer than ever.",
			"country:KEN country:UGA"},
		{"two countries without their media", "Years of cooperation have brought Kenya and Uganda closer than ever.", ""},
		{"a wish", "The Lakeside Post hopes for closer cooperation, its director told the Hill Times.", ""},
		{"a speaker's setting outside the quotation",
			"\"This cooperation is a great step for us,\" she said in an interview with the Hill Times about the Lakeside Post.", ""},
		{"members of a union", "Cooperation among the members of the Lakeside Union has grown, the Hill Times said.", ""},
		{"the frame after the cue", "Years of cooperation in the Lakeside Union have brought the Hill Times closer to its readers.", ""},
		{"a group standing for its members", "Years of cooperation have brought CIS countries and the Hill Times closer.", ""},
		{"a unit at its host", "The Media Centre at the Lakeside University (LU) is collaborating on a new course.", ""},
		{"a second clause", "The partnership has grown fast, and the Hill Times now prints a page of the Lakeside Post every week.",
			"org:hill-times org:lakeside-post"},
		{"the source of the report", "The Lakeside News Agency (LNA) reports that the partnership has brought the Hill Times new readers.", ""},
		{"an agreement only expected", "Another agreement, between the Lakeside Post and the Hill Times, is expected to be signed in May.", ""},
		{"organizations of two countries are no country pair", "The press councils of Kenya and Uganda signed a memorandum in Kampala.", ""},
		{"a venue", "Thanks to the partnership, the Hill Times now trains reporters at the Lakeside Post.", ""},
		{"an organization in a title", "Hill Times President Amina Odhiambo praised the cooperation with Kenya during her visit to the Lakeside Post.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := process(t, c.body, "")
			var got []string
			found := ""
			for _, r := range d.Relations {
				if r.Type != document.CooperatesWith {
					continue
				}
				got = append(got, r.From+" "+r.To+" "+r.Rule)
				if r.Rule == rule {
					found = r.From + " " + r.To
					if r.Confidence >= 0.5 {
						t.Errorf("confidence %.2f, want below the frames' 0.5", r.Confidence)
					}
				}
			}
			if found != c.want {
				t.Errorf("%s\n  fallback pair %q, want %q; all:\n  %s", c.body, found, c.want, strings.Join(got, "\n  "))
			}
		})
	}
}
