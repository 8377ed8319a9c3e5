package reader

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// MetaMiss is one wrong title or date in an EvalMeta run.
type MetaMiss struct {
	ID    string `json:"id"`
	Field string `json:"field"` // "title" or "date"
	Want  string `json:"want"`
	Got   string `json:"got"`
}

// MetaReport counts how often the reader finds a record's title and
// publication date on its own, without the record's title and date fields.
type MetaReport struct {
	Records     int        `json:"records"`
	Titles      int        `json:"titles"` // records with a gold title
	TitlesRight int        `json:"titles_right"`
	Dates       int        `json:"dates"` // records with a gold date
	DatesRight  int        `json:"dates_right"`
	DatesFound  int        `json:"dates_found"` // a date was given at all
	Misses      []MetaMiss `json:"misses,omitempty"`
	// Skipped counts gold values that the record's own text, page or URL
	// does not hold, so no reader could find them.
	SkippedTitles int `json:"skipped_titles,omitempty"`
	SkippedDates  int `json:"skipped_dates,omitempty"`
}

// TitleAccuracy is TitlesRight / Titles.
func (r MetaReport) TitleAccuracy() float64 { return ratio(r.TitlesRight, r.Titles) }

// DateAccuracy is DatesRight / Dates.
func (r MetaReport) DateAccuracy() float64 { return ratio(r.DatesRight, r.Dates) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String formats the report for a terminal.
func (r MetaReport) String() string {
	return fmt.Sprintf("records=%d title %d/%d (%.3f, %d not findable) date %d/%d (%.3f, %d not findable)",
		r.Records, r.TitlesRight, r.Titles, r.TitleAccuracy(), r.SkippedTitles, r.DatesRight, r.Dates, r.DateAccuracy(), r.SkippedDates)
}

// EvalMeta reads a JSONL file of records with gold title and date fields
// ({id, url, title, date, html or text}, as ../shared/corpus/dev/*.jsonl)
// and checks the title and date the reader finds in the html or text
// alone. A gold title is only counted when it can be found: it occurs in
// the record's text or page (the media_dev titles are the excerpt's first
// line when that is a headline). A date is right when the reader's date
// starts with the gold one (a gold "2019-11" accepts any day of that month).
func EvalMeta(path string) (MetaReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return MetaReport{}, fmt.Errorf("eval meta: %w", err)
	}
	defer f.Close()
	var rep MetaReport
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec jsonRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return rep, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		a, err := metaOf(rec)
		if err != nil {
			return rep, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		rep.Records++
		id := firstNonEmpty(string(rec.ID), fmt.Sprint(line))
		if gold := collapseSpace(string(rec.Title)); gold != "" {
			if !titleFindable(rec, gold) {
				rep.SkippedTitles++
			} else {
				rep.Titles++
				if sameText(a.Title, gold) {
					rep.TitlesRight++
				} else {
					rep.Misses = append(rep.Misses, MetaMiss{id, "title", gold, a.Title})
				}
			}
		}
		if gold := normalizeGoldDate(strings.TrimSpace(string(rec.Date))); gold != "" {
			if !dateFindable(rec, gold) {
				rep.SkippedDates++
				continue
			}
			rep.Dates++
			if a.Published != "" {
				rep.DatesFound++
			}
			if gold != "" && strings.HasPrefix(a.Published, gold) {
				rep.DatesRight++
			} else {
				rep.Misses = append(rep.Misses, MetaMiss{id, "date", gold, a.Published})
			}
		}
	}
	return rep, sc.Err()
}

// metaOf reads a record's html or text without its title and date fields.
func metaOf(rec jsonRecord) (a document.Article, err error) {
	switch {
	case strings.TrimSpace(string(rec.HTML)) != "":
		return parseHTMLText([]byte(rec.HTML), string(rec.URL), noBudget)
	default:
		a = parseText(string(rec.Text), "", string(rec.URL))
		if a.Published == "" {
			a.Published = urlDate(string(rec.URL))
		}
		finish(&a, string(rec.ID))
		return a, nil
	}
}

// normalizeGoldDate keeps the date part of a gold date ("2024-12-26
// 14:57:36" -> "2024-12-26", "2019-11" stays).
func normalizeGoldDate(s string) string {
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	if len(s) == 7 && s[4] == '-' {
		return s
	}
	return normalizeDate(s)
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.Join(wordTokens(strings.ToLower(s)), " "), strings.Join(wordTokens(strings.ToLower(sub)), " "))
}

// titleFindable reports whether the gold title is on the page: a line of
// the text that starts with it, or in the HTML.
func titleFindable(rec jsonRecord, gold string) bool {
	if rec.HTML != "" {
		return containsFold(string(rec.HTML), gold)
	}
	g := strings.Join(wordTokens(strings.ToLower(gold)), " ")
	text := string(rec.Text)
	if m := reDatePrefix.FindStringIndex(text); m != nil {
		text = text[m[1]:]
	}
	for _, line := range strings.Split(brToNewline(text), "\n") {
		if strings.HasPrefix(strings.Join(wordTokens(strings.ToLower(line)), " "), g) {
			return true
		}
	}
	return false
}

// dateFindable reports whether the gold date is written in the record's
// text or page, its date prefix or its URL.
func dateFindable(rec jsonRecord, gold string) bool {
	if strings.HasPrefix(urlDate(string(rec.URL)), gold) {
		return true
	}
	src := string(rec.Text) + string(rec.HTML)
	if m := reDatePrefix.FindStringSubmatch(src); m != nil && strings.HasPrefix(m[1], gold) {
		return true
	}
	for _, d := range allDates(src) {
		if strings.HasPrefix(d, gold) {
			return true
		}
	}
	return false
}
