package lexicon

import (
	"embed"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/mediakg/mediakg/nlp/document"
)

//go:embed data/*.yaml
var dataFS embed.FS

var embeddedFiles = []string{"data/events.yaml", "data/relations.yaml", "data/topics.yaml", "data/names.yaml", "data/person_names.yaml", "data/person_names_world.yaml", "data/vocabulary.yaml"}

// file is the format of every lexicon file, embedded or extra; a file may
// hold any of the sections.
type file struct {
	EventTypes        []EventType         `yaml:"event_types"`
	NamedHeads        map[string]string   `yaml:"named_heads"`
	Modes             map[string][]string `yaml:"modes"`
	AttendanceUnits   []string            `yaml:"attendance_units"`
	QuantityModifiers []string            `yaml:"quantity_modifiers"`
	HappeningVerbs    []string            `yaml:"happening_verbs"`
	ParticipantCues   []string            `yaml:"participant_cues"`
	OrganizerCues     []string            `yaml:"organizer_cues"`
	OrganizerVerbs    []string            `yaml:"organizer_verbs"`
	ParticipantVerbs  []string            `yaml:"participant_verbs"`
	EventAnaphors     []string            `yaml:"event_anaphors"`
	EventVerbs        map[string][]string `yaml:"event_verbs"`
	Relations         []RelationRule      `yaml:"relations"`
	AgreementNouns    []string            `yaml:"agreement_nouns"`
	IntentCues        []string            `yaml:"intent_cues"`
	PairAnaphors      []PairAnaphor       `yaml:"pair_anaphors"`
	GroupNouns        map[string][]string `yaml:"group_nouns"`
	ReportingCues     []string            `yaml:"reporting_cues"`
	NegativeCues      []string            `yaml:"negative_cues"`
	PlanCues          []string            `yaml:"plan_cues"`
	UnnamedPartyNouns []string            `yaml:"unnamed_party_nouns"`
	MessageNouns      []string            `yaml:"message_nouns"`
	Topics            []Topic             `yaml:"topics"`
	Titles            []string            `yaml:"titles"`
	TitleFields       []string            `yaml:"title_fields"`
	RoleNouns         []string            `yaml:"role_nouns"`
	Honorifics        []string            `yaml:"honorifics"`
	KnownWords        []string            `yaml:"known_words"`
	OrgHeads          map[string][]string `yaml:"org_heads"`
	OrgPrefixHeads    []string            `yaml:"org_prefix_heads"`
	NumberWords       []string            `yaml:"number_words"`
	GivenNames        []string            `yaml:"given_names"`
	Surnames          []string            `yaml:"surnames"`
}

// EventType is one event type with its trigger nouns.
type EventType struct {
	Type string `yaml:"type"`
	// Mode is implied by the trigger ("video" for "video conference").
	Mode     string   `yaml:"mode"`
	Triggers []string `yaml:"triggers"`
	// Weak types ("meeting", "visit") name an event only when anchored by
	// a name, ordinal, date or participants, never from an anaphor alone.
	Weak bool `yaml:"weak"`
	// NotObjects are nouns that, as the object of a trigger ("launched
	// airstrikes", "the launch of a missile") or right before a trigger
	// noun ("a rocket launch"), show another sense of the word: no event
	// of this type. Matched lower-cased, one word each.
	NotObjects []string `yaml:"not_objects"`

	notObjects map[string]bool
}

// NotObject reports whether the lower-cased word low, next to a trigger
// of the type, makes the trigger no event of it (EventType.NotObjects).
func (et *EventType) NotObject(low string) bool { return et.notObjects[low] }

// RelationRule is one trigger rule of relations.yaml.
type RelationRule struct {
	ID          string   `yaml:"id"`
	Type        string   `yaml:"type"`
	Frame       string   `yaml:"frame"`
	Triggers    []string `yaml:"triggers"`
	Confidence  float64  `yaml:"confidence"`
	CAMEO       string   `yaml:"cameo"`
	IntentCAMEO string   `yaml:"intent_cameo"`

	// Matcher finds the rule's triggers.
	Matcher *Matcher `yaml:"-"`
}

// PairAnaphor is a phrase like "the two sides".
type PairAnaphor struct {
	Phrase string `yaml:"phrase"`
	// Want is "country", "org" or "any".
	Want string `yaml:"want"`
}

// Topic is one cooperation topic.
type Topic struct {
	Key     string   `yaml:"key"`
	Phrases []string `yaml:"phrases"`
}

// Frames the extractor implements.
var Frames = map[string]bool{
	"between": true, "pair": true, "premodifier": true, "with": true,
	"signing": true, "agreed": true, "committed": true, "of": true,
	"access": true,
}

// Lexicon is every trigger list, compiled into matchers. It is immutable
// after Load and safe for concurrent use.
type Lexicon struct {
	EventTypes []EventType
	// EventTriggers maps a trigger phrase to its EventType index (decode
	// with EventTrigger, which also says whether the form was plural).
	EventTriggers Matcher
	NamedHeads    map[string]string
	// Modes maps a phrase to an index of ModeNames.
	Modes           Matcher
	ModeNames       []string
	AttendanceUnits Matcher
	QuantityMods    Matcher
	HappeningVerbs  Matcher
	ParticipantCues Matcher
	OrganizerCues   Matcher
	OrganizerVerbs  Matcher
	ParticipantVerb Matcher
	EventAnaphors   Matcher
	// EventVerbs maps a verb phrase to an EventTypes index.
	EventVerbs Matcher

	Relations      []RelationRule
	AgreementNouns Matcher
	IntentCues     Matcher
	// PairAnaphors maps a phrase to an index of PairWants.
	PairAnaphors Matcher
	PairWants    []string
	// GroupNouns maps a plural noun that refers back to named parties
	// ("the four agencies", "the broadcasters") to the parties it wants:
	// country, org or any.
	GroupNouns    map[string]string
	ReportingCues Matcher
	// NegativeCues before ties or relations cancel a cooperation.
	NegativeCues Matcher
	// PlanCues before a signing verb make it a plan.
	PlanCues Matcher
	// UnnamedPartyNouns after a demonym make it an unnamed party.
	UnnamedPartyNouns Matcher
	// MessageNouns name a message or letter sent to an event: its author
	// does not take part.
	MessageNouns Matcher

	Topics []Topic
	// TopicPhrases maps a phrase to a Topics index.
	TopicPhrases Matcher

	Titles Matcher
	// TitleFields are the lower-cased words of the field a title names
	// after "of", "for" or "on" ("Minister of Culture and Information"),
	// which the holder's name follows.
	TitleFields map[string]bool
	// RoleNouns are lower-case role words that make a title only right
	// after an organization or country ("Yonhap chief Park Min-jae",
	// "NHK executive Tanaka Hiroshi", "Mongolian director X").
	RoleNouns  map[string]bool
	Honorifics Matcher
	// OrgHeads maps a head phrase to an index of OrgKinds.
	OrgHeads       Matcher
	OrgKinds       []string
	OrgPrefixHeads Matcher
	// NumberWords are spelled numbers and ordinals.
	NumberWords Matcher
	// PersonNames holds given names and common surnames, lower-case
	// ASCII without accents (data/person_names.yaml): a capitalised word
	// that folds to one of them may start a person's name.
	PersonNames map[string]bool
	// Given and Family split PersonNames into the given names and the
	// surnames of the lists (a word may be both).
	Given, Family map[string]bool
	// Vocabulary holds the lower-case words of the lists that name no
	// entity (data/vocabulary.yaml's known_words, titles, honorifics,
	// organization heads, event triggers, agreement nouns, number words):
	// the coverage report does not count them as untagged names.
	Vocabulary map[string]bool

	// firsts maps a lower-cased token to the bits of the matchers that
	// have a phrase starting with it (see Gate).
	firsts map[string]uint64
	// words numbers the words of every matcher's phrases (WordIDs).
	words *WordIDs
}

// WordIDs returns the numbering of the words of the lexicon's phrases,
// for callers that hand the matchers token ids (Identified).
func (l *Lexicon) WordIDs() *WordIDs { return l.words }

// Gate returns, per token of w, the bits of the matchers a phrase of which
// starts there; Matcher.At uses it to skip tokens without a lookup. One
// map lookup per token replaces one per token and matcher.
func (l *Lexicon) Gate(w Words) []uint64 {
	g := make([]uint64, w.Len())
	for i := range g {
		g[i] = l.firsts[w.Low(i)]
	}
	return g
}

// Firsts returns a copy of the gate's index: each lower-cased first word
// with the bits of the matchers that start with it. Callers add bits of
// their own above FreeBits and compute their own gate from it.
func (l *Lexicon) Firsts() map[string]uint64 {
	m := make(map[string]uint64, len(l.firsts))
	for k, v := range l.firsts {
		m[k] = v
	}
	return m
}

// FreeBits is the lowest gate bit the lexicon never uses. Bits from
// FreeBits up to ShapeBits belong to callers (the tagger's own word
// lists); ShapeBits and above hold the token's shape (BitCap, BitWord).
const FreeBits = 48

// Shape bits of a gate: set for every token by whoever computes the gate
// (Shape), so that later stages test a bit instead of decoding the
// token's first rune again.
const (
	ShapeBits        = 62
	BitCap    uint64 = 1 << 62 // starts with an upper-case letter
	BitWord   uint64 = 1 << 63 // starts with a letter
)

// Shape returns the shape bits of a token as written. Small enough to
// inline for the common ASCII start.
func Shape(tok string) uint64 {
	if tok != "" && tok[0] < utf8.RuneSelf {
		return asciiShape[tok[0]]
	}
	return shapeRune(tok)
}

// asciiShape holds Shape of the tokens that start with each ASCII byte.
var asciiShape = func() (t [utf8.RuneSelf]uint64) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = BitCap | BitWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = BitWord
	}
	return t
}()

// shapeRune is Shape of a token that is empty or starts with a
// multi-byte rune.
func shapeRune(tok string) uint64 {
	if tok == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(tok)
	var b uint64
	if unicode.IsUpper(r) {
		b |= BitCap
	}
	if unicode.IsLetter(r) {
		b |= BitWord
	}
	return b
}

// gateMatchers assigns each matcher its bit and indexes its first words.
func (l *Lexicon) gateMatchers() {
	l.firsts = map[string]uint64{}
	ms := []*Matcher{&l.EventTriggers, &l.Modes, &l.AttendanceUnits, &l.QuantityMods,
		&l.HappeningVerbs, &l.ParticipantCues, &l.OrganizerCues, &l.OrganizerVerbs,
		&l.ParticipantVerb, &l.EventAnaphors, &l.EventVerbs, &l.AgreementNouns, &l.IntentCues,
		&l.PairAnaphors, &l.ReportingCues, &l.NegativeCues, &l.PlanCues, &l.UnnamedPartyNouns, &l.MessageNouns,
		&l.TopicPhrases, &l.Titles, &l.Honorifics, &l.OrgHeads, &l.OrgPrefixHeads, &l.NumberWords}
	for i, m := range ms {
		m.bit = 1 << uint(i)
		for _, w := range m.Firsts() {
			l.firsts[w] |= m.bit
		}
	}
	for i := range l.Relations {
		if len(ms)+i >= FreeBits {
			break
		}
		m := l.Relations[i].Matcher
		m.bit = 1 << uint(len(ms)+i)
		for _, w := range m.Firsts() {
			l.firsts[w] |= m.bit
		}
	}
	l.words = newWordIDs()
	for _, m := range ms {
		m.number(l.words)
	}
	for i := range l.Relations {
		l.Relations[i].Matcher.number(l.words)
	}
}

// Load reads the embedded lexicons and the extra files (same format as
// data/*.yaml, config nlp.triggers) and compiles them.
func Load(extra ...string) (*Lexicon, error) {
	var all file
	for _, name := range embeddedFiles {
		raw, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("lexicon: read embedded %s: %w", name, err)
		}
		if err := merge(&all, raw, name); err != nil {
			return nil, err
		}
	}
	for _, path := range extra {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("lexicon: read %s: %w", path, err)
		}
		if err := merge(&all, raw, path); err != nil {
			return nil, err
		}
	}
	return compile(all)
}

func merge(all *file, raw []byte, name string) error {
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return fmt.Errorf("lexicon: parse %s: %w", name, err)
	}
	for _, et := range f.EventTypes {
		if et.Type == "" {
			return fmt.Errorf("lexicon: %s: event type without a name", name)
		}
		found := false
		for k := range all.EventTypes {
			if all.EventTypes[k].Type == et.Type {
				all.EventTypes[k].Triggers = append(all.EventTypes[k].Triggers, et.Triggers...)
				all.EventTypes[k].NotObjects = append(all.EventTypes[k].NotObjects, et.NotObjects...)
				found = true
			}
		}
		if !found {
			all.EventTypes = append(all.EventTypes, et)
		}
	}
	if all.NamedHeads == nil {
		all.NamedHeads = map[string]string{}
	}
	for k, v := range f.NamedHeads {
		all.NamedHeads[strings.ToLower(k)] = v
	}
	if all.Modes == nil {
		all.Modes = map[string][]string{}
	}
	for k, v := range f.Modes {
		all.Modes[k] = append(all.Modes[k], v...)
	}
	if all.EventVerbs == nil {
		all.EventVerbs = map[string][]string{}
	}
	for k, v := range f.EventVerbs {
		all.EventVerbs[k] = append(all.EventVerbs[k], v...)
	}
	if all.OrgHeads == nil {
		all.OrgHeads = map[string][]string{}
	}
	for k, v := range f.OrgHeads {
		all.OrgHeads[k] = append(all.OrgHeads[k], v...)
	}
	for _, r := range f.Relations {
		if r.ID == "" {
			return fmt.Errorf("lexicon: %s: relation rule without an id", name)
		}
		found := false
		for k := range all.Relations {
			if all.Relations[k].ID == r.ID {
				all.Relations[k].Triggers = append(all.Relations[k].Triggers, r.Triggers...)
				found = true
			}
		}
		if found {
			continue
		}
		if !Frames[r.Frame] {
			return fmt.Errorf("lexicon: %s: relation %s: unknown frame %q", name, r.ID, r.Frame)
		}
		switch r.Type {
		case document.CooperatesWith, document.Signed, document.AgreedOn, document.CommittedTo,
			document.ParticipatedIn, document.Organized, document.HeldIn:
		default:
			return fmt.Errorf("lexicon: %s: relation %s: unknown type %q", name, r.ID, r.Type)
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			return fmt.Errorf("lexicon: %s: relation %s: confidence must be in (0,1]", name, r.ID)
		}
		all.Relations = append(all.Relations, r)
	}
	for _, t := range f.Topics {
		found := false
		for k := range all.Topics {
			if all.Topics[k].Key == t.Key {
				all.Topics[k].Phrases = append(all.Topics[k].Phrases, t.Phrases...)
				found = true
			}
		}
		if !found {
			all.Topics = append(all.Topics, t)
		}
	}
	all.AttendanceUnits = append(all.AttendanceUnits, f.AttendanceUnits...)
	all.QuantityModifiers = append(all.QuantityModifiers, f.QuantityModifiers...)
	all.HappeningVerbs = append(all.HappeningVerbs, f.HappeningVerbs...)
	all.ParticipantCues = append(all.ParticipantCues, f.ParticipantCues...)
	all.OrganizerCues = append(all.OrganizerCues, f.OrganizerCues...)
	all.OrganizerVerbs = append(all.OrganizerVerbs, f.OrganizerVerbs...)
	all.ParticipantVerbs = append(all.ParticipantVerbs, f.ParticipantVerbs...)
	all.EventAnaphors = append(all.EventAnaphors, f.EventAnaphors...)
	all.AgreementNouns = append(all.AgreementNouns, f.AgreementNouns...)
	all.IntentCues = append(all.IntentCues, f.IntentCues...)
	all.PairAnaphors = append(all.PairAnaphors, f.PairAnaphors...)
	if len(f.GroupNouns) > 0 && all.GroupNouns == nil {
		all.GroupNouns = map[string][]string{}
	}
	for want, nouns := range f.GroupNouns {
		all.GroupNouns[want] = append(all.GroupNouns[want], nouns...)
	}
	all.ReportingCues = append(all.ReportingCues, f.ReportingCues...)
	all.NegativeCues = append(all.NegativeCues, f.NegativeCues...)
	all.PlanCues = append(all.PlanCues, f.PlanCues...)
	all.UnnamedPartyNouns = append(all.UnnamedPartyNouns, f.UnnamedPartyNouns...)
	all.MessageNouns = append(all.MessageNouns, f.MessageNouns...)
	all.Titles = append(all.Titles, f.Titles...)
	all.TitleFields = append(all.TitleFields, f.TitleFields...)
	all.RoleNouns = append(all.RoleNouns, f.RoleNouns...)
	all.Honorifics = append(all.Honorifics, f.Honorifics...)
	all.KnownWords = append(all.KnownWords, f.KnownWords...)
	all.OrgPrefixHeads = append(all.OrgPrefixHeads, f.OrgPrefixHeads...)
	all.NumberWords = append(all.NumberWords, f.NumberWords...)
	all.GivenNames = append(all.GivenNames, f.GivenNames...)
	all.Surnames = append(all.Surnames, f.Surnames...)
	return nil
}

func addAll(m *Matcher, phrases []string, val int) {
	for _, p := range phrases {
		m.Add(p, val)
	}
}

func compile(f file) (*Lexicon, error) {
	l := &Lexicon{EventTypes: f.EventTypes, NamedHeads: f.NamedHeads, Relations: f.Relations, Topics: f.Topics}
	for i, et := range l.EventTypes {
		for _, t := range et.Triggers {
			// plural first, so that a trigger listed in its plural form
			// ("talks") keeps its own payload
			if pl := pluralNoun(t); pl != "" {
				l.EventTriggers.Add(pl, pluralFlag+i)
			}
		}
	}
	for i, et := range l.EventTypes {
		addAll(&l.EventTriggers, et.Triggers, i)
		if len(et.NotObjects) > 0 {
			l.EventTypes[i].notObjects = make(map[string]bool, len(et.NotObjects))
			for _, w := range et.NotObjects {
				if strings.ContainsAny(w, " \t") {
					return nil, fmt.Errorf("lexicon: event type %s: not_objects %q: one word each", et.Type, w)
				}
				l.EventTypes[i].notObjects[strings.ToLower(w)] = true
			}
		}
	}
	modes := make([]string, 0, len(f.Modes))
	for m := range f.Modes {
		modes = append(modes, m)
	}
	sort.Strings(modes)
	for i, m := range modes {
		switch m {
		case "video", "online", "hybrid", "in_person":
		default:
			return nil, fmt.Errorf("lexicon: unknown mode %q (want video, online, hybrid or in_person)", m)
		}
		l.ModeNames = append(l.ModeNames, m)
		addAll(&l.Modes, f.Modes[m], i)
	}
	addAll(&l.AttendanceUnits, f.AttendanceUnits, 0)
	addAll(&l.QuantityMods, f.QuantityModifiers, 0)
	addAll(&l.HappeningVerbs, f.HappeningVerbs, 0)
	addAll(&l.ParticipantCues, f.ParticipantCues, 0)
	addAll(&l.OrganizerCues, f.OrganizerCues, 0)
	addAll(&l.OrganizerVerbs, f.OrganizerVerbs, 0)
	addAll(&l.ParticipantVerb, f.ParticipantVerbs, 0)
	addAll(&l.EventAnaphors, f.EventAnaphors, 0)
	for typ, verbs := range f.EventVerbs {
		k := -1
		for i, et := range l.EventTypes {
			if et.Type == typ {
				k = i
			}
		}
		if k < 0 {
			return nil, fmt.Errorf("lexicon: event_verbs: unknown event type %q", typ)
		}
		addAll(&l.EventVerbs, verbs, k)
	}
	for i := range l.Relations {
		m := &Matcher{}
		addAll(m, l.Relations[i].Triggers, 0)
		l.Relations[i].Matcher = m
	}
	addAll(&l.AgreementNouns, f.AgreementNouns, 0)
	addAll(&l.IntentCues, f.IntentCues, 0)
	wants := map[string]int{}
	for _, p := range f.PairAnaphors {
		switch p.Want {
		case "country", "org", "any":
		default:
			return nil, fmt.Errorf("lexicon: pair anaphor %q: want must be country, org or any", p.Phrase)
		}
		k, ok := wants[p.Want]
		if !ok {
			k = len(l.PairWants)
			wants[p.Want] = k
			l.PairWants = append(l.PairWants, p.Want)
		}
		l.PairAnaphors.Add(p.Phrase, k)
	}
	l.GroupNouns = map[string]string{}
	for want, nouns := range f.GroupNouns {
		switch want {
		case "country", "org", "any":
		default:
			return nil, fmt.Errorf("lexicon: group_nouns: %q: want must be country, org or any", want)
		}
		for _, n := range nouns {
			l.GroupNouns[strings.ToLower(n)] = want
		}
	}
	addAll(&l.ReportingCues, f.ReportingCues, 0)
	addAll(&l.NegativeCues, f.NegativeCues, 0)
	addAll(&l.PlanCues, f.PlanCues, 0)
	addAll(&l.UnnamedPartyNouns, f.UnnamedPartyNouns, 0)
	addAll(&l.MessageNouns, f.MessageNouns, 0)
	for i, t := range l.Topics {
		if t.Key == "" || document.Slug(t.Key) != t.Key {
			return nil, fmt.Errorf("lexicon: topic key %q must be a slug", t.Key)
		}
		addAll(&l.TopicPhrases, t.Phrases, i)
	}
	addAll(&l.Titles, f.Titles, 0)
	l.TitleFields = map[string]bool{}
	for _, w := range f.TitleFields {
		l.TitleFields[strings.ToLower(w)] = true
	}
	l.RoleNouns = map[string]bool{}
	for _, w := range f.RoleNouns {
		l.RoleNouns[strings.ToLower(w)] = true
	}
	l.PersonNames = make(map[string]bool, len(f.GivenNames)+len(f.Surnames))
	l.Given = make(map[string]bool, len(f.GivenNames))
	l.Family = make(map[string]bool, len(f.Surnames))
	for _, w := range f.GivenNames {
		l.PersonNames[strings.ToLower(w)] = true
		l.Given[strings.ToLower(w)] = true
	}
	for _, w := range f.Surnames {
		l.PersonNames[strings.ToLower(w)] = true
		l.Family[strings.ToLower(w)] = true
	}
	addAll(&l.Honorifics, f.Honorifics, 0)
	// the vocabulary: every word of the lists of words that name no
	// entity (known_words, titles, honorifics, organization heads, event
	// triggers, agreement nouns, number words, title fields)
	l.Vocabulary = map[string]bool{}
	vocab := [][]string{f.KnownWords, f.Titles, f.Honorifics, f.OrgPrefixHeads, f.AgreementNouns, f.NumberWords, f.TitleFields, f.RoleNouns}
	for _, hs := range f.OrgHeads {
		vocab = append(vocab, hs)
	}
	for _, et := range f.EventTypes {
		vocab = append(vocab, et.Triggers)
	}
	for _, list := range vocab {
		for _, p := range list {
			for _, w := range strings.Fields(strings.ToLower(p)) {
				l.Vocabulary[strings.Trim(w, ".,")] = true
			}
		}
	}
	kinds := make([]string, 0, len(f.OrgHeads))
	for k := range f.OrgHeads {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for i, k := range kinds {
		l.OrgKinds = append(l.OrgKinds, k)
		addAll(&l.OrgHeads, f.OrgHeads[k], i)
	}
	addAll(&l.OrgPrefixHeads, f.OrgPrefixHeads, 0)
	addAll(&l.NumberWords, f.NumberWords, 0)
	l.gateMatchers()
	return l, nil
}

const pluralFlag = 1 << 20

// pluralNoun returns the plural of a trigger phrase's last word, "" when
// it already ends in s.
func pluralNoun(p string) string {
	if strings.HasSuffix(p, "s") {
		return ""
	}
	return p + "s"
}

// EventTrigger decodes an EventTriggers payload: the event type index and
// whether the match was a plural form.
func EventTrigger(val int) (typ int, plural bool) {
	if val >= pluralFlag {
		return val - pluralFlag, true
	}
	return val, false
}
