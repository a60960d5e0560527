"""Every command of the README runs as written on the sample store (`serve`, a server that
runs until stopped, is run as a process by tests/web)."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
PROMPT = ".venv/bin/wiredesk "


LONG_RUNNING = {"serve"}


def readme_commands() -> list[list[str]]:
    """The wiredesk command lines from "## Use" to "## Layout", as argument lists."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    use = text[text.index("## Use"):text.index("## Layout")]
    return [shlex.split(line.strip()[len(PROMPT):], comments=True) for line in use.splitlines()
            if line.startswith("    " + PROMPT)]


def test_readme_covers_every_command() -> None:
    assert {args[0] for args in readme_commands()} == set(main.commands)


def test_readme_commands_run_on_the_sample(sample_db: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "src").symlink_to(ROOT / "src")
    (tmp_path / "out").mkdir()
    with sqlite3.connect(sample_db) as source, sqlite3.connect(tmp_path / "out/sample.db") as to:
        source.backup(to)
    monkeypatch.chdir(tmp_path)
    for args in readme_commands():
        if args[0] in LONG_RUNNING:
            continue
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, f"{args}\n{result.output}"
        assert result.output.strip() or "--out" in args, args
    assert "## " in (tmp_path / "out/brief.md").read_text(encoding="utf-8")
    assert (tmp_path / "out/meta/metadata.yml").is_file()
    assert (tmp_path / "out/export/events.csv").is_file()
