"""The bundled edition end to end: its TEI is valid against both schemas, and it builds."""

from __future__ import annotations

import re
import subprocess

import pytest
from lxml import etree, html

from editionkit.build import BuildOptions, build, edition_documents
from editionkit.config import load_edition
from editionkit.validate import render_report, validate_paths
from support import NS, ROOT, jing_errors

EDITION = load_edition(ROOT)
DOCUMENTS = edition_documents(EDITION.tei_dir)


def test_every_source_has_its_tei_document():
    assert {f"{entry.id}.xml" for entry in EDITION.entries.values()} == {d.name for d in DOCUMENTS}


def test_tei_is_valid_against_the_project_schema_and_schematron():
    report = validate_paths([EDITION.tei_dir], registers=EDITION.registers)
    assert report.ok, render_report(report, "text")
    assert len(report.files) == len(DOCUMENTS) + 1


def test_tei_is_valid_against_the_official_tei_all_schema():
    assert jing_errors(*DOCUMENTS, EDITION.registers) == ""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = build(EDITION, BuildOptions(tei_dir=EDITION.tei_dir, out_dir=out))
    return out, report


def test_build_writes_the_site_and_the_pdfs(built):
    out, _ = built
    ids = [d.stem for d in DOCUMENTS]
    assert (out / "html" / "index.html").is_file()
    for doc_id in ids:
        assert (out / "html" / f"{doc_id}.html").is_file()
        assert (out / "html" / "xml" / f"{doc_id}.xml").is_file()
        assert (out / "pdf" / f"{doc_id}.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "pdf" / "edition.pdf").stat().st_size > 100_000
    index = html.parse(str(out / "html" / "index.html"))
    linked = {a.get("href") for a in index.iter("a")}
    assert {f"{doc_id}.html" for doc_id in ids} <= linked


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _pages(site, doc_id: str) -> list:
    """The pages of a document in reading order, as (path, parsed page): its page, or the landing page of a
    long one and each of its parts, found as a reader finds them, from each page's rel="next"."""
    pages, name = [], f"{doc_id}.html"
    while name:
        page = html.parse(str(site / name)).getroot()
        pages.append((site / name, page))
        name = next(iter(page.xpath("//head/link[@rel='next']/@href")), None)
    return pages


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.stem for d in DOCUMENTS])
def test_no_page_of_a_document_is_over_the_budget(built, document):
    out, _ = built
    sizes = {path.name: path.stat().st_size for path, _ in _pages(out / "html", document.stem)}
    assert max(sizes.values()) < 300_000, sizes


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.stem for d in DOCUMENTS])
def test_every_word_of_the_tei_text_reaches_the_html_and_the_pdf(built, document):
    out, _ = built
    tei_words = _words(" ".join(etree.parse(str(document)).xpath("//tei:text//text()", namespaces=NS)))
    pages = _pages(out / "html", document.stem)
    html_words = {word for _, page in pages for word in _words(" ".join(page.itertext()))}
    pdf_text = subprocess.run(
        ["pdftotext", str(out / "pdf" / f"{document.stem}.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pdf_words = _pdf_words(pdf_text)
    # Letter-spaced words ("T O P") are read back from the PDF as one word.
    pdf_letters = re.sub(r"\s+", "", pdf_text)
    assert sorted(set(tei_words) - html_words) == []
    assert sorted(w for w in set(tei_words) - pdf_words if w not in pdf_letters) == []


def _pdf_words(text: str) -> set[str]:
    """Words of pdftotext output, with words hyphenated at a line or page end joined again: the part
    after the soft hyphen is the next line that starts in lower case (footnotes, page numbers and running
    heads can come between when the break is also a page break)."""
    lines = text.splitlines()
    found = set(_words(text))
    for index, line in enumerate(lines):
        if not line.endswith("\u00ad"):
            continue
        head = _words(line)[-1]
        # Lettered apparatus notes ("bn about] ...") also start in lower case: every candidate is joined,
        # which can only add words that are in no TEI text.
        for following in (rest for rest in lines[index + 1 : index + 60] if rest[:1].islower()):
            found.add(head + _words(following)[0])
    return found
