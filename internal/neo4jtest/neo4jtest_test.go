package neo4jtest

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestServerAnswers(t *testing.T) {
	c := Client(t)
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, c.Driver, "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) == 0 {
		t.Fatal("dbms.components returned nothing")
	}
	v, _ := res.Records[0].Get("version")
	e, _ := res.Records[0].Get("edition")
	t.Logf("Neo4j %v %v", v, e)
	if e != "community" {
		t.Errorf("edition = %v, want community (the server deploy/neo4j assembles)", e)
	}
}
