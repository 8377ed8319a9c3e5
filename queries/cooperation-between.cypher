// name: cooperation-between
// description: The COOPERATES_WITH facts between two parties, with the event, its type, ordinal and date, the topics, and the sentence of every article that states each fact.
// param: a STRING = "country:CHN" — id of one party (country:ISO3 or org:...)
// param: b STRING = "country:RUS" — id of the other party
//
// Direction is ignored. One row per fact and stating article, oldest event
// first (facts stated outside any event last), most confident statement
// first within a fact.
MATCH (x {id: $a})-[r:COOPERATES_WITH]-(y {id: $b})
OPTIONAL MATCH (e:Event {id: r.event})
MATCH (art:Article)-[:STATES]->(s:Statement {fact: r.fact})
RETURN x.name AS party_a, y.name AS party_b, r.event AS event, e.type AS event_type,
       e.ordinal AS ordinal, e.date AS date, r.topics AS topics,
       art.id AS article, art.title AS title, s.evidence AS evidence,
       s.rule AS rule, s.confidence AS confidence
ORDER BY e.date, r.event, s.confidence DESC, art.id
