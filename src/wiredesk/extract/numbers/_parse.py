"""Find numbers in running text: digits ("1,300", "1.3 million", "$40bn") and words ("six",
"a dozen", "twenty-five", "hundreds of").

Works on characters, not tokens, so that a figure's value never depends on how the parser
split "10km" or "$1.3bn". Identifiers that only look like numbers are left out here: model
names ("S-400", "Su-34", "Shahed-136", "COVID-19", "G7") by the letters glued to them,
phone numbers (dialling codes, leading zeros) and ISO dates by their shape, times of day
by their colon.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from wiredesk.nlp.pipeline import lowered_text


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: where it stands, its value, and how it was written."""

    start: int
    end: int
    value: float
    spelled: bool = False  # written in words ("six"), not digits
    vague: bool = False  # "hundreds of": the value is a lower bound
    currency: str | None = None  # "USD" for "$1.3 billion"
    high: float | None = None  # upper end of a range ("10-15", "10 to 15", "between 20 and 30")
    fraction: bool = False  # a share: "a third of", "two-thirds of"
    ordinal: bool = False  # one more: "two were killed and a third was wounded"


@cache
def lexicon() -> dict[str, Any]:
    """The figures lexicon (data/figures.toml), with the money names of data/currencies.toml
    folded into its units, read once per process."""
    data = files("wiredesk.data")
    lex = tomllib.loads(data.joinpath("figures.toml").read_text(encoding="utf-8"))
    currencies = tomllib.loads(data.joinpath("currencies.toml").read_text(encoding="utf-8"))
    _add_currencies(lex, currencies["currencies"])
    return lex


def _add_currencies(lex: dict[str, Any], currencies: dict[str, Any]) -> None:
    """Every currency in use as a unit: its full names ("caribbean guilders") in its code, and
    the last word of them ("guilders") in its code when one currency is so named, else as
    a name several countries share, whose code the story's country decides ([shared_currencies],
    whose own entries win). A word [units] names already keeps its meaning, and a last word
    that is another English word ([money] other_words: "mark", "won") is read only in a full
    name."""
    units, shared = lex["units"], lex["shared_currencies"]
    other = set(lex["money"]["other_words"])
    by_word: dict[str, dict[str, str]] = {}
    for code, row in currencies.items():
        for name in row["names"]:
            units.setdefault(name, [code, "money", 1.0])
            word = name.split()[-1]
            if word not in other:
                by_word.setdefault(word, {}).update({t: code for t in row["territories"]})
    for word, codes in by_word.items():
        word = next((word[:-n] for n in (1, 2) if word[-n:] in ("s", "es")
                     and word[:-n] in units), word)  # "rupees" is read as "rupee" is
        if word in units and units[word][0] != word:
            continue  # "dollar": the hand's reading (USD) stands
        if len(set(codes.values())) == 1 and word not in units:
            units[word] = [next(iter(codes.values())), "money", 1.0]
        else:
            units.setdefault(word, [word, "money", 1.0])
            shared[word] = {**codes, **shared.get(word, {})}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _found(lowered: bool) -> re.Pattern[str]:
    """Every number's pattern; with `lowered`, for a lower-cased text, matching as written
    (sre compares letters as they are, about twice as fast as ignoring case): its
    currencies and its one letter class in lower case."""
    words = lexicon()["number_words"]
    ones, tens = _alternation(words["ones"]), _alternation(words["tens"])
    long_scales = _alternation([s for s in words["scales"] if len(s) > 2])
    word = rf"(?:{tens})(?:[-\s](?:{ones}))?|(?:{ones})|dozen"
    lead = rf"(?:(?:a|an|half\s+a)\s+(?=(?:dozen|{long_scales})\b))?"
    after_scale = "|".join(f"(?<={s})" for s in words["scales"] if len(s) > 2)
    joint = rf"(?:(?:{after_scale})\s+and\s+|[\s-]+)"  # "two hundred and fifty", not "5 and 6"
    spelled = rf"{lead}(?:{word}|{long_scales})(?:{joint}(?:{word}|{long_scales}))*"
    vague = _alternation(list(words["vague"]))
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    currencies = list(lexicon()["currencies"])
    currency = _alternation([c.lower() for c in currencies] if lowered else currencies)
    letter = "[a-z]" if lowered else "[A-Za-z]"
    glued = r"(?:km|kms|mi|kg|lb|ft|m)"  # units written without a space: "10km"
    # units hyphenated to an adjective: "a 740-km (460-mile) frontier"; never "155-mm" calibres
    hyphened = r"[-–](?:km|kilometre|kilometer|mile|nautical[-\s]mile|metre|meter|kg|tonne|ton)\b"
    number = (
        rf"(?P<cur>{currency})?\s?(?P<num>{digits})"
        rf"(?:(?:\s+(?P<scale>{long_scales})\b)|(?P<short>bn|mn|m|k)\b)?"
        rf"(?:(?:[-–]|\s+to\s+)(?P<high>{digits})(?:\s+(?P<hscale>{long_scales})\b)?)?"
    )
    fractions = _alternation(list(words["fractions"]))
    ordinals = _alternation(words["ordinals"])
    outcomes = lexicon()["outcomes"]
    fates = _alternation([w for k in ("killed", "wounded", "missing", "displaced")
                          for w in outcomes[k] if " " not in w])
    return re.compile(
        rf"(?<![\w.,:/#])(?<!{letter}[-–])(?:{number}(?:(?={glued}\b|{hyphened})|(?![\w]|[.,:/]\d|[-–]\w))"
        rf"|(?P<vague>(?:{vague}))[\"”’']?\s+(?:of\b|(?=(?:{fates})\b))"  # 'killed "dozens" of
        # soldiers', 'left dozens dead': a vague amount of people a harm befell
        rf"|(?P<frac>\b(?:a|an|one|{ones})?[\s-]?(?P<denom>{fractions}))(?=\s+of\b)"
        rf"|(?P<words>\b(?:{spelled})\b)(?![-–]\w)"
        rf"|(?P<ordinal>\b(?:a|an)\s+(?:{ordinals}))\b(?![-–]|\s+of\b))",
        0 if lowered else re.IGNORECASE,
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The numbers' pattern, as written and for a lowered text; the masks; a range's end."""
    words = lexicon()["number_words"]
    long_scales = _alternation([s for s in words["scales"] if len(s) > 2])
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    currency = _alternation(list(lexicon()["currencies"]))
    # "between 20 and 30": the second number closes a range the first opened
    between = re.compile(rf"\s+and\s+(?:{currency})?\s?(?:{digits})(?:\s+(?:{long_scales})\b)?")
    masked = re.compile(  # each opens on a "+", a "(" or a digit: sre skips to those in C
        r"(?=[+(\d])(?:\+\d[\d\s().-]{6,}\d|\(\d{2,5}\)\s?\d[\d\s-]{4,}\d|\b\d{3}-\d{3,4}(?:-\d{4})?\b"
        r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
        r"|(?<![\d,.])\b0\d{2,}(?:[-\s]\d{3,})*\b"  # a leading zero: a dialling code, never a count
        r"|\b\d{5}\s\d{5}\b"  # a mobile number written in two fives
        r"|\b\d{3}\s\d{3}\s\d{4}\b|\b\d{2}(?:\s\d{2}){3,}\b)"  # "310 455 2870", "80 00 11 14"
    )
    return _found(lowered=False), _found(lowered=True), masked, between


@cache
def _revision() -> re.Pattern[str]:
    """A change verb and "from" right before a number: "rose from 12 to 15" is a toll revised,
    not a range."""
    verbs = _alternation(lexicon()["revisions"]["verbs"] + lexicon()["revisions"]["down"])
    return re.compile(rf"\b({verbs})\s+from\s+$", re.I)


def revised_from(text: str, start: int) -> int:
    """+1 when the number at `start` is the old value of a rise ("rose from 12 to 15"), -1 of
    a fall ("fell from 15 to 12"), 0 when it is no revision's old value."""
    found = _revision().search(text, max(0, start - 30), start)
    if found is None:
        return 0
    return -1 if found.group(1).lower() in lexicon()["revisions"]["down"] else 1


def _spelled_value(text: str) -> float:
    """The value of "two hundred and fifty", "a dozen", "half a million"."""
    words = lexicon()["number_words"]
    units = {w: i for i, w in enumerate(words["ones"])}
    units.update({w: 20 + 10 * i for i, w in enumerate(words["tens"])})
    scales = words["scales"]
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", text.lower()):
        if w == "half":
            current = 0.5
        elif w in ("a", "an"):
            current = current or 1.0
        elif w == "dozen":
            current = (current or 1.0) * words["dozen"]
        elif w in units:
            current += units[w]
        elif w in scales:
            current = (current or 1.0) * scales[w]
            if scales[w] >= 1000:
                total, current = total + current, 0.0
    return total + current


def _digits(text: str) -> float:
    return float(text.replace(",", ""))


def _fraction(words: str, denom: str) -> float:
    """The share "two-thirds", "a quarter", "half" stands for."""
    lex = lexicon()["number_words"]
    head = words[: len(words) - len(denom)].strip(" -").lower()
    ones = {w: i for i, w in enumerate(lex["ones"])}
    numerator = ones.get(head, 1) if head not in ("", "a", "an") else 1
    return numerator / lex["fractions"][denom.lower()]


def _is_year(digits: str) -> bool:
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100


def find_numbers(text: str) -> Iterator[Number]:
    """Every number in `text`, left to right, never overlapping."""
    numbers = list(_numbers(text))
    between = _patterns()[3]
    i = 0
    while i < len(numbers):
        n = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            nxt is not None
            and n.high is None
            and not n.spelled
            and not nxt.spelled
            and not _is_year(text[n.start : n.end])
            and text[max(0, n.start - 8) : n.start].rstrip().lower().endswith("between")
            and (m := between.match(text, n.end))
            and m.end() == nxt.end
        ):
            low = n.value * _scale_of(nxt.value, n.value)
            if nxt.value > low:
                n, i = replace(n, end=nxt.end, value=low, high=nxt.value), i + 1
        elif nxt is not None and _spelled_range(text, n, nxt):
            n, i = replace(n, end=nxt.end, high=nxt.value), i + 1  # "fifteen to twenty"
        elif nxt is not None and _restated_in_digits(text, n, nxt):
            n, i = replace(n, end=nxt.end + 1), i + 1  # "four (4) tusks": one figure
        yield n
        i += 1


def _spelled_range(text: str, low: Number, high: Number) -> bool:
    """True for a range told in words, as digits' ranges are read ("two to three soldiers",
    "between five and ten people"): two plain numbers in words, the second the larger, joined
    by "to" or, after "between", by "and"; never a count's revision ("rose from two to five")."""
    if not (low.spelled and high.spelled) or any(
            n.vague or n.ordinal or n.fraction for n in (low, high)) or high.value <= low.value:
        return False
    joint = text[low.end : high.start].lower()
    between = text[max(0, low.start - 8) : low.start].rstrip().lower().endswith("between")
    return (joint == " to " or (joint == " and " and between)) \
        and revised_from(text, low.start) == 0


def _restated_in_digits(text: str, words: Number, digits: Number) -> bool:
    """True for a number in words restated in digits in brackets right after it, as
    statements and contracts write them: "Three (3) suspected poachers"."""
    return words.spelled and not digits.spelled and words.value == digits.value \
        and text[words.end : digits.start].strip() == "(" \
        and text[digits.end : digits.end + 1] == ")"


def _vague_before(text: str, start: int, scale: str) -> bool:
    """True when the words before a bare scale make it a vague amount ("several thousand",
    "a few hundred" not followed by "of"): no number is told."""
    before = text[max(0, start - 16) : start].lower().split()
    vague = lexicon()["number_words"]["vague"]
    return any(" ".join([*before[-n:], scale.lower()]) in vague for n in (1, 2) if before)


def _scale_of(high: float, low: float) -> float:
    """The scale a range's low end shares with its high end: "between 1 and 2 million"."""
    for factor in (1e9, 1e6, 1e3):
        if low < 1000 and high >= factor and low * factor <= high:
            return factor
    return 1.0


def _numbers(text: str) -> Iterator[Number]:
    found, found_lowered, masked, _ = _patterns()
    lowered = lowered_text(text)
    read = text if lowered is None else lowered  # the same offsets either way
    if lowered is not None:
        found = found_lowered
    hidden = [m.span() for m in masked.finditer(text)]
    scales = lexicon()["number_words"]["scales"]
    currencies = lexicon()["currencies"]
    pos = 0
    while (m := found.search(read, pos)) is not None:
        start, end = m.span()
        pos = end
        if any(a < end and start < b for a, b in hidden):
            continue
        if m.group("vague"):
            value = lexicon()["number_words"]["vague"][re.sub(r"\s+", " ", m["vague"].lower())]
            yield Number(start, m.end("vague"), float(value), spelled=True, vague=True)
            continue
        if m.group("ordinal"):
            yield Number(start, end, 1.0, spelled=True, ordinal=True)
            continue
        if m.group("frac"):
            value = _fraction(m["frac"], m["denom"])
            yield Number(start, end, value, spelled=True, fraction=True)
            continue
        if m.group("words"):
            glued = re.search(r"\d\s$", text[max(0, start - 2) : start])
            if m["words"].lower() in scales and glued:
                continue  # "N397 million": the scale of a number glued to a sign unknown here
            if m["words"].lower() in scales and _vague_before(text, start, m["words"]):
                continue  # "several thousand residents": no number told
            yield Number(start, end, _spelled_value(m["words"]), spelled=True)
            continue
        cur = text[m.start("cur") : m.end("cur")] if m.group("cur") else None  # as written
        short = m.group("short")
        if short and short.lower() in ("m", "k") and not cur:
            end = m.end("num")  # "500m" without a currency is metres: the unit reads it
            short = None
        scale = m.group("scale") or short
        factor = scales[scale.lower()] if scale else 1
        value = _digits(m["num"]) * factor
        high = None
        if m.group("high"):
            hfactor = scales[m["hscale"].lower()] if m.group("hscale") else factor
            high = _digits(m["high"]) * hfactor
            if not scale and m.group("hscale"):  # "1-2 million"
                value *= _scale_of(high, value)
            revised = revised_from(text, start) != 0  # "rose from 12 to 15": two figures
            if high <= value or _is_year(m["num"]) or revised:  # "2022-23", "7-1", "2023 to 500"
                end = m.end("num") if not scale else m.end("scale" if m.group("scale") else "short")
                high = None
                if "to" in text[m.end("num") : m.start("high")]:
                    pos = end  # "since 2023 to 62,895": what followed is a number of its own
        start = m.start("cur") if cur else m.start("num")
        currency = currencies.get(cur) or currencies.get(cur.upper()) if cur else None
        yield Number(start, end, value, currency=currency, high=high)
