#!/usr/bin/env bash
# The server for the browser tests: the built binary on a fresh database with demo data,
# serving frontend/dist, on port 8089 (Playwright's webServer starts and stops it). COACHFOLIO_BIN
# names another build of the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=$(mktemp -d /tmp/coachfolio-e2e.XXXXXX)
trap 'rm -rf "$data"' EXIT
bin="${COACHFOLIO_BIN:-$root/target/debug/coachfolio}"
[ -x "$bin" ] || { echo "e2e-server: build the server first (cargo build)" >&2; exit 1; }
export COACHFOLIO_DATA_DIR="$data" COACHFOLIO_BIND=127.0.0.1:8089 COACHFOLIO_STATIC_DIR="$root/frontend/dist" \
  COACHFOLIO_DEMO_DATA=true COACHFOLIO_LOG="${COACHFOLIO_LOG:-warn}"
unset DATABASE_URL
"$bin"
