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

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 to httpx for its client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from wiredesk.records import (
    Article,
    Attribution,
    Document,
    Event,
    Figure,
    Mention,
    Place,
    Speaker,
    TimeExpr,
)
from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.store.ingest import ingest_paths
from wiredesk.web import create_app

SAMPLES = Path(str(files("wiredesk") / "samples" / "corpus"))
PORTS = range(18150, 18160)

# Each payload calls alert() with its field's name if it ever runs.
SCRIPT = "<script>alert('{}')</script>"
HANDLER = "<img src=x onerror=\"alert('{}')\">"
LINK = "javascript:alert('{}')"

HOSTILE_TEXT = (
    f"title: Shelling near Kherson {SCRIPT.format('title')}\n"
    f"source: Harbour Wire {HANDLER.format('source')}\n"
    f"url: {LINK.format('url')}\n"
    "published: 2026-03-05\n\n"
    f"Shells hit the river port of Kherson on Wednesday {SCRIPT.format('text')}, "
    "regional governor Olena Marchuk said, adding that two dock workers were wounded.\n\n"
    f"\"We heard three blasts {HANDLER.format('quote')} near the cranes,\" Marchuk said. "
    f"<a href=\"{LINK.format('anchor')}\">Read more</a>\n"
)


def hostile_document() -> Document:
    """A hand-built document with a payload in every field the page shows."""
    text = (f"Officials in Mykolaiv said {SCRIPT.format('body')} that 3 drones were downed "
            f"on Monday, according to {HANDLER.format('speaker-words')}.")

    def m(words: str) -> Mention:
        start = text.index(words)
        return Mention(words, (start, start + len(words)))

    article = Article(text=text, published="2026-03-06",
                      title=f"Drones downed {HANDLER.format('doc-title')}",
                      source=f"Night Desk {SCRIPT.format('doc-source')}",
                      url=LINK.format("doc-url"), author=HANDLER.format("author"))
    aid = article.id
    speaker = Speaker(f"Press office {SCRIPT.format('speaker')}", m("Officials in Mykolaiv"),
                      "government", HANDLER.format("role"))
    return Document(
        article,
        attributions=(Attribution(aid, m("3 drones were downed"), "indirect", speaker, m("said"),
                                  via=(HANDLER.format("via"),), status="asserted",
                                  explanation=SCRIPT.format("explanation")),),
        times=(TimeExpr(aid, "Monday", m("Monday").span, "2026-03-02",
                        explanation=HANDLER.format("time-explanation")),),
        places=(Place(aid, "Mykolaiv", m("Mykolaiv").span, f"Mykolaiv {SCRIPT.format('place')}",
                      "city", "UA", None, None, 46.97, 31.99),),
        figures=(Figure(aid, "3 drones", m("3 drones").span, 3.0, "drones_downed",
                        about=HANDLER.format("about")),),
        events=(Event(aid, "seize", "drones were downed", m("drones were downed").span,
                      actor=SCRIPT.format("actor"), place="Mykolaiv"),),
    )


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


def _free_port() -> int:
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@pytest.fixture(scope="session")
def server(web_store: Store) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, in a thread; yields its base URL."""
    port = _free_port()
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
