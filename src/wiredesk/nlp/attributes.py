"""The model's attribute rules (its tag map, morphology and lemma exceptions), applied from
arrays with the outcome of each kind of word remembered, instead of by spaCy's Matcher.

spaCy's `attribute_ruler` runs a Matcher of ~180 patterns over every token of every document
and sets each hit through a Span and a Token: an eighth of the parse. Nearly all of its rules
read one token's tag, lower-cased form and dependency, so what they set on a word is the same
every time that kind of word comes back; the few two-token rules ("gon na", "y' all") are
found with array masks. The rules are compiled from the model's own ruler, applied in the
same order (a later rule wins), and any pattern this reader does not know keeps spaCy's ruler.
The lemmatizer likewise gives a word of one form, part of speech and morphology one lemma:
it is asked once a kind of word (`RememberedLemmas`), not through a Token a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

_READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = (TAG, LOWER, DEP, IS_SPACE)  # what a rule may read, in the key's order
_WRITTEN = (POS, TAG, LEMMA, MORPH, DEP)  # what a rule may set
_KINDS_KEPT = 200_000  # kinds of word remembered before the memory starts again


class Unsupported(ValueError):
    """A ruler pattern this reader cannot apply exactly."""


@dataclass(frozen=True, slots=True)
class _Test:
    """One condition on one token: its column (index into `_COLUMNS`) and a test on the id."""

    column: int
    op: str  # "eq", "in", "not_in", "regex"
    ids: frozenset[int]
    regex: re.Pattern[str] | None = None


def _tests(spec: dict[str, Any]) -> tuple[_Test, ...]:
    """A token pattern's conditions, or Unsupported."""
    out = []
    for key, value in spec.items():
        if key not in _READ:
            raise Unsupported(key)
        column = _COLUMNS.index(_READ[key])
        if isinstance(value, bool):
            out.append(_Test(column, "eq", frozenset({int(value)})))
        elif isinstance(value, str):
            out.append(_Test(column, "eq", frozenset({get_string_id(value)})))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                ids = frozenset(get_string_id(v) for v in arg)
                out.append(_Test(column, op.lower(), ids))
            elif op == "REGEX" and isinstance(arg, str) and key == "LOWER":
                out.append(_Test(column, "regex", frozenset(), re.compile(arg)))
            else:
                raise Unsupported(f"{key}: {value}")
        else:
            raise Unsupported(f"{key}: {value}")
    return tuple(out)


def _holds(tests: tuple[_Test, ...], key: tuple[int, ...], strings: StringStore) -> bool:
    for t in tests:
        value = key[t.column]
        if t.op == "eq" or t.op == "in":
            ok = value in t.ids
        elif t.op == "not_in":
            ok = value not in t.ids
        else:
            assert t.regex is not None
            ok = bool(t.regex.search(strings[value]))
        if not ok:
            return False
    return True


def _mask(tests: tuple[_Test, ...], cols: np.ndarray, strings: StringStore) -> np.ndarray:
    """Which tokens meet every condition, from the document's columns."""
    mask = np.ones(len(cols), dtype=bool)
    for t in tests:
        col = cols[:, t.column]
        if t.op == "eq" and len(t.ids) == 1:
            mask &= col == next(iter(t.ids))
        elif t.op in ("eq", "in"):
            mask &= np.isin(col, list(t.ids))
        elif t.op == "not_in":
            mask &= ~np.isin(col, list(t.ids))
        else:
            assert t.regex is not None
            rx = t.regex
            mask &= np.fromiter(
                (bool(rx.search(strings[int(v)])) for v in col.tolist()), bool, len(col)
            )
    return mask


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    patterns: tuple[tuple[tuple[_Test, ...], ...], ...]
    index: int
    sets: tuple[tuple[int, int], ...]  # (position in _WRITTEN, value)


class AttributeRules:
    """The ruler's rules, compiled; calling it on a Doc sets what spaCy's ruler would."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        rules = []
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            found = ruler.matcher.get(str(order))
            if found is None or found[0] is not None:
                raise Unsupported(f"rule {order}")
            patterns = tuple(tuple(_tests(spec) for spec in p) for p in found[1])
            if any(not p for p in patterns) or any(k not in _WRITTEN for k in attrs):
                raise Unsupported(f"rule {order}")
            sets = tuple((_WRITTEN.index(k), int(v)) for k, v in attrs.items())
            rules.append(_Rule(order, patterns, index, sets))
        self.single = [r for r in rules if all(len(p) == 1 for p in r.patterns)]
        self.longer = [r for r in rules if r not in self.single]
        wide = [r for r in self.longer if r.index not in range(-2, 2)]
        if wide or any(len(p) > 2 for r in self.longer for p in r.patterns) or any(
            r.index not in (0, -1) for r in self.single
        ):
            raise Unsupported("a rule of more than two tokens, or setting one outside its match")
        # a word's form matters to the one-token rules only if one names it or reads it by regex
        self.named = frozenset(
            i for r in self.single for p in r.patterns for t in p[0]
            if t.column == 1 for i in t.ids
        )
        self.regexes = [t.regex for r in self.single for p in r.patterns for t in p[0]
                        if t.regex is not None]
        # kind of word -> the one-token rules it meets, and what they set
        self.kinds: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[tuple[int, int], ...]]] = {}
        self.forms: dict[int, int] = {}  # a form no rule names -> itself if a regex reads it
        self.touched = tuple(a for a in _WRITTEN if any(a in attrs for attrs in ruler.attrs))

    def _form(self, lower: int) -> int:
        """The form as the one-token rules see it: 0 when none of them can tell it apart."""
        if lower in self.named:
            return lower
        if not self.regexes:
            return 0
        seen = self.forms.get(lower)
        if seen is None:
            if len(self.forms) > _KINDS_KEPT:
                self.forms.clear()
            text = self.strings[lower]
            seen = self.forms[lower] = lower if any(rx.search(text) for rx in self.regexes) else 0
        return seen

    def _hits(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
        """The one-token rules a kind of word meets, in order, and what they leave set on it
        (a later rule wins), remembered."""
        found = self.kinds.get(key)
        if found is None:
            if len(self.kinds) > _KINDS_KEPT:
                self.kinds.clear()
            hit = tuple(
                n for n, r in enumerate(self.single)
                if any(_holds(p[0], key, self.strings) for p in r.patterns)
            )
            found = self.kinds[key] = (hit, _outcome(self.single[n] for n in hit))
        return found

    def _longer_hits(self, cols: np.ndarray) -> dict[int, list[_Rule]]:
        """The tokens the two-token rules set, each with its rules."""
        out: dict[int, list[_Rule]] = {}
        if len(cols) < 2:
            return out
        for rule in self.longer:
            for p in rule.patterns:
                if len(p) == 1:
                    starts = np.flatnonzero(_mask(p[0], cols, self.strings))
                    width = 1
                else:
                    first = _mask(tuple(t for t in p[0] if t.op != "regex"), cols, self.strings)
                    second = _mask(tuple(t for t in p[1] if t.op != "regex"), cols, self.strings)
                    starts = np.flatnonzero(first[:-1] & second[1:])
                    width = 2
                for s in starts.tolist():
                    key0 = tuple(cols[s].tolist())
                    if width == 2 and not (
                        _holds(p[0], key0, self.strings)
                        and _holds(p[1], tuple(cols[s + 1].tolist()), self.strings)
                    ):
                        continue
                    target = s + (rule.index if rule.index >= 0 else width + rule.index)
                    out.setdefault(target, []).append(rule)
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cols = doc.to_array([*_COLUMNS, *_WRITTEN])
        keys = cols[:, : len(_COLUMNS)]
        written = [cols[:, len(_COLUMNS) + j].tolist() for j in range(len(_WRITTEN))]
        longer = self._longer_hits(keys)
        form, hits = self._form, self._hits
        for i, (tag, lower, dep, space) in enumerate(keys.tolist()):
            rules, sets = hits((tag, form(lower), dep, space))
            if i in longer:  # the two-token rules take their place in the order
                ordered = sorted({*(self.single[n] for n in rules), *longer[i]}, key=_order)
                sets = _outcome(ordered)
            for j, value in sets:
                written[j][i] = value
        values: Any = np.array([written[_WRITTEN.index(a)] for a in self.touched], np.uint64)
        doc.from_array(list(self.touched), values.T)
        return doc


def _order(rule: _Rule) -> int:
    return rule.order


def _outcome(rules: Iterable[_Rule]) -> tuple[tuple[int, int], ...]:
    """What rules applied in turn leave set: (position in `_WRITTEN`, value), a later one
    winning."""
    final: dict[int, int] = {}
    for rule in rules:
        final.update(rule.sets)
    return tuple(final.items())


@Language.factory("attribute_rules")
def attribute_rules(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The model's `attribute_ruler` compiled (`AttributeRules`); it stays where it is when
    one of its patterns is of a kind the compiled reader does not know."""
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise Unsupported("no attribute_ruler")
    return AttributeRules(ruler)


class RememberedLemmas:
    """The model's lemmatizer asked once a kind of word: its rule and lookup modes read only
    the word's form, part of speech and morphology, and it builds a Token a word to ask."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode not in ("rule", "lookup"):
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode}")
        self.lemmatizer = lemmatizer
        self.kinds: dict[tuple[int, int, int], int] = {}  # (form, pos, morph) -> lemma id

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cols[:, 3].tolist()
        kinds, every = self.kinds, self.lemmatizer.overwrite
        for i, (form, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma and not every:
                continue
            found = kinds.get((form, pos, morph))
            if found is None:
                if len(kinds) > _KINDS_KEPT:
                    kinds.clear()
                text = self.lemmatizer.lemmatize(doc[i])[0]
                found = kinds[form, pos, morph] = doc.vocab.strings.add(text)
            lemmas[i] = found
        values: Any = np.array(lemmas, np.uint64)
        doc.from_array([LEMMA], values)
        return doc


@Language.factory("remembered_lemmas")
def remembered_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The model's lemmatizer asked once a kind of word (`RememberedLemmas`)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise Unsupported("no lemmatizer")
    return RememberedLemmas(lemmatizer)
