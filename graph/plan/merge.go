package plan

import "sort"

// How a node's properties combine when several articles (or several
// entities of one article) describe the same node:
//
//   - list properties (aliases) accumulate: the sorted union of all values;
//   - every other property keeps the first non-empty value written, so a
//     later article fills gaps but does not overwrite. With more than one
//     load worker "first" is the first to commit.
//
// The loader's Cypher and the exporter follow the same rules; Article nodes
// are the exception: they belong to one article and are overwritten when it
// is re-ingested.

// MergeValue combines an existing value old of property name with a new one.
func MergeValue(name string, old, new any) any {
	ol, ok1 := old.([]string)
	nl, ok2 := new.([]string)
	if ok1 && ok2 {
		return Union(ol, nl)
	}
	if isEmpty(old) {
		return new
	}
	return old
}

// MergeProps merges src into dst by MergeValue and reports whether dst
// changed. When src is more confident than dst (its "confidence" property is
// higher; missing counts as 0), src's scalar values replace dst's: a
// gazetteer entity overrides what article metadata or a pattern said first.
// Lists are always united.
func MergeProps(dst, src map[string]any) bool {
	better := confidenceOf(src) > confidenceOf(dst)
	changed := false
	for k, v := range src {
		if isEmpty(v) {
			continue
		}
		old, ok := dst[k]
		if !ok {
			dst[k] = v
			changed = true
			continue
		}
		m := MergeValue(k, old, v)
		if ml, ok := m.([]string); ok {
			if ol, _ := old.([]string); len(ml) != len(ol) {
				dst[k] = m
				changed = true
			}
			continue
		}
		if better && v != old {
			m = v
			changed = true
		}
		dst[k] = m
	}
	return changed
}

// MergeDelta merges src into dst as MergeProps does and returns what of
// src changed dst: the scalar values dst lacked (or, when src is more
// confident, replaced: then override is true) and, of lists, the items
// dst lacked. Written as a row of its own, the delta changes a node that
// holds dst as src changes it; and the deltas of several rows touch
// different properties, except where one overrides.
func MergeDelta(dst, src map[string]any) (delta map[string]any, override bool) {
	better := confidenceOf(src) > confidenceOf(dst)
	delta = map[string]any{}
	for k, v := range src {
		if isEmpty(v) {
			continue
		}
		old, ok := dst[k]
		if !ok {
			dst[k] = v
			delta[k] = v
			continue
		}
		if ol, ok := old.([]string); ok {
			if nl, ok := v.([]string); ok {
				var add []string
				for _, x := range nl {
					if i := sort.SearchStrings(ol, x); i == len(ol) || ol[i] != x {
						add = append(add, x)
					}
				}
				if len(add) > 0 {
					dst[k] = Union(ol, nl)
					delta[k] = Union(add, nil)
				}
			}
			continue
		}
		if better && v != old {
			dst[k] = v
			delta[k] = v
			override = true
		}
	}
	return delta, override
}

func confidenceOf(props map[string]any) float64 {
	if c, ok := props["confidence"].(float64); ok {
		return c
	}
	return 0
}

// Union returns the sorted union of two string lists without duplicates.
func Union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, l := range [][]string{a, b} {
		for _, s := range l {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}
