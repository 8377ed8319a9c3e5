// This file lets the verbs that read articles take web addresses as well as
// files: an argument that starts with http:// or https:// (or a line of the
// --urls file) is fetched by internal/fetch within the fetch.* limits and
// read like a saved page (reader.ParseWebPage). A failed fetch is one error
// in the input's place; the other inputs are still read.

package cli

import (
	"bufio"
	"context"
	"fmt"
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
	fl.String("urls", "", "also read the http(s) addresses listed in this file, one per line (# starts a comment)")
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

// inputPaths returns the command's inputs: args, then the addresses of the
// --urls file. An address with another scheme than http or https, as an
// argument or in the file, is a usage error before anything is read.
func inputPaths(cmd *cobra.Command, args []string) ([]string, error) {
	out := append([]string(nil), args...)
	if fl := cmd.Flags().Lookup("urls"); fl != nil && fl.Value.String() != "" {
		urls, err := readURLList(fl.Value.String())
		if err != nil {
			return nil, err
		}
		out = append(out, urls...)
	}
	for _, p := range args {
		if isAddress(p) && !fetch.IsURL(p) {
			return nil, usageError{fmt.Errorf("%s: only http:// and https:// addresses are read", p)}
		}
	}
	return out, nil
}

// readURLList reads a list of addresses: one per line, blank lines and
// lines starting with # skipped, and " # note" after an address dropped.
func readURLList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--urls: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
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
			return nil, usageError{fmt.Errorf("--urls %s:%d: %q is not an http:// or https:// address", path, n, line)}
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--urls %s: %w", path, err)
	}
	return out, nil
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
