// name: event-graph
// description: The graph around an event for Neo4j Browser's graph view: the event, its series, place and parties, and the cooperation among those parties.
// param: event STRING = "" — id of the Event; "" for every event of the series below
// param: series STRING = "series:china-russia-media-forum" — id of an EventSeries, used when event is ""
CALL {
  MATCH (e:Event {id: $event})
  RETURN e
  UNION
  MATCH (:EventSeries {id: $series})<-[:PART_OF]-(e:Event)
  WHERE $event = ""
  RETURN e
}
MATCH p1 = (party)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e)
OPTIONAL MATCH p2 = (e)-[:PART_OF|HELD_IN]->()
OPTIONAL MATCH p3 = (party)-[r:COOPERATES_WITH]-(other)-[:PARTICIPATED_IN|ORGANIZED|SIGNED]->(e)
WHERE r.event = e.id
RETURN p1, p2, p3
