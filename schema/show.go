package schema

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteText prints the model as text: nodes with their key and properties,
// relationships with their endpoints and properties, then constraints and
// indexes. `mediakg schema show` prints it.
func WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "mediakg graph model, schema version %d\n\nNODES\n", Version)
	for _, n := range Nodes {
		key := n.Key
		if key == "" {
			key = "(none)"
		}
		fmt.Fprintf(tw, "\n(:%s)  key %s  %s\n", n.Label, key, n.Description)
		for _, p := range n.Properties {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", p.Name, p.Type, p.Description)
		}
	}
	fmt.Fprintf(tw, "\nRELATIONSHIPS\n")
	for _, r := range Relationships {
		kind := "link"
		switch {
		case r.Extracted:
			kind = "extracted fact, one Statement per stating article"
		case r.Type == PartOf || r.Type == NextInSeries || r.Type == BasedIn || r.Type == UnitOf:
			kind = "derived"
		}
		if r.Symmetric {
			kind += ", symmetric"
		}
		fmt.Fprintf(tw, "\n(%s)-[:%s]->(%s)  [%s]  %s\n", labels(r.From), r.Type, labels(r.To), kind, r.Description)
		for _, p := range r.Properties {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", p.Name, p.Type, p.Description)
		}
	}
	fmt.Fprintf(tw, "\nCONSTRAINTS AND INDEXES\n\n")
	for _, ix := range Indexes() {
		on := labels(ix.Labels)
		if ix.RelType != "" {
			on = "()-[:" + string(ix.RelType) + "]-()"
		} else {
			on = "(" + on + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s(%s)\t%s\n", ix.Name, ix.Kind, on, strings.Join(ix.Properties, ", "), ix.Why)
	}
	fmt.Fprintf(tw, "\nWHY IS THIS EDGE HERE? (parameter $rel: the edge's elementId)\n\n%s\n", WhyQuery)
	return tw.Flush()
}

// WriteMermaid prints the model as a Mermaid flowchart: one box per label
// (with its key), one arrow per relationship type and endpoint pair.
// docs/graph-model.md embeds its output; a test keeps the two in step.
func WriteMermaid(w io.Writer) error {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for _, n := range Nodes {
		if n.Label == SchemaInfo {
			continue
		}
		if n.Key == "" {
			fmt.Fprintf(&b, "  %s[\"%s\"]\n", n.Label, n.Label)
			continue
		}
		fmt.Fprintf(&b, "  %s[\"%s<br/><i>%s</i>\"]\n", n.Label, n.Label, n.Key)
	}
	type edge struct{ from, to, label string }
	seen := map[edge]bool{}
	var edges []edge
	for _, r := range Relationships {
		for _, f := range r.From {
			for _, t := range r.To {
				if r.Type == Mentions && t != Country && t != Organization && t != Person && t != Place && t != Topic {
					continue // MENTIONS to events and series adds only noise to the picture
				}
				e := edge{string(f), string(t), string(r.Type)}
				if r.Symmetric && f > t {
					continue
				}
				if !seen[e] {
					seen[e] = true
					edges = append(edges, e)
				}
			}
		}
	}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].from < edges[j].from })
	for _, e := range edges {
		arrow := "-->"
		if r, _ := RelationshipByType(RelType(e.label)); r.Symmetric {
			arrow = "<-->"
		}
		fmt.Fprintf(&b, "  %s %s|%s| %s\n", e.from, arrow, e.label, e.to)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func labels(ls []Label) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = ":" + string(l)
	}
	return strings.Join(s, "|")
}
