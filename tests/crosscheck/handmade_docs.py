"""Hand-built Documents for cross-checking tests: spans found by the words they cover."""

from __future__ import annotations

from dataclasses import dataclass, field

from wiredesk.extract.attributions import credited, described_sources
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

PLACES = {  # name: (kind, country, admin1, lat, lon), from GeoNames
    "Kharkiv": ("city", "UA", "Kharkivska", 49.98, 36.25),
    "Chuhuiv": ("city", "UA", "Kharkivska", 49.84, 36.69),
    "Odesa": ("city", "UA", "Odeska", 46.48, 30.73),
    "Dobropillia": ("city", "UA", "Donetska", 48.47, 37.08),
    "Donetsk Oblast": ("admin1", "UA", "Donetska", 48.0, 37.8),
    "Kursk Oblast": ("admin1", "RU", "Kursk", 51.7, 36.2),
    "Alaska": ("admin1", "US", "Alaska", 64.0, -150.0),
    "Anchorage": ("city", "US", "Alaska", 61.22, -149.9),
    "Ukraine": ("country", "UA", None, 49.0, 32.0),
}


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


@dataclass
class Doc:
    """A Document under construction: `say`, `event`, `figure`, `place`, `time`, then `done`."""

    text: str
    source: str | None = "Reuters"
    published: str | None = "2025-08-12"
    title: str | None = None
    layers: dict[str, list] = field(default_factory=lambda: {
        "attributions": [], "times": [], "places": [], "figures": [], "events": []})

    @property
    def article(self) -> Article:
        return Article(self.text, self.published, self.title or self.text[:40], self.source,
                       f"https://example.org/{self.source}/{self.published}")

    def say(self, speaker: str | None, content: str, cue: str = "said", *, mention: str = "",
            via: tuple[str, ...] = (), status: str = "asserted", type_: str | None = None
            ) -> int:
        aid = self.article.id
        who = mention or speaker or ""
        sp = Speaker(speaker, Mention(who, _span(self.text, who)) if who in self.text else None,
                     type_)
        cue_m = Mention(cue, _span(self.text, cue)) if cue in self.text else None
        c = Mention(content, _span(self.text, content))
        self.layers["attributions"].append(
            Attribution(aid, c, "indirect", sp, cue_m, via=via, status=status))
        return len(self.layers["attributions"]) - 1

    def event(self, type_: str, words: str, actor: str | None = None, target: str | None = None,
              place: str | None = None, date: str | None = None, mode: str = "happened",
              attribution: int | None = None) -> None:
        self.layers["events"].append(Event(self.article.id, type_, words, _span(self.text, words),
                                           actor, target, place, date, mode,
                                           attribution=attribution))

    def figure(self, words: str, value: float, category: str, qualifier: str = "exact",
               about: str | None = None, attribution: int | None = None,
               date: str | None = None, unit: str | None = None) -> None:
        self.layers["figures"].append(Figure(self.article.id, words, _span(self.text, words),
                                             value, category, qualifier, unit, about,
                                             attribution, date))

    def place(self, words: str, name: str | None = None) -> None:
        kind, country, admin1, lat, lon = PLACES[name or words]
        self.layers["places"].append(Place(self.article.id, words, _span(self.text, words),
                                           name or words, kind, country, admin1, None, lat, lon))

    def time(self, words: str, value: str) -> None:
        self.layers["times"].append(TimeExpr(self.article.id, words, _span(self.text, words),
                                             value))

    def done(self) -> Document:
        """The Document, its article and attributions with what the attributions layer reads
        beside them (the office a person is described by, the agency the story carries)."""
        layers = {k: tuple(v) for k, v in self.layers.items()}
        layers["attributions"] = described_sources(self.text, layers["attributions"])
        return Document(credited(self.article), **layers)
