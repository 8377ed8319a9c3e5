package reader

import "strings"

// Names in class and id attributes are the most general signal a page gives
// about its parts: the words below are those that web templates use across
// sites and languages of markup, not the names of any one site.

// negSubstrings mark page chrome wherever they occur inside a class or id.
var negSubstrings = []string{
	"comment", "share", "sharing", "social", "related", "recommend", "newsletter",
	"subscri", "sidebar", "footer", "breadcrumb", "promo", "advert", "sponsor",
	"outbrain", "taboola", "popular", "trending", "cookie", "signup", "sign-up",
	"widget", "byline", "caption", "disqus", "pagination", "pager", "masthead",
	"navbar", "topbar", "toolbar", "mostread", "most-read", "more-stories",
	"readmore", "read-more", "taglist", "tag-list", "keyword", "rating", "reaction",
	"dropdown", "modal", "popup", "overlay", "login", "adslot", "ad-slot", "ad-container",
	"ad-wrapper", "adwrap", "dfp", "teaser", "sr-only", "screen-reader", "visually-hidden",
	"d-none", "is-hidden", "invisible",
	"print", "author", "inline-ad", "banner", "skip-link", "follow", "donate", "upsell",
	"copyright", "credit", "timestamp", "dateline-", "post-meta", "entry-meta",
	"article-meta", "meta-data", "newsfeed", "carousel", "slideshow", "gallery",
	"playlist", "video-player", "recirc", "next-article", "prev-article", "navigation",
	"utility", "also-read", "see-also",
}

// negTokens mark page chrome when they are a whole word of a class or id.
var negTokens = map[string]bool{
	"ad": true, "ads": true, "nav": true, "menu": true, "tag": true, "tags": true,
	"meta": true, "date": true, "time": true, "icon": true, "icons": true, "logo": true,
	"header": true, "more": true, "rail": true, "aside": true, "extra": true,
	"hidden": true, "hide": true, "foot": true, "links": true, "crumbs": true,
	"sidebar": true, "share": true, "social": true, "related": true, "byline": true,
	"subnav": true, "topics": true, "categories": true, "category": true, "embed": true,
	"promoted": true, "aux": true, "dn": true, "toc": true, "cta": true, "jump": true, "tools": true,
	"photo": true, "photos": true, "image": true, "img": true, "picture": true, "figure": true, "video": true, "secondary": true, "bottom": true, "top": true,
}

// posSubstrings mark the element that holds the article text.
var posSubstrings = []string{
	"article-body", "articlebody", "article__body", "article-content", "articlecontent",
	"article__content", "story-body", "storybody", "story__body", "story-content",
	"entry-content", "entrycontent", "post-content", "postcontent", "post-body",
	"postbody", "post__content", "content-body", "article-text", "articletext",
	"story-text", "body-text", "bodytext", "post-entry", "entry-body", "text-body",
	"article__text", "news-body", "newsbody", "news-content", "news-text", "td-post-content",
	"blog-post-body", "rich-text", "richtext", "single-content", "main-text",
}

// strongSubstrings are the chrome names that hold text which is never the
// article's even when it is prose: comments, related stories, share and
// sign-up boxes, ads.
var strongSubstrings = []string{
	"comment", "related", "share", "sharing", "social", "advert", "sponsor", "promo",
	"newsletter", "subscri", "disqus", "recommend", "outbrain", "taboola", "respond", "reply",
}

// byFirst indexes substrings by their first byte, so that a scan of a
// class value tries only the words that can start at each position.
type byFirst [256][]string

func indexByFirst(words []string) *byFirst {
	var b byFirst
	for _, w := range words {
		b[w[0]] = append(b[w[0]], w)
	}
	return &b
}

var (
	negIndex    = indexByFirst(negSubstrings)
	posIndex    = indexByFirst(posSubstrings)
	strongIndex = indexByFirst(strongSubstrings)
)

// containsAny reports whether s contains one of the indexed words.
func (b *byFirst) containsAny(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, w := range b[s[i]] {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// postClassPrefixes start the class names that content systems put on an
// article's wrapper to describe the article itself (WordPress post_class:
// "post type-post status-publish format-gallery category-social-media
// tag-sharing hentry"): its format, categories and tags name what the story
// is about, not page chrome.
var postClassPrefixes = []string{"category-", "tag-", "format-", "status-", "type-"}

// isPostClassList reports a class list that content systems give an
// article's wrapper: the hAtom "hentry", or WordPress's type-post or
// status-publish.
func isPostClassList(cls string) bool {
	for _, name := range strings.Fields(cls) {
		if name == "hentry" || name == "type-post" || name == "status-publish" {
			return true
		}
	}
	return false
}

// dropPostClasses removes the names of a post class list that describe the
// article's topic and format.
func dropPostClasses(cls string) string {
	var b strings.Builder
	for _, name := range strings.Fields(cls) {
		topical := false
		for _, p := range postClassPrefixes {
			if strings.HasPrefix(name, p) {
				topical = true
				break
			}
		}
		if !topical {
			b.WriteString(name)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// classifyNames turns class and id values into fNegClass / fPosClass.
func classifyNames(cls, id string) uint16 {
	var f uint16
	s := lowerASCII(cls)
	if isPostClassList(s) {
		s = dropPostClasses(s)
	}
	if id != "" {
		s = s + " " + lowerASCII(id)
	}
	if posIndex.containsAny(s) {
		f |= fPosClass
	}
	if negIndex.containsAny(s) {
		f |= fNegClass
		if strongIndex.containsAny(s) {
			f |= fStrongNeg
		}
	}
	if f&fNegClass == 0 {
		start := -1
		for i := 0; i <= len(s); i++ {
			if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if negTokens[s[start:i]] {
					f |= fNegClass
					break
				}
				start = -1
			}
		}
	}
	return f
}
