// name: event-neighbourhood
// description: Countries and organizations connected to an event within two hops over fact relationships (participation, cooperation, home country, series).
// param: event STRING — id of the Event
//
// Article relationships (REPORTS, MENTIONS, PUBLISHED_BY, SOURCED_FROM) are
// not followed: two entities mentioned by the same article are not
// connected by that alone. hops is the length of the shortest such path.
MATCH (e:Event {id: $event})
MATCH path = (e)-[:PARTICIPATED_IN|ORGANIZED|SIGNED|HELD_IN|COOPERATES_WITH|BASED_IN|PART_OF|NEXT_IN_SERIES|AGREED_ON|COMMITTED_TO*1..2]-(n)
WHERE n:Country OR n:Organization
WITH n, min(length(path)) AS hops
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, hops
ORDER BY hops, label, name
