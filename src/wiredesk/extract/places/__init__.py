"""Places layer: toponyms resolved to gazetteer entries with coordinates.

Mentions come from `_mentions`; each is looked up in the shipped gazetteer and the
candidates are ranked by what the rest of the article says: a place in a country or
region the article already names beats a bigger namesake elsewhere ("Paris" near
"Texas"), then countries and regions beat towns for bare names of them, then population.
The names are then chosen jointly: each takes the namesake the article's other names
place beside it ("Richmond" and "Madison County" are both Kentucky's). Capitalised
names spaCy missed are kept only when the gazetteer knows them as a country, a region
or a sizeable town.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.places._choice import entry_features, score, weights
from wiredesk.extract.places._echoes import echoes
from wiredesk.extract.places._gazetteer import (
    Entry,
    distance_km,
    lookup,
    lookup_region_of_saint,
    lookup_variant,
    normalise,
)
from wiredesk.extract.places._mentions import (
    Mention,
    demonym_words,
    lexicon,
    looks_like_demonym,
    mentions,
)
from wiredesk.extract.places._unknown import EXTRACTOR, focus_town, unresolved, worth_keeping
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import dateline_end
from wiredesk.records import Place

# distance_km: other stages compare places by it; read_around: the store reads older places
__all__ = ["distance_km", "find_places", "read_around"]

UNTAGGED_MIN_POP = 100_000  # a name spaCy missed must be a town this big, or near the others
NEAR_KM = 500.0  # near the article's sure places
LOCATED_MIN_POP = 10_000  # a town tagged as a person or organisation, placed by the article
STRANGER_MAX_POP = 100_000  # a town abroad this big is named for itself, not by mistake
# The share of the story's other names that may lie in a lone small namesake's country at
# or below which it is still a stranger: one name of ten that could lie there (a "Santa
# Barbara" of a story of Honduras) does not make a Mexican village the story's. Above it
# the train set lost towns (0.2: acc161 -8 of 3804); at it, four extras fewer, none lost.
STRANGER_SHARE = 0.1
VILLAGE_MAX_POP = 1_000  # a village this small is meant only in a story of its country
OUT_OF_STATE_MAX_POP = 30_000  # a town of another state this big may be named for itself
WITHIN_TOWN_MAX_POP = 1_000_000  # a part of a town named after a town abroad this big
INITIALS_MAX_LEN = 3  # "HAA", "IG": an organisation's initials, not a region's name
PERSON_TAGGED_MIN_POP = 500_000  # "struck Kharkiv" tagged as a person: only a big city
# Coherence: the article's other names that mean a place close to a candidate ("Richmond"
# beside "Madison County" is Kentucky's). A town or its county within CLOSE_KM is rarely
# a coincidence even for a common name; within NEARBY_KM it counts less, and less again
# the more namesakes the other name has.
COHERE_CAP = 2.0
CLOSE_KM, NEARBY_KM, NEARBY = 50.0, 300.0, 0.35
HOLDS_KM = 150.0  # a county written after a place ("Brands Hatch, Kent") lies this near it
OTHER_SENSE = 0.5  # a namesake the other name did not choose supports less, by its namesakes
REGION = 0.5  # a first-level region the article names holds the candidate, or the reverse
MAX_CANDIDATES, ROUNDS, REPEATS_CAP = 40, 4, 4
_HYPHENS = ("-", "\u2011")  # a hyphen, a non-breaking one
_WORD = re.compile(r"[^\W\d_]+|[.;:!?]")  # words, and the stops that end a clause
_CELL = 3.0  # degrees; a neighbour lies in the 3 x 3 cells around a point (300 km < 3 deg lat)


@dataclass(frozen=True, slots=True)
class _Found:
    mention: Mention
    candidates: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class _Reading:
    """The article's mentions with their candidates, and the options each has once the
    choices agree (best first)."""

    found: list[tuple[Mention, _Found]]
    unknown: list[Mention]
    context: _ArticleContext
    qualifiers: dict[int, frozenset[str]]
    options: list[list[_Pick]]
    closed: frozenset[int] = frozenset()  # qualified names whose region ends a phrase


def _read(doc: Doc) -> _Reading:
    found, unknown = [], []
    for m in mentions(doc):
        f = _candidates(m)
        if f is not None:
            found.append((m, f))
        elif worth_keeping(m):
            unknown.append(m)
    context = _article_context([f for _, f in found])
    found = [(m, _at_home_only(f, context)) for m, f in found]
    context = _article_context([f for _, f in found])  # without the villages abroad
    qualifiers = _qualifiers(doc, [f for _, f in found])
    held = _held(doc, [f for _, f in found])
    ranked = [
        _rank(f, context, qualifiers.get(f.mention.start, frozenset()), held.get(f.mention.start))
        for _, f in found
    ]
    closed = _closed_qualifiers(doc, [f for _, f in found], qualifiers)
    return _Reading(found, unknown, context, qualifiers, cohered_options(ranked), closed)


Candidates = list[tuple[Entry, dict[str, float]]]


def candidate_features(doc: Doc) -> list[tuple[tuple[int, int], Candidates]]:
    """Each resolvable mention's span and its candidates with their features, as the final
    choice saw them: what scripts/train_places.py fits the weights on."""
    reading = _read(doc)
    return [
        ((f.mention.start, f.mention.end), [(o.entry, dict(o.features)) for o in options])
        for (_, f), options in zip(reading.found, reading.options, strict=True)
    ]


@stage("places", layer="places")
def find_places(doc: Doc, ctx: Context) -> tuple[Place, ...]:
    reading = _read(doc)
    found, unknown = reading.found, reading.unknown
    choices = [
        _explain(
            f,
            _with_runner_up(options),
            reading.context,
            reading.qualifiers.get(f.mention.start, frozenset()),
        )
        for (_, f), options in zip(found, reading.options, strict=True)
    ]
    out: list[Place] = []
    sizes: dict[tuple[int, int], int] = {}  # a placed name's span -> its town's population
    sites: list[tuple[Mention, Place]] = []  # named after a town: judged by the story's town
    kept_unknown: set[str] = set()  # names of stranger namesakes kept as places it lacks
    for (written, f), chosen in zip(found, _same_sense(found, choices), strict=True):
        if chosen is None:
            if (f.mention is not written or _villages_only(f)) and worth_keeping(written):
                unknown.append(written)  # "Eglinton Avenue": no town Eglinton here
            continue
        best, why = chosen
        if _against_its_region(best, f, reading):
            unknown.append(written)  # "ROCKY HILL, Conn.": the gazetteer's is New Jersey's
            continue
        name = normalise(f.mention.name)
        again = name in kept_unknown and best.kind == "city"  # "Kasi" after "Kasi district"
        if again or _stranger(best, f, reading.context) or _out_of_state(best, f, reading):
            region = best.kind != "city" and _named_like_a_region(written)
            if region or _located_or_tagged(written) or name in kept_unknown:
                unknown.append(written)  # "Kiunga" of Papua New Guinea in a story of Kenya
                kept_unknown.add(name)  # and where it is written again, bare
            continue
        m = f.mention
        sizes[(m.start, m.end)] = best.population
        place = Place(
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
            demonym=m.demonym,
        )
        if _site_named_after_town(written, f, best):
            sites.append((written, place))
        else:
            out.append(place)
    focus = focus_town(out, sizes)
    for written, place in sites:
        if _far_from_story(place, focus, reading.context):
            unknown.append(written)  # "Rogers Centre" in a Toronto story
        else:
            out.append(place)
    taken = {p.span for p in out}
    resolved = list(out)
    out += [
        unresolved(doc, ctx, m, out, sizes) for m in unknown if (m.start, m.end) not in taken
    ]
    out += echoes(doc, resolved, out)
    text = doc_text(doc)
    filed = dateline_end(text) if ctx.article.text.startswith(text) else 0  # a later piece: none
    return tuple(sorted(read_around(text, out, filed), key=lambda p: p.span))


def read_around(text: str, places: Iterable[Place], filed: int | None = None
                ) -> tuple[Place, ...]:
    """The places with what the words right after each tell, an area ("Djugu territory") or
    a modifier it opens ("a Karachi-bound bus"), and whether it stands in the dateline; the
    store gives older places them too. `filed` is where the text's dateline ends (read off
    the text when not given)."""
    out = []
    filed = dateline_end(text) if filed is None else filed
    for place in places:
        area = _area_after(text, place.span[1])
        compound = _opens_compound(text, place.span[1])
        dated = place.span[0] < filed
        partial = _told_in_part(text, place.span[0])
        out.append(dataclasses.replace(place, area=area, compound=compound, in_dateline=dated,
                                       partial=partial)
                   if area or compound or dated or partial else place)
    return tuple(out)


def _told_in_part(text: str, start: int) -> bool:
    """True when a word like "including" stands a few words before the place, in its clause:
    what is told happened there in part ("hit targets, including in the Poltava region")."""
    lex = lexicon()
    words = _WORD.findall(text[max(0, start - 60):start])[-lex.partial_reach:]
    stops = [i for i, w in enumerate(words) if not w.isalpha()]
    return any(w.lower() in lex.partial for w in words[stops[-1] + 1 if stops else 0:])


def _opens_compound(text: str, end: int) -> bool:
    """True when a hyphen and a lower-case word follow the name ("Kyiv-based")."""
    return text[end : end + 1] in _HYPHENS and "a" <= text[end + 1 : end + 2] <= "z"


def _area_after(text: str, end: int) -> str | None:
    """The area words (context.toml [area_words]) standing right after `end` on its line."""
    start = end
    while start < len(text) and text[start].isspace() and text[start] != "\n":
        start += 1
    if start == end:
        return None
    for words in lexicon().area_words:
        at = start
        for i, word in enumerate(words):
            if text[at : at + len(word)].lower() != word:
                break
            at += len(word)
            if i + 1 < len(words):  # words of one area apart by any whitespace
                gap = at
                while at < len(text) and text[at].isspace():
                    at += 1
                if at == gap:
                    break
        else:
            if at == len(text) or not (text[at].isalnum() or text[at] == "_"):
                return " ".join(words)
    return None


def _stranger(e: Entry, f: _Found, context: _ArticleContext) -> bool:
    """Whether the chosen place is a small town or region alone in a country the story never
    otherwise names, while it surely names places elsewhere, and none of its other names
    may lie there: news names the villages of the country it reports on, so such a lone
    namesake abroad is more often a local place the gazetteer lacks ("Northwest" of a
    story of Cameroon is not Iceland's region), reported at the story's own town. "None"
    is at most STRANGER_SHARE of the other names: one of them may have a namesake there."""
    within = f.mention.within_town
    if e.kind not in _LOCAL | {"admin1"} | ({"feature"} if within else set()) or not e.country:
        return False
    generic = e.kind == "admin1" and _compass_named(e.name)
    if e.population >= STRANGER_MAX_POP and not (within and _not_famous(e)) and not generic:
        return False  # but "the Naha district" of a Honiara story is no Okinawan city
    if _hand_kept(e):  # a town of conflict news, kept because news names it
        return False
    own = normalise(f.mention.name)
    if context.country_names.get(e.country, set()) - {own}:
        return False
    elsewhere = any(names - {own} for cc, names in context.country_names.items() if cc != e.country)
    if within and not elsewhere:  # "Kasi district" in a story that names Laos by "Lao" alone
        elsewhere = any(n for cc, n in context.countries.items() if cc != e.country)
    return elsewhere and (within or context.shares.of(e.country, own) <= STRANGER_SHARE)


def _against_its_region(e: Entry, f: _Found, reading: _Reading) -> bool:
    """Whether the region or country written right after a town's name holds none of its
    namesakes ("Rocky Hill, Conn.", where the gazetteer knows only New Jersey's): a town
    it lacks, reported at that region, not a namesake the words rule out. Not a name that
    is itself a region's ("Kharkiv, Donetsk and Luhansk": a list of regions), nor one
    before a region's name that opens a noun phrase ("Mirebalais, US embassy shuts")."""
    qualifier = reading.qualifiers.get(f.mention.start)
    if not qualifier or e.kind not in _LOCAL or f.mention.start not in reading.closed:
        return False
    if any(c.kind in _WIDE for c in f.candidates):
        return False
    return not any(
        f"{c.country}/{c.admin1}" in qualifier or c.country in qualifier for c in f.candidates
    )


def _compass_named(name: str) -> bool:
    """A first-level region named by a compass word alone ("Southern Region", "Southwest",
    "North West"): most countries have one, so the name alone says little of which."""
    lex = lexicon()
    words = normalise(name).split()
    return bool(words) and all(w in lex.directions or w in lex.region_words for w in words)


def _not_famous(e: Entry) -> bool:
    """A town abroad a part of the story's town may be named after: not a big city under
    its own name ("the Moscow area" is Moscow's)."""
    return not e.primary or e.population < WITHIN_TOWN_MAX_POP


def _out_of_state(e: Entry, f: _Found, reading: _Reading) -> bool:
    """Whether the chosen place is a small town or county in a first-level region the story
    never names, far from every place it surely names, while it surely names another region
    of that country, and none of its other names may lie in that region: local news names
    the villages and districts of its own state ("Lakeville" of an Ohio story is not
    Minnesota's), and the gazetteer lacks many, so it is reported at the story's own town."""
    context = reading.context
    if e.kind not in _LOCAL or e.population >= OUT_OF_STATE_MAX_POP or not e.admin1:
        return False
    if _hand_kept(e) or reading.qualifiers.get(f.mention.start) or f.mention.dateline:
        return False
    own = normalise(f.mention.name)
    region = _region(e)
    elsewhere = [key for key, n in context.admin1s.items() if n > 0 and key != region]
    if not any(key.split("/")[0] == e.country for key in elsewhere):
        return False
    if context.shares.of(region, own) > 0.0:  # another name may lie in its region
        return False
    return all(
        distance_km(e.lat, e.lon, lat, lon) > NEARBY_KM
        for lat, lon, name in context.points
        if name != own
    )


def _located_or_tagged(m: Mention) -> bool:
    """Whether a name whose namesake is a stranger town is still surely a place: the tagger
    calls it one, words place it ("in the Northwest", "the hills of Ruma") or a town's body
    follows ("Delft police"); initials opening a sentence are not ("The PA was worried")."""
    return m.tagged or m.civic or m.locative or m.strongly_locative or worth_keeping(m)


def _named_like_a_region(m: Mention) -> bool:
    """Whether a name whose namesake is a stranger region may still be a local one ("the
    Northwest" of a story of Cameroon): not a person's name ("the feast of St George") nor
    initials ("HAA's director", "the IG"), which only a region's own name would hold."""
    initials = m.name.isupper() and len(m.name) <= INITIALS_MAX_LEN
    return m.label != "PERSON" and not initials


def _site_named_after_town(written: Mention, f: _Found, e: Entry) -> bool:
    """A site the gazetteer lacks, named after a town it knows ("Griffith Park", "Carnegie
    Library", "Rogers Centre"): placed at that town only if the story is there."""
    if f.mention is written or e.kind != "city" or not worth_keeping(written):
        return False
    return written.feature or written.label == "FAC" or _written_as_feature(written)


def _far_from_story(site: Place, focus: Place | None, context: _ArticleContext) -> bool:
    """Whether a site's namesake town lies far from the town the story is about, or, when
    it names none, from every place it surely names: the site then stands in the story's
    own town, not in its namesake's."""
    if site.lat is None or site.lon is None:
        return False
    if focus is not None and focus.lat is not None and focus.lon is not None:
        return distance_km(site.lat, site.lon, focus.lat, focus.lon) > NEAR_KM
    return bool(context.points) and all(
        distance_km(site.lat, site.lon, lat, lon) > NEAR_KM for lat, lon, _ in context.points
    )


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
            and (m.label != "PERSON" or m.locative or _in_capitals(m))
        ):
            entry, why = earlier
            chosen = entry, f"as the same name elsewhere in the article: {why}"
        out.append(chosen)
    return out


def _in_capitals(m: Mention) -> bool:
    """A name written in capitals ("ZHANAOZEN, 5 March"): a dateline's or a heading's, which
    the tagger often calls a person; not initials ("HAA")."""
    return m.name.isupper() and len(m.name) > INITIALS_MAX_LEN


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


def _closed_qualifiers(
    doc: Doc, found: list[_Found], qualifiers: dict[int, frozenset[str]]
) -> frozenset[int]:
    """The starts of the qualified names whose region, no town's name, closes a phrase, a
    stop or a dash after it ("Rocky Hill, Conn. --", "Oakdale, Conn., said"): a region
    written to place the name, not the first word of a noun phrase ("storm Mirebalais, US
    embassy shuts") nor the next of a list of towns ("Denver, Indianapolis, Louisville")."""
    text = doc_text(doc)
    out = set()
    for f, after in itertools.pairwise(found):
        if f.mention.start in qualifiers and all(e.kind != "city" for e in after.candidates):
            rest = text[after.mention.end : after.mention.end + 3].lstrip(" ")
            if not rest or rest[0] in ",.;:()\n-\u2013\u2014":
                out.add(f.mention.start)
    return frozenset(out)


def _held(doc: Doc, found: list[_Found]) -> dict[int, tuple[Entry, ...]]:
    """The candidates of the name written right before a name and a comma, by the later
    name's start: in "Brands Hatch, Kent" Kent is the region that holds Brands Hatch."""
    out: dict[int, tuple[Entry, ...]] = {}
    for before, f in itertools.pairwise(found):
        if doc_text(doc)[before.mention.end : f.mention.start].strip() == ",":
            out[f.mention.start] = before.candidates
    return out


def _holds(e: Entry, held: tuple[Entry, ...]) -> bool:
    """Whether region `e` may hold one of the places written before it: a country holds its
    own, a first-level region its towns, a county what lies within HOLDS_KM of its point.
    A region counts among what it holds: "Batken district, Batken region" names one place
    twice, and the first name vouches for the second."""
    if e.kind == "country":
        return any(h.country == e.country and h.kind != "country" for h in held)
    if e.kind == "admin1":
        return any(h.country == e.country and h.admin1 == e.admin1 for h in held)
    if e.kind in {"admin2", "region"}:
        return any(distance_km(e.lat, e.lon, h.lat, h.lon) <= HOLDS_KM for h in held)
    return False


@dataclass(frozen=True, slots=True)
class _ArticleContext:
    """What the article names without doubt: countries and admin1 regions."""

    countries: Counter[str]
    country_names: dict[str, set[str]]  # country -> the names that surely lie in it
    admin1s: Counter[str]
    points: tuple[tuple[float, float, str], ...]  # lat, lon, the name it came from
    shares: _Shares


@dataclass(frozen=True, slots=True)
class _Shares:
    """Where the article's names may lie: for each name, the share of its candidates in
    each country and first-level region, and their sums over the names. A story of one
    country writes mostly names whose namesakes crowd there ("Springfield", "Jackson")."""

    own: dict[str, dict[str, float]]  # name -> country or "country/admin1" -> share
    total: dict[str, float]

    def of(self, key: str, name: str) -> float:
        """The mean share of the other names lying in `key`."""
        others = len(self.own) - (name in self.own)
        if others < 1:
            return 0.0
        return (self.total.get(key, 0.0) - self.own.get(name, {}).get(key, 0.0)) / others


def _shares(found: list[_Found]) -> _Shares:
    own: dict[str, dict[str, float]] = {}
    total: dict[str, float] = {}
    for f in found:
        name = normalise(f.mention.name)
        if name in own:
            continue
        share: dict[str, float] = {}
        kept = _under_own_name(f)
        for e in kept:
            keys = [str(e.country)]
            if e.admin1 and e.kind in {"city", "admin2", "admin1"}:
                keys.append(_region(e))
            for key in keys:
                share[key] = share.get(key, 0.0) + 1.0 / len(kept)
        own[name] = share
        for key, value in share.items():
            total[key] = total.get(key, 0.0) + value
    return _Shares(own, total)


def _names_to_try(m: Mention) -> list[str]:
    """The written name, then without its region word or prefix ("Kursk Oblast" -> "Kursk"),
    or with the region word written after it ("Wyandotte" of "Wyandotte County")."""
    lex = lexicon()
    names = [m.name]
    words = m.name.split()
    if len(words) > 1 and words[-1].lower() in lex.region_words:
        names.append(" ".join(words[:-1]))
    elif m.region_word is not None:
        names.append(f"{m.name} {m.region_word.title()}")
    low = m.name.lower()
    for prefix in lex.region_prefixes:
        if low.startswith(prefix + " "):
            names.append(m.name[len(prefix) + 1 :])
    return names


def _candidates(m: Mention) -> _Found | None:
    """The entries a mention may mean, or None when the gazetteer does not know it."""
    found = _lookup(m)
    if found is None and m.fallback is not None:
        found = _lookup(m.fallback, counties=False)  # "Mitchell Bridge Road": no county
    return found


def _lookup(m: Mention, counties: bool = True) -> _Found | None:
    if m.person or (_adjective(m) and not any(e.primary for e in lookup(m.name))):
        return None
    alias = lexicon().aliases.get(m.name)
    if alias is not None:
        m = dataclasses.replace(m, name=alias)
    entries: tuple[Entry, ...] = ()
    for name in _names_to_try(m):  # "Norfolk County": Massachusetts' county or England's
        more = tuple(e for e in lookup(name) if m.kinds is None or e.kind in m.kinds)
        entries += tuple(e for e in more if e not in entries)
        if entries and m.kinds is None:
            break
    if counties:
        entries += tuple(e for e in _bare_counties(m) if e not in entries)
    loose = not entries and (m.tagged or m.dateline or m.locative or m.strongly_locative)
    # (not "the Lions" for Lyons: a loose spelling only for a name tagged or placed as a place)
    for name in _names_to_try(m) if loose else ():  # "Khojeyli" for Khojeili
        # reported under the name as written: the gazetteer's own may be another script's
        # romanisation ("Xo‘jayli Shahri") that the story, and its reader, never used
        entries += tuple(
            dataclasses.replace(e, name=name)
            for e in lookup_variant(name)
            if m.kinds is None or e.kind in m.kinds
        )
        if entries:
            break
    saint = not (entries or m.possessive)  # not "St. Patrick's Day"
    for name in _names_to_try(m) if saint else ():  # "St Lucia", "St Catherine parish"
        entries = tuple(
            e for e in lookup_region_of_saint(name) if m.kinds is None or e.kind in m.kinds
        )
        if entries:
            break
    if not entries and m.kinds is not None:  # "US territory": the word was not a region's
        m = dataclasses.replace(m, end=m.name_end, kinds=None)
        entries = lookup(m.name)
    if m.embedded:
        kinds = {"country", "admin1", "admin2"} | ({"city"} if m.civic or m.institution else set())
        entries = tuple(e for e in entries if e.kind in kinds)
    if m.compass:  # "South Philadelphia", "East Texas"; "East Bank" is no side of a hamlet
        entries = tuple(e for e in entries if _wide_or_big(e))
    if m.natural:  # "the Ruvuma river" is the river, not the Ruvuma region
        entries = tuple(e for e in entries if e.kind == "feature")
    if not entries:
        return None
    return _Found(m, entries)


def _bare_counties(m: Mention) -> tuple[Entry, ...]:
    """The counties a name written without a region word may mean ("Barrow and Jackson"
    of a Georgia story, "DeKalb schools"): the name and a word of context.toml
    [bare_region]; their own feature (kind_admin2_bare) weighs them."""
    if not _bare(m) or m.embedded or m.compass or m.possessive:  # "North Fulton Hospital"
        return ()
    return tuple(
        e for word in lexicon().bare_region for e in lookup(f"{m.name} {word.title()}")
        if e.kind == "admin2"
    )


def _bare(m: Mention) -> bool:
    """A name with no region word in or after it, nor closing its list."""
    last = m.name.split()[-1].lower() if m.name.strip() else ""
    return m.kinds is None and m.region_word is None and last not in lexicon().region_words


def _named_bare(e: Entry, m: Mention) -> bool:
    """Whether county `e` was reached by its name written without its word."""
    own = normalise(e.name)
    return e.kind == "admin2" and _bare(m) and any(
        own == normalise(f"{m.name} {word}") for word in lexicon().bare_region
    )


def _adjective(m: Mention) -> bool:
    """Whether a name is an adjective of a people rather than a town's other spelling: one
    the demonym list holds ("Kazakh", "Thai"), or one shaped like it ("Punjabi") that the
    tagger calls a people and no preposition places. Towns end in -i, -an and -ic too
    ("Zalingei", "Darkhan", "Leposavic", all other spellings of GeoNames towns)."""
    if m.name in demonym_words():
        return True
    located = m.locative or m.strongly_locative or m.after_comma
    return looks_like_demonym(m.name) and m.label == "NORP" and not located


def _plausible(e: Entry, m: Mention, context: _ArticleContext) -> bool:
    """Whether a name spaCy did not tag as a place may mean `e` here."""
    if m.name.lower() in lexicon().never_untagged:
        return False
    if _named_bare(e, m):  # "Park", "Jones": a surname's county only where words place it,
        # in a story of its state or beside a place it surely names
        framed = m.tagged or m.listed or m.conjoined or m.civic or m.locative
        framed = framed or m.strongly_locative or m.institution
        home = context.admin1s[_region(e)] > 0 or any(
            distance_km(e.lat, e.lon, lat, lon) <= NEAR_KM for lat, lon, _ in context.points
        )
        return m.label != "PERSON" and framed and home
    if m.tagged or m.dateline:
        return True
    if e.kind == "admin2" and (m.kinds is not None or (m.after_comma and e.primary)):
        # "Platte County Court", "a hamlet near Keswick, Cumbria"
        return True
    if e.kind == "city" and e.primary and (m.civic or m.strongly_locative):
        return True  # "Elkhart man", "Richmond Police", "moved to Castlegar"
    if _located_namesake(e, m, context) or _beside_sure_place(e, m, context):
        return True
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


def _located_namesake(e: Entry, m: Mention, context: _ArticleContext) -> bool:
    """A town or district the tagger called a person or an organisation, or missed
    ("Dhemaji", "Albay", "Khan Younis", "Huliaipole" for Hulyaypole): kept in the
    first-level region the article names, or in its country where the words around it
    locate it ("in", "near", "X, <its region>"). A word of a person named in the article
    never gets here."""
    if e.kind not in {"city", "admin2"} or m.embedded or m.possessive:
        return False
    if e.kind == "city" and e.population < LOCATED_MIN_POP:
        return False
    framed = (
        m.locative or m.strongly_locative or m.after_comma or m.contained or m.listed
        or m.conjoined
    )
    framed = framed or _whole_name_at_home(e, m, context)
    if context.admin1s[f"{e.country}/{e.admin1}"] > 0:
        return framed or m.label != "PERSON" or e.kind == "admin2"  # not "McKinney said"
    return framed and context.countries[e.country or ""] > 0


def _whole_name_at_home(e: Entry, m: Mention, context: _ArticleContext) -> bool:
    """A town's whole name of several words the tagger took for a person's ("Bahir Dar",
    "Dera Ismail Khan"), in the country the article names most, near a place it surely
    names: so long a namesake there is rarely a person's name (a speaking one is flagged)."""
    if " " not in m.name or not e.primary or not context.countries:
        return False
    top = max(context.countries.values())
    return context.countries[e.country or ""] == top and any(
        distance_km(e.lat, e.lon, lat, lon) <= NEAR_KM for lat, lon, _ in context.points
    )


def _beside_sure_place(e: Entry, m: Mention, context: _ArticleContext) -> bool:
    """A town or district under its own name within CLOSE_KM of a place the article surely
    names, whatever the tagger calls it ("between Coggeshall and Marks Tey"): so close a
    namesake is rarely chance."""
    if e.kind not in {"city", "admin2"} or not e.primary or m.embedded or m.possessive:
        return False
    own = normalise(m.name)
    return any(
        name != own and distance_km(e.lat, e.lon, lat, lon) <= CLOSE_KM
        for lat, lon, name in context.points
    )


def _wide_or_big(e: Entry) -> bool:
    """Whether `e` is a region or a town big enough to have sides news names by a compass
    word ("South Philadelphia", "North London")."""
    return e.kind != "city" or e.population >= UNTAGGED_MIN_POP or _hand_kept(e)


def _hand_kept(e: Entry) -> bool:
    """A town of conflict news from the hand-kept features.tsv (no GeoNames id): news names
    it as a place, so it is kept like a region even when the tagger missed it ("fired on Sotk")."""
    return e.kind == "city" and e.geonameid is None


def _article_context(found: list[_Found]) -> _ArticleContext:
    countries: Counter[str] = Counter()
    country_names: dict[str, set[str]] = {}
    admin1s: Counter[str] = Counter()
    points = []
    for f in found:
        candidates = _under_own_name(f)
        sure = [e for e in candidates if e.kind in {"country", "admin1"}]
        if any(
            e.kind == "city" and e.primary and e.population >= UNTAGGED_MIN_POP
            for e in candidates
        ):
            sure = []
        if len(candidates) == 1 or _dominant(candidates):
            sure = [max(candidates, key=lambda e: e.population)]
        if len({e.country for e in sure}) != 1 or not (
            f.mention.tagged or sure[0].kind != "city" or _named_after_big_town(f, sure[0])
        ):
            continue
        e = sure[0]
        if e.country:
            countries[e.country] += 1
            if f.mention.label != "NORP":
                country_names.setdefault(e.country, set()).add(normalise(f.mention.name))
        if e.kind in {"admin1", "city"} and e.admin1:
            admin1s[f"{e.country}/{e.admin1}"] += 1
        points.append((e.lat, e.lon, normalise(f.mention.name)))
    return _ArticleContext(countries, country_names, admin1s, tuple(points), _shares(found))


def _under_own_name(f: _Found) -> tuple[Entry, ...]:
    """The candidates but the counties a bare name may mean ("Dallas" is surely the city):
    what tells where the story is."""
    return tuple(e for e in f.candidates if not _named_bare(e, f.mention)) or f.candidates


def _named_after_big_town(f: _Found, e: Entry) -> bool:
    """A body named after a big town stands in it ("the Nashville Film Festival"): the
    town places the story as surely as the town named alone."""
    return f.mention.embedded and e.primary and e.population >= UNTAGGED_MIN_POP


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _CELL), int(lon // _CELL)


def _dominant(entries: tuple[Entry, ...]) -> bool:
    """One big town and only small namesakes: "Atlanta" is sure to be Georgia's."""
    pops = sorted((e.population for e in entries if e.kind == "city"), reverse=True)
    return (
        len(pops) == len(entries) > 0
        and pops[0] >= UNTAGGED_MIN_POP
        and (len(pops) == 1 or pops[0] >= 10 * pops[1])
    )


def _features(
    e: Entry,
    f: _Found,
    context: _ArticleContext,
    qualifier: frozenset[str] = frozenset(),
    held: tuple[Entry, ...] = (),
) -> dict[str, float]:
    """What the entry and the article say for `e` (weighed in `_choice`)."""
    own = normalise(f.mention.name)
    out = entry_features(e, _written_as_feature(f.mention))
    if _named_bare(e, f.mention):
        out["kind_admin2_bare"] = out.pop("kind_admin2")
    if _holds(e, held):
        out["holds_previous"] = 1.0
    if e.kind != "country" and (f"{e.country}/{e.admin1}" in qualifier or e.country in qualifier):
        out["qualified"] = 1.0
    repeated = e.kind == "country" and context.countries[e.country or ""] > 1
    if repeated or context.country_names.get(e.country or "", set()) - {own}:
        out["same_country"] = 1.0
    if e.kind in {"city", "admin2"} and context.admin1s[f"{e.country}/{e.admin1}"] > 0:
        out["same_admin1"] = 1.0
    if any(
        name != own and distance_km(e.lat, e.lon, lat, lon) < NEAR_KM
        for lat, lon, name in context.points
    ):
        out["near_sure_place"] = 1.0
    out["story_country"] = context.shares.of(str(e.country), own)
    if e.kind in {"city", "admin2"} and e.admin1:
        out["story_admin1"] = context.shares.of(_region(e), own)
    return out


def _written_as_feature(m: Mention) -> bool:
    """Whether the tagger calls the name a location or a facility, or a feature's word
    ends it ("Mount Snowdon", "Heathrow Airport")."""
    last = m.name.split()[-1].lower().rstrip(".")
    return m.label in {"LOC", "FAC"} or m.feature or last in lexicon().feature_words


@dataclass(frozen=True, slots=True)
class _Ranked:
    """A mention's plausible candidates, best first by what the article says, and its name."""

    found: _Found
    name: str
    scored: tuple[tuple[float, Entry, dict[str, float]], ...]


@dataclass(frozen=True, slots=True)
class _Pick:
    score: float
    entry: Entry
    near: tuple[str, ...]  # the other names that placed it
    runner_up: str = ""  # the next best candidate and its score, to trace a wrong choice
    features: tuple[tuple[str, float], ...] = ()  # what the score was made of


def _rank(
    f: _Found, context: _ArticleContext, qualifier: frozenset[str], held: tuple[Entry, ...] | None
) -> _Ranked:
    """The mention's candidates scored, when one of them makes it a place here. Whether a
    name is a place is told by its plausible namesakes; which place it is, by all of them,
    a namesake the words alone would not admit, under its own name, weighed by its own
    fitted feature (an untagged "Dublin" beside "Franklin County" is Ohio's)."""
    candidates = _drop_region_of_same_name_city(f)
    plausible = [_plausible(e, f.mention, context) for e in candidates]
    if not any(plausible):
        return _Ranked(f, normalise(f.mention.name), ())
    with_features = []
    for e, admitted in zip(candidates, plausible, strict=True):
        if not (admitted or e.primary):  # "Cumbria" is no old name of a Maryland town here
            continue
        feats = _features(e, f, context, qualifier, held or ())
        if not admitted:
            feats["implausible"] = 1.0
        with_features.append((e, feats))
    scored = sorted(
        ((score(feats), e, feats) for e, feats in with_features),
        key=lambda t: (t[0], t[1].population),
        reverse=True,
    )
    return _Ranked(f, normalise(f.mention.name), tuple(scored[:MAX_CANDIDATES]))


def _at_home_only(f: _Found, context: _ArticleContext) -> _Found:
    """The mention with only the candidates that may be meant here (`_at_home`): the
    villages abroad leave before the story's countries are weighed, or their many
    namesakes would thin the share of the story's own ("Mahé" has hamlets in France)."""
    kept = tuple(e for e in f.candidates if _at_home(e, f, context))
    return f if len(kept) == len(f.candidates) else _Found(f.mention, kept)


def _at_home(e: Entry, f: _Found, context: _ArticleContext) -> bool:
    """Whether `e` may be meant at all: a village (under VILLAGE_MAX_POP people) only in a
    story that surely names another place of its country. News names the villages of the
    country it reports on; one abroad is a false friend ("Los Lobos", a gang, is no
    Mexican hamlet in a story of Ecuador)."""
    if e.kind != "city" or e.population >= VILLAGE_MAX_POP or _hand_kept(e):
        return True
    return bool(context.country_names.get(e.country or "", set()) - {normalise(f.mention.name)})


def _villages_only(f: _Found) -> bool:
    """Whether every namesake of the mention is a village: one the story did not admit
    hides no place the gazetteer lacks ("neighbouring Puncak regency" of a story of
    Papua is no hamlet of Java, and still a place)."""
    return all(e.kind == "city" and e.population < VILLAGE_MAX_POP for e in f.candidates)


def cohered_options(ranked: list[_Ranked]) -> list[list[_Pick]]:
    """Each mention's options, best first, once the choices agree: coordinate ascent, each
    name choosing again given the others' choices, until nothing changes. Linear in names
    x capped candidates, through a grid."""
    article = _Namesakes(ranked)
    coherence = weights()["coherence"]
    picks = [_Pick(r.scored[0][0], r.scored[0][1], ()) if r.scored else None for r in ranked]
    rounds: list[list[_Pick]] = [[] for _ in ranked]
    near: dict[tuple[int, str], list[_Neighbour]] = {}  # the same every round: found once
    for _ in range(ROUNDS):
        votes: dict[str, Counter[int]] = {}
        for r, pick in zip(ranked, picks, strict=True):
            if pick is not None:
                votes.setdefault(r.name, Counter())[pick.entry.id] += 1
        chosen = {name: c.most_common(1)[0][0] for name, c in votes.items()}
        support: dict[tuple[int, str], dict[str, float]] = {}
        new: list[_Pick | None] = []
        rounds = []
        for r in ranked:
            options = []
            for base, e, feats in r.scored:
                key = (e.id, r.name)
                if key not in support:
                    if key not in near:
                        near[key] = article.neighbours(e, r.name)
                    support[key] = article.support(near[key], chosen)
                cohere = min(sum(support[key].values()), COHERE_CAP)
                total = base + coherence * cohere
                why = tuple(sorted({**feats, "coherence": cohere}.items()))
                options.append(_Pick(total, e, tuple(sorted(support[key])), features=why))
            options.sort(key=lambda o: (o.score, o.entry.population), reverse=True)
            rounds.append(options)
            new.append(options[0] if options else None)
        if new == picks:
            break
        picks = new
    return rounds


def _with_runner_up(options: list[_Pick]) -> _Pick | None:
    """The best option, telling which came next (to trace a wrong choice)."""
    if len(options) < 2:
        return options[0] if options else None
    o = options[1]
    shown = f"{o.entry.name} ({o.entry.country}, {o.entry.admin1}) {o.score:.1f}"
    return dataclasses.replace(options[0], runner_up=shown)


_LOCAL = frozenset({"city", "admin2"})
_Neighbour = tuple[Entry, str, float, bool]  # a candidate of another name, strength, rare
_WIDE = frozenset({"country", "admin1", "region"})


class _Namesakes:
    """Every candidate of every name in the article, by grid cell and by first-level region."""

    def __init__(self, ranked: list[_Ranked]) -> None:
        self.repeats = Counter(r.name for r in ranked if r.scored)
        self.grid: dict[tuple[int, int], list[tuple[Entry, str]]] = {}
        self.regions: dict[str, list[tuple[Entry, str]]] = {}
        self.count: dict[str, int] = {}
        self.kinds: dict[int, str] = {}
        self.countries: dict[int, str | None] = {}
        seen: set[tuple[int, str]] = set()
        for r in ranked:
            for _, e, _ in r.scored:
                if (e.id, r.name) in seen:
                    continue
                seen.add((e.id, r.name))
                self.kinds[e.id] = e.kind
                self.countries[e.id] = e.country
                self.count[r.name] = self.count.get(r.name, 0) + 1
                if e.kind in _LOCAL:
                    self.grid.setdefault(_cell(e.lat, e.lon), []).append((e, r.name))
                if e.kind in _LOCAL | {"admin1"} and e.admin1:
                    self.regions.setdefault(_region(e), []).append((e, r.name))

    def neighbours(self, e: Entry, own: str) -> list[_Neighbour]:
        """The other names' candidates that may place `e`, each with the strength it lends
        when chosen: the region holding it (or held), then each within NEARBY_KM; a town
        within CLOSE_KM is rare by chance."""
        out: list[_Neighbour] = []
        if e.kind in _LOCAL | {"admin1"} and e.admin1:
            for other, name in self.regions.get(_region(e), ()):
                one_region = (other.kind == "admin1") != (e.kind == "admin1")
                if name != own and other.id != e.id and one_region:
                    out.append((other, name, REGION, False))
        if e.kind not in _LOCAL:
            return out
        row, col = _cell(e.lat, e.lon)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for other, name in self.grid.get((row + dr, col + dc), ()):
                    if name == own or other.id == e.id:
                        continue
                    km = distance_km(e.lat, e.lon, other.lat, other.lon)
                    if km <= CLOSE_KM:
                        out.append((other, name, 1.0, True))
                    elif km <= NEARBY_KM:
                        out.append((other, name, NEARBY / self.count[name] ** 0.5, False))
        return out

    def support(self, near: list[_Neighbour], chosen: dict[str, int]) -> dict[str, float]:
        """How strongly each other name places itself beside an entry with these
        `neighbours`: a place it chose within CLOSE_KM or the region holding it counts
        fully, a namesake it did not choose or one farther off less."""
        best: dict[str, float] = {}
        for other, name, strength, rare in near:
            if chosen.get(name) != other.id:  # by chance, unless rare: a town within CLOSE_KM
                if self.kinds.get(chosen.get(name, -1)) in _WIDE:
                    continue  # "Egypt" chose the country: its village namesakes place nothing
                if self.countries.get(chosen.get(name, -1), other.country) != other.country:
                    rare = False  # "Kent" chose England's: Washington's Kent is chance
                strength *= OTHER_SENSE / (1.0 if rare else self.count[name] ** 0.5)
            strength *= min(self.repeats[name], REPEATS_CAP) ** 0.5
            best[name] = max(best.get(name, 0.0), strength)
        return best


def _region(e: Entry) -> str:
    return f"{e.country}/{e.admin1}"


def _explain(
    f: _Found, pick: _Pick | None, context: _ArticleContext, qualifier: frozenset[str]
) -> tuple[Entry, str] | None:
    if pick is None:
        return None
    e = pick.entry
    named = ", ".join(c for c, _ in context.countries.most_common(3)) or "none"
    why = f"{len(f.candidates)} candidate(s), chose {e.name} ({e.kind}, {e.country or '-'}, "
    why += f"{e.admin1 or '-'}) at {pick.score:.1f}; article countries: {named}"
    if pick.near:
        why += f"; near the article's {', '.join(pick.near[:4])}"
    if pick.runner_up:
        why += f"; next {pick.runner_up}"
    if qualifier:
        why += f"; written with {', '.join(sorted(qualifier))}"
    if f.mention.direction:
        why += f"; direction {f.mention.direction!r}"
    if f.mention.embedded:
        why += "; named inside an organisation"
    return e, why


def _drop_region_of_same_name_city(f: _Found) -> tuple[Entry, ...]:
    """A bare "Donetsk" or "Kiev" is the town: drop the region its town names or outgrows.

    Only the region of that town, or one a big town outweighs: "Washington" is the
    capital, but "Wyoming" stays the state beside a suburb of that name in Michigan.
    """
    if f.mention.kinds is not None or f.mention.after_comma:  # "Tacoma, Washington"
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
