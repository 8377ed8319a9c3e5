package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/fetch"
)

// story is long enough to be a full text (MinFullWords).
var story = strings.Repeat("The news agencies of both countries agreed to exchange photos and video. ", 12)

var rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Mekong Wire</title><link>https://mekong.example/</link>
<item><title>Agencies sign an exchange accord</title><link>https://mekong.example/a</link>
<pubDate>Tue, 10 Mar 2026 08:15:00 +0700</pubDate>
<description>A short summary.</description>
<content:encoded><![CDATA[<p>` + story + `</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://mekong.example/b</link>
<pubDate>Mon, 09 Mar 2026 18:00:00 GMT</pubDate>
<description>Only a teaser of the story.</description></item>
</channel></rss>`

var atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Steppe Courier</title>
<entry><title>Rail link agreed</title><link href="https://steppe.example/rail"/>
<id>tag:steppe.example,2026:rail</id><updated>2026-03-03T04:30:00Z</updated>
<summary>Kazakhstan and Uzbekistan agree.</summary></entry>
<entry><title>Full story</title><link href="https://steppe.example/full"/>
<id>tag:steppe.example,2026:full</id><published>2026-03-04T06:00:00+05:00</published>
<content type="text">` + story + `</content></entry>
</feed>`

var jsonFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "Andes Post",
 "items": [
  {"id": "1", "url": "https://andes.example/1", "title": "Forum planned", "date_published": "2026-02-01T12:00:00-05:00",
   "content_html": "<p>` + story + `</p>"},
  {"id": "2", "url": "https://andes.example/2", "title": "Teaser", "summary": "short", "content_text": "Too short to be the story."}
 ]}`

func TestParse(t *testing.T) {
	cases := []struct {
		name, src, typ string
		want           []Item // Content checked for presence only
	}{
		{"rss", rssFeed, "rss", []Item{
			{Link: "https://mekong.example/a", Title: "Agencies sign an exchange accord", Published: "2026-03-10T01:15:00Z", ContentType: "text/html"},
			{Link: "https://mekong.example/b", Title: "Summary only", Published: "2026-03-09T18:00:00Z"},
		}},
		{"atom", atomFeed, "atom", []Item{
			{Link: "https://steppe.example/rail", Title: "Rail link agreed", Published: "2026-03-03T04:30:00Z"},
			{Link: "https://steppe.example/full", Title: "Full story", Published: "2026-03-04T01:00:00Z", ContentType: "text/plain"},
		}},
		{"json", jsonFeed, "json", []Item{
			{Link: "https://andes.example/1", Title: "Forum planned", Published: "2026-02-01T17:00:00Z", ContentType: "text/html"},
			{Link: "https://andes.example/2", Title: "Teaser"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if f.Type != c.typ || len(f.Items) != len(c.want) {
				t.Fatalf("type %s, %d items; want %s, %d", f.Type, len(f.Items), c.typ, len(c.want))
			}
			for i, w := range c.want {
				g := f.Items[i]
				if g.Link != w.Link || g.Title != w.Title || g.Published != w.Published || g.ContentType != w.ContentType {
					t.Errorf("item %d = %+v\nwant %+v", i, g, w)
				}
				if g.FullText() != (w.ContentType != "") || (g.FullText() && !strings.Contains(g.Content, "exchange photos")) {
					t.Errorf("item %d: full text %v, content %.40q", i, g.FullText(), g.Content)
				}
			}
		})
	}
}

func TestParseBad(t *testing.T) {
	for _, src := range []string{"", "<html><body>not a feed</body></html>", "{\"a\": 1"} {
		if _, err := Parse(strings.NewReader(src)); err == nil {
			t.Errorf("Parse(%q): no error", src)
		}
	}
}

// TestLoad reads feeds from a loopback server (feed media types accepted,
// a 404 named) and from a file.
func TestLoad(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write([]byte(rssFeed))
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		w.Write([]byte(jsonFeed))
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	fc := fetch.New(fetch.Options{})
	ctx := context.Background()
	for _, path := range []string{"/rss", "/feed.json"} {
		f, err := Load(ctx, s.URL+path, fc)
		if err != nil || len(f.Items) != 2 {
			t.Errorf("%s: %v, %+v", path, err, f)
		}
	}
	if _, err := Load(ctx, s.URL+"/missing", fc); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing feed: %v", err)
	}
	if _, err := Load(ctx, s.URL+"/logo.png", fc); err == nil || !strings.Contains(err.Error(), "image/png") {
		t.Errorf("image as feed: %v", err)
	}
	file := filepath.Join(t.TempDir(), "steppe.atom")
	os.WriteFile(file, []byte(atomFeed), 0o644)
	if f, err := Load(ctx, file, fc); err != nil || f.Type != "atom" {
		t.Errorf("file: %v %+v", err, f)
	}
	if _, err := Load(ctx, filepath.Join(t.TempDir(), "none.xml"), fc); err == nil {
		t.Error("missing file: no error")
	}
}
