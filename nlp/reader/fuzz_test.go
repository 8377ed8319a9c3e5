package reader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

// The fuzz targets of the reader: HTML pages, scraped text and JSONL
// streams. Each checks the Article contract (checkArticle), that every
// string the reader hands on is valid UTF-8, and that the same input
// read twice gives the same article. Inputs above maxFuzzInput are
// skipped so that one slow input cannot pass for a hang; `go test
// -timeout` catches a real one. Seeds: the f.Add calls below and the
// files under testdata/fuzz/<target>/, which plain `go test` runs too.

// maxFuzzInput bounds the inputs the fuzz targets read.
const maxFuzzInput = 64 << 10

// checkArticleText fails when a string of the article is not valid UTF-8
// or a dateline date is not an ISO 8601 day. pageURL is the URL the
// caller handed in.
func checkArticleText(t *testing.T, a document.Article, pageURL string) {
	t.Helper()
	fields := map[string]string{
		"body": a.Body, "title": a.Title, "publisher": a.Publisher, "source": a.Source,
		"published": a.Published, "language": a.Language,
	}
	if utf8.ValidString(pageURL) {
		fields["url"] = a.URL // else the caller's own bytes may come back
	}
	for i, s := range a.Authors {
		fields["author "+strconv.Itoa(i)] = s
	}
	for i, s := range a.Editors {
		fields["editor "+strconv.Itoa(i)] = s
	}
	for i, s := range a.Keywords {
		fields["keyword "+strconv.Itoa(i)] = s
	}
	if d := a.Dateline; d != nil {
		fields["dateline place"], fields["dateline agency"] = d.Place, d.Agency
		if d.Date != "" {
			if _, err := time.Parse("2006-01-02", d.Date); err != nil {
				t.Errorf("dateline date %q is not an ISO day", d.Date)
			}
		}
	}
	for name, s := range fields {
		if !utf8.ValidString(s) {
			t.Errorf("%s %q is not valid UTF-8", name, s)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte("<html><body><p>BEIJING, Oct. 21 (Xinhua) -- A sentence that is long enough to be a paragraph of text.</p></body></html>"), "https://example.org/2020/10/21/x")
	f.Add([]byte("<meta charset=gbk><p>\xc4\xe3\xba\xc3</p>"), "")
	f.Add([]byte("<article><h1>T</h1><p>a b c d e f g h i j k l m n o.</p><aside>x</aside></article>"), "not a url")
	f.Add([]byte("<html><head><title>Forum opens | Daily</title><meta property=\"article:published_time\" content=\"2021-03-04T09:00:00+03:00\"></head><body><div><div><div><p>MOSCOW, March 4. /TASS/. The forum opened on Thursday with guests from ten countries.<p>Unclosed paragraph after unclosed paragraph<div>and a div"), "https://news.example.com/world/2021/03/04/forum.html")
	f.Add([]byte("<body>"+strings.Repeat("<div>", 300)+"<p>Deep text inside many boxes, written for the nesting seed.</p></body>"), "")
	f.Add([]byte("<p dir=rtl>\u0645\u0646\u062a\u062f\u0649 \u0627\u0644\u0625\u0639\u0644\u0627\u0645 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631\u0629</p><p>zero\u200bwidth\u200djoined\ufeffmark</p>"), "http://example.net/")
	f.Add([]byte("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"Body from markup only.\",\"datePublished\":\"2019-11-30\"}</script><p>x"), "")
	f.Add([]byte("\xef\xbb\xbf<html><body><p>caf\xe9 au lait \xff\xfe with stray bytes</p>"), "")
	f.Fuzz(func(t *testing.T, raw []byte, url string) {
		if len(raw) > maxFuzzInput || len(url) > 2048 {
			t.Skip()
		}
		a, err := ParseHTML(raw, url)
		if err != nil {
			return
		}
		checkArticle(t, a)
		checkArticleText(t, a, url)
		b, err := ParseHTML(raw, url)
		if err != nil || !reflect.DeepEqual(a, b) {
			t.Errorf("second read differs: err %v\nfirst  %+v\nsecond %+v", err, a, b)
		}
	})
}

func FuzzParseText(f *testing.F) {
	f.Add(" date 2020-10-22 Menu\n\nHeadline of the story here\n\n(Xinhua) 11:45, October 22, 2020\n\nBEIJING, Oct. 21 (Xinhua) -- Text of the first paragraph, long enough.\n\n(Web editor: A B, C D)")
	f.Add("MOSCOW, March 3. /TASS/. Short.")
	f.Add("新华社北京10月21日电 两国媒体")
	f.Add("CAIRO, Jan 5 (Reuters) - Officials met on Tuesday.\r\n\r\nBy Jane Roe and John Doe\r\n\r\nTags: media, forum")
	f.Add("Home News World Sports\n\nPanel meets\n\nDec. 3, 2019 | 14:05\n\nST. PETERSBURG, Russia, Dec. 3 -- Dr. Smith of the U.S. Dept. of State spoke at 3 p.m. to approx. 200 guests, i.e. most of them.\n\nRelated articles\n\nOther story")
	f.Add("&amp;&#8217;&#xZZ;&;\u00a0\u202f\u3000<br><br/>line\x00with\x01controls")
	f.Add("\u05d7\u05d3\u05e9\u05d5\u05ea \u202e\u202dmixed direction\u202c text\u2066isolate\u2069.")
	f.Add("\xff\xfe\xfd not utf-8 \xc3\x28 \xe2\x82 end")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzInput {
			t.Skip()
		}
		a := ParseText(text)
		checkArticle(t, a)
		checkArticleText(t, a, "")
		if b := ParseText(text); !reflect.DeepEqual(a, b) {
			t.Errorf("second read differs:\nfirst  %+v\nsecond %+v", a, b)
		}
	})
}

// FuzzReadJSONL writes the input to a .jsonl (or, with asJSON, a .json)
// file and reads it through Items, with a small line limit so that long
// lines are exercised too. Every item is an article that keeps the
// contract or an *InputError; for .jsonl, every line with any non-space
// byte yields exactly one item, in line order, named "path:LINE".
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"https://example.org/a","title":"Forum opens","date":"2020-10-22","text":"BEIJING, Oct. 21 (Xinhua) -- The forum opened in the capital on Wednesday."}`+"\n"), false)
	f.Add([]byte("{\"id\":7,\"html\":\"<p>Body in html, long enough to count as prose here.</p>\",\"date\":1603353600}\r\n\r\n{\"text\":null}\n{broken\n"), false)
	f.Add([]byte(`{"id":null,"url":"None","title":"None","date":"None","description":"Only a description of the story."}`), false)
	f.Add([]byte(`[{"text":"First record of an array file."},{"html":"<p>Second</p>"},3]`), true)
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"caf\u00c3\u00a9 mojibake and \\ud800 lone surrogate\"}\n"+strings.Repeat("x", 300)+"\n{\"text\":\"after a long line\"}"), false)
	f.Add([]byte("\n\n   \n\t\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		if len(data) > maxFuzzInput {
			t.Skip()
		}
		const maxLine = 256
		name := "in.jsonl"
		if asJSON {
			name = "in.json"
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		read := func() ([]document.Article, []error) {
			var arts []document.Article
			var errs []error
			for a, err := range Items(context.Background(), []string{path}, Options{MaxLineBytes: maxLine}) {
				arts, errs = append(arts, a), append(errs, err)
			}
			return arts, errs
		}
		arts, errs := read()
		for i, a := range arts {
			if err := errs[i]; err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Errorf("item %d: error %v is not an *InputError", i, err)
				} else if ie.Origin != a.Origin || strings.ContainsRune(err.Error(), '\n') {
					t.Errorf("item %d: error %q does not name its input %q in one line", i, err, a.Origin)
				}
				continue
			}
			checkArticle(t, a)
			checkArticleText(t, a, "")
		}
		if !asJSON {
			var want []string // the origins of the lines that hold a record
			for k, line := range bytes.Split(data, []byte("\n")) {
				if len(bytes.TrimSpace(line)) > 0 {
					want = append(want, fmt.Sprintf("%s:%d", path, k+1))
				}
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.Origin)
			}
			if !slices.Equal(got, want) {
				t.Errorf("items named %q, want one per non-blank line %q", got, want)
			}
		}
		arts2, errs2 := read()
		if !reflect.DeepEqual(arts, arts2) || fmt.Sprint(errs) != fmt.Sprint(errs2) {
			t.Errorf("second read differs")
		}
	})
}
