package eval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/mediakg/mediakg/nlp/document"
)

// NormName is the form names are compared in: document.Slug without a
// leading "the" ("The Philadelphia Inquirer" -> "philadelphia-inquirer").
func NormName(s string) string {
	return strings.TrimPrefix(document.Slug(s), "the-")
}

// EventClass maps an event type to the class the scorer compares: every
// kind of gathering (conference, forum, summit, meeting, talks, session,
// workshop, press conference, ...) is "gathering"; visits, tours and
// exchange programmes are "visit"; signings "signing"; launches, releases
// and inaugurations "launch"; exhibitions and festivals "exhibition". An
// unknown type is its own class.
func EventClass(t string) string {
	t = strings.ToLower(strings.TrimSpace(t))
	t = strings.NewReplacer(" ", "_", "-", "_").Replace(t)
	if c, ok := eventClasses[t]; ok {
		return c
	}
	// "media_forum", "video_conference_call": judge by the last word.
	if i := strings.LastIndexByte(t, '_'); i >= 0 {
		if c, ok := eventClasses[t[i+1:]]; ok {
			return c
		}
	}
	return t
}

// eventClasses maps an event type to its class; built once from the lists
// below.
var eventClasses = buildEventClasses(map[string][]string{
	"gathering": {"conference", "video_conference", "videoconference", "online_conference", "forum",
		"summit", "meeting", "talks", "talk", "session", "assembly", "general_assembly",
		"congress", "seminar", "symposium", "roundtable", "round_table", "dialogue",
		"workshop", "press_conference", "briefing", "consultations", "panel", "readings",
		"reception", "audience", "phone_call", "telephone_conversation", "call",
		"training_course", "training_program", "training_programme", "webinar"},
	"exhibition": {"exhibition", "photo_exhibition", "exposition", "expo", "festival", "film_festival", "media_week", "fair", "book_fair"},
	"visit":      {"visit", "exchange_visit", "state_visit", "official_visit", "tour", "trip", "exchange_programme", "exchange_program", "exchange"},
	"signing":    {"signing", "agreement_signing", "memorandum_signing", "mou_signing", "agreement", "memorandum", "mou"},
	"launch":     {"launch", "inauguration", "release", "opening", "unveiling", "premiere"},
})

func buildEventClasses(byClass map[string][]string) map[string]string {
	m := map[string]string{}
	for class, types := range byClass {
		for _, t := range types {
			m[t] = class
		}
	}
	return m
}

// datePrepositions are words a tagger may or may not include in a date
// mention ("on Monday", "in October"); they are dropped before comparing.
var datePrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "since": true, "from": true, "until": true,
	"till": true, "by": true, "during": true, "of": true, "before": true, "after": true,
}

// NormDateText lower-cases a date expression, collapses spaces, drops
// leading prepositions and trailing punctuation: "on Monday," -> "monday".
func NormDateText(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r)
	})
	for len(f) > 0 && datePrepositions[f[0]] {
		f = f[1:]
	}
	out := strings.Join(f, " ")
	return strings.TrimRightFunc(out, func(r rune) bool { return unicode.IsPunct(r) && r != '.' })
}

// containsWords reports whether the words of inner appear contiguously in
// outer ("october 2019" contains "2019", "monday" does not contain "mon").
func containsWords(outer, inner string) bool {
	if inner == "" {
		return false
	}
	o := " " + strings.Join(strings.Fields(outer), " ") + " "
	return strings.Contains(o, " "+strings.Join(strings.Fields(inner), " ")+" ")
}

// TopicMatch reports whether a system topic matches a gold topic: their
// slugs are equal, or the hyphen-separated words of one appear contiguously
// in the other ("press-coordination" matches
// "further-carrying-out-press-coordination").
func TopicMatch(gold, sys string) bool {
	g := strings.ReplaceAll(document.IDKey(gold), "-", " ")
	s := strings.ReplaceAll(document.IDKey(sys), "-", " ")
	if g == "" || s == "" {
		return false
	}
	return g == s || containsWords(s, g) || containsWords(g, s)
}

// NormValue normalises a date value for comparison: trimmed, upper-case
// week/quarter letters.
func NormValue(v string) string {
	return strings.ToUpper(strings.TrimSpace(v))
}

func sortStrings(s []string) { sort.Strings(s) }
