"""Names the gazetteer lacks that are still surely places ("Royal Street", "the village of
Nuli"): which to keep, and the point they are reported with (the place that contains them)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from wiredesk.extract._registry import Context
from wiredesk.extract.places._mentions import Mention, lexicon, looks_like_demonym
from wiredesk.nlp import doc_text
from wiredesk.records import Place

EXTRACTOR = "places.v1"


def worth_keeping(m: Mention) -> bool:
    """A name the gazetteer lacks that is still surely a place: the tagger's place, or a
    street's or building's name ("Royal Street", "Glenrock Lagoon")."""
    if m.person or m.embedded or not m.name[:1].isupper():
        return False
    if m.place_noun_of:  # "the village of Dravenki", whatever the tagger says
        return True
    if looks_like_demonym(m.name):
        return False
    if m.feature:  # "Royal Street", "Northwestern Memorial Hospital", whatever the tagger says
        return m.tagged or m.name.split()[-1].lower().rstrip(".") in lexicon().sure_features
    if m.possessive:  # "from Kemira's plant": an owner, more often than a place
        return False
    if m.tagged:  # not a list's later name: "in Greece, Guhdar and his family"
        return (m.strongly_locative and not m.listed) or m.contained
    return m.label in {None, "ORG"} and m.contained


def unresolved(
    doc: Doc, ctx: Context, m: Mention, places: list[Place], sizes: dict[tuple[int, int], int]
) -> Place:
    """A place the gazetteer lacks, reported with the point of the place that contains it:
    the one named right after it ("Estey's Bridge, N.B.", "Mercy Hospital in Leeds"), else
    the town the article is about (`sizes`: the population of each placed town, by span),
    else the county or region it names most."""
    text = doc_text(doc)
    after = [p for p in places if _holds_it(text[m.end : p.span[0]], m)]
    host = after[0] if after else focus_town(places, sizes) or _focus_region(places)
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
