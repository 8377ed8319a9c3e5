// Package segment splits an article body into sentences and tokens, each a
// byte range into the body.
//
// Sentence boundaries follow the Punkt approach: a period ends a sentence
// unless it belongs to an abbreviation, and an abbreviation ends one only
// before a typical sentence starter. The abbreviation types and frequent
// sentence starters come from the Punkt English model shipped with
// github.com/neurosnap/sentences, extended by data/abbreviations.tsv
// (titles such as "Mr.", months such as "Oct.", number words such as
// "No."). The scan itself is a single pass over the tokens, several times
// faster than the module's tokenizer (see docs/extraction.md). Blank lines
// and datelines always end a sentence.
//
// Files:
//   - segment.go:   Segmenter, New, Apply, Segment, the word tokenizer
//   - sentences.go: sentence boundary decisions
//   - dateline.go:  FindDateline, the "BEIJING, Oct. 21 (Xinhua) --" lead
//   - data/abbreviations.tsv: abbreviations and their classes
package segment
