"""Who independently stands behind an item: the reporting chain it came through.

A chain runs from the speaker (the originator) outward through named relays (`via`).
Items whose chains share a name are one source: outlets repeating one official are that
official once; "KCNA said" in two outlets is KCNA once; "the ministry said, TASS
reported" and "according to TASS" are one source; "according to Reuters" inside
another outlet is Reuters; an outlet's own reporting is the outlet, twice or not.
"""

from __future__ import annotations

from wiredesk.crosscheck._rules import rules
from wiredesk.crosscheck._text import normalise
from wiredesk.records import Article, Attribution


def publisher(name: str | None) -> str | None:
    """The canonical name of a news organisation, or None when `name` is not one."""
    return rules().publishers.get(normalise(name)) if name else None


def outlet_name(article: Article) -> str:
    """The article's outlet as a source name; an unnamed outlet is its own source."""
    if article.source:
        return publisher(article.source) or article.source.strip()
    return f"article {article.id}"


def chain_of(article: Article, attribution: Attribution | None) -> tuple[str, ...]:
    """The reporting chain of an item, originator first: the speaker, then named relays.

    An item nobody is quoted for is the outlet's own reporting: its chain is the outlet.
    """
    chain: list[str] = []
    # "regional officials", "a source": unnamed speakers leave the item to its outlet
    name = attribution.speaker.name if attribution is not None else None
    if attribution is not None and name and name[:1].isupper():
        chain.append(publisher(name) or name)
        for relay in attribution.via:
            named = publisher(relay) or (relay if relay[:1].isupper() else None)
            if named and named not in chain:
                chain.append(named)
    return tuple(chain) or (outlet_name(article),)


def source_of(article: Article, attribution: Attribution | None) -> str:
    """The independent source of an item: whoever it originates with (see `chain_of`)."""
    return chain_of(article, attribution)[0]
