"""Build the web page's offline world map: country outlines as one small SVG.

Source (read at build time only): the GeoJSON outline of each country that `countryinfo`
ships (a dev dependency already, for the gazetteer). The outlines are drawn in an
equirectangular projection whose user units are degrees (x = longitude, y = -latitude,
viewBox -180 -90 360 180), so the page can place points on it by their coordinates.
Rings are simplified (Douglas-Peucker, `TOLERANCE` degrees) and tiny islands dropped to
keep the file small.

Run once after a data change and commit the output:

    .venv/bin/python scripts/build_world_outline.py
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import countryinfo

OUT = Path(__file__).resolve().parent.parent / "src/wiredesk/web/static/world.svg"
TOLERANCE = 0.12  # degrees: a few km, finer than the page ever draws
MIN_EXTENT = 0.4  # degrees: rings smaller than this across are left out

Point = tuple[float, float]


def _simplified(ring: Sequence[Point]) -> list[Point]:
    """Douglas-Peucker on one ring, iterative so long coasts do not recurse deeply."""
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        far, far_at = 0.0, -1
        for i in range(first + 1, last):
            x, y = ring[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else \
                ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > far:
                far, far_at = d, i
        if far > TOLERANCE:
            keep[far_at] = True
            stack += [(first, far_at), (far_at, last)]
    return [p for p, kept in zip(ring, keep, strict=True) if kept]


def _rings(geometry: dict) -> Iterator[list[Point]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
        else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon[:1]:  # the outer ring; lakes are not drawn
            yield [(float(x), float(y)) for x, y, *_ in ring]


def _path(ring: list[Point]) -> str | None:
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    if max(xs) - min(xs) < MIN_EXTENT and max(ys) - min(ys) < MIN_EXTENT:
        return None
    points = _simplified(ring)
    if len(points) < 4:
        return None
    return "M" + "L".join(f"{x:.1f} {-y:.1f}" for x, y in points[:-1]) + "Z"


def main() -> int:
    paths = []
    for country in sorted(countryinfo.all_countries(), key=lambda c: c.name()):
        features = (country.geo_json() or {}).get("features") or []
        drawn = [p for f in features for ring in _rings(f["geometry"])
                 if (p := _path(ring))]
        if drawn:
            iso = (country.iso() or {}).get("alpha2", "")
            paths.append(f'<path data-iso="{iso}" d="{"".join(drawn)}"/>')
    OUT.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">'
        '<rect x="-180" y="-90" width="360" height="180" fill="#dfe9f2"/>'
        '<g fill="#f4f1ea" stroke="#9a9486" stroke-width="0.06">'
        + "\n".join(paths) + "</g></svg>\n", encoding="utf-8")
    print(f"{OUT}: {len(paths)} countries, {OUT.stat().st_size // 1024} KiB", file=sys.stderr)
    print(json.dumps({"countries": len(paths)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
