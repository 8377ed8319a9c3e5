package reader

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The body is found in three passes over the flattened page:
//
//  1. Every text block gets a content value from its own shape: long runs of
//     prose with few links count for their length, link lists count against.
//  2. Elements whose class, id or tag name page chrome (comments, share bars,
//     related links, navigation), and teaser feeds (markFeeds), are switched
//     off, unless they hold the article itself (a schema.org articleBody, a
//     body-like class) or most of the page's prose.
//  3. The element whose subtree has the highest summed value is the
//     container; its blocks, less the chrome inside it and less furniture
//     lines (paragraphs), are the body.

// contentValue is the value of a block whose shape says "prose".
func contentValue(b *block) float64 {
	t := float64(b.runes)
	if t == 0 {
		return 0
	}
	ld := float64(b.linkRunes) / t
	switch {
	case ld >= 0.5:
		return -t * ld
	case b.words >= 10 || (b.stops > 0 && b.words >= 5):
		v := t - float64(b.linkRunes)
		if b.commas > 0 {
			v *= 1.1
		}
		return v
	case b.words >= 5:
		return 0.2 * t
	default:
		return -0.1 * t
	}
}

// score runs passes 1 and 2 and returns the container element, or -1.
func (p *page) score() int32 {
	n := len(p.elems)
	if n == 0 {
		return -1
	}
	// Pass 1: prose per subtree, ignoring chrome names.
	for i := range p.elems {
		p.elems[i].content, p.elems[i].runes, p.elems[i].score = 0, 0, 0
		if p.elems[i].flags&fPosClass != 0 {
			p.elems[i].flags |= fContainsPos
		}
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		if v := contentValue(b); v > 0 {
			p.elems[b.elem].content += v
		}
		p.elems[b.elem].runes += b.runes
		p.elems[b.elem].links += b.linkRunes
		if b.linkRunes*5 >= b.runes*4 {
			p.elems[b.elem].flags |= fLinkBlock
		}
	}
	for i := n - 1; i > 0; i-- {
		e := &p.elems[i]
		if e.parent >= 0 {
			par := &p.elems[e.parent]
			par.content += e.content
			par.runes += e.runes
			par.links += e.links
			par.flags |= e.flags & (fContainsPos | fLinkBlock)
		}
	}
	total := 0.0
	for i := range p.elems {
		if p.elems[i].parent < 0 {
			total += p.elems[i].content
		}
	}
	p.markFeeds()
	// The article the page declares (schema.org articleBody, a body-like
	// class), when it holds real prose: chrome beside it stays chrome even
	// when it outweighs it (a long comment thread under a short post).
	declared := 0.0
	for i := range p.elems {
		if e := &p.elems[i]; e.flags&fPosClass != 0 && e.content > declared {
			declared = e.content
		}
	}
	declaredHolds := declared >= 500 && declared >= 0.15*total
	inPos := make([]bool, n)
	for i := range p.elems {
		e := &p.elems[i]
		inPos[i] = e.parent >= 0 && (p.elems[e.parent].flags&fPosClass != 0 || inPos[e.parent])
	}
	// Pass 2: which chrome marks count.
	for i := range p.elems {
		e := &p.elems[i]
		e.flags &^= fActiveNeg
		if e.flags&(fNegClass|fBoilerTag) == 0 || e.flags&fContainsPos != 0 {
			continue
		}
		if inPos[i] && e.flags&(fBoilerTag|fStrongNeg) == 0 && e.runes >= 400 && e.content >= 0.8*float64(e.runes) {
			// Inside the declared body, a class name alone does not switch
			// off a run of prose with few links ("entry-more", the rest
			// of a post behind a "more" break).
			continue
		}
		if e.content < 0.6*total || total == 0 || declaredHolds {
			e.flags |= fActiveNeg
		}
	}
	// Inherit the switch-off downwards (parents precede children).
	off := make([]bool, n)
	for i := range p.elems {
		e := &p.elems[i]
		off[i] = e.flags&fActiveNeg != 0 || (e.parent >= 0 && off[e.parent])
	}
	for i := range p.elems {
		inPos[i] = inPos[i] || p.elems[i].flags&fPosClass != 0
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		var v float64
		if off[b.elem] {
			v = -0.5 * float64(b.runes)
		} else {
			v = contentValue(b)
			if v > 0 && inPos[b.elem] {
				v *= 1.5
			}
		}
		p.elems[b.elem].score += v
	}
	for i := n - 1; i > 0; i-- {
		if par := p.elems[i].parent; par >= 0 {
			p.elems[par].score += p.elems[i].score
		}
	}
	best := int32(-1)
	for i := range p.elems {
		if best < 0 || p.elems[i].score >= p.elems[best].score {
			// >= prefers the innermost of a chain of single-child wrappers.
			if best >= 0 && p.elems[i].score == p.elems[best].score && !p.within(int32(i), best) {
				continue
			}
			best = int32(i)
		}
	}
	if best >= 0 && p.elems[best].score <= 0 {
		return -1
	}
	return best
}

// markFeeds marks lists of story teasers as chrome: small <article>
// elements beside a much larger one, and runs of three or more sibling
// cards of the same tag and class that are mostly links with little text.
func (p *page) markFeeds() {
	var biggest float64
	for i := range p.elems {
		if p.elems[i].node.DataAtom == atom.Article && p.elems[i].content > biggest {
			biggest = p.elems[i].content
		}
	}
	for i := range p.elems {
		e := &p.elems[i]
		if e.node.DataAtom == atom.Article && e.content < 0.25*biggest && e.flags&fContainsPos == 0 {
			// A teaser or a comment next to the story; unless it encloses it.
			inner := false
			for j := int32(i) + 1; j < e.end; j++ {
				if p.elems[j].node.DataAtom == atom.Article && p.elems[j].content >= 0.25*biggest {
					inner = true
					break
				}
			}
			if !inner {
				e.flags |= fNegClass
			}
		}
	}
	type group struct {
		sig          string
		tag          atom.Atom
		n, linked    int
		runes, links int32
		first        int32
	}
	var groups []group
	for i := range p.elems {
		e := &p.elems[i]
		if e.end-int32(i) < 4 {
			continue // fewer than three children
		}
		groups = groups[:0]
		for j := int32(i) + 1; j < e.end; j = p.elems[j].end {
			c := &p.elems[j]
			a := c.node.DataAtom
			if a == atom.P || a == atom.Li || a == atom.Tr || a == atom.Td || c.runes == 0 {
				continue
			}
			sig := classAttr(c.node)
			k := -1
			for g := range groups {
				if groups[g].tag == a && groups[g].sig == sig {
					k = g
					break
				}
			}
			if k < 0 {
				if len(groups) >= 16 {
					continue
				}
				groups = append(groups, group{sig: sig, tag: a, first: j})
				k = len(groups) - 1
			}
			g := &groups[k]
			g.n++
			g.runes += c.runes
			g.links += c.links
			if c.flags&fLinkBlock != 0 {
				g.linked++
			}
		}
		for _, g := range groups {
			if g.n < 3 || g.linked*3 < g.n*2 || g.runes > int32(g.n)*300 || float64(g.links) < 0.08*float64(g.runes) {
				continue
			}
			for j := g.first; j < e.end; j = p.elems[j].end {
				c := &p.elems[j]
				if c.node.DataAtom == g.tag && classAttr(c.node) == g.sig && c.flags&fContainsPos == 0 {
					c.flags |= fNegClass
				}
			}
		}
	}
}

func classAttr(n *html.Node) string {
	for _, at := range n.Attr {
		if at.Key == "class" {
			return at.Val
		}
	}
	return ""
}

// within reports whether element i lies in the subtree of element anc.
func (p *page) within(i, anc int32) bool {
	return i >= anc && i < p.elems[anc].end
}

// bodyParts is what the container yields: paragraphs, and the credit
// lines and bylines found around them.
type bodyParts struct {
	paras     []string
	editors   []string
	reporters []string // "Reporting by ..." credits
	byline    []string // "By ..." above the body
	headline  string   // a line atop the body that is a part of <title>
	above     string   // the headline-shaped block closest above the body
}

// continuations returns the container c and its siblings that continue
// it: elements of the same tag and class, not switched off, that hold
// prose of their own (a story split into parts around an ad slot or an
// inline box).
func (p *page) continuations(c int32) []int32 {
	out := []int32{c}
	par := p.elems[c].parent
	if par < 0 {
		return out
	}
	tag, cls := p.elems[c].node.DataAtom, classAttr(p.elems[c].node)
	if tag == atom.P || tag == atom.Li || tag == atom.Td || tag == atom.Tr {
		return out
	}
	for j := par + 1; j < p.elems[par].end; j = p.elems[j].end {
		e := &p.elems[j]
		if j == c || e.node.DataAtom != tag || classAttr(e.node) != cls || e.flags&fActiveNeg != 0 {
			continue
		}
		if e.score > 0 && e.runes >= 80 && float64(e.links) < 0.3*float64(e.runes) {
			out = append(out, j)
		}
	}
	return out
}

// paragraphs returns the body's paragraphs from the container c and the
// siblings that continue it.
func (p *page) paragraphs(c int32, title string, titleParts []string) bodyParts {
	var out bodyParts
	if c < 0 {
		return out
	}
	// in marks the elements whose blocks are read: the containers' subtrees
	// less what is switched off inside them.
	in := make([]bool, len(p.elems))
	for _, k := range p.continuations(c) {
		in[k] = true
		for i := k + 1; i < p.elems[k].end; i++ {
			e := &p.elems[i]
			in[i] = in[e.parent] && e.flags&fActiveNeg == 0
		}
	}
	var short []int // indexes into out.paras of short non-sentences
	firstBlock := -1
	for i := range p.blocks {
		b := &p.blocks[i]
		if !in[b.elem] {
			continue
		}
		txt := p.buf[b.start:b.end]
		if b.runes == 0 || (float64(b.linkRunes) > 0.5*float64(b.runes) && !isBareURL(txt)) {
			continue
		}
		if isChromeLine(txt, b) || (title != "" && sameText(string(txt), title)) {
			continue
		}
		if len(out.paras) < 3 && out.headline == "" && b.words >= 3 && b.words <= 30 {
			// The visible headline: one part of a compound <title>.
			matched := false
			for _, tp := range titleParts {
				if sameText(string(txt), tp) {
					matched = true
					break
				}
			}
			if matched {
				out.headline = string(txt)
				out.paras, short = out.paras[:0], short[:0] // what came before was chrome
				firstBlock = -1
				continue
			}
		}
		if b.words <= 12 && len(out.byline) == 0 {
			if names, ok := bylineNames(string(txt)); ok {
				out.byline = names
				continue
			}
		}
		if b.runes < 200 {
			if ed, rep, ok := creditLine(string(txt)); ok {
				out.editors = append(out.editors, ed...)
				out.reporters = append(out.reporters, rep...)
				continue
			}
		}
		if firstBlock < 0 {
			firstBlock = i
		}
		if isShortLine(string(txt), b) {
			short = append(short, len(out.paras))
		}
		out.paras = append(out.paras, string(txt))
	}
	out.paras = trimEdges(out.paras, short)
	// A "By ..." line above the body names its authors.
	if firstBlock < 0 {
		firstBlock = len(p.blocks)
	}
	for i := firstBlock - 1; i >= 0 && i >= firstBlock-6; i-- {
		b := &p.blocks[i]
		txt := string(p.buf[b.start:b.end])
		if _, byline := bylineNames(txt); b.words < 4 || findStamp(txt) != "" || findDate(txt) != "" || byline {
			continue
		}
		if b.words <= 25 && b.linkRunes*2 < b.runes && !strings.HasSuffix(txt, ".") && !isChromeLine(p.buf[b.start:b.end], b) {
			out.above = txt
		}
		break
	}
	for i := firstBlock - 1; i >= 0 && i >= firstBlock-40 && len(out.byline) == 0; i-- {
		b := &p.blocks[i]
		if b.words > 14 {
			continue
		}
		if names, ok := bylineNames(string(p.buf[b.start:b.end])); ok {
			out.byline = names
			break
		}
	}
	return out
}

// isShortLine reports a line too short to be prose on its own: a label, a
// date, a name.
func isShortLine(s string, b *block) bool {
	if b.words < 6 && !endsSentence(s) {
		return true
	}
	return (b.words <= 6 && findDate(s) != "") || (b.words <= 12 && findStamp(s) != "")
}

// trimEdges drops short non-sentence lines (bylines, dates, labels) from
// the start and end of the body.
func trimEdges(out []string, short []int) []string {
	if len(short) == 0 {
		return out
	}
	isShort := make(map[int]bool, len(short))
	for _, i := range short {
		isShort[i] = true
	}
	lo, hi := 0, len(out)
	for lo < hi && isShort[lo] {
		lo++
	}
	for hi > lo && isShort[hi-1] {
		hi--
	}
	return out[lo:hi]
}

// chromeLines are whole lines that web pages put between paragraphs.
var chromeLines = map[string]bool{
	"advertisement": true, "advertising": true, "advert": true, "don't miss": true, "don’t miss": true, "ad": true, "sponsored": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"tweet": true, "email": true, "print": true, "comments": true, "comment": true,
	"read more": true, "related": true, "related articles": true, "related stories": true,
	"related content": true, "related posts": true, "more": true, "see also": true,
	"story continues below advertisement": true, "continue reading": true,
	"continue reading below": true, "article continues below": true,
	"scroll to continue with content": true, "skip to content": true,
	"loading...": true, "loading": true, "close": true, "menu": true, "search": true,
	"subscribe": true, "sign up": true, "log in": true, "login": true,
	"click to expand": true, "view comments": true, "leave a comment": true,
	"leave a reply": true, "add your comment": true, "next": true, "previous": true,
	"most read": true, "most popular": true, "key words": true, "links": true,
	"we recommend": true, "related reading": true, "top 10": true, "hot news": true,
	"back to main page": true, "back to top": true, "back to home": true,
	"(adsbygoogle = window.adsbygoogle || []).push({});": true,
	// the same furniture in other languages: ad labels, share, comments,
	// "read also", "related"
	"werbung": true, "anzeige": true, "publicidad": true, "publicité": true, "pubblicità": true,
	"publicidade": true, "реклама": true, "广告": true, "advertentie": true, "reklama": true,
	"iklan": true, "광고": true, "teilen": true, "partager": true, "compartir": true,
	"condividi": true, "compartilhar": true, "compartilhe": true, "поделиться": true, "分享": true,
	"kommentare": true, "commentaires": true, "comentarios": true, "commenti": true,
	"comentários": true, "комментарии": true, "评论": true, "mehr zum thema": true,
	"lesen sie auch": true, "lire aussi": true, "à lire aussi": true, "voir aussi": true,
	"lee también": true, "ver también": true, "leggi anche": true, "leia também": true,
	"leia mais": true, "veja também": true, "читайте также": true, "смотрите также": true,
	"相关新闻": true, "相关阅读": true, "延伸阅读": true, "baca juga": true, "관련기사": true,
	"weiterlesen": true, "lire la suite": true, "leer más": true, "leggi tutto": true,
	"далее": true, "подробнее": true, "阅读全文": true, "selengkapnya": true,
}

// chromePrefixes start lines that point elsewhere rather than tell the story.
var chromePrefixes = []string{
	"read more:", "read more about", "related:", "see also:", "also read:", "read also:",
	"recommended:", "watch:", "click here", "follow us", "sign up for", "subscribe to",
	"share this", "related coverage", "related article", "more:", "more from",
	"advertisement", "copyright ©", "© copyright", "all rights reserved",
	"lesen sie auch:", "mehr zum thema:", "lire aussi :", "lire aussi:", "à lire aussi :",
	"à lire aussi:", "voir aussi :", "lee también:", "ver también:", "leggi anche:",
	"leia também:", "leia mais:", "veja também:", "читайте также:", "смотрите также:",
	"baca juga:", "相关新闻：", "相关阅读：", "延伸阅读：", "关键词：",
}

// rightsReserved are "all rights reserved" in other languages; a short line
// holding one is a copyright notice.
var rightsReserved = []string{
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
	"все права защищены", "版权所有", "hak cipta dilindungi", "무단 전재",
}

// ctaPhrases mark calls to action: newsletter sign-ups, follow-us lines.
var ctaPhrases = []string{
	"to your inbox", "in your inbox", "our newsletter", "our free newsletter", "sign up for our",
	"subscribe to our", "subscribing to our", "click here for more information",
	"successfully subscribed", "problem subscribing", "follow us on", "like us on facebook",
	"get the latest news", "download our app", "download the app",
}

// isCallToAction reports a short paragraph that asks the reader to
// subscribe, sign up or follow rather than telling the story.
func isCallToAction(s string, words int16) bool {
	if words > 50 {
		return false
	}
	for _, p := range ctaPhrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	if strings.HasPrefix(s, "follow ") && (strings.Contains(s, " on twitter") || strings.Contains(s, " on facebook") ||
		strings.Contains(s, " on instagram") || strings.Contains(s, "coverage")) {
		return true
	}
	return false
}

// isChromeLine reports lines that are page furniture, not article text.
func isChromeLine(txt []byte, b *block) bool {
	if b.runes > 600 {
		return false
	}
	if low := strings.ToLower(string(txt)); isCallToAction(low, b.words) || (b.words <= 80 && isCaption(low)) {
		return true
	}
	if b.runes > 200 {
		return false
	}
	s := strings.ToLower(string(bytes.TrimSpace(txt)))
	s = strings.TrimRight(s, " :>»›→")
	if chromeLines[s] || isCaption(s) || isShortcode(s) {
		return true
	}
	if b.words <= 6 && (strings.HasPrefix(s, "related ") || strings.HasPrefix(s, "buyer's guide") || strings.HasPrefix(s, "buyer’s guide")) {
		return true
	}
	if b.words <= 25 && strings.Contains(s, "©") && (strings.Contains(s, "photo") || strings.Contains(s, "image") || strings.Contains(s, "picture")) {
		return true // a photo credit
	}
	if b.words <= 30 {
		for _, r := range rightsReserved {
			if strings.Contains(s, r) {
				return true
			}
		}
	}
	return hasChromePrefix(s)
}

// hasChromePrefix reports a lower-cased line that opens like a pointer
// elsewhere: "read more:", "related:", "click here", ...
func hasChromePrefix(low string) bool {
	for _, pfx := range chromePrefixes {
		if strings.HasPrefix(low, pfx) {
			return true
		}
	}
	return false
}

// isBareURL reports a line that is one address written out, which authors
// put in the text on purpose (a link whose text is its target).
func isBareURL(txt []byte) bool {
	return (bytes.HasPrefix(txt, []byte("http://")) || bytes.HasPrefix(txt, []byte("https://"))) &&
		bytes.IndexByte(txt, ' ') < 0
}

// sameText compares two lines ignoring case, spacing and punctuation.
func sameText(a, b string) bool {
	if len(a) > 2*len(b)+8 || len(b) > 2*len(a)+8 {
		return false
	}
	return strings.Join(wordTokens(strings.ToLower(a)), " ") == strings.Join(wordTokens(strings.ToLower(b)), " ")
}

// captionPrefixes open photo credits in other languages.
var captionPrefixes = []string{"foto:", "fotos:", "bild:", "фото:", "imagen:", "immagine:", "图片：", "图：", "사진=", "사진:", "fotó:", "zdjęcie:"}

// captionMarks end or start the captions that pages set as text.
var captionSuffixes = []string{"(image:", "(photo:", "(picture:", "(credit:", "(pic:", "(foto:", "(getty", "(ap photo", "(reuters"}

// reAgencyCredit is a photo credit at the end of a caption:
// "(Xinhua/Hao Yuan)", "(AP Photo/Jane Roe)", "(Photo by X/Reuters)".
var reAgencyCredit = regexp.MustCompile(`\((?:photo by )?[\p{L}][\p{L} .]{1,30}/[\p{L}][\p{L} .\-]{1,40}\)$`)

// isCaption reports a line (lower-cased) that describes or credits an
// image rather than telling the story.
func isCaption(s string) bool {
	for _, p := range []string{"this photo taken on", "photo taken on", "file photo", "an aerial drone photo", "aerial photo taken", "this handout photo", "photo shows"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	if m := reAgencyCredit.FindString(s); m != "" {
		agency := strings.TrimPrefix(strings.TrimPrefix(m[1:strings.IndexByte(m, '/')], "photo by "), " ")
		if _, ok := knownOutlets().byName(strings.TrimSuffix(agency, " photo")); ok || strings.Contains(m, "photo") {
			return true
		}
	}
	if strings.HasPrefix(s, "photo:") || strings.HasPrefix(s, "image:") || strings.HasPrefix(s, "credit:") ||
		strings.HasPrefix(s, "photo credit") || strings.HasPrefix(s, "image credit") || strings.HasPrefix(s, "picture:") {
		return true
	}
	for _, p := range captionPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	if !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 {
		return false
	}
	tail := s[i:]
	for _, c := range captionSuffixes {
		if strings.HasPrefix(tail, c) {
			return true
		}
	}
	return false
}

// isShortcode reports a WordPress shortcode left in the text: "[button ...]".
func isShortcode(s string) bool {
	return strings.HasPrefix(s, "[") && (strings.HasSuffix(s, "]") || strings.Contains(s, "[/"))
}

// headText returns up to n bytes of the page's text from its start, where
// headlines, bylines and time stamps are printed.
func (p *page) headText(n int) string {
	if len(p.buf) < n {
		n = len(p.buf)
	}
	return string(p.buf[:n])
}
