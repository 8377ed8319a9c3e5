package cli

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/reader"
)

// RemoveOptions are the inputs of `remove`.
type RemoveOptions struct {
	Args   []string
	DryRun bool
	Out    io.Writer
	Err    io.Writer
	// Read reads the articles of file and directory arguments (no
	// extraction); Client connects.
	Read   func(ctx context.Context, paths []string) ([]graph.ArticleRef, []error)
	Client func() (*graph.Client, error)
}

func newRemoveCmd(f *Factory) *cobra.Command {
	opts := RemoveOptions{}
	cmd := &cobra.Command{
		Use:   "remove ARTICLE-ID|URL|FILE...",
		Short: "Delete articles and the facts only they support; facts other articles state stay",
		Long: `remove deletes articles from the graph: each article's Statements and links,
the fact edges no other article states any more, and the nodes (events,
persons, ...) nothing links to any more. A fact that another article also
states stays, with its support count and summary recomputed from the
Statements left; the chains of the event series touched are rebuilt.

An argument is an article id (article:...), an address (the url an article
was read at, else the canonical link it names), or a file or directory of
inputs: each article read from it (without extraction) names the article
loaded from the same bytes, else the one with the same content, else the one
read at the same address. An argument that names no article is reported and
the others are removed; the exit status is then 5.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := f.Config(cmd)
			if err != nil {
				return err
			}
			opts.Args = args
			opts.Out, opts.Err = f.IO.Out, f.IO.Err
			ropts := reader.Options{
				MaxFileBytes: cfg.Input.MaxFileBytes,
				MaxLineBytes: cfg.Input.MaxLineBytes,
				MaxBodyBytes: cfg.Input.MaxBodyBytes,
				MaxDOMNodes:  cfg.Input.MaxDOMNodes,
				MaxDocTime:   cfg.Input.MaxDocTime,
				Extensions:   cfg.Input.Extensions,
				Workers:      runtime.NumCPU(),
				SourceSalt:   sourceSalt(),
			}
			opts.Read = func(ctx context.Context, paths []string) ([]graph.ArticleRef, []error) {
				var refs []graph.ArticleRef
				var errs []error
				for a, err := range reader.Items(ctx, paths, ropts) {
					if err != nil {
						errs = append(errs, err)
						continue
					}
					a := a
					refs = append(refs, graph.ArticleRef{Arg: a.Origin, Read: &a})
				}
				return refs, errs
			}
			opts.Client = func() (*graph.Client, error) { return f.Graph(cmd) }
			return removeRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "list the articles that would be removed, remove nothing")
	return cmd
}

// sourceSalt is what the reader hashes with an input's bytes
// (document.Article.SourceHash): a new program reads everything again.
func sourceSalt() string { return "mediakg " + Version }

func removeRun(ctx context.Context, o RemoveOptions) error {
	var refs []graph.ArticleRef
	var paths []string
	for _, a := range o.Args {
		switch {
		case strings.HasPrefix(a, document.PrefixArticle+":"):
			refs = append(refs, graph.ArticleRef{Arg: a, ID: a})
		case isAddress(a):
			refs = append(refs, graph.ArticleRef{Arg: a, URL: a})
		default:
			paths = append(paths, a)
		}
	}
	problems := 0
	if len(paths) > 0 {
		read, errs := o.Read(ctx, paths)
		for _, err := range errs {
			fmt.Fprintf(o.Err, "mediakg: %v\n", err)
			problems++
		}
		refs = append(refs, read...)
	}
	if len(refs) == 0 {
		return fmt.Errorf("remove: nothing to look up in %s", strings.Join(o.Args, ", "))
	}
	c, err := o.Client()
	if err != nil {
		return err
	}
	found, err := graph.FindArticles(ctx, c, refs)
	if err != nil {
		return err
	}
	var ids []string
	seen := map[string]bool{}
	for i, r := range refs {
		if len(found[i]) == 0 {
			fmt.Fprintf(o.Err, "mediakg: %s: no article in the graph matches\n", r.Arg)
			problems++
			continue
		}
		for _, a := range found[i] {
			if seen[a.ID] {
				continue
			}
			seen[a.ID] = true
			ids = append(ids, a.ID)
			verb := "removing"
			if o.DryRun {
				verb = "would remove"
			}
			where := a.URL
			if where == "" {
				where = a.Origin
			}
			fmt.Fprintf(o.Out, "%s %s  %s  %q\n", verb, a.ID, where, a.Title)
		}
	}
	if !o.DryRun && len(ids) > 0 {
		st, err := graph.Remove(ctx, c, ids)
		if err != nil {
			return err
		}
		fmt.Fprintf(o.Out, "removed %d %s: nodes -%d, relationships -%d, %d %s\n",
			st.Articles, removeNoun(st.Articles, "article", "articles"), st.NodesDeleted, st.RelsDeleted,
			st.Transactions, removeNoun(st.Transactions, "transaction", "transactions"))
	}
	switch {
	case len(ids) == 0:
		return fmt.Errorf("remove: no article removed")
	case problems > 0:
		return ErrPartial
	}
	return nil
}

func removeNoun(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
