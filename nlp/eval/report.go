package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"github.com/mediakg/mediakg/nlp/document"
)

// Counts are true positives, false positives and false negatives of one
// category, summed over articles (micro-averaging).
type Counts struct {
	TP, FP, FN int
}

// P is the precision, 0 when nothing was found.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall, 0 when there was nothing to find.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// DateCounts score date expressions: Counts for finding them (by text),
// Correct for those found whose value equals the gold value.
type DateCounts struct {
	Counts
	Correct int
}

// Accuracy is the share of matched date expressions with the right value:
// the "date value accuracy" of the issue.
func (d DateCounts) Accuracy() float64 { return ratio(d.Correct, d.TP) }

// Value counts a date as found only when its value is right as well.
func (d DateCounts) Value() Counts {
	return Counts{TP: d.Correct, FP: d.FP + d.TP - d.Correct, FN: d.FN + d.TP - d.Correct}
}

// Report is the result of Score.
type Report struct {
	// Standard is the scoring standard (StandardProject when empty).
	Standard string
	Articles int
	// Missing lists gold articles for which no document was given.
	Missing    []string
	Entities   map[string]*Counts
	Relations  map[string]*Counts
	Dates      DateCounts
	PerArticle []ArticleReport
}

func newReport() *Report {
	r := &Report{Entities: map[string]*Counts{}, Relations: map[string]*Counts{}}
	for _, t := range EntityTypes {
		r.Entities[string(t)] = &Counts{}
	}
	for _, t := range RelationTypes {
		r.Relations[t] = &Counts{}
	}
	return r
}

// relation returns the counts of relation type t, creating them for a type
// outside RelationTypes (a system may emit others).
func (r *Report) relation(t string) *Counts {
	c := r.Relations[t]
	if c == nil {
		c = &Counts{}
		r.Relations[t] = c
	}
	return c
}

// ArticleReport lists, for one article, what was missed, what was found
// that the gold does not have, and dates found with a wrong value.
type ArticleReport struct {
	Key            string `json:"key"`
	ID             string `json:"id,omitempty"`
	Missing        bool   `json:"missing,omitempty"`
	Misses         []Item `json:"misses,omitempty"`
	FalsePositives []Item `json:"false_positives,omitempty"`
	WrongDates     []Item `json:"wrong_dates,omitempty"`
}

// Item is one entry of an ArticleReport: its category (an entity type,
// "Date" or a relation type) and a description.
type Item struct {
	Kind string `json:"kind"`
	What string `json:"what"`
}

func (a *ArticleReport) miss(kind, what string) { a.Misses = append(a.Misses, Item{kind, what}) }
func (a *ArticleReport) falsePositive(kind, what string) {
	a.FalsePositives = append(a.FalsePositives, Item{kind, what})
}
func (a *ArticleReport) wrongDate(what string) {
	a.WrongDates = append(a.WrongDates, Item{"Date", what})
}

// Errors reports whether the article has any miss, false positive or wrong
// date.
func (a *ArticleReport) Errors() int {
	return len(a.Misses) + len(a.FalsePositives) + len(a.WrongDates)
}

// PRF is the JSON form of Counts.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

func prf(c Counts) PRF {
	return PRF{P: round(c.P()), R: round(c.R()), F1: round(c.F1()), TP: c.TP, FP: c.FP, FN: c.FN}
}

func round(x float64) float64 { return math.Round(x*10000) / 10000 }

// DatesJSON is the JSON form of DateCounts.
type DatesJSON struct {
	Accuracy float64 `json:"accuracy"`
	PRF
	Correct int `json:"correct"`
	// ValueP, ValueR and ValueF1 count a date as found only with the right
	// value.
	ValueP  float64 `json:"value_p"`
	ValueR  float64 `json:"value_r"`
	ValueF1 float64 `json:"value_f1"`
}

// JSON is the machine-readable form of a Report: exactly the object
// `mediakg eval --format json` prints.
type JSON struct {
	Standard   string          `json:"standard"`
	Articles   int             `json:"articles"`
	Missing    []string        `json:"missing"`
	Entities   map[string]PRF  `json:"entities"`
	Relations  map[string]PRF  `json:"relations"`
	Dates      DatesJSON       `json:"dates"`
	PerArticle []ArticleReport `json:"per_article,omitempty"`
}

// JSON returns the report's JSON form; details adds the per-article
// breakdown of articles with errors.
func (r *Report) JSON(details bool) JSON {
	j := JSON{Standard: r.standard(), Articles: r.Articles, Missing: r.Missing, Entities: map[string]PRF{}, Relations: map[string]PRF{}}
	if j.Missing == nil {
		j.Missing = []string{}
	}
	for t, c := range r.Entities {
		j.Entities[t] = prf(*c)
	}
	for t, c := range r.Relations {
		j.Relations[t] = prf(*c)
	}
	v := r.Dates.Value()
	j.Dates = DatesJSON{Accuracy: round(r.Dates.Accuracy()), PRF: prf(r.Dates.Counts), Correct: r.Dates.Correct,
		ValueP: round(v.P()), ValueR: round(v.R()), ValueF1: round(v.F1())}
	if details {
		for _, a := range r.PerArticle {
			if a.Missing || a.Errors() > 0 {
				j.PerArticle = append(j.PerArticle, a)
			}
		}
	}
	return j
}

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer, details bool) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r.JSON(details))
}

// WriteText writes the report as tables; details adds, per article with
// errors, what was missed (-), what was extra (+) and wrong date values (~).
func (r *Report) WriteText(w io.Writer, details bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "mediakg eval: %d gold articles, %s standard", r.Articles, r.standard())
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, ", %d without a document", len(r.Missing))
	}
	fmt.Fprintln(w)
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n", name, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	fmt.Fprintf(tw, "\nentity\tP\tR\tF1\tTP\tFP\tFN\t\n")
	for _, t := range EntityTypes {
		row(string(t), *r.Entities[string(t)])
	}
	fmt.Fprintf(tw, "\nrelation\tP\tR\tF1\tTP\tFP\tFN\t\n")
	for _, t := range r.relationOrder() {
		row(t, *r.Relations[t])
	}
	fmt.Fprintf(tw, "\ndates\tP\tR\tF1\tTP\tFP\tFN\t\n")
	if r.standard() == StandardMeasurement {
		row("values", r.Dates.Counts)
		if err := tw.Flush(); err != nil {
			return err
		}
	} else {
		row("expression", r.Dates.Counts)
		row("expression+value", r.Dates.Value())
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "date value accuracy: %.3f (%d of %d found expressions)\n", r.Dates.Accuracy(), r.Dates.Correct, r.Dates.TP)
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "\nno document for: %s\n", strings.Join(r.Missing, ", "))
	}
	if !details {
		return nil
	}
	for _, a := range r.PerArticle {
		if !a.Missing && a.Errors() == 0 {
			continue
		}
		fmt.Fprintf(w, "\n== %s", a.Key)
		if a.ID != "" {
			fmt.Fprintf(w, " (%s)", a.ID)
		}
		fmt.Fprintln(w)
		for _, it := range a.Misses {
			fmt.Fprintf(w, "  - %-16s %s\n", it.Kind, it.What)
		}
		for _, it := range a.FalsePositives {
			fmt.Fprintf(w, "  + %-16s %s\n", it.Kind, it.What)
		}
		for _, it := range a.WrongDates {
			fmt.Fprintf(w, "  ~ %-16s %s\n", it.Kind, it.What)
		}
	}
	return nil
}

// standard is the report's scoring standard.
func (r *Report) standard() string {
	if r.Standard == "" {
		return StandardProject
	}
	return r.Standard
}

// relationOrder is the RelationTypes the report counts, followed by any
// other type seen.
func (r *Report) relationOrder() []string {
	var out []string
	known := map[string]bool{}
	for _, t := range RelationTypes {
		known[t] = true
		if r.Relations[t] != nil {
			out = append(out, t)
		}
	}
	var extra []string
	for t := range r.Relations {
		if !known[t] {
			extra = append(extra, t)
		}
	}
	sortStrings(extra)
	return append(out, extra...)
}

// EntityCounts returns the counts of entity type t.
func (r *Report) EntityCounts(t document.EntityType) Counts {
	if c := r.Entities[string(t)]; c != nil {
		return *c
	}
	return Counts{}
}

// RelationCounts returns the counts of relation type t.
func (r *Report) RelationCounts(t string) Counts {
	if c := r.Relations[t]; c != nil {
		return *c
	}
	return Counts{}
}
