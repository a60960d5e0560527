"""The cross-check's tables, and what every part of it uses: how a reference is told
apart (`rid`), a blocking key's hash, lists cut to the size of an IN (...)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    delete,
    select,
    text,
)

from wiredesk.records import ItemRef
from wiredesk.store.schema import articles, metadata

_IN = 500  # values per IN (...) list


crosscheck_articles = Table(
    "crosscheck_articles", metadata,
    Column("article", Integer, ForeignKey(articles.c.seq), primary_key=True,
           autoincrement=False),  # articles.seq: a rowid, no index of its own
)


# One row a blocking key, with every article that has it: a story n outlets tell gives its
# keys to n articles, and a row a key and article cost twenty bytes an article a key.
crosscheck_keys = Table(
    "crosscheck_keys", metadata,
    Column("key", BigInteger, primary_key=True, autoincrement=False,
           comment="A blocking key's hash (`key_hash`)."),
    Column("articles", LargeBinary, nullable=False,
           comment="The articles (articles.seq) with that key, ascending, as the gaps "
                   "between them in LEB128 varints (`keys.pack_seqs`)."),
    comment="Blocking keys, each with the articles a later batch is compared with by it.",
    sqlite_with_rowid=False,
)


crosscheck_bodies = Table(
    "crosscheck_bodies", metadata,
    Column("name", Text, primary_key=True),  # normalised
    Column("body", Text, primary_key=True),
)


# The words references and groups repeat (a layer's name, a source, a value, a reporting
# chain; a group's key, sources and explanation), each stored once: a story n outlets
# tell names the same few n times, and a story told again words its groups the same.
crosscheck_names = Table(
    "crosscheck_names", metadata,
    Column("id", Integer, primary_key=True),
    Column("hash", BigInteger, nullable=False, unique=True),  # `key_hash` of the text: a
    # sources list can outgrow what PostgreSQL indexes whole
    Column("text", Text, nullable=False),
    comment="The words cross-check references and groups repeat, each stored once.",
)


crosscheck_refs = Table(
    "crosscheck_refs", metadata,
    Column("id", Integer, primary_key=True),
    Column("article", Integer, ForeignKey(articles.c.seq), nullable=False),  # articles.seq
    Column("layer_id", Integer, ForeignKey(crosscheck_names.c.id), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("span_start", Integer,
           comment="Start offset in articles.text; NULL when it is its item's (the layer "
                   "row's span: nearly always)."),
    Column("span_end", Integer, comment="End offset (exclusive); NULL as span_start is."),
    Column("text", Text),  # NULL: the article's text at the span (nearly always)
    Column("source_id", Integer, ForeignKey(crosscheck_names.c.id), nullable=False),
    Column("value_id", Integer, ForeignKey(crosscheck_names.c.id)),
    Column("chain_id", Integer, ForeignKey(crosscheck_names.c.id)),  # JSON list, as the
    # article tells it; NULL: just the source
    Column("revised", Boolean, nullable=False, default=False),  # its source revised it
    Column("group_id", Integer,
           comment="The cluster it is in (crosscheck_groups.id, a claim, event or figure "
                   "group), as its members say: found by reference here."),
    # not indexed by article: the few lookups by article (a batch's, a period's) scan
    # the references once (`of_articles`), an index was a fifth of the cross-check
)


def of_articles(*conditions: Any) -> Any:
    """The references of the articles meeting `conditions`: one scan of the references,
    each checked against those articles' row keys."""
    return crosscheck_refs.c.article.in_(select(articles.c.seq).where(*conditions))
NAMED = ("layer", "source", "value", "chain")  # the columns of a reference kept as names


crosscheck_groups = Table(
    "crosscheck_groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # actor, claim, event, figure, revision
    Column("key_id", Integer, ForeignKey(crosscheck_names.c.id), nullable=False),
    Column("actor", Text),  # an actor group's normalised name
    Column("n_sources", Integer, nullable=False),
    Column("n_items", Integer, nullable=False),
    Column("sources_id", Integer, ForeignKey(crosscheck_names.c.id),
           nullable=False),  # JSON list
    Column("explanation_id", Integer, ForeignKey(crosscheck_names.c.id), nullable=False),
    Column("first_ref", Integer),  # an actor group's earliest member (crosscheck_refs.id)
    Column("members", LargeBinary,
           comment="Its members (crosscheck_refs.id), ascending, packed as "
                   "`crosscheck_keys.articles` is (`keys.pack_seqs`); NULL for none."),
    # actor groups, found by name, are the only ones with one
    Index(None, "kind", "actor", sqlite_where=text("actor IS NOT NULL"),
          postgresql_where=text("actor IS NOT NULL")),
)


GROUP_NAMED = ("key", "sources", "explanation")  # the columns of a group kept as names


# An actor's members counted by how they were told: a story n outlets tell repeats its
# chains and outlets in every actor it names, so both are names (`crosscheck_names`).
crosscheck_actor_sources = Table(
    "crosscheck_actor_sources", metadata,
    Column("group_id", Integer, ForeignKey(crosscheck_groups.c.id), primary_key=True),
    Column("chain_id", Integer, ForeignKey(crosscheck_names.c.id),
           primary_key=True),  # JSON list, as the articles tell it
    Column("outlet_id", Integer, ForeignKey(crosscheck_names.c.id),
           primary_key=True),  # '' when none
    Column("n", Integer, nullable=False),  # members told so
    sqlite_with_rowid=False,
)
TOLD_NAMED = ("chain", "outlet")  # the columns of an actor's counts kept as names


# A group's members are packed on its row (`crosscheck_groups.members`), found by group. A
# reference's cluster is found by reference from `crosscheck_refs.group_id`; its actors
# and revisions, few, by their groups: no index of every member by reference.
CLUSTER_KINDS = ("claim", "event", "figure")  # groups a reference is in one of at most


# The words of pairwise clashes, each wording once, found by the hash of its words (an
# index of the keys' words cost more than they do).
crosscheck_clash_texts = Table(
    "crosscheck_clash_texts", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("hash", BigInteger, comment="`key_hash` of its words (`clash_text_hash`)."),
    Index(None, "hash", unique=True),
)
CLASH_WORDS = ("kind", "key", "detail", "explanation")  # a clash's words, in that order


# Pairwise clashes, stored as sets: every reference of a set's side a clashes, in the
# words of its text, with every reference of its side b (`clash_sets`); n outlets of a
# story make n members, not n * n pairs. Side a is found by reference (its own table,
# keyed so), side b by set: packed on the set's row.
crosscheck_clash_sets = Table(
    "crosscheck_clash_sets", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # given: max + 1
    Column("text_id", Integer, ForeignKey(crosscheck_clash_texts.c.id), nullable=False),
    Column("b", LargeBinary,
           comment="Side b's references (crosscheck_refs.id), ascending, packed as "
                   "`crosscheck_groups.members` is."),
)


crosscheck_clash_a = Table(
    "crosscheck_clash_a", metadata,
    Column("ref_id", Integer, ForeignKey(crosscheck_refs.c.id), primary_key=True),
    Column("set_id", Integer, ForeignKey(crosscheck_clash_sets.c.id), primary_key=True),
    sqlite_with_rowid=False,
)


# A contradiction's sides, its references in order, are packed on its row; which
# contradictions hold a reference is kept apart, keyed by reference (`crosscheck_side_refs`).
crosscheck_contradictions = Table(
    "crosscheck_contradictions", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("a", LargeBinary,
           comment="Side a's references (crosscheck_refs.id) in their order, the first the "
                   "one it is told by, packed (`keys.pack_ordered`)."),
    Column("b", LargeBinary, comment="Side b's references, packed as side a's are."),
)


crosscheck_side_refs = Table(
    "crosscheck_side_refs", metadata,
    Column("ref_id", Integer, ForeignKey(crosscheck_refs.c.id), primary_key=True),
    Column("contradiction_id", Integer, ForeignKey(crosscheck_contradictions.c.id),
           primary_key=True),
    comment="The contradictions a reference is on a side of.",
    sqlite_with_rowid=False,
)


TABLES = (crosscheck_side_refs, crosscheck_contradictions, crosscheck_clash_a,
          crosscheck_clash_sets, crosscheck_clash_texts, crosscheck_actor_sources,
          crosscheck_groups, crosscheck_refs, crosscheck_names, crosscheck_bodies,
          crosscheck_keys, crosscheck_articles)


EXTRACTOR = "crosscheck.v1"


RefId = tuple[str, str, int, int]  # article, layer, ordinal, span start
Clash = tuple[int, int, int]  # references a and b, the wording's id
ClashSet = tuple[int, tuple[int, ...], tuple[int, ...]]  # wording, side a, side b


def clash_sets(clashes: Iterable[Clash]) -> list[ClashSet]:
    """Pairwise clashes as sets, in a stable order: of one wording, the references of side
    a that clash with the same references of side b make one set, which stands for every
    a-b pair of it (`clash_pairs` gives them back)."""
    partners: dict[tuple[int, int], set[int]] = defaultdict(set)
    for a, b, text_id in clashes:
        partners[(text_id, a)].add(b)
    heads: dict[tuple[int, frozenset[int]], list[int]] = defaultdict(list)
    for (text_id, a), bs in sorted(partners.items()):
        heads[(text_id, frozenset(bs))].append(a)
    return sorted((text_id, tuple(a_side), tuple(sorted(bs)))
                  for (text_id, bs), a_side in heads.items())


def clash_pairs(sets: Iterable[ClashSet]) -> set[Clash]:
    return {(a, b, text_id) for text_id, a_side, b_side in sets for a in a_side for b in b_side}


_OLD_TABLES = ("crosscheck_links", "crosscheck_corroborations", "crosscheck_contradictions",
               "crosscheck_articles")
OLD_CLASHES = "crosscheck_clashes"  # clashes pair by pair, before schema version 11
# members, clash sides b and contradictions' sides row by row, before version 20
# (`_packed`): they point at references, groups and contradictions
LEGACY = ("crosscheck_members", "crosscheck_clash_b", "crosscheck_sides")


def reset_tables(conn: Connection) -> None:
    """Migration step: the cross-check's tables made anew (the pairwise JSON tables of
    version 2 go; every article is cross-checked again on the next run)."""
    for name in (OLD_CLASHES, *LEGACY):  # they point at references
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    for table in TABLES:
        table.drop(conn, checkfirst=True)
    for name in _OLD_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    metadata.create_all(conn, tables=list(reversed(TABLES)))


def key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big",
                          signed=True)


def clash_text_hash(words: Sequence[str]) -> int:
    """The hash a clash's words (`CLASH_WORDS`) are found by."""
    return key_hash("\x1f".join(words))


def ref_id(ref: ItemRef) -> RefId:
    """How the store tells references apart (article, layer, ordinal, span start)."""
    return ref.article_id, ref.layer, ref.index, ref.span[0]


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _IN):
        yield values[start:start + _IN]


def forget_crosscheck(conn: Connection) -> None:
    """Delete every cross-check result (inside the caller's transaction): the next run checks
    every article again, as a full run does (an article re-extracted has new ordinals)."""
    for table in TABLES:
        conn.execute(delete(table))
