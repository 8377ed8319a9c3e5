// Package lexicon holds the declarative word lists that drive tagging and
// extraction: event trigger nouns with their types and modes, the phrases
// that introduce participants and organizers, relation trigger rules with
// their frames, confidences and CAMEO codes, cooperation topics, pair
// anaphors ("the two sides") and group nouns ("the four agencies"),
// person titles with the field words they name ("Minister of Culture"),
// organization head nouns, and given names and surnames that may start a
// person's name (data/person_names.yaml, derived from public-domain and
// CC0 name lists by scripts/person-names.py, and
// data/person_names_world.yaml, derived from Faker's MIT-licensed lists of
// the regions those cover least by scripts/person-names-world.py).
//
// The lists are readable YAML files embedded from data/, each with a
// header naming its source and licence; Load merges extra files in the same
// format (config nlp.triggers) so users extend them without rebuilding.
// Phrases are compiled into Matchers: tries over lower-cased tokens where
// the longest phrase wins. Load numbers the words of every phrase, after
// the words rules registered for their word sets (RegisterWords), in a
// WordIDs: a caller that hands Match the tokens' ids (Identified, as the
// tagger and the extractor do) is matched by comparing integers.
//
// Files:
//   - lexicon.go: Lexicon, the file format, Load and compile
//   - matcher.go: Matcher, Words, SplitPhrase, WordIDs, RegisterWords
//   - data/events.yaml, data/relations.yaml, data/topics.yaml,
//     data/names.yaml, data/person_names.yaml,
//     data/person_names_world.yaml: the embedded lexicons
package lexicon
