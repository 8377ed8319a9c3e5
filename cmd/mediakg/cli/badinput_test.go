package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/neo4jtest"
	"github.com/mediakg/mediakg/schema"
)

// newsPage is an HTML page of a made-up news story (text written for these
// tests), its paragraphs encoded with enc (nil for UTF-8) and charset
// declared in a meta tag when not "".
func newsPage(t *testing.T, enc encoding.Encoding, charset, title string, paras ...string) []byte {
	t.Helper()
	var b strings.Builder
	b.WriteString("<!doctype html><html><head>")
	if charset != "" {
		b.WriteString(`<meta charset="` + charset + `">`)
	}
	b.WriteString("<title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article><footer>Contact us</footer></body></html>")
	if enc == nil {
		return []byte(b.String())
	}
	out, err := enc.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return out
}

var (
	englishParas = []string{
		"ASTANA, March 4 -- The national news agency of Kazakhstan and China Media Group signed an agreement on Monday to exchange news reports and to train young journalists together.",
		"The heads of both organisations said the partnership would cover television, radio and online services, and that a joint editorial office would open in Almaty next year.",
		"Officials from the foreign ministries of both countries attended the signing ceremony, which followed two days of talks on media cooperation.",
	}
	frenchParas = []string{
		"GENÈVE, 12 mai -- L’agence de presse suisse et l’Agence France-Presse ont signé mardi un accord d’échange de dépêches et de photographies.",
		"Les deux rédactions coopéreront également pour la formation des journalistes, a précisé le directeur général à l’issue de la cérémonie à Genève.",
		"Selon les responsables, l’accord entrera en vigueur le mois prochain et sera renouvelé chaque année.",
	}
	chineseParas = []string{
		"新华社北京3月5日电 中国和哈萨克斯坦主要媒体代表5日在北京举行会议，双方同意加强新闻交流与记者培训合作。双方还签署了关于互派记者和共享新闻图片的协议，协议有效期为五年。",
		"会议期间，两国通讯社还就联合报道和数据共享交换了意见，并计划明年在阿拉木图共同举办媒体论坛。来自两国的二十多家新闻机构负责人出席了会议，并就新媒体技术的应用进行了讨论。",
		"与会代表表示，媒体合作是两国人文交流的重要组成部分，将继续深化务实合作，讲好双方合作故事。",
	}
)

// deepPage opens depth divs.
func deepPage(depth int) []byte {
	return []byte("<html><body>" + strings.Repeat("<div>", depth) + "<p>text</p>" + strings.Repeat("</div>", depth) + "</body></html>")
}

// bigPage is a page of n copies of a paragraph.
func bigPage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><body><article>")
	for range n {
		b.WriteString("<p>" + englishParas[0] + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

func put(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readReport parses a report file into its problems, by document, and its
// summary line, failing on any line that is not one or the other.
func readReport(t *testing.T, path string) (map[string]Problem, Summary) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	probs := map[string]Problem{}
	var sum Summary
	summaries := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p Problem
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("report line %q: %v", sc.Text(), err)
		}
		switch p.Status {
		case "summary":
			summaries++
			if err := json.Unmarshal(sc.Bytes(), &sum); err != nil {
				t.Fatal(err)
			}
		case StatusFailed, StatusSkipped:
			if _, dup := probs[p.Document]; dup {
				t.Errorf("%s reported twice", p.Document)
			}
			probs[p.Document] = p
		default:
			t.Errorf("report line with status %q: %s", p.Status, sc.Text())
		}
	}
	if summaries != 1 {
		t.Errorf("%d summary lines, want 1 at the end", summaries)
	}
	return probs, sum
}

// TestExtractReport runs `extract --report` over every kind of bad input
// next to good pages in three encodings: each bad input is one stderr line
// and one report line with its status, stage, reason and limit; the good
// pages are extracted; the summary counts them; the exit status is 5; and
// neither the report nor stderr shows the Neo4j password.
func TestExtractReport(t *testing.T) {
	const password = "kn0wn-Pa55word-4711"
	t.Setenv("MEDIAKG_NEO4J_PASSWORD", password)
	t.Setenv("MEDIAKG_INPUT_MAX_FILE_BYTES", "150000")
	dir := t.TempDir()
	good := put(t, dir, "a-good.html", newsPage(t, nil, "utf-8", "Kazakh and Chinese media sign news exchange deal", englishParas...))
	latin := put(t, dir, "b-cp1252.html", newsPage(t, charmap.Windows1252, "windows-1252", "Accord entre agences de presse", frenchParas...))
	gbk := put(t, dir, "c-gbk.html", newsPage(t, simplifiedchinese.GBK, "gbk", "中哈媒体合作会议在京举行", chineseParas...))
	missing := filepath.Join(dir, "missing.html")
	empty := put(t, dir, "empty.html", nil)
	binary := put(t, dir, "binary.html", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 2000)...))
	deep := put(t, dir, "deep.html", deepPage(10000))
	script := put(t, dir, "script.html", []byte("<html><head><style>p{}</style><script>go()</script></head><body><script>more()</script></body></html>"))
	big := put(t, dir, "big.html", bigPage(1000))
	undecodable := put(t, dir, "liar.html", newsPage(t, simplifiedchinese.GBK, "utf-8", "中哈媒体合作", chineseParas...))
	leak := put(t, dir, password+".html", nil)
	jsonl := put(t, dir, "dump.jsonl", []byte("{\"url\": \"https://example.org/1\", \"text\": \"cut off\n{\"url\": \"https://example.org/2\", \"title\": \"no content\"}\n"))
	report := filepath.Join(t.TempDir(), "report.jsonl")

	code, out, errOut := runCLI(t, "extract", "--report", report, good, latin, gbk, missing, empty, binary, deep, script, big, undecodable, leak, jsonl)
	if code != ExitPartial {
		t.Errorf("exit %d, want %d\n%s", code, ExitPartial, errOut)
	}
	if strings.Contains(errOut, password) {
		t.Errorf("stderr shows the password:\n%s", errOut)
	}
	raw, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), password) {
		t.Errorf("report shows the password:\n%s", raw)
	}

	// The good pages, decoded as declared.
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d documents on stdout, want 3\n%s", len(lines), errOut)
	}
	for i, want := range []string{"China Media Group signed an agreement", "L’agence de presse suisse et l’Agence France-Presse", "双方同意加强新闻交流与记者培训合作"} {
		var d struct {
			Article struct{ Body, Origin string }
		}
		if err := json.Unmarshal([]byte(lines[i]), &d); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Article.Body, want) {
			t.Errorf("%s: body %.120q lacks %q", d.Article.Origin, d.Article.Body, want)
		}
	}

	probs, sum := readReport(t, report)
	leakDoc := filepath.Join(dir, "********.html")
	want := map[string]Problem{
		missing:      {Status: StatusFailed, Stage: "read", Reason: "no such file or directory"},
		empty:        {Status: StatusSkipped, Stage: "read", Reason: "empty input"},
		binary:       {Status: StatusFailed, Stage: "read", Reason: "binary data, not text"},
		deep:         {Status: StatusSkipped, Stage: "read", Reason: "HTML elements nested too deep", Limit: "parser_max_depth=512"},
		script:       {Status: StatusSkipped, Stage: "read", Reason: "no article body found"},
		big:          {Status: StatusSkipped, Stage: "read", Reason: fmt.Sprintf("file too large (%d bytes)", len(bigPage(1000))), Limit: "input.max_file_bytes=150000"},
		undecodable:  {Status: StatusFailed, Stage: "read"},
		leakDoc:      {Status: StatusSkipped, Stage: "read", Reason: "empty input"},
		jsonl + ":1": {Status: StatusFailed, Stage: "read"},
		jsonl + ":2": {Status: StatusSkipped, Stage: "read", Reason: "no html or text"},
	}
	for doc, w := range want {
		p, ok := probs[doc]
		if !ok {
			t.Errorf("%s not in the report", doc)
			continue
		}
		if p.Status != w.Status || p.Stage != w.Stage || p.Limit != w.Limit || (w.Reason != "" && p.Reason != w.Reason) || p.Reason == "" {
			t.Errorf("%s: got %+v, want %+v", doc, p, w)
		}
		if strings.Contains(p.Reason, doc) {
			t.Errorf("%s: the reason repeats the document: %q", doc, p.Reason)
		}
		shown := strings.ReplaceAll(doc, password, "********")
		if n := strings.Count(errOut, "mediakg: "+shown+": "); n != 1 {
			t.Errorf("%s: %d stderr lines name it, want 1", doc, n)
		}
	}
	if len(probs) != len(want) {
		t.Errorf("report has %d problems, want %d: %v", len(probs), len(want), probs)
	}
	if !strings.Contains(probs[undecodable].Reason, "not valid utf-8") {
		t.Errorf("undecodable page: reason %q does not say why", probs[undecodable].Reason)
	}
	if sum != (Summary{Status: "summary", OK: 3, Skipped: 6, Failed: 4}) {
		t.Errorf("summary %+v, want 3 ok, 6 skipped, 4 failed", sum)
	}
	if !strings.Contains(errOut, "mediakg: 3 ok, 6 skipped, 4 failed;") {
		t.Errorf("stderr lacks the counts:\n%s", errOut)
	}
}

// TestExtractNothingSucceeded: when every input failed or was skipped the
// exit status is 1, not 5, and the report still lists them.
func TestExtractNothingSucceeded(t *testing.T) {
	dir := t.TempDir()
	empty := put(t, dir, "empty.html", nil)
	emptyDir := filepath.Join(dir, "nothing-here")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "report.jsonl")
	code, out, errOut := runCLI(t, "extract", "--report", report, empty, emptyDir)
	if code != ExitError {
		t.Errorf("exit %d, want %d\n%s", code, ExitError, errOut)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing", out)
	}
	probs, sum := readReport(t, report)
	if probs[emptyDir].Status != StatusFailed || !strings.Contains(probs[emptyDir].Reason, "no readable articles") {
		t.Errorf("empty directory: %+v", probs[emptyDir])
	}
	if sum != (Summary{Status: "summary", OK: 0, Skipped: 1, Failed: 1}) {
		t.Errorf("summary %+v", sum)
	}
}

// TestExtractTimeLimit: with input.max_doc_time set below what any page
// can take, a page is reported as skipped with the reason the issue names
// and the limit, and the run ends with exit 1 instead of hanging.
func TestExtractTimeLimit(t *testing.T) {
	t.Setenv("MEDIAKG_INPUT_MAX_DOC_TIME", "1ns")
	dir := t.TempDir()
	page := put(t, dir, "slow.html", bigPage(5000))
	report := filepath.Join(dir, "report.jsonl")
	code, _, errOut := runCLI(t, "extract", "--report", report, page)
	if code != ExitError {
		t.Errorf("exit %d, want %d\n%s", code, ExitError, errOut)
	}
	probs, _ := readReport(t, report)
	p := probs[page]
	if p.Status != StatusSkipped || p.Reason != "processing time over limit" || p.Limit != "input.max_doc_time=1ns" {
		t.Errorf("report: %+v", p)
	}
	if !strings.Contains(errOut, "mediakg: "+page+": skipped: processing time over limit") {
		t.Errorf("stderr:\n%s", errOut)
	}
}

// TestIngestBadInputResume (integration): ingest with a bad page among good
// ones loads the good ones and reports the bad one; after the page is fixed,
// ingesting the same folder again loads only that page, and a third run
// changes nothing: nothing loaded is lost or duplicated. The report never
// holds the password the run was given.
func TestIngestBadInputResume(t *testing.T) {
	useTestServer(t)
	password := neo4jtest.Settings(t).Password
	c := neo4jtest.Client(t)
	ctx := context.Background()
	dir := t.TempDir()
	put(t, dir, "a-good.html", newsPage(t, nil, "utf-8", "Kazakh and Chinese media sign news exchange deal", englishParas...))
	put(t, dir, "b-cp1252.html", newsPage(t, charmap.Windows1252, "windows-1252", "Accord entre agences de presse", frenchParas...))
	broken := put(t, dir, "c-broken.html", []byte("<html><head><script>render()</script></head><body><div id=app></div></body></html>"))
	report := filepath.Join(t.TempDir(), "report.jsonl")
	articles := func() int64 {
		t.Helper()
		n, err := graph.CountAll(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		return n.Nodes[schema.Article]
	}

	code, out, errs := runMain(t, "ingest", "--report", report, dir)
	if code != ExitPartial {
		t.Fatalf("first ingest: exit %d, want %d\n%s%s", code, ExitPartial, out, errs)
	}
	probs, sum := readReport(t, report)
	if p := probs[broken]; p.Status != StatusSkipped || p.Stage != "read" || p.Reason != "no article body found" {
		t.Errorf("broken page: %+v", p)
	}
	if sum != (Summary{Status: "summary", OK: 2, Skipped: 1}) || len(probs) != 1 {
		t.Errorf("first report: %v %+v", probs, sum)
	}
	if raw, _ := os.ReadFile(report); password == "" || strings.Contains(string(raw), password) || strings.Contains(errs, password) {
		t.Errorf("the password is empty or shown in the report or on stderr")
	}
	if n := articles(); n != 2 {
		t.Errorf("%d articles after the first ingest, want 2", n)
	}
	first, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}

	put(t, dir, "c-broken.html", newsPage(t, simplifiedchinese.GBK, "gbk", "中哈媒体合作会议在京举行", chineseParas...))
	code, out, errs = runMain(t, "ingest", "--report", report, dir)
	if code != ExitOK || !strings.Contains(out, "ingested 3 documents in") || !strings.Contains(out, ": 1 loaded, 0 replaced, 2 unchanged, 0 skipped, 0 failed") {
		t.Fatalf("ingest after the fix: exit %d\n%s%s", code, out, errs)
	}
	probs, sum = readReport(t, report)
	if len(probs) != 0 || sum != (Summary{Status: "summary", OK: 3}) {
		t.Errorf("report after the fix: %v %+v", probs, sum)
	}
	if n := articles(); n != 3 {
		t.Errorf("%d articles after the fix, want 3", n)
	}
	second, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	for l, n := range first.Nodes {
		if second.Nodes[l] < n {
			t.Errorf("%s: %d nodes before the fix, %d after: some were lost", l, n, second.Nodes[l])
		}
	}

	if code, out, errs = runMain(t, "ingest", dir); code != ExitOK || !strings.Contains(out, "3 unchanged") {
		t.Fatalf("third ingest: exit %d\n%s%s", code, out, errs)
	}
	third, err := graph.CountAll(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(second, third) {
		t.Errorf("an unchanged ingest changed the graph:\n%+v\n%+v", second, third)
	}
}
