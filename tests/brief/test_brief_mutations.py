"""verify-brief against corrupted briefings: every sentence of a verified briefing is
corrupted in each way a careless edit (or a wrong extraction) would, and the verifier,
reading only the cited text, must catch at least 98% with no false alarm on the clean one.

Corpora: the bundled sample and tests/golden/briefs_multisource (four invented events told
by 2-4 outlets each: a wire story and its rewrite, a toll revised the next day, a claim and
its denial, a live blog, state agencies), each ingested into a real SQLite store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.brief import verify_briefing
from wiredesk.brief._parse import Parsed, parse
from wiredesk.brief._verify import HEDGE, check
from wiredesk.brief._words import words
from wiredesk.cli import main
from wiredesk.records import Document
from wiredesk.store import Store

ROOT = Path(__file__).resolve().parents[2]
CORPORA = {
    "sample": [ROOT / "src" / "wiredesk" / "samples" / "corpus"],
    "multisource": sorted((ROOT / "tests" / "golden" / "briefs_multisource").glob("*.txt")),
    # written after the code was tuned on the two above, as a check it was not tuned to them
    "heldout": sorted((ROOT / "tests" / "golden" / "briefs_heldout").glob("*.txt")),
}
_VERBS = "|".join(sorted((re.escape(v.past) for v in words().events.values()), key=len,
                        reverse=True))
_SWAP = re.compile(rf"^(?P<actor>[A-Z][\w’' -]*?) (?P<verb>{_VERBS}) (?P<what>[^\[]+?)"
                   r"(?P<tail> (?:in|on) [^\[]+)? (?P<marks>\[.*)$")
_NUMBER = re.compile(r"(?<![\w\[.])\d[\d,]*(?![\d\]])")
_DAY = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|"
                  r"September|October|November|December)\b")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)*|^[A-Z][a-z]+ [A-Z][a-z]+")
_HEDGE_WORDS = re.compile(r"\b(?:is believed to|reportedly|allegedly|may|might) ")


_SPEAKER = re.compile(r"^(?P<who>[A-Z][^:“\[]*?) (?P<verb>said|denied)\b")


def mutations(sentence: str, speakers: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(kind, corrupted sentence) for every corruption that applies to `sentence`; a
    statement's speaker is also swapped for another speaker of the briefing."""
    out = []
    if m := _SPEAKER.match(sentence):
        other = next((x for x in speakers if x.casefold() not in sentence.casefold()), None)
        if other:
            out.append(("speaker", other + sentence[m.end("who"):]))
    told = " said" in sentence or " denied" in sentence  # a statement, not an event
    if not told and (m := _SWAP.match(sentence)):
        actor, what = m["actor"], m["what"]
        out.append(("swap", f"{what[:1].upper()}{what[1:]} {m['verb']} {actor}"
                            f"{m['tail'] or ''} {m['marks']}"))
        out.append(("polarity", sentence.replace(f" {m['verb']} ", " did not strike ", 1)))
    for old, new in ((" said: “", " denied: “"), (" said ", " denied "), (" denied that ",
                     " said that "), (" were struck", " were not struck"),
                     (" was struck", " was not struck"), (" denied ", " said ")):
        if old in sentence:
            out.append(("polarity", sentence.replace(old, new, 1)))
            break
    if HEDGE in sentence:
        out.append(("hedge", sentence.replace(HEDGE, "", 1)))
    elif m := _HEDGE_WORDS.search(sentence):
        out.append(("hedge", sentence[:m.start()] + sentence[m.end():]))
    if m := _NUMBER.search(sentence.split(" [")[0] if "“" not in sentence else ""):
        value = int(m[0].replace(",", ""))
        out.append(("number", sentence[:m.start()] + f"{value * 3 + 7:,}" + sentence[m.end():]))
    if m := _DAY.search(sentence):
        day = int(m[1]) % 27 + 2
        out.append(("date", sentence[:m.start()] + f"{day} {m[2]}" + sentence[m.end():]))
    if m := _NAME.search(sentence):
        out.append(("name", sentence[:m.start()] + "Zhytomyr Oblenergo" + sentence[m.end():]))
    return [(k, s) for k, s in out if s != sentence]


@pytest.fixture(scope="module", params=sorted(CORPORA))
def briefed(request, tmp_path_factory) -> tuple[str, dict[str, str], dict[str, Document]]:
    """(corpus name, its briefing in each format, its stored documents)."""
    db = str(tmp_path_factory.mktemp(request.param) / "store.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "--quiet", "--db", db,
                                  *map(str, CORPORA[request.param])])
    assert result.exit_code == 0, result.output
    texts = {}
    for fmt in ("md", "html", "json"):
        result = runner.invoke(main, ["brief", "--db", db, "--format", fmt])
        assert result.exit_code == 0, result.output
        texts[fmt] = result.output
    with Store.open(db) as store:
        docs = {d.article.id: d for d in store.documents()}
    return request.param, texts, docs


def test_brief_mutations_clean_briefings_verify_in_every_format(briefed):
    _name, texts, docs = briefed
    for fmt, text in texts.items():
        assert verify_briefing(text, docs.get) == [], fmt


def test_brief_mutations_caught(briefed):
    name, texts, docs = briefed
    parsed = parse(texts["md"])
    speakers = tuple(sorted({m["who"] for s, _ in parsed.sentences if (m := _SPEAKER.match(s))}))
    tried: dict[str, int] = {}
    missed: list[tuple[str, str]] = []
    for sentence, cites in parsed.sentences:
        for kind, bad in mutations(sentence, speakers):
            tried[kind] = tried.get(kind, 0) + 1
            one = Parsed(((bad, cites),), parsed.citations)
            if not check(one, docs.get):
                missed.append((kind, bad))
    total = sum(tried.values())
    caught = 1 - len(missed) / total
    print(f"\n{name}: {total} corruptions {tried}, caught {caught:.1%}, missed {missed}")
    assert set(tried) >= {"speaker", "polarity", "number", "name"}
    assert total >= (40 if name != "heldout" else 20) and caught >= 0.98, missed


MULTISOURCE = {  # sentence starts the multi-source briefing must hold, and must not
    "must": [
        "The death toll rose from 9 in reports of 2 June [",  # a revised toll, with its days
        "Pavlo Sydor put the death toll at 2 [",  # two sources at one time: a disagreement
        "The Russian Defence Ministry denied that it targeted the school [",  # the registry's name
        "A Russian military blogger said the village was used by Ukrainian troops, which "
        "could not be independently confirmed [",
        "Oleh Marchenko said a Russian missile hit a school in the northern Ukrainian city of "
        "Sumy on Tuesday, killing four people and wounding 11 [",
    ],
    "must_not": [
        r"Harbour Wire said a Russian missile",  # the rewrite told again as another source
        r"Harbour Wire, .*Steppe Daily",  # ... or counted as a second source
        r"put the death toll at 5 ",  # "five more bodies" is no toll
        r"^The death toll was put at (2|3|9|14) \[",  # told beside its disagreement/revision
        r"head of the regional administration \[",  # a statement run into its speaker
    ],
}


def test_brief_multisource_reads_as_a_desk_would(briefed):
    name, texts, _docs = briefed
    if name != "multisource":
        pytest.skip("the hand-written expectations are for the multi-source set")
    lines = [s for s, _ in parse(texts["md"]).sentences]
    for start in MULTISOURCE["must"]:
        assert any(line.startswith(start) for line in lines), start
    for pattern in MULTISOURCE["must_not"]:
        assert not [line for line in lines if re.search(pattern, line)], pattern
    stories = texts["md"].split("\n## Sources")[0].count("\n## ")
    assert stories == 4  # one story per happening, though each is told by 2-4 outlets
