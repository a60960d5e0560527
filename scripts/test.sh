#!/usr/bin/env bash
# The whole test suite: house checks, then pytest against SQLite and, where PostgreSQL's
# binaries are installed, a throwaway PostgreSQL server on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy
if [ -z "${WIREDESK_TEST_PG:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  WIREDESK_TEST_PG=$(bash scripts/start_test_postgres.sh)
  export WIREDESK_TEST_PG
fi
exec .venv/bin/python -m pytest "$@"
