"""One story told as a desk editor would: what happened, how many, who said what, then
denials and what could not be confirmed. One sentence a fact, its citations at its end."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS

from wiredesk.brief._cite import Citer, extent, flat, marks, support
from wiredesk.brief._phrases import (
    actor,
    capitalised,
    is_plural,
    object_phrase,
    reported,
    speaker,
    statement,
    with_article,
)
from wiredesk.brief._reading import Evidence, any_form, canon, lexicon
from wiredesk.brief._verify import HEDGE, check_sentence
from wiredesk.brief._words import MONTHS, Verb, counted, words, written_date
from wiredesk.crosscheck import (
    FigureItem,
    RefKey,
    independent,
    is_denial,
    items_of,
    normalise,
    ref_key,
    ref_order,
)
from wiredesk.extract.actors import registry
from wiredesk.nlp.datelines import dateline_end
from wiredesk.records import (
    Attribution,
    BriefSentence,
    Contradiction,
    Corroboration,
    CrossCheck,
    Document,
    Event,
    Figure,
    ItemRef,
)


@dataclass
class StoryRefs:
    refs: list[ItemRef] = field(default_factory=list)
    clashes: list[Contradiction] = field(default_factory=list)


@dataclass
class _Line:
    """One sentence and every report it rests on, with how it ranks in its section."""

    text: str
    kind: str
    refs: list[ItemRef]
    rank: tuple[object, ...] = ()
    sources_line: bool = True
    inside: list[ItemRef] = field(default_factory=list)  # cited where the text has "{a}"
    figure: tuple[str, str] | None = None  # the count and value a figure line gives
    said: str = ""  # a statement's words, normalised: copies of it are one line


_UNCONFIRMED = HEDGE
_HEDGE_MISSING = "hedge missing"
# What one report may leave to the others of a line: a name, a day, a number, a role.
_PARTIAL = re.compile(r"^(name|date|number|actor|object|event) ")
_NAME_PROBLEM = re.compile(r"^(?:name|speaker) “(.+?)” not in")
_DATE_PROBLEM = re.compile(r"^date “(.+?)” not in")
_WRITTEN_DAY = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + ")")  # "3 March"




@dataclass(frozen=True)
class _Fact:
    """What an event line says, to tell when two lines tell one event."""

    type: str
    actor: str
    head: str  # the last word of its target ("depot" of "a fuel depot")
    place: str
    date: str

    @property
    def detail(self) -> int:
        return sum(map(bool, (self.actor, self.head, self.place, self.date)))

    def covers(self, other: _Fact) -> bool:
        """`other` says nothing this does not ("Poltava was struck on 3 March" beside
        "Russia struck a fuel depot in Poltava on 3 March")."""
        return self.type == other.type and other.actor in ("", self.actor) and (
            other.head in ("", self.head, self.place)) and other.place in ("", self.place) and (
            other.date in ("", self.date)) and other.detail < self.detail

    def tells(self, other: _Fact) -> bool:
        """The same event: one type and target, no actor, place or date that differ."""
        return self.type == other.type and bool(self.head) and self.head == other.head and all(
            not x or not y or x == y for x, y in ((self.actor, other.actor),
                                                  (self.place, other.place),
                                                  (self.date, other.date)))


def _merged_events(lines: dict[str, _Line], facts: dict[str, _Fact]) -> dict[str, _Line]:
    """One event told several times in a story ("A depot was struck", "Russian drones
    struck a fuel depot in Poltava on 3 March") becomes its most informative sentence,
    citing every report of it."""
    order = sorted(lines, key=lambda t: (-facts[t].detail, t.endswith(_UNCONFIRMED), -len(t),
                                         lines[t].rank))
    kept: dict[str, _Line] = {}
    for text in order:
        into = next((k for k in kept if facts[k].tells(facts[text])
                     or facts[k].covers(facts[text])), None)
        if into is None:
            kept[text] = lines[text]
            continue
        line = kept[into]
        known = {ref_key(r) for r in line.refs}
        line.refs += [r for r in lines[text].refs if ref_key(r) not in known]
        line.rank = min(line.rank, lines[text].rank)
        if not text.endswith(_UNCONFIRMED):  # another report asserts it
            line.text = line.text.removesuffix(_UNCONFIRMED)
    return {line.text: line for line in kept.values()}


def _headline_first(lines: list[_Line]) -> list[_Line]:
    """What happened, then its figures in the order [figures] lists them (the death toll
    first), each beside its disagreement or revision, then the rest as ranked."""
    order = list(words().figures.values())

    def key(i_line: tuple[int, _Line]) -> tuple[int, int, int]:
        i, line = i_line
        if line.kind == "event":
            return (0, 0, i)
        if line.figure and line.figure[0] in order:
            return (1, order.index(line.figure[0]), i)
        return (2, 0, i)
    return [line for _, line in sorted(enumerate(lines), key=key)]


def _join(names: Iterable[str]) -> str:
    items = list(dict.fromkeys(names))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _place(doc: Document, name: str, but: str = "") -> bool:
    """A place the document names (of any kind but `but`)."""
    key = normalise(name)
    return any(p.kind != but and key in (normalise(p.name), normalise(p.text))
               for p in doc.places)


def _abroad(doc: Document, country: str, town: str) -> bool:
    """A country told struck at a town the document places in another country ("38
    Ukrainian drones destroyed over Belgorod" read as "Ukraine in Belgorod was struck")."""
    found = registry().lookup(country)
    code = found.country if found is not None and found.type == "country" else None
    return bool(code) and any(normalise(p.name) == normalise(town) and p.country
                              and p.country != code for p in doc.places)


def _written(doc: Document, name: str, near: tuple[int, int]) -> str:
    """A place as the article writes it ("Zaporizhzhia", not the gazetteer's
    "Zaporizhzhya"), from its mention nearest the event."""
    found = [p for p in doc.places if p.name == name and p.text[:1].isupper() and not p.demonym
             and not p.text.isupper() and "\n" not in p.text]
    if not found:
        return name
    return min(found, key=lambda p: abs(p.span[0] - near[0])).text


def _feature(doc: Document, name: str) -> bool:
    """A river or sea: "in the Dnipro River" needs words a name alone does not give."""
    key = normalise(name)
    return any(p.kind == "feature" and key in (normalise(p.name), normalise(p.text))
               for p in doc.places)


def _at(value: str | None) -> str:
    """ "put at 18"; a figure with its own "at" ("at least 25") stands alone."""
    return str(value) if str(value).startswith("at ") else f"put at {value}"


def _put(name: str, value: str | None) -> str:
    """ "put the death toll at 18", "said the death toll was at least 25" (never "at at")."""
    if str(value).startswith("at "):
        return f"said the {name} was {value}"
    return f"put the {name} at {value}"


def _mid(name: str) -> str:
    """A name as it stands inside a sentence ("the Russian Defence Ministry"); a description
    capitalised to open one goes back to lower case ("two local officials in Téra")."""
    if name.startswith("The "):
        return "the" + name[3:]
    if name.casefold() in words().no_article:
        return name.casefold()  # "according to police"
    first, _, rest = name.partition(" ")
    if rest and (first.casefold() in words().determiners  # "a Moscow-installed administration"
                 or (rest[:1].islower() and first.casefold() in STOP_WORDS)):
        return first.casefold() + " " + rest
    return name


class Teller:
    """Turns the records behind one story into sentences."""

    def __init__(self, docs: dict[str, Document], cc: CrossCheck, citer: Citer,
                 year: str | None) -> None:
        self.docs, self.citer, self.year = docs, citer, year
        self.cluster: dict[RefKey, tuple[ItemRef, ...]] = {}
        self.revisions = [g for g in cc.corroborations if g.kind == "revision"]
        for group in cc.corroborations:
            if group.kind in ("actor", "revision"):
                continue
            members = tuple(i for i in group.items if i.article_id in docs)
            for item in members:
                self.cluster[ref_key(item)] = members
        self._figures: dict[str, tuple[FigureItem, ...]] = {}
        self.dropped: list[tuple[str, list[str]]] = []  # lines their spans do not support

    # records --------------------------------------------------------------------------

    def _record(self, ref: ItemRef) -> Attribution | Event | Figure:
        record: Attribution | Event | Figure = getattr(self.docs[ref.article_id],
                                                       ref.layer)[ref.index]
        return record

    def _figure_item(self, ref: ItemRef) -> FigureItem:
        if ref.article_id not in self._figures:
            self._figures[ref.article_id] = items_of(self.docs[ref.article_id]).figures
        return self._figures[ref.article_id][ref.index]

    def _source_name(self, ref: ItemRef, name: str) -> str:
        """A source as a sentence names it: the speaker's own words when the source is the
        speaker, else the name with its article."""
        record = self._record(ref)
        doc = self.docs[ref.article_id]
        index = record.attribution if not isinstance(record, Attribution) else ref.index
        if isinstance(index, int) and 0 <= index < len(doc.attributions):
            att = doc.attributions[index]
            if att.speaker.name and normalise(att.speaker.name) == normalise(name):
                return speaker(att, doc) or with_article(name)
        return with_article(name)

    def _names(self, refs: Sequence[ItemRef]) -> str:
        limit = words().names_per_side
        names: dict[str, str] = {}
        for name in independent(refs):
            first = next((r for r in refs if name in (r.chain or (r.source,))), refs[0])
            names.setdefault(normalise(name), self._source_name(first, name))
        shown = sorted(names.values())
        shown = shown[:1] + [_mid(n) for n in shown[1:]]
        if len(shown) > limit:
            return ", ".join(shown[:limit]) + " and others"
        return _join(shown)

    # sentences ------------------------------------------------------------------------

    def tell(self, story: StoryRefs) -> list[BriefSentence]:
        clashes = [c for c in story.clashes if self._clash_told(c)]
        told = {ref_key(r) for c in clashes if c.kind == "figure" for side in c.sides
                for r in side}
        refs = sorted(story.refs, key=ref_order)
        lines = self._events(refs)
        lines += self._figure_lines([r for r in refs if ref_key(r) not in told])
        lines += [x for c in clashes if c.kind in ("figure", "date", "place")
                  if (x := self._clash(c))]
        keys = {ref_key(r) for r in refs}
        lines += [x for g in self.revisions
                  if all(ref_key(i) in keys for i in g.items) and (x := self._revision(g))]
        lines = _headline_first(lines)
        quotes, doubts = self._quotes(refs)
        denials = self._denials(refs, clashes)
        out: list[BriefSentence] = []
        said = [x.said for x in quotes + denials + doubts]
        for line in lines:
            if line.kind == "event" and line.text.endswith(_UNCONFIRMED):
                out += self._in_own_words([line], said)  # unconfirmed: in its own words
            else:
                out += self._sentences(line)
        if not any(x.kind == "event" for x in out):
            out[:0] = self._in_own_words([x for x in lines if x.kind == "event"], said)
        for line in quotes + denials + doubts:
            out += self._sentences(line)
        return out

    def _in_own_words(self, events: list[_Line], statements: list[str]
                      ) -> list[BriefSentence]:
        """An event the templates could not tell truly, quoted from its report and
        attributed to its outlet (the first that reads as one sentence and that no
        statement of the story already tells)."""
        for line in events:
            for ref in line.refs:
                doc = self.docs[ref.article_id]
                start, end = extent(doc, ref)
                start += dateline_end(doc.article.text[start:end])
                said = flat(doc.article.text[start:end]).rstrip(".")
                if any(x and x in normalise(said) for x in statements):
                    continue
                if doc.article.source and 4 <= len(said.split()) <= 40 and not set(
                        said) & set("“”\""):
                    quoted = _Line(f"{doc.article.source} reported: “{said}”", "event",
                                   [support(doc, (start, end), ref.source)],
                                   sources_line=False)
                    told = self._sentences(quoted)
                    if told:
                        return told
        return []

    def _sentences(self, line: _Line) -> list[BriefSentence]:
        """The line and its sources, each written only when its cited spans support every
        element of it (see _verify); spans naming the speaker or the day are added where
        the line's own do not, and reports that do not support it are left uncited."""
        if HEDGE not in line.text and _HEDGE_MISSING in " ".join(check_sentence(
                line.text.replace("{a}", "[0]") + " [0].",
                self.citer.evidence([*line.inside, *line.refs]))):
            line.text += HEDGE  # the text says it could not be verified: so does the line
        kept = self._supported(line.text, line.inside, line.refs)
        if kept is None:
            return []
        inside, refs = kept
        a = tuple(sorted(self.citer.cite(inside)))
        cites = tuple(sorted(self.citer.cite(refs)))
        text = line.text.replace("{a}", marks(a))
        out = [BriefSentence(f"{text} {marks(cites)}.", tuple(dict.fromkeys(a + cites)),
                             line.kind)]
        told = [r for r in refs if r.layer != "support"]
        sources = independent(told)
        if line.sources_line and len(sources) >= 2:
            names = _join(_mid(self._source_name(
                next(r for r in told if s in (r.chain or (r.source,))), s))
                for s in sources)
            said = f"Reported independently by {counted(len(sources))} sources: {names}"
            backed = self._supported(said, [], refs, each=False)
            if backed is not None:
                every = tuple(sorted(self.citer.cite(backed[1])))
                out.append(BriefSentence(f"{said} {marks(every)}.", every, "sources"))
        return out

    def _supported(self, text: str, inside: list[ItemRef], refs: list[ItemRef],
                   each: bool = True) -> tuple[list[ItemRef], list[ItemRef]] | None:
        """(inside refs, refs) supporting the line, with spans naming what they leave
        unnamed; None when it cannot be supported. With `each`, every report cited must
        support the line on its own; else the reports together (a list of sources)."""
        def problems(a: list[ItemRef], b: list[ItemRef]) -> list[str]:
            return check_sentence(text.replace("{a}", "[0]") + " [0].",
                                  self.citer.evidence([*a, *b]))

        if inside or not each:
            found = problems(inside, refs)
            if found:
                refs = refs + self._support(found, [*inside, *refs])
                found = problems(inside, refs)
        else:  # each report cited must tell the line's fact, none gainsay it
            kept: list[ItemRef] = []
            alone: list[ItemRef] = []
            for ref in refs:
                own = [ref]
                found = problems([], own)
                if found:
                    own += self._support(found, own)
                    found = problems([], own)
                known = {ref_key(k) for k in kept}
                if all(_PARTIAL.match(p) for p in found):
                    kept += [r for r in own if ref_key(r) not in known]
                if not found:
                    alone += [r for r in own if ref_key(r) not in {ref_key(k) for k in alone}]
            found = problems([], kept) if kept else ["no report supports it"]
            if found and alone:
                kept, found = alone, problems([], alone)
            refs = kept
        if found:
            self.dropped.append((text, found))
            return None
        return inside, refs

    def _support(self, problems: list[str], refs: list[ItemRef]) -> list[ItemRef]:
        """Spans naming what a line's own spans leave unsupported: a speaker resolved from
        "he" or "the ministry" (the nearest earlier mention of the name), a day resolved
        from another sentence (the time expression it was read from)."""
        out: list[ItemRef] = []
        first = {r.article_id: r for r in sorted(refs, key=ref_order, reverse=True)}
        for problem in problems:
            if m := _NAME_PROBLEM.match(problem):
                found = self._mention(m[1], first.values())
            elif m := _DATE_PROBLEM.match(problem):
                found = self._day(m[1], first.values())
            else:
                continue
            if found is not None and ref_key(found) not in {ref_key(r) for r in out}:
                out.append(found)
        return out

    def _mention(self, name: str, refs: Iterable[ItemRef]) -> ItemRef | None:
        """The mention of `name` (or another name of its actor) nearest before `refs`."""
        actor = registry().lookup(name)
        names = [name] + ([actor.name, *actor.aliases] if actor is not None else [])
        keys = [k.split() for k in dict.fromkeys(canon(n.replace("-", " ")) for n in names) if k]
        for ref in refs:
            doc = self.docs[ref.article_id]
            tokens = [(canon(m[0]), m.start(), m.end())
                      for m in re.finditer(r"[\w’'.]+", doc.article.text)]
            spots = [(tokens[i][1], tokens[i + len(k) - 1][2]) for k in keys
                     for i in range(len(tokens) - len(k) + 1)
                     if [t[0] for t in tokens[i:i + len(k)]] == k]
            if spots:
                span = min(spots, key=lambda s: (s[0] > ref.span[0], abs(ref.span[0] - s[0])))
                return support(doc, span, ref.source)
        return None

    def _day(self, written: str, refs: Iterable[ItemRef]) -> ItemRef | None:
        m = _WRITTEN_DAY.search(written)
        if not m:
            return None
        day = f"-{MONTHS.index(m[2]) + 1:02d}-{int(m[1]):02d}"
        for ref in refs:
            doc = self.docs[ref.article_id]
            published = (doc.article.published or "")[:10] or None
            times = [t for t in doc.times if t.value and t.value[4:10] == day
                     and "-" + day in Evidence(t.text, None, published).dates()]
            if times:
                t = min(times, key=lambda t: abs(t.span[0] - ref.span[0]))
                return support(doc, t.span, ref.source)
        return None

    def _members(self, ref: ItemRef) -> tuple[ItemRef, ...]:
        return self.cluster.get(ref_key(ref), (ref,))

    def _merge(self, lines: dict[str, _Line], text: str, kind: str,
               refs: Iterable[ItemRef], rank: tuple[object, ...]) -> None:
        line = lines.setdefault(text, _Line(text, kind, [], rank))
        known = {ref_key(r) for r in line.refs}
        line.refs += [r for r in refs if ref_key(r) not in known]
        line.rank = min(line.rank, rank)

    @staticmethod
    def _ranked(lines: dict[str, _Line]) -> list[_Line]:
        return sorted(lines.values(),
                      key=lambda x: (-len(independent(x.refs)), -len(x.refs), x.rank))

    # what happened ------------------------------------------------------------------------

    def _events(self, refs: Sequence[ItemRef]) -> list[_Line]:
        lines: dict[str, _Line] = {}
        facts: dict[str, _Fact] = {}
        done: set[RefKey] = set()
        for ref in refs:
            if ref.layer != "events" or ref_key(ref) in done:
                continue
            members = self._members(ref)
            done.update(ref_key(m) for m in members)
            told = [(t, m) for m in members if (t := self._event(m))]
            if told:
                best, first = max(told, key=lambda tm: (  # an assertion over a hedge
                    not tm[0].endswith(_UNCONFIRMED), len(tm[0].split()), ref_order(tm[1])))
                self._merge(lines, best, "event", members, ref_order(members[0]))
                facts.setdefault(best, self._fact(first))
        ranked = sorted(_merged_events(lines, facts).values(), key=lambda x: (
            -len(independent(x.refs)), -len(x.text.split()), -len(x.refs), x.rank))
        for line in ranked:
            self._according(line)
        return ranked

    def _according(self, line: _Line) -> None:
        """An event only one quoted source tells is told as theirs ("Ukraine struck
        Oleshky, according to the Russian Defence Ministry"), not as the desk's fact."""
        sources = independent(line.refs)
        quoted = [r for r in line.refs if (x := self._record(r)) is not None
                  and not isinstance(x, Attribution) and x.attribution is not None]
        if len(sources) != 1 or not quoted or len(quoted) < len(line.refs) or (
                line.text.endswith(_UNCONFIRMED)):
            return
        name = _mid(self._source_name(quoted[0], sources[0]))
        if canon(name.removeprefix("the ")) not in canon(line.text):  # not "the Kremlin
            line.text += f", according to {name}"                    # ..., according to it"

    def _event(self, ref: ItemRef) -> str | None:
        ev = self._record(ref)
        assert isinstance(ev, Event)
        verb = words().events.get(ev.type)
        if verb is None or ev.mode not in ("happened", "planned"):
            return None
        doc = self.docs[ref.article_id]
        who = actor(doc, ev.actor)
        what, full = object_phrase(doc, ev, ev.target)
        if what and not verb.participle and (_place(doc, what, "country") or not any(
                w[:1].isupper() for w in what.split())):
            return None  # "met a second round", "held talks with Istanbul": not a party
        if what and ev.place and _abroad(doc, what, ev.place):
            return None
        where = f" in {_written(doc, ev.place, ev.span)}" if ev.place and not (
            what and normalise(ev.place) in normalise(what)) and not _feature(
            doc, ev.place) else ""
        if what and not who:
            what, where = what + where, ""  # "The central market in Kherson was struck"
        when = written_date(ev.date, self.year)
        tail = where + (f" {when}" if when else "")
        text = self._clause(verb, ev.mode, who, what, full, tail)
        if text and ev.status in ("hedged", "unverified"):
            text += _UNCONFIRMED
        return text

    def _fact(self, ref: ItemRef) -> _Fact:
        ev = self._record(ref)
        assert isinstance(ev, Event)
        target = normalise(ev.target).split()
        who = actor(self.docs[ref.article_id], ev.actor)  # as told: a misread actor is none
        return _Fact(ev.type, normalise(who), target[-1] if target else "",
                     normalise(ev.place), ev.date or "")

    @staticmethod
    def _clause(verb: Verb, mode: str, who: str | None, what: str | None, full: bool,
                tail: str) -> str | None:
        if who:
            if mode == "planned":
                rest = f"{verb.base} {what}" if what else (
                    verb.base if verb.alone == verb.past else None)
                return f"{who} was set to {rest}{tail}" if rest else None
            if what:
                return f"{who} {verb.past} {what}{tail}"
            return f"{who} {verb.alone}{tail}" if verb.alone else None
        if what and full and verb.participle and mode == "happened":
            were = "were" if is_plural(what) else "was"  # "Targets in Poltava were struck"
            return f"{capitalised(what)} {were} {verb.participle}{tail}"
        return None

    # how many ------------------------------------------------------------------------------

    def _figure_name(self, ref: ItemRef) -> str | None:
        w = words()
        item = self._figure_item(ref)
        name = w.figures.get(item.category)
        if name is None or item.group or self._over_places(ref):
            return None  # a part ("four of them"), a group ("three children"), a total
        if item.category in w.outcome_needed:
            outcome = w.outcomes.get(item.outcome)
            return f"{name} {outcome}" if outcome else None
        return name

    def _over_places(self, ref: ItemRef) -> bool:
        """A figure its sentence gives for several places ("strikes on Poltava and Kherson
        killed 25"): a total over several events, not the toll of one; an increment ("five
        more bodies") or the value a revision left ("raising the toll from three"), not a
        toll at all."""
        if set(ref.text.casefold().split()) & words().increments:
            return True
        text = self.docs[ref.article_id].article.text
        if text[max(0, ref.span[0] - 5):ref.span[0]].casefold().endswith("from ") and any(
                any_form(w, lexicon().revision_words) for w, _ in self._sentence(ref).words):
            return True
        return self._figure_item(ref).spread  # the cross-check's reading of its clause

    def _figure_lines(self, refs: Sequence[ItemRef]) -> list[_Line]:
        lines: dict[str, _Line] = {}
        done: set[RefKey] = set()
        for ref in refs:
            if ref.layer != "figures" or ref_key(ref) in done:
                continue
            members = self._members(ref)
            done.update(ref_key(m) for m in members)
            named = [(n, m) for m in members if (n := self._figure_name(m))]
            if not named:
                continue
            name = Counter(n for n, _ in named).most_common(1)[0][0]
            value = Counter(m.value for _, m in named).most_common(1)[0][0]
            if len(independent(members)) >= 2:
                text = f"The {name} was {_at(value)}"
            else:
                first = named[0][1]
                text = f"{self._source_name(first, first.source)} {_put(name, value)}"
            self._merge(lines, text, "figure", members, ref_order(members[0]))
            lines[text].figure = (name, str(value))
        return self._rises(self._ranked(lines))

    def _clash_told(self, clash: Contradiction) -> bool:
        a, b = clash.sides
        if not a or not b:
            return False
        if clash.kind == "figure":
            return a[0].value != b[0].value and not (
                self._over_places(a[0]) or self._over_places(b[0]))
        return not self._shared(a, b)  # a contradiction needs two different reports

    def _shared(self, a: Sequence[ItemRef], b: Sequence[ItemRef]) -> set[str]:
        """The voices on both sides of a clash, one voice on both being no disagreement
        between two: the sources quoted (copies of one wire story count as that story),
        and an outlet's own telling only where a side has nothing else (a live blog that
        quotes two officials is not on both sides; one that updates its own count is)."""
        def voices(side: Sequence[ItemRef]) -> set[str]:
            quoted = {normalise(n) for r in side for n in independent([r])
                      if normalise(n) != normalise(r.outlet)}
            return quoted or {normalise(r.outlet) for r in side}
        return voices(a) & voices(b)

    def _revised(self, clash: Contradiction) -> tuple[list[ItemRef], list[ItemRef]] | None:
        """(earlier side, later side) when one source moved from one figure to the other:
        it is on both sides, and the other figure was first reported later."""
        return self._ordered(*(list(side) for side in clash.sides))

    def _ordered(self, a: list[ItemRef], b: list[ItemRef]
                 ) -> tuple[list[ItemRef], list[ItemRef]] | None:
        """(earlier, later) of two reports of one figure by one voice, by the day each was
        first told."""
        day_a, day_b = (min((r.published or "")[:10] for r in side) for side in (a, b))
        if day_a == day_b:
            return None  # the same day: which came first the text does not say
        early, late = (a, b) if day_a < day_b else (b, a)
        if self._shared(a, b) or any(self._revises(r, early[0]) for r in late):
            return early, late
        return None

    def _sentence(self, ref: ItemRef) -> Evidence:
        doc = self.docs[ref.article_id]
        start, end = extent(doc, replace(ref, layer="events"))
        return Evidence(flat(doc.article.text[start:end]))

    def _revises(self, ref: ItemRef, old: ItemRef) -> bool:
        """The report says its figure changed from the old one ("raising the toll from
        three"): a revision, whoever tells it."""
        said = self._sentence(ref)
        old_value = self._record(old)
        assert isinstance(old_value, Figure)
        return old_value.value in said.numbers() and any(
            any_form(w, lexicon().revision_words) for w, _ in said.words)

    def _rises(self, lines: list[_Line]) -> list[_Line]:
        """Two figure lines of one count by one voice at different times: one revision."""
        out = list(lines)
        for x in lines:
            for y in lines:
                if x in out and y in out and x is not y and x.figure and y.figure and (
                        x.figure[0] == y.figure[0] and x.figure[1] != y.figure[1]):
                    ordered = self._ordered(x.refs, y.refs)
                    if ordered is not None:
                        out[out.index(x)] = self._rise(x.figure[0], *ordered)
                        out.remove(y)
        return out

    def _revision(self, group: Corroboration) -> _Line | None:
        """One source changing its own figure: said as a revision, not a clash."""
        first, last = group.items[0], group.items[-1]
        category = self._figure_item(first).category
        if category not in words().figures or first.article_id == last.article_id or any(
                self._over_places(i) for i in group.items):
            return None  # a distance, a bare count: two figures, not one revised
        earlier = [i for i in group.items if i.value == first.value]
        name = words().figures[category]
        text = (f"{self._names(group.items)} revised the {name} from {first.value} "
                f"{{a}} to {last.value}")
        later = [i for i in group.items if i.value == last.value]
        return _Line(text, "figure", later, sources_line=False, inside=list(earlier))

    def _clash(self, clash: Contradiction) -> _Line | None:
        side_a, side_b = clash.sides
        if clash.kind == "figure":
            category = self._figure_item(clash.a).category
            name = words().figures.get(category, category.replace("_", " "))
            revised = self._revised(clash)
            if revised is not None:
                return self._rise(name, *revised)
            if self._shared(side_a, side_b):
                return None
            text = (f"{self._names(side_a)} {_put(name, clash.a.value)} {{a}}; "
                    f"{_mid(self._names(side_b))} said {clash.b.value}")
            return _Line(text, "contradiction", list(side_b), sources_line=False,
                         inside=list(side_a), figure=(name, ""))
        else:
            first, second = self._record(clash.a), self._record(clash.b)
            assert isinstance(first, Event) and isinstance(second, Event)
            if clash.kind == "date":
                val_a, val_b = (written_date(first.date, self.year),
                                written_date(second.date, self.year))
            else:
                val_a, val_b = f"in {first.place}", f"in {second.place}"
            what = {"date": "the date", "place": "the place"}[clash.kind]
            text = (f"Reports differ on {what}: {_mid(self._names(side_a))} put it {val_a} "
                    f"{{a}}; {_mid(self._names(side_b))} put it {val_b}")
        return _Line(text, "contradiction", list(side_b), sources_line=False,
                     inside=list(side_a))

    def _rise(self, name: str, early: list[ItemRef], late: list[ItemRef]) -> _Line:
        """ "The death toll rose from 18 in reports of 3 March to 25 in reports of 4 March"."""
        first, last = early[0], late[0]
        record_a, record_b = self._record(first), self._record(last)
        assert isinstance(record_a, Figure) and isinstance(record_b, Figure)
        verb = "rose" if record_b.value > record_a.value else "fell"
        day_a, day_b = (written_date(min(r.published or "" for r in side)[:10], self.year)
                        for side in (early, late))
        day_a, day_b = ((d or "").removeprefix("on ") for d in (day_a, day_b))
        text = (f"The {name} {verb} from {first.value} {{a}} to {last.value} in reports of "
                f"{day_b}" if day_a == day_b else
                f"The {name} {verb} from {first.value} in reports of {day_a} {{a}} to "
                f"{last.value} in reports of {day_b}")
        return _Line(text, "figure", late, sources_line=False, inside=early, figure=(name, ""))

    # who said what -------------------------------------------------------------------------

    def _quotes(self, refs: Sequence[ItemRef]) -> tuple[list[_Line], list[_Line]]:
        """The most informative statements (at most a few a story), and the unconfirmed."""
        lines: dict[str, _Line] = {}
        doubts: dict[str, _Line] = {}
        done: set[RefKey] = set()
        together = self._credited_together(refs)
        for ref in refs:
            if ref.layer != "attributions" or ref_key(ref) in done:
                continue
            members = self._members(ref)
            done.update(ref_key(m) for m in members)
            att = self._record(ref)
            assert isinstance(att, Attribution)
            if att.status == "denied" or is_denial(att):
                continue
            doc = self.docs[ref.article_id]
            who, said = together.get(ref_key(ref)) or speaker(att, doc), statement(att, doc)
            if not who or not said:
                continue
            text = reported(att, who, said)
            score = (att.kind == "direct") * 2 + any(c.isdigit() for c in said) + min(
                len(said.split()), 30) / 30
            target = doubts if att.status in ("hedged", "unverified") else lines
            copy = next((t for t, x in target.items() if x.said == normalise(said)), None)
            if copy is not None:  # a rewrite of one story: told once, citing both
                text = copy
            self._merge(target, text, "claim", members, (-score, ref_order(ref)))
            target[text].said = normalise(said)
        best = sorted(lines.values(), key=lambda x: x.rank)[:words().quotes_per_story]
        for line in best:
            line.sources_line = False
        shown = sorted(best, key=lambda x: x.rank[1:])
        kept = sorted(doubts.values(), key=lambda x: x.rank)[:2]
        for line in kept:
            line.kind = "hedge"
        return shown, sorted(kept, key=lambda x: x.rank[1:])

    def _credited_together(self, refs: Sequence[ItemRef]) -> dict[RefKey, str]:
        """The sources one report credits together with the same words ("a nurse and two
        traders told the agency"), named together for the first of them."""
        by_words: dict[tuple[str, tuple[int, int]], list[ItemRef]] = {}
        for ref in refs:
            record = self._record(ref) if ref.layer == "attributions" else None
            if isinstance(record, Attribution):
                by_words.setdefault((ref.article_id, record.content.span), []).append(ref)
        out: dict[RefKey, str] = {}
        for group in by_words.values():
            named: list[str] = []
            for ref in sorted(group, key=ref_order):
                record = self._record(ref)
                assert isinstance(record, Attribution)
                who = speaker(record, self.docs[ref.article_id])
                if named and record.speaker.mention is not None:
                    who = record.speaker.mention.text  # as written: "and a police officer"
                if who and who not in named:
                    named.append(who)
            if len(named) > 1:
                out[ref_key(min(group, key=ref_order))] = _join(
                    [named[0], *(_mid(n) for n in named[1:])])
        return out

    def _denials(self, refs: Sequence[ItemRef], clashes: Sequence[Contradiction]
                 ) -> list[_Line]:
        lines: dict[str, _Line] = {}
        denying = [r for c in clashes if c.kind == "denial" for r in c.sides[1]]
        for ref in sorted({ref_key(r): r for r in [*refs, *denying]}.values(), key=ref_order):
            record = self._record(ref)
            doc = self.docs[ref.article_id]
            text = None
            if isinstance(record, Attribution) and (
                    record.status == "denied" or is_denial(record)):
                text = self._denial(record, doc)
            elif isinstance(record, Event) and record.mode == "denied":
                text = self._denied_event(record, doc)
            if text:
                name = text.split(" denied ")[0].split(" rejected ")[0]
                known = registry().lookup(name.removeprefix("The "))
                who = canon(known.name if known is not None else name)  # "IDF", "the IDF"
                same = next((t for t, x in lines.items() if x.said == who), None)
                self._merge(lines, same or text, "denial", self._members(ref), ref_order(ref))
                lines[same or text].said = who
        for line in lines.values():
            line.sources_line = False
        return sorted(lines.values(), key=lambda x: x.rank)

    @staticmethod
    def _denial(att: Attribution, doc: Document) -> str | None:
        who = speaker(att, doc)
        said = " ".join(att.content.text.split()).rstrip(" ,;:")
        if not who or len(said.split()) < words().denial_min_words:
            return None
        cue = att.cue.text if att.cue else ""
        if cue.endswith("ed") and cue.casefold() != "denied" and " " not in cue:
            return f"{who} {cue} {said}"  # "Moscow rejected responsibility for the attack"
        if said.startswith("that ") or not said.split()[0].endswith("ing"):
            said = said if said.startswith("that ") else f"that {said}"
        return f"{who} denied {said}"  # "denied shelling the market": no "that"

    def _denied_event(self, ev: Event, doc: Document) -> str | None:
        verb = words().events.get(ev.type)
        who = actor(doc, ev.actor)
        what, _full = object_phrase(doc, ev, ev.target)
        if verb is None or not who or not what:
            return None
        where = f" in {_written(doc, ev.place, ev.span)}" if ev.place and normalise(
            ev.place) not in normalise(what) else ""
        return f"{who} denied {verb.gerund} {what}{where}"

