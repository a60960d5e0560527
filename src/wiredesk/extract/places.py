"""Places layer: toponyms resolved to gazetteer entries with coordinates.

Mentions come from `_place_mentions`; each is looked up in the shipped gazetteer and the
candidates are ranked by what the rest of the article says: a place in a country or
region the article already names beats a bigger namesake elsewhere ("Paris" near
"Texas"), then countries and regions beat towns for bare names of them, then population.
Capitalised names spaCy missed are kept only when the gazetteer knows them as a
country, a region or a sizeable town.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from wiredesk.extract._gazetteer import Entry, lookup, normalise
from wiredesk.extract._place_mentions import Mention, lexicon, looks_like_demonym, mentions
from wiredesk.extract._registry import Context, stage
from wiredesk.records import Place

EXTRACTOR = "places.v1"
KIND_WEIGHT = {"country": 8.0, "admin1": 6.5, "region": 6.5, "feature": 6.5, "admin2": 3.5}
UNTAGGED_MIN_POP = 100_000  # a name spaCy missed must be a town at least this big
SAME_COUNTRY, SAME_ADMIN1 = 3.0, 2.0


@dataclass(frozen=True, slots=True)
class _Found:
    mention: Mention
    candidates: tuple[Entry, ...]


@stage("places", layer="places")
def find_places(doc: Doc, ctx: Context) -> tuple[Place, ...]:
    found = [f for m in mentions(doc) if (f := _candidates(m)) is not None]
    countries, admin1s = _article_context(found)
    out = []
    for f in found:
        if not f.candidates:
            continue
        best, why = _choose(f, countries, admin1s)
        if best is None:
            continue
        m = f.mention
        out.append(
            Place(
                article_id=ctx.article_id,
                text=doc.text[m.start : m.end],
                span=(m.start, m.end),
                name=best.name,
                kind=best.kind,
                country=best.country,
                admin1=best.admin1 if best.kind not in {"country", "region", "feature"} else None,
                geonameid=best.geonameid,
                lat=best.lat,
                lon=best.lon,
                direction=m.direction,
                extractor=EXTRACTOR,
                explanation=why,
            )
        )
    return tuple(out)


def _names_to_try(m: Mention) -> list[str]:
    """The written name, then without its region word or prefix ("Kursk Oblast" -> "Kursk")."""
    lex = lexicon()
    names = [m.name]
    words = m.name.split()
    if len(words) > 1 and words[-1].lower() in lex.region_words:
        names.append(" ".join(words[:-1]))
    low = m.name.lower()
    for prefix in lex.region_prefixes:
        if low.startswith(prefix + " "):
            names.append(m.name[len(prefix) + 1 :])
    return names


def _candidates(m: Mention) -> _Found | None:
    """The entries a mention may mean, or None when it is not a toponym at all."""
    if looks_like_demonym(m.name) and not any(e.primary for e in lookup(m.name)):
        return None
    entries: tuple[Entry, ...] = ()
    for name in _names_to_try(m):
        entries = lookup(name)
        if m.kinds is not None:
            entries = tuple(e for e in entries if e.kind in m.kinds)
        if entries:
            break
    if not entries and m.kinds is not None:  # "US territory": the word was not a region's
        m = dataclasses.replace(m, end=m.name_end, kinds=None)
        entries = lookup(m.name)
    if not entries:
        return None
    if not m.tagged:
        entries = tuple(e for e in entries if e.primary and _well_known(e))
        if not entries:
            return None
    return _Found(m, entries)


def _well_known(e: Entry) -> bool:
    return e.kind in {"country", "admin1", "region", "feature"} or (
        e.kind == "city" and e.population >= UNTAGGED_MIN_POP
    )


def _article_context(found: list[_Found]) -> tuple[Counter[str], Counter[str]]:
    """Countries and admin1 regions the article names without doubt, with counts."""
    countries: Counter[str] = Counter()
    admin1s: Counter[str] = Counter()
    for f in found:
        sure = [e for e in f.candidates if e.primary and e.kind in {"country", "admin1"}]
        if len(f.candidates) == 1:
            sure = list(f.candidates)
        if len({e.country for e in sure}) != 1:
            continue
        e = sure[0]
        if e.country:
            countries[e.country] += 1
        if e.kind in {"admin1", "city"} and e.admin1:
            admin1s[f"{e.country}/{e.admin1}"] += 1
    return countries, admin1s


def _score(e: Entry, f: _Found, countries: Counter[str], admin1s: Counter[str]) -> float:
    own = normalise(f.mention.name)
    score = KIND_WEIGHT.get(e.kind, math.log10(e.population + 10))
    score += 2.0 if e.primary else 0.0
    others = countries[e.country or ""] - (1 if normalise(e.name) == own else 0)
    if others > 0:
        score += SAME_COUNTRY
    if e.kind == "city" and admin1s[f"{e.country}/{e.admin1}"] > 0:
        score += SAME_ADMIN1
    return score


def _choose(
    f: _Found, countries: Counter[str], admin1s: Counter[str]
) -> tuple[Entry | None, str]:
    candidates = _drop_region_of_same_name_city(f)
    ranked = sorted(
        ((_score(e, f, countries, admin1s), e.population, e) for e in candidates),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    best = ranked[0][2]
    shown = ", ".join(
        f"{e.name} ({e.kind}, {e.country or '-'}) {s:.1f}" for s, _, e in ranked[:4]
    )
    context = ", ".join(c for c, _ in countries.most_common(3)) or "none"
    why = f"{len(ranked)} candidate(s): {shown}; article countries: {context}"
    if f.mention.direction:
        why += f"; direction {f.mention.direction!r}"
    return best, why


def _drop_region_of_same_name_city(f: _Found) -> tuple[Entry, ...]:
    """A bare "Donetsk" is the town: drop the admin1 named after a town inside it."""
    if f.mention.kinds is not None:
        return f.candidates
    towns = {(e.country, e.admin1) for e in f.candidates if e.kind == "city" and e.primary
             and e.population >= 50_000}
    kept = tuple(e for e in f.candidates
                 if not (e.kind == "admin1" and (e.country, e.admin1) in towns))
    return kept or f.candidates
