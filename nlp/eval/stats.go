package eval

import (
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"

	"github.com/mediakg/mediakg/nlp/document"
)

// Stats counts what a gold set holds, per gold file and in total.
type Stats struct {
	Files     []string
	Articles  map[string]int // per file, and "total"
	Entities  map[string]int // per entity type
	Relations map[string]int // per relation type, derived ones included
	Dates     int
	// UnresolvedDates are date expressions with no value (no anchor).
	UnresolvedDates int
	Optional        int
}

// GoldStats counts the gold set.
func GoldStats(gold []Article) Stats {
	s := Stats{Articles: map[string]int{}, Entities: map[string]int{}, Relations: map[string]int{}}
	seen := map[string]bool{}
	for i := range gold {
		a := &gold[i]
		f := filepath.Base(a.Source)
		if !seen[f] {
			seen[f] = true
			s.Files = append(s.Files, f)
		}
		s.Articles[f]++
		s.Articles["total"]++
		s.Entities[string(document.Country)] += len(a.Entities.Country)
		s.Entities[string(document.Organization)] += len(a.Entities.Organization)
		s.Entities[string(document.Person)] += len(a.Entities.Person)
		s.Entities[string(document.EventType)] += len(a.Entities.Event)
		for _, r := range a.AllRelations() {
			s.Relations[r.Type]++
		}
		s.Dates += len(a.Dates)
		for _, d := range a.Dates {
			if d.Value == "" {
				s.UnresolvedDates++
			}
		}
		s.Optional += len(a.Optional.Country) + len(a.Optional.Organization) + len(a.Optional.Person) + len(a.Optional.Dates)
	}
	return s
}

// WriteText prints the counts as a small table.
func (s Stats) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "articles\t%d\t", s.Articles["total"])
	for _, f := range s.Files {
		fmt.Fprintf(tw, "%s %d  ", f, s.Articles[f])
	}
	fmt.Fprintln(tw)
	for _, t := range EntityTypes {
		fmt.Fprintf(tw, "%s\t%d\t\n", t, s.Entities[string(t)])
	}
	for _, t := range RelationTypes {
		fmt.Fprintf(tw, "%s\t%d\t\n", t, s.Relations[t])
	}
	fmt.Fprintf(tw, "date expressions\t%d\t(%d without a value)\n", s.Dates, s.UnresolvedDates)
	fmt.Fprintf(tw, "optional entries\t%d\t\n", s.Optional)
	return tw.Flush()
}
