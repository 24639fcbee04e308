#!/usr/bin/env bash
# The server for the browser tests: the built binary on a fresh database with demo data,
# serving frontend/dist, on port 8089 (Playwright's webServer starts and stops it), with email
# when a test SMTP server runs. COACHFOLIO_BIN names another build of the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=$(mktemp -d /tmp/coachfolio-e2e.XXXXXX)
trap 'rm -rf "$data"' EXIT
bin="${COACHFOLIO_BIN:-$root/target/debug/coachfolio}"
[ -x "$bin" ] || { echo "e2e-server: build the server first (cargo build)" >&2; exit 1; }
export COACHFOLIO_DATA_DIR="$data" COACHFOLIO_BIND=127.0.0.1:8089 COACHFOLIO_STATIC_DIR="$root/frontend/dist" \
  COACHFOLIO_DEMO_DATA=true COACHFOLIO_LOG="${COACHFOLIO_LOG:-warn}"
unset DATABASE_URL
# Beside the test SMTP server (scripts/with-smtp.sh, as `make e2e` runs it), email is on and its
# links lead back to this server.
if [ -n "${COACHFOLIO_TEST_SMTP_URL:-}" ]; then
  export COACHFOLIO_SMTP_URL="$COACHFOLIO_TEST_SMTP_URL" COACHFOLIO_PUBLIC_URL=http://127.0.0.1:8089 \
    COACHFOLIO_MAIL_FROM="Demo County CASC <noreply@coachfolio.example.org>"
fi
"$bin"
