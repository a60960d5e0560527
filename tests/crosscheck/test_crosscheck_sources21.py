"""A spokesperson named by the kind of body alone ("a hospital spokeswoman", "a spokesman for
the airline") speaks for that body: a source apart from the outlet quoting them and from the
police the same report quotes, through the real model."""

from __future__ import annotations

import pytest
from handmade_docs import Doc  # a plain module beside the tests (tests/ is no package)

from wiredesk.crosscheck import counted_sources, normalise, people_bodies
from wiredesk.crosscheck._items import items_of
from wiredesk.crosscheck._sources import _spoken_for

RELEASE = ("Four people were wounded in the shooting at a nightclub in Scarborough on Friday "
           "night.")


@pytest.mark.parametrize(("name", "body"), [
    ("a hospital spokeswoman", "hospital"),
    ("hospital spokesman", "hospital"),
    ("a spokesman for the airline", "airline"),
    ("a spokeswoman for the regional hospital", "regional hospital"),
    ("a Red Cross spokesman", "International Committee of the Red Cross"),
    # no body named: no source of its own
    ("his spokesman", None),
    ("the spokeswoman", None),
])
def test_crosscheck_sources21_spokesperson_of_a_kind(name, body):
    assert _spoken_for(name) == body


@pytest.mark.parametrize(("text", "teller", "sources"), [
    ("Four people were being treated for gunshot wounds, a hospital spokeswoman said on "
     "Saturday.", "hospital", 2),
    ("Four people were admitted with gunshot wounds, a spokesman for the general hospital "
     "confirmed.", "hospital", 2),
    # the police again: one source
    ("Four people were wounded, a police spokeswoman said.", "police", 1),
])
def test_crosscheck_sources21_the_hospital_apart_from_the_police(extract, text, teller,
                                                                 sources):
    daily = extract(f"Police said a gunman opened fire at a nightclub in Scarborough. {text}",
                    published="2026-06-13", source="Tobago Daily")
    release = extract(RELEASE, published="2026-06-13", source="Trinidad and Tobago Police Service")
    (fig,) = [f for f in items_of(daily).figures if f.category == "wounded"]
    (own,) = [f for f in items_of(release).figures if f.category == "wounded"]
    assert teller in fig.ref.chain[0].casefold(), fig.ref.chain
    counted = counted_sources([(fig.ref.chain, "Tobago Daily", 1),
                               (own.ref.chain, "Trinidad and Tobago Police Service", 1)])
    assert len(counted) == sources, (fig.ref.chain, counted)


@pytest.mark.parametrize("name", ["the regional spokesman", "a state spokeswoman",
                                  "a national spokesman"])
def test_crosscheck_sources21_no_kind_no_body(name):
    """A word of territory names no body of its own."""
    assert _spoken_for(name) is None


@pytest.mark.parametrize(("text", "country"), [
    ("Migrants and police clashed at the Catania centre on Monday. Twelve guards were hurt, "
     "the union said, calling for more staff at the centre, which takes in most of the boats "
     "leaving Libya.", False),
    ("Migrants and police clashed at the Catania centre on Monday. Twelve guards were hurt, "
     "the union SAPPE said, at a centre that holds people who arrived from Tunisia.", False),
    # the country in the figure's own clause is where it counts
    ("Migrants and police clashed at the Catania centre on Monday. Twelve guards were hurt "
     "in Libya, the union said.", True),
])
def test_crosscheck_sources21_a_country_outside_the_clause_is_elsewhere(extract, text, country):
    """A country the figure's sentence names outside its clause tells of something else,
    not where what it counts happened."""
    doc = extract(text, published="2026-09-08", source="Mediterranean Press Agency")
    (fig,) = [f for f in items_of(doc).figures if f.value == 12]
    assert (fig.place is not None and fig.place.kind == "country") is country, fig.place


def test_crosscheck_sources21_a_prefect_speaks_for_the_prefecture():
    counted = counted_sources([(("Prefect of Agrigento",), "Sicilia Sera", 1),
                               (("Prefecture of Agrigento - Press Office",),
                                "Prefecture of Agrigento - Press Office", 1)])
    assert len(counted) == 1, counted


@pytest.mark.parametrize(("full", "short", "body"), [
    ("Prefect of Agrigento, Renato Bellomo", "Bellomo", "Prefect of Agrigento"),
    ("Governor of Kano State, Aminu Yusuf", "Yusuf", "Governor of Kano State"),
])
def test_crosscheck_sources21_an_office_read_into_the_name(full, short, body):
    """A speaker read as "<office>, <name>" is the person and their office, and the article's
    later mention by surname alone speaks for that office too; a surname two people of the
    article share is no one's."""
    text = (f"The {full} rejected the claims. Nine officers were hurt, {short} said. "
            f"Another {short}, a teacher, said classes were cancelled.")
    d = Doc(text, source="Sicilia Sera")
    d.say(full, "the claims", cue="rejected", mention=full, type_="person")
    d.say(short, "Nine officers were hurt", mention=short, type_="person")
    bodies = people_bodies([d.done()])
    assert bodies[normalise(full.split(", ")[1])] == (body,)
    assert bodies[normalise(short)] == (body,)
    other = Doc(f"{text} Maria {short}, the mayor, spoke.", source="Sicilia Sera")
    other.say(full, "the claims", cue="rejected", mention=full, type_="person")
    other.say(short, "Nine officers were hurt", mention=short, type_="person")
    other.say(f"Maria {short}", "spoke", cue="spoke", mention=f"Maria {short}", type_="person")
    assert body not in people_bodies([other.done()]).get(normalise(short), ())
