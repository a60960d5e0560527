"""The store described from its own models: table and column comments (schema.py) and the
views (`_views.py`). One source for docs/store.md and for datasette's metadata.yml.

    python scripts/build_store_docs.py      # rewrites docs/store.md
    wiredesk export --datasette --out dir/  # writes dir/metadata.yml
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import Table

from wiredesk.store._views import VIEWS
from wiredesk.store.schema import metadata

__all__ = ["datasette_metadata", "markdown", "tables"]


def tables() -> Iterator[Table]:
    """The store's tables, in the order they are created."""
    yield from metadata.sorted_tables


def markdown() -> str:
    """docs/store.md: every table with its columns, types and descriptions, then the views."""
    lines = [
        "# The store's tables",
        "",
        "Generated from `src/wiredesk/store/schema.py` by `scripts/build_store_docs.py`;",
        "do not edit by hand (a test checks it is current). Spans are character offsets",
        "into `articles.text`; every extracted item is keyed by `(article, ordinal)`, its",
        "article's `articles.seq` and its place in the article's layer.",
        "",
    ]
    for table in tables():
        lines += [f"## {table.name}", "", table.comment or "", "",
                  "| column | type | description |", "|---|---|---|"]
        for column in table.columns:
            kind = str(column.type).lower()
            key = " (key)" if column.primary_key else ""
            lines.append(f"| `{column.name}` | {kind}{key} | {column.comment or ''} |")
        lines.append("")
    lines += ["# Views", "", "Joined for reading; the same on SQLite and PostgreSQL.", ""]
    for name, (about, _select) in VIEWS.items():
        lines += [f"## {name}", "", about, ""]
    return "\n".join(lines)


def datasette_metadata(database: str) -> str:
    """datasette's metadata.yml for a store file named `database` (its stem): a title and
    a description for every table, view and column. Strings are written JSON-quoted, which
    YAML reads as they are."""
    q = json.dumps
    out = ["title: wiredesk store",
           "description: " + q("Conflict news turned into checkable facts; "
                               "every row points at its article and span."),
           "databases:", f"  {q(database)}:", "    tables:"]
    for table in tables():
        out += [f"      {q(table.name)}:", f"        description: {q(table.comment or '')}",
                "        columns:"]
        out += [f"          {q(c.name)}: {q(c.comment or '')}" for c in table.columns]
    for name, (about, _select) in VIEWS.items():
        out += [f"      {q(name)}:", f"        description: {q(about)}"]
    return "\n".join(out) + "\n"
