// This file lets the verbs that read articles take web addresses as well as
// files: an argument that starts with http:// or https:// (or a line of the
// --urls file) is fetched by internal/fetch within the fetch.* limits and
// read like a saved page (reader.ParseWebPage). A failed fetch is one error
// in the input's place; the other inputs are still read.

package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"os"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/config"
	"github.com/mediakg/mediakg/internal/fetch"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/reader"
)

// bindURLInputs declares --urls and the flags that override the fetch
// limits.
func bindURLInputs(f *Factory, cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.String("urls", "", "also read the http(s) addresses listed in this `file`, one per line (# starts a comment; - reads standard input)")
	fl.Duration("fetch-timeout", 0, "time limit for fetching one page (config fetch.timeout)")
	fl.Int64("fetch-max-bytes", 0, "largest page fetched, in bytes (config fetch.max_bytes)")
	fl.Int("fetch-max-redirects", 0, "redirects followed per page (config fetch.max_redirects)")
	fl.String("user-agent", "", "User-Agent sent when fetching pages (config fetch.user_agent)")
	fl.StringArray(feedFlag, nil, "also read the items of this RSS, Atom or JSON feed (an http(s) address or a file; repeatable)")
	f.BindConfigFlag("fetch-timeout", "fetch.timeout")
	f.BindConfigFlag("fetch-max-bytes", "fetch.max_bytes")
	f.BindConfigFlag("fetch-max-redirects", "fetch.max_redirects")
	f.BindConfigFlag("user-agent", "fetch.user_agent")
}

// inputArgs accepts one input or more, counting a --urls file as one.
func inputArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 && !cmd.Flags().Changed("urls") && len(feedSources(cmd)) == 0 {
		return usageError{fmt.Errorf("%s: give at least one file, directory or http(s) address, or --urls FILE, or --feed URL|FILE", cmd.Name())}
	}
	return nil
}

// stdinName is the input that reads standard input.
const stdinName = reader.StdinPath

// inputPaths returns the command's inputs: args, then the addresses of the
// --urls list ("-" reads it from stdin). An address with another scheme
// than http or https given as an argument is a usage error before anything
// is read; a line of the list that is not an http(s) address is returned
// in bad, as an error naming list:line, to be reported in its place like
// any document that cannot be read (the others are still read).
func inputPaths(cmd *cobra.Command, args []string, stdin io.Reader) (paths []string, bad []error, err error) {
	out := append([]string(nil), args...)
	fromStdin := 0
	for _, p := range args {
		if p == stdinName {
			fromStdin++
		}
	}
	if fl := cmd.Flags().Lookup("urls"); fl != nil && fl.Value.String() != "" {
		list := fl.Value.String()
		if list == stdinName {
			fromStdin++
		}
		urls, problems, err := readURLList(list, stdin)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, urls...)
		bad = problems
	}
	if fromStdin > 1 {
		return nil, nil, usageError{errors.New(`standard input ("-") can be read only once: give "-" as one input or as --urls -, not both or twice`)}
	}
	for _, p := range args {
		if isAddress(p) && !fetch.IsURL(p) {
			return nil, nil, usageError{fmt.Errorf("%s: only http:// and https:// addresses are read", p)}
		}
	}
	return out, bad, nil
}

// readURLList reads a list of addresses: one per line, blank lines and
// lines starting with # skipped, and " # note" after an address dropped.
// A line that is not one http(s) address is returned in bad.
func readURLList(path string, stdin io.Reader) (urls []string, bad []error, err error) {
	var r io.Reader
	name := path
	if path == stdinName {
		if stdin == nil {
			return nil, nil, errors.New("--urls -: standard input is not available here")
		}
		r, name = stdin, reader.StdinOrigin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, fmt.Errorf("--urls: %w", err)
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		} else if i := strings.Index(line, "\t#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !fetch.IsURL(line) || strings.ContainsAny(line, " \t") {
			bad = append(bad, &reader.InputError{Origin: fmt.Sprintf("%s:%d", name, n),
				Err: fmt.Errorf("%q is not an http:// or https:// address", line)})
			continue
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("--urls %s: %w", name, err)
	}
	return urls, bad, nil
}

// withProblems yields the errors bad first, then what seq yields.
func withProblems(bad []error, seq iter.Seq2[*document.Document, error]) iter.Seq2[*document.Document, error] {
	if len(bad) == 0 {
		return seq
	}
	return func(yield func(*document.Document, error) bool) {
		for _, err := range bad {
			if !yield(nil, err) {
				return
			}
		}
		for d, err := range seq {
			if !yield(d, err) {
				return
			}
		}
	}
}

// reAddress matches an argument that names a URL scheme ("ftp://...").
var reAddress = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.\-]*://`)

// isAddress reports an argument meant as a URL, of any scheme; the fetcher
// refuses those that are not http or https.
func isAddress(arg string) bool { return reAddress.MatchString(arg) }

// newFetcher builds the fetcher from the fetch.* settings.
func newFetcher(c config.Fetch) *fetch.Fetcher {
	return fetch.New(fetch.Options{
		Timeout:        c.Timeout,
		ConnectTimeout: c.ConnectTimeout,
		HeaderTimeout:  c.HeaderTimeout,
		MaxBytes:       c.MaxBytes,
		MaxRedirects:   c.MaxRedirects,
		UserAgent:      c.UserAgent,
		Workers:        c.Workers,
		PerHost:        c.PerHost,
		HostDelay:      c.HostDelay,
	})
}

// inputItems yields the articles of inputs in their order: runs of paths
// through reader.Items (so inputs without addresses are read exactly as
// before), runs of addresses fetched by fc and read by reader.ReadWebPage
// within the same per-document limits.
func inputItems(ctx context.Context, inputs []string, ropts reader.Options, fc *fetch.Fetcher, log *slog.Logger) iter.Seq2[document.Article, error] {
	return func(yield func(document.Article, error) bool) {
		for len(inputs) > 0 {
			web := isAddress(inputs[0])
			n := 1
			for n < len(inputs) && isAddress(inputs[n]) == web {
				n++
			}
			run := inputs[:n]
			inputs = inputs[n:]
			items := reader.Items(ctx, run, ropts)
			if web {
				items = webArticles(ctx, run, fc, ropts, log)
			}
			for a, err := range items {
				if !yield(a, err) {
					return
				}
			}
			if ctx.Err() != nil {
				return
			}
		}
	}
}

// webArticles fetches urls and reads each page. The origin of an article is
// the address as given; its URL is where the page was found (or the page's
// canonical URL).
func webArticles(ctx context.Context, urls []string, fc *fetch.Fetcher, ropts reader.Options, log *slog.Logger) iter.Seq2[document.Article, error] {
	return func(yield func(document.Article, error) bool) {
		i := 0
		for p, err := range fc.All(ctx, urls) {
			origin := urls[i]
			i++
			if err != nil {
				if !yield(document.Article{Origin: origin}, err) {
					return
				}
				continue
			}
			log.Debug("fetched", "url", origin, "final_url", p.URL, "redirects", p.Redirects,
				"content_type", p.ContentType, "bytes", len(p.Body))
			a, err := reader.ReadWebPage(ctx, p.Body, p.URL, p.ContentType, ropts)
			if err != nil {
				if !yield(document.Article{Origin: origin}, &reader.InputError{Origin: origin, Err: err}) {
					return
				}
				continue
			}
			a.Origin = origin
			if !yield(a, nil) {
				return
			}
		}
	}
}

// filesOnly refuses addresses where only files are read (extraction
// output given with --documents).
func filesOnly(paths []string) error {
	for _, p := range paths {
		if isAddress(p) {
			return usageError{fmt.Errorf("%s: --documents reads files of extraction output, not web addresses", p)}
		}
	}
	return nil
}
