package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/reader"
)

// maxFuzzInput bounds the texts FuzzProcess reads; `go test -timeout`
// catches a hang on the smaller ones.
const maxFuzzInput = 32 << 10

// isoRE is the shape of a date value in the output: a day, a day without
// a year, a week, a month, a quarter, a year, or a range of two of them.
var isoRE = regexp.MustCompile(`^(\d{4}(-\d\d(-\d\d)?|-W\d\d|-Q[1-4])?|--\d\d-\d\d)(/(\d{4}(-\d\d(-\d\d)?)?|--\d\d-\d\d))?$`)

// checkOutput fails on any broken promise of the output format
// (docs/output-format.md): every span is a byte range of the body and
// every text is the body's text there; entities are sorted by type then
// id, with distinct ids; the ids events and relations name are entities
// or events of the document, or topics; dates are ISO 8601 with a granularity;
// confidences lie in [0,1]; strings are valid UTF-8 when the body is.
func checkOutput(t *testing.T, d *document.Document) {
	t.Helper()
	body := d.Article.Body
	span := func(what string, s document.Span, text string) {
		t.Helper()
		if s.Start < 0 || s.End > len(body) || s.Start > s.End {
			t.Errorf("%s: span %+v out of range (body %d bytes)", what, s, len(body))
			return
		}
		if text != body[s.Start:s.End] {
			t.Errorf("%s: text %q, body has %q at %+v", what, text, body[s.Start:s.End], s)
		}
	}
	date := func(what, value, gran string) {
		t.Helper()
		if value == "" {
			return
		}
		if !isoRE.MatchString(value) || gran == "" {
			t.Errorf("%s: date %q granularity %q", what, value, gran)
		}
	}
	conf := func(what string, c float64) {
		t.Helper()
		if c < 0 || c > 1 {
			t.Errorf("%s: confidence %g", what, c)
		}
	}
	valid := utf8.ValidString(body)
	text := func(what, s string) {
		t.Helper()
		if valid && !utf8.ValidString(s) {
			t.Errorf("%s: %q is not valid UTF-8", what, s)
		}
	}
	ids := map[string]bool{}
	for i, e := range d.Entities {
		if e.ID == "" || ids[e.ID] {
			t.Errorf("entity %d: id %q empty or repeated", i, e.ID)
		}
		ids[e.ID] = true
		if i > 0 {
			p := d.Entities[i-1]
			if p.Type > e.Type || p.Type == e.Type && p.ID > e.ID {
				t.Errorf("entities %s and %s out of order", p.ID, e.ID)
			}
		}
		text("entity "+e.ID+" name", e.Name)
		conf("entity "+e.ID, e.Confidence)
		if e.Type == document.Date {
			date("entity "+e.ID, e.Value, e.Granularity)
		}
		for _, m := range e.Mentions {
			span("entity "+e.ID+" mention", document.Span{Start: m.Start, End: m.End}, m.Text)
		}
	}
	for _, ev := range d.Events {
		ids[ev.ID] = true
	}
	known := func(what, id string) {
		t.Helper()
		// topics (the object of AGREED_ON, COMMITTED_TO) are nodes of
		// their own, named by the relation alone
		if id != "" && !ids[id] && document.IDPrefix(id) != document.PrefixTopic {
			t.Errorf("%s names %q, which is no entity or event of the document", what, id)
		}
	}
	for _, ev := range d.Events {
		w := "event " + ev.ID
		span(w+" evidence", document.Span{Start: ev.Evidence.Start, End: ev.Evidence.End}, ev.Evidence.Text)
		for _, m := range ev.Mentions {
			if m.Start < 0 || m.End > len(body) || m.Start >= m.End {
				t.Errorf("%s: mention %+v out of range (body %d bytes)", w, m, len(body))
			}
		}
		date(w, ev.Date, ev.DateGranularity)
		date(w+" end", ev.EndDate, ev.DateGranularity)
		conf(w, ev.Confidence)
		text(w+" name", ev.Name)
		text(w+" attendance", ev.AttendanceText)
		known(w+" location", ev.Location)
		for _, p := range ev.Participants {
			known(w+" participant", p)
		}
		for _, p := range ev.Organizers {
			known(w+" organizer", p)
		}
	}
	for _, r := range d.Relations {
		w := "relation " + r.Type + " " + r.From + " " + r.To
		ev := document.Span{Start: r.Evidence.Start, End: r.Evidence.End}
		span(w+" evidence", ev, r.Evidence.Text)
		if r.Trigger != nil && (r.Trigger.Start < 0 || r.Trigger.End > len(body) || r.Trigger.Start > r.Trigger.End) {
			t.Errorf("%s: trigger %+v out of range", w, *r.Trigger)
		}
		conf(w, r.Confidence)
		known(w+" from", r.From)
		known(w+" to", r.To)
		known(w+" event", r.Event)
	}
	if c := d.Coverage; c != nil {
		for _, m := range append(append([]document.EntityMention(nil), c.UntaggedNames...), c.UnresolvedDates...) {
			span("coverage", document.Span{Start: m.Start, End: m.End}, m.Text)
		}
	}
}

// FuzzProcess runs the whole pipeline over arbitrary text: as a body
// handed in directly (viaReader false) or read as scraped text first,
// published anchorDays after 1990-01-01 (none when negative). The output
// must keep the format's promises, marshal to JSON, and be the same when
// the text is processed twice.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"BEIJING, Oct. 21 (Xinhua) -- The 5th China-Russia Media Forum opened in Beijing on Wednesday. Xinhua News Agency and TASS signed an agreement on media cooperation.",
		"MOSCOW, December 26. /TASS/. Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi on Monday. They agreed to expand cooperation in journalism.",
		"CAIRO, March 3 (MENA) -- More than 40 representatives from 20 countries attended the Arab Media Summit, organised by the Egyptian Ministry of Information, in Cairo from 17-19 March 2021.",
		"Home | News\n\nTalks held\n\nBy Jane Roe\n\nNEW DELHI, Nov. 4 -- India and Japan held talks last week.\n\nRelated articles",
		"\u65b0\u534e\u793e\u5317\u4eac10\u670821\u65e5\u7535 \u4e2d\u4fc4\u5a92\u4f53\u8bba\u575b\u5728\u5317\u4eac\u4e3e\u884c\u3002",
		"\u0627\u0644\u0642\u0627\u0647\u0631\u0629 (\u0623 \u0634 \u0623) The summit \u202eopened\u202c in Cairo.",
		"zero\u200bwidth China\u200dRussia \ufeffforum\u00a0opened. \xff\xfe China \xc3 signed.",
		"The forum ( ( ( was held in ) ) Beijing. \"Xinhua signed.\" [TASS] {AP}",
	} {
		f.Add(s, 11250, false)
		f.Add(s, -1, true)
	}
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, text string, anchorDays int, viaReader bool) {
		if len(text) > maxFuzzInput {
			t.Skip()
		}
		published := ""
		if anchorDays >= 0 {
			published = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, anchorDays%40541).Format("2006-01-02")
		}
		article := func() document.Article {
			if viaReader {
				a := reader.ParseText(text)
				if a.Published == "" {
					a.Published = published
				}
				return a
			}
			return document.Article{ID: "article:fuzz", Body: text, Published: published}
		}
		d := p.Process(article())
		checkOutput(t, d)
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		again, err := json.Marshal(p.Process(article()))
		if err != nil || !bytes.Equal(out, again) {
			t.Errorf("second run differs (err %v):\n%s\n%s", err, out, again)
		}
	})
}

// vocabulary is what FuzzProcessWords builds its texts from: the phrases
// of the trigger lexicons (read from nlp/lexicon/data), every 20th
// gazetteer alias, and words and marks of our own that the rules look at
// around them (articles, conjunctions, prepositions, punctuation, dates,
// numbers, a paragraph break).
func vocabulary(t testing.TB) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		w = strings.Trim(strings.TrimSpace(w), `"'`)
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, w := range strings.Fields("the The a an and or of in at on by from with to for , . ; : ( ) \" ' 's - -- and the Mr. Dr. President Minister " +
		"Monday October Oct. 21 2020 17-19 last next week year 40 more than representatives countries agencies " +
		"China Chinese Russia Russian Xinhua TASS Beijing Moscow Cairo Ministry Agency News Media Forum Summit it they he she which who") {
		add(w)
	}
	add("\n\n")
	add("BEIJING, Oct. 21 (Xinhua) --")
	files, err := filepath.Glob(filepath.Join("..", "lexicon", "data", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no lexicon files: %v", err)
	}
	flow := regexp.MustCompile(`\[([^\]]*)\]`)
	item := regexp.MustCompile(`^\s*-\s+([^:#\[]+)$`)
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			for _, m := range flow.FindAllStringSubmatch(line, -1) {
				for _, p := range strings.Split(m[1], ",") {
					add(p)
				}
			}
			if m := item.FindStringSubmatch(line); m != nil {
				add(m[1])
			}
		}
	}
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(g.Aliases); i += 20 {
		add(g.Aliases[i].Text)
	}
	return out
}

// FuzzProcessWords runs the pipeline over texts made of the words its
// rules react to: each two bytes of data pick a phrase of vocabulary,
// the phrases joined by spaces. Random bytes seldom spell "organized
// by"; these texts reach the extractor's rules, and their edges (a cue
// as the last word, a list that breaks off) at once. The output must
// keep the promises checkOutput checks and be the same twice.
func FuzzProcessWords(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 11250)
	f.Add([]byte("organized by China, and the"), -1)
	f.Add([]byte("\x00\x10\x00\x20\x00\x30\x01\x00\x01\x10\x01\x20\x02\x00\x02\x40"), 11250)
	p := newPipeline(f)
	vocab := vocabulary(f)
	f.Fuzz(func(t *testing.T, data []byte, anchorDays int) {
		if len(data) > 2*400 {
			t.Skip()
		}
		var b strings.Builder
		for i := 0; i+1 < len(data); i += 2 {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[(int(data[i])<<8|int(data[i+1]))%len(vocab)])
		}
		published := ""
		if anchorDays >= 0 {
			published = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, anchorDays%40541).Format("2006-01-02")
		}
		a := document.Article{ID: "article:fuzz", Body: b.String(), Published: published}
		d := p.Process(a)
		checkOutput(t, d)
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if again, _ := json.Marshal(p.Process(a)); !bytes.Equal(out, again) {
			t.Errorf("second run differs:\n%s\n%s", out, again)
		}
	})
}
