"""Who stands behind a figure when a story's official body is named in several ways, through
the real model: a service's name ends at its kind ("the police spokeswoman", "Commissioner
of Police Jane Doe", "a police statement" are the police), "Royal" is no part of which police
it is, a minister named by topic ("Health Minister") speaks for that ministry, and a
ministry's spokesperson named with no topic is the ministry named before."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import counted_sources
from wiredesk.crosscheck._items import items_of
from wiredesk.crosscheck._sources import body_key, one_source


@pytest.mark.parametrize(("name", "key"), [
    ("Royal Belize Police Force", ("police", "", "Belize")),
    ("the police spokeswoman", ("police", "", "")),
    ("police spokesman Inspector", ("police", "", "")),
    ("Assistant Commissioner of Police Nadia Serrano", ("police", "", "")),
    ("police statement", ("police", "", "")),
    ("National Police of Belize", ("police", "", "Belize")),
    ("Kaduna State Police Command", ("police", "kaduna", "")),
    ("Health Minister", ("ministry", "health", "")),
    ("Minister of Health", ("ministry", "health", "")),
    ("the health ministry spokeswoman", ("ministry", "health", "")),
])
def test_crosscheck_sources18_body_keys(name, key):
    assert body_key(name) == key


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("the police spokeswoman", "Royal Belize Police Force", True),
    ("Assistant Commissioner of Police Nadia Serrano", "Royal Belize Police Force", True),
    ("Health Minister", "Ministry of Health and Wellness", True),
    ("Health Minister", "Ministry of National Security", False),
    ("the army spokeswoman", "Royal Belize Police Force", False),
    ("Kaduna State Police Command", "Lagos State Police Command", False),
])
def test_crosscheck_sources18_one_body_under_two_names(a, b, expected):
    counted = counted_sources([((a,), "Caribbean Wire", 1), ((b,), "Island Times", 1)])
    assert (len(counted) == 1) is expected, counted


@pytest.mark.parametrize(("text", "told_by"), [
    ("Two men were killed in Belize City on Saturday night, a police statement said.",
     "police"),
    ("Two men were killed in Belize City on Saturday night, according to a police statement.",
     "police"),
    ("Two men were killed in Belize City on Saturday night, Superintendent Nadia Serrano, "
     "the police spokeswoman, said.", "Nadia Serrano"),
    # an unnamed witness leaves the count to the wire: another source
    ("Two men were killed in Belize City on Saturday night, the club's owner said.",
     "Caribbean Wire"),
])
def test_crosscheck_sources18_the_police_however_named(extract, text, told_by):
    """Each wording and the force's own release: one source, the force; the wire's own
    telling is another."""
    doc = extract(text, published="2026-05-11", source="Caribbean Wire")
    release = extract("Two persons died at the scene on Mahogany Street, Belize City, on "
                      "Saturday night.", published="2026-05-10",
                      source="Royal Belize Police Force")
    (fig,) = [f for f in items_of(doc).figures if f.category == "killed"]
    (own,) = [f for f in items_of(release).figures if f.category == "killed"]
    assert told_by in " ".join(fig.ref.chain)
    sources = counted_sources([(fig.ref.chain, "Caribbean Wire", 1),
                               (own.ref.chain, "Royal Belize Police Force", 1)])
    assert len(sources) == (2 if told_by == "Caribbean Wire" else 1), sources


def test_crosscheck_sources18_a_ministry_spokeswoman_is_the_ministry_named_before(extract):
    doc = extract("The Ministry of Health and Wellness said it was treating the wounded. "
                  "Four people were wounded, a ministry spokeswoman said.",
                  published="2026-05-11", source="Caribbean Wire")
    (fig,) = [f for f in items_of(doc).figures if f.category == "wounded"]
    assert fig.ref.chain[0].endswith("Ministry of Health and Wellness"), fig.ref.chain


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("police spokeswoman", "police", True),
    ("Health Minister", "health ministry", True),
    ("Belizean police", "Royal Belize Police Force", True),
    ("Belizean police", "Royal Bahamas Police Force", False),
])
def test_crosscheck_sources18_one_teller_of_a_denial(a, b, expected):
    """A denial and what it denies told by one body are no clash."""
    assert one_source((a,), (b,)) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("Marla Pinder", "Police Commissioner"), ("Royal Belize Police Force",), True),
    (("Marla Pinder", "Health Minister"), ("Royal Belize Police Force",), False),
    (("Marla Pinder",), ("Royal Belize Police Force",), False),
    (("Marla Pinder", "Police Commissioner"), ("Relatives of the dead",), False),
])
def test_crosscheck_sources18_a_person_and_their_office_tell_as_one(a, b, expected):
    """The police commissioner denying what the force's own release told is no clash."""
    assert one_source(a, b) is expected


@pytest.mark.parametrize(("told", "expected"), [
    ((("RBPF",), ("Royal Bahamas Police Force",)), 1),
    ((("the RBPF",), ("Royal Bahamas Police Force",)), 1),
    ((("FLNA",), ("Front for the Liberation of Northern Azawad",)), 1),
    ((("RBPF",), ("Red Cross",)), 2),
    # two names spell it: no telling which
    ((("UN",), ("United Nations",), ("Ukrainian Navy",)), 3),
])
def test_crosscheck_sources18_an_initialism_is_the_name_it_spells(told, expected):
    counted = counted_sources([(chain, f"Outlet {i}", 1) for i, chain in enumerate(told)])
    assert len(counted) == expected, counted


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Police Complaints Authority", "Royal Belize Police Force", 2),
    ("the Police Federation", "Royal Belize Police Force", 2),
    ("Belize Police Department", "Royal Belize Police Force", 1),
])
def test_crosscheck_sources18_who_watches_a_service_is_not_it(a, b, expected):
    """A body watching over the police or speaking for its officers is a source of its own."""
    assert len(counted_sources([((a,), "Outlet A", 1), ((b,), "Outlet B", 1)])) == expected
