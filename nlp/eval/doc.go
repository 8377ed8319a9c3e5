// Package eval measures what the NLP pipeline finds against the hand-made
// gold set in testdata/gold: precision, recall and F1 per entity type
// (Country, Organization, Person, Event), per relation type
// (COOPERATES_WITH, PARTICIPATED_IN, ...), and the accuracy of date values.
//
// The gold set stores annotations only, never article text: each article is
// keyed by its URL (or, for a plain-text file, its path under the corpus
// folder). docs/annotation.md is the annotation guide and states every
// matching rule the scorer applies; the rules are also summarised on Score.
//
// Files:
//   - gold.go:      the gold file format, Load/LoadDir, validation, derived relations
//   - normalize.go: name, date-text, topic and event-type normalisation
//   - score.go:     Score: aligning a Document with its gold article, counting
//   - report.go:    Report, Counts (P/R/F1), text and JSON rendering
//   - corpus.go:    which corpus file each gold article comes from, and keying
//     read articles back to their gold
//   - fromgold.go:  Article.Document, a gold article as a Document (for
//     self-agreement and tests)
package eval
