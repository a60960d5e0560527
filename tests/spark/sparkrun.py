"""The inputs and the record of the Spark test run (a module of its own, so that test
files import it by a name no other test folder uses)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from wiredesk.cli import main

# Inputs no reader can take: bytes that are not UTF-8, and a JSON-lines file with a broken line.
BROKEN = {
    "latin1-report.txt": b"KHERSON, March 4 - Officials said the march\xe9 was shelled.",
    "agency.jsonl": b'{"text": "Officials in Kharkiv said two drones were shot down on Monday."}\n'
    b'{"text": "an unclosed line\n',
}


@dataclass(frozen=True)
class Run:
    """A corpus read both ways: `spark extract` + `load`, and `ingest`."""

    corpus: Path
    out: Path
    spark_db: Path
    local_db: Path


@dataclass(frozen=True)
class Crosschecked:
    """A run's folder after `spark crosscheck`, and the store `load` made of it."""

    out: Path
    db: Path


def briefing(db: Path, folder: Path) -> str:
    """`wiredesk brief --format md` over `db`, as written into `folder`."""
    out = folder / f"{db.stem}.md"
    result = CliRunner().invoke(main, ["brief", "--db", str(db), "--format", "md",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")
