package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/pariz/gountries"
	"gopkg.in/yaml.v3"

	"github.com/mediakg/mediakg/nlp/document"
)

// Article is the gold annotation of one article. Ids of countries may be
// written short in the files ("CHN"); Load expands them to "country:CHN".
type Article struct {
	// URL keys the article; empty for plain-text files, which File keys.
	URL string `yaml:"url,omitempty" json:"url,omitempty"`
	// ID is the corpus record's id (media_dev "id"), for reference only.
	ID string `yaml:"id,omitempty" json:"id,omitempty"`
	// File is the input the article is read from, relative to the corpus
	// folder ("seed/x.txt", "dev/media_dev.jsonl"). When empty it defaults
	// to dev/<gold file name>.jsonl.
	File string `yaml:"file,omitempty" json:"file,omitempty"`
	// Anchor is what relative dates were resolved against.
	Anchor   Anchor   `yaml:"anchor" json:"anchor"`
	Entities Entities `yaml:"entities" json:"entities"`
	// Optional lists what the scorer neither rewards nor penalises: page
	// chrome that a reader may leave in, names inside other names, former
	// states. See docs/annotation.md.
	Optional  Optional   `yaml:"optional,omitempty" json:"optional,omitempty"`
	Dates     []Date     `yaml:"dates,omitempty" json:"dates,omitempty"`
	Relations []Relation `yaml:"relations,omitempty" json:"relations,omitempty"`
	// Notes record annotation decisions in the annotator's words (never
	// article text).
	Notes string `yaml:"notes,omitempty" json:"notes,omitempty"`

	// Source is the gold file this article was loaded from.
	Source string `yaml:"-" json:"-"`
}

// Anchor names the date relative expressions resolve against: the dateline's
// date, else the publication date ("published", or "stamp" when only the
// page's visible stamp gives it), else none.
type Anchor struct {
	Source string `yaml:"source" json:"source"`
	Date   string `yaml:"date,omitempty" json:"date,omitempty"`
}

// Entities are the article's entities per type.
type Entities struct {
	Country      []string `yaml:"Country,omitempty" json:"Country,omitempty"`
	Organization []Named  `yaml:"Organization,omitempty" json:"Organization,omitempty"`
	Person       []Named  `yaml:"Person,omitempty" json:"Person,omitempty"`
	Event        []Event  `yaml:"Event,omitempty" json:"Event,omitempty"`
}

// Optional holds entities and date texts that are neither counted as found
// nor as missed.
type Optional struct {
	Country      []string `yaml:"Country,omitempty" json:"Country,omitempty"`
	Organization []Named  `yaml:"Organization,omitempty" json:"Organization,omitempty"`
	Person       []Named  `yaml:"Person,omitempty" json:"Person,omitempty"`
	Dates        []string `yaml:"dates,omitempty" json:"dates,omitempty"`
}

// Named is an organization or a person: a canonical id, the name and the
// other names that refer to the same entity (all of them are accepted when
// a system's id differs).
type Named struct {
	ID      string   `yaml:"id" json:"id"`
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	// Kind and Country describe organizations (document.Kind*, iso3).
	Kind    string `yaml:"kind,omitempty" json:"kind,omitempty"`
	Country string `yaml:"country,omitempty" json:"country,omitempty"`
}

// Event is one specific happening. ID is local to the article ("e1").
type Event struct {
	ID      string `yaml:"id" json:"id"`
	Type    string `yaml:"type" json:"type"`
	Name    string `yaml:"name,omitempty" json:"name,omitempty"`
	Ordinal int    `yaml:"ordinal,omitempty" json:"ordinal,omitempty"`
	// Date is ISO 8601 at the granularity stated ("2020-10-19", "2018-06",
	// "2019-W43", "--12-08" when the year is unknown).
	Date       string `yaml:"date,omitempty" json:"date,omitempty"`
	EndDate    string `yaml:"end_date,omitempty" json:"end_date,omitempty"`
	Mode       string `yaml:"mode,omitempty" json:"mode,omitempty"`
	Attendance int    `yaml:"attendance,omitempty" json:"attendance,omitempty"`
	// Location is the city (place:<slug>) or, when no city is stated, the
	// country where the event was held. It yields HELD_IN.
	Location string `yaml:"location,omitempty" json:"location,omitempty"`
	// Participants yield PARTICIPATED_IN, Organizers ORGANIZED and
	// Signatories SIGNED.
	Participants []string `yaml:"participants,omitempty" json:"participants,omitempty"`
	Organizers   []string `yaml:"organizers,omitempty" json:"organizers,omitempty"`
	Signatories  []string `yaml:"signatories,omitempty" json:"signatories,omitempty"`
}

// Date is one date expression of the body and its value.
type Date struct {
	Text string `yaml:"text" json:"text"`
	// Value is ISO 8601 at Granularity; "" when the expression cannot be
	// resolved (a weekday with no anchor).
	Value       string `yaml:"value" json:"value"`
	Granularity string `yaml:"granularity" json:"granularity"`
}

// Relation is one fact. For COOPERATES_WITH the pair is unordered; for
// AGREED_ON and COMMITTED_TO, To is a topic id (topic:press-coordination).
type Relation struct {
	Type  string `yaml:"type" json:"type"`
	From  string `yaml:"from" json:"from"`
	To    string `yaml:"to" json:"to"`
	Event string `yaml:"event,omitempty" json:"event,omitempty"`
	Topic string `yaml:"topic,omitempty" json:"topic,omitempty"`
}

// Key returns what identifies the article across the gold and the corpus:
// its URL, else its file.
func (a *Article) Key() string {
	if a.URL != "" {
		return a.URL
	}
	return a.File
}

// RelationTypes lists the relation types the scorer reports, in order.
var RelationTypes = []string{
	document.CooperatesWith, document.ParticipatedIn, document.Organized,
	document.Signed, document.AgreedOn, document.CommittedTo, document.HeldIn,
}

// EntityTypes lists the entity types the scorer reports, in order.
var EntityTypes = []document.EntityType{
	document.Country, document.Organization, document.Person, document.EventType,
}

// AllRelations returns the article's relations: the explicit ones plus those
// its events imply (participants, organizers, signatories, location), sorted
// and without duplicates.
func (a *Article) AllRelations() []Relation {
	out := append([]Relation(nil), a.Relations...)
	for _, e := range a.Entities.Event {
		for _, p := range e.Participants {
			out = append(out, Relation{Type: document.ParticipatedIn, From: p, To: e.ID})
		}
		for _, p := range e.Organizers {
			out = append(out, Relation{Type: document.Organized, From: p, To: e.ID})
		}
		for _, p := range e.Signatories {
			out = append(out, Relation{Type: document.Signed, From: p, To: e.ID})
		}
		if e.Location != "" {
			out = append(out, Relation{Type: document.HeldIn, From: e.ID, To: e.Location})
		}
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, r := range out {
		k := relationKey(r)
		if seen[k] {
			continue
		}
		seen[k] = true
		uniq = append(uniq, r)
	}
	sort.SliceStable(uniq, func(i, j int) bool { return relationKey(uniq[i]) < relationKey(uniq[j]) })
	return uniq
}

// relationKey identifies a relation for de-duplication; COOPERATES_WITH
// pairs are unordered and the event of a relation does not count.
func relationKey(r Relation) string {
	from, to := r.From, r.To
	if r.Type == document.CooperatesWith && to < from {
		from, to = to, from
	}
	return r.Type + "\x00" + from + "\x00" + to
}

// LoadDir reads every *.yaml, *.yml and *.jsonl gold file in dir, sorted by
// name.
func LoadDir(dir string) ([]Article, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold dir: %w", err)
	}
	var out []Article
	for _, e := range ents {
		switch filepath.Ext(e.Name()) {
		case ".yaml", ".yml", ".jsonl":
		default:
			continue
		}
		arts, err := Load(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, arts...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gold dir %s: no *.yaml or *.jsonl gold files", dir)
	}
	seen := map[string]string{}
	for _, a := range out {
		if prev, ok := seen[a.Key()]; ok {
			return nil, fmt.Errorf("gold: article %s is annotated twice (%s and %s)", a.Key(), prev, a.Source)
		}
		seen[a.Key()] = a.Source
	}
	return out, nil
}

// Load reads one gold file: a YAML stream with one document per article, or
// JSONL with one object per line. Each article is normalised and validated.
func Load(path string) ([]Article, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var arts []Article
	if filepath.Ext(path) == ".jsonl" {
		arts, err = decodeJSONL(raw, path)
	} else {
		arts, err = decodeYAML(raw, path)
	}
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	for i := range arts {
		a := &arts[i]
		a.Source = path
		if a.File == "" {
			a.File = "dev/" + base + ".jsonl"
		}
		a.normalize()
		if err := a.Validate(); err != nil {
			return nil, fmt.Errorf("%s: article %s: %w", path, a.Key(), err)
		}
	}
	return arts, nil
}

func decodeYAML(raw []byte, path string) ([]Article, error) {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	var out []Article
	for n := 1; ; n++ {
		var a Article
		err := dec.Decode(&a)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", path, n, err)
		}
		if a.Key() == "" && len(a.Entities.Country) == 0 {
			continue // an empty document (comments only)
		}
		out = append(out, a)
	}
}

func decodeJSONL(raw []byte, path string) ([]Article, error) {
	var out []Article
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var a Article
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// normalize expands short country codes ("CHN" -> "country:CHN") wherever an
// entity id is expected.
func (a *Article) normalize() {
	for i, c := range a.Entities.Country {
		a.Entities.Country[i] = countryID(c)
	}
	for i, c := range a.Optional.Country {
		a.Optional.Country[i] = countryID(c)
	}
	for i := range a.Entities.Organization {
		o := &a.Entities.Organization[i]
		if o.Country != "" {
			o.Country = countryID(o.Country)
		}
	}
	fix := func(ids []string) {
		for i, id := range ids {
			ids[i] = entityID(id)
		}
	}
	for i := range a.Entities.Event {
		e := &a.Entities.Event[i]
		fix(e.Participants)
		fix(e.Organizers)
		fix(e.Signatories)
		e.Location = entityID(e.Location)
	}
	for i := range a.Relations {
		r := &a.Relations[i]
		r.From, r.To = entityID(r.From), entityID(r.To)
	}
}

func countryID(c string) string {
	if document.IDPrefix(c) == "" {
		return document.CountryID(c)
	}
	return c
}

// entityID expands a bare three-letter upper-case code to a country id; other
// ids (org:..., e1, topic:...) are kept.
func entityID(id string) string {
	if len(id) == 3 && strings.ToUpper(id) == id && !strings.ContainsAny(id, ":0123456789") {
		return document.CountryID(id)
	}
	return id
}

// formerStates are ISO 3166-3 codes of states that no longer exist; they may
// appear only under optional.
var formerStates = map[string]bool{"SUN": true, "YUG": true, "CSK": true, "DDR": true, "SCG": true}

// Validate checks ids and references: countries are ISO 3166-1 alpha-3,
// every relation and event end names an entity, event or topic of the
// article, dates are ISO 8601 shaped, and nothing is both gold and optional.
func (a *Article) Validate() error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if a.Key() == "" {
		bad("no url and no file")
	}
	known := map[string]string{}
	for _, c := range a.Entities.Country {
		if !validCountry(c, false) {
			bad("country %q is not an ISO 3166-1 alpha-3 id", c)
		}
		known[c] = "Country"
	}
	for _, c := range a.Optional.Country {
		if !validCountry(c, true) {
			bad("optional country %q is not an ISO 3166 alpha-3 id", c)
		}
		if known[c] != "" {
			bad("country %s is both gold and optional", c)
		}
	}
	for _, o := range a.Entities.Organization {
		if document.IDPrefix(o.ID) != document.PrefixOrg || o.Name == "" {
			bad("organization %q needs an org: id and a name", o.ID)
		}
		if o.Country != "" && !validCountry(o.Country, false) {
			bad("organization %s: country %q", o.ID, o.Country)
		}
		if known[o.ID] != "" {
			bad("%s listed twice", o.ID)
		}
		known[o.ID] = "Organization"
	}
	for _, p := range a.Entities.Person {
		if document.IDPrefix(p.ID) != document.PrefixPerson || p.Name == "" {
			bad("person %q needs a person: id and a name", p.ID)
		}
		if known[p.ID] != "" {
			bad("%s listed twice", p.ID)
		}
		known[p.ID] = "Person"
	}
	for _, o := range append(append([]Named(nil), a.Optional.Organization...), a.Optional.Person...) {
		if known[o.ID] != "" {
			bad("%s is both gold and optional", o.ID)
		}
	}
	events := map[string]bool{}
	for _, e := range a.Entities.Event {
		if e.ID == "" || events[e.ID] {
			bad("event id %q missing or repeated", e.ID)
		}
		events[e.ID] = true
		if e.Type == "" {
			bad("event %s has no type", e.ID)
		}
		for _, d := range []string{e.Date, e.EndDate} {
			if d != "" && !isoShaped(d) {
				bad("event %s: date %q is not ISO 8601", e.ID, d)
			}
		}
		for _, p := range append(append(append([]string(nil), e.Participants...), e.Organizers...), e.Signatories...) {
			if known[p] == "" {
				bad("event %s: %s is not an entity of the article", e.ID, p)
			}
		}
		if e.Location != "" {
			switch document.IDPrefix(e.Location) {
			case document.PrefixPlace:
			case document.PrefixCountry:
				if !validCountry(e.Location, false) {
					bad("event %s: location %q", e.ID, e.Location)
				}
			default:
				bad("event %s: location %q must be place:... or country:...", e.ID, e.Location)
			}
		}
	}
	for _, d := range a.Dates {
		if d.Text == "" || (d.Value != "" && !isoShaped(d.Value)) {
			bad("date %q: value %q is not ISO 8601", d.Text, d.Value)
		}
		switch d.Granularity {
		case "day", "week", "month", "quarter", "year":
		default:
			bad("date %q: granularity %q", d.Text, d.Granularity)
		}
	}
	for _, r := range a.Relations {
		switch r.Type {
		case document.CooperatesWith:
			if known[r.From] == "" || known[r.To] == "" || r.From == r.To {
				bad("%s %s-%s: both ends must be distinct entities of the article", r.Type, r.From, r.To)
			}
		case document.AgreedOn, document.CommittedTo:
			if known[r.From] == "" || document.IDPrefix(r.To) != document.PrefixTopic {
				bad("%s %s->%s: from an entity to a topic: id", r.Type, r.From, r.To)
			}
		default:
			bad("relation type %q: write PARTICIPATED_IN, ORGANIZED, SIGNED and HELD_IN as event fields", r.Type)
		}
		if r.Event != "" && !events[r.Event] {
			bad("%s %s-%s: event %q is not an event of the article", r.Type, r.From, r.To, r.Event)
		}
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

func validCountry(id string, allowFormer bool) bool {
	if document.IDPrefix(id) != document.PrefixCountry {
		return false
	}
	code := document.IDKey(id)
	if allowFormer && formerStates[code] {
		return true
	}
	if len(code) != 3 {
		return false
	}
	c, err := countryTable().FindCountryByAlpha(code)
	return err == nil && c.Alpha3 == code
}

// countryTable is the ISO 3166-1 table of github.com/pariz/gountries, built
// on first use.
var countryTable = sync.OnceValue(gountries.New)

// isoShaped accepts the ISO 8601 forms the gold uses: YYYY, YYYY-MM,
// YYYY-MM-DD, YYYY-Www, YYYY-Qn, --MM-DD, and intervals a/b of these.
func isoShaped(v string) bool {
	if a, b, ok := strings.Cut(v, "/"); ok {
		return isoShaped(a) && isoShaped(b)
	}
	digits := func(s string) bool {
		for _, r := range s {
			if r < '0' || r > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) == 7 && strings.HasPrefix(v, "--"):
		return digits(v[2:4]) && v[4] == '-' && digits(v[5:])
	case len(v) == 4:
		return digits(v)
	case len(v) == 7 && v[4] == '-' && v[5] == 'Q':
		return digits(v[:4]) && v[6] >= '1' && v[6] <= '4'
	case len(v) == 7 && v[4] == '-':
		return digits(v[:4]) && digits(v[5:])
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		return digits(v[:4]) && digits(v[6:])
	case len(v) == 10:
		return digits(v[:4]) && v[4] == '-' && digits(v[5:7]) && v[7] == '-' && digits(v[8:])
	}
	return false
}
