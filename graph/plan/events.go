package plan

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/schema"
)

// The same-event rule. The NLP side gives an event a deterministic id: its
// series and ordinal when it has them, else its type, date and participants.
// Articles that report one event alike get one id and so one node. Beyond
// that, an incoming event whose id is not in the graph yet is merged into an
// existing event E when
//
//   - both have the same type,
//   - both dates are known to the day and lie at most Window days apart,
//   - they share at least one participant or organizer,
//   - their ordinals do not differ (when both have one), and
//   - their series do not differ (when both have one): two series keys
//     name one series when they hold the same words in any order ("BRICS
//     Media Summit" and "Media Summit of the BRICS"), and, for two events
//     with the same ordinal, when one key's words are all in the other
//     (a copy of a report that dropped a word of the name: "the 7th
//     Summit of the BRICS" beside "the 7th Media Summit of the BRICS").
//
// Among several candidates the one sharing most participants wins, then the
// closest date, then the smaller id. The surviving node keeps its id. Events
// without a day date or without participants merge only by id.

// DefaultWindow is the default same-event window in days.
const DefaultWindow = 3

// EventInfo is what the same-event rule looks at.
type EventInfo struct {
	ID      string
	Type    string
	Date    string // YYYY-MM-DD, "" unless known to the day
	Series  string
	Ordinal int
	// Participants are the ids of its participants and organizers, sorted.
	Participants []string
}

// Events returns the same-event view of doc's events: participants and
// organizers from the event and from PARTICIPATED_IN / ORGANIZED relations
// that point at it.
func Events(doc *document.Document) []EventInfo {
	byID := map[string]*EventInfo{}
	var order []string
	for _, ev := range doc.Events {
		if ev.ID == "" {
			continue
		}
		e, ok := byID[ev.ID]
		if !ok {
			e = &EventInfo{ID: ev.ID}
			byID[ev.ID] = e
			order = append(order, ev.ID)
		}
		if e.Type == "" {
			e.Type = ev.Type
		}
		if e.Date == "" {
			e.Date = dayDate(ev.Date, ev.DateGranularity)
		}
		if e.Series == "" {
			e.Series = ev.Series
		}
		if e.Ordinal == 0 {
			e.Ordinal = ev.Ordinal
		}
		for _, p := range ev.Participants {
			e.Participants = appendActor(e.Participants, p)
		}
		for _, p := range ev.Organizers {
			e.Participants = appendActor(e.Participants, p)
		}
	}
	for _, r := range doc.Relations {
		if r.Type != document.ParticipatedIn && r.Type != document.Organized {
			continue
		}
		if e, ok := byID[r.To]; ok {
			e.Participants = appendActor(e.Participants, r.From)
		}
	}
	out := make([]EventInfo, 0, len(order))
	for _, id := range order {
		e := byID[id]
		e.Participants = Union(e.Participants, nil)
		out = append(out, *e)
	}
	return out
}

// appendActor appends id if it names a node that can take part in an event
// (what the graph's PARTICIPATED_IN and ORGANIZED edges can hold).
func appendActor(ids []string, id string) []string {
	switch l, _ := schema.LabelForID(id); l {
	case schema.Country, schema.Organization, schema.Person:
		return append(ids, canon(id))
	}
	return ids
}

// Mergeable reports whether incoming event ev may merge into existing event
// c under the same-event rule with the given window, and if so how many
// participants they share and how many days apart they are.
func Mergeable(ev, c EventInfo, window int) (shared, gap int, ok bool) {
	if window < 0 || ev.Type == "" || ev.Type != c.Type || ev.Date == "" || c.Date == "" {
		return 0, 0, false
	}
	if ev.Ordinal > 0 && c.Ordinal > 0 && ev.Ordinal != c.Ordinal {
		return 0, 0, false
	}
	if ev.Series != "" && c.Series != "" && !sameSeries(ev.Series, c.Series, ev.Ordinal > 0 && ev.Ordinal == c.Ordinal) {
		return 0, 0, false
	}
	d1, err1 := time.Parse("2006-01-02", ev.Date)
	d2, err2 := time.Parse("2006-01-02", c.Date)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	gap = int(d1.Sub(d2).Hours() / 24)
	if gap < 0 {
		gap = -gap
	}
	if gap > window {
		return 0, 0, false
	}
	shared = countShared(ev.Participants, c.Participants)
	return shared, gap, shared > 0
}

// sameSeries reports whether series keys a and b may name one series (see
// the same-event rule above); contained lets one key's words be a part of
// the other's.
func sameSeries(a, b string, contained bool) bool {
	if a == b {
		return true
	}
	wa, wb := seriesWords(a), seriesWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if !contained && len(wa) != len(wb) {
		return false
	}
	for _, w := range wa {
		if _, ok := slices.BinarySearch(wb, w); !ok {
			return false
		}
	}
	return true
}

// seriesLinkWords are the words of a series key that do not tell two
// series apart: "Media Summit of the BRICS" is the "BRICS Media Summit".
var seriesLinkWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true}

// seriesWords returns the distinct words of a series key ("series:" and
// the slug's hyphens dropped), sorted, without linking words.
func seriesWords(key string) []string {
	var out []string
	for _, w := range strings.Split(strings.TrimPrefix(key, "series:"), "-") {
		if w != "" && !seriesLinkWords[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func countShared(a, b []string) int {
	n := 0
	for _, x := range a {
		i := sort.SearchStrings(b, x)
		if i < len(b) && b[i] == x {
			n++
		}
	}
	return n
}

// Best returns the id of the candidate that ev merges into, or "" when none
// qualifies.
func Best(ev EventInfo, cands []EventInfo, window int) string {
	best, bestShared, bestGap := "", 0, 0
	for _, c := range cands {
		if c.ID == ev.ID {
			continue
		}
		shared, gap, ok := Mergeable(ev, c, window)
		if !ok {
			continue
		}
		if best == "" || shared > bestShared || (shared == bestShared && (gap < bestGap || (gap == bestGap && c.ID < best))) {
			best, bestShared, bestGap = c.ID, shared, gap
		}
	}
	return best
}

// EventIndex holds resolved events in memory: all events of an export, or
// every event the loader has touched in one load. Dated events are indexed
// by type and day, so finding the candidates of an event looks at the
// 2*Window+1 days around it, not at every event of its type.
type EventIndex struct {
	Window int
	byID   map[string]*EventInfo
	// byDay holds the events with a day date, by type and then date.
	byDay map[string]map[string][]*EventInfo
}

// NewEventIndex returns an empty index using window days.
func NewEventIndex(window int) *EventIndex {
	return &EventIndex{Window: window, byID: map[string]*EventInfo{}, byDay: map[string]map[string][]*EventInfo{}}
}

// Len returns the number of events held.
func (x *EventIndex) Len() int { return len(x.byID) }

// Get returns the event with id, if held.
func (x *EventIndex) Get(id string) (EventInfo, bool) {
	e, ok := x.byID[id]
	if !ok {
		return EventInfo{}, false
	}
	return *e, true
}

// Candidates returns the held events that ev could merge into, in id
// order.
func (x *EventIndex) Candidates(ev EventInfo) []EventInfo {
	if x.Window < 0 || ev.Type == "" || ev.Date == "" {
		return nil
	}
	d, err := time.Parse("2006-01-02", ev.Date)
	if err != nil {
		return nil
	}
	days := x.byDay[ev.Type]
	var out []EventInfo
	for i := -x.Window; i <= x.Window; i++ {
		for _, c := range days[d.AddDate(0, 0, i).Format("2006-01-02")] {
			if _, _, ok := Mergeable(ev, *c, x.Window); ok {
				out = append(out, *c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (x *EventIndex) index(e *EventInfo) {
	if e.Type == "" || e.Date == "" {
		return
	}
	if x.byDay[e.Type] == nil {
		x.byDay[e.Type] = map[string][]*EventInfo{}
	}
	x.byDay[e.Type][e.Date] = append(x.byDay[e.Type][e.Date], e)
}

func (x *EventIndex) unindex(e *EventInfo) {
	l := x.byDay[e.Type][e.Date]
	for i, c := range l {
		if c == e {
			l = append(l[:i:i], l[i+1:]...)
			break
		}
	}
	if len(l) == 0 {
		delete(x.byDay[e.Type], e.Date)
		if len(x.byDay[e.Type]) == 0 {
			delete(x.byDay, e.Type)
		}
	} else {
		x.byDay[e.Type][e.Date] = l
	}
}

// Add records that ev resolved to the event with id canonical: a new
// event when canonical == ev.ID, else ev's participants join the held
// canonical event (which is added from ev if not held).
func (x *EventIndex) Add(ev EventInfo, canonical string) {
	if e, ok := x.byID[canonical]; ok {
		e.Participants = Union(e.Participants, ev.Participants)
		if e.Series == "" {
			e.Series = ev.Series
		}
		if e.Ordinal == 0 {
			e.Ordinal = ev.Ordinal
		}
		if (e.Type == "" && ev.Type != "") || (e.Date == "" && ev.Date != "") {
			x.unindex(e)
			if e.Type == "" {
				e.Type = ev.Type
			}
			if e.Date == "" {
				e.Date = ev.Date
			}
			x.index(e)
		}
		return
	}
	e := ev
	e.ID = canonical
	e.Participants = append([]string(nil), ev.Participants...)
	x.byID[canonical] = &e
	x.index(&e)
}

// Remove forgets the event with id.
func (x *EventIndex) Remove(id string) {
	e, ok := x.byID[id]
	if !ok {
		return
	}
	delete(x.byID, id)
	x.unindex(e)
}

// Resolve resolves ev against the held events and the extra candidates
// (events already in the graph), records the result and returns the id ev
// resolves to. exists says ev's own id is already in the graph.
func (x *EventIndex) Resolve(ev EventInfo, exists bool, extra []EventInfo) string {
	id := ev.ID
	if _, held := x.byID[ev.ID]; !held && !exists {
		cands := append(x.Candidates(ev), extra...)
		if best := Best(ev, cands, x.Window); best != "" {
			id = best
			if _, held := x.byID[best]; !held {
				for _, c := range extra {
					if c.ID == best {
						x.Add(c, best)
					}
				}
			}
		}
	}
	x.Add(ev, id)
	return id
}

// Clone returns a copy of the index that can be changed independently.
func (x *EventIndex) Clone() *EventIndex {
	y := NewEventIndex(x.Window)
	for id, e := range x.byID {
		c := *e
		c.Participants = append([]string(nil), e.Participants...)
		y.byID[id] = &c
		y.index(&c)
	}
	return y
}
