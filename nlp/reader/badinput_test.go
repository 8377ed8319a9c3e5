package reader

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mediakg/mediakg/nlp/limit"
)

// The texts of the encoding fixtures, written for these tests.
const (
	frenchPara  = "Le ministre des Affaires étrangères a reçu à Genève la délégation chinoise ; l’accord de coopération entre les deux agences de presse sera signé à Pékin en été."
	chinesePara = "新华社北京电 中俄两国主要媒体代表在北京举行会议，双方同意加强新闻交流与人员培训合作，并计划明年共同举办媒体论坛。"
	chineseMore = "会议期间，两国通讯社还就联合报道和数据共享交换了意见，代表们表示将继续深化务实合作。"
)

// encode turns UTF-8 text into bytes of enc, failing the test on a
// character enc cannot hold.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return b
}

// htmlPage wraps paragraphs (already encoded) in a page whose head holds meta.
func htmlPage(meta string, paras ...[]byte) []byte {
	var b bytes.Buffer
	b.WriteString("<!doctype html><html><head>" + meta + "<title>Test page</title></head><body><article>")
	for _, p := range paras {
		b.WriteString("<p>")
		b.Write(p)
		b.WriteString("</p>")
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// nested opens tag depth times around one paragraph.
func nested(tag string, depth int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	b.WriteString(strings.Repeat("<"+tag+">", depth))
	b.WriteString("<p>Some text of the article, long enough to be a paragraph of it.</p>")
	b.WriteString(strings.Repeat("</"+tag+">", depth))
	b.WriteString("</body></html>")
	return b.Bytes()
}

// manyParas is an HTML page of n paragraphs of the same sentence.
func manyParas(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body><article>")
	for range n {
		b.WriteString("<p>The delegation of the news agency met its partners in the capital on Tuesday.</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// binaryBlob is n bytes that look like an image: a PNG signature and
// pseudo-random data from a fixed seed.
func binaryBlob(n int) []byte {
	r := rand.New(rand.NewPCG(7, 11))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	copy(b, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	return b
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readOne reads path through Items and returns its one result.
func readOne(t *testing.T, path string, opts Options) (string, error) {
	t.Helper()
	var body string
	var err error
	n := 0
	for a, e := range Items(context.Background(), []string{path}, opts) {
		body, err = a.Body, e
		if e != nil && a.Origin == "" {
			t.Errorf("error without origin: %v", e)
		}
		n++
	}
	if n != 1 {
		t.Fatalf("%s: %d results, want 1", path, n)
	}
	return body, err
}

// TestBadInput is one row per case of the bad-input list of the
// reliability issue (docs/reliability.md): what Items yields
// for it. Every error must be an *InputError naming the input.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	cp1252 := charmap.Windows1252
	gbk := simplifiedchinese.GBK
	emptyDir := filepath.Join(dir, "emptydir")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	noArticles := filepath.Join(dir, "notes")
	writeFile(t, noArticles, "readme.md", []byte("# notes, not an article\n"))
	writeFile(t, noArticles, "photo.png", binaryBlob(512))

	cases := []struct {
		name  string
		path  string
		opts  Options
		body  string // want a body containing this
		warn  bool   // and that the reader warned about the decoding
		is    error  // or an error that is this
		limit string // or a *limit.Error of this name
	}{
		{name: "missing path", path: filepath.Join(dir, "no-such-page.html"), is: fs.ErrNotExist},
		{name: "empty directory", path: emptyDir, is: ErrNoArticles},
		{name: "directory without articles", path: noArticles, is: ErrNoArticles},
		{name: "empty file", path: writeFile(t, dir, "empty.html", nil), is: ErrEmpty},
		{name: "whitespace-only file", path: writeFile(t, dir, "blank.txt", []byte(" \n\t\r\n ")), is: ErrEmpty},
		{name: "binary saved as html", path: writeFile(t, dir, "image.html", binaryBlob(4096)), is: ErrBinary},
		{name: "binary saved as text", path: writeFile(t, dir, "archive.txt", binaryBlob(300)), is: ErrBinary},
		{name: "invalid utf-8, nothing declared: read as windows-1252",
			path: writeFile(t, dir, "latin.txt", encode(t, cp1252, frenchPara)), body: "Affaires étrangères a reçu à Genève", warn: true},
		{name: "declared windows-1252 in meta",
			path: writeFile(t, dir, "cp1252.html", htmlPage(`<meta charset="windows-1252">`, encode(t, cp1252, frenchPara))),
			body: "l’accord de coopération"},
		{name: "declared iso-8859-1 through http-equiv (read as windows-1252)",
			path: writeFile(t, dir, "latin1.html", htmlPage(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, encode(t, cp1252, frenchPara))),
			body: "l’accord de coopération"},
		{name: "declared gbk in meta",
			path: writeFile(t, dir, "gbk.html", htmlPage(`<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, encode(t, gbk, chinesePara), encode(t, gbk, chineseMore), encode(t, gbk, chinesePara+chineseMore))),
			body: "中俄两国主要媒体代表在北京举行会议"},
		{name: "declared gb2312, bytes gbk",
			path: writeFile(t, dir, "gb2312.html", htmlPage(`<meta charset="gb2312">`, encode(t, gbk, chinesePara), encode(t, gbk, chineseMore), encode(t, gbk, chinesePara+chineseMore))),
			body: "加强新闻交流与人员培训合作"},
		{name: "declared utf-8 but gbk bytes: cannot be decoded",
			path: writeFile(t, dir, "liar.html", htmlPage(`<meta charset="utf-8">`, encode(t, gbk, chinesePara))), is: errNotDecodable},
		{name: "utf-8 with a few invalid bytes: replaced and warned",
			path: writeFile(t, dir, "bytes.html", htmlPage(`<meta charset="utf-8">`, []byte(frenchPara+" \xff\xfe "+frenchPara))),
			body: "Genève", warn: true},
		{name: "unknown charset label: read as utf-8 with a warning",
			path: writeFile(t, dir, "unknown.html", htmlPage(`<meta charset="x-klingon">`, []byte(frenchPara))), body: "Genève", warn: true},
		{name: "unclosed tags",
			path: writeFile(t, dir, "unclosed.html", []byte("<html><body><div><p>The minister of the agency spoke in the capital on Tuesday about the plan<p>A second paragraph of the article <b>in bold <i>and italic <div>never closed")),
			body: "A second paragraph of the article in bold and italic"},
		{name: "10,000 nested divs", path: writeFile(t, dir, "deep-div.html", nested("div", 10000)), limit: "parser_max_depth"},
		{name: "10,000 nested spans", path: writeFile(t, dir, "deep-span.html", nested("span", 10000)), limit: "parser_max_depth"},
		{name: "10,000 nested tables", path: writeFile(t, dir, "deep-table.html", nested("table><tr><td", 10000)), limit: "parser_max_depth"},
		{name: "500 nested divs are read", path: writeFile(t, dir, "deep-500.html", nested("div", 500)), body: "Some text of the article"},
		{name: "script and style only",
			path: writeFile(t, dir, "script.html", []byte("<html><head><style>body{color:red}</style><script>var a = 1;</script></head><body><script>document.write('x')</script><noscript></noscript></body></html>")),
			is:   ErrNoBody},
		{name: "no article body, only navigation",
			path: writeFile(t, dir, "nav.html", []byte(`<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© Agency</footer></body></html>`)),
			is:   ErrNoBody},
		{name: "file over max_file_bytes", path: writeFile(t, dir, "big.html", manyParas(20000)),
			opts: Options{MaxFileBytes: 1 << 20}, limit: "input.max_file_bytes"},
		{name: "body over max_body_bytes", path: writeFile(t, dir, "body.html", manyParas(2000)),
			opts: Options{MaxBodyBytes: 64 << 10}, limit: "input.max_body_bytes"},
		{name: "page over max_dom_nodes", path: writeFile(t, dir, "nodes.html", manyParas(3000)),
			opts: Options{MaxDOMNodes: 1000}, limit: "input.max_dom_nodes"},
		{name: "page within max_dom_nodes", path: writeFile(t, dir, "nodes-ok.html", manyParas(300)),
			opts: Options{MaxDOMNodes: 1000}, body: "The delegation of the news agency"},
		{name: "reading over max_doc_time", path: writeFile(t, dir, "slow.html", manyParas(40000)),
			opts: Options{MaxDocTime: time.Nanosecond}, limit: "input.max_doc_time"},
		{name: "jsonl line over max_line_bytes",
			path: writeFile(t, dir, "long.jsonl", []byte(`{"url":"https://example.org/a","text":"`+strings.Repeat("word ", 1000)+"\"}\n")),
			opts: Options{MaxLineBytes: 1024}, limit: "input.max_line_bytes"},
		{name: "jsonl record without content", path: writeFile(t, dir, "nocontent.jsonl", []byte(`{"url":"https://example.org/a","title":"A title"}`+"\n")),
			is: ErrNoContent},
		{name: "jsonl record whose html has no body",
			path: writeFile(t, dir, "nobody.jsonl", []byte(`{"url":"https://example.org/a","html":"<html><body><script>x()</script></body></html>"}`+"\n")),
			is:   ErrNoBody},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body, err := readOne(t, c.path, c.opts)
			if c.body != "" {
				if err != nil {
					t.Fatalf("error %v, want a body with %q", err, c.body)
				}
				if !strings.Contains(body, c.body) {
					t.Errorf("body %.200q does not hold %q", body, c.body)
				}
				var warned bool
				for a := range Items(context.Background(), []string{c.path}, c.opts) {
					warned = len(a.Warnings) > 0
				}
				if warned != c.warn {
					t.Errorf("warned = %v, want %v", warned, c.warn)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error; body %.100q", body)
			}
			var ie *InputError
			if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), c.path) {
				t.Errorf("error %q is not an InputError naming %s", err, c.path)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
			if c.is == errNotDecodable {
				if !strings.Contains(err.Error(), "not valid utf-8") {
					t.Errorf("error %q does not say the bytes are not utf-8", err)
				}
				return
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %q is not %v", err, c.is)
			}
			var le *limit.Error
			if c.limit != "" && (!errors.As(err, &le) || le.Name != c.limit) {
				t.Errorf("error %q is not a limit error for %s", err, c.limit)
			}
			if c.limit == "input.max_doc_time" && le != nil && le.Reason != limit.TimeReason {
				t.Errorf("reason %q, want %q", le.Reason, limit.TimeReason)
			}
		})
	}
}

// errNotDecodable marks the case whose error names the charset problem.
var errNotDecodable = errors.New("not decodable")

// TestBadInputGoesOn: one Items call over all the bad inputs of a folder
// and a good page after them yields one result per input, in order, and
// the good page last.
func TestBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a-empty.html", nil)
	writeFile(t, dir, "b-binary.html", binaryBlob(2048))
	writeFile(t, dir, "c-deep.html", nested("div", 10000))
	writeFile(t, dir, "d-script.html", []byte("<script>x()</script>"))
	writeFile(t, dir, "e-big.html", manyParas(5000))
	writeFile(t, dir, "f-broken.jsonl", []byte("{\"text\": \"cut\n{\"url\":\"https://example.org/x\",\"text\":\"The agency signed an agreement with its partner on Monday in the capital.\"}\n"))
	writeFile(t, dir, "g-good.html", htmlPage(`<meta charset="gbk">`, encode(t, simplifiedchinese.GBK, chinesePara), encode(t, simplifiedchinese.GBK, chineseMore),
		encode(t, simplifiedchinese.GBK, chinesePara+chineseMore)))
	for _, workers := range []int{1, 3} {
		var got []string
		for a, err := range Items(context.Background(), []string{filepath.Join(dir, "missing"), dir},
			Options{Workers: workers, MaxFileBytes: 64 << 10}) {
			if err != nil {
				got = append(got, "error "+filepath.Base(a.Origin))
				continue
			}
			got = append(got, "ok "+filepath.Base(a.Origin))
		}
		want := []string{"error missing", "error a-empty.html", "error b-binary.html", "error c-deep.html", "error d-script.html",
			"error e-big.html", "error f-broken.jsonl:1", "ok f-broken.jsonl:2", "ok g-good.html"}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("workers %d:\n got %s\nwant %s", workers, strings.Join(got, "; "), strings.Join(want, "; "))
		}
	}
}

// TestFiftyMegabytePage: a 50 MB page is skipped by its size without
// being read under the default file limit of config.yaml (16 MiB); with
// the file limit raised, the body limit skips it before the pipeline.
func TestFiftyMegabytePage(t *testing.T) {
	dir := t.TempDir()
	para := []byte("<p>" + strings.Repeat("The foreign ministers of both countries met in the capital on Tuesday. ", 20) + "</p>\n")
	f, err := os.Create(filepath.Join(dir, "huge.html"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("<html><body><article>")
	for n := 0; n < 50<<20; n += len(para) {
		f.Write(para)
	}
	f.WriteString("</article></body></html>")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = readOne(t, f.Name(), Options{MaxFileBytes: 16 << 20})
	var le *limit.Error
	if !errors.As(err, &le) || le.Name != "input.max_file_bytes" {
		t.Errorf("error %v, want the file size limit", err)
	}
	if testing.Short() {
		return // reading 50 MB takes a few seconds and 1 GB
	}
	_, err = readOne(t, f.Name(), Options{MaxFileBytes: 64 << 20, MaxBodyBytes: 1 << 20})
	if !errors.As(err, &le) || le.Name != "input.max_body_bytes" {
		t.Errorf("error %v, want the body size limit", err)
	}
}
