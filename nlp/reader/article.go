package reader

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/mediakg/mediakg/nlp/document"
)

// fromHTML fills an Article from a page's metadata and extracted body;
// dated says the caller has the publication date (and the page's stamps
// need not be searched for it).
func fromHTML(m pageMeta, p *page, parts bodyParts, pageURL string, dated bool) document.Article {
	var a document.Article
	a.URL = strings.TrimSpace(pageURL)
	a.CanonicalURL = firstNonEmpty(absURL(m.canonical, pageURL), absURL(m.meta["og:url"], pageURL), absURL(m.ld.URL, pageURL))
	host := hostOf(a.CanonicalURL)
	if host == "" {
		host = hostOf(pageURL)
	}

	// Publisher: the site's own name, the schema.org publisher, the domain.
	siteName := firstNonEmpty(m.meta["og:site_name"], m.ld.Publisher, m.meta["application-name"], m.meta["dc.publisher"], m.meta["publisher"])
	if strings.Contains(siteName, "://") || strings.HasPrefix(siteName, "@") {
		siteName = "" // a URL or a handle, not a name
	}
	if o, ok := knownOutlets().byHost(host); ok {
		setPublisher(&a, o)
	} else if o, ok := knownOutlets().byName(siteName); ok {
		setPublisher(&a, o)
	} else if siteName != "" {
		a.Publisher = siteName
		a.PublisherID = document.OrgID(siteName)
	}

	a.Title = pickTitle(m, siteName, a.Publisher, host)
	if parts.headline != "" && m.h1 == "" {
		a.Title = parts.headline
	}
	if weakTitle(a.Title, siteName, a.Publisher) {
		// The title tags name the site or a section: the headline is the
		// headline-shaped line that opens the body, or the one above it.
		if len(parts.paras) > 1 && isHeadlineText(parts.paras[0]) {
			a.Title = parts.paras[0]
			parts.paras = parts.paras[1:]
		} else if parts.above != "" {
			a.Title = parts.above
		}
	}
	a.Body = strings.Join(parts.paras, "\n\n")
	a.Body = strings.Join(parts.paras, "\n\n")

	for _, v := range []string{m.ld.DatePublished, m.meta["article:published_time"], m.meta["og:published_time"],
		m.meta["article:published"], m.meta["datepublished"], m.meta["pubdate"], m.meta["publishdate"],
		m.meta["publish-date"], m.meta["publish_date"], m.meta["dc.date.issued"], m.meta["dc.date"],
		m.meta["dcterms.created"], m.meta["dcterms.date"], m.meta["sailthru.date"], m.meta["parsely-pub-date"],
		m.meta["article.published"], m.meta["originalpublicationdate"], m.meta["date"], m.timeAttr} {
		if iso := normalizeDate(v); iso != "" {
			a.Published = iso
			break
		}
	}
	if a.Published == "" {
		a.Published = urlDate(a.CanonicalURL)
		if a.Published == "" {
			a.Published = urlDate(pageURL)
		}
	}
	if (a.Published == "" || len(a.Published) == 7) && !dated {
		// A stamp printed near the headline: the page text before the body's
		// end, where bylines and dates sit.
		if d := findStamp(p.headText(4000)); d != "" {
			a.Published = d
		}
	}

	a.Language = langCode(firstNonEmpty(m.lang, m.ld.Language, m.meta["og:locale"], m.meta["content-language"], m.meta["dc.language"]))
	if a.Language == "" {
		a.Language = guessLanguage(a.Body)
	}

	authors := m.ld.Authors
	if len(authors) == 0 {
		for _, k := range []string{"author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"} {
			if v := m.meta[k]; v != "" && !strings.HasPrefix(v, "http") {
				authors = []string{v}
				break
			}
		}
	}
	if len(authors) == 0 {
		authors = m.authors
	}
	if len(authors) == 0 {
		authors = parts.byline
	}
	if len(authors) == 0 {
		authors = parts.reporters
	}
	for _, au := range authors {
		for _, name := range splitNames(cleanAuthor(au)) {
			if name != a.Publisher && !strings.EqualFold(name, siteName) {
				a.Authors = appendUnique(a.Authors, name)
			}
		}
	}
	for _, e := range parts.editors {
		a.Editors = appendUnique(a.Editors, e)
	}
	a.Keywords = m.keywords
	if len(a.Keywords) == 0 {
		a.Keywords = m.ld.Keywords
	}
	return a
}

// weakTitle reports a title that names the site or a section, not the
// story: one or two words, the site's own name, a service name.
func weakTitle(t, siteName, publisher string) bool {
	low := strings.ToLower(t)
	return len(strings.Fields(t)) <= 2 || strings.EqualFold(t, siteName) || strings.EqualFold(t, publisher) ||
		strings.Contains(low, "news update") || strings.Contains(low, "news service") || isSiteish(low)
}

// isHeadlineText reports a line shaped like a headline: 4 to 25 words,
// no full stop at the end.
func isHeadlineText(s string) bool {
	n := len(strings.Fields(s))
	return n >= 4 && n <= 25 && !strings.HasSuffix(strings.TrimSpace(s), ".")
}

// finish fills what every reader path shares: paragraph spans, dateline,
// source, editors found in the body, the id and the content hash.
// idKey is the fallback identity when there is neither a canonical URL nor
// a web address (see document.Article.ID).
func finish(a *document.Article, idKey string) {
	a.Published = notFuture(a.Published)
	a.Paragraphs = paragraphSpans(a.Body)
	if a.Dateline == nil {
		a.Dateline = findDateline(a.Body, a.Paragraphs, a.Published)
	}
	if a.Source == "" && a.Dateline != nil && a.Dateline.Agency != "" {
		setSource(a, a.Dateline.Agency)
	}
	if a.Source == "" {
		if s := creditSource(a.Body, a.Paragraphs); s != "" {
			setSource(a, s)
		}
	}
	if a.Source != "" && (a.Source == a.Publisher || (a.SourceID != "" && a.SourceID == a.PublisherID)) {
		// The publisher's own desk, not an agency it carries.
		a.Source, a.SourceID = "", ""
	}
	if len(a.Editors) == 0 {
		a.Editors = bodyEditors(a.Body, a.Paragraphs)
	}
	if a.Language == "" {
		a.Language = guessLanguage(a.Body)
	}
	key := a.CanonicalURL
	if key == "" && !isFileURL(a.URL) {
		key = a.URL
	}
	if key == "" {
		key = idKey
	}
	if key == "" {
		key = "body:" + a.Title + "\x00" + a.Body
	}
	a.ID = document.ArticleID(key)
	a.ContentHash = document.ContentHash(a)
}

// isFileURL reports a file: URL, the address of a file read from disk;
// such an address depends on where the corpus lies, so it never makes the
// id (the file name does).
func isFileURL(u string) bool {
	return len(u) >= 5 && strings.EqualFold(u[:5], "file:")
}

// FileURL returns the file: URL of path, made absolute.
func FileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// paragraphSpans returns the spans of body's "\n\n"-separated paragraphs.
func paragraphSpans(body string) []document.Span {
	var out []document.Span
	for off := 0; off < len(body); {
		i := strings.Index(body[off:], "\n\n")
		end := len(body)
		if i >= 0 {
			end = off + i
		}
		if end > off {
			out = append(out, document.Span{Start: off, End: end})
		}
		if i < 0 {
			break
		}
		off = end + 2
	}
	return out
}

// pickTitle chooses the headline: the page's h1 when the title tags agree
// with it, else og:title or the JSON-LD headline, else <title>, each with
// the site name cut off.
func pickTitle(m pageMeta, siteName, publisher, host string) string {
	og := firstNonEmpty(m.meta["og:title"], m.meta["twitter:title"])
	cands := []string{cutSiteName(og, siteName, publisher, host), cutSiteName(m.ld.Headline, siteName, publisher, host), cutSiteName(m.title, siteName, publisher, host)}
	if h1 := m.h1; h1 != "" && len(h1) < 300 {
		for _, c := range cands {
			if c != "" && (sameText(c, h1) || strings.Contains(strings.ToLower(c), strings.ToLower(h1)) && len(h1)*2 > len(c)) {
				return h1
			}
		}
	}
	if t := firstNonEmpty(cands...); t != "" {
		return t
	}
	return m.h1
}

var titleSeps = []string{" | ", " -- ", " - ", " – ", " — ", " :: ", " » ", " > ", " · ", " / ", "_", " : ", ": "}

// cutSiteName removes site names, sections and breadcrumbs from a title:
// "Section > Site -- Headline | Site" -> "Headline". A part names the site
// when it matches the site name, the publisher or the host name.
func cutSiteName(t, siteName, publisher, host string) string {
	t = collapseSpace(t)
	if t == "" {
		return ""
	}
	hostKey := strings.ReplaceAll(strings.TrimPrefix(host, "www."), "-", "")
	isSite := func(part string) bool {
		pl := strings.ToLower(strings.TrimSpace(part))
		if pl == "" || isSiteish(pl) {
			return true
		}
		if siteName != "" && strings.Contains(strings.ToLower(siteName), pl) {
			return true
		}
		if publisher != "" && strings.Contains(strings.ToLower(publisher), pl) {
			return true
		}
		squashed := strings.Join(wordTokens(pl), "")
		return hostKey != "" && len(squashed) >= 4 && strings.Contains(hostKey, squashed)
	}
	for pass := 0; pass < 3; pass++ {
		before := t
		t = cutSiteOnce(t, isSite)
		if t == before {
			break
		}
	}
	return t
}

func cutSiteOnce(t string, isSite func(string) bool) string {
	for _, sep := range titleSeps {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		var keep []string
		for _, p := range parts {
			if !isSite(p) {
				keep = append(keep, strings.TrimSpace(p))
			}
		}
		switch {
		case len(keep) == 0:
			continue
		case len(keep) < len(parts):
			if sep == " - " || sep == " – " || sep == " : " || sep == ": " {
				t = strings.Join(keep, sep)
			} else {
				t = longest(keep) // breadcrumbs and bars: the headline is the long part
			}
		case len(parts) > 1 && sep != " : " && sep != ": " && sep != "_":
			// Nothing named the site: a short last part usually does, and
			// a one- or two-word first part before a bar is a section.
			last := parts[len(parts)-1]
			if len(last) < 30 && len(last)*3 < len(t) {
				t = strings.TrimSpace(strings.Join(parts[:len(parts)-1], sep))
			} else if isBarSep(sep) && len(strings.Fields(parts[0])) <= 2 && len(strings.Fields(last)) >= 4 {
				t = strings.TrimSpace(strings.Join(parts[1:], sep))
			}
		}
	}
	return t
}

func isBarSep(sep string) bool {
	switch sep {
	case " | ", " -- ", " > ", " » ", " :: ", " · ":
		return true
	}
	return false
}

func longest(parts []string) string {
	best := ""
	for _, p := range parts {
		if len(p) > len(best) {
			best = p
		}
	}
	return best
}

func isSiteish(s string) bool {
	return strings.HasSuffix(s, ".com") || strings.HasSuffix(s, ".cn") || strings.HasSuffix(s, ".org") ||
		strings.HasSuffix(s, ".net") || strings.HasSuffix(s, ".co.uk") || strings.HasSuffix(s, ".ru") ||
		s == "home" || s == "news"
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

func absURL(ref, base string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if u.IsAbs() {
		return u.String()
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ""
	}
	return b.ResolveReference(u).String()
}

func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.ToLower(p.Hostname())
}

// langCode reduces "en-US", "en_GB" or "English" to "en".
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	switch s {
	case "english":
		return "en"
	case "russian":
		return "ru"
	case "chinese":
		return "zh"
	}
	if len(s) == 2 || len(s) == 3 {
		return s
	}
	return ""
}

// stopwords of a few languages, for a guess when the page declares none.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was"},
	"de": {"der", "die", "und", "das", "nicht", "mit", "ist", "den", "von", "sich"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "pour", "dans", "qui"},
	"es": {"el", "la", "los", "que", "del", "las", "por", "una", "para", "con"},
	"it": {"il", "che", "della", "per", "una", "sono", "gli", "del", "non", "con"},
	"pt": {"que", "não", "uma", "para", "com", "os", "do", "da", "em", "das"},
	"id": {"yang", "dan", "di", "ini", "dengan", "untuk", "itu", "dari", "tidak", "akan"},
}

// stopwordLangs maps each stop word to the languages it is one of.
var stopwordLangs = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for lang, ws := range stopwords {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
})

// guessLanguage names the language of text from its script, and for Latin
// script from common function words.
func guessLanguage(text string) string {
	if len(text) > 4000 {
		text = text[:4000]
	}
	var han, kana, hangul, cyr, arabic, latin int
	for _, r := range text {
		if r < 0x80 {
			// ASCII: a letter is Latin, anything else no script of these.
			if (r|0x20) >= 'a' && (r|0x20) <= 'z' {
				latin++
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case kana > 20:
		return "ja"
	case han > latin && han > cyr:
		return "zh"
	case hangul > latin:
		return "ko"
	case cyr > latin:
		return "ru"
	case arabic > latin:
		return "ar"
	case latin < 20:
		return ""
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:!?\"'()«»“”")
		for _, lang := range stopwordLangs()[w] {
			counts[lang]++
		}
	}
	best, bestN := "", 0
	for _, lang := range []string{"en", "de", "fr", "es", "it", "pt", "id"} {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if bestN < 3 {
		return ""
	}
	return best
}

var (
	reByPrefix   = regexp.MustCompile(`(?i)^\s*(?:written\s+)?by[:\s]+`)
	reNameSplit  = regexp.MustCompile(`\s*(?:,|;|\band\b|&|\+)\s*`)
	reAuthorTail = regexp.MustCompile(`(?i)\s*(?:[|,–—-]\s*)?(?:staff\s+(?:writer|reporter)|correspondent|contributor|senior\s+\w+|updated.*|published.*|\d.*)$`)
)

// cleanAuthor strips "By " and job titles from a byline.
func cleanAuthor(s string) string {
	s = collapseSpace(s)
	s = reByPrefix.ReplaceAllString(s, "")
	s = reAuthorTail.ReplaceAllString(s, "")
	// "Jane Doe CNN Business", "JOHN ROE AP National Writer": cut the outlet.
	if f := strings.Fields(s); len(f) > 2 {
		for i := 2; i < len(f); i++ {
			if _, ok := knownOutlets().byName(f[i]); ok {
				s = strings.Join(f[:i], " ")
				break
			}
		}
	}
	return strings.TrimSpace(strings.Trim(s, "|,;:-–— "))
}

// splitNames splits "A, B and C" into names, keeping plausible ones.
func splitNames(s string) []string {
	var out []string
	for _, n := range reNameSplit.Split(s, -1) {
		n = strings.TrimSpace(n)
		if n == "" || len(strings.Fields(n)) > 5 || len(n) > 60 || strings.Contains(n, "@") || strings.HasPrefix(n, "http") {
			continue
		}
		out = append(out, n)
	}
	return out
}

// creditLine reads a line that credits the story's makers rather than
// telling it: "(Reporting by A; Editing by B)", "(Web editor: C, D)",
// "Editor: E". It returns the editors and reporters it names.
func creditLine(s string) (editors, reporters []string, ok bool) {
	t := strings.TrimSpace(s)
	if m := reReportingBy.FindStringSubmatch(t); m != nil {
		reporters = splitNames(m[1])
		ok = true
	}
	if ed := editorsIn(t); len(ed) > 0 {
		editors = ed
		ok = true
	}
	if ok && len(t) > 0 && t[0] != '(' && !reReportingBy.MatchString(t) && !reEditorLine.MatchString(t) && !reWebEditor.MatchString(t) {
		// "... Editing by" inside a sentence is text, not a credit.
		return nil, nil, false
	}
	return editors, reporters, ok
}

var (
	reReportingBy = regexp.MustCompile(`(?i)^\(?\s*reporting\s+by\s+([^;)]+)`)
	reWebEditor   = regexp.MustCompile(`(?i)\((?:web\s+)?editors?:\s*([^)]+)\)`)
	reEditorLine  = regexp.MustCompile(`(?i)^(?:web\s+)?(?:editors?|edited\s+by|editing\s+by)[:\s]+(.{3,80})$`)
	reEditingBy   = regexp.MustCompile(`(?i)\bEditing\s+by\s+([^);\n]+)`)
	reCredit      = regexp.MustCompile(`(?i)^(?:\(([\p{L} ]{2,30})\)|source:\s*([\p{L} .\-]{2,40})|[—–-]\s*([\p{L} ]{2,30}))$`)
)

// editorsIn reads an editor credit line: "(Web editor: Wen Ying, Liang Jun)",
// "Editor: Li Yang", "(... Editing by Alex Richardson)".
func editorsIn(line string) []string {
	if !hasEditWord(line) {
		return nil // every pattern below names an editor
	}
	var raw string
	if m := reWebEditor.FindStringSubmatch(line); m != nil {
		raw = m[1]
	} else if m := reEditorLine.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
		raw = m[1]
	} else if m := reEditingBy.FindStringSubmatch(line); m != nil {
		raw = m[1]
	}
	if raw == "" {
		return nil
	}
	return splitNames(strings.TrimSpace(raw))
}

// hasEditWord reports whether s holds "edit" in any case, which each
// editor pattern needs.
func hasEditWord(s string) bool { return hasASCIIFold(s, "edit") }

// hasASCIIFold reports whether s holds word, a lower-case ASCII word, in
// any ASCII case: a quick test before a case-insensitive pattern that
// needs the word.
func hasASCIIFold(s, word string) bool {
	n := len(word)
outer:
	for i := 0; i+n <= len(s); i++ {
		for j := 0; j < n; j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// bodyEditors looks for an editing credit in the body's last paragraphs.
func bodyEditors(body string, paras []document.Span) []string {
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-3; i-- {
		if ed := editorsIn(body[paras[i].Start:paras[i].End]); len(ed) > 0 {
			return ed
		}
	}
	return nil
}

// creditSource finds an agency credited on a line of its own at the start
// or the end of the body: "(Xinhua)", "Source: TASS", "— Reuters".
func creditSource(body string, paras []document.Span) string {
	check := func(i int) string {
		s := strings.TrimSpace(body[paras[i].Start:paras[i].End])
		if len(s) > 60 {
			return ""
		}
		m := reCredit.FindStringSubmatch(s)
		if m == nil {
			return ""
		}
		name := firstNonEmpty(m[1], m[2], m[3])
		if o, ok := knownOutlets().byName(name); ok && o.Kind == "news_agency" {
			return o.Name
		}
		return ""
	}
	for _, i := range []int{0, len(paras) - 1} {
		if i >= 0 && i < len(paras) {
			if s := check(i); s != "" {
				return s
			}
		}
	}
	return ""
}

// baseName is the fallback identity of a file without URL or id.
func baseName(path string) string { return filepath.Base(path) }
