// Package tag finds mentions in a segmented article: countries,
// organizations, persons and places; dates; ordinals and attendance
// quantities; event triggers and named events; person titles.
//
// Names known to the gazetteer are found by one Aho-Corasick automaton
// (github.com/petar-dambovaliev/aho-corasick, leftmost-longest) over the
// body; every spelling a case rule allows is its own pattern, and a match
// counts only at word boundaries. Patterns over tokens then find names the
// gazetteer does not know: title + name ("Foreign Minister Wang Yi"),
// honorific + name, name + title apposition, bylines; organizations by
// their head noun ("X News Agency", "Ministry of X"); acronyms defined in
// the text ("Islamic Republic News Agency (IRNA)"). Capitals that act as
// their government ("Beijing and Moscow agreed") become Country mentions
// of lower confidence. Every mention carries the id of the rule that made
// it and a confidence.
//
// Mentions form layers: names never overlap each other (longest wins,
// then gazetteer over pattern); event names may contain names; dates,
// ordinals and quantities form their own layer.
//
// Files:
//   - tag.go:       Tagger, New, Apply, the document view, overlap rules
//   - gazetteer.go: gazetteer matching, word boundaries, capital metonymy
//   - names.go:     persons, pattern organizations, acronyms, known names
//   - events.go:    named events, event triggers, ordinals, quantities
package tag
