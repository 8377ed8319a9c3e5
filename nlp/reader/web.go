package reader

import (
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
// names a canonical URL. The caller sets Origin.
func ParseWebPage(raw []byte, pageURL, contentType string) (document.Article, error) {
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
		d, err := decodeHTMLServed(raw, cs)
		if err != nil {
			return document.Article{}, err
		}
		a, err := parseHTMLText(d.text, pageURL)
		if err != nil {
			return a, err
		}
		if d.warning != "" {
			a.Warnings = append(a.Warnings, d.warning)
		}
		return a, nil
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
