package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"regexp"
	"strconv"
)

// CorpusOptions shape the input corpus of `bench ingest`.
type CorpusOptions struct {
	// Articles is the number of records to write.
	Articles int
	// Repeat is the share of articles, from 0 to 1, that report the events
	// of an article written before them: wire copies and follow-ups. The
	// others are originals with events of their own.
	Repeat float64
	// Recent is how many of the latest originals a copy picks its original
	// from (copies follow their story within days, not years); 0 means 50.
	Recent int
	// Seed makes the corpus reproducible.
	Seed uint64
}

// CorpusStats say what WriteCorpus wrote.
type CorpusStats struct {
	Records   int `json:"records"`
	Originals int `json:"originals"`
	Copies    int `json:"copies"`
	Bytes     int `json:"bytes"`
}

// record is one page record of the JSONL input format, kept as raw fields
// so that fields the generator does not touch pass through unchanged.
type record map[string]json.RawMessage

// ReadRecords reads page records (the JSONL input format of `ingest`) from
// files; blank and undecodable lines are skipped.
func ReadRecords(paths []string) ([]record, error) {
	var out []record
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("bench corpus: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			var r record
			if json.Unmarshal(line, &r) != nil {
				continue
			}
			if !hasText(r) {
				continue
			}
			out = append(out, r)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("bench corpus %s: %w", p, err)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("bench corpus: no page records in the inputs")
	}
	return out, nil
}

func hasText(r record) bool {
	for _, k := range []string{"html", "text", "description"} {
		var s string
		if json.Unmarshal(r[k], &s) == nil && s != "" {
			return true
		}
	}
	return false
}

// reYear matches the years a page's dates are written with.
var reYear = regexp.MustCompile(`\b(19[5-9][0-9]|20[0-9][0-9])\b`)

// WriteCorpus writes opts.Articles page records made from base to w, one
// JSON object per line, the way a crawl of wire copies and follow-ups looks:
//
//   - an original is base record i mod len(base) with every year in its
//     page, title and date moved on by i / len(base) years, so that each
//     round over the base reports events of its own (its dates differ;
//     events of a numbered series keep their id, as they would);
//   - a copy (a share opts.Repeat of the records) repeats one of the
//     latest originals' page under its own address, with its own headline
//     (a page) or a closing sentence of its own (a text), as a wire copy
//     in another outlet or a follow-up does, so its events are the
//     original's and its content is its own.
//
// Every record gets its own url (https://bench.mediakg.invalid/...). An
// original page names its url as its canonical link, and its copies keep
// that link, as syndicated copies point to the original: copies share a
// canonical link with other content, so the loader writes them under their
// own address. The same options give the same bytes.
func WriteCorpus(w io.Writer, base []record, opts CorpusOptions) (CorpusStats, error) {
	var st CorpusStats
	if len(base) == 0 {
		return st, errors.New("bench corpus: no base records")
	}
	if opts.Repeat < 0 || opts.Repeat >= 1 {
		return st, fmt.Errorf("bench corpus: repeat share %v: want at least 0 and less than 1", opts.Repeat)
	}
	recent := opts.Recent
	if recent <= 0 {
		recent = 50
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5851f42d4c957f2d))
	bw := bufio.NewWriterSize(w, 1<<20)
	var originals []record // the latest originals, at most recent
	for i := 0; i < opts.Articles; i++ {
		var rec record
		if len(originals) > 0 && rng.Float64() < opts.Repeat {
			src := originals[rng.IntN(len(originals))]
			rec = copyOf(src, i)
			st.Copies++
		} else {
			o := st.Originals
			rec = withCanonical(shiftYears(base[o%len(base)], o/len(base)), recordURL(i))
			originals = append(originals, rec)
			if len(originals) > recent {
				originals = originals[1:]
			}
			st.Originals++
		}
		out := copyRecord(rec)
		setString(out, "url", recordURL(i))
		setString(out, "id", "bench-"+strconv.Itoa(i))
		b, err := json.Marshal(out)
		if err != nil {
			return st, fmt.Errorf("bench corpus: %w", err)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return st, fmt.Errorf("bench corpus: %w", err)
		}
		st.Records++
		st.Bytes += len(b)
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("bench corpus: %w", err)
	}
	return st, nil
}

// copyOf returns copy i of original r: a page gets its own headline (the
// record's title, which the reader takes as it is), a text a closing
// sentence of its own (a changed title would change where the reader
// finds the body).
func copyOf(r record, i int) record {
	out := copyRecord(r)
	if stringField(r, "html") != "" {
		setString(out, "title", stringField(r, "title")+fmt.Sprintf(" (copy %d)", i))
		return out
	}
	for _, k := range []string{"text", "description"} {
		if s := stringField(r, k); s != "" {
			setString(out, k, s+fmt.Sprintf("\n\nThis report was filed as copy number %d of the story by the desk that carried it.", i))
			return out
		}
	}
	return out
}

// recordURL is the address of record i.
func recordURL(i int) string {
	return fmt.Sprintf("https://bench.mediakg.invalid/%d/story-%d", i/1000, i)
}

// reHead finds the opening head tag of a page.
var reHead = regexp.MustCompile(`(?i)<head[^>]*>`)

// withCanonical returns r with a canonical link to u in its page's head
// (records of text are returned as they are).
func withCanonical(r record, u string) record {
	page := stringField(r, "html")
	if page == "" {
		return r
	}
	link := `<link rel="canonical" href="` + u + `">`
	if loc := reHead.FindStringIndex(page); loc != nil {
		page = page[:loc[1]] + link + page[loc[1]:]
	} else {
		page = link + page
	}
	out := copyRecord(r)
	setString(out, "html", page)
	return out
}

func copyRecord(r record) record {
	out := make(record, len(r))
	for k, v := range r {
		out[k] = v
	}
	return out
}

func stringField(r record, k string) string {
	var s string
	_ = json.Unmarshal(r[k], &s)
	return s
}

func setString(r record, k, v string) {
	b, _ := json.Marshal(v)
	r[k] = b
}

// shiftYears returns r with every year in its text fields moved on by n.
func shiftYears(r record, n int) record {
	if n == 0 {
		return r
	}
	out := copyRecord(r)
	for _, k := range []string{"html", "text", "description", "title", "date"} {
		if _, ok := r[k]; !ok {
			continue
		}
		s := stringField(r, k)
		s = reYear.ReplaceAllStringFunc(s, func(y string) string {
			v, _ := strconv.Atoi(y)
			return strconv.Itoa(v + n)
		})
		setString(out, k, s)
	}
	return out
}
