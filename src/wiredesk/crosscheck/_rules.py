"""The cross-checking rules, read once from ``data/crosscheck.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from wiredesk.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Rules:
    about: float
    rounding: float
    round_min_zeros: int
    link_ratio: float
    max_days: int
    max_km: float
    region_km: float
    claim_overlap: float
    claim_min_shared: int
    kept_stop_words: frozenset[str]  # stop words that carry a claim ("not", "back")
    denial_overlap: float
    denial_min_shared: int
    denial_reach: int
    denial_keep: float  # share of the best claim's words another answered claim must tell
    date_conflict_window: int
    one_off_types: frozenset[str]
    denial_cues: frozenset[str]
    generic_words: frozenset[str]
    publishers: dict[str, str]  # normalised alias -> canonical name
    country_level: frozenset[str]  # figure categories counted once per country and day
    never_contradict: frozenset[str]
    counted_groups: frozenset[str]
    group_of: dict[str, str]  # a group's word -> the word its group is counted as
    paraphrases: dict[str, str]  # word form -> the word it counts as
    offices: frozenset[str]  # titles whose holder speaks for a body ("governor")
    bare_bodies: frozenset[str]  # a body named by its kind alone ("the ministry")
    governing: frozenset[str]  # words that make a name a governing body ("government")
    country_bodies: frozenset[str]  # bodies a country has one of: "the government" is its
    territory: frozenset[str]  # words about a body's territory ("state", "regional")
    filler: frozenset[str]  # words a body's name may or may not carry ("public")
    services: frozenset[str]  # bodies named by their kind alone ("police")
    service_names: dict[str, str]  # a service's kind in another language -> the kind
    forces: frozenset[str]  # forces that own units ("the Army's 103rd Infantry Brigade")
    speaks_for: frozenset[str]  # a force's "spokesman" named by role speaks for the force
    service_units: frozenset[str]  # words about a service's unit ("command")
    name_joins: frozenset[str]  # words a service's name goes on after ("Police of X")
    ministers: frozenset[str]  # titles whose holder speaks for a ministry ("minister")
    initials_skip: frozenset[str]  # words an initialism leaves out ("of": "RBPF")
    watching: frozenset[str]  # words of a body about a service, not it ("police union")
    trailing_verbs: frozenset[str]  # verbs a misread speaker name ends with ("rejects")
    no_source: frozenset[str]  # words of a speaker that names no one ("preliminary reports")
    own_voice: frozenset[str]  # a speaker opening with these is the outlet ("our network")
    whole_groups: frozenset[str]  # groups a report's only toll may name ("two men")
    spoken_types: frozenset[str]  # event types said, not done: no day of a toll
    vague_counted: frozenset[str]  # nouns that say not whom a count counts ("people")
    harm_tolls: frozenset[str]  # categories whose counts of one noun are one story's toll
    category_of: dict[str, str]  # a figure category -> the one its count is compared as
    vague_targets: frozenset[str]  # targets that name no one strike ("building")
    people_targets: frozenset[str]  # targets that are the people a toll counts ("civilians")
    instruments: frozenset[str]  # weapons an event may name as its actor ("missile")
    unnamed_doers: frozenset[str]  # words of a band that names no party ("armed men")


@cache
def rules() -> Rules:
    """The rules of the packaged data file (loaded once per process)."""
    from wiredesk.crosscheck._text import normalise
    from wiredesk.extract.attributions import office_words

    path = files("wiredesk") / "data" / "crosscheck.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        agree, link = data["agreement"], data["linking"]
        publishers = {
            normalise(alias): name
            for name, aliases in data["publishers"].items()
            for alias in (name, *aliases)
        }
        return Rules(
            about=float(agree["about"]),
            rounding=float(agree["rounding"]),
            round_min_zeros=int(agree["round_min_zeros"]),
            link_ratio=float(agree["link_ratio"]),
            max_days=int(link["max_days"]),
            max_km=float(link["max_km"]),
            region_km=float(link["region_km"]),
            claim_overlap=float(link["claim_overlap"]),
            claim_min_shared=int(link["claim_min_shared"]),
            kept_stop_words=frozenset(link["kept_stop_words"]),
            denial_overlap=float(link["denial_overlap"]),
            denial_min_shared=int(link["denial_min_shared"]),
            denial_reach=int(link["denial_reach"]),
            denial_keep=float(link["denial_keep"]),
            date_conflict_window=int(link["date_conflict_window"]),
            one_off_types=frozenset(link["one_off_types"]),
            denial_cues=frozenset(c.casefold() for c in data["denial"]["cues"]),
            generic_words=frozenset(data["denial"]["generic"]),
            paraphrases={form.casefold(): word for word, forms in data["paraphrases"].items()
                         for form in forms},
            publishers=publishers,
            country_level=frozenset(data["figures"]["country_level"]),
            never_contradict=frozenset(data["figures"]["never_contradict"]),
            counted_groups=frozenset(data["figures"]["counted_groups"]),
            group_of={w: name for name, words in data["figures"]["same_group"].items()
                      for w in words},
            offices=office_words(),
            bare_bodies=frozenset(data["sources"]["bare_bodies"]),
            governing=frozenset(data["sources"]["governing"]),
            country_bodies=frozenset(data["sources"]["country_bodies"]),
            territory=frozenset(data["sources"]["territory"]),
            filler=frozenset(data["sources"]["filler"]),
            services=frozenset(data["sources"]["services"]),
            service_names={normalise(form): kind for kind, forms
                           in data["sources"]["service_names"].items() for form in forms},
            forces=frozenset(data["sources"]["forces"]),
            speaks_for=frozenset(data["sources"]["speaks_for"]),
            service_units=frozenset(data["sources"]["service_units"]),
            name_joins=frozenset(data["sources"]["name_joins"]),
            ministers=frozenset(data["sources"]["ministers"]),
            initials_skip=frozenset(data["sources"]["initials_skip"]),
            watching=frozenset(data["sources"]["watching"]),
            trailing_verbs=frozenset(data["sources"]["trailing_verbs"]),
            no_source=frozenset(data["sources"]["no_source"]),
            own_voice=frozenset(data["sources"]["own_voice"]),
            whole_groups=frozenset(data["figures"]["whole_groups"]),
            spoken_types=frozenset(data["figures"]["spoken_types"]),
            vague_counted=frozenset(data["figures"]["vague_counted"]),
            harm_tolls=frozenset(data["figures"]["harm_tolls"]),
            category_of={c: name for name, cats in data["figures"]["same_category"].items()
                         for c in cats},
            instruments=frozenset(link["instruments"]),
            unnamed_doers=frozenset(link["unnamed_doers"]),
            vague_targets=frozenset(link["vague_targets"]),
            people_targets=frozenset(link["people_targets"]),
        )
    except (OSError, KeyError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: bad cross-checking rules: {exc}") from exc
