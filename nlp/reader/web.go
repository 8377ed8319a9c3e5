package reader

import (
	"context"
	"errors"
	"mime"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// ParseWebPage reads a page fetched over HTTP. contentType is the
// response's Content-Type header: text/plain goes to the text reader,
// anything else to the HTML reader ("" decides by the bytes, as for files),
// and its charset parameter comes before the page's <meta> declaration,
// after a byte order mark. pageURL is where the page was found after
// redirects; it becomes the article's URL, and so its id, unless the page
// names a canonical URL. The caller sets Origin. No limit applies; see
// ReadWebPage.
func ParseWebPage(raw []byte, pageURL, contentType string) (document.Article, error) {
	return parseWebPage(raw, pageURL, contentType, noBudget)
}

// ReadWebPage is ParseWebPage within the per-document limits of opts that
// apply to files too (MaxDocTime, MaxDOMNodes, MaxBodyBytes, and a page
// without an article body is ErrNoBody): a page over one gets an error
// that unwraps to a *limit.Error, as Items yields for files.
func ReadWebPage(ctx context.Context, raw []byte, pageURL, contentType string, opts Options) (document.Article, error) {
	return withinLimits(ctx, opts, func(b budget) (document.Article, error) {
		return parseWebPage(raw, pageURL, contentType, b)
	})
}

func parseWebPage(raw []byte, pageURL, contentType string, b budget) (document.Article, error) {
	media, params, err := mime.ParseMediaType(contentType)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		media, params = "", nil
	}
	cs := params["charset"]
	isText := media == "text/plain"
	if media == "" {
		isText = !looksHTML("", raw)
	}
	if !isText {
		return parseHTMLServed(raw, cs, pageURL, b)
	}
	d, err := decodeTextServed(raw, cs)
	if err != nil {
		return document.Article{}, err
	}
	a := parseText(string(d.text), "", pageURL)
	if d.warning != "" {
		a.Warnings = append(a.Warnings, d.warning)
	}
	a.URL = strings.TrimSpace(pageURL)
	finish(&a, pageURL)
	return a, nil
}

// ReadDatedPage is ReadWebPage for a page that comes with a publication
// date stated elsewhere by its publisher (a feed item's date): that date,
// when it reads as one, is the article's publication date, over what the
// page says, as a JSONL record's date is, and so anchors the relative
// dates of the text.
func ReadDatedPage(ctx context.Context, raw []byte, pageURL, contentType, published string, opts Options) (document.Article, error) {
	return withinLimits(ctx, opts, func(b budget) (document.Article, error) {
		a, err := parseWebPage(raw, pageURL, contentType, b)
		if err != nil {
			return a, err
		}
		if d := normalizeDate(published); d != "" && d != a.Published {
			a.Published = d
			a.ID, a.ContentHash, a.Dateline, a.Paragraphs = "", "", nil, nil
			finish(&a, pageURL)
		}
		return a, nil
	})
}
