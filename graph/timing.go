package graph

import (
	"sort"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// StatementTime is where the server's time went over a load, per kind of
// statement: how often it ran, how many rows it was given, and the time
// the server reported for it (until the result was available plus until
// it was consumed). "commit" is the time between the last statement's
// result and the commit's answer, measured by the client; it holds the
// server's commit work (locks, store and index updates, the log).
type StatementTime struct {
	Name   string        `json:"name"`
	Runs   int           `json:"runs"`
	Rows   int           `json:"rows"`
	Server time.Duration `json:"server_ns"`
}

// statementNames maps a cached statement's text to its cache key, the name
// timings use.
var statementNames sync.Map // string -> string

func statementName(cypher string) string {
	if n, ok := statementNames.Load(cypher); ok {
		return n.(string)
	}
	return "other"
}

// timings accumulates StatementTimes.
type timings map[string]*StatementTime

func (t *timings) add(name string, rows int, d time.Duration) {
	if *t == nil {
		*t = timings{}
	}
	s := (*t)[name]
	if s == nil {
		s = &StatementTime{Name: name}
		(*t)[name] = s
	}
	s.Runs++
	s.Rows += rows
	s.Server += d
}

func (t *timings) addSummary(cypher string, rows int, sum neo4j.ResultSummary) {
	t.add(statementName(cypher), rows, sum.ResultAvailableAfter()+sum.ResultConsumedAfter())
}

func (t *timings) merge(o timings) {
	for _, s := range o {
		if *t == nil {
			*t = timings{}
		}
		d := (*t)[s.Name]
		if d == nil {
			d = &StatementTime{Name: s.Name}
			(*t)[s.Name] = d
		}
		d.Runs += s.Runs
		d.Rows += s.Rows
		d.Server += s.Server
	}
}

// sorted returns the timings, most server time first.
func (t timings) sorted() []StatementTime {
	out := make([]StatementTime, 0, len(t))
	for _, s := range t {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Server != out[j].Server {
			return out[i].Server > out[j].Server
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// paramRows returns the number of rows a statement's parameters carry: the
// length of its one list parameter.
func paramRows(params map[string]any) int {
	for _, v := range params {
		switch l := v.(type) {
		case []map[string]any:
			return len(l)
		case []string:
			return len(l)
		case []any:
			return len(l)
		}
	}
	return 1
}
