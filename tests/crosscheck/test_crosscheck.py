"""Cross-checking on hand-built articles in several outlets' styles."""

from __future__ import annotations

import pytest
from handmade_docs import Doc  # a plain module beside the tests (tests/ is no package)

from wiredesk.crosscheck import crosscheck, source_of
from wiredesk.crosscheck._clusters import independent
from wiredesk.crosscheck._sources import chain_of, one_source
from wiredesk.crosscheck._when_where import may_hold, same_place
from wiredesk.records import CrossCheck, ItemRef, Place

KCNA_LINE = "Kim Jong-un pledged to strengthen cooperation with Russia"


def kcna_story(outlet: str, lead: str) -> Doc:
    d = Doc(f"{lead} {KCNA_LINE}, KCNA said on Wednesday.", source=outlet,
            published="2025-08-13")
    d.say("KCNA", KCNA_LINE, type_="media")
    return d


def test_crosscheck_two_outlets_citing_kcna_are_one_source():
    a = kcna_story("Yonhap", "SEOUL (Yonhap) --").done()
    b = kcna_story("The Guardian", "North Korea's state media reported that").done()
    result = crosscheck([a, b])
    (claim,) = [c for c in result.corroborations if c.kind == "claim"]
    assert len(claim.items) == 2
    assert claim.sources == ("KCNA",)


@pytest.mark.parametrize(("speaker", "via", "type_", "outlet", "expected"), [
    ("KCNA", (), "media", "Yonhap", "KCNA"),                     # state media quoted
    # relayed; a head of state speaks for the country (the registry's role)
    ("Vladimir Putin", ("KCNA",), "person", "BBC", "Vladimir Putin, Russia, KCNA"),
    ("Reuters", (), "organization", "Kyiv Independent", "Reuters"),  # "according to Reuters"
    ("António Guterres", ("report", "Reuters"), "person", "AFP",
     "António Guterres, United Nations, Reuters"),
    ("Volodymyr Zelenskyy", (), "person", "Associated Press", "Volodymyr Zelenskyy, Ukraine"),
    ("Korean Central News Agency", (), None, "CNN", "KCNA"),   # publisher aliases
    ("DeepState", (), "organization", "Meduza", "DeepState"),
    (None, (), None, "AP", "Associated Press"),                # unnamed: the outlet's own
])
def test_crosscheck_source_follows_reporting_chain(speaker, via, type_, outlet, expected):
    d = Doc("Officials said the front line held.", source=outlet)
    i = d.say(speaker, "the front line held", via=via, type_=type_, mention="Officials")
    doc = d.done()
    assert ", ".join(chain_of(doc.article, doc.attributions[i])) == expected
    assert source_of(doc.article, doc.attributions[i]) == expected.split(", ")[0]


@pytest.mark.parametrize(("chains", "expected"), [
    ([("KCNA",), ("KCNA",)], ("KCNA",)),                                   # two outlets, KCNA
    ([("Russian Defence Ministry", "TASS"), ("TASS",), ("Russian Defence Ministry",)],
     ("Russian Defence Ministry",)),                     # "citing the ministry", "per TASS"
    ([("Reuters",), ("Reuters",), ("Associated Press",)], ("Associated Press", "Reuters")),
    ([("Poltava Regional Military Administration",), ("National Police of Ukraine",),
      ("Poltava Regional Military Administration",)],
     ("National Police of Ukraine", "Poltava Regional Military Administration")),
])
def test_crosscheck_independent_sources_merge_shared_chains(chains, expected):
    refs = [ItemRef(f"a{i}", "figures", 0, "18 killed", (0, 9), chain[0], chain=chain)
            for i, chain in enumerate(chains)]
    assert independent(refs) == expected


@pytest.mark.parametrize(("names", "expected"), [
    # a governor and the state's government; a short and a long name of one ministry
    (["Governor of Borno State", "Borno State Government", "Borno Government"], 1),
    (["Health Ministry", "Ministry of Public Health"], 1),
    (["Armenia's Defence Ministry", "Ministry of Defence of Armenia"], 1),
    (["Kharkiv Regional Military Administration", "head of the Kharkiv administration"], 1),
    (["Kremlin spokesman", "Kremlin"], 1),
    # negatives: two countries' ministries; a countryless one beside both stays apart
    (["Ministry of Defence of Azerbaijan", "Armenia's Defence Ministry"], 2),
    (["Defence Ministry", "Ministry of Defence of Azerbaijan", "Armenia's Defence Ministry"], 3),
    (["Health Ministry", "Ministry of Justice"], 2),
    (["Borno State Government", "Yobe State Government"], 2),
    (["Ukrainian Air Force", "Ukraine"], 2),
])
def test_crosscheck_independent_names_of_one_body(names, expected):
    refs = [ItemRef(f"a{i}", "figures", 0, "19 killed", (0, 9), name, outlet="Wire",
                    chain=(name,)) for i, name in enumerate(names)]
    assert len(independent(refs)) == expected


def test_crosscheck_person_and_body_they_lead_are_one_source():
    a = Doc("Oleh Syniehubov, head of the Kharkiv Regional Military Administration, said "
            "nine people were killed.", source="Wire A")
    i = a.say("Oleh Syniehubov", "nine people were killed", type_="person")
    b = Doc("Nine people were killed, the Kharkiv Regional Military Administration said.",
            source="Wire B")
    j = b.say("Kharkiv Regional Military Administration", "Nine people were killed",
              type_="government")
    doc_a, doc_b = a.done(), b.done()
    refs = [ItemRef(d.article.id, "attributions", k, "x", (0, 1), "", outlet=d.article.source,
                    chain=chain_of(d.article, d.attributions[k]))
            for d, k in ((doc_a, i), (doc_b, j))]
    assert len(independent(refs)) == 1


def test_crosscheck_outlets_own_telling_beside_a_named_source_is_no_second_source():
    refs = [ItemRef("a1", "figures", 0, "19", (0, 2), "AFP", outlet="AFP", chain=("AFP",)),
            ItemRef("a1", "figures", 1, "19", (50, 52), "Babakura Kolo", outlet="AFP",
                    chain=("Babakura Kolo",)),
            ItemRef("a2", "figures", 0, "19", (0, 2), "Reuters", outlet="Reuters",
                    chain=("Reuters",))]
    assert independent(refs) == ("Babakura Kolo", "Reuters")


def test_crosscheck_unattributed_items_are_the_outlets_own():
    d = Doc("Russian forces shelled Kharkiv overnight.", source="reuters.com")
    doc = d.done()
    assert source_of(doc.article, None) == "Reuters"
    anon = Doc("Russian forces shelled Kharkiv overnight.", source=None).done()
    assert source_of(anon.article, None) == f"article {anon.article.id}"


def strike(outlet: str, published: str, text: str, toll: str, value: float,
           qualifier: str = "exact", date: str | None = "2025-08-11",
           place: str = "Kharkiv", speaker: str | None = None) -> Doc:
    d = Doc(text, source=outlet, published=published)
    att = d.say(speaker, text[: text.index(",")], type_="government") if speaker else None
    d.place(place)
    d.event("attack", text[: text.index(place) + len(place)], actor="Russia",
            target="Ukraine", place=place, date=date, attribution=att)
    d.figure(toll, value, "killed", qualifier, about="civilians", attribution=att)
    return d


WIRE = ("Russia struck Kharkiv with glide bombs on Monday, killing 18 civilians, "
        "regional officials said.")
LIVE = ("Russia hit Kharkiv overnight into Monday, killing 25 civilians, the governor said.")
STATE = ("Russia attacked a target in Kharkiv on Monday, killing at least 20 civilians.")
ROUND = ("Russia attacked Kharkiv on Monday, killing about 20 civilians.")


def test_crosscheck_figures_that_disagree_are_contradictions_with_both_sides():
    a = strike("Reuters", "2025-08-11", WIRE, "18 civilians", 18).done()
    b = strike("Kyiv Independent", "2025-08-12", LIVE, "25 civilians", 25).done()
    result = crosscheck([a, b])
    (clash,) = [c for c in result.contradictions if c.kind == "figure"]
    sides = {clash.a.value: clash.a, clash.b.value: clash.b}
    assert set(sides) == {"18", "25"}
    assert sides["18"].text == "18 civilians" and sides["18"].outlet == "Reuters"
    assert sides["25"].article_id == b.article.id and sides["25"].published == "2025-08-12"
    assert b.article.text[slice(*sides["25"].span)] == "25 civilians"
    # the attack itself is the same event, told by two independent sources
    (event,) = [c for c in result.corroborations if c.kind == "event"]
    assert event.sources == ("Kyiv Independent", "Reuters")


@pytest.mark.parametrize(("second", "toll", "value", "qualifier", "clash"), [
    (STATE, "at least 20 civilians", 20, "at_least", True),   # at least 20 vs 18
    (ROUND, "about 20 civilians", 20, "about", False),         # about 20 allows 18
    ("Russia attacked Kharkiv on Monday, killing 18 civilians.", "18 civilians", 18, "exact",
     False),
])
def test_crosscheck_figure_qualifiers(second, toll, value, qualifier, clash):
    a = strike("Reuters", "2025-08-11", WIRE, "18 civilians", 18).done()
    b = strike("TASS", "2025-08-11", second, toll, value, qualifier).done()
    result = crosscheck([a, b])
    assert any(c.kind == "figure" for c in result.contradictions) is clash
    assert any(lk.kind == "figure" for lk in result.links) is not clash


def test_crosscheck_figures_far_apart_in_place_or_time_are_not_the_same_thing():
    a = strike("Reuters", "2025-08-11", WIRE, "18 civilians", 18).done()
    odesa = ("Russia struck Odesa with drones on Monday, killing 25 civilians, "
             "officials said.")
    b = strike("AFP", "2025-08-11", odesa, "25 civilians", 25, place="Odesa").done()
    later = strike("AFP", "2025-08-20", LIVE, "25 civilians", 25, date="2025-08-19").done()
    result = crosscheck([a, b, later])
    assert result.contradictions == ()
    assert not [lk for lk in result.links if lk.kind in ("event", "figure")]


def test_crosscheck_same_outlet_twice_is_one_source():
    a = strike("Reuters", "2025-08-11", WIRE, "18 civilians", 18).done()
    b = strike("Reuters", "2025-08-11", ROUND, "about 20 civilians", 20, "about").done()
    result = crosscheck([a, b])
    (event,) = [c for c in result.corroborations if c.kind == "event"]
    assert len(event.items) == 2 and event.sources == ("Reuters",)


@pytest.mark.parametrize(("place_a", "place_b", "linked"), [
    ("Kharkiv", "Chuhuiv", True),          # ~35 km apart, same oblast
    ("Dobropillia", "Donetsk Oblast", True),  # the region holds the town
    ("Kharkiv", "Odesa", False),
])
def test_crosscheck_event_places(place_a, place_b, linked):
    a = Doc(f"Russian troops shelled {place_a} on Monday.", source="AFP")
    a.place(place_a)
    a.event("attack", f"shelled {place_a}", "Russia", "Ukraine", place_a, "2025-08-11")
    b = Doc(f"Shelling hit {place_b} on Monday, Ukraine's military said.", source="Ukrinform")
    b.place(place_b)
    b.event("attack", f"Shelling hit {place_b}", "Russia", "Ukraine", place_b, "2025-08-11")
    result = crosscheck([a.done(), b.done()])
    assert bool([lk for lk in result.links if lk.kind == "event"]) is linked


@pytest.mark.parametrize(("date_b", "linked", "clash"), [
    ("2025-08-16", True, None),      # within a day
    ("2025-08-12", False, "date"),   # three days apart, same place and parties
    ("2025-W33", True, None),        # a week holds the day
])
def test_crosscheck_event_dates(date_b, linked, clash):
    a = Doc("Vladimir Putin will meet Donald Trump in Anchorage on Friday.", source="TASS",
            published="2025-08-12")
    a.place("Anchorage")
    a.event("meet", "meet Donald Trump in Anchorage", "Vladimir Putin", "Donald Trump",
            "Anchorage", "2025-08-15")
    b = Doc("Trump and Putin are to meet at a base in Anchorage, the White House said.",
            source="CNN", published="2025-08-12")
    b.place("Anchorage")
    b.event("meet", "meet at a base in Anchorage", "Vladimir Putin", "Donald Trump",
            "Anchorage", date_b)
    result = crosscheck([a.done(), b.done()])
    assert bool([lk for lk in result.links if lk.kind == "event"]) is linked
    assert [c.kind for c in result.contradictions] == ([clash] if clash else [])


def test_crosscheck_event_places_that_clash():
    a = Doc("Putin and Trump met in Anchorage on Friday.", source="TASS", published="2025-08-15")
    a.place("Anchorage")
    a.event("meet", "met in Anchorage", "Vladimir Putin", "Donald Trump", "Anchorage",
            "2025-08-15")
    b = Doc("Putin met Trump in Odesa on Friday.", source="Meduza", published="2025-08-15")
    b.place("Odesa")
    b.event("meet", "met Trump in Odesa", "Vladimir Putin", "Donald Trump", "Odesa",
            "2025-08-15")
    result = crosscheck([a.done(), b.done()])
    (clash,) = result.contradictions
    assert clash.kind == "place" and "Anchorage" in clash.detail and "Odesa" in clash.detail


CLAIMS = [
    # (first wording, second wording, same claim)
    ("Russia lost about 1,000 soldiers a day in its infantry assaults",
     "Russian forces were losing about 1,000 soldiers a day in infantry assaults", True),
    ("Ukraine would not give up territory in exchange for a ceasefire",
     "Ukraine will not give up any territory in exchange for a ceasefire", True),
    ("Ukraine would not give up territory in exchange for a ceasefire",
     "new sanctions on Russia were postponed by the summit", False),
    ("the talks were a personal victory for Putin",
     "the grain corridor would reopen next month", False),
]


@pytest.mark.parametrize(("first", "second", "same"), CLAIMS)
def test_crosscheck_claims_same_speaker_same_content(first, second, same):
    a = Doc(f"Zelenskyy said {first}.", source="The Guardian")
    a.say("Volodymyr Zelenskyy", first, mention="Zelenskyy")
    b = Doc(f'"{second}," President Volodymyr Zelenskyy told reporters in Kyiv.',
            source="Associated Press")
    b.say("Volodymyr Zelenskyy", second, "told")
    result = crosscheck([a.done(), b.done()])
    claims = [c for c in result.corroborations if c.kind == "claim"]
    assert bool(claims) is same
    if same:
        assert claims[0].sources == ("Volodymyr Zelenskyy",)  # one speaker, one source


def test_crosscheck_claims_need_the_same_speaker():
    text = "Russia lost about 1,000 soldiers a day in its infantry assaults"
    a = Doc(f"Zelenskyy said {text}.", source="BBC")
    a.say("Volodymyr Zelenskyy", text, mention="Zelenskyy")
    b = Doc(f"Ukraine's General Staff said {text}.", source="Ukrinform")
    b.say("General Staff of Ukraine", text, mention="Ukraine's General Staff")
    result = crosscheck([a.done(), b.done()])
    assert not [c for c in result.corroborations if c.kind == "claim"]


@pytest.mark.parametrize(("claim", "denial", "status", "cue", "clash"), [
    ("its drones hit a Shahed drone depot in Tatarstan",
     "that any drone depot in Tatarstan had been hit", "asserted", "denied", True),
    ("its drones hit a Shahed drone depot in Tatarstan",
     "reports of a hit on the Tatarstan drone depot", "asserted", "dismissed", True),
    ("its drones hit a Shahed drone depot in Tatarstan",
     "the drone depot in Tatarstan was hit", "denied", "said", True),
    ("its drones hit a Shahed drone depot in Tatarstan",
     "the drone depot in Tatarstan was hit", "asserted", "said", False),   # agreement
    ("its drones hit a Shahed drone depot in Tatarstan",
     "that peace talks had stalled", "asserted", "denied", False),        # another matter
])
def test_crosscheck_denials(claim, denial, status, cue, clash):
    a = Doc(f"Ukraine's SBU said {claim}.", source="Kyiv Independent")
    a.say("SBU", claim, mention="SBU")
    b = Doc(f"Russia's defence ministry {cue} {denial}.", source="TASS")
    b.say("Russian Ministry of Defence", denial, cue, mention="Russia's defence ministry",
          status=status)
    result = crosscheck([a.done(), b.done()])
    found = [c for c in result.contradictions if c.kind == "denial"]
    assert bool(found) is clash
    if clash:
        assert found[0].a.text == claim and found[0].b.text == denial


@pytest.mark.parametrize(("claim", "denial", "clash"), [
    # the denial names the village and says more of the same: a proper name pins it
    ("Azerbaijani troops fired on Armenian positions near Sotk overnight",
     "units of the Azerbaijan Army opened fire on positions near Sotk", True),
    # a proper name alone, with nothing else shared, is another matter
    ("Azerbaijani troops fired on Armenian positions near Sotk overnight",
     "Sotk will host a trade fair in May", False),
])
def test_crosscheck_denials_pinned_by_names(claim, denial, clash):
    a = Doc(f"Armenia's defence ministry said {claim}.", source="AFP")
    a.say("Armenian Ministry of Defence", claim, mention="Armenia's defence ministry")
    b = Doc(f"The Ministry of Defence of Azerbaijan refuted claims that {denial}.",
            source="APA")
    b.say("Azerbaijan", denial, "refuted", mention="The Ministry of Defence of Azerbaijan")
    found = [c for c in crosscheck([a.done(), b.done()]).contradictions if c.kind == "denial"]
    assert bool(found) is clash


@pytest.mark.parametrize(("claim", "denial", "clash"), [
    # the same target: the denial answers the report
    ("the Defence Ministry said it had destroyed a bridge over the Oskil river",
     "its forces destroyed the Oskil bridge", True),
    # another strike, quoting the denier by name: the name is who speaks, not what is denied
    ("the Defence Ministry said it had destroyed a bridge over the Oskil river",
     "its forces shelled the Defence Ministry building in Izium", False),
])
def test_crosscheck_denial_shares_more_than_the_speakers_name(claim, denial, clash):
    a = Doc(f"Interfax reported that {claim}.", source="Interfax", published="2025-08-11")
    a.say("Interfax", claim, "reported", mention="Interfax")
    b = Doc(f"Russia's Ministry of Defence denied that {denial}.", source="RIA Novosti",
            published="2025-08-12")
    b.say("Russian Ministry of Defence", denial, "denied", mention="Russia's Ministry of Defence")
    found = [c for c in crosscheck([a.done(), b.done()]).contradictions if c.kind == "denial"]
    assert bool(found) is clash


@pytest.mark.parametrize(("denial", "target", "place", "clash"), [
    # the denial names the same target at the same town
    ("denied striking the railway station in Kharkiv", "railway station", "Kharkiv", True),
    # a general statement: no one attack is denied
    ("insisted its forces never target civilian facilities", "civilian facilities", None,
     False),
])
def test_crosscheck_denied_event_needs_one_target_or_town(denial, target, place, clash):
    a = Doc("A Russian missile attack hit the railway station in Kharkiv on Monday.",
            source="Ukrinform", published="2025-08-11")
    a.place("Kharkiv")
    a.event("attack", "A Russian missile attack", "Russia", None, "Kharkiv", "2025-08-11")
    a.event("attack", "hit the railway station in Kharkiv", None, "railway station",
            "Kharkiv", "2025-08-11")
    b = Doc(f"Russia's Defence Ministry {denial}.", source="TASS", published="2025-08-11")
    if place:
        b.place(place)
    b.event("attack", denial.split(" ", 1)[1], "Russia", target, place, "2025-08-11",
            mode="denied")
    found = [c for c in crosscheck([a.done(), b.done()]).contradictions if c.kind == "denial"]
    assert bool(found) is clash


def test_crosscheck_a_side_alone_nowhere_links_no_events():
    """ "A Russian drone attack" one day and a Russian strike on another target the next
    are not one event: a side with no target and no place identifies nothing."""
    a = Doc("Residents described a Russian drone attack overnight.", source="Kyiv Post",
            published="2025-08-11")
    a.event("attack", "a Russian drone attack", "Russia", None, None, "2025-08-11")
    b = Doc("Russian artillery struck a bridge on the Oskil river.", source="TASS",
            published="2025-08-12")
    b.event("attack", "Russian artillery struck a bridge", "Russia", "bridge", None,
            "2025-08-12")
    assert not [lk for lk in crosscheck([a.done(), b.done()]).links if lk.kind == "event"]


def test_crosscheck_denial_left_on_the_speaker_and_a_denied_event():
    """ "The Ministry rejects | reports that ..." (the cue misread as the noun) and an event
    told as denied ("denied targeting the hospital") both deny."""
    a = Doc("Insurgents seized two armoured vehicles from the convoy.", source="Lusa")
    a.event("seize", "Insurgents seized two armoured vehicles", actor="Insurgents",
            target="armoured vehicles")
    b = Doc("The Ministry rejects reports that insurgents seized armoured vehicles.",
            source="Ministry of Defence")
    b.say("Ministry rejects", "insurgents seized armoured vehicles", "reports",
          mention="The Ministry rejects")
    c = Doc("Our correspondent says the strike damaged the Nabatieh Governmental Hospital.",
            source="Al Jazeera")
    c.say("Our correspondent", "the strike damaged the Nabatieh Governmental Hospital",
          "says")
    d = Doc("The army said it had denied targeting the Nabatieh Governmental Hospital.",
            source="L'Orient Today")
    d.event("attack", "targeting the Nabatieh Governmental Hospital", actor="Israeli army",
            target="Nabatieh Governmental Hospital", mode="denied")
    found = [x for x in crosscheck([a.done(), b.done(), c.done(), d.done()]).contradictions
             if x.kind == "denial"]
    denied = {r.text for x in found for r in x.sides[0]}
    assert "Insurgents seized two armoured vehicles" in denied
    assert "the strike damaged the Nabatieh Governmental Hospital" in denied


def test_crosscheck_denial_of_an_event():
    a = Doc("A Russian missile hit a hospital in Kharkiv on Monday.", source="Reuters",
            published="2025-08-11")
    a.place("Kharkiv")
    a.event("attack", "missile hit a hospital in Kharkiv", "Russia", "hospital", "Kharkiv",
            "2025-08-11")
    b = Doc("Moscow denied striking a hospital in Kharkiv.", source="RIA Novosti",
            published="2025-08-11")
    b.say("Russia", "striking a hospital in Kharkiv", "denied", mention="Moscow")
    result = crosscheck([a.done(), b.done()])
    (clash,) = result.contradictions
    assert clash.kind == "denial" and clash.a.layer == "events" and clash.b.source == "Russia"


def test_crosscheck_is_incremental_and_stable():
    a = strike("Reuters", "2025-08-11", WIRE, "18 civilians", 18).done()
    b = strike("Kyiv Independent", "2025-08-12", LIVE, "25 civilians", 25).done()
    c = strike("TASS", "2025-08-12", ROUND, "about 20 civilians", 20, "about").done()
    whole = crosscheck([a, b, c])
    first = crosscheck([a, b])
    assert first.articles == tuple(sorted([a.article.id, b.article.id]))
    later = crosscheck([c, b, a], first)
    assert later == whole
    assert crosscheck([b, a, c]) == whole
    # pairs already checked are not redone: a result claiming none found keeps none
    empty = CrossCheck(articles=tuple(sorted([a.article.id, b.article.id])))
    assert not [x for x in crosscheck([a, b], empty).contradictions]


@pytest.mark.parametrize(("actor_a", "target_a", "actor_b", "target_b", "clash"), [
    # a report leaving the side unnamed ("a drone struck ..."): the full target told by both
    (None, "main transformer station", "Russia", "transformer station", True),
    (None, "transformer station", None, "transformer station", True),
    # ... but a bare "station" is any station
    (None, "station", "Russia", "transformer station", False),
    # two named sides are two strikes
    ("Ukraine", "transformer station", "Russia", "transformer station", False),
    # a vague target is no one strike
    (None, "residential buildings", "Russia", "residential buildings", False),
])
def test_crosscheck_event_placed_apart_with_a_side_unnamed(actor_a, target_a, actor_b,
                                                            target_b, clash):
    a = Doc(f"A drone struck the {target_a} in Kharkiv at dawn on Monday, the regional "
            "administration said.", source="Ukrinform")
    a.place("Kharkiv")
    a.event("attack", f"struck the {target_a} in Kharkiv", actor_a, target_a, "Kharkiv",
            "2025-08-11")
    b = Doc(f"A drone hit the {target_b} in Odesa early on Monday, witnesses said.",
            source="Radio Svoboda")
    b.place("Odesa")
    b.event("attack", f"hit the {target_b} in Odesa", actor_b, target_b, "Odesa",
            "2025-08-11")
    result = crosscheck([a.done(), b.done()])
    assert [c.kind for c in result.contradictions] == (["place"] if clash else [])


@pytest.mark.parametrize(("published", "linked"), [
    ("2025-08-12", True),    # the next morning's interview: "we received 18 bodies"
    ("2025-08-11", True),    # the same day
    ("2025-08-14", False),   # days later: another count
])
def test_crosscheck_undated_figure_may_be_of_the_day_before_publication(published, linked):
    a = strike("Reuters", "2025-08-11", WIRE, "18 civilians", 18, date="2025-08-10").done()
    b = Doc("Q: What did you see? A: We have received 18 bodies in Kharkiv, all civilians.",
            source="Suspilne", published=published)
    b.place("Kharkiv")
    b.figure("18 bodies", 18, "killed", about="civilians")
    result = crosscheck([a, b.done()])
    assert any(lk.kind == "figure" for lk in result.links) is linked


@pytest.mark.parametrize(("target_b", "place_b", "toll_b", "clash"), [
    # one strike on one market with one toll, on days apart: a date clash
    ("central market", "Kharkiv", 19, True),
    # negatives: another toll (the market hit again), a vague target, another town
    ("central market", "Kharkiv", 7, False),
    ("residential buildings", "Kharkiv", 19, False),
    ("central market", "Chuhuiv", 19, False),
])
def test_crosscheck_event_dated_apart(target_b, place_b, toll_b, clash):
    a = Doc("A drone struck the central market in Kharkiv on Friday, killing 19 people, a "
            "medic said.", source="Reuters", published="2025-08-18")
    a.place("Kharkiv")
    a.event("attack", "struck the central market in Kharkiv", None, "central market",
            "Kharkiv", "2025-08-15")
    a.figure("19 people", 19, "killed")
    text = (f"Russian drones hit the {target_b} of {place_b} on Sunday, killing {toll_b} "
            "civilians, doctors said.")
    b = Doc(text, source="Kyiv Independent", published="2025-08-18")
    b.place(place_b)
    b.event("attack", f"hit the {target_b} of {place_b}", "Russia", target_b, place_b,
            "2025-08-17")
    b.figure(f"{toll_b} civilians", toll_b, "killed")
    result = crosscheck([a.done(), b.done()])
    assert [c.kind for c in result.contradictions if c.kind == "date"] == (
        ["date"] if clash else [])


def _ref(article: str, chain: tuple[str, ...]) -> ItemRef:
    return ItemRef(article, "figures", 0, "12", (0, 2), chain[0], f"Outlet {article}",
                   "2025-06-08", "12", chain)


@pytest.mark.parametrize(("chains", "expected"), [
    # "the toll of 12 announced by the army" and the army's spokesman: one source
    ((("army",), ("Jules Ngongo", "army spokesman in Ituri")), ("Jules Ngongo",)),
    # negatives: a kind no office names; two spokesmen of armies: which one is unknown
    ((("army",), ("Jules Ngongo", "governor of Ituri")), ("Jules Ngongo", "army")),
    ((("army",), ("Jules Ngongo", "army spokesman in Ituri"),
      ("Sylvain Ekenge", "army spokesman in Kinshasa")),
     ("Jules Ngongo", "Sylvain Ekenge", "army")),
])
def test_crosscheck_sources_a_body_named_by_its_kind(chains, expected):
    refs = [_ref(f"a{i}", chain) for i, chain in enumerate(chains)]
    assert independent(refs) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    # shown as told, the force next: one source with "the military said"
    ("the military spokesman", ("military spokesman", "military")),
    ("army press service", ("army press service", "army")),
    ("the regional spokesman", ("Nile News",)),  # no force named: the outlet's own
])
def test_crosscheck_a_forces_spokesperson_named_by_role_speaks_for_it(speaker, expected):
    d = Doc(f"Five soldiers were killed, {speaker} said.", source="Nile News")
    i = d.say(speaker, "Five soldiers were killed", mention=speaker)
    doc = d.done()
    chain = chain_of(doc.article, doc.attributions[i])
    assert chain == expected
    said = (expected[-1],)
    assert one_source(chain, said)
    assert len(independent([_ref("a", chain), _ref("b", said)])) == 1


def _at(name: str, kind: str, lat: float, lon: float) -> Place:
    return Place("a", name, (0, len(name)), name, kind, "EG", None, None, lat, lon)


@pytest.mark.parametrize(("a", "b", "held"), [
    # a region the gazetteer gives only a centre may hold its country's towns near it
    (_at("Sinai", "region", 29.5, 33.8), _at("Bir al-Abd", "city", 31.02, 33.01), True),
    (_at("Sinai", "region", 29.5, 33.8), _at("Aswan", "city", 24.09, 32.9), False),
    (_at("Sinai", "region", 29.5, 33.8), _at("Western Desert", "region", 27.0, 27.0), False),
])
def test_crosscheck_named_region_may_hold_nearby_towns(a, b, held):
    assert not same_place(a, b, 50.0)  # not the same place: only not a spread over places
    assert may_hold(a, b, 250.0) is held and not may_hold(b, a, 250.0)


@pytest.mark.parametrize(("published", "same"), [
    ("2025-08-15", True),    # three days later: the same statement retold
    ("2025-08-19", True),    # a week later, the window's edge
    ("2025-08-24", False),   # twelve days later: the blocking buckets meet, the claims do not
])
def test_crosscheck_claims_published_weeks_apart_are_two(published, same):
    text = "Russian drones hit the grain terminal in Izmail overnight"
    a = Doc(f"The governor said {text}.", source="BBC", published="2025-08-12")
    a.say("Oleh Kiper", text, mention="The governor")
    b = Doc(f"The regional governor said on Telegram that {text}.", source="Ukrinform",
            published=published)
    b.say("Oleh Kiper", text, mention="The regional governor")
    result = crosscheck([a.done(), b.done()])
    assert bool([c for c in result.corroborations if c.kind == "claim"]) is same
