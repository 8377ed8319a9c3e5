// name: article-facts
// description: Everything one article states: each extracted fact with the sentence that says it, its byte offsets, rule and confidence.
// param: article STRING — id of the Article
// param: min_confidence FLOAT = 0.0 — leave out statements with lower confidence
//
// Each fact an article states is a Statement node, (:Article)-[:STATES]->
// (:Statement), sharing its `fact` key with the relationship it supports;
// the endpoints are found among the nodes the article MENTIONS.
MATCH (a:Article {id: $article})-[:STATES]->(s:Statement)
WHERE s.confidence >= $min_confidence
OPTIONAL MATCH (a)-[:MENTIONS]->(x)-[r]->(y)
WHERE r.fact = s.fact
RETURN s.type AS fact, x.id AS from, x.name AS from_name, y.id AS to, y.name AS to_name,
       nullIf(last(split(s.fact, "|")), "") AS event, s.evidence AS evidence, s.evidence_start AS start, s.evidence_end AS end,
       s.rule AS rule, s.confidence AS confidence
ORDER BY start, fact, from, to
