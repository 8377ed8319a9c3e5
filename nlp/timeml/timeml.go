// Package timeml writes a document's date expressions as TimeML: the body
// with every date mention wrapped in a TIMEX3 tag (type DATE, the ISO 8601
// value) and the anchor as the document creation time, so that the date
// tagger can be checked against TimeML-annotated corpora (TimeBank,
// TempEval-3) with their own scorers.
//
// A range ("March 3 to 5") is a TIMEX3 of type DATE holding the text, whose
// value is the begin, and an empty TIMEX3 right after it for the end: the
// checkers count DATE values, and a range has two.
//
// Files:
//   - timeml.go: Write
package timeml

import (
	"fmt"
	"io"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// dateAnaphorRule starts the rule of a date anaphor ("the same day"),
// which TimeML does not tag as a date of its own.
const dateAnaphorRule = "date.anaphor."

// Write writes d as one TimeML document.
func Write(w io.Writer, d *document.Document) error {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n")
	fmt.Fprintf(&b, "<DOCID>%s</DOCID>\n", escape(d.Article.ID))
	dct := dct(d)
	if dct != "" {
		fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", dct, dct)
	}
	if d.Article.Title != "" {
		fmt.Fprintf(&b, "<TITLE>%s</TITLE>\n", escape(d.Article.Title))
	}
	b.WriteString("<TEXT>")
	body := d.Article.Body
	at, tid := 0, 1
	for _, m := range d.Mentions {
		if m.Type != document.Date || strings.HasPrefix(m.Rule, dateAnaphorRule) || m.Start < at || m.End > len(body) {
			continue
		}
		b.WriteString(escape(body[at:m.Start]))
		begin, end, isRange := strings.Cut(m.Value, "/")
		relative := m.Anchor != ""
		fmt.Fprintf(&b, "<TIMEX3 tid=\"t%d\" type=\"DATE\" value=\"%s\" temporalFunction=\"%t\"", tid, valueOf(begin), relative)
		if relative && dct != "" {
			b.WriteString(" anchorTimeID=\"t0\"")
		}
		fmt.Fprintf(&b, ">%s</TIMEX3>", escape(body[m.Start:m.End]))
		tid++
		if isRange && end != "" {
			fmt.Fprintf(&b, "<TIMEX3 tid=\"t%d\" type=\"DATE\" value=\"%s\" temporalFunction=\"%t\"/>", tid, valueOf(end), relative)
			tid++
		}
		at = m.End
	}
	b.WriteString(escape(body[at:]))
	b.WriteString("</TEXT>\n</TimeML>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dct is the document creation time: the dateline's date, else the
// publication date (the anchor of relative dates).
func dct(d *document.Document) string {
	if dl := d.Article.Dateline; dl != nil && len(dl.Date) >= 10 && dl.Date[0] != '-' {
		return dl.Date[:10]
	}
	if p := d.Article.Published; len(p) >= 10 {
		return p[:10]
	}
	return ""
}

// valueOf is a TimeML value: ISO 8601 as the tagger writes it, with
// "XXXX" for an unknown year ("--03-05" -> "XXXX-03-05") and "XXXX-XX-XX"
// for a relative date that could not be resolved.
func valueOf(v string) string {
	switch {
	case v == "":
		return "XXXX-XX-XX"
	case strings.HasPrefix(v, "--"):
		return "XXXX" + v[1:]
	}
	return v
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")

func escape(s string) string { return escaper.Replace(s) }
