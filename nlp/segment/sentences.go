package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

// sentences groups toks into sentences and sets each token's Sentence.
func (s *Segmenter) sentences(body string, toks []document.Token, dl document.Span) []document.Sentence {
	out := make([]document.Sentence, 0, len(toks)/20+1)
	start := 0
	emit := func(last int) {
		si := len(out)
		for k := start; k <= last; k++ {
			toks[k].Sentence = si
		}
		out = append(out, document.Sentence{
			Span:       document.Span{Start: toks[start].Start, End: toks[last].End},
			TokenStart: start,
			TokenEnd:   last + 1,
		})
		start = last + 1
	}
	// the last token ends the last sentence (after the loop); each token
	// before it is looked at with the next one
	for i := 0; i+1 < len(toks); i++ {
		end, next := toks[i].End, toks[i+1].Start
		// most tokens end no sentence: no end mark, past the dateline,
		// and at most one space or tab before the next token
		if !endMark(body[end-1]) && end > dl.End && (next == end || next-end == 1 && body[end] != '\n') {
			continue
		}
		last, brk := i, false
		if endMark(body[end-1]) {
			last, brk = s.boundaryAfter(body, toks, i)
		}
		// the dateline ends a sentence, before any closing quote or
		// bracket that boundaryAfter took after token i
		if dl.End > 0 && end <= dl.End {
			for k := i; k <= last && k+1 < len(toks); k++ {
				if toks[k].End <= dl.End && toks[k+1].Start >= dl.End {
					last, brk = k, true
					break
				}
			}
		}
		// a paragraph break needs a newline between the tokens (tested
		// here first: most gaps are one space)
		if !brk && last == i && (next-end > 1 || next > end && body[end] == '\n') {
			brk = lineBreak(body, toks, i)
		}
		if brk {
			i = last
			emit(i)
		}
	}
	if start < len(toks) {
		emit(len(toks) - 1)
	}
	return out
}

// endMark reports whether a token whose last byte is c may end a
// sentence: a period (also of "..." and "Oct."), '?', '!' or the last
// byte of '…'; boundaryAfter decides.
func endMark(c byte) bool { return c == '.' || c == '?' || c == '!' || c == 0xa6 }

// boundaryAfter decides whether a sentence ends after token i. It returns
// the index of the sentence's last token (closing quotes and brackets after
// the end mark belong to the sentence) and whether it ends there.
func (s *Segmenter) boundaryAfter(body string, toks []document.Token, i int) (int, bool) {
	t := body[toks[i].Start:toks[i].End]
	var kind byte
	switch {
	case t == "." || t == "?" || t == "!" || t == "…" || strings.HasPrefix(t, ".."):
		kind = t[0]
	case len(t) > 1 && t[len(t)-1] == '.':
		kind = 'a' // word with its abbreviation period
	default:
		return i, false
	}
	last := i
	for last+1 < len(toks) && toks[last+1].Start == toks[last].End && isCloser(body[toks[last+1].Start:toks[last+1].End]) {
		last++
	}
	if last+1 >= len(toks) {
		return last, true
	}
	next := body[toks[last+1].Start:toks[last+1].End]
	if gapHasBlankLine(body, toks[last].End, toks[last+1].Start) {
		return last, true
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return last, false
	}
	switch kind {
	case '.', '?', '!':
		if next == "," || next == ";" || next == ":" || next == "/" || next == ")" || next == "]" {
			return last, false
		}
		return last, true
	case 'a':
		w := t[:len(t)-1]
		c := s.abbrevClass(w)
		if c == abbrTitle || (c == abbrNone && isInitial(w)) {
			return last, false
		}
		if (c == abbrMonth || c == abbrNumber) && unicode.IsDigit(r) {
			return last, false
		}
		if c == abbrNumber && !unicode.IsDigit(r) {
			// "no." is the word "no" when no number follows
			return last, unicode.IsUpper(r)
		}
		if last > i {
			// a closing quote after the abbreviation: the quote ends it
			return last, true
		}
		if unicode.IsUpper(r) && s.starters[strings.ToLower(next)] {
			return last, true
		}
		return last, false
	default: // ellipsis
		return last, unicode.IsUpper(r)
	}
}

// lineBreak reports whether the whitespace after token i holds a paragraph
// break: a blank line, or a single newline not followed by a lower-case
// continuation of a hard-wrapped line.
func lineBreak(body string, toks []document.Token, i int) bool {
	a, b := toks[i].End, toks[i+1].Start
	nl := strings.IndexByte(body[a:b], '\n')
	if nl < 0 {
		return false
	}
	if gapHasBlankLine(body, a, b) {
		return true
	}
	// "... the Federation of\nNepali Journalists", "tasks of\nRussian
	// foreign policy": a line that ends with a word no sentence or
	// heading ends with is hard-wrapped, whatever the next line starts
	// with
	if wrapWords[strings.ToLower(body[toks[i].Start:a])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[b:])
	if !unicode.IsLower(r) && nameWrapped(body, toks, i) {
		return false
	}
	return !unicode.IsLower(r)
}

// nameWrapped reports whether a line break after token i falls inside a
// name (rule segment.wrap.name): "... and the Federation of
// Nepali\nJournalists (FNJ) have launched": a line of running text (long,
// with a lower-case word of its own) that ends with a capitalised word
// right after "of" or "the" and goes on with a capitalised word that a
// lower-case word follows, or any line so ended whose next line defines
// the name's acronym ("Nepali\nJournalists (FNJ)"). A heading ends with
// no connector-led word, or has no running text before it.
func nameWrapped(body string, toks []document.Token, i int) bool {
	if i < 1 || i+2 >= len(toks) {
		return false
	}
	prev := strings.ToLower(body[toks[i-1].Start:toks[i-1].End])
	if prev != "of" && prev != "the" || strings.IndexByte(body[toks[i-1].End:toks[i].Start], '\n') >= 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(body[toks[i].Start:]); !unicode.IsUpper(r) {
		return false
	}
	// the word after the break, then "(" or a lower-case word on its line
	after := body[toks[i+2].Start:toks[i+2].End]
	if strings.IndexByte(body[toks[i+1].End:toks[i+2].Start], '\n') >= 0 {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(after)
	if after != "(" && !unicode.IsLower(r2) {
		return false
	}
	// "Nepali\nJournalists (FNJ)": an acronym whose last letters are the
	// initials of the words either side of the break
	if after == "(" && i+3 < len(toks) {
		acr := body[toks[i+3].Start:toks[i+3].End]
		if n := len(acr); n >= 2 && n <= 8 && strings.ToUpper(acr) == acr && acr[n-1] == body[toks[i+1].Start] && acr[n-2] == body[toks[i].Start] {
			return true
		}
	}
	line := body[strings.LastIndexByte(body[:toks[i].End], '\n')+1 : toks[i].End]
	if len(line) < 50 {
		return false
	}
	// running text: a lower-case word of four letters or more that is no
	// connector
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && len(w) >= 4 && !wrapWords[w] && w != "with" && w != "from" {
			return true
		}
	}
	return false
}

// wrapWords end a hard-wrapped line, never a sentence or a heading.
var wrapWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true, "to": true,
	"with": true, "by": true, "a": true, "an": true, "from": true, ",": true,
}

// gapHasBlankLine reports whether body[a:b] (whitespace) holds two
// newlines.
func gapHasBlankLine(body string, a, b int) bool {
	first := strings.IndexByte(body[a:b], '\n')
	return first >= 0 && strings.IndexByte(body[a+first+1:b], '\n') >= 0
}

func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}
