"""Who independently stands behind an item: the reporting chain it came through.

A chain runs from the speaker (the originator) outward through named relays (`via`).
Items whose chains share a name are one source: outlets repeating one official are that
official once; "KCNA said" in two outlets is KCNA once; "the ministry said, TASS
reported" and "according to TASS" are one source; "according to Reuters" inside
another outlet is Reuters; an outlet's own reporting is the outlet, twice or not.

A person speaks for the body they lead or speak for, so the body follows them in their
chain: the description the article gives them ("Viktor Hnatenko, head of the Poltava
Regional Military Administration") or the office the actor registry knows them to hold.
`body_key` then tells when two names stand for one body ("the Governor of Borno State",
"the Borno State Government").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from wiredesk.crosscheck._rules import rules
from wiredesk.crosscheck._text import content_words, normalise
from wiredesk.extract.actors import registry
from wiredesk.extract.attributions import is_proper
from wiredesk.records import Article, Attribution, Document, ItemRef

# A body as `body_key` gives it: (kind, the words that name it, its country or "").
BodyKey = tuple[str, str, str]

_WORD = re.compile(r"[\w’'-]+")
_CHANNEL = re.compile(r"\s*\([^()]*\)\s*\Z")


def publisher(name: str | None) -> str | None:
    """The canonical name of a news organisation, or None when `name` is not one."""
    return rules().publishers.get(normalise(name)) if name else None


def outlet_name(article: Article) -> str:
    """The article's outlet as a source name, without the channel it came through
    ("Azawad Liberation Front (Telegram)"); an unnamed outlet is its own source."""
    if article.source:
        return outlet_of(article.source) or ""
    return f"article {article.id}"


@lru_cache(maxsize=1 << 12)
def outlet_of(source: str | None) -> str | None:
    """The outlet an article's items cite, from its source alone (`outlet_name`); a
    store keeps the source once, with the article, not with every item."""
    if not source:
        return source
    name = _CHANNEL.sub("", source).strip() or source.strip()
    return publisher(name) or name


def copied_from(article: Article) -> str | None:
    """The agency whose story the article carries ("KADUGLI — ... (AFP)", a dateline
    "(AFP)" in another outlet's paper, as the attributions layer read them: `credits`): its
    own telling is that agency's."""
    for found in article.credits:
        agency = publisher(found)
        if agency and agency != outlet_name(article):
            return agency
    return None


def named_speaker(article: Article, att: Attribution | None) -> str | None:
    """The speaker's name as a source; none for a dateline misread as a speaker
    ("BAMAKO, Mali (AP) —"), and the article's ministry for a bare "the ministry"."""
    if att is None or not att.speaker.name:
        return None
    if att.speaker_in_dateline or names_no_one(att.speaker.name):
        return None
    name = speaker_name(att.speaker.name)
    if _without_roles(normalise(name)) in rules().bare_bodies:  # "a ministry spokeswoman"
        return _ministry_before(article, att)
    return name


def names_no_one(name: str) -> bool:
    """A speaker that is no source ("Preliminary reports indicate", "initial information"),
    or the outlet speaking of itself ("Our network has recorded"): the outlet tells it."""
    words = normalise(name).split()
    r = rules()
    return bool(words) and (words[0] in r.own_voice or all(w in r.no_source for w in words))


def _service_alone(name: str) -> str | None:
    """The service a name gives by its kind and territory words alone ("the island's
    police", "the country's police"): the same source as "police said"; None for others."""
    key = body_key(name) if not is_proper(name) else None
    return key[0] if key and key[0] in rules().services and not key[1] and not key[2] else None


def _office_of(att: Attribution | None, name: str | None) -> str | None:
    """The office a speaker was named by when the name kept is only the place it is of
    ("the deputy commissioner of Quetta" found as "Quetta")."""
    mention = att.speaker.mention.text if att and att.speaker.mention else ""
    if not name or not mention.casefold().endswith(f" of {name}".casefold()):
        return name
    office = _without_article(mention)
    return office if office[:1].islower() and _has_office(office) else name


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _without_article(name: str) -> str:
    """A description without the article opening it ("the defence ministry")."""
    return _ARTICLE.sub("", name)


def _ministry_before(article: Article, att: Attribution) -> str | None:
    """The last ministry the article names by its topic before the speaker's words, else
    the outlet when it is one."""
    named = [m for m in att.ministries_before if body_key(m)]
    outlet = outlet_name(article)
    mine = body_key(outlet)
    if named:
        key = body_key(named[-1])
        # a ministry's own communique names itself without its country: it is the outlet
        if key and mine and not key[2] and key[:2] == mine[:2]:
            return outlet
        return named[-1]
    return outlet if mine else None


def speaker_name(name: str) -> str:
    """A speaker name without a verb a misread left on it ("The Ministry rejects") or a
    line before it ("17.05 BST\nIsrael's military")."""
    words = name.strip().split("\n")[-1].split()
    while len(words) > 1 and words[-1].casefold() in rules().trailing_verbs:
        words.pop()
    return " ".join(words)


def _has_office(description: str) -> bool:
    words = normalise(description).split()
    offices = rules().offices
    return any(w in offices or f"{w} {n}" in offices for w, n in zip(words, [*words[1:], ""],
                                                                      strict=True))


def _office_or_body(description: str) -> bool:
    """An office ("the governor of Borno State") or a governing body ("the prefecture of
    Guadeloupe"): told with "of" and whose it is, a source named."""
    return _has_office(description) or bool(set(normalise(description).split())
                                            & rules().governing)


def _described(att: Attribution, name: str) -> str:
    """The office the article gives the person `name` beside their name, as the attributions
    layer read it: the person a presenter quotes or who holds the speaker's role, else the
    speaker."""
    if name in (att.presenter_quotes, att.role_holder):
        return att.holder_described or ""
    return att.speaker_described or ""


def _bodies(article: Article, att: Attribution, name: str) -> list[str]:
    """The bodies a speaker speaks for: their stated role, their description in the
    article, the offices the registry knows them to hold on the day."""
    found = [att.speaker.role] if att.speaker.role else []
    found.append(_service_of(att))
    if att.speaker.type == "person":
        found.append(_described(att, name))
        actor = registry().lookup(name)
        day = (article.published or "")[:10] or None
        if actor is not None:
            found += [r.of for r in actor.roles if r.of and r.holds_on(day)]
    return [b for b in found if b and normalise(b) != normalise(name)]


_POSSESSOR = re.compile(r"[’']s\s")


def _service_of(att: Attribution) -> str:
    """The service a unit belongs to when its mention says so ("the Army's 103rd Infantry
    Brigade" speaks for the army, which another report quotes as "the army"); ""."""
    mention = att.speaker.mention
    owner = _POSSESSOR.split(mention.text, maxsplit=1) if mention else []
    words = normalise(owner[0]).split() if len(owner) > 1 else []
    return words[-1] if words and words[-1] in rules().forces else ""


def _force_of(description: str) -> str:
    """The force a spokesperson or officer named by role alone speaks for ("the military
    spokesman", "the army press service", "the general staff of the armed forces", "the
    regional police commander"): the same source as "the military said"; "" for others."""
    words = _without_article(normalise(description))
    r = rules()
    kinds = [w for w in words.split() if w in r.forces]
    if kinds and _has_office(words):  # "the regional police commander", "an army chief"
        return kinds[0]
    for role in r.speaks_for:
        for force in (words.removesuffix(f" {role}"),
                      _without_article(words.removeprefix(f"{role} of "))):
            if force != words and force in r.forces:
                return force
    return ""


def _spoken_for(description: str) -> str | None:
    """The named body a spokesperson named by role alone speaks for ("a spokeswoman for
    Kpalimé Regional Hospital", "the press office of the Red Crescent", "a Red Cross
    spokesman"): the same source as the body itself; None for other descriptions."""
    r = rules()
    words = _without_article(description.strip()).split()
    low = normalise(" ".join(words))
    for role in r.speaks_for:
        size = len(role.split())
        if low.startswith(f"{role} ") and len(words) > size + 1 and (
                words[size].casefold() in r.name_joins):
            return _named_body(_without_article(" ".join(words[size + 1:])))
        if low.endswith(f" {role}") and len(words) > size:  # "a Red Cross spokesman"
            return _named_body(" ".join(words[:-size]))
    return None


def _named_body(name: str) -> str | None:
    """A body's name as the registry spells it ("Red Cross"); a body named by its kind
    alone ("a hospital spokeswoman", "a spokesman for the airline") is that kind, a source
    apart from the outlet quoting it; None for no name or kind ("his spokesman")."""
    if not is_proper(name):  # "the regional spokesman", "a Ukrainian spokesman": no kind
        words = normalise(name).split()
        r = rules()
        kind = len(content_words(name)) == len(words) <= 2 and words[-1] not in (
            r.territory | r.filler) and registry().demonym(words[-1].title()) is None
        return " ".join(words) if kind and all(w.isalpha() for w in words) else None
    known = registry().lookup(name)
    return known.name if known is not None and known.type != "person" else name


def _of_country(name: str, country: str | None, mention: str = "") -> str | None:
    """A ministry as the one of the country its mention names ("Mali's defence ministry"),
    else of the story's country ("the defence ministry" -> "Niger's defence ministry"), and
    a body a country has one of as the story country's ("the government" -> "Eswatini
    government"); None for other descriptions."""
    key = body_key(name)
    if key is None and country and (kind := _country_body(name)):
        return f"{country} {kind}"
    if key is None or key[0] != "ministry":
        return None
    told = body_key(mention) if mention else None
    if told is not None and told[:2] == key[:2] and told[2]:
        name, key = mention, told
    bare = _without_article(name.strip())
    named = f"{country}'s {bare}" if country and not key[2] else bare
    known = registry().lookup(named)
    return known.name if known is not None and known.type != "person" else named


def _country_body(name: str) -> str | None:
    """The kind of body a country has one of that `name` names alone, or speaks for
    ("the government", "Government spokesman" -> "government"); None for other names."""
    words = _without_roles(normalise(name))
    return words if words in rules().country_bodies else None


def _without_roles(words: str) -> str:
    """Normalised words without those of a role speaking for a body ("press office")."""
    for role in rules().speaks_for:
        words = re.sub(rf"(?:^| ){re.escape(role)}(?= |$)", "", words).strip()
    return words


def chain_of(article: Article, attribution: Attribution | None,
             country: str | None = None) -> tuple[str, ...]:
    """The reporting chain of an item, originator first: the speaker, the bodies they
    speak for, then named relays. `country` is the one the story is about: a ministry
    named by its topic alone is that country's.

    An item nobody is quoted for is the outlet's own reporting: its chain is the outlet.
    """
    chain: list[str] = []
    # "regional officials", "a source": unnamed speakers leave the item to its outlet,
    # or to the service they name ("police said"); "the head of the ... administration"
    # is the person named beside it, else that office
    name = _office_of(attribution, named_speaker(article, attribution))
    said_by = attribution.speaker.mention if attribution is not None else None
    mention = said_by.text if said_by is not None else ""
    office = None  # the role the speaker was found as, when a person holds it
    # "PRESENTER: ... the regional governor, Volodymyr Artiukh, said": the person quoted
    quoted = attribution.presenter_quotes if attribution is not None else None
    holder = attribution.role_holder if attribution is not None and name else None
    if quoted is not None:
        name = quoted or None
    elif name and normalise(name) in rules().services | rules().forces:
        name = normalise(name)
    elif name and holder:
        office = None if is_proper(name) else name
        name = holder
    elif name and not is_proper(name) and (force := _force_of(name)):
        office, name = force, _without_article(name)  # "a police spokesman", for the police
    elif name and (body := _spoken_for(name)):
        name = body  # "a spokeswoman for Kpalimé Regional Hospital": the hospital
    elif name and (kind := _service_alone(name)):  # "the island's police said"
        name = kind
    elif name and not is_proper(name):
        name = name if " of " in name and _office_or_body(name) and body_key(name) else (
            _of_country(name, country, mention))
    elif name:  # "Defence Ministry" in a story on Armenia
        name = _of_country(name, country, mention) or name
    if attribution is not None and name:
        chain.append(publisher(name) or name)
        if office:
            chain.append(office)
        bodies = (_of_country(b, country) or b for b in _bodies(article, attribution, name))
        for named in [*bodies, *(
                publisher(relay) or (relay if is_proper(relay) else None)
                for relay in attribution.via)]:
            if named and named not in chain:
                chain.append(named)
    chain = chain or [copied_from(article) or outlet_name(article)]
    # "..., Al Jazeera reported, citing the Gaza Health Ministry": the ministry is the origin
    origin = attribution.cited if attribution is not None else None
    if origin and origin not in chain:
        chain.insert(0, publisher(origin) or origin)
    return tuple(chain)


def people_bodies(docs: Iterable[Document]) -> dict[str, tuple[str, ...]]:
    """Every speaker with the bodies some article says they speak for: one report calls
    Viktor Hnatenko head of the Poltava administration, and that holds in every report."""
    found: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        names = [named_speaker(doc.article, att) or "" for att in doc.attributions]
        for att, name in zip(doc.attributions, names, strict=True):
            office, _, person = name.rpartition(", ")
            if office and is_proper(person) and body_key(office):
                # "Prefect of Agrigento, Renato Bellomo" read as one name: the person and
                # their office
                found[normalise(person)].add(office)
                name = person
            if is_proper(name):
                found[normalise(name)].update(_bodies(doc.article, att, name))
        _surnames(found, names)
    return {name: tuple(sorted(bodies)) for name, bodies in found.items() if bodies}


def _surnames(found: dict[str, set[str]], names: list[str]) -> None:
    """A speaker an article names by surname alone ("Bellomo told reporters") speaks for the
    bodies of the one person of that surname it names in full."""
    full = {normalise(n.rpartition(", ")[2]) for n in names if len(n.split()) > 1}
    for name in {normalise(n) for n in names if len(n.split()) == 1 and is_proper(n)}:
        holders = [f for f in full if f.split()[-1] == name and found.get(f)]
        if len(holders) == 1:
            found[name].update(found[holders[0]])


def chain_with_bodies(chain: tuple[str, ...], bodies: dict[str, tuple[str, ...]]
                      ) -> tuple[str, ...]:
    """`chain` with the bodies its originator speaks for next after it."""
    extra = [b for b in bodies.get(normalise(chain[0]), ()) if b not in chain]
    return (chain[0], *extra, *chain[1:]) if extra else chain


def with_bodies(ref: ItemRef, bodies: dict[str, tuple[str, ...]]) -> ItemRef:
    """`ref` with the bodies its originator speaks for next in its chain."""
    chain = ref.chain or (ref.source,)
    bodied = chain_with_bodies(chain, bodies)
    return replace(ref, chain=bodied) if bodied is not chain else ref


def source_of(article: Article, attribution: Attribution | None,
              country: str | None = None) -> str:
    """The independent source of an item: whoever it originates with (see `chain_of`)."""
    return chain_of(article, attribution, country)[0]


def story_country(doc: Document) -> str | None:
    """The country most of a document's resolved places lie in ("Israeli" troops or
    strikes are whose, not where)."""
    codes = Counter(p.country for p in doc.places if p.country and not p.demonym)
    return registry().country_of(codes.most_common(1)[0][0]) if codes else None


def _country(word: str) -> str | None:
    return registry().demonym(re.sub(r"[’']s$", "", word))


@lru_cache(maxsize=1 << 14)  # asked for every pair of sources compared
def body_key(name: str) -> BodyKey | None:
    """The body a name stands for, when it names one by office or governing role:
    "Governor of Borno State", "Borno State Government" -> ("body", "borno", "");
    "Armenia's Defence Ministry", "Ministry of Defence of Armenia" ->
    ("ministry", "defence", "Armenia"); None for other names (compared as they are)."""
    r = rules()
    # "Governor of Borno State, Babagana Zulum": a body's name ends at a comma
    words = _WORD.findall(speaker_name(name).split(",")[0])
    if words and words[0].casefold() == "the":
        words = words[1:]
    # a service's kind in its own language is the kind ("Polícia Nacional" is the police)
    low = [r.service_names.get(normalise(w), w.casefold()) for w in words]
    if "of" in low[1:]:
        cut = low.index("of")
        title = " ".join(low[:cut])
        if title in r.offices or title.split()[-1] in r.offices:
            rest = " ".join(words[cut + 1:])
            if title.split()[-1] in r.ministers:
                return body_key(f"Ministry of {rest}")
            return body_key(rest) or plain_body(rest)
    if "ministry" in low:
        countries, at = _countries_named(words)
        topic = sorted({normalise(w) for i, w in enumerate(words) if i not in at}
                       - r.filler - r.offices - r.speaks_for - {"ministry", "s"})
        if topic and len(countries) <= 1:
            return "ministry", " ".join(topic), min(countries, default="")
        return None
    if (kind := sorted(set(low) & r.services)) and not set(low) & r.watching:
        words, low = _service_words(words, low)
        countries, at = _countries_named(words)
        if not countries:
            countries, at = _known_body(words)
        core = [w for i, w in enumerate(low) if i not in at and normalise(w) and normalise(
            w) not in r.services | r.service_units | r.territory | r.filler | r.name_joins]
        return kind[0], " ".join(core), min(countries, default="")
    if set(low) & r.governing:
        # "Eswatini Government Press Office", "the Swazi government": the government of
        # Eswatini, its press office or spokesperson speaking for it
        core = [normalise(_country(w) or w) for w in words
                if w.casefold() not in r.governing | r.territory | r.filler]
        named = _without_roles(" ".join(core))
        return ("body", named, "") if named else None
    if len(low) > 1 and low[-1] in r.offices:
        rest = " ".join(words[:-1])
        if low[-1] in r.ministers:  # "Health Minister": the Ministry of Health
            return body_key(f"Ministry of {rest}")
        return body_key(rest) or plain_body(rest)
    return None


def _service_words(words: list[str], low: list[str]) -> tuple[list[str], list[str]]:
    """A service's name up to its last kind or unit word ("Royal Bahamas Police Force",
    "Police Command"), unless a joining word goes on ("Police Department of X", "Hellenic
    Police - Directorate of Y"): the words after it tell who speaks for it ("police
    spokeswoman", "Commissioner of Police Jane Doe", "a police statement"), not which
    service it is."""
    r = rules()
    kinds = r.services | r.service_units
    last = max(i for i, w in enumerate(low) if w in kinds)
    after = last + 1
    while after < len(low) and normalise(low[after]) in r.filler - r.name_joins:  # "Nacional"
        after += 1
    if after < len(low) and low[after] not in r.name_joins:
        return words[:last + 1], low[:last + 1]
    return words, low


Named = tuple[set[str], set[int]]  # countries, and the positions of the words naming them


def _countries_named(words: list[str]) -> Named:
    """The countries a name's words name by a country's name or adjective of up to three
    words ("Greek", "Saint Lucia's"), with where those words stand (both empty: none)."""
    found: set[str] = set()
    at: set[int] = set()
    i = 0
    while i < len(words):
        n = next((n for n in (3, 2, 1) if i + n <= len(words)
                  and _country(" ".join(words[i:i + n]))), 0)
        if n:
            found.add(_country(" ".join(words[i:i + n])) or "")
            at.update(range(i, i + n))
        i += n or 1
    return found, at


def _known_body(words: list[str]) -> Named:
    """The country of the body a name's first words name in the actor registry ("Hellenic
    Police - Directorate of Alexandroupoli" is Greece's police, as "Greek police" is): a
    country's formal name for its body resolves like its adjective and the generic word."""
    for n in range(len(words), 1, -1):
        actor = registry().lookup(" ".join(words[:n]))
        if actor is not None and actor.type != "person" and actor.country:
            country = registry().country_of(actor.country)
            return ({country}, set(range(n))) if country else (set(), set())
    return set(), set()


def plain_body(name: str) -> BodyKey | None:
    """A body named plainly ("Kremlin", "Borno State"), territory words aside."""
    r = rules()
    core = [w for w in normalise(name).split() if w not in r.territory | r.filler]
    return ("body", " ".join(core), "") if core else None


def same_body(a: BodyKey, b: BodyKey) -> bool:
    """One body: the same words, or ministries whose topics nest, in one country."""
    if a[0] != b[0]:
        return False
    if a[0] in rules().services:  # "police" is the force of wherever it is told
        return (not a[2] or not b[2] or a[2] == b[2]) and (
            not a[1] or not b[1] or a[1] == b[1])
    if a[0] != "ministry":
        return a == b
    if a[2] and b[2] and a[2] != b[2]:
        return False
    x, y = set(a[1].split()), set(b[1].split())
    return x <= y or y <= x


def _teller(name: str) -> str:
    """The force a role speaks for ("police spokesman" -> "police"), else the name."""
    return (_force_of(name) or name) if not is_proper(name) else name


def _tellers(chain: tuple[str, ...]) -> tuple[str, ...]:
    """Who a chain's originator is: its name (a force for its spokesperson named by role),
    and for a person the office or body next in the chain ("Shanta Doe", "Police
    Commissioner")."""
    first = _teller(chain[0])
    if len(chain) > 1 and is_proper(first) and body_key(first) is None and body_key(chain[1]):
        return first, chain[1]
    return (first,)


def one_source(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two reporting chains that start with one originator (its name, or one body; a
    force's spokesperson named by role is the force, a person named with their office
    that office's body)."""
    return any(_one_teller(x, y) for x in _tellers(a) for y in _tellers(b))


def _one_teller(first: str, second: str) -> bool:
    if normalise(first) == normalise(second):
        return True
    x, y = body_key(first), body_key(second)
    if x is None or y is None:
        return False
    # a service told without its country is the one of the story ("the police commissioner")
    countries = x[2] == y[2] or (x[0] in rules().services and not (x[2] and y[2]))
    return countries and same_body(x, y)
