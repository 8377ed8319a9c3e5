package graph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestIsFactRace: the error of a fact edge's MERGE that met the edge a
// batch beside it created (as the server words it; seen in `bench load
// --batch-size 3000` runs) makes the batch be written again; other
// constraint violations and other errors do not.
func TestIsFactRace(t *testing.T) {
	race := &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed",
		Msg: "Relationship(612) already exists with type `COOPERATES_WITH` and property `fact` = 'COOPERATES_WITH|org:eu|org:european-commission|'"}
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"fact key", race, true},
		{"wrapped", fmt.Errorf("write fact COOPERATES_WITH: %w", race), true},
		{"node key", &neo4j.Neo4jError{Code: race.Code, Msg: "Node(7) already exists with label `Article` and property `id` = 'article:x'"}, false},
		{"deadlock", &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "property `fact`"}, false},
		{"other", errors.New("property `fact`"), false},
	} {
		if got := isFactRace(c.err); got != c.want {
			t.Errorf("%s: isFactRace = %v, want %v", c.name, got, c.want)
		}
	}
}
