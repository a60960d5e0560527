"""Figures listed one after another: how near two must stand to belong to one list, and the
kind a comma's breakdown of a toll takes from it.

"Police had counted 26 bodies by Monday evening, 19 men and seven women and children": the
parts say only whom they count, and that they add up to the toll says what befell them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from wiredesk.extract.numbers._parse import lexicon
from wiredesk.nlp import doc_text
from wiredesk.records import Figure

MAX_GAP = 40  # characters between a total and its first part, or between two parts
HARD_BREAK = re.compile(r"[.;!?]\s|\d|\n")  # a new line: a highlight's next item
BREAK = re.compile(HARD_BREAK.pattern + r"|\b(?:" + "|".join(
    map(re.escape, lexicon()["lists"]["breaks"])) + r")\b", re.I)


FRAME_BREAK = re.compile(r"[,:;.()\u2013\u2014]|\s-\s")  # a mark that ends a total's clause


def frames(text: str, total: Figure, frame: Figure) -> bool:
    """True when `frame`, in `total`'s own clause right after it, counts what the total's parts
    are spread over ("31 people were killed across three provinces: 14 in Kherson, ..."):
    no part of the total, and no end of its list."""
    if frame.category not in lexicon()["lists"]["frames"] or frame.span[0] < total.span[1]:
        return False
    gap = text[total.span[1] : frame.span[0]]
    return len(gap.split()) <= 4 and not FRAME_BREAK.search(gap)


def linked(doc: Doc, a: Figure, b: Figure) -> bool:
    """True when nothing but a short connective stands between two figures."""
    gap = doc_text(doc)[a.span[1] : b.span[0]]
    if gap.rstrip().endswith(":"):  # "killed or wounded while seeking aid ...: 56 dead"
        return len(gap) <= 2 * MAX_GAP and not HARD_BREAK.search(gap)
    return 0 <= len(gap) <= MAX_GAP and not BREAK.search(gap)


def comma_parts(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures, with the parts listed after a comma behind a count of harm taking its
    kind when they count only people and add up to it exactly."""
    text = doc_text(doc)
    generic = lexicon()["counted"]["generic"]
    harm = lexicon()["harm"]["categories"]
    out = list(figures)
    for i, whole in enumerate(figures):
        if whole.category not in harm or i + 1 >= len(figures):
            continue
        if not text[whole.span[1] : figures[i + 1].span[0]].rstrip().endswith(","):
            continue
        run, last = [], whole
        for j in range(i + 1, len(figures)):
            if figures[j].category not in generic or not linked(doc, last, figures[j]):
                break
            run.append(j)
            last = figures[j]
        if len(run) >= 2 and sum(figures[j].value for j in run) == whole.value:
            for j in run:
                out[j] = replace(out[j], category=whole.category,
                                 explanation=f"among the {whole.text!r}, whose parts add up")
    return out
