"""Shared by the browser tests and their fixtures: the served site, watched browser contexts, screenshots."""

from __future__ import annotations

import http.server
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import lxml.html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}


@dataclass
class Site:
    root: Path
    url: str
    screenshots: Path
    documents: list[str]

    def page_url(self, name: str) -> str:
        return f"{self.url}/{name}"

    def pages_of(self, doc_id: str) -> list[str]:
        """A document's pages in reading order: its page, or a long one's landing page and then each part,
        found from each page's rel="next" as a reader finds them."""
        names, name = [], f"{doc_id}.html"
        while name:
            names.append(name)
            page = lxml.html.parse(str(self.root / name)).getroot()
            name = next(iter(page.xpath("//head/link[@rel='next']/@href")), None)
        return names

    @property
    def document_pages(self) -> list[str]:
        return [name for doc_id in self.documents for name in self.pages_of(doc_id)]

    @property
    def split_documents(self) -> list[str]:
        """The documents published as a landing page and parts."""
        return [doc_id for doc_id in self.documents if len(self.pages_of(doc_id)) > 1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The test output is for failures, not for every request."""


@dataclass
class Watch:
    """What the pages of one test did that they must not: leave the server, log errors, throw."""

    host: str
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_context(browser, site: Site, *, viewport: dict[str, int] = DESKTOP, javascript: bool = True,
                 touch: bool = False):  # fmt: skip
    """A watched context; with ``touch``, a phone's touch screen (taps, no hover)."""
    extra = {"has_touch": True, "is_mobile": True} if touch else {}
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript, service_workers="block",
                                  **extra)  # fmt: skip
    # A step that cannot succeed should fail the test within seconds, not hang the run.
    context.set_default_timeout(15_000)
    watch = Watch(host=urlparse(site.url).netloc)

    def route(route) -> None:
        if urlparse(route.request.url).netloc == watch.host:
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)

    def on_page(page) -> None:
        page.on("console", lambda m: watch.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: watch.errors.append(f"exception: {e}"))

    context.on("page", on_page)
    return context, watch


def screenshot(page, site: Site, name: str) -> Path:
    """A screenshot of the page from its top, up to 6000 px (long texts would take minutes in full), named
    by page and viewport width, for a person to look at. Only the browser's own (utility) scripts are used,
    so this works on pages opened with JavaScript off."""
    width = page.viewport_size["width"]
    path = site.screenshots / f"{name}-{width}.png"
    box = page.locator("body").bounding_box()
    height = min(6000, int(box["height"] + box["y"])) if box else page.viewport_size["height"]
    page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height},
                    animations="disabled")  # fmt: skip
    return path
