package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
)

// Granularities of a date value.
const (
	Day     = "day"
	Week    = "week"
	Month   = "month"
	Quarter = "quarter"
	Year    = "year"
)

// Anchor is the date that relative expressions ("Monday", "last week") and
// dates without a year are resolved against.
type Anchor struct {
	Date time.Time
	// Source is "dateline" or "published".
	Source string
	OK     bool
}

// String returns "dateline:2020-10-21", or "" for no anchor.
func (a Anchor) String() string {
	if !a.OK {
		return ""
	}
	return a.Source + ":" + a.Date.Format("2006-01-02")
}

// AnchorFor returns the article's dateline date when it has one, else its
// publication date, else no anchor.
func AnchorFor(a document.Article) Anchor {
	if a.Dateline != nil {
		if t, ok := parseISODay(a.Dateline.Date); ok {
			return Anchor{Date: t, Source: "dateline", OK: true}
		}
	}
	if t, ok := parseISODay(a.Published); ok {
		return Anchor{Date: t, Source: "published", OK: true}
	}
	return Anchor{}
}

// parseISODay reads the date part of an ISO 8601 date or date-time.
func parseISODay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// Found is one date expression.
type Found struct {
	// Start and End index the expression's tokens: [Start, End).
	Start, End int
	// Value is ISO 8601 at the expression's granularity: "2020-10-19",
	// "2020-W42", "2020-10", "2020", or an interval
	// "2018-10-17/2018-10-26"; "" when it could not be resolved.
	Value string
	// Begin and Finish are the first and last day of a range ("" when the
	// expression is a single date).
	Begin, Finish string
	Granularity   string
	// Anchor is set when the value depends on the anchor (relative
	// expressions and dates without a year).
	Anchor string
	// Rule names the pattern that matched ("date.month-day-year").
	Rule string
}

// Resolved reports whether f has a value.
func (f Found) Resolved() bool { return f.Value != "" }

// dayValue formats t as an ISO day.
func dayValue(t time.Time) string { return t.Format("2006-01-02") }

// monthValue formats a year and month.
func monthValue(y int, m time.Month) string { return fmt.Sprintf("%04d-%02d", y, int(m)) }

// weekValue formats the ISO week of t.
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// closestYear picks the year that puts month/day nearest to the anchor, so
// "December 26" written on January 3 is last December.
func closestYear(a Anchor, m time.Month, d int) int {
	best, bestDist := a.Date.Year(), time.Duration(1<<62)
	for y := a.Date.Year() - 1; y <= a.Date.Year()+1; y++ {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(a.Date)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// closestYearMonth is closestYear for a month without a day.
func closestYearMonth(a Anchor, m time.Month) int {
	return closestYear(a, m, 15)
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
	"mon.":   time.Monday, "tue.": time.Tuesday, "tues.": time.Tuesday, "wed.": time.Wednesday,
	"thu.": time.Thursday, "thur.": time.Thursday, "thurs.": time.Thursday, "fri.": time.Friday,
	"sat.": time.Saturday,
}

// month returns the month a token names: "October", "Oct.", "OCT". "May"
// and "March" count only when capitalised; abbreviations need no period.
func month(tok, low string) (time.Month, bool) {
	// the capital first: it is cheaper than the lookup and fails for
	// most words ("may")
	if tok == "" || tok[0] < 'A' || tok[0] > 'Z' {
		return 0, false
	}
	m, ok := monthNames[strings.TrimSuffix(low, ".")]
	return m, ok
}

// dayNumber reads "21", "21st", "2nd", "3rd", "17th" as a day of month.
func dayNumber(low string) (int, bool) {
	s := low
	if len(s) >= 2 {
		switch s[len(s)-2:] {
		case "st", "nd", "rd", "th":
			s = s[:len(s)-2]
		}
	}
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n, ok := Digits(s)
	if !ok || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// yearNumber reads a four-digit year between 1900 and 2100.
func yearNumber(low string) (int, bool) {
	if len(low) != 4 {
		return 0, false
	}
	n, ok := Digits(low)
	if !ok || n < 1900 || n > 2100 {
		return 0, false
	}
	return n, true
}

// Digits parses a string of ASCII digits (at most 9) without allocating;
// ok is false for anything else.
func Digits(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func validDay(y int, m time.Month, d int) bool {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && t.Month() == m
}
