package document

import (
	"strings"
	"unicode"
)

// Id prefixes. An entity id is prefix + ":" + key; the graph keys nodes on it.
const (
	PrefixCountry = "country"
	PrefixOrg     = "org"
	PrefixPerson  = "person"
	PrefixPlace   = "place"
	PrefixEvent   = "event"
	PrefixSeries  = "series"
	PrefixDate    = "date"
	PrefixTopic   = "topic"
	PrefixArticle = "article"
)

// CountryID returns the id of the country with ISO 3166-1 alpha-3 code iso3.
func CountryID(iso3 string) string { return PrefixCountry + ":" + strings.ToUpper(iso3) }

// OrgID returns the id of an organization from its gazetteer key or name.
func OrgID(key string) string { return PrefixOrg + ":" + Slug(key) }

// PersonID returns the id of a person from their name.
func PersonID(name string) string { return PrefixPerson + ":" + Slug(name) }

// PlaceID returns the id of a place from its name.
func PlaceID(name string) string { return PrefixPlace + ":" + Slug(name) }

// TopicID returns the id of a topic from its name.
func TopicID(name string) string { return PrefixTopic + ":" + Slug(name) }

// SeriesID returns the id of an event series from its key.
func SeriesID(key string) string { return PrefixSeries + ":" + Slug(key) }

// IDPrefix returns the part of id before the first colon.
func IDPrefix(id string) string {
	if i := strings.IndexByte(id, ':'); i >= 0 {
		return id[:i]
	}
	return ""
}

// IDKey returns the part of id after the first colon.
func IDKey(id string) string {
	if i := strings.IndexByte(id, ':'); i >= 0 {
		return id[i+1:]
	}
	return id
}

// Slug lower-cases s and joins its letters and digits with single hyphens:
// "People's Daily" -> "peoples-daily", "RIA Novosti" -> "ria-novosti".
// Letters of any script are kept ("新华社" stays "新华社").
func Slug(s string) string {
	if isSlug(s) {
		return s // already one: nothing to build
	}
	var b strings.Builder
	b.Grow(len(s))
	pendingDash := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '.':
			// "People's" -> "peoples", "U.S." -> "us"
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pendingDash && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pendingDash = true
		}
	}
	return b.String()
}

// isSlug reports whether Slug(s) == s: lower-case ASCII letters and
// digits joined by single hyphens.
func isSlug(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == '-' && i > 0 && i < len(s)-1 && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
