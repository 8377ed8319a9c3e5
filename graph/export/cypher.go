package export

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// ScriptName is the file a Cypher export writes.
const ScriptName = "mediakg.cypher"

// cypherSink writes a script that `mediakg cypher --write --file FILE`,
// cypher-shell (cypher-shell -f FILE) or Neo4j Browser can run: the schema's DDL, then nodes, then relationships,
// as UNWIND statements over literal rows, each ending with ";" and a
// newline. Statements MERGE on keys, so running the script twice changes
// nothing. Node and relationship statements go to two part files that are
// joined at the end, so the script never references a node before it
// exists.
type cypherSink struct {
	dir     string
	rows    int
	nodes   *part
	rels    *part
	nodeBuf map[schema.Label][]string
	// stmtBuf holds Statement rows: a Statement has no key, it is merged
	// from its article (after every node is written).
	stmtBuf    []string
	relBuf     map[relGroup][]string
	statements int
}

type relGroup struct {
	t        schema.RelType
	from, to schema.Label
}

type part struct {
	path string
	f    *os.File
	w    *bufio.Writer
}

func newPart(path string) (*part, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return &part{path: path, f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func newCypherSink(dir string, rows int) (*cypherSink, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	n, err := newPart(filepath.Join(dir, ".nodes.part"))
	if err != nil {
		return nil, err
	}
	r, err := newPart(filepath.Join(dir, ".rels.part"))
	if err != nil {
		return nil, err
	}
	return &cypherSink{dir: dir, rows: rows, nodes: n, rels: r, nodeBuf: map[schema.Label][]string{}, relBuf: map[relGroup][]string{}}, nil
}

func mapLiteral(props map[string]any, decl []schema.Property) string {
	parts := make([]string, 0, len(decl))
	for _, p := range decl {
		v, ok := props[p.Name]
		if !ok || v == nil {
			continue
		}
		parts = append(parts, p.Name+": "+cypherLiteral(v, p.Type))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func (s *cypherSink) node(l schema.Label, props map[string]any) error {
	if l == schema.Statement {
		article, _ := props["article"].(string)
		s.stmtBuf = append(s.stmtBuf, "{article: "+quoteCypher(article)+", props: "+mapLiteral(props, nodeProps(l))+"}")
		if len(s.stmtBuf) >= s.rows {
			return s.flushStatements()
		}
		return nil
	}
	s.nodeBuf[l] = append(s.nodeBuf[l], mapLiteral(props, nodeProps(l)))
	if len(s.nodeBuf[l]) >= s.rows {
		return s.flushNodes(l)
	}
	return nil
}

func (s *cypherSink) flushNodes(l schema.Label) error {
	rows := s.nodeBuf[l]
	if len(rows) == 0 {
		return nil
	}
	s.nodeBuf[l] = nil
	key := schema.KeyProperty(l)
	s.statements++
	_, err := fmt.Fprintf(s.nodes.w, "UNWIND [%s] AS row MERGE (n:%s {%s: row.%s}) SET n += row;\n", strings.Join(rows, ", "), l, key, key)
	return err
}

// flushStatements writes the buffered Statements, each merged with its
// STATES link from its article by fact.
func (s *cypherSink) flushStatements() error {
	if len(s.stmtBuf) == 0 {
		return nil
	}
	rows := s.stmtBuf
	s.stmtBuf = nil
	s.statements++
	_, err := fmt.Fprintf(s.rels.w, "UNWIND [%s] AS row MATCH (a:%s {id: row.article}) MERGE (a)-[:%s]->(s:%s {fact: row.props.fact}) SET s += row.props;\n",
		strings.Join(rows, ", "), schema.Article, schema.States, schema.Statement)
	return err
}

func (s *cypherSink) rel(t schema.RelType, from, to plan.Ref, props map[string]any) error {
	if t == schema.States {
		return nil // written with the Statement (flushStatements)
	}
	g := relGroup{t, from.Label, to.Label}
	row := "{from: " + quoteCypher(from.Key()) + ", to: " + quoteCypher(to.Key()) + ", props: " + mapLiteral(props, relProps(t)) + "}"
	s.relBuf[g] = append(s.relBuf[g], row)
	if len(s.relBuf[g]) >= s.rows {
		return s.flushRels(g)
	}
	return nil
}

func (s *cypherSink) flushRels(g relGroup) error {
	rows := s.relBuf[g]
	if len(rows) == 0 {
		return nil
	}
	s.relBuf[g] = nil
	decl, _ := schema.RelationshipByType(g.t)
	merge := fmt.Sprintf("(a)-[r:%s]->(b)", g.t)
	if decl.Extracted {
		merge = fmt.Sprintf("(a)-[r:%s {fact: row.props.fact}]->(b)", g.t)
	}
	s.statements++
	_, err := fmt.Fprintf(s.rels.w, "UNWIND [%s] AS row MATCH (a:%s {%s: row.from}) MATCH (b:%s {%s: row.to}) MERGE %s SET r += row.props;\n",
		strings.Join(rows, ", "), g.from, schema.KeyProperty(g.from), g.to, schema.KeyProperty(g.to), merge)
	return err
}

func (s *cypherSink) close() ([]string, []string, error) {
	defer os.Remove(s.nodes.path)
	defer os.Remove(s.rels.path)
	labels := make([]schema.Label, 0, len(s.nodeBuf))
	for l := range s.nodeBuf {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i] < labels[j] })
	for _, l := range labels {
		if err := s.flushNodes(l); err != nil {
			return nil, nil, err
		}
	}
	groups := make([]relGroup, 0, len(s.relBuf))
	for g := range s.relBuf {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		return string(a.t)+string(a.from)+string(a.to) < string(b.t)+string(b.from)+string(b.to)
	})
	for _, g := range groups {
		if err := s.flushRels(g); err != nil {
			return nil, nil, err
		}
	}
	if err := s.flushStatements(); err != nil {
		return nil, nil, err
	}
	for _, p := range []*part{s.nodes, s.rels} {
		if err := p.w.Flush(); err != nil {
			return nil, nil, fmt.Errorf("export: %w", err)
		}
		if _, err := p.f.Seek(0, io.SeekStart); err != nil {
			return nil, nil, fmt.Errorf("export: %w", err)
		}
	}
	out, err := os.Create(filepath.Join(s.dir, ScriptName))
	if err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	w := bufio.NewWriterSize(out, 1<<16)
	fmt.Fprintf(w, "// mediakg graph, schema v%d. Run: mediakg cypher --write --file %s (or cypher-shell -f %s), into an empty database or one loaded the same way.\n", schema.Version, ScriptName, ScriptName)
	for _, ix := range schema.Indexes() {
		fmt.Fprintf(w, "%s;\n", ix.DDL())
	}
	fmt.Fprintf(w, "CALL db.awaitIndexes(600);\n")
	for _, p := range []*part{s.nodes, s.rels} {
		if _, err := io.Copy(w, p.f); err != nil {
			return nil, nil, fmt.Errorf("export: %w", err)
		}
		p.f.Close()
	}
	fmt.Fprintf(w, "MERGE (s:%s {name: 'mediakg'}) SET s.version = %d, s.applied_at = datetime();\n", schema.SchemaInfo, schema.Version)
	if err := w.Flush(); err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	if err := out.Close(); err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	return []string{ScriptName}, nil, nil
}
