package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestHelpFlags walks every command's --help: a boolean flag shows as
// --name (not --name[=true|false]), and a flag's value placeholder is one
// word (pflag takes `quoted` words of the usage for it).
func TestHelpFlags(t *testing.T) {
	f := NewFactory(IO{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &bytes.Buffer{}})
	root := NewRootCmd(f)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		var help bytes.Buffer
		c.SetOut(&help)
		if err := c.Help(); err != nil {
			t.Fatalf("%s --help: %v", c.CommandPath(), err)
		}
		if strings.Contains(help.String(), "[=true|false]") {
			t.Errorf("%s --help shows a boolean flag as [=true|false]:\n%s", c.CommandPath(), help.String())
		}
		check := func(fl *pflag.Flag) {
			name, _ := pflag.UnquoteUsage(fl)
			if strings.ContainsAny(name, " \t") {
				t.Errorf("%s --%s: value placeholder %q is not one word", c.CommandPath(), fl.Name, name)
			}
		}
		c.LocalFlags().VisitAll(check)
		c.InheritedFlags().VisitAll(check)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
