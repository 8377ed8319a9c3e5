// name: article-facts
// description: Everything one article states: each extracted fact with the sentence that says it, its byte offsets, rule and confidence.
// param: article STRING — id of the Article
// param: min_confidence FLOAT = 0.0 — leave out facts the article states with lower confidence
//
// Extracted relationships keep parallel provenance lists (articles,
// evidence, evidence_start, evidence_end, rules, confidences); i is this
// article's position in them.
MATCH (a:Article {id: $article})
MATCH (x)-[r]->(y)
WHERE $article IN r.articles
WITH a, x, r, y, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] = $article][0] AS i
WHERE r.confidences[i] >= $min_confidence
RETURN type(r) AS fact, x.id AS from, coalesce(x.name, x.title) AS from_name,
       y.id AS to, coalesce(y.name, y.title) AS to_name, r.event AS event,
       r.evidence[i] AS evidence, r.evidence_start[i] AS start, r.evidence_end[i] AS end,
       r.rules[i] AS rule, r.confidences[i] AS confidence
ORDER BY start, fact, from, to
