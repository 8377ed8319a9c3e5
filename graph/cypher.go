package graph

import (
	"fmt"
	"strings"
	"sync"

	"github.com/mediakg/mediakg/schema"
)

// The loader's Cypher. Every statement is built here from schema
// declarations only (labels, types, property names); values always travel
// as parameters ($rows, $ids, ...). Statements are built once and cached.

var cypherCache sync.Map // string -> string

// planOnce keeps the server from re-planning the loader's statements while
// a load runs. Neo4j re-plans a cached query when the store's statistics
// have moved enough, which during a load from empty is every few seconds,
// and planning these statements costs far more CPU than running them on a
// batch. Their plans are index seeks whatever the statistics say, so the
// first plan stays right.
const planOnce = "CYPHER replan=skip\n"

func cached(key string, build func() string) string {
	if s, ok := cypherCache.Load(key); ok {
		return s.(string)
	}
	s := planOnce + build()
	cypherCache.Store(key, s)
	statementNames.Store(s, key)
	return s
}

// conv returns the Cypher expression converting parameter expr to property
// p's type: dates and date-times travel as ISO strings.
func conv(p schema.Property, expr string) string {
	switch p.Type {
	case "DATE":
		return "date(" + expr + ")"
	case "DATETIME":
		return "datetime(" + expr + ")"
	}
	return expr
}

func mustNode(l schema.Label) schema.Node {
	n, ok := schema.NodeByLabel(l)
	if !ok {
		panic(fmt.Sprintf("graph: label %s is not in the schema", l))
	}
	return n
}

// upsertNodeCypher merges nodes of label l by key and returns each row's
// key and the node's element id. New nodes get all row properties; existing
// ones get the properties they lack and the aliases they do not have yet
// (see plan/merge.go), and are not written at all when the row brings
// nothing new, so hub nodes (countries, agencies) are not locked by every
// article that mentions them.
//
// For labels with a confidence property (organizations), a row more
// confident than the node replaces its scalar properties: a gazetteer entry
// (confidence 1) overrides the name and kind that an article's metadata
// ("Xinhua" as a publisher, no confidence) or a pattern gave first, whatever
// the order the articles were loaded in.
func upsertNodeCypher(l schema.Label) string {
	return cached("node:"+string(l), func() string {
		n := mustNode(l)
		_, ranked := n.Property("confidence")
		var create, cond, set []string
		hasAliases := false
		for _, p := range n.Properties {
			if p.Name == n.Key {
				continue
			}
			if p.Name == "aliases" {
				hasAliases = true
				create = append(create, "n.aliases = row.aliases")
				continue
			}
			val := conv(p, "row."+p.Name)
			create = append(create, fmt.Sprintf("n.%s = %s", p.Name, val))
			cond = append(cond, fmt.Sprintf("(n.%s IS NULL AND row.%s IS NOT NULL)", p.Name, p.Name))
			if ranked {
				set = append(set, fmt.Sprintf("n.%s = CASE WHEN better THEN coalesce(%s, n.%s) ELSE coalesce(n.%s, %s) END",
					p.Name, val, p.Name, p.Name, val))
			} else {
				set = append(set, fmt.Sprintf("n.%s = coalesce(n.%s, %s)", p.Name, p.Name, val))
			}
		}
		if hasAliases {
			cond = append(cond, "any(a IN coalesce(row.aliases, []) WHERE NOT a IN coalesce(n.aliases, []))")
			set = append(set, "n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) AS a RETURN DISTINCT a ORDER BY a }")
		}
		var b strings.Builder
		fmt.Fprintf(&b, "UNWIND $rows AS row\nMERGE (n:%s {%s: row.%s})\n", l, n.Key, n.Key)
		if len(create) > 0 {
			fmt.Fprintf(&b, "ON CREATE SET %s\n", strings.Join(create, ", "))
		}
		if len(set) > 0 {
			if ranked {
				better := "coalesce(row.confidence, 0.0) > coalesce(n.confidence, 0.0)"
				cond = append(cond, "better")
				fmt.Fprintf(&b, "WITH n, row, %s AS better\n", better)
			}
			fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN %s THEN [1] ELSE [] END |\n  SET %s)\n", strings.Join(cond, " OR "), strings.Join(set, ", "))
		}
		b.WriteString("RETURN row.id AS id, elementId(n) AS eid")
		return b.String()
	})
}

// touchNodeCypher merges nodes of label l by key for a batch that only
// links to them (their rows add nothing to what the load has written): a
// missing node is created with the row's properties, an existing one is
// not written. It returns each row's key and the node's element id.
func touchNodeCypher(l schema.Label) string {
	return cached("touch:"+string(l), func() string {
		n := mustNode(l)
		var create []string
		for _, p := range n.Properties {
			if p.Name == n.Key {
				continue
			}
			create = append(create, fmt.Sprintf("n.%s = %s", p.Name, conv(p, "row."+p.Name)))
		}
		var b strings.Builder
		fmt.Fprintf(&b, "UNWIND $rows AS row\nMERGE (n:%s {%s: row.%s})\n", l, n.Key, n.Key)
		if len(create) > 0 {
			fmt.Fprintf(&b, "ON CREATE SET %s\n", strings.Join(create, ", "))
		}
		b.WriteString("RETURN row.id AS id, elementId(n) AS eid")
		return b.String()
	})
}

// upsertArticleCypher merges articles by id, overwrites every property (an
// article belongs to itself, and a re-ingested article replaces its old
// version), creates the Statements of the facts it states (row.statements:
// their properties) and returns each article's element id.
func upsertArticleCypher() string {
	return cached("article", func() string {
		n := mustNode(schema.Article)
		var set []string
		for _, p := range n.Properties {
			switch p.Name {
			case n.Key:
				continue
			case "ingested_at":
				set = append(set, "a.ingested_at = datetime()")
				continue
			}
			set = append(set, fmt.Sprintf("a.%s = %s", p.Name, conv(p, "row."+p.Name)))
		}
		return fmt.Sprintf("UNWIND $rows AS row\nMERGE (a:%s {id: row.id})\nSET %s\n"+
			"FOREACH (p IN row.statements | CREATE (a)-[:%s]->(:%s%s))\n"+
			"RETURN row.id AS id, elementId(a) AS eid",
			schema.Article, strings.Join(set, ", "), schema.States, schema.Statement, propMap(schema.Provenance, "p"))
	})
}

// createArticleCypher creates articles that are not in the graph (the
// planner knows: their ids are new to the graph and to the load), with
// the Statements of the facts they state, and returns each article's
// element id. It does what upsertArticleCypher does without looking the
// article up.
func createArticleCypher() string {
	return cached("articleNew", func() string {
		n := mustNode(schema.Article)
		kv := []string{"id: row.id"}
		for _, p := range n.Properties {
			switch p.Name {
			case n.Key:
				continue
			case "ingested_at":
				kv = append(kv, "ingested_at: datetime()")
				continue
			}
			kv = append(kv, fmt.Sprintf("%s: %s", p.Name, conv(p, "row."+p.Name)))
		}
		return fmt.Sprintf("UNWIND $rows AS row\nCREATE (a:%s {%s})\n"+
			"FOREACH (p IN row.statements | CREATE (a)-[:%s]->(:%s%s))\n"+
			"RETURN row.id AS id, elementId(a) AS eid",
			schema.Article, strings.Join(kv, ", "), schema.States, schema.Statement, propMap(schema.Provenance, "p"))
	})
}

// propMap returns the map literal that gives each of props the value of
// the same key of map expression m: {id: m.id, ...}. Created with it, an
// entity gets the properties that m holds and no others (null values are
// not stored); Neo4j writes it faster than SET x = m, which must remove
// the properties m lacks.
func propMap(props []schema.Property, m string) string {
	if len(props) == 0 {
		return ""
	}
	kv := make([]string, len(props))
	for i, p := range props {
		kv[i] = fmt.Sprintf("%s: %s.%s", p.Name, m, p.Name)
	}
	return " {" + strings.Join(kv, ", ") + "}"
}

// endpoints finds the two ends of a relationship row by the element ids
// the transaction's article and node statements returned: no index lookup,
// and whatever their labels.
const endpoints = "UNWIND $rows AS row\nMATCH (a) WHERE elementId(a) = row.src\nMATCH (b) WHERE elementId(b) = row.dst\n"

// rowCount ends a relationship statement: the transaction checks that
// every row found its endpoints.
const rowCount = "\nRETURN count(*) AS rows"

// linkCypher creates the per-article links of type t with the properties
// the schema declares for t, taken from the row. Links are created, not
// merged: an article's old links are deleted before its new version is
// written.
func linkCypher(t schema.RelType) string {
	return cached("link:"+string(t), func() string {
		decl, ok := schema.RelationshipByType(t)
		if !ok {
			panic(fmt.Sprintf("graph: %s is not in the schema", t))
		}
		return fmt.Sprintf("%sCREATE (a)-[:%s%s]->(b)%s", endpoints, t, propMap(decl.Properties, "row"), rowCount)
	})
}

// derivedCypher merges derived links (BASED_IN, PART_OF, UNIT_OF).
func derivedCypher(t schema.RelType) string {
	return cached("derived:"+string(t), func() string {
		return fmt.Sprintf("%sMERGE (a)-[:%s]->(b)%s", endpoints, t, rowCount)
	})
}

// factCypher merges the edge of each fact by its key. A row stands for
// row.n Statements of the fact in the batch (see factEdges): it adds n to
// the support, keeps the better summary of the edge's and the row's (more
// confident, then smaller article id), fills a missing CAMEO code and adds
// the row's topics. The Statements themselves are created with their
// articles (upsertArticleCypher).
func factCypher(t schema.RelType) string {
	return cached("fact:"+string(t), func() string {
		decl, ok := schema.RelationshipByType(t)
		if !ok || !decl.Extracted {
			panic(fmt.Sprintf("graph: %s is not an extracted relationship type", t))
		}
		create := factCreateSets(decl, "row.n", "row.topics")
		var b strings.Builder
		b.WriteString(endpoints)
		fmt.Fprintf(&b, "MERGE (a)-[r:%s {fact: row.fact}]->(b)\nON CREATE SET %s\nON MATCH SET r.support = r.support + row.n\n", t, strings.Join(create, ", "))
		b.WriteString(keepBestSummary)
		if declares(decl, "cameo") {
			b.WriteString(fillCameo)
		}
		if declares(decl, "topics") {
			b.WriteString("FOREACH (_ IN CASE WHEN any(x IN row.topics WHERE NOT x IN r.topics) THEN [1] ELSE [] END |\n" +
				"  SET r.topics = COLLECT { UNWIND r.topics + row.topics AS x RETURN DISTINCT x ORDER BY x })\n")
		}
		b.WriteString("WITH row" + rowCount)
		return b.String()
	})
}

// factCreateCypher creates the edge of each fact whose key the planner
// knows no edge holds yet (runState.markNewFacts): what factCypher does
// to a row it does not find, without the MERGE. A MERGE that creates a
// relationship locks both of its ends until the transaction commits, and
// the ends of fact edges are the hubs (countries, agencies) that every
// batch links to, so two writers merging fact edges run one after the
// other; a CREATE takes no such lock (the key's unique constraint still
// holds, and a key created twice fails the transaction).
func factCreateCypher(t schema.RelType) string {
	return cached("factNew:"+string(t), func() string {
		decl, ok := schema.RelationshipByType(t)
		if !ok || !decl.Extracted {
			panic(fmt.Sprintf("graph: %s is not an extracted relationship type", t))
		}
		var kv []string
		for _, set := range factCreateSets(decl, "row.n", "row.topics") {
			k, v, _ := strings.Cut(strings.TrimPrefix(set, "r."), " = ")
			kv = append(kv, k+": "+v)
		}
		return fmt.Sprintf("%sCREATE (a)-[:%s {fact: row.fact, %s}]->(b)%s", endpoints, t, strings.Join(kv, ", "), rowCount)
	})
}

// Replacement of a changed article, in the order the write transaction
// runs them.

// dropStatementsCypher deletes the Statements of articles $ids and returns
// the facts they supported, by type.
func dropStatementsCypher() string {
	return cached("dropStatements", func() string {
		return fmt.Sprintf("UNWIND $ids AS id\nMATCH (:%s {id: id})-[:%s]->(s:%s)\nWITH s, s.type AS type, s.fact AS fact\nDETACH DELETE s\nRETURN type, collect(DISTINCT fact) AS facts",
			schema.Article, schema.States, schema.Statement)
	})
}

// articleLinkTypes are the relationship types whose start node is an
// article and that the article owns.
func articleLinkTypes() string {
	return strings.Join([]string{string(schema.Mentions), string(schema.Reports), string(schema.PublishedBy), string(schema.SourcedFrom)}, "|")
}

// dropLinksCypher deletes the own links of articles $ids and returns the
// element ids of the nodes they pointed at (candidates for orphan removal)
// and the series of the events among them.
func dropLinksCypher() string {
	return cached("dropLinks", func() string {
		return fmt.Sprintf("UNWIND $ids AS id\nMATCH (:%s {id: id})-[r:%s]->(n)\nDELETE r\n"+
			"RETURN collect(DISTINCT elementId(n)) AS nodes, [s IN collect(DISTINCT n.series) WHERE s IS NOT NULL] AS series",
			schema.Article, articleLinkTypes())
	})
}

// refreshFactsCypher recomputes the summary of the edges of type t whose
// facts $facts lost a Statement, and deletes those left without any.
func refreshFactsCypher(t schema.RelType) []string {
	decl, _ := schema.RelationshipByType(t)
	hasTopics := false
	for _, p := range decl.Properties {
		if p.Name == "topics" {
			hasTopics = true
		}
	}
	del := cached("refreshDel:"+string(t), func() string {
		return fmt.Sprintf("UNWIND $facts AS f\nMATCH ()-[r:%s {fact: f}]->()\nWHERE NOT EXISTS { MATCH (:%s {fact: f}) }\nDELETE r", t, schema.Statement)
	})
	upd := cached("refreshUpd:"+string(t), func() string {
		topics := ""
		if hasTopics {
			topics = ", r.topics = COLLECT { UNWIND ss AS s WITH s WHERE s.topic IS NOT NULL RETURN DISTINCT s.topic AS x ORDER BY x }"
		}
		cameo := ""
		if declares(decl, "cameo") {
			cameo = ", r.cameo = head(COLLECT { UNWIND ss AS s WITH s WHERE s.cameo IS NOT NULL RETURN s.cameo AS x ORDER BY x })"
		}
		return fmt.Sprintf("UNWIND $facts AS f\nMATCH ()-[r:%s {fact: f}]->()\nMATCH (a:%s)-[:%s]->(s:%s {fact: f})\n"+
			"WITH r, s, a.id AS article ORDER BY s.confidence DESC, article\nWITH r, collect(s) AS ss, collect(article) AS arts\n"+
			"SET r.support = size(ss), r.confidence = ss[0].confidence, r.evidence = ss[0].evidence, r.article = arts[0], r.rule = ss[0].rule%s%s",
			t, schema.Article, schema.States, schema.Statement, topics, cameo)
	})
	return []string{del, upd}
}

// orphansCypher deletes the candidate nodes $nodes that no article links to
// any more and that no other node is based in, part of or a unit of, and
// returns the nodes those were based in, part of or units of (the next
// candidates) and the series of deleted events.
func orphansCypher() string {
	return cached("orphans", func() string {
		return fmt.Sprintf("UNWIND $nodes AS eid\nMATCH (n) WHERE elementId(n) = eid\n"+
			"AND NOT EXISTS { MATCH (:%s)-->(n) } AND NOT EXISTS { MATCH ()-[:%s|%s|%s]->(n) }\n"+
			"OPTIONAL MATCH (n)-[:%s|%s|%s]->(m)\n"+
			"WITH n, collect(DISTINCT elementId(m)) AS next, n.series AS series\nDETACH DELETE n\n"+
			"RETURN count(*) AS deleted, collect(next) AS next, collect(series) AS series",
			schema.Article, schema.BasedIn, schema.PartOf, schema.UnitOf, schema.BasedIn, schema.PartOf, schema.UnitOf)
	})
}

// seriesLockCypher takes the write locks of series $series, in id order,
// before anything of them is read: a transaction that rebuilds a series'
// chain waits for another doing the same, and then reads the members that
// one committed, so the last chain written has every member.
func seriesLockCypher() string {
	return cached("seriesLock", func() string {
		return fmt.Sprintf("UNWIND $series AS sid\nMATCH (s:%s {id: sid})\nSET s.events = s.events", schema.EventSeries)
	})
}

// seriesCountCypher writes the member count of series $series.
func seriesCountCypher() string {
	return cached("seriesCount", func() string {
		return fmt.Sprintf("UNWIND $series AS sid\nMATCH (s:%s {id: sid})\nSET s.events = COUNT { MATCH (s)<-[:%s]-(:%s) }",
			schema.EventSeries, schema.PartOf, schema.Event)
	})
}

// eventSeriesCypher returns the ids of the series that events $ids are
// part of (the membership seriesChainCypher reads).
func eventSeriesCypher() string {
	return cached("eventSeries", func() string {
		return fmt.Sprintf("UNWIND $ids AS id\nMATCH (:%s {id: id})-[:%s]->(s:%s)\nRETURN collect(DISTINCT s.id) AS series",
			schema.Event, schema.PartOf, schema.EventSeries)
	})
}

// seriesChainCypher rebuilds the NEXT_IN_SERIES chain of series $series:
// members with an ordinal, in ordinal order; wrong links are deleted, missing
// ones created.
func seriesChainCypher() string {
	return cached("seriesChain", func() string {
		return fmt.Sprintf(`UNWIND $series AS sid
MATCH (s:%[1]s {id: sid})
WITH s, COLLECT { MATCH (s)<-[:%[2]s]-(e:%[3]s) WHERE e.ordinal IS NOT NULL RETURN e ORDER BY e.ordinal, e.id } AS es
WITH s, [i IN range(0, size(es) - 2) WHERE es[i].ordinal <> es[i + 1].ordinal | [es[i], es[i + 1]]] AS pairs
CALL (s, pairs) {
  MATCH (s)<-[:%[2]s]-(x:%[3]s)-[n:%[4]s]->(y:%[3]s)
  WHERE NOT [x, y] IN pairs
  DELETE n
}
CALL (pairs) {
  UNWIND pairs AS p
  WITH p[0] AS a, p[1] AS b
  MERGE (a)-[n:%[4]s]->(b)
  WITH a, b, n, b.ordinal - a.ordinal AS og,
    CASE WHEN a.date IS NOT NULL AND b.date IS NOT NULL THEN duration.inDays(a.date, b.date).days END AS gd
  WHERE n.ordinal_gap IS NULL OR n.ordinal_gap <> og OR coalesce(n.gap_days, -1) <> coalesce(gd, -1)
  SET n.ordinal_gap = og, n.gap_days = gd
}
RETURN count(*) AS series`, schema.EventSeries, schema.PartOf, schema.Event, schema.NextInSeries)
	})
}

// existingFactsCypher returns the keys of $facts that an edge of type t
// holds (a seek in the type's unique fact index per key).
func existingFactsCypher(t schema.RelType) string {
	return cached("existingFacts:"+string(t), func() string {
		return fmt.Sprintf("UNWIND $facts AS f\nMATCH ()-[r:%s {fact: f}]->()\nRETURN f AS fact", t)
	})
}

// existingCypher returns the articles $ids that are in the graph, with
// their content hash and addresses.
func existingCypher() string {
	return cached("existing", func() string {
		return fmt.Sprintf("UNWIND $ids AS id\nMATCH (a:%s {id: id})\nRETURN a.id AS id, a.content_hash AS hash, a.url AS url, a.origin AS origin", schema.Article)
	})
}

// sizeCypher returns how many articles and events the graph holds (from
// the count store).
func sizeCypher() string {
	return cached("size", func() string {
		return fmt.Sprintf("CALL () { MATCH (a:%s) RETURN count(a) AS articles }\nCALL () { MATCH (e:%s) RETURN count(e) AS events }\nRETURN articles, events",
			schema.Article, schema.Event)
	})
}

// hashesCypher returns, for each content hash of $hashes held by an
// article in the graph, the (smallest) id of such an article.
func hashesCypher() string {
	return cached("hashes", func() string {
		return fmt.Sprintf("UNWIND $hashes AS h\nMATCH (a:%s {content_hash: h})\nRETURN h AS hash, min(a.id) AS id", schema.Article)
	})
}

// sourcesCypher returns the source hashes of $hashes that an article in
// the graph holds.
func sourcesCypher() string {
	return cached("sources", func() string {
		return fmt.Sprintf("UNWIND $hashes AS h\nMATCH (a:%s {source_hash: h})\nRETURN DISTINCT h AS hash", schema.Article)
	})
}

// eventCandidatesCypher returns, for each incoming event $events, whether
// its id exists and then its state (type, date, series, ordinal and the
// ids of its participants and organizers), else the events already in the
// graph it could merge into under the same-event rule (the final choice
// is plan.Best, in Go).
func eventCandidatesCypher() string {
	return cached("eventCandidates", func() string {
		return fmt.Sprintf(`UNWIND $events AS ev
OPTIONAL MATCH (x:%[1]s {id: ev.id})
WITH ev, x
RETURN ev.id AS id, x IS NOT NULL AS exists,
  CASE WHEN x IS NULL THEN null ELSE {id: x.id, type: x.type, date: toString(x.date), series: x.series, ordinal: x.ordinal,
    participants: COLLECT { MATCH (p)-[:%[2]s|%[3]s]->(x) RETURN DISTINCT p.id }} END AS info,
  CASE WHEN x IS NOT NULL OR ev.date IS NULL OR $window < 0 THEN [] ELSE COLLECT {
  MATCH (e:%[1]s)
  WHERE e.date >= date(ev.date) - duration({days: $window}) AND e.date <= date(ev.date) + duration({days: $window})
    AND e.type = ev.type
    AND EXISTS { MATCH (p)-[:%[2]s|%[3]s]->(e) WHERE p.id IN ev.participants }
  RETURN {id: e.id, type: e.type, date: toString(e.date), series: e.series, ordinal: e.ordinal,
          participants: COLLECT { MATCH (p)-[:%[2]s|%[3]s]->(e) RETURN DISTINCT p.id }}
} END AS candidates`, schema.Event, schema.ParticipatedIn, schema.Organized)
	})
}

// keepBestSummary makes the row's evidence, article and rule the fact
// edge r's summary when the row is more confident (ties go to the smaller
// article id, so the result does not depend on load order).
const keepBestSummary = "FOREACH (_ IN CASE WHEN row.confidence > r.confidence OR (row.confidence = r.confidence AND row.article < r.article) THEN [1] ELSE [] END |\n" +
	"  SET r.confidence = row.confidence, r.evidence = row.evidence, r.article = row.article, r.rule = row.rule)\n"

// fillCameo gives r the row's CAMEO code when it has none yet or the
// row's is smaller: an edge's code is the smallest of its Statements', so
// it does not depend on the order they were written in.
const fillCameo = "FOREACH (_ IN CASE WHEN row.cameo IS NOT NULL AND (r.cameo IS NULL OR row.cameo < r.cameo) THEN [1] ELSE [] END | SET r.cameo = row.cameo)\n"

// factCreateSets is the ON CREATE assignments of a fact edge r from the
// statement's row: support and topics are the Cypher expressions of their
// first values; event, cameo and topics are set only where the schema gives
// the type those properties.
func factCreateSets(decl schema.Relationship, support, topics string) []string {
	create := []string{"r.support = " + support, "r.confidence = row.confidence", "r.evidence = row.evidence",
		"r.article = row.article", "r.rule = row.rule"}
	if declares(decl, "event") {
		create = append(create, "r.event = coalesce(row.event, '')")
	}
	if declares(decl, "cameo") {
		create = append(create, "r.cameo = row.cameo")
	}
	if declares(decl, "topics") {
		create = append(create, "r.topics = "+topics)
	}
	return create
}

// declares reports whether relationship type decl has the property name.
func declares(decl schema.Relationship, name string) bool {
	for _, p := range decl.Properties {
		if p.Name == name {
			return true
		}
	}
	return false
}
