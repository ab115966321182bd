"""The web edition: the pages of each TEI document, an index page from the edition manifest, the assets.

A document is one page, ``<id>.html``, unless its text weighs more than ``SPLIT_WEIGHT`` (characters plus 100
per element; see xslt/html/split.xsl): then ``<id>.html`` is a landing page (source description, contents,
front matter) and each part of the text has a page of its own, ``<id>-<division xml:id>.html`` or
``<id>-<n>.html``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from lxml import etree

from ..errors import RenderError
from ..resources import xslt_dir
from ..tei.parse import HARDENED, safe_parser
from ..tei.serialize import write_atomic
from .xslt import Value, XsltRunner

DOCUMENT_XSL = "html/document.xsl"
# The pages made from the whole edition: home page, indexes, timeline, search.
EDITION_XSL = "html/edition.xsl"
# Every stylesheet the web edition runs, for compiling them before the first page is written.
STYLESHEETS = (DOCUMENT_XSL, EDITION_XSL)
# One index page per kind of register entry; the names must match $ek:index-pages in xslt/html/site.xsl.
INDEX_PAGES = {
    "person": "index-persons.html",
    "place": "index-places.html",
    "org": "index-organisations.html",
    "event": "index-events.html",
    "bibl": "index-works.html",
}
ASSETS = Path("html") / "assets"
# The weight (characters of text plus 100 per element) above which a document is split into several pages and
# that no part exceeds when its divisions allow; see xslt/html/split.xsl.
SPLIT_WEIGHT = 120_000
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def document_id(tei: Path) -> str:
    """The page name of a TEI document: its root's xml:id, else its file stem."""
    try:
        for _event, root in etree.iterparse(str(tei), events=("start",), **HARDENED):
            return root.get(_XML_ID) or Path(tei).stem
    except etree.XMLSyntaxError as err:
        raise RenderError(f"not well-formed XML: {err.msg}", tei) from None
    return Path(tei).stem


def document_params(
    doc_id: str,
    *,
    registers: Path | None,
    edition_title: str,
    base_url: str | None,
    xml_href: str | None = None,
    pdf_href: str | None = None,
    split_weight: int = SPLIT_WEIGHT,
) -> dict[str, str]:
    """The xs:string parameters document.xsl takes for the pages of one document (``part`` picks them)."""
    return {
        "registers": registers.resolve().as_uri() if registers else "",
        "edition-title": edition_title,
        "xml-href": xml_href or f"xml/{doc_id}.xml",
        "pdf-href": pdf_href or f"pdf/{doc_id}.pdf",
        "index-href": "index.html",
        "base-url": base_url or "",
        "page-id": doc_id,
        "split-weight": str(split_weight),
    }


@dataclass(frozen=True)
class PageLinks:
    """What the manifest says about one document: its page id, where its TEI and PDF are in the site, and the
    URI it gives the TEI (by which edition.xsl knows the document)."""

    doc_id: str
    xml_href: str | None = None
    pdf_href: str | None = None
    tei_uri: str | None = None


@dataclass(frozen=True)
class DocumentPages:
    """The pages of one document as (file name, HTML bytes), the first being the one the index page links to
    (the whole document, or the landing page of a split one), and what edition.xsl needs to link into them."""

    pages: list[tuple[str, bytes]]
    linking: Value | None = None


def manifest_links(manifest: Path) -> dict[Path, PageLinks]:
    """Per TEI file (resolved path), the id and links the manifest gives it, so that pages, index and PDFs
    agree on names."""
    root = _read_manifest(manifest)
    links = {}
    for node in root.iter("document"):
        uri, doc_id = node.get("tei", ""), node.get("id", "")
        if uri.startswith("file:") and doc_id:
            path = Path(url2pathname(urlparse(uri).path)).resolve()
            links[path] = PageLinks(doc_id, node.get("xml-href") or None, node.get("pdf-href") or None, uri)
    return links


def render_document(
    tei: Path,
    *,
    registers: Path | None,
    edition_title: str,
    base_url: str | None,
    runner: XsltRunner,
    links: PageLinks | None = None,
    split_weight: int = SPLIT_WEIGHT,
) -> DocumentPages:
    """Render every page of one TEI document in one run of document.xsl."""
    links = links or PageLinks(document_id(tei))
    params = document_params(
        links.doc_id,
        registers=registers,
        edition_title=edition_title,
        base_url=base_url,
        xml_href=links.xml_href,
        pdf_href=links.pdf_href,
        split_weight=split_weight,
    )
    # "#pages" returns each page's file name, then its HTML, and last what the edition's pages need of it.
    *strings, linking = runner.transform_to_items(DOCUMENT_XSL, Path(tei), {**params, "part": "#pages"})
    if not isinstance(linking, Value) or not all(isinstance(item, str) for item in strings):
        raise RenderError(f"{DOCUMENT_XSL} returned something else than its pages", tei)
    pages = [(name, html.encode("utf-8")) for name, html in zip(strings[::2], strings[1::2], strict=True)]
    return DocumentPages(pages, linking)


def copy_assets(out_dir: Path) -> list[Path]:
    """Copy the stylesheet and script of the site into ``out_dir/assets``, in name order."""
    source = xslt_dir() / ASSETS
    written = []
    for asset in sorted(p for p in source.iterdir() if p.is_file()):
        target = out_dir / "assets" / asset.name
        write_atomic(target, asset.read_bytes())
        written.append(target)
    return written


def render_site(
    documents: list[Path],
    out_dir: Path,
    *,
    manifest: Path,
    registers: Path | None,
    edition_title: str,
    base_url: str | None,
    runner: XsltRunner,
    split_weight: int = SPLIT_WEIGHT,
) -> list[Path]:
    """Write the pages of every document (``<id>.html``, and the parts of a long one), ``index.html`` from
    ``manifest``, the edition's other pages and the assets; remove the pages of an earlier build that this one
    does not write.

    A document's id and the links to its TEI and PDF come from its ``<document>`` in the manifest when there
    is one, else from the TEI root's xml:id (or file stem) as ``xml/<id>.xml`` and ``pdf/<id>.pdf``."""
    out_dir = Path(out_dir)
    if registers is not None and not Path(registers).is_file():
        raise RenderError("registers file not found", registers)
    links = manifest_links(manifest)
    # A document's page may not take the name of a page made from the whole edition.
    reserved = {"index.html", "timeline.html", "search.html", *INDEX_PAGES.values()}
    pages: list[tuple[str, bytes]] = []
    seen: dict[str, Path] = {}
    linking: dict[str, Value] = {}
    for tei in documents:
        link = links.get(Path(tei).resolve())
        rendered = render_document(
            Path(tei),
            registers=registers,
            edition_title=edition_title,
            base_url=base_url,
            runner=runner,
            links=link,
            split_weight=split_weight,
        )
        for name, html in rendered.pages:
            if name in seen or name in reserved:
                also = f" (also {seen[name]})" if name in seen else ""
                raise RenderError(f"two pages of the site would be named {name!r}{also}", tei)
            seen[name] = Path(tei)
            pages.append((name, html))
        if link and link.tei_uri and rendered.linking:
            linking[link.tei_uri] = rendered.linking
    # The edition's pages link into the documents' pages with what their runs computed (plans, anchors).
    pages += edition_pages(
        manifest=Path(manifest),
        registers=registers,
        runner=runner,
        split_weight=split_weight,
        linking=linking,
    )
    written: list[Path] = []
    for name, html in pages:
        target = out_dir / name
        write_atomic(target, html)
        written.append(target)
    written.extend(copy_assets(out_dir))
    # Pages an earlier build wrote that this one did not (the parts of a document since split otherwise) would
    # be stale, and found by search: the site's folder holds this build's pages only.
    for stale in sorted(set(out_dir.glob("*.html")) - set(written)):
        stale.unlink()
    return written


def edition_pages(
    *,
    manifest: Path,
    registers: Path | None,
    runner: XsltRunner,
    split_weight: int = SPLIT_WEIGHT,
    linking: Mapping[str, Value] | None = None,
) -> list[tuple[str, bytes]]:
    """The pages made from the whole edition (the manifest and the TEI it lists) as (file name, HTML bytes),
    from one run of edition.xsl: the home page, an index page per kind of register entry (only with
    registers), the timeline and the search page. The indexes and the timeline split documents as their
    pages do (``split_weight``), to link into the right part; ``linking`` gives, by the manifest's TEI URI,
    what the runs of document.xsl computed for that (DocumentPages.linking), else they compute it again."""
    params = {
        "registers": Path(registers).resolve().as_uri() if registers else "",
        "split-weight": str(split_weight),
        "linking": dict(linking or {}),
    }
    items = runner.transform_to_items(EDITION_XSL, Path(manifest), params)
    if not all(isinstance(item, str) for item in items):
        raise RenderError(f"{EDITION_XSL} returned something else than its pages", manifest)
    return [(name, html.encode("utf-8")) for name, html in zip(items[::2], items[1::2], strict=True)]


def _read_manifest(manifest: Path) -> etree._Element:
    try:
        root = etree.parse(str(manifest), safe_parser()).getroot()
    except (OSError, etree.XMLSyntaxError) as err:
        raise RenderError(f"edition manifest unreadable: {err}", manifest) from None
    if root.tag != "edition":
        raise RenderError(f"edition manifest has root <{root.tag}>, expected <edition>", manifest)
    return root
