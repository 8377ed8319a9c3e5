package reader

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/mediakg/mediakg/nlp/document"
)

//go:embed data/publishers.tsv
var publishersTSV string

// outlet is one row of data/publishers.tsv.
type outlet struct {
	Key     string
	Name    string
	Kind    string
	Domains []string
	Aliases []string
}

// outlets indexes data/publishers.tsv by domain and by lower-cased alias.
type outlets struct {
	list     []outlet
	byDomain map[string]int
	byAlias  map[string]int
}

var (
	outletsOnce sync.Once
	outletsIdx  *outlets
)

// knownOutlets returns the parsed publisher table (built once, read-only).
func knownOutlets() *outlets {
	outletsOnce.Do(func() { outletsIdx = parseOutlets(publishersTSV) })
	return outletsIdx
}

func parseOutlets(tsv string) *outlets {
	o := &outlets{byDomain: map[string]int{}, byAlias: map[string]int{}}
	header := true
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		ot := outlet{Key: f[0], Name: f[1], Kind: f[2], Domains: splitList(f[3]), Aliases: splitList(f[4])}
		i := len(o.list)
		o.list = append(o.list, ot)
		for _, d := range ot.Domains {
			o.byDomain[d] = i
		}
		o.byAlias[strings.ToLower(ot.Name)] = i
		for _, a := range ot.Aliases {
			o.byAlias[strings.ToLower(a)] = i
		}
	}
	return o
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// byHost finds the outlet that owns a host name or one of its parents.
func (o *outlets) byHost(host string) (outlet, bool) {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for host != "" {
		if i, ok := o.byDomain[host]; ok {
			return o.list[i], true
		}
		j := strings.IndexByte(host, '.')
		if j < 0 {
			break
		}
		host = host[j+1:]
	}
	return outlet{}, false
}

// byName finds the outlet called name (its name or an alias, any case).
func (o *outlets) byName(name string) (outlet, bool) {
	key := strings.ToLower(strings.TrimSpace(name))
	i, ok := o.byAlias[key]
	if !ok && strings.Contains(key, "’") {
		// "People’s Daily": the typographic apostrophe of the text
		i, ok = o.byAlias[strings.ReplaceAll(key, "’", "'")]
	}
	if !ok {
		return outlet{}, false
	}
	return o.list[i], true
}

// find returns the first known outlet named as whole words in s, with
// names of several words tried before single words.
func (o *outlets) find(s string) (outlet, bool) {
	low := strings.ToLower(s)
	best, bestAt, bestLen := -1, len(low)+1, 0
	for alias, i := range o.byAlias {
		if len(alias) < 4 && alias != "ap" && alias != "afp" && alias != "rt" && alias != "upi" {
			continue // short acronyms only in datelines, not in free text
		}
		at := indexWord(low, alias)
		if at < 0 {
			continue
		}
		if at < bestAt || (at == bestAt && len(alias) > bestLen) {
			best, bestAt, bestLen = i, at, len(alias)
		}
	}
	if best < 0 {
		return outlet{}, false
	}
	return o.list[best], true
}

// indexWord finds word in s where it is not part of a longer word.
func indexWord(s, word string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isWordByte(s[i-1])
		after := i+len(word) >= len(s) || !isWordByte(s[i+len(word)])
		if before && after {
			return i
		}
		off = i + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// setPublisher fills Publisher and PublisherID from an outlet.
func setPublisher(a *document.Article, o outlet) {
	a.Publisher = o.Name
	a.PublisherID = document.OrgID(o.Key)
}

// setSource fills Source and SourceID from an agency name.
func setSource(a *document.Article, name string) {
	if o, ok := knownOutlets().byName(name); ok {
		a.Source = o.Name
		a.SourceID = document.OrgID(o.Key)
		return
	}
	a.Source = name
}
