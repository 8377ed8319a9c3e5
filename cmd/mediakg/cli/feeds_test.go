package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// fullStory is an item's full text, with a relative date ("on Monday")
// that the item's date anchors.
const fullStory = `<p>HANOI -- The news agencies of Vietnam and Laos signed an agreement on Monday to exchange
photos, video and correspondents, the two agencies said in a joint statement.</p>
<p>Under the agreement, the agencies will open a joint bureau in Vientiane and train young reporters
from both countries over the next two years, officials said at the signing ceremony.</p>
<p>The agreement also covers a shared archive of photographs of the Mekong region, which both
agencies will make available to their subscribers from the middle of the year.</p>`

// feedServer serves an RSS feed with three items — one that carries its
// full text, one to fetch (a redirect to the rail page), one whose page is
// missing — the pages, and a JSON Feed.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var s *httptest.Server
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Vietnam and Laos agencies sign an exchange accord</title><link>%[1]s/news/accord.html</link>
<pubDate>Tue, 10 Mar 2026 08:15:00 GMT</pubDate><description>Summary.</description>
<content:encoded><![CDATA[%[2]s]]></content:encoded></item>
<item><title>Rail link</title><link>%[1]s/old</link><pubDate>Wed, 04 Mar 2026 06:00:00 GMT</pubDate>
<description>Kazakhstan and Uzbekistan agree.</description></item>
<item><title>Gone</title><link>%[1]s/missing.html</link><description>Gone.</description></item>
</channel></rss>`, s.URL, fullStory)
	})
	mux.HandleFunc("/news/rail.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pageHTML(""))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/rail.html", http.StatusMovedPermanently)
	})
	s = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// TestExtractFeed reads a feed from a loopback server: the item with full
// text is read from the feed, dated by the item; the item without is
// fetched; the missing page is one error and the rest goes on.
func TestExtractFeed(t *testing.T) {
	s := feedServer(t)
	code, out, errs := runMain(t, "extract", "--feed", s.URL+"/rss.xml")
	if code != ExitPartial || !strings.Contains(errs, "mediakg: "+s.URL+"/missing.html: HTTP status 404") {
		t.Fatalf("exit %d, want %d with the 404 named\n%s", code, ExitPartial, errs)
	}
	var arts []map[string]any
	var events [][]map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d struct {
			Article map[string]any   `json:"article"`
			Events  []map[string]any `json:"events"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		arts = append(arts, d.Article)
		events = append(events, d.Events)
	}
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2\n%s", len(arts), out)
	}
	a, b := arts[0], arts[1]
	if a["url"] != s.URL+"/news/accord.html" || a["title"] != "Vietnam and Laos agencies sign an exchange accord" ||
		a["published"] != "2026-03-10T08:15:00Z" || !strings.Contains(a["body"].(string), "joint bureau in Vientiane") {
		t.Errorf("full-text item: %v", a)
	}
	// "signed ... on Monday", anchored by the item's date (Tuesday 10 March).
	if len(events[0]) == 0 || events[0][0]["date"] != "2026-03-09" {
		t.Errorf("events of the full-text item: %v", events[0])
	}
	if a["origin"] != s.URL+"/news/accord.html" {
		t.Errorf("origin %v", a["origin"])
	}
	// The fetched page keeps its own text; the item's date is its date.
	if b["url"] != s.URL+"/news/rail.html" || b["published"] != "2026-03-04T06:00:00Z" ||
		!strings.Contains(b["body"].(string), "Turkestan and Tashkent") {
		t.Errorf("fetched item: %v", b)
	}
	// Only the feed: no other input needed.
	if code, _, errs := runMain(t, "extract", "--feed", s.URL+"/nothing.xml"); code != ExitError || !strings.Contains(errs, "nothing.xml") {
		t.Errorf("missing feed: exit %d\n%s", code, errs)
	}
}

// TestIngestFeedEndToEnd ingests a feed into the test Neo4j and again:
// the items are stored under their links with what they mention, and the
// second run changes nothing.
func TestIngestFeedEndToEnd(t *testing.T) {
	s := feedServer(t)
	useTestServer(t)
	c := neo4jtest.Client(t)
	code, out, errs := runMain(t, "ingest", "--feed", s.URL+"/rss.xml")
	if code != ExitPartial {
		t.Fatalf("ingest: exit %d, want %d\n%s%s", code, ExitPartial, out, errs)
	}
	rows := cypherRows(t, c, `MATCH (a:Article)-[:MENTIONS]->(k:Country) WHERE a.url STARTS WITH $base
RETURN a.url AS url, toString(a.published) AS published, collect(k.iso3) AS countries ORDER BY url`,
		map[string]any{"base": s.URL})
	if len(rows) != 2 {
		t.Fatalf("articles: %v", rows)
	}
	if rows[0]["url"] != s.URL+"/news/accord.html" || !strings.Contains(fmt.Sprint(rows[0]["countries"]), "LAO") ||
		!strings.HasPrefix(fmt.Sprint(rows[0]["published"]), "2026-03-10") {
		t.Errorf("feed item in the graph: %v", rows[0])
	}
	if code, out, errs := runMain(t, "ingest", "--feed", s.URL+"/rss.xml"); code != ExitPartial || !strings.Contains(out, "2 unchanged") {
		t.Errorf("second ingest: exit %d\n%s%s", code, out, errs)
	}
}
