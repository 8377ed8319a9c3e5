// name: quality-events-without-date
// description: Data quality: events that have no date, with the articles that report them.
MATCH (e:Event)
WHERE e.date IS NULL
OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
WITH e, a ORDER BY a.id
RETURN e.id AS event, e.name AS name, e.type AS type, e.date_text AS date_text, collect(a.id) AS articles
ORDER BY event
