# mediakg — every set-up step a fresh machine needs is reachable from here.
# `make help` lists the targets; the README's Quick start says what each
# first run fetches and how much disk it takes.

SHELL := /bin/bash
GO ?= go
BIN := bin/mediakg
NEO4J := deploy/neo4j/neo4j.sh
SHARED ?= ../shared
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/mediakg/mediakg/cmd/mediakg/cli.Version=$(VERSION)

# The demo server (the default instance): NEO4J_BOLT_PORT / NEO4J_HTTP_PORT
# move it; mediakg is pointed at the same port.
NEO4J_BOLT_PORT ?= 7687
NEO4J_HTTP_PORT ?= 7474
DEMO_ENV := NEO4J_BOLT_PORT=$(NEO4J_BOLT_PORT) NEO4J_HTTP_PORT=$(NEO4J_HTTP_PORT) \
	MEDIAKG_NEO4J_URI=$${MEDIAKG_NEO4J_URI:-bolt://127.0.0.1:$(NEO4J_BOLT_PORT)}

# The test server: a separate instance so tests never touch demo data.
TEST_BOLT_PORT ?= 17687
TEST_HTTP_PORT ?= 17474
TEST_INSTANCE ?= test
# The throw-away instance the CSV import test builds (graph/export).
IMPORT_BOLT_PORT ?= 17688
IMPORT_HTTP_PORT ?= 17475
# KEEP_NEO4J=1 leaves the test server running after make test (it is
# stopped otherwise, when make test started it).
KEEP_NEO4J ?=
# How long each fuzz target runs in make fuzz and make test (a go test
# -fuzztime: 5000x inputs, or a duration such as 10m; a count by default, see
# scripts/fuzz.sh on golang/go#75804); make fuzz FUZZTIME=10m for a longer run.
FUZZTIME ?= 5000x

TEST_ENV := NEO4J_INSTANCE=$(TEST_INSTANCE) NEO4J_BOLT_PORT=$(TEST_BOLT_PORT) NEO4J_HTTP_PORT=$(TEST_HTTP_PORT)

.PHONY: all help build demo test unit fuzz bench fmt vet clean deps test-deps \
	neo4j-start neo4j-stop neo4j-status neo4j-reset neo4j-list neo4j-stop-all \
	test-neo4j-start test-neo4j-stop

all: build

help: ## list the targets
	@echo "mediakg make targets (variables: TEST_BOLT_PORT, TEST_HTTP_PORT, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, KEEP_NEO4J=1, FUZZTIME):"
	@grep -hE '^[a-z][a-z0-9-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-17s %s\n", $$1, $$2}'

deps: ## download the Go modules (first run: about 124 MB from the module proxy)
	@set -o pipefail; $(GO) mod download -x 2>&1 | awk '/^# get .*\.zip: [0-9]+ /{ \
		if (!n++) print "== go mod download: fetching modules from the module proxy (first run only)"; \
		sub(/^# get [^ ]*\/\/[^/]+\//, ""); sub(/\.zip:.*$$/, ""); sub(/\/@v\//, " "); \
		while (match($$0, /%21[a-z]/)) $$0 = substr($$0, 1, RSTART-1) toupper(substr($$0, RSTART+3, 1)) substr($$0, RSTART+4); \
		print "   " $$0; fflush(); next } \
		!/^# / { print; err=1 } END { exit err }'

build: deps ## build bin/mediakg
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/mediakg

demo: build ## build, start the local Neo4j (if none answers), ingest the samples and ../shared/corpus/dev, run saved queries
	$(DEMO_ENV) $(NEO4J) ensure
	$(DEMO_ENV) ./scripts/demo.sh

neo4j-start: ## start the local Neo4j (the demo instance, ports 7687/7474) unless one answers
	$(DEMO_ENV) $(NEO4J) ensure
neo4j-stop: ## stop the local Neo4j
	$(DEMO_ENV) $(NEO4J) stop
neo4j-status: ## is the local Neo4j running?
	$(DEMO_ENV) $(NEO4J) status
neo4j-reset: ## stop the local Neo4j and delete its data (the next start is empty)
	$(DEMO_ENV) $(NEO4J) reset
neo4j-list: ## list every Neo4j instance under .neo4j/ with its ports, state and disk use
	$(NEO4J) list
neo4j-stop-all: ## stop every Neo4j instance this repository started (demo, test, fault, import-test)
	$(NEO4J) stop-all

test-neo4j-start: ## start the test instance (ports TEST_BOLT_PORT/TEST_HTTP_PORT)
	$(TEST_ENV) $(NEO4J) start
test-neo4j-stop: ## stop the test instance
	$(TEST_ENV) $(NEO4J) stop

# What the tests need beyond Go modules and Maven: Chromium for the Neo4j
# Browser test, found on the PATH or installed with apt-get (as .ci/run did).
test-deps: ## find or install Chromium (headless Neo4j Browser test)
	@./scripts/chromium.sh

unit: deps ## offline tests only (go test -short ./...), no server needed
	$(GO) test -short ./...

# Everything: integration tests fail (never skip) when the server is missing.
# -p 1 because integration tests of several packages share one database.
# go test -json goes through internal/tools/testlog, which prints each
# package as it starts, every test that takes a while, a line every 30 s
# naming what still runs, and the whole output of any failure.
# The test server is stopped at the end when this target started it, unless
# KEEP_NEO4J=1; fuzzing (no server needed) runs after that.
test: deps vet test-deps ## unit + integration tests against the test Neo4j (started and stopped here), then make fuzz
	@set -o pipefail; started=0; \
	$(TEST_ENV) $(NEO4J) status >/dev/null 2>&1 || started=1; \
	$(TEST_ENV) $(NEO4J) start || exit 1; \
	rc=0; \
	echo "== go test ./... against the test server on bolt://127.0.0.1:$(TEST_BOLT_PORT)"; \
	MEDIAKG_TEST_NEO4J_URI=bolt://127.0.0.1:$(TEST_BOLT_PORT) MEDIAKG_TEST_HTTP_PORT=$(TEST_HTTP_PORT) \
	MEDIAKG_TEST_IMPORT_BOLT_PORT=$(IMPORT_BOLT_PORT) MEDIAKG_TEST_IMPORT_HTTP_PORT=$(IMPORT_HTTP_PORT) \
	MEDIAKG_SHARED=$(abspath $(SHARED)) \
	$(GO) test -json -p 1 -count=1 -timeout 30m ./... 2>&1 | $(GO) run ./internal/tools/testlog || rc=$$?; \
	if [[ $$started = 1 && -z "$(KEEP_NEO4J)" ]]; then \
		$(TEST_ENV) $(NEO4J) stop; \
	else \
		echo "== the test server keeps running (make test-neo4j-stop stops it)"; \
	fi; \
	[[ $$rc = 0 ]] || exit $$rc; \
	$(MAKE) --no-print-directory fuzz

# Every fuzz target (every func FuzzXxx in a *_test.go), FUZZTIME each,
# one go test -fuzz per target; stops at the first failure and names the
# failing input (scripts/fuzz.sh -l lists the targets).
fuzz: deps ## every fuzz target for FUZZTIME (default 5000 inputs each)
	GO=$(GO) FUZZTIME=$(FUZZTIME) ./scripts/fuzz.sh

bench: deps ## go test -bench for the reader, the NLP stages and the loader plan
	$(GO) test -run '^$$' -bench . -benchmem ./nlp/... ./graph/...

fmt: ## gofmt every Go file
	gofmt -w $$(git ls-files '*.go')

vet: ## gofmt check and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean: ## remove bin/ and test-artifacts/ (servers and their data stay; see neo4j-reset)
	rm -rf bin test-artifacts
