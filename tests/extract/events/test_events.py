"""Events: type, actor, target, mode and status, on sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT.parent / "shared" / "seed" / "article.txt"
SCORER = ROOT.parent / "shared" / "tools" / "score_seed.py"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story
        (
            "President Emmanuel Macron briefed Chancellor Olaf Scholz on the talks, Paris said.",
            ("consult", "Emmanuel Macron", "happened"),
        ),
        (
            "Russian forces launched a fresh offensive near Pokrovsk on Monday.",
            ("assault", "Russian forces", "happened"),
        ),
        # state media
        (
            "Belarus has deployed 4,000 troops to the border with Poland.",
            ("deploy", "Belarus", "happened"),
        ),
        # official statement
        (
            "NATO foreign ministers issued a statement condemning the strikes.",
            ("statement", "NATO foreign ministers", "happened"),
        ),
        # live blog: planned and hypothetical
        (
            "Erdogan will meet Putin in Sochi next week.",
            ("meet", "Recep Tayyip Erdoğan", "planned"),
        ),
        (
            "The prime minister is to hold talks with Gulf leaders on Thursday.",
            ("consult", None, "planned"),
        ),
        (
            "Iran could retaliate if Israel strikes its nuclear sites.",
            ("attack", "Israel", "hypothetical"),
        ),
        # denied: a negated act, and said by a side, that side's denial (the act its content)
        (
            "The jets did not strike the hospital.",
            ("attack", None, "denied"),
        ),
        (
            "The ministry said its jets did not strike the hospital.",
            ("reject", "ministry", "happened"),
        ),
    ],
)
def test_events_types(extract, text: str, expected: tuple) -> None:
    kind, actor, mode = expected
    events = [e for e in extract(text, published="2025-06-02").events if e.type == kind]
    assert events, [(e.type, e.actor) for e in extract(text).events]
    if actor is not None:
        events = [e for e in events if e.actor and (actor in e.actor or e.actor in actor)]
        assert events, actor
    assert events[0].mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "The summit ended without a deal.",
        "He sent a letter to the committee.",
        "The talks were long and the meeting was tense.",
    ],
)
def test_events_negatives(extract, text: str) -> None:
    assert [(e.type, e.text) for e in extract(text).events] == []


def test_events_pronoun_in_a_reported_claim(extract) -> None:
    doc = extract("Ukraine's SBU said on Tuesday its drones hit an oil depot in Bryansk region.")
    attack = next(e for e in doc.events if e.type == "attack")
    assert attack.actor == "SBU"
    assert attack.attribution is not None


def test_events_meeting_between(extract) -> None:
    doc = extract(
        "Officials confirmed the meeting scheduled on Friday between Macron and Starmer.",
        published="2025-03-04",
    )
    meet = next(e for e in doc.events if e.type == "meet")
    assert (meet.mode, meet.date) == ("planned", "2025-03-07")
    assert meet.actor is not None and "Macron" in meet.actor


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")
def test_events_seed_floors() -> None:
    """The seed article through the real command: figures, checks and events above floors."""
    out = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "wiredesk"), "extract", str(SEED),
         "--published", "2025-08-12", "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout
    scored = subprocess.run(
        [sys.executable, str(SCORER), "-", "-q", "--min-figures", "1", "--min-checks", "1",
         "--min-events", "0.85"],
        input=out, capture_output=True, text=True,
    )
    assert scored.returncode == 0, scored.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military briefing: weapons fired at someone, and what it is not
        ("The Houthis fired two ballistic missiles at a tanker.", [("attack", "Houthis")]),
        ("The destroyer shot down four drones over the Red Sea.", []),
        # Indian press: "sanctioned" money is no sanction
        ("The Centre has sanctioned Rs 500 crore for bunkers.", []),
        # wire story: a killing needs someone behind it
        ("Israeli air strikes killed 34 people in Gaza.", [("attack", "Israel")]),
        ("The violence has killed thousands since 2012.", []),
        # interview: talking to the press is no consultation
        ("He spoke to our correspondent by phone on Friday.", []),
    ],
)
def test_events_triggers_and_their_objects(extract, text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.actor) for e in extract(text).events] == expected


def _events(extract, text: str) -> list[tuple]:
    doc = extract(text, published="2025-06-17")
    return [(e.type, e.actor, e.target, e.mode) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target", "mode"),
    [
        # wire story: requests made with "called on", and arrests
        ("The African Union called on both parties to return to the talks.",
         "request", "African Union", "parties", "happened"),
        ("Police arrested 14 protesters in Lagos on Saturday.", "arrest", "Police", "protesters",
         "happened"),
        ("Soldiers killed six gunmen, while four others were arrested.", "arrest", "Soldiers",
         None, "happened"),
        # ministry statement: passives without "by" still say who acts
        ("About 2,000 Chadian soldiers were deployed along the border.", "deploy", "Chad", None,
         "happened"),
        ("Defence Minister Boris Pistorius said 500 more troops would be sent to Lithuania.",
         "deploy", "Boris Pistorius", None, "planned"),
        # agency update: clashes between two sides, strikes put at a place nobody holds
        ("Clashes between army units and rebel fighters erupted near Goma.", "fight", "army units",
         "rebel fighters", "happened"),
        ("Five people died in the shelling of Kherson on Sunday.", "attack", None, None,
         "happened"),
        # dateline and capitals: the heading is no actor, a capital speaks for its country
        ("KHARKIV, June 3 (Wire) - Russian drones attacked the city overnight.", "attack",
         "Russia", None, "happened"),
        ("The SDF blamed Turkey; Ankara denied it.", "reject", "Turkey", None, "happened"),
        ("Police officers at the checkpoint returned fire.", "attack", "Police officers", None,
         "happened"),
        ("The ministry regards these actions as a breach of the truce.", "accuse", "ministry",
         None, "happened"),
        # a denial with a clause for object is the denier's REJECT (as the events sets code it)
        ("Kabul denies sheltering militants.", "reject", "Afghanistan", None, "happened"),
        ("Kyiv said it had sent 500 soldiers to the border.", "deploy", "Ukraine", None,
         "happened"),
        ("Beijing accused Manila of provoking the incident.", "accuse", "China", "Philippines",
         "happened"),
        # official statement: what a weapon was aimed at, not the weapon
        ("A coast guard ship fired its water cannon at the fishing boat.", "attack", "ship",
         "fishing boat", "happened"),
        # live blog: "he" and "its" from the sentence before or the subject before
        ("President William Ruto arrived in Mombasa. He has ordered the deployment of 400 police "
         "officers to the coast.", "deploy", "William Ruto", None, "happened"),
        ("Rwanda's defence force says its soldiers repelled the assault and killed 15 insurgents.",
         "attack", "Rwanda", "insurgents", "happened"),
        # interview and briefing: the future of a reported claim, schedules, conditions
        ("The prime minister said the government would deploy 2,000 more troops.", "deploy",
         "government", None, "planned"),
        ("Iran's foreign minister said Tehran would strike back if the raids continued.",
         "attack", "Iran", None, "hypothetical"),
        ("The army chief is due to visit Kabul next week.", "meet", "army chief", "Afghanistan",
         "planned"),
        # state media: light verbs through "a series of", protests filed, visitors received
        ("Enemy warplanes launched a series of raids on the town of Khiam.", "attack",
         "Enemy warplanes", None, "happened"),
        ("The foreign ministry filed a diplomatic protest with the Chinese embassy.", "protest",
         "foreign ministry", "embassy", "happened"),
        ("President Joseph Aoun received the UNIFIL head of mission in Baabda.", "meet",
         "Joseph Aoun", "UNIFIL", "happened"),
        # military briefing: jargon and plain weapons
        ("Troops neutralised 42 terrorists in Borno State.", "attack", "Troops", "terrorists",
         "happened"),
        ("An Israeli drone dropped a stun grenade near fishermen in Tyre.", "attack", "Israel",
         None, "happened"),  # the grenade is what was dropped, its instrument
        ("Washington designated the group a terrorist organisation.", "sanction", "United States",
         "group", "happened"),
        ("A roadside bomb killed three soldiers in North Waziristan.", "attack", None, "soldiers",
         "happened"),
        ("A car bomb claimed by al Shabaab killed nine people in Mogadishu.", "attack", "Shabaab",
         "people", "happened"),
        # event nouns with no light verb, held by the side their own phrase names
        ("Israel says 1,200 people were killed in the Hamas-led attack.", "attack", "Hamas", None,
         "happened"),
        ("The plan calls for a phased Israeli withdrawal to a buffer zone.", "retreat", "Israel",
         None, "planned"),
        # a court's sentence coerces; an offer of help is aid; a strike put down to a side
        ("A court in Bamako sentenced two militants to death on Monday.", "arrest", "court",
         "militants", "happened"),
        ("China has also offered help to the victims.", "aid", "China", None, "happened"),
        ("Local authorities attributed the shelling of the camp to the rebels.", "accuse",
         "authorities", "rebels", "happened"),
        # what a subject suffers was done by whom "from" names, never a direction
        ("The convoy came under fire from fighters of the RSF near Tawila.", "attack",
         "Rapid Support Forces", "convoy", "happened"),
        ("The town came under heavy shelling from the north.", "attack", None, "town",
         "happened"),
        # threats received are made by whom "from" names; a warning of acts to come threatens
        ("The owner said the bar had received threats from a criminal group.", "threaten",
         "criminal group", "bar", "happened"),
        ("The commander warned that attacks would continue until the troops leave.",
         "threaten", "commander", None, "happened"),
        # a vehicle that runs into a mine is its target; nobody named laid it
        ("A bus hit a landmine on the road to Gao.", "attack", None, "bus", "happened"),
        # a pledge coordinated after a promise is no promise
        ("Damascus has promised to open two crossings, and the EU pledged 35 million euros in aid.",
         "aid", "European Union", None, "happened"),
    ],
)
def test_events_patterns(extract, text: str, kind: str, actor, target, mode: str) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert found, _events(extract, text)
    _, got_actor, got_target, got_mode = found[0]
    assert (actor is None and got_actor is None) or (
        actor is not None and got_actor is not None and actor in got_actor
    ), got_actor
    assert target is None or (got_target is not None and target in got_target), got_target
    assert got_mode == mode


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister called on Monday to offer his condolences.", "request"),
        ("Relatives can call the Red Crescent on 0800 123 456.", "request"),
        ("The plan calls for a phased withdrawal of forces.", "request"),
        ("A fifth suspect was arrested.", "arrest"),
        ("The ELN said it was fighting the dissidents.", "fight"),
        ("The fighting around the city has displaced thousands.", "fight"),
        ("Who carried out that strike?", "attack"),
        ("The hospital received 40 wounded people.", "meet"),
        ("Observers will visit the area on Wednesday.", "meet"),
        ("She spoke to us by phone from Raqqa.", "consult"),
        # a disaster is no attack; moving casualties deploys nobody; a delay blames nobody
        ("A strong earthquake struck the province on Monday.", "attack"),
        ("The injured officers were airlifted to Nairobi.", "deploy"),
        ("She attributed the delay to the weather.", "accuse"),
        ("Air defences shot down 41 of them over the capital.", "attack"),
        ("Both sides must respect the Pretoria agreement.", "agree"),
        ("The army said only 12 soldiers were killed and 31 terrorists neutralised.", "attack"),
        ("Warplanes struck the town, dropping more than 10 heavy missiles.", "attack"),
    ],
)
def test_events_pattern_negatives(extract, text: str, kind: str) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    if kind == "attack" and "Warplanes" in text:  # the strike, not the bombs it dropped
        assert len(found) == 1, found
    elif "terrorists neutralised" in text:  # the dead are not the attackers
        assert all(e[1] != "terrorists" for e in found), found
    else:
        assert found == [], found


def test_events_place_of_a_deployment_and_a_visit(extract) -> None:
    doc = extract("The army deployed two divisions to Alamata on 8 March. The envoy will visit "
                  "Kabul next week.", published="2025-03-11")
    places = {e.type: e.place for e in doc.events}
    assert places == {"deploy": "Alamata", "meet": "Kabul"}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target", "mode"),
    [
        # a negated acceptance is a refusal that happened, not a denied event
        ("Tehran would not accept any inspection of its missile sites, the ministry said.",
         "reject", "Iran", None, "happened"),
        ("The junta will not recognise the results of the vote, state television said.",
         "reject", "junta", None, "happened"),
        # a violent act announced by a warning is a threat by whoever warned
        ("The minister warned that Goma would be shelled again if the rebels advanced.",
         "threaten", "minister", "Goma", "happened"),
        ("Pyongyang warned that it would strike US bases in the region.", "threaten",
         "North Korea", None, "happened"),
        # sanctions told by freezing, banning, or a package of them
        ("The Treasury froze $40 million in assets held by the network.", "sanction", "Treasury",
         None, "happened"),
        ("Britain banned transactions with three Iranian banks on Monday.", "sanction",
         "United Kingdom", None, "happened"),
        ("The EU adopted a new package of sanctions against Minsk.", "sanction", "European Union",
         "Belarus", "happened"),
        # a demonym's forces, drones and operators act for their country
        ("Ukrainian drones struck a refinery in the Samara region overnight.", "attack",
         "Ukraine", None, "happened"),
        ("Sudanese troops shelled RSF positions near El Obeid.", "attack", "Sudan", None,
         "happened"),
    ],
)
def test_events_refusals_threats_sanctions(
    extract, text: str, kind: str, actor: str, target: str | None, mode: str
) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert found, _events(extract, text)
    _, got_actor, got_target, got_mode = found[0]
    assert got_actor is not None and actor in got_actor, got_actor
    assert target is None or (got_target is not None and target in got_target), got_target
    assert got_mode == mode


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The council accepted the proposal on Tuesday.", "reject"),  # accepted, not refused
        ("Families said they could not accept the bodies without a burial permit.", "sanction"),
        ("The minister warned of a humanitarian disaster in the camps.", "threaten"),
        ("The EU adopted a package of aid for the flood victims.", "sanction"),
        ("Lawmakers held up the aid package for three months.", "aid"),  # delayed, not given
        ("Residents froze in fear as the shelling began.", "sanction"),
        ("The city banned fireworks for the new year.", "sanction"),
    ],
)
def test_events_refusals_threats_sanctions_negatives(extract, text: str, kind: str) -> None:
    assert [e for e in _events(extract, text) if e[0] == kind] == []


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        # agency update: a place taken, troops pulled back
        ("Residents fled when the M23 took Bukavu last month, the governor said.",
         "seize", "M23", None),
        ("Burundian troops pulled back from their positions near Kamanyola on Saturday.",
         "retreat", "Burundi", None),
        ("Kenyan troops fell back to the border town of Mandera.", "retreat", "Kenya", None),
        # UN update: relief handed out
        ("Partners distributed 8,000 hot meals at the sites.", "aid", "Partners", None),
        # wire: two sides exchanging fire
        ("Indian and Pakistani troops exchanged heavy fire across the Line of Control.",
         "fight", "India", None),
        # statement: "the group" points back at the armed group named before it
        ("The Houthis claimed the strike. A spokesman said the group had targeted the Star "
         "Meridian.", "attack", "Houthis", "Star Meridian"),
        ("The army struck Hezbollah depots and accused the group of hiding rockets in homes.",
         "accuse", "army", "Hezbollah"),
    ],
)
def test_events_places_taken_relief_and_groups(
    extract, text: str, kind: str, actor: str, target: str | None
) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert found, _events(extract, text)
    assert found[0][1] is not None and actor in found[0][1], found
    assert target is None or (found[0][2] is not None and target in found[0][2]), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # weapons and strikes act for nobody the text names
        ("The drone struck the market around midday.", "attack"),
        ("A shell hit a house in Uri, the spokesman said.", "attack"),
        ("Drone strikes have killed dozens of civilians this year.", "attack"),
    ],
)
def test_events_weapons_name_no_actor(extract, text: str, kind: str) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert found and found[0][1] is None, _events(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        # no actor and no target: nothing a researcher can code (issue 10), so no event
        "The strikes came after two rockets were launched from Lebanese territory.",
        "Gunfire was heard and shots were fired near the border on Monday.",
    ],
)
def test_events_need_actor_or_target(extract, text: str) -> None:
    found = _events(extract, text)
    assert all(e[1] is not None or e[2] is not None for e in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The talks took two hours.", "seize"),
        ("The delegation took the train to Geneva.", "seize"),
        ("Officials distributed leaflets to reporters.", "aid"),
        ("The ministers exchanged views on the crisis.", "fight"),
        ("Prices pulled the index up.", "retreat"),
        # "the group" with a name of its own, or no armed group before it, is no anaphor
        ("The African Union met. Later the group called for a ceasefire.", "request"),
    ],
)
def test_events_places_taken_relief_and_groups_negatives(extract, text: str, kind: str) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    if kind == "request":
        assert all(e[1] != "African Union" for e in found), found
    else:
        assert found == [], found


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # live blog: the entry's label is no subject
        ("Update, 1530 GMT: The rebels seized Kamanyola on Saturday, two military sources said.",
         "seize", "rebels"),
        # a request of its own after an asked-for act is still a request
        ("The Government calls on its partners to impose sanctions on Rwanda and demands the "
         "withdrawal of all foreign forces.", "request", "Government"),
        # a threatened act of violence stays, planned
        ("The Houthis threatened to target U.S. warships.", "attack", "Houthis"),
    ],
)
def test_events_live_blog_labels_and_requests(extract, text: str, kind: str, actor: str) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert found and found[-1][1] is not None and actor in found[-1][1], _events(extract, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what a request asks for is not done
        ("The council demanded that the rebels halt their offensive and that foreign forces "
         "withdraw.", "retreat"),
        ("The envoy urged both sides to withdraw their troops.", "retreat"),
        ("He said he would ask the Security Council to condemn the strike.", "accuse"),
        # a communique informing the public consults nobody
        ("The General Staff informs national and international opinion that the post held.",
         "consult"),
    ],
)
def test_events_asked_for_and_informing_negatives(extract, text: str, kind: str) -> None:
    assert [e for e in _events(extract, text) if e[0] == kind] == []


@pytest.mark.parametrize(
    ("text", "kind", "actor", "count"),
    [
        # military communique: an attack told by its noun and its "by"
        ("The post of Lere was the target of a complex attack by armed terrorist groups.",
         "attack", "armed terrorist groups", 1),
        # a relative clause's "which" stands for the noun it hangs on
        ("The army was backed by air assets, which carried out two strikes on the attackers.",
         "attack", "air assets", 1),
        # one strike, told by its noun and by its verb, is one event
        ("A drone strike on a busy market in Amhara killed at least 28 people on Saturday.",
         "attack", None, 1),
        # a headline's noun over the entry below it swallows nothing
        ("Live: Israeli strikes on southern Lebanon\n\n09:12 GMT - An Israeli strike hit a "
         "building in Nabatieh overnight.", "attack", "Israel", 1),
    ],
)
def test_events_nouns_by_relatives_and_one_event_a_strike(
    extract, text: str, kind: str, actor: str | None, count: int
) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert len(found) == count, found
    assert actor is None or (found[-1][1] is not None and actor in found[-1][1]), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Q: Who carried out that strike?", "attack"),
        ("The talks by phone lasted an hour.", "consult"),
        ("He was hurt by fire from a tank.", "attack"),
    ],
)
def test_events_nouns_by_relatives_negatives(extract, text: str, kind: str) -> None:
    assert [e for e in _events(extract, text) if e[0] == kind] == []


@pytest.mark.parametrize(
    ("text", "kind", "modes"),
    [
        # communique: a group's claim the army denies after it
        ("JNIM said its fighters had seized the post. The General Staff denied that the post had "
         "fallen.", "seize", ["denied"]),
        # both sides' figures: one side's claim, the other side's denial
        ("ISPR said Pakistani troops destroyed five Indian posts. The Indian Army denied losing "
         "any soldiers or posts.", "attack", ["denied"]),
        # a denial of something else leaves the claim as told
        ("ISPR said Pakistani troops destroyed five Indian posts. The Indian Army denied "
         "reports of a curfew in Uri.", "attack", ["happened"]),
        # "denied the claim" answers the claim in the sentence before it
        ("Hamas said its fighters had killed 10 soldiers in Rafah. The Israeli military denied "
         "the claim.", "attack", ["denied"]),
        ("Hamas said its fighters had killed 10 soldiers in Rafah. Egypt opened the crossing on "
         "Sunday. The Israeli military denied the claim.", "attack", ["happened"]),
        # a side does not deny its own claim
        ("The Indian Army said its troops destroyed three Pakistani posts. India denied losing "
         "any posts.", "attack", ["happened"]),
        # negation is a "not"/"no" on the act, not a heading's "No." read as its subject
        ("Statement No. 12\n\nOn Monday a drone struck the cattle market of Ber.", "attack",
         ["happened"]),
        # said by a side, a negated act is that side's denial, the act its content
        ("No drone struck the cattle market of Ber on Monday, the army said.", "reject",
         ["happened"]),
        ("No drone struck the cattle market of Ber on Monday.", "attack", ["denied"]),
        ("The army did not strike the cattle market of Ber on Monday.", "attack", ["denied"]),
    ],
)
def test_events_claims_denied_after_them(extract, text: str, kind: str, modes: list[str]) -> None:
    assert [e[3] for e in _events(extract, text) if e[0] == kind] == modes


def test_events_claim_denied_after_it_names_who_denies(extract) -> None:
    """The event keeps who answered it, so that the cross-check counts the denial as that
    side's, never as the claimant's."""
    doc = extract("Villagers said an army airstrike on Saturday hit two houses near Ganassi. "
                  "The brigade spokesman, Major Ali Dimaporo, denied that the airstrike had hit "
                  "civilian homes.", published="2026-01-26")
    denied = [e for e in doc.events if e.mode == "denied"]
    assert [e.denied_by for e in denied] == ["Ali Dimaporo"]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "mode"),
    [
        # agency update: an advance told by its direction
        ("M23 rebels backed by Rwanda pushed south from Bukavu towards Uvira on Sunday.",
         "assault", "M23", "happened"),
        ("Russian troops advanced on the city of Kostiantynivka.", "assault", "Russia",
         "happened"),
        # backing a rebel force is aid
        ("UN experts say Kigali is backing the rebels.", "aid", "Rwanda", "happened"),
        # denied, the backing is what the denial is about: one event, the denial
        ("Kigali denies backing the rebels.", "reject", "Kigali", "happened"),
        # a live blog's clock is no part of a name
        ("14:15 GMT - France and the United States called for restraint.", "request", "France",
         "happened"),
    ],
)
def test_events_advances_and_backing(extract, text: str, kind: str, actor: str, mode: str) -> None:
    found = [e for e in _events(extract, text) if e[0] == kind]
    assert found and found[0][1] is not None and actor in found[0][1], _events(extract, text)
    assert found[0][1] != "GMT France" and found[0][3] == mode


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Activists pushed for talks with the government.", "assault"),
        ("The bill advanced to a second reading.", "assault"),
        ("These reckless attacks threaten international security.", "threaten"),
        ("Turkey backs the plan for a ceasefire.", "aid"),
    ],
)
def test_events_advances_and_backing_negatives(extract, text: str, kind: str) -> None:
    assert [e for e in _events(extract, text) if e[0] == kind] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a live blog's title names its topic; the entries report
        ("Live: Israeli strikes on southern Lebanon\n\n09:12 GMT - An Israeli strike hit a "
         "building in Nabatieh overnight.", 1),
        # a headline with its verb still reports
        ("Israeli strikes on Gaza kill 12", 1),
        # "it is the third attack": a recap, not another attack
        ("Rebels attacked a base in Saravena on Sunday. It is the third attack on security "
         "forces in Arauca this month.", 1),
    ],
)
def test_events_titles_and_recaps(extract, text: str, count: int) -> None:
    assert len([e for e in _events(extract, text) if e[0] == "attack"]) == count
