package main

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/gazetteer"
)

// lists are the exclusion lists: common English words and first names,
// both in lower case.
type lists struct {
	words map[string]bool
	names map[string]bool
}

func loadLists(c commonFlags) (*lists, error) {
	l := &lists{words: map[string]bool{}, names: map[string]bool{}}
	// only the lower-case entries of a word list are common words; its
	// capitalised entries are proper names (cities among them)
	if err := eachLine(c.words, func(s string) {
		if r := []rune(s); len(r) > 0 && unicode.IsLower(r[0]) && !strings.Contains(s, "'") {
			l.words[s] = true
		}
	}); err != nil {
		return nil, err
	}
	for _, p := range strings.Split(c.names, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if err := eachLine(p, func(s string) { l.names[strings.ToLower(s)] = true }); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// known is what the organization generators check a name against: the
// exclusion lists, every word of the word list in lower case (a name made
// only of them is a phrase of ordinary text: "The Hindu"), the embedded
// gazetteer, its spellings and the places of the GeoNames table.
type known struct {
	l      *lists
	dict   map[string]bool
	g      *gazetteer.Gazetteer
	sp     *spelling
	places map[string]bool
}

// loadKnownNames loads known for the generators' common flags and the
// GeoNames table at geoPath.
func loadKnownNames(c commonFlags, geoPath string) (*known, error) {
	l, err := loadLists(c)
	if err != nil {
		return nil, err
	}
	k := &known{l: l, dict: map[string]bool{}}
	if err := eachLine(c.words, func(s string) { k.dict[strings.ToLower(s)] = true }); err != nil {
		return nil, err
	}
	if k.g, k.sp, k.places, err = loadKnown(geoPath); err != nil {
		return nil, err
	}
	return k, nil
}

func eachLine(path string, f func(string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" && !strings.HasPrefix(s, "#") {
			f(s)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// commonWord reports whether a one-word name is an English word ("Mobile",
// "Nice") or a first name ("Victoria").
func (l *lists) commonWord(s string) (string, bool) {
	low := strings.ToLower(s)
	if l.words[low] {
		return "common English word", true
	}
	if l.names[low] {
		return "first name", true
	}
	return "", false
}

// taken returns the id of the gazetteer entry that already claims text, if
// any, in the spelling given or in all capitals.
func taken(g *gazetteer.Gazetteer, text string) (string, bool) {
	for _, t := range []string{text, strings.ToUpper(text)} {
		if e, _, ok := g.Lookup(t); ok {
			return e.ID, true
		}
	}
	return "", false
}

// fold lower-cases s and strips its diacritics ("Bogotá" -> "bogota").
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// spelling keeps the generated names inside the byte values that the
// curated names already use. The tagger's automaton has a column per byte
// class in every state, so a rare letter ("ë", "ğ") of one generated name
// widens the whole table; English news mostly writes such names without
// the diacritic anyway ("Rajkot", not "Rājkot").
type spelling struct {
	known map[byte]bool
	// other holds the bytes of the names that start with a non-ASCII byte:
	// those go to the tagger's Aho-Corasick automaton, whose every state
	// widens with a new byte value ("Россия-24" brought "-", "2" and "4"
	// to it, and 7 MB to the tagger's live heap)
	other map[byte]bool
}

func newSpelling(g *gazetteer.Gazetteer) *spelling {
	sp := &spelling{known: map[byte]bool{}, other: map[byte]bool{}}
	for _, a := range g.Aliases {
		if a.Text[0] >= 0x80 {
			for i := 0; i < len(a.Text); i++ {
				sp.other[a.Text[i]] = true
			}
			continue // names in other scripts go to the other automaton
		}
		for i := 0; i < len(a.Text); i++ {
			sp.known[a.Text[i]] = true
		}
	}
	return sp
}

// of returns s as written when its bytes, and those of its all-capitals
// spelling, are known; else s without diacritics; false when a letter
// without a base letter remains ("ł", "ı").
func (sp *spelling) of(s string) (string, bool) {
	fits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] >= 0x80 && !sp.known[t[i]] {
				return false
			}
		}
		return true
	}
	if fits(s) && fits(strings.ToUpper(s)) {
		return s, true
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil || !fits(out) || !fits(strings.ToUpper(out)) {
		return "", false
	}
	return out, true
}

// fitsOther reports whether s, when it starts with a non-ASCII byte, uses
// only bytes that the names of the other automaton already use; a name
// that starts with an ASCII byte always fits.
func (sp *spelling) fitsOther(s string) bool {
	if s == "" || s[0] < 0x80 {
		return true
	}
	for i := 0; i < len(s); i++ {
		if !sp.other[s[i]] {
			return false
		}
	}
	return true
}

// quote writes s as a YAML flow scalar, quoted when it needs to be.
func quote(s string) string {
	plain := s != "" && !strings.ContainsAny(s, ":#,[]{}&*!|>'\"%@`") &&
		!strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "?") && strings.TrimSpace(s) == s
	switch strings.ToLower(s) {
	case "yes", "no", "true", "false", "on", "off", "null", "y", "n", "~":
		plain = false
	}
	if plain {
		return s
	}
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
}

func list(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// output opens the -out file, or stdout.
func output(path string) (io.WriteCloser, error) {
	if path == "" {
		return nopCloser{os.Stdout}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return f, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// tally counts the rows a generator kept or left out, per reason, with
// examples of each.
type tally struct {
	counts   map[string]int
	examples map[string][]string
}

func newTally() *tally {
	return &tally{counts: map[string]int{}, examples: map[string][]string{}}
}

// note counts one row under reason, with what as an example.
func (t *tally) note(reason, what string) {
	t.counts[reason]++
	t.examples[reason] = append(t.examples[reason], what)
}

// write prints every reason, its count and up to max examples, sorted by
// reason, the reason padded to width.
func (t *tally) write(w io.Writer, width, max int) {
	for _, k := range slices.Sorted(maps.Keys(t.counts)) {
		ex := t.examples[k]
		if len(ex) > max {
			ex = ex[:max]
		}
		fmt.Fprintf(w, "%-*s %5d  %s\n", width, k, t.counts[k], strings.Join(ex, "; "))
	}
}

// freeKey returns the key of a generated organization named name in
// country: the slug of its name, else the slug with the country's code
// after it when the gazetteer or an earlier entry of the run (keys) has
// that; false when both are taken. The key it returns is added to keys.
func freeKey(g *gazetteer.Gazetteer, keys map[string]bool, name, country string) (string, bool) {
	taken := func(key string) bool {
		_, ok := g.Entry(document.OrgID(key))
		return ok || keys[key]
	}
	key := document.Slug(name)
	if taken(key) {
		key += "-" + strings.ToLower(country)
	}
	if taken(key) {
		return "", false
	}
	keys[key] = true
	return key, true
}
