"""The store commands through CliRunner on a real SQLite file, reopened to assert."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiredesk.cli import main
from wiredesk.store import Store

ARTICLES = {
    "wire.txt": (
        "title: Depot fire in Dnipro\nsource: Example Wire\nurl: https://wire.example/dnipro\n"
        "published: 2026-03-04\n\n"
        "DNIPRO, March 4 (Example Wire) - A drone strike set a fuel depot on fire in Dnipro on "
        "Wednesday, killing 3 people, regional governor Serhiy Lysak said."
    ),
    "state.txt": (
        "title: Air defence report\nsource: State Daily\nurl: https://state.example/air\n"
        "published: 2026-03-05\n\n"
        "The Ministry of Defence said on Thursday that air defence units destroyed 27 drones "
        "over Belgorod region overnight."
    ),
}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path, inputs: Path) -> str:
    path = str(tmp_path / "news.db")
    result = CliRunner().invoke(main, ["ingest", str(inputs), "--db", path, "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def test_store_cli_ingest_summary_and_rerun(tmp_path: Path, inputs: Path) -> None:
    path = str(tmp_path / "a.db")
    first = CliRunner().invoke(main, ["ingest", str(inputs), "--db", path])
    assert first.exit_code == 0
    assert "2 stored, 0 unchanged, 0 updated, 0 incomplete, 0 failed, 0 skipped" in first.output
    again = CliRunner().invoke(main, ["ingest", str(inputs), "--db", path, "--quiet"])
    assert "0 stored, 2 unchanged" in again.output
    with Store.open(path) as store:
        assert store.stats()["articles"] == 2


def test_store_cli_ingest_bad_input_exit_1_names_file_and_line(tmp_path: Path,
                                                               inputs: Path) -> None:
    (inputs / "feed.jsonl").write_text(
        '{"text": "Kherson was shelled overnight, the regional administration said."}\n'
        '{"text": unquoted}\n', encoding="utf-8")
    path = str(tmp_path / "b.db")
    result = CliRunner().invoke(main, ["ingest", str(inputs), "--db", path, "--quiet"])
    assert result.exit_code == 1
    assert "failed: " in result.output and "feed.jsonl: line 2" in result.output
    assert "3 stored" in result.output
    with Store.open(path) as store:
        assert store.stats()["articles"] == 3


def _crawl_with_an_image(path: Path) -> None:
    """A WARC holding one HTML article and one PNG response (a deliberate skip)."""
    html = ("<html><head><title>Kherson</title></head><body><article><p>Kherson was shelled "
            "overnight, the regional administration said on Tuesday.</p></article></body></html>")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, kind, data in [("https://a.example/k", "text/html", html.encode()),
                                ("https://a.example/k.png", "image/png", b"\x89PNG")]:
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), length=len(data), http_headers=http))


@pytest.mark.parametrize(("quiet", "shown"), [(True, False), (False, True)])
def test_store_cli_ingest_quiet_hides_deliberate_skips(tmp_path: Path, quiet: bool,
                                                       shown: bool) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    _crawl_with_an_image(crawl)
    args = ["ingest", str(crawl), "--db", str(tmp_path / "c.db")] + (["--quiet"] if quiet else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output and "1 skipped" in result.output
    assert ("skipped: " in result.output) is shown


@pytest.mark.parametrize(
    "args",
    [["ingest"], ["ingest", "x.txt", "--jobs", "0"], ["claims", "--format", "xml"],
     ["export", "--format", "jsonl"]],
)
def test_store_cli_usage_errors_exit_2(args: list[str]) -> None:
    assert CliRunner().invoke(main, args).exit_code == 2


def test_store_cli_library_error_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", "postgresql+psycopg://x@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "Traceback" not in result.output


def test_store_cli_claims_json_rows_carry_provenance(db: str) -> None:
    result = CliRunner().invoke(main, ["claims", "--db", db, "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows, "the attribution layer found nothing"
    text = ARTICLES["wire.txt"].split("\n\n", 1)[1]
    for row in rows:
        assert {"article_id", "source", "url", "published", "span", "text"} <= set(row)
    wire = [r for r in rows if r["source"] == "Example Wire"]
    assert wire and wire[0]["url"] == "https://wire.example/dnipro"
    assert text[wire[0]["span"][0]:wire[0]["span"][1]] == wire[0]["text"]


@pytest.mark.parametrize(
    ("args", "sources"),
    [
        (["claims", "--since", "2026-03-05"], {"State Daily"}),
        (["claims", "--until", "2026-03-04"], {"Example Wire"}),
        (["claims", "--since", "2026-03-06"], set()),
    ],
)
def test_store_cli_claims_dates(db: str, args: list[str], sources: set[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--db", db, "--format", "json"])
    assert {row["source"] for row in json.loads(result.output)} == sources


def test_store_cli_formats_table_and_csv(db: str) -> None:
    table = CliRunner().invoke(main, ["figures", "--db", db])
    assert table.exit_code == 0 and "rows" in table.output
    result = CliRunner().invoke(main, ["places", "--db", db, "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert all(r["article_id"] and r["span"] for r in rows)


def test_store_cli_stats_json(db: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", db, "--format", "json"])
    stats = json.loads(result.output)
    assert (stats["articles"], stats["sources"]) == (2, 2)


def test_store_cli_export(db: str, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "jsonl", "--out",
                                       str(out)])
    assert result.exit_code == 0
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["provenance_id"]
    runs = (out / "provenances.jsonl").read_text(encoding="utf-8").splitlines()
    assert runs and json.loads(runs[0])["wiredesk_version"]


def test_store_cli_db_from_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREDESK_DB", db)
    result = CliRunner().invoke(main, ["stats", "--format", "json"])
    assert json.loads(result.output)["articles"] == 2


def test_store_cli_ingest_progress_has_total_rate_and_time_left(tmp_path: Path,
                                                               inputs: Path) -> None:
    result = CliRunner(env={"FORCE_COLOR": "1", "COLUMNS": "160"}).invoke(
        main, ["ingest", str(inputs), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 0, result.output
    shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", result.stderr)
    assert re.search(r"100% 2 articles 0 failed [\d.]+ articles/s \d:\d\d:\d\d 0:00:00", shown)
