package dates

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/segment"
)

// maxFuzzInput bounds the bodies FuzzFind reads; `go test -timeout`
// catches a hang on the smaller ones.
const maxFuzzInput = 64 << 10

// valueRE is the shape of a value at each granularity; the parts are
// then checked as calendar dates by checkValue.
var valueRE = map[string]*regexp.Regexp{
	Day:     regexp.MustCompile(`^(\d{4}-\d\d-\d\d|--\d\d-\d\d)(/(\d{4}-\d\d-\d\d|--\d\d-\d\d))?$`),
	Week:    regexp.MustCompile(`^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$`),
	Month:   regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])(/\d{4}-(0[1-9]|1[0-2]))?$`),
	Quarter: regexp.MustCompile(`^\d{4}-Q[1-4]$`),
	Year:    regexp.MustCompile(`^\d{4}(/\d{4})?$`),
}

// checkValue fails unless f's value is ISO 8601 at its granularity, with
// real calendar days, and a range's begin and finish are its two ends in
// order.
func checkValue(t *testing.T, f Found) {
	t.Helper()
	re, ok := valueRE[f.Granularity]
	if !ok {
		t.Errorf("%s: value %q has granularity %q", f.Rule, f.Value, f.Granularity)
		return
	}
	if !re.MatchString(f.Value) {
		t.Errorf("%s: value %q is not ISO 8601 at granularity %s", f.Rule, f.Value, f.Granularity)
		return
	}
	if f.Granularity == Day {
		for _, p := range strings.Split(f.Value, "/") {
			if strings.HasPrefix(p, "--") {
				p = "2000" + p[1:] // a leap year, so --02-29 passes
			}
			if _, err := time.Parse("2006-01-02", p); err != nil {
				t.Errorf("%s: value %q holds no calendar day %q", f.Rule, f.Value, p)
			}
		}
	}
	if f.Begin != "" || f.Finish != "" {
		if f.Value != f.Begin+"/"+f.Finish {
			t.Errorf("%s: value %q is not begin %q / finish %q", f.Rule, f.Value, f.Begin, f.Finish)
		}
		// (a range without a year may run over the new year: "--12-30/--01-02")
		if f.Begin > f.Finish && !strings.HasPrefix(f.Begin, "--") {
			t.Errorf("%s: range %q ends before it begins", f.Rule, f.Value)
		}
	}
	if f.Granularity == Year && strings.Contains(f.Value, "/") {
		if y := strings.Split(f.Value, "/"); y[0] >= y[1] {
			t.Errorf("%s: year range %q not in order", f.Rule, f.Value)
		}
	}
}

// FuzzFind runs the date finder over segmented text. anchorDays < 0
// means no anchor; otherwise the anchor is that many days after
// 1990-01-01, within the years the reader accepts as publication dates.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"BEIJING, Oct. 21 (Xinhua) -- The forum met on Monday, Oct. 19, 2020.",
		"MOSCOW, December 26. /TASS/. Talks will resume next Tuesday and run until Friday.",
		"from 17-26 October 2018, on the 4th of April, 2019-2021, from 2018 to 2020, Q3 2025",
		"the first quarter of this year, two days ago, 3 weeks ago, earlier this week, last weekend",
		"since January 1, next March, mid-October, in May, October 17 - November 2, 2020",
		"2020-10-21, 21.10.2020, 31.02.2020, 2020-13-45, 2020 - 10 - 21, 0000-00-00",
		"from Wednesday to Sunday; Feb. 29, 2021; Feb. 29; 29 Feb; Dec 31 to Jan 2",
		"Media Forum 2025 opened. In 1899 and 2101 nothing. 999999999 days ago.",
		"\u4e8c\u3007\u4e8c\u3007\u5e74 October\u200b21 \ufeffMonday \u0661\u0660 October",
		"Sept. 31st, 31st September, the 0th of May, 00 May 2020, May 00",
	} {
		f.Add(s, 11250)
		f.Add(s, -1)
	}
	f.Add("Friday and last Friday, this Friday, coming Friday", 0)
	f.Add("next year, next month, next week", 40514) // near 2100-12-31
	seg, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string, anchorDays int) {
		if len(body) > maxFuzzInput {
			t.Skip()
		}
		var a Anchor
		if anchorDays >= 0 {
			day := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, anchorDays%40541)
			a = AnchorFor(document.Article{Published: day.Format("2006-01-02")})
			if !a.OK {
				t.Fatalf("no anchor from %s", day.Format("2006-01-02"))
			}
		}
		d := &document.Document{Article: document.Article{Body: body}}
		seg.Apply(d)
		found := Find(body, d.Lower, d.Tokens, a)
		prev := 0
		for _, x := range found {
			if x.Start < prev || x.End <= x.Start || x.End > len(d.Tokens) {
				t.Fatalf("%s: tokens [%d,%d) out of order or range (previous end %d, %d tokens)", x.Rule, x.Start, x.End, prev, len(d.Tokens))
			}
			prev = x.End
			if !strings.HasPrefix(x.Rule, "date.") {
				t.Errorf("rule %q", x.Rule)
			}
			if x.Value != "" {
				checkValue(t, x)
			}
			if x.Anchor != "" && x.Anchor != a.String() && (a.OK || !strings.HasPrefix(x.Anchor, "text-year:")) {
				t.Errorf("%s: anchor %q, want %q", x.Rule, x.Anchor, a.String())
			}
		}
		// the tagger's path: the start words known in advance
		starts := map[string]bool{}
		for _, w := range StartWords() {
			starts[w] = true
		}
		with := FindWith(body, d.Lower, d.Tokens, a, func(i int) bool {
			return starts[d.Lower[d.Tokens[i].Start:d.Tokens[i].End]]
		})
		if !reflect.DeepEqual(found, with) {
			t.Errorf("Find and FindWith differ:\n%+v\n%+v", found, with)
		}
		if again := Find(body, d.Lower, d.Tokens, a); !reflect.DeepEqual(found, again) {
			t.Errorf("second run differs")
		}
	})
}
