"""Articles whose every shown field carries a payload that calls alert() if it ever runs."""

from __future__ import annotations

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
