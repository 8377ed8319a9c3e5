// Package explain renders a processed document for a human: the body,
// sentence by sentence, with every tag inline ("[China]{Country
// country:CHN | gaz.country.name}"), then every entity, event and
// relation with the rule that made it, the words it matched, its
// confidence and its evidence sentence, then the coverage report.
//
// Files:
//   - explain.go: Write
package explain

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/nlp/dates"
	"github.com/mediakg/mediakg/nlp/document"
)

// Write renders d to w.
func Write(w io.Writer, d *document.Document) error {
	b := bufio.NewWriter(w)
	a := d.Article
	fmt.Fprintf(b, "ARTICLE   %s\n", a.ID)
	if a.URL != "" {
		fmt.Fprintf(b, "URL       %s\n", a.URL)
	}
	if a.CanonicalURL != "" && a.CanonicalURL != a.URL {
		fmt.Fprintf(b, "CANONICAL %s\n", a.CanonicalURL)
	}
	if a.Title != "" {
		fmt.Fprintf(b, "TITLE     %s\n", a.Title)
	}
	if a.Published != "" {
		fmt.Fprintf(b, "PUBLISHED %s\n", a.Published)
	}
	if dl := a.Dateline; dl != nil {
		fmt.Fprintf(b, "DATELINE  %s | %s | %s\n", dl.Place, dl.Date, dl.Agency)
	}
	if an := dates.AnchorFor(a); an.OK {
		fmt.Fprintf(b, "ANCHOR    %s (relative dates resolve against it)\n", an)
	} else {
		fmt.Fprintf(b, "ANCHOR    none (relative dates stay unresolved)\n")
	}

	fmt.Fprintf(b, "\nTEXT  (tags: [words]{Type id-or-value | rule confidence})\n")
	for si, s := range d.Sentences {
		fmt.Fprintf(b, "s%-3d %s\n", si, tagged(d, s.Span))
	}

	fmt.Fprintf(b, "\nENTITIES (%d)\n", len(d.Entities))
	for _, e := range d.Entities {
		var texts []string
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				texts = append(texts, fmt.Sprintf("%q by %s", m.Text, m.Rule))
			}
		}
		extra := ""
		if e.Kind != "" {
			extra += " kind=" + e.Kind
		}
		if e.Country != "" {
			extra += " country=" + e.Country
		}
		if e.QID != "" {
			extra += " qid=" + e.QID
		}
		fmt.Fprintf(b, "  %-40s %-12s %s%s (%.2f)\n", e.ID, e.Type, e.Name, extra, e.Confidence)
		fmt.Fprintf(b, "      %d mention(s): %s\n", len(e.Mentions), strings.Join(texts, "; "))
	}

	fmt.Fprintf(b, "\nEVENTS (%d)\n", len(d.Events))
	for _, e := range d.Events {
		fmt.Fprintf(b, "  %s  type=%s", e.ID, e.Type)
		if e.Name != "" {
			fmt.Fprintf(b, " name=%q", e.Name)
		}
		if e.Ordinal != 0 {
			fmt.Fprintf(b, " ordinal=%d", e.Ordinal)
		}
		if e.Date != "" {
			fmt.Fprintf(b, " date=%s", e.Date)
			if e.EndDate != "" {
				fmt.Fprintf(b, "..%s", e.EndDate)
			}
			if e.DateRule != "" {
				fmt.Fprintf(b, " (%s)", e.DateRule)
			}
		} else if e.DateRule != "" {
			fmt.Fprintf(b, " date=none (%s)", e.DateRule)
		}
		if e.Mode != "" {
			fmt.Fprintf(b, " mode=%s", e.Mode)
		}
		if e.Attendance != 0 {
			fmt.Fprintf(b, " attendance=%d (%q)", e.Attendance, e.AttendanceText)
		}
		if e.Location != "" {
			fmt.Fprintf(b, " location=%s", e.Location)
		}
		fmt.Fprintln(b)
		var words []string
		for _, m := range e.Mentions {
			words = append(words, fmt.Sprintf("%q", d.Text(m)))
		}
		fmt.Fprintf(b, "      rule %s (%.2f) matched %s\n", e.Rule, e.Confidence, strings.Join(words, ", "))
		if len(e.Participants) > 0 {
			fmt.Fprintf(b, "      participants: %s\n", strings.Join(e.Participants, ", "))
		}
		if len(e.Organizers) > 0 {
			fmt.Fprintf(b, "      organizers: %s\n", strings.Join(e.Organizers, ", "))
		}
		fmt.Fprintf(b, "      evidence: %q\n", e.Evidence.Text)
	}

	fmt.Fprintf(b, "\nRELATIONS (%d)\n", len(d.Relations))
	for _, r := range d.Relations {
		fmt.Fprintf(b, "  %s %s -> %s", r.Type, r.From, r.To)
		if r.Topic != "" {
			fmt.Fprintf(b, " topic=%s", r.Topic)
		}
		if r.CAMEO != "" {
			fmt.Fprintf(b, " cameo=%s", r.CAMEO)
		}
		if r.Event != "" && r.Event != r.To && r.Event != r.From {
			fmt.Fprintf(b, " event=%s", r.Event)
		}
		fmt.Fprintln(b)
		matched := ""
		if r.Trigger != nil {
			matched = fmt.Sprintf(" matched %q", d.Text(*r.Trigger))
		}
		fmt.Fprintf(b, "      rule %s (%.2f)%s\n", r.Rule, r.Confidence, matched)
		fmt.Fprintf(b, "      evidence: %q\n", r.Evidence.Text)
	}

	if c := d.Coverage; c != nil {
		fmt.Fprintf(b, "\nCOVERAGE\n")
		fmt.Fprintf(b, "  untagged names (%d): %s\n", len(c.UntaggedNames), mentionTexts(c.UntaggedNames))
		fmt.Fprintf(b, "  unresolved dates (%d): %s\n", len(c.UnresolvedDates), mentionTexts(c.UnresolvedDates))
		fmt.Fprintf(b, "  events without date (%d): %s\n", len(c.EventsWithoutDate), strings.Join(c.EventsWithoutDate, ", "))
	}
	return b.Flush()
}

func mentionTexts(ms []document.EntityMention) string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%q", m.Text)
	}
	return strings.Join(out, ", ")
}

// mark is an opening or closing bracket of a tag at a byte offset.
type mark struct {
	off   int
	open  bool
	size  int // mention length, to nest longer outside shorter
	label string
}

// tagged renders the body span with its mentions as nested brackets.
// Mentions that cross another one are left out of the rendering.
func tagged(d *document.Document, sp document.Span) string {
	var ms []document.Mention
	for _, m := range d.Mentions {
		if sp.Contains(m.Span) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	// drop mentions that cross a kept one
	var kept []document.Mention
	for _, m := range ms {
		ok := true
		for _, k := range kept {
			if m.Overlaps(k.Span) && !k.Contains(m.Span) && !m.Contains(k.Span) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}
	var marks []mark
	for _, m := range kept {
		label := string(m.Type)
		switch {
		case m.EntityID != "":
			label += " " + m.EntityID
		case m.Type == document.EventType:
			label += " " + m.Kind
			if m.Name != "" {
				label += fmt.Sprintf(" %q", m.Name)
			}
		case m.Value != "":
			label += " " + m.Value
			if m.Kind != "" && m.Type == document.Quantity {
				label += " " + m.Kind
			}
		case m.Type == document.Date:
			label += " unresolved"
		}
		if m.Anchor != "" {
			label += " @" + m.Anchor
		}
		label += fmt.Sprintf(" | %s %.2f", m.Rule, m.Confidence)
		marks = append(marks, mark{off: m.Start, open: true, size: m.Len()}, mark{off: m.End, size: m.Len(), label: label})
	}
	sort.SliceStable(marks, func(i, j int) bool {
		a, b := marks[i], marks[j]
		if a.off != b.off {
			return a.off < b.off
		}
		if a.open != b.open {
			return !a.open // close before open at the same offset
		}
		if a.open {
			return a.size > b.size
		}
		return a.size < b.size
	})
	var sb strings.Builder
	pos := sp.Start
	body := d.Article.Body
	for _, mk := range marks {
		sb.WriteString(body[pos:mk.off])
		pos = mk.off
		if mk.open {
			sb.WriteByte('[')
		} else {
			sb.WriteString("]{" + mk.label + "}")
		}
	}
	sb.WriteString(body[pos:sp.End])
	return strings.ReplaceAll(sb.String(), "\n", " ")
}
