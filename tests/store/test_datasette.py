"""The store as datasette and sqlite-utils find it: full-text search they detect, views,
and the metadata `wiredesk export --datasette` writes. A real datasette server on
127.0.0.1 serves the sample store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from wiredesk.cli import main

PORT = 18140


def _wait(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("datasette did not start")


@pytest.fixture(scope="module")
def served(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("meta")
    result = CliRunner().invoke(main, ["export", "--datasette", "--out", str(out), "--db",
                                       str(sample_db)])
    assert result.exit_code == 0, result.output
    datasette = Path(sys.executable).parent / "datasette"
    proc = subprocess.Popen(
        [str(datasette), "serve", str(sample_db), "-m", str(out / "metadata.yml"),
         "-h", "127.0.0.1", "-p", str(PORT)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait(PORT, proc)
        yield f"http://127.0.0.1:{PORT}/{sample_db.stem}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.read().decode("utf-8")


def test_datasette_search_finds_only_the_hits(served: str) -> None:
    every = json.loads(_get(f"{served}/articles.json?_shape=array&_size=max&_col=title"))
    hits = json.loads(_get(f"{served}/articles.json?_search=Poltava&_shape=array&_size=max"))
    assert 0 < len(hits) < len(every)
    assert all("Poltava" in row["text"] or "Poltava" in (row["title"] or "") for row in hits)
    page = _get(f"{served}/articles?_search=Poltava")
    assert f"{len(hits)} row" in page


def test_datasette_serves_views_and_descriptions(served: str) -> None:
    rows = json.loads(_get(f"{served}/events_view.json?_shape=array&plover_code=ASSAULT"
                           "&place=Kherson"))
    assert rows and all(abs(r["lat"] - 46.64) < 0.05 for r in rows)
    assert 7 in {r["fatalities"] for r in rows}  # "killing seven people" beside the strike
    assert "Who said what: one row a reported statement" in _get(f"{served}/attributions")
    claims = json.loads(_get(f"{served}/claims_view.json?_shape=array"
                             "&speaker_canonical=Russian+Defence+Ministry"))
    assert claims and {r["speaker_id"] for r in claims} == {"russian-defence-ministry"}


def test_sqlite_utils_detects_and_searches_the_index(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    assert db["articles"].detect_fts() == "articles_fts"
    found = list(db["articles"].search("Kherson market"))
    assert found and all("Kherson" in row["text"] for row in found)
    assert {"claims_view", "events_view", "figures_view"} <= set(db.view_names())
    db.close()
