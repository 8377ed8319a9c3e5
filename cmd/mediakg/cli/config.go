package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newConfigCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Inspect the effective configuration",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration (defaults, file, MEDIAKG_* env, flags) with secrets masked",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := f.Config(cmd)
			if err != nil {
				return err
			}
			out, err := cfg.YAML()
			if err != nil {
				return err
			}
			src := cfg.File
			if src == "" {
				src = "built-in defaults"
			}
			_, err = fmt.Fprintf(f.IO.Out, "# source: %s, then MEDIAKG_* environment, then flags\n%s", src, out)
			return err
		},
	})
	return cmd
}
