package graph

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
)

// TestCypherBuildersTakeOnlySchemaNames: every function of the package
// that builds Cypher (its name ends in "Cypher") takes nothing but schema
// labels and relationship types, so no input value can reach a statement's
// text; values travel as parameters.
func TestCypherBuildersTakeOnlySchemaNames(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	builders := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || !strings.HasSuffix(fn.Name.Name, "Cypher") {
				continue
			}
			builders++
			for _, p := range fn.Type.Params.List {
				sel, ok := p.Type.(*ast.SelectorExpr)
				pkg, _ := exprIdent(sel)
				if !ok || pkg != "schema" || (sel.Sel.Name != "Label" && sel.Sel.Name != "RelType") {
					t.Errorf("%s: %s takes a parameter of type %s; Cypher builders take only schema.Label and schema.RelType",
						fset.Position(fn.Pos()), fn.Name.Name, types(p.Type))
				}
			}
		}
	}
	if builders < 10 {
		t.Errorf("found only %d Cypher builders; did they move?", builders)
	}
}

func exprIdent(sel *ast.SelectorExpr) (string, bool) {
	if sel == nil {
		return "", false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", false
	}
	return id.Name, true
}

func types(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		p, _ := exprIdent(x)
		return p + "." + x.Sel.Name
	}
	return "a composite type"
}

// TestBatchStatementsCarryNoInput plans an article whose every text field
// holds a marker and checks that the marker reaches the statements' rows
// (parameters) and never a statement's text.
func TestBatchStatementsCarryNoInput(t *testing.T) {
	const marker = "zqx'}) MATCH (n) DETACH DELETE n //`$rows"
	body := "Ruritania and " + marker + " Agency met. They agreed " + marker + "."
	first := strings.Index(body, marker)
	doc := &document.Document{
		Article: document.Article{ID: "article:" + marker, Title: marker, URL: "https://example.org/" + marker, Publisher: marker,
			PublisherID: "org:" + marker, Body: body, Origin: "test", ContentHash: marker, Published: "2021-01-02", Authors: []string{marker}},
		Entities: []document.Entity{
			{ID: "country:RUR", Type: document.Country, Name: "Ruritania", Confidence: 1,
				Mentions: []document.EntityMention{{Text: "Ruritania", Start: 0, End: 9, Rule: "test"}}},
			{ID: "org:" + marker, Type: document.Organization, Name: marker + " Agency", Kind: document.KindNewsAgency, Country: "country:RUR",
				Confidence: 1, Aliases: []string{marker}, Mentions: []document.EntityMention{{Text: marker, Start: first, End: first + len(marker), Rule: "test"}}},
		},
		Relations: []document.Relation{{Type: document.CooperatesWith, From: "country:RUR", To: "org:" + marker, Topic: marker,
			Evidence: document.Evidence{Text: body, Start: 0, End: len(body)}, Rule: "test." + marker, Confidence: 0.5}},
	}
	a, err := plan.Build(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newBatch([]*plan.Article{a}, []string{a.ID})
	// Every statement a batch runs, with its rows, as write.go runs them.
	type stmt struct {
		kind, cypher string
		rows         []map[string]any
	}
	stmts := []stmt{{"articles", upsertArticleCypher(), b.articleRows}, {"new articles", createArticleCypher(), b.articleRows}}
	for _, g := range b.nodes {
		stmts = append(stmts, stmt{"nodes " + string(g.label), upsertNodeCypher(g.label), g.rows})
	}
	for _, gs := range [][]relGroup{b.derived, b.links, b.edges} {
		for i := range gs {
			g := &gs[i]
			stmts = append(stmts, stmt{g.kind + " " + string(g.t), relStatement(g, true), g.rows})
			if g.kind == "fact" {
				stmts = append(stmts, stmt{"new fact " + string(g.t), factCreateCypher(g.t), g.rows},
					stmt{"existing facts " + string(g.t), existingFactsCypher(g.t), nil})
			}
			for _, cy := range refreshFactsCypher(g.t) {
				stmts = append(stmts, stmt{"refresh " + string(g.t), cy, nil})
			}
		}
	}
	inRows := 0
	for _, st := range stmts {
		if strings.Contains(st.cypher, "zqx") {
			t.Errorf("statement %s has input in its text:\n%s", st.kind, st.cypher)
		}
		for _, row := range st.rows {
			if strings.Contains(fmtRow(row), "zqx") {
				inRows++
			}
		}
	}
	if inRows == 0 {
		t.Error("the marker reached no row: the test article lost its text")
	}
	for _, cy := range []string{dropStatementsCypher(), dropLinksCypher(), orphansCypher(), seriesLockCypher(), seriesChainCypher(), eventSeriesCypher(),
		existingCypher(), eventCandidatesCypher()} {
		if strings.Contains(cy, "zqx") {
			t.Errorf("statement has input in its text:\n%s", cy)
		}
	}
}

func fmtRow(row map[string]any) string {
	var b strings.Builder
	for k, v := range row {
		b.WriteString(k)
		b.WriteString("=")
		switch x := v.(type) {
		case string:
			b.WriteString(x)
		case []string:
			b.WriteString(strings.Join(x, ","))
		case map[string]any:
			b.WriteString(fmtRow(x))
		}
		b.WriteString(";")
	}
	return b.String()
}
