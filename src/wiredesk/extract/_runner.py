"""Run the stages over many articles: parse in batches, long texts in pieces."""

from __future__ import annotations

import dataclasses
import gc
import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from wiredesk.extract._registry import LAYERS, Context, ordered
from wiredesk.extract.attributions import credited
from wiredesk.nlp import parse, sentenced
from wiredesk.records import Article, Document, FailureKind, Mention, StageFailure

log = logging.getLogger(__name__)

DEFAULT_STAGES = ("times", "places", "attributions", "figures", "checks", "events")
CHUNK_ARTICLES = 16  # articles a worker process takes at a time: small chunks keep both busy
PIECE_CHARS = 100_000  # spaCy's memory grows with a text's length: parse long texts in pieces
BATCH_CHARS = 100_000  # characters parsed together (~350 MB of parser state a 100,000): a batch
# of long pieces would not fit in memory
MESSAGE_CHARS = 500  # of a failure's message kept
_SPANS = {"span", "clause"}  # record fields that are offsets into the text
YOUNG_OBJECTS = 10_000  # new objects between the collector's passes over the youngest
_SETTLED: list[bool] = []  # one item once this process has frozen its loaded data


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Split `text` into (offset, piece) at paragraph, line or sentence ends near `size`."""
    if len(text) <= size:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut > 0:
                    end = cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def _shift(item: Any, chars: int, index_base: dict[str, int]) -> Any:
    """Move one record's spans by `chars` and its cross-layer indexes by `index_base`."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if f.name in _SPANS and value is not None:
            changes[f.name] = (value[0] + chars, value[1] + chars)
        elif isinstance(value, Mention):
            changes[f.name] = Mention(value.text, (value.span[0] + chars, value.span[1] + chars))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes[f.name] = _shift(value, chars, index_base)
        elif f.name == "attribution" and isinstance(value, int):
            changes[f.name] = value + index_base["attributions"]
        elif f.name == "figures" and isinstance(value, tuple):
            changes[f.name] = tuple(i + index_base["figures"] for i in value)
    return dataclasses.replace(item, **changes) if changes else item


def failure(stage: str, exc: BaseException, offset: int = 0) -> StageFailure:
    """What one stage's exception says, kept on the Document instead of a silent empty layer."""
    kind: FailureKind = (
        "recursion" if isinstance(exc, RecursionError)
        else "memory" if isinstance(exc, MemoryError) else "error"
    )
    return StageFailure(stage, kind, type(exc).__name__, str(exc)[:MESSAGE_CHARS], offset)


def _run_stages(
    doc: Doc, article: Article, stages: tuple[str, ...], offset: int = 0
) -> tuple[Context, list[StageFailure]]:
    ctx, failed = Context(article=article), []
    layers: dict[str, Any] = {}
    for st in ordered(stages):
        try:
            found = tuple(st.run(doc, ctx))
        except Exception as exc:  # one bad document must not stop a batch: say it, go on
            log.info("stage %s failed on article %s", st.name, article.id, exc_info=True)
            failed.append(failure(st.layer, exc, offset))
            found = ()
        layers[st.layer] = found
        ctx = Context(article, **layers)  # as dataclasses.replace would, without its field walk
    return ctx, failed


def extract_articles(
    articles: Iterable[Article],
    stages: tuple[str, ...] = DEFAULT_STAGES,
    batch_size: int = 32,
    jobs: int = 1,
) -> Iterator[Document]:
    """Extract every layer from each article, in input order, parsing in batches.

    With `jobs` > 1 the work is spread over that many worker processes, each loading the
    pipeline once; at most two chunks a worker are in flight, so memory stays bounded.
    """
    ordered(stages)  # fail early on a bad stage list
    if jobs > 1:
        yield from _extract_parallel(articles, stages, batch_size, jobs)
        return
    queue: list[tuple[Article, list[tuple[int, str]]]] = []
    count = chars = 0
    for article in articles:
        parts = pieces(article.text)
        if queue and (count + len(parts) > batch_size or chars + len(article.text) > BATCH_CHARS):
            yield from _drain(queue, stages, batch_size)
            _settle()
            queue, count, chars = [], 0, 0
        queue.append((article, parts))
        count, chars = count + len(parts), chars + len(article.text)
    yield from _drain(queue, stages, batch_size)
    _settle()


def _settle() -> None:
    """Once a process has run a batch (the model and every stage's data are loaded), collect
    and freeze what it holds: the collector's full passes otherwise walk the model, gazetteer
    and lexicons again and again (0.1 s a pass), though they live as long as the process.
    Forked workers inherit the frozen data, so their passes skip it too. The youngest
    generation is then collected every `YOUNG_OBJECTS` new objects, not 700: the stages make
    records, tuples and lists by the hundred thousand, nearly all freed by their counts, and
    the collector's many small passes over them were 3% of extraction."""
    if not _SETTLED:
        _SETTLED.append(True)
        gc.collect()
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_OBJECTS:
            gc.set_threshold(YOUNG_OBJECTS, *older)


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Successive lists of `size` items (itertools.batched arrives only in Python 3.12)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _extract_chunk(
    chunk: list[Article], stages: tuple[str, ...], batch_size: int
) -> list[Document]:
    return list(extract_articles(chunk, stages, batch_size))


def _extract_parallel(
    articles: Iterable[Article], stages: tuple[str, ...], batch_size: int, jobs: int
) -> Iterator[Document]:
    # Load the model and every stage's data here once, then fork: workers share it
    # copy-on-write and start at once; where fork is missing, spawn and load per worker.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        list(extract_articles([Article("Kyiv said on Monday that 3 people died.")], stages))
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: deque[Future[list[Document]]] = deque()
        for chunk in batched(articles, CHUNK_ARTICLES):
            pending.append(pool.submit(_extract_chunk, chunk, stages, batch_size))
            while len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _groups(texts: list[str]) -> Iterator[list[str]]:
    """Runs of texts of at most `BATCH_CHARS` together (a longer text alone)."""
    group: list[str] = []
    chars = 0
    for text in texts:
        if group and chars + len(text) > BATCH_CHARS:
            yield group
            group, chars = [], 0
        group.append(text)
        chars += len(text)
    if group:
        yield group


def _parsed(texts: list[str], batch_size: int) -> Iterator[Doc | Exception]:
    """Each text parsed, in order, or the exception spaCy raised on it.

    Parsed in groups of bounded length (the pieces of one long article are never parsed all
    at once); when a group raises, its texts not yet given back are parsed one by one, so the
    failure lands on the text that caused it and the others are kept.
    """
    for group in _groups(texts):
        done = 0
        try:
            for doc in parse(group, batch_size=batch_size):
                done += 1
                yield doc
        except Exception:
            for text in group[done:]:
                try:
                    yield next(parse([text], batch_size=1))
                except Exception as exc:
                    yield exc


def _article_layers(
    piece_slice: list[tuple[int, str]], docs: Iterator[Doc | Exception], article: Article,
    stages: tuple[str, ...],
) -> tuple[dict[str, list[Any]], list[StageFailure]]:
    """Each piece's layers, spans moved onto the whole article, and every stage failure."""
    layers: dict[str, list[Any]] = {name: [] for name in LAYERS}
    failed: list[StageFailure] = []
    for offset, _ in piece_slice:
        doc = next(docs)
        if isinstance(doc, Exception):
            failed.append(failure("parse", doc, offset))
            continue
        ctx, stage_failed = _run_stages(doc, article, stages, offset)
        failed.extend(stage_failed)
        if len(piece_slice) == 1:  # the usual case: spans already stand on the article
            return {name: list(getattr(ctx, name)) for name in LAYERS}, failed
        base = {name: len(layers[name]) for name in LAYERS}
        for name in LAYERS:
            layers[name].extend(_shift(x, offset, base) for x in getattr(ctx, name))
    return layers, failed


def _drain(
    queue: list[tuple[Article, list[tuple[int, str]]]], stages: tuple[str, ...], batch_size: int
) -> Iterator[Document]:
    docs = _parsed([text for _, parts in queue for _, text in parts], batch_size)
    for article, parts in queue:
        layers, failed = _article_layers(parts, docs, article, stages)
        yield Document(
            sentenced(credited(article)), **{name: tuple(items) for name, items in layers.items()},
            failures=tuple(failed),
        )
