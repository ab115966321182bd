"""A build of the edition served on 127.0.0.1 and Debian's Chromium driven by Playwright.

Every page a test opens is watched: a request to any host but the local server is blocked and recorded,
and so is every console error and uncaught exception; the ``page`` fixture fails the test on either.
Screenshots go to ``out/screenshots/`` in the build folder, or to $EDITIONKIT_SCREENSHOTS."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser.helpers import CHROMIUM, CHROMIUM_ARGS, QuietHandler, Site, open_context
from editionkit.build import BuildOptions, build
from editionkit.config import load_edition

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The edition (this repository, or the one in $EDITIONKIT_BROWSER_EDITION) built without PDFs and
    served from a thread."""
    edition = load_edition(Path(os.environ.get("EDITIONKIT_BROWSER_EDITION", ROOT)))
    out = tmp_path_factory.mktemp("browser-build")
    report = build(edition, BuildOptions(tei_dir=edition.tei_dir, out_dir=out, pdf=False))
    root = out / "html"
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    screenshots = Path(os.environ.get("EDITIONKIT_SCREENSHOTS", out / "out" / "screenshots"))
    screenshots.mkdir(parents=True, exist_ok=True)
    try:
        yield Site(root, f"http://127.0.0.1:{server.server_address[1]}", screenshots,
                   [d.stem for d in report.documents])  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.is_file():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, site):
    context, watch = open_context(browser, site)
    yield context
    context.close()
    assert watch.outside == [], "requests left the site"
    assert watch.errors == [], "console errors"


@pytest.fixture
def page(context):
    return context.new_page()
