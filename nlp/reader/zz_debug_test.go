package reader

import (
	"bytes"
	"golang.org/x/net/html"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	path, id := os.Getenv("DBG_FILE"), os.Getenv("DBG_ID")
	if path == "" {
		t.Skip()
	}
	forEachGoldPage(path, func(g goldPage) error {
		if g.ID != id {
			return nil
		}
		page, _ := repairMojibake([]byte(g.HTML))
		art, err := parseHTMLText(page, g.URL, noBudget)
		t.Logf("err=%v title=%q\nBODY:\n%s\n\nGOLD:\n%s", err, art.Title, art.Body, g.GoldText[:min(len(g.GoldText), 1500)])
		tp, fp, fn := ShingleCounts(g.GoldText, art.Body)
		t.Logf("tp=%.3f fp=%.3f fn=%.3f", tp, fp, fn)
		if os.Getenv("DBG_TREE") != "" {
			root, _ := html.Parse(bytes.NewReader(page))
			p := buildPage(root, len(page), noBudget)
			c := p.score()
			for i, e := range p.elems {
				if e.runes < 80 {
					continue
				}
				d := 0
				for j := e.parent; j >= 0; j = p.elems[j].parent {
					d++
				}
				mark := ""
				if int32(i) == c {
					mark = " <== CONTAINER"
				}
				t.Logf("%s%d %s.%s score=%.0f content=%.0f runes=%d links=%d flags=%b%s", strings.Repeat(" ", d), i, e.node.Data, classAttr(e.node), e.score, e.content, e.runes, e.links, e.flags, mark)
			}
		}
		return nil
	})
}

func TestZZDiff(t *testing.T) {
	path, id := os.Getenv("DBG_FILE"), os.Getenv("DBG_ID")
	if path == "" {
		t.Skip()
	}
	forEachGoldPage(path, func(g goldPage) error {
		if !strings.HasPrefix(g.ID, id) {
			return nil
		}
		page, _ := repairMojibake([]byte(g.HTML))
		art, _ := parseHTMLText(page, g.URL, noBudget)
		gold := strings.Join(wordTokens(g.GoldText), " ")
		for _, para := range strings.Split(art.Body, "\n") {
			w := strings.Join(wordTokens(para), " ")
			if w != "" && !strings.Contains(gold, w) {
				t.Logf("EXTRA: %.200s", para)
			}
		}
		body := strings.Join(wordTokens(art.Body), " ")
		for _, para := range strings.Split(g.GoldText, "\n") {
			w := strings.Join(wordTokens(para), " ")
			if w != "" && !strings.Contains(body, w) {
				t.Logf("MISSING: %.200s", para)
			}
		}
		return nil
	})
}
