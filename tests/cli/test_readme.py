"""Every command of the README's Use section runs as written on the sample store."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
PROMPT = ".venv/bin/wiredesk "


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    use = text[text.index("## Use"):text.index("## Layout")]
    return [line.strip()[len(PROMPT):] for line in use.splitlines()
            if line.startswith("    " + PROMPT)]


def test_readme_covers_every_command() -> None:
    named = {shlex.split(command)[0] for command in readme_commands()}
    assert named == set(main.commands)


def test_readme_commands_run_on_the_sample(sample_db: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "src").symlink_to(ROOT / "src")
    (tmp_path / "out").mkdir()
    with sqlite3.connect(sample_db) as source, sqlite3.connect(tmp_path / "out/sample.db") as to:
        source.backup(to)
    monkeypatch.chdir(tmp_path)
    for command in readme_commands():
        result = CliRunner().invoke(main, shlex.split(command))
        assert result.exit_code == 0, f"{command}\n{result.output}"
        assert result.output.strip() or "--out" in command, command
    assert "## " in (tmp_path / "out/brief.md").read_text(encoding="utf-8")
    assert (tmp_path / "out/meta/metadata.yml").is_file()
    assert (tmp_path / "out/export/events.csv").is_file()
