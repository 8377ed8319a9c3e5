package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestMain keeps the machine user's own config file out of every test.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mediakg-config-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// noUserConfig points the user config directory at an empty folder, so
// that a config file of the machine's user never reaches a test.
func noUserConfig(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	return dir
}

func TestDefaults(t *testing.T) {
	noUserConfig(t)
	t.Chdir(t.TempDir())
	t.Setenv(PasswordEnv, "")
	c, err := Read("", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.URI != "bolt://127.0.0.1:7687" || c.Neo4j.Database != "neo4j" || c.Load.BatchSize != 10000 {
		t.Errorf("unexpected defaults: %+v", c)
	}
	if c.File != "" {
		t.Errorf("File = %q, want none", c.File)
	}
}

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	file := writeFile(t, dir, "my.yaml", "neo4j:\n  uri: bolt://file:7687\n  database: filedb\nload:\n  batch_size: 50\n")
	t.Setenv("MEDIAKG_NEO4J_DATABASE", "envdb")
	t.Setenv("MEDIAKG_LOAD_BATCH_SIZE", "70")

	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.Int("batch-size", 0, "")
	fs.String("neo4j-uri", "", "")
	if err := fs.Parse([]string{"--batch-size=90"}); err != nil {
		t.Fatal(err)
	}
	c, err := Read(file, fs, map[string]string{"batch-size": "load.batch_size", "neo4j-uri": "neo4j.uri"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.URI != "bolt://file:7687" {
		t.Errorf("uri = %q: file should override default, unset flag should not override", c.Neo4j.URI)
	}
	if c.Neo4j.Database != "envdb" {
		t.Errorf("database = %q: env should override file", c.Neo4j.Database)
	}
	if c.Load.BatchSize != 90 {
		t.Errorf("batch_size = %d: flag should override env", c.Load.BatchSize)
	}
}

func TestUnknownKeyRejected(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "c.yaml", "neo4j:\n  urii: bolt://x:1\n")
	_, err := Read(file, nil, nil)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "neo4j.urii") {
		t.Fatalf("want ErrInvalid naming neo4j.urii, got %v", err)
	}
}

func TestValidation(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"scheme":     "neo4j:\n  uri: http://x:7474\n",
		"batch":      "load:\n  batch_size: 0\n",
		"level":      "log:\n  level: loud\n",
		"confidence": "nlp:\n  min_confidence: 2\n",
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Read(writeFile(t, dir, name+".yaml", body), nil, nil)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("want ErrInvalid, got %v", err)
			}
		})
	}
}

func TestPasswordSourcesAndMasking(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "pw", "s3cret\n")
	file := writeFile(t, dir, "c.yaml", "neo4j:\n  password_file: pw\n")

	t.Setenv(PasswordEnv, "")
	c, err := Read(file, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.Password != "s3cret" || !strings.HasPrefix(c.Neo4j.PasswordSource, "file ") {
		t.Errorf("password from file: got %q from %q", c.Neo4j.Password, c.Neo4j.PasswordSource)
	}
	out, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "s3cret") || !strings.Contains(string(out), "********") {
		t.Errorf("YAML leaks or does not mask the password:\n%s", out)
	}
	if c.Neo4j.Password != "s3cret" {
		t.Error("Masked must not change the original")
	}

	t.Setenv(PasswordEnv, "fromenv")
	c, err = Read(file, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.Password != "fromenv" {
		t.Errorf("env password should win, got %q", c.Neo4j.Password)
	}
}

// TestInputLimits: the per-document limits have their documented defaults,
// are set from the environment (a duration for max_doc_time), and bad
// values are rejected as invalid configuration.
func TestInputLimits(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv(PasswordEnv, "")
	c, err := Read("", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	in := c.Input
	if in.MaxFileBytes != 16<<20 || in.MaxBodyBytes != 1<<20 || in.MaxDOMNodes != 1000000 || in.MaxDocTime.String() != "1m0s" {
		t.Errorf("defaults %+v", in)
	}
	t.Setenv("MEDIAKG_INPUT_MAX_DOC_TIME", "2m30s")
	t.Setenv("MEDIAKG_INPUT_MAX_DOM_NODES", "0")
	if c, err = Read("", nil, nil); err != nil || c.Input.MaxDocTime.String() != "2m30s" || c.Input.MaxDOMNodes != 0 {
		t.Errorf("from the environment: %+v, %v", c.Input, err)
	}
	for key, val := range map[string]string{"MEDIAKG_INPUT_MAX_DOC_TIME": "-1s", "MEDIAKG_INPUT_MAX_BODY_BYTES": "0", "MEDIAKG_INPUT_MAX_DOM_NODES": "-5"} {
		t.Run(key, func(t *testing.T) {
			t.Setenv(key, val)
			if _, err := Read("", nil, nil); !errors.Is(err, ErrInvalid) {
				t.Errorf("%s=%s: error %v, want ErrInvalid", key, val, err)
			}
		})
	}
}

func TestFetchSettings(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv(PasswordEnv, "")
	c, err := Read("", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := c.Fetch
	if f.Timeout.String() != "30s" || f.ConnectTimeout.String() != "10s" || f.HeaderTimeout.String() != "15s" ||
		f.MaxBytes != 16<<20 || f.MaxRedirects != 5 || !strings.Contains(f.UserAgent, "mediakg") ||
		f.Workers != 4 || f.PerHost != 2 || f.HostDelay != 0 {
		t.Errorf("fetch defaults: %+v", f)
	}

	dir := t.TempDir()
	for name, body := range map[string]string{
		"timeout":   "fetch:\n  timeout: 0s\n",
		"max_bytes": "fetch:\n  max_bytes: 0\n",
		"redirects": "fetch:\n  max_redirects: -1\n",
		"agent":     "fetch:\n  user_agent: \"\"\n",
		"per_host":  "fetch:\n  per_host: 0\n",
		"delay":     "fetch:\n  host_delay: -1s\n",
		"unknown":   "fetch:\n  proxy: http://127.0.0.1:3128\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Read(writeFile(t, dir, name+".yaml", body), nil, nil)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "fetch.") {
				t.Errorf("want ErrInvalid naming a fetch key, got %v", err)
			}
		})
	}

	t.Setenv("MEDIAKG_FETCH_TIMEOUT", "2s")
	t.Setenv("MEDIAKG_FETCH_MAX_BYTES", "5000")
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.Int("fetch-max-redirects", 0, "")
	fs.String("fetch-timeout", "", "")
	if err := fs.Parse([]string{"--fetch-max-redirects=0"}); err != nil {
		t.Fatal(err)
	}
	c, err = Read("", fs, map[string]string{"fetch-max-redirects": "fetch.max_redirects", "fetch-timeout": "fetch.timeout"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Fetch.Timeout.String() != "2s" || c.Fetch.MaxBytes != 5000 || c.Fetch.MaxRedirects != 0 {
		t.Errorf("env and flag overrides: %+v", c.Fetch)
	}
}

// TestFind: --config, then ./config.yaml, then the user's config file,
// then the built-in defaults.
func TestFind(t *testing.T) {
	user := noUserConfig(t)
	work := t.TempDir()
	t.Chdir(work)
	t.Setenv(PasswordEnv, "")
	userFile := filepath.Join(user, "mediakg", "config.yaml")
	given := writeFile(t, t.TempDir(), "given.yaml", "neo4j:\n  database: given\n")

	c, err := Read("", nil, nil)
	if err != nil || c.File != "" || len(c.Searched) != 2 || c.Searched[1] != userFile {
		t.Fatalf("nothing: file %q searched %q err %v", c.File, c.Searched, err)
	}
	if err := os.MkdirAll(filepath.Dir(userFile), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Dir(userFile), "config.yaml", "neo4j:\n  database: user\n")
	if c, err = Read("", nil, nil); err != nil || c.File != userFile || c.Neo4j.Database != "user" {
		t.Fatalf("user file: %q %q %v", c.File, c.Neo4j.Database, err)
	}
	writeFile(t, work, "config.yaml", "neo4j:\n  database: here\n")
	if c, err = Read("", nil, nil); err != nil || c.File != "config.yaml" || c.Neo4j.Database != "here" {
		t.Fatalf("./config.yaml: %q %q %v", c.File, c.Neo4j.Database, err)
	}
	if c, err = Read(given, nil, nil); err != nil || c.File != given || c.Neo4j.Database != "given" {
		t.Fatalf("--config: %q %q %v", c.File, c.Neo4j.Database, err)
	}
	_, err = Read(filepath.Join(work, "nope.yaml"), nil, nil)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "--config") || !strings.Contains(err.Error(), "leave --config out") {
		t.Errorf("missing --config file: %v", err)
	}
}

// TestRelativePathsFromConfigFolder: neo4j.password_file and the extra
// data files of a config file are found next to it, from any working
// directory; the same relative path from the environment stays relative
// to the working directory.
func TestRelativePathsFromConfigFolder(t *testing.T) {
	noUserConfig(t)
	t.Setenv(PasswordEnv, "")
	checkout := t.TempDir()
	if err := os.MkdirAll(filepath.Join(checkout, ".neo4j"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(checkout, ".neo4j"), "password", "s3cret-from-file\n")
	file := writeFile(t, checkout, "config.yaml", "nlp:\n  gazetteers: [extra/outlets.yaml]\n")
	t.Chdir(t.TempDir()) // somewhere else
	c, err := Read(file, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.Password != "s3cret-from-file" || c.Neo4j.PasswordPath != filepath.Join(checkout, ".neo4j", "password") {
		t.Errorf("password %q from %q", c.Neo4j.Password, c.Neo4j.PasswordPath)
	}
	if want := filepath.Join(checkout, "extra", "outlets.yaml"); len(c.NLP.Gazetteers) != 1 || c.NLP.Gazetteers[0] != want {
		t.Errorf("gazetteers %q, want %q", c.NLP.Gazetteers, want)
	}
	t.Setenv("MEDIAKG_NLP_GAZETTEERS", "mine.yaml")
	if c, err = Read(file, nil, nil); err != nil || len(c.NLP.Gazetteers) != 1 || c.NLP.Gazetteers[0] != "mine.yaml" {
		t.Errorf("gazetteers from the environment: %q %v", c.NLP.Gazetteers, err)
	}
}

// TestMissingPassword: no password is a configuration error that names
// where it looked and how to fix it; an empty password file is one too.
func TestMissingPassword(t *testing.T) {
	noUserConfig(t)
	t.Setenv(PasswordEnv, "")
	dir := t.TempDir()
	t.Chdir(dir)
	c, err := Read("", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = c.MissingPassword()
	for _, want := range []string{filepath.Join(dir, ".neo4j", "password") + " does not exist", "built-in defaults", PasswordEnv, "mediakg config init", "--config"} {
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), want) {
			t.Errorf("MissingPassword() = %v; want ErrInvalid naming %q", err, want)
		}
	}
	t.Setenv(PasswordEnv, "from-env")
	if c, err = Read("", nil, nil); err != nil || c.MissingPassword() != nil {
		t.Errorf("with %s: %v %v", PasswordEnv, err, c.MissingPassword())
	}
	t.Setenv(PasswordEnv, "")
	if err := os.MkdirAll(filepath.Join(dir, ".neo4j"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, ".neo4j"), "password", "\n")
	if _, err := Read("", nil, nil); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "is empty") {
		t.Errorf("empty password file: %v", err)
	}
}
