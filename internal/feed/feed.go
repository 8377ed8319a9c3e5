// Package feed reads news feeds — RSS, Atom and JSON Feed, parsed with
// github.com/mmcdole/gofeed — into the items mediakg reads as articles: each
// item's link, its publication date, and its full text when the feed
// carries it (RSS content:encoded, Atom content, JSON Feed content_html or
// content_text). A feed is a local file or an http(s) address fetched by
// internal/fetch within the fetch limits. It knows nothing of HTML: the
// caller reads an item's content, or fetches its link, with nlp/reader.
//
// Files:
//   - feed.go: Item, Load, Parse
package feed

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/mediakg/mediakg/internal/fetch"
)

// Item is one story of a feed.
type Item struct {
	// Link is the story's address; GUID the feed's id for it.
	Link, GUID string
	Title      string
	// Published is the item's publication (else update) time, RFC 3339
	// in UTC; "" when the feed gives none.
	Published string
	// Content is the story's text as the feed carries it, when it is the
	// full story (FullText); ContentType is "text/html" or "text/plain".
	Content, ContentType string
}

// FullText reports whether the item carries the story itself rather than a
// summary, so that its link need not be fetched.
func (it Item) FullText() bool { return it.Content != "" }

// MinFullWords is the least number of words an item's content must have to
// be taken as the full story; shorter content is a summary and the link is
// fetched.
const MinFullWords = 80

// Feed is a parsed feed.
type Feed struct {
	Title string
	// Type is "rss", "atom" or "json".
	Type  string
	Items []Item
}

// Load reads the feed at src: an http(s) address fetched with fc (within its
// limits, feed media types accepted), or a file.
func Load(ctx context.Context, src string, fc *fetch.Fetcher) (*Feed, error) {
	var raw []byte
	if fetch.IsURL(src) {
		p, err := fc.GetFeed(ctx, src)
		if err != nil {
			return nil, err
		}
		raw = p.Body
	} else {
		var err error
		raw, err = os.ReadFile(src)
		if err != nil {
			return nil, fmt.Errorf("feed %s: %w", src, err)
		}
	}
	f, err := Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", src, err)
	}
	return f, nil
}

// Parse reads an RSS, Atom or JSON feed.
func Parse(r io.Reader) (*Feed, error) {
	pf, err := gofeed.NewParser().Parse(r)
	if err != nil {
		return nil, fmt.Errorf("not a readable RSS, Atom or JSON feed: %w", err)
	}
	f := &Feed{Title: pf.Title, Type: pf.FeedType}
	for _, it := range pf.Items {
		if it == nil {
			continue
		}
		item := Item{Link: strings.TrimSpace(it.Link), GUID: it.GUID, Title: strings.TrimSpace(it.Title)}
		if item.Link == "" && len(it.Links) > 0 {
			item.Link = strings.TrimSpace(it.Links[0])
		}
		if item.Link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
			item.Link = it.GUID
		}
		switch {
		case it.PublishedParsed != nil:
			item.Published = it.PublishedParsed.UTC().Format(time.RFC3339)
		case it.UpdatedParsed != nil:
			item.Published = it.UpdatedParsed.UTC().Format(time.RFC3339)
		}
		item.Content, item.ContentType = fullContent(it)
		f.Items = append(f.Items, item)
	}
	return f, nil
}

// fullContent returns the item's content when it is long enough to be the
// story itself: HTML (RSS content:encoded, Atom content, JSON Feed
// content_html), else plain text; a summary-length text is not.
func fullContent(it *gofeed.Item) (string, string) {
	c := strings.TrimSpace(it.Content)
	if c == "" || words(c) < MinFullWords {
		return "", ""
	}
	if strings.Contains(c, "<") && strings.Contains(c, ">") {
		return c, "text/html"
	}
	return c, "text/plain"
}

// words counts the words of a text, outside HTML tags.
func words(s string) int {
	n, in, tag := 0, false, false
	for _, r := range s {
		switch {
		case r == '<':
			tag, in = true, false
		case r == '>':
			tag = false
		case tag:
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
			in = false
		default:
			if !in {
				n++
			}
			in = true
		}
	}
	return n
}
