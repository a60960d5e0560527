"""CSV cells from articles never run as spreadsheet formulas, in every CSV writer."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import wiredesk
from wiredesk.cli import main
from wiredesk.csvsafe import safe_cell
from wiredesk.store import Store

TEXT = "Kyiv said on Monday that three people died in a strike on Kharkiv."


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x.example","see")', '\'=HYPERLINK("http://x.example","see")'),
        ("+1-555", "'+1-555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Kyiv", "Kyiv"),
        ("", ""),
        (-33.5, -33.5),
        (None, None),
    ],
)
def test_csvsafe_cell(value: object, cell: object) -> None:
    assert safe_cell(value) == cell


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "csv.db")
    doc = wiredesk.extract(TEXT, published="2026-03-02", source="=cmd|' /C calc'!A0",
                           title="@SUM(1+1)")
    with Store.open(path) as store:
        store.put(doc)
    return path


def test_csvsafe_cli_rows(db: str) -> None:
    result = CliRunner().invoke(main, ["places", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {r["source"] for r in rows} == {"'=cmd|' /C calc'!A0"}


def test_csvsafe_export(db: str, tmp_path: Path) -> None:
    with Store.open(db) as store:
        store.export("csv", tmp_path / "out")
    with (tmp_path / "out" / "articles.csv").open(encoding="utf-8", newline="") as f:
        [article] = list(csv.DictReader(f))
    with (tmp_path / "out" / "sources.csv").open(encoding="utf-8", newline="") as f:
        [source] = list(csv.DictReader(f))
    assert (article["title"], source["name"]) == ("'@SUM(1+1)", "'=cmd|' /C calc'!A0")
    assert article["text"] == TEXT
