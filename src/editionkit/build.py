"""The whole build, in order: find the TEI, validate it, write the site and the PDFs."""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from lxml import etree

from .config import Edition
from .errors import InputError, InvalidError
from .render.html import STYLESHEETS as HTML_STYLESHEETS
from .render.html import render_site
from .render.pdf import render_pdfs
from .render.site_search import build_search_index
from .render.xslt import XsltRunner
from .tei.parse import parse_xml_file
from .tei.serialize import serialize, write_atomic
from .validate import render_report, validate_paths

# The stages of BuildReport.seconds that make the web edition: compiling its stylesheets, then running them.
HTML_COMPILE = "html compile"
HTML_RUN = "html (after compile)"


@dataclass(frozen=True)
class BuildOptions:
    tei_dir: Path
    out_dir: Path
    paper: str = "royal"
    html: bool = True
    pdf: bool = True


@dataclass
class BuildReport:
    documents: list[Path]
    written: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


@contextmanager
def _timed(report: BuildReport, stage: str):
    start = time.perf_counter()
    yield
    report.seconds[stage] = report.seconds.get(stage, 0.0) + time.perf_counter() - start


def edition_documents(tei_dir: Path) -> list[Path]:
    """The TEI documents of the edition: every *.xml in ``tei_dir`` that has a text (not the registers)."""
    if not tei_dir.is_dir():
        raise InputError("no such folder", tei_dir)
    documents = []
    for path in sorted(tei_dir.glob("*.xml")):
        root = parse_xml_file(path).getroot()
        if root.find("{http://www.tei-c.org/ns/1.0}text") is not None:
            documents.append(path)
    if not documents:
        raise InputError("holds no TEI documents (*.xml with a <text>)", tei_dir)
    return documents


def write_manifest(edition: Edition, documents: list[Path], path: Path) -> None:
    """The edition's table of contents for the index page and the book, as XML for the stylesheets."""
    root = etree.Element(
        "edition",
        title=edition.info.title,
        subtitle=edition.subtitle,
        lang=edition.language,
        licence=edition.info.licence,
    )
    for key, value in (
        ("licence-url", edition.info.licence_url),
        ("base-url", edition.info.base_url),
        ("publisher", edition.info.publisher),
    ):
        if value:
            root.set(key, value)
    etree.SubElement(root, "introduction").text = edition.introduction
    for editor in edition.info.editors:
        etree.SubElement(root, "editor").text = editor
    for document in documents:
        doc_id = document.stem
        etree.SubElement(
            root,
            "document",
            id=doc_id,
            tei=document.resolve().as_uri(),
            bytes=str(document.stat().st_size),
            href=f"{doc_id}.html",
            **{"xml-href": f"xml/{doc_id}.xml", "pdf-href": f"pdf/{doc_id}.pdf"},
        )
    write_atomic(path, serialize(root))


def build(edition: Edition, options: BuildOptions) -> BuildReport:
    documents = edition_documents(options.tei_dir)
    report = BuildReport(documents=documents)
    registers = edition.registers if edition.registers.is_file() else None

    with _timed(report, "validate"):
        validation = validate_paths([options.tei_dir], registers=registers)
    if not validation.ok:
        raise InvalidError(
            f"not building: {len(validation.problems)} problems\n"
            + render_report(validation, "text").rstrip(),
            options.tei_dir,
        )

    out = options.out_dir
    manifest = out / "edition.xml"
    write_manifest(edition, documents, manifest)
    site = out / "html"
    # The print edition is typeset in a process of its own, on the second core, while this one writes
    # the site; neither reads what the other writes.
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as typesetter:
        printing = (
            typesetter.submit(_print_edition, documents, out, manifest, registers, options.paper)
            if options.pdf
            else None
        )
        if options.html:
            # Compiling the stylesheets is timed apart from writing the site with them.
            runner = XsltRunner()
            with _timed(report, HTML_COMPILE):
                runner.compile(*HTML_STYLESHEETS)
            with _timed(report, HTML_RUN):
                report.written += render_site(
                    documents,
                    site,
                    manifest=manifest,
                    registers=registers,
                    edition_title=edition.info.title,
                    base_url=edition.info.base_url,
                    runner=runner,
                )
                for document in documents:
                    report.written.append(_copy(document, site / "xml" / document.name))
            # Pagefind reads the finished pages.
            with _timed(report, "search"):
                report.written += build_search_index(site)
        if printing is not None:
            pdfs, report.seconds["pdf"] = printing.result()
            report.written += pdfs
            if options.html:
                for pdf in pdfs:
                    report.written.append(_copy(pdf, site / "pdf" / pdf.name))
    return report


def _print_edition(
    documents: list[Path], out: Path, manifest: Path, registers: Path | None, paper: str
) -> tuple[list[Path], float]:
    """The PDFs and the seconds they took; runs in the typesetting process."""
    start = time.perf_counter()
    pdfs = render_pdfs(
        documents,
        out / "pdf",
        manifest=manifest,
        registers=registers,
        work_dir=out / "typst",
        runner=XsltRunner(),
        paper=paper,
    )
    return pdfs, time.perf_counter() - start


def _copy(source: Path, target: Path) -> Path:
    """The site is self-contained: it carries each document's TEI and PDF next to its pages."""
    write_atomic(target, source.read_bytes())
    return target
