"""When an event happened when its own clause names no day: the day told last before it (a
sentence of the report that tells the day and no event, the event told before it), the time
a relative "when" clause hangs on, the day of the clause it belongs to less the stretch
told ("a week after"); and what must not lend its day (the day a thing was said, the start
of a stretch, a background month past its sentence)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-04"  # a Wednesday


def _dates(extract, text: str, kind: str, words: str) -> list[str | None]:
    events = [e for e in extract(text, published=PUBLISHED).events
              if e.type == kind and words in e.text]
    assert events, [(e.type, e.text) for e in extract(text, published=PUBLISHED).events]
    return [e.date for e in events]


@pytest.mark.parametrize(
    ("text", "kind", "words", "date"),
    [
        # the day a sentence told with no event of its own dates the act told after it
        ("Shortly before dawn on Tuesday, about 40 men tried to force their way past the "
         "checkpoint outside Ndola. The men threw grenades at the guards.", "attack",
         "threw grenades", "2026-03-03"),
        ("The trouble started at around 2 a.m. on Sunday near the port of Kribi. A crowd of "
         "youths set fire to the customs office.", "attack", "set fire", "2026-03-01"),
        # and the next paragraph's, when nothing dated came between
        ("On Monday evening, herders drove some 300 cattle into the reserve near Garoua.\n\n"
         "Rangers arrested nine of the herders.", "arrest", "arrested", "2026-03-02"),
        # a relative "when" clause happened on the time it hangs on
        ("The district has been tense since August 2021, when rebels shelled the market in "
         "Beni.", "attack", "shelled", "2021-08"),
        ("It was the worst unrest in the province since June 2019, when police shot dead four "
         "students at a rally in Koudougou.", "attack", "shot", "2019-06"),
        # a clause told a stretch after the one it belongs to lies that stretch before it
        ("Troops patrolled the streets of Gao on Friday, a week after rebels seized the "
         "airport.", "seize", "seized", "2026-02-20"),
        ("The market in Kisumu reopened this morning, two days after a mob looted dozens of "
         "stalls.", "seize", "looted", "2026-03-02"),
        # hours are no stretch of days
        ("Police arrested the driver on Monday, hours after gunmen ambushed a bus near Kano.",
         "attack", "ambushed", "2026-03-02"),
    ],
)
def test_when_an_undated_act_takes_the_day_told_before(extract, text, kind, words, date):
    assert _dates(extract, text, kind, words) == [date]


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # the day a thing was said is no day an act told after it happened on
        ("The governor said on Tuesday that the situation in Kano was calm. Gunmen later "
         "attacked a bus carrying traders.", "attack", "attacked"),
        # nor is the start of a stretch
        ("The container terminal in Tema has stood idle since Thursday. Police arrested 12 "
         "dockers.", "arrest", "arrested"),
        # a background month dates its own sentence, never a later one's act
        ("In May 2015, eight officers were killed in a gunfight in Kumanovo. Police arrested "
         "two men in Tetovo.", "arrest", "arrested"),
    ],
)
def test_when_no_day_is_lent(extract, text, kind, words):
    assert _dates(extract, text, kind, words) == [None]
