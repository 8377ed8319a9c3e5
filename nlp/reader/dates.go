package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// months maps English month names and abbreviations to their number.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// ruMonths maps Russian month names (genitive, as dates write them) and
// their short forms to their number.
var ruMonths = map[string]time.Month{
	"января": 1, "янв": 1, "февраля": 2, "фев": 2, "марта": 3, "мар": 3, "апреля": 4, "апр": 4,
	"мая": 5, "июня": 6, "июн": 6, "июля": 7, "июл": 7, "августа": 8, "авг": 8,
	"сентября": 9, "сен": 9, "сент": 9, "октября": 10, "окт": 10, "ноября": 11, "ноя": 11,
	"декабря": 12, "дек": 12,
}

const ruMonthRE = `(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)`

const monthRE = `(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

var machineLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "20060102", "2006/01/02", "2006/01/02 15:04:05", "2006.01.02",
}

var (
	reMonthDayYear = regexp.MustCompile(`(?i)\b(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `),?\s+(\d{4})\b`)
	reRuDate       = regexp.MustCompile(`(?i)(\d{1,2})\s+(` + ruMonthRE + `)\.?,?\s+(\d{4})`)
	reHanDate      = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	reISODate      = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	reNumDate      = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b`)
	reClock        = regexp.MustCompile(`\b([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?\s*([AaPp]\.?[Mm]\.?)?`)
	reURLDate      = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\d{0,12}[/_-]|\.html?|$)`)
	reURLYearMonth = regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/`)
)

// normalizeDate turns a date or date-time string in a common format into
// ISO 8601: "2020-10-22", or "2020-10-22T11:45:00+08:00" when it carries a
// time and a zone. It returns "" when nothing parses.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range machineLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if !plausibleYear(t.Year()) {
			return ""
		}
		return isoOf(t, layoutHasZone(l), layoutHasClock(l))
	}
	// Unix seconds or milliseconds.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e12 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		if plausibleYear(t.Year()) {
			return t.Format(time.RFC3339)
		}
	}
	return findDate(s)
}

func layoutHasZone(l string) bool {
	return strings.Contains(l, "Z07") || strings.Contains(l, "-0700") || strings.Contains(l, "MST")
}

func layoutHasClock(l string) bool { return strings.Contains(l, "15") }

func isoOf(t time.Time, zone, clock bool) string {
	if zone && clock {
		return t.Format(time.RFC3339)
	}
	return t.Format("2006-01-02")
}

func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }

func plausibleYearText(s string) bool {
	y, err := strconv.Atoi(s)
	return err == nil && plausibleYear(y)
}

// findDate finds the first written date in free text ("October 22, 2020",
// "22 Oct 2020", "2020-10-22") and returns it as "2006-01-02".
func findDate(s string) string {
	if !hasYearDigits(s) {
		return ""
	}
	type hit struct {
		at      int
		y, m, d int
	}
	best := hit{at: -1}
	try := func(at, y, m, d int) {
		if !plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		if best.at < 0 || at < best.at {
			best = hit{at, y, m, d}
		}
	}
	// Each pattern runs only where the text has what it needs (a month
	// name at a word start, Cyrillic, 年): regular expressions are most of
	// the reader's time on scraped text.
	month := hasMonthWord(s)
	if month {
		if m := reMonthDayYear.FindStringSubmatchIndex(s); m != nil {
			mon := monthNum(s[m[2]:m[3]])
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			try(m[0], y, mon, d)
		}
		if m := reDayMonthYear.FindStringSubmatchIndex(s); m != nil {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			mon := monthNum(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			try(m[0], y, mon, d)
		}
	}
	if m := reISODate.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mon, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		try(m[0], y, mon, d)
	}
	if hasCyrillic(s) {
		if m := reRuDate.FindStringSubmatchIndex(s); m != nil {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			try(m[0], y, int(ruMonths[strings.ToLower(s[m[4]:m[5]])]), d)
		}
	}
	if !strings.Contains(s, "年") {
		// no Han date
	} else if m := reHanDate.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mon, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		try(m[0], y, mon, d)
	}
	if best.at < 0 {
		// Numbers only: 08/12/2023 is read day first, as most of the world
		// writes it, unless the second number cannot be a month.
		if m := reNumDate.FindStringSubmatchIndex(s); m != nil {
			a, _ := strconv.Atoi(s[m[2]:m[3]])
			b, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if b > 12 {
				a, b = b, a
			}
			try(m[0], y, b, a)
		}
	}
	if best.at < 0 {
		return ""
	}
	return time.Date(best.y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

func monthNum(s string) int {
	return int(months[strings.TrimSuffix(strings.ToLower(s), ".")])
}

// urlDate finds a date in a URL path: /2019/11/18/ or /2020-10-22/ or
// /20201022/. A year and month alone give "2019-11".
func urlDate(u string) string {
	if m := reURLDate.FindStringSubmatch(u); m != nil && plausibleYearText(m[1]) {
		return m[1] + "-" + m[2] + "-" + m[3]
	}
	if m := reURLYearMonth.FindStringSubmatch(u); m != nil && plausibleYearText(m[1]) {
		return m[1] + "-" + m[2]
	}
	return ""
}

// reStamp matches a visible time stamp with a date, as pages print them
// under the headline: "11:45, October 22, 2020", "October 22, 2020 11:45",
// "2020-10-22 11:45", "2020/10/22 11:45:02", "10-22-2020 11:45".
var reStamp = regexp.MustCompile(`(?i)(?:\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s*(?:\w+day,?\s*)?` + monthRE + `\s+\d{1,2},?\s+\d{4})|(?:` + monthRE + `\s+\d{1,2},?\s+\d{4},?\s+(?:at\s+)?\d{1,2}:\d{2})|(?:\b(?:19|20)\d\d(?:-\d\d-\d\d|/\d\d/\d\d)[ T]\d\d:\d\d)|(?:\b\d{1,2}-\d{1,2}-(?:19|20)\d\d\s+\d{1,2}:\d\d)`)

// reDashNumDate reads the numbers of a stamp written "10-22-2020 11:45".
var reDashNumDate = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b`)

// hasMonthWord reports whether s has, at a word start (after anything
// but an ASCII letter, digit or underscore, as \b sees it), the first three
// letters of an English month name in any case: what monthRE needs where
// the patterns put it after \b or white space.
func hasMonthWord(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			continue
		}
		if i > 0 {
			if p := s[i-1]; p == '_' || (p >= '0' && p <= '9') || (p|0x20 >= 'a' && p|0x20 <= 'z') {
				continue
			}
		}
		switch string([]byte{c, s[i+1] | 0x20, s[i+2] | 0x20}) {
		case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
			return true
		}
	}
	return false
}

// hasCyrillic reports whether s holds a Cyrillic letter (UTF-8 lead bytes
// 0xD0 to 0xD3).
func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xD0 && c <= 0xD3 {
			return true
		}
	}
	return false
}

// findStamp returns the date of the first time stamp in s, or "".
func findStamp(s string) string {
	if strings.IndexByte(s, ':') < 0 {
		return "" // every stamp has a clock
	}
	if strings.IndexByte(s, ':') < 0 {
		return "" // every stamp form has a clock time
	}
	m := reStamp.FindString(s)
	if m == "" {
		return ""
	}
	if n := reDashNumDate.FindStringSubmatch(m); n != nil {
		// day first, as findDate reads 08/12/2023, unless the second
		// number cannot be a month ("10-13-2016 00:53 BJT")
		a, _ := strconv.Atoi(n[1])
		b, _ := strconv.Atoi(n[2])
		y, _ := strconv.Atoi(n[3])
		if b > 12 {
			a, b = b, a
		}
		if !plausibleYear(y) || b < 1 || b > 12 || a < 1 || a > 31 {
			return ""
		}
		return time.Date(y, time.Month(b), a, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	return findDate(m)
}

// allDates returns every written date in s ("2006-01-02"), in no order.
func allDates(s string) []string {
	var out []string
	add := func(y, m, d int) {
		if plausibleYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			out = append(out, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"))
		}
	}
	for _, m := range reMonthDayYear.FindAllStringSubmatch(s, -1) {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		add(y, monthNum(m[1]), d)
	}
	for _, m := range reDayMonthYear.FindAllStringSubmatch(s, -1) {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		add(y, monthNum(m[2]), d)
	}
	for _, m := range reISODate.FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		add(y, mo, d)
	}
	for _, m := range reRuDate.FindAllStringSubmatch(s, -1) {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		add(y, int(ruMonths[strings.ToLower(m[2])]), d)
	}
	for _, m := range reHanDate.FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		add(y, mo, d)
	}
	return out
}

// hasYearDigits reports four digits in a row, which every written date
// that findDate reads holds.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// readingDay returns the day of reading; a publication date after it is
// an error of the page (a page id read as a date, a typo), not a date.
// Tests replace it.
var readingDay = func() time.Time { return time.Now().UTC() }

// notFuture returns iso, or "" when it is a day after the day of reading
// (one day of grace for time zones).
func notFuture(iso string) string {
	if len(iso) < 4 {
		return iso
	}
	limit := readingDay().AddDate(0, 0, 1).Format("2006-01-02")
	day := iso
	if len(day) > 10 {
		day = day[:10]
	}
	if day > limit[:len(day)] {
		return ""
	}
	return iso
}
