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
import itertools
import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from wiredesk.extract._gazetteer import Entry, lookup, normalise
from wiredesk.extract._place_mentions import Mention, lexicon, looks_like_demonym, mentions
from wiredesk.extract._place_unknown import EXTRACTOR, unresolved, worth_keeping
from wiredesk.extract._registry import Context, stage
from wiredesk.nlp import doc_text
from wiredesk.records import Place

# A bare name's prior: countries and regions above towns of their size, then population.
KIND_BONUS = {"country": 2.5, "admin1": 1.5, "region": 8.5, "feature": 8.5, "admin2": 3.5}
UNTAGGED_MIN_POP = 100_000  # a name spaCy missed must be a town this big, or near the others
SAME_COUNTRY, SAME_ADMIN1, NEAR, NEAR_KM = 3.0, 2.0, 1.5, 500.0
PERSON_TAGGED_MIN_POP = 500_000  # "struck Kharkiv" tagged as a person: only a big city
PRIMARY = 2.5  # the place's own name, not an old or foreign spelling of it
VOTE, MAX_NAMESAKE_REGIONS = 2.0, 40  # the other names' share of votes for a region
# Other names with a namesake this close to a candidate, each weighted by how few
# namesakes it has: "Columbus" beside "Norfolk" and "Platte County" is Nebraska's.
NEIGHBOUR, NEIGHBOUR_KM, NEIGHBOUR_CAP = 2.0, 300.0, 2.0
QUALIFIED = 6.0  # "Columbus, Ga.", "Paris, Texas": the state or country written after it
_CELL = 3.0  # degrees; a neighbour lies in the 3 x 3 cells around a point (300 km < 3 deg lat)


@dataclass(frozen=True, slots=True)
class _Found:
    mention: Mention
    candidates: tuple[Entry, ...]


@stage("places", layer="places")
def find_places(doc: Doc, ctx: Context) -> tuple[Place, ...]:
    found, unknown = [], []
    for m in mentions(doc):
        f = _candidates(m)
        if f is not None:
            found.append((m, f))
        elif worth_keeping(m):
            unknown.append(m)
    context = _article_context([f for _, f in found])
    qualifiers = _qualifiers(doc, [f for _, f in found])
    choices = [_choose(f, context, qualifiers.get(f.mention.start, frozenset())) for _, f in found]
    out = []
    for (written, f), chosen in zip(found, _same_sense(found, choices), strict=True):
        if chosen is None:
            if f.mention is not written and worth_keeping(written):
                unknown.append(written)  # "Eglinton Avenue": no town Eglinton here
            continue
        best, why = chosen
        m = f.mention
        out.append(
            Place(
                article_id=ctx.article_id,
                text=doc_text(doc)[m.start : m.end],
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
    taken = {p.span for p in out}
    out += [unresolved(doc, ctx, m, out) for m in unknown if (m.start, m.end) not in taken]
    return tuple(sorted(out, key=lambda p: p.span))


def _same_sense(
    found: list[tuple[Mention, _Found]], choices: list[tuple[Entry, str] | None]
) -> list[tuple[Entry, str] | None]:
    """One sense per article: a name resolved once means the same place where it is written
    elsewhere without the words that made it sure ("moved to Meadow Grove ... Meadow Grove
    council"), unless the tagger calls that one a person and nothing locates it, or it is
    an adjective."""
    first: dict[str, tuple[Entry, str]] = {}
    for (_, f), chosen in zip(found, choices, strict=True):
        if chosen is not None:
            first.setdefault(normalise(f.mention.name), chosen)
    out = []
    for (_, f), chosen in zip(found, choices, strict=True):
        earlier = first.get(normalise(f.mention.name))
        m = f.mention
        if (
            chosen is None
            and earlier is not None
            and m.label != "NORP"
            and not looks_like_demonym(m.name)  # "Olympic", "Arab": adjectives elsewhere
            and (m.label != "PERSON" or m.locative)
        ):
            entry, why = earlier
            chosen = entry, f"as the same name elsewhere in the article: {why}"
        out.append(chosen)
    return out


def _qualifiers(doc: Doc, found: list[_Found]) -> dict[int, frozenset[str]]:
    """The regions written right after a name, by its start: "Columbus, Ga." gives
    {"US/Georgia", "US"}; "Paris, France" gives {"FR"}."""
    out: dict[int, frozenset[str]] = {}
    for f, after in itertools.pairwise(found):
        if doc_text(doc)[f.mention.end : after.mention.start].strip() != ",":
            continue
        keys = {
            f"{e.country}/{e.admin1}" if e.kind == "admin1" else str(e.country)
            for e in after.candidates
            if e.kind in {"admin1", "country"}
        }
        if keys:
            out[f.mention.start] = frozenset(keys)
    return out


@dataclass(frozen=True, slots=True)
class _ArticleContext:
    """What the article names without doubt: countries, admin1 regions, their points."""

    countries: Counter[str]
    country_names: dict[str, set[str]]  # country -> the names that surely lie in it
    admin1s: Counter[str]
    points: tuple[tuple[float, float, str], ...]  # lat, lon, the name it came from
    votes: dict[str, dict[str, float]]  # region key -> each name's share of its namesakes
    grid: dict[tuple[int, int], list[tuple[float, float, str, float]]]  # namesakes by cell


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
    """The entries a mention may mean, or None when the gazetteer does not know it."""
    found = _lookup(m)
    if found is None and m.fallback is not None:
        found = _lookup(m.fallback)
    return found


def _lookup(m: Mention) -> _Found | None:
    if m.person or (looks_like_demonym(m.name) and not any(e.primary for e in lookup(m.name))):
        return None
    alias = lexicon().aliases.get(m.name)
    if alias is not None:
        m = dataclasses.replace(m, name=alias)
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
    if m.embedded:
        kinds = {"country", "admin1", "admin2"} | ({"city"} if m.civic or m.institution else set())
        entries = tuple(e for e in entries if e.kind in kinds)
    if not entries:
        return None
    return _Found(m, entries)


def _plausible(e: Entry, m: Mention, context: _ArticleContext) -> bool:
    """Whether a name spaCy did not tag as a place may mean `e` here."""
    if m.name.lower() in lexicon().never_untagged:
        return False
    if m.tagged or m.dateline:
        return True
    if e.kind == "admin2" and (m.kinds is not None or (m.after_comma and e.primary)):
        # "Platte County Court", "a hamlet near Keswick, Cumbria"
        return True
    if e.kind == "city" and e.primary and (m.civic or m.strongly_locative):
        return True  # "Elkhart man", "Richmond Police", "moved to Castlegar"
    if not e.primary:  # "U.S.", "Trenton, N.J.", a big city under another spelling ("Kiev")
        abbreviated = m.after_comma or m.kinds is not None or (m.embedded and "." in m.name)
        return (
            e.kind == "country"
            or (abbreviated and e.kind == "admin1")
            or (e.kind == "city" and e.population >= PERSON_TAGGED_MIN_POP)
        )
    if e.kind in {"country", "admin1", "region", "feature"} or _hand_kept(e):
        return True
    if e.kind == "city" and e.population >= UNTAGGED_MIN_POP:
        return m.label != "PERSON" or m.locative or e.population >= PERSON_TAGGED_MIN_POP
    in_region = e.kind == "city" and context.admin1s[f"{e.country}/{e.admin1}"] > 0
    return (m.locative or m.after_comma or m.label is None) and in_region


def _hand_kept(e: Entry) -> bool:
    """A town of conflict news from the hand-kept features.tsv (no GeoNames id): news names
    it as a place, so it is kept like a region even when the tagger missed it ("fired on Sotk")."""
    return e.kind == "city" and e.geonameid is None


def _region_votes(found: list[_Found]) -> dict[str, dict[str, float]]:
    """How strongly the article's names point at each first-level region.

    Each distinct name spreads its vote over the regions of its namesakes, so the state
    that "Columbus", "Norfolk" and "Platte County" share outvotes each one's biggest
    namesake; a dateline counts double.
    """
    votes: dict[str, dict[str, float]] = {}
    for f in found:
        keys = {
            f"{e.country}/{e.admin1}"
            for e in f.candidates
            if e.kind in {"city", "admin2", "admin1"} and e.admin1
        }
        if not keys or len(keys) > MAX_NAMESAKE_REGIONS:
            continue
        weight = (2.0 if f.mention.dateline else 1.0) / len(keys) ** 0.5
        name = normalise(f.mention.name)
        for key in keys:
            by_name = votes.setdefault(key, {})
            by_name[name] = max(by_name.get(name, 0.0), weight)
    return votes


def _article_context(found: list[_Found]) -> _ArticleContext:
    countries: Counter[str] = Counter()
    country_names: dict[str, set[str]] = {}
    admin1s: Counter[str] = Counter()
    points = []
    for f in found:
        sure = [e for e in f.candidates if e.kind in {"country", "admin1"}]
        if any(
            e.kind == "city" and e.primary and e.population >= UNTAGGED_MIN_POP
            for e in f.candidates
        ):
            sure = []
        if len(f.candidates) == 1 or _dominant(f.candidates):
            sure = [max(f.candidates, key=lambda e: e.population)]
        if len({e.country for e in sure}) != 1 or not (f.mention.tagged or sure[0].kind != "city"):
            continue
        e = sure[0]
        if e.country:
            countries[e.country] += 1
            country_names.setdefault(e.country, set()).add(normalise(f.mention.name))
        if e.kind in {"admin1", "city"} and e.admin1:
            admin1s[f"{e.country}/{e.admin1}"] += 1
        points.append((e.lat, e.lon, normalise(f.mention.name)))
    return _ArticleContext(
        countries,
        country_names,
        admin1s,
        tuple(points),
        _region_votes(found),
        _namesake_grid(found),
    )


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _CELL), int(lon // _CELL)


def _namesake_grid(
    found: list[_Found],
) -> dict[tuple[int, int], list[tuple[float, float, str, float]]]:
    """Every local namesake of every name, by grid cell, with that name's weight: one over
    the root of its namesakes (a dateline counts double), so "Washington" says little."""
    grid: dict[tuple[int, int], list[tuple[float, float, str, float]]] = {}
    seen: set[str] = set()
    for f in found:
        name = normalise(f.mention.name)
        local = [e for e in f.candidates if e.kind in {"city", "admin2"}]
        if name in seen or not local or len(local) > MAX_NAMESAKE_REGIONS:
            continue
        seen.add(name)
        weight = (2.0 if f.mention.dateline else 1.0) / len(local) ** 0.5
        for e in local:
            grid.setdefault(_cell(e.lat, e.lon), []).append((e.lat, e.lon, name, weight))
    return grid


def _neighbours(e: Entry, own: str, context: _ArticleContext) -> float:
    """The summed weights of the other names with a namesake within NEIGHBOUR_KM of `e`."""
    row, col = _cell(e.lat, e.lon)
    best: dict[str, float] = {}
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            for lat, lon, name, weight in context.grid.get((row + dr, col + dc), ()):
                close = name != own and _km(e.lat, e.lon, lat, lon) <= NEIGHBOUR_KM
                if close and weight > best.get(name, 0.0):
                    best[name] = weight
    return sum(best.values())


def _dominant(entries: tuple[Entry, ...]) -> bool:
    """One big town and only small namesakes: "Atlanta" is sure to be Georgia's."""
    pops = sorted((e.population for e in entries if e.kind == "city"), reverse=True)
    return (
        len(pops) == len(entries)
        and pops[0] >= UNTAGGED_MIN_POP
        and (len(pops) == 1 or pops[0] >= 10 * pops[1])
    )


def _score(
    e: Entry, f: _Found, context: _ArticleContext, qualifier: frozenset[str] = frozenset()
) -> float:
    own = normalise(f.mention.name)
    pop = math.log10(e.population + 10)
    score = KIND_BONUS.get(e.kind, pop) + (pop if e.kind in {"country", "admin1"} else 0.0)
    score += PRIMARY if e.primary else 0.0
    if e.kind != "country" and (f"{e.country}/{e.admin1}" in qualifier or e.country in qualifier):
        score += QUALIFIED
    repeated = e.kind == "country" and context.countries[e.country or ""] > 1
    if repeated or context.country_names.get(e.country or "", set()) - {own}:
        score += SAME_COUNTRY
    key = f"{e.country}/{e.admin1}"
    if e.kind in {"city", "admin2"} and context.admin1s[key] > 0:
        score += SAME_ADMIN1
    if e.kind in {"city", "admin2", "admin1"}:
        share = sum(w for name, w in context.votes.get(key, {}).items() if name != own)
        score += VOTE * min(share, 2.0)
    if e.kind in {"city", "admin2"}:
        score += NEIGHBOUR * min(_neighbours(e, own, context), NEIGHBOUR_CAP)
    if any(
        name != own and _km(e.lat, e.lon, lat, lon) < NEAR_KM for lat, lon, name in context.points
    ):
        score += NEAR
    return score


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _choose(
    f: _Found, context: _ArticleContext, qualifier: frozenset[str]
) -> tuple[Entry, str] | None:
    candidates = [e for e in _drop_region_of_same_name_city(f) if _plausible(e, f.mention, context)]
    if not candidates:
        return None
    ranked = sorted(
        ((_score(e, f, context, qualifier), e.population, e) for e in candidates),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    best = ranked[0][2]
    shown = ", ".join(f"{e.name} ({e.kind}, {e.country or '-'}) {s:.1f}" for s, _, e in ranked[:4])
    named = ", ".join(c for c, _ in context.countries.most_common(3)) or "none"
    why = f"{len(ranked)} candidate(s): {shown}; article countries: {named}"
    if qualifier:
        why += f"; written with {', '.join(sorted(qualifier))}"
    if f.mention.direction:
        why += f"; direction {f.mention.direction!r}"
    if f.mention.embedded:
        why += "; named inside an organisation"
    return best, why


def _drop_region_of_same_name_city(f: _Found) -> tuple[Entry, ...]:
    """A bare "Donetsk" or "Kiev" is the town: drop the region its town names or outgrows.

    Only the region of that town, or one a big town outweighs: "Washington" is the
    capital, but "Wyoming" stays the state beside a suburb of that name in Michigan.
    """
    if f.mention.kinds is not None:
        return f.candidates
    towns = [e for e in f.candidates if e.kind == "city" and e.population >= 50_000]

    def named_by_town(region: Entry) -> bool:
        return any(
            t.country == region.country
            and (
                t.admin1 == region.name
                or t.population * 4 >= region.population
                or t.population >= PERSON_TAGGED_MIN_POP
            )
            for t in towns
        )

    kept = tuple(e for e in f.candidates if not (e.kind == "admin1" and named_by_town(e)))
    return kept or f.candidates
