"""Who independently stands behind an item: the first publisher in its reporting chain.

The chain runs from the speaker outward through `via` to the outlet that printed it.
The first publisher on it is the source: "KCNA said" in two outlets is KCNA once;
"according to Reuters" inside another outlet is Reuters; a minister quoted by an
outlet is that outlet's own reporting; the same outlet twice is one source.
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


def source_of(article: Article, attribution: Attribution | None) -> str:
    """The independent source of an item stated by `attribution` (None: the outlet's own)."""
    if attribution is not None:
        speaker = attribution.speaker
        spoken = speaker.name or (speaker.mention.text if speaker.mention else None)
        found = publisher(spoken)
        if found is None and speaker.type == "media" and spoken:
            found = spoken
        for relay in attribution.via:
            if found is not None:
                break
            found = publisher(relay)
        if found is not None:
            return found
    return outlet_name(article)
