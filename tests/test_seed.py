"""The seed article through the real command, scored by the shared scorer with every floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "article.txt"

FLOORS = [
    "--min-attr-f1", "0.90", "--min-speaker", "0.95", "--min-times", "1", "--min-places", "1",
    "--min-figures", "1", "--min-checks", "1", "--min-events", "0.85",
]


def test_seed_scores_above_every_floor(tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip("../shared is not beside this checkout")
    wiredesk = Path(sys.executable).parent / "wiredesk"
    out = tmp_path / "seed.json"
    with out.open("w") as fh:
        subprocess.run(
            [str(wiredesk), "extract", str(SEED), "--published", "2025-08-12", "--format", "json"],
            stdout=fh, check=True, timeout=120,
        )
    score = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_seed.py"), str(out), *FLOORS],
        capture_output=True, text=True, timeout=60,
    )
    assert score.returncode == 0, score.stdout
