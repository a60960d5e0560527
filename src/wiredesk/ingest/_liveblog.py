"""Live blogs: a page of dated entries read as one article an entry.

Trafilatura drops `<time>` stamps (and, on pages of many `<article>` elements, some entries'
headings and their order), so a live blog read whole loses when each entry was posted.

Why one article an entry rather than the whole blog with each entry's time written into its
text: a verification desk asks *when* an outlet first reported a figure or a claim. Kept
whole, every claim in the blog carries the blog's opening time (06:15 for a toll first given
at 17:45), and relative times ("this morning", "an hour ago") resolve against it. Split, each
entry is an article with its own published datetime and a locator back to its anchor
(``entry 3 (#post-1745)``), so the claim's time is the entry's, "this morning" resolves on the
entry's day, and a re-crawl of the updated blog stores only the new entries (an unchanged
entry has the same content hash) instead of a new copy of the whole blog. What is lost is
context across entries (a speaker named only in an earlier entry): entries are written to be
read on their own, and the blog's title stays on each of them. The page's own text outside
the entries (a summary at the top) is kept as an article of its own when it says something.

An entry is the largest element around one stamp (`<time datetime>`, else schema.org
`itemprop="datePublished"`) that holds no other stamp; entries count when at least two
siblings each hold a paragraph of text, so a dated byline or a list of related links is not
a live blog. A stamp standing alone before its paragraphs (a flat blog) takes the siblings
after it, up to the next entry.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml.html import Element as new_element
from lxml.html import HtmlElement as Element

from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._markup import MIN_WORDS, element_text

_TIME_STAMPS = "//body//time[@datetime]"
_ITEMPROP_STAMPS = "//body//*[@itemprop='datePublished'][@content or @datetime]"
# inside an entry: share buttons, embeds, photos and their credits, not the report
_NOISE = (
    ".//*[self::script or self::style or self::noscript or self::button or self::svg"
    " or self::form or self::figure or self::aside or self::nav or self::iframe]"
)
_COMMENTS = re.compile(r"comment", re.IGNORECASE)
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated entry of a live blog."""

    text: str
    published: str  # ISO date or datetime, as the stamp gives it
    anchor: str | None  # the id a link to the entry ends with, without "#"

    @property
    def heading(self) -> str:
        """The entry's time as a reader and the times layer read it ("3 March 2026, 10:42 GMT")."""
        return stamp_words(self.published)


def stamp_words(published: str) -> str:
    """An ISO date or datetime in words; an offset is turned into GMT, none is local time."""
    moment = datetime.fromisoformat(published)
    day = f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
    if len(published) <= 10:
        return day
    if moment.tzinfo is None:
        return f"{day}, {moment:%H:%M} local time"
    utc = moment.astimezone(UTC)
    return f"{utc.day} {_MONTHS[utc.month - 1]} {utc.year}, {utc:%H:%M} GMT"


def _stamps(tree: Element) -> list[tuple[Element, str]]:
    """(element, ISO value) of each readable stamp, in page order."""
    found = []
    for el in tree.xpath(_TIME_STAMPS) or tree.xpath(_ITEMPROP_STAMPS):
        value = iso_date(el.get("datetime") or el.get("content"))
        if value is not None:
            found.append((el, value))
    return found


def _owners(stamps: list[tuple[Element, str]]) -> list[Element]:
    """For each stamp, the largest element around it that holds no other stamp."""
    counts: Counter[Element] = Counter()
    for el, _ in stamps:
        counts.update(el.iterancestors())
    owners = []
    for el, _ in stamps:
        owner = el
        for ancestor in el.iterancestors():
            if counts[ancestor] > 1:
                break
            owner = ancestor
        owners.append(owner)
    return owners


def _words(el: Element) -> int:
    return len(el.text_content().split())


def _in_comments(el: Element) -> bool:
    return any(
        _COMMENTS.search(f"{a.get('class', '')} {a.get('id', '')}")
        for a in (el, *el.iterancestors())
    )


def _anchor(owner: Element) -> str | None:
    """The entry's own id, else the first id inside it, else a `#fragment` it links to."""
    for el in owner.iter():
        if isinstance(el.tag, str) and el.get("id"):
            return str(el.get("id"))
    for href in owner.xpath(".//a/@href"):
        if "#" in href and href.rsplit("#", 1)[1]:
            return str(href.rsplit("#", 1)[1])
    return None


def _entry_parts(owner: Element, others: set[Element]) -> list[Element]:
    """The owner and, when it holds no paragraph itself, the siblings after it up to the next."""
    parts = [owner]
    if _words(owner) >= MIN_WORDS:
        return parts
    for sibling in owner.itersiblings():
        if sibling in others:
            break
        parts.append(sibling)
    return parts


def _entry_text(parts: list[Element], stamp: Element) -> str:
    """The words of an entry's parts, without its stamp, buttons, embeds and photos."""
    box = new_element("div")
    for part in parts:
        box.append(deepcopy(part))
    for el in box.xpath(_NOISE):
        el.drop_tree()
    for el in box.iter(stamp.tag):
        if el.get("datetime") == stamp.get("datetime") and el.get("content") == stamp.get(
            "content"
        ):
            el.drop_tree()  # its words ("10.42 GMT") would repeat the entry's time
            break
    return element_text(box)


def take_entries(tree: Element) -> tuple[Entry, ...]:
    """The dated entries of a live-blog page, removed from `tree`; () when it is no live blog.

    What is left in `tree` is the page around the entries (title, summary, byline), for
    trafilatura to read as usual; a page that is no live blog is left untouched.
    """
    stamps = _stamps(tree)
    if len(stamps) < 2:
        return ()
    owners = _owners(stamps)
    by_parent: Counter[Element | None] = Counter(o.getparent() for o in owners)
    chosen = [
        (owner, value, el)
        for owner, (el, value) in zip(owners, stamps, strict=True)
        if by_parent[owner.getparent()] >= 2 and not _in_comments(owner)
    ]
    others = {owner for owner, _, _ in chosen}
    found = []
    for owner, value, stamp in chosen:
        parts = _entry_parts(owner, others)
        if not any(p.tag == "p" or p.find(".//p") is not None for p in parts):
            continue  # a dated link or caption, not a report
        text = _entry_text(parts, stamp)
        if len(text.split()) >= MIN_WORDS:
            found.append((parts, Entry(text=text, published=value, anchor=_anchor(owner))))
    if len(found) < 2:
        return ()
    for parts, _ in found:
        for part in parts:
            part.drop_tree()
    return tuple(entry for _, entry in found)
