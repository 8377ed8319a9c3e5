// Package reader is the first stage of mediakg's pipeline: it turns news
// pages — HTML, text scraped from pages, and JSONL dumps of either — into
// document.Article values: the article body as paragraphs, free of menus,
// share bars, related links, comments and ads, with title, publisher,
// publication time, dateline (place, date, agency), source agency,
// authors, editors, keywords and language.
//
// The body is found by general signals, not per-site rules: text and link
// density of each block, paragraph shape, the names that templates give
// their parts (class, id, role, itemprop), schema.org markup, repeated
// teaser cards. Metadata comes from og:/article: meta tags, JSON-LD,
// <time> elements, the canonical link, the URL, and visible stamps.
//
// Items streams many inputs (files, directories, JSONL) in order, with
// optional parallel parsing; ParseHTML and ParseText read one page,
// ParseWebPage one page with its HTTP Content-Type. All are
// safe for concurrent use.
//
// Files:
//   - reader.go:     Options, Items (files, directories, JSONL; workers)
//   - html.go:       ParseHTML: decode, parse, extract
//   - charset.go:    BOM, Content-Type and <meta charset>, decoding, bad bytes
//   - web.go:        ParseWebPage: a page fetched over HTTP (internal/fetch)
//   - dom.go:        the DOM flattened into elements and text blocks
//   - classify.go:   class/id words that mark chrome or the article body
//   - extract.go:    block scoring, container choice, paragraphs
//   - meta.go:       <meta>, JSON-LD, <time>, canonical, bylines
//   - article.go:    assembling the Article: title, publisher, dates, ids
//   - text.go:       ParseText: scraped plain text
//   - dateline.go:   wire datelines (Xinhua, TASS, AP, Reuters, ...)
//   - dates.go:      date formats, URL dates, visible stamps
//   - publishers.go: data/publishers.tsv, the outlets the reader knows
//   - eval.go:       EvalBodies, the article-extraction-benchmark metric
//   - evalmeta.go:   EvalMeta, title and date accuracy on gold records
package reader
