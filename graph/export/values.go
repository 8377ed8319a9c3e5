package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/mediakg/mediakg/schema"
)

// arrayDelimiter separates list elements in a CSV field: the ASCII unit
// separator, which no name or sentence contains (it is removed from values
// if one does).
const arrayDelimiter = "\x1f"

// nodeProps returns the declared properties of label l, key first (a
// label without a key, Statement, has its declared properties only).
func nodeProps(l schema.Label) []schema.Property {
	n, _ := schema.NodeByLabel(l)
	props := []schema.Property{}
	if p, ok := n.Property(n.Key); ok {
		props = append(props, p)
	}
	for _, p := range n.Properties {
		if p.Name != n.Key {
			props = append(props, p)
		}
	}
	return props
}

// relProps returns the declared properties of relationship type t.
func relProps(t schema.RelType) []schema.Property {
	r, _ := schema.RelationshipByType(t)
	return r.Properties
}

// csvType returns the neo4j-admin header type of a property.
func csvType(p schema.Property) string {
	switch p.Type {
	case "INTEGER":
		return ":long"
	case "FLOAT":
		return ":double"
	case "BOOLEAN":
		return ":boolean"
	case "DATE":
		return ":date"
	case "DATETIME":
		return ":datetime"
	case "LIST<STRING>":
		return ":string[]"
	case "LIST<INTEGER>":
		return ":long[]"
	case "LIST<FLOAT>":
		return ":double[]"
	}
	return ""
}

// csvField renders v as a CSV field: empty for null, quoted for strings (so
// an empty string stays an empty string), plain for numbers and dates.
func csvField(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return quoteCSV(x)
	case []string:
		els := make([]string, len(x))
		for i, s := range x {
			els[i] = strings.ReplaceAll(s, arrayDelimiter, " ")
		}
		return quoteCSV(strings.Join(els, arrayDelimiter))
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case bool:
		return strconv.FormatBool(x)
	}
	return quoteCSV(fmt.Sprint(v))
}

func quoteCSV(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// cypherLiteral renders v, a value of a property of Cypher type typ, as a
// Cypher literal.
func cypherLiteral(v any, typ string) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		switch typ {
		case "DATE":
			return "date(" + quoteCypher(x) + ")"
		case "DATETIME":
			return "datetime(" + quoteCypher(x) + ")"
		}
		return quoteCypher(x)
	case []string:
		els := make([]string, len(x))
		for i, s := range x {
			els[i] = quoteCypher(s)
		}
		return "[" + strings.Join(els, ", ") + "]"
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "null"
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0"
		}
		return s
	case time.Time:
		return "datetime(" + quoteCypher(x.UTC().Format(time.RFC3339Nano)) + ")"
	case bool:
		return strconv.FormatBool(x)
	}
	return quoteCypher(fmt.Sprint(v))
}

// quoteCypher renders s as a single-quoted Cypher string literal; every
// character that could end the literal or the statement is escaped.
func quoteCypher(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}
