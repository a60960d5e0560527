"""Briefings from hand-built articles: cited, deterministic, escaped, and verifiable."""

from __future__ import annotations

import json
import re

import pytest

from wiredesk.brief import brief, verify_briefing
from wiredesk.brief._build import _after_verb, _opening
from wiredesk.brief._cite import Citer, support
from wiredesk.brief._phrases import is_plural, with_article
from wiredesk.brief._reading import Evidence
from wiredesk.brief._render import safe_url
from wiredesk.brief._tell import _mid
from wiredesk.brief._verify import check_sentence
from wiredesk.crosscheck import crosscheck
from wiredesk.records import BriefSentence, Document

CORPUS = [  # text, outlet, published, title: a wire story, a live blog, state media
    ("KHARKIV, Ukraine (Reuters) - Russia struck Kharkiv with glide bombs on Monday, killing "
     "18 civilians, Governor Oleh Syniehubov said.", "Reuters", "2025-08-11",
     "Glide bombs hit Kharkiv"),
    ("Live updates: 25 civilians were killed when Russia hit Kharkiv on Monday, according to "
     "the regional prosecutor's office. It could not be independently confirmed.",
     "Kyiv Independent", "2025-08-12", "Ukraine war latest <live>"),
    ("Moscow denied that its forces struck civilian targets in Kharkiv, TASS reported. The "
     "ministry said <b>only</b> military sites were hit.", "TASS", "2025-08-12",
     "Ministry statement"),
]


@pytest.fixture(scope="module")
def docs(extract) -> list[Document]:
    """The corpus through the real pipeline."""
    return [extract(text, published=published, source=outlet, title=title,
                    url=f"https://example.org/{outlet}/{published}")
            for text, outlet, published, title in CORPUS]


def lookup_in(docs: list[Document]):
    by_id = {d.article.id: d for d in docs}
    return by_id.get


def test_brief_every_sentence_is_cited_and_verifies(docs):
    b = brief(docs, crosscheck(docs))
    md = b.to_markdown()
    assert verify_briefing(md, lookup_in(docs)) == []
    assert verify_briefing(b.to_json(), lookup_in(docs)) == []
    sentences = [s for story in b.stories for s in story.sentences]
    assert sentences and all(s.citations and s.text.endswith("].") for s in sentences)
    texts = [s.text for s in sentences]
    assert any(t.startswith(("Reuters put the death toll at 18 [",
                             "Oleh Syniehubov put the death toll at 18 ["))
               and "; Kyiv Independent said 25 [" in t for t in texts)
    assert any(t.startswith("Moscow denied that its forces struck civilian targets")
               for t in texts)
    assert any(", which could not be independently confirmed [" in t for t in texts)
    assert any(t.startswith("Russia struck Kharkiv on 11 August") for t in texts)


def test_brief_ends_with_sources_and_cited_spans(docs):
    b = brief(docs, crosscheck(docs))
    assert {s.outlet for s in b.sources} == {"Reuters", "Kyiv Independent", "TASS"}
    by_id = {d.article.id: d for d in docs}
    for c in b.citations:
        assert by_id[c.article_id].article.text[c.span[0]:c.span[1]] == c.text
    md = b.to_markdown()
    assert md.index("## Sources") < md.index("## Citations")
    assert "published 2025-08-11" in md and "https://example.org/Reuters/2025-08-11" in md


def test_brief_is_deterministic(docs):
    one = brief(docs, crosscheck(docs)).to_markdown()
    two = brief(list(reversed(docs)), crosscheck(list(reversed(docs)))).to_markdown()
    assert one == two


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("at 18 [", "at 81 [", "number “81”"),                          # misquoted figure
    ("on 11 August", "on 12 August", "date “12 August”"),
    ("on 11 August", "on 11 August 2024", "date “11 August 2024”"),
    ("Oleh Syniehubov said", "Vitali Klitschko said", "name “Vitali Klitschko”"),
    ("## 1. ", "## 1. Kyiv says ", "heading neither in its story's cited spans"),
])
def test_brief_verify_catches_misquotes(docs, old, new, problem):
    md = brief(docs, crosscheck(docs)).to_markdown()
    assert old in md
    # a sentence is changed, not the heading that repeats it
    start = 0 if old.startswith("## ") else md.index("\n", md.index("## 1. "))
    failures = verify_briefing(md[:start] + md[start:].replace(old, new, 1), lookup_in(docs))
    assert len(failures) >= 1 and any(problem in f for f in failures)


def test_brief_verify_catches_uncited_and_unresolvable(docs):
    md = brief(docs, crosscheck(docs)).to_markdown()
    lines = md.splitlines()
    story = lines.index("", 2) + 1  # first sentence of the first story
    lines[story] = lines[story].rsplit(" [", 1)[0].rstrip("[]0123456789") + "."
    assert any(f.startswith("no citation") for f in verify_briefing(
        "\n".join(lines), lookup_in(docs)))
    assert any("no article" in f for f in verify_briefing(md, lambda _id: None))
    bad_span = md.replace("characters ", "characters 1", 1)
    assert any("do not read" in f for f in verify_briefing(bad_span, lookup_in(docs)))


def test_brief_html_escapes_article_text(docs):
    page = brief(docs, crosscheck(docs)).to_html()
    assert "only</b>" not in page and "only&lt;/b&gt;" in page
    assert "Ukraine war latest &lt;live&gt;" in page


@pytest.mark.parametrize(("kwargs", "outlets"), [
    ({"since": "2025-08-12", "until": "2025-08-12"}, {"Kyiv Independent", "TASS"}),
    ({"until": "2025-08-11"}, {"Reuters"}),
    ({"about": "Moscow"}, {"Reuters", "Kyiv Independent", "TASS"}),
    ({"about": "Kharkiv"}, {"Reuters", "Kyiv Independent", "TASS"}),
    ({"about": "Odesa"}, set()),
])
def test_brief_selects_period_and_subject(docs, kwargs, outlets):
    b = brief(docs, crosscheck(docs), **kwargs)
    assert {s.outlet for s in b.sources} == outlets
    if outlets:
        assert verify_briefing(b.to_markdown(), lookup_in(docs)) == []


def test_brief_json_shape(docs):
    data = json.loads(brief(docs, crosscheck(docs)).to_json())
    assert data["format"] == "wiredesk-briefing/1"
    first = data["citations"][0]
    assert set(first) == {"n", "article_id", "span", "text", "source"}


@pytest.mark.parametrize(("text", "shown", "hidden"), [
    # a transcript's presenter label is no one to name; whom they quote is the source
    ("PRESENTER: Speaking to us a few minutes ago, the mayor of Dnipro, Borys Filatov, said "
     "seven people had died in the strike on the city on Monday.", "Borys Filatov",
     "PRESENTER said"),
    # negative: a presenter named as a person in running text is a speaker
    ("Seven people died in the strike on Dnipro on Monday, the BBC presenter Lyse Doucet "
     "said.", "Lyse Doucet", "PRESENTER"),
])
def test_brief_presenter_label(extract, text, shown, hidden):
    doc = extract(text, published="2025-08-12", source="Radio Dnipro", title="Bulletin",
                  url="https://example.org/radio-dnipro/1")
    other = extract("Seven people were killed in Dnipro on Monday, police said.",
                    published="2025-08-12", source="Reuters", title="Dnipro strike",
                    url="https://example.org/reuters/1")
    md = brief([doc, other], crosscheck([doc, other])).to_markdown()
    assert shown in md and hidden not in md
    assert verify_briefing(md, lookup_in([doc, other])) == []


def test_brief_markdown_escapes_payloads_in_article_fields(extract):
    """Script, onerror and javascript: payloads in the title, outlet, URL and text reach
    the Markdown only as escaped text, never as HTML or a link."""
    doc = extract('Russia struck Odesa on Monday, killing 4 people, Governor Oleh Kiper said. '
                  '"<img src=x onerror=alert(1)> [x](javascript:alert(2))," Kiper said.',
                  published="2025-08-12", source="Evil <script>alert(3)</script> News",
                  title="Odesa [click](javascript:alert(4)) <b>hit</b>",
                  url="javascript:alert(5)")
    other = extract("Four people were killed in Odesa on Monday, police said.",
                    published="2025-08-12", source="Reuters", title="Odesa strike",
                    url="https://example.org/reuters/odesa (1)")
    b = brief([doc, other], crosscheck([doc, other]))
    md = b.to_markdown()
    for raw in ("<script>", "<img", "<b>", "](javascript:", "<javascript:"):
        assert not re.search(r"(?<!\\)" + re.escape(raw), md), raw
    assert "\\<script\\>" in md and "Odesa \\[click\\](javascript:alert(4))" in md
    assert "<javascript" not in md and "(javascript:alert(5))" not in md
    assert safe_url("javascript:alert(5)") is None
    assert safe_url("https://example.org/a b>c") == "https://example.org/ab%3Ec"
    assert verify_briefing(md, lookup_in([doc, other])) == []
    assert verify_briefing(b.to_html(), lookup_in([doc, other])) == []


def test_brief_pronoun_speaker_cites_the_span_naming_them(extract):
    """A quote whose speaker was resolved from "he" also cites where the name stands, and
    without that citation verify-brief cannot find the speaker."""
    doc = extract("Russian drones hit the port of Odesa on Monday, Governor Oleh Kiper said. "
                  '"We counted nine explosions before dawn," he said.',
                  published="2025-08-12", source="Harbour Wire", title="Odesa port hit",
                  url="https://example.org/harbour/odesa")
    b = brief([doc], crosscheck([doc]))
    quote = next(s for story in b.stories for s in story.sentences
                 if "“We counted nine explosions before dawn”" in s.text)
    assert quote.text.startswith("Oleh Kiper said: “")
    texts = {c.n: c.text for c in b.citations}
    cited = [texts[n] for n in quote.citations]
    assert any("he said" in t for t in cited) and any("Oleh Kiper" in t for t in cited)
    assert verify_briefing(b.to_markdown(), lookup_in([doc])) == []
    alone = next(n for n in quote.citations if "he said" in texts[n])
    md = b.to_markdown().replace(quote.text, quote.text.split(" [")[0] + f" [{alone}].")
    assert any("speaker “Oleh Kiper” not in its cited spans" in f
               for f in verify_briefing(md, lookup_in([doc])))


def test_brief_names_sources_credited_together_together(extract):
    """ "A hospital director and a police officer said ...": one sentence naming both, as
    written, and each one's attribution cited."""
    doc = extract("Gunmen attacked the market in Tarsk on Tuesday. A hospital director and a "
                  "police officer said the wounded were taken to the district hospital.",
                  published="2026-03-04", source="Harbour Wire")
    b = brief([doc], crosscheck([doc]))
    told = [s for story in b.stories for s in story.sentences
            if "the wounded were taken to the district hospital" in s.text]
    assert len(told) == 1, told
    assert told[0].text.startswith("The hospital director and a police officer said")
    assert len(told[0].citations) >= 2
    assert verify_briefing(b.to_markdown(), lookup_in([doc])) == []


def test_brief_support_spans_from_one_character_are_cited_apart(extract):
    """Two spans cited to name a speaker can start at the same character ("Regional" and
    "Regional administration head"): each gets its own citation and its own text."""
    doc = extract("Regional administration head Oleksandr Reva said the market would stay "
                  "closed.", published="2025-08-12", source="Harbour Wire")
    citer = Citer({doc.article.id: doc})
    short, long = support(doc, (0, 8), "S1"), support(doc, (0, 28), "S1")
    assert citer.cite([short]) == (1,) and citer.cite([long]) == (2,)
    assert [c.text for c in citer.citations.values()] == [
        "Regional", "Regional administration head"]


def test_brief_tells_a_request_with_its_own_verb(extract):
    """ "urged residents to report" is a request: told as urged, never "said residents to"."""
    doc = extract("Four villagers were killed in Kitaya on Wednesday, police commander Mussa "
                  "Lyimo said. Lyimo urged residents to report any strangers to the "
                  "authorities.", published="2026-05-22", source="Daily News")
    b = brief([doc], crosscheck([doc]))
    told = [s.text for story in b.stories for s in story.sentences]
    assert any("Lyimo urged residents to report any strangers" in t for t in told), told
    assert not any(" said residents to" in t for t in told)
    assert verify_briefing(b.to_markdown(), lookup_in([doc])) == []


def test_brief_tells_a_count_reported_with_its_own_verb(extract):
    """ "reported 142 clashes" takes a noun phrase: told as reported, never "said 142
    clashes"."""
    doc = extract("Fighting went on along the front. The army's general staff reported 96 "
                  "clashes over the past day, most of them near Siversk.",
                  published="2026-05-22", source="Daily News")
    b = brief([doc], crosscheck([doc]))
    told = [s.text for story in b.stories for s in story.sentences]
    assert any("reported 96 clashes over the past day" in t for t in told), told
    assert not any("said 96 clashes" in t for t in told)
    assert verify_briefing(b.to_markdown(), lookup_in([doc])) == []


def test_brief_headline_is_a_clause_not_a_verb_phrase(extract):
    """An event told from its verb on ("killed four villagers in Kitaya") makes no
    headline; the story is headed by a statement's clause instead."""
    doc = extract("Insurgents crossed into southern Tanzania on Wednesday night and killed four "
                  "villagers in Kitaya, the regional police commander said on Thursday. A local "
                  "member of parliament, Hassan Mtenga, said seven people had been killed.",
                  published="2026-05-21", source="Wire")
    headings = [story.title for story in brief([doc], crosscheck([doc])).stories]
    assert headings and not any(h.casefold().startswith("killed") for h in headings), headings


@pytest.mark.parametrize(("statement", "headline"), [
    ("Three soldiers and seven members of the Dawlah Islamiyah terrorist group were killed "
     "in a clash in the mountains of Butig on Saturday",
     "Three soldiers and seven members of the Dawlah Islamiyah terrorist group were killed"),
    ("Both parties have confirmed the composition of their delegations and that the talks "
     "will open in Istanbul on Friday morning",
     "Both parties have confirmed the composition of their delegations"),
])
def test_brief_long_statement_headline_keeps_its_verb(statement, headline):
    assert " ".join(_after_verb(statement.split())) == headline


def test_brief_story_told_in_an_outlets_words_is_headed_by_the_words_it_quotes():
    told = BriefSentence("The Monitor reported: “Following attacks by armed gangs on the town, "
                         "more than 5,000 people fled” [1].", (1,), "event")
    assert _opening(told) == "Following attacks by armed gangs on the town"


@pytest.mark.parametrize(("name", "opening", "inside"), [
    ("al-Shabaab", "Al-Shabaab", "Al-Shabaab"),            # a name, not "The al-Shabaab"
    ("two local officials in Téra", "Two local officials in Téra",
     "two local officials in Téra"),                      # a description mid-sentence
    ("103rd Infantry Brigade", "The 103rd Infantry Brigade", "the 103rd Infantry Brigade"),
    ("Niamey Info", "Niamey Info", "Niamey Info"),
    ("Staffan de Mistura", "Staffan de Mistura", "Staffan de Mistura"),
    ("Listeners in the town", "Listeners in the town", "Listeners in the town"),  # plural head
    ("Commissioner of Police", "The Commissioner of Police", "the Commissioner of Police"),
    ("Police", "Police", "police"),                         # "according to police"
    ("Diplomats familiar with the talks", "Diplomats familiar with the talks",
     "Diplomats familiar with the talks"),                # plural head before its adjective
    ("Moscow-installed administration of the Kherson region",
     "A Moscow-installed administration of the Kherson region",
     "a Moscow-installed administration of the Kherson region"),  # "according to a ..."
])
def test_brief_names_open_and_stand_inside_sentences(name, opening, inside):
    assert with_article(name, one=True) == opening
    assert _mid(opening) == inside


@pytest.mark.parametrize(("what", "plural"), [
    ("Targets in Poltava", True),       # the head before "in", not the town
    ("People", True),                   # a plural with no "s"
    ("The central market in Kherson", False),
    ("Police", True),
    ("The press office", False),
    ("Officials close to the army", True),
])
def test_brief_verb_agrees_with_the_head_noun(what, plural):
    assert is_plural(what) is plural


_DEPOT = ("POLTAVA, March 3 (Meridian Press) - Russian drones hit a fuel depot in Poltava "
          "overnight, killing 18 people, regional governor Viktor Hnatenko said.")


@pytest.mark.parametrize(("sentence", "spans", "problem"), [
    # each element of a sentence against the text it cites (None: it holds)
    ("Russia struck a fuel depot in Poltava on 3 March", [_DEPOT], None),
    ("Poltava struck a fuel depot in Russia on 3 March", [_DEPOT], "actor “Poltava”"),
    ("Russia did not strike a fuel depot in Poltava", [_DEPOT], "polarity “not”"),
    ("Russia struck a fuel depot in Poltava on 4 March", [_DEPOT], "date “4 March”"),
    ("Russia struck a fuel depot in Kharkiv", [_DEPOT], "name “Kharkiv”"),
    ("Viktor Hnatenko put the death toll at 81", [_DEPOT], "number “81”"),
    ("The Defence Ministry struck the right bank in Dnipro",
     ["The ministry said its artillery had targeted a Ukrainian artillery position on the "
      "right bank of the Dnipro river."], "actor “The Defence Ministry”"),
    ("Turkey met a second round", ["Turkey will host a second round of talks."],
     "object “round”"),
    ("The ministry denied that its forces struck the market",
     ["The ministry denied that its forces struck the market"], None),
    ("The ministry said that its forces struck the market",
     ["The ministry denied that its forces struck the market"], "polarity “deny”"),
    ("Stallholders said they heard four explosions",
     ["Stallholders said they heard four explosions, which could not be independently "
      "verified."], "hedge missing"),
    ("Meridian Press revised the distance from about 8 [1] to about 360",
     ["about 8 km", "about 360 km (225 miles)"], "verb “revised”"),
    ("Mykola Bondar said: “The enemy does not stop”",
     ["“The enemy does not stop,” he said."], "speaker “Mykola Bondar”"),
])
def test_brief_verify_reads_each_element_in_the_cited_text(sentence, spans, problem):
    found = check_sentence(sentence + " [1].", [Evidence(s, "Meridian Press", "2026-03-03")
                                                  for s in spans])
    if problem is None:
        assert found == []
    else:
        assert any(problem in f for f in found), found
