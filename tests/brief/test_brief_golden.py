"""The sample corpus briefed end to end (ingest, cross-check, brief, verify-brief through
the CLI and a SQLite store): sentences that must read as written, and patterns that mark
the old templates' mistakes (tests/golden/briefs/sample.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = tomllib.loads((ROOT / "tests" / "golden" / "briefs" / "sample.toml").read_text("utf-8"))
CORPUS = ROOT / "src" / "wiredesk" / "samples" / "corpus"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, list[str]]:
    """(store, briefing file, the briefing's story sentences without citations)."""
    folder = tmp_path_factory.mktemp("sample")
    db, out = str(folder / "sample.db"), folder / "brief.md"
    _run("ingest", "--quiet", "--db", db, str(CORPUS))
    _run("brief", "--db", db, "--format", "md", "--out", str(out))
    story = out.read_text("utf-8").split("\n## Sources")[0]
    lines = [line for line in story.splitlines() if line and not line.startswith("#")]
    return db, out, lines


def _bare(line: str) -> str:
    return re.sub(r" ?(\[\d+\](-\[\d+\])?)+\.$", "", line).rstrip()


@pytest.mark.parametrize("sentence", GOLDEN["must"])
def test_brief_golden_sentence_appears(sample, sentence):
    _db, _out, lines = sample
    assert sentence in {_bare(line) for line in lines}


@pytest.mark.parametrize("start", GOLDEN["must_start"])
def test_brief_golden_sentence_starts(sample, start):
    assert any(line.startswith(start) for line in sample[2])


@pytest.mark.parametrize("pattern", GOLDEN["must_not"])
def test_brief_golden_pattern_absent(sample, pattern):
    found = [line for line in sample[2] if re.search(pattern, line)]
    assert not found, found


def test_brief_golden_verifies_and_catches_an_edited_figure(sample):
    db, out, _lines = sample
    assert "every sentence verifies" in _run("verify-brief", "--db", db, str(out))
    edited = out.with_name("edited.md")
    text = out.read_text("utf-8")
    assert "The death toll was put at 7 [" in text
    edited.write_text(text.replace("The death toll was put at 7 [",
                                   "The death toll was put at 9 ["), "utf-8")
    result = CliRunner().invoke(main, ["verify-brief", "--db", db, str(edited)])
    assert result.exit_code == 1 and "number “9”" in result.output


def test_brief_golden_every_story_line_is_cited_and_one_fact_once(sample):
    assert all(re.search(r"\[\d+\]\.$", line) for line in sample[2])
    stories = sample[1].read_text("utf-8").split("\n## Sources")[0].split("\n## ")[1:]
    for story in stories:
        facts = [_bare(line) for line in story.splitlines()[1:]
                 if line and not line.startswith("Reported independently")]
        assert len(facts) == len(set(facts)), story.splitlines()[0]
