package reader

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/limit"
)

// Options controls Items.
type Options struct {
	// MaxFileBytes rejects larger HTML or text files (JSONL files are
	// streamed and have no size limit). Zero means 64 MiB.
	MaxFileBytes int64
	// MaxLineBytes rejects longer JSONL lines. Zero means 64 MiB.
	MaxLineBytes int
	// Extensions selects the files read from directories (with the dot,
	// any case). Nil means DefaultExtensions.
	Extensions []string
	// Workers is the number of goroutines that parse; Items still yields
	// in input order. Zero or one parses on the caller's goroutine.
	Workers int
	// MaxBodyBytes skips an article whose extracted body is longer (the
	// pipeline's cost grows faster than the body). Zero means no limit.
	MaxBodyBytes int
	// MaxDOMNodes skips an HTML page with more nodes (elements and text).
	// Zero means no limit.
	MaxDOMNodes int
	// MaxDocTime skips a document whose reading takes longer; the parse
	// and the DOM walk check the deadline as they go. Zero means no limit.
	MaxDocTime time.Duration
	// Stdin is read for the input StdinPath ("-"): see Items. Nil makes
	// that input an error.
	Stdin io.Reader
	// SourceSalt, when not empty, makes the reader give every article a
	// SourceHash: the SHA-256 of the salt and of the input's bytes. Give
	// it the program's version, so that a new reader reads everything
	// again.
	SourceSalt string
	// Known, when set (with SourceSalt), is asked which inputs are already
	// loaded, by their source hashes, a batch at a time, before they are
	// parsed: those are neither parsed nor yielded. It returns one answer
	// per hash; the caller counts what it skips.
	Known func(ctx context.Context, hashes []string) []bool
}

// StdinPath is the input that names standard input (Options.Stdin), and
// StdinOrigin how its documents are named in origins and messages:
// "stdin", or "stdin:N" for the Nth line of JSON Lines.
const (
	StdinPath   = "-"
	StdinOrigin = "stdin"
)

// knownBatch and knownBytes bound the inputs Items holds while it asks
// Options.Known about them.
const (
	knownBatch = 256
	knownBytes = 16 << 20
)

// DefaultExtensions are the file types read from directories.
var DefaultExtensions = []string{".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".jsonl", ".ndjson", ".json", ".warc", ".warc.gz"}

const (
	defaultMaxFile = 64 << 20
	defaultMaxLine = 64 << 20
)

// jsonRecord is one JSONL line: {url, title, date, html or text}; id and
// description are used, gold_text and other fields are ignored.
type jsonRecord struct {
	ID          flexString `json:"id"`
	URL         noneString `json:"url"`
	Title       noneString `json:"title"`
	Date        flexString `json:"date"`
	HTML        string     `json:"html"`
	Text        string     `json:"text"`
	Description string     `json:"description"`
	Source      noneString `json:"source"`
}

// noneString is a JSON string or null; the text "None" (Python's null as
// some dumps write it) reads as empty.
type noneString string

func (n *noneString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" || string(b) == `"None"` {
		*n = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*n = noneString(s)
	return nil
}

// flexString accepts a JSON string, number or null.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || string(b) == "null":
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s == "None" || s == "null" {
			s = "" // Python's None written as text by some dumps
		}
		*f = flexString(s)
	case b[0] == '-' || (b[0] >= '0' && b[0] <= '9'):
		*f = flexString(b)
	default:
		return fmt.Errorf("want a string, got %.20s", b)
	}
	return nil
}

// job is one input to parse: a whole file or one JSONL line.
type job struct {
	seq    int
	origin string // path or path:line
	idKey  string
	// sourceHash is the hash of raw (Options.SourceSalt)
	sourceHash string
	kind       int // jobHTML, jobText, jobRecord, jobWeb, jobError
	raw        []byte
	err        error
	// a page that came with its address (jobWeb: a WARC record)
	url, contentType, captured string
}

const (
	jobHTML = iota
	jobText
	jobRecord
	jobWeb
	jobError
)

// Items streams articles from files, directories (recursively, by
// extension, in sorted order) and JSONL files, in input order, without
// holding the corpus in memory. Each pair is either (article, nil) or (a
// zero Article with Origin set, an error naming the input — "path" or
// "path:line" — and the reason); reading goes on after an error.
//
// The input "-" is opts.Stdin, whose kind is sniffed from its first bytes:
// JSON Lines (a first line that is a whole JSON object) streamed line by
// line, a JSON array or one JSON object, an HTML page, or else plain text;
// a page or text is held whole, within opts.MaxFileBytes. Articles from
// standard input without a URL or record id get an id from their content,
// not from a name. It is safe
// to call from several goroutines; with opts.Workers > 1 it parses on that
// many goroutines and still yields in input order.
func Items(ctx context.Context, paths []string, opts Options) iter.Seq2[document.Article, error] {
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = defaultMaxFile
	}
	if opts.MaxLineBytes <= 0 {
		opts.MaxLineBytes = defaultMaxLine
	}
	if opts.Extensions == nil {
		opts.Extensions = DefaultExtensions
	}
	return func(yield func(document.Article, error) bool) {
		if opts.Workers <= 1 {
			stopped := false
			produceNew(ctx, paths, opts, func(j job) bool {
				a, err := j.run(ctx, opts)
				stopped = !yield(a, err)
				return !stopped
			})
			if err := ctx.Err(); err != nil && !stopped {
				yield(document.Article{}, fmt.Errorf("read cancelled: %w", err))
			}
			return
		}
		itemsParallel(ctx, paths, opts, yield)
	}
}

type result struct {
	seq int
	a   document.Article
	err error
}

// itemsParallel parses on opts.Workers goroutines. At most 4 × Workers
// inputs are in flight, so memory stays flat however long the input.
func itemsParallel(parent context.Context, paths []string, opts Options, yield func(document.Article, error) bool) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	w := opts.Workers
	tokens := make(chan struct{}, 4*w)
	jobs := make(chan job, w)
	results := make(chan result, 4*w)
	go func() {
		defer close(jobs)
		produceNew(ctx, paths, opts, func(j job) bool {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				a, err := j.run(ctx, opts)
				select {
				case results <- result{j.seq, a, err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]result{}
	next := 0
	stopped := false
	for r := range results {
		if stopped {
			continue // draining so the goroutines can end
		}
		pending[r.seq] = r
		for {
			x, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if !yield(x.a, x.err) {
				stopped = true
				cancel()
				break
			}
		}
	}
	if !stopped && parent.Err() != nil {
		yield(document.Article{}, fmt.Errorf("read cancelled: %w", parent.Err()))
	}
}

// produceNew is produce without the inputs that opts.Known says are
// loaded already; jobs are numbered again in the order they are emitted.
// Each job carries its source hash when opts.SourceSalt is set.
func produceNew(ctx context.Context, paths []string, opts Options, emit func(job) bool) {
	if opts.SourceSalt == "" {
		produce(ctx, paths, opts, emit)
		return
	}
	seq := 0
	var buf []job
	size := 0
	flush := func() bool {
		var hashes []string
		var at []int
		for i := range buf {
			if buf[i].kind != jobError {
				hashes = append(hashes, buf[i].sourceHash)
				at = append(at, i)
			}
		}
		var known []bool
		if opts.Known != nil && len(hashes) > 0 {
			known = opts.Known(ctx, hashes)
		}
		skip := make(map[int]bool, len(at))
		for k, i := range at {
			if k < len(known) && known[k] {
				skip[i] = true
			}
		}
		for i, j := range buf {
			if skip[i] {
				continue
			}
			j.seq = seq
			seq++
			if !emit(j) {
				return false
			}
		}
		buf, size = buf[:0], 0
		return true
	}
	produce(ctx, paths, opts, func(j job) bool {
		if j.kind != jobError {
			j.sourceHash = sourceHash(opts.SourceSalt, j.raw)
		}
		if opts.Known == nil {
			j.seq = seq
			seq++
			return emit(j)
		}
		buf = append(buf, j)
		size += len(j.raw)
		if len(buf) >= knownBatch || size >= knownBytes {
			return flush()
		}
		return true
	})
	if ctx.Err() == nil {
		flush()
	}
}

// sourceHash returns the hex SHA-256 of salt and raw.
func sourceHash(salt string, raw []byte) string {
	h := sha256.New()
	h.Write([]byte(salt))
	h.Write([]byte{0})
	h.Write(raw)
	return hex.EncodeToString(h.Sum(nil))
}

// produce walks the inputs and hands each job to emit, in order, until
// emit returns false or ctx ends.
func produce(ctx context.Context, paths []string, opts Options, emit func(job) bool) {
	seq := 0
	send := func(j job) bool {
		if ctx.Err() != nil {
			return false
		}
		j.seq = seq
		seq++
		return emit(j)
	}
	for _, p := range paths {
		if p == StdinPath {
			if !produceStdin(ctx, opts, send) {
				return
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if !send(errJob(p, err)) {
				return
			}
			continue
		}
		if !st.IsDir() {
			if !produceFile(ctx, p, st.Size(), opts, send) {
				return
			}
			continue
		}
		files, err := listDir(p, opts.Extensions)
		if err != nil && !send(errJob(p, err)) {
			return
		}
		if err == nil && len(files) == 0 && !send(errJob(p, ErrNoArticles)) {
			return
		}
		for _, f := range files {
			if !produceFile(ctx, f.path, f.size, opts, send) {
				return
			}
		}
	}
}

type fileEntry struct {
	path string
	size int64
}

// listDir lists the files under dir with one of exts, sorted by path.
func listDir(dir string, exts []string) ([]fileEntry, error) {
	var out []fileEntry
	var firstErr error
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return nil
		}
		if d.IsDir() || !hasExt(path, exts) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		out = append(out, fileEntry{path, info.Size()})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if err == nil {
		err = firstErr
	}
	return out, err
}

// hasExt reports a path that ends in one of exts (any case; ".warc.gz"
// is an extension too).
func hasExt(path string, exts []string) bool {
	p := strings.ToLower(path)
	for _, x := range exts {
		if x != "" && strings.HasSuffix(p, strings.ToLower(x)) {
			return true
		}
	}
	return false
}

func isJSONL(path string) bool {
	e := strings.ToLower(filepath.Ext(path))
	return e == ".jsonl" || e == ".ndjson"
}

func errJob(origin string, cause error) job {
	return job{origin: origin, kind: jobError, err: &InputError{Origin: origin, Err: cause}}
}

// InputError is an input that could not be read: its message is one line,
// "origin: reason", and it unwraps to the cause (fs.ErrNotExist, ErrEmpty,
// ErrBinary, a *json.SyntaxError, ...).
type InputError struct {
	Origin string // path or path:line
	Err    error
}

func (e *InputError) Error() string { return e.Origin + ": " + reason(e.Err) }

func (e *InputError) Unwrap() error { return e.Err }

// reason gives the short cause of an error, without the path that the
// message names already.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

func produceFile(ctx context.Context, path string, size int64, opts Options, send func(job) bool) bool {
	if isJSONL(path) {
		return produceJSONL(ctx, path, opts, send)
	}
	if isWARC(path) {
		return produceWARC(ctx, path, opts, send)
	}
	if size > opts.MaxFileBytes {
		return send(errJob(path, limit.Bytes("input.max_file_bytes", "file", size, opts.MaxFileBytes)))
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return send(errJob(path, err))
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return produceJSON(ctx, path, baseName(path), raw, opts, send)
	}
	kind := jobText
	if looksHTML(path, raw) {
		kind = jobHTML
	}
	return send(job{origin: path, idKey: baseName(path), kind: kind, raw: raw})
}

// looksHTML decides between HTML and plain text by extension, then by the
// first bytes.
func looksHTML(path string, raw []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<head"))
}

// produceJSONL streams a JSONL file line by line.
func produceJSONL(ctx context.Context, path string, opts Options, send func(job) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return send(errJob(path, err))
	}
	defer f.Close()
	return produceLines(ctx, bufio.NewReaderSize(f, 1<<20), path, baseName(path), 1, opts, send)
}

// produceLines sends the records of JSON Lines read from r, the first
// being line number first; origins are "name:LINE", fallback ids
// "base:LINE" (none when base is "").
func produceLines(ctx context.Context, r *bufio.Reader, name, base string, first int, opts Options, send func(job) bool) bool {
	for line := first; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		b, tooLong, err := readLine(r, opts.MaxLineBytes)
		origin := fmt.Sprintf("%s:%d", name, line)
		if tooLong {
			if !send(errJob(origin, &limit.Error{Name: "input.max_line_bytes", Value: fmt.Sprint(opts.MaxLineBytes), Reason: "line too long"})) {
				return false
			}
		} else if len(bytes.TrimSpace(b)) > 0 {
			raw := make([]byte, len(b))
			copy(raw, b)
			if !send(job{origin: origin, idKey: lineKey(base, line), kind: jobRecord, raw: raw}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return send(errJob(origin, err))
		}
	}
}

func lineKey(base string, line int) string {
	if base == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d", base, line)
}

// produceJSON reads a .json file: an array of records (origin
// "path:INDEX", from 1), a single record, or records one per line. base
// gives the fallback ids ("" for none).
func produceJSON(ctx context.Context, path, base string, raw []byte, opts Options, send func(job) bool) bool {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF}))
	switch {
	case len(trimmed) == 0:
		return send(errJob(path, ErrEmpty))
	case trimmed[0] == '[':
		var recs []json.RawMessage
		if err := json.Unmarshal(trimmed, &recs); err != nil {
			return send(errJob(path, invalidJSON{err}))
		}
		for i, r := range recs {
			origin := fmt.Sprintf("%s:%d", path, i+1)
			if !send(job{origin: origin, idKey: lineKey(base, i+1), kind: jobRecord, raw: r}) {
				return false
			}
		}
		return true
	case trimmed[0] == '{' && json.Valid(trimmed):
		return send(job{origin: path, idKey: base, kind: jobRecord, raw: trimmed})
	}
	return produceLines(ctx, bufio.NewReader(bytes.NewReader(raw)), path, base, 1, opts, send)
}

// produceStdin reads opts.Stdin, its kind sniffed (see Items): JSON Lines
// are streamed, anything else is read whole within opts.MaxFileBytes.
// Nothing from standard input has a fallback id: an article without URL
// or record id is named by its content.
func produceStdin(ctx context.Context, opts Options, send func(job) bool) bool {
	if opts.Stdin == nil {
		return send(errJob(StdinOrigin, errors.New("standard input is not available here")))
	}
	r := bufio.NewReaderSize(opts.Stdin, 1<<20)
	head, _ := r.Peek(512)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	var first []byte
	if len(head) > 0 && head[0] == '{' {
		// A first line that is a whole object starts JSON Lines.
		b, tooLong, err := readLine(r, opts.MaxLineBytes)
		if !tooLong && json.Valid(bytes.TrimSpace(bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}))) {
			raw := append([]byte(nil), bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})...)
			if !send(job{origin: StdinOrigin + ":1", kind: jobRecord, raw: raw}) {
				return false
			}
			if err != nil {
				return err == io.EOF || send(errJob(StdinOrigin+":1", err))
			}
			return produceLines(ctx, r, StdinOrigin, "", 2, opts, send)
		}
		if tooLong {
			return send(errJob(StdinOrigin+":1", &limit.Error{Name: "input.max_line_bytes", Value: fmt.Sprint(opts.MaxLineBytes), Reason: "line too long"}))
		}
		first = append(append([]byte(nil), b...), '\n')
		if err == io.EOF {
			r = bufio.NewReader(bytes.NewReader(nil))
		}
	}
	rest, err := io.ReadAll(io.LimitReader(r, opts.MaxFileBytes+1-int64(len(first))))
	if err != nil {
		return send(errJob(StdinOrigin, err))
	}
	raw := append(first, rest...)
	if int64(len(raw)) > opts.MaxFileBytes {
		return send(errJob(StdinOrigin, &limit.Error{Name: "input.max_file_bytes", Value: fmt.Sprint(opts.MaxFileBytes),
			Reason: fmt.Sprintf("standard input larger than %d bytes", opts.MaxFileBytes)}))
	}
	if t := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})); len(t) > 0 && (t[0] == '[' || t[0] == '{') {
		return produceJSON(ctx, StdinOrigin, "", raw, opts, send)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return send(errJob(StdinOrigin, ErrEmpty))
	}
	kind := jobText
	if looksHTML("", raw) {
		kind = jobHTML
	}
	return send(job{origin: StdinOrigin, kind: kind, raw: raw})
}

// readLine reads one line without its newline. A line longer than max is
// skipped to its end and reported as too long, unless it holds only white
// space: a blank line of any length holds no record and is no error.
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	blank := true
	for {
		chunk, err := r.ReadSlice('\n')
		blank = blank && len(bytes.TrimSpace(chunk)) == 0
		if !tooLong {
			if len(buf)+len(chunk) > max+1 {
				tooLong = true
				buf = nil
			} else if err == bufio.ErrBufferFull || buf != nil {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, !blank, err
		}
		if buf == nil {
			buf = chunk
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

// run parses one job within the limits of opts: a document over one is an
// *InputError that unwraps to a *limit.Error; an HTML or text input without
// an article body is one that unwraps to ErrNoBody.
func (j job) run(parent context.Context, opts Options) (document.Article, error) {
	if j.kind == jobError {
		return document.Article{Origin: j.origin}, j.err
	}
	a, err := withinLimits(parent, opts, j.parse)
	if err != nil {
		return document.Article{Origin: j.origin}, &InputError{j.origin, err}
	}
	a.SourceHash = j.sourceHash
	return a, nil
}

// withinLimits runs parse with a budget of opts (deadline, DOM nodes) and
// checks the body it read (present, not over MaxBodyBytes). A deadline
// passed becomes the *limit.Error of input.max_doc_time.
func withinLimits(parent context.Context, opts Options, parse func(budget) (document.Article, error)) (document.Article, error) {
	ctx, cancel := limit.WithTime(parent, opts.MaxDocTime)
	defer cancel()
	a, err := parse(budget{ctx: ctx, maxNodes: opts.MaxDOMNodes})
	if err == nil {
		err = checkBody(a, opts.MaxBodyBytes)
	}
	if err != nil {
		if ctx.Err() != nil {
			err = limit.Over(ctx, parent, opts.MaxDocTime)
		}
		return document.Article{}, err
	}
	return a, nil
}

// checkBody rejects an article without a body, or with a body longer than
// max bytes (0 = no limit).
func checkBody(a document.Article, max int) error {
	if strings.TrimSpace(a.Body) == "" {
		return ErrNoBody
	}
	if max > 0 && len(a.Body) > max {
		return limit.Bytes("input.max_body_bytes", "article body", int64(len(a.Body)), int64(max))
	}
	return nil
}

// ErrNoBody says a page was read but holds no article text (only scripts
// and styles, only navigation, or nothing the reader takes for a body).
var ErrNoBody = errors.New("no article body found")

// ErrNoArticles says a directory holds no file the reader reads.
var ErrNoArticles = errors.New("no readable articles (no file with a readable extension)")

// parse reads one HTML, text or record job; errors are not yet wrapped.
func (j job) parse(b budget) (document.Article, error) {
	switch j.kind {
	case jobHTML:
		a, err := parseHTML(j.raw, "", b)
		if err != nil {
			return a, err
		}
		a.Origin = j.origin
		a.URL = FileURL(j.origin)
		if a.CanonicalURL == "" {
			finish(&a, j.idKey) // the id comes from the file name
		}
		return a, nil
	case jobText:
		d, err := decodeText(j.raw)
		if err != nil {
			return document.Article{}, err
		}
		if err := b.ctx.Err(); err != nil {
			return document.Article{}, err
		}
		a := parseText(string(d.text), "", "")
		if d.warning != "" {
			a.Warnings = append(a.Warnings, d.warning)
		}
		a.URL = FileURL(j.origin)
		finish(&a, j.idKey)
		a.Origin = j.origin
		return a, nil
	case jobRecord:
		return j.runRecord(b)
	case jobWeb:
		return j.parseWebJob(b)
	}
	return document.Article{}, errors.New("unknown input kind")
}

func (j job) runRecord(b budget) (document.Article, error) {
	var rec jsonRecord
	if err := json.Unmarshal(j.raw, &rec); err != nil {
		return document.Article{}, invalidJSON{err}
	}
	var a document.Article
	var repaired int
	switch {
	case strings.TrimSpace(string(rec.HTML)) != "":
		var err error
		var page []byte
		page, repaired = repairMojibake([]byte(rec.HTML))
		a, err = parseHTMLTextDated(page, string(rec.URL), b, normalizeDate(string(rec.Date)) != "")
		if err != nil {
			return document.Article{}, err
		}
	case strings.TrimSpace(string(rec.Text)) != "":
		var text []byte
		text, repaired = repairMojibake([]byte(rec.Text))
		a = parseTextDated(string(text), collapseSpace(string(rec.Title)), string(rec.URL), normalizeDate(string(rec.Date)) != "")
	case strings.TrimSpace(string(rec.Description)) != "":
		a = parseTextDated(string(rec.Description), collapseSpace(string(rec.Title)), string(rec.URL), normalizeDate(string(rec.Date)) != "")
	default:
		return document.Article{}, ErrNoContent
	}
	if repaired > 0 {
		a.Warnings = append(a.Warnings, fmt.Sprintf("repaired %d run(s) of utf-8 text that had been decoded as latin-1", repaired))
	}
	if a.URL == "" {
		a.URL = strings.TrimSpace(string(rec.URL))
	}
	if t := collapseSpace(string(rec.Title)); t != "" {
		a.Title = t
	}
	if d := normalizeDate(string(rec.Date)); d != "" {
		a.Published = d
	}
	if a.Publisher == "" {
		if o, ok := knownOutlets().byHost(hostOf(firstNonEmpty(a.CanonicalURL, a.URL))); ok {
			setPublisher(&a, o)
		} else if o, ok := knownOutlets().byName(string(rec.Source)); ok {
			setPublisher(&a, o)
		}
	}
	key := j.idKey
	if id := strings.TrimSpace(string(rec.ID)); id != "" {
		key = id
	}
	a.ID, a.ContentHash, a.Dateline, a.Paragraphs = "", "", nil, nil
	finish(&a, key)
	a.Origin = j.origin
	return a, nil
}

// ErrNoContent says a record has neither html nor text.
var ErrNoContent = errors.New("no html or text")

// invalidJSON is a JSON error said in one line with its byte offset.
type invalidJSON struct{ err error }

func (e invalidJSON) Error() string { return "invalid JSON: " + jsonReason(e.err) }

func (e invalidJSON) Unwrap() error { return e.err }

// jsonReason shortens a JSON error to its cause.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	return err.Error()
}
