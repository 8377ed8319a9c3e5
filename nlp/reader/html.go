package reader

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/limit"
	"golang.org/x/net/html"
)

// ParseHTML reads one HTML page given as raw bytes: the charset declared by
// a byte order mark or a meta tag is honoured. url is the page's address
// when known (it feeds the publisher, the date and the id).
func ParseHTML(raw []byte, url string) (document.Article, error) {
	return parseHTML(raw, url, noBudget)
}

// noBudget reads a page without limits.
var noBudget = budget{ctx: context.Background()}

// budget is what reading one page may spend: ctx ends at the document's
// deadline; maxNodes (0 = no limit) bounds the DOM nodes walked.
type budget struct {
	ctx      context.Context
	maxNodes int
}

// ctxReader ends a read when its context ends, so that the HTML parser
// stops at a document's deadline instead of reading the page to its end.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// parserMaxDepth is how deeply golang.org/x/net/html lets elements nest
// before it gives up on a page; it is not configurable.
const parserMaxDepth = 512

func parseHTML(raw []byte, url string, b budget) (document.Article, error) {
	return parseHTMLServed(raw, "", url, b)
}

// parseHTMLServed reads a page whose HTTP Content-Type named charset
// header ("" for a file): see decodeHTMLServed for the order of charsets.
func parseHTMLServed(raw []byte, header, url string, b budget) (document.Article, error) {
	d, err := decodeHTMLServed(raw, header)
	if err != nil {
		return document.Article{}, err
	}
	art, err := parseHTMLText(d.text, url, b)
	if err != nil {
		return art, err
	}
	if d.warning != "" {
		art.Warnings = append(art.Warnings, d.warning)
	}
	return art, nil
}

// parseHTMLText reads a page already decoded to UTF-8 (as in JSONL dumps).
func parseHTMLText(text []byte, url string, b budget) (document.Article, error) {
	return parseHTMLTextDated(text, url, b, false)
}

// parseHTMLTextDated is parseHTMLText for a caller that knows the
// publication date (dated: a JSONL date field, which wins over the page's):
// it does not look for a time stamp in the page's text.
func parseHTMLTextDated(text []byte, url string, b budget, dated bool) (document.Article, error) {
	root, err := html.Parse(ctxReader{b.ctx, bytes.NewReader(text)})
	if err != nil {
		if b.ctx.Err() != nil {
			return document.Article{}, b.ctx.Err()
		}
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			return document.Article{}, &limit.Error{Name: "parser_max_depth", Value: fmt.Sprint(parserMaxDepth),
				Reason: "HTML elements nested too deep"}
		}
		return document.Article{}, fmt.Errorf("parse html: %w", err)
	}
	m := readMeta(root)
	p := buildPage(root, len(text), b)
	if p.stop != nil {
		return document.Article{}, p.stop
	}
	if err := b.ctx.Err(); err != nil {
		return document.Article{}, err
	}
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
	art := fromHTML(m, p, parts, url, dated)
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
