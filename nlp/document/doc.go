// Package document holds the types that flow through mediakg's NLP pipeline:
// an Article as read from a page, and the Document that the later stages fill
// with sentences, tokens, mentions, entities, events and relations.
//
// Every span is a half-open byte range into Article.Body, so the text of a
// mention is always Body[Start:End]; nothing downstream keeps its own copy of
// the body. The package has no dependencies beyond the standard library and
// knows nothing of Neo4j; graph/ maps these types onto the schema.
//
// Files:
//   - article.go:  Article, Dateline, the reader's output; ArticleID, ContentHash
//   - document.go: Document, Sentence, Token, Mention, Entity, Event, Relation
//   - ids.go:      canonical id helpers (country:CHN, org:xinhua, ...)
package document
