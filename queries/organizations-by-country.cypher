// name: organizations-by-country
// description: Organizations by home country and kind, with the organization each organ is a unit of.
// param: iso3 STRING = "" — only organizations based in this country; "" for all
// param: kind STRING = "" — only organizations of this kind; "" for all
MATCH (o:Organization)
WHERE $kind = "" OR o.kind = $kind
OPTIONAL MATCH (o)-[:BASED_IN]->(c:Country)
WITH o, c
WHERE $iso3 = "" OR c.iso3 = $iso3
OPTIONAL MATCH (o)-[:UNIT_OF]->(p:Organization)
RETURN c.iso3 AS country, c.name AS country_name, o.kind AS kind, o.id AS organization, o.name AS name, p.name AS unit_of
ORDER BY country, kind, name
