package schema

// WhyQuery answers "why is this edge here?" for any relationship, given its
// element id as $rel (Neo4j Browser shows it when the edge is selected). It
// returns one row per supporting statement, most confident first:
//
//   - extracted facts (COOPERATES_WITH, PARTICIPATED_IN, ...): one row per
//     article that states the fact, from its Statement (basis "statement");
//   - per-article links (REPORTS, MENTIONS, PUBLISHED_BY, SOURCED_FROM,
//     STATES): the article at the start of the edge and the evidence the
//     edge carries (basis "article");
//   - derived links (PART_OF, NEXT_IN_SERIES, BASED_IN, UNIT_OF): the node property
//     they were derived from (basis "derived").
//
// Columns: type, from, to, basis, article, url, evidence, start, end, rule,
// confidence, derived_from.
const WhyQuery = `MATCH (x)-[r]->(y) WHERE elementId(r) = $rel
OPTIONAL MATCH (a:Article)-[:STATES]->(s:Statement {fact: r.fact})
WITH x, r, y, a, s ORDER BY s.confidence DESC, a.id
RETURN type(r) AS type, x.id AS from, y.id AS to,
  CASE WHEN s IS NOT NULL THEN 'statement' WHEN x:Article THEN 'article' ELSE 'derived' END AS basis,
  CASE WHEN s IS NOT NULL THEN a.id WHEN x:Article THEN x.id END AS article,
  CASE WHEN s IS NOT NULL THEN a.url WHEN x:Article THEN x.url END AS url,
  coalesce(s.evidence, r.evidence, y.evidence) AS evidence,
  coalesce(s.evidence_start, r.evidence_start, y.evidence_start, r.first) AS start,
  coalesce(s.evidence_end, r.evidence_end, y.evidence_end) AS end,
  coalesce(s.rule, r.rule, y.rule) AS rule,
  coalesce(s.confidence, r.confidence, y.confidence) AS confidence,
  CASE type(r)
    WHEN 'PART_OF' THEN 'Event.series = ' + y.id
    WHEN 'NEXT_IN_SERIES' THEN 'ordinals ' + toString(x.ordinal) + ' -> ' + toString(y.ordinal) + ' in ' + x.series
    WHEN 'BASED_IN' THEN 'gazetteer: ' + x.id + ' home country ' + y.iso3
    WHEN 'UNIT_OF' THEN 'Organization.parent = ' + y.id
  END AS derived_from`
