// Package queries is mediakg's library of analyst questions: named, tested
// read-only Cypher queries kept as .cypher files, embedded in the binary and
// usable as-is in Neo4j Browser (or Neo4j's cypher-shell, where installed).
//
// Each file opens with a header of `//` comments (valid Cypher comments):
//
//	// name: partners-of-country
//	// description: Cooperation partners of a country, ranked by events.
//	// param: iso3 STRING = "CHN" — ISO 3166-1 alpha-3 code of the country
//	// param: limit INTEGER = 20 — most rows to return
//
// A parameter without a default is required. Types are STRING, INTEGER,
// FLOAT, BOOLEAN, DATE and LIST<STRING>; defaults are written as JSON
// literals (DATE as a quoted ISO 8601 day).
//
// Files:
//   - doc.go:     this map
//   - catalog.go: Query, Catalog, header parsing, the embedded library
//   - params.go:  parameter types, parsing --param values, binding and validation
//   - run.go:     running a saved query (read access) or arbitrary Cypher
//   - plan.go:    the EXPLAIN / PROFILE plan of a statement, as a table
//   - script.go:  splitting a Cypher script into statements (cypher --file)
//   - format.go:  writing a Result as table, JSON or CSV
//   - *.cypher:   the saved queries
//   - browser/:   Neo4j Browser style sheet, guide and the headless-Chromium test
package queries
