package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// All servers here are httptest servers, which listen on 127.0.0.1 only.

const page = `<!doctype html><html><head><title>Harbour cranes return</title></head>
<body><article><h1>Harbour cranes return</h1>
<p>The port authority said on Tuesday that four new cranes will be working by spring.</p>
</article></body></html>`

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func htmlHandler(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

// fetchErr fetches u with opts and returns the *Error it must fail with.
func fetchErr(t *testing.T, opts Options, u string) *Error {
	t.Helper()
	p, err := New(opts).Get(context.Background(), u)
	if err == nil {
		t.Fatalf("Get(%s) = %d bytes from %s, want an error", u, len(p.Body), p.URL)
	}
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("Get(%s) error %T %v, want *fetch.Error", u, err, err)
	}
	if fe.URL != u || !strings.HasPrefix(err.Error(), u+": ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %q does not name %s in one line", err, u)
	}
	t.Logf("%v", err)
	return fe
}

func TestGetHTML(t *testing.T) {
	var ua atomic.Value
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		htmlHandler(page)(w, r)
	})
	p, err := New(Options{UserAgent: "mediakg-test/1"}).Get(context.Background(), s.URL+"/a.html")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != page || p.URL != s.URL+"/a.html" || p.Requested != p.URL || p.Redirects != 0 {
		t.Errorf("page = %q from %s (%d redirects)", p.Body, p.URL, p.Redirects)
	}
	if p.MediaType != "text/html" || p.Charset != "utf-8" || p.ContentType != "text/html; charset=utf-8" {
		t.Errorf("type = %q %q %q", p.ContentType, p.MediaType, p.Charset)
	}
	if got := ua.Load(); got != "mediakg-test/1" {
		t.Errorf("User-Agent = %q", got)
	}
}

func TestDefaultUserAgentNamesMediakg(t *testing.T) {
	var ua atomic.Value
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		htmlHandler(page)(w, r)
	})
	if _, err := New(Options{}).Get(context.Background(), s.URL); err != nil {
		t.Fatal(err)
	}
	if got, _ := ua.Load().(string); !strings.Contains(got, "mediakg") {
		t.Errorf("User-Agent = %q, want one naming mediakg", got)
	}
}

func TestGetCharsetFromHeader(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", `text/html; charset="KOI8-R"`)
		fmt.Fprint(w, "<p>\xf0\xd2\xc9\xd7\xc5\xd4</p>")
	})
	p, err := New(Options{}).Get(context.Background(), s.URL)
	if err != nil {
		t.Fatal(err)
	}
	if p.Charset != "KOI8-R" {
		t.Errorf("charset = %q, want KOI8-R", p.Charset)
	}
}

func TestGetRedirects(t *testing.T) {
	var uaSeen sync.Map
	mux := http.NewServeMux()
	s := serve(t, mux.ServeHTTP)
	// /chain/N redirects to /chain/N-1; /chain/0 is the page.
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		uaSeen.Store(r.URL.Path, r.UserAgent())
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			htmlHandler(page)(w, r)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/b", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/to/{scheme}", func(w http.ResponseWriter, r *http.Request) {
		target := map[string]string{
			"file":   "file:///etc/hostname",
			"ftp":    "ftp://127.0.0.1/pub/a.html",
			"gopher": "gopher://127.0.0.1/1",
		}[r.PathValue("scheme")]
		w.Header().Set("Location", target)
		w.WriteHeader(http.StatusFound)
	})

	t.Run("chain within limit", func(t *testing.T) {
		p, err := New(Options{MaxRedirects: 5, UserAgent: "mediakg-redirect-test"}).Get(context.Background(), s.URL+"/chain/5")
		if err != nil {
			t.Fatal(err)
		}
		if p.URL != s.URL+"/chain/0" || p.Requested != s.URL+"/chain/5" || p.Redirects != 5 {
			t.Errorf("final %s from %s after %d redirects", p.URL, p.Requested, p.Redirects)
		}
		for i := range 6 {
			path := fmt.Sprintf("/chain/%d", i)
			if ua, _ := uaSeen.Load(path); ua != "mediakg-redirect-test" {
				t.Errorf("%s got User-Agent %q", path, ua)
			}
		}
	})
	for _, c := range []struct {
		name string
		max  int
		path string
		kind error
		want string
	}{
		{"one over the limit", 5, "/chain/6", ErrRedirects, "more than 5 (fetch.max_redirects)"},
		{"none allowed", 0, "/chain/1", ErrRedirects, "more than 0"},
		{"loop", 5, "/loop/a", ErrRedirects, "redirect loop back to " + s.URL + "/loop/a"},
		{"to file", 5, "/to/file", ErrScheme, `redirect to file:///etc/hostname: unsupported URL scheme "file"`},
		{"to ftp", 5, "/to/ftp", ErrScheme, `redirect to ftp://127.0.0.1/pub/a.html: unsupported URL scheme "ftp"`},
		{"to gopher", 5, "/to/gopher", ErrScheme, `unsupported URL scheme "gopher"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := fetchErr(t, Options{MaxRedirects: c.max}, s.URL+c.path)
			if !errors.Is(e, c.kind) || !strings.Contains(e.Reason, c.want) {
				t.Errorf("got %v (kind %v), want %v with %q", e, e.Kind, c.kind, c.want)
			}
		})
	}
}

func TestGetRejectsSchemes(t *testing.T) {
	for _, u := range []string{"ftp://127.0.0.1/a.html", "file:///etc/hostname", "mailto:desk@example.org",
		"javascript:alert(1)", "127.0.0.1/a.html", "http:///a.html", "http://[::1"} {
		t.Run(u, func(t *testing.T) {
			e := fetchErr(t, Options{}, u)
			if !errors.Is(e, ErrScheme) {
				t.Errorf("got %v, want ErrScheme", e)
			}
		})
	}
}

func TestGetTimeouts(t *testing.T) {
	// blockHeaders never answers; blockBody sends headers and a little of the
	// body, then stalls. Both hold until the client gives up.
	blockHeaders := func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }
	blockBody := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>The first half")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}
	for _, c := range []struct {
		name string
		h    http.HandlerFunc
		opts Options
		want string
	}{
		{"total, no headers", blockHeaders, Options{Timeout: 200 * time.Millisecond}, "fetch.timeout"},
		{"total, body stalls", blockBody, Options{Timeout: 200 * time.Millisecond}, "fetch.timeout"},
		{"headers", blockHeaders, Options{Timeout: time.Minute, HeaderTimeout: 100 * time.Millisecond}, "fetch.header_timeout"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := serve(t, c.h)
			e := fetchErr(t, c.opts, s.URL+"/slow.html")
			if !errors.Is(e, ErrTimeout) || !strings.Contains(e.Reason, c.want) {
				t.Errorf("got %v (kind %v), want ErrTimeout naming %s", e, e.Kind, c.want)
			}
		})
	}
}

func TestGetCancelledIsNotATimeout(t *testing.T) {
	arrived := make(chan struct{})
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-r.Context().Done()
	})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-arrived; cancel() }()
	_, err := New(Options{}).Get(ctx, s.URL)
	if err == nil || errors.Is(err, ErrTimeout) || !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "cancelled") {
		t.Errorf("got %v, want a cancellation that is not a timeout", err)
	}
}

func TestGetSizeCap(t *testing.T) {
	const limit = 1000
	body := func(n int) string { return "<p>" + strings.Repeat("x", n-3) }
	var wrote atomic.Int64
	mux := http.NewServeMux()
	s := serve(t, mux.ServeHTTP)
	// /len/N sends N bytes with a Content-Length; /chunked/N streams them
	// without one.
	mux.HandleFunc("/len/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(n))
		k, _ := fmt.Fprint(w, body(n))
		wrote.Store(int64(k))
	})
	mux.HandleFunc("/chunked/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		w.Header().Set("Content-Type", "text/html")
		b := body(n)
		for len(b) > 0 {
			k := min(len(b), 100)
			if _, err := fmt.Fprint(w, b[:k]); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			b = b[k:]
		}
	})
	for _, c := range []struct {
		path string
		ok   bool
		want string
	}{
		{"/len/1000", true, ""},
		{"/chunked/1000", true, ""},
		{"/len/1001", false, "Content-Length 1001 bytes is over the limit of 1000 (fetch.max_bytes)"},
		{"/len/5000000", false, "Content-Length 5000000 bytes"},
		{"/chunked/1001", false, "body is over the limit of 1000 bytes (fetch.max_bytes)"},
		{"/chunked/50000", false, "body is over the limit of 1000 bytes"},
	} {
		t.Run(c.path, func(t *testing.T) {
			opts := Options{MaxBytes: limit}
			if c.ok {
				p, err := New(opts).Get(context.Background(), s.URL+c.path)
				if err != nil || len(p.Body) != limit {
					t.Fatalf("got %v, want the %d bytes", err, limit)
				}
				return
			}
			e := fetchErr(t, opts, s.URL+c.path)
			if !errors.Is(e, ErrTooLarge) || !strings.Contains(e.Reason, c.want) {
				t.Errorf("got %v, want ErrTooLarge with %q", e, c.want)
			}
		})
	}
}

func TestGetStatus(t *testing.T) {
	for _, code := range []int{404, 410, 500, 503} {
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			s := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.WriteHeader(code)
				fmt.Fprint(w, "<p>error page</p>")
			})
			e := fetchErr(t, Options{}, s.URL+"/gone.html")
			want := fmt.Sprintf("HTTP status %d %s", code, http.StatusText(code))
			if !errors.Is(e, ErrStatus) || e.Status != code || e.Reason != want {
				t.Errorf("got %v (status %d), want %q", e, e.Status, want)
			}
		})
	}
}

func TestGetContentType(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
	for _, c := range []struct {
		name, ctype, body string
		ok                bool
		media             string
	}{
		{"html", "text/html", page, true, "text/html"},
		{"xhtml", "application/xhtml+xml; charset=utf-8", page, true, "application/xhtml+xml"},
		{"plain", "text/plain; charset=utf-8", "Four cranes arrive.", true, "text/plain"},
		{"upper case", "TEXT/HTML; Charset=UTF-8", page, true, "text/html"},
		{"none, html bytes", "", page, true, "text/html"},
		{"none, text bytes", "", "Four cranes arrive.", true, "text/plain"},
		{"png", "image/png", png, false, ""},
		{"pdf", "application/pdf", "%PDF-1.7\n", false, ""},
		{"octet-stream", "application/octet-stream", page, false, ""},
		{"json", "application/json", `{"a":1}`, false, ""},
		{"none, png bytes", "", png, false, ""},
		{"garbled", "text/html; charset", page, true, "text/html"},
		{"unparsable", "/;;", page, false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := serve(t, func(w http.ResponseWriter, r *http.Request) {
				if c.ctype == "" {
					w.Header()["Content-Type"] = nil // no header, not sniffed by the server
				} else {
					w.Header().Set("Content-Type", c.ctype)
				}
				fmt.Fprint(w, c.body)
			})
			if c.ok {
				p, err := New(Options{}).Get(context.Background(), s.URL)
				if err != nil || p.MediaType != c.media {
					t.Fatalf("got %v, media %q; want %q", err, p.MediaType, c.media)
				}
				return
			}
			if e := fetchErr(t, Options{}, s.URL); !errors.Is(e, ErrContentType) {
				t.Errorf("got %v, want ErrContentType", e)
			}
		})
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	if _, err := z.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGetGzip(t *testing.T) {
	big := "<p>" + strings.Repeat("The cranes arrived. ", 50000) // 1 MB, compresses to a few KB
	mux := http.NewServeMux()
	s := serve(t, mux.ServeHTTP)
	handler := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				http.Error(w, "gzip only", http.StatusNotAcceptable)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
			w.Write(body)
		}
	}
	small, bomb := gzipped(t, page), gzipped(t, big)
	mux.HandleFunc("/page", handler(small))
	mux.HandleFunc("/big", handler(bomb))
	mux.HandleFunc("/br", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "br")
		w.Write([]byte{0x1b, 0x03, 0x00})
	})

	p, err := New(Options{}).Get(context.Background(), s.URL+"/page")
	if err != nil || string(p.Body) != page {
		t.Fatalf("gzip page: %v, body %q", err, p.Body)
	}
	// The cap counts decoded bytes: a small compressed body that inflates
	// past it is refused.
	limit := int64(64 << 10)
	if int64(len(bomb)) >= limit {
		t.Fatalf("test body compresses to %d bytes, want under %d", len(bomb), limit)
	}
	if e := fetchErr(t, Options{MaxBytes: limit}, s.URL+"/big"); !errors.Is(e, ErrTooLarge) {
		t.Errorf("gzip over the cap: got %v, want ErrTooLarge", e)
	}
	if e := fetchErr(t, Options{}, s.URL+"/br"); !errors.Is(e, ErrContentType) || !strings.Contains(e.Reason, `content encoding "br"`) {
		t.Errorf("brotli: got %v, want an unsupported encoding", e)
	}
}

func TestGetConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u := "http://" + l.Addr().String() + "/a.html"
	l.Close()
	e := fetchErr(t, Options{}, u)
	if e.Kind != nil || !strings.Contains(e.Reason, "refused") {
		t.Errorf("got %v (kind %v), want connection refused", e, e.Kind)
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"http://127.0.0.1/a": true, "https://127.0.0.1/a": true, "HTTP://127.0.0.1/": true,
		"ftp://127.0.0.1/": false, "testdata/a.html": false, "http:a": false, "httpdocs/a.html": false,
	} {
		if IsURL(arg) != want {
			t.Errorf("IsURL(%q) = %v", arg, !want)
		}
	}
}
