package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/nlp/reader"
)

// Our own article, served by an httptest server (127.0.0.1 only) and saved
// to a file, to check that an address is read like the saved page.
const urlTestPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">%s
<title>Kazakhstan and Uzbekistan agree on a new rail link | Steppe Courier</title>
<meta property="og:site_name" content="Steppe Courier">
<meta property="article:published_time" content="2026-03-03T09:30:00+05:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Kazakhstan and Uzbekistan agree on a new rail link</h1>
<p>ASTANA, March 3 (Kazinform) -- Kazakhstan and Uzbekistan signed an agreement on Tuesday to build a
rail link between Turkestan and Tashkent, the Kazakh transport ministry said.</p>
<p>The line will carry freight and passengers, and the two governments will share its cost, the ministry
said in a statement. Work is due to start in the autumn.</p>
<p>China and Russia have been invited to join a working group on cross-border timetables, the statement added.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Wheat prices rise</a></li></ul></aside>
</body></html>
`

func pageHTML(head string) string { return fmt.Sprintf(urlTestPage, head) }

// articleServer serves pages by path; "/old" redirects to "/news/rail.html".
func articleServer(t *testing.T, pages map[string]string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for path, body := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/rail.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow.html", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'})
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func saveFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// extractOne runs `mediakg extract` on args and returns its one JSON line.
func extractOne(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, append([]string{"extract"}, args...)...)
	if code != ExitOK {
		t.Fatalf("extract %v: exit %d\n%s", args, code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("extract %v: %d lines, want 1", args, len(lines))
	}
	return lines[0]
}

// articleField returns a field of the article in a document JSON line.
func articleField(t *testing.T, line, key string) string {
	t.Helper()
	var d struct {
		Article map[string]any `json:"article"`
	}
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		t.Fatal(err)
	}
	s, _ := d.Article[key].(string)
	return s
}

// TestExtractURLMatchesFile: the page read from an address gives the JSON
// of the saved page, apart from its URL (the address given, or the file's
// file: URL), its origin and the article id derived from the address; the
// content hash is the same.
func TestExtractURLMatchesFile(t *testing.T) {
	page := pageHTML("")
	s := articleServer(t, map[string]string{"/news/rail.html": page})
	path := saveFile(t, "rail.html", page)
	file := extractOne(t, path)
	web := extractOne(t, s.URL+"/news/rail.html")

	if u := articleField(t, web, "url"); u != s.URL+"/news/rail.html" {
		t.Errorf("url = %q, want the address", u)
	}
	if o := articleField(t, web, "origin"); o != s.URL+"/news/rail.html" {
		t.Errorf("origin = %q, want the address", o)
	}
	if u := articleField(t, file, "url"); u != reader.FileURL(path) {
		t.Errorf("url of the saved page = %q, want its file: URL %q", u, reader.FileURL(path))
	}
	if articleField(t, file, "canonical_url") != "" {
		t.Fatal("the saved page has a canonical URL; the test needs one without")
	}
	if articleField(t, web, "content_hash") != articleField(t, file, "content_hash") {
		t.Errorf("content hashes differ: %s (web) and %s (file)", articleField(t, web, "content_hash"), articleField(t, file, "content_hash"))
	}
	if !strings.Contains(web, `"country:KAZ"`) {
		t.Errorf("no Kazakhstan entity extracted from the address:\n%s", web)
	}
	normal := strings.NewReplacer(
		articleField(t, web, "id"), articleField(t, file, "id"),
		`"url":"`+s.URL+`/news/rail.html"`, `"url":"`+reader.FileURL(path)+`"`,
		`"origin":"`+s.URL+`/news/rail.html"`, `"origin":"`+articleField(t, file, "origin")+`"`,
	).Replace(web)
	if normal != file {
		t.Errorf("the address and the saved page differ beyond the URL:\nweb:  %s\nfile: %s", normal, file)
	}
}

// TestExtractURLCanonical: with a canonical link both readings name the
// same canonical URL, id and content hash; the URL stays the address each
// was read at (the caller's), and the origin differs.
func TestExtractURLCanonical(t *testing.T) {
	page := pageHTML(`<link rel="canonical" href="https://courier.example/2026/03/rail-link">`)
	s := articleServer(t, map[string]string{"/news/rail.html": page})
	path := saveFile(t, "rail.html", page)
	file := extractOne(t, path)
	web := extractOne(t, s.URL+"/news/rail.html")
	if u := articleField(t, web, "url"); u != s.URL+"/news/rail.html" {
		t.Errorf("url = %q, want the address given", u)
	}
	for _, got := range []string{web, file} {
		if c := articleField(t, got, "canonical_url"); c != "https://courier.example/2026/03/rail-link" {
			t.Errorf("canonical_url = %q, want the canonical link", c)
		}
	}
	normal := strings.NewReplacer(
		`"url":"`+s.URL+`/news/rail.html"`, `"url":"`+reader.FileURL(path)+`"`,
		`"origin":"`+s.URL+`/news/rail.html"`, `"origin":"`+path+`"`,
	).Replace(web)
	if normal != file {
		t.Errorf("the address and the saved page differ beyond the URL and origin:\nweb:  %s\nfile: %s", web, file)
	}
}

// TestExtractURLAfterRedirect: the article's URL is where the redirects
// ended; its origin is the address given.
func TestExtractURLAfterRedirect(t *testing.T) {
	s := articleServer(t, map[string]string{"/news/rail.html": pageHTML("")})
	web := extractOne(t, s.URL+"/old")
	if u, o := articleField(t, web, "url"), articleField(t, web, "origin"); u != s.URL+"/news/rail.html" || o != s.URL+"/old" {
		t.Errorf("url %q origin %q, want the final address and the given one", u, o)
	}
}

// TestExtractURLFailuresGoOn: each failed address is one line naming it and
// the reason; the other inputs are read and the exit status is partial.
func TestExtractURLFailuresGoOn(t *testing.T) {
	s := articleServer(t, map[string]string{"/news/rail.html": pageHTML("")})
	file := saveFile(t, "rail.html", pageHTML(""))
	code, out, errOut := runCLI(t, "extract", "--fetch-timeout", "300ms",
		s.URL+"/missing.html", s.URL+"/slow.html", file, s.URL+"/photo.jpg", s.URL+"/news/rail.html")
	if code != ExitPartial {
		t.Fatalf("exit %d, want %d\n%s", code, ExitPartial, errOut)
	}
	for _, want := range []string{
		"mediakg: " + s.URL + "/missing.html: HTTP status 404 Not Found\n",
		"mediakg: " + s.URL + "/slow.html: timed out: no complete response within 300ms (fetch.timeout)\n",
		"mediakg: " + s.URL + "/photo.jpg: Content-Type image/jpeg is not HTML or plain text\n",
		"mediakg: 2 ok, 0 skipped, 3 failed;",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || articleField(t, lines[0], "origin") != file || articleField(t, lines[1], "origin") != s.URL+"/news/rail.html" {
		t.Errorf("want the file then the good address, in order; got %d lines:\n%s", len(lines), out)
	}
}

// TestExtractURLConfig: the fetch.* keys apply from the environment.
func TestExtractURLConfig(t *testing.T) {
	s := articleServer(t, map[string]string{"/news/rail.html": pageHTML("")})
	t.Setenv("MEDIAKG_FETCH_MAX_BYTES", "100")
	code, _, errOut := runCLI(t, "extract", s.URL+"/news/rail.html")
	want := s.URL + "/news/rail.html: Content-Length"
	// The only input failed: nothing succeeded, so the exit status is 1.
	if code != ExitError || !strings.Contains(errOut, want) || !strings.Contains(errOut, "over the limit of 100 (fetch.max_bytes)") {
		t.Errorf("exit %d, want %d and a size error:\n%s", code, ExitError, errOut)
	}
}

func TestExtractURLList(t *testing.T) {
	s := articleServer(t, map[string]string{
		"/news/rail.html":  pageHTML(""),
		"/news/rail2.html": pageHTML(`<link rel="canonical" href="https://courier.example/rail-2">`),
	})
	file := saveFile(t, "rail.html", pageHTML(""))
	list := saveFile(t, "urls.txt", "# reading list\n\n"+s.URL+"/news/rail.html   # first\n  "+s.URL+"/news/rail2.html\n#"+s.URL+"/skipped.html\n")
	code, out, errOut := runCLI(t, "extract", "--urls", list, file)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var origins []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		origins = append(origins, articleField(t, l, "origin"))
	}
	want := []string{file, s.URL + "/news/rail.html", s.URL + "/news/rail2.html"}
	if strings.Join(origins, " ") != strings.Join(want, " ") {
		t.Errorf("origins %q, want %q", origins, want)
	}
	// --urls alone is enough input.
	if code, _, errOut := runCLI(t, "extract", "--urls", list); code != ExitOK {
		t.Errorf("--urls without arguments: exit %d\n%s", code, errOut)
	}
}

// TestURLListBadLines: a line of a --urls list that is not an http(s)
// address is reported like any document that cannot be read, naming the
// list and the line, and the other addresses and inputs are still read;
// with --report it is one "failed" line of stage "read".
func TestURLListBadLines(t *testing.T) {
	s := articleServer(t, map[string]string{"/news/rail.html": pageHTML("")})
	list := saveFile(t, "urls.txt", s.URL+"/news/rail.html\nftp://127.0.0.1/b.html\nnot an address\n")
	report := filepath.Join(t.TempDir(), "report.jsonl")
	code, out, errOut := runCLI(t, "extract", "--report", report, "--urls", list)
	if code != ExitPartial {
		t.Fatalf("exit %d, want %d (partial)\n%s", code, ExitPartial, errOut)
	}
	if n := len(strings.Split(strings.TrimSpace(out), "\n")); n != 1 || articleField(t, out, "origin") != s.URL+"/news/rail.html" {
		t.Errorf("want the one good address read, got %d lines:\n%s", n, out)
	}
	for _, want := range []string{
		list + `:2: "ftp://127.0.0.1/b.html" is not an http:// or https:// address`,
		list + `:3: "not an address" is not an http:// or https:// address`,
		"mediakg: 1 ok, 0 skipped, 2 failed;",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	raw, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var p Problem
	if err := json.Unmarshal([]byte(strings.SplitN(string(raw), "\n", 2)[0]), &p); err != nil {
		t.Fatal(err)
	}
	if p.Document != list+":2" || p.Status != StatusFailed || p.Stage != "read" || !strings.Contains(p.Reason, "is not an http") {
		t.Errorf("report line %+v", p)
	}
	// Only bad lines: nothing succeeded.
	bad := saveFile(t, "bad.txt", "ftp://127.0.0.1/b.html\n")
	if code, _, errOut := runCLI(t, "extract", "--urls", bad); code != ExitError || !strings.Contains(errOut, bad+":1:") {
		t.Errorf("a list of bad lines: exit %d, want %d\n%s", code, ExitError, errOut)
	}
}

// TestURLUsageErrors: addresses of other schemes given as arguments and
// addresses given as extraction output are refused before anything runs.
func TestURLUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "ftp://127.0.0.1/a.html"}, "ftp://127.0.0.1/a.html: only http:// and https:// addresses are read"},
		{[]string{"explain", "file:///etc/hostname"}, "file:///etc/hostname: only http:// and https:// addresses are read"},
		{[]string{"extract"}, "give at least one file, directory or http(s) address, or --urls FILE"},
		{[]string{"ingest", "--documents", "http://127.0.0.1:1/docs.jsonl"}, "--documents reads files of extraction output, not web addresses"},
	} {
		code, _, errOut := runCLI(t, c.args...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, want %d and %q\n%s", c.args, code, ExitUsage, c.want, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "extract", "--urls", "/nonexistent/urls.txt"); code != ExitError || !strings.Contains(errOut, "--urls") {
		t.Errorf("missing --urls file: exit %d\n%s", code, errOut)
	}
}
