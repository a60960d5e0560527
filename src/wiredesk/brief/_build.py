"""Briefings from stored records: stories of linked items, told most-corroborated first,
every sentence ending with citations of the exact spans it rests on.

Deterministic: the same documents and cross-check give the same briefing, because every
list is sorted on stable keys and no clock or randomness is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from wiredesk.brief._cite import Citer, flat
from wiredesk.brief._parse import strip_marks
from wiredesk.brief._phrases import statement
from wiredesk.brief._reading import lexicon
from wiredesk.brief._tell import StoryRefs, Teller
from wiredesk.brief._words import words
from wiredesk.crosscheck import Groups, RefKey, independent, items_of, normalise, ref_key, ref_order
from wiredesk.nlp.datelines import dateline_end
from wiredesk.records import (
    Attribution,
    Briefing,
    BriefSentence,
    Contradiction,
    CrossCheck,
    Document,
    ItemRef,
    Story,
)


def _within(clash: Contradiction, refs: dict[RefKey, ItemRef]) -> Contradiction | None:
    """The contradiction told by the chosen reports only (None when a side has none)."""
    a, b = ([r for r in side if ref_key(r) in refs] for side in clash.sides)
    if not a or not b:
        return None
    return replace(clash, a=a[0], b=b[0], a_reports=tuple(a), b_reports=tuple(b))


def _mentions(doc: Document, ref: ItemRef, about: str) -> bool:
    record = getattr(doc, ref.layer)[ref.index]
    names = [ref.text, ref.value]
    names += [getattr(record, f, None) for f in ("actor", "target", "place", "about")]
    if isinstance(record, Attribution):
        names.append(record.speaker.name)
    return any(about in normalise(n) for n in names if n)


def _in_period(doc: Document, since: str | None, until: str | None) -> bool:
    day = (doc.article.published or "")[:10]
    if (since or until) and not day:
        return False
    return (not since or day >= since) and (not until or day <= until)


def _adopt_orphans(union: Groups, refs: dict[RefKey, ItemRef]) -> None:
    """Items linked to nothing outside their own article join the story told by the
    nearest item of that article that is (a quote after a paragraph of linked facts)."""
    articles: dict[RefKey, set[str]] = defaultdict(set)
    for key, ref in refs.items():
        articles[union.find(key)].add(ref.article_id)
    linked = {key for key in refs if len(articles[union.find(key)]) > 1}
    shared: dict[str, list[ItemRef]] = defaultdict(list)
    for key in sorted(linked):
        shared[refs[key].article_id].append(refs[key])
    for key, ref in sorted(refs.items()):
        if key in linked:
            continue
        near = shared.get(ref.article_id)
        if near:
            best = min(near, key=lambda r: (abs(r.span[0] - ref.span[0]), ref_order(r)))
            union.join(key, ref_key(best))
        else:
            union.join(key, (ref.article_id, "", 0))  # the article's own story


def _join_happenings(union: Groups, refs: dict[RefKey, ItemRef],
                     docs: dict[str, Document]) -> None:
    """One story per real-world happening: groups that tell an event of one type at one
    place on one day are one story, and so is a group whose every article another group
    (and only one) also tells (the power cut, the drones' count, the blaze of one strike)."""
    groups: dict[RefKey, list[ItemRef]] = defaultdict(list)
    for key, ref in sorted(refs.items()):
        groups[union.find(key)].append(ref)
    by_sign: dict[tuple[str, str, str], RefKey] = {}
    for root, members in sorted(groups.items()):
        for ref in members:
            if ref.layer == "events":
                ev = docs[ref.article_id].events[ref.index]
                if ev.place and ev.date and ev.mode == "happened":
                    kind = words().same_kind.get(ev.type, ev.type)
                    sign = (kind, normalise(ev.place), ev.date[:10])
                    union.join(by_sign.setdefault(sign, root), root)
    groups = defaultdict(list)
    for key, ref in sorted(refs.items()):
        groups[union.find(key)].append(ref)
    articles = {root: {r.article_id for r in members} for root, members in groups.items()}
    for root, own in sorted(articles.items(), key=lambda kv: (len(kv[1]), kv[0])):
        wider = [other for other, theirs in articles.items()
                 if other != root and own <= theirs and len(theirs) > len(own)]
        if len(wider) == 1:
            union.join(wider[0], root)


def brief(docs: Sequence[Document], crosscheck: CrossCheck, *, since: str | None = None,
          until: str | None = None, about: str | None = None) -> Briefing:
    """A cited briefing on the documents published in [since, until] (about one actor/place).

    Args:
        docs: the documents to tell (others are ignored).
        crosscheck: links, corroborations and contradictions over (at least) `docs`.
        since, until: ISO days, inclusive; None leaves that side open.
        about: keep only stories naming this actor or place.
    """
    chosen = {d.article.id: d for d in sorted(docs, key=lambda d: d.article.id)
              if _in_period(d, since, until)}
    union = Groups()
    refs: dict[RefKey, ItemRef] = {}
    for doc in chosen.values():
        items = items_of(doc)
        every = [c.ref for c in items.claims] + [e.ref for e in items.events] + [
            f.ref for f in items.figures]
        for ref in every:
            refs[ref_key(ref)] = ref
            union.find(ref_key(ref))
        aid = doc.article.id
        for layer in ("events", "figures"):
            for i, record in enumerate(getattr(doc, layer)):
                if record.attribution is not None and 0 <= record.attribution < len(
                        doc.attributions):
                    union.join((aid, layer, i), (aid, "attributions", record.attribution))
        for fig in items.figures:
            if fig.event is not None:
                union.join(ref_key(fig.ref), (aid, "events", fig.event[1]))
    clashes = [c for c in (_within(x, refs) for x in crosscheck.contradictions) if c]
    # a stored cross-check keeps clusters, not their links: members pair up the same way
    pairs = [(x.a, x.b) for x in crosscheck.links] + [
        (a, b) for g in crosscheck.corroborations if g.kind != "actor"
        for a, b in pairwise(g.items)] + [
        (a, b) for x in clashes for side in x.sides for a, b in pairwise(side)] + [
        (x.a, x.b) for x in clashes]
    for a, b in pairs:
        if ref_key(a) in refs and ref_key(b) in refs:
            union.join(ref_key(a), ref_key(b))
    _adopt_orphans(union, refs)
    _join_happenings(union, refs, chosen)
    stories: dict[RefKey, StoryRefs] = defaultdict(StoryRefs)
    for key, ref in refs.items():
        stories[union.find(key)].refs.append(ref)
    for clash in clashes:
        stories[union.find(ref_key(clash.a))].clashes.append(clash)
    wanted = normalise(about) if about else ""
    chosen_stories = [s for s in stories.values()
                      if not wanted or any(_mentions(chosen[r.article_id], r, wanted)
                                           for r in s.refs)]
    citer = Citer(chosen)
    years = sorted((d.article.published or "")[:4] for d in chosen.values())
    teller = Teller(chosen, crosscheck, citer, years[-1] if years and years[-1] else None)

    def rank(s: StoryRefs) -> tuple[object, ...]:
        return (-len(independent(s.refs)), -len(s.refs), ref_order(min(s.refs, key=ref_order)))

    told = []
    for s in sorted(chosen_stories, key=rank):
        s.clashes.sort(key=lambda c: (c.kind, ref_order(c.a), ref_order(c.b)))
        sentences = teller.tell(s)
        if sentences:
            used = {n for x in sentences for n in x.citations}
            cited = {key: c.n for (key, _), c in citer.citations.items() if c.n in used}
            title = _lead(sentences) or _title(s, cited, chosen) or _opening(sentences[0])
            told.append(Story(title, tuple(sentences)))
    period = " to ".join(dict.fromkeys(p for p in (since, until) if p)) or "all stored reports"
    title = f"wiredesk briefing: {period}" + (f", about {about}" if about else "")
    return Briefing(title, tuple(told), tuple(citer.sources.values()),
                    tuple(sorted(citer.citations.values(), key=lambda c: c.n)),
                    since, until, about)


def _lead(sentences: Sequence[BriefSentence]) -> str | None:
    """The story's first event that several sources tell, as its headline: a sentence
    already checked against its spans, so verify-brief accepts it as a heading."""
    for said, then in pairwise(sentences):
        if said.kind == "event" and then.kind == "sources":
            text = strip_marks(said.text)
            if len(text.split()) <= words().title_words + 2:
                return text
    return None


def _after_verb(said: list[str]) -> list[str]:
    """A long statement cut where the phrase after its first verb ends ("... terrorist group
    were killed | in a clash ..."), else at its first words: a headline keeps its verb."""
    w, verbs = words(), lexicon().irregular
    reach = min(len(said), w.title_words + 8)
    verb = next((i for i in range(1, reach) if said[i].endswith("ed")
                 or said[i].casefold() in verbs), None)
    if verb is not None:
        stop = next((j for j in range(verb + 1, reach) if said[j].casefold() in w.title_breaks),
                    None)
        if stop is not None:
            return said[:stop]
    return said[:w.title_words]


def _opening(first: BriefSentence) -> str:
    """A headline for a story told only in an outlet's own words (its records give no
    clause of their own): the words it quotes, as the spans write them."""
    text = strip_marks(first.text)
    quoted = text[text.find("“") + 1:text.rfind("”")] if "“" in text else text
    return _headline(quoted)


def _has_subject(ref: ItemRef, docs: dict[str, Document]) -> bool:
    """An event's words that open with its actor, or with a capital, read as a clause;
    "killed four villagers in Kitaya" (its verb first) does not."""
    actor = docs[ref.article_id].events[ref.index].actor or ""
    text = ref.text.lstrip()
    return text[:1].isupper() or (bool(actor) and text.casefold().startswith(actor.casefold()))


def _title(story: StoryRefs, cited: dict[RefKey, int], docs: dict[str, Document]) -> str:
    """A headline from the story's own words: its first-told event that reads as a clause,
    else its first-told statement, cut at a word (verify-brief compares without case)."""
    told = sorted((r for r in story.refs if ref_key(r) in cited), key=lambda r: cited[ref_key(r)])
    texts = [flat(r.text) for r in told if r.layer == "events" and "\n" not in r.text.strip()
             and 3 <= len(r.text.split()) <= 16 and _has_subject(r, docs)]
    for r in told:
        if r.layer == "attributions":
            att = docs[r.article_id].attributions[r.index]
            said = statement(att, docs[r.article_id])
            if said:
                texts.append(said)
    if not texts:
        texts = [flat(r.text) for r in told]
    return _headline(texts[0][dateline_end(texts[0]):] if texts else "")


def _headline(first: str) -> str:
    """Words of the story's own, cut as a headline: the first clause when it is short, else
    up to where the phrase after the verb ends."""
    clause = first.split(", ")[0].split()  # a whole clause reads better than 12 words of one
    cut = clause if len(clause) <= words().title_words + 4 else _after_verb(first.split())
    while cut and cut[-1].casefold() in words().dangling:
        cut.pop()
    title = " ".join(cut).strip(",;:\"“”'")
    return title[:1].upper() + title[1:]
