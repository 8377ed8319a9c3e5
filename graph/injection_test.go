package graph_test

import (
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// Cypher fragments, quotes, backticks, braces and parameter names, written
// for this test. Each carries the marker "zqx" so that it can be told apart
// from the loader's own Cypher.
var payloads = []string{
	`'}) MATCH (n) DETACH DELETE n // zqx1`,
	`"}) MATCH (n) DETACH DELETE n // zqx2`,
	"`Article`) SET n.title = 'pwned' RETURN `x` // zqx3",
	`$rows $ids {id: $param}} }) zqx4`,
	`CALL dbms.security.createUser('zqx', 'zqx-pw', false) zqx5`,
	`\'; MATCH (a:Article) DELETE a; // \" \u0027 zqx6`,
}

// docInjected is docA with every free-text field, and the article's id,
// replaced by payloads; its structure (entities, event, relations) is
// docA's.
func docInjected() *document.Document {
	sent1 := "Media of Ruritania and Freedonia held their 13th media conference " + payloads[0] + " " + payloads[4] + "."
	sent2 := "The agency RNA and Freedonia agreed to cooperate " + payloads[1] + " " + payloads[5] + "."
	body := sent1 + " " + sent2
	d := docA()
	d.Article.ID = "article:inject " + payloads[0]
	d.Article.Title = payloads[2] + " " + payloads[3]
	d.Article.URL = "https://example.org/a?q=" + payloads[1]
	d.Article.Publisher = payloads[3]
	d.Article.Authors = []string{payloads[4], payloads[5]}
	d.Article.Body = body
	d.Article.Origin = "test:inject"
	d.Article.ContentHash = "hash-inject-1"
	d.Entities[0].Mentions = []document.EntityMention{mention(body, "Ruritania")}
	d.Entities[1].Mentions = []document.EntityMention{mention(body, "Freedonia")}
	d.Entities[1].Aliases = []string{payloads[2]}
	d.Entities[2].Name = "Ruritanian `News` Agency " + payloads[0]
	d.Entities[2].Aliases = []string{"RNA", payloads[3]}
	d.Entities[2].Mentions = []document.EntityMention{mention(body, "RNA")}
	d.Events[0].Name = payloads[2]
	d.Events[0].Evidence = evidence(body, sent1)
	d.Relations[0].Evidence = evidence(body, sent1)
	d.Relations[1].Evidence = evidence(body, sent2)
	d.Relations[1].Topic = "translation " + payloads[3]
	return d
}

// TestInjectedTextIsStoredVerbatim loads an article whose title, URL,
// body, names and topics hold Cypher fragments next to another article, and
// checks that the graph holds the text verbatim and has exactly the nodes
// and relationships that the same article with plain text gives: nothing
// ran, nothing was deleted.
func TestInjectedTextIsStoredVerbatim(t *testing.T) {
	c := fresh(t)
	load(t, c, graph.LoadOptions{}, docC(), docA())
	want := counts(t, c)

	c = fresh(t)
	d := docInjected()
	st := load(t, c, graph.LoadOptions{}, docC(), d)
	if st.Added != 2 || st.Failed != 0 {
		t.Fatalf("load: %+v", st)
	}
	if got := counts(t, c); !reflect.DeepEqual(got, want) {
		t.Errorf("counts differ from the plain article's:\ngot  %+v\nwant %+v", got, want)
	}

	art := query(t, c, "MATCH (a:Article {id: $id}) RETURN a.title AS title, a.url AS url", map[string]any{"id": d.Article.ID})
	if len(art) != 1 {
		t.Fatalf("article %q: %d nodes", d.Article.ID, len(art))
	}
	if art[0]["title"] != d.Article.Title || art[0]["url"] != d.Article.URL {
		t.Errorf("article stored as %q %q,\nwant %q %q", art[0]["title"], art[0]["url"], d.Article.Title, d.Article.URL)
	}
	ev := query(t, c, "MATCH (:Article {id: $id})-[:"+string(schema.States)+"]->(s:Statement) RETURN s.evidence AS e ORDER BY e",
		map[string]any{"id": d.Article.ID})
	wantEv := map[string]bool{d.Relations[0].Evidence.Text: true, d.Relations[1].Evidence.Text: true}
	if len(ev) == 0 {
		t.Fatal("no Statements for the injected article")
	}
	seen := map[string]bool{}
	for _, r := range ev {
		e, _ := r["e"].(string)
		if !wantEv[e] {
			t.Errorf("Statement evidence %q is not one of the article's sentences", e)
		}
		seen[e] = true
	}
	for e := range wantEv {
		if !seen[e] {
			t.Errorf("no Statement holds the evidence %q", e)
		}
	}
	org := query(t, c, "MATCH (o:Organization {id: 'org:rna'}) RETURN o.name AS name, o.aliases AS aliases", nil)
	if len(org) != 1 || org[0]["name"] != d.Entities[2].Name {
		t.Errorf("organization stored as %v, want name %q", org, d.Entities[2].Name)
	}
	// The other article and its facts are untouched.
	if n := one(t, c, "MATCH (:Article {id: 'article:test-c'})-[r]->() RETURN count(r) AS n", nil); n == int64(0) {
		t.Error("the other article lost its links")
	}
	// A payload tried to create a user: the server has only its own.
	users := query(t, c, "SHOW USERS YIELD user RETURN user", nil)
	for _, u := range users {
		if u["user"] != "neo4j" {
			t.Errorf("unexpected user %v", u["user"])
		}
	}
}
