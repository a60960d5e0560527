"""A briefing as Markdown or HTML. Everything taken from articles (titles, names, quotes,
outlets, URLs) is escaped: no HTML or Markdown syntax, and no link, comes from an article
except an http(s) URL shown as one."""

from __future__ import annotations

import re
from html import escape
from itertools import groupby
from urllib.parse import quote

from wiredesk.records import Briefing, Citation, SourceRef

_TITLE_LINE = "# "
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#!])")
_MARKS = re.compile(r"((?: ?\[\d+\](?:-\[\d+\])?)+\.?)$")


def md_escape(text: str | None) -> str:
    """Article text as Markdown shows it literally, on one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _sentence_md(text: str) -> str:
    """A sentence escaped but its citation marks, which stay links-free "[n]"."""
    m = _MARKS.search(text)
    body, tail = (text[:m.start()], m[1]) if m else (text, "")
    inner = re.split(r"(\[\d+\](?:-\[\d+\])?)", body)
    return "".join(p if re.fullmatch(r"\[\d+\](?:-\[\d+\])?", p) else _MD_SPECIAL.sub(
        r"\\\1", p.replace("\n", " ")) for p in inner) + tail


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with the characters that could end a link percent-encoded; else None."""
    url = "".join((url or "").split())
    if not url.casefold().startswith(("http://", "https://")):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def _outlets(sources: tuple[SourceRef, ...]) -> list[tuple[str, list[SourceRef]]]:
    """Each outlet once, with its articles, in order of first citation."""
    first: dict[str, int] = {}
    for s in sources:
        first.setdefault(s.outlet or "unknown outlet", len(first))
    ordered = sorted(sources, key=lambda s: first[s.outlet or "unknown outlet"])
    return [(k, list(g)) for k, g in groupby(ordered, key=lambda s: s.outlet or "unknown outlet")]


def _source_md(s: SourceRef) -> str:
    url = safe_url(s.url)
    link = f"<{url}>" if url else md_escape(s.url) or "no url"
    return (f"  - [{s.id}] “{md_escape(s.title)}”, {link}, published "
            f"{md_escape(s.published) or 'unknown'} (article {s.article_id})")


def _citation_line(c: Citation) -> str:
    return (f"- [{c.n}] {c.source}, article {c.article_id}, characters "
            f"{c.span[0]}–{c.span[1]}: “{md_escape(c.text)}”")


def markdown(b: Briefing) -> str:
    """One sentence a line under each story; then each outlet once with its articles, and
    every cited span."""
    lines = [_TITLE_LINE + md_escape(b.title), ""]
    for i, story in enumerate(b.stories, 1):
        lines += [f"## {i}. {md_escape(story.title)}", ""]
        lines += [_sentence_md(s.text) for s in story.sentences]
        lines.append("")
    lines += ["## Sources", ""]
    for outlet, articles in _outlets(b.sources):
        lines += [f"- {md_escape(outlet)}"] + [_source_md(s) for s in articles]
    lines += ["", "## Citations", ""] + [_citation_line(c) for c in b.citations]
    return "\n".join(lines) + "\n"


def html(b: Briefing) -> str:
    """A standalone page; nothing from an article reaches it unescaped."""
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{escape(b.title)}</title></head><body>", f"<h1>{escape(b.title)}</h1>"]
    for i, story in enumerate(b.stories, 1):
        out.append(f"<section><h2>{i}. {escape(story.title)}</h2>")
        out += [f'<p class="s">{escape(line.text)}</p>' for line in story.sentences]
        out.append("</section>")
    out.append("<h2>Sources</h2><ul>")
    for outlet, articles in _outlets(b.sources):
        out.append(f"<li>{escape(outlet)}<ul>")
        for s in articles:
            url = safe_url(s.url)
            link = (f'<a href="{escape(url)}">{escape(url)}</a>' if url
                    else escape(s.url or ""))
            out.append(f'<li id="{escape(s.id)}">[{escape(s.id)}] “{escape(s.title or "")}”, '
                       f"{link}, published {escape(s.published or '')}</li>")
        out.append("</ul></li>")
    out.append("</ul><h2>Citations</h2><ol>")
    for c in b.citations:
        out.append(f'<li id="c{c.n}" value="{c.n}"><a href="#{escape(c.source)}">'
                   f"{escape(c.source)}</a>, article {escape(c.article_id)}, characters "
                   f"{c.span[0]}–{c.span[1]}: <q>{escape(c.text)}</q></li>")
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"
