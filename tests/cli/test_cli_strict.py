"""Read commands never make a store, and every filter value is checked, naming what is
accepted: CliRunner against real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.cli import main
from wiredesk.errors import ConfigError
from wiredesk.store import Store

READERS = [["claims"], ["figures"], ["events"], ["places"], ["stats"], ["contradictions"],
           ["corroboration"], ["crosscheck"], ["brief"], ["export", "--format", "csv", "--out",
                                                          "x"]]


@pytest.mark.parametrize("args", READERS)
def test_cli_strict_read_commands_never_create_a_store(tmp_path: Path, args: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WIREDESK_DB", raising=False)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert f"no store at {tmp_path / 'wiredesk.db'}" in result.output
    typo = CliRunner().invoke(main, [*args, "--db", "typo.db"])
    assert typo.exit_code == 1 and "typo.db" in typo.output
    assert list(tmp_path.iterdir()) == []


def test_cli_strict_empty_database_file_is_no_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    result = CliRunner().invoke(main, ["stats", "--db", str(empty)])
    assert result.exit_code == 1 and "holds no wiredesk store" in result.output
    with sqlite3.connect(empty) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


@pytest.mark.parametrize(
    ("args", "accepted"),
    [
        (["claims", "--since", "yesterday"], "YYYY-MM-DD"),
        (["claims", "--since", "2026-13-45"], "YYYY-MM-DD"),
        (["claims", "--until", "03/05/2026"], "YYYY-MM-DD"),
        (["brief", "--on", "last week"], "YYYY-MM-DD"),
        (["claims", "--status", "bogus"], "'asserted', 'hedged', 'unverified', 'denied'"),
        (["events", "--type", "bombing"], "'attack'"),
        (["extract", "--published", "12/05/2026", "x.txt"], "YYYY-MM-DD"),
    ],
)
def test_cli_strict_bad_filter_is_a_usage_error(sample_db: Path, args: list[str],
                                                accepted: str) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(sample_db)] if args[0] != "extract"
                                else args)
    assert result.exit_code == 2
    assert accepted in result.output and "Error: Invalid value" in result.output


def test_cli_strict_unknown_category_lists_those_known(sample_db: Path) -> None:
    result = CliRunner().invoke(main, ["figures", "--category", "dead", "--db", str(sample_db)])
    assert result.exit_code == 1
    assert "unknown figure category 'dead'" in result.output
    assert "killed" in result.output and "wounded" in result.output


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (["claims", "--status", "DENIED"], "status", "denied"),
        (["events", "--type", "Attack"], "type", "attack"),
        (["figures", "--category", "killed"], "category", "killed"),
        (["claims", "--since", "2026-03-05T00:00:00+02:00"], None, None),
    ],
)
def test_cli_strict_good_filters_find_rows(sample_db: Path, args: list[str], field: str | None,
                                           value: str | None) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(sample_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows
    if field:
        assert {r[field] for r in rows} == {value}
    else:
        assert min(r["published"] for r in rows) >= "2026-03-05"


def test_cli_strict_published_iso_anchors_relative_dates(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("published: 2026-03-03\n\nThe governor said on Monday that shelling "
                    "hit Kherson.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--published", "2026-03-05",
                                       "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["article"]["published"] == "2026-03-05"
    assert "2026-03-02" in {t["value"] for t in doc["times"]}


def test_store_filters_library_raises_config_error(sample_db: Path) -> None:
    with Store.open(sample_db, create=False) as store:
        with pytest.raises(ConfigError, match="accepted: asserted"):
            store.claims(status="bogus")
        with pytest.raises(ConfigError, match="not an ISO date"):
            store.events(since="tomorrow")
        assert store.claims(status="denied")
