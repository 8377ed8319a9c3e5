package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/schema"
)

func newSchemaCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Show the graph model or apply its constraints and indexes",
	}
	cmd.AddCommand(newSchemaApplyCmd(f), newSchemaShowCmd(f))
	return cmd
}

// SchemaApplyOptions are the inputs of `schema apply`.
type SchemaApplyOptions struct {
	Out   io.Writer
	Apply func(context.Context) (graph.SchemaResult, error)
}

func newSchemaApplyCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "apply",
		Short: "Create the model's constraints and indexes (idempotent) and record the schema version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts := SchemaApplyOptions{Out: f.IO.Out, Apply: func(ctx context.Context) (graph.SchemaResult, error) {
				c, err := f.Graph(cmd)
				if err != nil {
					return graph.SchemaResult{}, err
				}
				return graph.ApplySchema(ctx, c)
			}}
			return schemaApplyRun(cmd.Context(), opts)
		},
	}
}

func schemaApplyRun(ctx context.Context, o SchemaApplyOptions) error {
	r, err := o.Apply(ctx)
	if err != nil {
		return fmt.Errorf("schema apply: %w", err)
	}
	prev := "none"
	if r.Previous > 0 {
		prev = fmt.Sprintf("v%d", r.Previous)
	}
	fmt.Fprintf(o.Out, "schema v%d applied (previously %s): %d created, %d already present\n", r.Version, prev, len(r.Created), len(r.Existing))
	if len(r.Created) > 0 {
		fmt.Fprintf(o.Out, "  created: %s\n", strings.Join(r.Created, ", "))
	}
	if len(r.Dropped) > 0 {
		fmt.Fprintf(o.Out, "  dropped (no longer in the model): %s\n", strings.Join(r.Dropped, ", "))
	}
	if r.Migrated > 0 {
		fmt.Fprintf(o.Out, "  migrated: %d Statements lost the properties of an earlier version\n", r.Migrated)
	}
	if len(r.Undeclared) > 0 {
		fmt.Fprintf(o.Out, "  not in the model (left alone): %s\n", strings.Join(r.Undeclared, ", "))
	}
	return nil
}

// SchemaShowOptions are the inputs of `schema show`.
type SchemaShowOptions struct {
	Out    io.Writer
	Format string
}

func newSchemaShowCmd(f *Factory) *cobra.Command {
	opts := SchemaShowOptions{}
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the graph model: labels, keys, relationship types, provenance, indexes",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Out = f.IO.Out
			return schemaShowRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "text, or mermaid (the diagram in docs/graph-model.md)")
	return cmd
}

func schemaShowRun(o SchemaShowOptions) error {
	switch o.Format {
	case "text", "":
		return schema.WriteText(o.Out)
	case "mermaid":
		return schema.WriteMermaid(o.Out)
	}
	return usageError{fmt.Errorf("--format %q: want text or mermaid", o.Format)}
}
