#!/usr/bin/env bash
# Rebuilds the generated gazetteer files nlp/gazetteer/data/state_media.yaml,
# nlp/gazetteer/data/news_media.yaml, nlp/gazetteer/data/broadcasters.yaml and
# nlp/gazetteer/data/cities.yaml from the source files in SRC (a folder;
# docs/gazetteer.md lists what it must hold and where each file comes from).
#
#   scripts/gazetteer.sh SRC
#
# The generator compiles the embedded gazetteer in, so the generated files
# are emptied first: the organizations are built against the curated files,
# the cities against those and the state media, the newspapers last (they
# need the Wikidata ids of countries and cities that cities.yaml gives), the
# news channels after them.
set -euo pipefail
src=${1:?usage: scripts/gazetteer.sh SRC}
cd "$(dirname "$0")/.."
data=nlp/gazetteer/data
words=${WORDS:-/usr/share/dict/words}
names="$src/female-first-names.txt,$src/male-first-names.txt"
for f in "$src/State_Media_Matrix.csv" "$src/cities100000.txt" "$src/countries.json" "$src/cities" \
	"$src/wikidata-cities.ts" "$src/newspapers" "$src/channels.csv" "$src/feeds.csv" "$src/female-first-names.txt" "$src/male-first-names.txt" "$words"; do
	[ -e "$f" ] || { echo "gazetteer.sh: missing $f (see docs/gazetteer.md)" >&2; exit 1; }
done
printf 'organizations: []\n' >"$data/state_media.yaml"
printf 'organizations: []\n' >"$data/news_media.yaml"
printf 'organizations: []\n' >"$data/broadcasters.yaml"
printf 'places: []\n' >"$data/cities.yaml"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
go run ./internal/tools/gazgen orgs -matrix "$src/State_Media_Matrix.csv" -geonames "$src/cities100000.txt" \
	-words "$words" -names "$names" -out "$tmp"
cp "$tmp" "$data/state_media.yaml"
go run ./internal/tools/gazgen places -geonames "$src/cities100000.txt" -dr5hn-countries "$src/countries.json" \
	-dr5hn-cities "$src/cities" -wikidata-cities "$src/wikidata-cities.ts" -words "$words" -names "$names" -out "$tmp"
cp "$tmp" "$data/cities.yaml"
go run ./internal/tools/gazgen media -entities "$src/newspapers" -geonames "$src/cities100000.txt" \
	-words "$words" -names "$names" -out "$tmp"
cp "$tmp" "$data/news_media.yaml"
go run ./internal/tools/gazgen channels -channels "$src/channels.csv" -feeds "$src/feeds.csv" -geonames "$src/cities100000.txt" \
	-words "$words" -names "$names" -out "$tmp"
cp "$tmp" "$data/broadcasters.yaml"
go test ./nlp/gazetteer
