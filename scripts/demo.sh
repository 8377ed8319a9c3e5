#!/usr/bin/env bash
# scripts/demo.sh — run by `make demo` after the build and the server start:
# applies the schema, ingests the bundled sample and (when present) the dev
# corpus from ../shared, and prints the answers of a few saved queries.
#
# NEO4J_BOLT_PORT / NEO4J_HTTP_PORT name the server's ports (7687/7474);
# mediakg is pointed at the Bolt port unless MEDIAKG_NEO4J_URI says
# otherwise: make demo NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475.
set -euo pipefail
cd "$(dirname "$0")/.."

MKG=bin/mediakg
SHARED="${MEDIAKG_SHARED:-../shared}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
export MEDIAKG_NEO4J_URI="${MEDIAKG_NEO4J_URI:-bolt://127.0.0.1:$BOLT_PORT}"
SEED=testdata/sample/peoples-daily-2020-10-22-china-russia-media-cooperation.txt

step() { printf '\n== %s\n' "$*"; }

step "schema"
$MKG schema apply

step "ingest the bundled sample (the seed article)"
$MKG ingest "$SEED"
# The seed's article id, as extract prints it first on its line.
seed_id="$($MKG extract "$SEED" 2>/dev/null | sed -n 's/^{"article":{"id":"\([^"]*\)".*/\1/p')"
[[ -n "$seed_id" ]] || { echo "demo.sh: could not read the seed's article id from mediakg extract $SEED" >&2; exit 1; }

if [[ -d "$SHARED/corpus/dev" ]]; then
  step "ingest the dev corpus from $SHARED/corpus/dev (third-party text, read in place)"
  # A partial failure (exit 5) is reported per input and does not stop the demo.
  rc=0
  $MKG ingest "$SHARED/corpus/dev" || rc=$?
  [[ $rc -eq 0 || $rc -eq 5 ]] || exit "$rc"
else
  step "no $SHARED/corpus/dev here: only the sample is loaded"
fi

step "the seed's fact: China COOPERATES_WITH Russia, with its event, date and evidence (query cooperation-between, article $seed_id)"
$MKG query run cooperation-between --param a=country:CHN --param b=country:RUS --param article="$seed_id"

step "China's cooperation partners, ranked by events (query partners-of-country)"
$MKG query run partners-of-country --param iso3=CHN --param limit=10

step "China-Russia timeline (query timeline-between)"
$MKG query run timeline-between --param a=CHN --param b=RUS

step "most active organizations (query active-organizations)"
$MKG query run active-organizations --param limit=10

step "saved queries (mediakg query show NAME prints one; mediakg query run NAME --param k=v runs it)"
$MKG query list

if [[ -n "${MEDIAKG_NEO4J_PASSWORD:-}" ]]; then
  pw_hint='the one in $MEDIAKG_NEO4J_PASSWORD'
else
  pw_hint='print it with deploy/neo4j/neo4j.sh password (stored in .neo4j/password)'
fi
cat <<EOF

== Explore in Neo4j Browser
Neo4j Browser: http://localhost:${HTTP_PORT}/browser/
  connect to bolt://localhost:${BOLT_PORT}, user neo4j, password: ${pw_hint}
Style sheet and guide: start  bin/mediakg browser serve  (http://localhost:7480), then type in the Browser:
  :style http://localhost:7480/style.grass      colours, sizes and captions per label
  :guide http://localhost:7480/guide.html       a walk through the model and the saved queries
Without it: drag queries/browser/style.grass onto the Browser window, and queries/*.cypher
onto the Favorites (star) drawer.
EOF
