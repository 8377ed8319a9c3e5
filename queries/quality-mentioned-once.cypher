// name: quality-mentioned-once
// description: Data quality: entities mentioned exactly once in the whole corpus (typos, mis-tags and one-off names show up here).
// param: label STRING = "" — only nodes with this label (Country, Organization, Person, Place, Topic); "" for all
MATCH (n)<-[m:MENTIONS]-(:Article)
WHERE ($label = "" OR $label IN labels(n)) AND NOT n:Event
WITH n, sum(m.count) AS mentions, collect(m) AS ms
WHERE mentions = 1
RETURN labels(n)[0] AS label, n.id AS id, n.name AS name, ms[0].texts AS texts
ORDER BY label, id
