"""Every command explains itself and ends its help with an example."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from wiredesk.cli import main


def commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", commands())
def test_cli_help_has_text_and_example(name: str) -> None:
    command = main.commands[name]
    assert isinstance(command, click.Command)
    assert command.help and len(command.help.split()) >= 5
    assert "Example: wiredesk " + name in command.help
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_cli_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in commands():
        assert name in result.output
