"""Turn the paths a user gives (files, folders, glob patterns) into batches of files, lazily.

A batch is the files read together: one folder's entries, one pattern's matches, or a run of
files named one after another. Only one folder's names are held at a time (never a whole
tree, never contents), so the first article of a folder of 100,000 files comes out early.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator

from wiredesk.ingest._problem import Problem

_GLOB_CHARS = frozenset("*?[")
STDIN = "-"


def folder_entries(folder: str) -> list[str] | Problem:
    """The paths in `folder`, sorted by name, hidden ones and `__pycache__` left out.

    Names only, not `os.DirEntry` objects: a folder of 100,000 files costs its names.
    """
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if not e.name.startswith(".")]
    except OSError as exc:
        return Problem(folder, f"cannot list this folder: {exc.strerror or exc}; skipped")
    names.sort()
    return [os.path.join(folder, n) for n in names if n != "__pycache__"]


def folder_key(path: str) -> tuple[int, int] | None:
    """(device, inode) of the folder `path` names, following symlinks; None if not a folder."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def batches(paths: Iterable[str]) -> Iterator[list[str] | Problem]:
    """Batches of paths (files or folders) in input order; a path naming nothing is a `Problem`.

    A folder is a batch of its own (its entries are listed when it is read); a pattern's
    matches are sorted; consecutive plain files (or `-`, standard input) form one batch.
    """
    files: list[str] = []
    for path in paths:
        if path == STDIN or os.path.isfile(path):
            files.append(path)
            continue
        if files:
            yield files
            files = []
        if os.path.isdir(path):
            yield [path]
        elif _GLOB_CHARS & set(path):
            matches = sorted(glob.iglob(path, recursive=True))
            yield matches or Problem(path, "no file matches this pattern")
        elif os.path.lexists(path):
            yield [path]  # a FIFO, a dangling link or a loop: reading it says what is wrong
        else:
            yield Problem(path, "no such file or folder; check the path")
    if files:
        yield files
