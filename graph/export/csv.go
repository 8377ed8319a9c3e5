package export

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

// csvSink writes one file per node label and one per relationship type and
// endpoint labels, with neo4j-admin headers: node ids live in one id space
// per label (Country by iso3, the rest by id).
type csvSink struct {
	dir   string
	files map[string]*csvFile
}

type csvFile struct {
	name  string
	rel   bool
	f     *os.File
	w     *bufio.Writer
	props []schema.Property
}

func newCSVSink(dir string) (*csvSink, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return &csvSink{dir: dir, files: map[string]*csvFile{}}, nil
}

func (s *csvSink) open(name string, rel bool, props []schema.Property, header string) (*csvFile, error) {
	if f, ok := s.files[name]; ok {
		return f, nil
	}
	f, err := os.Create(filepath.Join(s.dir, name))
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	cf := &csvFile{name: name, rel: rel, f: f, w: bufio.NewWriterSize(f, 1<<16), props: props}
	if _, err := cf.w.WriteString(header + "\n"); err != nil {
		return nil, fmt.Errorf("export %s: %w", name, err)
	}
	s.files[name] = cf
	return cf, nil
}

func (s *csvSink) node(l schema.Label, props map[string]any) error {
	ps := nodeProps(l)
	f, err := s.open("nodes-"+string(l)+".csv", false, ps, func() string {
		cols := make([]string, 0, len(ps)+2)
		if schema.KeyProperty(l) == "" {
			// No key: the id names the node in the import only.
			cols = append(cols, fmt.Sprintf(":ID(%s)", l))
		}
		for i, p := range ps {
			if i == 0 && schema.KeyProperty(l) != "" {
				cols = append(cols, fmt.Sprintf("%s:ID(%s)", p.Name, l))
				continue
			}
			cols = append(cols, p.Name+csvType(p))
		}
		return strings.Join(append(cols, ":LABEL"), ",")
	}())
	if err != nil {
		return err
	}
	fields := make([]string, 0, len(ps)+2)
	if schema.KeyProperty(l) == "" {
		fields = append(fields, csvField(props["id"]))
	}
	for _, p := range ps {
		fields = append(fields, csvField(props[p.Name]))
	}
	fields = append(fields, string(l))
	return f.line(fields)
}

func (s *csvSink) rel(t schema.RelType, from, to plan.Ref, props map[string]any) error {
	ps := relProps(t)
	name := fmt.Sprintf("rels-%s-%s-%s.csv", t, from.Label, to.Label)
	f, err := s.open(name, true, ps, func() string {
		cols := []string{fmt.Sprintf(":START_ID(%s)", from.Label), fmt.Sprintf(":END_ID(%s)", to.Label)}
		for _, p := range ps {
			cols = append(cols, p.Name+csvType(p))
		}
		return strings.Join(append(cols, ":TYPE"), ",")
	}())
	if err != nil {
		return err
	}
	fields := []string{csvField(from.Key()), csvField(to.Key())}
	for _, p := range ps {
		fields = append(fields, csvField(props[p.Name]))
	}
	fields = append(fields, string(t))
	return f.line(fields)
}

func (f *csvFile) line(fields []string) error {
	if _, err := f.w.WriteString(strings.Join(fields, ",") + "\n"); err != nil {
		return fmt.Errorf("export %s: %w", f.name, err)
	}
	return nil
}

func (s *csvSink) close() ([]string, []string, error) {
	var files, args []string
	var firstErr error
	names := make([]string, 0, len(s.files))
	for n := range s.files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := s.files[n]
		if err := f.w.Flush(); err != nil && firstErr == nil {
			firstErr = fmt.Errorf("export %s: %w", n, err)
		}
		if err := f.f.Close(); err != nil && firstErr == nil {
			firstErr = fmt.Errorf("export %s: %w", n, err)
		}
		files = append(files, n)
		abs, err := filepath.Abs(filepath.Join(s.dir, n))
		if err != nil && firstErr == nil {
			firstErr = err
		}
		if f.rel {
			args = append(args, "--relationships="+abs)
		} else {
			args = append(args, "--nodes="+abs)
		}
	}
	args = append(args, "--array-delimiter=U+001F", "--multiline-fields=true")
	return files, args, firstErr
}
