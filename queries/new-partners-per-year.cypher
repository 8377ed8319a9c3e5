// name: new-partners-per-year
// description: New cooperation partners of a country (and its organizations) per year: partners first seen cooperating in that year.
// param: iso3 STRING = "CHN" — ISO 3166-1 alpha-3 code of the country
//
// The year of a COOPERATES_WITH is its event's year when the event has a
// date, else the year of the earliest article that states it (its
// Statements). Partners are
// counted at the country-or-organization level as in partners-of-country.
MATCH (c:Country {iso3: $iso3})
OPTIONAL MATCH (o:Organization)-[:BASED_IN]->(c)
WITH c, [c] + collect(o) AS sides
UNWIND sides AS side
MATCH (side)-[r:COOPERATES_WITH]-(p)
WHERE p <> c AND NOT (p)-[:BASED_IN]->(c)
OPTIONAL MATCH (e:Event {id: r.event})
OPTIONAL MATCH (art:Article)-[:STATES]->(:Statement {fact: r.fact})
WITH p, r, e, min(art.published) AS first_published
WITH p, min(coalesce(e.date.year, first_published.year)) AS first_year
WHERE first_year IS NOT NULL
WITH first_year, p ORDER BY p.name
RETURN first_year AS year, count(p) AS new_partners, collect(p.name) AS partners
ORDER BY year
