// name: events-in-range
// description: Events held between two dates, optionally only of some types, with their series, place and parties.
// param: from DATE = "1900-01-01" — first day (inclusive)
// param: to DATE = "2100-12-31" — last day (inclusive)
// param: types LIST<STRING> = [] — event types to keep (conference, forum, signing, ...); [] for all
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to AND (size($types) = 0 OR e.type IN $types)
OPTIONAL MATCH (e)-[:PART_OF]->(s:EventSeries)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
OPTIONAL MATCH (party)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e)
WITH e, s, place, party ORDER BY party.name
WITH e, s, collect(DISTINCT place.name) AS places, collect(DISTINCT party.name) AS parties
RETURN e.date AS date, e.id AS event, e.name AS name, e.type AS type,
       s.name AS series, e.ordinal AS ordinal, places, parties
ORDER BY date, event
