// Package mediakg holds files of the repository root that the binary embeds:
// config.yaml, the documented defaults that the config package reads first.
package mediakg

import _ "embed"

// DefaultConfig is config.yaml: every setting with its default value.
//
//go:embed config.yaml
var DefaultConfig []byte
