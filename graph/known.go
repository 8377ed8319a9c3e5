package graph

import (
	"context"
	"iter"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/nlp/document"
)

// knownBatch is how many read articles Known looks up in one query.
const knownBatch = 200

// Known skips, between reading and extraction, the articles whose content
// hash is already in the graph: unchanged articles, and copies of an
// article (the same content read from another file or address). They cost
// a read of the page and one index lookup, not the NLP pipeline. With
// force, unchanged articles pass (to be re-written) and only copies are
// skipped. The loader applies the same rule again after extraction
// (identity.go), to the articles of the same run as well, so Known is a
// shortcut, never the only check.
//
// Make it with NewKnown, give Filter to the source, Connect it once the
// client is there, and pass it to Load (LoadOptions.Known) so that its
// counts join the load's. Until it is connected it lets every article pass.
type Known struct {
	force bool

	mu                sync.Mutex
	c                 *Client
	unchanged, copies int
	tm                timings
}

// NewKnown returns a filter; force as LoadOptions.Force.
func NewKnown(force bool) *Known { return &Known{force: force} }

// Connect gives the filter the graph to look articles up in.
func (k *Known) Connect(c *Client) {
	k.mu.Lock()
	k.c = c
	k.mu.Unlock()
}

// Counts returns how many articles the filter skipped as unchanged and as
// copies.
func (k *Known) Counts() (unchanged, copies int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.unchanged, k.copies
}

func (k *Known) timings() timings {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.tm
}

func (k *Known) client() *Client {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.c
}

// Sources answers, for a batch of source hashes (document.Article's
// SourceHash: the hash of an input's bytes), which are held by an article
// in the graph, and counts those as unchanged: the reader then neither
// parses nor yields them (reader.Options.Known). With force it answers no
// to all. On a failure to read the graph it answers no.
func (k *Known) Sources(ctx context.Context, hashes []string) []bool {
	out := make([]bool, len(hashes))
	c := k.client()
	if c == nil || k.force || len(hashes) == 0 {
		return out
	}
	held := map[string]bool{}
	var tm timings
	sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.Background())
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		tm = nil
		held = map[string]bool{}
		recs, err := runRead(ctx, tx, sourcesCypher(), map[string]any{"hashes": hashes}, &tm)
		for _, r := range recs {
			h, _ := r.Get("hash")
			held[str(h)] = true
		}
		return nil, err
	})
	if err != nil {
		return out
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.tm.merge(tm)
	for i, h := range hashes {
		if held[h] {
			out[i] = true
			k.unchanged++
		}
	}
	return out
}

// Filter yields the items of in, in order, without the articles whose
// content is in the graph. Errors pass through in their place.
func (k *Known) Filter(ctx context.Context, in iter.Seq2[document.Article, error]) iter.Seq2[document.Article, error] {
	return func(yield func(document.Article, error) bool) {
		type item struct {
			a   document.Article
			err error
		}
		var buf []item
		n := 0
		emit := func() bool {
			var arts []*document.Article
			for i := range buf {
				if buf[i].err == nil {
					arts = append(arts, &buf[i].a)
				}
			}
			skip := k.lookup(ctx, arts)
			for i := range buf {
				it := &buf[i]
				if it.err == nil && skip[&it.a] {
					continue
				}
				if !yield(it.a, it.err) {
					return false
				}
			}
			buf, n = buf[:0], 0
			return true
		}
		for a, err := range in {
			buf = append(buf, item{a, err})
			if err == nil {
				n++
			}
			if n >= knownBatch && !emit() {
				return
			}
		}
		emit()
	}
}

// lookup returns the articles of arts to skip, and counts them. On
// any failure to read the graph it skips nothing: the loader meets the
// same failure and deals with it.
func (k *Known) lookup(ctx context.Context, arts []*document.Article) map[*document.Article]bool {
	c := k.client()
	if c == nil || len(arts) == 0 {
		return nil
	}
	hashes := make([]string, len(arts))
	for i, a := range arts {
		hashes[i] = articleHash(a)
	}
	var held map[string]string
	var tm timings
	err := func() error {
		sess := c.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeRead})
		defer sess.Close(context.Background())
		_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			tm = nil
			held = map[string]string{}
			recs, err := runRead(ctx, tx, hashesCypher(), map[string]any{"hashes": hashes}, &tm)
			for _, r := range recs {
				m := r.AsMap()
				held[str(m["hash"])] = str(m["id"])
			}
			return nil, err
		})
		return err
	}()
	if err != nil {
		return nil
	}
	skip := make(map[*document.Article]bool, len(arts))
	k.mu.Lock()
	defer k.mu.Unlock()
	k.tm.merge(tm)
	for i, a := range arts {
		id, ok := held[hashes[i]]
		if !ok {
			continue
		}
		own := id == a.ID || id == addressID(a)
		if own && k.force {
			continue
		}
		skip[a] = true
		if own {
			k.unchanged++
		} else {
			k.copies++
		}
	}
	return skip
}
