"""The patterns that find temporal expressions: one compiled regex a rule, built at import.

Each rule names the kind of expression it finds; `_resolve` turns a match of that
rule into a TIMEX3 value. Overlapping matches are settled by `candidates`: the longest
wins, then the earliest, then the rule listed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wiredesk.extract.times._lexicon import alternation, lexicon
from wiredesk.nlp.pipeline import FOLDED_APART


def _words(section: str, key: str | None = None) -> list[str]:
    """The words of a lexicon section, or of one list in it."""
    return list(lexicon()[section] if key is None else lexicon()[section][key])


def _words_re(key: str) -> str:
    """One word list of the [grammar] section as an alternation."""
    return alternation(_words("grammar", key))


def _spelled(values: range) -> str:
    """The one-word spelled numbers of [numbers] with these values ("a" and "an" count one but
    never join a compound like "twenty-one")."""
    nums = lexicon()["numbers"]
    return alternation([w for w, v in nums.items() if v in values and " " not in w and len(w) > 2])


def _names(section: str, full: bool) -> str:
    """Full names ("June") or their abbreviations ("Jun", a prefix of a longer name)."""
    words = _words(section)
    abbr = {w for w in words if any(o != w and o.startswith(w) for o in words)}
    picked = [w for w in words if (w in abbr) != full]
    return alternation(picked, abbreviations=not full)


def _shouted(section: str) -> list[str]:
    """The full names of a section in capitals, as datelines and headers write them
    ("SATURDAY, 21 FEBRUARY 2026"); only rules that also need a day number take them."""
    words = _words(section)
    return [w.upper() for w in words if not any(o != w and o.startswith(w) for o in words)]


MONTH_FULL = "(?-i:" + _names("months", full=True) + ")"
MONTH_ANY = "(?-i:" + alternation(_words("months") + _shouted("months"), abbreviations=True) + ")"
WEEKDAY = "(?-i:" + _names("weekdays", full=True) + ")"
# a full weekday name that may take a plural "s" ("on Fridays": every Friday)
WEEKDAY_STEM = "(?-i:" + _names("weekdays", full=True).replace(r"\b", "") + ")"
WEEKDAY_ANY = (
    "(?-i:" + alternation(_words("weekdays") + _shouted("weekdays"), abbreviations=True) + ")"
)
SEASON = alternation(_words("seasons"))
PART = alternation(_words("grammar", "day_parts"))
PARTS = alternation([w + "s" for w in _words("grammar", "day_parts")])  # "Tuesday nights"
DAY_PART_OF = rf"(?:the\s+(?P<dpart>{PART}|week)\s+of\s+)"  # "the morning of 24 February"
_TENS = _spelled(range(20, 100, 10))
_ONES = _spelled(range(1, 10))
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_TENS}[\s-]{_ONES}|"
    + alternation(_words("numbers"))
    + ")"
)
UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_TEENS = _spelled(range(10, 20))
DIGIT_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\w%]|[.,:/-]\d)"
SPOKEN_YEAR = (
    rf"(?:(?:seventeen|eighteen|nineteen)[\s-]+(?:{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|hundred)"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TEENS}|{_ONES}))?)\b"
)
YEAR = rf"(?:{DIGIT_YEAR}|{SPOKEN_YEAR})"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:.,]\d)"
MOD = (
    "(?:(?P<mod>" + _words_re("period_mods") + ")"
    r"(?:\s+on)?(?:\s+|-))"
)
APPROX = (
    "(?:(?P<approx>"
    + alternation([w for w, v in lexicon()["mods"].items() if v not in ("START", "MID", "END")])
    + r")\s+)"
)
REL = "(?P<rel>" + alternation(_words("grammar", "relative")) + ")"
IN_A_ROW = _words_re("in_a_row")
CLOCK_LEAD = _words_re("clock_lead")
TIME_ZONE = _words_re("time_zones")
# fixed holidays, US holidays kept on a weekday, and national days whose date is the country's
HOLIDAYS = sorted(
    set(_words("holidays") + _words("weekday_holidays"))
    | {name for days in lexicon()["national_days"].values() for name in days}
)
# a day's year told from publication: "March 31 this year", "4 July last year"
YEAR_OF_DAY = r"(?P<yrel>this|last|next)\s+year\b"
# the clock of a full date's time stamp: "19 November 2026, 14:20" (a live blog's entry time on
# the next line is its own)
STAMP_CLOCK = r"(?:,?[^\S\n]+(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:]))"  # one line
START = r"(?<![\w$£€¥#/.-])(?<!\d,)"  # not inside a word, a number, a code or an amount

RULES: tuple[tuple[str, str], ...] = (
    (
        "iso",
        r"(?<![\w/-])(?P<year>\d{4})([-/])(?P<mon>\d{2})\2(?P<day>\d{2})"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-])",
    ),
    (
        "numeric",
        r"(?<![\w/.-])(?P<a>\d{1,2})(?:([/.])(?P<b>\d{1,2})\2(?P<year>\d{4})|/(?P<b2>\d{1,2})/"
        r"(?P<year2>\d\d))(?![\w/-]|\.\d)",
    ),
    (
        "numeric_dm",
        r"\b(?:on|dated|marked|since|until)\s+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\w/.-])",
    ),
    (
        "monthday",
        rf"\b{DAY_PART_OF}?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?{MOD}?(?P<month>{MONTH_ANY})\s*(?P<day>{DAYNUM})"
        rf"(?:,?\s+(?P<year>{YEAR}){STAMP_CLOCK}?|\s+{YEAR_OF_DAY})?",
    ),
    (
        "daymonth",
        rf"\b{DAY_PART_OF}?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?{MOD}?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+"
        rf"(?P<month>{MONTH_ANY})(?:,?\s+(?P<year>{YEAR}){STAMP_CLOCK}?|\s+{YEAR_OF_DAY})?",
    ),
    # a night told by the two days it spans, one expression valued as the night of the first:
    # "the night of 16 to 17 June", "the night of Saturday 7 to Sunday 8 November 2026"
    (
        "night_span",
        rf"\bthe\s+(?P<dpart>{PART})\s+of\s+(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?{MOD}?(?P<day>{DAYNUM})\s*"
        rf"{_words_re('night_span_joints')}\s*(?:{WEEKDAY_ANY},?\s+)?{DAYNUM}\s+(?:of\s+)?"
        rf"(?P<month>{MONTH_ANY})(?:,?\s+(?P<year>{YEAR})|\s+{YEAR_OF_DAY})?",
    ),
    # the first day of a range written with one month: "from 3 to 7 March", "22-23 March"
    (
        "range_start",
        rf"\b{DAY_PART_OF}?{MOD}?(?P<day>{DAYNUM})(?=\s*(?:-|–|to|and|until|till)\s*{DAYNUM}\s+(?:of\s+)?"
        rf"(?P<month>{MONTH_ANY})(?:,?\s+(?P<year>{YEAR}))?)",
    ),
    (
        "monthyear",
        rf"{START}{MOD}?(?P<month>{MONTH_ANY})(?:\s+of)?,?\s+(?:(?P<year>{YEAR})|"
        r"(?P<yrel>this|last|next)\s+year\b)",
    ),
    ("month", rf"{START}(?:(?:{REL}|the\s+following)\s+|{MOD})?(?P<month>{MONTH_FULL})(?!-)"),
    (
        "weekday",
        rf"\b(?:(?P<on>on)\s+)?(?:(?P<rel>{_words_re('weekday_relative')})\s+(?:on\s+)?)?"
        rf"(?P<wd>{WEEKDAY_STEM})(?P<plural>s)?\b"
        rf"(?P<poss>['’]s\b)?(?:\s+(?P<part>{PART})|\s+(?P<parts>{PARTS}))?",
    ),
    # a night told by the two days it spans: "in the night from Wednesday to Thursday"
    (
        "night_between",
        rf"\bthe\s+(?P<part>{PART})\s+(?:from|of|between)\s+(?P<wd>{WEEKDAY})\s+"
        rf"(?:to|into|and)\s+{WEEKDAY}",
    ),
    (
        "relday",
        rf"\b{MOD}?(?:the\s+day\s+(?P<twice>before|after)\s+|(?P<mark>{_words_re('day_marks')})\s+)?"
        r"(?P<rd>today|yesterday|tomorrow|tonight|overnight)(?:['’]s\b)?"
        rf"(?:\s+(?P<part>{PART}))?\b",
    ),
    (
        "daypart",
        rf"\b(?P<rd>this|last|that|the)\s+(?:(?P<same>{_words_re('same_words')})\s+)?"
        rf"(?P<part>{PART})\b",
    ),
    # a part of the day next to the one the passage tells: "the next morning"
    (
        "daypart_shift",
        rf"\bthe\s+(?P<shift>{alternation(_words('day_part_shifts'))})\s+(?P<part>{PART})\b",
    ),
    # a mark of the day told by its light: "shortly after dawn", "at dusk" (no "the")
    ("day_mark", r"\b(?P<mark>" + _words_re("day_marks") + r")\b(?!-)"),
    (
        "the_day",
        r"\b(?:throughout|later\s+in|earlier\s+in|during|rest\s+of)\s+(?P<ana>the\s+day)\b"
        r"(?!\s+(?:before|after|of|when|that|earlier|later))",
    ),
    (
        "month_day",
        r"\b(?:on|by|until|till|from|since|before|after)\s+the\s+(?P<day>[12]\d|3[01]|0?[1-9])"
        r"(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary)\b)",
    ),
    # a day named again in apposition: "on Oct. 12, the day before the crash"
    ("day_apposition", r"(?<=,\s)the\s+day\b(?=\s+(?:before|after|of|when|that|the)\b)"),
    # a week the passage leaves open: "for the week, the index fell", "the week's gains"
    (
        "the_week",
        r"\b(?:(?:for|during|over)\s+the\s+week\b(?![-'’]|\s+(?:of|to|ending|ended|through|"
        r"before|after|ahead|earlier|later|that|when|in)\b)|the\s+week(?=['’]s\b))",
    ),
    ("new_year", rf"\bthe\s+new\s+year\b(?!['’]s|\s+{_words_re('new_year_not_before')})"),
    (
        "relunit",
        rf"\b{MOD}?{REL}\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century)"
        r"(?!-)\b",
    ),
    ("part_of", rf"\b{MOD}the\s+(?P<unit>day|week|month|year)\b"),
    ("weekend", r"\b(?:the|this|last|next)\s+weekend\b"),
    (
        "season",
        rf"\b(?:the\s+)?{MOD}?(?:(?P<rel>last|this\s+past|this\s+coming|this|next|the)\s+)?"
        rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
    ),
    (
        "quarter",
        rf"\b(?:(?:the|its|a)\s+)?(?:(?P<yrel>this|last|next)\s+year['’]s\s+)?"
        rf"(?P<pre>(?:(?:{YEAR}|{_words_re('quarter_qualifiers')})[\s-]+)*)"
        r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
        rf"quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|\s+(?P<yrel2>this|last|next)\s+year\b)?",
    ),
    ("qcode", rf"\b(?P<q>Q[1-4]|H[12])(?:\s+(?P<year>{YEAR}))?\b"),
    (
        "period",
        rf"\b(?:(?P<det>the|that|this|its)\s+)?"
        rf"(?P<which>(?:(?:{YEAR}|{_words_re('period_qualifiers')})\s+)*)(?P<what>quarter|period)\b"
        r"(?P<ly>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?",
    ),
    ("yearago", r"\b(?P<which>year-ago|year-earlier)\b"),
    (
        "half",
        rf"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:fiscal\s+)?"
        rf"(?:(?P<year>{YEAR})|(?P<yrel>this|last|next|the)\s+year\b)",
    ),
    ("fiscal_short", r"\b(?-i:FY)\s?(?P<yy>\d\d)\b"),
    (
        "year",
        rf"{START}{MOD}?(?:(?P<fiscal>fiscal|the\s+year|FY)\s*)?(?P<year>{YEAR})"
        r"(?P<open>\s+or\s+(?:later|earlier|before|after)|\s+and\s+beyond)?",
    ),
    (
        "decade",
        rf"{START}(?:(?P<det>the)\s+)?{MOD}?(?:(?P<c>1[6-9]|20)(?P<d>\d)0s|['’](?P<d2>\d)0s"
        r"|(?<=the\s)(?P<dw>" + "|".join(_words("decade_words")) + r"))\b",
    ),
    (
        "century",
        r"\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
        + alternation(_words("ordinals"))
        + r")[\s-]+century\b",
    ),
    (
        "ago",
        rf"\b{APPROX}?(?P<num>{NUM})\s+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
        rf"(?P<dir>{_words_re('offset_directions')})",
    ),
    (
        "vague_ago",
        r"\b(?P<what>(?:some|many|several)\s+(?:days|weeks|months|years)|months|years)\s+ago\b",
    ),
    (
        "duration",
        rf"\b(?:(?P<pre>{_words_re('span_leads')})\s+)?{APPROX}?(?P<num>{NUM})(?P<frac>\s+1/2)?"
        rf"(?:\s+(?P<range>to|or|and)\s+(?P<num2>{NUM}))?(?P<half>\s+and\s+a\s+half)?[\s-]+"
        rf"(?:(?:{IN_A_ROW}|{_words_re('count_extras')})\s+)?(?P<unit>{UNIT})"
        r"(?![\w-]|\s+old\b|\s+of\s+age\b)(?P<half2>\s+and\s+a\s+half\b)?",
    ),
    # a reporting period closed by a date: "in the week to 9 March", "the month ending 30 June"
    (
        "period_to",
        rf"\bthe\s+(?P<unit>week|fortnight|month)(?=\s+(?:to|ending|ended|up\s+to|through)\s+"
        rf"(?:\d|{MONTH_ANY}|{WEEKDAY}))",
    ),
    (
        "past_unit",
        r"\bthe\s+(?:past\s+(?P<unit>day|hour)|(?:past|next|coming)\s+(?P<unit2>fortnight))\b(?!-)",
    ),
    (
        "plural_span",
        r"\b(?:(?:for|within|over)\s+|(?:take|takes|took|taken|taking)\s+(?:many\s+)?)"
        r"(?P<unit>days|weeks|months|years|decades)\b"
        r"(?!\s+(?:ago|to\s+come))",
    ),
    (
        "running",
        r"\b(?:for\s+)?(?:the|a)\s+(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
        + alternation(_words("ordinals"))
        + rf")\s+(?:{IN_A_ROW}\s+(?P<u1>day|night|week|month|year)s?"
        r"(?:\s+running|\s+in\s+a\s+row)?|(?P<u2>day|night|week|month|year)\s+(?:running|in\s+a\s+row))\b",
    ),
    # "today is the 100th day of the war": the day it is said, when the words before say so
    (
        "nth_day",
        r"\b(?:(?:the|its)\s+)?(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
        + alternation(_words("ordinals"))
        + r")\s+day\b(?=\s+(?:of|since)\b)",
    ),
    # "protests continued for a second week": a run of two weeks
    (
        "running_for",
        r"\bfor\s+(?:the|a)\s+(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
        + alternation(_words("ordinals"))
        + r")\s+(?P<u1>day|night|week|month|year)\b(?!\s+of\b|-)",
    ),
    (
        "set",
        rf"\b(?P<every>every|each|per)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{PART})\b",
    ),
    (
        "set_named",  # "each July", "every summer" ("a June agreement" is one June)
        rf"\b(?P<every>every|each)\s+(?P<unit>{MONTH_FULL}|{SEASON})",
    ),
    ("set_adverb", r"\b(?P<adv>" + alternation(_words("set_adverbs")) + ")"),
    ("vague", r"\b" + alternation(_words("vague")) + r"(?!-)"),
    (
        "vague_adjective",  # "the current talks", "a recent raid"; "current account" is not
        r"\b(?P<adj>" + alternation(_words("vague_adjectives")) + r")(?!-)"
        rf"(?!\s+{_words_re('vague_adjective_not_before')})",
    ),
    (
        "anaphor",
        r"\b(?:(?P<on>on|in)\s+)?(?P<ana>the\s+same\s+(?:day|week|month|year)|"
        r"that\s+(?:very\s+)?(?:day|week|month|year)|the\s+(?:previous|preceding|next|following)\s+"
        r"(?:day|week|month|year)|(?<!,\s)the\s+day\s+(?:before|after|earlier))\b",
    ),
    (
        "clock",
        rf"\b(?:(?P<pre>{CLOCK_LEAD})\s+)?(?P<h>[01]?\d|2[0-3])"
        r"(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)"
        rf"(?:\s+(?P<tz>{TIME_ZONE}))?",
    ),
    # a live blog's entry stamp: "14:05" or "14.05 BST" alone at the head of a line or before a dash
    (
        "stamp",
        r"(?m)^(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?:[ \t]+(?:GMT|UTC|BST|CET|CEST|EST|EDT))?"
        r"(?=[ \t]*(?:$|[-–—|]))",
    ),
    # the time a story was updated or posted, in its header: "Updated 16:20", "UPDATED 11:40:"
    (
        "update_stamp",
        rf"\b(?:{_words_re('update_leads')})(?:\s+at)?[ \t]+(?P<h>[01]?\d|2[0-3])[:.]"
        rf"(?P<min>[0-5]\d)(?![\d:,.]\d)(?:[ \t]+(?P<tz>{TIME_ZONE}))?",
    ),
    (
        "clock24",
        rf"\b(?:(?P<pre>{CLOCK_LEAD})\s+)?(?P<h>[01]\d|2[0-3])(?P<sep>[:.])?"
        rf"(?P<min>[0-5]\d)\s*(?P<tz>{TIME_ZONE}|hours\b|hrs\b)",
    ),
    (
        "clock_bare",
        r"\b(?:at|around|about|by|until|till|from|to|before|after|as\s+of|since)\s+"
        rf"(?:(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:,.]\d)|(?P<h4>0\d)"
        rf"(?P<min4>[0-5]\d)(?=\s+on\s+(?:\d|the\s+\d|{WEEKDAY})))",
    ),
    ("noon", r"\b(?:(?P<pre>at|around|by|until|before|after)\s+)?(?P<rd>noon|midday|midnight)\b"),
    (
        "feast",
        r"\b(?:(?P<rel>last|this|next)\s+(?:year['’]s\s+)?)?(?P<feast>"
        + alternation([n for f in lexicon()["feasts"].values() for n in f["names"]])
        + rf")(?!\s+{_words_re('feast_not_before')})(?:\s+(?P<year>{YEAR}))?",
    ),
    (
        "the_year",  # "for the full year": the publication year; "the year ended May 31": a year
        rf"\bthe\s+(?:{_words_re('year_qualifiers')}\s+)*year\b"
        rf"(?![-'’]|\s+(?:\d|{_words_re('year_not_before')}))"
        r"(?:(?=\s+(?P<ended>end(?:ed|ing))\b))?",
    ),
    ("year_end", r"\b(?:(?P<rel>the|this|next|last)\s+)?year(?:['’]s)?[\s-]+end\b(?!-)"),
    (
        "holiday",
        rf"\b(?:(?P<eve>{_words_re('eve_of')})\s+)?(?:(?P<rel>last|this|next)\s+)?(?P<hol>"
        + alternation(HOLIDAYS)
        + rf")(?:,?\s+(?P<year>{YEAR}))?",
    ),
)

PATTERNS = tuple((name, re.compile(p, re.IGNORECASE)) for name, p in RULES)
ORDER = {name: i for i, (name, _) in enumerate(RULES)}
_WORD = re.compile(r"[a-z]+")


def _last_words(names: list[str]) -> frozenset[str]:
    """The last word of each name: a rule matching one of the names needs it in the text."""
    return frozenset(words[-1] for n in names if (words := _WORD.findall(n.lower())))


# Rules a text can match only when it holds one of these words, read once a text
NEEDED = {
    "feast": _last_words([n for f in lexicon()["feasts"].values() for n in f["names"]]),
    "holiday": _last_words(HOLIDAYS),
    "set_adverb": _last_words(_words("set_adverbs")),
    "vague": _last_words(_words("vague")),
    "vague_adjective": _last_words(_words("vague_adjectives")),
    "daypart": _last_words(_words("grammar", "day_parts")),
    "day_mark": _last_words(_words("grammar", "day_marks")),
    **{rule: frozenset(words) for rule, words in lexicon()["grammar"]["rule_words"].items()},
}

# A rule runs only near a word it cannot match without, so most of a long text is read
# once (by the trigger) rather than once a rule. Rules absent here run over the whole text.
# A trigger of several parts is read part by part (each in its fastest form, a part shared
# with other rules read once), its windows those of every part's matches.
_UNIT_WORD = r"\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)"
_TRIGGERS: dict[str, str | tuple[str, ...]] = {
    "monthday": MONTH_ANY,
    "daymonth": MONTH_ANY,
    "range_start": MONTH_ANY,
    "night_span": MONTH_ANY,
    "monthyear": MONTH_ANY,
    "month": MONTH_FULL,
    "weekday": WEEKDAY_STEM,
    "night_between": WEEKDAY_STEM,
    "relunit": _UNIT_WORD,
    "part_of": _UNIT_WORD,
    "season": SEASON,
    "quarter": r"quarter",
    "period": r"\b(?:quarter|period)",
    "half": r"\bhalf\b|\bquarters\b",
    "century": r"century",
    "decade": r"0s\b|ties\b",
    "ago": r"\b(?:ago|earlier|later|before|after|now|hence)\b",
    "vague_ago": r"\bago\b",
    "duration": _UNIT_WORD,
    "plural_span": _UNIT_WORD,
    "set": (_UNIT_WORD, WEEKDAY, PART),
    "set_named": r"\b(?:every|each)\b",
    "running_for": r"\bfor\s+(?:the|a)\s",
    "running": r"\b(?:running|row|straight|consecutive|successive)\b",
    "period_to": r"\b(?:to|ending|ended|through)\b",
    "past_unit": r"\b(?:day|hour|fortnight)\b",
    "month_day": r"\d(?:st|nd|rd|th)\b",
    "the_week": r"\bweek\b",
    "day_apposition": r",\sthe\s+day\b",
    "nth_day": r"\bday\s+(?:of|since)\b",
    "the_year": r"\byear\b",
    "year_end": r"\byear\b",
    # "\d:\d\d" or "\b0\d[0-5]\d\s+on\b", opening on a digit class so sre skips to digits
    "clock_bare": r"[0-9](?::\d\d|(?<=\b0)\d[0-5]\d\s+on\b)",
    # the rules below read the whole text before: each stands only near a sign or code
    "year": (r"1[6-9]\d\d", r"20\d\d", SPOKEN_YEAR),
    "iso": r"[0-9][-/]\d",
    "numeric": r"[0-9][/.]\d",
    "numeric_dm": r"/",
    "qcode": r"[qh][1-4]",
    "fiscal_short": r"fy",
    "stamp": r"[0-9][:.][0-5]",
    "update_stamp": r"[0-9][:.][0-5]",
}
_AT_WORDS = re.compile(r"\\b\(\?:((?:[a-z]+\|)*[a-z]+)\)(.*)|\\b([a-z]+)(.*)")


def _parts(pattern: str) -> list[str]:
    """A trigger's alternatives as patterns of their own, each opening on its word, not on a
    word boundary ("\\b(?:ago|now)\\b" is "ago(?<=\\bago)\\b" and "now(?<=\\bnow)\\b"): sre
    skips to a pattern's opening letters in C, but tries a leading \\b at every place of a
    text. Words standing apart cannot overlap, so the parts match where the whole did."""
    if "(" in pattern.replace("(?:", "").replace("(?<=", ""):
        return [pattern]  # a group of its own: leave it whole
    out = []
    for alt in _top_level(pattern):
        m = _AT_WORDS.fullmatch(alt)
        if m is None:
            out.append(alt)
            continue
        words, tail = (m[1].split("|"), m[2]) if m[1] else ([m[3]], m[4])
        out.extend(rf"{w}(?<=\b{w}){tail}" for w in words)
    return out


def _top_level(pattern: str) -> list[str]:
    """`pattern` split at its alternation bars outside any group."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        i += 2 if c == "\\" else 1  # an escaped character is never a bar or a bracket
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(pattern[start : i - 1])
            start = i
    return [*parts, pattern[start:]]


TRIGGERS = {
    name: tuple(
        re.compile(part, re.IGNORECASE)
        for p in ((ps,) if isinstance(ps, str) else ps) for part in _parts(p)
    )
    for name, ps in _TRIGGERS.items()
}


def _case_free(pattern: str) -> bool:
    """True for a pattern with no letter that must be a capital: no case-bound group, no
    capital outside an escape. It matches the lowered text as its case-blind self does the
    text, and sre reads it faster (a lower-case letter compared as is)."""
    letters = re.sub(r"\\.", "", pattern)
    return "(?-i:" not in pattern and letters == letters.lower()


_LOWER_TRIGGERS = {
    t.pattern: re.compile(t.pattern)
    for ts in TRIGGERS.values()
    for t in ts
    if _case_free(t.pattern)
}
_BEFORE, _AFTER = 80, 60  # the most a rule's match reaches either side of its trigger word
_SHORTEST = 3  # a needed word shorter than this stands everywhere: its rule reads the text
_MOST_SPOTS = 64  # places of needed words past which a rule reads the whole text


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule's match: where it stands and what the rule captured."""

    rule: str
    start: int
    end: int
    match: re.Match[str]


def _spots(
    trigger: re.Pattern[str], text: str, lowered: str | None, seen: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Where `trigger` matches `text` (read in `lowered`, the text lower-cased with its offsets
    kept, when the trigger allows it), read once a text."""
    found = seen.get(trigger.pattern)
    if found is None:
        plain = _LOWER_TRIGGERS.get(trigger.pattern)
        matches = (
            plain.finditer(lowered) if plain is not None and lowered is not None
            else trigger.finditer(text)
        )
        found = seen[trigger.pattern] = [m.span() for m in matches]
    return found


def _windows(
    triggers: tuple[re.Pattern[str], ...], text: str, lowered: str | None,
    seen: dict[str, list[tuple[int, int]]],
) -> list[tuple[int, int]]:
    """Merged stretches of `text` around each place a part of a trigger matches."""
    spots = _spots(triggers[0], text, lowered, seen)
    if len(triggers) > 1:
        spots = sorted(s for t in triggers for s in _spots(t, text, lowered, seen))
    out: list[tuple[int, int]] = []
    for at, stop in spots:
        start, end = max(0, at - _BEFORE), min(len(text), stop + _AFTER)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _near_words(
    needed: frozenset[str], words: frozenset[str], lowered: str
) -> list[tuple[int, int]] | None:
    """Merged stretches of the text around each place a needed word stands (inside a longer
    word too: `str.find` reads the text in C, a word regex would read it letter by letter), or
    None when a word is too short to narrow the reading or stands too often."""
    spots: list[tuple[int, int]] = []
    for word in needed & words:
        if len(word) < _SHORTEST:
            return None
        at = lowered.find(word)
        while at >= 0:
            spots.append((at, at + len(word)))
            if len(spots) > _MOST_SPOTS:
                return None
            at = lowered.find(word, at + 1)
    out: list[tuple[int, int]] = []
    for at, stop in sorted(spots):
        start, end = max(0, at - _BEFORE), min(len(lowered), stop + _AFTER)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _matches(
    name: str, pattern: re.Pattern[str], text: str, near: list[tuple[int, int]] | None
) -> list[re.Match[str]]:
    if near is None:
        return list(pattern.finditer(text))
    return [m for start, end in near for m in pattern.finditer(text, start, end)]


def _reach(
    name: str, text: str, words: frozenset[str], lowered: str | None,
    windows: dict[tuple[str, ...], list[tuple[int, int]]], seen: dict[str, list[tuple[int, int]]],
) -> list[tuple[int, int]] | None:
    """Where rule `name` can match: near its trigger, else near a word it needs (when the
    lowered text keeps the text's offsets), else anywhere (None)."""
    triggers = TRIGGERS.get(name)
    if triggers is not None:
        key = tuple(t.pattern for t in triggers)
        if key not in windows:  # rules sharing a trigger read the text for it once
            plain = lowered if lowered is not None and not any(
                c in lowered for c in FOLDED_APART
            ) else None
            windows[key] = _windows(triggers, text, plain, seen)
        return windows[key]
    if name in NEEDED and lowered is not None:
        return _near_words(NEEDED[name], words, lowered)
    return None


def candidates(text: str) -> list[Candidate]:
    """Non-overlapping matches of every rule in text order: longest, then earliest wins."""
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    seen: dict[str, list[tuple[int, int]]] = {}
    lowered = text.lower()
    words = frozenset(_WORD.findall(lowered))
    aligned = lowered if len(lowered) == len(text) else None  # else offsets would drift
    found = [
        Candidate(name, m.start(), m.end(), m)
        for name, pattern in PATTERNS
        if name not in NEEDED or not NEEDED[name].isdisjoint(words)
        for m in _matches(name, pattern, text, _reach(name, text, words, aligned, windows, seen))
        if m.end() > m.start()
    ]
    found.sort(key=lambda c: (c.start - c.end, c.start, ORDER[c.rule]))
    taken: list[Candidate] = []
    used = bytearray(len(text) + 1)
    for c in found:
        if not any(used[c.start : c.end]):
            used[c.start : c.end] = b"\x01" * (c.end - c.start)
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
