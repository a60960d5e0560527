"""Write docs/store.md from the store's models (schema.py comments and the views)."""

from __future__ import annotations

from pathlib import Path

from wiredesk.store.describe import markdown

OUT = Path(__file__).resolve().parents[1] / "docs" / "store.md"

if __name__ == "__main__":
    OUT.write_text(markdown(), encoding="utf-8")
    print(OUT)
