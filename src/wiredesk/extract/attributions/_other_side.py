"""A second speaker's claim inside one content: "X said A, while a rebel coalition said B".

The cross-check counts B as the second speaker's and A alone as X's, so the content is
cut where a contrasting word (`while`, `but` ...) opens a clause whose subject is a few
plain words followed by a reporting verb (cues.toml [other_side]). Words are read as the
text writes them, split at whitespace.
"""

from __future__ import annotations

import re

from wiredesk.extract.attributions._lexicon import cues
from wiredesk.records import Mention, OtherSide

_CHUNK = re.compile(r"\S+")  # a written word with what sticks to it
_PLAIN = re.compile(r"[\w’'-]+")  # a word that may name a speaker ("army's")
_WORD = re.compile(r"\w*")
_STOPS = ",;"  # punctuation a contrasting clause may follow directly
_SPEAKER_WORDS = 8  # a second speaker is named in at most this many words
_ADDRESSEES = 3  # "told Reuters", "told The Associated Press"
_CLAIM_WORDS = 3  # a second claim is a clause, not "said nothing"

Chunk = tuple[int, int]


def other_side(text: str, span: tuple[int, int]) -> OtherSide | None:
    """The second speaker's claim the content at `span` ends with, None when it has none."""
    if cues().other_contrasts.isdisjoint(text[span[0] : span[1]].split()):
        return None  # most contents hold no contrasting word: split in C, read no further
    chunks = [(span[0] + m.start(), span[0] + m.end())
              for m in _CHUNK.finditer(text[span[0]:span[1]])]
    for i, (a, b) in enumerate(chunks[1:], start=1):
        if text[a:b] not in cues().other_contrasts:
            continue
        found = _reported(text, chunks, i + 1)
        if found is None:
            continue
        speaker, cue, start = found
        before = chunks[i - 1][1]
        first_end = before - 1 if text[before - 1] in _STOPS else before
        if first_end <= span[0] or len(text[start:span[1]].split()) < _CLAIM_WORDS:
            return None  # the first such clause decides: "..., but he said nothing more"
        return OtherSide(_mention(text, (span[0], first_end)), _mention(text, speaker),
                         _mention(text, cue), _mention(text, (start, span[1])))
    return None


def _reported(text: str, chunks: list[Chunk], at: int
              ) -> tuple[Chunk, Chunk, int] | None:
    """(speaker, cue, where the claim starts) of "<speaker words> <verb> [that]" from
    chunk `at` on: the fewest plain speaker words that reach a reporting verb."""
    lex = cues()
    for k in range(at + 1, min(at + _SPEAKER_WORDS, len(chunks) - 1) + 1):
        if not _PLAIN.fullmatch(text, *chunks[k - 1]):
            return None
        verb = _opening(text, chunks[k], lex.other_verbs)
        if verb is None:
            continue
        cue_end, last = verb, k
        if text[chunks[k][0]:verb] in lex.other_addressed:
            cue_end, last = _addressees(text, chunks, k, verb)
        end = cue_end
        if end == chunks[last][1] and last + 1 < len(chunks) and (
                that := _opening(text, chunks[last + 1], frozenset(lex.complementizers))):
            last, end = last + 1, that
        start = chunks[last + 1][0] if end == chunks[last][1] and last + 1 < len(
            chunks) else end
        return (chunks[at][0], chunks[k - 1][1]), (chunks[k][0], cue_end), start
    return None


def _opening(text: str, chunk: Chunk, words: frozenset[str]) -> int | None:
    """Where one of `words` opening `chunk` as a whole word ends ("said," -> after
    "said"), else None."""
    word = _WORD.match(text, chunk[0], chunk[1])
    end = word.end() if word else chunk[0]
    return end if text[chunk[0]:end] in words else None


def _addressees(text: str, chunks: list[Chunk], k: int, end: int) -> tuple[int, int]:
    """The cue's end and last chunk once the capitalised words after "told" are taken."""
    last = k
    while end == chunks[last][1] and last - k < _ADDRESSEES and last + 1 < len(chunks):
        nxt = chunks[last + 1]
        if not "A" <= text[nxt[0]] <= "Z":
            break
        word = _PLAIN.match(text, nxt[0], nxt[1])
        taken = text[nxt[0]:word.end()] if word else text[nxt[0]]
        last, end = last + 1, nxt[0] + max(1, len(taken.rstrip("’'-")))
    return end, last


def _mention(text: str, span: tuple[int, int]) -> Mention:
    return Mention(text[span[0]:span[1]], span)
