package segment

import (
	"regexp"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// Dateline is a wire-story lead found at the start of a paragraph:
// "BEIJING, Oct. 21 (Xinhua) --" or "MOSCOW, December 26. /TASS/.".
type Dateline struct {
	// Place is the dateline place in title case ("Beijing").
	Place string
	// Date is the date text as written ("Oct. 21"), "" when absent.
	Date string
	// Agency is the agency named in parentheses or slashes ("Xinhua").
	Agency string
	// Span covers the dateline including its closing "--" or "/TASS/.".
	Span document.Span
}

// datelineRE matches a dateline at the start of a string: an upper-case
// place, an optional /region/ and ", Country", an optional date, an
// optional (Agency) or /Agency/, and the dash or colon that ends it.
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})` +
	`(?: /[A-Z][^/\n]{1,40}/)?` +
	`(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)?),)?` +
	`(?:,? ((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,? \d{4})?))?` +
	`\.?` +
	`(?: ?\(([A-Z][A-Za-z .&-]{1,30})\)| ?/([A-Z][A-Za-z .&-]{1,30})/\.?)?` +
	`( ?(?:--|—|–|-|:)(?: |$)|(?:\. | ))?`)

// FindDateline looks for a dateline at the start of one of the first three
// paragraphs of body. It needs an upper-case place and a date or an
// agency, so headlines in capitals are not taken for datelines.
func FindDateline(body string) (Dateline, bool) {
	off := 0
	for p := 0; p < 3 && off < len(body); p++ {
		for off < len(body) && (body[off] == ' ' || body[off] == '\n' || body[off] == '\t' || body[off] == '\r') {
			off++
		}
		end := len(body)
		if k := strings.Index(body[off:], "\n"); k >= 0 {
			end = off + k
		}
		head := body[off:end]
		if len(head) > 200 {
			head = head[:200]
		}
		if d, ok := matchDateline(head, off); ok {
			return d, true
		}
		off = end
	}
	return Dateline{}, false
}

func matchDateline(head string, off int) (Dateline, bool) {
	// the expression needs an upper-case letter and another place byte
	// first; most paragraphs fail there, before the regexp runs
	if len(head) < 2 || !isUpper(head[0]) || !(isUpper(head[1]) || head[1] == '.' || head[1] == '\'' || head[1] == '-') {
		return Dateline{}, false
	}
	m := datelineRE.FindStringSubmatchIndex(head)
	if m == nil {
		return Dateline{}, false
	}
	group := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return head[m[2*k]:m[2*k+1]]
	}
	place, date := group(1), group(3)
	agency := group(4)
	if agency == "" {
		agency = group(5)
	}
	if date == "" && agency == "" {
		return Dateline{}, false
	}
	if date == "" && !strings.ContainsAny(group(6), "-—–:") {
		// "NATO (North Atlantic ...)" is a sentence, not a dateline
		return Dateline{}, false
	}
	// the place must be a real upper-case word, not "A" or "I"
	letters := 0
	for _, r := range place {
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	if letters < 3 {
		return Dateline{}, false
	}
	end := m[1]
	// trim the trailing space the terminator took
	for end > 0 && head[end-1] == ' ' {
		end--
	}
	return Dateline{
		Place:  titleCase(place),
		Date:   date,
		Agency: agency,
		Span:   document.Span{Start: off, End: off + end},
	}, true
}

// titleCase turns "NEW DELHI" into "New Delhi".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
		up = c == ' ' || c == '-' || c == '.'
	}
	return string(b)
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
