// Package gazetteer holds the named entities mediakg knows by name:
// countries, organizations, places and persons, each with a canonical id
// and the aliases the tagger looks for.
//
// Countries come from github.com/pariz/gountries (ISO 3166-1 alpha-3 ids,
// common and official names, capitals, Chinese and Russian names), extended
// by data/countries.yaml (demonyms, abbreviations, current names). The
// media outlets, government bodies and international organizations of the
// domain are in data/organizations.yaml, cities in data/places.yaml and
// often-named persons in data/persons.yaml. Four files are generated from
// maintained data sets by internal/tools/gazgen (docs/gazetteer.md):
// data/state_media.yaml (state-affiliated media of the world),
// data/news_media.yaml (notable newspapers with Wikidata ids),
// data/broadcasters.yaml (news television channels) and
// data/cities.yaml (large cities, capitals' spellings, Wikidata ids of
// places and countries). Users extend all of them without rebuilding: Load
// takes extra files in the same format (config nlp.gazetteers).
//
// Files:
//   - gazetteer.go:       Entry, Alias, Form, Case, Load and the builder
//   - data/*.yaml:        the embedded data files, each with its source and licence
//   - invariants_test.go: what every data file must keep
package gazetteer
