package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

// Datelines open wire stories in a few house styles:
//
//	BEIJING, Oct. 21 (Xinhua) --          place, date, agency, dashes
//	LONDON (Reuters) -                    place, agency
//	UNITED NATIONS (AP) _                 AP's underscore
//	MOSCOW, March 3 /TASS/.               TASS: agency between slashes
//	IGORA /Leningrad Region/, December 26. /TASS/.
//	TEHRAN, Iran, October 26.             place, country, date, no agency
//	WASHINGTON —                          place alone
//
// The place is written in capitals (or, before a known agency in
// parentheses, in any case: "Hong Kong (CNN Business)").

const (
	capsPlace  = `[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]*)*`
	anyPlace   = `[A-Z][\p{L}'’.\-]+(?:\s+[\p{L}'’.\-]+){0,3}`
	regionPart = `(?:,\s+[A-Z][\p{L}.'’\-]*(?:\s+[A-Z][\p{L}.'’\-]*){0,2})`
	dlDate     = `((?i:` + monthRE + `)\s+\d{1,2}(?:,?\s+\d{4}|/\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?i:` + monthRE + `)(?:,?\s+\d{4})?)`
	dashes     = `(?:--|—|–|-|_|:)`
)

var (
	// place, region?, date?, (agency) dash
	reDatelineParen = regexp.MustCompile(`^(` + capsPlace + `)` + regionPart + `?(?:,\s+` + dlDate + `)?\s*\(([\p{L}][\p{L} .\-'’]{0,30})\)\s*` + dashes + `?`)
	// Mixed-case place before a known outlet in parentheses.
	reDatelineMixed = regexp.MustCompile(`^(` + anyPlace + `)` + regionPart + `?(?:,\s+` + dlDate + `)?\s*\(([\p{L}][\p{L} .\-'’]{0,30})\)\s*` + dashes + `?`)
	// TASS style
	reDatelineSlash = regexp.MustCompile(`^(` + anyPlace + `)(?:\s*/[^/]{1,40}/)?,\s+` + dlDate + `\.?\s*/([A-Z\-]{2,12})/\.?`)
	// place, region?, date, then a full stop or a dash
	reDatelineDate = regexp.MustCompile(`^(` + capsPlace + `)` + regionPart + `?,\s+` + dlDate + `\s*(?:\.|` + dashes + `)`)
	// Chinese: 新华社北京10月21日电 (agency, place, month, day, "reports")
	reDatelineHan = regexp.MustCompile(`^(?:(新华社|中新社|人民网|央视网)\s*)?(\p{Han}{2,6}?)\s*(\d{1,2})月(\d{1,2})日电`)
	// place, date, agency: "YEREVAN, NOVEMBER 17, ARMENPRESS." "Accra, Oct. 21, GNA –",
	// or a paragraph of its own: "Baku, March 3, AZERTAC"
	reDatelineTrail = regexp.MustCompile(`^(` + anyPlace + `),\s+` + dlDate + `,\s+([A-Z][A-Za-z\-]{1,14})\s*(?:\.|--|—|–|-|$)`)
	// place. agency -: "MOSCOW. KAZINFORM -"
	reDatelineDot = regexp.MustCompile(`^(` + capsPlace + `)\.\s+([A-Z][A-Za-z\-]{1,14})\s*(?:--|—|–|-)`)
	// Russian: "МОСКВА, 3 марта. /ТАСС/." and "МОСКВА, 3 мар — РИА Новости."
	reDatelineRu = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\-]+(?:[ \-]\p{Lu}[\p{Lu}\-]+)*),\s+(\d{1,2})\s+((?i)` + ruMonthRE + `)\.?\s*(?:/(ТАСС|ИТАР-ТАСС)/\.?|[—–-]\s*(РИА Новости|Интерфакс|Спутник|ТАСС)\.?)`)
	// place alone with a dash
	reDatelineDash = regexp.MustCompile(`^(` + capsPlace + `)` + regionPart + `?\s*(?:--|—|–|_)\s`)
)

// findDateline looks for a dateline at the start of the body's first
// paragraphs and returns it with its span into body. published (ISO)
// supplies the year when the dateline has none.
func findDateline(body string, paras []document.Span, published string) *document.Dateline {
	for i, sp := range paras {
		if i >= 3 {
			break
		}
		if d := parseDateline(body[sp.Start:sp.End], published); d != nil {
			d.Span.Start += sp.Start
			d.Span.End += sp.Start
			return d
		}
	}
	return nil
}

// parseDateline reads a dateline at the start of one paragraph.
func parseDateline(p, published string) *document.Dateline {
	// Each pattern runs only on lines holding the characters it cannot do
	// without (a line is tried against all of them, and most lines are
	// prose).
	if !strings.Contains(p, "日电") {
		// no Chinese dateline
	} else if m := reDatelineHan.FindStringSubmatchIndex(p); m != nil {
		agency := ""
		if m[2] >= 0 {
			agency = p[m[2]:m[3]]
		}
		d := &document.Dateline{Place: p[m[4]:m[5]], Agency: agencyName(agency), Span: document.Span{End: m[1]}}
		mon, _ := strconv.Atoi(p[m[6]:m[7]])
		day, _ := strconv.Atoi(p[m[8]:m[9]])
		d.Date = datelineDate(time.Month(mon).String()+" "+strconv.Itoa(day), published)
		return d
	}
	if len(p) < 8 || !unicode.IsUpper(firstRune(p)) {
		return nil
	}
	comma := strings.IndexByte(p, ',') >= 0
	dash := strings.ContainsAny(p, "-_—–")
	if !hasCyrillic(p) {
		// no Russian dateline
	} else if m := reDatelineRu.FindStringSubmatchIndex(p); m != nil {
		agency := ""
		if m[8] >= 0 {
			agency = p[m[8]:m[9]]
		} else if m[10] >= 0 {
			agency = p[m[10]:m[11]]
		}
		d := &document.Dateline{Place: placeName(p[m[2]:m[3]]), Agency: agencyName(agency), Span: document.Span{End: m[1]}}
		day, _ := strconv.Atoi(p[m[4]:m[5]])
		mon := ruMonths[strings.ToLower(p[m[6]:m[7]])]
		d.Date = datelineDate(mon.String()+" "+strconv.Itoa(day), published)
		return d
	}
	if strings.IndexByte(p, '/') < 0 {
		// no TASS-style dateline
	} else if m := reDatelineSlash.FindStringSubmatchIndex(p); m != nil {
		agency := p[m[6]:m[7]]
		if _, ok := knownOutlets().byName(agency); ok {
			return newDateline(p[m[2]:m[3]], p[m[4]:m[5]], agency, m[1], published)
		}
	}
	for _, re := range []*regexp.Regexp{reDatelineParen, reDatelineMixed} {
		if strings.IndexByte(p, '(') < 0 {
			break
		}
		m := re.FindStringSubmatchIndex(p)
		if m == nil {
			continue
		}
		agency := p[m[6]:m[7]]
		_, known := knownOutlets().byName(agency)
		if !known {
			// "CNN Business": an outlet name followed by a desk.
			if f := strings.Fields(agency); len(f) > 1 {
				_, known = knownOutlets().byName(f[0])
			}
		}
		// a date before a one-word credit marks a dateline whatever the
		// credit's case: "Bishkek, 20 August (Kabar) -", "Tashkent, 12
		// March (UzA)."
		dated := m[4] >= 0 && looksLikeCredit(agency)
		if !known && !dated && re == reDatelineMixed && (m[4] < 0 || !looksLikeAgency(agency)) {
			// a credit in capitals after a place and a date is an
			// agency the outlet list lacks: "Addis Ababa, March 4 (ENA) -"
			continue
		}
		if place := p[m[2]:m[3]]; isAbbreviationOf(agency, place) {
			continue // "Vietnam News Agency (VNA) ...": a name and its acronym
		}
		if !known && !dated && !looksLikeAgency(agency) {
			continue
		}
		if sentenceGoesOn(p[m[0]:m[1]], p[m[1]:]) {
			continue // "Lakeside State Information Agency (LSIA) signed ...": a subject
		}
		date := ""
		if m[4] >= 0 {
			date = p[m[4]:m[5]]
		}
		end := m[1]
		if strings.HasPrefix(p[end:], ". ") {
			end++ // "Tashkent, 12 March (UzA). The forum ..."
		}
		return newDateline(p[m[2]:m[3]], date, agency, end, published)
	}
	if !comma {
		// no place, date, agency
	} else if m := reDatelineTrail.FindStringSubmatchIndex(p); m != nil {
		if agency := p[m[6]:m[7]]; isKnownOrCaps(agency) {
			return newDateline(p[m[2]:m[3]], p[m[4]:m[5]], agency, m[1], published)
		}
	}
	if !dash {
		// no "PLACE. Agency -"
	} else if m := reDatelineDot.FindStringSubmatchIndex(p); m != nil {
		if agency := p[m[4]:m[5]]; isKnownOrCaps(agency) {
			return newDateline(p[m[2]:m[3]], "", agency, m[1], published)
		}
	}
	if !comma {
		// no place and date
	} else if m := reDatelineDate.FindStringSubmatchIndex(p); m != nil && len(p[m[2]:m[3]]) >= 3 {
		return newDateline(p[m[2]:m[3]], p[m[4]:m[5]], "", m[1], published)
	}
	if !dash {
		// no place and dash
	} else if m := reDatelineDash.FindStringSubmatchIndex(p); m != nil && len(p[m[2]:m[3]]) >= 3 && isAllCaps(p[m[2]:m[3]]) {
		return newDateline(p[m[2]:m[3]], "", "", m[1], published)
	}
	return parseDatelineDated(p)
}

// sentenceGoesOn reports whether what follows a "Place (Agency)" match
// without a dash continues one sentence: a word in lower case ("signed",
// "and") after the parenthesis makes the parenthesis an acronym or a gloss
// inside the sentence's subject, not a dateline; a dateline is followed by
// a dash or by the capital that opens the story.
func sentenceGoesOn(match, rest string) bool {
	if strings.ContainsAny(match, "-_—–:") {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// reDatelineLead is a place in capitals and a comma opening a paragraph,
// before a date in another form: "DUSHANBE, 28.07.2017 /NIAT Khovar/.",
// "BEIJING, (UrduPoint / Pakistan Point News - 15th Jun, 2022 ) :".
var reDatelineLead = regexp.MustCompile(`^(` + capsPlace + `),\s*`)

// reNumericDay is a day written dd.mm.yyyy.
var reNumericDay = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b`)

// parseDatelineDated reads a capitalised place, a comma and, within the
// next 70 bytes and before any sentence ends, a full date (numeric
// dd.mm.yyyy, or a written date inside a credit): the dateline's date.
func parseDatelineDated(p string) *document.Dateline {
	m := reDatelineLead.FindStringSubmatchIndex(p)
	if m == nil || len(p[m[2]:m[3]]) < 3 || !isAllCaps(p[m[2]:m[3]]) {
		return nil
	}
	rest := p[m[1]:]
	if n := reNumericDay.FindStringSubmatchIndex(rest); n != nil {
		day, _ := strconv.Atoi(rest[n[2]:n[3]])
		mon, _ := strconv.Atoi(rest[n[4]:n[5]])
		year, _ := strconv.Atoi(rest[n[6]:n[7]])
		if mon < 1 || mon > 12 || day < 1 || day > 31 {
			return nil
		}
		end := m[1] + n[1]
		// "/NIAT Khovar/." after the date is the credit
		if c := strings.Index(p[end:], "/."); c >= 0 && c < 40 && strings.HasPrefix(strings.TrimSpace(p[end:]), "/") {
			end += c + 2
		}
		d := &document.Dateline{Place: placeName(p[m[2]:m[3]]), Span: document.Span{End: end}}
		d.Date = time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		return d
	}
	if !strings.HasPrefix(rest, "(") {
		return nil
	}
	closing := strings.IndexByte(rest, ')')
	if closing < 0 || closing > 70 || strings.Contains(rest[:closing], ". ") {
		return nil
	}
	date := findDate(rest[:closing])
	if date == "" {
		return nil
	}
	end := m[1] + closing + 1
	if t := strings.TrimLeft(p[end:], " "); strings.HasPrefix(t, ":") || strings.HasPrefix(t, "-") {
		end = len(p) - len(t) + 1
	}
	return &document.Dateline{Place: placeName(p[m[2]:m[3]]), Date: date, Span: document.Span{End: end}}
}

// isAbbreviationOf reports an acronym spelled by the words of name, or
// equal to it: "VNA" of "Vietnam News Agency".
func isAbbreviationOf(acro, name string) bool {
	if strings.EqualFold(acro, name) {
		return true
	}
	var initials strings.Builder
	for _, w := range strings.Fields(name) {
		initials.WriteRune(firstRune(w))
	}
	return len(acro) >= 2 && strings.EqualFold(initials.String(), acro)
}

// isKnownOrCaps accepts a known outlet or a credit in capitals ("GNA").
func isKnownOrCaps(a string) bool {
	if _, ok := knownOutlets().byName(a); ok {
		return true
	}
	return len(a) >= 3 && isAllCaps(a)
}

// looksLikeAgency accepts short capitalised credits such as "AP" or "dpa".
func looksLikeAgency(s string) bool {
	return len(s) >= 2 && len(s) <= 12 && !strings.Contains(s, " ") && isAllCaps(s)
}

// looksLikeCredit reports one capitalised word of letters, 2 to 12 of
// them: an agency's credit after a dateline's date ("Kabar", "UzA").
func looksLikeCredit(s string) bool {
	if len(s) < 2 || len(s) > 12 || s[0] < 'A' || s[0] > 'Z' || creditNotAgency[strings.ToLower(s)] {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// creditNotAgency are capitalised words a parenthesis after a date holds
// that name no agency ("May 3 (Monday)").
var creditNotAgency = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "update": true, "updated": true, "video": true, "photos": true,
}

func newDateline(place, date, agency string, end int, published string) *document.Dateline {
	d := &document.Dateline{Place: placeName(place), Agency: agencyName(agency)}
	d.Date = datelineDate(date, published)
	d.Span = document.Span{Start: 0, End: end}
	return d
}

// agencyName gives the canonical short name of an agency credit.
func agencyName(a string) string {
	a = strings.TrimSpace(a)
	if a == "" {
		return ""
	}
	if o, ok := knownOutlets().byName(a); ok {
		if o.Key == "ap" {
			return "AP"
		}
		return o.Name
	}
	if f := strings.Fields(a); len(f) > 1 {
		if o, ok := knownOutlets().byName(f[0]); ok {
			return o.Name
		}
	}
	return a
}

// placeName turns "ST. PETERSBURG" into "St. Petersburg"; mixed case stays.
func placeName(p string) string {
	p = strings.TrimSpace(p)
	if !isAllCaps(p) {
		return p
	}
	var b strings.Builder
	start := true
	for _, r := range p {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(r)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		start = r == ' ' || r == '-' || r == '.'
		b.WriteRune(r)
	}
	return b.String()
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// reDLDayFirst is a dateline date written day first: "12 March", "14
// nov", "17th April, 2024".
var reDLDayFirst = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `)(?:,?\s+(\d{4}))?$`)

var reDLParts = regexp.MustCompile(`(?i)^(` + monthRE + `)\s+(\d{1,2})(?:,?\s+(\d{4}))?$`)

// datelineDate gives the dateline's date in ISO form. Without a year in
// the dateline the publication year is used, one less when the dateline's
// month lies after the publication month (a December story published in
// January).
func datelineDate(s, published string) string {
	s = strings.TrimSpace(strings.Replace(s, "/", " ", 1)) // ENA's "April 15/2026"
	if d := reDLDayFirst.FindStringSubmatch(s); d != nil {
		s = strings.TrimSpace(d[2] + " " + d[1] + " " + d[3]) // "14 nov" is "nov 14"
	}
	m := reDLParts.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	mon := monthNum(m[1])
	day, _ := strconv.Atoi(m[2])
	year := 0
	if m[3] != "" {
		year, _ = strconv.Atoi(m[3])
	} else if len(published) >= 7 {
		year, _ = strconv.Atoi(published[:4])
		pm, _ := strconv.Atoi(published[5:7])
		if mon > pm {
			year--
		}
	}
	if year == 0 || mon == 0 || day < 1 || day > 31 {
		return ""
	}
	return strconv.Itoa(year) + "-" + two(mon) + "-" + two(day)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
