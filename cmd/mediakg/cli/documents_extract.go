//go:build mediakg_nlp

package cli

// isNoPipeline is false in builds with the reader and pipeline; the
// integrator deletes this file and the call with documents_noextract.go.
func isNoPipeline(error) bool { return false }
