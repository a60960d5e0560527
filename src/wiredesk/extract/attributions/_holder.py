"""The person who holds the role a speaker was found as: "the head of the Sumy regional
military administration, Volodymyr Artiukh, said"; "..., the army spokesman in the region,
Lieutenant Jules Ngongo, announced"; "according to the head of ..., Oleksandr Prokudin."
The cross-check counts that person, who speaks for the office, as the source."""

from __future__ import annotations

import re

from wiredesk.extract.attributions._speakers import speaker_words
from wiredesk.records import Attribution

_BEFORE_CUE = 80  # characters before the cue a name apposed to the speaker may start
# ", Lieutenant Jules Ngongo," right before the reporting verb: the person who speaks
_APPOSED = re.compile(r",[^\S\n]+((?:[A-Z][\w’'.-]*[^\S\n]+){0,4}[A-Z][\w’'-]+),\s*\Z")
# "according to the head of ..., Oleksandr Prokudin." (the name after the role)
_APPOSED_AFTER = re.compile(
    r",[^\S\n]+((?:[A-Z][\w’'.-]*[^\S\n]+){0,4}[A-Z][\w’'-]+)[^\S\n]*(?:[.,;]|\Z)")
_NAME_LAST = re.compile(r",[^\S\n]+((?:[A-Z][\w’'.-]*[^\S\n]+){0,4}[A-Z][\w’'-]+)\s*\Z")
_NAME_WORDS = re.compile(r"[\s\-‑]+")


def role_holder(text: str, att: Attribution, filed: int) -> str | None:
    """The person named beside the role the speaker was found as, without rank: at the end
    of the speaker's name, right before the cue, or right after a role that follows it
    (never in the dateline, which ends at `filed`)."""
    own = att.speaker.name or ""
    if not is_proper(own) and (tail := _NAME_LAST.search(own)):
        return without_rank(tail[1])  # "the army spokesman in Ituri, Lt Jules Ngongo"
    if att.cue is None:
        return None
    start = att.cue.span[0]
    mention = att.speaker.mention
    if mention is not None and mention.span[0] > start:  # "according to <role>, <name>"
        m = _APPOSED_AFTER.match(text, mention.span[1])
    else:
        m = _APPOSED.search(text, max(0, start - _BEFORE_CUE), start)
    if m is None or m.start() < filed:
        return None
    name = without_rank(m[1])
    return None if is_proper(own) and mention and name in mention.text else name


def without_rank(name: str) -> str:
    """A name without the ranks opening it ("Governor Oleh Hryhorov" -> "Oleh Hryhorov")."""
    words = name.split()
    ranks = speaker_words().ranks
    while len(words) > 1 and words[0].casefold().rstrip(".") in ranks:
        words.pop(0)
    return " ".join(words)


def is_proper(name: str) -> bool:
    """True when `name` is a proper name, not a description ("the defence ministry", "a
    resident"): its first word is capitalised, after any particle ("al-Shabaab") or
    ordinal ("103rd Infantry Brigade")."""
    particles = speaker_words().particles
    for word in _NAME_WORDS.split(name.strip()):
        if word.casefold() not in particles and not word[:1].isdigit():
            return word[:1].isupper()
    return False
