package schema

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Names are the labels and relationship types a Cypher text uses.
type Names struct {
	Labels   []string
	RelTypes []string
}

// CypherNames returns the labels and relationship types named in a Cypher
// text: in node patterns ((n:Label), (:A:B), (n:A|B)), label predicates
// (WHERE n:Label) and relationship patterns (-[:TYPE|OTHER*1..2]->). String
// literals, comments, property maps and cypher-shell commands (lines that
// start with ":") are skipped. It is a scanner, not a parser: good enough to
// catch a misspelt or undeclared name in the saved queries.
func CypherNames(src string) Names {
	s := stripCypher(src)
	labels, types := map[string]bool{}, map[string]bool{}
	// Track brackets to tell relationship patterns from the rest.
	var stack []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(', '{':
			stack = append(stack, c)
			continue
		case '[':
			// A relationship pattern's bracket follows "-" (ignoring spaces).
			j := i - 1
			for j >= 0 && s[j] == ' ' {
				j--
			}
			if j >= 0 && s[j] == '-' {
				stack = append(stack, 'r')
			} else {
				stack = append(stack, '[')
			}
			continue
		case ')', '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			continue
		case ':':
		default:
			continue
		}
		// A colon: a label or type expression follows when it comes after a
		// variable (or directly after "(" / "[" / "-[").
		j := i - 1
		for j >= 0 && s[j] == ' ' {
			j--
		}
		if j >= 0 && !(isIdent(rune(s[j])) || s[j] == '(' || s[j] == '[' || s[j] == '`') {
			continue
		}
		inRel := len(stack) > 0 && stack[len(stack)-1] == 'r'
		k := i + 1
		for _, name := range labelExpr(s, &k) {
			if inRel {
				types[name] = true
			} else {
				labels[name] = true
			}
		}
		i = k - 1
	}
	return Names{Labels: sortedKeys(labels), RelTypes: sortedKeys(types)}
}

// Undeclared returns a message for every label or relationship type in a
// Cypher text that the model does not declare.
func Undeclared(src string) []string {
	n := CypherNames(src)
	var out []string
	for _, l := range n.Labels {
		if !IsLabel(l) {
			out = append(out, fmt.Sprintf("label :%s is not declared in package schema", l))
		}
	}
	for _, t := range n.RelTypes {
		if !IsRelType(t) {
			out = append(out, fmt.Sprintf("relationship type :%s is not declared in package schema", t))
		}
	}
	return out
}

// labelExpr reads a label expression at s[*k:] (A, A:B, A|B, !A, A&B,
// `A b`) and returns its names, leaving *k after it.
func labelExpr(s string, k *int) []string {
	var names []string
	for *k < len(s) {
		for *k < len(s) && (s[*k] == ' ' || s[*k] == '!') {
			*k++
		}
		if *k >= len(s) {
			break
		}
		var name string
		if s[*k] == '`' {
			end := strings.IndexByte(s[*k+1:], '`')
			if end < 0 {
				return names
			}
			name = s[*k+1 : *k+1+end]
			*k += end + 2
		} else {
			st := *k
			for *k < len(s) && isIdent(rune(s[*k])) {
				*k++
			}
			name = s[st:*k]
		}
		if name != "" && !unicode.IsDigit(rune(name[0])) {
			names = append(names, name)
		}
		for *k < len(s) && s[*k] == ' ' {
			*k++
		}
		if *k < len(s) && (s[*k] == '|' || s[*k] == '&' || s[*k] == ':') {
			*k++
			continue
		}
		break
	}
	return names
}

func isIdent(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// stripCypher blanks string literals and comments, removes property maps
// ({key: value, ...}) and drops cypher-shell command lines, keeping patterns
// and subquery braces.
func stripCypher(src string) string {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), ":") {
			continue
		}
		lines = append(lines, l)
	}
	src = strings.Join(lines, "\n")
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(src) && src[j] != c {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			b.WriteString("''")
			i = j
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			b.WriteByte('\n')
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				i = len(src)
			} else {
				i += end + 3
			}
			b.WriteByte(' ')
		case c == '\n' || c == '\t' || c == '\r':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return removeMaps(b.String())
}

// removeMaps drops map literals: a "{" whose first token is "key:".
func removeMaps(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '{' && isMapStart(s[i+1:]) {
			depth := 0
			for ; i < len(s); i++ {
				if s[i] == '{' {
					depth++
				} else if s[i] == '}' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			b.WriteString("{}")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isMapStart(s string) bool {
	s = strings.TrimLeft(s, " ")
	if strings.HasPrefix(s, "}") {
		return true
	}
	i := 0
	if strings.HasPrefix(s, "`") {
		end := strings.IndexByte(s[1:], '`')
		if end < 0 {
			return false
		}
		i = end + 2
	} else {
		for i < len(s) && isIdent(rune(s[i])) {
			i++
		}
		if i == 0 {
			return false
		}
	}
	rest := strings.TrimLeft(s[i:], " ")
	return strings.HasPrefix(rest, ":")
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
