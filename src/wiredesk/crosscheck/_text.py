"""Names and claim wording made comparable: normalised names, content words, overlap."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_NOT_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+")
_SUFFIXES = ("ing", "ed", "es", "s")


@lru_cache(maxsize=1 << 16)  # names recur in every report: normalised once each
def normalise(name: str | None) -> str:
    """A name compared loosely: case, accents, a leading "the", possessive, dots ignored."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’']s\b", "", text)
    text = _SPACES.sub(" ", _NOT_WORD.sub(" ", text.replace(".", ""))).strip()
    return text.removeprefix("the ")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's stop list without the words that carry a claim ("not", "back": data)."""
    from wiredesk.crosscheck._rules import rules

    return frozenset(STOP_WORDS) - rules().kept_stop_words


@cache
def _irregular() -> dict[str, str]:
    """Irregular verb forms and their base ("shot" -> "shoot", "beaten" -> "beat"), from the
    model's own lemma exception table, read off disk without loading the pipeline: a claim
    and the denial of it share the verb whatever its tense. Empty when the model is not
    installed (a store read where nothing is parsed)."""
    import importlib.util
    from pathlib import Path

    from spacy.lookups import Lookups

    from wiredesk.nlp.pipeline import MODEL_NAME

    spec = importlib.util.find_spec(MODEL_NAME)
    if spec is None or spec.origin is None:
        return {}
    folder = next(Path(spec.origin).parent.glob("*/lemmatizer/lookups"), None)
    if folder is None:
        return {}
    verbs = Lookups().from_disk(folder).get_table("lemma_exc").get("verb", {})
    return {form: bases[0] for form, bases in verbs.items()
            if bases and bases[0] != form and form.isalpha()}


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The words that carry a claim: stop words dropped, paraphrases and word forms merged
    (data/crosscheck.toml), numbers unformatted."""
    from wiredesk.crosscheck._rules import rules  # the rules normalise names with this module

    paraphrases = rules().paraphrases
    stop = _stop_words()
    out = set()
    for token in _TOKEN.findall(text.casefold()):
        if token[0].isdigit():
            out.add(token.replace(",", ""))
        elif token in paraphrases:
            out.add(paraphrases[token])
        elif token not in stop and len(token) > 1:
            base = _irregular().get(token)
            out.add(paraphrases.get(base, base) if base else _stem(token))
    return frozenset(out)


def proper_names(text: str) -> frozenset[str]:
    """The capitalised words inside `text` (its first word aside), as `content_words` has
    them: the names ("Sotk", "Nabatieh Governmental Hospital") that pin what it is about."""
    words = _TOKEN.findall(text)[1:]
    return content_words(" ".join(w for w in words if w[:1].isupper()))


def numbers(text: str) -> frozenset[str]:
    """The numbers written in digits in `text`, unformatted ("1,050" -> "1050")."""
    return frozenset(t.replace(",", "") for t in _TOKEN.findall(text) if t[0].isdigit())


def overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """Shared words over the shorter side's words, and how many are shared."""
    if not a or not b:
        return 0.0, 0
    shared = len(a & b)
    return shared / min(len(a), len(b)), shared


def says_the_same(a: frozenset[str], b: frozenset[str], ratio: float, min_shared: int) -> bool:
    """True when two wordings overlap enough (all words of a very short one count)."""
    score, shared = overlap(a, b)
    return score >= ratio and shared >= min(min_shared, len(a), len(b))
