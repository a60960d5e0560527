"""Names the gazetteer lacks that are still surely places ("Royal Street", "the village of
Nuli"): which to keep, and the point they are reported with (the place that contains them)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from wiredesk.extract._registry import Context
from wiredesk.extract.numbers._whose import capital
from wiredesk.extract.places._mentions import (
    Mention,
    demonym_words,
    lexicon,
    looks_like_demonym,
    part_of_town_after,
)
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import dateline_end
from wiredesk.nlp.index import sentences
from wiredesk.records import Place

EXTRACTOR = "places.v1"


def worth_keeping(m: Mention) -> bool:
    """A name the gazetteer lacks that is still surely a place: the tagger's place, or a
    street's or building's name ("Royal Street", "Glenrock Lagoon")."""
    if m.person or m.embedded or not m.name[:1].isupper():
        return False
    if m.filed:  # "MUTSHATSHA, 5 March 2026 (Radio Okapi) -" (_mentions.sure_dateline)
        return True
    if m.name.split()[-1].isdigit():  # "Route 128", "Exit 4": a road's number, not a place
        return False
    if m.place_noun_of:  # "the village of Dravenki", whatever the tagger says
        return True
    if m.area_named and _named_area(m):  # "the Mbera camp", "the San Gerardo neighbourhood"
        return True
    if looks_like_demonym(m.name) and not _placed_by_tagger(m):
        return False
    if m.feature:  # "Royal Street", "Northwestern Memorial Hospital", whatever the tagger says
        return m.tagged or m.name.split()[-1].lower().rstrip(".") in lexicon().sure_features
    if m.possessive:  # "from Kemira's plant": an owner, more often than a place
        return False
    if m.tagged:  # not a list's later name: "in Greece, Guhdar and his family"
        return (m.strongly_locative and not m.listed) or m.contained
    return (m.label in {None, "ORG"} and m.contained) or _located_unknown(m)


UNKNOWN_MAX_WORDS = 2  # "Cerro Norte", not "Resource Management Company"
_UNPLACED_LABELS = frozenset({None, "ORG", "NORP"})  # not a person's name ("met Nicole Thompson")


def _located_unknown(m: Mention) -> bool:
    """A short name the tagger did not call a person, right after a word that heads places
    (context.toml [locative] unknown), or after "at" after a site's noun ("a base at
    Barkaram"): the village news names where it happened ("killed near Mucojo", "fled
    towards Pemba and Metuge"), which the gazetteer lacks. A name the tagger calls a person
    only right after the word ("in Cerro Norte", not "in Leeds and Max Roe")."""
    return (
        (m.label in _UNPLACED_LABELS or (m.label == "PERSON" and m.locative))
        and m.strongly_locative and m.proper
        and (m.located_by in lexicon().unknown_locative or m.sited)
        and len(m.name.split()) <= UNKNOWN_MAX_WORDS
        and m.name not in demonym_words()  # "taught in French": a language, not a place
    )


def _named_area(m: Mention) -> bool:
    """A name before an area's or camp's word that is no people's adjective ("the Afghan
    camp") and not all capitals (an acronym: "the ADF area")."""
    return (
        not m.name.isupper() and m.name not in demonym_words() and not looks_like_demonym(m.name)
    )


def _placed_by_tagger(m: Mention) -> bool:
    """A name ending like an adjective of nationality ("Kathiraveli", "Thanchi") that the
    tagger calls a place where only a place stands ("in Kathiraveli") and that no country's
    adjective spells: a village, not a people."""
    return (
        m.tagged and m.label in {"GPE", "LOC"} and m.strongly_locative
        and m.name not in demonym_words()
    )


def unresolved(
    doc: Doc, ctx: Context, m: Mention, places: list[Place], sizes: dict[tuple[int, int], int]
) -> Place:
    """A place the gazetteer lacks, reported with the point of the place that contains it:
    the one named right after it ("Estey's Bridge, N.B.", "Mercy Hospital in Leeds"), else
    the town or region of the story's country named beside it in its sentence or paragraph,
    else the town the article is about (`sizes`: the population of each placed town, by
    span), else the county or region it names most."""
    text = doc_text(doc)
    after = [p for p in places if _holds_it(text[m.end : p.span[0]], m)]
    part = part_of_town_after(doc, _token_after(doc, m.end))
    after = [p for p in places if part and p.span[0] == part] or after
    focus = focus_town(places, sizes)
    host = after[0] if after else (
        named_beside(doc, m, places, focus) or _outside_the_capital(focus, places)
        or _story_country(places)
    )
    kind = "feature" if m.feature or m.label == "FAC" else "city"
    where = f"placed at {host.name}" if host else "no point"
    return Place(
        article_id=ctx.article_id,
        text=doc_text(doc)[m.start : m.end],
        span=(m.start, m.end),
        name=m.name,
        kind=kind,
        country=host.country if host else None,
        admin1=host.admin1 if host else None,
        geonameid=None,
        lat=host.lat if host else None,
        lon=host.lon if host else None,
        direction=m.direction,
        extractor=EXTRACTOR,
        explanation=f"a place the gazetteer lacks, {where}",
        guessed_at=host.name if host and not after else None,
    )


def _outside_the_capital(focus: Place | None, places: list[Place]) -> Place | None:
    """The story's town, unless it is its country's capital and the story names a region
    of that country beyond it: a wire story told from the capital names the villages of
    the province it reports on ("Basuba" of a story of Lamu county, filed in Nairobi)."""
    region = _focus_region(places)
    if focus is None:
        return region
    in_capital = capital((focus.name or "").lower()) or capital(focus.text.lower())
    if in_capital and region is not None and region.admin1 != focus.admin1:
        return region
    return focus


def _story_country(places: list[Place]) -> Place | None:
    """The country the article names most, where it names no town or region of it: a
    village of a story told by its country alone lies there more often than nowhere."""
    country = Counter(p.country for p in places if p.country).most_common(1)
    named = [p for p in places if p.kind == "country" and country and p.country == country[0][0]]
    return named[0] if named and named[0].lat is not None else None


def _token_after(doc: Doc, end: int) -> int:
    """The index of the first token at or after character `end`."""
    for token in doc:
        if token.idx >= end:
            return token.i
    return len(doc)


def _holds_it(gap: str, m: Mention) -> bool:
    """Whether the words between an unknown place and a placed one make the second hold the
    first: "Mercy Hospital in Leeds", "Estey's Bridge, N.B.", "the West Point district of
    Monrovia" (a part of a town's word, then "of")."""
    if m.within_town:
        words = gap.split()
        if words and words[0].lower() in lexicon().within_town:
            words = words[1:]
        if words in (["of"], ["in"], [","]):
            return True
    return 0 < len(gap) <= 5 and gap.strip() in {",", "in", "at"}


_BESIDE_KINDS = ("city", "admin2", "admin1")  # the smallest first


def named_beside(
    doc: Doc, m: Mention, places: list[Place], focus: Place | None
) -> Place | None:
    """The town, county or region of the story's country named in the unknown place's own
    sentence, else its paragraph (when the text has more than one), the smallest kind
    first, then the nearest: a village is told beside its district or the town it lies
    near ("attacked Sortobe, in Kordai District"), not beside the capital, which is named
    for the officials who speak there, nor beside the dateline's town, which is where the
    story was filed. A region holding the story's own town (`focus`) says less than that
    town does. Not a street's or building's name: those lie in the story's own town more
    often than in one named beside them ("a fan stabbed on Kirkgate after the match in
    Bradford": on the dev set that town put eleven more of them out of reach than in it)."""
    text = doc_text(doc)
    country = Counter(p.country for p in places if p.country).most_common(1)
    if not country or m.feature or m.label == "FAC":
        return None
    filed = dateline_end(text)
    beside = [
        p for p in places
        if p.kind in _BESIDE_KINDS and p.lat is not None and p.country == country[0][0]
        and p.span[0] >= filed and p.span != (m.start, m.end)
        and not capital((p.name or "").lower()) and not capital(p.text.lower())
        and not (p.kind == "admin1" and focus and focus.admin1 == p.admin1)
    ]
    for start, end in (_sentence_of(doc, m.start), _paragraph_of(text, m.start)):
        if (start, end) == (0, len(text)):
            break  # one paragraph: the story's town says more than any name in it
        here = [p for p in beside if start <= p.span[0] < end]
        if here:
            return min(here, key=lambda p: (
                _BESIDE_KINDS.index(p.kind), abs(p.span[0] - m.start)))
    return None


def _sentence_of(doc: Doc, at: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding character `at`."""
    for start, end in sentences(doc):
        if start <= at < end:
            return start, end
    return at, at


def _paragraph_of(text: str, at: int) -> tuple[int, int]:
    """The (start, end) of the paragraph (between blank lines) holding character `at`."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return start + 1 if start >= 0 else 0, end if end >= 0 else len(text)


def focus_town(places: list[Place], sizes: dict[tuple[int, int], int]) -> Place | None:
    """The town the article is about, in the country it names most: the one it names most
    often counting the other places it names in the same first-level region, the largest
    of equals (a story's streets lie in its city more often than in a town it names beside
    it), then the first. Local copy names the streets and buildings of its own town, not
    of the last one it mentioned, nor of a lone namesake far from the rest
    ("Washington Square")."""
    country = Counter(p.country for p in places if p.country).most_common(1)
    towns = [
        p for p in places if p.kind == "city" and p.lat is not None and p.country == country[0][0]
    ] if country else []
    if not towns:
        return None
    count = Counter(p.name for p in towns)
    regions = Counter(
        (p.country, p.admin1, p.name) for p in places if p.admin1 and p.kind != "feature"
    )

    def beside(town: Place) -> int:
        return sum(
            n for (cc, a1, name), n in regions.items()
            if (cc, a1) == (town.country, town.admin1) and name != town.name
        )

    return max(towns, key=lambda p: (count[p.name] + beside(p), sizes.get(p.span, 0), -p.span[0]))


def _focus_region(places: list[Place]) -> Place | None:
    """The county or first-level region the article names most, in the country it names
    most (a village of a story that names no town lies in the region it names), the
    first of equals."""
    country = Counter(p.country for p in places if p.country).most_common(1)
    regions = [
        p for p in places
        if p.kind in {"admin1", "admin2"} and p.lat is not None and country
        and p.country == country[0][0]
    ]
    if not regions:
        return None
    count = Counter(p.name for p in regions)
    return max(regions, key=lambda p: (count[p.name], -p.span[0]))
