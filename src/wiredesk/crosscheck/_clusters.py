"""Linked items gathered into clusters, each counted by its independent sources."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from wiredesk.crosscheck._rules import rules
from wiredesk.crosscheck._sources import BodyKey, body_key, plain_body, same_body
from wiredesk.crosscheck._text import normalise
from wiredesk.records import Corroboration, Document, ItemRef, Link

if TYPE_CHECKING:
    from wiredesk.crosscheck._items import Items

RefKey = tuple[str, str, int]


def ref_key(ref: ItemRef) -> RefKey:
    return ref.article_id, ref.layer, ref.index


def ref_order(ref: ItemRef) -> tuple[str, str, str, int]:
    """Stable order: by publication, then article, layer and position."""
    return ref.published or "", ref.article_id, ref.layer, ref.index


class Groups:
    """Union-find over item keys: linked items end in one group."""

    def __init__(self) -> None:
        self.parent: dict[RefKey, RefKey] = {}

    def find(self, x: RefKey) -> RefKey:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: RefKey, b: RefKey) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _node(name: str) -> RefKey:
    return normalise(name), "", 0


def _own_reporting(items: Sequence[ItemRef], chains: list[tuple[str, ...]]) -> set[int]:
    """Items an outlet tells as its own in an article that also gives them a named source
    ("a militia leader told AFP" beside "said Babakura Kolo"): the named source stands
    for the article, so the outlet is no second source."""
    named = {item.article_id for item, chain in zip(items, chains, strict=True)
             if not _is_outlet(item, chain)}
    return {i for i, (item, chain) in enumerate(zip(items, chains, strict=True))
            if item.article_id in named and _is_outlet(item, chain)}


def _is_outlet(item: ItemRef, chain: tuple[str, ...]) -> bool:
    return len(chain) == 1 and normalise(chain[0]) == normalise(item.outlet)


def _join_bodies(names: Groups, originals: Iterable[str]) -> None:
    """Join names that stand for one body (see `body_key`); a ministry named without its
    country joins the one ministry of that topic named with one, if only one is."""
    keyed: dict[str, BodyKey] = {}
    for name in originals:
        key = body_key(name) or plain_body(name)
        if key is not None:
            keyed.setdefault(normalise(name), key)
    for name, key in keyed.items():
        matches = [other for other, k in keyed.items() if other != name and same_body(key, k)]
        if key[2]:  # a countryless name is joined from its own side
            matches = [m for m in matches if keyed[m][2]]
        elif len({keyed[m][2] for m in matches} - {""}) > 1:
            continue  # "the Defence Ministry" beside Armenia's and Azerbaijan's
        for other in matches:
            names.join(_node(name), _node(other))


def _initials(name: str) -> str:
    """The letters a name's initialism spells ("Royal Bahamas Police Force" -> "rbpf"), the
    words an initialism leaves out aside ("Ministry of Health" -> "mh")."""
    skip = rules().initials_skip
    return "".join(w[0] for w in normalise(name).split() if w not in skip)


def _join_initials(names: Groups, originals: Sequence[str]) -> None:
    """An initialism ("RBPF", "the RBPF") is the one longer name of the group it spells."""
    for short in originals:
        letters = short.split()[-1] if len(short.split()) <= 2 else ""
        if len(letters) < 2 or not letters.isupper() or not letters.isalpha():
            continue
        longer = {normalise(n) for n in originals
                  if len(n.split()) > 1 and _initials(n) == letters.casefold()}
        if len(longer) == 1:
            names.join(_node(short), _node(longer.pop()))


def _join_kinds(names: Groups, chains: Sequence[tuple[str, ...]]) -> None:
    """A body named only by its kind ("the toll announced by the army") is the one
    originator in the group whose office names that kind ("Jules Ngongo", "army spokesman
    in Ituri"), when exactly one does."""
    for chain in chains:
        kind = chain[0]
        if len(chain) > 1 or not kind.islower() or len(kind.split()) > 2:
            continue
        pattern = re.compile(rf"\b{re.escape(kind)}\b", re.IGNORECASE)
        holders = {names.find(_node(c[0])) for c in chains
                   if len(c) > 1 and any(pattern.search(office) for office in c[1:])}
        if len(holders) == 1:
            names.join(_node(kind), holders.pop())


def independent(items: Sequence[ItemRef]) -> tuple[str, ...]:
    """One name per independent source, named after its most frequent originator.

    Items whose chains share a name are one source; an outlet cited by another report
    ("according to Reuters") is whoever that outlet's own reports rest on; a short name
    that ends exactly one longer name ("Air Force", "Ukrainian Air Force") or opens it before
    "of" ("State Emergency Service", "State Emergency Service of Ukraine") is that name;
    names of one body are one source (`_join_bodies`), and an outlet's own telling of what
    its article also attributes is no source of its own (`_own_reporting`).
    """
    chains = [item.chain or (item.source,) for item in items]
    dropped = _own_reporting(items, chains)
    return counted_sources([(chain, item.outlet, 0 if i in dropped else 1)
                            for i, (item, chain) in enumerate(zip(items, chains, strict=True))])


Told = tuple[tuple[str, ...], str | None, int]  # a chain, its outlet, how many items tell it


def counted_sources(told: Sequence[Told]) -> tuple[str, ...]:
    """`independent` over items given as distinct (chain, outlet, count) triples: what a
    store keeps of a group too large to read whole (an actor named in every article)."""
    names = Groups()
    chains = [chain for chain, _, _ in told]
    for chain in chains:
        for other in chain[1:]:
            names.join(_node(chain[0]), _node(other))
    cited = {normalise(n) for chain in chains for n in chain}
    for chain, outlet, _ in told:
        if outlet and normalise(outlet) in cited:
            names.join(_node(chain[0]), _node(outlet))
    known = sorted(cited)
    for short in known:
        longer = [n for n in known if n.endswith(" " + short) or n.startswith(short + " of ")]
        if len(longer) == 1 and body_key(short) is None:  # bodies: `_join_bodies`
            names.join((short, "", 0), (longer[0], "", 0))
    _join_initials(names, sorted({n for chain in chains for n in chain}))
    _join_bodies(names, sorted({n for chain in chains for n in chain}))
    _join_kinds(names, chains)
    groups: dict[RefKey, Counter[str]] = defaultdict(Counter)
    for chain, _, n in told:
        if n:
            groups[names.find(_node(chain[0]))][chain[0]] += n
    return tuple(sorted(min(c.items(), key=_most_told_fullest)[0] for c in groups.values()))


def _most_told_fullest(named: tuple[str, int]) -> tuple[int, int, str]:
    """A source's name: the one told most often, then the fullest ("State Emergency Service
    of Ukraine" over a heading's "Emergency service")."""
    name, count = named
    return -count, -len(name), name


def _key(kind: str, first: ItemRef) -> str:
    if kind == "claim":
        return f"{first.value}: {first.text}"
    return first.text if kind == "event" else f"{first.value} ({first.text})"


def corroboration(kind: str, members: Sequence[ItemRef]) -> Corroboration:
    """One group of linked items (or of the places one actor is named), sources counted."""
    members = sorted(members, key=ref_order)
    sources = independent(members)
    articles = len({m.article_id for m in members})
    return Corroboration(kind, _key(kind, members[0]), tuple(members), sources,
                         explanation=f"{articles} articles, {len(sources)} sources")


def clusters(links: Iterable[Link]) -> list[Corroboration]:
    """One Corroboration per connected group of linked items of one kind."""
    return [corroboration(kind, members) for kind, members in components(links)]


def components(links: Iterable[Link]) -> list[tuple[str, list[ItemRef]]]:
    """Each connected group of linked items with its kind, not yet counted (a Spark job
    counts the groups on its executors)."""
    union = Groups()
    refs: dict[RefKey, ItemRef] = {}
    kinds: dict[RefKey, str] = {}
    for link in links:
        for ref in (link.a, link.b):
            refs[ref_key(ref)] = ref
            kinds[ref_key(ref)] = link.kind
        union.join(ref_key(link.a), ref_key(link.b))
    groups: dict[RefKey, list[ItemRef]] = defaultdict(list)
    for key, ref in refs.items():
        groups[union.find(key)].append(ref)
    return [(kinds[root], members) for root, members in groups.items()]


def actor_refs(doc: Document, items: Items) -> dict[str, tuple[str, ItemRef]]:
    """Each canonical actor an article names (normalised): its name as first written there,
    and the first item naming it."""
    named: list[tuple[str | None, ItemRef]] = [(c.ref.value, c.ref) for c in items.claims]
    for ev, item in zip(doc.events, items.events, strict=True):
        named += [(ev.actor, item.ref), (ev.target, item.ref)]
    for fig, fitem in zip(doc.figures, items.figures, strict=True):
        named.append((fig.about, fitem.ref))
    found: dict[str, tuple[str, ItemRef]] = {}
    for name, ref in named:
        key = normalise(name)
        if key and key not in found:
            found[key] = (name or key, ref)
    return found


def actor_clusters(per_doc: Sequence[tuple[Document, Items]]) -> list[Corroboration]:
    """Every canonical actor named in more than one article, with where it is named."""
    seen: dict[str, list[tuple[str, ItemRef]]] = defaultdict(list)
    for doc, items in per_doc:
        for key, named in actor_refs(doc, items).items():
            seen[key].append(named)
    return [actor_group(named) for named in seen.values() if len(named) > 1]


def actor_group(named: Sequence[tuple[str, ItemRef]]) -> Corroboration:
    """One actor's group, called as its earliest report names it."""
    members = tuple(sorted((ref for _, ref in named), key=ref_order))
    name = min(named, key=lambda n: ref_order(n[1]))[0]
    return Corroboration("actor", name, members, independent(members),
                         explanation=f"named in {len(members)} articles")
