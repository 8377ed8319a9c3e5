package graph

import (
	"fmt"
	"io"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A batch chosen with LoadOptions.ProfileBatch runs its statements with
// PROFILE, in its own transaction as usual, and the plans the server
// executed are printed: per statement the rows it was given, the database
// hits of all its operators, and the operators with their records and
// hits. It shows where a batch's server time goes at the operator level
// (index seeks, merges, property writes); the commit is not in it.

// profiled returns the statement cypher with PROFILE after its options.
func profiled(cypher string) string {
	if strings.HasPrefix(cypher, planOnce) {
		return planOnce + "PROFILE " + strings.TrimPrefix(cypher, planOnce)
	}
	return "PROFILE " + cypher
}

// writeProfile prints the profile of one statement.
func writeProfile(w io.Writer, name string, rows int, sum neo4j.ResultSummary) {
	p := sum.Profile()
	if p == nil {
		fmt.Fprintf(w, "%s (%d rows): no profile\n", name, rows)
		return
	}
	var total int64
	var walk func(p neo4j.ProfiledPlan)
	walk = func(p neo4j.ProfiledPlan) {
		total += p.DbHits()
		for _, c := range p.Children() {
			walk(c)
		}
	}
	walk(p)
	fmt.Fprintf(w, "%s (%d rows): %d db hits, %.1f per row, %d ms\n", name, rows, total, float64(total)/float64(max(rows, 1)),
		(sum.ResultAvailableAfter() + sum.ResultConsumedAfter()).Milliseconds())
	var tree func(p neo4j.ProfiledPlan, depth int)
	tree = func(p neo4j.ProfiledPlan, depth int) {
		fmt.Fprintf(w, "  %s%-28s %9d records %10d db hits  %s\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), details(p))
		for _, c := range p.Children() {
			tree(c, depth+1)
		}
	}
	tree(p, 0)
}

// details returns the operator's details argument, shortened.
func details(p neo4j.ProfiledPlan) string {
	d, _ := p.Arguments()["Details"].(string)
	d = strings.Join(strings.Fields(d), " ")
	if len(d) > 110 {
		d = d[:110] + "..."
	}
	return d
}
