package cli

import (
	"strings"
	"testing"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// TestIngestURLEndToEnd ingests a page from a loopback server into the test
// Neo4j next to an address that fails: the article is stored under the
// address it was found at, the failure is one line, and a second ingest
// changes nothing.
func TestIngestURLEndToEnd(t *testing.T) {
	s := articleServer(t, map[string]string{"/news/rail.html": pageHTML("")})
	useTestServer(t)
	c := neo4jtest.Client(t)
	good, bad := s.URL+"/old", s.URL+"/missing.html"

	code, out, errs := runMain(t, "ingest", bad, good)
	if code != ExitPartial || !strings.Contains(errs, "mediakg: "+bad+": HTTP status 404 Not Found") {
		t.Fatalf("ingest: exit %d, want %d and the 404 named\n%s%s", code, ExitPartial, out, errs)
	}
	rows := cypherRows(t, c, `MATCH (a:Article {url: $url})-[:MENTIONS]->(k:Country {iso3: 'KAZ'})
RETURN a.title AS title`, map[string]any{"url": s.URL + "/news/rail.html"})
	if len(rows) != 1 || rows[0]["title"] != "Kazakhstan and Uzbekistan agree on a new rail link" {
		t.Fatalf("article by its final URL, mentioning Kazakhstan: %v", rows)
	}
	if code, out, errs := runMain(t, "ingest", good); code != ExitOK || !strings.Contains(out, "1 unchanged") {
		t.Errorf("second ingest: exit %d\n%s%s", code, out, errs)
	}
}
