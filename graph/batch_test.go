package graph

import (
	"reflect"
	"testing"

	"github.com/mediakg/mediakg/graph/plan"
	"github.com/mediakg/mediakg/schema"
)

func TestFactEdges(t *testing.T) {
	chn := plan.Ref{Label: schema.Country, ID: "country:CHN"}
	rus := plan.Ref{Label: schema.Country, ID: "country:RUS"}
	fact := func(conf float64, cameo, topic, evidence string) *plan.Fact {
		return &plan.Fact{Type: schema.CooperatesWith, From: chn, To: rus, Key: "COOPERATES_WITH|country:CHN|country:RUS|",
			Confidence: conf, CAMEO: cameo, Topic: topic, Evidence: evidence, Rule: "r"}
	}
	tests := []struct {
		name  string
		facts []factOf
		want  map[string]any
	}{
		{"one statement", []factOf{{"article:b", fact(0.5, "", "", "s1")}},
			map[string]any{"n": int64(1), "confidence": 0.5, "article": "article:b", "evidence": "s1", "topics": []string{}}},
		{"most confident wins, first CAMEO code in stream order, topics united",
			[]factOf{{"article:c", fact(0.5, "", "media", "s1")}, {"article:d", fact(0.9, "036", "", "s2")}, {"article:a", fact(0.7, "057", "media", "s3")}, {"article:e", fact(0.6, "", "translation", "s4")}},
			map[string]any{"n": int64(4), "confidence": 0.9, "article": "article:d", "evidence": "s2", "cameo": "036", "topics": []string{"media", "translation"}}},
		{"ties go to the smaller article id, whatever the order",
			[]factOf{{"article:z", fact(0.8, "", "", "s1")}, {"article:m", fact(0.8, "", "", "s2")}, {"article:q", fact(0.8, "", "", "s3")}},
			map[string]any{"n": int64(3), "confidence": 0.8, "article": "article:m", "evidence": "s2", "topics": []string{}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gs := factEdges(tc.facts)
			if len(gs) != 1 || len(gs[0].rows) != 1 {
				t.Fatalf("want one group with one row, got %+v", gs)
			}
			g := gs[0]
			if g.t != schema.CooperatesWith || g.from[0] != chn || g.to[0] != rus {
				t.Errorf("group %s %v -> %v", g.t, g.from[0], g.to[0])
			}
			row := g.rows[0]
			for k, v := range tc.want {
				if !reflect.DeepEqual(row[k], v) {
					t.Errorf("%s = %#v, want %#v", k, row[k], v)
				}
			}
			if _, ok := tc.want["cameo"]; !ok {
				if c, ok := row["cameo"]; ok {
					t.Errorf("cameo = %v, want none", c)
				}
			}
		})
	}
}

func TestFactEdgesGroupsAndOrder(t *testing.T) {
	f := func(tp schema.RelType, from, to plan.Ref) *plan.Fact {
		return &plan.Fact{Type: tp, From: from, To: to, Key: string(tp) + "|" + from.ID + "|" + to.ID + "|"}
	}
	org := plan.Ref{Label: schema.Organization, ID: "org:xinhua"}
	chn := plan.Ref{Label: schema.Country, ID: "country:CHN"}
	ev := plan.Ref{Label: schema.Event, ID: "event:x"}
	gs := factEdges([]factOf{
		{"article:a", f(schema.ParticipatedIn, org, ev)},
		{"article:a", f(schema.CooperatesWith, chn, org)},
		{"article:b", f(schema.ParticipatedIn, chn, ev)},
	})
	var got []string
	for _, g := range gs {
		for _, r := range g.rows {
			got = append(got, string(g.t)+" "+r["fact"].(string))
		}
	}
	want := []string{
		"COOPERATES_WITH COOPERATES_WITH|country:CHN|org:xinhua|",
		"PARTICIPATED_IN PARTICIPATED_IN|country:CHN|event:x|",
		"PARTICIPATED_IN PARTICIPATED_IN|org:xinhua|event:x|",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("edges\n got %q\nwant %q", got, want)
	}
}

// The endpoint keys writeRels adds to relationship rows must not shadow a
// property that linkCypher copies from the row.
func TestEndpointKeysFree(t *testing.T) {
	for _, r := range schema.Relationships {
		for _, p := range r.Properties {
			if p.Name == "src" || p.Name == "dst" {
				t.Errorf("%s.%s collides with the endpoint keys of relationship rows", r.Type, p.Name)
			}
		}
	}
}
