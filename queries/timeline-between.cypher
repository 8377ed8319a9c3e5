// name: timeline-between
// description: Timeline of the events at which two countries (or their organizations) met or cooperated, oldest first.
// param: a STRING = "CHN" — ISO 3166-1 alpha-3 code of the first country
// param: b STRING = "RUS" — ISO 3166-1 alpha-3 code of the second country
//
// An event counts when a party of each side took part in, organized or signed
// it, or when a COOPERATES_WITH between the two sides names it. A party of a
// side is the country itself or an organization BASED_IN it.
MATCH (ca:Country {iso3: $a}), (cb:Country {iso3: $b})
MATCH (e:Event)
WHERE (EXISTS { MATCH (ca)<-[:BASED_IN*0..1]-(x)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e) }
       AND EXISTS { MATCH (cb)<-[:BASED_IN*0..1]-(y)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e) })
   OR EXISTS { MATCH (ca)<-[:BASED_IN*0..1]-(x)-[r:COOPERATES_WITH]-(y)-[:BASED_IN*0..1]->(cb) WHERE r.event = e.id }
OPTIONAL MATCH (party)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e)
WHERE party:Country OR party:Organization
WITH e, party ORDER BY party.name
WITH e, collect(DISTINCT party.name) AS parties
RETURN e.date AS date, coalesce(e.date_text, "") AS date_text, e.id AS event, e.name AS name,
       e.type AS type, e.ordinal AS ordinal, parties
ORDER BY e.date, e.date_text, e.id
