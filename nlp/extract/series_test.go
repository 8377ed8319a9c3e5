package extract

import "testing"

// TestSeriesKey: a series named in either order of its parties is one
// series; ordinals, years and "the" are no part of the key.
func TestSeriesKey(t *testing.T) {
	for _, c := range []struct{ name, key, year string }{
		{"Russia-China Media Forum", "china-russia-media-forum", ""},
		{"China-Russia Media Forum", "china-russia-media-forum", ""},
		{"13th China–Russia Media Forum 2024", "china-russia-media-forum", "2024"},
		{"Kenya-China-Uganda Media Dialogue", "china-kenya-uganda-media-dialogue", ""},
		{"Belt and Road Media Forum", "belt-and-road-media-forum", ""},
		{"China-Central Asia Media Cooperation Forum", "china-central-asia-media-cooperation-forum", ""},
		{"China-Arab States Summit", "china-arab-states-summit", ""},
		{"Russia-Africa Economic Forum", "africa-russia-economic-forum", ""},
		{"the annual Lakeside Media Summit", "lakeside-media-summit", ""},
	} {
		if k, y := seriesKey(c.name); k != c.key || y != c.year {
			t.Errorf("seriesKey(%q) = %q, %q; want %q, %q", c.name, k, y, c.key, c.year)
		}
	}
}
