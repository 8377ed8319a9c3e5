# mediakg — every set-up step a fresh machine needs is reachable from here.
#
#   make demo   build, start a local Neo4j (if none answers), apply the schema,
#               ingest the bundled sample and ../shared/corpus/dev, run saved queries
#   make test   unit tests + integration tests against a real Neo4j (its own
#               instance on ports 17687/17474, started here), then every
#               fuzz target for FUZZTIME (default 5000 inputs) each
#
# Other targets: build, unit, fuzz, bench, neo4j-start, neo4j-stop, neo4j-status,
# neo4j-reset, test-neo4j-stop, fmt, vet, clean.

SHELL := /bin/bash
GO ?= go
BIN := bin/mediakg
NEO4J := deploy/neo4j/neo4j.sh
SHARED ?= ../shared
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/mediakg/mediakg/cmd/mediakg/cli.Version=$(VERSION)

# The test server: a separate instance so tests never touch demo data.
TEST_BOLT_PORT ?= 17687
TEST_HTTP_PORT ?= 17474
TEST_INSTANCE ?= test
# How long each fuzz target runs in make fuzz and make test (a go test
# -fuzztime: 5000x inputs, or a duration such as 10m; a count by default, see
# scripts/fuzz.sh on golang/go#75804); make fuzz FUZZTIME=10m for a longer run.
FUZZTIME ?= 5000x

TEST_ENV := NEO4J_INSTANCE=$(TEST_INSTANCE) NEO4J_BOLT_PORT=$(TEST_BOLT_PORT) NEO4J_HTTP_PORT=$(TEST_HTTP_PORT)

.PHONY: all build demo test unit integration fuzz bench fmt vet clean \
	neo4j-start neo4j-stop neo4j-status neo4j-reset test-neo4j-start test-neo4j-stop deps

all: build

deps:
	$(GO) mod download

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/mediakg

neo4j-start:
	$(NEO4J) ensure
neo4j-stop:
	$(NEO4J) stop
neo4j-status:
	$(NEO4J) status
neo4j-reset:
	$(NEO4J) reset

test-neo4j-start:
	$(TEST_ENV) $(NEO4J) start
test-neo4j-stop:
	$(TEST_ENV) $(NEO4J) stop

demo: build neo4j-start
	./scripts/demo.sh

# Unit tests only (no server needed): go test -short skips integration tests.
unit: deps
	$(GO) test -short ./...

# Everything: integration tests fail (never skip) when the server is missing.
# -p 1 because integration tests of several packages share one database.
test: deps vet test-neo4j-start
	MEDIAKG_TEST_NEO4J_URI=bolt://127.0.0.1:$(TEST_BOLT_PORT) MEDIAKG_TEST_HTTP_PORT=$(TEST_HTTP_PORT) \
	MEDIAKG_SHARED=$(abspath $(SHARED)) \
	$(GO) test -p 1 -count=1 -timeout 30m ./...
	$(MAKE) --no-print-directory fuzz

# Every fuzz target (every func FuzzXxx in a *_test.go), FUZZTIME each,
# one go test -fuzz per target; stops at the first failure and names the
# failing input (scripts/fuzz.sh -l lists the targets).
fuzz: deps
	GO=$(GO) FUZZTIME=$(FUZZTIME) ./scripts/fuzz.sh

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./nlp/... ./graph/...

fmt:
	gofmt -w $$(git ls-files '*.go')

vet:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin test-artifacts
