package browser

import (
	"context"
	"sort"
	"testing"

	"github.com/mediakg/mediakg/graph"
	"github.com/mediakg/mediakg/queries"
)

const seriesIDForTest = "series:china-russia-media-forum"

// TEMPORARY until the loader lands: a hand-made slice of the known corpus.
func loadKnownCorpus(t *testing.T, c *graph.Client) {
	t.Helper()
	_, err := queries.RunCypher(context.Background(), c, `
CREATE (s:EventSeries {id: 'series:china-russia-media-forum', name: 'China-Russia Media Forum'})
CREATE (chn:Country {iso3: 'CHN', id: 'country:CHN', name: 'China'}), (rus:Country {iso3: 'RUS', id: 'country:RUS', name: 'Russia'})
CREATE (x:Organization {id: 'org:xinhua', name: 'Xinhua News Agency'}), (t:Organization {id: 'org:tass', name: 'TASS'})
CREATE (e1:Event {id: 'event:crmf-1', name: 'China-Russia Media Forum 1'})-[:PART_OF]->(s)
CREATE (x)-[:PARTICIPATED_IN]->(e1), (t)-[:PARTICIPATED_IN]->(e1), (chn)-[:PARTICIPATED_IN]->(e1), (rus)-[:PARTICIPATED_IN]->(e1)
CREATE (x)-[:COOPERATES_WITH {event: 'event:crmf-1'}]->(t)
`, nil, queries.WriteMode)
	if err != nil {
		t.Fatal(err)
	}
}

func wantTourCaptions() []string {
	w := []string{"China", "Russia", "Xinhua News Agency", "TASS", "China-Russia Media Forum 1", "China-Russia Media Forum"}
	sort.Strings(w)
	return w
}
