package reader

import (
	"html"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

// Scraped text keeps a page's words without its markup: menus run together
// ("HomeOpinionsBusiness..."), a headline, a time stamp line, the article's
// paragraphs, then an editor line, link lists and "Most Read" boxes. The
// reader sorts the lines by shape: prose (long, punctuated), stamps, credit
// lines, stop markers and short chrome; the body is the run of prose with
// the most text, the title the headline-like line just above it.

type lineKind int

const (
	lineShort lineKind = iota
	lineProse
	lineStamp
	lineEditor
	lineStop
	lineDate
)

type textLine struct {
	text  string
	kind  lineKind
	words int
}

var (
	reDatePrefix  = regexp.MustCompile(`^\s*date\s+((?:19|20)\d\d-\d\d(?:-\d\d)?)\s+`)
	reFollowUs    = regexp.MustCompile(`(?i)\bfollow\s+(.{3,40}?)\s+on\s+(?:twitter|facebook|weibo|telegram|instagram|x\b)`)
	reCopyright   = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{L}][\p{L}'’ .]{2,40})`)
	reByline      = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3})*)\s*$`)
	reParenCredit = regexp.MustCompile(`^\(([\p{L} ]{2,30})\)`)
	reTagsLine    = regexp.MustCompile(`(?i)^(?:tags|keywords|topics)\s*:\s*(.+)$`)
	// "December 20, 16:42": a day and a clock time, no year.
	reClockDay = regexp.MustCompile(`(?i)\b` + monthRE + `\s+\d{1,2},?\s+\d{1,2}:\d{2}\b|\b\d{1,2}\s+` + monthRE + `,?\s+\d{1,2}:\d{2}\b`)
)

// stopLines end the article text on scraped pages.
var stopLines = map[string]bool{
	"add your comment": true, "related reading": true, "most read": true, "key words": true,
	"keywords": true, "leave a reply": true, "leave a comment": true, "share this:": true,
	"share this": true, "related": true, "related articles": true, "related posts": true,
	"related news": true, "related stories": true, "you may also like": true,
	"you might also like": true, "comments": true, "we recommend": true, "popular": true,
	"most popular": true, "recommended": true, "read more": true, "more news": true,
	"latest news": false, "top 10": true, "hot news": true, "tags": true, "tags:": true,
	"share": true, "print": true, "print this article": true, "email": true,
}

// ParseText reads text scraped from a news page: the body separated from
// menus, link lists and boxes, with title, date, dateline, publisher,
// source and editors taken from the lines around it.
func ParseText(text string) document.Article {
	a := parseText(text, "", "")
	finish(&a, "")
	return a
}

// parseText reads scraped text; knownTitle, when the caller has one (a
// JSONL title field), is the only line taken as the headline.
func parseText(text, knownTitle, pageURL string) document.Article {
	return parseTextDated(text, knownTitle, pageURL, false)
}

// parseTextDated is parseText for a caller that knows the publication date
// (dated: a JSONL date field, which wins over what the text says): it does
// not look for a date in the whole text.
func parseTextDated(text, knownTitle, pageURL string, dated bool) document.Article {
	var a document.Article
	text = brToNewline(strings.ReplaceAll(text, "\r\n", "\n"))
	if strings.Contains(text, "&") {
		text = html.UnescapeString(text) // "&amp;", "&#8217;" left by scrapers
	}
	text = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u3000':
			return ' '
		case '\ufeff', '\u200b':
			return -1
		}
		return r
	}, text)
	prefixDate := ""
	if m := reDatePrefix.FindStringSubmatchIndex(text); m != nil {
		prefixDate = text[m[2]:m[3]]
		text = text[m[1]:]
		if !calendarDate(prefixDate) {
			prefixDate = "" // "date 2000-00-00": a prefix, but no day
		}
	}
	lines := splitLines(text)
	if len(lines) > 2 && lines[0].kind == lineProse && lines[0].words <= 30 && !strings.ContainsAny(lastRune(lines[0].text), ".!?…。") {
		// An opening line without a full stop is a headline, however long.
		lines[0].kind = lineShort
	}
	if len(lines) == 0 {
		if prefixDate != "" {
			a.Published = prefixDate
		}
		return a
	}
	start, end := bodyRun(lines)
	if knownTitle != "" {
		// The caller knows the headline: the body is the first run of
		// prose after it, whatever lists of teasers come later.
		for i, l := range lines {
			if i+1 < len(lines) && (sameText(l.text, knownTitle) || strings.HasPrefix(strings.ToLower(l.text), strings.ToLower(knownTitle))) {
				if s, e, ok := firstRun(lines[i+1:]); ok {
					start, end = s+i+1, e+i+1
				}
				break
			}
		}
	}

	if end > start && end < len(lines) && isClosingSentence(lines[end]) {
		end++ // "The summit closes on Thursday.": a one-line last paragraph
	}

	// Title: a line that the page's URL slug spells; else the
	// headline-shaped line closest above the body, past menus, stamps,
	// credits and labels — unless that line is long (a standfirst) and an
	// earlier headline-shaped line opens the page.
	titleAt := slugLine(lines, start, pageURL)
	if titleAt == start && start < len(lines) {
		start++
		if end < start {
			end = start
		}
	}
	closest, first := -1, -1
	for i := start - 1; i >= 0 && i >= start-8; i-- {
		l := lines[i]
		if isSkippableAboveBody(l) {
			continue
		}
		if isHeadline(l) {
			closest = i
		}
		break
	}
	for i := 0; i < start; i++ {
		if isSkippableAboveBody(lines[i]) {
			continue
		}
		if isHeadline(lines[i]) && !strings.HasSuffix(lines[i].text, ".") {
			first = i
		}
		break
	}
	if titleAt < 0 {
		titleAt = closest
		if closest < 0 || (lines[closest].words >= 13 && first >= 0 && first < closest) {
			titleAt = first
		}
	}
	if titleAt < 0 && start == 0 && len(lines) > 1 && isHeadline(lines[0]) && lines[1].kind == lineProse && !strings.HasSuffix(lines[0].text, ".") {
		// The headline opens the text and the body follows at once.
		titleAt = 0
		start = 1
		if end < start {
			end = start
		}
	}
	if knownTitle != "" {
		titleAt = -1
		for i := start - 1; i >= 0 && i >= start-8; i-- {
			if sameText(lines[i].text, knownTitle) {
				titleAt = i
				break
			}
		}
	}
	// A standfirst between headline and body opens the body.
	for i := start - 1; i > titleAt && i >= 0; i-- {
		l := lines[i]
		if _, byline := bylineNames(l.text); l.kind != lineShort || l.words < 8 || !isHeadline(l) || isChromeText(l.text) || byline ||
			findDate(l.text) != "" || reClock.MatchString(l.text) {
			break
		}
		start = i
	}
	if titleAt >= 0 {
		a.Title = cleanTitleTail(lines[titleAt].text)
	}
	lead := leadAbove(lines, titleAt, start)

	// Published: a stamp between headline and body, the corpus's date
	// prefix, the nearest date above the headline, a stamp or date line in
	// the body, the dateline, any date in the text.
	top := start
	if titleAt >= 0 {
		top = titleAt
	}
	for i := top; i < start && a.Published == ""; i++ {
		if lines[i].kind == lineStamp || lines[i].kind == lineDate {
			a.Published = stampLineDate(lines[i].text)
		}
	}
	if a.Published == "" {
		a.Published = prefixDate
		if len(prefixDate) == 7 {
			// A month only: a full date of that month near the top wins.
			for i := 0; i <= top && i < len(lines); i++ {
				if d := findDate(lines[i].text); strings.HasPrefix(d, prefixDate) {
					a.Published = d
					break
				}
			}
		}
	}
	for i := top - 1; i >= 0 && a.Published == ""; i-- {
		if lines[i].kind == lineStamp || lines[i].kind == lineDate || lines[i].kind == lineShort {
			a.Published = stampLineDate(lines[i].text)
		}
	}
	for i := start; i < end && a.Published == ""; i++ {
		if lines[i].kind == lineStamp || lines[i].kind == lineDate {
			a.Published = stampLineDate(lines[i].text)
		}
	}
	textDate := ""
	if a.Published == "" && !dated {
		textDate = findDate(text)
	}

	// Credits and names in the lines outside the body.
	for i, l := range lines {
		if i >= start && i < end {
			continue
		}
		if a.Source == "" && i < start && l.kind == lineStamp {
			if m := reParenCredit.FindStringSubmatch(l.text); m != nil {
				if o, ok := knownOutlets().byName(m[1]); ok {
					a.Source = o.Name
					a.SourceID = document.OrgID(o.Key)
				}
			}
		}
		if len(a.Editors) == 0 {
			a.Editors = editorsIn(l.text)
		}
		if a.Publisher == "" && hasASCIIFold(l.text, "follow") {
			if m := reFollowUs.FindStringSubmatch(l.text); m != nil {
				if o, ok := knownOutlets().find(m[1]); ok {
					setPublisher(&a, o)
				}
			}
		}
		if len(a.Authors) == 0 && i < start {
			if names, ok := bylineNames(l.text); ok {
				a.Authors = names
			}
		}
		if m := reTagsLine.FindStringSubmatch(l.text); m != nil && len(a.Keywords) == 0 {
			a.Keywords = splitList(m[1])
		}
	}
	if a.Publisher == "" {
		for _, l := range lines {
			if !strings.Contains(l.text, "©") && !hasASCIIFold(l.text, "(c)") && !hasASCIIFold(l.text, "copyright") {
				continue // what reCopyright needs
			}
			if m := reCopyright.FindStringSubmatch(l.text); m != nil {
				if o, ok := knownOutlets().find(m[1]); ok {
					setPublisher(&a, o)
					break
				}
			}
		}
	}
	if a.Publisher == "" {
		// The site's own name in its header chrome, above the headline.
		for i := 0; i < start && i < 12; i++ {
			if lines[i].kind == lineShort || lines[i].kind == lineDate {
				if o, ok := knownOutlets().find(lines[i].text); ok && o.Kind != "news_agency" {
					setPublisher(&a, o)
					break
				}
			}
		}
	}

	paras := lead
	// A dateline on a line of its own right above the body ("Baku, 14
	// November, AZERTAC") opens the body: it dates the report.
	if len(lead) == 0 && start > 0 && start > titleAt+1 && lines[start-1].words <= 8 {
		if d := parseDateline(lines[start-1].text, ""); d != nil && strings.ContainsAny(lines[start-1].text, "0123456789") && d.Span.End >= len(lines[start-1].text)-1 {
			paras = append(paras, lines[start-1].text)
		}
	}
	for i := start; i < end; i++ {
		l := lines[i]
		low := strings.ToLower(l.text)
		if l.kind == lineStamp || l.kind == lineEditor || l.kind == lineDate || (l.kind == lineShort && isChromeText(l.text)) ||
			isCallToAction(low, int16(min(l.words, 1000))) || (l.words <= 30 && hasChromePrefix(low)) || (l.words <= 80 && isCaption(low)) {
			continue
		}
		paras = append(paras, l.text)
	}
	a.Body = strings.Join(paras, "\n\n")
	if a.Published == "" && textDate != "" {
		// A dateline's day with the year the text gives. Any other date
		// of the text is no publication date: it may be a date of history
		// ("the agreement signed on 24 August 2003"); relative dates then
		// stay unresolved and yearless ones take the text's year (see
		// nlp/dates), as MEASUREMENT.md reads articles without a date.
		if d := findDateline(a.Body, paragraphSpans(a.Body), textDate); d != nil && d.Date != "" {
			a.Published = d.Date
		}
	}
	return a
}

// stampLineDate returns the date of a stamp or date line: a written date, else
// a stamp's numbers ("10-13-2016 00:53 BJT", month first when the day
// cannot be a month).
func stampLineDate(s string) string {
	if d := findDate(s); d != "" {
		return d
	}
	return findStamp(s)
}

// leadAbove returns the lead paragraphs that a page prints between its
// headline (line titleAt) and its byline or stamp, above the body run that
// starts at line start: "CITY: X and Y are working to ...", then "By Jane
// Roe", "Thursday 24 March 2022, 03:21PM", "Photo: Z", then the body.
// They are prose lines ended as sentences are; every other line between
// the headline and the body must be one that sits above a body (credits,
// stamps, captions), else there is no lead (a teaser list or menu lies
// between).
func leadAbove(lines []textLine, titleAt, start int) []string {
	if titleAt < 0 || start-titleAt < 3 {
		return nil
	}
	var lead []string
	for i := titleAt + 1; i < start; i++ {
		l := lines[i]
		switch {
		case isLeadLine(l):
			lead = append(lead, l.text)
		case isSkippableAboveBody(l):
		default:
			return nil
		}
	}
	if len(lead) == 0 || isLeadLine(lines[start-1]) {
		return nil // no credit between: the body run already holds it
	}
	return lead
}

// isLeadLine reports a line of prose that reads as an article's sentence:
// twelve words or more, ended by a full stop, not a caption or chrome.
func isLeadLine(l textLine) bool {
	if l.kind != lineProse || l.words < 12 || isChromeText(l.text) {
		return false
	}
	t := strings.TrimRight(l.text, "\"'”’ ")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") {
		return false
	}
	low := strings.ToLower(l.text)
	return !isCaption(low) && !hasChromePrefix(low) && !isCallToAction(low, int16(min(l.words, 1000)))
}

// isSkippableAboveBody reports lines that sit between a headline and its
// body without being either: stamps, dates, credits, captions, labels.
func isSkippableAboveBody(l textLine) bool {
	if l.kind == lineStamp || l.kind == lineDate || l.words < 3 {
		return true
	}
	low := strings.ToLower(l.text)
	_, byline := bylineNames(l.text)
	return isChromeText(l.text) || byline || isCaption(low) ||
		strings.HasPrefix(l.text, "©") || strings.HasPrefix(low, "(photo") || isBreadcrumb(l.text) ||
		(strings.HasPrefix(l.text, "(") && strings.HasSuffix(l.text, ")") && l.words <= 6)
}

// isBreadcrumb reports a short line that repeats a one-character
// separator between labels: "Home > World > Asia", "ㄑ About ㄑ Staff".
func isBreadcrumb(s string) bool {
	f := strings.Fields(s)
	if len(f) > 10 {
		return false
	}
	seen := map[string]int{}
	for _, w := range f {
		if len([]rune(w)) == 1 && !strings.ContainsAny(w, "0123456789") {
			seen[w]++
			if seen[w] >= 2 {
				return true
			}
		}
	}
	return false
}

// splitLines cuts text into trimmed, classified, non-empty lines.
func splitLines(text string) []textLine {
	var out []textLine
	for _, raw := range strings.Split(text, "\n") {
		s := collapseSpace(raw)
		if s == "" {
			continue
		}
		l := textLine{text: s, words: len(wordTokens(s))}
		if n := len(out); n > 0 && out[n-1].words >= 6 && l.words >= 4 && endsLower(out[n-1].text) && startsLower(s) {
			// "... the importance of joint Gulf media" then "efforts to
			// publish ...": a sentence a scraper broke in two at a link
			// goes on in the lower-case line after it
			l = textLine{text: out[n-1].text + " " + s, words: out[n-1].words + l.words}
			out = out[:n-1]
		}
		l.kind = classifyLine(l)
		out = append(out, l)
	}
	markListItems(out)
	markCutEnd(out)
	return out
}

// endsLower reports whether s ends in a word of ASCII lower-case letters
// ("... joint Gulf media", not a headline's "... African Journalists").
func endsLower(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	return len(w) > 0 && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-1] >= 'a' && w[len(w)-1] <= 'z'
}

// startsLower reports whether s starts with an ASCII lower-case letter.
func startsLower(s string) bool {
	c := s[0]
	return c >= 'a' && c <= 'z'
}

// markCutEnd takes the last line of a text cut off in mid-sentence (a
// record truncated at a length: "He thanked President Omar Felan for
// opening the c") as a line of the body when it follows the story's prose:
// eight words or more, opening with a capital or a quotation mark, three
// of them in lower case, not chrome.
func markCutEnd(lines []textLine) {
	n := len(lines)
	if n < 2 || lines[n-2].kind != lineProse {
		return
	}
	l := &lines[n-1]
	if l.kind != lineShort || l.words < 8 || isChromeText(l.text) {
		return
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	if !unicode.IsUpper(r) && !strings.ContainsRune("“\"«", r) {
		return
	}
	lower := 0
	for _, w := range strings.Fields(l.text) {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsLower(c) {
			lower++
		}
	}
	if lower >= 3 {
		l.kind = lineProse
	}
}

// markListItems takes the short lines that a sentence of the story ending
// in a colon introduces ("Partner schools include:", then one school a
// line) as lines of the body: a list the story gives, not page furniture.
// The colon line is prose or follows prose; the items are short lines of
// at most twenty words that start with a capital, a digit or a bullet and
// are not chrome (or prose lines of as many words without a full stop at
// the end); the list ends at the first other line.
func markListItems(lines []textLine) {
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		if !strings.HasSuffix(l.text, ":") || l.words < 3 ||
			(l.kind != lineProse && (l.kind != lineShort || i == 0 || lines[i-1].kind != lineProse)) {
			continue
		}
		j := i + 1
		for ; j < len(lines) && j-i <= 40 && isListItem(lines[j]); j++ {
			lines[j].kind = lineProse
		}
		if j > i+1 {
			lines[i].kind = lineProse
			i = j - 1
		}
	}
}

// isListItem reports a short line that can be an item of a list the story
// gives.
func isListItem(l textLine) bool {
	if l.kind == lineProse && l.words <= 20 && !strings.ContainsAny(lastRune(l.text), ".!?…。") {
		return true // "School of X, University of Y, St. Petersburg": an abbreviation made it prose
	}
	if l.kind != lineShort || l.words == 0 || l.words > 20 || isChromeText(l.text) || isBreadcrumb(l.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l.text, "-•*·–— "))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func classifyLine(l textLine) lineKind {
	s := l.text
	low := strings.ToLower(strings.TrimSpace(s))
	switch {
	case stopLines[strings.TrimRight(low, " :")] || stopLines[low] || strings.HasPrefix(low, "links:") ||
		strings.HasPrefix(low, "related:") || strings.HasPrefix(low, "popular on "):
		return lineStop
	case l.words <= 40 && (editorsIn(s) != nil || (hasASCIIFold(s, "follow") && reFollowUs.MatchString(s))):
		return lineEditor
	case l.words <= 12 && strings.IndexByte(s, ':') >= 0 && (findStamp(s) != "" || reClockDay.MatchString(s)):
		return lineStamp
	case l.words <= 8 && findDate(s) != "":
		return lineDate
	case parseDateline(s, "") != nil && l.words >= 8:
		return lineProse
	case l.words >= 20 || (l.words >= 6 && endsSentence(s)):
		return lineProse
	}
	return lineShort
}

// firstRun returns the first run of lines (as bodyRun cuts them) that
// holds at least 300 bytes of prose.
func firstRun(lines []textLine) (int, int, bool) {
	found := false
	var fs, fe int
	eachRun(lines, func(s, e, score int) bool {
		if score >= 300 {
			fs, fe, found = s, e, true
			return false
		}
		return true
	})
	return fs, fe, found
}

// bodyRun picks the run of lines with the most prose: runs break at stop
// markers, editor lines and at three short lines in a row. It returns the
// half-open line range [start, end), trimmed to prose at both ends.
func bodyRun(lines []textLine) (int, int) {
	bestStart, bestEnd, bestScore := 0, 0, -1
	eachRun(lines, func(s, e, score int) bool {
		if score > bestScore {
			bestStart, bestEnd, bestScore = s, e, score
		}
		return true
	})
	if bestScore <= 0 {
		// No prose at all: everything that is not chrome.
		return 0, len(lines)
	}
	return bestStart, bestEnd
}

// eachRun cuts lines into runs at stop markers, editor lines and three
// short lines in a row, trims each to prose at both ends, and calls fn with
// its range and its bytes of prose until fn returns false.
func eachRun(lines []textLine, fn func(start, end, score int) bool) {
	flush := func(s, e int) bool {
		for s < e && lines[s].kind != lineProse {
			s++
		}
		for e > s && lines[e-1].kind != lineProse {
			e--
		}
		score := 0
		for i := s; i < e; i++ {
			if lines[i].kind == lineProse {
				score += len(lines[i].text)
			}
		}
		return fn(s, e, score)
	}
	runStart, shorts := 0, 0
	for i, l := range lines {
		if inlinePointer(lines, i) {
			// "Related: X marks 30 years" between two paragraphs of
			// the story: a link put inside the body, not its end
			shorts++
			continue
		}
		switch l.kind {
		case lineStop, lineEditor:
			if !flush(runStart, i) {
				return
			}
			runStart, shorts = i+1, 0
			continue
		case lineProse:
			shorts = 0
			continue
		}
		shorts++
		if shorts >= 3 {
			if !flush(runStart, i) {
				return
			}
			runStart = i + 1
			shorts = 0
		}
	}
	flush(runStart, len(lines))
}

// inlinePointer reports a "Related: <title>" line that a paragraph of
// the story follows (a sentence of fifteen words or more): a link set
// inside the body, where a list of them at the end stops it.
func inlinePointer(lines []textLine, i int) bool {
	if lines[i].kind != lineStop || i+1 >= len(lines) || i == 0 || lines[i-1].kind != lineProse {
		return false
	}
	low := strings.ToLower(lines[i].text)
	if !strings.HasPrefix(low, "related:") || len(strings.TrimSpace(low[len("related:"):])) == 0 {
		return false
	}
	n := lines[i+1]
	return n.kind == lineProse && n.words >= 15 && endsSentence(n.text)
}

// isHeadline reports a line shaped like a headline.
func isHeadline(l textLine) bool {
	if l.words < 3 || l.words > 30 || l.kind == lineStop || l.kind == lineEditor {
		return false
	}
	if isRunTogether(l.text) {
		return false
	}
	return true
}

// isRunTogether spots menus scraped without spaces: "HomeOpinionsBusiness".
func isRunTogether(s string) bool {
	joins := 0
	prevLower := false
	for _, r := range s {
		if r >= 'A' && r <= 'Z' && prevLower {
			joins++
		}
		prevLower = r >= 'a' && r <= 'z'
	}
	return joins >= 3
}

// isChromeText reports short lines of page furniture in scraped text.
func isChromeText(s string) bool {
	if isRunTogether(s) {
		return true
	}
	low := strings.ToLower(strings.TrimRight(s, " :>»"))
	if chromeLines[low] || stopLines[low] || isCaption(low) {
		return true
	}
	words := strings.Fields(low)
	if len(words) <= 8 && (strings.Contains(s, ">>") || strings.Contains(s, " > ") || strings.Contains(s, " | ")) {
		return true // breadcrumbs and menus
	}
	ui := 0
	for _, w := range words {
		if uiWords[w] || strings.Trim(w, "0123456789") == "" {
			ui++
		}
	}
	return len(words) > 0 && (ui == len(words) || (ui >= 3 && ui*2 >= len(words)))
}

// uiWords are the labels of buttons and share bars.
var uiWords = map[string]bool{
	"email": true, "e-mail": true, "print": true, "share": true, "tweet": true, "comment": true,
	"comments": true, "like": true, "save": true, "facebook": true, "twitter": true, "whatsapp": true,
	"telegram": true, "linkedin": true, "reddit": true, "pinterest": true, "copy": true, "link": true,
	"font": true, "size": true, "a+": true, "a-": true, "+": true, "-": true, "|": true, "vk": true,
	"weibo": true, "wechat": true, "register": true, "login": true, "subscribe": true, "menu": true,
	"search": true, "home": true, "views": true, "view": true, "instagram": true, "youtube": true,
	"apple": true, "news": true, "rss": true, "flipboard": true, "back": true, "top": true,
}

// endsSentence reports text that ends like a sentence or holds one whole.
// isClosingSentence reports a short line after the body that is still a
// sentence of it: four words or more, a full stop, at least two words in
// lower case, no label colon and no page chrome ("The summit closes on
// Thursday.", not "Photo: ENA" or "Share this article").
func isClosingSentence(l textLine) bool {
	if l.kind != lineShort || l.words < 4 || !strings.HasSuffix(strings.TrimRight(l.text, " "), ".") ||
		strings.ContainsRune(l.text, ':') || isChromeText(l.text) {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(l.text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2 && unicode.IsUpper(firstRune(l.text))
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"”’)]»")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "…") || strings.Contains(s, ". ")
}

func lastRune(s string) string {
	s = strings.TrimRight(s, " \"”’)»")
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// slugLine finds the line above the body whose words open the URL's last
// path segment ("/news/about-the-recent-meeting-of-..."), or -1.
func slugLine(lines []textLine, start int, pageURL string) int {
	slug := strings.Trim(pageURL, "/")
	if i := strings.LastIndexByte(slug, '/'); i >= 0 {
		slug = slug[i+1:]
	}
	if i := strings.IndexAny(slug, "?#."); i >= 0 {
		slug = slug[:i]
	}
	sw := strings.FieldsFunc(strings.ToLower(slug), func(r rune) bool { return r == '-' || r == '_' || r == '+' })
	if len(sw) < 4 {
		return -1
	}
	for i := 0; i <= start && i < len(lines) && i < 12; i++ {
		lw := wordTokens(strings.ToLower(strings.ReplaceAll(lines[i].text, "'", "")))
		n := 0
		for n < len(lw) && n < len(sw) && lw[n] == sw[n] {
			n++
		}
		if n >= 4 || (n == len(sw) && n >= 3) {
			return i
		}
	}
	return -1
}

var reBreakTags = regexp.MustCompile(`(?i)</?(?:br|p)\s*/?>`)

// brToNewline turns <br> and <p> tags left in scraped text into newlines.
func brToNewline(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return reBreakTags.ReplaceAllString(s, "\n")
}

// reWireTail is a press-release dateline glued to a headline:
// " - Beijing, Aug. 29, 2022 /PRNewswire/", and a trailing "(... 2022)".
var (
	reWireTail  = regexp.MustCompile(`\s+[-–—]\s+[\p{L} .,]{2,40},?\s+` + monthRE + `\s+\d{1,2},?\s+\d{4}\s*/[\p{L} \-]+/\s*$`)
	reParenDate = regexp.MustCompile(`\s*\([^()]*\b(?:19|20)\d\d\)\s*$`)
)

// cleanTitleTail cuts press-wire datelines and dated asides off a title.
func cleanTitleTail(t string) string {
	t = reWireTail.ReplaceAllString(t, "")
	t = reParenDate.ReplaceAllString(t, "")
	return strings.TrimSpace(t)
}

var reBylineFor = regexp.MustCompile(`(?i)\s+(?:for|of)\s+.{2,60}$`)

// bylineNames reads "By Jane Roe and John Doe", "By ANNA REED FOR THE
// GAZETTE": the names, in title case when written in capitals.
func bylineNames(s string) ([]string, bool) {
	s = collapseSpace(s)
	m := reByline.FindStringSubmatch(s)
	if m == nil {
		m = reByline.FindStringSubmatch(reBylineFor.ReplaceAllString(s, ""))
	}
	if m == nil {
		return nil, false
	}
	names := splitNames(m[1])
	for i, n := range names {
		if isAllCaps(n) {
			names[i] = placeName(n)
		}
	}
	return names, len(names) > 0
}

// calendarDate reports whether an ISO date or month ("2020-10-22",
// "2020-10") names a day or month the calendar has.
func calendarDate(v string) bool {
	layout := "2006-01-02"
	if len(v) == len("2006-01") {
		layout = "2006-01"
	}
	_, err := time.Parse(layout, v)
	return err == nil
}
