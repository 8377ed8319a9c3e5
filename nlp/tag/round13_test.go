package tag

import "testing"

// TestRound13Entities: constructions of organizations and persons read
// from the real failures of the dev2 check-a half (round 13 of issue 11).
// Every sentence is the team's own.
func TestRound13Entities(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // each must be among the mentions
		not  []string // none may be
	}{
		{"a spouse's title before a name (pat.person.title-name)", "The president and First Lady Amara Okonjo handed out the awards. First Gentleman Tomas Reyes attended.",
			[]string{"Person:Amara Okonjo", "Person:Tomas Reyes"}, nil},
		{"an unknown acronym's possessive before the title in apposition (pat.person.name-role)", "Tembo Kasiri, HRB's chief executive, and Wuldo Kortis, the Lakeside News Agency's managing director, signed.",
			[]string{"Person:Tembo Kasiri", "Person:Wuldo Kortis"}, nil},
		{"a possessive before a word that is no title opens no apposition", "Tembo Kasiri, HRB's new studio, opened.",
			nil, []string{"Person:Tembo Kasiri"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTags(t, c.body, c.want, c.not) })
	}
}
