package segment

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"

	"github.com/mediakg/mediakg/nlp/document"
)

//go:embed data/abbreviations.tsv
var abbreviationsTSV []byte

// abbrClass says how a known abbreviation behaves before a sentence break.
type abbrClass uint8

const (
	abbrNone   abbrClass = iota
	abbrTitle            // never ends a sentence
	abbrMonth            // does not end a sentence before a number
	abbrNumber           // does not end a sentence before a number
	abbrOther            // ends a sentence only before a typical sentence starter
)

// punktExcluded are abbreviation types of the Punkt model that are also
// common English words, so a period after them usually ends a sentence.
var punktExcluded = map[string]bool{
	"ok": true, "ill": true, "wash": true, "ore": true, "cos": true,
	"ala": true, "chg": true, "mg": true, "sales": true, "yr": true,
	"wis": true, "fri": true, "wed": true, "tues": true,
}

// extraStarters are words that typically open a sentence, added to the
// Punkt model's list of frequent sentence starters.
var extraStarters = []string{
	"a", "an", "and", "as", "at", "after", "before", "during", "for", "from",
	"his", "her", "its", "our", "their", "we", "you", "on", "that", "those",
	"to", "with", "earlier", "later", "last", "next", "speaking",
}

// Segmenter splits an article body into sentences and tokens. It is
// immutable after New and safe for concurrent use.
type Segmenter struct {
	abbr     map[string]abbrClass
	starters map[string]bool
}

// New builds a Segmenter from the embedded abbreviation list and the Punkt
// English model of github.com/neurosnap/sentences (its abbreviation types
// and frequent sentence starters).
func New() (*Segmenter, error) {
	s := &Segmenter{abbr: map[string]abbrClass{}, starters: map[string]bool{}}
	raw, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("segment: load punkt english model: %w", err)
	}
	model, err := sentences.LoadTraining(raw)
	if err != nil {
		return nil, fmt.Errorf("segment: parse punkt english model: %w", err)
	}
	for a := range model.AbbrevTypes {
		if len(a) < 2 || punktExcluded[a] || strings.ContainsRune(a, ' ') {
			continue
		}
		s.abbr[a] = abbrOther
	}
	for w := range model.SentStarters {
		s.starters[w] = true
	}
	for _, w := range extraStarters {
		s.starters[w] = true
	}
	if err := s.loadAbbreviations(abbreviationsTSV, "data/abbreviations.tsv"); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Segmenter) loadAbbreviations(raw []byte, name string) error {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line := 0
	header := false
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 2 {
			return fmt.Errorf("segment: %s:%d: want 2 tab-separated columns, got %d", name, line, len(f))
		}
		if !header {
			header = true
			continue
		}
		var c abbrClass
		switch f[1] {
		case "title":
			c = abbrTitle
		case "month":
			c = abbrMonth
		case "number":
			c = abbrNumber
		case "other":
			c = abbrOther
		default:
			return fmt.Errorf("segment: %s:%d: unknown class %q", name, line, f[1])
		}
		s.abbr[strings.ToLower(f[0])] = c
	}
	return sc.Err()
}

// Apply segments d.Article.Body into d.Sentences and d.Tokens. A dateline
// (d.Article.Dateline.Span, else one found by FindDateline) becomes a
// sentence of its own.
func (s *Segmenter) Apply(d *document.Document) {
	dl := document.Span{}
	if d.Article.Dateline != nil && d.Article.Dateline.Span.End > 0 {
		dl = d.Article.Dateline.Span
	} else if f, ok := FindDateline(d.Article.Body); ok {
		dl = f.Span
	}
	d.Sentences, d.Tokens = s.Segment(d.Article.Body, dl)
	d.Lower = document.LowerASCII(d.Article.Body)
}

// Segment splits body into sentences and tokens. dateline, when not empty,
// is a span that must end a sentence (the "BEIJING, Oct. 21 (Xinhua) --"
// lead).
func (s *Segmenter) Segment(body string, dateline document.Span) ([]document.Sentence, []document.Token) {
	toks := s.tokenize(body)
	sents := s.sentences(body, toks, dateline)
	return sents, toks
}

// tokenize splits body into words, numbers and punctuation marks.
func (s *Segmenter) tokenize(body string) []document.Token {
	toks := make([]document.Token, 0, len(body)/5+8)
	i := 0
	n := len(body)
	for i < n {
		c := body[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == classSpace {
				i++
				continue
			}
			if asciiClass[c] == classWord {
				// most words are a run of ASCII letters and digits that
				// a space or a plain punctuation mark ends; wordEnd goes
				// on from the run's end for the others
				end := wordRun(body, i+1)
				if end < n && asciiClass[body[end]] > classSpace {
					end = s.wordEnd(body, i, end)
				}
				toks = append(toks, document.Token{Span: document.Span{Start: i, End: end}})
				i = end
				// the one space between words, without a turn of the loop
				if i < n && body[i] == ' ' {
					i++
				}
				continue
			}
			// the possessive "'s" is one token ("China" "'s")
			if c == '\'' && possessiveAt(body, i+1) && i > 0 && body[i-1] != ' ' {
				toks = append(toks, document.Token{Span: document.Span{Start: i, End: i + 2}})
				i += 2
				continue
			}
			// punctuation: runs of '-' and '.' stay together ("--", "...")
			end := i + 1
			if c == '-' || c == '.' {
				for end < n && body[end] == c {
					end++
				}
			}
			toks = append(toks, document.Token{Span: document.Span{Start: i, End: end}})
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := s.wordEnd(body, i, i)
			toks = append(toks, document.Token{Span: document.Span{Start: i, End: end}})
			i = end
		case r == '’' && possessiveAt(body, i+size) && i > 0 && body[i-1] != ' ':
			toks = append(toks, document.Token{Span: document.Span{Start: i, End: i + size + 1}})
			i += size + 1
		default:
			toks = append(toks, document.Token{Span: document.Span{Start: i, End: i + size}})
			i += size
		}
	}
	return toks
}

func isASCIIWord(c byte) bool { return asciiClass[c] == classWord }

// Byte classes of asciiClass.
const (
	classOther uint8 = iota // ASCII punctuation but the joiners
	classSpace              // ' ', '\n', '\t', '\r', '\f', '\v'
	classWord               // ASCII letters and digits
	classJoin               // '\'', '.', ',' and '&', which may join a word's parts
	classHigh               // every byte of a multi-byte rune
)

// asciiClass is the class of each byte: one load instead of a chain of
// comparisons in the tokenizer's loops. A byte of class classSpace or
// below ends a word.
var asciiClass = func() (t [256]uint8) {
	for _, c := range []byte(" \n\t\r\f\v") {
		t[c] = classSpace
	}
	for _, c := range []byte("'.,&") {
		t[c] = classJoin
	}
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			t[c] = classWord
		}
	}
	return t
}()

// wordRun returns the end of the run of ASCII letters and digits at
// body[i:].
func wordRun(body string, i int) int {
	for i < len(body) && asciiClass[body[i]] == classWord {
		i++
	}
	return i
}

// wordRuneAt reports whether body[i:] starts with a letter or digit.
func wordRuneAt(body string, i int) bool {
	if i >= len(body) {
		return false
	}
	c := body[i]
	if c < utf8.RuneSelf {
		return isASCIIWord(c)
	}
	r, _ := utf8.DecodeRuneInString(body[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// possessiveAt reports whether body[i:] is the "s" of a possessive "'s":
// an s not followed by a letter or digit.
func possessiveAt(body string, i int) bool {
	return i < len(body) && (body[i] == 's' || body[i] == 'S') && !wordRuneAt(body, i+1)
}

// wordEnd returns the end of the word starting at i. A word is a run of
// letters and digits joined by apostrophes ("People's"), periods ("U.S",
// "3.5", "xinhuanet.com"), commas between digits ("1,000") and ampersands
// between capitals ("I&B"). A final period is kept when the word is a
// known abbreviation, a dotted acronym or an initial. The word's bytes
// before i (start <= i) are known to be letters or digits.
func (s *Segmenter) wordEnd(body string, start, i int) int {
	n := len(body)
	dotted := false
	for i < n {
		i = wordRun(body, i)
		if i >= n {
			break
		}
		c := body[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\'':
				if i > start && wordRuneAt(body, i+1) && !possessiveAt(body, i+1) {
					i++
					continue
				}
			case '.':
				// "April 24-28.Huang said", "the press center.This year":
				// sentences glued at a lost space end at the period
				if gluedSentence(body, start, i) {
					break
				}
				if wordRuneAt(body, i+1) {
					dotted = true
					i++
					continue
				}
			case ',':
				if i > start && isDigit(body[i-1]) && i+3 < n && isDigit(body[i+1]) && isDigit(body[i+2]) && isDigit(body[i+3]) && (i+4 >= n || !isDigit(body[i+4])) {
					i++
					continue
				}
			case '&':
				if i > start && body[i-1] >= 'A' && body[i-1] <= 'Z' && i+1 < n && body[i+1] >= 'A' && body[i+1] <= 'Z' {
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		if r == '’' && i > start && wordRuneAt(body, i+size) && !possessiveAt(body, i+size) {
			i += size
			continue
		}
		break
	}
	if i < n && body[i] == '.' && (i+1 >= n || body[i+1] != '.') {
		w := body[start:i]
		if dotted && isDottedAcronym(w) || isInitial(w) || s.abbrevClass(w) != abbrNone {
			return i + 1
		}
	}
	return i
}

// gluedSentence reports a period at i inside a word that ends one
// sentence and starts the next where a space was lost: a lower-case
// letter or digit before it (not a dotted acronym "U.S"), a capital and
// two lower-case letters after it ("28.Huang", "center.This").
func gluedSentence(body string, start, i int) bool {
	if i == start || i+3 >= len(body) {
		return false
	}
	b := body[i-1]
	if !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9') {
		return false
	}
	// "Ts.Oyun", "Sh.Tuya": a Mongolian initial of two letters glued to
	// the given name is one word
	if digraphInitials[body[start:i]] {
		return false
	}
	c, d, e := body[i+1], body[i+2], body[i+3]
	return c >= 'A' && c <= 'Z' && d >= 'a' && d <= 'z' && e >= 'a' && e <= 'z' && !strings.Contains(body[start:i], ".")
}

// digraphInitials are the initials of two letters that Mongolian names
// write for one Cyrillic letter (Ц, Ш, Ч, Х, Ж, Я, Ё, Ю, Е).
var digraphInitials = map[string]bool{"Ts": true, "Sh": true, "Ch": true, "Kh": true, "Zh": true, "Ya": true, "Yo": true, "Yu": true, "Ye": true}

// isDottedAcronym reports whether w looks like "U.S" or "e.g": single
// letters joined by periods.
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for j := 0; j < len(w); j++ {
		if j%2 == 1 {
			if w[j] != '.' {
				return false
			}
		} else if !(w[j] >= 'a' && w[j] <= 'z' || w[j] >= 'A' && w[j] <= 'Z') {
			return false
		}
	}
	return true
}

// isInitial reports whether w is one capital letter ("V" of "Vladimir V.
// Putin").
func isInitial(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// abbrevClass looks w (without its final period) up in the abbreviation
// table, case-insensitively.
func (s *Segmenter) abbrevClass(w string) abbrClass {
	if len(w) > 12 {
		return abbrNone
	}
	var buf [12]byte
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	return s.abbr[string(buf[:len(w)])]
}
