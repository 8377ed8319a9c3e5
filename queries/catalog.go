package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// Query is one saved query: its header and its Cypher text.
type Query struct {
	Name        string
	Description string
	Params      []Param
	// File is the .cypher file it was read from.
	File string
	// Source is the whole file, header included, as cypher-shell or Browser
	// would run it.
	Source string
}

// Param returns the declaration of parameter name.
func (q *Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// Signature is the query's name followed by its parameters, as `query list`
// shows it: "partners-of-country iso3:STRING=\"CHN\" limit:INTEGER=20".
func (q *Query) Signature() string {
	parts := []string{q.Name}
	for _, p := range q.Params {
		parts = append(parts, p.String())
	}
	return strings.Join(parts, " ")
}

// Catalog is a set of queries ordered by name.
type Catalog struct {
	queries []*Query
}

// All returns the queries ordered by name.
func (c *Catalog) All() []*Query { return c.queries }

// Names returns the query names in order.
func (c *Catalog) Names() []string {
	names := make([]string, len(c.queries))
	for i, q := range c.queries {
		names[i] = q.Name
	}
	return names
}

// Get returns the query called name, or an *UnknownQueryError listing the
// valid names.
func (c *Catalog) Get(name string) (*Query, error) {
	for _, q := range c.queries {
		if q.Name == name {
			return q, nil
		}
	}
	return nil, &UnknownQueryError{Name: name, Valid: c.Names()}
}

// UnknownQueryError reports a query name that the catalogue does not hold.
type UnknownQueryError struct {
	Name  string
	Valid []string
}

func (e *UnknownQueryError) Error() string {
	return fmt.Sprintf("unknown query %q; valid queries: %s", e.Name, strings.Join(e.Valid, ", "))
}

// Library returns the catalogue of the embedded .cypher files. The files are
// checked by the package tests, so an error here means a broken build.
func Library() (*Catalog, error) { return Load(files) }

// Load parses every *.cypher file at the top of fsys.
func Load(fsys fs.FS) (*Catalog, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, err
	}
	c := &Catalog{}
	seen := map[string]string{}
	for _, file := range names {
		raw, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", file, err)
		}
		q, err := Parse(file, string(raw))
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[q.Name]; dup {
			return nil, fmt.Errorf("%s: query name %q already used by %s", file, q.Name, prev)
		}
		seen[q.Name] = file
		c.queries = append(c.queries, q)
	}
	sort.Slice(c.queries, func(i, j int) bool { return c.queries[i].Name < c.queries[j].Name })
	return c, nil
}

var (
	nameRE  = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	paramRE = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)\s+(STRING|INTEGER|FLOAT|BOOLEAN|DATE|LIST<STRING>)(?:\s*=\s*(.*?))?(?:\s+(?:—|--)\s+(.*))?$`)
	useRE   = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
)

// Parse reads a query from the text of a .cypher file. The header is the run
// of `//` comment lines at the top; it must give a name and a description,
// and declare every $parameter the body uses (and no other).
func Parse(file, src string) (*Query, error) {
	q := &Query{File: file, Source: src}
	lines := strings.Split(src, "\n")
	body := 0
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "//") {
			body = i
			break
		}
		body = i + 1
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(t, "//")), ":")
		if !ok {
			continue // free text of the header
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", file, i+1, err)
			}
			if _, dup := q.Param(p.Name); dup {
				return nil, fmt.Errorf("%s:%d: parameter %s declared twice", file, i+1, p.Name)
			}
			q.Params = append(q.Params, p)
		}
	}
	switch {
	case q.Name == "":
		return nil, fmt.Errorf("%s: header has no `// name:` line", file)
	case !nameRE.MatchString(q.Name):
		return nil, fmt.Errorf("%s: query name %q: use lower-case letters, digits and hyphens", file, q.Name)
	case q.Description == "":
		return nil, fmt.Errorf("%s: header has no `// description:` line", file)
	case strings.TrimSuffix(path.Base(file), ".cypher") != q.Name && file != "":
		return nil, fmt.Errorf("%s: file name does not match query name %q", file, q.Name)
	}
	text := strings.Join(lines[body:], "\n")
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%s: no Cypher after the header", file)
	}
	used := map[string]bool{}
	for _, m := range useRE.FindAllStringSubmatch(stripComments(text), -1) {
		used[m[1]] = true
		if _, ok := q.Param(m[1]); !ok {
			return nil, fmt.Errorf("%s: $%s is used but not declared in the header", file, m[1])
		}
	}
	for _, p := range q.Params {
		if !used[p.Name] {
			return nil, fmt.Errorf("%s: parameter %s is declared but never used", file, p.Name)
		}
	}
	return q, nil
}

func parseParam(s string) (Param, error) {
	m := paramRE.FindStringSubmatch(s)
	if m == nil {
		return Param{}, fmt.Errorf("bad param line %q: want `NAME TYPE [= DEFAULT] [— description]` with TYPE one of %s",
			s, strings.Join(TypeNames(), ", "))
	}
	p := Param{Name: m[1], Type: Type(m[2]), Description: strings.TrimSpace(m[4])}
	if def := strings.TrimSpace(m[3]); def != "" {
		v, err := p.Type.parseDefault(def)
		if err != nil {
			return Param{}, fmt.Errorf("parameter %s: default %s: %w", p.Name, def, err)
		}
		p.Default = v
		p.DefaultText = def
		p.HasDefault = true
	}
	return p, nil
}

// stripComments removes // comments that stand outside string literals.
func stripComments(s string) string {
	var b strings.Builder
	var quote byte
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == '\\' && i+1 < len(s) {
				b.WriteByte(ch)
				i++
				ch = s[i]
			} else if ch == quote {
				quote = 0
			}
		case ch == '"' || ch == '\'':
			quote = ch
		case ch == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			if i < len(s) {
				b.WriteByte('\n')
			}
			continue
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// Body returns the Cypher after the header.
func (q *Query) Body() string {
	lines := strings.Split(q.Source, "\n")
	for i, line := range lines {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			return strings.TrimSpace(strings.Join(lines[i:], "\n"))
		}
	}
	return ""
}
