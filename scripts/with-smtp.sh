#!/usr/bin/env bash
# Runs a command beside a real SMTP server: aiosmtpd from PyPI (installed once into a virtual
# environment under ~/.cache), listening on a free loopback port and keeping every message it
# receives in a Maildir. Exports COACHFOLIO_TEST_SMTP_URL and COACHFOLIO_TEST_MAILDIR, runs the
# command, stops the server. If aiosmtpd cannot be installed: in CI (CI=true) that is a failure;
# elsewhere the command runs and the email suites say they were skipped.
set -euo pipefail

venv="${XDG_CACHE_HOME:-$HOME/.cache}/coachfolio/smtp-venv"
if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
  if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check 'aiosmtpd==1.4.6'; } >&2; then
    if [ "${CI:-}" = "true" ]; then
      echo "with-smtp: cannot install aiosmtpd from PyPI; CI must run the email suites" >&2
      exit 1
    fi
    echo "with-smtp: aiosmtpd could not be installed: the email suites are SKIPPED" >&2
    exec "$@"
  fi
fi

dir=$(mktemp -d /tmp/coachfolio-smtp.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$venv/bin/python" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/maildir" >"$dir/server.log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
for _ in $(seq 100); do
  if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.1
done
echo "with-smtp: aiosmtpd on 127.0.0.1:$port, messages in $dir/maildir" >&2
export COACHFOLIO_TEST_SMTP_URL="smtp://127.0.0.1:$port" COACHFOLIO_TEST_MAILDIR="$dir/maildir"
"$@"
