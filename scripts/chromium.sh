#!/usr/bin/env bash
# chromium.sh — finds, or installs, the headless Chromium that the Neo4j
# Browser test (queries/browser) drives. Run by `make test-deps`, and so by
# `make test` and CI (.ci/run).
#
#   scripts/chromium.sh      print the Chromium in use; install it when missing
#
# Found: $MEDIAKG_CHROMIUM, else chromium, chromium-browser or google-chrome
# on the PATH. Missing: installed with apt-get (Debian's "chromium"
# package: about 155 MB to download and 480 MB on disk with its libraries,
# measured on Debian 12) as root, or through
# sudo when it asks no password; otherwise the script says what to run
# and fails, as the test would.
set -euo pipefail

for c in "${MEDIAKG_CHROMIUM:-}" chromium chromium-browser google-chrome; do
  [[ -n "$c" ]] || continue
  if p="$(command -v "$c")"; then
    echo "== chromium: $p ($("$p" --version 2>/dev/null | head -n 1 || echo "version unknown"))"
    exit 0
  fi
done

fail() {
  echo "chromium.sh: $*" >&2
  echo "chromium.sh: the Neo4j Browser test needs Chromium: install it (Debian: apt-get install -y chromium) or set MEDIAKG_CHROMIUM to a Chromium or Chrome binary" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "Chromium is missing and apt-get is not available to install it"
SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
  sudo -n true 2>/dev/null || fail "Chromium is missing; installing it needs root (or sudo without a password)"
  SUDO=(sudo -n)
fi

echo "== chromium: not found; installing Debian's chromium with apt-get (first run only: about 155 MB to download, 480 MB on disk)"
export DEBIAN_FRONTEND=noninteractive
# Another apt-get may hold the lock (other jobs on the machine): wait for it
# rather than fail.
lock=(-o DPkg::Lock::Timeout=600)
"${SUDO[@]}" apt-get "${lock[@]}" update -q | awk '{ print "   " $0; fflush() }'
# -q keeps one line per package fetched (no progress bars); the many
# "Setting up" lines are summed up in one.
"${SUDO[@]}" apt-get "${lock[@]}" install -y -q chromium |
  awk '/^(Get:|Need to get|After this operation)/ { print "   " $0; fflush() }
       /^(Unpacking|Setting up)/ && !shown { print "   unpacking and setting up the packages ..."; fflush(); shown = 1 }'
p="$(command -v chromium)" || fail "apt-get finished but chromium is not on the PATH"
echo "== chromium: installed $p ($("$p" --version 2>/dev/null | head -n 1))"
