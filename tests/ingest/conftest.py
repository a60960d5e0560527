"""Fixtures for the reader tests: files written by the test, read back through `read_paths`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from wiredesk.ingest import Problem, read_paths
from wiredesk.records import Article


@pytest.fixture
def read(tmp_path: Path) -> Callable[..., list[Article | Problem]]:
    """Write {name: text or bytes} under tmp_path and read the given names (default: all)."""

    def _read(files: dict[str, str | bytes], *names: str) -> list[Article | Problem]:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return list(read_paths([str(tmp_path / n) for n in (names or [""])]))

    return _read
