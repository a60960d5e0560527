#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the tests (trust auth, loopback only, port 54329)
# and print its SQLAlchemy URL. Idempotent: when it is already running, only print the URL.
# Stop it with: su postgres -c "pg_ctl -D $WIREDESK_PG_DIR stop"
set -euo pipefail
PORT=${WIREDESK_PG_PORT:-54329}
DB=wiredesk_test
URL="postgresql+psycopg://postgres@127.0.0.1:${PORT}/${DB}"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$BIN" ]; then
  echo "start_test_postgres: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
DATA=${WIREDESK_PG_DIR:-/tmp/wiredesk-test-pg}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    chown postgres "$DATA"
    chmod 700 "$DATA"
    as_postgres "$BIN/initdb" -A trust -U postgres -D "$DATA" >/dev/null
  fi
  as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c fsync=off" start >/dev/null
fi
if ! as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "$URL"
