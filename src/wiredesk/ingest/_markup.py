"""Plain text out of HTML (a feed entry's summary, a live-blog entry), keeping paragraph breaks."""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml import html as lxml_html

MIN_WORDS = 5  # less is a menu, a caption or a stamp and a link, not a report
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "tr",
        "pre",
        "ul",
        "ol",
    ]
)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BREAKS = re.compile(r"\s*\n\s*(?:\n\s*)+")


def fragment_text(markup: str) -> str:
    """The words of `markup`, one paragraph a block element, whitespace tidied."""
    if "<" not in markup:
        return _tidy(html.unescape(markup))
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(markup)
    return element_text(root)


def element_text(root: lxml_html.HtmlElement) -> str:
    """The words under `root`, one paragraph a block element (the tree's tails are changed)."""
    for el in root.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _BLOCKS or tag == "br":
            el.tail = ("\n" if tag == "br" else "\n\n") + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BREAKS.sub("\n\n", "\n".join(lines)).strip()
