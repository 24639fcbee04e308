#!/usr/bin/env bash
# Schemathesis against the real server on SQLite and the contract it serves: every check, signed
# in as a coordinator and as a candidate, a fixed seed and few examples (a few minutes at most).
# Zero failures or it fails. Installs its pinned schemathesis into target/schemathesis the first
# time. tests/contract/schemathesis.toml says which answers the checks accept, and why.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/target/schemathesis"
version=4.32.5
if [ ! -x "$venv/bin/schemathesis" ] || ! "$venv/bin/schemathesis" --version | grep -q "$version"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi
bin="${COACHFOLIO_BIN:-$root/target/debug/coachfolio}"
[ -x "$bin" ] || { echo "contract-test: build the server first (cargo build)" >&2; exit 1; }
data=$(mktemp -d /tmp/coachfolio-contract.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
COACHFOLIO_DATA_DIR="$data" COACHFOLIO_BIND="127.0.0.1:$port" COACHFOLIO_STATIC_DIR=/nonexistent \
  COACHFOLIO_DEMO_DATA=true COACHFOLIO_LOG=warn DATABASE_URL= "$bin" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
token() {
  curl -sf -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"login\": \"$1\", \"password\": \"coachfolio-demo\"}" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}
status=0
# The tool keeps its own files where it runs: beside its install, not in the checkout.
cd "$venv"
for who in coordinator cand.alvarez; do
  echo "contract-test: schemathesis as $who"
  # Signing out would end the session the run signs in with; it is tested in tests/http/auth.rs.
  # One worker: CPython 3.11's compiler keeps one recursion count for every thread, and two
  # workers compiling at once failed a run with "AST constructor recursion depth mismatch".
  "$venv/bin/schemathesis" --config-file "$root/tests/contract/schemathesis.toml" run "$base/api/openapi.json" \
    -H "Authorization: Bearer $(token "$who")" --checks all --seed 1 --max-examples 5 \
    --phases examples,coverage,fuzzing --workers 1 --exclude-path /api/auth/logout \
    --no-color || status=1
done
exit $status
