#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module for FUZZTIME each.
#
#   scripts/fuzz.sh              every target, FUZZTIME (default 5000x) each
#   scripts/fuzz.sh Segment      only the targets whose name matches
#   scripts/fuzz.sh -l           list the targets ("package FuzzName")
#   FUZZTIME=10m scripts/fuzz.sh FuzzProcess    a longer run of one target
#
# The targets are found, not listed: every "func FuzzXxx(" in a *_test.go
# file. Go fuzzes one target per `go test` invocation, so each runs on its
# own: go test -run '^$' -fuzz '^FuzzXxx$' -fuzztime $FUZZTIME ./pkg.
# The first failure stops the run; its input, which go test writes to the
# package's testdata/fuzz/FuzzXxx/, is named on the last line, ready to
# be committed as a regression case once the bug is fixed.
#
# The default budget is a count of inputs (5000x), not a duration: with
# a duration, Go up to 1.26 can fail a target with a bare "context
# deadline exceeded" when -fuzztime expires while a worker is busy
# (golang/go#75804, fixed in Go 1.27), which made CI fail with no bug
# found. A count has no deadline to race. When a duration is asked for
# and a target fails with that message and wrote no failing input, the
# target is run once more; a second such failure, or any other failure,
# stops the run.
#
# Environment: GO (default go), FUZZTIME (Nx for N inputs, or a
# duration), FUZZ_TIMEOUT (go test -timeout for each target, default 10m:
# the bound on a hang in the seed corpus; an input that runs too long
# while fuzzing fails the worker on its own).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
FUZZTIME=${FUZZTIME:-5000x}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10m}

# targets prints "dir FuzzName" for every fuzz target, sorted.
targets() {
	local files
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		files=$(git ls-files --cached --others --exclude-standard '*_test.go')
	else
		files=$(find . -name '*_test.go' -not -path './.git/*' | sed 's|^\./||')
	fi
	[ -n "$files" ] || return 0
	# shellcheck disable=SC2086
	grep -HoE '^func Fuzz[A-Za-z0-9_]*\(' $files |
		sed -E 's|^(.*)/[^/]*_test\.go:func (Fuzz[A-Za-z0-9_]*)\($|\1 \2|' |
		sort -u
}

if [ "${1:-}" = "-l" ]; then
	targets | awk '{print "./" $1, $2}'
	exit 0
fi
filter=${1:-.}

# fuzz_one runs one target, its output copied to $log; its status is go test's.
fuzz_one() {
	"$GO" test -run '^$' -fuzz "^${2}\$" -fuzztime "$FUZZTIME" -timeout "$FUZZ_TIMEOUT" "./$1" 2>&1 | tee "$log"
}

# deadline_only tells whether the failure in $log is the fuzz
# coordinator's own deadline race: "context deadline exceeded" as the
# target's only failure, no input written, no panic and no test error.
deadline_only() {
	grep -q 'context deadline exceeded' "$log" &&
		! grep -qE 'Failing input written to|^panic:|_test\.go:[0-9]+:|test timed out' "$log"
}

n=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
while read -r dir name; do
	[[ $name =~ $filter ]] || continue
	n=$((n + 1))
	echo "== fuzz ./$dir $name for $FUZZTIME"
	if fuzz_one "$dir" "$name"; then
		continue
	fi
	if deadline_only; then
		echo "fuzz.sh: $name: bare 'context deadline exceeded' with no failing input (golang/go#75804); running it once more" >&2
		if fuzz_one "$dir" "$name"; then
			continue
		fi
	fi
	input=$(sed -nE 's|.*Failing input written to ([^ ]+).*|\1|p' "$log" | tail -1)
	if [ -n "$input" ]; then
		echo "FAIL: $name in ./$dir; failing input: $dir/$input" >&2
		echo "      re-run: $GO test -run '$name/$(basename "$input")' ./$dir" >&2
	else
		echo "FAIL: $name in ./$dir (no input written; see the output above)" >&2
	fi
	exit 1
done < <(targets)

if [ "$n" -eq 0 ]; then
	echo "fuzz.sh: no fuzz target matches \"$filter\"" >&2
	exit 1
fi
echo "fuzz.sh: $n target(s) passed, $FUZZTIME each"
