#!/usr/bin/env bash
# The whole test suite: house checks, then pytest against SQLite and, where PostgreSQL's
# binaries are installed, a throwaway PostgreSQL server on loopback, stopped at the end.
# Installs the development tools (requirements-dev.lock) into .venv when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! .venv/bin/python -c 'import pytest, ruff, mypy, hypothesis, datasette, sqlite_utils, pyarrow' \
    2>/dev/null; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock \
    -r requirements-dev.lock
fi
if ! .venv/bin/python -c 'import pyspark' 2>/dev/null; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
    -r requirements-spark.lock
fi
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy
if [ -z "${WIREDESK_TEST_PG:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  port=${WIREDESK_PG_PORT:-54329}
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then  # ours to stop when done
    data=${WIREDESK_PG_DIR:-/tmp/wiredesk-test-pg}
    stop_pg() {
      if [ "$(id -un)" = postgres ]; then "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null
      else su postgres -s /bin/sh -c "$bin/pg_ctl -D $data -m fast stop" >/dev/null; fi
    }
    trap stop_pg EXIT
  fi
  WIREDESK_TEST_PG=$(bash scripts/start_test_postgres.sh)
  export WIREDESK_TEST_PG
fi
.venv/bin/python -m pytest "$@"
