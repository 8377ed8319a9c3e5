package reader

import (
	"bytes"
	"fmt"
	"strings"

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
	parts := p.paragraphs(c, title, titleParts(m))
	if ld := m.ld.Body; ld != "" {
		// Pages that render their text with scripts still state it in
		// schema.org markup: use it when the DOM gave much less.
		_, ldWords, _, _ := textStats([]byte(ld))
		got := 0
		for _, para := range parts.paras {
			_, w, _, _ := textStats([]byte(para))
			got += int(w)
		}
		if ldWords >= 50 && got*2 < int(ldWords) {
			parts.paras = ldParagraphs(ld)
		}
	}
	art := fromHTML(m, p, parts, url)
	finish(&art, url)
	return art, nil
}

// titleParts splits <title> and og:title at their separators into the
// parts of three words or more, one of which is usually the headline.
func titleParts(m pageMeta) []string {
	var out []string
	for _, t := range []string{m.title, m.meta["og:title"]} {
		parts := []string{collapseSpace(t)}
		for _, sep := range titleSeps {
			var next []string
			for _, p := range parts {
				next = append(next, strings.Split(p, sep)...)
			}
			parts = next
		}
		for _, p := range parts {
			if len(strings.Fields(p)) >= 3 {
				out = append(out, strings.TrimSpace(p))
			}
		}
	}
	return out
}

// ldParagraphs splits a JSON-LD articleBody into paragraphs: at its line
// breaks when it has them, else as one paragraph.
func ldParagraphs(body string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(body, "\r", ""), "\n") {
		if line = collapseSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
