// name: quality-orphans
// description: Data quality: nodes with no relationship at all (left behind by withdrawn articles or partial loads); the schema's SchemaInfo node is not listed.
// param: limit INTEGER = 100 — most nodes to return
MATCH (n)
WHERE NOT (n)--() AND NOT n:SchemaInfo
RETURN labels(n) AS labels, coalesce(n.id, n.iso3, n.name) AS id, n.name AS name
ORDER BY id
LIMIT $limit
