// name: edge-provenance
// description: Why an edge exists: every relationship between two nodes with each article that states it, the sentence, rule and confidence.
// param: from STRING — id of one node (country:CHN, org:xinhua, event:...)
// param: to STRING — id of the other node
// param: type STRING = "" — only relationships of this type (COOPERATES_WITH, ...); "" for all
//
// Direction is ignored. One row per relationship and supporting article.
MATCH (x {id: $from})-[r]-(y {id: $to})
WHERE ($type = "" OR type(r) = $type) AND r.articles IS NOT NULL
UNWIND range(0, size(r.articles) - 1) AS i
OPTIONAL MATCH (art:Article {id: r.articles[i]})
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.event AS event,
       r.articles[i] AS article, art.title AS title, art.url AS url, art.published AS published,
       r.evidence[i] AS evidence, r.evidence_start[i] AS start, r.evidence_end[i] AS end,
       r.rules[i] AS rule, r.confidences[i] AS confidence
ORDER BY type, event, published, article
