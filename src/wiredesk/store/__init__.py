"""The store: documents in SQLite or PostgreSQL, with provenance, queries and search.

    >>> store = Store.open("wiredesk.db")            # or "postgresql+psycopg://..."
    >>> store.put(doc)                                # PutResult(status="stored", ...)
    >>> next(store.documents(ids=[doc.article.id])) == doc
    True

The only code that knows tables and SQL lives in this package; everything else speaks
in records (`wiredesk.records`) and plain dict rows.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from wiredesk.errors import StoreError
from wiredesk.records import Document
from wiredesk.store import (  # _crosscheck adds its tables to schema.metadata
    _crosscheck,  # noqa: F401
    _export,
    _filters,
    _migrations,
    _queries,
    _read,
    _readonly,
    _search,
    _write,
    describe,
)

__all__ = ["DEFAULT_PATH", "PutResult", "Store", "default_url"]

DEFAULT_PATH = "wiredesk.db"


@dataclass(frozen=True, slots=True)
class PutResult:
    """What `Store.put` did: "stored", "unchanged" (known content) or "updated" (new text
    for a known url, linked to `previous_id`)."""

    status: str
    article_id: str
    previous_id: str | None = None


def default_url(url_or_path: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL: as given, a path made `sqlite:///`, else $WIREDESK_DB or ./wiredesk.db."""
    target = os.fspath(url_or_path) if url_or_path else os.environ.get("WIREDESK_DB", DEFAULT_PATH)
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).resolve()}"


def _sqlite_engine(url: str) -> Engine:
    """SQLite with real transactions around DDL too, foreign keys on, and WAL for readers."""
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's BEGIN below, not the driver's
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "busy_timeout=30000",
                       "synchronous=NORMAL"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the lock up front so two writers queue instead of deadlocking.
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's message without SQLAlchemy's statement dump."""
    return str(getattr(exc, "orig", None) or exc).strip()


class Store:
    """Documents in a database; open with `Store.open`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._ids: _write.IdCache = {}  # source and actor ids known to be committed

    @classmethod
    def open(cls, url_or_path: str | os.PathLike[str] | None = None,
             read_only: bool = False, *, create: bool = True) -> Store:
        """Open (upgrading) the store at a path or SQLAlchemy URL.

        Args:
            url_or_path: a SQLite path or SQLAlchemy URL (default: $WIREDESK_DB, else
                ./wiredesk.db).
            read_only: nothing is created or upgraded and no connection can write.
            create: make the store when it does not exist; readers pass False, so a typo
                in a path is an error instead of a new empty store.

        Raises:
            StoreError: the URL is malformed, the server refuses, the schema is newer, or
                (with `create=False`, or read-only) there is no store there; read-only,
                also when the store is older.
        """
        url = default_url(url_or_path)
        if read_only:
            return cls._open_read_only(url)
        try:
            parsed = make_url(url)
            sqlite = parsed.get_backend_name() == "sqlite"
            engine = _sqlite_engine(url) if sqlite else create_engine(url, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open store {url!r}: {exc}") from exc
        if not create and sqlite and not Path(parsed.database or "").is_file():
            raise StoreError(f"no store at {parsed.database}: make one with "
                             f"`wiredesk ingest FILES --db {parsed.database}` or check the path")
        store = cls(engine)
        try:
            with store._writing() as conn:
                if conn.dialect.name == "postgresql":  # one migrator at a time
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242)")
                if not create and _migrations.current_version(conn) == 0:
                    raise StoreError(f"{store.url} holds no wiredesk store: make one with "
                                     "`wiredesk ingest FILES --db ...`")
                _migrations.upgrade(conn)
        except StoreError:
            engine.dispose()
            raise
        return store

    @classmethod
    def _open_read_only(cls, url: str) -> Store:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
            raise StoreError(f"no store at {parsed.database}: make one first "
                             "(`wiredesk ingest ... --db PATH`)")
        try:
            store = cls(_readonly.read_only_engine(url))
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open store {url!r}: {exc}") from exc
        with store._reading() as conn:
            version = _migrations.current_version(conn)
        if version != _migrations.LATEST:
            raise StoreError(
                f"the store at {store.url} has schema version {version}, not "
                f"{_migrations.LATEST}: open it once with a writing command "
                "(`wiredesk stats --db ...`) to create or upgrade it")
        return store

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction; database failures become `StoreError`."""
        try:
            with self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE").begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"the store at {self.url} failed: {_reason(exc)}") from exc

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"the store at {self.url} failed: {_reason(exc)}") from exc

    def _repack(self) -> None:
        """SQLite: the file written again (VACUUM), every table's pages full and the free
        ones gone. Tables written key by key fill their pages to about nine tenths, and a
        rewrite of many rows (a full cross-check deletes every result first) leaves free
        pages behind: after one, the file is a sixteenth smaller. PostgreSQL's autovacuum
        reclaims dead rows by itself."""
        if self.engine.dialect.name != "sqlite":
            return
        try:
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
            finally:
                raw.close()
        except sqlite3.Error as exc:
            raise StoreError(f"the store at {self.url} failed: {exc}") from exc

    def put(self, doc: Document) -> PutResult:
        """Store one document, all its rows or none, in one transaction.

        Known content is "unchanged", unless a stage failed on it when it was stored: then
        its layers are replaced by this document's ("stored" again).
        """
        aid = doc.article.id
        try:
            with self._writing() as conn:
                known, previous = _write.known_or_previous(conn, aid, doc.article.url)
                if known and _write.whole(conn, aid):
                    return PutResult("unchanged", aid)
                if known:
                    created = _write.rewrite_layers(conn, doc, self._ids)
                else:
                    created = _write.write_document(conn, doc, previous, self._ids)
        except StoreError as exc:
            if isinstance(exc.__cause__, IntegrityError) and self.has(aid):
                return PutResult("unchanged", aid)  # another writer stored it just now
            raise
        self._ids.update(created)
        return PutResult("updated" if previous else "stored", aid, previous)

    def has(self, article_id: str) -> bool:
        """Whether this content is stored."""
        with self._reading() as conn:
            return _write.existing(conn, article_id)

    def has_whole(self, article_id: str) -> bool:
        """Whether this content is stored with no failed stage (so ingest can skip its NLP)."""
        with self._reading() as conn:
            return _write.whole(conn, article_id)

    def provenance(self, article_id: str) -> dict[str, Any]:
        """Where an article came from and what produced its rows (no text, no layers).

        Raises:
            StoreError: no article has this id.
        """
        with self._reading() as conn:
            found = _queries.provenance(conn, article_id)
        if found is None:
            raise StoreError(f"no article {article_id!r} in the store at {self.url}")
        return found

    def documents(self, since: str | None = None, until: str | None = None,
                  ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Stored documents published in [since, until] (or with these ids), rebuilt whole."""
        _filters.dates(since, until)
        try:
            yield from _read.documents(self.engine, since, until, ids)
        except SQLAlchemyError as exc:
            raise StoreError(f"the store at {self.url} failed: {exc}") from exc

    def claims(self, speaker: str | None = None, status: str | None = None,
               since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Attributions, each with its article's provenance and the content span.

        Raises:
            ConfigError: a status or date that is not one `_filters` accepts.
        """
        status = _filters.one_of(status, _filters.STATUSES, "status")
        _filters.dates(since, until)
        with self._reading() as conn:
            return _queries.claims(conn, speaker, status, since, until)

    def figures(self, category: str | None = None, since: str | None = None,
                until: str | None = None) -> list[dict[str, Any]]:
        """Figures, each with its article's provenance and span.

        Raises:
            ConfigError: a category neither the lexicon nor the store knows, or a bad date.
        """
        _filters.dates(since, until)
        with self._reading() as conn:
            return _queries.figures(conn, category, since, until)

    def events(self, type: str | None = None, since: str | None = None,
               until: str | None = None) -> list[dict[str, Any]]:
        """Events, each with its article's provenance and span.

        Raises:
            ConfigError: an event type the lexicon does not have, or a bad date.
        """
        type = _filters.one_of(type, _filters.event_types(), "event type")
        _filters.dates(since, until)
        with self._reading() as conn:
            return _queries.events(conn, type, since, until)

    def places(self, name: str | None = None, since: str | None = None,
               until: str | None = None) -> list[dict[str, Any]]:
        """Resolved places, each with its article's provenance and span."""
        _filters.dates(since, until)
        with self._reading() as conn:
            return _queries.places(conn, name, since, until)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text holds every word of `query`, best first."""
        with self._reading() as conn:
            return _search.search(conn, query, limit)

    def stats(self) -> dict[str, int]:
        """Row counts: articles, sources, actors and each layer."""
        with self._reading() as conn:
            return _queries.stats(conn)

    def datasette_metadata(self, out_dir: str | os.PathLike[str]) -> Path:
        """Write `out_dir/metadata.yml` describing every table, view and column for
        datasette (`datasette STORE.db -m metadata.yml`); returns its path."""
        name = Path(self.engine.url.database or "wiredesk").stem
        path = Path(out_dir) / "metadata.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(describe.datasette_metadata(name), encoding="utf-8")
        return path

    def export(self, fmt: str, out_dir: str | os.PathLike[str],
               progress: Callable[[int, int], None] | None = None) -> list[Path]:
        """Write one file per table to `out_dir` as jsonl, csv or parquet; returns the files.
        `progress(rows, total)` follows the rows written."""
        with self._reading() as conn:
            return _export.export(conn, fmt, Path(out_dir), progress)
