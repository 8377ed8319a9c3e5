// This file lets the verbs that read articles take news feeds: --feed
// URL|FILE (repeatable) reads an RSS, Atom or JSON feed (internal/feed) and
// reads each item as an article: from the item's own full text when the
// feed carries it, else by fetching its link within the fetch.* limits,
// like an address given on the command line. The item's date is the
// article's publication date and anchors its relative dates. A feed that
// cannot be read, or an item whose page cannot, is one error in its place;
// the rest is read.

package cli

import (
	"context"
	"fmt"
	"iter"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/internal/feed"
	"github.com/mediakg/mediakg/internal/fetch"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/reader"
)

// feedFlag names the flag bindURLInputs declares.
const feedFlag = "feed"

// feedSources returns the --feed values of cmd, if it has the flag.
func feedSources(cmd *cobra.Command) []string {
	if cmd.Flags().Lookup(feedFlag) == nil {
		return nil
	}
	srcs, _ := cmd.Flags().GetStringArray(feedFlag)
	return srcs
}

// withFeeds yields the articles of items, then those of the feeds.
func withFeeds(ctx context.Context, items iter.Seq2[document.Article, error], feeds []string, fc *fetch.Fetcher,
	ropts reader.Options, log *slog.Logger) iter.Seq2[document.Article, error] {
	if len(feeds) == 0 {
		return items
	}
	return func(yield func(document.Article, error) bool) {
		for a, err := range items {
			if !yield(a, err) {
				return
			}
		}
		for _, src := range feeds {
			if ctx.Err() != nil {
				return
			}
			for a, err := range feedArticles(ctx, src, fc, ropts, log) {
				if !yield(a, err) {
					return
				}
			}
		}
	}
}

// feedArticles reads the feed at src and yields its items' articles in the
// feed's order. Items without full text are fetched, fetch.workers at a
// time.
func feedArticles(ctx context.Context, src string, fc *fetch.Fetcher, ropts reader.Options, log *slog.Logger) iter.Seq2[document.Article, error] {
	return func(yield func(document.Article, error) bool) {
		f, err := feed.Load(ctx, src, fc)
		if err != nil {
			yield(document.Article{Origin: src}, &reader.InputError{Origin: src, Err: err})
			return
		}
		log.Debug("feed read", "feed", src, "type", f.Type, "items", len(f.Items))
		var links []string
		for _, it := range f.Items {
			if !it.FullText() && it.Link != "" {
				links = append(links, it.Link)
			}
		}
		next, stop := iter.Pull2(fc.All(ctx, links))
		defer stop()
		for i, it := range f.Items {
			origin := it.Link
			if origin == "" {
				origin = fmt.Sprintf("%s#%d", src, i+1)
			}
			var a document.Article
			var err error
			switch {
			case it.FullText():
				a, err = reader.ReadDatedPage(ctx, []byte(it.Content), it.Link, it.ContentType, it.Published, ropts)
				if err == nil && a.Title == "" {
					a.Title = it.Title
				}
			case it.Link == "":
				err = fmt.Errorf("feed item %d has no link and no full text", i+1)
			default:
				p, ferr, ok := next()
				if !ok {
					return // cancelled
				}
				if ferr != nil {
					if !yield(document.Article{Origin: origin}, ferr) {
						return
					}
					continue
				}
				log.Debug("fetched", "url", origin, "final_url", p.URL, "content_type", p.ContentType, "bytes", len(p.Body))
				a, err = reader.ReadDatedPage(ctx, p.Body, p.URL, p.ContentType, it.Published, ropts)
			}
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
