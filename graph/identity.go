package graph

import (
	"github.com/mediakg/mediakg/nlp/document"
)

// Article identity and deduplication, as the planner applies them to each
// document in stream order (docs/graph-model.md, "Article identity"):
//
//  1. An article whose content hash is already in the graph (or earlier in
//     this load) is not written: "unchanged" when it is there under its own
//     id, a "copy" when under another id (the same article read from
//     another file or address). LoadOptions.Force re-writes the first kind
//     only; a copy never becomes a second Article.
//  2. Otherwise its id is the reader's (from the canonical link, else the
//     address, else the input's own id or file name). When an article of
//     another address holds that id (two pages that share a canonical link
//     but say different things: a national edition, a syndicated copy with
//     its own intro), the document takes the id of its own address
//     instead, so neither replaces the other, in this run or the next.
//  3. An article already in the graph under the chosen id, from the same
//     address, is replaced by the new version.

// articleState is what identity needs of an article: its content hash and
// its address.
type articleState struct {
	hash, address string
}

// address returns where an article was read: its URL (the caller's
// address), else its origin (a JSONL record without url).
func address(a *document.Article) string {
	if a.URL != "" {
		return a.URL
	}
	return a.Origin
}

// addressID returns the id an article takes when the id of its canonical
// link is held by an article of another address. The key's prefix keeps it
// apart from every id the reader gives.
func addressID(a *document.Article) string {
	return document.ArticleID("address:" + address(a))
}

func stateOf(a *document.Article) articleState {
	return articleState{hash: articleHash(a), address: address(a)}
}

// storedAddress is address for an article read back from the graph.
func storedAddress(url, origin string) string {
	if url != "" {
		return url
	}
	return origin
}

// decision is what the planner does with one document.
type decision struct {
	doc *document.Document
	// id is the id it is written under (its own, or its address's).
	id string
	// skip: not written; copy says the content is in the graph under
	// another id.
	skip, copy bool
	// replace: an older version is in the graph under id.
	replace bool
	// ownAddress: written under the id of its address (rule 2).
	ownAddress bool
}

// identityView is what the planner knows of articles when it classifies a
// chunk: the graph's state (read in one transaction, or nothing when the
// graph held no article when the load began), every article the load has
// planned before this chunk (the load's memory: batches in flight and
// committed alike) and the chunk's earlier documents.
type identityView struct {
	graphIDs, run, chunk           map[string]articleState
	graphHashes, runHashes, hashes map[string]string
}

func (v *identityView) byHash(h string) (id string, inGraph, ok bool) {
	if id, ok := v.hashes[h]; ok {
		return id, false, true
	}
	if id, ok := v.runHashes[h]; ok {
		return id, false, true
	}
	if id, ok := v.graphHashes[h]; ok {
		return id, true, true
	}
	return "", false, false
}

func (v *identityView) byID(id string) (articleState, bool) {
	for _, m := range []map[string]articleState{v.chunk, v.run, v.graphIDs} {
		if s, ok := m[id]; ok {
			return s, true
		}
	}
	return articleState{}, false
}

// classify decides, in stream order, what happens to each document of a
// chunk. It stops before the first document that is another version of an
// article earlier in the chunk (same id and address, other content): that
// one must replace it in a later batch. It returns the decisions for the
// documents before that point. It is pure: the read transaction that
// feeds it may run it again.
func classify(docs []*document.Document, v identityView, force bool) []decision {
	v.chunk = map[string]articleState{}
	v.hashes = map[string]string{}
	out := make([]decision, 0, len(docs))
	for _, d := range docs {
		st := stateOf(&d.Article)
		own, addr := d.Article.ID, addressID(&d.Article)
		dec := decision{doc: d, id: own}
		if id, inGraph, ok := v.byHash(st.hash); ok {
			if id != own && id != addr {
				dec.skip, dec.copy = true, true
				out = append(out, dec)
				continue
			}
			if !force || !inGraph {
				dec.skip = true
				out = append(out, dec)
				continue
			}
			dec.id, dec.replace, dec.ownAddress = id, true, id == addr && addr != own
		} else {
			if o, ok := v.byID(own); ok && o.address != st.address {
				dec.id, dec.ownAddress = addr, true
			}
			if _, ok := v.chunk[dec.id]; ok {
				return out // a new version of an article of this chunk
			}
			// In the graph, or written earlier in this load: a batch that
			// replaces runs alone, after the batches before it.
			_, inGraph := v.graphIDs[dec.id]
			_, inRun := v.run[dec.id]
			dec.replace = inGraph || inRun
		}
		v.chunk[dec.id] = st
		v.hashes[st.hash] = dec.id
		out = append(out, dec)
	}
	return out
}
