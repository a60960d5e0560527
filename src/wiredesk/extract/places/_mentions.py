"""Find toponym mentions: spaCy's place entities, widened by the words around them.

A mention is the span to report, the name to look up, the kinds of entry its context
allows ("Kursk region" is an admin1, not the town) and a direction ("western Russia").
Capitalised names spaCy did not tag are proposed too, and so are the capitalised
datelines of wire and local copy ("FREMONT, Calif. --") and a legislator's home town
("D-Springfield"); the resolver keeps them only when the gazetteer knows them well.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from spacy.attrs import ENT_TYPE, IDX
from spacy.tokens import Doc, Span, Token

from wiredesk.extract.actors import registry
from wiredesk.extract.places._gazetteer import lookup
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import Dateline, datelines
from wiredesk.nlp.index import entities, kids_of, tokens_among, words_end, words_text

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose text may still be, or begin with, a mislabelled place ("Kyiv" as ORG).
MAYBE_PLACE_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "NORP"})
_SPLIT_AT = frozenset({"in", "at", "near"})  # "The George in Twickenham": the town only
_CUT_AT = frozenset({",", "'", "’"})  # "Thruxton, Hampshire", "Illinois’ Web site": each
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_LIST_ENDS = frozenset({",", "and", "or", ".", ";", ")"})  # what may follow a list's item
_SPEAKING_TOWN = 500_000  # a town this big "said" is its government; a smaller one, a person
_LIST_REACH = 16  # tokens back to the word opening a list of places
_JOINS = frozenset({"and", "or"})
ORG_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# A word opening with an elided particle: lower-case letters, an apostrophe, a capital
# ("d'Ivoire", "d’Oise"): the rest of a name the finder cut at its lower-case start.
_ELIDED = re.compile(r"^[^\W\d_A-Z]{1,4}['’][A-ZÀ-Þ]")
_HYPHENS = ("-", "\u2011")  # a hyphen, a non-breaking one
_OWN_POSSESSIVE = re.compile(r"['’]s$")  # a place named so: "St. John's", "Saint George’s"
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|an|i)s?$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym as written: what to report and what to look up."""

    start: int  # character offsets of the reported span
    end: int
    name_end: int  # where the name itself ends ("Kursk" in "Kursk region")
    name: str  # the words to look up
    kinds: frozenset[str] | None  # entry kinds the context allows; None: any
    direction: str | None
    tagged: bool  # spaCy called it a place (else a capitalised name it missed)
    label: str | None
    locative: bool = False  # after "in", "near", "from": a place whatever the tagger says
    strongly_locative: bool = False  # after "in", "to", "from" but not "of": even a hamlet
    after_comma: bool = False  # "Trenton, N.J.": the second name may be an abbreviation
    contained: bool = False  # a known place follows after a comma: "Estey's Bridge, N.B."
    place_noun_of: bool = False  # "the village of Nuli", "a suburb of Madinaty"
    possessive: bool = False  # "Kemira's": an owner more often than a place when unknown
    institution: bool = False  # embedded before a local institution's word: "Dublin Clinic"
    embedded: bool = False  # the first words of an organisation's name ("Ohio Senate")
    fallback: Mention | None = None  # what to try when this mention names no place
    civic: bool = False  # a town's own institution follows: "Richmond Police", "Elkhart man"
    dateline: bool = False  # "FREMONT, Calif. --": where the story was filed
    located_by: str = ""  # the word before it ("near"), or before the list it ends
    proper: bool = False  # every word a proper noun, and no noun after it: "near Mucojo last
    # week", not "in Raids" or "in Passover chocolate"
    filed: bool = False  # a dateline sure of itself (an agency, a date): a place if unknown
    person: bool = False  # also a word of a person named in the article ("Taylor said")
    feature: bool = False  # ends in a street's or building's word: "Royal Street"
    listed: bool = False  # a later item of a list opened by "in": "in Zilina, Nitra and Kosice"
    conjoined: bool = False  # joined by "and" to a place the tagger names: "Paris and Roxton"
    demonym: bool = False  # an adjective of nationality naming its country: "Georgian troops"
    region_word: str | None = None  # "county" of "Jefferson County", "Clay and Polk counties"
    compass: bool = False  # a capitalised direction opens it: "South Philadelphia", "East Bank"
    natural: bool = False  # a natural feature's word follows in lower case: "the Ruvuma river"
    within_town: bool = False  # a part of a town's word follows: "the Gonia neighbourhood"
    sited: bool = False  # after "at" after a site's noun: "a base at Barkaram"
    area_named: bool = False  # a short proper name before an area's or camp's word: "the
    # Mbera camp", "Buruma and Tirilolo neighbourhoods", "Kono District"


@dataclass(frozen=True, slots=True)
class Lexicon:
    region_words: dict[str, frozenset[str]]
    region_plurals: dict[str, str]  # "counties" -> "county"
    region_prefixes: dict[str, frozenset[str]]
    directions: dict[str, str]  # as written, lower-cased -> the word reported
    not_before: frozenset[str]
    locative: frozenset[str]
    strong_locative: frozenset[str]
    never_untagged: frozenset[str]
    civic: frozenset[str]
    aliases: dict[str, str]
    parties: frozenset[str]
    feature_words: frozenset[str]
    natural: frozenset[str]
    place_nouns: frozenset[str]
    institutions: frozenset[str]
    demonym_nouns: frozenset[str]
    sure_features: frozenset[str]
    brand_words: frozenset[str]
    body_types: frozenset[str]  # actor registry types never a place: "UN" is no town "Un"
    people_words: frozenset[str]
    eras: frozenset[str]
    route_words: frozenset[str]
    titles: frozenset[str]
    styles: frozenset[str]  # a person's style after a comma: "Hon.", "Major General"
    person_verbs: frozenset[str]
    language_before: frozenset[str]
    area_words: tuple[tuple[str, ...], ...]  # "local government area" as its words, longest first
    within_town: frozenset[str]
    partial: frozenset[str]  # "including" before a place: a part of it happened there
    partial_reach: int  # how many words before the place
    part_of: frozenset[str]  # ", on the edge of", ", a suburb of": a part of the town after
    bare_region: tuple[str, ...]  # "county": "DeKalb" may be DeKalb County
    unknown_locative: frozenset[str]  # "near": a name the gazetteer lacks after it is a place
    area_after: frozenset[str]  # "camp": a short proper name before it is a named area
    faiths: frozenset[str]  # "Shiite": before an area's word, a community's, not a name
    area_particles: frozenset[str]  # "da": a small word inside an area's name
    sites_at: frozenset[str]  # "base": a name after its "at" is a place ("a base at Barkaram")


@cache
def lexicon() -> Lexicon:
    path = resources.files("wiredesk") / "data" / "gazetteer" / "context.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        {w: frozenset(k) for w, k in data["region_words"].items()},
        dict(data["region_plurals"]),
        {w: frozenset(k) for w, k in data["region_prefixes"].items()},
        {w: w for w in data["directions"]["words"]} | data["directions"]["short"],
        frozenset(data["embedded"]["not_before"]),
        frozenset(data["locative"]["words"]),
        frozenset(data["locative"]["strong"]),
        frozenset(data["untagged"]["never"]),
        frozenset(data["civic"]["words"]),
        dict(data["aliases"]),
        frozenset(data["affiliation"]["parties"]),
        frozenset(data["features"]["words"]),
        frozenset(data["features"]["natural"]),
        frozenset(data["locative"]["place_nouns"]),
        frozenset(data["embedded"]["institutions"]),
        frozenset(data["demonyms"]["nouns"]),
        frozenset(data["features"]["sure"]),
        frozenset(data["brands"]["words"]),
        frozenset(data["bodies"]["types"]),
        frozenset(data["peoples"]["words"]),
        frozenset(data["eras"]["words"]),
        frozenset(data["routes"]["words"]),
        frozenset(data["people"]["titles"]),
        frozenset(data["people"]["styles"]),
        frozenset(data["people"]["verbs"]),
        frozenset(data["demonyms"]["language_before"]),
        tuple(sorted((tuple(w.split()) for w in data["area_words"]["words"]), key=len,
                     reverse=True)),
        frozenset(data["locative"]["within_town"]),
        frozenset(data["partial"]["words"]),
        int(data["partial"]["reach"]),
        frozenset(data["locative"]["part_of"]),
        tuple(data["bare_region"]["words"]),
        frozenset(data["locative"]["unknown"]),
        frozenset(data["area_after"]["words"]),
        frozenset(data["area_after"]["faiths"]),
        frozenset(data["area_after"]["particles"]),
        frozenset(data["locative"]["sites_at"]),
    )


def looks_like_demonym(text: str) -> bool:
    """ "Ukrainian", "Israeli", "Russians": adjectives of nationality, not places."""
    return " " not in text and bool(_DEMONYM.search(text)) and text[:1].isupper()


def _trim(span: Span) -> tuple[int, int]:
    """Token range without a leading "the" or a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _POSSESSIVES):
        end -= 1
    return start, end


def _mention(doc: Doc, start: int, end: int, tagged: bool, label: str | None) -> Mention:
    """Widen tokens [start, end) by a region word after and a direction before."""
    lex = lexicon()
    kinds: frozenset[str] | None = None
    region_word: str | None = None
    name = words_text(doc, start, end)
    name_end = words_end(doc, start, end)
    stop = end  # the name's own words end here, before a region word taken after it
    last = doc[end - 1].lower_
    within_town = (end < len(doc) and doc[end].lower_ in lex.within_town) or bool(
        part_of_town_after(doc, end)
    )
    if end - start > 1 and last in lex.region_words:  # "Kursk Oblast" as one entity
        kinds = lex.region_words[last]
    elif end < len(doc) and doc[end].lower_ in lex.region_words and not doc[end].is_sent_start:
        region_word = doc[end].lower_
        kinds = lex.region_words[region_word]
        end += 1
    else:
        region_word = _listed_region(doc, start, end)
        kinds = lex.region_words[region_word] if region_word else None
    for prefix, allowed in lex.region_prefixes.items():  # "Republic of Tatarstan"
        if name.lower().startswith(prefix + " "):
            kinds = kinds or allowed
    direction = None
    first = start
    if start > 0 and _is_direction(doc[start - 1]):
        direction = lex.directions[doc[start - 1].lower_]
        first = start - 1
    elif (
        end - start > 1
        and _is_direction(doc[start])
        and not lookup(name)
        and last.rstrip(".") not in lex.feature_words  # "Northwestern Memorial Hospital"
    ):
        direction, width = lex.directions[doc[start].lower_], 1  # "South Philadelphia"
        joined = f"{doc[start].lower_}-{doc[start + 2].lower_}" if end - start > 3 else ""
        if doc[start + 1].text in _DASHES and joined in lex.directions:  # "north-west Nigeria"
            direction, width = lex.directions[joined], 3
        name = words_text(doc, start + width, end) if kinds is None else name
    if direction is not None and first > 1 and doc[first - 1].text in _DASHES:
        joined = f"{doc[first - 2].lower_}-{doc[first].lower_}"  # "north-west Nigeria"
        if joined in lex.directions:
            direction, first = lex.directions[joined], first - 2
    before = doc[first - 1].lower_ if first > 0 else ""
    listed = _list_head(doc, first, end)  # "in" of "in Zilina, Nitra and Kosice"
    place_of = (before == "of" and first > 1 and doc[first - 2].lower_ in lex.place_nouns) or (
        listed is not None and listed.lower_ == "of" and _after_place_noun(listed)
    )
    home_of = before == "of" and _after_person(doc, first - 1)
    compass_of = before == "of" and first > 1 and doc[first - 2].lower_ in lex.directions
    based = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"
    return Mention(
        doc[first].idx,
        words_end(doc, first, end),
        name_end,
        name,
        kinds,
        direction,
        tagged,
        label,
        locative=before in lex.locative,
        after_comma=before == ",",
        strongly_locative=(
            (before in lex.strong_locative and not _according_to(doc, first))
            or place_of
            or home_of
            or compass_of  # "the hills west of Isoanala": a direction from a place
            or based  # "a Kent-based team"
            or _owns_a_street(doc, end)
            or (listed is not None and listed.lower_ in lex.strong_locative)
        )
        and not name.isupper(),
        contained=_known_place_follows(doc, end),
        place_noun_of=place_of,
        possessive=end < len(doc) and doc[end].lower_ in {"'s", "’s"},
        civic=end < len(doc) and doc[end].lower_ in lex.civic,
        feature=end - start > 1 and last.rstrip(".") in lex.feature_words,
        listed=listed is not None and listed.lower_ in lex.strong_locative,
        conjoined=_conjoined(doc, first, end),
        person=_after_title(doc, first, name),
        region_word=region_word,
        compass=direction is not None and doc[first].is_title,
        natural=end < len(doc) and doc[end].text in lex.natural,
        within_town=within_town,
        area_named=_area_named(doc, start, stop, label),
        sited=before == "at" and first > 1 and doc[first - 2].lower_ in lex.sites_at,
        located_by=before if before in lex.locative or listed is None else listed.lower_,
        proper=(
            all(doc[i].pos_ == "PROPN" for i in range(start, stop))
            and not _modifies(doc, end) and not _in_a_title(doc, first)
        ),
    )


AREA_NAME_MAX_WORDS = 3  # "Divo Naselje", "Complexo da Mare", not a firm's long name


def _area_named(doc: Doc, start: int, stop: int, label: str | None) -> bool:
    """Whether tokens [start, stop) are a short proper name of an area, settlement or camp:
    an area's word (context.toml [area_after]) follows it, or follows the list it ends
    ("Buruma and Tirilolo neighbourhoods"), in its sentence; or ends it where the tagger
    calls the whole a place ("Kono District", not "Historic District"). No word of the
    name is an institution's, a town's office's or a building's ("Patrol Division")."""
    lex = lexicon()
    if stop - start > 1 and doc[stop - 1].lower_ in lex.area_after:
        if label not in PLACE_LABELS:
            return False
        stop -= 1  # "Kono District": the tagger's entity holds the word
        after = stop
    else:
        after = _word_after_list(doc, stop)
    if after >= len(doc) or doc[after].lower_ not in lex.area_after or doc[after].is_sent_start:
        return False
    if after + 1 < len(doc) and doc[after + 1].text in _DASHES:  # "the Champions League
        return False  # quarter-final"
    name = [doc[i] for i in range(start, stop)]
    if not 0 < len(name) <= AREA_NAME_MAX_WORDS or not name[0].is_title:
        return False
    if len(name) == 1 and name[0].lower_ in lex.never_untagged:  # "the West area"
        return False
    other = lex.institutions | lex.civic | lex.feature_words | lex.faiths
    return all(
        (t.pos_ == "PROPN" or t.is_title or t.lower_ in lex.area_particles)
        and t.lower_ not in other
        for t in name
    )


def _word_after_list(doc: Doc, end: int) -> int:
    """The index of the first word after the list of capitalised names that token `end`
    is in or ends ("Buruma and Tirilolo neighbourhoods"): `end` itself if no list goes on."""
    i = end
    while i + 1 < len(doc) and doc[i].lower_ in {",", "and", "&"} and doc[i + 1].is_title:
        i += 1
        while i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN":
            i += 1
    return i


def _in_a_title(doc: Doc, first: int) -> bool:
    """Whether the word before the name is a preposition inside a run of capitalised words,
    a title's or a body's ("Dignity in Dying", "a Professional in Human Resources")."""
    if first < 2 or doc[first - 1].lower_ not in lexicon().locative:
        return False  # "in Khojeyli, Kegeyli and Chimbay": a list, not a title
    return doc[first - 2].is_title and not doc[first - 2].is_sent_start


def _modifies(doc: Doc, end: int) -> bool:
    """Whether a noun or a number follows the name in its sentence, which the name then
    qualifies ("in Passover chocolate", "in Class 3A"): a heading word, not a place; a
    region's or a part of a town's word is the place's own ("in Rugombo commune")."""
    if end >= len(doc) or doc[end].is_sent_start or doc[end].pos_ not in _NOMINAL:
        return False
    lex = lexicon()
    word = doc[end].lower_
    return not (word in lex.region_words or word in lex.within_town or word in lex.place_nouns)


_NOMINAL = frozenset({"NOUN", "NUM"})


def _conjoined(doc: Doc, first: int, end: int) -> bool:
    """Whether tokens [first, end) are joined by "and" or "or" to a name the tagger calls a
    place, on either side: "Paris and Roxton", "Cornwall and Kent", "Bossangoa (a location)
    and Bouca"."""
    before = (
        first > 1 and doc[first - 1].lower_ in _JOINS and doc[first - 2].ent_type_ in PLACE_LABELS
    )
    after = (
        end + 1 < len(doc) and doc[end].lower_ in _JOINS and doc[end + 1].ent_type_ in PLACE_LABELS
    )
    return before or after


def _after_title(doc: Doc, first: int, name: str) -> bool:
    """Whether a person's title comes right before the name: "coach Ripley", "Dr. Lincoln",
    "Sen. Webster" are people, unless the name is a country's or a region's."""
    i = first - 1
    if i < 0 or doc[first].is_sent_start or doc[i].lower_.rstrip(".") not in lexicon().titles:
        return False
    return not any(e.kind in {"country", "admin1"} for e in lookup(name))


def _owns_a_street(doc: Doc, end: int) -> bool:
    """ "Middletown's New Road": a name owning a street's or building's name is a town."""
    if end + 2 >= len(doc) or doc[end].lower_ not in {"'s", "’s"}:
        return False
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].is_title:
        stop += 1
    return stop - end > 2 and doc[stop - 1].lower_.rstrip(".") in lexicon().sure_features


def _list_head(doc: Doc, first: int, end: int) -> Token | None:
    """The word before the list of names whose later item is tokens [first, end): "in" of
    "stores in Zilina, Nitra and Kosice", "of" of "the villages of Nuli and Avnevi". None
    for a name the sentence goes on with ("in London, Paris said")."""
    if first == 0 or doc[first - 1].lower_ not in {",", "and", "or"}:
        return None
    if doc[first - 1].text == "," and end < len(doc) and doc[end].lower_ not in _LIST_ENDS:
        return None
    i = first - 1
    while i > 0 and first - i < _LIST_REACH:
        tok = doc[i]
        if not (tok.lower_ in {",", "and", "or", "-", "."} or tok.is_title):
            break
        i -= 1
    return doc[i]


def _listed_region(doc: Doc, start: int, end: int) -> str | None:
    """The region word (singular) whose plural closes the list of names [start, end) is in:
    "Douglas and Wyandotte counties", "Clarke, Madison, Oconee and Oglethorpe counties",
    "the Kherson and Zaporizhzhia regions"; not one name's ("Indiana counties" are
    Indiana's)."""
    plurals = lexicon().region_plurals
    listed = start > 0 and doc[start - 1].lower_ in {",", "and", "or", "&"}
    for i in range(end, min(end + _LIST_REACH, len(doc))):
        tok = doc[i]
        if tok.lower_ in plurals:
            return plurals[tok.lower_] if listed or i > end else None
        if not (tok.lower_ in {",", "and", "or", "&"} or (tok.is_title and tok.pos_ == "PROPN")):
            return None
    return None


def _after_place_noun(of: Token) -> bool:
    return of.i > 0 and of.doc[of.i - 1].lower_ in lexicon().place_nouns


def _after_person(doc: Doc, of: int) -> bool:
    """Whether the "of" at token `of` follows a person's name or age, as where they live
    does in local copy: "Jane Roe of Springfield", "Jane Roe, 30, of Springfield"."""
    i = of - 1
    if i >= 3 and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
        i -= 3
    elif i >= 1 and doc[i].text == ",":  # "Jane Roe, of Springfield"
        i -= 1
    return i >= 0 and doc[i].ent_type_ == "PERSON"


def _according_to(doc: Doc, first: int) -> bool:
    return first > 1 and doc[first - 1].lower_ == "to" and doc[first - 2].lower_ == "according"


_PART_OF_REACH = 5  # words between the comma and "of": "on the eastern edge"


def part_of_town_after(doc: Doc, end: int) -> int:
    """The character offset of the town a part of which the name before token `end` is told
    to be, or 0: ", on the eastern edge of Freetown", ", a suburb of Honiara"."""
    if end >= len(doc) or doc[end].text != ",":
        return 0
    for i in range(end + 1, min(end + 2 + _PART_OF_REACH, len(doc) - 1)):
        if doc[i].lower_ == "of":
            part = any(doc[j].lower_ in lexicon().part_of for j in range(end + 1, i))
            return doc[i + 1].idx if part and doc[i + 1].is_title else 0
        if not doc[i].is_lower:
            return 0
    return 0


def _known_place_follows(doc: Doc, end: int) -> bool:
    """Whether ", <a place the gazetteer knows>" follows token `end` ("Snetterton, Norfolk")."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].is_title:
        return False
    if doc[end + 1].ent_type_ == "PERSON":  # "McKinney, Holstein and Roe voted"
        return False
    lex = lexicon()
    if doc[end + 1].lower_.rstrip(".") in lex.titles | lex.styles:  # "the Opposition, Hon. Roe"
        return False
    return any(
        lookup(words_text(doc, end + 1, stop)) and not _dated(doc, stop)
        for stop in range(end + 2, min(end + 4, len(doc)))
    )


def _dated(doc: Doc, stop: int) -> bool:
    """Whether a number follows the words before token `stop`: "Thursday, March 12" is a
    date, not a day of a town called March."""
    return stop < len(doc) and doc[stop].like_num


def _embedded(doc: Doc, start: int, end: int) -> Mention | None:
    """The longest leading name the gazetteer knows in an organisation's name ("Ohio Senate",
    "West Virginia University"), else the one after a direction opening it ("Western
    Pennsylvania Kennel Association")."""
    directed = end - start > 2 and _is_direction(doc[start])
    for stop in range(min(start + 3, end - 1), start + directed, -1):
        if doc[stop].lower_ in lexicon().not_before:
            return None
        leading = words_text(doc, start, stop)
        if stop - start > 1 and doc[stop - 1].lower_ in lexicon().civic and not _a_town(leading):
            continue  # "Dublin City Council": Dublin's council, not the Irish county
        if (
            leading[:1].isupper()
            and all(doc[i].pos_ == "PROPN" for i in range(start, stop))
            and lookup(leading)
        ):  # not "al" of "al-Shabaab"
            m = _mention(doc, start, stop, False, None)
            lex = lexicon()
            rest = {doc[i].lower_.rstrip(".") for i in range(stop, end)}
            local = bool(rest & (lex.institutions | lex.civic | lex.feature_words))
            return dataclasses.replace(m, embedded=True, locative=False, institution=local)
    return _embedded(doc, start + 1, end) if directed else None


def _a_town(name: str) -> bool:
    """Whether the gazetteer knows `name` as a town under that name ("Boulder City")."""
    return any(e.kind == "city" and e.primary for e in lookup(name))


def _embedded_last(doc: Doc, start: int, end: int) -> Mention | None:
    """A country or province closing an organisation's name: "Transport Canada",
    "FrontCounter BC", "Education Minnesota"."""
    for first in (end - 2, end - 1):
        name = words_text(doc, first, end)
        if first <= start or not all(
            doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() for i in range(first, end)
        ):
            continue
        entries = lookup(lexicon().aliases.get(name, name))
        if any(e.kind in {"country", "admin1"} for e in entries):
            m = _mention(doc, first, end, False, None)
            return dataclasses.replace(m, embedded=True, locative=False)
    return None


def _embedded_after_of(doc: Doc, start: int, end: int) -> Mention | None:
    """The place closing an organisation's name after "of": "University of Nebraska",
    "Bank of Canada", "the Arts Center of Cannon County". A town counts too: such a
    body is named after where it stands ("University of Cincinnati")."""
    of = next((i for i in range(end - 2, start, -1) if doc[i].lower_ == "of"), None)
    if of is None:
        return None
    first = of + 1 + (doc[of + 1].lower_ == "the")
    if first >= end or not all(
        doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() for i in range(first, end)
    ):
        return None
    name = words_text(doc, first, end)
    if not lookup(lexicon().aliases.get(name, name)):
        return None
    m = _mention(doc, first, end, False, None)
    return dataclasses.replace(m, embedded=True, locative=False, institution=True)


def _is_direction(token: Token) -> bool:
    return token.lower_ in lexicon().directions and token.pos_ in {"ADJ", "PROPN", "NOUN"}


def mentions(doc: Doc) -> list[Mention]:
    """Every candidate toponym in `doc`, in text order, without overlaps."""
    out = []
    taken = [False] * len(doc)
    for span, written in _special_spans(doc):
        m = _mention(doc, span.start, span.end, False, None)
        if written != span.text:  # "Calif." glued to its dash: "Calif.--"
            end = span.start_char + len(written)
            m = dataclasses.replace(m, name=written, end=end, name_end=end)
        if span.label_ in {"DATELINE", "FILED"}:
            m = dataclasses.replace(m, dateline=True, filed=span.label_ == "FILED")
        else:  # a home state or a route's end is as often abbreviated as one after a comma
            m = dataclasses.replace(m, locative=True, strongly_locative=True, after_comma=True)
        out.append(m)
        for i in range(span.start, span.end):
            taken[i] = True
    for m in _demonym_places(doc):
        if not any(taken[t.i] for t in doc.char_span(m.start, m.end) or ()):
            out.append(m)
            for t in doc.char_span(m.start, m.end) or ():
                taken[t.i] = True
    people = _person_words(doc)
    for ent in entities(doc):
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MAYBE_PLACE_LABELS:
            continue
        start, end = _trim(ent)
        if start >= end or any(taken[start:end]):
            continue
        for first, last in _parts(doc, start, end):
            out.append(_entity_mention(doc, first, last, ent.label_, people))
        for i in range(ent.start, ent.end):
            taken[i] = True
    free = 0  # runs of proper nouns outside any entity: "Kyiv's", "Kursk region"
    for i in _capitalised_outside_entities(doc):
        tok = doc[i]
        if (
            i < free
            or taken[i]
            or not (
                _capitalised_noun(tok)
                or _civic_head(doc, i)
                or _located_word(doc, i)
                or _country_word(tok)
            )
        ):
            continue
        if tok.lower_ in lexicon().locative and i + 1 < len(doc) and doc[i + 1].is_title:
            continue  # "Near Timbuktu, ..." opening a sentence: the preposition is no name
        j = i + 1
        while (
            _capitalised_noun(tok)
            and j < len(doc)
            and j - i < 3
            and not doc[j].ent_type_
            and _capitalised_noun(doc[j])
        ):
            j += 1
        m = _mention(doc, i, j, False, None)
        if j - i == 1 and ((m.name in people and not m.civic) or _acts(tok)):
            m = dataclasses.replace(m, person=True)
        elif j - i > 1:
            m = dataclasses.replace(m, fallback=_embedded(doc, i, j))
        out.append(m)
        free = j
    out.sort(key=lambda m: m.start)
    return [
        m for m in _joined(doc, out)
        if not _names_a_brand(doc, m) and not _names_an_era(doc, m) and not _names_a_people(doc, m)
        and not _names_a_body(m)
    ]


def _joined(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Neighbouring pieces the tagger cut out of one name the gazetteer knows whole, joined
    by lower-case words or hyphens ("Sistan and Baluchestan", "Valle del Cauca",
    "Caister-on-Sea", "Dera Ismail Khan"): the whole name, as one mention."""
    text = doc_text(doc)
    out: list[Mention] = []
    i = 0
    while i < len(found):
        m = found[i]
        if i + 1 < len(found):
            whole = _whole(doc, text, m, found[i + 1])
            if whole is not None:
                out.append(whole)
                i += 2
                continue
        out.append(_with_elided_tail(doc, text, m) or _with_possessive_tail(doc, text, m) or m)
        i += 1
    return out


def _with_possessive_tail(doc: Doc, text: str, m: Mention) -> Mention | None:
    """`m` with the "'s" after it when the gazetteer knows the whole by its own name
    written so ("St John's", "St. George's", "Saint John’s"): the finder cuts a possessive
    off its owner, leaving a saint's namesake elsewhere ("Saint John", Indiana)."""
    if not m.possessive or m.direction or m.end != m.name_end:
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].idx != m.end:
        return None
    name = text[m.start : m.end + len(doc[span.end].text)]
    if not any(e.primary and _OWN_POSSESSIVE.search(e.name) for e in lookup(name)):
        return None
    whole = _mention(doc, span.start, span.end + 1, m.tagged, m.label)
    return dataclasses.replace(whole, name=name, possessive=False)


def _with_elided_tail(doc: Doc, text: str, m: Mention) -> Mention | None:
    """`m` with the word after it when that word opens with an elided particle and the
    whole is a place the gazetteer knows by its own name ("Côte d’Ivoire",
    "Val-d'Oise"): the finder and the tagger cut such a name at its lower-case particle,
    leaving a first word that means a town elsewhere ("Val", Hungary) or nothing."""
    if m.direction or m.dateline or m.end != m.name_end:
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    at = span.end
    if at < len(doc) and doc[at].text in _HYPHENS and doc[at].idx == m.end:
        at += 1  # "Val-d'Oise": the hyphen a token of its own
    if at >= len(doc) or not _ELIDED.match(doc[at].text):
        return None
    gap = text[m.end : doc[at].idx]
    if gap not in {" ", *_HYPHENS}:
        return None
    name = text[m.start : doc[at].idx + len(doc[at].text)]
    if not any(e.primary or e.kind in {"country", "admin1"} for e in lookup(name)):
        return None
    whole = _mention(doc, span.start, at + 1, m.tagged, m.label)
    return dataclasses.replace(whole, name=name) if whole.name != name else whole


def _whole(doc: Doc, text: str, a: Mention, b: Mention) -> Mention | None:
    """`a` and `b` as one mention when what lies between them is at most two lower-case
    words or hyphens and the words together are a gazetteer place's own name or a region's."""
    if a.direction or b.direction or a.dateline or b.dateline or a.end != a.name_end:
        return None
    gap = text[a.end : b.start]
    words = gap.replace("-", " ").split()
    if len(gap) > 8 or len(words) > 2 or not all(w.islower() and w.isalpha() for w in words):
        return None
    if not words and "-" not in gap and gap.strip():
        return None
    name = text[a.start : b.name_end]
    words = name.split()
    if words[-1].lower() in lexicon().region_words:  # "Sistan and Baluchestan province"
        words = words[:-1]
    if not any(e.primary or e.kind in {"country", "admin1"} for e in lookup(" ".join(words))):
        return None
    span = doc.char_span(a.start, b.name_end, alignment_mode="expand")
    if span is None:
        return None
    tagged = a.tagged or b.tagged
    m = _mention(doc, span.start, span.end, tagged, a.label if a.tagged else b.label)
    return dataclasses.replace(m, name=name) if m.name != name else m


def _names_an_era(doc: Doc, m: Mention) -> bool:
    """ "500 BC": an era, not British Columbia."""
    before = doc_text(doc)[max(0, m.start - 12) : m.start].split()
    return m.name in lexicon().eras and bool(before) and before[-1].isdigit()


def _names_a_people(doc: Doc, m: Mention) -> bool:
    """ "the Adena people", "Adena Culture", "Mayan Revival style": a people or a style named
    after a place, when the tagger does not call the name a place."""
    after = doc_text(doc)[m.end : m.end + 12].split()
    return not m.tagged and bool(after) and after[0].lower() in lexicon().people_words


def _names_a_body(m: Mention) -> bool:
    """A name the actor registry knows, exactly as written, for an organisation, an armed
    group or an outlet ("UN officials", "NATO said"): no town of that name ("Un", India) is
    meant."""
    found = registry().lookup(m.name)
    bodies = lexicon().body_types
    return found is not None and found.type in bodies and m.name in (found.name, *found.aliases)


def _names_a_brand(doc: Doc, m: Mention) -> bool:
    """ "a Milwaukee brand drill", "the Hoover label": a maker named after a town."""
    after = doc_text(doc)[m.end : m.end + 12].split()
    return bool(after) and after[0].lower() in lexicon().brand_words


def _entity_mention(doc: Doc, start: int, end: int, label: str, people: frozenset[str]) -> Mention:
    m = _mention(doc, start, end, label in PLACE_LABELS, label)
    if end - start > 1:
        inner = _embedded_after_of(doc, start, end) if label == "ORG" else None
        inner = inner or _embedded(doc, start, end)
        if inner is None and label == "ORG":
            inner = _embedded_last(doc, start, end)
        if label in {"PERSON", "NORP"} and inner is not None and not inner.civic:
            inner = None  # "Jordan Peterson", but "Monroe Mayor Jane Roe"
        return dataclasses.replace(m, fallback=inner)
    if (
        m.name in people
        and not m.civic
        and not m.after_comma
        and not (m.strongly_locative and doc[start - 1].lower_ != "to")
    ):  # "said to Roe"
        return dataclasses.replace(m, person=True)
    if _acts(doc[start]):  # "As the story goes, Burbank talked to a cactus"
        return dataclasses.replace(m, person=True)
    if label in {"PERSON", "ORG"} and not m.strongly_locative and _speaks(doc, end, m.name):
        return dataclasses.replace(m, person=True)  # "McKinney said", "Colton, who died"
    return m


def _speaks(doc: Doc, end: int, name: str) -> bool:
    """Whether the words after token `end` make `name` before them a person's: not a
    country's, a region's or a big town's, which speak for their governments ("Jordan said")."""
    if end >= len(doc) or _speaks_for_government(name):
        return False
    if doc[end].text == ",":
        return end + 1 < len(doc) and doc[end + 1].lower_ == "who"
    return doc[end].lemma_ in {"say", "tell"} or doc[end].lower_ == "who"


def _parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """An entity the tagger ran over a comma, a preposition or a town's possessive, cut
    into its names: "Thruxton, Hampshire" is two places, "Middletown's New Road" a town and
    its street, "The George in Twickenham" a pub and a town (only the town is proposed). A
    name the gazetteer knows whole stays whole."""
    if lookup(words_text(doc, start, end)):
        return [(start, end)]
    cuts = [
        i
        for i in range(start, end)
        if doc[i].text in _CUT_AT
        or doc[i].lower_ in _SPLIT_AT
        or (i > start and _owns_a_street(doc, i))
    ]
    located = any(doc[c].lower_ in _SPLIT_AT for c in cuts)
    joins = sorted([*cuts, *_joins(doc, start, end)])
    joined = _pieces(doc, start, end, joins)
    if (
        not located
        and 1 < len(joined) == len(joins) + 1
        and all(lookup(words_text(doc, a, b)) for a, b in joined)
    ):
        return joined  # "Abbotsford and Chilliwack": two known places, not "Procter and Gamble"
    if not cuts:
        return [(start, end)]
    parts = _pieces(doc, start, end, cuts)
    if located:
        return parts[-1:]  # "The George in Twickenham": the pub is no toponym
    return parts


def _joins(doc: Doc, start: int, end: int) -> list[int]:
    """The words joining two names inside one entity: "and", a dash ("Gusau–Sokoto")."""
    return [
        i for i in range(start + 1, end - 1) if doc[i].lower_ == "and" or doc[i].text in _DASHES
    ]


def _pieces(doc: Doc, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Tokens [start, end) cut at `cuts`, keeping the capitalised pieces."""
    parts, first = [], start
    for cut in [*cuts, end]:
        if first < cut and doc[first].is_title:
            parts.append((first, cut))  # a possessive stays with its owner: "Middletown's"
        first = cut + 1
    return parts


def sure_dateline(text: str, dateline: Dateline) -> bool:
    """Whether a dateline says it is one whatever its place: its agency in brackets, a
    date after its place ("MUTSHATSHA, 5 March 2026 (Radio Okapi) -") or its country or
    state ("JAJARKOT, Nepal —"), so a town the gazetteer lacks there is still where the
    story was filed, not a heading's words."""
    if dateline.colon:
        return False
    after = text[dateline.place[1] : dateline.span[1]]
    region = text[slice(*dateline.region)] if dateline.region else ""
    placed = any(e.kind in {"country", "admin1"} for e in lookup(region)) if region else False
    return dateline.agency is not None or any(c.isdigit() for c in after) or placed


def _special_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Datelines, legislators' home towns and the ends of a route ("the Gusau–Sokoto
    highway"), which the tagger rarely calls places, each with its name as written (a token
    may run on past it)."""
    spans = []
    text = doc_text(doc)
    for dateline in datelines(text):
        label = "FILED" if sure_dateline(text, dateline) else "DATELINE"
        span = doc.char_span(*dateline.place, label=label, alignment_mode="contract")
        if span is None or not len(span) or not (lookup(span.text) or label == "FILED"):
            continue
        spans.append((span, span.text))
        if dateline.region is None:
            continue
        state = text[slice(*dateline.region)]  # "Calif." of "FREMONT, Calif. --"
        where = doc.char_span(*dateline.region, label="HOME", alignment_mode="expand")
        if where is not None and where.start_char == dateline.region[0] and lookup(state):
            spans.append((where, state))
    spans += [(Span(doc, i, i + 1, label="ROUTE"), doc[i].text) for i in _route_ends(doc)]
    for i in tokens_among(doc, lexicon().parties, "orth"):
        tok = doc[i]
        if i < len(doc) - 2 and doc[i + 1].text == "-" and doc[i + 2].is_title:
            end = tok.i + 3
            while (
                end < len(doc) and end - tok.i < 5 and (doc[end].is_title or doc[end].text == ".")
            ):
                end += 1
            while end > tok.i + 3 and not lookup(words_text(doc, tok.i + 2, end)):
                end -= 1
            if lookup(words_text(doc, tok.i + 2, end)):
                home = Span(doc, tok.i + 2, end, label="HOME")
                spans.append((home, home.text))
    return spans


@cache
def _demonyms() -> dict[str, str]:
    """Adjectives of nationality and the country each names ("Greek" -> "Greece")."""
    text = (resources.files("wiredesk") / "data" / "demonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {r[0]: r[1] for r in rows if len(r) == 4 and r[3] == "adjective"}


@cache
def demonym_words() -> frozenset[str]:
    """Every adjective of nationality the demonym list holds."""
    return frozenset(_demonyms())


def _demonym_places(doc: Doc) -> list[Mention]:
    """An adjective of nationality names its country: "the Greek islands", "a Georgian
    town" and "Georgian-held villages" locate a place; "Georgian troops" says whose they
    are (flagged `demonym`). Not a word inside a longer name ("the British Museum")."""
    nouns, out = lexicon().demonym_nouns, []
    for i in tokens_among(doc, _demonyms(), "orth"):
        tok = doc[i]
        if i == len(doc) - 1 or _inside_name(tok) or _bare_subject_of_person_verb(tok):
            continue  # "French said": a person named French
        country = _demonyms()[tok.text]
        nxt = doc[tok.i + 1]
        held = nxt.text == "-" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in nouns
        end = tok.idx + len(tok)
        m = Mention(tok.idx, end, end, country, frozenset({"country"}), None, True, "NORP")
        out.append(m if nxt.lower_ in nouns or held else dataclasses.replace(m, demonym=True))
    return out


def _inside_name(tok: Token) -> bool:
    """A person's name, a word of a longer place's name or a language: "Finn",
    "Russian Federation", "French Quarter", "taught in French" (an organisation's stays:
    "the Georgian Foreign Ministry"; so does a title: "Georgian President")."""
    if tok.ent_type_ == "PERSON":
        return True
    doc, lex = tok.doc, lexicon()
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.ent_type_ in PLACE_LABELS and (
        tok.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")
    ):
        return True  # "in British Columbia": a place's word before the language test
    if tok.i > 0 and doc[tok.i - 1].lower_ in lex.language_before:
        return after is None or after.pos_ not in {"NOUN", "PROPN"}
    if tok.ent_type_ in PLACE_LABELS:
        return False
    if after is None or tok.ent_type_ == "ORG" or after.text in _demonyms():
        return False
    return after.is_title and after.lower_ not in lex.titles


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of every full person name in `doc`: a later "Taylor" is that person.

    Not a word the tagger also calls a place on its own elsewhere ("Rethinking Egypt"),
    unless a person's verb has it as its subject (`acting_people`).
    """
    places = {ent.text for ent in entities(doc) if ent.label_ in PLACE_LABELS and len(ent) == 1}
    return acting_people(doc) | frozenset(
        t.text
        for ent in entities(doc)
        if ent.label_ == "PERSON" and len(ent) > 1 and all(t.text[:1].isupper() for t in ent)
        for t in ent
        if t.is_title and t.text not in places
    )


def acting_people(doc: Doc) -> frozenset[str]:
    """The names a person's verb has as its subject anywhere in `doc` ("Noma said", "said
    Noma", "Holloway believes"), whatever the tagger calls them: the same name elsewhere in
    the story is that person too, unless it is a country's, a region's or a big town's,
    which speak for their governments ("Jordan said")."""
    found = set()
    for i in tokens_among(doc, lexicon().person_verbs, "lemma"):
        for child in kids_of(doc[i]):
            if (
                child.dep_ == "nsubj"
                and child.pos_ == "PROPN"
                and child.is_title
                and child.is_alpha
                and not _speaks_for_government(child.text)
            ):
                found.add(child.text)
    return frozenset(found) - _written_as_places(doc, found)


def _written_as_places(doc: Doc, names: set[str]) -> set[str]:
    """The names the story also writes where a place goes ("moved to Gainesville"): a town
    that "says no" there speaks for its people."""
    strong = lexicon().strong_locative
    return {
        doc[i].text
        for i in tokens_among(doc, names, "orth")
        if i > 0
        and doc[i - 1].lower_ in strong
        and not _according_to(doc, i)
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in _POSSESSIVES)
    }


def _bare_subject_of_person_verb(tok: Token) -> bool:
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in lexicon().person_verbs
        and not any(c.dep_ == "det" for c in kids_of(tok))
    )


def _acts(tok: Token) -> bool:
    """Whether a one-word name is the bare subject of a person's verb and no government's."""
    return _bare_subject_of_person_verb(tok) and not _speaks_for_government(tok.text)


def _speaks_for_government(name: str) -> bool:
    return any(
        e.kind in {"country", "admin1"} or e.population >= _SPEAKING_TOWN for e in lookup(name)
    )


def _civic_head(doc: Doc, i: int) -> bool:
    """A capitalised word the tagger took for a common one, before a town's own word:
    "Grovetown police" opening a sentence, "a vulnerable Hounslow resident"."""
    tok = doc[i]
    return (
        i + 1 < len(doc)
        and tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and doc[i + 1].lower_ in lexicon().civic
        and tok.lower_ not in lexicon().never_untagged
    )


def _located_word(doc: Doc, i: int) -> bool:
    """A capitalised word the tagger took for an adjective where a town is written: "in
    Hounslow" or "Jane Roe, of Hounslow" mid-sentence."""
    tok, lex = doc[i], lexicon()
    if i == 0 or tok.is_sent_start or not tok.is_title or not tok.is_alpha or tok.is_stop:
        return False
    before = doc[i - 1].lower_
    located = before in lex.strong_locative or (before == "of" and _after_person(doc, i - 1))
    return located and tok.lower_ not in lex.never_untagged


def _route_ends(doc: Doc) -> list[int]:
    """The towns at both ends of a road or line named by the towns it joins, whatever the
    tagger calls them: "the Gusau–Sokoto highway", "the Chisinau-Ungheni railway". Only the
    dashes are visited: a scan of every token costs more than the rest of the finder."""
    ends: list[int] = []
    for dash in tokens_among(doc, _DASHES, "orth"):
        if not 1 <= dash < len(doc) - 2 or doc[dash + 2].lower_ not in lexicon().route_words:
            continue
        first, second = doc[dash - 1], doc[dash + 1]
        if all(t.is_title and t.is_alpha and lookup(t.text) for t in (first, second)):
            ends += [first.i, second.i]
    return ends


def _capitalised_outside_entities(doc: Doc) -> list[int]:
    """The tokens outside any entity that open with a capital: every untagged name starts
    with one, and reading only these from spaCy's arrays spares a Token a word."""
    text = doc_text(doc)
    outside = np.flatnonzero(doc.to_array(ENT_TYPE) == 0)
    starts = doc.to_array(IDX)[outside].tolist()
    return [i for i, at in zip(outside.tolist(), starts, strict=True) if text[at].isupper()]


def _country_word(tok: Token) -> bool:
    """A country's own name whatever part of speech the tagger gives it: a headline's
    "Chad: ..." or "Mozambique: ..." is read as a verb or a common noun."""
    return (
        tok.is_title
        and tok.is_alpha
        and any(e.kind == "country" and e.primary for e in lookup(tok.text))
    )


def _capitalised_noun(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha
