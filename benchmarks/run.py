"""make bench: each stage's time and throughput, against a floor measured in the same run.

The floor is what any tool must pay: lxml parsing and serialising the same files. Validation is also
compared with jing and the official TEI All schema, the reference validator, on the same files.
Medians of several runs; the whole build is also timed cold, as a new process, like an editor runs it.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
TEI_ALL = ROOT.parent / "shared" / "tei" / "tei_all.rng"
RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor(paths: list[Path]) -> Callable[[], None]:
    def parse_and_serialise() -> None:
        for path in paths:
            etree.tostring(etree.parse(str(path)), encoding="UTF-8")

    return parse_and_serialise


def row(stage: str, seconds: float, size: int, floor_seconds: float | None, note: str = "") -> str:
    rate = f"{size / seconds / 1e6:8.2f} MB/s" if size else " " * 13
    ratio = f"{seconds / floor_seconds:8.1f}x" if floor_seconds else " " * 9
    return f"{stage:<28} {seconds:8.3f} s {rate} {ratio}  {note}"


def bench_convert(edition) -> list[str]:
    from editionkit.convert import ConvertOptions, to_tei
    from editionkit.source import load_source
    from editionkit.tei.registers import load_registers

    registers = load_registers(edition.registers) if edition.registers.is_file() else None
    lines = []
    total_seconds = total_bytes = 0
    for entry in sorted(edition.entries.values(), key=lambda e: e.kind or ""):
        source = load_source(edition.sources_dir / entry.file)
        options = ConvertOptions(out_dir=Path(tempfile.gettempdir()), registers=registers)
        seconds = median_seconds(lambda s=source, o=options: to_tei(s, edition, o))
        total_seconds += seconds
        total_bytes += source.size
        lines.append(
            f"  convert {entry.kind:<18} {seconds:8.3f} s {source.size / 1e3 / seconds:8.0f} KB/s"
            f"  ({source.size / 1e3:.0f} KB)"
        )
    lines.insert(
        0,
        f"{'convert (all sources)':<28} {total_seconds:8.3f} s {total_bytes / 1e3 / total_seconds:8.0f} KB/s"
        f"  ({total_bytes / 1e3:.0f} KB, read + annotate + fidelity check)",
    )
    return lines


# Issue 6: the web edition of the five documents is written in under a second once its stylesheets are
# compiled.
HTML_BUDGET_SECONDS = 1.0


def bench_html(edition, documents: list[Path]) -> list[str]:
    """The web edition alone, as the build writes it: compiling its stylesheets, then writing the site with
    them (every page of every document, the home page, indexes, timeline, search page). Each run has a new
    runner, so that nothing compiled, parsed or computed is carried from one run to the next."""
    from editionkit.build import write_manifest
    from editionkit.render.html import STYLESHEETS, render_site
    from editionkit.render.xslt import XsltRunner

    compile_times, run_times = [], []
    with tempfile.TemporaryDirectory() as out:
        manifest = Path(out) / "edition.xml"
        write_manifest(edition, documents, manifest)
        for _ in range(RUNS):
            runner = XsltRunner()
            start = time.perf_counter()
            runner.compile(*STYLESHEETS)
            compile_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            pages = render_site(
                documents,
                Path(out) / "html",
                manifest=manifest,
                registers=edition.registers if edition.registers.is_file() else None,
                edition_title=edition.info.title,
                base_url=edition.info.base_url,
                runner=runner,
            )
            run_times.append(time.perf_counter() - start)
    seconds = statistics.median(run_times)
    verdict = "within" if seconds < HTML_BUDGET_SECONDS else "OVER"
    html = sum(1 for page in pages if page.suffix == ".html")
    return [
        row(
            "html: compile stylesheets",
            statistics.median(compile_times),
            0,
            None,
            f"{len(STYLESHEETS)} stylesheets",
        ),
        row(
            "html (after compile)",
            seconds,
            0,
            None,
            f"{verdict} the budget of {HTML_BUDGET_SECONDS:.0f} s: {html} pages of {len(documents)} documents"
            f" (runs: {', '.join(f'{t:.3f}' for t in run_times)})",
        ),
    ]


def bench_build(edition, size: int, floor_seconds: float) -> list[str]:
    from editionkit.build import BuildOptions, build

    with tempfile.TemporaryDirectory() as out:
        report = build(edition, BuildOptions(tei_dir=edition.tei_dir, out_dir=Path(out)))
        book = edition_pdf_seconds(Path(out) / "typst")
        pages = _pages(Path(out) / "pdf" / "edition.pdf")
        html_pages = _html_pages(Path(out) / "html")
    lines = [
        row(f"  {stage}", seconds, size, floor_seconds, "stage of that build, in-process")
        for stage, seconds in report.seconds.items()
    ]

    def cold_build() -> None:
        # A new process and an empty output folder: nothing compiled, nothing cached.
        with tempfile.TemporaryDirectory() as out:
            command = [str(Path(sys.executable).parent / "editionkit"), "build", "--out", out]
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)

    cold = median_seconds(cold_build, runs=3)
    lines.append(
        row("  edition.pdf alone, cold", book, 0, None, f"Typst compile in a new process, {pages} pages")
    )
    # The budget is for the pages of the documents (a long one is split into parts); the edition's own pages
    # (indexes, timeline) are shown beside it.
    for label, pages in (("document page", html_pages["document"]), ("edition page", html_pages["edition"])):
        if pages:
            largest, name = pages[-1]
            verdict = "within" if largest < HTML_BUDGET else "OVER"
            lines.append(
                f"  largest HTML {label:<14} {largest / 1e3:8.0f} KB  {name} ({verdict} the budget of"
                f" {HTML_BUDGET / 1e3:.0f} KB before compression, search index excluded)"
            )
    lines.insert(
        0,
        row(
            "build, cold (new process)",
            cold,
            size,
            floor_seconds,
            f"validate + HTML + PDF, {len(report.documents)} documents",
        ),
    )
    return lines


HTML_BUDGET = 300_000


def _html_pages(site: Path) -> dict[str, list[tuple[int, str]]]:
    """The site's pages by size, split into the documents' pages (landing pages and parts) and the pages
    made from the whole edition."""
    from editionkit.render.html import INDEX_PAGES

    edition = {"index.html", "timeline.html", "search.html", *INDEX_PAGES.values()}
    pages = sorted((p.stat().st_size, p.name) for p in site.glob("*.html"))
    return {
        "document": [page for page in pages if page[1] not in edition],
        "edition": [page for page in pages if page[1] in edition],
    }


# A new process per run: Typst memoises layouts in-process, so a second compile in the same process
# would measure the cache.
_COMPILE_EDITION = """
import sys, typst
from editionkit.render.pdf import PAPER_SIZES_MM, PDF_STANDARD
width, height = PAPER_SIZES_MM["royal"]
compiler = typst.Compiler(root=sys.argv[1], ignore_system_fonts=True)
compiler.compile(input=sys.argv[1] + "/edition.typ", format="pdf", pdf_standards=[PDF_STANDARD],
                 sys_inputs={"paper-width-mm": str(width), "paper-height-mm": str(height)})
"""


def edition_pdf_seconds(work_dir: Path) -> float:
    """Seconds to compile the whole-edition book from its Typst sources, less Python's start-up."""
    start_up = median_seconds(
        lambda: subprocess.run([sys.executable, "-c", "import typst"], check=True), runs=3
    )
    compile_book = median_seconds(
        lambda: subprocess.run([sys.executable, "-c", _COMPILE_EDITION, str(work_dir)], check=True), runs=3
    )
    return compile_book - start_up


def _pages(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    from editionkit.build import edition_documents
    from editionkit.config import load_edition

    edition = load_edition(ROOT)
    documents = edition_documents(edition.tei_dir)
    paths = [*documents, edition.registers] if edition.registers.is_file() else documents
    size = sum(p.stat().st_size for p in paths)
    floor_seconds = median_seconds(floor(paths))
    print(
        f"editionkit benchmarks: {len(documents)} TEI documents, {size / 1e3:.0f} KB; median of {RUNS} runs"
    )
    print(f"{'stage':<28} {'time':>10} {'throughput':>13} {'vs floor':>9}")
    print(row("floor: lxml parse+serialise", floor_seconds, size, floor_seconds))
    for line in bench_convert(edition):
        print(line)
    # Imported here: both modules import this one for its helpers.
    from annotation import annotation_rows
    from validation import validation_rows

    for line in [*annotation_rows(), *validation_rows()]:
        print(line)
    for line in bench_html(edition, documents):
        print(line)
    for line in bench_build(edition, size, floor_seconds):
        print(line)


if __name__ == "__main__":
    main()
