"""Take the README's screenshot of `wiredesk serve`: an article of the sample store with one
highlight clicked, in Debian's Chromium driven by Playwright.

    .venv/bin/python scripts/screenshot_web.py [--db out/sample.db] [--out docs/web-article.png]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from wiredesk.store import Store
from wiredesk.web import create_app

PORT = 18159
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="out/sample.db")
    parser.add_argument("--out", type=Path, default=Path("docs/web-article.png"))
    args = parser.parse_args()
    with Store.open(args.db, read_only=True) as store:
        article_id = store.search("Poltava residents sky orange", limit=1)[0]["article_id"]
        server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=PORT,
                                               log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS,
                                        env={**os.environ, "HOME": tempfile.mkdtemp()})
            page = browser.new_page(viewport={"width": 1100, "height": 640})
            page.goto(f"http://127.0.0.1:{PORT}/article/{article_id}")
            page.locator(".seg.fig").first.click()
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
        server.should_exit = True
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
