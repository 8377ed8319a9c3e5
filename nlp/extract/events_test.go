package extract_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/pipeline"
)

// processAt runs the pipeline on body with a publication date (none when
// published is "").
func processAt(t testing.TB, body, published string) *document.Document {
	t.Helper()
	once.Do(func() { pipe, perr = pipeline.New(pipeline.Options{}) })
	if perr != nil {
		t.Fatal(perr)
	}
	return pipe.Process(document.Article{ID: "t", Body: body, Published: published})
}

// eventFacts renders the events of d as "EVENT type ordinal=N date=D
// rule=R date_rule=R" for the rule tables.
func eventFacts(d *document.Document) []string {
	var out []string
	for _, e := range d.Events {
		s := "EVENT " + e.Type
		if e.Ordinal != 0 {
			s += " ordinal=" + strconv.Itoa(e.Ordinal)
		}
		if e.Date != "" {
			s += " date=" + e.Date
		}
		s += " rule=" + e.Rule
		if e.DateRule != "" {
			s += " date_rule=" + e.DateRule
		}
		out = append(out, s)
	}
	return out
}

// TestEventRules pins the event rules, one named row per construction:
// want lists the events the text must give (exactly, in order), each as
// eventFacts renders it.
func TestEventRules(t *testing.T) {
	cases := []struct {
		rule, name string
		body       string
		published  string
		want       []string
	}{
		{"event.date.name-year", "a day without a year takes the year of the event's name",
			"The 2019 Lakeside Media Forum was held in Nairobi on 14 May.", "",
			[]string{"EVENT forum date=2019-05-14 rule=event.named date_rule=event.date.name-year"}},
		{"event.date.name-year", "a named event without a date is dated to its name's year",
			"Fiji wants to host the 2027 Lakeside Media Summit.", "",
			[]string{"EVENT summit date=2027 rule=event.named date_rule=event.date.name-year"}},
		{"event.date.name-year", "a full date is kept",
			"The 2019 Lakeside Media Forum opened in Nairobi on Monday.", "2019-05-15",
			[]string{"EVENT forum date=2019-05-13 rule=event.named"}},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			got := eventFacts(processAt(t, c.body, c.published))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.body, got, c.want)
			}
		})
	}
}
