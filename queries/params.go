package queries

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Type is a parameter type, named as Cypher names it.
type Type string

// Parameter types.
const (
	String     Type = "STRING"
	Integer    Type = "INTEGER"
	Float      Type = "FLOAT"
	Boolean    Type = "BOOLEAN"
	Date       Type = "DATE"
	StringList Type = "LIST<STRING>"
)

var types = []Type{String, Integer, Float, Boolean, Date, StringList}

// TypeNames returns the parameter type names.
func TypeNames() []string {
	out := make([]string, len(types))
	for i, t := range types {
		out[i] = string(t)
	}
	return out
}

// ParseType returns the Type named s (case-insensitive).
func ParseType(s string) (Type, error) {
	for _, t := range types {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown type %q; valid types: %s", s, strings.Join(TypeNames(), ", "))
}

// Param declares one parameter of a query.
type Param struct {
	Name        string
	Type        Type
	Description string
	// Default is the value used when the caller gives none, already
	// converted to the driver's type; HasDefault is false for required
	// parameters.
	Default     any
	DefaultText string
	HasDefault  bool
}

// String renders p as `name:TYPE=default` (`name:TYPE` when required).
func (p Param) String() string {
	if !p.HasDefault {
		return p.Name + ":" + string(p.Type)
	}
	return p.Name + ":" + string(p.Type) + "=" + p.DefaultText
}

// Parse converts a command-line value to the driver value of type t.
// STRING takes the text as is; LIST<STRING> takes a JSON array or a
// comma-separated list ("" is the empty list); DATE takes YYYY-MM-DD.
func (t Type) Parse(s string) (any, error) {
	switch t {
	case String:
		return s, nil
	case Integer:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an INTEGER", s)
		}
		return n, nil
	case Float:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a FLOAT", s)
		}
		return f, nil
	case Boolean:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a BOOLEAN (true or false)", s)
		}
		return b, nil
	case Date:
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a DATE (YYYY-MM-DD)", s)
		}
		return neo4j.DateOf(d), nil
	case StringList:
		s = strings.TrimSpace(s)
		if strings.HasPrefix(s, "[") {
			var l []string
			if err := json.Unmarshal([]byte(s), &l); err != nil {
				return nil, fmt.Errorf("%q is not a LIST<STRING> (JSON array of strings or comma-separated)", s)
			}
			return l, nil
		}
		l := []string{}
		if s == "" {
			return l, nil
		}
		for _, part := range strings.Split(s, ",") {
			l = append(l, strings.TrimSpace(part))
		}
		return l, nil
	}
	return nil, fmt.Errorf("unknown type %s", t)
}

// parseDefault reads a header default, a JSON literal.
func (t Type) parseDefault(lit string) (any, error) {
	var v any
	if err := json.Unmarshal([]byte(lit), &v); err != nil {
		return nil, fmt.Errorf("not a JSON literal: %v", err)
	}
	switch t {
	case String:
		if s, ok := v.(string); ok {
			return s, nil
		}
	case Integer, Float, Boolean:
		if _, isString := v.(string); !isString && v != nil {
			return t.Parse(lit)
		}
	case Date:
		if s, ok := v.(string); ok {
			return t.Parse(s)
		}
	case StringList:
		if _, ok := v.([]any); ok {
			return t.Parse(lit)
		}
	}
	return nil, fmt.Errorf("not a %s literal", t)
}

// ParamError reports a parameter the query does not declare, a value of the
// wrong type or a missing required parameter. Valid lists the query's
// parameters with their types.
type ParamError struct {
	Query string
	Param string
	Msg   string
	Valid []string
}

func (e *ParamError) Error() string {
	valid := "none"
	if len(e.Valid) > 0 {
		valid = strings.Join(e.Valid, ", ")
	}
	return fmt.Sprintf("query %s: parameter %s: %s; valid parameters: %s", e.Query, e.Param, e.Msg, valid)
}

// Bind checks raw values given as name=value text against q's declarations
// and returns the full parameter map for the driver, defaults filled in.
func (q *Query) Bind(raw map[string]string) (map[string]any, error) {
	valid := make([]string, len(q.Params))
	for i, p := range q.Params {
		valid[i] = p.String()
	}
	names := make([]string, 0, len(raw))
	for k := range raw {
		names = append(names, k)
	}
	sort.Strings(names)
	out := map[string]any{}
	for _, name := range names {
		p, ok := q.Param(name)
		if !ok {
			return nil, &ParamError{Query: q.Name, Param: name, Msg: "unknown parameter", Valid: valid}
		}
		v, err := p.Type.Parse(raw[name])
		if err != nil {
			return nil, &ParamError{Query: q.Name, Param: name, Msg: err.Error(), Valid: valid}
		}
		out[name] = v
	}
	for _, p := range q.Params {
		if _, given := out[p.Name]; given {
			continue
		}
		if !p.HasDefault {
			return nil, &ParamError{Query: q.Name, Param: p.Name, Msg: "required, no default (--param " + p.Name + "=...)", Valid: valid}
		}
		out[p.Name] = p.Default
	}
	return out, nil
}

// SplitAssignments turns "k=v" strings into a map; a key given twice is an
// error, so is an item without "=".
func SplitAssignments(items []string) (map[string]string, error) {
	out := map[string]string{}
	for _, it := range items {
		k, v, ok := strings.Cut(it, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want name=value", it)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

// ParseLoose converts the parameters of an ad-hoc Cypher statement. A key
// may name its type ("since:DATE=2020-01-01"); without one, a value that
// reads as a JSON number, boolean, null or array takes that type and
// anything else is a string.
func ParseLoose(raw map[string]string) (map[string]any, error) {
	out := map[string]any{}
	for k, v := range raw {
		name, typ, typed := strings.Cut(k, ":")
		if typed {
			t, err := ParseType(typ)
			if err != nil {
				return nil, fmt.Errorf("--param %s: %w", k, err)
			}
			val, err := t.Parse(v)
			if err != nil {
				return nil, fmt.Errorf("--param %s: %w", k, err)
			}
			out[name] = val
			continue
		}
		out[name] = looseValue(v)
	}
	return out, nil
}

func looseValue(s string) any {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return s
	}
	switch x := v.(type) {
	case float64:
		if n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
			return n
		}
		return x
	case bool, nil, []any:
		return x
	}
	return s // JSON strings and objects stay text
}
