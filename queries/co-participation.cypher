// name: co-participation
// description: Co-participation network of organizations: pairs that took part in (or organized, or signed) the same events, with how many they shared.
// param: min_shared INTEGER = 1 — keep pairs that shared at least this many events
// param: limit INTEGER = 50 — most pairs to return
MATCH (a:Organization)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e:Event)<-[:PARTICIPATED_IN|ORGANIZED|SIGNED]-(b:Organization)
WHERE a.id < b.id
WITH a, b, e ORDER BY e.id
WITH a, b, collect(DISTINCT e.id) AS events
WHERE size(events) >= $min_shared
RETURN a.id AS org_a, a.name AS name_a, b.id AS org_b, b.name AS name_b,
       size(events) AS shared, events
ORDER BY shared DESC, name_a, name_b
LIMIT $limit
