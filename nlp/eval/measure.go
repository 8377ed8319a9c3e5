package eval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/mediakg/mediakg/nlp/document"
)

// Scoring standards. StandardProject is the project's own guide
// (docs/annotation.md, sections 1-6): every relation type, dates matched by
// text. StandardMeasurement is ../shared/MEASUREMENT.md, the standard of the
// independent measurement on unseen articles: article-level facts
// (countries, organizations, persons, events, COOPERATES_WITH pairs, date
// values).
const (
	StandardProject     = "project"
	StandardMeasurement = "measurement"
)

// StandardFor is the standard a gold set is scored by when none is asked
// for: the measurement standard when every article comes from a corpus
// annotated to it (dev2/), else the project's.
func StandardFor(gold []Article) string {
	if len(gold) == 0 {
		return StandardProject
	}
	for i := range gold {
		if !strings.HasPrefix(gold[i].File, "dev2/") {
			return StandardProject
		}
	}
	return StandardMeasurement
}

// ScoreStandard scores by the named standard.
func ScoreStandard(standard string, gold []Article, docs map[string]*document.Document) (*Report, error) {
	switch standard {
	case StandardProject, "":
		return Score(gold, docs), nil
	case StandardMeasurement:
		return Measure(gold, docs), nil
	}
	return nil, fmt.Errorf("scoring standard %q: want %s or %s", standard, StandardProject, StandardMeasurement)
}

// Measure scores documents by MEASUREMENT.md (docs/annotation.md, section
// 11), counting facts per article and summing over articles:
//   - countries by ISO code;
//   - persons by name: one name contains the other (folded, whole words);
//   - organizations: the system entity's name or one of its mention texts
//     equals the gold name or an alias (case and punctuation folded),
//     one-to-one;
//   - events: the same ordinal, else compatible dates (one a prefix of the
//     other), else, for a gold event with neither, the same type class or a
//     shared name word; one-to-one, the strongest kind of match first;
//   - COOPERATES_WITH: both ends match (ISO code, or organizations as
//     above), either order;
//   - dates: values, as a multiset per article (a range "a/b" is its two
//     ends).
//
// Optional gold entries are neither rewarded nor penalised, as in Score.
// The report has the relation type COOPERATES_WITH only, and its date
// counts are value counts (Correct equals TP).
func Measure(gold []Article, docs map[string]*document.Document) *Report {
	r := &Report{Standard: StandardMeasurement, Entities: map[string]*Counts{},
		Relations: map[string]*Counts{document.CooperatesWith: {}}}
	for _, t := range EntityTypes {
		r.Entities[string(t)] = &Counts{}
	}
	for i := range gold {
		a := &gold[i]
		ar := ArticleReport{Key: a.Key(), ID: a.ID}
		d := docs[a.Key()]
		if d == nil {
			ar.Missing = true
			r.Missing = append(r.Missing, a.Key())
			d = &document.Document{}
		}
		measureArticle(a, d, r, &ar)
		r.PerArticle = append(r.PerArticle, ar)
	}
	r.Articles = len(gold)
	return r
}

func measureArticle(a *Article, d *document.Document, r *Report, ar *ArticleReport) {
	byType := systemEntities(d)

	// Countries.
	gold := map[string]bool{}
	for _, g := range a.Entities.Country {
		gold[normCountry(g)] = true
	}
	opt := map[string]bool{}
	for _, g := range a.Optional.Country {
		opt[normCountry(g)] = true
	}
	found := map[string]bool{}
	c := r.Entities[string(document.Country)]
	for _, s := range byType[document.Country] {
		id := normCountry(s.ID)
		switch {
		case found[id]:
			continue
		case gold[id]:
			c.TP++
		case opt[id]:
		default:
			c.FP++
			ar.falsePositive("Country", id)
		}
		found[id] = true
	}
	for _, g := range a.Entities.Country {
		if !found[normCountry(g)] {
			c.FN++
			ar.miss("Country", normCountry(g))
		}
	}

	orgs := measureNamed(string(document.Organization), a.Entities.Organization, a.Optional.Organization,
		byType[document.Organization], orgMatch, r, ar)
	measureNamed(string(document.Person), a.Entities.Person, a.Optional.Person,
		byType[document.Person], personMatch, r, ar)
	measureEvents(a.Entities.Event, d.Events, r, ar)
	measureCooperation(a, d, orgs, byType[document.Organization], r, ar)
	measureDates(a, d, r, ar)
}

// FoldName is the form MEASUREMENT.md compares names in: lower case,
// punctuation as space, spaces collapsed, a leading "the" dropped.
func FoldName(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

func goldForms(g Named) []string {
	var out []string
	for _, s := range append([]string{g.Name}, g.Aliases...) {
		if f := FoldName(s); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func sysForms(e document.Entity) []string {
	var out []string
	if f := FoldName(e.Name); f != "" {
		out = append(out, f)
	}
	for _, m := range e.Mentions {
		if f := FoldName(m.Text); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// orgMatch: a system form equals a gold form.
func orgMatch(gold, sys []string) bool {
	for _, s := range sys {
		for _, g := range gold {
			if s == g {
				return true
			}
		}
	}
	return false
}

// personMatch: one name contains the other as whole words.
func personMatch(gold, sys []string) bool {
	for _, s := range sys {
		for _, g := range gold {
			if s == g || containsWords(s, g) || containsWords(g, s) {
				return true
			}
		}
	}
	return false
}

// measureNamed matches system entities to gold ones one-to-one and returns,
// per system entity index, the gold index it matched (-1 when none).
func measureNamed(typ string, gold, optional []Named, sys []document.Entity, match func(g, s []string) bool,
	r *Report, ar *ArticleReport) []int {
	c := r.Entities[typ]
	got := make([]int, len(sys))
	for i := range got {
		got[i] = -1
	}
	matched := make([]bool, len(gold))
	// Exact form equality first, so that containment (persons) does not
	// take a gold entry another system entity names exactly.
	for _, exact := range []bool{true, false} {
		for gi, g := range gold {
			if matched[gi] {
				continue
			}
			gf := goldForms(g)
			for si, s := range sys {
				if got[si] >= 0 {
					continue
				}
				sf := sysForms(s)
				ok := orgMatch(gf, sf)
				if !exact && !ok {
					ok = match(gf, sf)
				}
				if ok {
					got[si], matched[gi] = gi, true
					break
				}
			}
		}
	}
	for gi, g := range gold {
		if matched[gi] {
			c.TP++
		} else {
			c.FN++
			ar.miss(typ, fmt.Sprintf("%s (%s)", g.ID, g.Name))
		}
	}
	for si, s := range sys {
		if got[si] >= 0 {
			continue
		}
		optional := optional
		ignored := false
		sf := sysForms(s)
		for _, o := range optional {
			if match(goldForms(o), sf) {
				ignored = true
				break
			}
		}
		if ignored {
			continue
		}
		c.FP++
		ar.falsePositive(typ, fmt.Sprintf("%s (%s)", s.ID, s.Name))
	}
	return got
}

// Event match strengths, strongest first.
const (
	eventByOrdinal = 3
	eventByDate    = 2
	eventByKind    = 1
)

// eventMatch returns how system event s matches gold event g under
// MEASUREMENT.md, 0 when it does not.
func eventMatch(g Event, s document.Event) int {
	if g.Ordinal != 0 && s.Ordinal == g.Ordinal {
		return eventByOrdinal
	}
	gd, sd := NormValue(g.Date), NormValue(s.Date)
	if gd != "" && sd != "" && (strings.HasPrefix(gd, sd) || strings.HasPrefix(sd, gd)) {
		return eventByDate
	}
	if g.Ordinal == 0 && g.Date == "" {
		if EventClass(g.Type) == EventClass(s.Type) || shareNameWord(g.Name, s.Name) {
			return eventByKind
		}
	}
	return 0
}

// nameStopWords are words too common in event names to make two names the
// same event.
var nameStopWords = map[string]bool{"the": true, "of": true, "and": true, "on": true, "in": true,
	"for": true, "a": true, "an": true, "to": true, "with": true, "at": true}

func shareNameWord(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(FoldName(a)) {
		if !nameStopWords[w] {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(FoldName(b)) {
		if words[w] {
			return true
		}
	}
	return false
}

func measureEvents(gold []Event, sys []document.Event, r *Report, ar *ArticleReport) {
	c := r.Entities[string(document.EventType)]
	type pair struct{ g, s, strength, tie int }
	var pairs []pair
	for gi, g := range gold {
		for si, s := range sys {
			if k := eventMatch(g, s); k > 0 {
				tie := 0
				if EventClass(g.Type) == EventClass(s.Type) {
					tie++
				}
				if g.Name != "" && FoldName(g.Name) == FoldName(s.Name) {
					tie += 2
				}
				pairs = append(pairs, pair{gi, si, k, tie})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].strength != pairs[j].strength {
			return pairs[i].strength > pairs[j].strength
		}
		return pairs[i].tie > pairs[j].tie
	})
	gUsed := make([]bool, len(gold))
	sUsed := make([]bool, len(sys))
	for _, p := range pairs {
		if gUsed[p.g] || sUsed[p.s] {
			continue
		}
		gUsed[p.g], sUsed[p.s] = true, true
	}
	for gi, g := range gold {
		if gUsed[gi] {
			c.TP++
		} else {
			c.FN++
			ar.miss("Event", describeGoldEvent(g))
		}
	}
	for si, s := range sys {
		if !sUsed[si] {
			c.FP++
			ar.falsePositive("Event", describeSysEvent(s))
		}
	}
}

// measureCooperation scores COOPERATES_WITH pairs. A system end is a
// country code, or the gold organization the system organization matched
// (orgs), else any gold organization one of its forms names.
func measureCooperation(a *Article, d *document.Document, orgs []int, sysOrgs []document.Entity, r *Report, ar *ArticleReport) {
	c := r.Relations[document.CooperatesWith]
	goldOrg := map[string]int{}
	for i, o := range a.Entities.Organization {
		goldOrg[o.ID] = i
	}
	optional := map[string]bool{}
	for _, o := range a.Optional.Organization {
		optional[o.ID] = true
	}
	for _, x := range a.Optional.Country {
		optional[normCountry(x)] = true
	}
	sysIndex := map[string]int{}
	for i, e := range sysOrgs {
		sysIndex[e.ID] = i
	}
	// end maps a system id to a gold key: "country:XXX", "org:<gold id>",
	// "" for an optional entity (the pair is ignored), or "?" + id when it
	// names nothing of the gold.
	end := func(id string) string {
		if document.IDPrefix(id) == document.PrefixCountry {
			k := normCountry(id)
			if optional[k] {
				return ""
			}
			return k
		}
		if i, ok := sysIndex[id]; ok {
			if orgs[i] >= 0 {
				return "org:" + a.Entities.Organization[orgs[i]].ID
			}
			sf := sysForms(sysOrgs[i])
			for _, o := range a.Entities.Organization {
				if orgMatch(goldForms(o), sf) {
					return "org:" + o.ID
				}
			}
			for _, o := range a.Optional.Organization {
				if orgMatch(goldForms(o), sf) {
					return ""
				}
			}
		}
		return "?" + id
	}
	pairKey := func(x, y string) string {
		if x > y {
			x, y = y, x
		}
		return x + " ~ " + y
	}
	goldKey := func(id string) string {
		if document.IDPrefix(id) == document.PrefixCountry || document.IDPrefix(id) == "" {
			return normCountry(id)
		}
		return "org:" + id
	}
	want := map[string]bool{}
	var order []string
	for _, g := range a.Relations {
		if g.Type != document.CooperatesWith {
			continue
		}
		k := pairKey(goldKey(g.From), goldKey(g.To))
		if !want[k] {
			want[k] = true
			order = append(order, k)
		}
	}
	seen := map[string]bool{}
	for _, s := range d.Relations {
		if s.Type != document.CooperatesWith {
			continue
		}
		x, y := end(s.From), end(s.To)
		if x == "" || y == "" || x == y {
			continue
		}
		k := pairKey(x, y)
		if seen[k] {
			continue
		}
		seen[k] = true
		if want[k] {
			c.TP++
		} else {
			c.FP++
			ar.falsePositive(document.CooperatesWith, s.From+" ~ "+s.To)
		}
	}
	for _, k := range order {
		if !seen[k] {
			c.FN++
			ar.miss(document.CooperatesWith, k)
		}
	}
}

// measureDates compares date values as multisets; a range counts both
// ends. A system date that no gold value takes is ignored when its text
// is an optional gold date (equal, or one containing the other): the gold
// forgives it, but never at the cost of a value it asks for.
func measureDates(a *Article, d *document.Document, r *Report, ar *ArticleReport) {
	dc := &r.Dates
	left := map[string]int{}
	for _, g := range a.Dates {
		// A gold range written as one expression ("3 to 5 October",
		// value a/b, the project's form) counts both ends, as the
		// system's does.
		for _, v := range strings.Split(g.Value, "/") {
			if v = dayValue(NormValue(v)); v != "" {
				left[v]++
			}
		}
	}
	optional := func(text string) bool {
		st := NormDateText(text)
		for _, o := range a.Optional.Dates {
			ot := NormDateText(o)
			if st == ot || containsWords(st, ot) || containsWords(ot, st) {
				return true
			}
		}
		return false
	}
	for _, s := range systemDates(d) {
		for _, v := range strings.Split(s.value, "/") {
			v = dayValue(NormValue(v))
			switch {
			case v == "":
			case left[v] > 0:
				left[v]--
				dc.TP++
				dc.Correct++
			case optional(s.text):
			default:
				dc.FP++
				ar.falsePositive("Date", fmt.Sprintf("%q = %s", s.text, v))
			}
		}
	}
	keys := make([]string, 0, len(left))
	for k := range left {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for i := 0; i < left[k]; i++ {
			dc.FN++
			ar.miss("Date", k)
		}
	}
}

// dayValue cuts a time of day off a date value ("2020-10-19T10:00" ->
// "2020-10-19"): values are compared to the day.
func dayValue(v string) string {
	if i := strings.IndexByte(v, 'T'); i == 10 {
		return v[:i]
	}
	return v
}
