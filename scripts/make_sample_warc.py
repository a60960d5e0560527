"""Write the sample crawl, src/wiredesk/samples/corpus/crawl/crawl-2026-03.warc.gz.

The pages below are invented for wiredesk's sample corpus (see samples/EXPECTED.md). The crawl
holds four HTML responses, the requests for two of them, a warcinfo record, a PNG image and a
JSON response, so the WARC reader has records to keep and records to skip. Record ids and dates
are fixed, so running this again gives the same records.

Usage: .venv/bin/python scripts/make_sample_warc.py
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CRAWL = Path(__file__).resolve().parents[1] / "src/wiredesk/samples/corpus/crawl"
OUT = CRAWL / "crawl-2026-03.warc.gz"


def _page(site: str, title: str, published: str, author: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}"></head>
<body><nav><a href="/">{site}</a> <a href="/news">News</a> <a href="/about">About</a></nav>
<article><h1>{title}</h1>
{body}
</article><footer>{site}. All rights reserved.</footer></body></html>
"""


PAGES = [
    (
        "https://dniprocourier.example/news/2026/03/03/poltava-witnesses",
        "2026-03-03T16:00:00Z",
        _page(
            "Dnipro Courier",
            "'The sky turned orange': Poltava residents describe depot strike",
            "2026-03-03T18:00:00+02:00",
            "Kateryna Bilyk",
            [
                "Residents of Poltava's southern outskirts said they were woken before dawn on "
                "Tuesday by the sound of drones, followed by three explosions at the fuel depot.",
                '"I counted three blasts. After the third one, the sky turned orange," said '
                "Vasyl Moroz, 71, who lives across the road from the depot.",
                "Regional governor Viktor Hnatenko said 18 people had been killed and 40 wounded. "
                "Russia's Defence Ministry said it had hit a depot used by the Ukrainian army, "
                "according to TASS.",
                "Several families told the Courier that relatives who worked night shifts at "
                "the depot were still missing. Their accounts could not be independently verified.",
            ],
        ),
    ),
    (
        "https://dniprocourier.example/news/2026/03/04/kherson-market",
        "2026-03-04T17:30:00Z",
        _page(
            "Dnipro Courier",
            "Kherson market strike: what we know",
            "2026-03-04T19:00:00+02:00",
            "Kateryna Bilyk",
            [
                "Seven people were killed and 22 wounded when shells hit the central market in "
                "Kherson on Wednesday, regional head Oleksandr Reva said.",
                "Russia's Defence Ministry denied that its forces struck the market and said a "
                "Ukrainian air defence missile had fallen there, TASS reported.",
                "Reva dismissed the claim. He said the shells had been fired from the left bank "
                "of the Dnipro, about 10 km (six miles) from the market.",
            ],
        ),
    ),
    (
        "https://atlantic-observer.example/analysis/istanbul-round-one",
        "2026-03-06T21:10:00Z",
        _page(
            "The Atlantic Observer",
            "Analysis: a prisoner deal in Istanbul, and little else",
            "2026-03-06T22:00:00+01:00",
            "Jonathan Ashby",
            [
                "Friday's talks in Istanbul produced what both delegations wanted least to leave "
                "without: a prisoner exchange. On everything else, they remain far apart.",
                "Diplomats familiar with the talks said the exchange is believed to involve about "
                "1,000 prisoners. Moscow is said to be pressing for a moratorium on strikes on "
                "energy sites that would also cover its oil refineries.",
                "A Western official said the talks had been \"businesslike\" and that the two "
                "sides might meet again within two weeks.",
            ],
        ),
    ),
    (
        "https://atlantic-observer.example/world/2026/03/07/swap",
        "2026-03-07T18:05:00Z",
        _page(
            "The Atlantic Observer",
            "Russia and Ukraine swap 1,050 prisoners",
            "2026-03-07T19:00:00+01:00",
            "Jonathan Ashby",
            [
                "Russia and Ukraine exchanged 1,050 prisoners of war on Saturday, officials on "
                "both sides said, a day after talks in Istanbul.",
                "Ukraine's Coordination Headquarters said 525 Ukrainians had come home, among them "
                "31 civilians. Russia's Defence Ministry said 525 Russian servicemen had been "
                "returned.",
                "Dmytro Usenko, the Headquarters' secretary, said the work to bring everyone home "
                "would continue.",
            ],
        ),
    ),
]

# a 1x1 transparent PNG: a response that is not a page
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def _id(n: int) -> str:
    return f"<urn:uuid:{uuid.UUID(int=n)}>"


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    info = writer.create_warcinfo_record(
        OUT.name, {"software": "wiredesk make_sample_warc.py", "format": "WARC File Format 1.1"}
    )
    info.rec_headers.replace_header("WARC-Record-ID", _id(1))
    info.rec_headers.replace_header("WARC-Date", "2026-03-08T12:00:00Z")
    writer.write_record(info)
    n = 1
    for i, (url, date, html) in enumerate(PAGES):
        if i % 2 == 0:
            n += 1
            request = writer.create_warc_record(
                url, "request",
                payload=io.BytesIO(f"GET {url} HTTP/1.1\r\n\r\n".encode()),
                warc_headers_dict={"WARC-Record-ID": _id(n), "WARC-Date": date},
            )
            writer.write_record(request)
        n += 1
        data = html.encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers,
            warc_headers_dict={"WARC-Record-ID": _id(n), "WARC-Date": date},
        ))
        if i == 1:
            for kind, body, name in (
                ("image/png", PNG, "map.png"),
                ("application/json", b'{"views": 1200}', "stats.json"),
            ):
                n += 1
                writer.write_record(writer.create_warc_record(
                    f"https://dniprocourier.example/static/{name}", "response",
                    payload=io.BytesIO(body), length=len(body),
                    http_headers=StatusAndHeaders(
                        "200 OK", [("Content-Type", kind)], protocol="HTTP/1.1"
                    ),
                    warc_headers_dict={"WARC-Record-ID": _id(n), "WARC-Date": date},
                ))
    OUT.write_bytes(buf.getvalue())
    print(f"wrote {OUT} ({len(buf.getvalue())} bytes, {n} records)")


if __name__ == "__main__":
    main()
