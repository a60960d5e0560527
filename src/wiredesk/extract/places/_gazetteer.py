"""The shipped gazetteer: places by normalised name, loaded lazily once per process.

Built by ``scripts/build_gazetteer.py`` into ``data/gazetteer/``. Entry rows are kept as
raw lines and parsed only when looked up, so loading is one read and two splits.
"""

from __future__ import annotations

import gzip
import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_APOSTROPHES = re.compile(r"[’‘`´]")
_DROP = re.compile(r"[.']")
_SPACE = re.compile(r"[^a-z0-9]+")
# Latin letters no accent-stripping decomposes: "Đắk Lắk" is "Dak Lak", "Łódź" "Lodz".
_LETTERS = str.maketrans({
    "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
    "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th",
    "ı": "i", "Ħ": "H", "ħ": "h",
})


@cache
def _abbreviations() -> dict[str, dict[str, str]]:
    """context.toml [abbreviations]: abbreviated first words of names and their full form."""
    path = resources.files("wiredesk") / "data" / "gazetteer" / "context.toml"
    return dict(tomllib.loads(path.read_text(encoding="utf-8"))["abbreviations"])


def _first_words() -> dict[str, str]:
    """Abbreviated first words of names and their full form ("Mt" -> "mount"), from
    context.toml [abbreviations]: both spellings of "Mt Hagen" key one place."""
    return _abbreviations()["first_word"]


@lru_cache(maxsize=16384)
def normalise(name: str) -> str:
    """The lookup key: ASCII, lower case, no dots or apostrophes, single spaces, an
    abbreviated first word written out (remembered: every stage keys the same few names
    of a story)."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    text = text.encode("ascii", "ignore").decode()
    text = _DROP.sub("", _APOSTROPHES.sub("'", text).lower())
    words = _SPACE.sub(" ", text).strip().split(" ")
    if len(words) > 1:
        words[0] = _first_words().get(words[0], words[0])
    return " ".join(words)


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


VARIANT_MIN_LEN = 5  # shorter names have too many namesakes to be spelt loosely
VARIANT_MARK = "~"  # before a loose spelling's key: no plain lookup reaches it
# What transliterations of one name vary in: y and i ("Korday", "Kordai"), a doubled letter.
_VARIANT = ((re.compile(r"y"), "i"), (re.compile(r"([a-z])\1"), r"\1"))


def variant(key: str) -> str:
    """The loose spelling of a normalised name that its transliterations share: the build
    keys each town under it too, where no place has that key."""
    for pattern, repl in _VARIANT:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=4096)
def lookup_variant(name: str) -> tuple[Entry, ...]:
    """The towns `name` may mean under a loose spelling ("Kordai" for Korday, "Khojeyli"
    for Khojeili), all as other spellings: for a name the gazetteer lacks as written."""
    key = variant(normalise(name))
    if len(key) < VARIANT_MIN_LEN:
        return ()
    names = _index().names
    refs = [r for k in (key, VARIANT_MARK + key) for r in names.get(k, "").split(",") if r]
    found = (_entry(_index(), ref.lstrip("=")) for ref in dict.fromkeys(refs))
    return tuple(e for e in found if e.kind == "city")


@lru_cache(maxsize=8192)
def lookup(name: str) -> tuple[Entry, ...]:
    """Every place `name` may mean (own names first), in O(1) of the gazetteer's size
    (remembered: a story asks for its few names again and again, each row parsed anew)."""
    index = _index()
    refs = index.names.get(normalise(name))
    if not refs:
        return ()
    return tuple(_entry(index, ref) for ref in refs.split(","))


@lru_cache(maxsize=1024)
def lookup_region_of_saint(name: str) -> tuple[Entry, ...]:
    """The countries and first-level regions a saint's name written short may mean where
    the name as written keys nothing ("St Lucia", "St Kitts and Nevis", "St Catherine"
    parish): context.toml [abbreviations] saint. Only those kinds: a saint's name alone
    keys towns and hamlets everywhere ("the feast of St George")."""
    words = normalise(name).split(" ")
    full = _abbreviations()["saint"].get(words[0]) if len(words) > 1 else None
    if full is None:
        return ()
    return tuple(
        e for e in lookup(" ".join([full, *words[1:]])) if e.kind in {"country", "admin1"}
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine on the mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))
