package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
func OrgID(key string) string { return prefixedSlug(PrefixOrg, key) }

// PersonID returns the id of a person from their name.
func PersonID(name string) string { return prefixedSlug(PrefixPerson, name) }

// PlaceID returns the id of a place from its name.
func PlaceID(name string) string { return prefixedSlug(PrefixPlace, name) }

// TopicID returns the id of a topic from its name.
func TopicID(name string) string { return prefixedSlug(PrefixTopic, name) }

// SeriesID returns the id of an event series from its key.
func SeriesID(key string) string { return prefixedSlug(PrefixSeries, key) }

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
	return prefixedSlug("", s)
}

// prefixedSlug returns prefix + ":" + Slug(s), or Slug(s) when prefix is
// empty, built in one buffer.
func prefixedSlug(prefix, s string) string {
	if prefix != "" && isSlug(s) {
		return prefix + ":" + s
	}
	var b strings.Builder
	b.Grow(len(prefix) + 1 + len(s))
	if prefix != "" {
		b.WriteString(prefix)
		b.WriteByte(':')
	}
	start := b.Len()
	pendingDash := false
	for i := 0; i < len(s); {
		// ASCII bytes are classified and lower-cased here; other runes
		// go through unicode
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == '\'' || c == '.':
				// "People's" -> "peoples", "U.S." -> "us"
				continue
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				pendingDash = true
				continue
			}
			if pendingDash && b.Len() > start {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pendingDash && b.Len() > start {
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
