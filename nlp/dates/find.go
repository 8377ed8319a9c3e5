package dates

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
)

// monthCues are words before a bare month or year that make it a date
// ("in October", "since 2017"), so that "October Revolution" and "2019
// participants" are not taken for dates.
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"from": true, "early": true, "late": true, "mid": true, "of": true, "this": true,
	"last": true, "next": true, "before": true, "after": true, "through": true,
	"throughout": true, "on": true, "end": true, "beginning": true, "year": true,
	"between": true, "and": true, "to": true, "for": true, "summer": true,
	"spring": true, "autumn": true, "fall": true, "winter": true, "at": true,
}

// futureCues before a weekday make it the next one ("will open Monday").
var futureCues = map[string]bool{
	"will": true, "shall": true, "next": true, "scheduled": true, "due": true,
	"upcoming": true, "planned": true, "plans": true, "coming": true, "'ll": true,
}

// runningVerbs before "until" say that something goes on to a day still
// to come ("runs until Wednesday").
var runningVerbs = map[string]bool{"runs": true, "run": true, "lasts": true, "last": true, "continues": true, "continue": true, "stays": true, "remains": true, "open": true}

// presentCourseVerbs are the present tense of an event's course: before
// a weekday ("ends on Sunday") they tell of a day still to come.
var presentCourseVerbs = map[string]bool{
	"ends": true, "closes": true, "concludes": true, "opens": true, "begins": true,
	"starts": true, "resumes": true, "continues": true, "wraps": true,
}

// lowerStarts are the lower-case words a date expression may start with.
var lowerStarts = map[string]bool{
	"last": true, "next": true, "this": true, "past": true, "coming": true, "earlier": true,
	"later": true, "yesterday": true, "today": true, "tomorrow": true, "a": true, "an": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 0,
}

// finder walks the tokens of one body.
type finder struct {
	body, lower string
	toks        []document.Token
	a           Anchor
}

// Find returns the date expressions of body in token order. lower is body
// with ASCII letters lower-cased (same byte offsets); toks are its tokens.
func Find(body, lower string, toks []document.Token, a Anchor) []Found {
	return FindWith(body, lower, toks, a, nil)
}

// FindWith is Find for a caller that knows which word tokens may start a
// date (one of StartWords, compared in lower case); mayStart answers for
// token i. A nil mayStart looks the words up.
func FindWith(body, lower string, toks []document.Token, a Anchor, mayStart func(i int) bool) []Found {
	f := finder{body: body, lower: lower, toks: toks, a: a}
	if mayStart == nil {
		mayStart = f.wordStart
	}
	var out []Found
	for i := 0; i < len(toks); {
		c := body[toks[i].Start]
		// every date expression starts with a digit, a capital (a month
		// or weekday) or one of a few lower-case words
		if !(c >= '0' && c <= '9' || (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') && mayStart(i)) {
			i++
			continue
		}
		i = f.add(&out, i)
	}
	return f.finish(out)
}

// FindGated is Find for a caller that holds bits of the tokens: token i
// may start a date when gate[i]&starts != 0, which must hold exactly for
// the tokens that start with a digit 0-9 and those that are one of
// StartWords in lower case. Testing one bit per token spares the caller a
// call per token. A gate not as long as toks is ignored (Find).
func FindGated(body, lower string, toks []document.Token, a Anchor, gate []uint64, starts uint64) []Found {
	if len(gate) != len(toks) {
		return Find(body, lower, toks, a)
	}
	f := finder{body: body, lower: lower, toks: toks, a: a}
	var out []Found
	for i := 0; i < len(gate); {
		if gate[i]&starts == 0 {
			i++
			continue
		}
		i = f.add(&out, i)
	}
	return f.finish(out)
}

// add appends to out the date expression that starts at token i, if
// any, and returns the token to go on from.
func (f *finder) add(out *[]Found, i int) int {
	d, ok := f.at(i)
	if !ok {
		return i + 1
	}
	if n := len(*out); n > 0 {
		f.weekdayRangeEnd((*out)[n-1], &d)
	}
	*out = append(*out, d)
	return d.End
}

// finish ties the expressions found together (sameYear,
// coordinatedMonths, textYears) and returns them.
func (f *finder) finish(out []Found) []Found {
	f.sameYear(out)
	f.coordinatedMonths(out)
	if !f.a.OK {
		f.textYears(out)
	}
	return out
}

// coordinatedMonths gives a bare month joined to the bare month before
// it by "and" or "or" the first year that does not put it before that
// one: "will host two groups, in April and in October" written in
// January is April and October of the same year, not last October
// (date.month-coordinated).
func (f *finder) coordinatedMonths(out []Found) {
	for n := 1; n < len(out); n++ {
		a, b := &out[n-1], &out[n]
		if a.Rule != "date.month" || b.Rule != "date.month" || len(a.Value) != 7 || len(b.Value) != 7 || a.Value[0] == '-' || b.Value[0] == '-' || b.Start-a.End > 3 || b.Start <= a.End {
			continue
		}
		joined := false
		for k := a.End; k < b.Start; k++ {
			switch f.low(k) {
			case "and", "or":
				joined = true
			case "in", ",":
			default:
				joined = false
				k = b.Start
			}
		}
		if !joined || b.Value >= a.Value {
			continue
		}
		y, _ := strconv.Atoi(a.Value[:4])
		if b.Value[5:] < a.Value[5:] {
			y++
		}
		b.Value = strconv.Itoa(y) + b.Value[4:]
		b.Rule = "date.month-coordinated"
	}
}

// sameYear gives a day or month without its own year that "the same
// year" or "that year" follows ("met ... on March 31, 1920 ... it was
// officially launched on April 6 the same year") the year of the last
// date before it that states one (date.same-year, Anchor
// "text-year:1920").
func (f *finder) sameYear(out []Found) {
	year := ""
	for k := range out {
		d := &out[k]
		if d.Anchor == "" && len(d.Value) >= 4 && d.Value[0] != '-' && d.Begin == "" {
			if _, ok := Digits(d.Value[:4]); ok {
				year = d.Value[:4]
			}
			continue
		}
		if year == "" || d.Granularity != Day && d.Granularity != Month || len(d.Value) < 7 || strings.IndexByte(d.Value, '/') >= 0 {
			continue
		}
		j := d.End
		if f.low(j) == "," {
			j++
		}
		if !(f.low(j) == "the" && f.low(j+1) == "same" && f.low(j+2) == "year" || f.low(j) == "that" && f.low(j+1) == "year") {
			continue
		}
		if d.Value[0] == '-' {
			d.Value = year + d.Value[1:]
		} else {
			d.Value = year + d.Value[4:]
		}
		d.Anchor = "text-year:" + year
	}
}

// textYears gives a day or month without a year ("--03-03") the year the
// article itself states, when there is no anchor: the year of the time the
// article narrates (the narrative reading of TimeML taggers, whose
// reference time is the last date told). Its sources are dated days and
// months ("May 11-12, 2023", "October 2019") and the year in the name of
// a happening ("the 2017 Lakeside Media Workshop", "Media Summit 2025");
// a bare year ("in 2001", "established in 2015") is none, since articles
// cite past years for history. The nearest source before the expression
// gives the year, else one after it in the same or the next sentence (a
// source far ahead is often another happening's). The expression's Anchor
// becomes "text-year:2023". A month left without a year gets no value.
func (f *finder) textYears(out []Found) {
	type source struct{ tok, year int }
	var srcs []source
	for _, d := range out {
		if d.Anchor != "" || len(d.Value) < 7 || d.Value[0] == '-' || d.Granularity == Year {
			continue
		}
		if y, ok := Digits(d.Value[:4]); ok {
			srcs = append(srcs, source{d.Start, y})
		}
	}
	for i, t := range f.toks {
		// a year is four digits (yearNumber): the length test skips
		// most tokens without a call
		if t.End-t.Start != 4 {
			continue
		}
		if y, ok := f.nameYear(i); ok {
			srcs = append(srcs, source{i, y})
		}
	}
	slices.SortFunc(srcs, func(a, b source) int { return a.tok - b.tok })
	for k := range out {
		d := &out[k]
		if !strings.HasPrefix(d.Value, "--") {
			continue
		}
		y := 0
		for _, sr := range srcs {
			if sr.tok < d.Start {
				y = sr.year // the last one before wins
			}
		}
		if y == 0 {
			for _, sr := range srcs {
				if sr.tok >= d.End && f.toks[sr.tok].Sentence <= f.toks[d.Start].Sentence+1 {
					y = sr.year
					break
				}
			}
		}
		if y == 0 {
			if d.Granularity == Month {
				d.Value, d.Begin, d.Finish = "", "", ""
			}
			continue
		}
		if d.Begin != "" {
			b, e, ok := withYear(d.Begin, d.Finish, y)
			if !ok {
				continue
			}
			d.Begin, d.Finish, d.Value = b, e, b+"/"+e
		} else {
			v, _, ok := withYear(d.Value, "", y)
			if !ok {
				continue
			}
			d.Value = v
		}
		d.Anchor = "text-year:" + strconv.Itoa(y)
	}
}

// withYear writes year y into a value without one ("--02-29", "--10")
// and, for a range, into its end, which falls in the next year when it
// comes before the beginning ("--12-30/--01-02"). It fails when the year
// makes a day that the calendar does not have ("--02-29" in 2001): the
// year read from the text is then not the year of that date.
func withYear(begin, finish string, y int) (string, string, bool) {
	b, ok := yearInto(begin, y)
	if !ok || finish == "" {
		return b, "", ok
	}
	e, ok := yearInto(finish, y)
	if ok && e < b {
		e, ok = yearInto(finish, y+1)
	}
	return b, e, ok
}

// yearInto writes y into "--MM-DD" or "--MM", checking the day.
func yearInto(v string, y int) (string, bool) {
	if !strings.HasPrefix(v, "--") {
		return v, true
	}
	out := fmt.Sprintf("%04d-%s", y, v[2:])
	if len(v) == len("--MM-DD") {
		if _, err := time.Parse("2006-01-02", out); err != nil {
			return "", false
		}
	}
	return out, true
}

// nameYear reports a year written inside the name of a happening: before
// a capitalised word after "the" or "of" ("the 2017 Lakeside Media
// Workshop"), or after a capitalised name word ("Media Summit 2025",
// "Expo-2017").
func (f *finder) nameYear(i int) (int, bool) {
	y, ok := yearNumber(f.low(i))
	if !ok || !f.sameSentence(i, i-1) {
		return 0, false
	}
	prev, next := f.low(i-1), ""
	if i+1 < len(f.toks) && f.sameSentence(i, i+1) {
		next = f.tok(i + 1)
	}
	if (prev == "the" || prev == "of") && len(next) > 1 && next[0] >= 'A' && next[0] <= 'Z' {
		return y, true
	}
	// "to take part in the 2010 session", "the 2019 edition": the year
	// of a happening told by its common noun (date.text-year-edition)
	if prev == "the" && editionNouns[strings.ToLower(next)] {
		return y, true
	}
	// "EXPO-2017", "Universiade-2019": a name and its year joined by a
	// hyphen, no space on either side
	if prev == "-" && f.adjacent(i) && f.adjacent(i-1) && f.sameSentence(i, i-2) {
		if w := f.tok(i - 2); len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' {
			return y, true
		}
	}
	pt := f.tok(i - 1)
	if len(pt) > 1 && pt[0] >= 'A' && pt[0] <= 'Z' && !monthCues[prev] && !f.adjacent(i) {
		if _, isMonth := monthNames[prev]; !isMonth {
			return y, true
		}
	}
	return 0, false
}

// editionNouns name one happening of a series after "the" and its year:
// "the 2010 session", "the 2023 edition".
var editionNouns = map[string]bool{
	"session": true, "edition": true, "forum": true, "summit": true, "conference": true,
	"festival": true, "congress": true, "assembly": true, "exhibition": true, "fair": true,
	"cohort": true, "workshop": true, "seminar": true, "course": true,
}

// weekdayRangeEnd makes d, a weekday that closes a range opened by the
// weekday prev ("from Wednesday to Sunday"), the first such day on or
// after prev's day.
func (f *finder) weekdayRangeEnd(prev Found, d *Found) {
	if prev.End+1 != d.Start || d.Rule != "date.weekday" || !strings.HasPrefix(prev.Rule, "date.weekday") {
		return
	}
	switch f.low(prev.End) {
	case "to", "through", "till", "until", "-", "–":
	default:
		return
	}
	start, err1 := time.Parse("2006-01-02", prev.Value)
	wd, ok := weekdays[f.low(d.Start)]
	if err1 != nil || !ok {
		return
	}
	diff := (int(wd) - int(start.Weekday()) + 7) % 7
	d.Value = dayValue(start.AddDate(0, 0, diff))
}

// wordStart reports whether a date expression may start at word token i:
// a month, a weekday or one of lowerStarts (in any case: "Last week").
func (f *finder) wordStart(i int) bool {
	return startWords[f.low(i)]
}

// StartWords returns the lower-cased words a date expression may start
// with (besides digits).
func StartWords() []string {
	out := make([]string, 0, len(startWords))
	for w := range startWords {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// startWords are the words a date expression may start with, in lower
// case: lowerStarts, quarter words, weekdays, months with and without a
// period. One lookup per word token replaces four.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range lowerStarts {
		m[w] = true
	}
	for w := range quarterWords {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range monthNames {
		m[w], m[w+"."] = true, true
	}
	return m
}()

func (f *finder) tok(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.body[f.toks[i].Start:f.toks[i].End]
}

func (f *finder) low(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.lower[f.toks[i].Start:f.toks[i].End]
}

// adjacent reports whether token j starts where token j-1 ends.
func (f *finder) adjacent(j int) bool {
	return j > 0 && j < len(f.toks) && f.toks[j-1].End == f.toks[j].Start
}

func (f *finder) sameSentence(i, j int) bool {
	return j >= 0 && j < len(f.toks) && f.toks[i].Sentence == f.toks[j].Sentence
}

// at reads the date expression that starts at token i, which starts with
// an ASCII letter or digit. A token that starts with a digit names no
// weekday or month (weekday, monthFirst); one that starts with a letter
// is no number (iso, dayFirst, year).
func (f *finder) at(i int) (Found, bool) {
	c := f.body[f.toks[i].Start]
	digit := c >= '0' && c <= '9'
	if digit {
		if d, ok := f.iso(i); ok {
			return d, true
		}
	} else {
		if d, ok := f.weekday(i); ok {
			return d, true
		}
		if d, ok := f.monthFirst(i, "date."); ok {
			return d, true
		}
	}
	if digit {
		if d, ok := f.dayFirst(i); ok {
			return d, true
		}
	}
	if d, ok := f.relative(i); ok {
		return d, true
	}
	if d, ok := f.quarter(i); ok {
		return d, true
	}
	if digit {
		return f.year(i)
	}
	return Found{}, false
}

// quarterWords name the quarters of a year.
var quarterWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
	"q1": 1, "q2": 2, "q3": 3, "q4": 4,
}

// quarter reads "the first quarter of 2026", "Q3 2025" and "the second
// quarter of this year" as ISO 8601 quarters ("2026-Q1").
func (f *finder) quarter(i int) (Found, bool) {
	// only "Q1" to "Q4" come without "quarter" after them: a cheaper test
	// than the lookup, which fails for most words
	if w := f.low(i); w != "" && w[0] != 'q' && f.low(i+1) != "quarter" {
		return Found{}, false
	}
	q, ok := quarterWords[f.low(i)]
	if !ok {
		return Found{}, false
	}
	j := i + 1
	if f.low(i)[0] != 'q' {
		if f.low(j) != "quarter" {
			return Found{}, false
		}
		j++
		if f.low(j) != "of" {
			return Found{}, false
		}
		j++
	}
	d := Found{Start: i, Granularity: Quarter, Rule: "date.quarter"}
	if y, ok := yearNumber(f.low(j)); ok {
		d.End = j + 1
		d.Value = fmt.Sprintf("%04d-Q%d", y, q)
		return d, true
	}
	if r, ok := f.relative(j); ok && r.Granularity == Year {
		d.End = r.End
		if r.Value != "" {
			d.Value = r.Value + "-Q" + strconv.Itoa(q)
			d.Anchor = r.Anchor
		}
		return d, true
	}
	return Found{}, false
}

// pastCues before a date without a year put it on or before the anchor
// ("since January 1", "last July"); futureMonthCues after it ("next
// March", "until May").
var (
	pastCues        = map[string]bool{"since": true, "last": true, "past": true}
	futureMonthCues = map[string]bool{"next": true, "coming": true, "upcoming": true}
)

// yearFor returns the year of month m, day d (a date written without a
// year) that starts at token i: the one nearest the anchor, except that
// after "since" or "last" it is the latest on or before the anchor and
// after "next" the first after it.
func (f *finder) yearFor(i int, m time.Month, d int) int {
	if y, ok := f.openingYear(i); ok && d == 0 {
		return y // "Last year, the storm hit the region in August" (date.month-opening-year)
	}
	if d == 0 {
		// a month alone: the anchor's own month is this year's, whatever
		// the tense ("will stay till the end of June" in a June story),
		// unless "next" or "last" names the month ("next October" in an
		// October story is a year on, date.month-next)
		if m == f.a.Date.Month() {
			switch f.low(i - 1) {
			case "next", "coming":
				return f.a.Date.Year() + 1
			case "last":
				return f.a.Date.Year() - 1
			}
			return f.a.Date.Year()
		}
		d = 15
	}
	y := closestYear(f.a, m, d)
	prev := f.low(i - 1)
	if prev == "the" || prev == "-" {
		prev = f.low(i - 2)
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch {
	case pastCues[prev] && t.After(f.a.Date):
		y--
	case futureMonthCues[prev] && !t.After(f.a.Date):
		y++
	case t.After(f.a.Date) && f.pastClause(i):
		// "took part in a meeting ... in May": a past event
		y--
	case t.Before(f.a.Date) && f.futureClause(i):
		// "the forum to be held in Tianjin in June": a coming event
		y++
	case d == 15 && t.After(f.a.Date) && f.pastParenthetical(i):
		// "The first, in March, trained radio reporters in Pokhara": a
		// month set off by commas before a past verb (date.month-past)
		y--
	}
	return y
}

// openingYear returns the year that the sentence of token i opens with
// before a comma: "Last year, ...", "Next year, ...", "In 2019, ...".
// A month alone later in the sentence is of that year
// (date.month-opening-year).
func (f *finder) openingYear(i int) (int, bool) {
	st := i
	for st > 0 && f.sameSentence(i, st-1) && i-st < 40 {
		st--
	}
	if st == i || st > 0 && f.sameSentence(i, st-1) {
		return 0, false // no sentence start within 40 words
	}
	a, b := f.low(st), f.low(st+1)
	switch {
	case a == "last" && b == "year" && f.low(st+2) == ",":
		return f.a.Date.Year() - 1, f.a.OK
	case a == "next" && b == "year" && f.low(st+2) == ",":
		return f.a.Date.Year() + 1, f.a.OK
	case a == "in" && f.low(st+2) == "," && st+1 < i:
		if y, ok := yearNumber(b); ok {
			return y, true
		}
	}
	return 0, false
}

// edForm reports whether w looks like a past form in -ed ("stayed",
// "remained").
func edForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// pastParenthetical reports whether the month at token i stands after
// ", in" and before a comma that a past verb follows: "The first, in
// March, trained local reporters".
func (f *finder) pastParenthetical(i int) bool {
	if f.low(i-1) != "in" || f.low(i-2) != "," || f.low(i+1) != "," || !f.sameSentence(i, i+2) {
		return false
	}
	for k := i - 3; k >= 0 && f.sameSentence(i, k); k-- {
		// "whose conference will take place in Windhoek, in October,
		// welcomed the initiative": the verb after is the main clause's
		if w := f.low(k); futureCues[w] || w == "would" || w == "to" && f.low(k+1) == "be" {
			return false
		}
	}
	w := f.low(i + 2)
	return pastVerbs[w] || edForm(w)
}

// pastVerbs are past-tense forms that date a clause before the anchor.
var pastVerbs = map[string]bool{
	"was": true, "were": true, "took": true, "held": true, "had": true, "did": true, "met": true,
	"signed": true, "visited": true, "attended": true, "launched": true, "opened": true,
	"hosted": true, "organized": true, "organised": true, "participated": true, "came": true,
	"went": true, "gave": true, "made": true, "became": true,
}

// presentBe before a participle makes a present passive or a coming one:
// "is organised", "are held", "be held".
var presentBe = map[string]bool{"be": true, "is": true, "are": true, "am": true, "being": true}

// pastClause reports whether the clause before token i of its sentence is
// in the past tense (a past verb and no future cue).
func (f *finder) pastClause(i int) bool {
	past := false
	for k := i - 1; k >= 0 && k >= i-15 && f.sameSentence(i, k); k-- {
		w := f.low(k)
		if futureCues[w] || w == "to" && f.low(k+1) == "be" || w == "would" && f.low(k+1) == "be" ||
			proposalVerbs[w] && (f.low(k+1) == "that" || f.low(k+1) == "to") {
			return false
		}
		if w == "," || w == ";" {
			break
		}
		// "would be held", "to be held": a participle of a coming event
		// (date.month-future)
		// "which is organised ... from October 5 to 8": a present
		// passive, no past (date.month-present-passive)
		past = past || pastVerbs[w] && !presentBe[f.low(k-1)]
	}
	return past
}

// holdVerbs after "to" or "would" make a coming happening ("would host
// the next summit in Manama in December"): "approved
// a plan to hold a training course in Rabat in October"
// (date.month-future).
var holdVerbs = map[string]bool{
	"hold": true, "host": true, "organize": true, "organise": true, "stage": true, "convene": true,
}

// futureClause reports whether the clause before token i of its
// sentence speaks of the future ("will be held in", "to be held in", "is
// expected to present its work at the conference in October") and
// has no past verb after the cue.
func (f *finder) futureClause(i int) bool {
	skip := 0 // the commas of a place's apposition ("Kigali, Rwanda,")
	for k := i - 1; k >= 0 && k >= i-20-skip && f.sameSentence(i, k); k-- {
		w := f.low(k)
		if pastVerbs[w] && w != "held" {
			return false
		}
		// "proposed that the two sides sign a new agreement in
		// January", "had been invited to join the project from
		// January", "agreed to open a bureau in March": a clause of
		// proposing, inviting or agreeing speaks of what is to come
		// (date.month-future)
		if proposalVerbs[w] && (f.low(k+1) == "that" || f.low(k+1) == "to") {
			return true
		}
		if (w == "scheduled" || w == "due") && f.low(k-1) == "," && f.pastMainClause(i) {
			// "During the trip, scheduled from October 25 to 30, the
			// visitors were given ...": a participle set off by commas
			// before a past main clause tells the plan of a happening
			// now past (date.scheduled-past)
			return false
		}
		if k >= i-8-skip && (w == "will" || w == "to" && f.low(k+1) == "be" || w == "scheduled" || w == "due") ||
			(w == "expected" || w == "set") && f.low(k+1) == "to" && presentBe[f.low(k-1)] ||
			w == "would" && (f.low(k+1) == "be" || holdVerbs[f.low(k+1)]) || w == "to" && holdVerbs[f.low(k+1)] {
			return true
		}
		if w == "," && (f.capital(k-1) && f.low(k-2) == "," || f.capital(k+1) && f.low(k+2) == ",") {
			skip++
			continue // "to be held in Kigali, Rwanda, in November"
		}
		if w == "," || w == ";" {
			return false
		}
	}
	return false
}

// pastMainClause reports whether the date at token i is followed, after
// the comma that closes its clause (within 8 tokens), by a past verb
// within the next 8 tokens of the sentence, before any future cue:
// "..., scheduled for May 3, the delegates were received by ...".
func (f *finder) pastMainClause(i int) bool {
	c := -1
	for k := i + 1; k < len(f.toks) && k <= i+8 && f.sameSentence(i, k); k++ {
		if f.low(k) == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	for k := c + 1; k < len(f.toks) && k <= c+8 && f.sameSentence(i, k); k++ {
		w := f.low(k)
		if futureCues[w] || w == "would" || w == "to" || w == "," {
			return false
		}
		if pastVerbs[w] {
			return true
		}
	}
	return false
}

// proposalVerbs open a clause of what is proposed, asked or agreed.
var proposalVerbs = map[string]bool{
	"proposed": true, "suggested": true, "invited": true, "agreed": true, "urged": true,
	"recommended": true, "decided": true, "resolved": true, "asked": true,
}

// capital reports whether token i is a word that starts with a capital.
func (f *finder) capital(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	c := f.body[f.toks[i].Start]
	return c >= 'A' && c <= 'Z'
}

// allCaps reports whether token i is a word of capitals alone
// ("KAZINFORM", "USA").
func (f *finder) allCaps(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	w := f.body[f.toks[i].Start:f.toks[i].End]
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// noYear formats a day and month without a year: "--12-08".
func noYear(m time.Month, d int) string {
	return "--" + twoDigits(int(m)) + "-" + twoDigits(d)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// iso reads "2020-10-21" (five adjacent tokens) and "21.10.2020" (one).
func (f *finder) iso(i int) (Found, bool) {
	y, ok := yearNumber(f.low(i))
	if ok && f.low(i+1) == "-" && f.adjacent(i+1) && f.adjacent(i+2) && f.low(i+3) == "-" && f.adjacent(i+3) && f.adjacent(i+4) {
		m, ok1 := Digits(f.low(i + 2))
		d, ok2 := Digits(f.low(i + 4))
		if ok1 && ok2 && m >= 1 && m <= 12 && validDay(y, time.Month(m), d) && len(f.low(i+2)) == 2 {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			return Found{Start: i, End: i + 5, Value: dayValue(t), Granularity: Day, Rule: "date.iso"}, true
		}
	}
	tk := f.low(i)
	if len(tk) == 10 && tk[2] == '.' && tk[5] == '.' {
		d, ok1 := Digits(tk[:2])
		m, ok2 := Digits(tk[3:5])
		y, ok3 := Digits(tk[6:])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && validDay(y, time.Month(m), d) {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			return Found{Start: i, End: i + 1, Value: dayValue(t), Granularity: Day, Rule: "date.dotted"}, true
		}
	}
	return Found{}, false
}

// weekday reads "Monday", "on Tuesday", "last Friday", and "Monday, Oct.
// 19" (where the absolute date wins).
func (f *finder) weekday(i int) (Found, bool) {
	start := i
	mod := ""
	switch f.low(i) {
	case "last", "next", "this", "past", "coming":
		mod = f.low(i)
		i++
	}
	// the capital first: it is cheaper than the lookup
	if t := f.tok(i); t == "" || t[0] < 'A' || t[0] > 'Z' {
		return Found{}, false
	}
	wd, ok := weekdays[f.low(i)]
	if !ok {
		return Found{}, false
	}
	j := i + 1
	if f.low(j) == "," {
		j++
	}
	if mod == "" {
		if d, ok := f.monthFirst(j, "date.weekday-"); ok {
			d.Start = start
			return d, true
		}
		if d, ok := f.dayFirst(j); ok {
			d.Start = start
			d.Rule = "date.weekday-" + strings.TrimPrefix(d.Rule, "date.")
			return d, true
		}
	}
	d := Found{Start: start, End: i + 1, Granularity: Day, Rule: "date.weekday"}
	if mod != "" {
		d.Rule = "date.weekday-" + mod
	}
	if !f.a.OK {
		return d, true
	}
	aw := f.a.Date.Weekday()
	if p := f.low(start - 1); mod == "" && (p == "," || p == "(") {
		// "tomorrow, Monday,", "yesterday (Sunday)": the weekday in
		// apposition names the day before it (date.weekday-apposition)
		shift, ok := 0, true
		switch f.low(start - 2) {
		case "yesterday":
			shift = -1
		case "tomorrow":
			shift = 1
		case "today":
		default:
			ok = false
		}
		if t := f.a.Date.AddDate(0, 0, shift); ok && t.Weekday() == wd {
			d.Value, d.Rule, d.Anchor = dayValue(t), "date.weekday-apposition", f.a.String()
			return d, true
		}
	}
	future := mod == "next" || mod == "coming"
	if mod == "" || mod == "this" {
		past := false
		for k := start - 1; k >= 0 && k >= start-25 && f.sameSentence(start, k); k-- {
			w := f.low(k)
			// "will host the assembly next week, the director said on
			// Monday": a past verb of saying right before the weekday
			// dates the saying (date.weekday-said); not a passive
			// ("prizes will be announced on Friday")
			if sayingVerbs[w] && (k == start-1 || k == start-2 && f.low(start-1) == "on") && f.low(k-1) != "be" {
				break
			}
			// "is also scheduled to visit the headquarters of the
			// broadcaster and the daily on Thursday": a future cue
			// further back than 12 words counts when no past verb
			// stands between (date.weekday-far)
			if k < start-12 && (past || w == "," || w == ";") {
				break
			}
			if (pastVerbs[w] || edForm(w)) && f.low(k+1) != "by" {
				past = true
			}
			if futureCues[w] {
				future = true
				if k < start-12 {
					d.Rule = "date.weekday-far"
				}
				break
			}
			// "is set to attend a course starting Thursday", "is
			// expected to open on Monday" (date.weekday-set)
			if (w == "set" || w == "expected") && f.low(k+1) == "to" {
				future = true
				d.Rule = "date.weekday-set"
				break
			}
			// "said the agencies would hold a training course on
			// Saturday": a future told in reported speech
			// (date.weekday-reported)
			if w == "would" && f.low(k+1) != "have" && f.saidBefore(start, k) {
				future = true
				d.Rule = "date.weekday-reported"
				break
			}
		}
		// "On Friday, the delegation will be received by the minister":
		// a weekday that opens its sentence takes the tense of the
		// clause after it (date.weekday-fronted)
		if fr := start - boolIndex(f.low(start-1) == "on"); !future && !f.sameSentence(fr, fr-1) {
			for k := start + 1; k < start+10 && f.sameSentence(start, k); k++ {
				w := f.low(k)
				if pastVerbs[w] || sayingVerbs[w] {
					break
				}
				if futureCues[w] || (w == "is" || w == "are") && f.low(k+1) == "to" {
					future = true
					d.Rule = "date.weekday-fronted"
					break
				}
			}
		}
		// "runs until Wednesday": an end still to come; so is "until
		// Sunday" after a clause with no past verb ("forecast more
		// heavy rain until Sunday", date.weekday-until), not "stayed
		// until Sunday"
		if p := f.low(start - 1); (p == "until" || p == "till" || p == "through") && start >= 2 && runningVerbs[f.low(start-2)] {
			future = true
		} else if (p == "until" || p == "till") && !f.pastClause(start-1) && !edForm(f.low(start-2)) && !f.saidBefore(start, start-1) {
			future = true
			d.Rule = "date.weekday-until"
		}
		// "the summit ends on Thursday", "which closes Sunday": a present
		// tense of an event's course is a day still to come
		// (date.weekday-present)
		if p := f.low(start - 1); !future && (presentCourseVerbs[p] || p == "on" && start >= 2 && presentCourseVerbs[f.low(start-2)]) {
			future = true
			d.Rule = "date.weekday-present"
		}
		// "which opens in Warsaw on Thursday": the verb a place away
		// (date.weekday-present)
		if !future && f.low(start-1) == "on" {
			for k := start - 2; k >= 0 && k >= start-6 && f.sameSentence(start, k); k-- {
				w := f.low(k)
				if pastVerbs[w] || sayingVerbs[w] || w == "," {
					break
				}
				if presentCourseVerbs[w] {
					future = true
					d.Rule = "date.weekday-present"
					break
				}
			}
		}
		// "will be preceded by a two-day meeting of senior officials
		// starting on Tuesday": a participle of the course takes the
		// tense of its clause further back (date.weekday-present)
		if p := f.low(start - 1); !future && (p == "starting" || p == "beginning" || p == "on" && (f.low(start-2) == "starting" || f.low(start-2) == "beginning")) {
			for k := start - 2; k >= 0 && k >= start-25 && f.sameSentence(start, k); k-- {
				if futureCues[f.low(k)] || (f.low(k) == "set" || f.low(k) == "expected") && f.low(k+1) == "to" {
					future = true
					d.Rule = "date.weekday-present"
					break
				}
				// "a course organised by the institute starting
				// Thursday": a participle before "by" is no tense
				if pastVerbs[f.low(k)] && f.low(k+1) != "by" {
					break
				}
			}
		}
	}
	var t time.Time
	if future {
		diff := (int(wd) - int(aw) + 7) % 7
		if diff == 0 && mod == "next" {
			diff = 7
		}
		t = f.a.Date.AddDate(0, 0, diff)
	} else {
		diff := (int(aw) - int(wd) + 7) % 7
		if diff == 0 && (mod == "last" || mod == "past") {
			diff = 7
		}
		t = f.a.Date.AddDate(0, 0, -diff)
	}
	d.Value = dayValue(t)
	d.Anchor = f.a.String()
	return d, true
}

// sayingVerbs are the past verbs of saying that report a statement.
var sayingVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "stated": true, "added": true,
	"noted": true, "reported": true, "disclosed": true, "revealed": true, "confirmed": true,
}

// saidBefore reports whether a past verb of saying stands before token k
// in the sentence of token start, within 25 tokens.
func (f *finder) saidBefore(start, k int) bool {
	for j := k - 1; j >= 0 && j >= k-25 && f.sameSentence(start, j); j-- {
		if sayingVerbs[f.low(j)] {
			return true
		}
	}
	return false
}

// monthFirst reads "Oct. 21", "October 21, 2020", "October 17-26",
// "October 17th to 26th", "October 17 - November 2, 2020", "October 2018"
// and, after a cue word, a bare "October".
func (f *finder) monthFirst(i int, rule string) (Found, bool) {
	m, ok := month(f.tok(i), f.low(i))
	if !ok {
		return Found{}, false
	}
	j := i + 1
	d1, hasDay := dayNumber(f.low(j))
	if hasDay && f.low(j+1) != ":" {
		j++
		// a range: "17-26", "17 to 26", "17 - November 2"
		m2, d2, hasEnd := m, 0, false
		if k := j; f.low(k) == "-" || f.low(k) == "–" || f.low(k) == "to" || f.low(k) == "and" || f.low(k) == "through" {
			if dd, ok := dayNumber(f.low(k + 1)); ok {
				d2, hasEnd = dd, true
				j = k + 2
			} else if mm, ok := month(f.tok(k+1), f.low(k+1)); ok {
				if dd, ok := dayNumber(f.low(k + 2)); ok {
					m2, d2, hasEnd = mm, dd, true
					j = k + 3
				}
			}
		}
		y, hasYear := 0, false
		k := j
		if f.low(k) == "," {
			k++
		}
		if yy, ok := yearNumber(f.low(k)); ok {
			y, hasYear = yy, true
			j = k + 1
		}
		d := Found{Start: i, End: j, Granularity: Day}
		switch {
		case hasYear && hasEnd:
			d.Rule = rule + "month-day-range-year"
		case hasYear:
			d.Rule = rule + "month-day-year"
		case hasEnd:
			d.Rule = rule + "month-day-range"
		default:
			d.Rule = rule + "month-day"
		}
		if !hasYear {
			if !f.a.OK {
				// no year and no anchor: ISO 8601 "--MM-DD", a range
				// "--MM-DD/--MM-DD"
				if validDay(2000, m, d1) {
					d.Value = noYear(m, d1)
					if hasEnd {
						if !validDay(2000, m2, d2) || m2 == m && d2 < d1 {
							return Found{}, false
						}
						d.Begin, d.Finish = d.Value, noYear(m2, d2)
						d.Value = d.Begin + "/" + d.Finish
					}
				}
				return d, true
			}
			y = f.yearFor(i, m, d1)
			d.Anchor = f.a.String()
		}
		if !validDay(y, m, d1) {
			return Found{}, false
		}
		begin := time.Date(y, m, d1, 0, 0, 0, 0, time.UTC)
		if hasEnd {
			y2 := y
			if m2 < m {
				y2++
			}
			if !validDay(y2, m2, d2) {
				return Found{}, false
			}
			end := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC)
			if end.Before(begin) {
				return Found{}, false
			}
			d.Begin, d.Finish = dayValue(begin), dayValue(end)
			d.Value = d.Begin + "/" + d.Finish
			return d, true
		}
		d.Value = dayValue(begin)
		return d, true
	}
	// "October 2018"
	k := j
	if f.low(k) == "," {
		k++
	}
	if y, ok := yearNumber(f.low(k)); ok {
		return Found{Start: i, End: k + 1, Value: monthValue(y, m), Granularity: Month, Rule: rule + "month-year"}, true
	}
	// "February-December 2017", "from March to May 2024": a span of
	// months that the year closes
	if w := f.low(j); (w == "-" || w == "–" || w == "to" || w == "until" || w == "through") && j+1 < len(f.toks) {
		if m2, ok := monthNames[strings.TrimSuffix(f.low(j+1), ".")]; ok && m2 > m {
			k := j + 2
			if f.low(k) == "," {
				k++
			}
			if y, ok := yearNumber(f.low(k)); ok {
				b, e := monthValue(y, m), monthValue(y, m2)
				return Found{Start: i, End: k + 1, Value: b + "/" + e, Begin: b, Finish: e, Granularity: Month, Rule: rule + "month-range-year"}, true
			}
		}
	}
	// "in July last year", "March next year", "in March of this year": a
	// month of the year the relative words name
	// (date.month-relative-year); without an anchor "this year" is the
	// year the text gives nearby, as for a bare month (textYears)
	if f.low(j) == "of" && f.low(j+2) == "year" {
		j++
	}
	if w := f.low(j); (w == "last" || w == "next" || w == "this") && f.low(j+1) == "year" && f.sameSentence(i, j+1) {
		d := Found{Start: i, End: j + 2, Granularity: Month, Rule: rule + "month-relative-year"}
		if f.a.OK {
			off := map[string]int{"last": -1, "next": 1}[w]
			d.Value = monthValue(f.a.Date.Year()+off, m)
			d.Anchor = f.a.String()
		} else if w == "this" {
			d.Value = fmt.Sprintf("--%02d", int(m))
		}
		return d, true
	}
	j = i + 1
	// a bare month needs a cue before it ("in October", "early March")
	prev := f.low(i - 1)
	if prev == "-" && f.adjacent(i) {
		prev = f.low(i - 2) // "mid-October"
	}
	if !monthCues[prev] || !f.sameSentence(i, i-1) {
		return Found{}, false
	}
	d := Found{Start: i, End: i + 1, Granularity: Month, Rule: rule + "month"}
	if f.a.OK {
		d.Value = monthValue(f.yearFor(i, m, 0), m)
		d.Anchor = f.a.String()
	} else {
		d.Value = fmt.Sprintf("--%02d", int(m)) // textYears fills the year, or clears it
	}
	return d, true
}

// dayFirst reads "21 October 2020", "4th April", "the 4th of April",
// "17-26 October 2018".
func (f *finder) dayFirst(i int) (Found, bool) {
	d1, ok := dayNumber(f.low(i))
	if !ok {
		return Found{}, false
	}
	j := i + 1
	d2, hasEnd := 0, false
	if (f.low(j) == "-" || f.low(j) == "–" || f.low(j) == "to" || f.low(j) == "and") && j+1 < len(f.toks) {
		if dd, ok := dayNumber(f.low(j + 1)); ok {
			d2, hasEnd = dd, true
			j += 2
		}
	}
	if f.low(j) == "of" {
		j++
	}
	m, ok := month(f.tok(j), f.low(j))
	if !ok {
		return Found{}, false
	}
	j++
	y, hasYear := 0, false
	k := j
	if f.low(k) == "," {
		k++
	}
	if yy, ok := yearNumber(f.low(k)); ok {
		y, hasYear = yy, true
		j = k + 1
	}
	rel := false
	if w := f.low(j); !hasYear && f.a.OK && (w == "last" || w == "next" || w == "this") && f.low(j+1) == "year" && f.sameSentence(i, j+1) {
		// "on 14 November last year": a day of the year the relative
		// words name, one expression (date.day-month-relative-year)
		y, hasYear, rel = f.a.Date.Year()+map[string]int{"last": -1, "next": 1}[w], true, true
		j += 2
	}
	d := Found{Start: i, End: j, Granularity: Day, Rule: "date.day-month"}
	if hasYear {
		d.Rule = "date.day-month-year"
	}
	if rel {
		d.Rule = "date.day-month-relative-year"
		d.Anchor = f.a.String()
	}
	if hasEnd {
		d.Rule = strings.Replace(d.Rule, "day-month", "day-range-month", 1)
	}
	if !hasYear {
		if !f.a.OK {
			if validDay(2000, m, d1) {
				d.Value = noYear(m, d1)
				if hasEnd {
					if !validDay(2000, m, d2) || d2 < d1 {
						return Found{}, false
					}
					d.Begin, d.Finish = d.Value, noYear(m, d2)
					d.Value = d.Begin + "/" + d.Finish
				}
			}
			return d, true
		}
		y = f.yearFor(i, m, d1)
		d.Anchor = f.a.String()
	}
	if !validDay(y, m, d1) {
		return Found{}, false
	}
	begin := time.Date(y, m, d1, 0, 0, 0, 0, time.UTC)
	if hasEnd {
		if !validDay(y, m, d2) || d2 < d1 {
			return Found{}, false
		}
		d.Begin, d.Finish = dayValue(begin), dayValue(time.Date(y, m, d2, 0, 0, 0, 0, time.UTC))
		d.Value = d.Begin + "/" + d.Finish
		return d, true
	}
	d.Value = dayValue(begin)
	return d, true
}

// presentAges after "today's" speak of the present age, not of the day:
// "today's world", "today's digital media", "at today's stage of".
var presentAges = map[string]bool{
	"world": true, "society": true, "era": true, "age": true, "times": true, "generation": true,
	"youth": true, "digital": true, "stage": true, "globalized": true, "globalised": true,
	"media": true, "journalism": true, "reality": true, "realities": true, "context": true,
	"environment": true, "landscape": true, "fast-changing": true, "rapidly": true, "ever": true,
}

// relative reads "yesterday", "today", "tomorrow", "last week", "this
// month", "next year", "earlier this week", "two days ago".
func (f *finder) relative(i int) (Found, bool) {
	w := f.low(i)
	d := Found{Start: i, End: i + 1}
	shiftDays := 0
	switch w {
	case "yesterday":
		shiftDays = -1
	case "today":
		if f.capital(i) && i > 0 && f.sameSentence(i, i-1) && f.capital(i-1) && (!f.allCaps(i-1) || i+1 < len(f.toks) && f.sameSentence(i, i+1) && f.capital(i+1)) {
			// "Russia Today", "Turkmenistan Today Agency": a title
			// word of a name, no day ("KAZINFORM Today as part of"
			// after a credit in capitals is one) (date.today-name)
			return Found{}, false
		}
		if p := f.low(i + 1); (p == "'s" || p == "’s") && (f.capital(i+2) || presentAges[f.low(i+2)]) {
			// "today's China", "today's digital media": the present
			// age, no day (date.today-age)
			return Found{}, false
		}
		shiftDays = 0
	case "tomorrow":
		shiftDays = 1
	case "earlier", "later":
		if f.low(i+1) == "this" {
			if r, ok := f.relative(i + 1); ok {
				r.Start = i
				r.Rule = "date.relative-" + w + "-" + strings.TrimPrefix(r.Rule, "date.relative-")
				return r, true
			}
		}
		return Found{}, false
	case "last", "this", "next", "coming":
		unit := f.low(i + 1)
		off := 0
		switch w {
		case "last":
			off = -1
		case "next", "coming":
			off = 1
		}
		d.End = i + 2
		d.Rule = "date.relative-" + w + "-" + unit
		if !f.a.OK {
			switch unit {
			case "week", "month", "year", "weekend":
				return d, true
			}
			return Found{}, false
		}
		a := f.a.Date
		switch unit {
		case "week", "weekend":
			d.Value, d.Granularity = weekValue(a.AddDate(0, 0, 7*off)), Week
		case "month":
			t := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
			d.Value, d.Granularity = monthValue(t.Year(), t.Month()), Month
		case "year":
			d.Value, d.Granularity = strconv.Itoa(a.Year()+off), Year
		case "morning", "afternoon", "evening":
			// "at Kanaighat point this morning": the anchor's own day
			// (date.relative-this-morning); "last evening" and "next
			// morning" tell no day
			if w != "this" {
				return Found{}, false
			}
			d.Value, d.Granularity = dayValue(a), Day
		default:
			return Found{}, false
		}
		d.Anchor = f.a.String()
		return d, true
	default:
		// "two days ago", "3 weeks ago"; "ago" first: it is cheaper than
		// the number and missing after most
		if f.low(i+2) != "ago" {
			return Found{}, false
		}
		n, ok := numberWords[w]
		if !ok {
			v, ok := Digits(w)
			if !ok || v <= 0 || v > 100 {
				return Found{}, false
			}
			n = v
		}
		if n == 0 {
			return Found{}, false
		}
		unit := strings.TrimSuffix(f.low(i+1), "s")
		d.End = i + 3
		d.Rule = "date.relative-ago-" + unit
		if !f.a.OK {
			return d, unit == "day" || unit == "week" || unit == "month" || unit == "year"
		}
		a := f.a.Date
		switch unit {
		case "day":
			d.Value, d.Granularity = dayValue(a.AddDate(0, 0, -n)), Day
		case "week":
			d.Value, d.Granularity = weekValue(a.AddDate(0, 0, -7*n)), Week
		case "month":
			t := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
			d.Value, d.Granularity = monthValue(t.Year(), t.Month()), Month
		case "year":
			d.Value, d.Granularity = strconv.Itoa(a.Year()-n), Year
		default:
			return Found{}, false
		}
		d.Anchor = f.a.String()
		return d, true
	}
	d.Rule = "date.relative-" + w
	d.Granularity = Day
	if f.a.OK {
		d.Value = dayValue(f.a.Date.AddDate(0, 0, shiftDays))
		d.Anchor = f.a.String()
	}
	return d, true
}

// year reads a year after a cue word ("in 2019", "since 2017"), and year
// ranges ("2018-2020", "from 2018 to 2020").
func (f *finder) year(i int) (Found, bool) {
	y, ok := yearNumber(f.low(i))
	if !ok {
		return Found{}, false
	}
	prev := f.low(i - 1)
	cue := monthCues[prev] && f.sameSentence(i, i-1)
	// "the 2019 programme", "its 2024 state visit", "(2024)": a year that
	// modifies a singular noun, or stands in parentheses
	if !cue && f.sameSentence(i, i-1) {
		next := f.low(i + 1)
		switch {
		case prev == "(" && next == ")":
			cue = true
		case (prev == "the" || prev == "its" || prev == "their" || prev == "'s" || prev == "’s") && i+1 < len(f.toks) &&
			f.sameSentence(i, i+1) && len(next) > 2 && next[0] >= 'a' && next[0] <= 'z' && (!strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ss")):
			cue = true
		}
	}
	// a year right after a capitalised name: "Media Forum 2025"
	if !cue && i > 0 && f.sameSentence(i, i-1) {
		pt := f.tok(i - 1)
		cue = len(pt) > 1 && pt[0] >= 'A' && pt[0] <= 'Z' && !f.adjacent(i)
	}
	dash := f.low(i+1) == "-" || f.low(i+1) == "–"
	if !cue {
		// A span of years needs no cue ("the period 2021-2025", "the
		// 2022–2024 programme"): two years a dash apart, the second later,
		// and not the tail of a name ("Communications-2023").
		if !dash || i+2 >= len(f.toks) || (i > 0 && f.adjacent(i) && f.low(i-1) == "-") {
			return Found{}, false
		}
		if y2, ok := yearNumber(f.low(i + 2)); !ok || y2 <= y || y2-y > 50 {
			return Found{}, false
		}
	}
	if (dash || f.low(i+1) == "to") && i+2 < len(f.toks) {
		if y2, ok := yearNumber(f.low(i + 2)); ok && y2 > y {
			v1, v2 := strconv.Itoa(y), strconv.Itoa(y2)
			return Found{Start: i, End: i + 3, Value: v1 + "/" + v2, Begin: v1, Finish: v2, Granularity: Year, Rule: "date.year-range"}, true
		}
	}
	return Found{Start: i, End: i + 1, Value: strconv.Itoa(y), Granularity: Year, Rule: "date.year"}, true
}

// boolIndex is 1 for true, 0 for false.
func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
