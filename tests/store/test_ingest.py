"""`ingest_paths` and `wiredesk ingest` with the real readers and model: whole articles only,
known content skipped before NLP, bad inputs reported and the rest stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from storedocs import write_corpus

import wiredesk.store.ingest as ingest_module
from wiredesk.store import Store
from wiredesk.store.ingest import IngestSummary, Progress, ingest_paths
from wiredesk.store.schema import LAYER_TABLES, articles, check_figures

WIREDESK = Path(sys.executable).with_name("wiredesk")


def rows_per_article(store: Store) -> dict[str, dict[str, int]]:
    """For each stored article, how many rows it has in each table."""
    out: dict[str, dict[str, int]] = {}
    with store.engine.connect() as conn:
        for aid in conn.scalars(select(articles.c.id)):
            out[aid] = {"articles": 1}
        for name, table in {**LAYER_TABLES, "check_figures": check_figures}.items():
            query = select(articles.c.id, func.count()).select_from(table).join(
                articles, articles.c.seq == table.c.article).group_by(articles.c.id)
            for aid, count in conn.execute(query):
                out[aid][name] = count
    return out


def test_ingest_stores_each_article_and_skips_known_content(
    store: Store, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[Progress] = []
    first = ingest_paths([str(corpus)], store, progress=steps.append)
    assert first.as_dict() == {"stored": 20, "unchanged": 0, "updated": 0, "incomplete": 0,
                               "failed": 0,
                               "skipped": 0}
    assert [s.outcome for s in steps] == ["stored"] * 20
    assert store.stats()["articles"] == 20

    extracted: list[str] = []
    real = ingest_module.extract_articles

    def seen(items: Iterator) -> Iterator:
        for article in items:
            extracted.append(article.id)
            yield article

    def counting(items: Iterator, **kw: object) -> Iterator:
        yield from real(seen(items), **kw)

    monkeypatch.setattr(ingest_module, "extract_articles", counting)
    (corpus / "00-kharkiv.txt").write_text(  # same url, new text
        "title: Kharkiv report 0\nsource: Example Wire\nurl: https://news.example/00-kharkiv\n"
        "published: 2026-03-01\n\n"
        "Correction: the toll in Kharkiv rose to 3 dead, officials said.\n",
        encoding="utf-8")
    again = ingest_paths([str(corpus)], store)
    assert again.as_dict() == {"stored": 0, "unchanged": 19, "updated": 1, "incomplete": 0,
                               "failed": 0,
                               "skipped": 0}
    assert len(extracted) == 1  # only the new text went through NLP


def test_ingest_bad_inputs_are_reported_and_the_rest_stored(store: Store, corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"title: x\n\nKyiv \xff\xfe said")
    (corpus / "updates.jsonl").write_text(
        '{"text": "Sumy was shelled on Monday, the regional administration said."}\n'
        "{not json\n"
        '{"text": "Odesa port resumed grain loading on Friday, the port authority said."}\n',
        encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    summary: IngestSummary = ingest_paths([str(corpus), str(corpus / "missing.txt")], store)
    assert (summary.stored, summary.failed) == (22, 4)
    wheres = sorted(p.where for p in summary.problems)
    assert any(w.endswith("broken.txt") for w in wheres)
    assert any(w.endswith("updates.jsonl: line 2") for w in wheres)
    assert any(w.endswith("empty.txt") for w in wheres)
    assert any(w.endswith("missing.txt") for w in wheres)
    assert not summary.ok
    assert store.stats()["articles"] == 22


def _wait_for_articles(url: str, proc: subprocess.Popen, at_least: int) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        with Store.open(url) as probe:
            count = probe.stats()["articles"]
        if count >= at_least:
            return count
        time.sleep(0.01)
    pytest.fail(f"ingest ended (rc={proc.poll()}) before {at_least} articles were stored")


def test_ingest_sigkill_leaves_whole_articles_and_a_rerun_completes(
    db_url: str, tmp_path: Path, store: Store
) -> None:
    folder = tmp_path / "batch"
    write_corpus(folder, count=120)  # several parse batches: the kill lands before the last
    command = [str(WIREDESK), "ingest", str(folder), "--quiet", "--jobs", "1", "--db"]
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    subprocess.run([*command, clean_url], check=True, capture_output=True)
    with Store.open(clean_url) as clean:
        expected = rows_per_article(clean)

    command.append(db_url)
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    _wait_for_articles(db_url, proc, at_least=1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    partial = rows_per_article(store)
    assert 1 <= len(partial) < len(expected)
    for aid, counts in partial.items():
        assert counts == expected[aid]

    rerun = subprocess.run(command, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(partial)} unchanged" in rerun.stdout
    assert rows_per_article(store) == expected
