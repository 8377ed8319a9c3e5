package document

import (
	"encoding/binary"
	"unsafe"
)

// Span is a half-open byte range [Start, End) into Article.Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// EntityType names the kind of thing a mention refers to. The JSON output and
// the graph use these exact strings.
type EntityType string

// Entity types. Country, Organization, Person, Place, Event and Date become
// entities in the output; Ordinal, Quantity, Title and Topic are tags that the
// extractor reads but does not emit as entities.
const (
	Country      EntityType = "Country"
	Organization EntityType = "Organization"
	Person       EntityType = "Person"
	Place        EntityType = "Place"
	EventType    EntityType = "Event"
	Date         EntityType = "Date"
	Ordinal      EntityType = "Ordinal"
	Quantity     EntityType = "Quantity"
	Title        EntityType = "Title"
	Topic        EntityType = "Topic"
)

// Organization kinds, stored as Organization.kind in the graph.
const (
	KindNewsAgency       = "news_agency"
	KindNewspaper        = "newspaper"
	KindBroadcaster      = "broadcaster"
	KindOnlineMedia      = "online_media"
	KindGovernmentBody   = "government_body"
	KindInternationalOrg = "international_org"
	KindCompany          = "company"
	KindOther            = "other"
)

// Sentence is one sentence of the body.
type Sentence struct {
	Span
	// Tokens indexes Document.Tokens: [TokenStart, TokenEnd).
	TokenStart int `json:"token_start"`
	TokenEnd   int `json:"token_end"`
}

// Token is one word, number or punctuation mark of the body.
type Token struct {
	Span
	// Sentence is the index of the token's sentence in Document.Sentences.
	Sentence int `json:"sentence"`
}

// Mention is one tagged span of the body: the output of the tagger, refined
// by the resolver (EntityID) and read by the extractor.
type Mention struct {
	Span
	Type EntityType `json:"type"`
	// Text is Body[Start:End]; kept for JSON output and debugging.
	Text string `json:"text"`
	// EntityID is the canonical id the mention resolves to ("country:CHN");
	// empty until the resolver has run or when nothing matched.
	EntityID string `json:"entity_id,omitempty"`
	// Name is the canonical name of the entity when known ("Xinhua News Agency").
	Name string `json:"name,omitempty"`
	// Kind refines Type: an organization kind, an event type ("conference"), a
	// date granularity ("day"), a quantity unit ("representatives").
	Kind string `json:"kind,omitempty"`
	// Value is the normalised value: ISO 8601 for dates, the number for
	// ordinals and quantities.
	Value string `json:"value,omitempty"`
	// Anchor names what a relative date was resolved against
	// ("dateline:2020-10-21", "published:2020-10-22").
	Anchor string `json:"anchor,omitempty"`
	// Country is the home country (ISO3) of an organization, person or
	// place mention when the tagger knows it, e.g. from "Saudi Arabia's
	// Ministry of Media" or a demonym inside the name.
	Country string `json:"country,omitempty"`
	// Parent is the id of the organization an organ belongs to when its
	// name says so ("Information Department of the Lakeland Ministry of
	// Media", "the Ministry's Centre for ...", "ASEAN Secretariat").
	Parent string `json:"parent,omitempty"`
	// Rule is the id of the gazetteer entry or pattern that produced the tag.
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
	Sentence   int     `json:"sentence"`
}

// EntityMention is a mention as the JSON output shows it.
type EntityMention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule,omitempty"`
}

// Entity is one resolved real-world thing mentioned in the article.
type Entity struct {
	// ID is canonical: country:CHN, org:xinhua, person:wang-yi,
	// place:beijing, event:..., date:2020-10-19.
	ID   string     `json:"id"`
	Type EntityType `json:"type"`
	Name string     `json:"name"`
	// Kind is the organization kind or the event type.
	Kind string `json:"kind,omitempty"`
	// Value is the ISO 8601 value of a Date entity.
	Value       string `json:"value,omitempty"`
	Granularity string `json:"granularity,omitempty"`
	// Country is the ISO 3166-1 alpha-3 code ("CHN") of the home country of
	// an organization, person or place.
	Country string `json:"country,omitempty"`
	// Parent is the id of the organization an organ belongs to, when a
	// mention's name says so (org:lakeland-ministry-of-media for its
	// "Information Department of the Lakeland Ministry of Media").
	Parent string `json:"parent,omitempty"`
	// QID is the Wikidata id when the gazetteer knows it.
	QID        string          `json:"qid,omitempty"`
	Aliases    []string        `json:"aliases,omitempty"`
	Confidence float64         `json:"confidence"`
	Mentions   []EntityMention `json:"mentions"`
}

// Evidence is the text that supports a fact: a sentence of the body.
type Evidence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is a conference, forum, visit, signing or similar happening.
type Event struct {
	// ID is derived from what identifies the event across articles: its
	// series and ordinal, else its type, date and participants.
	ID   string `json:"id"`
	Type string `json:"type"`
	// Name is the event's proper name when the text gives one
	// ("China-Russia Media Forum").
	Name string `json:"name,omitempty"`
	// Series is the id of the series the event belongs to, when it has an
	// ordinal or a recurring name.
	Series  string `json:"series,omitempty"`
	Ordinal int    `json:"ordinal,omitempty"`
	// Date is ISO 8601 at the granularity known ("2020-10-19", "2020-10").
	Date            string `json:"date,omitempty"`
	DateGranularity string `json:"date_granularity,omitempty"`
	// DateRule names the rule that dated the event when the date is not
	// the one its own sentences state ("event.date.name-year"), or, with
	// no Date, the rule that dropped the date told
	// ("event.date.after-reading").
	DateRule string `json:"date_rule,omitempty"`
	// EndDate is set for events that span several days.
	EndDate string `json:"end_date,omitempty"`
	// Mode is "video", "online", "hybrid" or "in_person" when stated.
	Mode string `json:"mode,omitempty"`
	// Attendance is the number of attendees when stated, with the text.
	Attendance     int    `json:"attendance,omitempty"`
	AttendanceText string `json:"attendance_text,omitempty"`
	// Location is the entity id of the place or country it was held in.
	Location     string   `json:"location,omitempty"`
	Participants []string `json:"participants"`
	Organizers   []string `json:"organizers,omitempty"`
	// Mentions are the spans that name or refer to the event (trigger words
	// and coreferent "the conference").
	Mentions   []Span   `json:"mentions,omitempty"`
	Evidence   Evidence `json:"evidence"`
	Rule       string   `json:"rule"`
	Confidence float64  `json:"confidence"`
}

// Relation types. The graph uses the same strings as relationship types.
const (
	CooperatesWith = "COOPERATES_WITH"
	ParticipatedIn = "PARTICIPATED_IN"
	Organized      = "ORGANIZED"
	Signed         = "SIGNED"
	AgreedOn       = "AGREED_ON"
	CommittedTo    = "COMMITTED_TO"
	HeldIn         = "HELD_IN"
)

// Relation is one extracted fact between two entities, tied to the event it
// was stated at when there is one.
type Relation struct {
	Type string `json:"type"`
	From string `json:"from"`
	To   string `json:"to"`
	// Event is the id of the event the fact belongs to, if any.
	Event string `json:"event,omitempty"`
	// Topic qualifies the relation ("media", "press coordination").
	Topic string `json:"topic,omitempty"`
	// CAMEO is the CAMEO event code that fits the relation, for comparison
	// with GDELT.
	CAMEO    string   `json:"cameo,omitempty"`
	Evidence Evidence `json:"evidence"`
	// Trigger is the span of the words the rule matched ("media
	// cooperation", "signed"), when the rule has a trigger.
	Trigger    *Span   `json:"trigger,omitempty"`
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
}

// Coverage lists what the rules could not account for in one article.
type Coverage struct {
	// UntaggedNames are capitalised word sequences no rule tagged.
	UntaggedNames []EntityMention `json:"untagged_names,omitempty"`
	// UnresolvedDates are date expressions without an ISO value.
	UnresolvedDates []EntityMention `json:"unresolved_dates,omitempty"`
	// EventsWithoutDate are ids of events with no date.
	EventsWithoutDate []string `json:"events_without_date,omitempty"`
}

// Document is an article and everything the pipeline found in it.
type Document struct {
	Article   Article    `json:"article"`
	Sentences []Sentence `json:"-"`
	Tokens    []Token    `json:"-"`
	Mentions  []Mention  `json:"-"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
	Coverage  *Coverage  `json:"coverage,omitempty"`

	// Lower is Article.Body with ASCII letters lower-cased (same byte
	// offsets), computed once by the segmenter for every later stage;
	// see LowerBody. Not part of the output.
	Lower string `json:"-"`
	// Gate holds, per token, the lexicon's gate bits (which trigger lists
	// have a phrase starting at the token), computed once by the tagger
	// and read by the extractor instead of a second lookup per token;
	// nil before tagging, and again after pipeline.Process, which
	// recycles its storage. Not part of the output.
	Gate []uint64 `json:"-"`
	// WordIDs holds, per token, the id of its lower-cased form in the
	// lexicon's numbering of the words of its phrases (0 for none),
	// found by the tagger with the gate and read by the extractor's
	// lexicon matches and word sets (the two share one lexicon, as for
	// Gate); like Gate, nil before tagging and after pipeline.Process.
	// Not part of the output.
	WordIDs []int32 `json:"-"`
	// Lows holds, per token, the token in Lower ("’s" written "'s"),
	// and TokenAt, per byte offset of the body, the index+1 of the token
	// that starts there (the first len(Body)+1 entries) and of the token
	// that ends there (the next len(Body)+1); the tagger computes both
	// with the gate and the extractor reads them instead of a second
	// pass. TokenAt is not cleared between documents: an entry counts
	// only when its token starts or ends at that offset. Like Gate, nil
	// before tagging and after pipeline.Process. Not part of the output.
	Lows    []string `json:"-"`
	TokenAt []int32  `json:"-"`
}

// LowerBody returns d.Lower, computing it first when it is missing or
// stale (documents built by hand in tests).
func (d *Document) LowerBody() string {
	if len(d.Lower) != len(d.Article.Body) {
		d.Lower = LowerASCII(d.Article.Body)
	}
	return d.Lower
}

// LowerASCII lower-cases ASCII letters only, so that byte offsets stay
// valid; it returns s itself when s has no upper-case ASCII letter. It
// runs once per document over the whole body, eight bytes at a time
// (upperASCII).
func LowerASCII(s string) string {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if upperASCII(word8(s, i)) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	// one copy, lower-cased in place; nothing writes buf after it
	// becomes the string
	buf := []byte(s)
	i &^= 7
	for ; i+8 <= len(buf); i += 8 {
		w := binary.LittleEndian.Uint64(buf[i:])
		if u := upperASCII(w); u != 0 {
			binary.LittleEndian.PutUint64(buf[i:], w|u>>2)
		}
	}
	for ; i < len(buf); i++ {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// word8 returns the eight bytes of s from i as a little-endian word (the
// compiler makes it one load).
func word8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperASCII returns, for each of the eight bytes of w, 0x80 where the
// byte is an upper-case ASCII letter and 0 elsewhere. The low seven bits
// of each byte plus 0x3f carry into its top bit from 'A' (0x41) up, plus
// 0x25 from past 'Z' (0x5b); neither sum leaves its byte, and bytes with
// the top bit set (UTF-8 sequences) are masked out. w | upperASCII(w)>>2
// lower-cases the letters (0x80>>2 is 0x20, the case bit).
func upperASCII(w uint64) uint64 {
	const (
		low7 = 0x7f7f7f7f7f7f7f7f
		top  = 0x8080808080808080
	)
	x := w & low7
	return (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) &^ w & top
}

// Text returns Body[s.Start:s.End], or "" when the span is out of range.
func (d *Document) Text(s Span) string {
	if s.Start < 0 || s.End > len(d.Article.Body) || s.Start > s.End {
		return ""
	}
	return d.Article.Body[s.Start:s.End]
}

// SentenceAt returns the index of the sentence containing byte offset off, or
// -1 when off lies outside every sentence.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := d.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
