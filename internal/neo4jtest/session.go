package neo4jtest

import (
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/mediakg/mediakg/graph"
)

func sessionConfig(c *graph.Client) neo4j.SessionConfig {
	return neo4j.SessionConfig{DatabaseName: c.Database}
}
