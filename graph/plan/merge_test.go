package plan

import (
	"reflect"
	"testing"
)

func TestMergeDelta(t *testing.T) {
	cases := []struct {
		name     string
		dst, src map[string]any
		delta    map[string]any
		override bool
		after    map[string]any
	}{
		{"fills what is missing", map[string]any{"name": "A"}, map[string]any{"name": "B", "kind": "x"},
			map[string]any{"kind": "x"}, false, map[string]any{"name": "A", "kind": "x"}},
		{"new list items only", map[string]any{"aliases": []string{"a", "c"}}, map[string]any{"aliases": []string{"b", "c"}},
			map[string]any{"aliases": []string{"b"}}, false, map[string]any{"aliases": []string{"a", "b", "c"}}},
		{"nothing new", map[string]any{"name": "A", "aliases": []string{"a"}}, map[string]any{"name": "A", "aliases": []string{"a"}, "x": ""},
			map[string]any{}, false, map[string]any{"name": "A", "aliases": []string{"a"}}},
		{"more confident overrides", map[string]any{"name": "RNA"}, map[string]any{"name": "Ruritanian News Agency", "confidence": 1.0},
			map[string]any{"name": "Ruritanian News Agency", "confidence": 1.0}, true, map[string]any{"name": "Ruritanian News Agency", "confidence": 1.0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// MergeDelta leaves dst as MergeProps does.
			cp := map[string]any{}
			for k, v := range c.dst {
				cp[k] = v
			}
			MergeProps(cp, c.src)
			delta, override := MergeDelta(c.dst, c.src)
			if !reflect.DeepEqual(delta, c.delta) || override != c.override || !reflect.DeepEqual(c.dst, c.after) || !reflect.DeepEqual(cp, c.after) {
				t.Errorf("delta %v override %v dst %v (MergeProps %v); want %v %v %v", delta, override, c.dst, cp, c.delta, c.override, c.after)
			}
		})
	}
}
