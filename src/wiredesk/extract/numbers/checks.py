"""Checks layer: the arithmetic a careful reader does with the figures of one text.

* sum: a stated total against the parts listed beside it ("a total of 340 - 18 killed and
  243 wounded, with 79 missing"); "including" makes the parts a subset of the total. A count
  with no word of a total is one when the figures after its comma add up to it exactly
  ("Ten people, eight men and two teenagers, were shot dead").
  A breakdown in the next sentence counts too: "... caused 2,900 deaths. Of these, 2,000
  bodies have been buried and 900 remain in morgues"; "Of the 36 hospitals, 18 ..., 12 ...".
* unit: a measure against its restatement in brackets ("10 km (six miles)"), within the
  rounding the rounder number allows.
* other: a rate against another rate of the same thing ("1,000 a day ... 7,000 a week"), or
  against a count over a period it restates ("1,120 trucks over the past week, or 160 a day");
  a revised toll against the count it says was added ("rose from 12 to 15 after three more
  bodies were found"). A revision alone is no sum: its old and new values are not parts.

Each check names its figures by index and says by how much the arithmetic is off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.numbers._lists import frames, linked
from wiredesk.extract.numbers._parse import lexicon, revised_from
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import words_over
from wiredesk.records import Check, Figure

EXTRACTOR = "checks.v1"
SUBSET = re.compile(r"\b(includ\w*|among (?:them|whom)|of (?:them|whom))\b", re.I)
COLON = re.compile(r"^\s*:")  # "attacked at least 170 times: 66 in Iraq, 98 in Syria ..."
DAYS = {"per_day": 1.0, "per_week": 7.0, "per_month": 30.44, "per_year": 365.25}
PERIOD = re.compile(
    r"\b(?:this|last|past|over the past|in the past|a|per|each|every)\s+"
    r"(day|week|month|year)\b",
    re.I,
)


@stage("checks", layer="checks", requires=("figures",))
def find_checks(doc: Doc, ctx: Context) -> tuple[Check, ...]:
    """Sums, unit conversions and rates that the figures of `doc` allow checking."""
    figures: tuple[Figure, ...] = ctx.figures
    sums = list(_sums(doc, ctx, figures))
    used = {c.figures[0] for c in sums}
    breakdowns = [c for c in _breakdowns(doc, ctx, figures) if c.figures[0] not in used]
    used |= {j for c in [*sums, *breakdowns] for j in c.figures}
    found = [
        *sums,
        *breakdowns,
        *_spread(doc, ctx, figures, used),
        *_fates(doc, ctx, figures, used),
        *_units(doc, ctx, figures),
        *_rates(doc, ctx, figures),
        *_revisions(doc, ctx, figures),
    ]
    return tuple(sorted(found, key=lambda c: c.span))


def step(value: float) -> float:
    """The rounding a number shows, capped at a fifth of it: 1,300 -> 100, 10 -> 2, 1.5 -> 0.1."""
    if value == 0:
        return 1.0
    if value != int(value):
        decimals = len(repr(value).split(".")[1])
        return 10.0**-decimals
    n, s = int(abs(value)), 1.0
    while n % 10 == 0:
        n, s = n // 10, s * 10
    return min(s, abs(value) / 5) if s > 1 else 1.0


def _num(value: float) -> str:
    return f"{value:,.10g}".replace(",", "") if value == int(value) else f"{value:g}"


def _part_kinds(total: Figure) -> set[str]:
    base = total.category
    for rate in DAYS:
        base = base.removesuffix(f"_{rate}")
    parts = lexicon()["parts"]
    return set(parts.get(base, ())) | ({base} if base not in parts else set())


def _run(doc: Doc, figures: tuple[Figure, ...], i: int, kinds: set[str], way: int) -> list[int]:
    """The parts listed right after (way=1) or right before (way=-1) figure `i`."""
    out: list[int] = []
    j, last = i + way, i
    text = doc_text(doc)
    after = tuple(lexicon()["counted"]["part_after"])
    while 0 <= j < len(figures) and figures[j].category in kinds and not figures[j].total:
        a, b = (figures[last], figures[j]) if way > 0 else (figures[j], figures[last])
        if not linked(doc, a, b) or (out and _of_them(text, figures[j], after)):
            break  # "..., two from Slovakia and one from Argentina, ..., one of them with a
            # broken arm": a part of the part before, not one more
        out.append(j)
        last, j = j, j + way
    return out if way > 0 else out[::-1]


def _of_them(text: str, fig: Figure, after: tuple[str, ...]) -> bool:
    return text[fig.span[1] : fig.span[1] + 12].lower().lstrip().startswith(after)


def _sums(doc: Doc, ctx: Context, figures: tuple[Figure, ...]) -> Iterator[Check]:
    text = doc_text(doc)
    for i, total in enumerate(figures):
        kinds = _part_kinds(total)
        k = _framed(text, figures, i, kinds)  # the list opens after the frame, if any
        marked = total.total or COLON.match(text[figures[k].span[1] : figures[k].span[1] + 4])
        if not marked and not _comma_run(text, figures, k) and not _including_run(text, figures, k):
            continue
        parts = _run(doc, figures, k, kinds, 1) or (_run(doc, figures, i, kinds, -1)
                                                   if marked else [])
        if len(parts) < 2 or not (marked or sum(figures[j].value for j in parts) == total.value):
            continue
        first, last = min(parts[0], i), max(parts[-1], i)
        gap = doc_text(doc)[total.span[1] : figures[parts[0]].span[0]] if parts[0] > i else ""
        yield _sum_check(
            doc,
            ctx,
            total,
            i,
            parts,
            figures,
            bool(SUBSET.search(gap)),
            (figures[first].span[0], figures[last].span[1]),
        )


def _framed(text: str, figures: tuple[Figure, ...], i: int, kinds: set[str]) -> int:
    """The figure after total `i` that frames the list of its parts in the total's own clause
    ("31 people were killed across three provinces: 14 in Kherson, ..."), else `i`."""
    if i + 1 >= len(figures) or figures[i + 1].category in kinds:
        return i
    return i + 1 if frames(text, figures[i], figures[i + 1]) else i


def _comma_run(text: str, figures: tuple[Figure, ...], i: int) -> bool:
    """True when the figures after figure `i` follow a comma right after it, a list that may
    break it down ("at least 84 people have been killed, 52 in Jajarkot and 32 in ...";
    "Ten people, eight men and two teenagers"): a sum then only when they add up exactly."""
    if i + 1 >= len(figures):
        return False
    return text[figures[i].span[1] : figures[i + 1].span[0]].rstrip().endswith(",")


def _including_run(text: str, figures: tuple[Figure, ...], i: int) -> bool:
    """True when the figures after figure `i` follow a comma and a word that includes them in
    it, with no other figure between ("1,900 people displaced, including 1,150 in Gleno and
    750 in Railaco"): a sum then only when they add up exactly."""
    if i + 1 >= len(figures):
        return False
    gap = text[figures[i].span[1] : figures[i + 1].span[0]]
    head, comma, tail = gap.partition(",")
    return bool(comma) and len(head.split()) <= 2 and bool(SUBSET.fullmatch(tail.strip()))


def _sum_check(
    doc: Doc,
    ctx: Context,
    total: Figure,
    i: int,
    parts: list[int],
    figures: tuple[Figure, ...],
    subset: bool,
    span: tuple[int, int],
) -> Check:
    values = [figures[j].value for j in parts]
    got, want = sum(values), total.value
    shown = "+".join(_num(v) for v in values)
    tol = step(want) / 2 if total.qualifier == "about" else 0.0
    if subset or total.qualifier in ("more_than", "at_least"):
        holds = got <= want + tol if subset else got >= want - tol
        relation = "within" if subset else "at least"
    elif total.qualifier in ("less_than", "at_most", "up_to"):
        holds, relation = got <= want, "at most"
    else:
        holds, relation = abs(got - want) <= tol, "about" if tol else "="
    if holds:
        detail = f"{shown} = {_num(got)}, {relation} stated total {_num(want)}: holds"
        if relation == "=":
            detail = f"{shown} = {_num(want)} holds"
    else:
        detail = (
            f"parts sum to {_num(got)}, stated total {_num(want)}: off by {_num(abs(got - want))}"
        )
    return Check(
        article_id=ctx.article_id,
        kind="sum",
        text=doc_text(doc)[span[0] : span[1]],
        span=span,
        holds=holds,
        detail=detail,
        figures=(i, *parts),
        extractor=EXTRACTOR,
        explanation=f"total {total.text!r} ({total.qualifier}) against {len(parts)} parts"
        + (", listed as included" if subset else ""),
    )


def _over_period(doc: Doc, count: Figure, rate: Figure) -> Figure | None:
    """`count` as a rate when its sentence gives the period: "1.5 million shells this year"."""
    sent = _sentence(doc, count)
    if sent is None or sent != _sentence(doc, rate) or count.category != _base(rate):
        return None
    words = doc_text(doc)[sent.start_char : rate.span[0]]
    found = PERIOD.search(words)
    if found is None:
        return None
    unit = f"per_{found.group(1).lower()}"
    return replace(count, unit=unit, category=f"{count.category}_{unit}")


def _base(fig: Figure) -> str:
    return fig.category.removesuffix(f"_{fig.unit}") if fig.unit in DAYS else fig.category


def _breakdowns(doc: Doc, ctx: Context, figures: tuple[Figure, ...]) -> Iterator[Check]:
    """A sentence that splits a total into parts: "Of these, ...", "Of the 36 hospitals, ...",
    or one that follows a stated total with its parts ("suffered 13 casualties. Five soldiers
    were killed and eight wounded"; "1,081 were killed. The toll included 332 ...")."""
    sents = [_sentence(doc, f) for f in figures]
    for i, sent in enumerate(sents):
        if sent is None or (i and sents[i - 1] == sent):
            continue
        subset = False
        mine = [j for j in range(i, len(figures)) if sents[j] == sent]
        before = [j for j in range(i) if (s := sents[j]) is not None and s.end == sent.start]
        head_end = next((t.idx for t in sent if t.text == ","), sent.start_char)
        if sent[0].lower_ == "of" and figures[i].span[1] <= head_end:  # "Of the 36 hospitals,"
            total, parts = i, mine[1:]
        elif sent[0].lower_ != "of" and _restates_total(sent):  # "The toll included ..."
            fits = [j for j in before if figures[i].category in _part_kinds(figures[j])]
            if not fits:
                continue
            total, subset = fits[-1], True
            parts = [i, *_run(doc, figures, i, _part_kinds(figures[total]), 1)]
        elif sent[0].lower_ == "of":  # "Of these, ..."
            kinds = {figures[j].category for j in mine}
            fits = [j for j in before if kinds <= _part_kinds(figures[j])]
            if not fits:
                continue
            total, parts = fits[0], mine
        elif before and figures[before[-1]].total and _leads(doc, sent, figures[i]):
            total = before[-1]  # the parts open the sentence after the total, listed together
            parts = _run(doc, figures, i, _part_kinds(figures[total]), 1)
            parts = [i, *parts] if figures[i].category in _part_kinds(figures[total]) else []
        else:
            continue
        kinds = _part_kinds(figures[total])
        parts = [j for j in parts if figures[j].category in kinds and not figures[j].total]
        if len(parts) < 2:
            continue
        span = (figures[total].span[0], figures[parts[-1]].span[1])
        yield _sum_check(doc, ctx, figures[total], total, parts, figures, subset, span)


def _spread(doc: Doc, ctx: Context, figures: tuple[Figure, ...], used: set[int]) -> Iterator[Check]:
    """A total broken down over the sentences after it, a place a clause ("killed 11 ... In
    Kharkiv, six people were killed ... three in Zaporizhzhia ... Two people died in
    Kherson"): linked when the next figures of its kind, to the end of the next paragraph,
    add up to it exactly. Only an exact sum tells parts from other counts of the same kind."""
    text = doc_text(doc)
    sents = [_sentence(doc, f) for f in figures]
    kinds, qualifiers = lexicon()["spread"]["kinds"], lexicon()["spread"]["qualifiers"]
    for i, total in enumerate(figures):
        if i in used or total.qualifier not in qualifiers or total.category not in kinds:
            continue
        para = text.find("\n\n", total.span[1])
        end = text.find("\n\n", para + 2) if para >= 0 else -1
        end = len(text) if end < 0 else end
        parts, got = [], 0.0
        for j in range(i + 1, len(figures)):
            fig = figures[j]
            if fig.span[0] >= end or got >= total.value:
                break
            part_of_some = text[fig.span[1] : fig.span[1] + 12].lower().lstrip().startswith(
                tuple(lexicon()["counted"]["part_after"]))  # "six of them": of another count
            if fig.category == total.category and sents[j] != sents[i] and j not in used \
                    and not part_of_some:
                parts.append(j)
                got += fig.value
        if len(parts) >= 2 and got == total.value:
            used.update([i, *parts])
            span = (total.span[0], figures[parts[-1]].span[1])
            yield _sum_check(doc, ctx, total, i, parts, figures, False, span)


def _fates(doc: Doc, ctx: Context, figures: tuple[Figure, ...], used: set[int]) -> Iterator[Check]:
    """What became of a count, told by a part "of them" and the counts after it in its
    sentence ("Twenty-seven people were detained. Nineteen of them were freed on Monday;
    eight face charges"), or by bare numbers after it in its own sentence ("Twenty-seven
    prisoners escaped; 19 had been caught, which leaves eight at large"): linked when they
    add up to the count before exactly, whatever kinds their verbs give them."""
    text = doc_text(doc)
    sents = [_sentence(doc, f) for f in figures]
    after = tuple(lexicon()["counted"]["part_after"])
    for j in range(1, len(figures)):
        sent = sents[j]
        first = figures[j]
        of_them = text[first.span[1] : first.span[1] + 12].lower().lstrip().startswith(after)
        if sent is None or j in used or first.unit or not (of_them or _bare(first)):
            continue
        whole = j - 1
        told = sents[whole]
        if told is None or whole in used or figures[whole].unit or _bare(figures[whole]) \
                or (told != sent and (not of_them or told.end != sent.start)):
            continue
        parts = [j, *(k for k in range(j + 1, len(figures)) if sents[k] == sent
                      and not figures[k].unit and k not in used)]
        if len(parts) >= 2 and sum(figures[k].value for k in parts) == figures[whole].value:
            used.update([whole, *parts])
            span = (figures[whole].span[0], figures[parts[-1]].span[1])
            yield _sum_check(doc, ctx, figures[whole], whole, parts, figures, False, span)


def _bare(fig: Figure) -> bool:
    """True for a number with no noun of its own ("by this morning 19 had been caught"),
    which counts the people its sentence counted before it."""
    return not any(c.isspace() for c in fig.text)


def _restates_total(sent: Span) -> bool:
    """ "The toll included ...", "The dead comprised ...": a sentence that breaks down a total
    stated before it."""
    lex = lexicon()
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.head.lemma_.lower() in lex["harm"]["including"] + ["comprise"]
        and (subject.lemma_.lower() in lex["totals"]["nouns"] or subject.lower_ == "dead")
    )


def _leads(doc: Doc, sent: Span, fig: Figure) -> bool:
    """True when `fig` opens its sentence ("Five soldiers were killed and eight ...")."""
    return not doc_text(doc)[sent.start_char : fig.span[0]].strip()


def _sentence(doc: Doc, fig: Figure) -> Span | None:
    words = words_over(doc, *fig.span)
    return words.sent if words is not None else None
_LAST_SENTENCES: list[tuple[Doc, dict[tuple[int, int], Span | None]]] = []


def _units(doc: Doc, ctx: Context, figures: tuple[Figure, ...]) -> Iterator[Check]:
    factors = lexicon()["conversions"]
    for i, fig in enumerate(figures):
        if fig.alt_value is None or fig.alt_unit is None:
            continue
        factor = factors.get(f"{fig.unit} {fig.alt_unit}")
        if factor is None:
            continue
        converted = fig.value * factor
        tol = max(step(fig.alt_value) / 2, step(fig.value) * factor / 2)
        off = abs(converted - fig.alt_value)
        holds = off <= tol
        stated = f"{_num(fig.value)} {fig.unit} = {converted:.1f} {fig.alt_unit}"
        detail = (
            f"{stated}, stated {_num(fig.alt_value)}: holds"
            if holds
            else f"{stated}, stated {_num(fig.alt_value)}: off by {off:.1f} {fig.alt_unit}"
        )
        yield Check(
            article_id=ctx.article_id,
            kind="unit",
            text=fig.text,
            span=fig.span,
            holds=holds,
            detail=detail,
            figures=(i,),
            extractor=EXTRACTOR,
            explanation=f"conversion within rounding of ±{tol:.1f} {fig.alt_unit}",
        )


def _rates(doc: Doc, ctx: Context, figures: tuple[Figure, ...]) -> Iterator[Check]:
    """Two rates of the same thing in one paragraph: "1,000 a day" against "7,000 a week"."""
    for i, first in enumerate(figures):
        for j in range(i + 1, len(figures)):
            b = figures[j]
            if "\n" in doc_text(doc)[first.span[1] : b.span[0]]:
                break
            a = first
            if a.unit not in DAYS and b.unit in DAYS:
                a = _over_period(doc, a, b) or a
            if a.unit not in DAYS or b.unit not in DAYS or a.unit == b.unit:
                continue
            if a.category.removesuffix(f"_{a.unit}") != b.category.removesuffix(f"_{b.unit}"):
                continue
            a_day, b_day = a.value / DAYS[a.unit], b.value / DAYS[b.unit]
            tol = max(step(a.value) / DAYS[a.unit], step(b.value) / DAYS[b.unit]) / 2
            tol = max(tol, 0.1 * max(a_day, b_day))
            holds = abs(a_day - b_day) <= tol
            span = (a.span[0], b.span[1])
            yield Check(
                article_id=ctx.article_id,
                kind="other",
                text=doc_text(doc)[span[0] : span[1]],
                span=span,
                holds=holds,
                detail=f"{a_day:.1f} a day against {b_day:.1f} a day: "
                + ("holds" if holds else f"off by {abs(a_day - b_day):.1f} a day"),
                figures=(i, j),
                extractor=EXTRACTOR,
                explanation="two rates of one thing",
            )


ADDED = re.compile(r"\b(more|additional|further|another|new)\b", re.I)


def _revisions(doc: Doc, ctx: Context, figures: tuple[Figure, ...]) -> Iterator[Check]:
    """ "rose from 12 to 15 after rescuers pulled three more bodies": old + added = new."""
    text = doc_text(doc)
    for i in range(len(figures) - 2):
        old, new = figures[i], figures[i + 1]
        way = revised_from(text, old.span[0])
        if not way or text[old.span[1] : new.span[0]].strip() != "to":
            continue
        sent = _sentence(doc, new)
        added_at = next(
            (
                k
                for k, f in enumerate(figures[i + 2 :], i + 2)
                if sent is not None
                and f.span[1] <= sent.end_char
                and f.category in (new.category, "people", "count")
                and ADDED.search(text[max(new.span[1], f.span[0] - 12) : f.span[1]])
            ),
            None,
        )
        if added_at is None:
            continue
        added = figures[added_at]
        got = old.value + way * added.value
        holds = got == new.value
        sign = "+" if way > 0 else "-"
        shown = f"{_num(old.value)} {sign} {_num(added.value)} = {_num(got)}"
        span = (old.span[0], added.span[1])
        yield Check(
            article_id=ctx.article_id,
            kind="other",
            text=text[span[0] : span[1]],
            span=span,
            holds=holds,
            detail=f"{shown}, revised to {_num(new.value)}: "
            + ("holds" if holds else f"off by {_num(abs(got - new.value))}"),
            figures=(i, i + 1, added_at),
            extractor=EXTRACTOR,
            explanation="a revised figure against the count added to it",
        )
