#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: initdb in a temporary directory, start on
# a free loopback port, export COACHFOLIO_TEST_DATABASE_URL, run the command, stop and remove
# the cluster. Without PostgreSQL binaries: in CI (CI=true) that is a failure; elsewhere the
# command runs and the PostgreSQL suites say they were skipped.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "with-postgres: no PostgreSQL server binaries (apt-get install postgresql); CI must run the PostgreSQL suites" >&2
    exit 1
  fi
  echo "with-postgres: PostgreSQL server binaries not found: the PostgreSQL suites are SKIPPED (install the postgresql package to run them)" >&2
  exec "$@"
fi

dir=$(mktemp -d /tmp/coachfolio-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" = "0" ]; then
  chown postgres:postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "with-postgres: throwaway cluster on 127.0.0.1:$port" >&2
export COACHFOLIO_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
