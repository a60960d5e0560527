"""Documents and article folders the store tests write: every layer, several outlets' styles."""

from __future__ import annotations

from pathlib import Path

from wiredesk.extract.attributions import credited
from wiredesk.nlp import sentenced
from wiredesk.records import (
    Article,
    Attribution,
    Check,
    Document,
    Event,
    Figure,
    Mention,
    Origin,
    Place,
    Speaker,
    TimeExpr,
)


def make_doc(text: str | None = None, url: str | None = "https://wire.example/kharkiv-drones",
             source: str = "Example Wire") -> Document:
    """A document with every layer filled, spans pointing at the words they name."""
    text = text or (
        "KHARKIV, March 3 (Example Wire) - Russian drones struck a fuel depot in Kharkiv on "
        "Tuesday, killing 4 people and injuring 11, regional governor Oleh Syniehubov said. "
        '"The fire is under control," he wrote on Telegram. The ministry denied any military '
        "use of the site, according to Ukrinform."
    )

    def m(words: str, after: int = 0) -> Mention:
        start = text.index(words, after)
        return Mention(words, (start, start + len(words)))

    article = sentenced(credited(Article(  # its credits and sentences, as extraction gives them
        text=text, published="2026-03-03", title="Drones hit Kharkiv depot", source=source,
        url=url, author="Staff", origin=Origin("wire/kharkiv.txt", "line 1", "text"))))
    aid = article.id
    governor = Speaker("Oleh Syniehubov", m("regional governor Oleh Syniehubov"), "person",
                       "regional governor")
    attributions = (
        Attribution(aid, m("Russian drones struck a fuel depot"), "indirect", governor, m("said"),
                    said_on="2026-03-03", explanation="speaker said: content before the cue"),
        Attribution(aid, m("The fire is under control,"), "direct",
                    Speaker("Oleh Syniehubov", m("he"), "person"), m("wrote"), status="asserted"),
        Attribution(aid, m("any military use of the site"), "indirect",
                    Speaker(None, m("The ministry"), "government"), m("denied"),
                    via=("Ukrinform",), status="denied"),
        Attribution(aid, m("The ministry denied"), "indirect", Speaker(None, None), None),
    )
    times = (TimeExpr(aid, "Tuesday", m("Tuesday").span, "2026-03-03", anchor="2026-03-03"),
             TimeExpr(aid, "March 3", m("March 3").span, "2026-03-03", mod="APPROX"))
    places = (Place(aid, "Kharkiv", m("Kharkiv", 10).span, "Kharkiv", "city", "UA", "Kharkiv",
                    706483, 49.98081, 36.25272),)
    figures = (
        Figure(aid, "4 people", m("4 people").span, 4.0, "killed", attribution=0,
               date="2026-03-03"),
        Figure(aid, "11", m("11").span, 11, "injured", qualifier=None, unit="people",
               about="people", attribution=0),
    )
    checks = (Check(aid, "sum", "4 people and injuring 11", m("4 people and injuring 11").span,
                    True, "4 + 11 = 15 casualties", figures=(1, 0)),)
    events = (Event(aid, "ASSAULT", "drones struck", m("drones struck").span, actor="Russia",
                    target="fuel depot", place="Kharkiv", date="2026-03-03", attribution=0),
              Event(aid, "DENY", "denied", m("denied").span, mode="denied", status="hedged"))
    return Document(article, attributions, times, places, figures, checks, events)


def plain_doc(text: str, url: str | None = None, published: str | None = "2026-03-03") -> Document:
    """A document with its article only."""
    return Document(Article(text=text, published=published, source="Example Wire", url=url))


OUTLETS = (  # (source, style) written for these tests; places and people from open data
    ("Example Wire", "{city}, March {day} (Example Wire) - Drones hit an energy facility in "
     "{city} overnight, killing {killed} people, the regional governor said on {weekday}. "
     "Officials said {injured} others were wounded. The claim could not be independently "
     "verified."),
    ("State Daily", "The Ministry of Defence reported on {weekday} that air defence units "
     "destroyed {drones} drones over {city} region. \"All targets were intercepted,\" the "
     "ministry said in a statement carried by the agency."),
    ("Government Press Office", "STATEMENT. On March {day} the city council of {city} declared "
     "a day of mourning after {killed} residents were killed. The council said aid points "
     "would open on {weekday}."),
    ("Live Desk", "09:14 - Explosions heard in {city}, the mayor writes on Telegram.\n\n"
     "09:40 - The mayor says {injured} people are injured; {killed} are dead.\n\n"
     "10:02 - Power is cut in parts of the city, the utility says."),
    ("Radio Interview", "Q: What happened in {city} on {weekday}?\nA: \"We counted "
     "{drones} drones,\" the commander told our correspondent. \"Most were shot down.\""),
    ("Briefing Notes", "Military briefing, March {day}: a spokesman said forces repelled "
     "{drones} attacks near {city}. He said {killed} soldiers were killed, which is believed "
     "to be an undercount."),
)
CITIES = ("Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Poltava", "Chernihiv",
          "Zaporizhzhia", "Kyiv")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def write_corpus(folder: Path, count: int = 20) -> list[Path]:
    """`count` different text articles with headers, in several outlets' styles."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        source, style = OUTLETS[i % len(OUTLETS)]
        day = 1 + i % 7
        city = CITIES[i % len(CITIES)]
        body = style.format(city=city, day=day, weekday=WEEKDAYS[i % 7], killed=2 + i,
                            injured=5 + 2 * i, drones=10 + 3 * i)
        slug = f"{i:02d}-{city.lower()}"
        header = (f"title: {city} report {i}\nsource: {source}\n"
                  f"url: https://news.example/{slug}\npublished: 2026-03-0{day}\n\n")
        path = folder / f"{slug}.txt"
        path.write_text(header + body + "\n", encoding="utf-8")
        paths.append(path)
    return paths
