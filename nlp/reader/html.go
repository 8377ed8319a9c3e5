package reader

import (
	"bytes"
	"fmt"

	"github.com/mediakg/mediakg/nlp/document"
	"golang.org/x/net/html"
)

// ParseHTML reads one HTML page given as raw bytes: the charset declared by
// a byte order mark or a meta tag is honoured. url is the page's address
// when known (it feeds the publisher, the date and the id).
func ParseHTML(raw []byte, url string) (document.Article, error) {
	d, err := decodeHTML(raw)
	if err != nil {
		return document.Article{}, err
	}
	art, err := parseHTMLText(d.text, url)
	if err != nil {
		return art, err
	}
	if d.warning != "" {
		art.Warnings = append(art.Warnings, d.warning)
	}
	return art, nil
}

// parseHTMLText reads a page already decoded to UTF-8 (as in JSONL dumps).
func parseHTMLText(text []byte, url string) (document.Article, error) {
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return document.Article{}, fmt.Errorf("parse html: %w", err)
	}
	m := readMeta(root)
	p := buildPage(root, len(text))
	c := p.score()
	title := pickTitle(m, m.meta["og:site_name"], "", hostOf(url))
	parts := p.paragraphs(c, title)
	art := fromHTML(m, p, parts, url)
	finish(&art, url)
	return art, nil
}
