package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/internal/progress"
	"github.com/mediakg/mediakg/queries"
)

// QueryListOptions are the inputs of `mediakg query list`.
type QueryListOptions struct {
	Format   string
	MaxWidth int
}

// QueryShowOptions are the inputs of `mediakg query show NAME`.
type QueryShowOptions struct {
	Name string
}

// QueryRunOptions are the inputs of `mediakg query run NAME`.
type QueryRunOptions struct {
	Name string
	// Params are name=value assignments from --param.
	Params   []string
	Format   string
	MaxWidth int
}

// graphFunc gives a connected client when a command first needs one.
type graphFunc func() (*graph.Client, error)

func newQueryCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "List, show and run the saved analyst queries",
		Long: `The saved queries are the questions analysts ask most, kept as .cypher files
in queries/ and embedded in the binary. Each file also runs as-is in Neo4j
Browser (or Neo4j's cypher-shell, where it is installed) once its parameters
are set (:param name => value).`,
	}
	cmd.AddCommand(newQueryListCmd(f), newQueryShowCmd(f), newQueryRunCmd(f))
	return cmd
}

func addFormatFlags(cmd *cobra.Command, format *string, maxWidth *int) {
	cmd.Flags().StringVarP(format, "format", "o", queries.FormatTable, "output format: "+strings.Join(queries.Formats, ", "))
	cmd.Flags().IntVar(maxWidth, "max-width", 80, "cut table cells longer than this many characters (0: never); json and csv are never cut")
}

func newQueryListCmd(f *Factory) *cobra.Command {
	opts := &QueryListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the saved queries with their parameters",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return queryListRun(opts, f.IO.Out)
		},
	}
	addFormatFlags(cmd, &opts.Format, &opts.MaxWidth)
	return cmd
}

func queryListRun(opts *QueryListOptions, out io.Writer) error {
	if err := queries.CheckFormat(opts.Format); err != nil {
		return usageError{err}
	}
	lib, err := queries.Library()
	if err != nil {
		return err
	}
	res := &queries.Result{Columns: []string{"name", "parameters", "description"}}
	for _, q := range lib.All() {
		ps := make([]string, len(q.Params))
		for i, p := range q.Params {
			ps[i] = p.String()
		}
		res.Rows = append(res.Rows, []any{q.Name, strings.Join(ps, " "), q.Description})
	}
	return queries.Write(out, res, opts.Format, queries.WriteOptions{MaxWidth: opts.MaxWidth})
}

func newQueryShowCmd(f *Factory) *cobra.Command {
	opts := &QueryShowOptions{}
	return &cobra.Command{
		Use:   "show NAME",
		Short: "Print a saved query's .cypher file (header and Cypher)",
		Args:  usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return queryShowRun(opts, f.IO.Out)
		},
	}
}

func queryShowRun(opts *QueryShowOptions, out io.Writer) error {
	lib, err := queries.Library()
	if err != nil {
		return err
	}
	q, err := lib.Get(opts.Name)
	if err != nil {
		return usageError{err}
	}
	_, err = io.WriteString(out, q.Source)
	return err
}

func newQueryRunCmd(f *Factory) *cobra.Command {
	opts := &QueryRunOptions{}
	cmd := &cobra.Command{
		Use:   "run NAME [--param name=value ...]",
		Short: "Run a saved query in read access mode and print its answer",
		Example: `  mediakg query run partners-of-country --param iso3=RUS
  mediakg query run series-timeline --format json
  mediakg query run events-in-range --param from=2020-01-01 --param types=forum,signing --format csv`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return queryRunRun(cmd.Context(), opts, func() (*graph.Client, error) { return f.Graph(cmd) }, f.IO.Out)
		},
	}
	cmd.Flags().StringArrayVarP(&opts.Params, "param", "p", nil, "query parameter as `name=value` (repeatable); mediakg query list names each query's parameters")
	addFormatFlags(cmd, &opts.Format, &opts.MaxWidth)
	return cmd
}

// queryRunRun checks the name, parameters and format before it dials the
// server, so a typo never waits on a connection.
func queryRunRun(ctx context.Context, opts *QueryRunOptions, connect graphFunc, out io.Writer) error {
	if err := queries.CheckFormat(opts.Format); err != nil {
		return usageError{err}
	}
	lib, err := queries.Library()
	if err != nil {
		return err
	}
	q, err := lib.Get(opts.Name)
	if err != nil {
		return usageError{err}
	}
	raw, err := queries.SplitAssignments(opts.Params)
	if err != nil {
		return usageError{err}
	}
	params, err := q.Bind(raw)
	if err != nil {
		return usageError{err}
	}
	c, err := connect()
	if err != nil {
		return err
	}
	res, err := queries.Run(ctx, c, q, params)
	if err != nil {
		return err
	}
	return queries.Write(out, res, opts.Format, queries.WriteOptions{MaxWidth: opts.MaxWidth})
}

// CypherOptions are the inputs of `mediakg cypher`.
type CypherOptions struct {
	Statement string
	// File names a script of statements separated by ";" ("-" reads
	// standard input), run one after the other instead of Statement.
	File     string
	Params   []string
	Write    bool
	Format   string
	MaxWidth int
	// In is standard input, read for File "-".
	In io.Reader
}

func newCypherCmd(f *Factory) *cobra.Command {
	opts := &CypherOptions{}
	cmd := &cobra.Command{
		Use:   `cypher "STATEMENT" | --file SCRIPT [--param name=value ...] [--write]`,
		Short: "Run one Cypher statement, or a script of them, in read access mode unless --write",
		Long: `Run one Cypher statement in an auto-commit transaction and print the result.
The session uses read access mode, so the server refuses any write unless
--write is given. Parameters are name=value (a JSON number, boolean, null or
array keeps its type, anything else is a string) or name:TYPE=value with TYPE
one of ` + strings.Join(queries.TypeNames(), ", ") + `.

A statement that starts with EXPLAIN or PROFILE prints its execution plan as
a table, one operator per row, indented under the operator it feeds:
the details (index, predicate) and estimated rows, and for PROFILE the rows
and database hits each operator had (after the statement's own rows).

--file runs a script, such as the one "mediakg export --format cypher"
writes: statements separated by ";" (outside strings and comments), each in
its own auto-commit transaction, stopping at the first that fails.`,
		Example: `  mediakg cypher "MATCH (c:Country) RETURN c.iso3, c.name ORDER BY c.iso3"
  mediakg cypher "MATCH (e:Event) WHERE e.date >= \$since RETURN e.id" --param since:DATE=2021-01-01
  mediakg cypher "PROFILE MATCH (c:Country {iso3: 'CHN'})-[:COOPERATES_WITH]-(p) RETURN p.name"
  mediakg cypher "MATCH (t:Topic) WHERE NOT (t)--() DELETE t" --write
  mediakg cypher --write --file out/mediakg.cypher`,
		Args: cypherArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Statement = args[0]
			}
			opts.In = f.IO.In
			return cypherRun(cmd.Context(), opts, func() (*graph.Client, error) { return f.Graph(cmd) }, f.IO.Out, f.IO.Err)
		},
	}
	cmd.Flags().StringArrayVarP(&opts.Params, "param", "p", nil, "parameter as `name=value` or name:TYPE=value (repeatable)")
	cmd.Flags().BoolVar(&opts.Write, "write", false, "run in write access mode (the statement may change the graph)")
	cmd.Flags().StringVarP(&opts.File, "file", "f", "", "run the statements of this `script` (\"-\" reads standard input) instead of one statement")
	addFormatFlags(cmd, &opts.Format, &opts.MaxWidth)
	return cmd
}

// cypherArgs wants the statement as one argument, or none with --file; a
// statement left unquoted by the shell arrives as several words.
func cypherArgs(cmd *cobra.Command, args []string) error {
	file := cmd.Flags().Changed("file")
	switch {
	case file && len(args) > 0:
		return usageError{errors.New("give either a statement or --file SCRIPT, not both")}
	case file:
		return nil
	case len(args) == 0:
		return usageError{errors.New(`give the statement as one argument, in quotes: mediakg cypher "MATCH (n) RETURN count(n)" (or --file SCRIPT)`)}
	case len(args) > 1:
		return usageError{fmt.Errorf("the statement arrived as %d separate words; put it in quotes so that the shell passes it as one argument: mediakg cypher %q",
			len(args), strings.Join(args, " "))}
	}
	return nil
}

func cypherRun(ctx context.Context, opts *CypherOptions, connect graphFunc, out, errOut io.Writer) error {
	if err := queries.CheckFormat(opts.Format); err != nil {
		return usageError{err}
	}
	var stmts []queries.Statement
	if opts.File != "" {
		script, err := readScript(opts.File, opts.In)
		if err != nil {
			return err
		}
		if stmts = queries.SplitStatements(script); len(stmts) == 0 {
			return usageError{fmt.Errorf("--file %s holds no statement", opts.File)}
		}
	} else if strings.TrimSpace(opts.Statement) == "" {
		return usageError{errors.New("empty statement")}
	}
	raw, err := queries.SplitAssignments(opts.Params)
	if err != nil {
		return usageError{err}
	}
	params, err := queries.ParseLoose(raw)
	if err != nil {
		return usageError{err}
	}
	mode := queries.ReadMode
	if opts.Write {
		mode = queries.WriteMode
	}
	c, err := connect()
	if err != nil {
		return err
	}
	if opts.File != "" {
		return runScript(ctx, c, opts, stmts, params, mode, out, errOut)
	}
	res, err := queries.RunCypher(ctx, c, opts.Statement, params, mode)
	if errors.Is(err, queries.ErrWriteInReadMode) {
		return fmt.Errorf("%w; nothing was changed. Add --write to allow it", err)
	}
	if err != nil {
		return err
	}
	wo := queries.WriteOptions{MaxWidth: opts.MaxWidth}
	// EXPLAIN runs nothing: its plan is the answer.
	if res.Plan == nil || res.Plan.Profiled {
		if err := queries.Write(out, res, opts.Format, wo); err != nil {
			return err
		}
	}
	if res.Plan != nil {
		if res.Plan.Profiled && opts.Format == queries.FormatTable {
			fmt.Fprintln(out)
		}
		if opts.Format == queries.FormatTable {
			fmt.Fprintln(out, res.Plan.Summary())
		}
		if err := queries.Write(out, res.Plan.Result(), opts.Format, wo); err != nil {
			return err
		}
	}
	writeCounters(errOut, res.Counters)
	return nil
}

// readScript reads a --file script, "-" from in.
func readScript(path string, in io.Reader) (string, error) {
	var raw []byte
	var err error
	if path == "-" {
		if in == nil {
			in = strings.NewReader("")
		}
		raw, err = io.ReadAll(in)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("--file: %w", err)
	}
	return string(raw), nil
}

// runScript runs the statements of a script one by one, each in its own
// auto-commit transaction, and stops at the first that fails, naming it.
// Result rows are not printed; the summed update counters are.
func runScript(ctx context.Context, c *graph.Client, opts *CypherOptions, stmts []queries.Statement, params map[string]any,
	mode queries.Mode, out, errOut io.Writer) error {
	start := time.Now()
	total := map[string]int{}
	bar := progress.New(errOut, progress.Options{Total: int64(len(stmts)), Unit: "statements", Verb: "cypher"})
	defer bar.Stop()
	for i, st := range stmts {
		res, err := queries.RunCypher(ctx, c, st.Text, params, mode)
		if errors.Is(err, queries.ErrWriteInReadMode) {
			err = fmt.Errorf("%w; nothing of it was changed. Add --write to allow it", err)
		}
		if err != nil {
			bar.Stop()
			return fmt.Errorf("%s:%d: statement %d of %d: %w (the %d before it were committed)", opts.File, st.Line, i+1, len(stmts), err, i)
		}
		for k, v := range res.Counters {
			total[k] += v
		}
		bar.Add(1)
	}
	bar.Stop()
	fmt.Fprintf(out, "ran %s from %s in %s\n", plural(len(stmts), "statement"), opts.File, time.Since(start).Round(time.Millisecond))
	writeCounters(errOut, total)
	return nil
}

// writeCounters prints the non-zero update counters of a write, sorted.
func writeCounters(w io.Writer, counters map[string]int) {
	if len(counters) == 0 {
		return
	}
	keys := make([]string, 0, len(counters))
	for k := range counters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, counters[k])
	}
	fmt.Fprintf(w, "updates: %s\n", strings.Join(parts, " "))
}
