package reader

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/mediakg/mediakg/nlp/limit"
)

// Element flags: what an element's own tag and attributes say about it,
// and what the scorer concludes.
const (
	fBoilerTag   uint16 = 1 << iota // nav, aside, footer, header, figure, form, ARIA chrome roles
	fNegClass                       // class or id names page chrome (or a teaser feed)
	fPosClass                       // class, id or itemprop names the article body
	fActiveNeg                      // fNegClass or fBoilerTag that counts (set by the scorer)
	fContainsPos                    // a descendant (or itself) has fPosClass
	fLinkBlock                      // the subtree holds a block that is all link
	fStrongNeg                      // the chrome name is one whose prose is never the article's (comments, related, share)
)

// elem is one block-level element, in document order: parents come before
// their children, so a reverse scan aggregates subtrees.
type elem struct {
	node   *html.Node
	parent int32
	end    int32 // index one past the last descendant element
	flags  uint16
	// sums over the subtree, filled by the scorer
	runes   int32
	links   int32
	content float64
	score   float64
}

// block is a run of text between block-level boundaries, owned by the
// innermost block-level element around it.
type block struct {
	elem      int32
	start     int32 // byte range into page.buf
	end       int32
	runes     int32
	linkRunes int32
	words     int16
	stops     int16 // sentence-ending punctuation marks
	commas    int16
}

// page is the flattened DOM: elements, text blocks and one text buffer.
type page struct {
	elems  []elem
	blocks []block
	buf    []byte

	// names caches classifyNames by class value (pages repeat classes)
	names map[string]uint16

	// builder state
	cur       int32 // current block's element
	blkStart  int
	linkDepth int
	linkBytes int // bytes of link text in the current block
	pendSpace bool

	// budget: the walk stops, with stop set, at the deadline or when it
	// has visited more than maxNodes nodes
	budget budget
	nodes  int
	stop   error
}

// skipTags never hold article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Button: true, atom.Input: true, atom.Textarea: true,
	atom.Head: true, atom.Title: true, atom.Link: true, atom.Meta: true,
	atom.Img: true, atom.Picture: true, atom.Source: true, atom.Map: true,
	atom.Dialog: true, atom.Label: true, atom.Option: true, atom.Optgroup: true,
	atom.Datalist: true, atom.Output: true, atom.Progress: true, atom.Meter: true,
}

// blockTags start a new text block.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true, atom.Caption: true,
	atom.Legend: true,
}

// boilerTags hold page chrome, not the article: navigation, side notes,
// footers, headers (title and byline, which Article carries separately) and
// figures with their captions and credits.
var boilerTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Figure: true, atom.Figcaption: true, atom.Menu: true, atom.Address: true,
	atom.Form: true, // sign-up and comment forms; a form around the whole page holds most prose and stays on
}

// buildPage flattens the DOM under root into elements and text blocks.
func buildPage(root *html.Node, sizeHint int, b budget) *page {
	p := &page{
		elems:  make([]elem, 0, 256),
		blocks: make([]block, 0, 256),
		buf:    make([]byte, 0, sizeHint/4+64),
		cur:    -1,
		budget: b,
	}
	p.walk(root, -1)
	p.flush()
	return p
}

func (p *page) walk(n *html.Node, parent int32) {
	for c := n.FirstChild; c != nil && p.stop == nil; c = c.NextSibling {
		p.nodes++
		if p.nodes&1023 == 0 || (p.budget.maxNodes > 0 && p.nodes > p.budget.maxNodes) {
			p.checkBudget()
		}
		switch c.Type {
		case html.TextNode:
			p.text(c.Data)
		case html.ElementNode:
			p.element(c, parent)
		case html.DocumentNode:
			p.walk(c, parent)
		}
	}
}

// checkBudget sets p.stop when the walk is over its node limit or past its
// deadline.
func (p *page) checkBudget() {
	switch {
	case p.budget.maxNodes > 0 && p.nodes > p.budget.maxNodes:
		p.stop = &limit.Error{Name: "input.max_dom_nodes", Value: fmt.Sprint(p.budget.maxNodes),
			Reason: "page has too many HTML nodes"}
	case p.budget.ctx != nil && p.budget.ctx.Err() != nil:
		p.stop = p.budget.ctx.Err()
	}
}

func (p *page) element(n *html.Node, parent int32) {
	a := n.DataAtom
	if skipTags[a] || (a == 0 && isSkippedCustom(n.Data)) {
		return
	}
	if isHidden(n) {
		return
	}
	if a == atom.Br {
		p.flush()
		return
	}
	if !blockTags[a] {
		if inlineChrome(n) {
			return
		}
		if a == atom.A {
			p.linkDepth++
			p.walk(n, parent)
			p.linkDepth--
			return
		}
		p.walk(n, parent)
		return
	}
	p.flush()
	idx := int32(len(p.elems))
	p.elems = append(p.elems, elem{node: n, parent: parent, flags: p.elemFlags(n)})
	prev := p.cur
	p.cur = idx
	p.walk(n, idx)
	p.flush()
	p.cur = prev
	p.elems[idx].end = int32(len(p.elems))
}

// text appends a text node's content with whitespace collapsed.
func (p *page) text(s string) {
	if p.cur < 0 {
		return
	}
	linked := p.linkDepth > 0
	for len(s) > 0 {
		c := s[0]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
				p.pendSpace = true
				s = s[1:]
				continue
			}
			p.emitSpace()
			p.buf = append(p.buf, c)
			if linked {
				p.linkBytes++
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			p.pendSpace = true
			s = s[size:]
			continue
		}
		p.emitSpace()
		p.buf = append(p.buf, s[:size]...)
		if linked {
			p.linkBytes += size
		}
		s = s[size:]
	}
}

func (p *page) emitSpace() {
	if p.pendSpace && len(p.buf) > p.blkStart {
		p.buf = append(p.buf, ' ')
	}
	p.pendSpace = false
}

// flush closes the current text block, if it holds any text.
func (p *page) flush() {
	p.pendSpace = false
	if len(p.buf) == p.blkStart || p.cur < 0 {
		p.buf = p.buf[:p.blkStart]
		p.linkBytes = 0
		return
	}
	b := block{elem: p.cur, start: int32(p.blkStart), end: int32(len(p.buf))}
	txt := p.buf[p.blkStart:]
	b.runes, b.words, b.stops, b.commas = textStats(txt)
	if p.linkBytes > 0 {
		// Link text is counted in bytes while walking; scale to runes.
		b.linkRunes = int32(float64(p.linkBytes) * float64(b.runes) / float64(len(txt)))
	}
	p.blocks = append(p.blocks, b)
	p.blkStart = len(p.buf)
	p.linkBytes = 0
}

// textStats counts runes, words, sentence stops and commas.
func textStats(t []byte) (runes int32, words, stops, commas int16) {
	inWord := false
	for i := 0; i < len(t); {
		c := t[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRune(t[i:])
		}
		i += size
		runes++
		isWord := r < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r))
		if isWord {
			if !inWord && words < 32767 {
				words++
			}
			inWord = true
			continue
		}
		inWord = false
		switch r {
		case '.', '!', '?', '。', '！', '？':
			if stops < 32767 {
				stops++
			}
		case ',', '，', '、', ';':
			if commas < 32767 {
				commas++
			}
		}
	}
	return
}

func isSkippedCustom(tag string) bool {
	// Custom elements that only ever hold widgets.
	return strings.HasPrefix(tag, "amp-ad") || strings.HasPrefix(tag, "amp-iframe") ||
		tag == "amp-social-share" || tag == "amp-sidebar"
}

// isHidden reports elements that a browser would not show.
func isHidden(n *html.Node) bool {
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if at.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(at.Val, "none") || strings.Contains(at.Val, "hidden") {
				v := strings.ReplaceAll(strings.ToLower(at.Val), " ", "")
				if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// elemFlags classifies an element by its tag, class, id, role and itemprop.
func (p *page) elemFlags(n *html.Node) uint16 {
	var f uint16
	if boilerTags[n.DataAtom] {
		f |= fBoilerTag
	}
	var cls, id string
	for _, at := range n.Attr {
		switch at.Key {
		case "class":
			cls = at.Val
		case "id":
			id = at.Val
		case "itemprop":
			if strings.Contains(strings.ToLower(at.Val), "articlebody") {
				f |= fPosClass
			}
		case "role":
			switch strings.ToLower(at.Val) {
			case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "toolbar", "dialog", "alert":
				f |= fBoilerTag
			}
		}
	}
	switch {
	case id == "" && cls != "":
		nf, ok := p.names[cls]
		if !ok {
			nf = classifyNames(cls, "")
			if p.names == nil {
				p.names = make(map[string]uint16, 64)
			}
			p.names[cls] = nf
		}
		f |= nf
	case cls != "" || id != "":
		f |= classifyNames(cls, id)
	}
	return f
}

// inlineChromeNames mark inline elements whose text is not the article's:
// captions and credits set inside a paragraph, text for screen readers.
var inlineChromeNames = []string{"caption", "credit", "sr-only", "screen-reader", "visually-hidden", "visuallyhidden"}

func inlineChrome(n *html.Node) bool {
	for _, at := range n.Attr {
		if at.Key != "class" {
			continue
		}
		v := strings.ToLower(at.Val)
		for _, name := range inlineChromeNames {
			if strings.Contains(v, name) {
				return true
			}
		}
	}
	return false
}
