"""Export every table to files: one file a table, as JSON lines, CSV or Parquet.

Rows stream in batches, so a large store is never held in memory whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Connection, Float, Integer, Table, func, select

from wiredesk.csvsafe import safe_row
from wiredesk.errors import ConfigError
from wiredesk.store.schema import metadata

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 2000


def export(conn: Connection, fmt: str, out_dir: Path,
           progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write each table of the store to `out_dir/<table>.<fmt>`; returns the paths.

    `progress(rows, total)` is called after each batch with the rows it wrote and the
    rows of all tables together.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    total = sum(int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in metadata.sorted_tables)
    written = []
    for table in metadata.sorted_tables:
        path = out_dir / f"{table.name}.{fmt}"
        query = select(table).order_by(*table.primary_key.columns)
        result = conn.execution_options(yield_per=BATCH).execute(query).mappings()
        batches = (_reported([_plain(row) for row in part], total, progress)
                   for part in result.partitions())
        _WRITERS[fmt](path, table, batches)
        written.append(path)
    return written


def _plain(row: Any) -> dict[str, Any]:
    """A row as every format writes it: a blob (a blocking key's packed articles) as hex."""
    return {k: bytes(v).hex() if isinstance(v, (bytes, memoryview)) else v
            for k, v in row.items()}


def _reported(rows: list[dict[str, Any]], total: int,
              progress: Callable[[int, int], None] | None) -> list[dict[str, Any]]:
    if progress is not None:
        progress(len(rows), total)
    return rows


def _jsonl(path: Path, _table: Table, batches: Any) -> None:
    with path.open("w", encoding="utf-8") as f:
        for rows in batches:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _csv(path: Path, table: Table, batches: Any) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[c.name for c in table.columns])
        writer.writeheader()
        for rows in batches:
            writer.writerows(safe_row(row) for row in rows)


def _parquet(path: Path, table: Table, batches: Any) -> None:
    try:  # the optional `parquet` extra, imported only when Parquet is asked for
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError("Parquet export needs pyarrow: pip install 'wiredesk[parquet]' "
                          "(or export --format csv / jsonl)") from exc

    def arrow_type(column: Any) -> Any:
        if isinstance(column.type, Boolean):
            return pa.bool_()
        if isinstance(column.type, Integer):
            return pa.int64()
        if isinstance(column.type, Float):
            return pa.float64()
        return pa.string()

    schema = pa.schema([(c.name, arrow_type(c)) for c in table.columns])
    with pq.ParquetWriter(path, schema) as writer:
        for rows in batches:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        writer.write_table(schema.empty_table())  # a file even for an empty table


_WRITERS = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}
