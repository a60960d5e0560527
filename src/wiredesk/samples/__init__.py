"""The bundled sample corpus: one invented week of conflict news in every input kind.

`CORPUS` is the folder to give `read_paths`; `expected()` is `expected.toml`, the
corroborations, contradictions, denials and same-source repeats written into it
(EXPECTED.md tells the same in prose).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


@cache
def expected() -> dict[str, Any]:
    """The contents of expected.toml (read once)."""
    with (HERE / "expected.toml").open("rb") as fh:
        return tomllib.load(fh)


__all__ = ["CORPUS", "expected"]
