// Command mediakg turns news articles into a knowledge graph of
// international media cooperation in Neo4j. See README.md.
package main

import (
	"os"

	"github.com/mediakg/mediakg/cmd/mediakg/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
