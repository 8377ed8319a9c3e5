// Package pipeline runs an Article through every NLP stage and returns the
// finished Document: segment -> tag -> resolve -> extract -> coverage.
//
// New compiles everything once (gazetteer automaton, lexicons, segmenter);
// the Pipeline is then immutable and safe for concurrent Process calls.
// Stages are registered in one explicit list (stages in New); each is a
// one-method interface over the shared document.
//
// Files:
//   - pipeline.go: Options, Stage, Pipeline, New, Process and
//     ProcessContext (which recycle the gate storage of the tagger and stop
//     between stages when the context ends), the dateline fallback and the
//     confidence filter
package pipeline

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/mediakg/mediakg/nlp/coverage"
	"github.com/mediakg/mediakg/nlp/dates"
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/extract"
	"github.com/mediakg/mediakg/nlp/gazetteer"
	"github.com/mediakg/mediakg/nlp/lexicon"
	"github.com/mediakg/mediakg/nlp/resolve"
	"github.com/mediakg/mediakg/nlp/segment"
	"github.com/mediakg/mediakg/nlp/tag"
)

// Options configure a Pipeline (config keys nlp.gazetteers, nlp.triggers,
// nlp.min_confidence).
type Options struct {
	// ExtraGazetteers are YAML files in the format of
	// nlp/gazetteer/data/*.yaml that extend the embedded gazetteers.
	ExtraGazetteers []string
	// ExtraTriggers are YAML files in the format of
	// nlp/lexicon/data/*.yaml that extend the embedded lexicons.
	ExtraTriggers []string
	// MinConfidence drops events and relations below it from the output.
	MinConfidence float64
}

// Stage is one step of the pipeline over the shared document.
type Stage interface {
	Apply(d *document.Document)
}

// StageFunc adapts a function to Stage.
type StageFunc func(d *document.Document)

// Apply calls f(d).
func (f StageFunc) Apply(d *document.Document) { f(d) }

// named is a stage with the name Stages reports.
type named struct {
	name string
	Stage
}

// Pipeline is a compiled pipeline.
type Pipeline struct {
	stages  []named
	seg     *segment.Segmenter
	minConf float64
}

// New compiles the gazetteers, lexicons and stages.
func New(opts Options) (*Pipeline, error) {
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return nil, fmt.Errorf("pipeline: min confidence %g: must be 0..1", opts.MinConfidence)
	}
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	gaz, err := gazetteer.Load(opts.ExtraGazetteers...)
	if err != nil {
		return nil, err
	}
	lex, err := lexicon.Load(opts.ExtraTriggers...)
	if err != nil {
		return nil, err
	}
	tagger, err := tag.New(gaz, lex)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{seg: seg, minConf: opts.MinConfidence}
	// The stages, in order. Register new ones here.
	p.stages = []named{
		{"segment", seg},
		{"tag", tagger},
		{"resolve", resolve.New(gaz)},
		{"extract", extract.New(gaz, lex)},
		{"coverage", coverage.New(lex)},
	}
	return p, nil
}

// Stages returns the stage names in order.
func (p *Pipeline) Stages() []string {
	out := make([]string, len(p.stages))
	for i, s := range p.stages {
		out[i] = s.name
	}
	return out
}

// Process runs a through every stage. When the article has no dateline,
// one found at the start of the body is filled in (its date resolved
// against the publication date).
func (p *Pipeline) Process(a document.Article) *document.Document {
	d, _ := p.ProcessContext(context.Background(), a)
	return d
}

// ProcessContext is Process that checks ctx before each stage: once ctx
// has ended (a document's time limit, or the run cancelled) it stops and
// returns ctx's error and no document. A stage already running is not
// interrupted; nlp/run stops waiting for it at the deadline.
func (p *Pipeline) ProcessContext(ctx context.Context, a document.Article) (*document.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := &document.Document{Article: a}
	if d.Article.Dateline == nil {
		d.Article.Dateline = p.findDateline(d.Article)
	}
	withHeadline(&d.Article)
	// the tagger's per-token gate is working memory of the stages: its
	// storage comes from a pool and goes back when the stages are done
	g := gatePool.Get().(*gateBuf)
	d.Gate, d.WordIDs, d.Lows, d.TokenAt = g.gate[:0], g.ids[:0], g.lows[:0], g.at[:0]
	var err error
	for _, s := range p.stages {
		if err = ctx.Err(); err != nil {
			break
		}
		s.Apply(d)
	}
	g.gate, d.Gate = d.Gate[:0], nil
	g.ids, d.WordIDs = d.WordIDs[:0], nil
	// the lower-cased tokens point into the body: dropped, not kept
	clear(d.Lows)
	g.lows, d.Lows = d.Lows[:0], nil
	g.at, d.TokenAt = d.TokenAt[:0], nil
	gatePool.Put(g)
	if err != nil {
		return nil, err
	}
	if p.minConf > 0 {
		filter(d, p.minConf)
	}
	if d.Entities == nil {
		d.Entities = []document.Entity{}
	}
	if d.Events == nil {
		d.Events = []document.Event{}
	}
	if d.Relations == nil {
		d.Relations = []document.Relation{}
	}
	return d, nil
}

// gateBuf holds the storage of a document's gate, word ids, lower-cased
// tokens and token offsets between Process calls.
type gateBuf struct {
	gate []uint64
	ids  []int32
	lows []string
	at   []int32
}

var gatePool = sync.Pool{New: func() any { return &gateBuf{} }}

// findDateline looks for a "BEIJING, Oct. 21 (Xinhua) --" lead and
// resolves its date against the publication date.
func (p *Pipeline) findDateline(a document.Article) *document.Dateline {
	f, ok := segment.FindDateline(a.Body)
	if !ok {
		return nil
	}
	dl := &document.Dateline{Place: f.Place, Agency: f.Agency, Span: f.Span}
	if f.Date != "" {
		_, toks := p.seg.Segment(f.Date, document.Span{})
		anchor := dates.AnchorFor(document.Article{Published: a.Published})
		for _, d := range dates.Find(f.Date, lowerASCII(f.Date), toks, anchor) {
			if d.Granularity == dates.Day && d.Begin == "" {
				dl.Date = d.Value
			}
			break
		}
	}
	return dl
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// filter drops events and relations below min, and the relations of
// dropped events.
func filter(d *document.Document, min float64) {
	dropped := map[string]bool{}
	events := d.Events[:0]
	for _, e := range d.Events {
		if e.Confidence < min {
			dropped[e.ID] = true
			continue
		}
		events = append(events, e)
	}
	d.Events = events
	rels := d.Relations[:0]
	for _, r := range d.Relations {
		if r.Confidence < min || dropped[r.Event] || dropped[r.From] || dropped[r.To] {
			continue
		}
		rels = append(rels, r)
	}
	d.Relations = rels
	ents := d.Entities[:0]
	for _, e := range d.Entities {
		if !dropped[e.ID] {
			ents = append(ents, e)
		}
	}
	d.Entities = ents
}

// maxHeadline is the longest title analysed as a headline; a longer one
// is a lead or a page's whole text, not a headline.
const maxHeadline = 300

// withHeadline puts the headline before the body, as the first paragraph
// of the text the stages analyse: the facts an analyst expects of an
// article are those of its headline and body (MEASUREMENT.md). The
// dateline and paragraph spans move with the body; a body that already
// opens with the headline is left as it is.
func withHeadline(a *document.Article) {
	t := strings.TrimSpace(a.Title)
	if t == "" || len(t) > maxHeadline || strings.ContainsAny(t, "\n\r") || strings.HasPrefix(a.Body, t) || a.Headline != nil {
		return
	}
	off := len(t) + 2
	a.Body = t + "\n\n" + a.Body
	if a.Dateline != nil {
		dl := *a.Dateline
		dl.Span.Start += off
		dl.Span.End += off
		a.Dateline = &dl
	}
	paras := make([]document.Span, 0, len(a.Paragraphs)+1)
	paras = append(paras, document.Span{Start: 0, End: len(t)})
	for _, p := range a.Paragraphs {
		paras = append(paras, document.Span{Start: p.Start + off, End: p.End + off})
	}
	a.Paragraphs = paras
	a.Headline = &document.Span{Start: 0, End: len(t)}
}
