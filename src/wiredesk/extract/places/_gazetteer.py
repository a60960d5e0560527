"""The shipped gazetteer: places by normalised name, loaded lazily once per process.

Built by ``scripts/build_gazetteer.py`` into ``data/gazetteer/``. Entry rows are kept as
raw lines and parsed only when looked up, so loading is one read and two splits.
"""

from __future__ import annotations

import gzip
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_APOSTROPHES = re.compile(r"[’‘`´]")
_DROP = re.compile(r"[.']")
_SPACE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=16384)
def normalise(name: str) -> str:
    """The lookup key: ASCII, lower case, no dots or apostrophes, single spaces (remembered:
    every stage keys the same few names of a story)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = _DROP.sub("", _APOSTROPHES.sub("'", text).lower())
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place; `primary` says the looked-up name is its own name."""

    id: int
    name: str
    kind: str  # country, admin1, admin2, city, region, feature
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    primary: bool


@dataclass(frozen=True, slots=True)
class _Index:
    rows: list[str]
    names: dict[str, str]


@cache
def _index() -> _Index:
    folder = resources.files("wiredesk") / "data" / "gazetteer"
    with (folder / "entries.tsv.gz").open("rb") as f:
        rows = gzip.decompress(f.read()).decode("utf-8").split("\n")
    with (folder / "names.tsv.gz").open("rb") as f:
        lines = gzip.decompress(f.read()).decode("utf-8").split("\n")
    names = dict(line.split("\t", 1) for line in lines if line)
    return _Index(rows, names)


def _entry(index: _Index, ref: str) -> Entry:
    primary = ref.startswith("=")
    ident = int(ref.lstrip("="))
    _, name, kind, cc, a1, lat, lon, pop, gid = index.rows[ident].split("\t")
    return Entry(
        ident,
        name,
        kind,
        cc or None,
        a1 or None,
        float(lat),
        float(lon),
        int(pop or 0),
        int(gid) if gid else None,
        primary,
    )


@lru_cache(maxsize=8192)
def lookup(name: str) -> tuple[Entry, ...]:
    """Every place `name` may mean (own names first), in O(1) of the gazetteer's size
    (remembered: a story asks for its few names again and again, each row parsed anew)."""
    index = _index()
    refs = index.names.get(normalise(name))
    if not refs:
        return ()
    return tuple(_entry(index, ref) for ref in refs.split(","))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine on the mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))
