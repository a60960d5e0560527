"""Figures layer: how many, of what, whose, said by whom and when.

A number found in the characters (`_numbers`) is read with its qualifier and unit
(`_reading`), then the parse says what it counts: the noun it quantifies ("10,000
troops"), the participle after it ("500 killed"), the noun it is "of" ("casualties of about
1,000"), or the total it restates. A verb refines a plain noun ("sent 10,000 troops" ->
troops_deployed). Numbers that count nothing in particular are kept only when the text
insists on them (digits, a qualifier), so "the two leaders" is not a figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.numbers._counts import with_counts
from wiredesk.extract.numbers._days import SENTENCE_ENDS, clause_day, subjectless_clause
from wiredesk.extract.numbers._lists import comma_parts, frames
from wiredesk.extract.numbers._parse import Number, find_numbers, lexicon, revised_from
from wiredesk.extract.numbers._provenance import is_aim, nested_teller, provenance
from wiredesk.extract.numbers._reading import Reading, is_name_or_date, rate_at, read
from wiredesk.extract.numbers._table import Row, table_rows
from wiredesk.extract.numbers._whose import capital, demonym, group_name, name_of, owner
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of, words_over
from wiredesk.records import Figure

EXTRACTOR = "figures.v1"


@dataclass(slots=True)
class _Found:
    """What the parse says a number counts."""

    category: str | None = None
    noun: Token | None = None
    end: int | None = None
    known: bool = False
    why: str = ""


@dataclass(frozen=True, slots=True)
class _Made:
    """A figure, the noun it counts, and how sure the parse is of what it counts."""

    figure: Figure
    noun: Token | None
    known: bool
    weak: bool = False  # a bare number: kept only where a list around it says what it counts


@stage("figures", layer="figures", requires=("attributions",))
def find_figures(doc: Doc, ctx: Context) -> tuple[Figure, ...]:
    """Every figure in `doc`: numbers with what they count."""
    text = doc_text(doc)
    taken = [(*t.span, t.type == "date") for t in ctx.times]
    out: list[_Made] = []
    covered = -1
    rows = table_rows(text) if "\n" in text else []
    for number in find_numbers(text):
        if number.start < covered:
            continue
        row = next((r for r in rows if r.label[1] < number.start < _row_end(r)), None)
        made = _row_figure(doc, ctx, number, row) if row is not None else _acts(doc, ctx, number)
        if made is None and not is_name_or_date(text, number):
            made = _figure(doc, ctx, number, taken)
        if made is not None and not _counts_speakers(ctx, made):
            out.append(made)
            covered = made.figure.span[1]
    told = provenance(doc, ctx, _share_nouns(doc, _tolls(doc, _elliptical(doc, _restated(out)))))
    told = comma_parts(doc, _local_money(ctx, told))
    return tuple(with_counts(text, told))


def _counts_speakers(ctx: Context, made: _Made) -> bool:
    """A number in the words that name who speaks counts sources, not the harm they tell of
    ("..., killing 12 people, a nurse and two traders told the agency", however the parse
    hung the traders); a noun that is itself a harm still counts it ("three wounded soldiers
    told reporters")."""
    lo, hi = made.figure.span
    lex = lexicon()
    if made.figure.category not in lex["harm"]["categories"]:
        return False  # "The crew of 22 reported ...": a count all the same
    if made.noun is not None:
        words = [made.noun, *(t for t in made.noun.lefts if t.dep_ in ("amod", "compound"))]
        harms = (lex["verbs"].get(t.lemma_.lower()) or lex["nouns"].get(t.lower_) for t in words)
        if any(h in lex["harm"]["categories"] for h in harms):
            return False
    if any(a.content.span[0] <= lo and hi <= a.content.span[1] for a in ctx.attributions):
        return False  # what some source says, whatever words another one is named by
    return any(
        a.speaker.mention is not None
        and a.speaker.mention.span[0] <= lo
        and hi <= a.speaker.mention.span[1]
        for a in ctx.attributions
    )


def _local_money(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """Money named by a name several countries use ("200 million pesos") in the code of the
    country most of the story's places lie in (data/figures.toml [shared_currencies])."""
    shared = lexicon()["shared_currencies"]
    if not any(f.unit in shared for f in figures):
        return figures
    counts = Counter(p.country for p in ctx.places if p.country and not p.demonym)
    country = counts.most_common(1)[0][0] if counts else None
    out = []
    for fig in figures:
        codes = shared.get(fig.unit or "")
        code = codes.get(country or "", codes.get("default")) if codes else None
        out.append(replace(fig, unit=code) if code else fig)
    return out


def _figure(
    doc: Doc, ctx: Context, number: Number, taken: list[tuple[int, int, bool]]
) -> _Made | None:
    reading = read(doc_text(doc), number)
    head = _head_token(doc, number)
    ranked = number.ordinal and head is not None and not _one_more(head)
    if ranked:  # "A third young man has died": the toll is now three
        rank, head = _running_toll(doc, number)
        number = replace(number, value=float(rank))
    if head is None or (ranked and not number.value):
        return None  # "for a third time", "a second attack": an order, not a count
    revised = head.head.i == head.i + 2 and head.head.like_num \
        and revised_from(doc_text(doc), number.start) != 0  # not "from 0.7 per cent"
    if revised:  # "rose from 12 to 15 (dollars)": the parse joins a revision like a range;
        head = head.head  # the old value counts, and is measured in, what the new one is
        new = read(doc_text(doc), Number(head.idx, head.idx + len(head), number.value))
        reading = replace(reading, unit=new.unit, unit_category=new.unit_category)
    found = _category(doc, head, reading)
    keep = _worth_keeping(doc, head, number, reading, found, taken)
    if keep is False:
        return None
    if found.end and not reading.rate:
        rate, rate_end = rate_at(doc_text(doc), found.end)
        if rate:
            reading = replace(reading, rate=rate, end=max(reading.end, rate_end))
    category = found.category or "count"
    if ranked and category not in lexicon()["number_words"]["ordinal_tolls"]:
        return None
    either = category in _EITHER_OF and _killed_or_wounded(doc, head, reading, found.end)
    if either:
        category, found.why = "casualties", found.why + ", killed or wounded"
    unit = reading.unit
    if reading.rate:
        category, unit = f"{category}_{reading.rate}", reading.rate
    end = reading.end if revised else max(reading.end, found.end or 0)
    span = (reading.start, end)
    explanation = "; ".join(x for x in (found.why, _unit_note(reading, number.value)) if x)
    attribution = _attribution(doc, ctx, span)
    figure = _new_figure(
        doc, ctx, span, number, reading, category, unit,
        about=None
        if category in MEASURES
        else _whose(ctx, head, found.noun, category, attribution),
        attribution=attribution,
        # a toll an ordinal brings to its rank counts the dead since what happened, not of
        # the day its clause names ("a third body had been found on Wednesday"): provenance
        # dates it as a running count
        date=None if ranked else clause_day(doc, ctx, head),
        explanation=explanation,
        alt_value=reading.alt[0] if reading.alt else None,
        alt_unit=reading.alt[1] if reading.alt else None,
        total=reading.total or either or _is_total_noun(found),
        part=keep is None and number.spelled and number.value == 1 and _one_listed(head),
    )  # "one at the scene and one on the way to hospital": parts of a toll, no tolls
    return _Made(figure, found.noun, found.known or either, weak=keep is None and not either)


_EITHER_OF = ("killed", "wounded", "people", "troops", "count")


def _new_figure(
    doc: Doc, ctx: Context, span: tuple[int, int], number: Number, reading: Reading,
    category: str, unit: str | None, **more: Any,
) -> Figure:
    """A figure at `span`, with what every maker fills in alike; `more` holds the rest."""
    return Figure(
        article_id=ctx.article_id,
        text=doc_text(doc)[span[0] : span[1]],
        span=span,
        value=number.value,
        category=category,
        qualifier=reading.qualifier,
        unit=unit,
        extractor=EXTRACTOR,
        **more,
    )


@cache
def _either() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "killed or wounded" right before a number's phrase, or after it before any other."""
    words = "|".join(re.escape(w) for w in lexicon()["harm"]["either"])
    pair = rf"\b(?:{words})\s+(?:or|and|and/or)\s+(?:{words})\b"
    before = re.compile(rf"{pair}[^\d.;:,\n]{{0,12}}$", re.I)
    return before, re.compile(rf"^[^\d.;:\n]{{0,50}}?{pair}", re.I)


def _killed_or_wounded(doc: Doc, head: Token, reading: Reading, noun_end: int | None) -> bool:
    """A count of those "killed or wounded" is a total of casualties: "27 soldiers have been
    killed or wounded: 9 killed and 17 wounded"; "killed or injured more than 300"."""
    before, after = _either()
    sent = head.sent
    text = doc_text(doc)
    return bool(
        before.search(text, max(sent.start_char, reading.start - 60), reading.start)
        or after.search(
            text[(end := max(reading.end, noun_end or 0)) : min(sent.end_char, end + 80)]
        )
    )


def _row_end(row: Row) -> int:
    return (row.added or row.total)[1]


def _row_figure(doc: Doc, ctx: Context, number: Number, row: Row) -> _Made | None:
    """A losses table's total or daily increment: "tanks - 11,182 (+12)"."""
    reading = read(doc_text(doc), number)
    label = words_over(doc, *row.label)
    nouns = [t for t in label or () if t.pos_ in ("NOUN", "PROPN")]
    category = next((c for t in nouns if (c := _noun_category(t))), None) or "count"
    if category in ("troops", "people"):
        category = "casualties"  # "personnel - about 1,087,930": the people a side lost
    start, unit = reading.start, None
    if row.added is not None and row.added[0] <= number.start:
        start, unit, category = row.added[0], "per_day", f"{category}_per_day"
    side = next((d for w in row.owner_words if (d := demonym(w))), None)
    span = (start, number.end)
    figure = _new_figure(
        doc, ctx, span, number, reading, category, unit,
        about=side,
        attribution=_attribution(doc, ctx, span),
        explanation=f"losses table row {doc_text(doc)[row.label[0] : row.label[1]]!r}"
        + (", added over the last day" if unit else ""),
    )
    return _Made(figure, None, True)


TIMES = re.compile(r"^\s+times?\b", re.I)  # "66 times in Iraq ... and one time in Jordan"


def _acts(doc: Doc, ctx: Context, number: Number) -> _Made | None:
    """ "attacked 52 times", "attacked at least 170 times: 66 times in Iraq": attacks counted
    by how often a violent verb happened."""
    times = TIMES.match(doc_text(doc)[number.end : number.end + 8])
    if times is None:
        return None
    head = _head_token(doc, number)
    if head is None:
        return None
    verbs = lexicon()["acts"]["verbs"]
    violent = any(t.lemma_.lower() in verbs for t in [head, *list(head.ancestors)[:4]])
    if not violent and not _how_often(head):
        return None
    reading = read(doc_text(doc), number)
    span = (reading.start, number.end + len(times.group(0)))
    figure = Figure(
        article_id=ctx.article_id,
        text=doc_text(doc)[span[0] : span[1]],
        span=span,
        value=number.value,
        category="attacks" if violent else "count",
        qualifier=reading.qualifier,
        about=_about(head, None, None, True),
        attribution=_attribution(doc, ctx, span),
        date=clause_day(doc, ctx, head),
        extractor=EXTRACTOR,
        explanation="how many times a violent act happened" if violent
        else "how many times something happened",
        total=reading.total,
    )
    return _Made(figure, None, True)


def _how_often(head: Token) -> bool:
    """True for "N times" hung on a verb as how often it happened ("drivers walked out 11
    times", "a video shared more than 30,000 times"); not a multiple ("four times as many
    people", "three times more", "five times the size")."""
    times = head.head
    if times == head or times.dep_ != "npadvmod" or times.head.pos_ != "VERB":
        return False
    nxt = head.doc[times.i + 1] if times.i + 1 < len(head.doc) else None
    return nxt is None or not (nxt.tag_ in ("JJR", "RBR", "DT", "PDT")
                               or (nxt.dep_ == "advmod" and nxt.head.pos_ == "ADJ"))


def _head_token(doc: Doc, number: Number) -> Token | None:
    span = words_over(doc, number.start, number.end)
    if span is None or not len(span):
        return None
    inside = [t for t in span if not t.is_punct]
    for t in inside:
        if not (span.start <= t.head.i < span.end) or t.head == t:
            return t
    return inside[-1] if inside else None


def _noun_key(noun: Token) -> list[str]:
    """Lexicon keys for a noun, most specific first: "detention facility", "facility"."""
    mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ != "NUM"]
    if noun.i and noun.head.i == noun.i - 1 and noun.head.tag_ == "VBG":
        mods.append(noun.head)  # "hunting guns" the parse took for a verb and its object
    lemma = noun.lemma_.lower()
    keys = [f"{w} {lemma}" for m in reversed(mods) for w in (m.lemma_.lower(), m.lower_)]
    keys += [noun.lemma_.lower(), noun.lower_]
    for child in noun.rights:  # "prisoners of war", "rounds of (artillery) ammunition"
        if child.lower_ == "of":
            keys.insert(0, f"{noun.lemma_.lower()} of {' '.join(t.lower_ for t in child.rights)}")
            obj = next((t for t in kids_of(child) if t.dep_ == "pobj"), None)
            if obj is not None:
                keys.insert(1, f"{noun.lemma_.lower()} of {obj.lemma_.lower()}")
    return keys


def _noun_category(noun: Token) -> str | None:
    nouns = lexicon()["nouns"]
    return next((nouns[k] for k in _noun_key(noun) if k in nouns), None)


def _category(doc: Doc, head: Token, reading: Reading) -> _Found:
    lex = lexicon()
    if reading.unit_category:
        return _Found(reading.unit_category, None, None, True, f"unit {reading.unit}")
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ == "of"
        and nxt.i + 2 < len(doc)
        and doc[nxt.i + 1].lower_ in ("them", "whom", "those")
    ):
        nxt = doc[nxt.i + 2]  # "34 of them dead", "3 of them seriously"
    if nxt is not None and nxt.tag_ in ("RB", "RBR") and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]  # "62,000 newly displaced", "five seriously injured", "three more"
    if nxt is not None and nxt.tag_ in ("VBN", "VBG", "JJ", "VBD"):
        cat = lex["verbs"].get(nxt.lemma_.lower()) or lex["nouns"].get(nxt.lower_)
        if cat not in lex["harm"]["categories"] and nxt.dep_ == "amod" and nxt.tag_ == "JJ" \
                and nxt.head.i > nxt.i and nxt.head.pos_ in ("NOUN", "PROPN"):
            cat = None  # "more than 100 militant targets": the noun counted is the targets
        if cat and nxt.lemma_.lower() not in ("send", "launch", "fire", "deploy"):
            end = nxt.idx + len(nxt)
            tail = doc_text(doc)[end : end + 10]
            if tail.lower().startswith(" in action"):
                end += len(" in action")
            return _Found(cat, None, end, True, f"participle {nxt.text!r}")
    noun = _quantified_noun(head) or _noun_after_brackets(doc, reading)
    found = _Found()
    gov = (
        _of_governor(head)
        or _at_governor(head)
        or _numbering(head)
        or _total_word(doc, reading, head)
        or _total_restated(head)
    )
    if noun is not None:
        found.noun, found.end = noun, noun.idx + len(noun)
        found.category = _noun_category(noun) or _people(noun)
        if found.category in (None, "people") and (total := _at_governor(noun)) is not None:
            found.category = (
                _counted_of(total) or found.category
            )  # "number of displaced at 150 people"
        if (harmed := _harm_of(noun, found.category) or _object_phrase(noun)) is not None:
            found.category = harmed  # "the killing of at least 31 civilians"
        found.known = found.category is not None
        found.why = f"counts {noun.text!r}"
        harmed = _participle_after(noun)
        counted = lex["counted"]
        if found.category in counted["statuses"] and harmed in counted["held"]:
            harmed = None  # "23 hostages held by the gang": held as hostages are
        if harmed is None and found.category in (None, *counted["generic"], *counted["statuses"]) \
                and not _state(noun.head, noun):  # "brought in dead, two of them with burns"
            harmed = _phrase_after(noun)  # a harm noun's own wins: "five bodies taken to hospital"
        if harmed is None and found.category in (None, *counted["generic"]):
            harmed = _relative_harm(noun)  # "Seven people who were wounded in the blast"
        people = found.category is None or found.category in lex["actors"]["people_categories"]
        if harmed in lex["harm"]["people_only"] and not people:
            harmed = None  # "a convoy of 18 trucks crossed": things are not displaced
        if harmed is not None:
            found.category, found.known = harmed, True  # "41 civilians killed"
            found.why += f", {harmed}"
    elif gov is not None:
        found.category = _noun_category(gov) or _counted_of(gov)
        if gov.lemma_.lower() in lex["totals"]["nouns"] and found.category in (None, "casualties"):
            subject = _copula_subject(gov)
            found.category = _noun_category(subject) if subject is not None else found.category
            gov = subject or gov
        found.noun, found.known = gov, found.category is not None
        found.why = f"{gov.text!r} of it"
    generic = (None, *lex["counted"]["generic"])
    if found.category in generic and (label := _label_before(doc, reading)):
        found.category, found.known, found.why = label, True, "the label before it"
        return found  # "Deaths: 14", "- Displaced: about 4,000 people": a line names its count
    found = _refine(head, found)
    if found.category is None and noun is None and (head.pos_ == "NUM" or head.like_num) \
            and (harmed := _phrase_after(head)) is not None:
        found.category, found.known = harmed, True  # "nine of them with bullet wounds"
        found.why = f"a phrase after it, {harmed}"
    return found


def _next_item(head: Token, noun: Token) -> bool:
    """True when a noun stands on a list's next item ("- Arrests: 112\n- Displaced: ..."), a
    line of its own that a mark opens, which the parse ran together with the number's line."""
    between = doc_text(head.doc)[head.idx : noun.idx]
    return "\n" in between and between.rsplit("\n", 1)[1].strip()[:1] in _ITEM_MARKS


_ITEM_MARKS = ("-", "•", "*", "–")


def _label_before(doc: Doc, reading: Reading) -> str | None:
    """The kind a label names right before a colon and a number ("Deaths: 14", "Injured: 230
    (including 31 police officers)", "hurt: 40"), as situation reports and live blogs list
    counts: a word of the lexicon's kinds ([nouns], [verbs]) opening its line or its item."""
    text = doc_text(doc)
    before = text[max(0, reading.start - 40) : reading.start]
    m = _LABEL.search(before)
    if m is None:
        return None
    span = words_over(doc, reading.start - len(before) + m.start(1),
                      reading.start - len(before) + m.end(1))
    word = span[-1] if span is not None and len(span) else None
    if word is None:
        return None
    lex = lexicon()
    forms = (word.lower_, word.lemma_.lower(), word.lower_[:-1] if word.lower_.endswith("s")
             else word.lower_)  # "Arrests:", which the tagger takes for a name
    found = next((lex["nouns"][f] for f in forms if f in lex["nouns"]), None) \
        or next((lex["verbs"][f] for f in forms if f in lex["verbs"]), None)
    return str(found) if found in lex["harm"]["categories"] or found == "casualties" else None


_LABEL = re.compile(r"(?:^|[\n;.—–(]|\s-)\s*(?:[-•*]\s*)?([A-Za-z]+):\s*$")


def _quantified_noun(head: Token) -> Token | None:
    """The noun a number quantifies: "10,000 [troops]", "hundreds of [people]"."""
    vague = head.pos_ == "NOUN" and head.lower_ in lexicon()["number_words"]["vague"]
    if vague or head.pos_ == "NUM":  # "hundreds of people", "212 of our fighters"
        for prep in head.rights:
            if prep.lower_ == "of":
                noun = next(
                    (
                        t
                        for t in prep.rights
                        if t.pos_ in ("NOUN", "PROPN") or t.lower_ in lexicon()["nouns"]
                        or _nominal(t)
                    ),
                    None,
                )  # "two of the wounded", "three of the accused"
                counted = noun is not None and any(t.like_num for t in noun.lefts)
                return None if counted else noun  # "47 of 58 drones": 58 counts them
    h = head.head
    while h.dep_ in ("compound", "nummod") and h.pos_ in ("PROPN", "NUM") and not h.like_num \
            and h.head.i > h.i:
        h = h.head  # "One CRPF jawan", "Two AK-47 rifles": the name is not what is counted
    if (
        head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
        and h.i > head.i
        and h.i - head.i <= 5
        and h.pos_ in ("NOUN", "PROPN")
        and not _next_item(head, h)  # a list's next line is its own
    ):
        return h
    return _modified_noun_after(head) if head.pos_ == "NUM" else None


def _modified_noun_after(head: Token) -> Token | None:
    """The noun right after a number the parse left apart from it, with only its modifiers
    between ("recovered 6 locally made guns", the 6 made the verb's object)."""
    for word in head.doc[head.i + 1 : head.i + 5]:
        if word.pos_ in ("NOUN", "PROPN"):
            between = head.doc[head.i + 1 : word.i]
            held = all(b.dep_ in ("amod", "advmod", "compound") and head.i < b.head.i <= word.i
                       for b in between)
            return word if len(between) and held and word.head == head.head else None
        if word.dep_ not in ("amod", "advmod", "compound"):
            return None
    return None


def _nominal(word: Token) -> bool:
    """True for a participle or an adjective a determiner makes a noun of people: "the
    accused", "the detained" ("Six of the detained are minors")."""
    return word.tag_ in ("VBN", "JJ") and any(c.dep_ == "det" and c.i < word.i
                                              for c in word.children)


def _noun_after_brackets(doc: Doc, reading: Reading) -> Token | None:
    """The noun right after a number restated in brackets ("four (4) elephant tusks"), whose
    brackets the parse often hangs elsewhere: the words before the noun only describe it."""
    if not doc_text(doc)[: reading.end].endswith(")"):
        return None
    span = words_over(doc, reading.end, reading.end)
    i = span.start if span is not None else next((t.i for t in doc if t.idx >= reading.end),
                                                  len(doc))
    while i < len(doc) and doc[i].dep_ in ("compound", "amod") and doc[i].head.i > i:
        i += 1
    if i >= len(doc):
        return None
    noun = doc[i]  # a noun the tagger took for a verb still has its compound ("elephant tusks")
    named = noun.pos_ == "NOUN" or any(c.dep_ == "compound" for c in noun.lefts)
    return noun if named else _last_of_phrase(doc, i)


_PHRASE_WORDS = ("NOUN", "PROPN", "ADJ", "VERB")


def _last_of_phrase(doc: Doc, i: int) -> Token | None:
    """The last noun of the words after brackets up to a function word or a mark, however
    the tagger took them ("three (3) Kalashnikov rifles," "five (5) hunting guns and"): the
    brackets throw the parse, the order of the words still says which one is counted."""
    nouns = lexicon()["nouns"]
    last = None
    for t in doc[i : i + 3]:
        if t.pos_ not in _PHRASE_WORDS or not t.is_alpha:
            break
        known = t.lower_ in nouns or t.lemma_.lower() in nouns
        if t.tag_ in ("VBD", "VBP", "MD") and not known:
            break  # "three (3) men fled": the verb of the men
        if t.pos_ in ("NOUN", "PROPN") or known:
            last = t
    return last if (last is not None and last.pos_ != "PROPN") or _known(last) else None


def _known(token: Token | None) -> bool:
    nouns = lexicon()["nouns"]
    return token is not None and (token.lower_ in nouns or token.lemma_.lower() in nouns)


def _harm_of(noun: Token, counted: str | None) -> str | None:
    """What a noun the counted noun is "of" makes of it: "the killing of 31 civilians", "the
    deployment of an extra 300 police officers"."""
    gov = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or gov.pos_ != "NOUN":
        return None
    found = _noun_category(gov)
    if found in lexicon()["harm"]["categories"] and counted in (None, "people"):
        return found
    return lexicon()["verb_refines"].get(f"{counted} {found}")


def _object_phrase(noun: Token) -> str | None:
    """The harm a verb and its object name when the count is that object or what the object is
    "of" ([phrases]): "the bombing claimed 19 lives", "took the lives of 8 soldiers"."""
    obj = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if obj.dep_ != "dobj":  # an object whatever the parse made its verb: "The fighting cost"
        return None
    found = lexicon()["phrases"].get(f"{obj.head.lemma_.lower()} {obj.lemma_.lower()}")
    return str(found) if found in lexicon()["harm"]["categories"] else None


def _participle_after(noun: Token) -> str | None:
    """The harm a participle right after a counted noun names: "41 civilians killed"."""
    lex = lexicon()
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.tag_ not in ("VBN", "JJ", "VBD"):
        return None  # "41 civilians killed", "30 civilians dead"
    if (nxt.tag_ == "VBD" or nxt.head not in (noun, noun.head)) and not _on_heading(noun):
        return None  # a heading's words, which the parse runs together, say it by their order:
        # "- Not fewer than 1,900 people displaced, including ..."
    found = lex["verbs"].get(nxt.lemma_.lower()) or lex["nouns"].get(nxt.lower_)
    return str(found) if found in lex["harm"]["categories"] else None


def _relative_harm(noun: Token) -> str | None:
    """The harm a relative clause on the counted noun says befell it: "seven people who were
    wounded in the blast", "12 miners who died"; never what they did to others ("three men
    who killed a guard")."""
    lex = lexicon()
    for clause in (c for c in kids_of(noun) if c.dep_ == "relcl"):
        found = lex["verbs"].get(clause.lemma_.lower())
        kids = list(kids_of(clause))
        passive = any(k.dep_ == "nsubjpass" for k in kids)
        alone = any(k.dep_ == "nsubj" for k in kids) and not any(k.dep_ == "dobj" for k in kids)
        if found in lex["harm"]["categories"] and (passive or (alone and clause.tag_ != "VBN")):
            return str(found)
    return None


def _on_heading(token: Token) -> bool:
    """True for a word on a line that ends as no sentence does: a title, a highlight's item."""
    text = doc_text(token.doc)
    end = text.find("\n", token.idx)
    line = text[text.rfind("\n", 0, token.idx) + 1 : len(text) if end < 0 else end].rstrip()
    return bool(line) and line[-1] not in SENTENCE_ENDS


def _phrase_after(noun: Token) -> str | None:
    """The harm a phrase after a counted noun, or its verb, names: "three sailors with minor
    injuries", "forced 50,000 people from their homes", "40 families left their farms"
    (data/figures.toml [phrases])."""
    phrases = lexicon()["phrases"]
    near = [*noun.rights]
    if noun.dep_ in ("dobj", "nsubjpass", "prep"):  # "prep": "forced over 600,000 from ..."
        near += [t for t in noun.head.rights if t.i > noun.i]
    for prep in near:
        if prep.dep_ == "prep":  # the parse may hang an adjective on it: "at large"
            obj = next((t for t in kids_of(prep) if t.dep_ in ("pobj", "amod")), None)
            if obj is not None and (found := _phrase_of(prep, obj)):
                return found
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        noun = noun.head.head  # "Four of the miners are in a critical condition"
    if noun.dep_ == "nsubj":  # "some 40 families left their farms"
        verb = noun.head
        for obj in (t for t in kids_of(verb) if t.dep_ == "dobj"):
            if found := phrases.get(f"{verb.lemma_.lower()} {obj.lemma_.lower()}"):
                return str(found)
        state = verb.lemma_.lower() in lexicon()["harm"]["state_verbs"] and not any(
            p.lower_ == "of" and any(o.pos_ == "PRON" for o in p.rights) for p in noun.rights
        )  # "One of them, a sergeant, remains in hospital": of the hurt counted before
        for prep in (t for t in kids_of(verb) if t.dep_ == "prep" and t.i > verb.i):
            obj = next((t for t in kids_of(prep) if t.dep_ in ("pobj", "amod")), None)
            said = f"{verb.lemma_.lower()} {prep.lower_} {obj.lemma_.lower()}" if obj else ""
            if found := phrases.get(said):  # "1,900 people are staying with relatives"
                return str(found)
            if state and obj is not None and (found := _phrase_of(prep, obj)):
                return found  # "Three others remain in hospital"
    return None


def _phrase_of(prep: Token, obj: Token) -> str | None:
    """The harm a preposition and its object name, the object's compound first: "to police
    stations" (detained) before "to stations"."""
    phrases = lexicon()["phrases"]
    lemma = obj.lemma_.lower()
    keys = [f"{prep.lower_} {m.lemma_.lower()} {lemma}" for m in obj.lefts
            if m.dep_ == "compound"] + [f"{prep.lower_} {lemma}"]
    if obj.pos_ == "PROPN":  # "taken to Vilnius University Hospital Santaros Clinics": a
        keys += [f"{prep.lower_} {m.lower_}" for m in obj.lefts  # name's words say its kind
                 if m.dep_ == "compound" and m.pos_ == "PROPN"]
    return next((str(phrases[k]) for k in keys if k in phrases), None)


def _verb_category(verb: Token, counted: Token) -> str | None:
    """What a verb does to what it counts, an adverb on it first ("fatally wounded": killed;
    data/figures.toml [verb_adverbs]), then the end it is told to ("stabbed to death";
    [verb_results]), then its particle ("rounded up": detained); a verb of
    care makes the `counted` hurt, unless they are patients ([care])."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    for adv in (c for c in kids_of(verb) if c.dep_ == "advmod"):
        if (found := lex["verb_adverbs"].get(f"{adv.lower_} {lemma}")) is not None:
            return str(found)
    ends = () if lex["verbs"].get(lemma) not in (None, "wounded") else (
        c for c in kids_of(verb) if c.dep_ == "prep")  # "sentenced to death" stays a sentence
    for prep in ends:
        for end in (c for c in kids_of(prep) if c.dep_ == "pobj"):
            if (found := lex["verb_results"].get(f"{prep.lower_} {end.lemma_.lower()}")):
                return str(found)  # "stabbed to death": killed
    for prt in (c for c in kids_of(verb) if c.dep_ == "prt" or (
            c.dep_ == "prep" and c.i == verb.i + 1)):  # "broke out of", parsed as a preposition
        if (found := lex["phrasal_verbs"].get(f"{lemma} {prt.lower_}")) is not None:
            return str(found)
    if lemma in lex["custody"]["capacity_verbs"] and _place_subject(verb):
        return None  # "the block holds 148 men": how many it holds, not an arrest
    care = lex["care"]
    if lemma in care["verbs"] and not (
            lemma in care["any_ailment"] and counted.lemma_.lower() in care["patients"]) \
            and (lemma not in care["passive_only"]
                 or any(c.dep_ == "auxpass" for c in kids_of(verb))):
        return str(care["verbs"][lemma])
    found = lex["verbs"].get(lemma)
    if found is None and lemma in lex["bodily"]["wounded"] and _of_people(counted):
        found = "wounded"
    done = lex["bodily"]["of_people"].get(lemma)
    if done is not None and _of_people(counted) and not any(
            c.dep_ == "prt" for c in kids_of(verb)):  # "shot down": of things still
        found = done  # "two boys were shot in the leg": hurt; "intercepted four smugglers"
    return str(found) if found is not None else None


def _place_subject(verb: Token) -> bool:
    """True when a verb's subject is a place ("the prison held more than 450"): a place by
    its kind ([nouns]), by the words for places people are kept in ([custody] places), or
    as the parse names it (a facility, a town, a location)."""
    subject = next((t for t in kids_of(verb) if t.dep_ == "nsubj"), None)
    if subject is None:
        return False
    custody = lexicon()["custody"]
    return subject.ent_type_ in custody["place_entities"] \
        or subject.lemma_.lower() in custody["places"] \
        or _noun_category(subject) in custody["place_categories"]


def _of_people(counted: Token) -> bool:
    """True for a noun of people: of a kind of people, a people's name, or a word for
    someone (data/figures.toml [bodily] people)."""
    if counted.lemma_.lower() in lexicon()["bodily"]["people"] or _people(counted):
        return True
    return _noun_category(counted) in lexicon()["actors"]["people_categories"]


def _of_governor(head: Token) -> Token | None:
    """The noun a number is "of": "casualties of about 1,000", "a total of 340"."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return None


def _at_governor(head: Token) -> Token | None:
    """The noun a verb puts a number "at" or "to": "put the toll at 64", "the toll rose to
    64"; not the subject of a verb that gives a toll ("Police put the figure at 3,000")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in lexicon()["harm"]["at"]:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    totals = lexicon()["totals"]["nouns"]
    of = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in totals:
        return of.head  # "put the number of those who have died in custody at over 300": the
        # parse hangs "at" on the clause inside the total's "of"
    gives = verb.lemma_.lower() in lexicon()["provenance"]["toll_verbs"]
    for t in kids_of(verb):
        if (
            t.dep_ in (("dobj", "nsubjpass") if gives else ("dobj", "nsubj", "nsubjpass"))
            and t.pos_ == "NOUN"
            and (t.lemma_.lower() in totals or _noun_category(t))
        ):
            return t
    return None


def _total_restated(head: Token) -> Token | None:
    """The total noun a bare number restates as its copula's complement or its apposition,
    when that noun says what it counts: "the number of arrested workers is 37", "its tally of
    injured officers - 19, five of them by gunshot"."""
    totals = lexicon()["totals"]["nouns"]
    noun = None
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        noun = head.head
    elif head.dep_ == "attr" and head.head.lemma_.lower() == "be":
        noun = next((t for t in kids_of(head.head) if t.dep_ == "nsubj"), None)
    elif head.dep_ == "pobj" and head.head.lower_ == "to":  # "brings the number of aid workers
        # killed this year to 9", the parse hanging "to 9" on the killing
        noun = next((t for t in head.head.ancestors if t.lemma_.lower() in totals), None)
    if noun is None or noun.lemma_.lower() not in totals or _counted_of(noun) is None:
        return None
    return noun


def _numbering(head: Token) -> Token | None:
    """The noun a "numbering" puts a number on: "the assailants, numbering about 200"."""
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() == "number" and verb.dep_ == "acl":
        return verb.head
    return None


def _counted_of(noun: Token) -> str | None:
    """The kind a "number of displaced persons" counts."""
    for prep in kids_of(noun):
        if prep.lower_ == "of":  # "number of displaced persons", "number of injured"
            obj = next((t for t in kids_of(prep) if t.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ == "NUM":
                return _noun_category(obj)  # "a total of 120 - 30 killed": no noun counted
            if obj is not None:
                return _harmed_by(obj) or _noun_category(obj)
    return None


def _harmed_by(noun: Token) -> str | None:
    """The harm a participle or a relative clause on a noun names: "the number of
    Palestinians killed", "the number of displaced people", "the number of those who have
    died in custody"."""
    lex = lexicon()
    for mod in kids_of(noun):
        found = lex["verbs"].get(mod.lemma_.lower()) \
            if mod.dep_ in ("acl", "amod", "relcl") else None
        if found in lex["harm"]["categories"]:
            return str(found)
    return None


def _people(noun: Token) -> str | None:
    """ "34 Palestinians", "one million Haitians": a people counts people."""
    return "people" if noun.ent_type_ == "NORP" or demonym(noun.text) else None


def _total_word(doc: Doc, reading: Reading, head: Token) -> Token | None:
    """The "total" of "a total of 120" when the parser hung the number elsewhere."""
    for tok in words_over(doc, reading.start, head.idx) or ():
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon()["totals"]["nouns"]:
            return tok
    return None


def _copula_subject(noun: Token) -> Token | None:
    """ "casualties" in "the casualties were a total of 340"."""
    if noun.dep_ in ("attr", "appos") and noun.head.pos_ in ("AUX", "VERB", "NOUN"):
        verb = noun.head
        if verb.pos_ == "NOUN":
            return verb
        return next((t for t in kids_of(verb) if t.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _refine(head: Token, found: _Found) -> _Found:
    """Let the verb governing the counted thing say more: "sent 10,000 troops"."""
    lex = lexicon()
    arg = found.noun or head
    if arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head == head:
        arg = head  # "dozens of soldiers were killed"
    if arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head.i < head.i \
            and arg.head.head.lower_ in _bounds_of():
        arg = arg.head.head  # "Upwards of 300 people were displaced": the bound heads it
    totals = lex["totals"]["nouns"]
    if arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head.lemma_ in totals:
        arg = arg.head.head  # "shot down a total of 48 aerial targets"
    while (arg.dep_ == "conj" or (arg.dep_ == "appos" and _beside(arg.head, arg))) and \
            arg.head.pos_ in ("NOUN", "PROPN", "NUM"):
        arg = arg.head  # "the dead included nine children and four women"; "About 2,300
        # families, some 16,000 people, have fled"
    if arg.dep_ == "pobj" and (arg.head.lower_ == "between" or _bound_as_preposition(arg)):
        arg = arg.head  # "killing between 30 and 40 soldiers"; "forced over 600,000"
    verb = arg.head
    among = _among_them(arg)
    if among is None and found.noun is not None and _part_ahead(arg):
        return found  # "22 people were killed, among them seven women ..., and 35 were
        # wounded": the parse gave the part the next clause's verb; the whole's harm is its
    verb = among or verb
    if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
        verb = verb.head  # "three officers are missing", the subject hung on "are"
    if arg.dep_ == "dobj" and (told := subjectless_clause(verb, arg)) is not None:
        verb = told  # "said 23 civilians ... were killed", misparsed
    stranded = _stranded_object(arg, verb)
    verb = stranded or verb
    if arg.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and arg.i < c.i < verb.i and _counts_own(c)
        for c in kids_of(verb)
    ):
        return found  # a list the parse joined: "killed, 52 in Jajarkot ..., and 160 injured"
    if (arg.dep_ == "nsubj" or (arg.dep_ == "npadvmod" and arg.i < verb.i)) \
            and verb.pos_ == "ADJ":
        # "left 12 herders dead and ...": the parse may make the noun the adjective's modifier
        a, b = sorted((arg.idx, verb.idx))
        return found if "\n" in doc_text(arg.doc)[a:b] else _predicated(verb, found)
    loose = stranded is not None or among is not None \
        or (arg.dep_ == "dep" and verb.pos_ == "VERB" and arg.i > verb.i) \
        or _bare_object(arg, verb)
    arg_dep = "dobj" if loose else arg.dep_  # "killed Tabuni, a commander, and two of his
    # fighters": an object the parse left loose
    if arg_dep not in ("dobj", "nsubjpass", "nsubj", "attr", "prep") or verb.pos_ not in (
        "VERB",
        "AUX",
    ):
        return found
    a, b = sorted((arg.idx, verb.idx))
    if "\n" in doc_text(arg.doc)[a:b]:
        return found  # a list's lines, run together by the parser, say nothing of each other
    harm = lex["harm"]["categories"]
    counted = found.noun or arg
    verb_cat = (_joined_harm(verb, counted) or _state(verb, counted)
                or _verb_category(verb, counted) or _made_to(verb, arg))
    if verb_cat in lex["harm"]["moves"] and arg.dep_ in ("nsubjpass", "dobj") \
            and (where := _phrase_after(arg)) is not None:
        verb_cat = where  # "Twenty-five have been moved to police cells": held, not displaced
    if verb_cat is None and found.noun is None and arg.dep_ in ("dobj", "prep"):
        verb_cat = _phrase_after(arg)  # "forced over 600,000 from their homes"
    if verb_cat is None and verb.lemma_.lower() in lex["harm"]["including"]:
        verb_cat = _including(verb, arg)
        if verb_cat is not None and found.category in (None, "people", "troops"):
            found.category, found.known = verb_cat, True
            found.why += f", among {verb.text!r}"
        return found
    if verb_cat is None:
        return _standing_ended(verb, found)
    if found.category is None and (
            found.noun is None or verb_cat in harm or verb_cat in lex["harm"]["of_things"]):
        found.category, found.known, found.why = verb_cat, True, f"object of {verb.text!r}"
    else:
        refined = lexicon()["verb_refines"].get(f"{found.category} {verb_cat}")
        if refined:
            found.category, found.known = refined, True
            found.why += f", {verb.text!r}"
    return found


def _part_ahead(arg: Token) -> bool:
    """True for a count opened by "among them" ([harm] among) whose verb comes after it: a
    part of the whole counted before, which the parse hung on the verb of what follows."""
    words = lexicon()["harm"]["among"]
    return any(c.dep_ == "prep" and c.lower_ in words and c.i < arg.i < arg.head.i
               and any(t.pos_ == "PRON" for t in kids_of(c)) for c in arg.lefts)


def _bare_object(arg: Token, verb: Token) -> bool:
    """True for a bare number right after a verb with no object, which the parse took for
    an adverb ("police had recaptured seven"): the verb's object, the noun left out."""
    return arg.like_num and arg.dep_ in ("advmod", "npadvmod") and verb.pos_ == "VERB" \
        and arg.i == verb.i + 1 and not any(c.dep_ == "dobj" for c in kids_of(verb))


def _among_them(arg: Token) -> Token | None:
    """The verb whose people a count "among them" is a part of ("21 people were treated,
    among them six police officers"; "arrested 12 dockers, among them two union officials"):
    the parse hangs the part on the verb, and what befell the whole befell the part."""
    words = lexicon()["harm"]["among"]
    prep = arg.head if arg.dep_ == "pobj" else next(
        (c for c in arg.lefts if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in words or not any(
            t.pos_ == "PRON" for t in kids_of(prep)):
        return None
    verb = prep.head if arg.dep_ == "pobj" else arg.head
    if verb.i > prep.i and verb.lemma_.lower() in lexicon()["clauses"]["reporting"]:
        told = [t for t in prep.doc[prep.sent.start : prep.i]
                if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp")]
        verb = told[-1] if told else verb  # "... were treated, among them six police
        # officers, a spokeswoman told us": the parse hangs the part on the reporting verb
    return verb if verb.pos_ == "VERB" and verb.i < prep.i else None


@cache
def _bounds_of() -> frozenset[str]:
    """The words of bounds told with "of" ("upwards of", "in excess of", "a minimum of"),
    which the parse may make the head of the counted noun."""
    return frozenset(k.split()[-2] for k in lexicon()["qualifiers"] if k.endswith(" of"))


def _standing_ended(verb: Token, found: _Found) -> _Found:
    """People counted by a standing ([counted] statuses) whom a verb of no harm moves on to
    another ([counted] standing_verbs: "41 detainees will be charged", "the 12 prisoners were
    indicted"): people, no longer only held."""
    ends = lexicon()["counted"]["standing_verbs"]
    if found.category not in lexicon()["counted"]["statuses"]:
        return found
    for v in (verb, *(c for c in kids_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB")):
        if v.lemma_.lower() in ends:  # "have been identified ... and will be charged"
            found.category, found.known = str(ends[v.lemma_.lower()]), True
            found.why += f", {v.text!r}"
            break
    return found


def _joined_harm(verb: Token, counted: Token) -> str | None:
    """What befell the counted told by a verb joined to theirs with no subject or object of
    its own ("Two men were shot and killed": killed; "shot dead seven and wounded four" is
    two counts; data/figures.toml [harm] joined_outcomes)."""
    harm = lexicon()["harm"]["joined_outcomes"]
    for joined in kids_of(verb):
        if joined.dep_ != "conj" or joined.pos_ != "VERB" or any(
                k.dep_ in ("nsubj", "nsubjpass", "dobj") for k in kids_of(joined)):
            continue
        if (found := _verb_category(joined, counted)) in harm:
            return found
    return None


def _counts_own(subject: Token) -> bool:
    """True for a subject with a number of its own: a figure of its own in a list the parse
    joined ("52 in Jajarkot ..., and 160 injured"); a noun with none is coordinated with the
    counted one and shares its verb ("Nine pupils and the driver were hurt")."""
    return any(t.like_num for t in subject.subtree)


def _predicated(adjective: Token, found: _Found) -> _Found:
    """The harm an adjective the counted noun is the subject of names, as the parse reads
    "left at least 37 people dead" (no verb between: "people" the subject of "dead")."""
    lex = lexicon()
    harm = lex["verbs"].get(adjective.lemma_.lower()) or lex["nouns"].get(adjective.lower_)
    counted = lex["counted"]
    if harm in lex["harm"]["categories"] and found.category in (
            None, *counted["generic"], *counted["statuses"]):
        found.category, found.known = str(harm), True
        found.why += f", {adjective.text!r}"
    return found


def _stranded_object(arg: Token, verb: Token) -> Token | None:
    """The verb right before a counted phrase the parse made the subject of the reporting
    verb after it: in "stormed a wing and killed at least 17 people, the prison service
    said" the people are the object of "killed", which the parse left with none."""
    if arg.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon()["clauses"]["reporting"] \
            or not arg.i < verb.i or arg.left_edge.i == 0:
        return None
    before = arg.doc[arg.left_edge.i - 1]
    if before.pos_ != "VERB" or any(c.dep_ == "dobj" for c in kids_of(before)):
        return None
    return before if before.lemma_.lower() in lexicon()["verbs"] else None


def _beside(noun: Token, appos: Token) -> bool:
    """True when no verb stands between a noun and its apposition (the parse may hang "eight
    of them" after "172 were injured" on the "three people" before it)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in noun.doc[noun.i + 1 : appos.i])


def _bound_as_preposition(arg: Token) -> bool:
    """True for a bare number right after a bound the parse took for a preposition ("forced
    over 600,000 from their homes"; not "shot down 31 over Belgorod")."""
    prep = arg.head
    return (
        arg.like_num
        and prep.lower_ in lexicon()["qualifiers"]
        and arg.left_edge.i == prep.i + 1
        and prep.head.pos_ == "VERB"
    )


def _made_to(verb: Token, arg: Token) -> str | None:
    """The harm a verb makes its object suffer: "forcing some 3,000 people to flee"."""
    if arg.dep_ != "dobj":
        return None
    harm = lexicon()["harm"]["categories"]
    clauses = [c for c in kids_of(verb) if c.dep_ == "xcomp" and c.i > arg.i]
    aims = lexicon()["harm"]["aim_nouns"]  # "prevented 2,140 attempts to cross": the
    clauses += [c for c in kids_of(arg) if c.dep_ in ("relcl", "acl")  # noun's own aim
                and arg.lemma_.lower() not in aims  # the parse may hang it lower
                and any(t.dep_ == "aux" and t.lower_ == "to" for t in kids_of(c))]
    for clause in clauses:
        found = lexicon()["verbs"].get(clause.lemma_.lower())
        if found in harm:
            return str(found)
    return None


def _state(verb: Token, counted: Token | None = None) -> str | None:
    """The state a verb's complement names: "were shot dead", "taken hostage"; never the
    `counted` noun itself ("He suffered 11 stab wounds": wounds counted, no one wounded)."""
    lex = lexicon()
    for c in [*kids_of(verb), *_result_before(verb, counted)]:
        state = c.dep_ in ("acomp", "oprd", "dobj", "amod") or (
            c.dep_ == "advcl" and c.i == verb.i + 1)  # "went missing", parsed as a clause
        if state and c.i > verb.i and not c.like_num and c != counted:
            found = lex["verbs"].get(c.lemma_.lower()) or lex["nouns"].get(c.lower_)
            if found in lex["harm"]["categories"]:
                return str(found)
    return None


def _result_before(verb: Token, counted: Token | None) -> list[Token]:
    """The state a verb leaves its object in, told between the two ("police shot dead two
    protesters"), which the parse hangs on the object as its adjective."""
    if counted is None or counted.head != verb or counted.dep_ != "dobj":
        return []
    return [c for c in counted.lefts if c.dep_ == "amod" and c.i == verb.i + 1]


def _including(verb: Token, arg: Token) -> str | None:
    """The harm a subject names for what it includes: "the dead included 11 children"."""
    harm = lexicon()["harm"]["categories"]
    for c in kids_of(verb):
        if c is arg:
            continue
        noun = c
        if c.dep_ == "prep" and c.lower_ == "among":
            noun = next((t for t in kids_of(c) if t.dep_ == "pobj"), c)
        elif c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = _noun_category(noun)
        for acl in (t for t in kids_of(noun) if t.dep_ == "acl"):  # "among those killed",
            if found not in harm:  # "among 11 civilians wounded": the harm, not the people
                found = lexicon()["verbs"].get(acl.lemma_.lower()) or found
        if found in harm:
            return found
    return None


def _is_total_noun(found: _Found) -> bool:
    return found.noun is not None and found.category == "casualties"


def _worth_keeping(
    doc: Doc,
    head: Token,
    number: Number,
    reading: Reading,
    found: _Found,
    taken: list[tuple[int, int, bool]],
) -> bool | None:
    """Keep what counts something; drop years, dates and "the two leaders".

    None marks a bare number ("331 in operations by the police") that only a list of
    figures around it can say something about.
    """
    if (
        number.spelled
        and number.value == 1
        and reading.qualifier == "exact"
        and (
            not found.known
            or (
                found.noun is not None
                and found.noun.dep_ == "pobj"
                and found.noun.head.head != head
            )
        )
    ):
        return None if _one_listed(head) else False  # "in one attack", "one in three"
    if any(a <= number.start and number.end <= b for a, b, date in taken if date):
        return False  # "since 31 March\n- 42 people killed": the day, whatever the parse says
    if _section_number(doc, number):
        return False  # "4. Arrests and response": a heading's number, not a count of arrests
    if number.spelled and found.noun is not None and found.category not in \
            lexicon()["harm"]["categories"] and _determined(head, found.noun, definite=True):
        return False  # "the three members of the Presidency", "the two villages": named before
    if number.spelled and found.noun is not None and found.category not in \
            lexicon()["harm"]["categories"] and _is_source(found.noun):
        return False  # "A village official and two residents ... said": who speaks
    if found.noun is not None and found.noun.tag_ == "NNS" and _charges(head, found.noun):
        return False  # "charged with three counts of murder": charges, not the dead
    if number.vague and (found.category or "count") in VAGUE_UNCOUNTED:
        return False  # "hundreds of young people", "thousands of times": no count told
    if number.value == 1 and found.noun is not None \
            and found.category in lexicon()["counted"]["generic"] \
            and _part_of_known(head, found.noun):
        return False  # "a relative of one of the men": someone, not a count; more than one
        # told apart from the whole is a figure ("Seven of the suspects had confessed")
    if number.value == 1 and number.spelled and _one_described(head):
        return False  # "one of those arrested was a foreign citizen", "one of the rifles was
        # being tested": one of a group counted before, told of, not counted
    if found.noun is None and _named_before(head):
        return False  # "the two had fired on the post", "those two were flown": people
        # counted before, named again
    if found.known or reading.unit or reading.rate:
        return True
    overlaps_time = any(a < number.end and number.start < b for a, b, _ in taken)
    if overlaps_time or head.ent_type_ == "ORDINAL" or (
            head.ent_type_ == "TIME" and not _glued_to_time(head, number, taken)):
        return False  # the times layer, not the parser's DATE, says what is a date
    digits = doc_text(doc)[number.start : number.end]
    if digits.isdigit() and len(digits) == 4 and 1800 <= number.value <= 2100:
        return False
    if found.noun is None:
        if reading.total or (reading.qualifier != "exact" and not number.spelled):
            return True
        return None if reading.qualifier == "exact" else False
    if number.spelled and found.noun.lemma_.lower() in lexicon()["skip"]["nouns"]:
        return False  # "two sides", "three reasons"
    if number.spelled and _is_source(found.noun):
        return False  # "two officials said": who speaks, not what is counted
    return not (number.spelled and _determined(head, found.noun))


def _charges(head: Token, noun: Token) -> bool:
    """True for charges a court counts ("three counts of murder", "faces 12 charges of
    fraud"): the noun a number counts is one of [skip] charges, said in the plural, with
    no noun between (not "eight face charges", a subject and its verb the tagger joined)."""
    between = head.doc[head.i + 1 : noun.i]
    return noun.lemma_.lower() in lexicon()["skip"]["charges"] \
        and not any(t.dep_ == "compound" for t in between)


def _section_number(doc: Doc, number: Number) -> bool:
    """True for the number a section's heading opens with ("4. Arrests and response", "2)
    Background"): digits alone at a line's start, a mark after them, and a line that ends
    as no sentence does."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, number.start) + 1
    if number.spelled or text[line_start : number.start].strip() \
            or text[number.end : number.end + 2] not in (". ", ") "):
        return False
    end = text.find("\n", number.end)
    line = text[number.end + 2 : len(text) if end < 0 else end].rstrip()
    return bool(line) and line[0].isupper() and line[-1] not in SENTENCE_ENDS


def _named_before(head: Token) -> bool:
    """True for a number standing alone as a verb's subject after a definite determiner and
    right before the verb's auxiliary ("the five had been identified", "those two were flown
    to the capital"): a group counted earlier, named by its number, no count of its own."""
    doc = head.doc
    return (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.i > 0 and head.i + 1 < len(doc)
        and doc[head.i - 1].lower_ in lexicon()["skip"]["definite"]
        and doc[head.i + 1].pos_ == "AUX" and doc[head.i + 1].head == head.head
    )


def _one_more(ordinal: Token) -> bool:
    """True for an ordinal that is its verb's subject after a count in its sentence ("Two
    villagers were killed and a third was wounded"): one more of what was counted."""
    return ordinal.dep_ in ("nsubj", "nsubjpass") and any(
        t.like_num for t in ordinal.sent if t.i < ordinal.i)


def _running_toll(doc: Doc, number: Number) -> tuple[int, Token | None]:
    """The rank of an ordinal naming the subject of its verb with no count before it in its
    sentence ("A third young man has died", "a fourth victim had died in hospital"): the
    toll it brings the count to, and the ordinal's word; 0 for any other ordinal ("a second
    attack", "for a third time")."""
    ordinals = lexicon()["number_words"]["ordinals"]
    words = words_over(doc, number.start, number.end)
    ordinal = words[-1] if words is not None and len(words) else None
    if ordinal is None or ordinal.lower_ not in ordinals:
        return 0, None
    noun = ordinal.head if ordinal.dep_ == "amod" else ordinal
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(
            t.like_num for t in ordinal.sent if t.i < ordinal.i):
        return 0, None
    return ordinals.index(ordinal.lower_) + 2, ordinal


def _one_listed(head: Token) -> bool:
    """True for a "one" standing for a person in a list after a comma or "and" ("Two
    gendarmes were hit, one in the arm and one in the thigh"): weak, kept only where the
    figure before it says what it counts; never a ratio ("one in three"), nor a subject
    with a verb of its own ("..., and one of them is in serious condition")."""
    if head.dep_ in ("nummod", "quantmod", "compound", "nsubj", "nsubjpass") or head.i == 0 \
            or head.doc[head.i - 1].lower_ not in (",", "and"):
        return False
    return not any(o.like_num for p in head.rights if p.dep_ == "prep" for o in p.rights)


def _glued_to_time(head: Token, number: Number, taken: list[tuple[int, int, bool]]) -> bool:
    """True when the parser's time runs on from a time the times layer found beside the
    number into the number ("by this morning 19 had been caught"): the number is no part
    of it."""
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if ent is None:
        return False
    return any(ent.start_char <= a and b <= ent.end_char and (b <= number.start or
               number.end <= a) for a, b, _ in taken)


VAGUE_UNCOUNTED = ("people", "count")  # vague counts are figures only of a kind or a harm


def _part_of_known(head: Token, noun: Token) -> bool:
    """True for a number "of" a definite group counted nowhere in its words ("two of the
    suspects", "one of the freed men"; not "19 of the ship's 22 crew"): a reference to people
    already counted, which a part is only when its words give it a kind of its own ("two of
    the wounded died" is counted as killed)."""
    words = lexicon()["skip"]["definite"]
    return (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == head
        and any(c.dep_ == "det" and c.lower_ in words for c in noun.children)
        and not any(t.like_num for left in noun.lefts for t in left.subtree)
    )  # only the noun's own words: "the men, who gave only her first name" counts nothing


def _one_described(head: Token) -> bool:
    """True for "one of" a definite group ("the rifles", "those arrested") whose clause tells
    of it without harm: the subject of a verb that names no harm, nor a state ("one of those
    arrested was a foreign citizen", "one of the rifles was being tested"; not "one of them
    remains in hospital", "one of them was killed"), or the object of a noun's preposition
    ("a relative of one of those held"): someone or something of the group, not a count."""
    lex = lexicon()
    group = next((o for p in head.rights if p.lower_ == "of" for o in p.rights
                  if o.dep_ == "pobj"), None)
    if group is None or (group.pos_ == "PRON" and not kids_of(group)):
        return False  # "four killed, one of them a shepherd": a part told apart
    if not (group.lower_ in lex["skip"]["definite"] or any(
            c.dep_ == "det" and c.lower_ in lex["skip"]["definite"] for c in group.children)):
        return False
    if head.dep_ == "pobj":
        return head.head.head.pos_ in ("NOUN", "PROPN")
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex["harm"]["state_verbs"]:  # "was a foreign citizen", not "is in hospital"
        return any(c.dep_ == "attr" for c in kids_of(verb))
    return lemma not in lex["verbs"] and _verb_category(verb, head) is None \
        and not any(c.dep_ in ("acomp", "oprd") for c in kids_of(verb))


def _determined(head: Token, noun: Token, definite: bool = False) -> bool:
    """True when an article or a possessive before a spelled number makes its noun things
    already known ("the two leaders", "their three sons"), not a count; when `definite`, only
    a definite one ("the two villages", not "all four drones", "a further four drones"). Only
    words in the number's own phrase: a parse that hung "an axe and four (4) tusks" together
    says nothing of the tusks."""
    words = lexicon()["skip"]["definite"]
    return any(t.i < head.i and _adjoining(t, head) and (t.dep_ == "poss" or (t.dep_ == "det" and (
        not definite or t.lower_ in words) and not _clause_that(t, noun))) for t in noun.lefts)


def _clause_that(det: Token, noun: Token) -> bool:
    """True for a "that" or "this" the parse made the determiner of a plural count: a
    singular determiner never counts many, so it opens a clause ("added that forty officers
    will be deployed")."""
    return det.lower_ in lexicon()["skip"]["singular_determiners"] \
        and noun.tag_ in ("NNS", "NNPS")


def _adjoining(word: Token, head: Token) -> bool:
    """True when no conjunction, conjunct or punctuation stands between `word` and `head`."""
    return not any(t.dep_ in ("cc", "conj") or t.is_punct for t in head.doc[word.i + 1 : head.i])


def _is_source(noun: Token) -> bool:
    """True for the subject of a reporting verb: "officials" in "two officials said"; and for
    what a citing verb names, or where that comes from ("citing two workers at the site",
    "citing reports from three stations")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "A village official and two residents ... said"
    clauses = lexicon()["clauses"]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "reports from three stations"
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in clauses["citing"]:
        return True
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in clauses["reporting"] \
        and not _state(verb)


def _about(
    head: Token, noun: Token | None, speaker: str | None = None, own: bool = False,
    thing: bool = False, by_subject: bool = True,
) -> str | None:
    """Whose figure: the owner of the counted noun, else the subject of its clause.

    A relative "which" stands for the noun it hangs on ("Rwanda's force, which has 4,000
    troops"); "it" and "they" in a reported claim for the speaker ("Beirut said it had sent");
    an institution with no name ("the government had sent") is named as the text names it.
    `own` counts belong to the subject even of a harming verb ("Ukraine shot down 41"); a
    `thing` counted is named by its model, not owned by it ("four Iskander-M missiles"); with
    no `by_subject`, the subject of the clause owns nothing ([actors] subject_unowned).
    """
    clauses = lexicon()["clauses"]
    told = lexicon()["provenance"]
    counters = {*clauses["reporting"], *told["counting"], *told["count_verbs"]}
    token: Token = noun or head
    listed = _listed_with(token) if thing else set()  # "pills and 40 sheets": things too
    for _ in range(8):
        if token.pos_ in ("NOUN", "PROPN") and (found := owner(token, token in listed)):
            return found
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in counters:
            return None  # "police said", "police had counted 26 bodies": the teller's or counter's
        harming = token.pos_ == "VERB" and token.lemma_.lower() in clauses["harming"]
        if harming and not own:
            return None  # "killing two citizens": the harmed are not the harmer's
        if token.dep_ == "pcomp" and token.head.lower_ == "of":  # "accused Rwanda of sending"
            obj = next((t for t in kids_of(token.head.head) if t.dep_ == "dobj"), None)
            if obj is not None and (named := name_of(obj)):
                return named
        if token.pos_ in ("VERB", "AUX"):
            subject = next((t for t in kids_of(token) if t.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "NUM" and subject not in (head, noun):
                told = by_subject or _counted_subject(subject)
                return _subject_actor(subject, token, speaker) if told else None
        if token.head == token:
            return None
        token = token.head
    return None


def _counted_subject(subject: Token) -> bool:
    """True for a subject that names what the number counts, a toll or a harm ("Ukraine's
    casualties reached 1,200"), not a body that acts on it: its owner is the count's."""
    lex = lexicon()
    return subject.lemma_.lower() in lex["totals"]["nouns"] \
        or _noun_category(subject) in (*lex["harm"]["categories"], "casualties")


def _listed_with(noun: Token) -> set[Token]:
    """`noun` and the nouns it is listed after ("1.2 million pills and 40 sheets")."""
    out = {noun}
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
        out.add(noun)
    return out


def _subject_actor(subject: Token, verb: Token, speaker: str | None) -> str | None:
    """The actor a clause's subject names, through "which", "it" and institutions."""
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "Rwanda's defence force, which has about 4,000 troops"
    elif subject.lower_ in ("it", "they"):
        return capital(speaker) or speaker if speaker else None  # "Beirut said it had sent"
    found = name_of(subject) or owner(subject)
    if found is None and subject.lemma_.lower() in lexicon()["actors"]["institutions"]:
        return group_name(subject)  # "the government had sent 1,200 police officers"
    return found


MEASURES = ("distance", "area", "percent", "share", "weight", "volume")  # belong to nobody


def _whose(
    ctx: Context, head: Token, noun: Token | None, category: str, attribution: int | None
) -> str | None:
    """Whose figure: the phrase's owner or subject; harm counts not the speaker's, except the
    soldiers a military speaker reports ("Three soldiers died, the army's brigade reported")."""
    speaker = (attribution is not None and nested_teller(ctx, attribution, head)) \
        or _speaker(ctx, attribution)
    harm = _harm(category)
    found = _about(
        head, noun, None if harm else speaker, category in lexicon()["clauses"]["own_counts"],
        category not in lexicon()["actors"]["people_categories"] and not harm,
        category not in lexicon()["actors"]["subject_unowned"],
    )
    if (
        found is None
        and harm
        and speaker
        and speaker[0].isupper()  # a name, not "the army" of any side
        and noun is not None
        and noun.dep_ in ("nsubj", "nsubjpass")  # "soldiers died", not "Russia lost soldiers"
        and _is_soldier(noun)
    ):
        military = lexicon()["actors"]["military"]
        if any(w in military for w in speaker.lower().split()):
            return speaker
    return found


def _is_soldier(noun: Token) -> bool:
    return noun.lemma_.lower() in lexicon()["actors"]["soldiers"]


def _harm(category: str) -> bool:
    """Harm counts the harmed: an ambulance service's "it carried 57" is not its own."""
    return category in lexicon()["harm"]["categories"] or category == "casualties"


def _speaker(ctx: Context, attribution: int | None) -> str | None:
    return ctx.attributions[attribution].speaker.name if attribution is not None else None


def _attribution(doc: Doc, ctx: Context, span: tuple[int, int]) -> int | None:
    """The innermost attributed claim whose content holds the figure; not an aim's ("agreed
    to truck water ... 170 km by road")."""
    best: tuple[int, int] | None = None
    for i, att in enumerate(ctx.attributions):
        a, b = att.content.span
        inside = a <= span[0] and span[1] <= b
        if inside and not is_aim(att, doc) and (best is None or b - a < best[1]):
            best = (i, b - a)
    return best[0] if best else None


def _unit_note(reading: Reading, value: float) -> str:
    """Miles stay as stated; the note gives the kilometres."""
    if reading.unit == "mi":
        return f"{value:g} mi = {value * lexicon()['conversions']['mi km']:.1f} km"
    return ""


def _share_nouns(doc: Doc, found: list[_Made]) -> list[Figure]:
    """ "50 official and 22 unofficial detention facilities": both count the last noun."""
    out = [m.figure for m in found]
    for i in range(len(found) - 1):
        fig, known = found[i].figure, found[i].known
        nxt, nxt_known = found[i + 1].figure, found[i + 1].known
        between = doc_text(doc)[fig.span[1] : nxt.span[0]].strip().lower()
        noun = found[i].noun  # "27 rifles, 4,000 rounds": each counts its own
        own = noun is not None and (noun.tag_ in ("NNS", "NNPS") or fig.value == 1)
        if not known and not own and nxt_known and between in ("and", "or", ",", "to"):
            out[i] = replace(
                fig,
                category=nxt.category,
                explanation=f"shares the noun of {nxt.text!r}",
            )
    return out


def _tolls(doc: Doc, found: list[_Made]) -> list[_Made]:
    """A toll counts the dead, unless its sentence breaks it into dead and wounded: then it
    counts casualties ("The toll was a total of 57 - 21 killed and 36 wounded")."""
    out = list(found)
    for i, made in enumerate(found):
        noun = made.noun
        if noun is None or noun.lemma_.lower() != "toll" or made.figure.category != "killed":
            continue
        sent = noun.sent
        later = [m.figure for m in found[i + 1 :] if m.figure.span[0] < sent.end_char]
        if any(f.category == "wounded" for f in later):
            out[i] = replace(made, figure=replace(made.figure, category="casualties"))
    return out


def _restated(found: list[_Made]) -> list[_Made]:
    """A total's noun with no kind of its own restates an earlier count of the same value:
    "the figure of 40" after "soldiers killed 40 civilians" counts the killed."""
    totals = lexicon()["totals"]["nouns"]
    out: list[_Made] = []
    for made in found:
        fig = made.figure
        if not made.known and made.noun is not None and made.noun.lemma_.lower() in totals:
            earlier = next((m.figure for m in reversed(out) if m.known
                            and m.figure.value == fig.value and m.figure.category != "count"), None)
            if earlier is not None:
                made = replace(made, known=True, figure=replace(
                    fig, category=earlier.category, explanation=f"restates {earlier.text!r}"))
        out.append(made)
    return out


def _elliptical(doc: Doc, found: list[_Made]) -> list[_Made]:
    """Numbers whose noun a list left out take it from the figure before them.

    "Of the victims, 1,086 were killed by gangs, 331 by the police and 103 by militias";
    "86 trucks entered, against a target of 500 a day". A bare number with no figure of a
    known kind before it in its sentence (or in the sentence an "Of these" continues) is
    dropped.
    """
    out: list[_Made] = []
    last: _Made | None = None
    parts: set[int] = set()  # the nouns of the parts told apart from `last`
    for made in found:
        fig = made.figure
        if last is not None and not _same_list(doc, last.figure, fig):
            last, parts = None, set()
        if last is None and made.noun is None and made.weak and out \
                and _compared(doc, out[-1], fig):
            last = out[-1]  # "2,140 attempts ..., compared with 1,620": a count all the same
        bare = made.noun is None or fig.unit in _RATES  # "against a target of 500 a day"
        bare = bare or (last is not None and _more_of(made, last))
        framed = made.weak or not made.known
        framed = framed and (bare or fig.category in ("people", "troops"))  # not "five sites"
        frame = (_frame(doc, fig) or _of_them(doc, fig, out)) if framed else None
        if frame is not None:
            made = replace(
                made,
                figure=replace(
                    fig, category=frame, explanation=f"among the {frame} the sentence opens with"
                ),
                known=True,
                weak=False,
            )
        elif bare and last is not None and (made.weak or not made.known or (
                _thing_listed(doc, last.figure, fig) and not _subset_of(doc, last.figure, made))):
            base = _base(last.figure)
            category = f"{base}_{fig.unit}" if fig.unit in _RATES else base
            made = replace(
                made,
                figure=replace(
                    fig, category=category, explanation=f"counts what {last.figure.text!r} counts"
                ),
                known=True,
                weak=False,
            )
        elif last is not None and (_subset_of(doc, last.figure, made)
                                   or _listed_part(made, parts)):
            parts.add(made.noun.i if made.noun is not None else -1)
            made = replace(
                made,
                figure=replace(
                    fig,
                    category=last.figure.category,
                    explanation=f"among the {last.figure.text!r}",
                ),
            )
        if made.weak:
            continue
        out.append(made)
        if made.known and made.figure.category not in ("count", "share") and not (
                last is not None and frames(doc_text(doc), last.figure, made.figure)):
            last = made  # not "two villages" after "20 people were killed in": "12 in Kadi"
    return out


_RATES = ("per_day", "per_week", "per_month", "per_year")


def _listed_part(made: _Made, parts: set[int]) -> bool:
    """True for a count of people listed with a part already told apart from a whole
    ("among them nine women and five children"), however the parse hung the first part."""
    noun = made.noun
    if noun is None or made.figure.category not in ("count", "people", "troops"):
        return False
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
        if noun.i in parts:
            return True
    return False


def _compared(doc: Doc, before: _Made, fig: Figure) -> bool:
    """True for a bare number compared with a count of its own noun before it in the same
    sentence ([ellipsis] compared: "compared with 1,620 in the same period")."""
    if before.noun is None or not _same_list(doc, before.figure, fig):
        return False
    gap = doc_text(doc)[before.figure.span[1] : fig.span[0]].lower()
    return any(re.search(rf"\b{re.escape(w)}\s*$", gap)
               for w in lexicon()["ellipsis"]["compared"])


def _more_of(made: _Made, last: _Made) -> bool:
    """True for "others" with no verb of their own: "24 suspects were arrested on Monday night
    and seven others in Norton" (not "sentenced seven soldiers and acquitted three others")."""
    noun = made.noun
    if made.known or noun is None or noun.lemma_.lower() not in lexicon()["ellipsis"]["others"]:
        return False
    verb = noun.head
    return verb.pos_ not in ("VERB", "AUX") or (last.noun is not None and last.noun.head == verb)


def _frame(doc: Doc, fig: Figure) -> str | None:
    """The kind a sentence opened by "Of the dead," or "Of those arrested," counts."""
    words = words_over(doc, fig.span[0], fig.span[1])
    if words is None:
        return None
    first = words.sent[0]
    if first.lower_ != "of" or first.i >= words.start:
        return None
    lex = lexicon()
    for t in first.subtree:
        found = _noun_category(t) if t.pos_ == "NOUN" else None
        found = found or lex["nouns"].get(t.lower_) or lex["verbs"].get(t.lemma_.lower())
        if found in lex["harm"]["categories"]:
            return str(found)
    return None


def _of_them(doc: Doc, fig: Figure, before: list[_Made]) -> str | None:
    """The kind "nine of them", "one of them" counts: that of the figure before it in its
    sentence, else of the harmed the sentence names before it ("The wounded were taken to
    the hospital, where one of them ..."), else of the last figure of the sentence before."""
    if not OF_THEM.match(doc_text(doc)[fig.span[1] : fig.span[1] + 12]):
        return None
    words = words_over(doc, fig.span[0], fig.span[1])
    if words is None:
        return None
    sent = words.sent
    earlier = [m.figure for m in before if m.figure.span[1] <= fig.span[0]]
    if earlier and earlier[-1].span[0] >= sent.start_char:
        return earlier[-1].category
    harm = lexicon()["harm"]["categories"]
    for t in reversed(doc[sent.start : words.start]):
        if t.pos_ != "NOUN" and t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue  # a noun, or a word used as one: "the wounded were taken"
        found = _noun_category(t) or lexicon()["verbs"].get(t.lemma_.lower())
        if found in harm:
            return str(found)
    start = doc[sent.start - 1].sent.start_char if sent.start else sent.start_char
    return earlier[-1].category if earlier and earlier[-1].span[0] >= start else None


def _thing_listed(doc: Doc, last: Figure, fig: Figure) -> bool:
    """True when a sentence's list of things goes on with a number its verb would make
    people."""
    ellipsis = lexicon()["ellipsis"]
    if fig.unit or _base(last) not in ellipsis["things"] or (
            fig.category not in ellipsis["of_people"]) or fig.category in ellipsis["people_only"]:
        return False
    first = words_over(doc, *last.span)
    second = words_over(doc, *fig.span)
    return first is not None and second is not None and first.sent == second.sent


def _base(figure: Figure) -> str:
    for rate in _RATES:
        if figure.category.endswith(f"_{rate}"):
            return figure.category.removesuffix(f"_{rate}")
    return figure.category


SUBSET = re.compile(
    r"^\s*(?:(?:were|was|are|have been|had been)\s+)?(?:dead|killed|wounded|injured)?,?\s*"
    r"(?:including|among them|among whom|of them|of whom)\s*$",
    re.I,
)


def _subset_of(doc: Doc, whole: Figure, made: _Made) -> bool:
    """ "killing 11 people, including five children": the children were killed too."""
    gap = doc_text(doc)[whole.span[1] : made.figure.span[0]]
    generic = made.figure.category in ("count", "people", "troops")
    harm = whole.category in lexicon()["harm"]["categories"]
    return generic and harm and (bool(SUBSET.match(gap)) or _included(doc, whole, made.noun))


def _included(doc: Doc, whole: Figure, noun: Token | None) -> bool:
    """True for a part the parse hangs on the whole's words or verb: "14,300 people were
    displaced in that period, including nearly 8,000 children", "31 civilians have been
    killed in the clashes, among them eight women"."""
    words = words_over(doc, whole.span[0], whole.span[1])
    if noun is None or words is None:
        return False
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head  # "among them six women and four children": the children too
    hosts = {h for t in words for h in (t, t.head, t.head.head)}
    lex = lexicon()
    if noun.dep_ == "pobj" and noun.head.lemma_.lower() in lex["harm"]["including"]:
        return noun.head.head in hosts  # "including nearly 8,000 children"
    if noun.dep_ != "appos" or noun.head not in hosts:
        return False
    parts = lex["counted"]["part_before"]  # "..., among them eight women"
    return any(
        f"{c.lower_} {o.lower_}" in parts
        for c in kids_of(noun) if c.dep_ == "prep"
        for o in kids_of(c) if o.dep_ == "pobj"
    )


def _same_list(doc: Doc, before: Figure, fig: Figure) -> bool:
    """True when `fig` continues the sentence of `before`, or an "Of these," or "Four of
    them ..." right after it."""
    first = words_over(doc, before.span[0], before.span[1])
    second = words_over(doc, fig.span[0], fig.span[1])
    if first is None or second is None:
        return False
    if first.sent == second.sent:
        return True
    sent = second.sent
    them = (
        OF_THEM.match(doc_text(doc)[fig.span[1] : fig.span[1] + 12]) and second.start == sent.start
    )
    return sent.start == first.sent.end and (sent[0].lower_ == "of" or bool(them)
                                             or _said_alone(second))


def _said_alone(words: Any) -> bool:
    """True for a bare number a sentence ends on as all a teller says ("Local groups say 20.",
    "Mr Speaker, the Minister says two."): another side's count of what was counted just
    before."""
    head = words.root
    verb = head.head
    rest = head.doc[words.end : head.sent.end]
    return head.like_num and head.dep_ in ("dobj", "ccomp", "attr") and verb.i < head.i \
        and verb.lemma_.lower() in lexicon()["clauses"]["reporting"] \
        and all(t.is_punct or t.is_space for t in rest)


OF_THEM = re.compile(r"^\s+of\s+(?:them|those|whom)\b", re.I)  # "Four of them are in a serious ..."
