package queries

import "strings"

// Statement is one statement of a Cypher script and the line it starts on
// (from 1).
type Statement struct {
	Text string
	Line int
}

// SplitStatements splits a Cypher script (as cypher-shell -f reads it, or
// as `mediakg export --format cypher` writes it) into its statements: at
// every ";" outside a string, a `quoted name` and a comment. Pieces that
// hold only white space and comments are dropped; the text of a statement
// is kept as written, comments included, without the ";".
func SplitStatements(script string) []Statement {
	var out []Statement
	start, line, startLine := 0, 1, 1
	code := false // the current piece holds something besides comments
	emit := func(end int) {
		if code {
			out = append(out, Statement{Text: strings.TrimSpace(script[start:end]), Line: startLine})
		}
		code = false
	}
	for i := 0; i < len(script); i++ {
		c := script[i]
		switch {
		case c == '\n':
			line++
		case c == '/' && i+1 < len(script) && script[i+1] == '/':
			for i < len(script) && script[i] != '\n' {
				i++
			}
			if i < len(script) {
				line++
			}
		case c == '/' && i+1 < len(script) && script[i+1] == '*':
			i += 2
			for i < len(script) && !(script[i] == '*' && i+1 < len(script) && script[i+1] == '/') {
				if script[i] == '\n' {
					line++
				}
				i++
			}
			i++ // the closing "/"
		case c == '\'' || c == '"' || c == '`':
			if !code {
				startLine = line
			}
			code = true
			for i++; i < len(script) && script[i] != c; i++ {
				switch script[i] {
				case '\\':
					if c != '`' {
						i++
					}
				case '\n':
					line++
				}
			}
		case c == ';':
			emit(i)
			start = i + 1
		case c == ' ' || c == '\t' || c == '\r':
		default:
			if !code {
				startLine = line
			}
			code = true
		}
	}
	if start < len(script) {
		emit(len(script))
	}
	return out
}
