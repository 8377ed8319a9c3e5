package browser

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/queries"
	"github.com/mediakg/mediakg/schema"
)

var update = flag.Bool("update", false, "rewrite guide.html")

func library(t *testing.T) *queries.Catalog {
	t.Helper()
	lib, err := queries.Library()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// parseGrass reads GraSS the way Browser does: selector { prop: value; ... },
// no comments, quotes only around values.
func parseGrass(t *testing.T, src string) map[string]map[string]string {
	t.Helper()
	rules := map[string]map[string]string{}
	rest := src
	for strings.TrimSpace(rest) != "" {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			t.Fatalf("GraSS: text after the last rule: %q", rest)
		}
		sel := strings.TrimSpace(rest[:open])
		if strings.ContainsAny(sel, "/*'\"") || strings.Contains(sel, " ") {
			t.Fatalf("GraSS: selector %q has a comment, quote or space; Browser would mis-read it", sel)
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			t.Fatalf("GraSS: rule %s not closed", sel)
		}
		body := rest[open+1 : open+end]
		// Captions hold {name}: skip to the real closing brace.
		for strings.Count(body, "{") > strings.Count(body, "}") {
			next := strings.IndexByte(rest[open+end+1:], '}')
			end += next + 1
			body = rest[open+1 : open+end]
		}
		props := map[string]string{}
		for _, decl := range strings.Split(body, ";") {
			if strings.TrimSpace(decl) == "" {
				continue
			}
			kv := strings.Split(decl, ":")
			if len(kv) != 2 {
				t.Fatalf("GraSS: rule %s: declaration %q must have exactly one colon", sel, decl)
			}
			props[strings.TrimSpace(kv[0])] = strings.Trim(strings.TrimSpace(kv[1]), `"'`)
		}
		if _, dup := rules[sel]; dup {
			t.Fatalf("GraSS: selector %s twice", sel)
		}
		rules[sel] = props
		rest = rest[open+end+1:]
	}
	return rules
}

func TestStyleCoversEveryLabel(t *testing.T) {
	rules := parseGrass(t, string(Style))
	colours := map[string]string{}
	for _, n := range schema.Nodes {
		r, ok := rules["node."+string(n.Label)]
		if !ok {
			t.Errorf("style.grass has no rule for label %s", n.Label)
			continue
		}
		for _, p := range []string{"color", "diameter", "caption", "border-color", "text-color-internal"} {
			if r[p] == "" {
				t.Errorf("node.%s: no %s", n.Label, p)
			}
		}
		if prev, dup := colours[r["color"]]; dup {
			t.Errorf("node.%s and node.%s share colour %s", n.Label, prev, r["color"])
		}
		colours[r["color"]] = string(n.Label)
		// A caption {prop} must name a property the label declares.
		if c := r["caption"]; strings.HasPrefix(c, "{") {
			prop := strings.Trim(c, "{}")
			found := false
			for _, p := range n.Properties {
				found = found || p.Name == prop
			}
			if !found {
				t.Errorf("node.%s: caption %s names no declared property", n.Label, c)
			}
		}
	}
	for sel := range rules {
		switch {
		case sel == "node" || sel == "relationship":
		case strings.HasPrefix(sel, "node."):
			if !schema.IsLabel(strings.TrimPrefix(sel, "node.")) {
				t.Errorf("style.grass styles %s, not a schema label", sel)
			}
		case strings.HasPrefix(sel, "relationship."):
			if !schema.IsRelType(strings.TrimPrefix(sel, "relationship.")) {
				t.Errorf("style.grass styles %s, not a schema relationship type", sel)
			}
		default:
			t.Errorf("unexpected selector %s", sel)
		}
	}
}

// TestGuideFileUpToDate keeps guide.html, the guide as served on
// DefaultAddr, in step with the catalogue and the schema.
func TestGuideFileUpToDate(t *testing.T) {
	got, err := Guide(library(t), "http://"+DefaultAddr)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("guide.html", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("guide.html")
	if err != nil {
		t.Fatalf("%v (go test ./queries/browser -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Error("guide.html is stale: run go test ./queries/browser -run TestGuideFileUpToDate -update")
	}
}

func TestGuideShowsEveryQueryAndLabel(t *testing.T) {
	lib := library(t)
	g, err := Guide(lib, "http://localhost:1234/")
	if err != nil {
		t.Fatal(err)
	}
	html := string(g)
	if !strings.Contains(html, "<title>"+GuideTitle+"</title>") {
		t.Error("no <title>: Browser names the guide after it")
	}
	if n := strings.Count(html, "<slide"); n < 5 {
		t.Errorf("%d slides", n)
	}
	if !strings.Contains(html, `<pre class="code runnable">:style http://localhost:1234/style.grass</pre>`) {
		t.Error("first slide lacks the :style command for this host")
	}
	for _, q := range lib.All() {
		if !strings.Contains(html, "<h4>"+q.Name+"</h4>") {
			t.Errorf("guide lacks query %s", q.Name)
		}
	}
	for _, n := range schema.Nodes {
		if n.Label != schema.SchemaInfo && !strings.Contains(html, "<code>:"+string(n.Label)+"</code>") {
			t.Errorf("guide lacks label %s", n.Label)
		}
	}
	if !strings.Contains(html, `:params {from: date(&#34;1900-01-01&#34;), to: date(&#34;2100-12-31&#34;), types: []}`) {
		t.Error("events-in-range :params line missing or DATE not written as date(...)")
	}
}

func TestHandler(t *testing.T) {
	lib := library(t)
	srv := httptest.NewServer(Handler(lib))
	defer srv.Close()
	get := func(method, path string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, nil)
		req.Header.Set("Origin", "http://localhost:7474")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res, body
	}
	tests := []struct {
		method, path string
		status       int
		ctype, body  string
	}{
		{"GET", GuidePath, 200, "text/html", "<title>" + GuideTitle},
		{"GET", StylePath, 200, "text/plain", "node.Country {"},
		{"GET", "/queries/series-timeline.cypher", 200, "text/plain", "// name: series-timeline"},
		{"GET", "/queries/nope.cypher", 404, "text/plain", `unknown query "nope"`},
		{"GET", "/", 200, "text/plain", ":guide http://"},
		{"OPTIONS", GuidePath, 204, "", ""},
		{"GET", "/missing", 404, "text/plain", ""},
	}
	for _, tt := range tests {
		res, body := get(tt.method, tt.path)
		if res.StatusCode != tt.status {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, res.StatusCode, tt.status)
		}
		if res.Header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("%s %s: no CORS header", tt.method, tt.path)
		}
		if !strings.HasPrefix(res.Header.Get("Content-Type"), tt.ctype) || !strings.Contains(string(body), tt.body) {
			t.Errorf("%s %s: %s %q", tt.method, tt.path, res.Header.Get("Content-Type"), body)
		}
	}
	res, body := get("GET", FavoritesPath)
	if res.StatusCode != 200 {
		t.Fatalf("zip: status %d", res.StatusCode)
	}
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(lib.All()) {
		t.Errorf("zip holds %d files for %d queries", len(zr.File), len(lib.All()))
	}
	for i, f := range zr.File {
		if want := FavoritesFolder + "/" + lib.All()[i].Name + ".cypher"; f.Name != want {
			t.Errorf("zip file %d = %s, want %s", i, f.Name, want)
		}
	}
}

func TestInstructionsNameEveryWay(t *testing.T) {
	s := Instructions("http://localhost:7474/browser/", "http://localhost:7480")
	for _, want := range []string{"http://localhost:7474/browser/", ":style http://localhost:7480/style.grass",
		":guide http://localhost:7480/guide.html", "mediakg-queries.zip", "queries/browser/style.grass"} {
		if !strings.Contains(s, want) {
			t.Errorf("instructions lack %q:\n%s", want, s)
		}
	}
}
