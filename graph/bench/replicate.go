package bench

import (
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
)

// Replicate yields n documents made from base, round-robin: copy r of a
// document (r = 0, 1, ...) gets distinct article, event and series ids and
// day dates shifted by r*shiftDays days, so copies are new articles
// reporting new events (the same-event window never merges two copies),
// while countries, organizations, persons, places and topics stay shared
// as they would in a real corpus. Copies are made one at a time: the
// corpus is never held.
func Replicate(base []*document.Document, n, offset int, shiftDays int) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		if len(base) == 0 {
			return
		}
		for i := offset; i < offset+n; i++ {
			d := base[i%len(base)]
			r := i / len(base)
			if !yield(replica(d, r, shiftDays), nil) {
				return
			}
		}
	}
}

// replica returns copy r of d; copy 0 keeps d's ids.
func replica(d *document.Document, r, shiftDays int) *document.Document {
	if r == 0 {
		return d
	}
	suf := fmt.Sprintf("~r%d", r)
	ev := func(id string) string {
		if strings.HasPrefix(id, document.PrefixEvent+":") || strings.HasPrefix(id, document.PrefixSeries+":") {
			return id + suf
		}
		return id
	}
	c := &document.Document{Article: d.Article, Sentences: d.Sentences, Tokens: d.Tokens, Mentions: d.Mentions,
		Entities: d.Entities, Coverage: d.Coverage}
	c.Article.ID = d.Article.ID + suf
	if c.Article.URL != "" {
		c.Article.URL += "#r" + fmt.Sprint(r)
	}
	c.Article.ContentHash = d.Article.ContentHash + suf
	c.Article.Published = shift(d.Article.Published, r*shiftDays)
	c.Events = make([]document.Event, len(d.Events))
	for i, e := range d.Events {
		e.ID = ev(e.ID)
		if e.Series != "" {
			e.Series = ev(e.Series)
		}
		e.Date = shift(e.Date, r*shiftDays)
		e.EndDate = shift(e.EndDate, r*shiftDays)
		e.Participants = mapIDs(e.Participants, ev)
		e.Organizers = mapIDs(e.Organizers, ev)
		e.Location = ev(e.Location)
		c.Events[i] = e
	}
	c.Relations = make([]document.Relation, len(d.Relations))
	for i, rel := range d.Relations {
		rel.From, rel.To, rel.Event = ev(rel.From), ev(rel.To), ev(rel.Event)
		c.Relations[i] = rel
	}
	if len(d.Entities) > 0 {
		c.Entities = make([]document.Entity, len(d.Entities))
		for i, e := range d.Entities {
			e.ID = ev(e.ID)
			c.Entities[i] = e
		}
	}
	return c
}

func mapIDs(ids []string, f func(string) string) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = f(id)
	}
	return out
}

// shift moves an ISO day date (or the date part of a date-time) by days;
// other values are returned unchanged.
func shift(s string, days int) string {
	if len(s) < 10 || days == 0 {
		return s
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, days).Format("2006-01-02") + s[10:]
}
