// Package browser makes Neo4j Browser a comfortable place to explore the
// mediakg graph: a GraSS style sheet with a colour, size and caption per
// label, a Browser guide that walks a new user through the model and the
// saved queries, a zip of the saved queries that the Favorites drawer
// imports, and a small HTTP handler that serves all three to the Browser
// (`:guide URL` and `:style URL` fetch from hosts in the server's
// browser.remote_content_hostname_allowlist, "localhost" by default, and
// need CORS).
//
// Files:
//   - browser.go:     this map, the embedded style sheet, Instructions
//   - guide.go:       the guide, rendered from package schema and the query catalogue
//   - serve.go:       Handler (guide, style, favourites zip, .cypher files) and Favorites
//   - style.grass:    the style sheet (GraSS has no comments: its source and
//     licence are stated in docs/queries.md: written for mediakg)
//   - guide.html:     the guide as rendered for DefaultAddr, kept in the repo and checked by a test
//   - e2e_test.go:    headless Chromium drives the real Browser against the test server
package browser

import (
	_ "embed"
	"fmt"
	"strings"
)

// Style is the GraSS style sheet.
//
//go:embed style.grass
var Style []byte

// DefaultAddr is where `mediakg browser serve` listens unless told
// otherwise. The host must be "localhost" (not 127.0.0.1): that is the name
// the server's default allowlist holds.
const DefaultAddr = "localhost:7480"

// File names under which Handler serves the files.
const (
	GuidePath     = "/guide.html"
	StylePath     = "/style.grass"
	FavoritesPath = "/mediakg-queries.zip"
)

// Instructions is the text `mediakg browser serve` prints and `make demo`
// repeats: how to open the Browser and load the style, guide and saved
// queries. browserURL is the Browser's address (http://localhost:7474/browser/),
// serveBase where the files are served (http://localhost:7480).
func Instructions(browserURL, serveBase string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Neo4j Browser: %s  (user neo4j, password in .neo4j/password)\n", browserURL)
	fmt.Fprintf(&b, "With `mediakg browser serve` running, type in the Browser's editor:\n")
	fmt.Fprintf(&b, "  :style %s%s      colours, sizes and captions per label\n", serveBase, StylePath)
	fmt.Fprintf(&b, "  :guide %s%s       a walk through the model and the saved queries\n", serveBase, GuidePath)
	fmt.Fprintf(&b, "Saved queries as Browser favourites: download %s%s and drop it on the\n", serveBase, FavoritesPath)
	fmt.Fprintf(&b, "Favorites (star) drawer. Without the server: drag queries/browser/style.grass onto the\n")
	fmt.Fprintf(&b, "Browser window, and queries/*.cypher onto the Favorites drawer.\n")
	return b.String()
}
