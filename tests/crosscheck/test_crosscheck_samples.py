"""Cross-checking and briefing the bundled sample corpus against samples/expected.toml."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from wiredesk.cli import main
from wiredesk.store import Store
from wiredesk.store._crosscheck import load_crosscheck


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _number(value: str) -> float:
    """A side's value as the JSON gives it ("at least 25") as a number."""
    return float(value.split()[-1].replace(",", ""))


def test_samples_crosscheck_is_incremental(sample_db):
    first = _run("crosscheck", "--db", sample_db)
    assert "new articles" in first
    again = _run("crosscheck", "--db", sample_db)
    assert again.startswith("cross-checked 0 new articles")
    with Store.open(sample_db) as store:  # reopened: what was saved is what is read
        assert load_crosscheck(store).articles


def test_samples_figure_contradiction(sample_db, expected):
    _run("crosscheck", "--db", sample_db)
    found = json.loads(_run("contradictions", "--db", sample_db, "--format", "json"))
    for want in (c for c in expected["contradiction"] if c["kind"] == "figure"):
        values = {float(v) for v in want["values"]}
        hits = [c for c in found if c["kind"] == "figure"
                and {_number(c["a"]["value"]), _number(c["b"]["value"])} == values]
        assert hits, f"no contradiction {want['values']} for {want['event']}"
        side = hits[0]["a"]
        assert side["article_id"] and side["span"] and side["published"] and side["source"]


def test_samples_no_false_contradictions(sample_db, expected):
    """Every contradiction found is one written into the corpus ("who lives two streets from
    the depot" is no toll against 18)."""
    _run("crosscheck", "--db", sample_db)
    found = json.loads(_run("contradictions", "--db", sample_db, "--format", "json"))
    wanted = [{float(v) for v in c["values"]} for c in expected["contradiction"]
              if c["kind"] == "figure"]
    figures = [{_number(c["a"]["value"]), _number(c["b"]["value"])} for c in found
               if c["kind"] == "figure"]
    assert figures and all(f in wanted for f in figures), figures
    assert {c["kind"] for c in found} == {c["kind"] for c in expected["contradiction"]}


def test_samples_denial(sample_db, expected):
    _run("crosscheck", "--db", sample_db)
    found = json.loads(_run("contradictions", "--db", sample_db, "--format", "json"))
    for want in (c for c in expected["contradiction"] if c["kind"] == "denial"):
        denier = want["denied_by"].split()[-2:]  # "Defence Ministry"
        denials = [c for c in found if c["kind"] == "denial"
                   and " ".join(denier) in c["b"]["source"]]
        assert denials, f"no denial by {want['denied_by']}"
        assert any("market" in c["a"]["text"] for c in denials)


def test_samples_corroborated_figures(sample_db, expected):
    _run("crosscheck", "--db", sample_db)
    groups = json.loads(_run("corroboration", "--db", sample_db, "--format", "json",
                             "--min-sources", "2"))
    figures = [g for g in groups if g["kind"] == "figure"]
    assert figures and all(g["n_sources"] >= 2 for g in groups)
    linked_texts = " ".join(i["text"] for g in figures for i in g["items"])
    hits = [w for w in expected["corroboration"] if w["kind"] == "figure"
            and f"{w['value']:,}" in linked_texts]
    assert hits  # at least one listed corroboration is found (see report: recall is partial)


def test_samples_briefing_verifies(sample_db, tmp_path):
    out = tmp_path / "brief.md"
    _run("brief", "--db", sample_db, "--since", "2026-03-03", "--until", "2026-03-04",
         "--out", str(out))
    assert "## Citations" in out.read_text(encoding="utf-8")
    assert "every sentence verifies" in _run("verify-brief", str(out), "--db", sample_db)
    bad = tmp_path / "bad.md"
    text = out.read_text(encoding="utf-8")
    # a misquoted figure: the first "put ... at N [" told as N + 1
    misquoted = re.sub(r"( at )(\d+)( \[)", lambda m: f"{m[1]}{int(m[2]) + 1}{m[3]}", text,
                       count=1)
    assert misquoted != text
    bad.write_text(misquoted, encoding="utf-8")
    result = CliRunner().invoke(main, ["verify-brief", str(bad), "--db", sample_db])
    assert result.exit_code == 1 and result.output.strip()
    page = tmp_path / "brief.html"
    _run("brief", "--db", sample_db, "--on", "2026-03-04", "--format", "html", "--out", str(page))
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
