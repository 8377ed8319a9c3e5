package reader

import (
	"strings"
	"testing"
)

// prose returns n sentences of article-like text tagged with word, so a
// test can tell which part of a page the body came from.
func prose(word string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>The " + word + " delegation met officials of the agency on Monday, and both sides agreed to exchange news, photos and video over the next three years.</p>\n")
	}
	return b.String()
}

// TestBodyChoice pins how the container is chosen on pages built to show
// one general signal each.
func TestBodyChoice(t *testing.T) {
	cases := []struct {
		name string
		html string
		want []string // words that must be in the body
		not  []string // words that must not
	}{
		{
			// A WordPress post wrapper names its categories and tags in
			// its class list ("category-social-media", "tag-sharing"):
			// those are the story's topics, not a share bar.
			name: "post classes name topics",
			html: `<div class="post-12 post type-post status-publish format-standard hentry category-social-media tag-sharing">` +
				prose("wordpress", 6) + `</div><div id="sidebar">` + prose("sidebar", 1) + `</div>` +
				`<div class="comments">` + prose("reader", 8) + `</div>`,
			want: []string{"wordpress"},
			not:  []string{"sidebar", "reader"},
		},
		{
			// A long comment thread outweighs a short post; the post is
			// declared by its class and stays the body.
			name: "declared body beats a long comment thread",
			html: `<div class="entry-content">` + prose("story", 5) + `</div>` +
				`<ol class="commentlist">` + strings.ReplaceAll(prose("reader", 20), "<p>", `<p class="x">`) + `</ol>`,
			want: []string{"story"},
			not:  []string{"reader"},
		},
		{
			// The rest of a post behind a "more" break sits in an element
			// named like chrome ("entry-more") inside the declared body.
			name: "prose after a more break",
			html: `<div class="entry-content"><div class="entry-body">` + prose("opening", 2) +
				`</div><div class="entry-more">` + prose("continued", 6) + `</div></div>` +
				`<div class="module-list"><a href="/a">Archive one</a> <a href="/b">Archive two</a></div>` +
				`<div class="comments">` + prose("reader", 10) + `</div>`,
			want: []string{"opening", "continued"},
			not:  []string{"reader"},
		},
		{
			// A related-stories box inside the body stays out even though
			// it is prose-like.
			name: "related box inside the body",
			html: `<div class="article-body">` + prose("story", 5) +
				`<div class="related-stories">` + prose("teaser", 3) + `</div></div>`,
			want: []string{"story"},
			not:  []string{"teaser"},
		},
		{
			// A story split around an ad slot into two parts of one class.
			name: "continued in a sibling of the same class",
			html: `<main><div class="story-part">` + prose("first", 6) + `</div>` +
				`<div class="ad-slot">Advertisement</div><div>` + strings.Repeat(`<a href="/t">A teaser headline that links elsewhere</a> `, 40) + `</div>` +
				`<div class="story-part">` + prose("second", 3) + `</div>` +
				`<div class="footer-links"><a href="/x">About us</a> <a href="/y">Contact</a></div></main>`,
			want: []string{"first", "second"},
			not:  []string{"Advertisement", "About"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><head><title>Agencies agree to share news</title></head><body>" + c.html + "</body></html>"
			art, err := ParseHTML([]byte(page), "https://example.com/news/1")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(art.Body, w) {
					t.Errorf("body lacks %q:\n%s", w, art.Body)
				}
			}
			for _, w := range c.not {
				if strings.Contains(art.Body, w) {
					t.Errorf("body holds %q:\n%s", w, art.Body)
				}
			}
		})
	}
}
