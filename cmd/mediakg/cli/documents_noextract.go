//go:build !mediakg_nlp

package cli

import "errors"

// isNoPipeline reports whether err says this build has no reader and
// pipeline (see eval_noextract.go); the integrator deletes this file with
// eval_noextract.go.
func isNoPipeline(err error) bool { return errors.Is(err, errNoPipeline) }
