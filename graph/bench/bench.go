// Package bench measures loading. Run (`mediakg bench load`) loads N
// articles' worth of facts (base documents replicated with distinct ids)
// into a server, batched as `mediakg ingest` does, and, side by side, a
// smaller slice the naive way (one statement and one transaction per
// fact). RunIngest (`mediakg bench ingest`) runs the whole ingest path
// (reading, extraction, loading) over a corpus of pages whose events repeat
// across articles, as wire copies and follow-ups do, and again over the
// same unchanged corpus. Both report the rates, the server's CPU time and
// the peak memory.
//
// Files:
//   - bench.go:     Options, Result, Run
//   - ingest.go:    IngestOptions, IngestResult, RunIngest
//   - corpus.go:    WriteCorpus, the page corpus with repeating events
//   - replicate.go: Replicate, copies of base documents with distinct ids
//   - synth.go:     Synthetic, made-up documents shaped like extraction output
//   - rss.go:       peak resident memory of the process
//   - cpu.go:       CPU time of the server process, load average
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/nlp/document"
)

// Options configure Run.
type Options struct {
	// Articles is the number of articles to load batched (default 10000).
	Articles int
	// Baseline is the number of articles to load one statement per fact
	// (default Articles/50, at least 50; 0 after defaults means none).
	Baseline int
	// BatchSize and Workers are the loader's (see graph.LoadOptions).
	BatchSize, Workers int
	// Base are the documents to replicate; Source says where they came from.
	Base   []*document.Document
	Source string
	// Reset wipes a non-empty database first; without it Run refuses one.
	// Keep leaves the loaded data; by default Run deletes it at the end.
	Reset, Keep bool
	// ServerPID, when not 0, is the process id of the server on this
	// machine: Run reports the CPU time it spent on the batched load.
	ServerPID int
	// Log, when set, receives progress messages.
	Log func(format string, args ...any)
	// ProfileBatch and Profile: the batched load runs the statements of
	// that batch with PROFILE and prints their plans (graph.LoadOptions).
	ProfileBatch int
	Profile      io.Writer
}

// Result is what `mediakg bench load` prints.
type Result struct {
	Source       string  `json:"source"`
	BaseDocs     int     `json:"base_docs"`
	Articles     int     `json:"articles"`
	BatchSize    int     `json:"batch_size"`
	Workers      int     `json:"workers"`
	Seconds      float64 `json:"seconds"`
	NodesCreated int     `json:"nodes_created"`
	RelsCreated  int     `json:"rels_created"`
	Facts        int     `json:"facts"`
	Failed       int     `json:"failed"`
	Transactions int     `json:"transactions"`
	// Waits counts the batches that waited for another writer's batch
	// (graph.LoadStats.Waits); TxRetries the transactions the driver
	// repeated after a deadlock.
	Waits        int     `json:"waits"`
	TxRetries    int     `json:"tx_retries"`
	Overlaps     int     `json:"overlaps"`
	NodesPerS    float64 `json:"nodes_per_s"`
	RelsPerS     float64 `json:"rels_per_s"`
	FactsPerS    float64 `json:"facts_per_s"`
	ArticlesPerS float64 `json:"articles_per_s"`

	BaselineArticles  int     `json:"baseline_articles"`
	BaselineSeconds   float64 `json:"baseline_seconds"`
	BaselineRels      int     `json:"baseline_rels_created"`
	BaselineRelsPerS  float64 `json:"baseline_rels_per_s"`
	BaselineNodesPerS float64 `json:"baseline_nodes_per_s"`
	BaselineArtPerS   float64 `json:"baseline_articles_per_s"`
	BaselineTxs       int     `json:"baseline_transactions"`
	// Speedup is RelsPerS / BaselineRelsPerS.
	Speedup float64 `json:"speedup"`

	// PeakRSSMB is the process's peak resident set (VmHWM) in MiB;
	// HeapPeakMB the largest Go heap seen during the batched load.
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	HeapPeakMB float64 `json:"heap_peak_mb"`
	// ServerCPUSeconds is the CPU time (user + system) the server process
	// spent during the batched load, when Options.ServerPID was given;
	// ServerCPUPer10kRels the same per 10,000 relationships created. They
	// move less with the machine's load than the rates do.
	ServerCPUSeconds    float64 `json:"server_cpu_s,omitempty"`
	ServerCPUPer10kRels float64 `json:"server_cpu_s_per_10k_rels,omitempty"`
	// LoaderCPUSeconds is the CPU time this process spent during the
	// batched load: replicating, planning and encoding the batches.
	LoaderCPUSeconds float64 `json:"loader_cpu_s"`
	// Stages says where the batched load's wall time went on the client:
	// the planner waiting for documents, planning (with its reads of the
	// graph), waiting for a writer to take its batch, and the writers'
	// time in transactions, summed over writers (graph.StageTimes).
	Stages Stages `json:"stages"`
	// Statements is where the server's time went during the batched load,
	// per kind of statement, most time first.
	Statements []graph.StatementTime `json:"statements"`
	// LoadAverage is the machine's 1-minute load average when the batched
	// load started.
	LoadAverage float64 `json:"load_average"`
	GoVersion   string  `json:"go_version"`
	CPUs        int     `json:"cpus"`
	Server      string  `json:"server"`
}

// shiftDays separates copies' event dates by more than any same-event
// window in use.
const shiftDays = 2*plan.DefaultWindow + 1

// Run loads opts.Articles articles batched into the empty database behind
// c, then the baseline slice one statement per fact, and deletes them
// again unless opts.Keep.
func Run(ctx context.Context, c *graph.Client, opts Options) (Result, error) {
	if opts.Articles <= 0 {
		opts.Articles = 10000
	}
	if opts.Baseline < 0 {
		opts.Baseline = 0
	} else if opts.Baseline == 0 {
		opts.Baseline = max(50, opts.Articles/50)
	}
	if len(opts.Base) == 0 {
		return Result{}, errors.New("bench: no base documents")
	}
	logf := opts.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	res := Result{Source: opts.Source, BaseDocs: len(opts.Base), Articles: opts.Articles, BatchSize: opts.BatchSize,
		Workers: opts.Workers, GoVersion: runtime.Version(), CPUs: runtime.NumCPU(), Server: c.URI}
	if res.BatchSize <= 0 {
		res.BatchSize = graph.DefaultBatchSize
	}
	if res.Workers <= 0 {
		res.Workers = 1
	}

	if err := prepare(ctx, c, opts.Reset, logf); err != nil {
		return res, err
	}
	if !opts.Keep {
		defer func() {
			logf("deleting the benchmark data")
			_ = wipe(context.WithoutCancel(ctx), c)
		}()
	}

	logf("batched: %d articles, batch size %d, %d workers", opts.Articles, res.BatchSize, res.Workers)
	res.LoadAverage = loadAverage()
	var cpu0 float64
	if opts.ServerPID != 0 {
		var err error
		if cpu0, err = processCPU(opts.ServerPID); err != nil {
			return res, err
		}
	}
	self0 := selfCPU()
	stop := watchHeap()
	st, err := graph.Load(ctx, c, Replicate(opts.Base, opts.Articles, 0, shiftDays),
		graph.LoadOptions{BatchSize: res.BatchSize, Workers: res.Workers, ProfileBatch: opts.ProfileBatch, Profile: opts.Profile})
	res.HeapPeakMB = float64(stop()) / (1 << 20)
	res.LoaderCPUSeconds = selfCPU() - self0
	if err != nil {
		return res, fmt.Errorf("batched load: %w", err)
	}
	if opts.ServerPID != 0 {
		if res.ServerCPUSeconds, res.ServerCPUPer10kRels, err = serverCPUSince(opts.ServerPID, cpu0, st.RelsCreated); err != nil {
			return res, err
		}
	}
	res.Statements = st.Statements()
	res.Stages = stagesOf(st.Stages)
	secs := st.Duration.Seconds()
	res.Seconds = secs
	res.NodesCreated, res.RelsCreated, res.Facts, res.Failed, res.Transactions, res.Waits = st.NodesCreated, st.RelsCreated, st.Facts, st.Failed, st.Transactions, st.Waits
	res.TxRetries, res.Overlaps = st.TxRetries, st.Overlaps
	res.NodesPerS = float64(st.NodesCreated) / secs
	res.RelsPerS = float64(st.RelsCreated) / secs
	res.FactsPerS = float64(st.Facts) / secs
	res.ArticlesPerS = float64(st.Articles) / secs
	if st.Failed > 0 {
		res.PeakRSSMB = peakRSSMB()
		return res, fmt.Errorf("batched load: %d articles failed, first: %v", st.Failed, st.Errors[0])
	}
	if opts.Baseline > 0 {
		logf("baseline: %d articles, one statement per fact", opts.Baseline)
		// Copies after the batched run's range: new articles and events,
		// loaded after it, so that the batched load starts from an empty
		// database (the clean case) and this one from the graph it made.
		st, err := graph.Load(ctx, c, Replicate(opts.Base, opts.Baseline, opts.Articles, shiftDays),
			graph.LoadOptions{BatchSize: res.BatchSize, Workers: 1, PerFact: true})
		if err != nil {
			return res, fmt.Errorf("baseline load: %w", err)
		}
		res.BaselineArticles = st.Articles
		res.BaselineSeconds = st.Duration.Seconds()
		res.BaselineRels = st.RelsCreated
		res.BaselineTxs = st.Transactions
		res.BaselineRelsPerS = float64(st.RelsCreated) / st.Duration.Seconds()
		res.BaselineNodesPerS = float64(st.NodesCreated) / st.Duration.Seconds()
		res.BaselineArtPerS = float64(st.Articles) / st.Duration.Seconds()
		if res.BaselineRelsPerS > 0 {
			res.Speedup = res.RelsPerS / res.BaselineRelsPerS
		}
	}
	res.PeakRSSMB = peakRSSMB()
	return res, nil
}

// watchHeap samples the Go heap until the returned function is called,
// which returns the largest heap seen.
func watchHeap() func() uint64 {
	done := make(chan struct{})
	peak := make(chan uint64, 1)
	go func() {
		var m runtime.MemStats
		var hi uint64
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			hi = max(hi, m.HeapAlloc)
			select {
			case <-done:
				peak <- hi
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-peak }
}

func nodeCount(ctx context.Context, c *graph.Client) (int64, error) {
	r, err := neo4j.ExecuteQuery(ctx, c.Driver, "MATCH (n) RETURN count(n) AS n", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		return 0, fmt.Errorf("count nodes: %w", err)
	}
	n, _ := r.Records[0].Values[0].(int64)
	return n, nil
}

// wipe deletes every relationship, then every node, in transactions of
// 10,000: relationships first, because detaching a hub node (a country
// with a million links) in one transaction exceeds the server's
// transaction memory.
func wipe(ctx context.Context, c *graph.Client) error {
	// CALL ... IN TRANSACTIONS needs an auto-commit transaction.
	sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database})
	defer sess.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		r, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("wipe: %w", err)
		}
	}
	return nil
}

// Stages are graph.StageTimes in seconds.
type Stages struct {
	SourceWait float64 `json:"source_wait_s"`
	Planning   float64 `json:"planning_s"`
	SubmitWait float64 `json:"submit_wait_s"`
	Writing    float64 `json:"writing_s"`
}

func stagesOf(t graph.StageTimes) Stages {
	return Stages{SourceWait: t.SourceWait.Seconds(), Planning: t.Planning.Seconds(), SubmitWait: t.SubmitWait.Seconds(), Writing: t.Writing.Seconds()}
}
