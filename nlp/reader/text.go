package reader

import (
	"regexp"
	"strings"

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
	a := parseText(text, "")
	finish(&a, "")
	return a
}

// parseText reads scraped text; knownTitle, when the caller has one (a
// JSONL title field), is the only line taken as the headline.
func parseText(text, knownTitle string) document.Article {
	var a document.Article
	text = strings.ReplaceAll(text, "\r\n", "\n")
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
	}
	lines := splitLines(text)
	if len(lines) == 0 {
		if prefixDate != "" {
			a.Published = prefixDate
		}
		return a
	}
	start, end := bodyRun(lines)

	// Title: the headline-like line closest above the body.
	// When two headline-like lines stand there, the upper one is the
	// headline and the lower one its standfirst.
	titleAt := -1
	for i := start - 1; i >= 0 && i >= start-6; i-- {
		l := lines[i]
		if l.kind == lineStamp || l.kind == lineDate || isChromeText(l.text) || reByline.MatchString(l.text) {
			if titleAt >= 0 {
				break
			}
			continue
		}
		if !isHeadline(l) {
			break
		}
		if titleAt >= 0 {
			if l.words > lines[titleAt].words || strings.HasSuffix(l.text, ".") {
				break
			}
			titleAt = i
			break
		}
		titleAt = i
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
		if l.kind != lineShort || l.words < 8 || !isHeadline(l) || isChromeText(l.text) || reByline.MatchString(l.text) {
			break
		}
		start = i
	}
	if titleAt >= 0 {
		a.Title = lines[titleAt].text
	}

	// Published: a stamp near the headline, the corpus's date prefix, a
	// date line above the body, then the page header's date.
	from := 0
	if titleAt >= 0 {
		from = titleAt
	}
	for i := from; i < start && a.Published == ""; i++ {
		if lines[i].kind == lineStamp || lines[i].kind == lineDate {
			a.Published = findDate(lines[i].text)
		}
	}
	if a.Published == "" {
		a.Published = prefixDate
	}
	for i := 0; i < start && a.Published == ""; i++ {
		a.Published = findDate(lines[i].text)
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
		if a.Publisher == "" {
			if m := reFollowUs.FindStringSubmatch(l.text); m != nil {
				if o, ok := knownOutlets().find(m[1]); ok {
					setPublisher(&a, o)
				}
			}
		}
		if len(a.Authors) == 0 && i < start {
			if m := reByline.FindStringSubmatch(l.text); m != nil {
				a.Authors = splitNames(m[1])
			}
		}
		if m := reTagsLine.FindStringSubmatch(l.text); m != nil && len(a.Keywords) == 0 {
			a.Keywords = splitList(m[1])
		}
	}
	if a.Publisher == "" {
		for _, l := range lines {
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

	var paras []string
	for i := start; i < end; i++ {
		l := lines[i]
		if l.kind == lineStamp || l.kind == lineEditor || (l.kind == lineShort && isChromeText(l.text)) {
			continue
		}
		paras = append(paras, l.text)
	}
	a.Body = strings.Join(paras, "\n\n")
	return a
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
		l.kind = classifyLine(l)
		out = append(out, l)
	}
	return out
}

func classifyLine(l textLine) lineKind {
	s := l.text
	low := strings.ToLower(strings.TrimSpace(s))
	switch {
	case stopLines[strings.TrimRight(low, " :")] || stopLines[low] || strings.HasPrefix(low, "links:") ||
		strings.HasPrefix(low, "related:") || strings.HasPrefix(low, "popular on "):
		return lineStop
	case editorsIn(s) != nil || reFollowUs.MatchString(s):
		return lineEditor
	case l.words <= 12 && findStamp(s) != "":
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

// bodyRun picks the run of lines with the most prose: runs break at stop
// markers, editor lines and at three short lines in a row. It returns the
// half-open line range [start, end), trimmed to prose at both ends.
func bodyRun(lines []textLine) (int, int) {
	bestStart, bestEnd, bestScore := 0, 0, -1
	flushRun := func(s, e int) {
		// trim to prose at both ends
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
		if score > bestScore {
			bestStart, bestEnd, bestScore = s, e, score
		}
	}
	runStart, shorts := 0, 0
	for i, l := range lines {
		switch l.kind {
		case lineStop, lineEditor:
			flushRun(runStart, i)
			runStart, shorts = i+1, 0
			continue
		case lineProse:
			shorts = 0
			continue
		}
		shorts++
		if shorts >= 3 {
			flushRun(runStart, i)
			runStart = i + 1
			shorts = 0
		}
	}
	flushRun(runStart, len(lines))
	if bestScore <= 0 {
		// No prose at all: everything that is not chrome.
		return 0, len(lines)
	}
	return bestStart, bestEnd
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
	return chromeLines[low] || stopLines[low]
}

// endsSentence reports text that ends like a sentence or holds one whole.
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
