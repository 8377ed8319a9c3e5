package queries

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"
)

// Plan is the execution plan the server returned for an EXPLAIN or PROFILE
// statement, flattened depth first: each step's input steps follow it, one
// level deeper. A PROFILE plan also holds what each step did.
type Plan struct {
	Profiled bool
	Steps    []PlanStep
}

// PlanStep is one operator of a plan.
type PlanStep struct {
	// Depth is 0 for the root (ProduceResults); an operator's inputs are
	// one deeper.
	Depth int
	// Operator is the operator's name without the "@database" suffix
	// (NodeIndexSeek, Expand(All), ...).
	Operator string
	// Details is the server's description of what it does (the index, the
	// predicate, the expression), "" when none.
	Details string
	// EstimatedRows is the planner's estimate of the rows it produces.
	EstimatedRows float64
	// Rows and DBHits are measured, for a PROFILE plan only.
	Rows, DBHits int64
	// Leaf says the operator reads the store itself (it has no input).
	Leaf bool
}

// planOf returns the plan of a statement's summary, nil when it ran
// without EXPLAIN or PROFILE.
func planOf(sum neo4j.ResultSummary) *Plan {
	if pp := sum.Profile(); pp != nil {
		p := &Plan{Profiled: true}
		p.addProfiled(pp, 0)
		return p
	}
	if pl := sum.Plan(); pl != nil {
		p := &Plan{}
		if raw := rawPlan(pl); raw != nil {
			p.addRaw(raw, 0)
		} else {
			p.add(pl, 0)
		}
		return p
	}
	return nil
}

// rawPlan returns the driver's own record of an EXPLAIN plan. The driver
// (v5.28.4) builds Plan.Children() from a pointer to its loop variable, so
// with its go 1.18 loop semantics every child it returns is the last one
// (an Apply or Union shows its right-hand side twice); ProfiledPlan copies
// the variable and is right. The record itself is whole, so the plan is
// read from it; nil when the driver's type no longer has that shape, and
// the interface is used as it is.
func rawPlan(pl neo4j.Plan) *db.Plan {
	v := reflect.ValueOf(pl)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("plan")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*db.Plan]() {
		return nil
	}
	return *(**db.Plan)(unsafe.Pointer(f.UnsafeAddr()))
}

func (p *Plan) addRaw(pl *db.Plan, depth int) {
	p.Steps = append(p.Steps, step(pl.Operator, pl.Arguments, depth, len(pl.Children) == 0))
	for i := range pl.Children {
		p.addRaw(&pl.Children[i], depth+1)
	}
}

func (p *Plan) add(pl neo4j.Plan, depth int) {
	p.Steps = append(p.Steps, step(pl.Operator(), pl.Arguments(), depth, len(pl.Children()) == 0))
	for _, c := range pl.Children() {
		p.add(c, depth+1)
	}
}

func (p *Plan) addProfiled(pl neo4j.ProfiledPlan, depth int) {
	s := step(pl.Operator(), pl.Arguments(), depth, len(pl.Children()) == 0)
	s.Rows, s.DBHits = pl.Records(), pl.DbHits()
	p.Steps = append(p.Steps, s)
	for _, c := range pl.Children() {
		p.addProfiled(c, depth+1)
	}
}

func step(op string, args map[string]any, depth int, leaf bool) PlanStep {
	if i := strings.IndexByte(op, '@'); i > 0 {
		op = op[:i]
	}
	s := PlanStep{Depth: depth, Operator: op, Leaf: leaf}
	if d, ok := args["Details"].(string); ok {
		s.Details = d
	}
	switch v := args["EstimatedRows"].(type) {
	case float64:
		s.EstimatedRows = v
	case int64:
		s.EstimatedRows = float64(v)
	}
	return s
}

// Leaves returns the operators that read the store, in plan order: where
// the query starts.
func (p *Plan) Leaves() []PlanStep {
	var out []PlanStep
	for _, s := range p.Steps {
		if s.Leaf {
			out = append(out, s)
		}
	}
	return out
}

// DBHits is the sum of the steps' database hits (PROFILE only).
func (p *Plan) DBHits() int64 {
	var n int64
	for _, s := range p.Steps {
		n += s.DBHits
	}
	return n
}

// Result renders the plan as rows, one per operator, indented by depth:
// operator, details and estimated rows, and for a PROFILE plan the rows
// and database hits measured.
func (p *Plan) Result() *Result {
	r := &Result{Columns: []string{"operator", "details", "estimated_rows"}, Rows: [][]any{}}
	if p.Profiled {
		r.Columns = append(r.Columns, "rows", "db_hits")
	}
	for _, s := range p.Steps {
		op := s.Operator
		if s.Depth > 0 {
			op = strings.Repeat("  ", s.Depth-1) + "└ " + op
		}
		row := []any{op, s.Details, estimate(s.EstimatedRows)}
		if p.Profiled {
			row = append(row, s.Rows, s.DBHits)
		}
		r.Rows = append(r.Rows, row)
	}
	return r
}

// estimate rounds an estimated row count as a reader wants it: one
// decimal below 10 (the planner's estimates for a seek are fractions),
// whole numbers above.
func estimate(f float64) any {
	if f < 10 {
		return math.Round(f*10) / 10
	}
	return int64(math.Round(f))
}

// Summary is one line about the plan: its operators and, for PROFILE, the
// database hits in all.
func (p *Plan) Summary() string {
	kind := "EXPLAIN"
	if p.Profiled {
		kind = "PROFILE"
	}
	s := fmt.Sprintf("%s plan: %d operators", kind, len(p.Steps))
	if p.Profiled {
		s += fmt.Sprintf(", %d db hits in all", p.DBHits())
	}
	return s
}
