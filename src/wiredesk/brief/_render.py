"""A briefing as Markdown or HTML. HTML escapes every piece of article text."""

from __future__ import annotations

from html import escape

from wiredesk.records import Briefing, Citation, SourceRef

_TITLE_LINE = "# "


def _source_line(s: SourceRef) -> str:
    parts = [s.outlet or "unknown outlet", f"“{' '.join((s.title or '').split())}”",
             s.url or "no url", f"published {s.published or 'unknown'}"]
    return f"- [{s.id}] " + ", ".join(parts) + f" (article {s.article_id})"


def _citation_line(c: Citation) -> str:
    return (f"- [{c.n}] {c.source}, article {c.article_id}, characters "
            f"{c.span[0]}–{c.span[1]}: “{c.text}”")


def markdown(b: Briefing) -> str:
    """One sentence a line under each story; then the sources and every cited span."""
    lines = [_TITLE_LINE + b.title, ""]
    for i, story in enumerate(b.stories, 1):
        lines += [f"## {i}. {story.title}", ""]
        lines += [s.text for s in story.sentences]
        lines.append("")
    lines += ["## Sources", ""] + [_source_line(s) for s in b.sources] + [""]
    lines += ["## Citations", ""] + [_citation_line(c) for c in b.citations]
    return "\n".join(lines) + "\n"


def html(b: Briefing) -> str:
    """A standalone page; nothing from an article reaches it unescaped."""
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{escape(b.title)}</title></head><body>", f"<h1>{escape(b.title)}</h1>"]
    for i, story in enumerate(b.stories, 1):
        out.append(f"<section><h2>{i}. {escape(story.title)}</h2>")
        out += [f"<p>{escape(line.text)}</p>" for line in story.sentences]
        out.append("</section>")
    out.append("<h2>Sources</h2><ul>")
    for s in b.sources:
        link = (f'<a href="{escape(s.url)}">{escape(s.url)}</a>'
                if s.url and s.url.startswith(("http://", "https://")) else escape(s.url or ""))
        out.append(f'<li id="{escape(s.id)}">[{escape(s.id)}] {escape(s.outlet or "")}, '
                   f"“{escape(s.title or '')}”, {link}, published {escape(s.published or '')}"
                   f"</li>")
    out.append("</ul><h2>Citations</h2><ol>")
    for c in b.citations:
        out.append(f'<li id="c{c.n}" value="{c.n}"><a href="#{escape(c.source)}">'
                   f"{escape(c.source)}</a>, article {escape(c.article_id)}, characters "
                   f"{c.span[0]}–{c.span[1]}: <q>{escape(c.text)}</q></li>")
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"
