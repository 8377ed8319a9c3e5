// Package config reads mediakg's settings into one typed, validated struct.
//
// Precedence, lowest first: the defaults in config.yaml (embedded in the
// binary, so it works from any directory), one config file, MEDIAKG_*
// environment variables (MEDIAKG_NEO4J_URI, MEDIAKG_LOAD_BATCH_SIZE, ...),
// then command-line flags. The config file is the first of: --config FILE,
// ./config.yaml, and config.yaml in the user's config directory
// (os.UserConfigDir()/mediakg, ~/.config/mediakg on Linux); relative paths
// in it (neo4j.password_file, nlp.gazetteers, ...) are taken relative to
// its folder. It is the only package that imports viper.
//
// The Neo4j password is never read from config.yaml: it comes from
// MEDIAKG_NEO4J_PASSWORD or from the file named by neo4j.password_file.
//
// Files:
//   - config.go: Config, Read, validation, masking
package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/mediakg/mediakg"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"gopkg.in/yaml.v3"
)

// Defaults is config.yaml from the repository root (package mediakg).
var Defaults = mediakg.DefaultConfig

// EnvPrefix prefixes every environment variable the config reads.
const EnvPrefix = "MEDIAKG"

// PasswordEnv is the environment variable that holds the Neo4j password.
const PasswordEnv = "MEDIAKG_NEO4J_PASSWORD"

// Config is the effective configuration.
type Config struct {
	Neo4j Neo4j `mapstructure:"neo4j" yaml:"neo4j"`
	Load  Load  `mapstructure:"load" yaml:"load"`
	Input Input `mapstructure:"input" yaml:"input"`
	NLP   NLP   `mapstructure:"nlp" yaml:"nlp"`
	Fetch Fetch `mapstructure:"fetch" yaml:"fetch"`
	Log   Log   `mapstructure:"log" yaml:"log"`

	// File is the config file that was read, "" for defaults only.
	File string `mapstructure:"-" yaml:"-"`
	// Searched lists where a config file was looked for, in order.
	Searched []string `mapstructure:"-" yaml:"-"`
}

// Neo4j holds the connection settings.
type Neo4j struct {
	URI            string        `mapstructure:"uri" yaml:"uri"`
	User           string        `mapstructure:"user" yaml:"user"`
	Database       string        `mapstructure:"database" yaml:"database"`
	PasswordFile   string        `mapstructure:"password_file" yaml:"password_file"`
	ConnectTimeout time.Duration `mapstructure:"connect_timeout" yaml:"connect_timeout"`
	// RetryMaxSeconds is how long a load keeps retrying, with backoff, a
	// transaction that failed because the server went away, counted from
	// the first failure; 0 turns these retries off.
	RetryMaxSeconds int `mapstructure:"retry_max_seconds" yaml:"retry_max_seconds"`
	// Password is filled from MEDIAKG_NEO4J_PASSWORD or PasswordFile; it is
	// never printed (see Masked).
	Password string `mapstructure:"-" yaml:"password,omitempty"`
	// PasswordSource says where Password came from, for `config show`.
	PasswordSource string `mapstructure:"-" yaml:"password_source,omitempty"`
	// PasswordPath is the password file looked at: PasswordFile, made
	// absolute against the config file's folder (or the working directory
	// when there is no config file). "" when the environment gave the
	// password.
	PasswordPath string `mapstructure:"-" yaml:"-"`
}

// RetryMax returns RetryMaxSeconds as a duration.
func (n Neo4j) RetryMax() time.Duration { return time.Duration(n.RetryMaxSeconds) * time.Second }

// Load holds the loader's settings.
type Load struct {
	BatchSize int  `mapstructure:"batch_size" yaml:"batch_size"`
	Workers   int  `mapstructure:"workers" yaml:"workers"`
	Progress  bool `mapstructure:"progress" yaml:"progress"`
	// ProgressInterval is the time between progress lines on stderr when
	// it is not a terminal; 0 prints none (the bar on a terminal stays).
	ProgressInterval time.Duration `mapstructure:"progress_interval" yaml:"progress_interval"`
	// EventWindowDays is the same-event window: an incoming event merges
	// into an existing one of the same type with a shared participant at
	// most this many days apart; -1 merges by id only.
	EventWindowDays int `mapstructure:"event_window_days" yaml:"event_window_days"`
}

// Input holds limits on what the reader accepts. A document over a limit
// is reported as skipped and the run goes on (docs/reliability.md).
type Input struct {
	MaxFileBytes int64 `mapstructure:"max_file_bytes" yaml:"max_file_bytes"`
	MaxLineBytes int   `mapstructure:"max_line_bytes" yaml:"max_line_bytes"`
	// MaxBodyBytes skips an article whose extracted body is longer.
	MaxBodyBytes int `mapstructure:"max_body_bytes" yaml:"max_body_bytes"`
	// MaxDOMNodes skips an HTML page with more nodes; 0 = no limit.
	MaxDOMNodes int `mapstructure:"max_dom_nodes" yaml:"max_dom_nodes"`
	// MaxDocTime is the time one document may take in reading, and again
	// in extraction; 0 = no limit.
	MaxDocTime time.Duration `mapstructure:"max_doc_time" yaml:"max_doc_time"`
	Extensions []string      `mapstructure:"extensions" yaml:"extensions"`
	// Workers is the number of documents read and extracted at once; 0 means
	// one per CPU.
	Workers int `mapstructure:"workers" yaml:"workers"`
}

// NLP names extra data files that extend the embedded gazetteers and
// lexicons without rebuilding.
type NLP struct {
	Gazetteers []string `mapstructure:"gazetteers" yaml:"gazetteers"`
	Triggers   []string `mapstructure:"triggers" yaml:"triggers"`
	// MinConfidence drops facts below this confidence from the output.
	MinConfidence float64 `mapstructure:"min_confidence" yaml:"min_confidence"`
}

// Fetch holds the limits on reading articles from http:// and https://
// addresses (internal/fetch).
type Fetch struct {
	// Timeout bounds a whole fetch: connect, redirects, headers and body.
	Timeout time.Duration `mapstructure:"timeout" yaml:"timeout"`
	// ConnectTimeout bounds the TCP connect and the TLS handshake.
	ConnectTimeout time.Duration `mapstructure:"connect_timeout" yaml:"connect_timeout"`
	// HeaderTimeout bounds the wait for the response headers.
	HeaderTimeout time.Duration `mapstructure:"header_timeout" yaml:"header_timeout"`
	// MaxBytes is the largest page accepted, after gzip decoding.
	MaxBytes     int64  `mapstructure:"max_bytes" yaml:"max_bytes"`
	MaxRedirects int    `mapstructure:"max_redirects" yaml:"max_redirects"`
	UserAgent    string `mapstructure:"user_agent" yaml:"user_agent"`
	// Workers is the number of pages fetched at once; PerHost caps those
	// to one host, and HostDelay spaces their starts.
	Workers   int           `mapstructure:"workers" yaml:"workers"`
	PerHost   int           `mapstructure:"per_host" yaml:"per_host"`
	HostDelay time.Duration `mapstructure:"host_delay" yaml:"host_delay"`
}

// Log holds logging settings.
type Log struct {
	Level string `mapstructure:"level" yaml:"level"`
}

// ErrInvalid wraps every validation failure, so the CLI can exit with the
// config exit code.
var ErrInvalid = errors.New("invalid configuration")

// UserFile returns where the user's own config file is looked for:
// os.UserConfigDir()/mediakg/config.yaml, "" when there is no such
// directory (no $HOME).
func UserFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "mediakg", "config.yaml")
}

// Find returns the config file to read: path when given (it must exist),
// else ./config.yaml when present, else UserFile() when present, else ""
// (the built-in defaults only); and the places it looked, in order.
func Find(path string) (string, []string, error) {
	if path != "" {
		if _, err := os.Stat(path); err != nil {
			return "", []string{path}, fmt.Errorf("%w: --config %s: %v; give an existing file, or leave --config out to use ./config.yaml, %s or the built-in defaults",
				ErrInvalid, path, errors.Unwrap(err), displayUserFile())
		}
		return path, []string{path}, nil
	}
	searched := []string{"config.yaml"}
	candidates := []string{"config.yaml"}
	if u := UserFile(); u != "" {
		searched = append(searched, u)
		candidates = append(candidates, u)
	}
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && !st.IsDir() {
			return c, searched, nil
		}
	}
	return "", searched, nil
}

func displayUserFile() string {
	if u := UserFile(); u != "" {
		return u
	}
	return "the user config directory's mediakg/config.yaml"
}

// Read builds the effective configuration from the embedded defaults, the
// config file Find picks for path, the environment and flags. flags may be
// nil; only flags the user set override. flagKeys maps a flag name to its
// config key ("neo4j-uri" -> "neo4j.uri").
func Read(path string, flags *pflag.FlagSet, flagKeys map[string]string) (*Config, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(Defaults)); err != nil {
		return nil, fmt.Errorf("read embedded defaults: %w", err)
	}
	file, searched, err := Find(path)
	if err != nil {
		return nil, err
	}
	if file != "" {
		raw, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("%w: read config %s: %v", ErrInvalid, file, err)
		}
		if err := checkKeys(raw, file); err != nil {
			return nil, err
		}
		if err := v.MergeConfig(bytes.NewReader(raw)); err != nil {
			return nil, fmt.Errorf("%w: parse config %s: %v", ErrInvalid, file, err)
		}
	}
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if flags != nil {
		for name, key := range flagKeys {
			f := flags.Lookup(name)
			if f == nil || !f.Changed {
				continue
			}
			if err := v.BindPFlag(key, f); err != nil {
				return nil, fmt.Errorf("bind flag --%s: %w", name, err)
			}
		}
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	c.File, c.Searched = file, searched
	c.resolvePaths(file)
	if err := c.loadPassword(file); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// checkKeys rejects keys that the defaults do not know, so a typo in a config
// file is an error rather than a silently ignored setting.
func checkKeys(raw []byte, file string) error {
	known := map[string]any{}
	if err := yaml.Unmarshal(Defaults, &known); err != nil {
		return fmt.Errorf("parse embedded defaults: %w", err)
	}
	got := map[string]any{}
	if err := yaml.Unmarshal(raw, &got); err != nil {
		return fmt.Errorf("%w: parse config %s: %v", ErrInvalid, file, err)
	}
	var unknown []string
	for section, val := range got {
		ks, ok := known[section].(map[string]any)
		if !ok {
			unknown = append(unknown, section)
			continue
		}
		m, ok := val.(map[string]any)
		if !ok {
			continue
		}
		for k := range m {
			if _, ok := ks[k]; !ok {
				unknown = append(unknown, section+"."+k)
			}
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("%w: %s: unknown keys: %s", ErrInvalid, file, strings.Join(unknown, ", "))
	}
	return nil
}

// resolvePaths makes the relative paths of a config file (extra
// gazetteers and trigger lexicons) relative to its folder, so that the
// file means the same from any working directory. Paths given by the
// environment or flags stay relative to the working directory.
func (c *Config) resolvePaths(configFile string) {
	if configFile == "" {
		return
	}
	dir := filepath.Dir(configFile)
	for _, key := range []struct {
		env  string
		list []string
	}{{"MEDIAKG_NLP_GAZETTEERS", c.NLP.Gazetteers}, {"MEDIAKG_NLP_TRIGGERS", c.NLP.Triggers}} {
		if _, set := os.LookupEnv(key.env); set {
			continue
		}
		list := key.list
		for i, p := range list {
			if p != "" && !filepath.IsAbs(p) {
				list[i] = filepath.Join(dir, p)
			}
		}
	}
}

// loadPassword fills Neo4j.Password from the environment or the password
// file. A relative password file is taken relative to the config file's
// directory when there is one, else to the working directory. A missing
// file is no error here: commands that dial Neo4j report it
// (MissingPassword), the others need no password.
func (c *Config) loadPassword(configFile string) error {
	if pw, ok := os.LookupEnv(PasswordEnv); ok && pw != "" {
		c.Neo4j.Password = pw
		c.Neo4j.PasswordSource = "env " + PasswordEnv
		return nil
	}
	pf := c.Neo4j.PasswordFile
	if pf == "" {
		return nil
	}
	if !filepath.IsAbs(pf) && configFile != "" {
		pf = filepath.Join(filepath.Dir(configFile), pf)
	}
	if abs, err := filepath.Abs(pf); err == nil {
		pf = abs
	}
	c.Neo4j.PasswordPath = pf
	raw, err := os.ReadFile(pf)
	if errors.Is(err, os.ErrNotExist) {
		// No password yet (server never started); commands that dial Neo4j
		// report that when they connect.
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: read neo4j.password_file %s: %v", ErrInvalid, pf, err)
	}
	c.Neo4j.Password = strings.TrimSpace(string(raw))
	c.Neo4j.PasswordSource = "file " + pf
	if c.Neo4j.Password == "" {
		return fmt.Errorf("%w: the password file %s (neo4j.password_file) is empty; write the password into it, or set %s",
			ErrInvalid, pf, PasswordEnv)
	}
	return nil
}

// MissingPassword is the configuration error of a command that needs the
// server when no password was found, nil when there is one. It says where
// it looked and how to fix it.
func (c *Config) MissingPassword() error {
	if c.Neo4j.Password != "" {
		return nil
	}
	from := "of the built-in defaults, taken relative to the working directory"
	if c.File != "" {
		from = "of " + c.File + ", taken relative to its folder"
	}
	where := "neo4j.password_file is empty"
	if c.Neo4j.PasswordPath != "" {
		where = fmt.Sprintf("%s does not exist (neo4j.password_file %q %s)", c.Neo4j.PasswordPath, c.Neo4j.PasswordFile, from)
	}
	return fmt.Errorf("%w: no Neo4j password: %s. Fix: set %s; or run mediakg in the checkout whose server it should use "+
		"(its server writes .neo4j/password on first start), or with --config <checkout>/config.yaml; "+
		"or run \"mediakg config init\" in that checkout once, and mediakg finds the password from any folder",
		ErrInvalid, where, PasswordEnv)
}

// Validate checks ranges and required values.
func (c *Config) Validate() error {
	var errs []string
	if c.Neo4j.URI == "" {
		errs = append(errs, "neo4j.uri is empty")
	} else if !hasScheme(c.Neo4j.URI, "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc") {
		errs = append(errs, fmt.Sprintf("neo4j.uri %q: unknown scheme; use bolt://, neo4j://, or bolt+s://, neo4j+s:// (TLS) or bolt+ssc://, neo4j+ssc:// (TLS, self-signed certificate)", c.Neo4j.URI))
	}
	if c.Neo4j.User == "" {
		errs = append(errs, "neo4j.user is empty")
	}
	if c.Neo4j.Database == "" {
		errs = append(errs, "neo4j.database is empty")
	}
	if c.Neo4j.ConnectTimeout <= 0 {
		errs = append(errs, "neo4j.connect_timeout must be positive")
	}
	if c.Neo4j.RetryMaxSeconds < 0 || c.Neo4j.RetryMaxSeconds > 86400 {
		errs = append(errs, fmt.Sprintf("neo4j.retry_max_seconds %d: must be 0..86400 (0 = no retries)", c.Neo4j.RetryMaxSeconds))
	}
	if c.Load.BatchSize < 1 || c.Load.BatchSize > 100000 {
		errs = append(errs, fmt.Sprintf("load.batch_size %d: must be 1..100000", c.Load.BatchSize))
	}
	if c.Load.Workers < 1 || c.Load.Workers > 64 {
		errs = append(errs, fmt.Sprintf("load.workers %d: must be 1..64", c.Load.Workers))
	}
	if c.Load.ProgressInterval < 0 {
		errs = append(errs, fmt.Sprintf("load.progress_interval %v: must be 0 (no progress lines) or positive", c.Load.ProgressInterval))
	}
	if c.Load.EventWindowDays == 0 || c.Load.EventWindowDays < -1 || c.Load.EventWindowDays > 366 {
		errs = append(errs, fmt.Sprintf("load.event_window_days %d: must be 1..366, or -1 to merge events by id only", c.Load.EventWindowDays))
	}
	if c.Input.Workers < 0 || c.Input.Workers > 256 {
		errs = append(errs, fmt.Sprintf("input.workers %d: must be 0..256 (0 = one per CPU)", c.Input.Workers))
	}
	if c.Input.MaxFileBytes < 1 {
		errs = append(errs, "input.max_file_bytes must be positive")
	}
	if c.Input.MaxLineBytes < 1 {
		errs = append(errs, "input.max_line_bytes must be positive")
	}
	errs = append(errs, c.Fetch.validate()...)
	if c.Input.MaxBodyBytes < 1 {
		errs = append(errs, "input.max_body_bytes must be positive")
	}
	if c.Input.MaxDOMNodes < 0 {
		errs = append(errs, "input.max_dom_nodes must be 0 (no limit) or positive")
	}
	if c.Input.MaxDocTime < 0 {
		errs = append(errs, "input.max_doc_time must be 0 (no limit) or positive")
	}
	if c.NLP.MinConfidence < 0 || c.NLP.MinConfidence > 1 {
		errs = append(errs, fmt.Sprintf("nlp.min_confidence %g: must be 0..1", c.NLP.MinConfidence))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Sprintf("log.level %q: must be debug, info, warn or error", c.Log.Level))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %s", ErrInvalid, strings.Join(errs, "; "))
	}
	return nil
}

func (f Fetch) validate() []string {
	var errs []string
	for _, d := range []struct {
		key string
		v   time.Duration
	}{{"timeout", f.Timeout}, {"connect_timeout", f.ConnectTimeout}, {"header_timeout", f.HeaderTimeout}} {
		if d.v <= 0 {
			errs = append(errs, fmt.Sprintf("fetch.%s %v: must be positive", d.key, d.v))
		}
	}
	if f.MaxBytes < 1 {
		errs = append(errs, fmt.Sprintf("fetch.max_bytes %d: must be positive", f.MaxBytes))
	}
	if f.MaxRedirects < 0 || f.MaxRedirects > 30 {
		errs = append(errs, fmt.Sprintf("fetch.max_redirects %d: must be 0..30", f.MaxRedirects))
	}
	if strings.TrimSpace(f.UserAgent) == "" || strings.ContainsAny(f.UserAgent, "\r\n") {
		errs = append(errs, fmt.Sprintf("fetch.user_agent %q: must be one non-empty line", f.UserAgent))
	}
	if f.Workers < 1 || f.Workers > 64 {
		errs = append(errs, fmt.Sprintf("fetch.workers %d: must be 1..64", f.Workers))
	}
	if f.PerHost < 1 || f.PerHost > 16 {
		errs = append(errs, fmt.Sprintf("fetch.per_host %d: must be 1..16", f.PerHost))
	}
	if f.HostDelay < 0 {
		errs = append(errs, fmt.Sprintf("fetch.host_delay %v: must not be negative", f.HostDelay))
	}
	return errs
}

func hasScheme(uri string, schemes ...string) bool {
	for _, s := range schemes {
		if strings.HasPrefix(uri, s+"://") {
			return true
		}
	}
	return false
}

// Masked returns a copy whose secrets are replaced by a mask, for printing.
func (c Config) Masked() Config {
	if c.Neo4j.Password != "" {
		c.Neo4j.Password = "********"
	}
	return c
}

// YAML renders the masked configuration as YAML.
func (c Config) YAML() ([]byte, error) {
	m := c.Masked()
	return yaml.Marshal(&m)
}
