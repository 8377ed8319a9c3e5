// Package tag finds mentions in a segmented article: countries,
// organizations, persons and places; dates; ordinals and attendance
// quantities; event triggers and named events; person titles.
//
// Names known to the gazetteer are found over the windows of the body
// that can hold names: Latin-script aliases by walking a byte trie from
// each place a word starts (aliastrie.go), the others by an Aho-Corasick
// automaton (github.com/coregx/ahocorasick); every spelling a case rule
// allows is its own pattern, and of the matches at the leftmost free
// position the longest on word boundaries wins. Patterns over tokens then find names the
// gazetteer does not know: title + name ("Foreign Minister Wang Yi"),
// honorific + name, name + title or role apposition ("X, a senior
// official from ..."), holders listed after a plural title, bylines, and
// a run that starts with a given name or surname of the lexicon in a
// person's context, a run of name words with an initial inside ("Omar T.
// Felan"), lists of names after a cue ("included A, B and C");
// organizations by their head noun ("X News Agency", "Ministry of X"), by a
// prefix head ("Radio X", "Agenzia X"), next to an outlet noun ("the news
// agency X") or in apposition with one ("X, a media holding"), in a series
// of organizations ("such as A, B and C", "A (Kenya), B (Ghana)"), with
// the parent organization an organ's name names, after a media title's
// "of" ("editor of the Hill Star"); acronyms defined in the text
// ("Islamic Republic News Agency (IRNA)", "HMA (Hill Media Authority)"),
// with the name they spell ("Hill Service Media (HSM)"), known to the
// gazetteer, spelling an organization the article names in full, or joined
// by "and" to a known outlet. Capitals that act as
// their government ("Beijing and Moscow agreed") become Country mentions
// of lower confidence. Every mention carries the id of the rule that made
// it and a confidence.
//
// Mentions form layers: names never overlap each other (longest wins,
// then gazetteer over pattern); event names may contain names; dates,
// ordinals and quantities form their own layer.
//
// Files:
//   - tag.go:       Tagger, New, Apply, the document view and its per-token
//     pass (tokenFacts), overlap rules (settle)
//   - gazetteer.go: gazetteer matching, word boundaries, capital metonymy
//   - aliastrie.go: the trie of the Latin-script aliases
//   - wordtable.go: the table of the gate words and word ids that
//     tokenFacts reads, the words inline
//   - names.go:     name words and runs, titles and honorifics, the
//     lower-case and Title Case tests the name rules share
//   - persons.go:   persons by title, role, byline, given name, list, and
//     their later mentions
//   - orgheads.go:  organizations by their head noun, their parents and
//     where their spans end
//   - outlets.go:   organizations by the words around them (outlet nouns,
//     prefix heads, appositions, series and lists, media titles)
//   - acronyms.go:  acronyms defined, spelled and known
//   - orgforms.go:  brand, short and descriptive forms of organizations
//   - orgids.go:    entity tests, home countries, ids of unknown
//     organizations and state bodies
//   - channels.go:  channels of known broadcasters
//   - events.go:    named events, event triggers, ordinals, quantities
package tag
