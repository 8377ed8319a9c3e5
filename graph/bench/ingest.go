package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/mediakg/mediakg/graph"
)

// IngestOptions configure RunIngest.
type IngestOptions struct {
	// Corpus shapes the input (see WriteCorpus); Base are the page records
	// it is made from, Source says where they came from.
	Corpus CorpusOptions
	Base   []record
	Source string
	// Out, when set, is where the corpus is written and kept; otherwise it
	// goes to a temporary file that is removed at the end.
	Out string
	// Reset wipes a non-empty database first; without it RunIngest refuses
	// one. Keep leaves the loaded data; by default it is deleted at the end.
	Reset, Keep bool
	// Rerun runs the ingest a second time over the same, unchanged corpus.
	Rerun bool
	// ServerPID, when not 0, is the server's process id on this machine:
	// the CPU time it spent on each run is reported.
	ServerPID int
	// BatchSize and Workers are the loader's, as reported.
	BatchSize, Workers int
	// Ingest runs the real ingest path (reader, the filter of articles
	// already in the graph, NLP pipeline, loader) over the corpus file.
	Ingest func(ctx context.Context, path string) (graph.LoadStats, error)
	// Log, when set, receives progress messages.
	Log func(format string, args ...any)
}

// IngestRun is one ingest of the corpus.
type IngestRun struct {
	Seconds      float64 `json:"seconds"`
	Articles     int     `json:"articles"`
	Added        int     `json:"added"`
	Replaced     int     `json:"replaced"`
	Unchanged    int     `json:"unchanged"`
	Copies       int     `json:"copies"`
	OwnAddress   int     `json:"own_address"`
	Failed       int     `json:"failed"`
	Extracted    int     `json:"extracted"`
	Facts        int     `json:"facts"`
	NodesCreated int     `json:"nodes_created"`
	RelsCreated  int     `json:"rels_created"`
	Transactions int     `json:"transactions"`
	Waits        int     `json:"waits"`
	TxRetries    int     `json:"tx_retries"`
	Overlaps     int     `json:"overlaps"`
	ArticlesPerS float64 `json:"articles_per_s"`
	RelsPerS     float64 `json:"rels_per_s"`
	// ServerCPUSeconds is the server's CPU time during the run (with
	// IngestOptions.ServerPID); ClientCPUSeconds this process's (reading,
	// extraction, planning).
	ServerCPUSeconds    float64 `json:"server_cpu_s,omitempty"`
	ServerCPUPer10kRels float64 `json:"server_cpu_s_per_10k_rels,omitempty"`
	ClientCPUSeconds    float64 `json:"client_cpu_s"`
	LoadAverage         float64 `json:"load_average"`
	// Where the wall time went (graph.StageTimes): the planner waiting for
	// documents (reading, extraction), planning, waiting for the writers;
	// the writers writing, summed over writers.
	SourceWaitSeconds float64               `json:"source_wait_s"`
	PlanningSeconds   float64               `json:"planning_s"`
	SubmitWaitSeconds float64               `json:"submit_wait_s"`
	WritingSeconds    float64               `json:"writing_s"`
	Statements        []graph.StatementTime `json:"statements"`
}

// IngestResult is what `mediakg bench ingest` prints.
type IngestResult struct {
	Source    string      `json:"source"`
	Corpus    CorpusStats `json:"corpus"`
	Repeat    float64     `json:"repeat"`
	BatchSize int         `json:"batch_size"`
	Workers   int         `json:"workers"`
	First     IngestRun   `json:"first"`
	Rerun     *IngestRun  `json:"rerun,omitempty"`
	// PeakRSSMB is the process's peak resident set (VmHWM) in MiB, over
	// the whole bench.
	PeakRSSMB float64 `json:"peak_rss_mb"`
	GoVersion string  `json:"go_version"`
	CPUs      int     `json:"cpus"`
	Server    string  `json:"server"`
}

// RunIngest writes a corpus whose events repeat across articles (wire
// copies and follow-ups, WriteCorpus), runs the real ingest path over it
// against the server behind c, and, with Rerun, once more over the same
// unchanged corpus; it reports the rates, the server's and the client's
// CPU time and the peak memory, and deletes the loaded data unless Keep.
func RunIngest(ctx context.Context, c *graph.Client, opts IngestOptions) (IngestResult, error) {
	logf := opts.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	res := IngestResult{Source: opts.Source, Repeat: opts.Corpus.Repeat, BatchSize: opts.BatchSize, Workers: opts.Workers,
		GoVersion: runtime.Version(), CPUs: runtime.NumCPU(), Server: c.URI}
	if res.BatchSize <= 0 {
		res.BatchSize = graph.DefaultBatchSize
	}
	if res.Workers <= 0 {
		res.Workers = 1
	}
	if opts.Ingest == nil {
		return res, errors.New("bench: no ingest function")
	}
	if opts.Corpus.Articles <= 0 {
		opts.Corpus.Articles = 10000
	}

	path := opts.Out
	if path == "" {
		dir, err := os.MkdirTemp("", "mediakg-bench-")
		if err != nil {
			return res, fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "corpus.jsonl")
	}
	f, err := os.Create(path)
	if err != nil {
		return res, fmt.Errorf("bench: %w", err)
	}
	res.Corpus, err = WriteCorpus(f, opts.Base, opts.Corpus)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return res, err
	}
	logf("corpus: %d articles (%d originals, %d copies, %.1f MB) in %s", res.Corpus.Records, res.Corpus.Originals, res.Corpus.Copies, float64(res.Corpus.Bytes)/(1<<20), path)

	if err := prepare(ctx, c, opts.Reset, logf); err != nil {
		return res, err
	}
	if !opts.Keep {
		defer func() {
			logf("deleting the benchmark data")
			_ = wipe(context.WithoutCancel(ctx), c)
		}()
	}

	logf("ingest: %d articles, batch size %d, %d workers", res.Corpus.Records, res.BatchSize, res.Workers)
	res.First, err = timedIngest(ctx, opts, path)
	if err != nil {
		return res, err
	}
	if opts.Rerun {
		logf("ingest again, nothing changed")
		r, err := timedIngest(ctx, opts, path)
		if err != nil {
			return res, err
		}
		res.Rerun = &r
	}
	res.PeakRSSMB = peakRSSMB()
	return res, nil
}

// prepare makes sure the database is empty (wiping it with reset) and has
// the schema.
func prepare(ctx context.Context, c *graph.Client, reset bool, logf func(string, ...any)) error {
	n, err := nodeCount(ctx, c)
	if err != nil {
		return err
	}
	if n > 0 && !reset {
		return fmt.Errorf("bench: the database holds %d nodes; use a scratch database, or --reset to wipe it", n)
	}
	if n > 0 {
		logf("wiping %d nodes", n)
		if err := wipe(ctx, c); err != nil {
			return err
		}
	}
	_, err = graph.ApplySchema(ctx, c)
	return err
}

func timedIngest(ctx context.Context, opts IngestOptions, path string) (IngestRun, error) {
	var r IngestRun
	r.LoadAverage = loadAverage()
	var cpu0 float64
	var err error
	if opts.ServerPID != 0 {
		if cpu0, err = processCPU(opts.ServerPID); err != nil {
			return r, err
		}
	}
	self0 := selfCPU()
	st, err := opts.Ingest(ctx, path)
	r.ClientCPUSeconds = selfCPU() - self0
	if err != nil {
		return r, fmt.Errorf("bench ingest: %w", err)
	}
	if opts.ServerPID != 0 {
		if r.ServerCPUSeconds, r.ServerCPUPer10kRels, err = serverCPUSince(opts.ServerPID, cpu0, st.RelsCreated); err != nil {
			return r, err
		}
	}
	r.Seconds = st.Duration.Seconds()
	r.Articles, r.Added, r.Replaced, r.Unchanged, r.Copies, r.OwnAddress, r.Failed = st.Articles, st.Added, st.Replaced, st.Unchanged, st.Copies, st.OwnAddress, st.Failed
	r.Extracted, r.Facts, r.NodesCreated, r.RelsCreated, r.Transactions, r.Waits = st.Extracted, st.Facts, st.NodesCreated, st.RelsCreated, st.Transactions, st.Waits
	r.TxRetries, r.Overlaps = st.TxRetries, st.Overlaps
	if r.Seconds > 0 {
		r.ArticlesPerS = float64(st.Articles) / r.Seconds
		r.RelsPerS = float64(st.RelsCreated) / r.Seconds
	}
	r.Statements = st.Statements()
	r.SourceWaitSeconds, r.PlanningSeconds = st.Stages.SourceWait.Seconds(), st.Stages.Planning.Seconds()
	r.SubmitWaitSeconds, r.WritingSeconds = st.Stages.SubmitWait.Seconds(), st.Stages.Writing.Seconds()
	if st.Failed > 0 {
		return r, fmt.Errorf("bench ingest: %d articles failed, first: %v", st.Failed, st.Errors[0])
	}
	return r, nil
}
