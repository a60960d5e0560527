"""Names read in the story's context: one actor per real-world entity.

A bare "Defence Ministry" in a story about Russia is the Russian Defence Ministry, and
"Congo" in a story about Kinshasa and Goma is DR Congo, not its namesake across the river.
The story's countries are counted from what the other layers already resolved: the places
(with their ISO codes), the demonyms and country names in the text, and the actors named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from wiredesk.extract.actors import Actor, ActorRegistry, normalise


def story_countries(
    registry: ActorRegistry, names: Iterable[str], codes: Iterable[str]
) -> tuple[str, ...]:
    """The countries a story is about, most named first: `names` are the text's names and
    demonyms, `codes` the ISO codes of its resolved places and actors."""
    counts: Counter[str] = Counter()
    for name in names:
        country = registry.demonym(name)
        actor = registry.lookup(name) if country is None else None
        code = actor.country if actor is not None else None
        country = country or (registry.country_of(code) if code else None)
        if country:
            counts[country] += 1
    for code in codes:
        country = registry.country_of(code)
        if country:
            counts[country] += 1
    return tuple(c for c, _ in counts.most_common())


def in_story(registry: ActorRegistry, mention: str, countries: tuple[str, ...]) -> Actor | None:
    """The actor `mention` names in a story about `countries`: a short form two countries
    share goes to the one the story names most, an institution without its country
    ("Defence Ministry") to the story's own country's, if the registry holds it."""
    found = registry.lookup(mention)
    if found is not None:
        return found
    shared = registry.lexicon.ambiguous.get(normalise(mention))
    if shared:
        chosen = next((c for c in countries if c in shared), shared[0])
        return registry.lookup(chosen)
    if not any(c.isupper() for c in mention):
        return None
    for country in countries[:2]:
        for word in registry.country_words(country):
            found = registry.lookup(f"{word.title()} {mention}")
            if found is not None and found.type != "person":
                return found
    return None
