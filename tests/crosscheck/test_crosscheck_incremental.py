"""Cross-checking a store batch by batch gives what one cross-check of every article gives,
blocking keys are plain functions of one item, and reading never cross-checks."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner
from handmade_docs import Doc
from sqlalchemy import select

from wiredesk.brief import brief
from wiredesk.cli import main
from wiredesk.crosscheck import bodied, crosscheck, items_by_doc
from wiredesk.crosscheck._clusters import actor_clusters, counted_sources, independent
from wiredesk.crosscheck._sources import people_bodies
from wiredesk.crosscheck.blocking import denial_keys, index_keys, keys
from wiredesk.records import CrossCheck, Document, ItemRef
from wiredesk.store import Store
from wiredesk.store._crosscheck import (
    counts,
    crosscheck_contradictions,
    crosscheck_groups,
    load_crosscheck,
    update_crosscheck,
)
from wiredesk.store._crosscheck.tables import (
    GROUP_NAMED,
    NAMED,
    TOLD_NAMED,
    crosscheck_actor_sources,
    crosscheck_names,
    crosscheck_refs,
)


def _where(ref: ItemRef) -> tuple[Any, ...]:
    return ref.article_id, ref.layer, ref.index, ref.span, ref.chain, ref.value


def rows(result: CrossCheck) -> tuple[list[Any], list[Any]]:
    """Clusters and contradictions as sorted plain rows."""
    groups = sorted((g.kind, g.key, tuple(sorted(map(_where, g.items))), g.sources,
                     g.explanation) for g in result.corroborations)
    clashes = sorted((c.kind, c.key, c.detail, c.explanation,
                      tuple(sorted(map(_where, c.sides[0]))),
                      tuple(sorted(map(_where, c.sides[1])))) for c in result.contradictions)
    return groups, clashes


def _unused_names(store: Store) -> int:
    """Names no reference, group or actor's count points at."""
    t, g, n = crosscheck_refs, crosscheck_groups, crosscheck_names
    a = crosscheck_actor_sources
    with store.engine.connect() as conn:
        used = {i for table, keys in ((t, NAMED), (g, GROUP_NAMED), (a, TOLD_NAMED))
                for k in keys for i in conn.scalars(select(table.c[f"{k}_id"]))}
        return len(set(conn.scalars(select(n.c.id))) - used)


@pytest.fixture(scope="module")
def sample_docs(sample_db: str) -> list[Document]:
    with Store.open(sample_db) as store:
        return list(store.documents())


@pytest.mark.parametrize("batches", [1, 3, 7])
def test_crosscheck_incremental_batches_equal_one_full_run(sample_docs, tmp_path, batches):
    whole = rows(crosscheck(sample_docs))
    assert whole[0] and whole[1]  # the sample corpus has clusters and contradictions
    size = -(-len(sample_docs) // batches)
    with Store.open(tmp_path / "batches.db") as store:
        for start in range(0, len(sample_docs), size):
            for doc in sample_docs[start:start + size]:
                store.put(doc)
            assert update_crosscheck(store) == len(sample_docs[start:start + size])
        assert rows(load_crosscheck(store)) == whole
        assert _unused_names(store) == 0  # groups written again leave no words behind
        assert update_crosscheck(store) == 0  # nothing new: nothing done
        assert update_crosscheck(store, full=True) == len(sample_docs)
        assert rows(load_crosscheck(store)) == whole


def test_crosscheck_tells_its_progress_round_by_round(sample_docs, tmp_path):
    told: list[tuple[int, int]] = []
    with Store.open(tmp_path / "progress.db") as store:
        for doc in sample_docs:
            store.put(doc)
        update_crosscheck(store, batch=10, progress=lambda done, total: told.append((done, total)))
    n = len(sample_docs)
    assert told == [(min(10, n - start), n) for start in range(0, n, 10)]


def test_crosscheck_reading_never_crosschecks(sample_docs, tmp_path):
    db = str(tmp_path / "read.db")
    with Store.open(db) as store:
        for doc in sample_docs[:-1]:
            store.put(doc)
        update_crosscheck(store)
        store.put(sample_docs[-1])  # stored, not cross-checked
        before = counts(store)
    for args in (["brief", "--db", db], ["contradictions", "--db", db],
                 ["corroboration", "--db", db]):
        assert CliRunner().invoke(main, args).exit_code == 0
    with Store.open(db) as store:
        assert counts(store) == before
        assert before["articles"] == len(sample_docs) - 1


def _claim_doc(published: str, source: str) -> Document:
    d = Doc(f"({source}) Governor Oleh Syniehubov said the city was shelled overnight near "
            "the market.", source=source, published=published)
    d.say("Oleh Syniehubov", "the city was shelled overnight near the market", type_="person")
    return d.done()


@pytest.mark.parametrize(("first", "second", "shared"), [
    ("2025-08-12", "2025-08-12", True),   # one day
    ("2025-08-12", "2025-08-19", True),   # a week apart: within the window
    ("2025-08-12", "2025-08-27", False),  # a fortnight apart: another block
])
def test_crosscheck_blocking_keys_of_one_speaker_by_days(first, second, shared):
    (a, _), (b, _) = [(items.claims[0], doc) for doc, items in items_by_doc(
        [_claim_doc(first, "Reuters"), _claim_doc(second, "AFP")])]
    assert keys(a) == keys(a) and keys(a)  # plain, repeatable strings
    assert bool(set(keys(a)) & set(keys(b))) is shared
    assert bool(set(denial_keys(a)) & set(denial_keys(b))) is shared
    linked = [g for g in crosscheck([_claim_doc(first, "Reuters"), _claim_doc(second, "AFP")])
              .corroborations if g.kind == "claim"]
    assert bool(linked) is shared


def _year_toll_doc(published: str, source: str) -> Document:
    d = Doc(f"({source}) Dozens of people were killed in the region this year, officials said.",
            source=source, published=published)
    d.figure("Dozens of people", 24, "killed", "at_least", date="2025")
    return d.done()


@pytest.mark.parametrize(("first", "second", "shared"), [
    ("2025-08-12", "2025-08-14", True),   # within the window
    ("2025-08-12", "2025-10-14", False),  # the same year, two months apart
])
def test_crosscheck_blocking_keys_of_a_year_long_count_by_publication(first, second, shared):
    """A count dated only to a year meets another of that year published within the
    window, not every one of its year: its block stays a week's as the store grows."""
    a, b = [items.figures[0] for _, items in items_by_doc(
        [_year_toll_doc(first, "Reuters"), _year_toll_doc(second, "AFP")])]
    assert a.when and (a.when[1] - a.when[0]).days > 300  # the year, not a day
    assert bool(set(keys(a)) & set(keys(b))) is shared
    linked = [g for g in crosscheck([_year_toll_doc(first, "Reuters"),
                                     _year_toll_doc(second, "AFP")]).corroborations
              if g.kind == "figure"]
    assert bool(linked) is shared


def test_crosscheck_index_keys_meet_what_blocking_keys_meet():
    """Two articles whose items share a blocking key share an index key, so the store
    finds one when the other comes in."""
    (_, a), (_, b) = items_by_doc([_claim_doc("2025-08-12", "Reuters"),
                                   _claim_doc("2025-08-13", "AFP")])
    own_a, probes_a = index_keys(a)
    own_b, probes_b = index_keys(b)
    assert own_a & probes_b and own_b & probes_a


def _stored(db: Any) -> tuple[list[Any], list[Any]]:
    """Contradiction and cluster rows as stored, ids included."""
    with Store.open(db) as store, store._reading() as conn:
        clashes = sorted(conn.execute(select(crosscheck_contradictions)).all())
        groups = sorted(conn.execute(select(crosscheck_groups).where(
            crosscheck_groups.c.kind != "actor")).all())
    return clashes, groups


def test_crosscheck_new_batch_leaves_what_it_does_not_reach_as_stored(sample_docs, tmp_path):
    """A batch about another speaker, a year later, rewrites no stored contradiction or
    cluster of older articles (not even with new ids), and adds its own actor."""
    db = tmp_path / "untouched.db"
    with Store.open(db) as store:
        for doc in sample_docs:
            store.put(doc)
        update_crosscheck(store)
    before = _stored(db)
    assert before[0] and before[1]
    with Store.open(db) as store:
        for doc in (_claim_doc("2031-02-02", "Reuters"), _claim_doc("2031-02-03", "AFP")):
            store.put(doc)
        assert update_crosscheck(store) == 2
        actors = [g for g in load_crosscheck(store).corroborations if g.kind == "actor"]
    after = _stored(db)
    assert after[0] == before[0]
    assert set(before[1]) < set(after[1])  # the two new reports make one claim cluster
    assert [(g.key, g.n_sources) for g in actors if g.key == "Oleh Syniehubov"] == [
        ("Oleh Syniehubov", 1)]


def test_crosscheck_sources_counted_by_chain_equal_sources_of_every_item(sample_docs):
    """An actor group's sources, counted from (chain, outlet) tallies as the store keeps
    them, are those counted over every item of the group."""
    per_doc = bodied(items_by_doc(sample_docs), people_bodies(sample_docs))
    groups = actor_clusters(per_doc)
    assert len(groups) > 5
    for group in groups:
        told = Counter((r.chain or (r.source,), r.outlet) for r in group.items)
        assert counted_sources([(c, o, n) for (c, o), n in sorted(told.items())]) == \
            independent(group.items), group.key


@pytest.fixture(scope="module")
def checked_db(sample_docs, tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("checked") / "checked.db")
    with Store.open(db) as store:
        for doc in sample_docs:
            store.put(doc)
        update_crosscheck(store)
    return db


def _told_in(c: Any, since: str | None, until: str | None) -> bool:
    days = {(r.published or "")[:10] for side in c.sides for r in side}
    return any(d and (not since or d >= since) and (not until or d <= until) for d in days)


@pytest.mark.parametrize(("since", "until"), [
    ("2026-03-03", "2026-03-04"), ("2026-03-05", "2026-03-05"), (None, "2026-03-04"),
    ("2026-03-06", None), ("2026-03-03T12:00", "2026-03-07T08:00")])
def test_crosscheck_read_of_a_period_briefs_as_the_whole_read(checked_db, since, until):
    """A period's read (its contradictions found by date in the store, no actor groups)
    gives the briefing the whole stored cross-check gives, and its contradictions are
    those of the whole read with a report in the period."""
    with Store.open(checked_db) as store:
        whole = load_crosscheck(store)
        part = load_crosscheck(store, since, until, actors=False)
        docs = list(store.documents(since, until))
    assert part.contradictions == tuple(c for c in whole.contradictions
                                        if _told_in(c, since, until))
    assert not [g for g in part.corroborations if g.kind == "actor"]
    told = brief(docs, part, since=since, until=until)
    assert told == brief(docs, whole, since=since, until=until)
    assert told.stories
