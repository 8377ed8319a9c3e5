package reader

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/PuerkitoBio/goquery"
)

// pageMeta is what a page says about itself outside its body text.
type pageMeta struct {
	lang      string
	title     string // <title>
	h1        string
	canonical string
	meta      map[string]string // lower-cased name/property/itemprop -> first content
	ld        ldArticle
	timeAttr  string   // first <time datetime>, preferring published ones
	authors   []string // itemprop=author, rel=author
	keywords  []string
}

// ldArticle is the part of a schema.org JSON-LD object the reader uses.
type ldArticle struct {
	Headline      string
	DatePublished string
	Authors       []string
	Publisher     string
	Body          string
	Keywords      []string
	Language      string
	URL           string
}

// metaKeys are the <meta> names worth keeping.
var metaKeys = map[string]bool{
	"og:title": true, "twitter:title": true, "og:site_name": true, "application-name": true,
	"og:url": true, "article:published_time": true, "og:published_time": true,
	"article:published": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"publish_date": true, "date": true, "dc.date": true, "dc.date.issued": true,
	"dcterms.created": true, "dcterms.date": true, "sailthru.date": true, "parsely-pub-date": true,
	"datepublished": true, "article.published": true, "originalpublicationdate": true,
	"article:modified_time": true, "author": true, "article:author": true, "dc.creator": true,
	"byl": true, "parsely-author": true, "sailthru.author": true, "keywords": true,
	"news_keywords": true, "article:tag": true, "og:locale": true, "content-language": true,
	"dc.language": true, "description": true, "og:description": true, "twitter:site": true,
	"cxenseparse:recs:publishtime": true, "dc.publisher": true, "publisher": true,
}

// readMeta collects the page's metadata in one walk over the DOM, using
// goquery for the few selections that need it.
func readMeta(root *html.Node) pageMeta {
	m := pageMeta{meta: map[string]string{}}
	doc := goquery.NewDocumentFromNode(root)
	if h := doc.Find("html").First(); h.Length() > 0 {
		m.lang = strings.TrimSpace(h.AttrOr("lang", h.AttrOr("xml:lang", "")))
	}
	var timePub, timeAny string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = collapseSpace(nodeText(n))
				}
			case atom.Meta:
				m.addMeta(n)
			case atom.Link:
				rel := strings.ToLower(attr(n, "rel"))
				if rel == "canonical" && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.readLD(n.FirstChild.Data)
				}
				return
			case atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			case atom.H1:
				if m.h1 == "" {
					m.h1 = collapseSpace(nodeText(n))
				}
			case atom.Time:
				if dt := attr(n, "datetime"); dt != "" {
					ip := strings.ToLower(attr(n, "itemprop") + " " + attr(n, "class") + " " + attr(n, "pubdate"))
					if timePub == "" && (strings.Contains(ip, "publish") || strings.Contains(ip, "pubdate") || hasAttr(n, "pubdate")) {
						timePub = dt
					}
					if timeAny == "" {
						timeAny = dt
					}
				}
			}
			if ip := attr(n, "itemprop"); ip != "" && n.DataAtom != atom.Meta {
				switch strings.ToLower(ip) {
				case "author", "creator":
					if name := authorText(n); name != "" {
						m.authors = append(m.authors, name)
					}
				case "datepublished":
					if v := attr(n, "content"); v != "" && timePub == "" {
						timePub = v
					} else if v := attr(n, "datetime"); v != "" && timePub == "" {
						timePub = v
					}
				}
			}
			if n.DataAtom == atom.A && strings.Contains(strings.ToLower(attr(n, "rel")), "author") {
				if name := collapseSpace(nodeText(n)); name != "" && len(name) < 60 {
					m.authors = append(m.authors, name)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	m.timeAttr = timePub
	if m.timeAttr == "" {
		m.timeAttr = timeAny
	}
	return m
}

func (m *pageMeta) addMeta(n *html.Node) {
	content := ""
	var keys []string
	for _, a := range n.Attr {
		switch a.Key {
		case "content":
			content = a.Val
		case "name", "property", "itemprop", "http-equiv":
			keys = append(keys, strings.ToLower(strings.TrimSpace(a.Val)))
		}
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return
	}
	for _, k := range keys {
		if !metaKeys[k] {
			continue
		}
		switch k {
		case "article:tag", "keywords", "news_keywords":
			for _, kw := range strings.Split(content, ",") {
				if kw = strings.TrimSpace(kw); kw != "" && len(m.keywords) < 50 {
					m.keywords = appendUnique(m.keywords, kw)
				}
			}
		}
		if _, ok := m.meta[k]; !ok {
			m.meta[k] = content
		}
	}
}

// readLD reads a JSON-LD script and keeps the first article-like object.
func (m *pageMeta) readLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if !isArticleType(x["@type"]) {
				if me, ok := x["mainEntity"]; ok {
					visit(me, depth+1)
				}
				return
			}
			ld := &m.ld
			if ld.Headline == "" {
				ld.Headline = ldString(x["headline"])
				if ld.Headline == "" {
					ld.Headline = ldString(x["name"])
				}
			}
			if ld.DatePublished == "" {
				ld.DatePublished = ldString(x["datePublished"])
				if ld.DatePublished == "" {
					ld.DatePublished = ldString(x["dateCreated"])
				}
			}
			if len(ld.Authors) == 0 {
				ld.Authors = ldNames(x["author"])
			}
			if ld.Publisher == "" {
				if names := ldNames(x["publisher"]); len(names) > 0 {
					ld.Publisher = names[0]
				}
			}
			if ld.Body == "" {
				ld.Body = ldString(x["articleBody"])
			}
			if len(ld.Keywords) == 0 {
				switch k := x["keywords"].(type) {
				case string:
					ld.Keywords = splitList(k)
				case []any:
					for _, e := range k {
						if s := ldString(e); s != "" {
							ld.Keywords = append(ld.Keywords, s)
						}
					}
				}
			}
			if ld.Language == "" {
				ld.Language = ldString(x["inLanguage"])
			}
			if ld.URL == "" {
				ld.URL = ldString(x["url"])
			}
		}
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	check := func(s string) bool {
		s = strings.ToLower(s)
		return strings.Contains(s, "article") || s == "blogposting" || s == "newsarticle" ||
			s == "report" || s == "posting" || s == "liveblogposting"
	}
	switch x := t.(type) {
	case string:
		return check(x)
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && check(s) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	}
	return ""
}

// ldNames reads a schema.org Person/Organization value, or a list of them.
func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.HasPrefix(s, "http") {
			out = append(out, s)
		}
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// nodeText returns the text under n, scripts and styles left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// authorText reads an itemprop=author element: its name child, a content
// attribute, or its text when short.
func authorText(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return strings.TrimSpace(v)
	}
	var name string
	var f func(*html.Node)
	f = func(c *html.Node) {
		if name != "" {
			return
		}
		if c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), "name") {
			if v := attr(c, "content"); v != "" {
				name = v
			} else {
				name = collapseSpace(nodeText(c))
			}
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			f(k)
		}
	}
	f(n)
	if name == "" {
		name = collapseSpace(nodeText(n))
	}
	name = cleanAuthor(name)
	if len(name) > 60 {
		return ""
	}
	return name
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}
