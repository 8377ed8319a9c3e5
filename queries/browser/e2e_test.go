package browser

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mediakg/mediakg/internal/neo4jtest"
)

// chromiumPath finds Debian's Chromium (or $MEDIAKG_CHROMIUM).
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("MEDIAKG_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("headless browser test needs Chromium: apt-get install -y chromium (or set MEDIAKG_CHROMIUM); .ci/run installs it")
	return ""
}

// browserHTTPPort is the Neo4j HTTP port serving Browser: the Makefile
// passes the test instance's port as MEDIAKG_TEST_HTTP_PORT.
func browserHTTPPort() string {
	if p := os.Getenv("MEDIAKG_TEST_HTTP_PORT"); p != "" {
		return p
	}
	return "17474"
}

// artifactDir is <repo>/test-artifacts (git-ignored), where the screenshot
// is kept for people to look at.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(neo4jtest.RepoRoot(t), "test-artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowserRunsSavedQuery opens the real Neo4j Browser served by the test
// server in headless Chromium, connects, loads the style sheet and the guide
// from `mediakg browser serve`'s handler, runs the guide's saved query
// (event-graph) by clicking it, and checks that the graph view draws the
// expected nodes. The screenshot goes to test-artifacts/.
func TestBrowserRunsSavedQuery(t *testing.T) {
	c := neo4jtest.Client(t)
	chrome := chromiumPath(t)
	neo4jtest.Reset(t, c)
	loadKnownCorpus(t, c)

	bolt, err := url.Parse(c.URI)
	if err != nil {
		t.Fatal(err)
	}
	settings := neo4jtest.Settings(t)

	// The files server: Browser fetches :guide and :style URLs only from
	// allowlisted hosts ("localhost"), with CORS.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: Handler(library(t)), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	base := fmt.Sprintf("http://localhost:%d", ln.Addr().(*net.TCPAddr).Port)

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1600, 1000),
	)
	defer cancelAlloc()
	bctx, cancelCtx := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	defer cancelCtx()
	// Start the browser on the long-lived context: the first run ties the
	// browser's life to the context it is given.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start Chromium %s: %v", chrome, err)
	}
	ctx, cancel := context.WithTimeout(bctx, 3*time.Minute)
	defer cancel()

	shot := filepath.Join(artifactDir(t), "browser-event-graph.png")
	defer func() {
		// Keep a picture of whatever state the page reached, pass or fail.
		sctx, scancel := context.WithTimeout(bctx, 20*time.Second)
		defer scancel()
		if png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100)); err == nil {
			_ = os.WriteFile(shot, png, 0o644)
			t.Logf("screenshot: %s", shot)
		}
	}()

	browserURL := fmt.Sprintf("http://localhost:%s/browser/?dbms=%s", browserHTTPPort(),
		url.QueryEscape("bolt://localhost:"+bolt.Port()))
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, scancel := context.WithTimeout(ctx, 45*time.Second)
		defer scancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	step("open Browser", chromedp.Navigate(browserURL),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="password"]`)))
	addr, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`[data-testid="boltaddress"]`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(addr, bolt.Port()) {
		t.Fatalf("connect form shows %q, want the test server's Bolt port %s", addr, bolt.Port())
	}
	step("fill the connect form",
		chromedp.SendKeys(chromedp.CSS(`[data-testid="username"]`), settings.User),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="password"]`), settings.Password))
	// A click that lands while the form is still re-rendering is lost
	// without a message (seen on a busy machine): click again, up to three
	// times, until the Browser says it is connected.
	var connErr error
	connected := waitText(`[data-testid="stream"]`, "You are connected as user")
	for attempt := 1; attempt <= 3; attempt++ {
		if attempt > 1 {
			// The last click may have worked after its wait ran out.
			qctx, qcancel := context.WithTimeout(ctx, 2*time.Second)
			connErr = chromedp.Do(qctx, connected)
			qcancel()
			if connErr == nil {
				break
			}
		}
		cctx, ccancel := context.WithTimeout(ctx, 20*time.Second)
		connErr = chromedp.Do(cctx, chromedp.Click(chromedp.CSS(`[data-testid="connect"]`)), connected)
		ccancel()
		if connErr == nil {
			break
		}
		t.Logf("connect, attempt %d: %v", attempt, connErr)
	}
	if connErr != nil {
		t.Fatalf("connect: %v", connErr)
	}

	run := func(name, command string) {
		t.Helper()
		step(name,
			chromedp.Click(chromedp.CSS(`[data-testid="activeEditor"]`)),
			chromedp.SendKeys(chromedp.CSS(`[data-testid="activeEditor"] textarea`), command),
			chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)))
	}
	run("load style", ":style "+base+StylePath)
	step("style applied", waitText(`[data-testid="stream"]`, "node.Country"))
	run("open guide", ":guide "+base+GuidePath)
	step("guide shown", waitText(`[data-testid="guidesDrawer"]`, GuideTitle))

	// The first slide holds :style, then the tour query's :params and
	// Cypher as runnable blocks; clicking one puts it in the editor.
	blocks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll('[data-testid="guidesDrawer"] pre.runnable')).map(p => p.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) < 3 || !strings.HasPrefix(blocks[1], ":params") || !strings.Contains(blocks[2], "// name: "+TourQuery) {
		t.Fatalf("guide's first slide blocks = %q, want :style, :params, %s", blocks, TourQuery)
	}
	clickBlock := func(i int) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
			`document.querySelectorAll('[data-testid="guidesDrawer"] pre.runnable')[%d].click()`, i))
	}
	step("set params", clickBlock(1), chromedp.Sleep(300*time.Millisecond),
		chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
		waitText(`[data-testid="stream"]`, seriesIDForTest))
	step("run saved query", clickBlock(2), chromedp.Sleep(300*time.Millisecond),
		chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="stream"] svg .node`)))
	// Let the force layout settle so the screenshot is readable.
	step("layout", chromedp.Sleep(3*time.Second))

	nodes, err := chromedp.Run(ctx, chromedp.Evaluate[[]graphNode](
		`Array.from(document.querySelector('[data-testid="stream"] [data-testid="frame"]').querySelectorAll('svg .node')).map(n => ({
			caption: Array.from(n.querySelectorAll('text')).map(t => t.textContent).join(' ').replace(/\s+/g, ' ').trim(),
			fill: (n.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || ''}))`))
	if err != nil {
		t.Fatal(err)
	}
	checkGraphView(t, nodes, wantTourCaptions())
}

// graphNode is one node as Browser drew it: the caption text (long
// captions are wrapped and may be cut with "…") and its fill colour.
type graphNode struct {
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

// checkGraphView wants exactly one drawn node per expected caption, and the
// style sheet's colours on them.
func checkGraphView(t *testing.T, nodes []graphNode, want []string) {
	t.Helper()
	if len(nodes) != len(want) {
		t.Errorf("graph view shows %d nodes, want %d: %+v", len(nodes), len(want), nodes)
	}
	// Whole captions first, then the cut ones, so a cut caption cannot
	// take the place of a longer name that another node shows whole.
	used := make([]bool, len(nodes))
	var missing []string
	for _, w := range want {
		found := false
		for i, n := range nodes {
			if !used[i] && n.Caption == w {
				used[i], found = true, true
				break
			}
		}
		if !found {
			missing = append(missing, w)
		}
	}
	for _, w := range missing {
		found := false
		for i, n := range nodes {
			cut := strings.TrimSuffix(n.Caption, "…")
			if !used[i] && cut != n.Caption && strings.HasPrefix(w, cut) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("no node captioned %q in the graph view: %+v", w, nodes)
		}
	}
	styleFills := map[string]bool{}
	for _, r := range []string{"node.Country", "node.Organization", "node.Event", "node.EventSeries", "node.Place"} {
		styleFills[strings.ToLower(grassRule(t, r)["color"])] = true
	}
	for _, n := range nodes {
		if !styleFills[strings.ToLower(n.Fill)] {
			t.Errorf("node %q is filled %q, not a colour of style.grass: the style sheet did not apply", n.Caption, n.Fill)
		}
	}
}

func grassRule(t *testing.T, sel string) map[string]string {
	return parseGrass(t, string(Style))[sel]
}

// waitText polls until the element matching sel contains text.
func waitText(sel, text string) chromedp.Action[chromedp.Void] {
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.innerText.includes(%q) })()`, sel, text)
	check := chromedp.Evaluate[bool](js)
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		for {
			ok, err := check(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			if ok {
				return chromedp.Void{}, nil
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, fmt.Errorf("waiting for %q in %s: %w", text, sel, ctx.Err())
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
}
