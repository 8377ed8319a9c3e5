package tag

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/dates"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/segment"
)

// maxFuzzInput bounds the bodies FuzzTag reads; `go test -timeout`
// catches a hang on the smaller ones.
const maxFuzzInput = 32 << 10

// layerOf is the layer of each mention type (see the layer constants);
// mentions of one layer never overlap.
var layerOf = map[document.EntityType]int{
	document.Country: layerEntity, document.Organization: layerEntity,
	document.Person: layerEntity, document.Place: layerEntity,
	document.EventType: layerEvent,
	document.Date:      layerValue, document.Ordinal: layerValue, document.Quantity: layerValue,
	document.Title: layerTitle,
}

// dateValueRE is the shape of an ISO 8601 date value of a Date mention:
// a day, a day without a year, a week, a month, a quarter, a year, or a
// range of two of them.
var dateValueRE = regexp.MustCompile(`^(\d{4}(-\d\d(-\d\d)?|-W\d\d|-Q[1-4])?|--\d\d-\d\d)(/(\d{4}(-\d\d(-\d\d)?)?|--\d\d-\d\d))?$`)

// checkMentions fails on any broken promise of the tagger's output:
// mentions in order of their start, each a non-empty span of the body
// whose Text is body[Start:End], inside the sentence it names, of a
// known type and a confidence in [0,1]; no two mentions of one layer
// overlap; a date with a value has an ISO 8601 value and a granularity.
func checkMentions(t *testing.T, d *document.Document) {
	t.Helper()
	body := d.Article.Body
	last := map[int]document.Mention{} // the mention of each layer that ends last so far
	prevStart := 0
	for i, m := range d.Mentions {
		if m.Start < prevStart || m.Start < 0 || m.End > len(body) || m.Start >= m.End {
			t.Fatalf("mention %d %+v out of order or range (body %d bytes)", i, m.Span, len(body))
		}
		prevStart = m.Start
		if m.Text != body[m.Start:m.End] {
			t.Errorf("mention %d text %q, body has %q", i, m.Text, body[m.Start:m.End])
		}
		if utf8.ValidString(body) && !utf8.ValidString(m.Text) {
			t.Errorf("mention %d %q cuts a rune", i, m.Text)
		}
		if m.Sentence < 0 || m.Sentence >= len(d.Sentences) || !d.Sentences[m.Sentence].Contains(m.Span) {
			t.Errorf("mention %d %q %+v is not inside its sentence %d", i, m.Text, m.Span, m.Sentence)
		}
		if m.Confidence < 0 || m.Confidence > 1 || m.Rule == "" {
			t.Errorf("mention %d %q: confidence %g, rule %q", i, m.Text, m.Confidence, m.Rule)
		}
		layer, ok := layerOf[m.Type]
		if !ok && m.Type != document.Topic {
			t.Errorf("mention %d %q has type %q", i, m.Text, m.Type)
		}
		if ok {
			if p, seen := last[layer]; seen && p.Overlaps(m.Span) {
				t.Errorf("mentions %q %+v and %q %+v of one layer overlap", p.Text, p.Span, m.Text, m.Span)
			}
			if p, seen := last[layer]; !seen || m.End > p.End {
				last[layer] = m
			}
		}
		if m.Type == document.Date && m.Value != "" {
			if !dateValueRE.MatchString(m.Value) {
				t.Errorf("date %q has value %q", m.Text, m.Value)
			}
			switch m.Kind {
			case dates.Day, dates.Week, dates.Month, dates.Quarter, dates.Year:
			default:
				t.Errorf("date %q (%s) has granularity %q", m.Text, m.Value, m.Kind)
			}
		}
	}
}

// FuzzTag segments and tags arbitrary text, published anchorDays after
// 1990-01-01 (no publication date when negative), with the dateline
// segment.FindDateline finds, as the pipeline does.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"BEIJING, Oct. 21 (Xinhua) -- Chinese President Xi Jinping met Russian Foreign Minister Sergei Lavrov on Monday.",
		"MOSCOW, December 26. /TASS/. The Russian News Agency TASS and Xinhua News Agency signed an agreement on media cooperation.",
		"The 5th China-Arab States Media Forum opened in Cairo; about 300 representatives from 20 countries attended.",
		"Mr. Ahmed bin Salman Al-Khalifa, Minister of Information of Bahrain (MOI), said the U.N. and the African Union (AU) agreed.",
		"\u65b0\u534e\u793e\u5317\u4eac10\u670821\u65e5\u7535 \u4e2d\u56fd\u548c\u4fc4\u7f57\u65af\u5a92\u4f53",
		"\u0422\u0410\u0421\u0421 \u0438 \u0421\u0438\u043d\u044c\u0445\u0443\u0430 \u2014 Sputnik, RIA Novosti and Rossiya Segodnya.",
		"(( [ { unclosed ( brackets ( ( and )) stray ) marks \u201c \u201d ' \" ...",
		"Xinhua\u200bNews\u200dAgency \ufeffChina\u00a0Daily \u202eanihC\u202c",
		"\xffChina\xfe's \xc3 Ministry of \xe2\x82 Foreign Affairs",
		"the first quarter of 2026, Q3 2025, two weeks ago, from 17-26 October 2018, 1,000 journalists",
		"Editor: Zhang San; By John Smith and Jane Doe; (Web editor: Li Si, Wang Wu)",
	} {
		f.Add(s, 11250)
		f.Add(s, -1)
	}
	setup(f)
	f.Fuzz(func(t *testing.T, body string, anchorDays int) {
		if len(body) > maxFuzzInput {
			t.Skip()
		}
		tagOnce := func() *document.Document {
			a := document.Article{Body: body}
			if anchorDays >= 0 {
				a.Published = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, anchorDays%40541).Format("2006-01-02")
			}
			if dl, ok := segment.FindDateline(body); ok {
				a.Dateline = &document.Dateline{Place: dl.Place, Agency: dl.Agency, Span: dl.Span}
			}
			d := &document.Document{Article: a}
			seg.Apply(d)
			tagger.Apply(d)
			return d
		}
		d := tagOnce()
		checkMentions(t, d)
		if len(d.Gate) != len(d.Tokens) {
			t.Errorf("gate has %d entries for %d tokens", len(d.Gate), len(d.Tokens))
		}
		if again := tagOnce(); !reflect.DeepEqual(d.Mentions, again.Mentions) {
			t.Errorf("second run differs:\n%s\n%s", showAll(d.Mentions), showAll(again.Mentions))
		}
	})
}

func showAll(ms []document.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(show(m))
		b.WriteString("; ")
	}
	return b.String()
}
