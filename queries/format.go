package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Output formats.
const (
	FormatTable = "table"
	FormatJSON  = "json"
	FormatCSV   = "csv"
)

// Formats lists the output formats.
var Formats = []string{FormatTable, FormatJSON, FormatCSV}

// CheckFormat returns an error naming the valid formats when f is not one.
func CheckFormat(f string) error {
	for _, v := range Formats {
		if f == v {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q; valid formats: %s", f, strings.Join(Formats, ", "))
}

// WriteOptions tunes the output.
type WriteOptions struct {
	// MaxWidth cuts table cells longer than this many characters with "…";
	// 0 keeps them whole. JSON and CSV are never cut.
	MaxWidth int
}

// Write writes r to w in format f (table, json or csv).
func Write(w io.Writer, r *Result, f string, opts WriteOptions) error {
	switch f {
	case FormatTable:
		return writeTable(w, r, opts.MaxWidth)
	case FormatJSON:
		return writeJSON(w, r)
	case FormatCSV:
		return writeCSV(w, r)
	}
	return CheckFormat(f)
}

// writeTable aligns columns, right-aligns numeric columns and ends with the
// row count.
func writeTable(w io.Writer, r *Result, maxWidth int) error {
	cells := make([][]string, len(r.Rows))
	width := make([]int, len(r.Columns))
	numeric := make([]bool, len(r.Columns))
	for i, c := range r.Columns {
		width[i] = utf8.RuneCountInString(c)
		numeric[i] = len(r.Rows) > 0
	}
	for ri, row := range r.Rows {
		cells[ri] = make([]string, len(r.Columns))
		for ci := range r.Columns {
			var v any
			if ci < len(row) {
				v = row[ci]
			}
			s := cut(oneLine(Text(v)), maxWidth)
			cells[ri][ci] = s
			width[ci] = max(width[ci], utf8.RuneCountInString(s))
			switch v.(type) {
			case int64, float64, nil:
			default:
				numeric[ci] = false
			}
		}
	}
	var b bytes.Buffer
	line := func(vals []string, isHeader bool) {
		var l strings.Builder
		for i, v := range vals {
			if i > 0 {
				l.WriteString(" | ")
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(v))
			if numeric[i] && !isHeader {
				l.WriteString(pad + v)
			} else {
				l.WriteString(v + pad)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteString("\n")
	}
	line(r.Columns, true)
	seps := make([]string, len(r.Columns))
	for i := range seps {
		seps[i] = strings.Repeat("-", width[i])
	}
	b.WriteString(strings.Join(seps, "-+-") + "\n")
	for _, row := range cells {
		line(row, false)
	}
	noun := "rows"
	if len(r.Rows) == 1 {
		noun = "row"
	}
	fmt.Fprintf(&b, "(%d %s)\n", len(r.Rows), noun)
	_, err := w.Write(b.Bytes())
	return err
}

func cut(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	if n == 1 {
		return "…"
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// writeJSON writes an array with one object per row, keys in column order.
func writeJSON(w io.Writer, r *Result) error {
	var b bytes.Buffer
	b.WriteString("[")
	for ri, row := range r.Rows {
		if ri > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for ci, c := range r.Columns {
			if ci > 0 {
				b.WriteString(", ")
			}
			k, _ := json.Marshal(c)
			var v any
			if ci < len(row) {
				v = row[ci]
			}
			val, err := json.Marshal(JSONValue(v))
			if err != nil {
				return fmt.Errorf("column %s: %w", c, err)
			}
			b.Write(k)
			b.WriteString(": ")
			b.Write(val)
		}
		b.WriteString("}")
	}
	if len(r.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// writeCSV writes RFC 4180 CSV with a header row; lists and maps are written
// as JSON text in their cell.
func writeCSV(w io.Writer, r *Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.Columns); err != nil {
		return err
	}
	rec := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for ci := range r.Columns {
			var v any
			if ci < len(row) {
				v = row[ci]
			}
			switch v.(type) {
			case []any, map[string]any, neo4j.Node, neo4j.Relationship, neo4j.Path:
				raw, err := json.Marshal(JSONValue(v))
				if err != nil {
					return err
				}
				rec[ci] = string(raw)
			default:
				rec[ci] = Text(v)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Text renders one value for a table or CSV cell: null as "", dates as ISO
// 8601, lists as [a, b], nodes as (:Label id).
func Text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		if math.Trunc(x) == x && math.Abs(x) < 1e15 {
			return strconv.FormatFloat(x, 'f', 1, 64)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Text(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := sortedKeys(x)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + Text(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case neo4j.Node:
		return nodeText(x)
	case neo4j.Relationship:
		return "[:" + x.Type + "]"
	case neo4j.Path:
		var b strings.Builder
		for i, n := range x.Nodes {
			if i > 0 {
				rel := x.Relationships[i-1]
				if rel.StartElementId == n.ElementId {
					b.WriteString("<-[:" + rel.Type + "]-")
				} else {
					b.WriteString("-[:" + rel.Type + "]->")
				}
			}
			b.WriteString(nodeText(n))
		}
		return b.String()
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

func nodeText(n neo4j.Node) string {
	labels := ":" + strings.Join(n.Labels, ":")
	for _, k := range []string{"id", "iso3", "name"} {
		if v, ok := n.Props[k]; ok {
			return "(" + labels + " " + Text(v) + ")"
		}
	}
	return "(" + labels + ")"
}

// JSONValue converts a driver value to plain JSON-ready data: dates become
// ISO 8601 strings, nodes {labels, properties}, relationships {type,
// properties}, paths {nodes, relationships}.
func JSONValue(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = JSONValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = JSONValue(e)
		}
		return out
	case neo4j.Node:
		return map[string]any{"labels": x.Labels, "properties": JSONValue(x.Props), "element_id": x.ElementId}
	case neo4j.Relationship:
		return map[string]any{"type": x.Type, "properties": JSONValue(x.Props), "element_id": x.ElementId,
			"start": x.StartElementId, "end": x.EndElementId}
	case neo4j.Path:
		ns := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			ns[i] = JSONValue(n)
		}
		rs := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rs[i] = JSONValue(r)
		}
		return map[string]any{"nodes": ns, "relationships": rs}
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return Text(x)
		}
		return x
	case nil, string, bool, int64:
		return x
	}
	return Text(v)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
