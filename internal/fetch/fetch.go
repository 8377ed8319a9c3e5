// Package fetch downloads news pages over HTTP or HTTPS for the reader,
// within limits: http and https only (redirect targets included), connect,
// header and total timeouts, a byte cap on the decoded body, a bounded number
// of redirects, 2xx statuses only, text media types only, and a per-host
// limit on concurrent fetches with an optional delay between them. It knows
// nothing of HTML: a Page is the final URL, the Content-Type header and the
// body bytes, which nlp/reader turns into an article.
//
// Files:
//   - fetch.go: Options, Fetcher, Get, Page, the error kinds
//   - hosts.go: the per-host gate (concurrency and politeness delay)
//   - all.go:   All, many URLs fetched at once and yielded in input order
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Options are a Fetcher's limits. A zero field takes the default named in
// its comment.
type Options struct {
	// Timeout bounds a whole fetch: connecting, redirects, headers and the
	// body. Default 30s.
	Timeout time.Duration
	// ConnectTimeout bounds the TCP connect and TLS handshake. Default 10s.
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers once a request is
	// sent. Default 15s.
	HeaderTimeout time.Duration
	// MaxBytes is the largest body accepted, counted after gzip decoding.
	// Default 16 MiB.
	MaxBytes int64
	// MaxRedirects is the number of redirects followed; 0 follows none.
	// Negative means the default, 5.
	MaxRedirects int
	// UserAgent is sent with every request. Default DefaultUserAgent.
	UserAgent string
	// PerHost is the number of fetches to one host at once. Default 2.
	PerHost int
	// HostDelay is the least time between the starts of two fetches to one
	// host. Default 0.
	HostDelay time.Duration
	// Workers is the number of URLs All fetches at once. Default 4.
	Workers int
}

// DefaultUserAgent names mediakg to the servers it reads.
const DefaultUserAgent = "mediakg (news article reader)"

// Defaults used for zero Options fields.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultHeaderTimeout  = 15 * time.Second
	DefaultMaxBytes       = 16 << 20
	DefaultMaxRedirects   = 5
	DefaultPerHost        = 2
	DefaultWorkers        = 4
)

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.HeaderTimeout <= 0 {
		o.HeaderTimeout = DefaultHeaderTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects < 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.Workers <= 0 {
		o.Workers = DefaultWorkers
	}
	return o
}

// The kinds of failure, for errors.Is. Every error Get returns is an *Error
// that names the URL and unwraps to one of these (or, for a failure below
// HTTP such as a refused connection, to the network error).
var (
	ErrScheme      = errors.New("unsupported URL scheme")
	ErrRedirects   = errors.New("too many redirects")
	ErrTimeout     = errors.New("timed out")
	ErrTooLarge    = errors.New("response too large")
	ErrStatus      = errors.New("HTTP error status")
	ErrContentType = errors.New("not a text page")
)

// Error is a failed fetch: URL is the address as given, Reason says why in a
// few words, Kind is one of the Err values above (nil for network errors)
// and Err the underlying error, if any.
type Error struct {
	URL    string
	Reason string
	Kind   error
	Err    error
	// Status is the HTTP status for ErrStatus, else 0.
	Status int
}

func (e *Error) Error() string { return e.URL + ": " + e.Reason }

// Unwrap gives both the kind and the cause to errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	var out []error
	for _, err := range []error{e.Kind, e.Err} {
		if err != nil {
			out = append(out, err)
		}
	}
	return out
}

// Page is a fetched page.
type Page struct {
	// Requested is the URL as given; URL is where the page was found after
	// redirects.
	Requested, URL string
	// ContentType is the response's Content-Type header as sent (possibly
	// "" when the type was sniffed); MediaType and Charset are parsed from it.
	ContentType, MediaType, Charset string
	Body                            []byte
	// Redirects is the number of redirects followed.
	Redirects int
}

// Fetcher gets pages within its Options. It is safe for concurrent use and
// keeps connections alive between fetches.
type Fetcher struct {
	opts   Options
	client *http.Client
	hosts  *gate
}

// New returns a Fetcher with opts (zero fields take their defaults).
func New(opts Options) *Fetcher {
	o := opts.withDefaults()
	dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ResponseHeaderTimeout: o.HeaderTimeout,
		MaxIdleConnsPerHost:   o.PerHost,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	f := &Fetcher{opts: o, hosts: newGate(o.PerHost, o.HostDelay)}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Options returns the limits in force, defaults filled in.
func (f *Fetcher) Options() Options { return f.opts }

// IsURL reports whether arg is meant as a web address rather than a path:
// it starts with http:// or https://, in any case.
func IsURL(arg string) bool {
	low := strings.ToLower(arg)
	return strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://")
}

// checkRedirect keeps redirects to http and https, within MaxRedirects and
// without revisiting an address.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if err := checkScheme(req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
	}
	target := req.URL.String()
	for _, r := range via {
		if r.URL.String() == target {
			return fmt.Errorf("%w: redirect loop back to %s after %d redirect(s)", ErrRedirects, req.URL.Redacted(), len(via))
		}
	}
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("%w: more than %d (fetch.max_redirects), last to %s", ErrRedirects, f.opts.MaxRedirects, req.URL.Redacted())
	}
	return nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%w: no host", ErrScheme)
		}
		return nil
	case "":
		return fmt.Errorf("%w: no scheme (want http:// or https://)", ErrScheme)
	}
	return fmt.Errorf("%w %q (only http and https are read)", ErrScheme, u.Scheme)
}

// Get fetches rawURL. The error, if any, is an *Error naming rawURL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	return f.getAccepting(ctx, rawURL, AcceptedTypes, pageAccept)
}

// GetFeed fetches a news feed (RSS, Atom or JSON Feed) within the same
// limits as a page; FeedTypes are accepted besides the page types.
func (f *Fetcher) GetFeed(ctx context.Context, rawURL string) (*Page, error) {
	return f.getAccepting(ctx, rawURL, feedTypes, feedAccept)
}

// FeedTypes are the media types feeds are served with.
var FeedTypes = []string{"application/rss+xml", "application/atom+xml", "application/feed+json",
	"application/json", "application/xml", "text/xml", "application/rdf+xml"}

var feedTypes = append(append([]string(nil), FeedTypes...), AcceptedTypes...)

const (
	pageAccept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
	feedAccept = "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)

func (f *Fetcher) getAccepting(ctx context.Context, rawURL string, types []string, accept string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Reason: "invalid URL: " + urlErrReason(err), Kind: ErrScheme, Err: err}
	}
	if err := checkScheme(u); err != nil {
		return nil, &Error{URL: rawURL, Reason: err.Error(), Kind: ErrScheme}
	}
	release, err := f.hosts.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, &Error{URL: rawURL, Reason: "cancelled while waiting for the host: " + err.Error(), Err: err}
	}
	defer release()

	fctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	p, err := f.get(fctx, u, types, accept)
	if err != nil {
		return nil, f.explain(ctx, fctx, rawURL, err)
	}
	p.Requested = rawURL
	return p, nil
}

func (f *Fetcher) get(ctx context.Context, u *url.URL, types []string, accept string) (*Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", accept)
	// Accept-Encoding is left to the transport, which asks for gzip and
	// decodes it, so MaxBytes counts decoded bytes.
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	redirects := 0
	for r := resp.Request; r != nil && r.Response != nil; r = r.Response.Request {
		redirects++
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, statusError{resp.StatusCode, resp.Status}
	}
	if enc := resp.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		return nil, contentTypeError(fmt.Sprintf("content encoding %q not supported", enc))
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, tooLarge{fmt.Sprintf("Content-Length %d bytes is over the limit of %d (fetch.max_bytes)", resp.ContentLength, f.opts.MaxBytes)}
	}
	ctype := resp.Header.Get("Content-Type")
	media, params, err := parseType(ctype, types)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, tooLarge{fmt.Sprintf("body is over the limit of %d bytes (fetch.max_bytes)", f.opts.MaxBytes)}
	}
	if media == "" {
		// No Content-Type: judge by the bytes, as browsers do.
		media, params, _ = mime.ParseMediaType(http.DetectContentType(body))
		if !acceptedType(media, types) {
			return nil, contentTypeError(fmt.Sprintf("no Content-Type and the body looks like %s, not text", media))
		}
	}
	return &Page{
		URL:         resp.Request.URL.String(),
		ContentType: ctype,
		MediaType:   media,
		Charset:     params["charset"],
		Body:        body,
		Redirects:   redirects,
	}, nil
}

// parseType checks a Content-Type header: "" passes (the body is sniffed),
// HTML, XHTML and plain text pass, anything else is refused before the body
// is read.
func parseType(ctype string, types []string) (string, map[string]string, error) {
	if strings.TrimSpace(ctype) == "" {
		return "", nil, nil
	}
	media, params, err := mime.ParseMediaType(ctype)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		return "", nil, contentTypeError(fmt.Sprintf("unreadable Content-Type %q", ctype))
	}
	if !acceptedType(media, types) {
		return "", nil, contentTypeError(fmt.Sprintf("Content-Type %s is not %s", media, typesName(types)))
	}
	return media, params, nil
}

// AcceptedTypes are the media types read; others are refused.
var AcceptedTypes = []string{"text/html", "application/xhtml+xml", "text/plain"}

// typesName says in words what types were wanted.
func typesName(types []string) string {
	if len(types) > len(AcceptedTypes) {
		return "a feed, HTML or plain text"
	}
	return "HTML or plain text"
}

func acceptedType(media string, types []string) bool {
	for _, t := range types {
		if media == t {
			return true
		}
	}
	return false
}

type statusError struct {
	code   int
	status string
}

func (e statusError) Error() string { return "HTTP status " + e.status }

type contentTypeError string

func (e contentTypeError) Error() string { return string(e) }

type tooLarge struct{ msg string }

func (e tooLarge) Error() string { return e.msg }

// explain turns an error from get into an *Error with a one-line reason.
// parent is the caller's context, fctx the one bounded by Timeout.
func (f *Fetcher) explain(parent, fctx context.Context, rawURL string, err error) error {
	e := &Error{URL: rawURL, Err: err}
	var se statusError
	var ce contentTypeError
	var tl tooLarge
	var ne net.Error
	var oe *net.OpError
	switch {
	case errors.As(err, &se):
		e.Kind, e.Status, e.Reason, e.Err = ErrStatus, se.code, se.Error(), nil
	case errors.As(err, &ce):
		e.Kind, e.Reason, e.Err = ErrContentType, ce.Error(), nil
	case errors.As(err, &tl):
		e.Kind, e.Reason, e.Err = ErrTooLarge, tl.msg, nil
	case errors.Is(err, ErrScheme), errors.Is(err, ErrRedirects):
		if errors.Is(err, ErrScheme) {
			e.Kind = ErrScheme
		} else {
			e.Kind = ErrRedirects
		}
		e.Reason = unwrapURLError(err).Error()
	case parent.Err() != nil:
		e.Reason = "cancelled: " + parent.Err().Error()
	case errors.Is(fctx.Err(), context.DeadlineExceeded):
		e.Kind = ErrTimeout
		e.Reason = fmt.Sprintf("timed out: no complete response within %v (fetch.timeout)", f.opts.Timeout)
	case errors.As(err, &oe) && oe.Op == "dial" && oe.Timeout():
		e.Kind = ErrTimeout
		e.Reason = fmt.Sprintf("timed out: no connection within %v (fetch.connect_timeout)", f.opts.ConnectTimeout)
	case errors.As(err, &ne) && ne.Timeout():
		e.Kind = ErrTimeout
		e.Reason = fmt.Sprintf("timed out: no response headers within %v (fetch.header_timeout)", f.opts.HeaderTimeout)
	default:
		e.Reason = oneLine(unwrapURLError(err).Error())
	}
	return e
}

// unwrapURLError drops the "Get \"URL\": " prefix that net/http adds, since
// the message names the URL already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func urlErrReason(err error) string {
	return oneLine(unwrapURLError(err).Error())
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
