"""What round 18's unseen stories missed, as general rules, through the real model: a count a
later report gives on a later day may be of the first day it tells; a country in a speaker's
name is no place of what they count; the prison service is one service whatever it is
called; a part of a count of another kind is a whole count; a denial answers the claim it
shares most with; a country-wide toll naming one noun says whom it counts; a spokesperson for
a named body is that body."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import counted_sources, crosscheck
from wiredesk.crosscheck._items import Claim, items_of
from wiredesk.crosscheck._link import _nearest_claim
from wiredesk.crosscheck._sources import body_key
from wiredesk.crosscheck._text import content_words
from wiredesk.records import ItemRef

_FIRST = ("KASESE - Four soldiers were killed and six wounded on Saturday when their patrol "
          "vehicle struck a landmine on the road north of Kasese.")


def _figure_groups(result, value: str) -> list[int]:
    """How many articles each figure corroboration of `value` spans."""
    return [len({m.article_id for m in g.items}) for g in result.corroborations
            if g.kind == "figure" and g.items[0].value == value]


def _figure_clashes(result) -> list[set[str]]:
    return [{c.a.value, c.b.value} for c in result.contradictions if c.kind == "figure"]


def test_crosscheck_unseen20_a_later_day_reaches_back(extract):
    """The weekly's count is dated the day the army confirmed it, two days after the blast:
    still the same four; another value so told is no clash (the day is not sure)."""
    first = extract(_FIRST, published="2026-03-14", source="Army Press Office")
    later = extract("The army confirmed on Monday that four soldiers died in Saturday's "
                    "landmine blast near Kasese, and said six others were wounded.\n\nA "
                    "spokesman said on Monday the vehicle had been on a routine patrol.",
                    published="2026-03-17", source="Weekly")
    (four,) = [f for f in items_of(later).figures if f.value == 4]
    assert four.when is not None and str(four.when[0]) == "2026-03-16", four.when
    assert four.since is not None and str(four.since[0]) == "2026-03-14", four.since
    assert _figure_groups(crosscheck([first, later]), "4") == [2]
    other = extract("The army confirmed on Monday that five soldiers died in Saturday's "
                    "landmine blast near Kasese, and said six others were wounded.\n\nA "
                    "spokesman said on Monday the vehicle had been on a routine patrol.",
                    published="2026-03-17", source="Weekly")
    assert _figure_clashes(crosscheck([first, other])) == []


def test_crosscheck_unseen20_no_first_day_no_reach(extract):
    """A report naming no earlier day of its week keeps its count's own day."""
    doc = extract("Four soldiers were killed near Kasese, the army said.",
                  published="2026-03-17", source="Weekly")
    assert all(f.since is None for f in items_of(doc).figures)


def test_crosscheck_unseen20_a_country_in_a_speaker_name_is_whose(extract):
    daily = extract("Police fired tear gas at protesters in Kisumu on Tuesday. Eight people "
                    "were injured in the clashes, police said.", published="2026-05-13",
                    source="Lakeside Daily")
    wire = extract("NAIROBI, May 13 (EAW) - Protesters and police clashed in the western city "
                   "of Kisumu on Tuesday.\n\nThe Kenya Red Cross Society said 15 people had "
                   "been injured.", published="2026-05-13", source="East Africa Wire")
    (fifteen,) = [f for f in items_of(wire).figures if f.value == 15]
    assert fifteen.place is not None and fifteen.place.name == "Kisumu", fifteen.place
    assert _figure_clashes(crosscheck([daily, wire])) == [{"8", "15"}]


@pytest.mark.parametrize(("name", "kind"), [
    ("Commissioner of Prisons", "prison"),
    ("Lesotho Correctional Service", "prison"),
    ("the Department of Corrections", "prison"),
    ("Prison Officers' Association", None),  # speaks for the guards: a source of its own
])
def test_crosscheck_unseen20_the_prison_service_by_any_name(name, kind):
    key = body_key(name)
    assert (key[0] if key else None) == kind, key


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Lesotho Correctional Service", "Commissioner of Prisons", 1),
    ("Lesotho Correctional Service", "prisons commissioner", 1),
    ("Lesotho Correctional Service", "Lesotho Mounted Police Service", 2),
])
def test_crosscheck_unseen20_one_prison_service(a, b, expected):
    counted = counted_sources([((a,), "Outlet A", 1), ((b,), "Outlet B", 1)])
    assert len(counted) == expected, counted


def test_crosscheck_unseen20_a_part_of_another_kind_is_whole(extract):
    daily = extract("Police in Lusaka arrested 30 protesters on Wednesday, four of whom were "
                    "treated for injuries at the University Teaching Hospital, police "
                    "spokesperson Rae Hamoonga said.", published="2026-07-09",
                    source="Copperbelt Courier")
    wire = extract("LUSAKA, July 9 (ZW) - Four protesters were treated for injuries after "
                   "police broke up a march in Lusaka on Wednesday, a doctor at the University "
                   "Teaching Hospital said.", published="2026-07-09", source="Zambia Wire")
    (four,) = [f for f in items_of(daily).figures if f.value == 4]
    assert four.category == "wounded" and "part of" not in four.group, four
    assert _figure_groups(crosscheck([daily, wire]), "4") == [2]


def test_crosscheck_unseen20_a_part_of_its_own_kind_stays_a_part(extract):
    doc = extract("Fifteen people were injured in Kisumu on Tuesday, three of them by rubber "
                  "bullets, the Red Cross said.", published="2026-05-13", source="Daily")
    (three,) = [f for f in items_of(doc).figures if f.value == 3]
    assert "part of" in three.group, three


def _claim(text: str, article: str = "a") -> Claim:
    return Claim(ItemRef(article, "attributions", 0, text, (0, len(text)), "Someone"),
                 "someone", content_words(text), False)


@pytest.mark.parametrize(("shared", "expected"), [
    ((3, 1), 0),  # the claim sharing most, more than any other
    ((3, 3), None),  # two tie: neither
    ((1, 0), None),  # fewer than denial_min_shared
])
def test_crosscheck_unseen20_a_denial_answers_the_claim_it_shares_most(shared, expected):
    denial = _claim("guards set fire to stalls", "b")
    claims = [_claim("guards set fire to stalls and beat a tailor"), _claim("guards came")]
    chosen = _nearest_claim(denial, list(zip(shared, claims, strict=True)))
    assert chosen is (claims[expected] if expected is not None else None)


def test_crosscheck_unseen20_a_long_claim_and_its_short_denial(extract):
    """The chief's denial shares 'officers', 'dogs' with the vendors' long claim (its
    'police' is the denier's own name): below the overlap, more than with any other claim."""
    paper = extract("Several traders told the Herald that officers had set dogs on them as "
                    "they tried to carry their stock away, and that an elderly tailor was "
                    "bitten on both hands. Three traders were treated at Coast General "
                    "Hospital, a nurse said.", published="2026-08-06", source="Mombasa Herald")
    wire = extract("MOMBASA, Aug 7 (CW) - Mombasa's police commander, Peter Waweru, on Friday "
                   "denied that officers had used dogs against hawkers during the eviction "
                   "from the Marikiti market on Wednesday night.", published="2026-08-07",
                   source="Coast Wire")
    found = [c for c in crosscheck([paper, wire]).contradictions if c.kind == "denial"]
    assert [(c.a.article_id, c.b.source) for c in found] == [
        (paper.article.id, "Peter Waweru")], found


def test_crosscheck_unseen20_one_noun_says_whom_a_country_toll_counts(extract):
    release = extract("LOMÉ - One protester died on Saturday during the unrest in the Bè "
                      "district of Lomé.", published="2026-10-04", source="Government of Togo")
    daily = extract("Two protesters have died after clashes with security forces in Togo on "
                    "Saturday, a nurse told Togo Daily.", published="2026-10-05",
                    source="Togo Daily")
    assert _figure_clashes(crosscheck([release, daily])) == [{"1", "2"}]


def test_crosscheck_unseen20_a_spokesperson_for_a_named_body(extract):
    paper = extract("Seven wounded people were admitted after the attack on the gendarmerie "
                    "post in Kpalimé on Tuesday, a spokeswoman for Kpalimé Regional Hospital "
                    "said.", published="2026-02-11", source="Plateaux Herald")
    wire = extract("LOMÉ, Feb 11 (WAW) - Kpalimé Regional Hospital said it had admitted seven "
                   "wounded after Tuesday's attack on a gendarmerie post in Kpalimé.",
                   published="2026-02-11", source="West Africa Wire")
    (seven,) = [f for f in items_of(paper).figures if f.value == 7]
    assert seven.ref.chain[0] == "Kpalimé Regional Hospital", seven.ref.chain
    groups = [g for g in crosscheck([paper, wire]).corroborations
              if g.kind == "figure" and g.items[0].value == "7"]
    assert [g.n_sources for g in groups] == [1], groups


@pytest.mark.parametrize("speaker", ["a Red Cross spokesman", "a spokesman for the Red Cross",
                                     "the Red Cross"])
def test_crosscheck_unseen20_a_spokesperson_is_the_body_named(extract, speaker):
    doc = extract(f"Seven people were injured in Kisumu on Tuesday, {speaker} said.",
                  published="2026-05-13", source="Daily")
    (seven,) = [f for f in items_of(doc).figures if f.value == 7]
    assert seven.ref.chain[0] == "International Committee of the Red Cross", seven.ref.chain
