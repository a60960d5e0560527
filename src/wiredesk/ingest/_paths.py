"""Turn the paths a user gives (files, folders, glob patterns) into files to read, in order."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from wiredesk.ingest._problem import Problem

_GLOB_CHARS = frozenset("*?[")


def _walk(folder: str) -> Iterator[str]:
    """Every file under `folder` in path order (a/c, a/z, b), skipping hidden ones."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir():
            yield from _walk(entry.path)
        else:
            yield entry.path


def expand(paths: Iterable[str]) -> Iterator[str | Problem]:
    """Files in input order: folders recursively and sorted, globs sorted; `-` is stdin.

    A path that names nothing, or a pattern that matches nothing, is a `Problem`.
    """
    for path in paths:
        if path == "-" or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        elif _GLOB_CHARS & set(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Problem(path, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match)
                else:
                    yield match
        else:
            yield Problem(path, "no such file or folder; check the path")
