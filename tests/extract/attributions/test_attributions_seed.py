"""The seed article through the real command and the shared scorer: floors that only rise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "article.txt"
SCORER = SHARED / "tools" / "score_seed.py"
WIREDESK = Path(sys.executable).with_name("wiredesk")


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside this checkout")
def test_attributions_seed_floor() -> None:
    out = subprocess.run([str(WIREDESK), "extract", str(SEED), "--published", "2025-08-12",
                          "--format", "json"], capture_output=True, text=True, check=True)
    score = subprocess.run([sys.executable, str(SCORER), "-", "--min-attr-f1", "0.90",
                            "--min-speaker", "0.95"], input=out.stdout, capture_output=True,
                           text=True)
    assert score.returncode == 0, score.stdout[-2000:]
