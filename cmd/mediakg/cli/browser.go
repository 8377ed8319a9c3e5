package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/queries"
	"github.com/mediakg/mediakg/queries/browser"
)

// BrowserServeOptions are the inputs of `mediakg browser serve`.
type BrowserServeOptions struct {
	// Addr is host:port to listen on; the host must be in the Neo4j
	// server's browser.remote_content_hostname_allowlist ("localhost").
	Addr string
	// BrowserURL is printed in the instructions.
	BrowserURL string
}

func newBrowserCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "browser",
		Short: "Neo4j Browser helpers: style sheet, guide and saved queries",
	}
	opts := &BrowserServeOptions{}
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve the Browser guide, style sheet and saved-query favourites to Neo4j Browser",
		Long: `Serve the files Neo4j Browser loads by URL: :guide URL and :style URL fetch
only from hosts the Neo4j server allows (browser.remote_content_hostname_allowlist,
"guides.neo4j.com,localhost" by default), so the address must use the name
localhost. Runs until interrupted.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return browserServeRun(cmd.Context(), opts, f.IO.Out)
		},
	}
	serve.Flags().StringVar(&opts.Addr, "addr", browser.DefaultAddr, "host:port to listen on (host localhost, see above)")
	serve.Flags().StringVar(&opts.BrowserURL, "browser-url", "http://localhost:7474/browser/", "Neo4j Browser address, for the printed instructions")
	cmd.AddCommand(serve)
	return cmd
}

func browserServeRun(ctx context.Context, opts *BrowserServeOptions, out io.Writer) error {
	host, _, err := net.SplitHostPort(opts.Addr)
	if err != nil {
		return usageError{fmt.Errorf("--addr %q: %w", opts.Addr, err)}
	}
	lib, err := queries.Library()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return fmt.Errorf("browser serve: %w", err)
	}
	base := "http://" + ln.Addr().String()
	if host == "localhost" || host == "" {
		_, port, _ := net.SplitHostPort(ln.Addr().String())
		base = "http://localhost:" + port
	}
	srv := &http.Server{Handler: browser.Handler(lib), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(out, "serving %s (guide, style, favourites); Ctrl-C stops\n\n%s", base, browser.Instructions(opts.BrowserURL, base))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}
