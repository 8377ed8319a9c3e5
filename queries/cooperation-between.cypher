// name: cooperation-between
// description: The COOPERATES_WITH facts between two parties, with the event, its type, ordinal and date, the topics, and the sentence of every article that states each fact.
// param: a STRING = "country:CHN" — id of one party (country:ISO3 or org:...)
// param: b STRING = "country:RUS" — id of the other party
// param: article STRING = "" — only the statements of this Article (its id); "" for every article
//
// Direction is ignored. One row per fact and stating article, oldest event
// first (facts stated outside any event last, with event null), most
// confident statement first within a fact. The parties are found by their
// id through the Country and Organization id indexes.
MATCH (x:Country|Organization {id: $a})-[r:COOPERATES_WITH]-(y:Country|Organization {id: $b})
OPTIONAL MATCH (e:Event {id: r.event})
MATCH (art:Article)-[:STATES]->(s:Statement {fact: r.fact})
WHERE $article = "" OR art.id = $article
RETURN x.name AS party_a, y.name AS party_b, nullIf(r.event, "") AS event, e.type AS event_type,
       e.ordinal AS ordinal, e.date AS date, r.topics AS topics,
       art.id AS article, art.title AS title, s.evidence AS evidence,
       s.rule AS rule, s.confidence AS confidence
ORDER BY e.date, r.event, s.confidence DESC, art.id
