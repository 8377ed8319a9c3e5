package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStdin reads the input "-" from Options.Stdin, its kind sniffed:
// each row gives what standard input holds and, per document, its origin
// and title or the start of its error.
func TestStdin(t *testing.T) {
	text := "The two agencies signed an agreement on Monday to exchange photographs and train young reporters together."
	rec := func(title string) string { return `{"title":"` + title + `","text":"` + text + `"}` }
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "peoples-daily-2020-10-22-china-russia-media-cooperation.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := "<!DOCTYPE html><html><head><title>Agencies sign</title></head><body><article><h1>Agencies sign</h1><p>" +
		text + "</p><p>" + text + "</p></article></body></html>"
	cases := []struct {
		name  string
		stdin string
		opts  Options
		want  []string
	}{
		{"json lines, a bad line and a blank one", rec("One") + "\n\n{broken\n" + rec("Two") + "\n",
			Options{}, []string{"stdin:1=One", "stdin:3!stdin:3: invalid JSON", "stdin:4=Two"}},
		{"json lines without a last newline", rec("One") + "\n" + rec("Two"), Options{}, []string{"stdin:1=One", "stdin:2=Two"}},
		{"json array", "[" + rec("A") + "," + rec("B") + "]", Options{}, []string{"stdin:1=A", "stdin:2=B"}},
		{"one object over several lines", "{\n  \"title\": \"Pretty\",\n  \"text\": \"" + text + "\"\n}\n", Options{}, []string{"stdin=Pretty"}},
		{"html page", page, Options{}, []string{"stdin=Agencies sign"}},
		{"plain text", string(seed), Options{}, []string{"stdin=China, Russia vow to up media cooperation in post-epidemic era"}},
		{"empty", " \n", Options{}, []string{"stdin!stdin: empty input"}},
		{"over the file size limit", string(seed), Options{MaxFileBytes: 100}, []string{"stdin!stdin: standard input larger than 100 bytes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Stdin = strings.NewReader(c.stdin)
			res := collect(t, []string{StdinPath}, c.opts)
			if len(res) != len(c.want) {
				t.Fatalf("got %d documents, want %d: %+v", len(res), len(c.want), res)
			}
			for i, r := range res {
				got := r.Origin + "!" + r.Error
				if r.Error == "" {
					got = r.Origin + "=" + r.Article.Title
				}
				// an error's expected text is the start of the message
				if got != c.want[i] && !(strings.Contains(c.want[i], "!") && strings.HasPrefix(got, c.want[i])) {
					t.Errorf("document %d: %q, want %q", i, got, c.want[i])
				}
			}
		})
	}
}

// TestStdinIDs: articles read from standard input without a URL or record
// id are named by their content, so two different texts never share an id
// and the same text always gets the same one.
func TestStdinIDs(t *testing.T) {
	id := func(s string) string {
		t.Helper()
		res := collect(t, []string{StdinPath}, Options{Stdin: strings.NewReader(s)})
		if len(res) != 1 || res[0].Article == nil {
			t.Fatalf("got %+v", res)
		}
		return res[0].Article.ID
	}
	a := "Xinhua and TASS signed a cooperation agreement in Moscow on Monday, the agencies said in a joint statement."
	b := "RIA Novosti and China Media Group agreed to exchange news and video on Tuesday, both sides said in Beijing."
	if id(a) == id(b) {
		t.Errorf("two texts share the id %s", id(a))
	}
	if id(a) != id(a) {
		t.Errorf("the same text got two ids")
	}
}

// TestStdinMissing: "-" without a standard input is one error in its place.
func TestStdinMissing(t *testing.T) {
	res := collect(t, []string{StdinPath}, Options{})
	if len(res) != 1 || !strings.HasPrefix(res[0].Error, "stdin: standard input is not available") {
		t.Errorf("got %+v", res)
	}
}
