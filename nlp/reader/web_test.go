package reader

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/mediakg/mediakg/nlp/limit"
)

// Pages of our own, encoded with golang.org/x/text, for the charset order:
// byte order mark, then the Content-Type header, then <meta>.

const westernBody = `<p>The café on the quay reopened on Monday after a winter of repairs, its owner said.</p>
<p>“We kept the old counter,” she said, adding that a coffee now costs €2.</p>
<p>The harbour board paid for half of the work from its maintenance budget.</p>`

const russianBody = `<p>Новая паромная линия свяжет два порта уже этим летом, сообщили в администрации.</p>
<p>Первый рейс назначен на июнь, билеты поступят в продажу в мае.</p>
<p>Перевозчик обещает ходить трижды в неделю при любой погоде.</p>`

func webPage(meta, title, body string) string {
	return "<!doctype html><html><head>" + meta + "<title>" + title + "</title></head><body><article><h1>" +
		title + "</h1>\n" + body + "</article></body></html>"
}

func TestParseWebPageCharset(t *testing.T) {
	cp1252 := func(meta string) []byte {
		return encode(t, charmap.Windows1252, webPage(meta, "Quay café reopens", westernBody))
	}
	koi8 := func(meta string) []byte {
		return encode(t, charmap.KOI8R, webPage(meta, "Паром между портами", russianBody))
	}
	utf8Page := func(meta string) []byte { return []byte(webPage(meta, "Quay café reopens", westernBody)) }
	for _, c := range []struct {
		name, ctype string
		raw         []byte
		want        string // in the body
		warning     string // in the warnings; "" for none
	}{
		{"header windows-1252, no meta", "text/html; charset=windows-1252", cp1252(""), "“We kept the old counter,” she said, adding that a coffee now costs €2.", ""},
		{"header koi8-r, no meta", "text/html; charset=KOI8-R", koi8(""), "Новая паромная линия", ""},
		{"header over a wrong meta", "text/html; charset=koi8-r", koi8(`<meta charset="windows-1251">`), "Новая паромная линия",
			"the Content-Type header's koi8-r overrides the page's declared windows-1251"},
		{"header and meta agree", "text/html; charset=koi8-r", koi8(`<meta charset="koi8-r">`), "Новая паромная линия", ""},
		{"no header charset, meta", "text/html", koi8(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`), "Новая паромная линия", ""},
		{"utf-8 BOM beats the header", "text/html; charset=windows-1252", append([]byte{0xEF, 0xBB, 0xBF}, utf8Page("")...), "The café on the quay", ""},
		{"header utf-8, bytes windows-1252, meta says so", "text/html; charset=utf-8", cp1252(`<meta charset="windows-1252">`), "coffee now costs €2",
			"the Content-Type header says utf-8 but the bytes are not; read as windows-1252"},
		{"unknown header label", "text/html; charset=x-no-such", koi8(`<meta charset="koi8-r">`), "Новая паромная линия",
			`unknown charset "x-no-such" in the Content-Type header, ignored`},
		{"header latin-1 on utf-8 bytes", "text/html; charset=iso-8859-1", utf8Page(""), "The café on the quay", "declared windows-1252 but the bytes are utf-8"},
		{"plain text windows-1252", "text/plain; charset=windows-1252",
			encode(t, charmap.Windows1252, "Quay café reopens\n\nThe café on the quay reopened on Monday after a winter of repairs, its owner said.\n\n“We kept the old counter,” she said, adding that a coffee now costs €2.\n"),
			"“We kept the old counter,” she said", ""},
		{"plain text koi8-r", "text/plain; charset=koi8-r",
			encode(t, charmap.KOI8R, "Паром между портами\n\nНовая паромная линия свяжет два порта уже этим летом, сообщили в администрации.\n\nПервый рейс назначен на июнь, билеты поступят в продажу в мае.\n"),
			"Первый рейс назначен на июнь", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := ParseWebPage(c.raw, "http://127.0.0.1:8080/news/quay.html", c.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, c.want) {
				t.Errorf("body %q lacks %q", a.Body, c.want)
			}
			w := strings.Join(a.Warnings, "; ")
			if c.warning == "" && w != "" || !strings.Contains(w, c.warning) {
				t.Errorf("warnings %q, want %q", w, c.warning)
			}
		})
	}
}

func TestParseWebPageURL(t *testing.T) {
	raw := []byte(webPage("", "Quay café reopens", westernBody))
	const at = "http://127.0.0.1:8080/news/quay.html"
	a, err := ParseWebPage(raw, at, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != at {
		t.Errorf("URL = %q, want the address the page was found at", a.URL)
	}
	b, err := ParseWebPage(raw, "http://127.0.0.1:8080/other.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID == b.ID {
		t.Errorf("two addresses gave one id %s", a.ID)
	}
	// A canonical link in the page is its canonical URL, resolved against
	// the page; the URL stays the address it was found at, and the id
	// comes from the canonical link, so the page read at another address
	// is the same article.
	canon := []byte(webPage(`<link rel="canonical" href="/news/2026/quay-cafe">`, "Quay café reopens", westernBody))
	c, err := ParseWebPage(canon, at, "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if c.CanonicalURL != "http://127.0.0.1:8080/news/2026/quay-cafe" || c.URL != at {
		t.Errorf("URL = %q, canonical URL = %q; want %q and the canonical link resolved against the page", c.URL, c.CanonicalURL, at)
	}
	c2, err := ParseWebPage(canon, "http://127.0.0.1:8080/amp/quay.html", "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if c2.ID != c.ID || c2.ContentHash != c.ContentHash || c2.URL == c.URL {
		t.Errorf("one page at two addresses: ids %s %s, hashes %s %s, URLs %s %s", c.ID, c2.ID, c.ContentHash, c2.ContentHash, c.URL, c2.URL)
	}
	// Text pages take the address too.
	p, err := ParseWebPage([]byte("Quay café reopens\n\nThe café on the quay reopened on Monday after a winter of repairs.\n"), at, "text/plain")
	if err != nil || p.URL != at || p.ID == "" {
		t.Errorf("text page: URL %q id %q err %v", p.URL, p.ID, err)
	}
	// Same bytes from a file and from the web differ only in URL and id:
	// the content hash is the same.
	f, err := ParseHTML(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Body != a.Body || f.Title != a.Title || f.Language != a.Language || f.ContentHash != a.ContentHash {
		t.Errorf("file and web readings differ:\n%+v\n%+v", f, a)
	}
}

func TestParseWebPageRejects(t *testing.T) {
	for name, raw := range map[string][]byte{
		"empty":  []byte("  \n"),
		"binary": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
	} {
		if _, err := ParseWebPage(raw, "http://127.0.0.1/x", "text/html"); err == nil {
			t.Errorf("%s page accepted", name)
		}
	}
}

// TestReadWebPageLimits: a fetched page meets the same per-document limits
// as a saved file: the body size, the DOM size and an empty body.
func TestReadWebPageLimits(t *testing.T) {
	page := []byte(webPage("", "Quay café reopens", westernBody))
	ctx := context.Background()
	a, err := ReadWebPage(ctx, page, "https://harbour.example/quay", "text/html; charset=utf-8", Options{MaxBodyBytes: 1 << 20})
	if err != nil || a.Body == "" {
		t.Fatalf("within the limits: %v, body %q", err, a.Body)
	}
	var le *limit.Error
	_, err = ReadWebPage(ctx, page, "https://harbour.example/quay", "text/html", Options{MaxBodyBytes: 20})
	if !errors.As(err, &le) || le.Name != "input.max_body_bytes" {
		t.Errorf("body over 20 bytes: %v, want input.max_body_bytes", err)
	}
	_, err = ReadWebPage(ctx, page, "https://harbour.example/quay", "text/html", Options{MaxDOMNodes: 5})
	if !errors.As(err, &le) {
		t.Errorf("over 5 DOM nodes: %v, want a limit error", err)
	}
	empty := []byte("<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>")
	if _, err = ReadWebPage(ctx, empty, "https://harbour.example/empty", "text/html", Options{}); !errors.Is(err, ErrNoBody) {
		t.Errorf("script-only page: %v, want ErrNoBody", err)
	}
}
