"""A page's date: its metadata, else a date its text states (htmldate), never a copyright year."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.ingest import Problem
from wiredesk.records import Article

Read = Callable[..., list[Article | Problem]]

BODY = (
    "<p>Shelling damaged three apartment blocks in the city overnight, the mayor said, and "
    "rescuers were still searching the rubble for survivors at midday.</p>"
    "<p>Two people were taken to hospital with shrapnel wounds, the emergency service said.</p>"
)


def _page(head: str = "", before: str = "", footer: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Shelling in the city</title>{head}</head><body>"
        f"<article><h1>Shelling in the city</h1>{before}{BODY}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("markup", "published"),
    [
        # metadata first
        (_page('<meta property="article:published_time" content="2026-03-05T07:00:00+02:00">',
               "<p>Published 3 March 2026</p>"), "2026-03-05"),
        # then a date the text states: a byline, a wire dateline, a date in the URL
        (_page(before="<p class='meta'>Published 3 March 2026, 10:42</p>"), "2026-03-03"),
        (_page(before="<p>KHARKIV, March 4, 2026 - The city came under fire again.</p>"),
         "2026-03-04"),
        (_page('<link rel="canonical" href="https://city.example/news/2026/03/06/shelling">'),
         "2026-03-06"),
        # never a copyright year or a bare year of the text
        (_page(footer="© 2024 Kharkiv Evening News. All rights reserved."), None),
        (_page(footer="Copyright 2019-2025 City Media Group"), None),
        (_page(before="<p>The block was built in 1998 and repaired in 2015.</p>"), None),
        # nor a full date kept in the footer
        (_page(footer="Site map updated 12 February 2026"), None),
        # 1 January is a date when the text says so
        (_page(before="<p>Published 1 January 2026</p>"), "2026-01-01"),
    ],
    ids=["meta", "byline", "dateline", "url", "copyright", "copyright-range", "years",
         "footer-date", "new-year"],
)
def test_dates_page_date(read: Read, markup: str, published: str | None) -> None:
    [article] = read({"page.html": markup})
    assert isinstance(article, Article)
    assert article.published == published
