//go:build !mediakg_nlp

package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// Without the reader and the pipeline, eval says so instead of scoring
// nothing.
func TestEvalWithoutPipeline(t *testing.T) {
	var out, errOut bytes.Buffer
	gold := filepath.Join("..", "..", "..", "testdata", "gold")
	code := Main([]string{"eval", "--gold", gold}, nil, &out, &errOut)
	if code != ExitError || !strings.Contains(errOut.String(), "--docs") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}
