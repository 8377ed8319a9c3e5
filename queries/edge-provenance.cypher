// name: edge-provenance
// description: Why an edge exists: every extracted relationship between two nodes with each article that states it, the sentence, rule and confidence.
// param: from STRING — id of one node (country:CHN, org:xinhua, event:...)
// param: to STRING — id of the other node
// param: type STRING = "" — only relationships of this type (COOPERATES_WITH, ...); "" for all
//
// Direction is ignored. One row per relationship and supporting Statement,
// most confident first; support is the number of articles behind the edge;
// event is null for a fact stated outside any event. The nodes are found
// by id through the id index of each label an extracted fact joins.
MATCH (x:Country|Organization|Person|Event|EventSeries|Place|Topic {id: $from})-[r]-(y:Country|Organization|Person|Event|EventSeries|Place|Topic {id: $to})
WHERE ($type = "" OR type(r) = $type) AND r.fact IS NOT NULL
MATCH (art:Article)-[:STATES]->(s:Statement {fact: r.fact})
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, nullIf(r.event, "") AS event, r.support AS support,
       art.id AS article, art.title AS title, art.url AS url, art.published AS published,
       s.evidence AS evidence, s.evidence_start AS start, s.evidence_end AS end,
       s.rule AS rule, s.confidence AS confidence
ORDER BY type, event, confidence DESC, article
