// name: active-organizations
// description: The organizations most active in cooperation events: distinct events they took part in, organized, signed or cooperated at.
// param: kind STRING = "" — only organizations of this kind (news_agency, newspaper, broadcaster, ...); "" for all
// param: limit INTEGER = 20 — most organizations to return
MATCH (o:Organization)
WHERE $kind = "" OR o.kind = $kind
OPTIONAL MATCH (o)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e:Event)
WITH o, collect(DISTINCT e.id) AS direct
OPTIONAL MATCH (o)-[r:COOPERATES_WITH]-()
WITH o, direct, collect(DISTINCT r.event) AS coop, count(r) AS cooperations
WITH o, cooperations, [x IN direct + coop WHERE x <> ""] AS all_events
UNWIND (CASE WHEN all_events = [] THEN [null] ELSE all_events END) AS ev
WITH o, cooperations, collect(DISTINCT ev) AS events
WHERE size(events) > 0 OR cooperations > 0
OPTIONAL MATCH (o)-[:ORGANIZED]->(org:Event)
WITH o, cooperations, events, count(DISTINCT org) AS organized
OPTIONAL MATCH (o)-[:BASED_IN]->(home:Country)
RETURN o.id AS organization, o.name AS name, o.kind AS kind, home.iso3 AS country,
       size(events) AS events, organized, cooperations
ORDER BY events DESC, cooperations DESC, name
LIMIT $limit
