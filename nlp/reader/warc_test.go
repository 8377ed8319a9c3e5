package reader

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/mediakg/mediakg/nlp/document"
)

// warcRec is one record of a test WARC file.
type warcRec struct {
	typ    gowarc.RecordType
	target string
	date   time.Time
	ctype  string // the record's Content-Type (defaults by type)
	block  string // the record block: an HTTP response, or text
}

// httpResponse is an HTTP response as a crawler stores it.
func httpResponse(status, ctype, body string, extra ...string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	if ctype != "" {
		b.WriteString("Content-Type: " + ctype + "\r\n")
	}
	for _, h := range extra {
		b.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return b.String()
}

// marshalWARC writes records with gowarc, each record its own gzip member
// when gz is set (as .warc.gz files are made).
func marshalWARC(t testing.TB, recs []warcRec, gz bool) []byte {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for _, r := range recs {
		rb := gowarc.NewRecordBuilder(r.typ, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true),
			gowarc.WithAddMissingContentLength(true), gowarc.WithFixDigest(true))
		if _, err := rb.WriteString(r.block); err != nil {
			t.Fatal(err)
		}
		if r.target != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, r.target)
		}
		rb.AddWarcHeaderTime(gowarc.WarcDate, r.date)
		ctype := r.ctype
		if ctype == "" {
			switch r.typ {
			case gowarc.Response:
				ctype = "application/http;msgtype=response"
			case gowarc.Request:
				ctype = "application/http;msgtype=request"
			case gowarc.Warcinfo:
				ctype = "application/warc-fields"
			default:
				ctype = "text/plain"
			}
		}
		rb.AddWarcHeader(gowarc.ContentType, ctype)
		rec, _, err := rb.Build()
		if err != nil {
			t.Fatal(err)
		}
		var one bytes.Buffer
		if _, _, err := m.Marshal(&one, rec, 0); err != nil {
			t.Fatal(err)
		}
		rec.Close()
		if !gz {
			out.Write(one.Bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(one.Bytes())
		zw.Close()
	}
	return out.Bytes()
}

func newsPage(title, body string, date string) string {
	meta := ""
	if date != "" {
		meta = `<meta property="article:published_time" content="` + date + `">`
	}
	return `<!doctype html><html><head><title>` + title + `</title>` + meta + `</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>` + title + `</h1>
<p>` + body + `</p>
<p>Officials of both agencies said on Monday that the exchange of correspondents, photos and video would begin next year.</p>
</article><footer>Copyright Example News</footer></body></html>`
}

var captured = time.Date(2024, 5, 7, 10, 30, 0, 0, time.UTC)

// sampleWARC holds the kinds of record a news crawl holds: warcinfo, a
// request, HTML responses (one without a date, one with, one gzip-coded
// on the wire, one chunked), a redirect, an image, a conversion record
// and a revisit.
func sampleWARC(t testing.TB, gz bool) []byte {
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(newsPage("Agencies sign a gzip accord", "The agencies signed an accord on photo exchange in Rome, the statement said.", "2024-05-01")))
	zw.Close()
	chunkBody := newsPage("Chunked news exchange expands", "The news exchange between the two agencies expands to video, its directors said.", "")
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(chunkBody), chunkBody)
	recs := []warcRec{
		{typ: gowarc.Warcinfo, date: captured, block: "software: mediakg test\r\nformat: WARC File Format 1.1\r\n"},
		{typ: gowarc.Request, target: "https://news.example.com/a", date: captured, block: "GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n"},
		{typ: gowarc.Response, target: "https://news.example.com/a", date: captured,
			block: httpResponse("200 OK", "text/html; charset=utf-8", newsPage("Agencies agree to share news", "Xinhua and TASS agreed on Monday to exchange news, the agencies said in Beijing.", ""))},
		{typ: gowarc.Response, target: "https://news.example.com/old", date: captured,
			block: httpResponse("301 Moved Permanently", "text/html", "<a href=\"/a\">moved</a>", "Location: https://news.example.com/a")},
		{typ: gowarc.Response, target: "https://news.example.com/logo.png", date: captured,
			block: httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n")},
		{typ: gowarc.Response, target: "https://news.example.com/b", date: captured,
			block: httpResponse("200 OK", "text/html", newsPage("Agencies open a bureau", "The two agencies opened a joint bureau in Moscow on Tuesday, officials said.", "2024-04-30T09:00:00Z"))},
		{typ: gowarc.Response, target: "https://news.example.com/c", date: captured,
			block: httpResponse("200 OK", "text/html", zipped.String(), "Content-Encoding: gzip")},
		{typ: gowarc.Response, target: "https://news.example.com/d", date: captured,
			block: httpResponse("200 OK", "text/html", chunked, "Transfer-Encoding: chunked")},
		{typ: gowarc.Conversion, target: "https://news.example.com/e", date: captured, ctype: "text/plain",
			block: "Agencies plan a forum\n\nThe news agencies of ten countries will hold a media forum in Hanoi in June, the organizers said on Wednesday.\n"},
		{typ: gowarc.Metadata, target: "https://news.example.com/a", date: captured, ctype: "application/warc-fields", block: "via: https://news.example.com/\r\n"},
	}
	return marshalWARC(t, recs, gz)
}

func readAll(t *testing.T, paths []string, opts Options) ([]document.Article, []error) {
	t.Helper()
	var arts []document.Article
	var errs []error
	for a, err := range Items(context.Background(), paths, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func TestWARC(t *testing.T) {
	for _, gz := range []bool{false, true} {
		name := "news.warc"
		if gz {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, sampleWARC(t, gz), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, workers := range []int{1, 3} {
				arts, errs := readAll(t, []string{path}, Options{Workers: workers})
				if len(errs) != 0 {
					t.Fatalf("errors: %v", errs)
				}
				want := []struct{ url, title, published, body string }{
					{"https://news.example.com/a", "Agencies agree to share news", "2024-05-07", "Xinhua and TASS agreed on Monday"},
					{"https://news.example.com/b", "Agencies open a bureau", "2024-04-30T09:00:00Z", "joint bureau in Moscow"},
					{"https://news.example.com/c", "Agencies sign a gzip accord", "2024-05-01", "accord on photo exchange"},
					{"https://news.example.com/d", "Chunked news exchange expands", "2024-05-07", "expands to video"},
					{"https://news.example.com/e", "Agencies plan a forum", "2024-05-07", "media forum in Hanoi"},
				}
				if len(arts) != len(want) {
					for _, a := range arts {
						t.Logf("got %s %q", a.URL, a.Title)
					}
					t.Fatalf("workers %d: %d articles, want %d", workers, len(arts), len(want))
				}
				for i, w := range want {
					a := arts[i]
					if a.URL != w.url || a.Title != w.title || a.Published != w.published || !strings.Contains(a.Body, w.body) {
						t.Errorf("workers %d, record %d: got url=%s title=%q published=%s body=%q", workers, i, a.URL, a.Title, a.Published, a.Body)
					}
					if !strings.HasPrefix(a.Origin, path+"@") {
						t.Errorf("origin %q, want %s@OFFSET", a.Origin, path)
					}
				}
				// The page without a date says that its date is the capture date.
				if w := strings.Join(arts[0].Warnings, "; "); !strings.Contains(w, "capture date 2024-05-07") {
					t.Errorf("warnings %q lack the capture date", w)
				}
				if len(arts[1].Warnings) != 0 {
					t.Errorf("dated page warned: %v", arts[1].Warnings)
				}
			}
		})
	}
}

// TestWARCOffsets checks that an article's origin names the byte offset
// at which its record starts.
func TestWARCOffsets(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.warc")
	raw := sampleWARC(t, false)
	os.WriteFile(path, raw, 0o644)
	arts, _ := readAll(t, []string{path}, Options{})
	for _, a := range arts {
		var off int
		if _, err := fmt.Sscanf(a.Origin[len(path)+1:], "%d", &off); err != nil {
			t.Fatalf("origin %q: %v", a.Origin, err)
		}
		if !bytes.HasPrefix(raw[off:], []byte("WARC/1.1")) {
			t.Errorf("origin %s: no record starts at byte %d", a.Origin, off)
		}
	}
}

// TestWARCBadRecords: garbage between records, a record that is not a
// page, a payload over the size limit and a truncated last record are each
// one error naming the file and the record's offset; every good record is
// still read.
func TestWARCBadRecords(t *testing.T) {
	page := func(u, title string) warcRec {
		return warcRec{typ: gowarc.Response, target: u, date: captured,
			block: httpResponse("200 OK", "text/html", newsPage(title, "The agencies agreed to exchange news and photos on Monday, officials said.", "2024-05-01"))}
	}
	good1 := marshalWARC(t, []warcRec{page("https://example.org/1", "First agreement signed")}, false)
	good2 := marshalWARC(t, []warcRec{page("https://example.org/2", "Second agreement signed")}, false)
	big := marshalWARC(t, []warcRec{page("https://example.org/big", "A page over the limit "+strings.Repeat("x", 3000))}, false)
	good3 := marshalWARC(t, []warcRec{page("https://example.org/3", "Third agreement signed")}, false)
	trunc := marshalWARC(t, []warcRec{page("https://example.org/4", "Fourth agreement cut off")}, false)
	trunc = trunc[:len(trunc)/2]

	var file bytes.Buffer
	file.Write(good1)
	garbageAt := file.Len()
	file.WriteString("this is not a WARC record\r\n")
	file.Write(good2)
	bigAt := file.Len()
	file.Write(big)
	file.Write(good3)
	truncAt := file.Len()
	file.Write(trunc)

	dir := t.TempDir()
	path := filepath.Join(dir, "bad.warc")
	os.WriteFile(path, file.Bytes(), 0o644)
	arts, errs := readAll(t, []string{path}, Options{MaxFileBytes: 2500})
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	if strings.Join(titles, "|") != "First agreement signed|Second agreement signed|Third agreement signed" {
		t.Errorf("articles %q", titles)
	}
	wantErrs := []string{
		fmt.Sprintf("%s@%d: not a WARC record", path, garbageAt+len("this is not a WARC record\r\n")),
		fmt.Sprintf("%s@%d: WARC record too large", path, bigAt),
		fmt.Sprintf("%s@%d: bad WARC record", path, truncAt),
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want prefix %q", i, errs[i], w)
		}
		var ie *InputError
		if !errors.As(errs[i], &ie) {
			t.Errorf("error %d is not an *InputError", i)
		}
	}
}

// TestWARCNoPages: a WARC file with no page in it is one error.
func TestWARCNoPages(t *testing.T) {
	raw := marshalWARC(t, []warcRec{{typ: gowarc.Warcinfo, date: captured, block: "software: x\r\n"}}, true)
	path := filepath.Join(t.TempDir(), "empty.warc.gz")
	os.WriteFile(path, raw, 0o644)
	_, errs := readAll(t, []string{path}, Options{})
	if len(errs) != 1 || !errors.Is(errs[0], ErrNoWARCPages) {
		t.Errorf("errors %v, want one ErrNoWARCPages", errs)
	}
}

// TestWARCInDirectory: .warc.gz files are read from directories.
func TestWARCInDirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "crawl-00001.warc.gz"), sampleWARC(t, true), 0o644)
	arts, errs := readAll(t, []string{dir}, Options{})
	if len(errs) != 0 || len(arts) != 5 {
		t.Errorf("%d articles, errors %v; want 5 and none", len(arts), errs)
	}
}

// FuzzReadWARC writes the input as a .warc (or .warc.gz) file and reads it
// through Items: every item is an article that keeps the contract, with an
// origin "path@OFFSET", or an *InputError naming the file; reading ends.
func FuzzReadWARC(f *testing.F) {
	page := warcRec{typ: gowarc.Response, target: "https://example.org/a", date: captured,
		block: httpResponse("200 OK", "text/html", newsPage("Forum opens", "The forum opened in the capital on Wednesday, the organizers said.", ""))}
	conv := warcRec{typ: gowarc.Conversion, target: "https://example.org/b", date: captured, ctype: "text/plain",
		block: "Forum opens\n\nThe forum opened in the capital on Wednesday, the organizers said.\n"}
	f.Add(marshalWARC(f, []warcRec{page, conv}, false), false)
	f.Add(marshalWARC(f, []warcRec{page}, true), true)
	two := marshalWARC(f, []warcRec{page, page}, false)
	f.Add(append(append([]byte("junk\r\n"), two[:len(two)-40]...), "WARC/1.1\r\nContent-Length: 99999\r\n\r\nshort"...), false)
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 30\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		if len(data) > maxFuzzInput {
			t.Skip()
		}
		name := "in.warc"
		if gz {
			name += ".gz"
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for a, err := range Items(context.Background(), []string{path}, Options{MaxFileBytes: 1 << 20}) {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || !strings.HasPrefix(ie.Origin, path) {
					t.Fatalf("error %v is not an *InputError naming the file", err)
				}
				continue
			}
			if !strings.HasPrefix(a.Origin, path+"@") {
				t.Fatalf("origin %q", a.Origin)
			}
			checkArticle(t, a)
		}
	})
}
