"""Times layer: every temporal expression with its TIMEX3 value, resolved against the
publication date ("on Tuesday" in an article of 2025-08-12 is 2025-08-12).

Candidates come from compiled patterns over the text (`_grammar`); the parse
supplies what patterns cannot see: the tense that decides which Friday is meant, whether
"future" is a noun, whether "2000" counts troops. Without a publication date, relative
expressions get no value (or an X-filled one: "XXXX-WXX-2"), never today's date.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.times._calendar import parse_anchor
from wiredesk.extract.times._clues import Clues
from wiredesk.extract.times._grammar import candidates
from wiredesk.extract.times._resolve import Resolver
from wiredesk.nlp import doc_text
from wiredesk.records import TimeExpr

EXTRACTOR = "times.v1"


@stage("times", layer="times")
def find_times(doc: Doc, ctx: Context) -> tuple[TimeExpr, ...]:
    """TimeExpr records for `doc`, in text order."""
    text = doc_text(doc)
    resolver = Resolver(parse_anchor(ctx.article.published), Clues(doc))
    out = []
    for cand, timex in resolver.resolve_all(candidates(text)):
        out.append(
            TimeExpr(
                article_id=ctx.article_id,
                text=text[cand.start : cand.end],
                span=(cand.start, cand.end),
                value=timex.value,
                type=timex.type,
                mod=timex.mod,
                anchor=timex.anchor,
                extractor=EXTRACTOR,
                explanation=f"{cand.rule}: {timex.why}",
            )
        )
    return tuple(out)
