"""Where a SQLite store's bytes go: each table and index, largest first, with its rows
(cells) and share of the file, from SQLite's `dbstat` table.

    .venv/bin/python benchmarks/store_bytes.py STORE.db [--top 30]

Run it on a store `bench_crosscheck.py --keep DIR` kept, to see what a schema change saves.
"""

from __future__ import annotations

import argparse
import sqlite3


def table_bytes(path: str) -> list[tuple[str, int, int]]:
    """(table or index, bytes of its pages, cells) for every b-tree of the store."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [(name, int(size), int(cells)) for name, size, cells in conn.execute(
            "SELECT name, SUM(pgsize), SUM(ncell) FROM dbstat GROUP BY name "
            "ORDER BY SUM(pgsize) DESC, name")]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", help="a SQLite store file")
    parser.add_argument("--top", type=int, default=30, help="rows to print")
    args = parser.parse_args()
    found = table_bytes(args.store)
    total = sum(size for _, size, _ in found)
    print(f"{'table or index':<40} {'MB':>7} {'share':>6} {'cells':>8}")
    for name, size, cells in found[:args.top]:
        print(f"{name:<40} {size / 1e6:7.2f} {size / total:6.1%} {cells:8d}")
    print(f"{'total':<40} {total / 1e6:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
