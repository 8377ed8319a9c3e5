package document

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

// Article is what the reader hands to the rest of the pipeline: the page's
// metadata and the article body as plain text, paragraphs separated by "\n\n".
type Article struct {
	// ID is stable for the same page across runs: derived from the
	// canonical URL when the page names one (so one article read at two
	// addresses is one article), else from the address it was read at
	// (an http or https URL), else from the input's own id, line or file
	// name (docs/output-format.md, "Article identity").
	ID string `json:"id"`
	// URL is the address the caller gave: the page's URL after redirects,
	// the JSONL record's url, or a file: URL of the file read.
	URL string `json:"url,omitempty"`
	// CanonicalURL is the page's own canonical address (rel=canonical,
	// og:url or schema.org url), resolved against URL; often another
	// domain than URL (a syndicated copy, a national edition).
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Title is the headline, without the site name.
	Title string `json:"title,omitempty"`
	// Publisher is the outlet that published the page ("People's Daily").
	Publisher string `json:"publisher,omitempty"`
	// PublisherID is the publisher's canonical organization id when known.
	PublisherID string `json:"publisher_id,omitempty"`
	// Source is the agency the text comes from ("Xinhua"), from the dateline
	// or a credit line; empty when the publisher wrote it.
	Source string `json:"source,omitempty"`
	// SourceID is the source agency's canonical organization id when known.
	SourceID string    `json:"source_id,omitempty"`
	Dateline *Dateline `json:"dateline,omitempty"`
	// Published is the publication time in ISO 8601: a date ("2020-10-22") or
	// a date-time with offset ("2020-10-22T11:45:00+08:00").
	Published string   `json:"published,omitempty"`
	Language  string   `json:"language,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Editors   []string `json:"editors,omitempty"`
	Keywords  []string `json:"keywords,omitempty"`
	// Body is the article text without menus, link lists and other page chrome.
	Body string `json:"body"`
	// Paragraphs are the body's paragraphs as byte ranges into Body.
	Paragraphs []Span `json:"paragraphs,omitempty"`
	// Headline is set when the NLP pipeline analysed the headline with the
	// body: Body then starts with Title and a paragraph break, and
	// Headline is the title's span (MEASUREMENT.md counts the facts of
	// the headline and the body).
	Headline *Span `json:"headline,omitempty"`
	// Origin names the input the article came from: a path, or path:line for
	// JSONL. Used in error messages and provenance.
	Origin string `json:"origin,omitempty"`
	// ContentHash is the hex SHA-256 of what the article says: body,
	// title, publication time and publisher; not the address, so the same
	// article read from another file or URL has the same hash. The loader
	// skips an article whose hash is already in the graph.
	ContentHash string `json:"content_hash,omitempty"`
	// SourceHash is the hex SHA-256 of the input the article was read from
	// (the file's or the JSONL line's bytes) and of the reader's salt (the
	// program's version), when the reader was given a salt. The loader
	// stores it, so that a later run skips an unchanged input before even
	// reading it. Not part of the JSON output.
	SourceHash string `json:"-"`
	// Warnings are things the reader noticed but read past: invalid bytes
	// replaced, an unknown charset, a guessed encoding.
	Warnings []string `json:"warnings,omitempty"`
}

// Dateline is the "BEIJING, Oct. 21 (Xinhua) --" lead of a wire story.
type Dateline struct {
	Place string `json:"place,omitempty"`
	// Date is the dateline's date in ISO 8601 (year taken from the
	// publication date when the dateline omits it).
	Date string `json:"date,omitempty"`
	// Agency is the agency named in the dateline ("Xinhua", "TASS", "AP").
	Agency string `json:"agency,omitempty"`
	// Span covers the dateline text at the start of Body.
	Span Span `json:"span"`
}

// ArticleID returns the id of the article whose identity key is key: its
// canonical URL, its web address, or the input's own id or file name.
func ArticleID(key string) string {
	sum := sha1.Sum([]byte(key))
	return PrefixArticle + ":" + hex.EncodeToString(sum[:])[:16]
}

// ContentHash returns the content hash of a: the SHA-256 of its body,
// title, publication time and publisher, in that order, each followed by a
// zero byte. The address (URL, canonical URL, origin) is not part of it.
func ContentHash(a *Article) string {
	h := sha256.New()
	for _, s := range []string{a.Body, a.Title, a.Published, a.Publisher} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
