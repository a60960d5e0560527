"""Web fixtures: the sample corpus plus hostile articles in one SQLite store (ingested once,
cross-checked, then opened read-only), a test client, and a real server on loopback."""

from __future__ import annotations

import socket
import threading
import time
import warnings
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
import uvicorn
from hostile import HOSTILE_TEXT, hostile_document

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 to httpx for its client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.store.ingest import ingest_paths
from wiredesk.web import create_app

SAMPLES = Path(str(files("wiredesk") / "samples" / "corpus"))
PORTS = range(18150, 18160)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the sample corpus, the hostile articles and a cross-check."""
    folder = tmp_path_factory.mktemp("web")
    (folder / "hostile").mkdir()
    (folder / "hostile" / "harbour.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    path = folder / "web.db"
    with Store.open(path) as store:
        summary = ingest_paths([str(SAMPLES), str(folder / "hostile")], store)
        assert summary.ok
        store.put(hostile_document())
        update_crosscheck(store)
    return str(path)


@pytest.fixture(scope="session")
def web_store(web_db: str) -> Iterator[Store]:
    with Store.open(web_db, read_only=True) as store:
        yield store


@pytest.fixture(scope="session")
def client(web_store: Store) -> TestClient:
    return TestClient(create_app(web_store))


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@pytest.fixture
def port() -> int:
    """A free loopback port of the range set aside for these tests."""
    return free_port()


@pytest.fixture(scope="session")
def server(web_store: Store) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, in a thread; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
