package timeml

import (
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/pipeline"
)

func TestWrite(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "The Lakeside forum opened on Monday & ran from March 3 to 5. It was first held in 2019. The same day, talks began."
	d := p.Process(document.Article{ID: "article:t", Body: body, Published: "2024-03-06"})
	var b strings.Builder
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-06"`,
		`value="2024-03-04" temporalFunction="true" anchorTimeID="t0">Monday</TIMEX3>`,
		`value="2024-03-03" temporalFunction="true" anchorTimeID="t0">March 3 to 5</TIMEX3><TIMEX3 tid="t3" type="DATE" value="2024-03-05" temporalFunction="true"/>`,
		`value="2019" temporalFunction="false">2019</TIMEX3>`,
		"opened on <TIMEX3", " &amp; ran",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, ">The same day</TIMEX3>") {
		t.Error("a date anaphor tagged as a date")
	}
	// the text between the tags is the body, unchanged
	plain := strings.NewReplacer("&amp;", "&").Replace(stripTags(out[strings.Index(out, "<TEXT>")+6 : strings.Index(out, "</TEXT>")]))
	if plain != body {
		t.Errorf("text changed:\n%q\n%q", plain, body)
	}
}

func TestValueOf(t *testing.T) {
	for in, want := range map[string]string{"": "XXXX-XX-XX", "--03-05": "XXXX-03-05", "2024-03": "2024-03"} {
		if got := valueOf(in); got != want {
			t.Errorf("valueOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
