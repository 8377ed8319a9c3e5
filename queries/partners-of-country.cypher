// name: partners-of-country
// description: Cooperation partners of a country (and, by default, of its organizations), ranked by the number of events they cooperated at.
// param: iso3 STRING = "CHN" — ISO 3166-1 alpha-3 code of the country
// param: include_orgs BOOLEAN = true — also count cooperation of organizations based in the country
// param: limit INTEGER = 25 — most partners to return
//
// A partner is a country or organization joined by COOPERATES_WITH to the
// country (or one of its organizations), other than the country and its own
// organizations. events counts distinct events; statements counts
// COOPERATES_WITH relationships, including those stated outside any event.
MATCH (c:Country {iso3: $iso3})
OPTIONAL MATCH (o:Organization)-[:BASED_IN]->(c)
WITH c, [c] + CASE WHEN $include_orgs THEN collect(o) ELSE [] END AS sides
UNWIND sides AS side
MATCH (side)-[r:COOPERATES_WITH]-(p)
WHERE p <> c AND NOT (p)-[:BASED_IN]->(c)
OPTIONAL MATCH (p)-[:BASED_IN]->(pc:Country)
WITH p, coalesce(p.iso3, pc.iso3) AS partner_country, r ORDER BY r.event
WITH p, partner_country, count(r) AS statements, collect(DISTINCT r.event) AS evs
WITH p, partner_country, statements, [e IN evs WHERE e <> "" | e] AS event_ids
RETURN p.id AS partner, p.name AS name, labels(p)[0] AS label, partner_country,
       size(event_ids) AS events, statements, event_ids
ORDER BY events DESC, statements DESC, name
LIMIT $limit
