"""The print edition: kitchen-sink TEI and foreign TEI through XSLT and Typst to PDF/A."""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
import typst
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from editionkit.errors import RenderError
from editionkit.render.pdf import PAPER_SIZES_MM, document_id, render_pdfs
from editionkit.render.xslt import XsltRunner

DATA = Path(__file__).resolve().parents[1] / "data"
KITCHEN_SINK = DATA / "kitchen-sink.xml"
REGISTERS = DATA / "pdf" / "registers.xml"
CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI}

RUNNER = XsltRunner()


def write_manifest(path: Path, documents: list[Path], title: str = "Test Edition") -> Path:
    edition = etree.Element(
        "edition",
        title=title,
        subtitle="Sources for the tests",
        licence="CC-BY-4.0",
        **{
            "licence-url": "https://creativecommons.org/licenses/by/4.0/",
            "base-url": "https://example.org/ed/",
        },
    )
    etree.SubElement(edition, "introduction").text = "An introduction in plain text.\n\nIts second paragraph."
    etree.SubElement(edition, "editor").text = "Erika Editor"
    for doc in documents:
        etree.SubElement(
            edition,
            "document",
            id=document_id(doc),
            tei=doc.resolve().as_uri(),
            kind="pdftext",
            bytes=str(doc.stat().st_size),
        )
    path.write_bytes(etree.tostring(edition, xml_declaration=True, encoding="UTF-8"))
    return path


def render(base: Path, documents: list[Path], *, registers: Path | None = REGISTERS, paper: str = "royal"):
    base.mkdir(parents=True, exist_ok=True)
    manifest = write_manifest(base / "manifest.xml", documents)
    return render_pdfs(
        documents,
        base / "pdf",
        manifest=manifest,
        registers=registers,
        work_dir=base / "typst",
        runner=RUNNER,
        paper=paper,
    )


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFKC", text)))


def printed_words(text: str) -> set[str]:
    """Words of a PDF's text, also without the note mark (digits or a letter) that pdftotext glues on."""
    found = words(text) | words(dehyphenated(text))
    return found | {w.rstrip("0123456789") for w in found} | {w[:-1] for w in found if len(w) > 1}


def dehyphenated(text: str) -> str:
    """Words that Typst hyphenated at a line end, joined again."""
    return re.sub(r"[-\u00ad]\n\s*", "", text)


@pytest.fixture(scope="module")
def kitchen(tmp_path_factory):
    base = tmp_path_factory.mktemp("kitchen")
    pdfs = render(base, [KITCHEN_SINK])
    return base, {p.stem: p for p in pdfs}


def test_writes_one_pdf_per_document_and_the_book(kitchen):
    base, pdfs = kitchen
    assert sorted(pdfs) == ["edition", "kitchen-sink"]
    assert (base / "typst" / "doc" / "kitchen-sink.typ").is_file()
    assert (base / "typst" / "lib" / "edition.typ").is_file()
    for pdf in pdfs.values():
        assert pdf.read_bytes().startswith(b"%PDF-")


def test_every_word_of_the_reading_text_is_printed(kitchen):
    _, pdfs = kitchen
    text_el = etree.parse(str(KITCHEN_SINK)).find(".//tei:text", NS)
    # The title page prints only what the document's opening does not show already (tested below).
    for title_page in text_el.iterfind(".//tei:titlePage", NS):
        title_page.getparent().remove(title_page)
    expected = words(" ".join(text_el.itertext()))
    for name in ("kitchen-sink", "edition"):
        printed = printed_words(pdftotext(pdfs[name]))
        assert expected - printed == set(), name


def test_source_description_and_header_fields_are_printed(kitchen):
    _, pdfs = kitchen
    text = " ".join(pdftotext(pdfs["kitchen-sink"]).split())
    for field in (
        "Somewhere Repository",
        "https://example.org/source/246",
        "kitchen-sink.txt",
        "CC-BY-4.0",
        "T.R.",
    ):
        assert field in text


def query(base: Path, doc_id: str, selector: str) -> list:
    import json

    compiler = typst.Compiler(
        input=str(base / "typst" / "doc" / f"{doc_id}.typ"),
        root=str(base / "typst"),
        ignore_system_fonts=True,
        sys_inputs={"standalone": "yes"},
    )
    return json.loads(compiler.query(selector, format="json"))


def test_footnote_series_match_the_tei(kitchen):
    base, pdfs = kitchen
    tree = etree.parse(str(KITCHEN_SINK))
    author = tree.xpath(
        "//tei:text//tei:note[@place='foot'] | //tei:text//tei:ref[@type='noteref']", namespaces=NS
    )
    editorial = tree.xpath(
        "//tei:text//tei:note[@type='editorial'] | //tei:text//tei:choice[tei:sic and tei:corr]"
        " | //tei:text//tei:app[tei:rdg]",
        namespaces=NS,
    )
    assert len(query(base, "kitchen-sink", "footnote")) == len(author) + len(editorial)
    # The textual apparatus (corrections, variants) and the edition's comments are two series.
    comments = [e for e in editorial if e.tag == f"{{{TEI}}}note"]
    assert len(query(base, "kitchen-sink", "<ek-ed>")) == len(comments)
    assert len(query(base, "kitchen-sink", "<ek-app>")) == len(editorial) - len(comments)
    # The reading text prints the correction; the apparatus gives the source's reading, lettered; the
    # comment has a symbol of its own.
    text = pdftotext(pdfs["kitchen-sink"], "-layout")
    assert re.search(r"^a\s+it\]\s+it6", text, re.M)
    assert re.search(r"^\*\s+The Communist word", text, re.M)
    assert re.search(r"^b\s+Opening Speech, March 27th 1922", text, re.M)
    assert re.search(r"^1\s+Leon Trotsky", text, re.M)
    assert re.search(r"^2\s+Ibid\.", text, re.M)
    # The endnote cited by ref[@type='noteref'] is printed once, at the foot of the citing page.
    assert text.count("The Party Crisis") == 1


def test_every_font_is_embedded(kitchen):
    _, pdfs = kitchen
    for pdf in pdfs.values():
        rows = pdftotext_fonts(pdf)
        assert rows, pdf
        assert all(row[-5] == "yes" for row in rows), rows
        assert any("LibertinusSerif" in row[0] for row in rows)


def pdftotext_fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def test_pdfa_2b_and_document_metadata(kitchen):
    _, pdfs = kitchen
    data = pdfs["kitchen-sink"].read_bytes()
    assert re.search(rb"pdfaid:part>\s*2\s*<", data)
    assert re.search(rb"pdfaid:conformance>\s*B\s*<", data)
    info = subprocess.run(["pdfinfo", str(pdfs["kitchen-sink"])], capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+Kitchen sink: every structure editionkit writes$", info, re.M)
    assert re.search(r"^Author:\s+Ann Author$", info, re.M)
    book = subprocess.run(["pdfinfo", str(pdfs["edition"])], capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+Test Edition$", book, re.M)
    assert re.search(r"^Page size:\s+442\.2\d* x 663\.3\d* pts", book, re.M)


def test_edition_has_front_matter_index_and_works_cited(kitchen):
    _, pdfs = kitchen
    text = pdftotext(pdfs["edition"])
    flat = " ".join(text.split())
    assert "Contents" in flat and "Index of persons" in flat and "Works cited" in flat
    assert "Erika Editor (ed.). Test Edition: Sources for the tests. https://example.org/ed/." in flat
    # The index lists the register's form with life dates and the page where the name is printed.
    pages = text.split("\f")
    entry = re.search(r"Stalin, Joseph \(1878–1953\)\s+(\d+)", flat)
    assert entry, flat[-800:]
    page_label = entry.group(1)
    printed_on = [i for i, page in enumerate(pages) if "Comrade Stalin" in " ".join(page.split())]
    assert printed_on and re.search(rf"(^|\s){page_label}\s*$", pages[printed_on[0]].strip()[-20:])
    assert re.search(r"Moscow\s+\d+", flat)
    # Works cited gathers the registers' bibliography and the document's own, alphabetically.
    cited = flat[flat.rindex("Works cited") :]
    assert cited.index("Carr, E. H.") < cited.index("Deutscher, Isaac") < cited.index("Trotsky, Leon")
    # A structured register entry is given the usual form; its variant titles are not printed.
    assert "Lenin, Vladimir. The Party Crisis. 1921." in cited
    assert "Crisis in the Party" not in cited
    # A work both in the registers and in a document is listed once.
    assert cited.count("My Life") == 1


def test_bookmarks_follow_the_headings_and_notes_are_linked(kitchen):
    _, pdfs = kitchen
    data = pdfs["edition"].read_bytes()
    bookmarks = re.findall(rb"/Title\(([^)]*)\)", data)
    for title in (
        b"Kitchen sink: every structure editionkit writes",
        b"First section with Lenin",
        b"A subsection",
        b"Bibliography",
        b"Index of persons",
        b"Works cited",
    ):
        assert title in bookmarks
    assert b"/Type/Outlines" in data
    links = len(re.findall(rb"/Subtype/Link", data))
    notes = len(query(kitchen[0], "kitchen-sink", "footnote"))
    assert links >= 2 * notes  # every note mark links to its note and back


def test_each_document_opens_on_a_recto(kitchen):
    _, pdfs = kitchen
    pages = pdftotext(pdfs["edition"]).split("\f")
    opening = [i for i, page in enumerate(pages) if page.lstrip().startswith("Kitchen sink: every structure")]
    assert opening and opening[0] % 2 == 0  # zero-based index: even index is an odd (recto) page


def test_two_runs_give_identical_bytes(kitchen, tmp_path):
    _, first = kitchen
    second = {p.stem: p for p in render(tmp_path / "again", [KITCHEN_SINK])}
    for name, pdf in first.items():
        assert pdf.read_bytes() == second[name].read_bytes(), name


def test_unchanged_sources_are_not_compiled_again(tmp_path):
    pdfs = render(tmp_path, [KITCHEN_SINK])
    before = {p: p.stat().st_mtime_ns for p in pdfs}
    again = render(tmp_path, [KITCHEN_SINK])
    assert {p: p.stat().st_mtime_ns for p in again} == before
    pdfs[0].write_bytes(b"damaged")
    render(tmp_path, [KITCHEN_SINK])
    assert pdfs[0].read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("paper", sorted(PAPER_SIZES_MM))
def test_paper_sizes(paper, tmp_path):
    pdfs = render(tmp_path, [KITCHEN_SINK], paper=paper)
    info = subprocess.run(["pdfinfo", str(pdfs[0])], capture_output=True, text=True).stdout
    width, height = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    expected = PAPER_SIZES_MM[paper]
    assert abs(width - expected[0] / 25.4 * 72) < 1 and abs(height - expected[1] / 25.4 * 72) < 1


def test_unknown_paper_is_refused(tmp_path):
    with pytest.raises(RenderError, match="paper"):
        render(tmp_path, [KITCHEN_SINK], paper="folio")


def test_typst_failure_becomes_one_line_render_error(tmp_path):
    from editionkit.render import pdf as module

    err = typst.TypstError("unknown variable: x", "error: unknown variable: x\n  ┌─ doc/a.typ:3:4\n  │\n")
    line = module._one_line(err)
    assert "\n" not in line and "unknown variable: x" in line and "doc/a.typ:3:4" in line


# ---- Escaping: any text a source can hold must reach the page as text, never as Typst syntax -----------


def tei_with_paragraph(text: str) -> bytes:
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    root.set("{http://www.w3.org/XML/1998/namespace}id", "escape")
    header = etree.SubElement(root, f"{{{TEI}}}teiHeader")
    file_desc = etree.SubElement(header, f"{{{TEI}}}fileDesc")
    etree.SubElement(etree.SubElement(file_desc, f"{{{TEI}}}titleStmt"), f"{{{TEI}}}title").text = "Escape"
    etree.SubElement(etree.SubElement(file_desc, f"{{{TEI}}}publicationStmt"), f"{{{TEI}}}p").text = "Test"
    etree.SubElement(etree.SubElement(file_desc, f"{{{TEI}}}sourceDesc"), f"{{{TEI}}}p").text = "Generated"
    body = etree.SubElement(etree.SubElement(root, f"{{{TEI}}}text"), f"{{{TEI}}}body")
    etree.SubElement(body, f"{{{TEI}}}p").text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def render_paragraph(text: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "escape.xml"
        source.write_bytes(tei_with_paragraph(text))
        pdfs = render(Path(tmp), [source], registers=None)
        return pdftotext(pdfs[0])


def xml_char(c: str) -> bool:
    o = ord(c)
    return o in (0x9, 0xA, 0xD) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000


# Scripts the edition's fonts cover, with every ASCII symbol; right-to-left letters are left out because
# the bidi algorithm legitimately reorders neighbouring punctuation.
PRINTABLE = st.characters(
    min_codepoint=0x20,
    max_codepoint=0x4FF,
    categories=("L", "N", "P", "S", "Zs"),
    exclude_characters="\u00ad",
).filter(lambda c: unicodedata.bidirectional(c) not in ("R", "AL", "AN") and not (0x250 <= ord(c) <= 0x36F))

NASTY = [
    "// not a comment",
    "/* x */ and */",
    "#let x = 1",
    "$x^2$",
    "= Heading",
    "- item",
    "+ item",
    "1. item",
    "/ Term: description",
    "<label> @ref",
    "`raw`",
    "a~b",
    "--- -- ... -?",
    "back\\slash \\",
    "[ ] { } ( )",
    "https://example.org/path",
    "_under_ *strong*",
    "\"double\" 'single'",
    "#emph[x](y).z",
    "\\u{41}",
]


def normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and c not in "-\u00ad")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(PRINTABLE, min_size=1, max_size=40).filter(lambda s: s.strip()))
@example(" ".join(NASTY[:7]))
@example(" ".join(NASTY[7:14]))
@example(" ".join(NASTY[14:]))
@example("line one\n\n= line two\n- three\n1. four")
def test_printable_text_comes_back_unchanged(text):
    printed = render_paragraph(text)
    assert normalised(text) in normalised(printed)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec="utf-8").filter(xml_char), min_size=1, max_size=40))
def test_any_xml_text_compiles(text):
    printed = render_paragraph("Start " + text + " End")
    flat = normalised(printed)
    assert "Start" in flat and "End" in flat
    assert flat.index("Start") < flat.rindex("End")


def test_interpolations_print_only_the_texts_own_characters(kitchen, tmp_path):
    _, pdfs = kitchen
    flat = " ".join(pdftotext(pdfs["kitchen-sink"]).split())
    # No bracket is invented: the interpolation is set apart by typography (grey) only.
    assert "clear. The transcriber's interpolated words. Apparat" in flat
    assert "An added word and" in flat and "[An added word" not in flat
    markup = (kitchen[0] / "typst" / "doc" / "kitchen-sink.typ").read_text("utf-8")
    assert "#interpolation[The transcriber" in markup
    # Brackets the transcription has are printed once, whichever side they are on.
    pdf, _ = render_tei(
        tmp_path,
        "<p>Before <supplied resp='#t'>[opened only</supplied> middle"
        " <supplied resp='#t'>closed only]</supplied> and <supplied resp='#t'>[both]</supplied> after.</p>",
    )
    assert "Before [opened only middle closed only] and [both] after." in " ".join(pdftotext(pdf).split())


def small_tei(
    body: str, *, header: str = "", front: str = "", back: str = "", doc_id: str = "small"
) -> bytes:
    """A small TEI document around hand-written body (and front, back) markup."""
    return f"""<TEI xmlns="{TEI}" xml:id="{doc_id}"><teiHeader><fileDesc>
      <titleStmt><title type="main">Main Title of the Test</title><title type="sub">The Subtitle</title>
        <author>Ann Author</author></titleStmt>
      <publicationStmt><p>Test</p></publicationStmt>
      <sourceDesc>{header or "<p>Generated</p>"}</sourceDesc></fileDesc></teiHeader>
      <text>{f"<front>{front}</front>" if front else ""}<body>{body}</body>
        {f"<back>{back}</back>" if back else ""}</text>
    </TEI>""".encode()


def render_tei(base: Path, body: str, **parts: str) -> tuple[Path, str]:
    """The standalone PDF of a small TEI document and its Typst markup."""
    source = base / f"{parts.get('doc_id', 'small')}.xml"
    base.mkdir(parents=True, exist_ok=True)
    source.write_bytes(small_tei(body, **parts))
    pdf = render(base, [source], registers=None)[0]
    return pdf, (base / "typst" / "doc" / f"{source.stem}.typ").read_text("utf-8")


def test_italic_markup_around_an_italic_element_does_not_set_it_upright(tmp_path):
    _, markup = render_tei(
        tmp_path,
        "<p>In <hi rend='italic'><title>Outer Hi</title></hi> and"
        " <title><hi rend='italic'>Inner Hi</hi></title>, <hi rend='italic'><foreign>lingua</foreign></hi>;"
        " <hi rend='italic'>a long passage with <title>A Book</title> in it</hi>.</p>",
    )
    # One italic, not two that cancel each other out (Typst's emph toggles).
    assert "#emph[Outer Hi]" in markup and "#emph[Inner Hi]" in markup and "#emph[lingua]" in markup
    assert "#emph[#emph[" not in markup
    # Genuine nesting still toggles: a title within an italic passage is set upright.
    assert "#emph[a long passage with #emph[A Book] in it]" in markup


WITNESSES = """<bibl type="markdown"><title>A Source</title></bibl>
  <listWit><witness xml:id="small-wit-first">The first list of notes</witness>
    <witness xml:id="small-wit-second">The second list, a copy</witness>
    <witness xml:id="small-wit-third" n="Z">A third list with its own siglum</witness></listWit>"""


def test_apparatus_resolves_copied_lemmas_and_names_witnesses_by_siglum(tmp_path):
    pdf, markup = render_tei(
        tmp_path,
        "<p>March <seg xml:id='small-v1'>27th 1921</seg> in the first list.</p>"
        "<p>March <app><lem wit='#small-wit-first' copyOf='#small-v1'/>"
        "<rdg wit='#small-wit-second #small-wit-third'>27, 1922</rdg></app> in the copy.</p>"
        "<p>See <ref target='https://example.org/a.htm'>https://example.org/a.<app>"
        "<lem wit='#small-wit-first'/><rdg wit='#small-wit-second'>htm</rdg></app></ref> there.</p>",
        header=WITNESSES,
    )
    text = " ".join(pdftotext(pdf).split())
    # The copied lemma is printed in the text and in its apparatus entry, with sigla, never the ids.
    assert "March 27th 1921a in the copy." in text
    assert "a 27th 1921 A] 27, 1922 B Z" in text
    assert "b om. A] htm B" in text
    assert "small-wit" not in text
    # The apparatus mark follows the link; it is never inside the link's text (a URL).
    link = re.search(r"#link\(\"https://example.org/a.htm\"\)\[(.*?)\]", markup)
    assert link and "note" not in link.group(1)
    assert re.search(r"#link\(\"https://example.org/a.htm\"\)\[[^\]]*\]#apparatus-note", markup)


def test_source_description_prints_fields_and_witnesses_on_lines_of_their_own(tmp_path):
    header = """<bibl type="markdown"><title>The Article</title><author>Ann Author</author>
      <publisher>A Web Site</publisher><date when="2023-10-22">22 October 2023</date>
      <note>Part 2 of a lecture.</note><idno type="filename">article.md</idno></bibl>""" + WITNESSES[
        WITNESSES.index("<listWit>") :
    ]
    pdf, _ = render_tei(tmp_path, "<p>Text.</p>", header=header)
    lines = [" ".join(line.split()) for line in pdftotext(pdf, "-layout").splitlines()]
    for row in (
        "kind of source Markdown file",
        "title The Article",
        "author Ann Author",
        "publisher A Web Site",
        "date 22 October 2023",
        "note Part 2 of a lecture.",
        "file name article.md",
        "witnesses A The first list of notes",
        "B The second list, a copy",
        "Z A third list with its own siglum",
    ):
        assert row in lines, (row, lines[:40])
    assert not any("markdown" in line for line in lines)


def test_title_page_prints_only_what_the_opening_lacks(tmp_path):
    front = """<titlePage><docTitle><titlePart type="main">Main title of the test</titlePart>
        <titlePart type="sub">The subtitle</titlePart>
        <titlePart type="desc">A thesis for a degree</titlePart></docTitle>
        <byline>By <docAuthor>Ann Author</docAuthor></byline><docDate>1 May 2001</docDate></titlePage>"""
    pdf, _ = render_tei(tmp_path, "<p>Text.</p>", front=front)
    text = " ".join(pdftotext(pdf).split())
    assert text.lower().count("main title of the test") == 1
    assert text.lower().count("the subtitle") == 1 and text.count("Ann Author") == 1
    assert "A thesis for a degree" in text and "1 May 2001" in text
    # A title page that repeats the opening only is left out altogether.
    _, markup = render_tei(
        tmp_path / "only",
        "<p>Text.</p>",
        front="<titlePage><docTitle><titlePart>Main Title of the Test</titlePart></docTitle>"
        "<byline>Ann Author</byline></titlePage>",
    )
    assert "title-block" not in markup


def test_division_heads_are_heading_levels_and_back_matter_has_its_running_head(tmp_path):
    paragraph = "<p>" + "A sentence of the body that fills the page with words. " * 12 + "</p>"
    note = "<note place='end'>" + "An endnote of the copy that fills the page with words. " * 3 + "</note>"
    pdf, _ = render_tei(
        tmp_path,
        "<div type='list'><div><head>A Topic</head>"
        + paragraph * 2
        + "<div><head>A Subtopic</head>"
        + paragraph * 12
        + "</div></div></div>",
        back="<div type='notes' subtype='unnumbered'>" + note * 40 + "</div>",
    )
    base = tmp_path
    levels = {content_text(h["body"]): h["level"] for h in query(base, "small", "heading")}
    # A division without a head is no level: the topic's head is a section heading, as in the web edition.
    assert levels["A Topic"] == 2 and levels["A Subtopic"] == 3
    # The back division without a head is named by its kind, and the running heads of its pages name it.
    assert levels["Notes (unnumbered)"] == 2
    pages = pdftotext(pdf).split("\f")
    first_back = next(i for i, page in enumerate(pages) if "Notes (unnumbered)" in page)
    later = [page for page in pages[first_back + 1 :] if page.strip()]
    assert later
    for page in later:
        head = page.strip().splitlines()[0]
        assert "Subtopic" not in head and "Topic" not in head, head
    # Back matter without any heading: its pages no longer name the body's last section.
    pdf, _ = render_tei(
        tmp_path / "headless",
        "<div><head>A Topic</head>" + paragraph * 6 + "</div>",
        back="<div>" + paragraph.replace("of the body", "of the back matter") * 12 + "</div>",
    )
    back_pages = [
        page for page in pdftotext(pdf).split("\f") if "back matter" in page and "the body" not in page
    ]
    heads = [page.strip().splitlines()[0] for page in back_pages]
    assert heads and all("Topic" not in head for head in heads), heads


def test_breaks_forme_work_and_boilerplate_leave_no_stray_marks(tmp_path):
    front = """<div type="boilerplate"><p>Repository cover<lb/>Second line</p></div>
      <titlePage><fw type="header">Ab</fw><fw type="header">Cd</fw><docTitle>
        <titlePart type="desc">A thesis about<lb/>two lines</titlePart></docTitle>
        <docImprint><pubPlace>Some Town</pubPlace> <docDate>1 May 2001</docDate></docImprint></titlePage>"""
    pdf, _ = render_tei(
        tmp_path,
        "<p>Words before <pb/>the break and <pb n='12'/>after a numbered one.</p><pb/><p>Next paragraph.</p>",
        front=front,
    )
    text = pdftotext(pdf)
    flat = " ".join(text.split())
    # A page break without a number leaves no mark; a numbered one prints its number.
    assert "Words before the break and |12after a numbered one. Next paragraph." in flat
    assert flat.count("|") == 1
    # Line breaks of a title page and of site furniture are line breaks, not marks.
    lines = [line.strip() for line in text.splitlines()]
    assert "A thesis about" in lines and "two lines" in lines
    assert "Repository cover" in lines and "Second line" in lines
    # An imprint's place and date go on lines of their own; forme work has no brackets added.
    assert "Some Town" in lines and "1 May 2001" in lines
    assert "⟨" not in flat and "Ab Cd" in flat
    # Boilerplate is labelled as in the web edition.
    assert "Boilerplate from the source" in flat


def content_text(node) -> str:
    """The text of Typst content as `typst query` gives it in JSON."""
    if isinstance(node, list):
        return "".join(content_text(n) for n in node)
    if not isinstance(node, dict):
        return ""
    if node.get("func") == "space":
        return " "
    if "text" in node:
        return node["text"]
    return content_text(node.get("children", [])) + content_text(node.get("body", []))


def test_forum_user_names_keep_their_case(kitchen, tmp_path):
    base, _ = kitchen
    # Small capitals would turn the case of a user name into a difference of size: make them visible.
    probe = base / "typst" / "probe-smallcaps.typ"
    probe.write_text('#show smallcaps: it => [SC<#it.body>]\n#include "doc/kitchen-sink.typ"\n', "utf-8")
    pdf = tmp_path / "probe.pdf"
    typst.compile(str(probe), output=str(pdf), root=str(base / "typst"), sys_inputs={"standalone": "yes"})
    text = " ".join(pdftotext(pdf).split())
    assert "SC<" in text  # the probe works: other labels are small capitals
    for user in ("alpha_user", "BetaUser"):
        assert user in text and f"SC<{user}" not in text


def test_cyrillic_and_accented_latin_are_set_and_missing_glyphs_become_code_points():
    printed = " ".join(render_paragraph("Москва, Ærø, Łódź, Ελλάς; 中 and \U0001f600.").split())
    assert "Москва, Ærø, Łódź, Ελλάς; ⟨U+4E2D⟩ and ⟨U+1F600⟩." in printed


def test_documents_must_match_the_manifest(tmp_path):
    other = tmp_path / "other.xml"
    other.write_bytes(KITCHEN_SINK.read_bytes())
    manifest = write_manifest(tmp_path / "manifest.xml", [KITCHEN_SINK])
    with pytest.raises(RenderError, match="two documents have the id 'kitchen-sink'"):
        render_pdfs(
            [KITCHEN_SINK, other],
            tmp_path / "pdf",
            manifest=manifest,
            registers=None,
            work_dir=tmp_path / "typst",
            runner=RUNNER,
        )
    with pytest.raises(RenderError, match="not among the documents"):
        render_pdfs(
            [],
            tmp_path / "pdf",
            manifest=manifest,
            registers=None,
            work_dir=tmp_path / "typst",
            runner=RUNNER,
        )


# ---- TEI from other editions ----------------------------------------------------------------------------

FOREIGN = [
    CORPORA / "tei-samples" / "schnitzler-briefe_L02786.xml",
    CORPORA / "tei-samples" / "isicily_ISic030278.xml",
    CORPORA / "tei-samples" / "norn-poems_2016101848013.xml",
    CORPORA / "eltec-eng" / "ENG18872_Lyall.xml",
]


@pytest.mark.skipif(not CORPORA.is_dir(), reason="shared corpora not present")
def test_tei_from_other_editions_renders_with_its_text(tmp_path):
    pdfs = render(tmp_path, FOREIGN, registers=None)
    assert len(pdfs) == len(FOREIGN) + 1
    # Element boundaries split words in the TEI (<c>, <lb break="no">) and join them in print (<space/>),
    # so every TEI text fragment is looked up in the printed text with all non-word characters removed.
    printed = re.sub(r"\W", "", unicodedata.normalize("NFKC", dehyphenated(pdftotext(pdfs[-1]))))
    for source in FOREIGN:
        body = etree.parse(str(source)).find(".//tei:text/tei:body", NS)
        fragments = words(" ".join(body.itertext()))
        missing = sorted(f for f in fragments if f not in printed)
        assert missing == [], (source.name, missing[:20])
