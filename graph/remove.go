package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// ArticleRef names articles to find (for `mediakg remove`): by id, by
// address, or as an input read again.
type ArticleRef struct {
	// Arg is what the user gave, for messages.
	Arg string
	// ID is an article id.
	ID string
	// URL is an address: the articles read at it (url), else those whose
	// canonical link it is.
	URL string
	// Read is an article read from an input: the article loaded from the
	// same bytes (source hash), else with the same content (content hash),
	// else read at the same address, else with its id when that article
	// was read at the same address.
	Read *document.Article
}

// FoundArticle is an article in the graph.
type FoundArticle struct {
	ID, URL, Origin, Title string
}

// FindArticles returns, for each ref, the articles of the graph it names
// (none when it names none), sorted by id.
func FindArticles(ctx context.Context, c *Client, refs []ArticleRef) ([][]FoundArticle, error) {
	keys := map[string][]string{} // property -> values to look up
	add := func(prop, v string) {
		if v != "" {
			keys[prop] = append(keys[prop], v)
		}
	}
	for _, r := range refs {
		add("id", r.ID)
		add("url", r.URL)
		add("canonical_url", r.URL)
		if a := r.Read; a != nil {
			add("source_hash", a.SourceHash)
			add("content_hash", articleHash(a))
			add("url", a.URL)
			add("id", a.ID)
		}
	}
	found := map[string]map[string][]FoundArticle{} // property -> value -> articles
	_, err := c.retry(ctx, "find articles", func(int) error {
		sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeRead})
		defer sess.Close(context.Background())
		_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			found = map[string]map[string][]FoundArticle{}
			stmts := findArticlesCypher()
			for _, prop := range articleLookups {
				if len(keys[prop]) == 0 {
					continue
				}
				recs, err := runRead(ctx, tx, stmts[prop], map[string]any{"keys": keys[prop]}, new(timings))
				if err != nil {
					return nil, fmt.Errorf("find articles by %s: %w", prop, err)
				}
				m := map[string][]FoundArticle{}
				for _, r := range recs {
					v := r.AsMap()
					k := str(v["key"])
					m[k] = append(m[k], FoundArticle{ID: str(v["id"]), URL: str(v["url"]), Origin: str(v["origin"]), Title: str(v["title"])})
				}
				found[prop] = m
			}
			return nil, nil
		})
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([][]FoundArticle, len(refs))
	for i, r := range refs {
		var hits []FoundArticle
		switch {
		case r.ID != "":
			hits = found["id"][r.ID]
		case r.URL != "":
			hits = found["url"][r.URL]
			if len(hits) == 0 {
				hits = found["canonical_url"][r.URL]
			}
		case r.Read != nil:
			a := r.Read
			if a.SourceHash != "" {
				hits = found["source_hash"][a.SourceHash]
			}
			if len(hits) == 0 {
				hits = found["content_hash"][articleHash(a)]
			}
			if len(hits) == 0 && a.URL != "" {
				hits = found["url"][a.URL]
			}
			if len(hits) == 0 {
				for _, h := range found["id"][a.ID] {
					if storedAddress(h.URL, h.Origin) == address(a) {
						hits = append(hits, h)
					}
				}
			}
		}
		hits = append([]FoundArticle(nil), hits...)
		sort.Slice(hits, func(x, y int) bool { return hits[x].ID < hits[y].ID })
		out[i] = hits
	}
	return out, nil
}

// RemoveStats summarise a removal, from the server's counters.
type RemoveStats struct {
	Articles                  int
	NodesDeleted, RelsDeleted int
	PropsSet, Transactions    int
}

// removeBatch is how many articles one removal transaction deletes.
const removeBatch = 500

// Remove deletes the articles ids and what only they support: their
// Statements and links, the fact edges no other article states any more
// (the others keep their support count and summary, recomputed from the
// Statements left), and the nodes nothing links to any more; the chains
// of the event series they touched are rebuilt. What another article also
// states stays. Ids not in the graph are ignored. Each transaction removes
// up to 500 articles, all or nothing.
func Remove(ctx context.Context, c *Client, ids []string) (RemoveStats, error) {
	var st RemoveStats
	for len(ids) > 0 {
		n := min(len(ids), removeBatch)
		part := ids[:n]
		ids = ids[n:]
		b := &batch{replace: part, remove: true}
		var cnt counters
		_, err := c.retry(ctx, fmt.Sprintf("removal of %d articles", len(part)), func(int) error {
			sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeWrite})
			defer sess.Close(context.Background())
			var err error
			cnt, err = writeBatch(ctx, sess, b)
			return err
		})
		if err != nil {
			return st, fmt.Errorf("remove articles: %w", err)
		}
		st.Articles += cnt.articlesDeleted
		st.NodesDeleted += cnt.nodesDeleted
		st.RelsDeleted += cnt.relsDeleted
		st.PropsSet += cnt.propsSet
		st.Transactions += cnt.txs
	}
	return st, nil
}

// articleLookups are the Article properties FindArticles looks articles
// up by, each backed by an index (schema.Indexes).
var articleLookups = []string{"id", "url", "canonical_url", "source_hash", "content_hash"}

// findArticlesCypher returns, for each property of articleLookups, the
// statement that finds the articles whose property is one of $keys, with
// the key each matched.
func findArticlesCypher() map[string]string {
	out := make(map[string]string, len(articleLookups))
	for _, prop := range articleLookups {
		if _, ok := mustNode(schema.Article).Property(prop); !ok {
			panic("graph: Article has no property " + prop)
		}
		out[prop] = cached("find:"+prop, func() string {
			return fmt.Sprintf("UNWIND $keys AS k\nMATCH (a:%s {%s: k})\nRETURN k AS key, a.id AS id, a.url AS url, a.origin AS origin, a.title AS title", schema.Article, prop)
		})
	}
	return out
}

// deleteArticlesCypher deletes the Article nodes $ids (their Statements
// and links are gone already) and returns how many there were.
func deleteArticlesCypher() string {
	return cached("deleteArticles", func() string {
		return fmt.Sprintf("UNWIND $ids AS id\nMATCH (a:%s {id: id})\nDETACH DELETE a\nRETURN count(*) AS n", schema.Article)
	})
}
