package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/mediakg/mediakg/config"
)

func newConfigCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Inspect the effective configuration, or make it the one used from every folder",
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
				src = "built-in defaults (no config file in: " + strings.Join(cfg.Searched, ", ") + ")"
			}
			_, err = fmt.Fprintf(f.IO.Out, "# source: %s, then MEDIAKG_* environment, then flags\n%s", src, out)
			return err
		},
	})
	cmd.AddCommand(newConfigInitCmd(f))
	return cmd
}

// ConfigInitOptions are the inputs of `mediakg config init`.
type ConfigInitOptions struct {
	// Path is the file to write (default config.UserFile()).
	Path  string
	Force bool
}

func newConfigInitCmd(f *Factory) *cobra.Command {
	opts := &ConfigInitOptions{}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write the Neo4j settings in effect here to the user config file, so mediakg finds this server from any folder",
		Long: `init writes the Neo4j connection settings in effect here (URI, user,
database, and the password file as an absolute path, never the password)
to the user's config file, ` + userConfigHelp() + `, which mediakg reads
when there is no --config and no ./config.yaml. Run it once in the checkout
whose local server (deploy/neo4j/neo4j.sh) you use; the other settings keep
their defaults. It will not replace an existing file without --force.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := f.Config(cmd)
			if err != nil {
				return err
			}
			return configInitRun(opts, cfg, f.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Path, "out", "", "write this `file` instead of the user config file")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "replace an existing file")
	return cmd
}

// userConfig is what config init writes.
type userConfig struct {
	Neo4j struct {
		URI          string `yaml:"uri"`
		User         string `yaml:"user"`
		Database     string `yaml:"database"`
		PasswordFile string `yaml:"password_file,omitempty"`
	} `yaml:"neo4j"`
}

func configInitRun(o *ConfigInitOptions, cfg *config.Config, out io.Writer) error {
	path := o.Path
	if path == "" {
		if path = config.UserFile(); path == "" {
			return fmt.Errorf("%w: no user config directory (is $HOME set?); give --out FILE", config.ErrInvalid)
		}
	}
	if _, err := os.Stat(path); err == nil && !o.Force {
		return usageError{fmt.Errorf("%s exists; add --force to replace it", path)}
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	var u userConfig
	u.Neo4j.URI, u.Neo4j.User, u.Neo4j.Database = cfg.Neo4j.URI, cfg.Neo4j.User, cfg.Neo4j.Database
	u.Neo4j.PasswordFile = cfg.Neo4j.PasswordPath
	body, err := yaml.Marshal(&u)
	if err != nil {
		return err
	}
	src := cfg.File
	if src == "" {
		src = "the built-in defaults"
	} else if abs, err := filepath.Abs(src); err == nil {
		src = abs
	}
	head := fmt.Sprintf("# Written by mediakg config init on %s from %s.\n"+
		"# mediakg reads this file when there is no --config and no ./config.yaml;\n"+
		"# keys not given here keep their defaults (mediakg config show prints them).\n",
		time.Now().Format("2006-01-02"), src)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("config init: %w", err)
	}
	if err := os.WriteFile(path, append([]byte(head), body...), 0o644); err != nil {
		return fmt.Errorf("config init: %w", err)
	}
	note := ""
	if u.Neo4j.PasswordFile != "" {
		if _, err := os.Stat(u.Neo4j.PasswordFile); err != nil {
			note = " (it does not exist yet: the local server writes it when it first starts)"
		}
	}
	_, err = fmt.Fprintf(out, "wrote %s: neo4j.uri %s, password file %s%s\n", path, u.Neo4j.URI, u.Neo4j.PasswordFile, note)
	return err
}
