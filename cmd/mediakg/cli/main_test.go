package cli

import (
	"os"
	"testing"
)

// TestMain keeps the machine user's own config file
// (os.UserConfigDir()/mediakg/config.yaml) out of every test: the tests
// that want one write it into their own XDG_CONFIG_HOME.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mediakg-cli-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
