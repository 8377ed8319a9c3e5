package reader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/limit"
)

// WARC files (ISO 28500; web archives and crawls such as Common Crawl's
// news crawl) are read record by record with github.com/nlnwa/gowarc: a
// response record whose HTTP status is 2xx and whose payload is HTML,
// XHTML or plain text becomes one page, read like a page fetched over HTTP
// (the Content-Type header's charset honoured); a conversion record (text
// a crawler derived from a page, as WET files hold) or a resource record
// of those types is read the same way. Other records (requests, metadata,
// revisits, images, redirects) are passed over. A record that cannot be
// read is one error naming the file and the record's byte offset; the
// next record is read.

// isWARC reports a WARC file by its name: .warc or .warc.gz.
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// warcOrigin names a record: the file and the record's byte offset in it
// (of the gzip member, for .warc.gz).
func warcOrigin(path string, offset int64) string {
	return fmt.Sprintf("%s@%d", path, offset)
}

// warcTextTypes are the payload media types read; the others are passed
// over without an error (a crawl holds images, scripts and style sheets).
var warcTextTypes = map[string]bool{"text/html": true, "application/xhtml+xml": true, "text/plain": true}

// produceWARC streams the records of a WARC file as jobs. The records are
// read in order on the producer's goroutine; at most the jobs in flight
// are held, so memory stays flat on a file of any size.
func produceWARC(ctx context.Context, path string, opts Options, send func(job) bool) bool {
	wf, err := gowarc.NewWarcFileReader(path, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(4<<20))
	if err != nil {
		return send(errJob(path, err))
	}
	defer wf.Close()
	pages, failed := 0, 0
	for {
		if ctx.Err() != nil {
			return false
		}
		rec, err := wf.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			break
		}
		broken := false
		for _, v := range rec.Validation {
			msg := v.Error()
			switch {
			case strings.Contains(msg, "after expected offset"):
				// Bytes that are not a record were skipped to reach this one.
				failed++
				if !send(errJob(warcOrigin(path, rec.Offset), fmt.Errorf("not a WARC record: %v", v))) {
					rec.Close()
					return false
				}
			case !broken && err == nil && (strings.Contains(msg, "end of record marker") || strings.Contains(msg, "missing required field")):
				// A record cut short (the file ends inside it) or without
				// the fields every record has.
				broken = true
				err = fmt.Errorf("truncated or malformed: %v", v)
			}
		}
		if err != nil {
			rec.Close()
			failed++
			if !send(errJob(warcOrigin(path, rec.Offset), fmt.Errorf("bad WARC record: %w", err))) {
				return false
			}
			if rec.Size <= 0 || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gowarc.ErrNoRecord) {
				break // the reader cannot get past this point of the file
			}
			continue
		}
		j, ok, err := warcJob(rec, path, opts)
		rec.Close()
		if err != nil {
			failed++
			if !send(errJob(warcOrigin(path, rec.Offset), err)) {
				return false
			}
			continue
		}
		if !ok {
			continue
		}
		pages++
		if !send(j) {
			return false
		}
	}
	if pages == 0 && failed == 0 {
		return send(errJob(path, ErrNoWARCPages))
	}
	return true
}

// ErrNoWARCPages says a WARC file holds no record with a page to read.
var ErrNoWARCPages = errors.New("no HTML or text page in the WARC file")

// warcJob turns one record into a job, or reports ok=false for a record
// that holds no page to read.
func warcJob(rec gowarc.Record, path string, opts Options) (j job, ok bool, err error) {
	r := rec.WarcRecord
	h := r.WarcHeader()
	origin := warcOrigin(path, rec.Offset)
	target := strings.TrimSpace(strings.Trim(h.Get(gowarc.WarcTargetURI), "<>"))
	var captured string
	if t, err := h.GetTime(gowarc.WarcDate); err == nil {
		captured = t.UTC().Format(time.RFC3339)
	}
	if n, err := h.GetInt64(gowarc.ContentLength); err == nil && n > opts.MaxFileBytes {
		return job{}, false, limit.Bytes("input.max_file_bytes", "WARC record", n, opts.MaxFileBytes)
	}
	var payload io.Reader
	var ctype string
	var header http.Header
	switch r.Type() {
	case gowarc.Response:
		blk, isHTTP := r.Block().(gowarc.HttpResponseBlock)
		if !isHTTP {
			return job{}, false, nil // a response of another protocol (dns:, ftp:)
		}
		if code := blk.HttpStatusCode(); code < 200 || code > 299 {
			return job{}, false, nil // redirects, errors: no page
		}
		header = blk.HttpHeader().Clone()
		ctype = header.Get("Content-Type")
		// The parsed header drops Transfer-Encoding; the raw one keeps it.
		if bytes.Contains(bytes.ToLower(blk.ProtocolHeaderBytes()), []byte("transfer-encoding: chunked")) {
			header.Set("Transfer-Encoding", "chunked")
		}
		if !warcTextType(ctype) {
			return job{}, false, nil
		}
		payload, err = blk.PayloadBytes()
	case gowarc.Resource, gowarc.Conversion:
		ctype = h.Get(gowarc.ContentType)
		if !warcTextType(ctype) {
			return job{}, false, nil
		}
		if err = r.Block().Cache(); err == nil {
			payload, err = r.Block().RawBytes()
		}
	default:
		return job{}, false, nil
	}
	if err != nil {
		return job{}, false, fmt.Errorf("bad WARC record: %w", err)
	}
	payload, err = decodeTransfer(payload, header)
	if err != nil {
		return job{}, false, fmt.Errorf("bad WARC record payload: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(payload, opts.MaxFileBytes+1))
	if err != nil {
		return job{}, false, fmt.Errorf("bad WARC record payload: %w", err)
	}
	if int64(len(raw)) > opts.MaxFileBytes {
		return job{}, false, limit.Bytes("input.max_file_bytes", "WARC record payload", int64(len(raw)), opts.MaxFileBytes)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return job{}, false, ErrEmpty
	}
	return job{origin: origin, idKey: target, kind: jobWeb, raw: raw, url: target, contentType: ctype, captured: captured}, true, nil
}

// warcTextType reports a Content-Type the reader reads ("" too: the bytes
// decide, as for files).
func warcTextType(ctype string) bool {
	if strings.TrimSpace(ctype) == "" {
		return true
	}
	media, _, err := mime.ParseMediaType(ctype)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		return false
	}
	return warcTextTypes[media]
}

// decodeTransfer undoes what the server did to the payload on the wire when
// the crawler kept it as sent: chunked transfer coding, gzip or deflate
// content coding. Crawlers that store decoded payloads keep the header
// but not the coding; the bytes are checked before decoding.
func decodeTransfer(r io.Reader, h http.Header) (io.Reader, error) {
	if h == nil {
		return r, nil
	}
	br := bufio.NewReader(r)
	r = br
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") && looksChunked(br) {
		r = bufio.NewReader(httputil.NewChunkedReader(br))
	}
	if enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc == "gzip" || enc == "x-gzip" {
		b := r.(*bufio.Reader)
		if magic, _ := b.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			return gzip.NewReader(b)
		}
	}
	return r, nil
}

// looksChunked reports a body that starts with a chunk size line.
func looksChunked(br *bufio.Reader) bool {
	head, _ := br.Peek(18)
	i := bytes.IndexByte(head, '\n')
	if i <= 0 {
		return false
	}
	line := bytes.TrimRight(head[:i], "\r")
	if k := bytes.IndexByte(line, ';'); k >= 0 {
		line = line[:k]
	}
	if len(line) == 0 {
		return false
	}
	for _, c := range line {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// parseWebJob reads a page that came with its address, Content-Type and
// the time it was captured (a WARC record): as a page fetched over HTTP;
// when the page states no publication date, the capture date is taken as
// the article's date, so that relative dates ("on Monday") resolve against
// the day the page was read, and a warning says so.
func (j job) parseWebJob(b budget) (document.Article, error) {
	a, err := parseWebPage(j.raw, j.url, j.contentType, b)
	if err != nil {
		return a, err
	}
	a.Origin = j.origin
	if a.Published == "" && len(j.captured) >= 10 {
		a.Published = j.captured[:10]
		a.Warnings = append(a.Warnings, "no publication date on the page: the capture date "+a.Published+" is the article's date")
		a.ID, a.ContentHash, a.Dateline, a.Paragraphs = "", "", nil, nil
		finish(&a, j.idKey)
	}
	return a, nil
}
