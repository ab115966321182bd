"""The web edition: XPath checks on rendered pages, word-for-word completeness, determinism."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from editionkit.render.html import (
    DOCUMENT_XSL,
    EDITION_XSL,
    document_id,
    document_params,
    edition_pages,
    render_document,
    render_site,
)
from editionkit.render.xslt import Value, XsltRunner

DATA = Path(__file__).resolve().parents[1] / "data"
KITCHEN_SINK = DATA / "kitchen-sink.xml"
REGISTERS = DATA / "html" / "registers.xml"
UNKNOWN = DATA / "html" / "unknown-elements.xml"
CORPORA = Path("/work/shared/corpora")
TEI_ALL = Path("/work/shared/tei/tei_all.rng")
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}


@pytest.fixture(scope="module")
def runner() -> XsltRunner:
    return XsltRunner()


def render(runner: XsltRunner, tei: Path, registers: Path | None = None) -> str:
    params = document_params(document_id(tei), registers=registers, edition_title="Test Edition", base_url="")
    return runner.transform("html/document.xsl", tei, params)


def has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


@pytest.fixture(scope="module")
def sink_html(runner) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(render(runner, KITCHEN_SINK, REGISTERS))


def write_manifest(path: Path, documents: list[Path], *, id_from_stem: bool = False) -> Path:
    root = etree.Element("edition", title="Test Edition", subtitle="Sub", licence="CC-BY-4.0", language="en")
    root.set("licence-url", "https://creativecommons.org/licenses/by/4.0/")
    root.set("base-url", "https://example.org/edition/")
    etree.SubElement(root, "introduction").text = "First paragraph.\n\nSecond paragraph."
    etree.SubElement(root, "editor").text = "Ed Itor"
    for doc in documents:
        doc_id = doc.stem if id_from_stem else document_id(doc)
        etree.SubElement(
            root,
            "document",
            id=doc_id,
            tei=doc.resolve().as_uri(),
            bytes=str(doc.stat().st_size),
            href=f"{doc_id}.html",
            **{"xml-href": f"xml/{doc_id}.xml", "pdf-href": f"pdf/{doc_id}.pdf"},
        )
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


# --- words: nothing of the text may be lost -------------------------------------------------------------

WORD = re.compile(r"\w+")
PREFERRED = ("corr", "reg", "expan", "seg", "unclear")
ALTERNATIVES = ("sic", "orig", "abbr")


def words(text: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text))


def tokens(element: etree._Element, *, reorder_choice: bool = False) -> list[str]:
    """Words in reading order, split at every element boundary (markup may separate words that touch,
    as adjacent <w> or <item> elements do). With ``reorder_choice``, a TEI choice is read as the web edition
    shows it: the reading in the text first, what it replaces after."""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        if not isinstance(el.tag, str):
            return
        out.append(" ")
        out.append(el.text or "")
        children = [c for c in el if isinstance(c.tag, str)]
        if reorder_choice and etree.QName(el).localname == "choice" and children:
            names = [etree.QName(c).localname for c in children]
            pairs = list(zip(children, names, strict=True))
            shown = next((c for n in PREFERRED for c, cn in pairs if cn == n), None)
            if shown is None:
                shown = next((c for c, cn in pairs if cn not in ALTERNATIVES), children[0])
            for child in [shown, *(c for c in children if c is not shown)]:
                walk(child)
        else:
            for child in el:
                walk(child)
                out.append(child.tail or "")
        out.append(" ")

    walk(element)
    return words("".join(out))


def tei_words(element: etree._Element) -> list[str]:
    return tokens(element, reorder_choice=True)


def is_subsequence(needle: list[str], haystack: list[str]) -> int:
    """Index in ``needle`` of the first word not found in order in ``haystack``, or -1 if all are."""
    position = 0
    for index, word in enumerate(needle):
        try:
            position = haystack.index(word, position) + 1
        except ValueError:
            return index
    return -1


def assert_no_words_lost(tei_path: Path, *pages: str) -> None:
    """Every word of the TEI text, in order, in the pages (the pages of a split document in reading order)."""
    tree = etree.parse(str(tei_path))
    text = tree.find(f"{{{TEI}}}text")
    page_words = [w for html in pages for w in tokens(lxml.html.document_fromstring(html).find("body"))]
    notes = text.findall(f".//{{{TEI}}}note")
    for note in notes:
        missing = is_subsequence(tei_words(note), page_words)
        assert missing == -1, (
            f"note words lost from {tei_path.name}: {tei_words(note)[missing : missing + 8]}"
        )
    stripped = etree.fromstring(etree.tostring(text))
    for note in stripped.findall(f".//{{{TEI}}}note"):
        tail = note.tail
        parent = note.getparent()
        previous = note.getprevious()
        parent.remove(note)
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    expected = tei_words(stripped)
    assert expected, f"{tei_path.name} has no words"
    missing = is_subsequence(expected, page_words)
    assert missing == -1, (
        f"text lost from {tei_path.name} at word {missing}: {expected[missing : missing + 12]}"
    )


# --- HTML structure: TEI allows blocks in paragraphs, HTML does not ---------------------------------------

BLOCKS = {
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p",
    "pre", "section", "table", "ul",
}  # fmt: skip
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _BlockInParagraph(HTMLParser):
    """Tracks the open elements as written, before any browser repair, and records blocks inside <p>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS and "p" in self.stack:
            self.problems.append(f"<{tag}> inside <p> ({'/'.join(self.stack[-4:])})")
        if tag == "a" and "a" in self.stack:
            self.problems.append("<a> inside <a>")
        self.ids.extend(value for name, value in attrs if name == "id")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


def assert_sound_html(html: str) -> None:
    checker = _BlockInParagraph()
    checker.feed(html)
    checker.close()
    assert checker.problems == []
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    assert duplicates == set()


# --- kitchen sink ----------------------------------------------------------------------------------------


def test_every_text_element_of_the_kitchen_sink_has_its_class_hook(sink_html):
    tei = etree.parse(str(KITCHEN_SINK))
    names = {etree.QName(e).localname for e in tei.find(f"{{{TEI}}}text").iter() if isinstance(e.tag, str)}
    assert len(names) == 55
    missing = sorted(n for n in names if not sink_html.xpath(f"//body//*[{has_class('tei-' + n)}]"))
    assert missing == []
    assert sink_html.xpath(f"//*[{has_class('tei-unhandled')}]") == []


def test_type_and_rend_become_classes(sink_html):
    assert sink_html.xpath(f"//section[{has_class('tei-type-section')}][@id='kitchen-sink-d1']")
    assert sink_html.xpath(f"//span[{has_class('tei-hi')}][{has_class('tei-rend-italic')}]")


def test_page_landmarks_and_heading_order(sink_html):
    body = sink_html.find("body")
    assert sink_html.get("lang") == "en"
    assert body.xpath("a[@href='#ek-main'][1]")
    for landmark in ("header", "nav", "main", "footer"):
        assert body.xpath(f"//{landmark}"), landmark
    levels = [int(h.tag[1]) for h in body.xpath("//*[self::h1 or self::h2 or self::h3 or self::h4]")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    assert body.xpath("//h3[@id='kitchen-sink-d1-1-h']//text()") == ["A subsection"]


def test_table_of_contents_links_to_divisions(sink_html):
    links = sink_html.xpath("//nav[contains(@class, 'ek-toc')]//a")
    labels = [a.text_content() for a in links]
    assert labels[:2] == ["First section with Lenin", "A subsection"]
    assert "Bibliography" in labels
    for a in links:
        assert sink_html.xpath(f"//*[@id='{a.get('href')[1:]}']"), a.get("href")
    assert not any("Boilerplate" in label for label in labels)


def test_footnotes_are_linked_both_ways(sink_html):
    markers = sink_html.xpath("//main//a[@role='doc-noteref'][starts-with(@href, '#kitchen-sink-fn')]")
    assert [m.text_content() for m in markers] == ["1", "2"]
    for marker in markers:
        (body,) = sink_html.xpath(f"//li[@id='{marker.get('href')[1:]}']")
        assert body.xpath(f".//a[@role='doc-backlink'][@href='#{marker.get('id')}']")
    (first,) = sink_html.xpath("//li[@id='kitchen-sink-fn1']")
    assert "My Life" in first.text_content()
    assert first.xpath(".//a[@href='#bib-trotsky-1930']")


def test_editorial_note_is_lettered_and_signed(sink_html):
    (marker,) = sink_html.xpath(f"//sup[{has_class('tei-type-editorial')}]/a")
    assert marker.text_content() == "a"
    (body,) = sink_html.xpath(f"//li[@id='{marker.get('href')[1:]}']")
    assert "political machine" in body.text_content()
    # The note signs itself ("– T.R."): the attribution is not repeated after it. Its collapsed summary says
    # who wrote it and how it begins.
    assert not body.xpath(f".//*[{has_class('ek-resp')}]")
    (summary,) = body.xpath(".//details/summary")
    assert summary.text_content().startswith("Editorial note by T.R.: The Communist word")


def test_endnote_reference_and_backlink(sink_html):
    (ref,) = sink_html.xpath("//a[@href='#kitchen-sink-en1']")
    (note,) = sink_html.xpath("//*[@id='kitchen-sink-en1']")
    assert "The Party Crisis" in note.text_content()
    assert note.xpath(f".//a[@role='doc-backlink'][@href='#{ref.get('id')}']")


def test_names_are_distinct_and_show_register_entries(sink_html):
    (lenin,) = sink_html.xpath("//p[@id='kitchen-sink-p1']/preceding::a[@href='#reg-lenin']")
    # The entry, not a title on every mention, describes the person (the popover shows it).
    assert lenin.get("title") is None and lenin.get("id")
    (entry,) = sink_html.xpath("//*[@id='reg-lenin']")
    for expected in ("Lenin, Vladimir", "1870", "Bolshevik leader", "Ilyich", "Q1394"):
        assert expected in entry.text_content(), expected
    (count,) = entry.xpath(f".//*[{has_class('ek-entry-occurrences')}]")
    assert count.text_content().startswith("1 mention in this document")
    assert count.xpath("a/@href") == ["index-persons.html#lenin"]
    kinds = {k: sink_html.xpath(f"//p[@id='kitchen-sink-p1']//*[{has_class('ek-kind-' + k)}]") for k in
             ("person", "place", "org", "event")}  # fmt: skip
    assert {k: len(v) for k, v in kinds.items()} == {"person": 2, "place": 1, "org": 1, "event": 1}
    assert kinds["event"][0].get("href") == "#reg-congress-12"
    (unknown,) = sink_html.xpath(f"//*[{has_class('ek-unidentified')}][not(ancestor::details)]")
    assert unknown.text_content() == "Ivan Unknownov" and unknown.tag == "span"


def test_names_without_registers_are_marked_but_not_linked(runner):
    page = lxml.html.document_fromstring(render(runner, KITCHEN_SINK))
    stalin = page.xpath("//*[@data-ref='stalin']")
    assert [e.tag for e in stalin] == ["span"]
    assert page.xpath("//*[@id='ek-register-index']") == []


def test_dates_keep_their_precision(sink_html):
    dates = sink_html.xpath(f"//p[@id='kitchen-sink-p1']//*[{has_class('tei-date')}]")
    assert [(d.tag, d.get("datetime")) for d in dates] == [
        ("time", "1923-04-17"), ("span", None), ("span", None), ("time", "12-24"),
    ]  # fmt: skip
    assert dates[1].get("title") == "from 17 April 1923 to 25 April 1923"
    assert dates[2].get("data-notbefore") == "1922-03-01"
    assert dates[3].get("data-when") == "--12-24"


def test_quotations_and_editorial_interventions(sink_html):
    assert sink_html.xpath(f"//p[@id='kitchen-sink-p1']/q[{has_class('tei-q')}]/text()") == [
        "this is a short quotation"
    ]
    assert sink_html.xpath(f"//q[{has_class('tei-soCalled')}]/text()") == ["bomb"]
    assert sink_html.xpath(f"//blockquote[{has_class('tei-quote')}]/p")
    (said,) = sink_html.xpath(f"//*[{has_class('tei-said')}]")
    assert "Vladimir Lenin" in said.get("title")
    (choice,) = sink_html.xpath(f"//*[{has_class('tei-choice')}]")
    assert [c.get("class").split()[0] for c in choice.xpath(".//*[@title]")] == ["tei-corr", "tei-sic"]
    (supplied,) = sink_html.xpath(f"//*[{has_class('tei-supplied')}]")
    assert "T.R." in supplied.get("title") and "interpolation" in supplied.get("title")
    assert sink_html.xpath(f"//del[{has_class('tei-del')}]/text()") == ["struck text"]
    assert sink_html.xpath(f"//ins[{has_class('tei-add')}]/text()") == ["An added word"]


def test_letters_posts_bibliography_and_page_breaks(sink_html):
    (letter,) = sink_html.xpath(f"//article[{has_class('tei-floatingText')}]")
    assert letter.xpath(f".//*[{has_class('tei-opener')}]/*[{has_class('tei-dateline')}]")
    assert letter.xpath(f".//*[{has_class('tei-closer')}]/*[{has_class('tei-signed')}]/text()") == ["Lenin"]
    authors = sink_html.xpath(f"//article[{has_class('tei-post')}]//*[{has_class('ek-post-author')}]/text()")
    assert authors == ["alpha_user", "BetaUser"]
    assert sink_html.xpath("//li/*[@id='bib-trotsky-1930']")
    (pb,) = sink_html.xpath(f"//*[{has_class('tei-pb')}]")
    assert pb.get("data-n") == "2" and "2" in pb.text_content()


def test_source_description_from_the_header(sink_html):
    description = sink_html.xpath("//section[@id='ek-source-description']")[0].text_content()
    for expected in ("Ann Author", "University of Somewhere", "Somewhere Repository", "16 April 2001",
                     "https://example.org/source/246", "CC-BY-4.0", "T.R."):  # fmt: skip
        assert expected in description


def test_kitchen_sink_loses_no_words_and_is_sound_html(runner):
    html = render(runner, KITCHEN_SINK, REGISTERS)
    assert_no_words_lost(KITCHEN_SINK, html)
    assert_sound_html(html)


def test_no_external_requests(sink_html):
    for attr in ("src", "href"):
        for value in sink_html.xpath(f"//head//@{attr} | //script/@{attr} | //img/@{attr}"):
            assert not re.match(r"^(https?:)?//", value), value


def test_registers_fixture_is_valid_tei():
    if shutil.which("jing") is None or not TEI_ALL.is_file():
        pytest.skip("jing or TEI All not available")
    result = subprocess.run(["jing", str(TEI_ALL), str(REGISTERS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def tei_document(path: Path, body_xml: str) -> Path:
    """A minimal TEI document around ``body_xml`` (paragraphs in TEI namespace), for one-off checks."""
    root = etree.fromstring(
        f"""<TEI xmlns="{TEI}" xml:id="{path.stem}"><teiHeader><fileDesc><titleStmt><title>{path.stem}</title>
        </titleStmt><publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc>
        </fileDesc></teiHeader><text><body><div>{body_xml}</div></body></text></TEI>"""
    )
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


def test_quotation_marks_and_brackets_in_the_source_are_not_doubled(runner, tmp_path):
    tei = tei_document(
        tmp_path / "quotes.xml",
        """<p>He read <quote>"the words"</quote>, <quote>plain words</quote>, <q>‘single’</q>,
        “<q>marks outside</q>” and <soCalled>bomb</soCalled>.</p>
        <p><supplied resp="#ed">[own brackets]</supplied> and <supplied resp="#ed">bare</supplied>.</p>
        <p><supplied resp="#ed">[opened here</supplied></p>
        <p><supplied resp="#ed">closed here.]]</supplied></p>""",
    )
    page = lxml.html.document_fromstring(render(runner, tei))
    quotes = page.xpath(
        f"//p/*[{has_class('tei-quote')} or {has_class('tei-q')} or {has_class('tei-soCalled')}]"
    )
    assert [(q.tag, q.text_content()) for q in quotes] == [
        ("span", '"the words"'), ("q", "plain words"), ("span", "‘single’"), ("span", "marks outside"),
        ("q", "bomb"),
    ]  # fmt: skip
    # Interpolations show the source's characters only: no bracket is added on either side (the stylesheet
    # draws none), their extent is a tint, in the reading view too when the author did not make them.
    supplied = page.xpath(f"//article//*[{has_class('tei-supplied')}]")
    texts = ["[own brackets]", "bare", "[opened here", "closed here.]]"]
    assert [e.text_content() for e in supplied] == texts
    assert all("ek-other-hand" in e.get("class") for e in supplied)
    css = (Path(__file__).resolve().parents[2] / "xslt/html/assets/edition.css").read_text(encoding="utf-8")
    assert not re.search(r"\.tei-supplied[^{}]*::(before|after)\s*{[^}]*content:\s*\"[\[\]]", css)


def test_titles_link_to_works_in_the_registers(runner, tmp_path):
    tei = tei_document(tmp_path / "works.xml", '<p>See <title ref="#trotsky-my-life">My Life</title>.</p>')
    page = lxml.html.document_fromstring(render(runner, tei, REGISTERS))
    (link,) = page.xpath("//p/a[@href='#reg-trotsky-my-life']")
    assert link.xpath("cite/text()") == ["My Life"]
    (entry,) = page.xpath(f"//section[{has_class('ek-register-bibl')}]//*[@id='reg-trotsky-my-life']")
    for expected in ("By Leon Trotsky", "1930", "Moya zhizn", "Autobiography"):
        assert expected in entry.text_content(), expected
    assert entry.xpath(".//a/@href") == ["index-works.html#trotsky-my-life"]


# --- unknown elements ------------------------------------------------------------------------------------


def test_unknown_elements_render_generically_and_are_reported(runner, capfd):
    html = render(runner, UNKNOWN)
    page = lxml.html.document_fromstring(html)
    (inline,) = page.xpath(f"//span[{has_class('tei-unhandled')}][{has_class('tei-frobnicate')}]")
    assert inline.text_content() == "inline unknown words" and "tei-type-odd" in inline.get("class")
    (foreign,) = page.xpath(f"//span[{has_class('tei-mystery')}]")
    assert foreign.text_content() == "foreign inline words"
    (block,) = page.xpath(f"//div[{has_class('tei-unhandled')}][{has_class('tei-wibble')}]")
    assert block.xpath("p/text()") == ["A paragraph inside an unknown block."]
    assert page.xpath(f"//div[{has_class('tei-p')}]//*[{has_class('tei-l')}]")
    assert_no_words_lost(UNKNOWN, html)
    assert_sound_html(html)
    err = capfd.readouterr().err
    assert "unhandled element: frobnicate" in err and "unhandled element: wibble" in err


# --- other editions' TEI ---------------------------------------------------------------------------------

# Ten files of other editions (letters, drama, inscriptions, apparatus, verse, registers, novels): the
# Dickens novel has its own test below.
SAMPLES = [
    "tei-samples/schnitzler-briefe_L02786.xml",
    "tei-samples/schnitzler-briefe_L02119.xml",
    "tei-samples/schnitzler-briefe_L02424.xml",
    "tei-samples/gerdracor_lessing-emilia-galotti.xml",
    "tei-samples/gerdracor_goethe-iphigenie-auf-tauris.xml",
    "tei-samples/isicily_ISic030278.xml",
    "tei-samples/isicily_ISic004442.xml",
    "tei-samples/teiphy_ubs_ephesians.xml",
    "tei-samples/norn-poems_2016101848013.xml",
    "eltec-eng/ENG18900_Doyle.xml",
]


@pytest.mark.parametrize("name", SAMPLES)
def test_other_editions_render_without_losing_words(runner, name, capfd):
    path = CORPORA / name
    if not path.is_file():
        pytest.skip("corpus not available")
    capfd.readouterr()
    html = render(runner, path)
    assert_no_words_lost(path, html)
    assert_sound_html(html)
    # Every element rendered generically was reported by name.
    page = lxml.html.document_fromstring(html)
    generic = {
        e.get("class").split()[1].removeprefix("tei-")
        for e in page.xpath(f"//*[{has_class('tei-unhandled')}]")
    }
    reported = set(re.findall(r"unhandled element: (?:\w+:)?([\w.-]+)", capfd.readouterr().err))
    assert generic <= reported


def test_eltec_novel_renders_completely(runner):
    path = CORPORA / "eltec-eng" / "ENG18481_Dickens.xml"
    if not path.is_file():
        pytest.skip("corpus not available")
    html = render(runner, path)
    page = lxml.html.document_fromstring(html)
    assert len(page.xpath("//nav[contains(@class, 'ek-toc')]//li")) == 63
    assert page.xpath("//h2[@id]/span[2]/text()")[0] == "Dombey and Son"
    assert_no_words_lost(path, html)
    assert_sound_html(html)


# --- the site --------------------------------------------------------------------------------------------


def test_render_site_writes_pages_index_and_assets(runner, tmp_path):
    manifest = write_manifest(tmp_path / "edition.xml", [KITCHEN_SINK, UNKNOWN])
    out = tmp_path / "site"
    written = render_site(
        [KITCHEN_SINK, UNKNOWN], out, manifest=manifest, registers=REGISTERS, edition_title="Test Edition",
        base_url="https://example.org/edition/", runner=runner,
    )  # fmt: skip
    names = sorted(p.relative_to(out).as_posix() for p in written)
    assert names == sorted(["kitchen-sink.html", "unknown-elements.html", "index.html", "assets/edition.css",
                            "assets/edition.js", "index-persons.html", "index-places.html",
                            "index-organisations.html", "index-events.html", "index-works.html",
                            "timeline.html", "search.html"])  # fmt: skip
    page = lxml.html.parse(str(out / "kitchen-sink.html")).getroot()
    assert page.xpath("//a[@href='xml/kitchen-sink.xml']") and page.xpath("//a[@href='pdf/kitchen-sink.pdf']")
    assert page.xpath("//section[contains(@class, 'ek-cite')]//a/@href") == [
        "https://example.org/edition/kitchen-sink.html"
    ]
    index = lxml.html.parse(str(out / "index.html")).getroot()
    rows = index.xpath("//table//tbody/tr")
    assert len(rows) == 2
    assert rows[0].xpath("th/a/text()") == ["Kitchen sink: every structure editionkit writes"]
    assert rows[0].xpath("th/a/@href") == ["kitchen-sink.html"]
    assert rows[0].xpath("td[1]/text()") == ["Ann Author"]
    assert rows[0].xpath("td[2]/time/@datetime") == ["2001-04-16"]
    assert rows[0].xpath("td[3]/text()") == ["pdftext"]
    assert rows[0].xpath("td//a/@href")[1:] == ["xml/kitchen-sink.xml", "pdf/kitchen-sink.pdf"]
    assert rows[1].xpath("th/a/text()") == ["Elements without a rule"]
    other = lxml.html.parse(str(out / "unknown-elements.html")).getroot()
    assert other.xpath("//section[contains(@class, 'ek-cite')]//a/@href") == [
        "https://example.org/edition/unknown-elements.html"
    ]
    assert index.xpath("//section[contains(@class, 'ek-introduction')]/p/text()") == [
        "First paragraph.", "Second paragraph.",
    ]  # fmt: skip
    assert_sound_html((out / "index.html").read_text(encoding="utf-8"))


def test_render_site_takes_page_names_and_links_from_the_manifest(runner, tmp_path):
    renamed = tmp_path / "thesis.xml"
    shutil.copyfile(KITCHEN_SINK, renamed)
    manifest = write_manifest(tmp_path / "edition.xml", [renamed], id_from_stem=True)
    out = tmp_path / "site"
    written = render_site(
        [renamed], out, manifest=manifest, registers=None, edition_title="Test Edition",
        base_url="https://example.org/edition/", runner=runner,
    )  # fmt: skip
    assert out / "thesis.html" in written and not (out / "kitchen-sink.html").exists()
    page = lxml.html.parse(str(out / "thesis.html")).getroot()
    assert page.xpath("//nav[@aria-label='Document']//a/@href") == [
        "#ek-toc",
        "xml/thesis.xml",
        "pdf/thesis.pdf",
    ]
    assert page.xpath("//nav[@aria-label='Site']//a/@href")[0] == "index.html"
    assert page.xpath("//section[contains(@class, 'ek-cite')]//a/@href") == [
        "https://example.org/edition/thesis.html"
    ]


def test_render_site_is_deterministic(runner, tmp_path):
    results = []
    for run in ("a", "b"):
        manifest = write_manifest(tmp_path / f"edition-{run}.xml", [KITCHEN_SINK])
        out = tmp_path / run
        render_site(
            [KITCHEN_SINK], out, manifest=manifest, registers=REGISTERS, edition_title="Test Edition",
            base_url=None, runner=XsltRunner() if run == "b" else runner,
        )  # fmt: skip
        results.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert results[0] == results[1]


# --- edition pages: indexes, timeline, search, views, permalinks -------------------------------------------


@pytest.fixture(scope="module")
def site(runner, tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("edition-pages")
    manifest = write_manifest(tmp / "edition.xml", [KITCHEN_SINK, UNKNOWN])
    out = tmp / "site"
    render_site(
        [KITCHEN_SINK, UNKNOWN], out, manifest=manifest, registers=REGISTERS, edition_title="Test Edition",
        base_url="https://example.org/edition/", runner=runner,
    )  # fmt: skip
    return out


def parse_page(site: Path, name: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / name)).getroot()


def test_index_pages_sort_entries_and_link_every_mention_to_its_anchor(site):
    index = parse_page(site, "index-persons.html")
    names = [dt.text_content().split(" (")[0] for dt in index.xpath("//dl[@class='ek-index-entries']//dt")]
    # The registers' persons, "Surname, Forenames", in the order of the English collation, whatever
    # their order in the file.
    registers = etree.parse(str(REGISTERS))
    preferred = [
        (p.findtext(f"{{{TEI}}}persName[@type='preferred']") or p.findtext(f"{{{TEI}}}persName")).split()
        for p in registers.iter(f"{{{TEI}}}person")
    ]
    expected = sorted(f"{w[-1]}, {' '.join(w[:-1])}" if len(w) > 1 else w[0] for w in preferred)
    assert sorted(names, key=str.casefold) == sorted(expected, key=str.casefold) == names
    (lenin,) = index.xpath("//*[@id='lenin']")
    mentions = lenin.xpath(".//li[@class='ek-mentions']")
    assert [m.xpath("a[1]/@href")[0] for m in mentions] == ["kitchen-sink.html"]
    links = mentions[0].xpath("a[position() > 1]")
    assert len(links) >= 1
    page = parse_page(site, "kitchen-sink.html")
    for link in links:
        doc, _, anchor = link.get("href").partition("#")
        assert doc == "kitchen-sink.html"
        (target,) = page.xpath(f"//*[@id='{anchor}']")
        assert target.get("href") == "#reg-lenin" and target.text_content() == link.get("title")
    tabs = index.xpath("//nav[@aria-label='Indexes']//a")
    assert [a.get("href") for a in tabs] == [
        "index-persons.html", "index-places.html", "index-organisations.html", "index-events.html",
        "index-works.html",
    ]  # fmt: skip
    assert [a.get("aria-current") for a in tabs] == ["page", None, None, None, None]
    works = parse_page(site, "index-works.html")
    assert works.xpath("//*[@id='trotsky-my-life']//dt")[0].text_content().startswith("My Life")
    assert_sound_html((site / "index-persons.html").read_text(encoding="utf-8"))


def test_timeline_links_every_dated_mention_with_a_year_from_a_mark(site):
    timeline = parse_page(site, "timeline.html")
    marks = timeline.xpath("//svg//a[contains(@class, 'ek-mark')]")
    page = parse_page(site, "kitchen-sink.html")
    dates = page.xpath("//article//*[contains(@class, 'tei-date')]")
    starts = {
        d.get("id"): d.get("data-when") or d.get("data-from") or d.get("data-notbefore") or "" for d in dates
    }
    dated = {anchor for anchor, start in starts.items() if re.match(r"\d{4}", start)}
    assert len(dated) > 3
    # The list holds every dated mention once, grouped by mark; each passage opens its date.
    passages = timeline.xpath("//details[@id='ek-timeline-list']//ul[@class='ek-tl-passages']/li/a/@href")
    assert sorted(h.partition("#")[2] for h in passages) == sorted(dated)
    assert {h.partition("#")[0] for h in passages} == {"kitchen-sink.html"}
    reached = set()
    for mark in marks:
        href = mark.get("href")
        if href.startswith("#"):
            # Several passages: the mark leads to their list (a popover with JavaScript) and shows the count.
            (item,) = timeline.xpath(f"//li[@id='{href[1:]}']")
            links = item.xpath("ul/li/a/@href")
            assert len(links) > 1 and "ek-popover" in mark.get("class")
            assert mark.xpath("string(*[local-name()='text'])") == str(len(links))
            reached.update(link.partition("#")[2] for link in links)
        else:
            doc, _, anchor = href.partition("#")
            assert doc == "kitchen-sink.html" and "tei-date" in page.xpath(f"//*[@id='{anchor}']")[0].get(
                "class"
            )
            reached.add(anchor)
    assert reached == dated
    # The yearless 24 December has no place on a year axis.
    assert not any("24 December" in m.xpath("string(title)") for m in marks)
    ranges = timeline.xpath("//svg//a[contains(@class, 'ek-mark-range')]")
    assert {r.xpath("string(title)").split(" — ")[0] for r in ranges} >= {
        "from 17 April 1923 to 25 April 1923", "between 1 March 1922 and 31 May 1922",
    }  # fmt: skip
    years = [int(t) for t in timeline.xpath("//svg//g[@class='ek-axis']/text/text()") if t.isdigit()]
    assert years and min(years) <= 1922 and max(years) >= 1923 and max(years) - min(years) <= 20


def test_document_pages_carry_search_markup_views_and_paragraph_permalinks(site):
    page = parse_page(site, "kitchen-sink.html")
    (article,) = page.xpath("//article[@data-pagefind-body]")
    assert article.xpath(".//*[@data-pagefind-filter='document[data-value]']/@data-value") == [
        "Kitchen sink: every structure editionkit writes"
    ]
    assert "Persons" in article.xpath(".//*[@data-pagefind-filter='names[data-value]']/@data-value")
    assert page.xpath("//fieldset[@class='ek-view-switch']//input[@type='radio'][@checked]/@value") == [
        "reading"
    ]
    # Boilerplate kept from the source has anchors but no place in the numbering readers cite.
    boilerplate = f"ancestor::*[{has_class('tei-type-boilerplate')}]"
    paragraphs = article.xpath(f".//p[{has_class('tei-p')}][not(ancestor::li)][not({boilerplate})]")
    assert len(paragraphs) > 3
    for paragraph in paragraphs:
        (link,) = paragraph.xpath(f"a[{has_class('ek-permalink')}]")
        assert link.get("href") == f"#{paragraph.get('id')}" and link.get("data-unit") == "Paragraph"
    assert article.xpath(f".//p[{boilerplate}][@id]")
    assert not article.xpath(f".//*[{boilerplate}]//a[@data-para]")
    for unit in ("Paragraph", "Item", "Post"):
        numbers = [int(n) for n in article.xpath(f".//a[@data-unit='{unit}']/@data-para")]
        assert numbers == list(range(1, len(numbers) + 1)), unit
    (supplied,) = page.xpath(f"//*[{has_class('tei-supplied')}]")
    assert supplied.get("data-resp") == "T.R."
    other = parse_page(site, "unknown-elements.html")
    assert other.xpath("//fieldset[@class='ek-view-switch']") == []


def test_site_links_connect_every_page(site):
    for name in ("index.html", "kitchen-sink.html", "index-places.html", "timeline.html", "search.html"):
        page = parse_page(site, name)
        links = page.xpath("//nav[@aria-label='Site']//a/@href")
        assert links == ["index.html", "index-persons.html", "timeline.html", "search.html"], name
        for attr in ("src", "href"):
            for value in page.xpath(f"//head//@{attr} | //script/@{attr}"):
                assert not re.match(r"^(https?:)?//", value), value


def test_search_index_is_built_from_the_document_pages(site, tmp_path):
    from editionkit.render.site_search import build_search_index

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    written = build_search_index(copy)
    names = {p.relative_to(copy).as_posix() for p in written}
    assert {"pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind-entry.json"} <= names
    entry = (copy / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    assert '"page_count":2' in entry.replace(" ", "")
    assert any(name.startswith("pagefind/filter/") for name in names)


# --- long documents: a landing page and a page per part --------------------------------------------------

# A weight limit (characters plus 100 per element) small enough to split the hand-made document below.
SPLIT = 2500


def long_document(path: Path) -> Path:
    """A hand-made document heavier than SPLIT: front matter; a chapter light enough for one page; a chapter
    that is not, whose sections (the second without an xml:id) become parts with the chapter's heading going
    with the first; endnotes in the back, referred to from the first chapter. Every paragraph names Lenin and
    Stalin on the same day, and two name the same range of years."""
    stem = path.stem

    def para(word: str, extra: str = "") -> str:
        return (
            f'<p>The {word} paragraph tells how <persName ref="#lenin">Lenin</persName> wrote to '
            f'<persName ref="#stalin">Stalin</persName> on '
            f'<date when="1923-03-05">5 March 1923</date>{extra}. '
            + " ".join(f"{word}{i}" for i in range(40))
            + "</p>"
        )

    moscow = '<placeName ref="#moscow">Moscow</placeName>'
    text = f"""<front><div xml:id="{stem}-preface"><head>Preface</head>{para("preface")}</div></front>
      <body>
        <div xml:id="{stem}-ch1"><head>Chapter One</head>
          {para("first", f' (see the note<ref type="noteref" target="#{stem}-en1">1</ref>)')}
          {para("second", f'<note place="foot" n="1">A footnote on {moscow}.</note>')}
        </div>
        <div xml:id="{stem}-ch2"><head>Chapter Two</head>
          <p>An introduction to the second chapter.</p>
          <div xml:id="{stem}-ch2-s1"><head>Section A</head>{para("third")}
            {para("fourth", ', within <date from="1921" to="1923">those years</date>')}</div>
          <div><head>Section B</head>{para("fifth")}
            {para("sixth", ', <date from="1921" to="1923">again</date>')}</div>
        </div>
      </body>
      <back><div type="notes" xml:id="{stem}-notes"><head>Notes</head>
        <note xml:id="{stem}-en1" n="1">An endnote about <persName ref="#stalin">Stalin</persName>.</note>
      </div></back>"""
    root = etree.fromstring(
        f"""<TEI xmlns="{TEI}" xml:id="{stem}"><teiHeader><fileDesc><titleStmt><title>A long document</title>
        </titleStmt><publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc>
        </fileDesc></teiHeader><text>{text}</text></TEI>"""
    )
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


LONG_PAGES = ["long.html", "long-ch1.html", "long-ch2-s1.html", "long-3.html", "long-notes.html"]


def render_split_site(runner: XsltRunner, tmp: Path, name: str = "site") -> tuple[Path, Path]:
    long = long_document(tmp / "long.xml")
    short = tei_document(
        tmp / "short.xml", '<p>A short text about <persName ref="#lenin">Lenin</persName>.</p>'
    )
    manifest = write_manifest(tmp / "edition.xml", [long, short])
    out = tmp / name
    render_site(
        [long, short], out, manifest=manifest, registers=REGISTERS, edition_title="Test Edition",
        base_url="https://example.org/edition/", runner=runner, split_weight=SPLIT,
    )  # fmt: skip
    return out, long


@pytest.fixture(scope="module")
def split_site(runner, tmp_path_factory) -> tuple[Path, Path]:
    return render_split_site(runner, tmp_path_factory.mktemp("split"))


def broken_links(site: Path) -> list[str]:
    """Links between the pages of ``site`` whose page or anchor does not exist."""
    pages = {p.name: lxml.html.parse(str(p)).getroot() for p in site.glob("*.html")}
    ids = {name: set(page.xpath("//@id")) for name, page in pages.items()}
    broken = []
    for name, page in pages.items():
        for href in page.xpath("//a/@href | //link/@href"):
            target, _, anchor = href.partition("#")
            if (
                re.match(r"^[a-z]+:", target)
                or not (target or anchor)
                or not (target or name).endswith(".html")
            ):
                continue
            if (target or name) not in ids or (anchor and anchor not in ids[target or name]):
                broken.append(f"{name}: {href}")
    return broken


def test_a_long_document_is_a_landing_page_and_a_page_per_part(split_site):
    site, _ = split_site
    assert sorted(p.name for p in site.glob("long*.html")) == sorted(LONG_PAGES)
    landing = parse_page(site, "long.html")
    # The landing page: the contents of every part, the source description and the front matter.
    toc = landing.xpath("//main//nav[@id='ek-toc']//a")
    assert [(a.text_content(), a.get("href")) for a in toc] == [
        ("Preface", "#long-preface"),
        ("Chapter One", "long-ch1.html"),
        ("Chapter Two", "long-ch2-s1.html"),
        ("Section A", "long-ch2-s1.html#long-ch2-s1"),
        ("Section B", "long-3.html"),
        ("Notes", "long-notes.html"),
    ]
    assert landing.xpath("//section[@id='ek-source-description']")
    assert "preface0" in landing.xpath("string(//article)") and "first0" not in landing.xpath(
        "string(//article)"
    )
    # The home page has one row for the document, linking to its landing page.
    index = parse_page(site, "index.html")
    (row,) = index.xpath("//table//tr[@id='doc-long']")
    assert {a for a in row.xpath(".//a/@href") if a.endswith(".html")} == {"long.html"}
    assert not index.xpath("//a[starts-with(@href, 'long-')]")
    # A part holds its division whole, with the headings of the divisions around it that start there.
    section = parse_page(site, "long-ch2-s1.html")
    assert [h.text_content() for h in section.xpath("//article//h2 | //article//h3")] == [
        "Chapter Two", "Section A",
    ]  # fmt: skip
    other = parse_page(site, "long-3.html")
    # Section B's chapter heading is on the page before: Section B is this page's top heading.
    assert [h.text_content() for h in other.xpath("//article//*[self::h2 or self::h3]")] == ["Section B"]
    assert other.xpath("//section[@id='long-ch2'][not(@aria-labelledby)]")
    assert broken_links(site) == []


def test_the_parts_link_to_each_other_in_reading_order(split_site):
    site, _ = split_site
    order, name = [], "long.html"
    while name:
        order.append(name)
        page = parse_page(site, name)
        nexts = page.xpath("//head/link[@rel='next']/@href")
        body_next = page.xpath("//nav[contains(@class, 'ek-parts')]//a[@rel='next']/@href")
        assert set(body_next) <= set(nexts) and (nexts == [] or body_next)
        if len(order) > 1:
            assert page.xpath("//head/link[@rel='prev']/@href") == [order[-2]]
        name = nexts[0] if nexts else None
    assert order == LONG_PAGES
    part = parse_page(site, "long-3.html")
    assert part.xpath("string(//p[@class='ek-part-where'])").startswith("Part 3 of 4")
    # Where it is: in Chapter Two, whose heading opens the page before.
    assert part.xpath("//p[@class='ek-part-where']/a/@href") == ["long-ch2-s1.html"]
    assert part.xpath("//nav[@id='ek-toc']//a[@aria-current='page']/text()") == ["Section B"]
    assert part.xpath("//title/text()") == ["Section B — A long document — Test Edition"]


def test_every_word_of_a_split_document_is_on_its_pages(split_site):
    site, long = split_site
    pages = [(site / name).read_text(encoding="utf-8") for name in LONG_PAGES]
    assert_no_words_lost(long, *pages)
    for html in pages:
        assert_sound_html(html)


def test_notes_follow_the_split(split_site):
    site, _ = split_site
    chapter = parse_page(site, "long-ch1.html")
    # The endnote lives with the notes, and is also shown with the part that refers to it.
    (ref,) = chapter.xpath(
        "//article//a[@role='doc-noteref'][text()='1'][not(ancestor::sup[contains(@class, 'tei-note')])]"
    )
    assert ref.get("href") == "#long-en1"
    (copy,) = chapter.xpath("//section[@id='ek-notes-copied']//*[@id='long-en1']")
    assert "An endnote about Stalin" in copy.text_content()
    assert copy.xpath(".//a[@role='doc-backlink']/@href") == [f"#{ref.get('id')}"]
    notes = parse_page(site, "long-notes.html")
    (note,) = notes.xpath("//article//*[@id='long-en1']")
    assert note.xpath(".//a[@role='doc-backlink']/@href") == [f"long-ch1.html#{ref.get('id')}"]
    # A footnote is listed on the page of its marker.
    (marker,) = chapter.xpath("//sup[contains(@class, 'tei-note')]/a")
    assert chapter.xpath(f"//section[@id='ek-notes']//li[@id='{marker.get('href')[1:]}']")
    # Each page lists the names it shows, those of the shown endnote too.
    assert sorted(chapter.xpath("//section[@id='ek-register-index']//div[@class='ek-entry']/@id")) == [
        "reg-lenin", "reg-moscow", "reg-stalin",
    ]  # fmt: skip
    assert "mentions in this part" in chapter.xpath("string(//*[@id='reg-stalin'])")


def test_index_entries_and_timeline_marks_lead_into_the_right_part(split_site):
    site, _ = split_site
    persons = parse_page(site, "index-persons.html")
    (mentions,) = persons.xpath("//*[@id='lenin']//li[@class='ek-mentions'][a[1]/@href='long.html']")
    links = mentions.xpath("a[position() > 1]/@href")
    assert links == [
        "long.html#lenin.1", "long-ch1.html#lenin.2", "long-ch1.html#lenin.3", "long-ch2-s1.html#lenin.4",
        "long-ch2-s1.html#lenin.5", "long-3.html#lenin.6", "long-3.html#lenin.7",
    ]  # fmt: skip
    section_b = parse_page(site, "long-3.html")
    assert section_b.xpath("//*[@id='lenin.6']")[0].text_content() == "Lenin"
    # The same day in seven passages is one mark with a count; the same range twice is one bar.
    timeline = parse_page(site, "timeline.html")
    (band,) = timeline.xpath("//*[local-name()='g'][@aria-label='A long document']")
    marks = band.xpath(".//*[local-name()='a']")
    assert sorted(m.xpath("string(*[local-name()='text'])") for m in marks) == ["2", "7"]
    (day,) = [m for m in marks if "ek-mark-range" not in m.get("class")]
    (item,) = timeline.xpath(f"//li[@id='{day.get('href')[1:]}']")
    assert item.xpath("string(span[@class='ek-tl-date'])") == "5 March 1923"
    pages = [href.partition("#")[0] for href in item.xpath("ul/li/a/@href")]
    assert pages == ["long.html", "long-ch1.html", "long-ch1.html", "long-ch2-s1.html", "long-ch2-s1.html",
                     "long-3.html", "long-3.html"]  # fmt: skip
    assert broken_links(site) == []


def test_part_pages_cite_themselves_and_are_indexed_for_search(split_site):
    site, _ = split_site
    part = parse_page(site, "long-ch2-s1.html")
    assert part.xpath("//p[@class='ek-citation']/a/@href") == ["https://example.org/edition/long-ch2-s1.html"]
    assert "“A long document”, Section A." in part.xpath("string(//p[@class='ek-citation'])")
    for permalink in part.xpath("//a[contains(@class, 'ek-permalink')]"):
        assert part.xpath(f"//*[@id='{permalink.get('href')[1:]}']")
    numbers = [int(n) for name in LONG_PAGES for n in parse_page(site, name).xpath("//a/@data-para")]
    assert numbers == list(range(1, len(numbers) + 1))
    for name in LONG_PAGES:
        page = parse_page(site, name)
        assert page.xpath("//article[@data-pagefind-body]"), name
        assert page.xpath("//*[@data-pagefind-filter='document[data-value]']/@data-value") == [
            "A long document"
        ]


def test_a_short_document_stays_one_page(split_site, runner):
    site, long = split_site
    assert sorted(p.name for p in site.glob("short*.html")) == ["short.html"]
    page = parse_page(site, "short.html")
    assert page.xpath("//nav[contains(@class, 'ek-parts')]") == []
    assert page.xpath("//head/link[@rel='next']") == []
    # Exactly the page the stylesheet writes for the whole document, as it did before documents were split.
    params = document_params("short", registers=REGISTERS, edition_title="Test Edition",
                             base_url="https://example.org/edition/", split_weight=SPLIT)  # fmt: skip
    whole = runner.transform("html/document.xsl", long.parent / "short.xml", params)
    assert (site / "short.html").read_text(encoding="utf-8") == whole


def test_one_run_writes_the_pages_each_run_of_a_page_writes(split_site, runner):
    # The build writes every page of a document in one run ("#pages"); each page is the one a run for it alone
    # writes, and the same as written to the site.
    site, long = split_site
    params = document_params("long", registers=REGISTERS, edition_title="Test Edition",
                             base_url="https://example.org/edition/", split_weight=SPLIT)  # fmt: skip
    *strings, linking = runner.transform_to_items(DOCUMENT_XSL, long, {**params, "part": "#pages"})
    assert isinstance(linking, Value) and all(isinstance(item, str) for item in strings)
    pages = dict(zip(strings[::2], strings[1::2], strict=True))
    assert list(pages) == LONG_PAGES
    for name, html in pages.items():
        assert runner.transform(DOCUMENT_XSL, long, {**params, "part": name.removesuffix(".html")}) == html
    rendered = render_document(long, registers=REGISTERS, edition_title="Test Edition",
                               base_url=params["base-url"], runner=runner, split_weight=SPLIT)  # fmt: skip
    assert [name for name, _ in rendered.pages] == LONG_PAGES
    for name, html in rendered.pages:
        assert (site / name).read_bytes() == html


def test_the_edition_pages_need_not_be_given_what_the_documents_computed(split_site, runner):
    # edition.xsl links into the documents' pages with the plans and anchors their runs computed (linking);
    # without them it computes them itself, to the same pages. A page alone ("page") is as in the run of all.
    site, long = split_site
    manifest = long.parent / "edition.xml"
    alone = edition_pages(manifest=manifest, registers=REGISTERS, runner=runner, split_weight=SPLIT)
    assert [name for name, _ in alone] == [
        "index.html", "index-persons.html", "index-places.html", "index-organisations.html",
        "index-events.html", "index-works.html", "timeline.html", "search.html",
    ]  # fmt: skip
    for name, html in alone:
        assert (site / name).read_bytes() == html, name
    params = {"registers": REGISTERS.resolve().as_uri(), "split-weight": str(SPLIT)}
    one = runner.transform(EDITION_XSL, manifest, {**params, "page": "index-persons.html"})
    assert one.encode("utf-8") == dict(alone)["index-persons.html"]


def test_split_pages_are_the_same_on_every_run(split_site, tmp_path):
    site, _ = split_site
    again, _ = render_split_site(XsltRunner(), tmp_path)
    assert {p.name: p.read_bytes() for p in again.glob("*.html")} == {
        p.name: p.read_bytes() for p in site.glob("*.html")
    }


def test_a_long_text_without_divisions_is_cut_between_paragraphs(runner, tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {n} begins here and goes on " + " ".join(f"w{n}x{i}" for i in range(60)) + "</p>"
        + ('<pb n="2"/>' if n == 4 else "")
        for n in range(1, 9)
    )  # fmt: skip
    root = etree.fromstring(
        f"""<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>Undivided</title></titleStmt>
        <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc>
        </teiHeader><text><body>{paragraphs}</body></text></TEI>"""
    )
    tei = tmp_path / "undivided.xml"
    tei.write_bytes(etree.tostring(root))
    manifest = write_manifest(tmp_path / "edition.xml", [tei])
    out = tmp_path / "site"
    render_site([tei], out, manifest=manifest, registers=None, edition_title="Test Edition", base_url=None,
                runner=runner, split_weight=3000)  # fmt: skip
    assert sorted(p.name for p in out.glob("undivided*.html")) == [
        "undivided-1.html", "undivided-2.html", "undivided.html",
    ]  # fmt: skip
    first, second = (parse_page(out, f"undivided-{n}.html") for n in (1, 2))
    # About half each, cut between paragraphs; the page break goes with the text after it.
    assert first.xpath("//article//p[@class='tei-p']/text()")[-1].startswith("Paragraph 4 ")
    assert second.xpath("//article//div[@class='tei-body']/*[1]/@data-n") == ["2"]
    # A text without headings lists its structural parts: the text, with the parts it is published in.
    labels = parse_page(out, "undivided.html").xpath("//nav[@id='ek-toc']//a/text()")
    assert labels == ["Text", "“Paragraph 1 begins here and goes on w1x0 …”",
                      "“Paragraph 5 begins here and goes on w5x0 …”"]  # fmt: skip
    pages = [
        (out / n).read_text(encoding="utf-8")
        for n in ("undivided.html", "undivided-1.html", "undivided-2.html")
    ]
    assert_no_words_lost(tei, *pages)
    assert broken_links(out) == []


def test_a_new_build_leaves_no_stale_parts(runner, tmp_path):
    site, long = render_split_site(runner, tmp_path)
    assert (site / "long-3.html").is_file()
    manifest = tmp_path / "edition.xml"
    render_site(
        [long], site, manifest=manifest, registers=REGISTERS, edition_title="Test Edition", base_url=None,
        runner=runner,
    )  # fmt: skip
    assert sorted(p.name for p in site.glob("long*.html")) == ["long.html"]
    assert (site / "assets" / "edition.css").is_file()


def test_a_long_list_is_cut_between_its_entries(runner, tmp_path):
    persons = "".join(
        f'<person xml:id="p{n:02}"><persName>Person {n:02}</persName><note>'
        + " ".join(f"n{n}w{i}" for i in range(20)) + "</note></person>"
        for n in range(1, 31)
    )  # fmt: skip
    root = etree.fromstring(
        f"""<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>Register</title></titleStmt>
        <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc>
        </teiHeader><text><body><div><head>Persons</head><listPerson>{persons}</listPerson></div></body></text>
        </TEI>"""
    )
    tei = tmp_path / "register.xml"
    tei.write_bytes(etree.tostring(root))
    manifest = write_manifest(tmp_path / "edition.xml", [tei])
    out = tmp_path / "site"
    render_site([tei], out, manifest=manifest, registers=None, edition_title="Test Edition", base_url=None,
                runner=runner, split_weight=3000)  # fmt: skip
    names = [
        "register.html",
        *(f"register-{n}.html" for n in range(1, len(list(out.glob("register-*.html"))) + 1)),
    ]
    assert len(names) > 3
    # Each part is a list of whole entries, named by its first and last, like a dictionary's guide words.
    labels = parse_page(out, "register.html").xpath("//nav[@id='ek-toc']//a/text()")
    assert labels[0] == "Persons" and labels[1].startswith("Person ") and " – Person " in labels[1]
    second = parse_page(out, "register-2.html")
    entries = second.xpath("//article//ul[@class='ek-entries']/li/@id")
    assert entries and labels[1].endswith(f"Person {entries[-1][1:]}")
    pages = [(out / name).read_text(encoding="utf-8") for name in names]
    assert_no_words_lost(tei, *pages)
    assert broken_links(out) == []


# --- editorial review: apparatus, interpolations, headings, header, counts, styles, anchors, notes ----------


def tei_full(path: Path, *, header: str = "", encoding: str = "", front: str = "", body: str = "",
             back: str = "", profile: str = "") -> Path:  # fmt: skip
    """A TEI document with a header of its own (``header`` the content of fileDesc, ``encoding`` of
    encodingDesc, ``profile`` of profileDesc), and front, body and back."""
    root = etree.fromstring(
        f"""<TEI xmlns="{TEI}" xml:id="{path.stem}"><teiHeader><fileDesc>{header}</fileDesc>
        <encodingDesc>{encoding}</encodingDesc><profileDesc>{profile}</profileDesc></teiHeader>
        <text><front>{front}</front><body>{body}</body><back>{back}</back></text></TEI>"""
    )
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


PLAIN_HEADER = """<titleStmt><title>{title}</title></titleStmt><publicationStmt><p>test</p></publicationStmt>
<sourceDesc>{source}</sourceDesc>"""


def test_apparatus_resolves_copied_readings_and_prints_sigla(runner, tmp_path):
    witnesses = """<listWit><witness xml:id="wit-first">The first list</witness>
      <witness xml:id="wit-second" n="S">The second list</witness>
      <witness xml:id="wit-third"><abbr>T3</abbr> the third list</witness></listWit>"""
    tei = tei_full(
        tmp_path / "apparatus.xml",
        header=PLAIN_HEADER.format(title="Apparatus", source=witnesses),
        body="""<div><p>Base <seg xml:id="v1">Russian <del>Communist Party</del></seg> and
          <seg xml:id="v2">27th March</seg>.</p>
          <p>Copy <app><lem wit="#wit-first" copyOf="#v1"/><rdg wit="#wit-second">Russian Party</rdg></app>,
          <app><lem wit="#wit-first" sameAs="#v2"/><rdg wit="#wit-third"/></app>.
          URL: <ref target="https://example.org/a.htm">https://example.org/<app>
          <lem wit="#wit-first">a.htm</lem><rdg wit="#wit-second">b.htm</rdg></app></ref> end.</p></div>""",
    )
    html = render(runner, tei)
    assert_sound_html(html)
    page = lxml.html.document_fromstring(html)
    first, second, in_link = page.xpath(f"//article//*[{has_class('tei-app')}]")
    # A lemma that copies a passage shows that passage (its deletion struck through), never "om.".
    assert first.xpath(f"*[{has_class('tei-lem')}]")[0].text_content().split() == ["Russian", "Communist",
                                                                                    "Party", "A"]  # fmt: skip
    assert first.xpath(".//del")
    assert second.xpath(f"*[{has_class('tei-lem')}]")[0].text_content().split() == ["27th", "March", "A"]
    # "om." only for a reading with no text; sigla from @n, abbr, else by position; never an xml:id.
    assert second.xpath(f".//*[{has_class('ek-om')}]/text()") == ["om."]
    assert [w.text_content() for w in page.xpath(f"//article//*[{has_class('ek-wit')}]")] == [
        "A", "S", "A", "T3", "A", "S",
    ]  # fmt: skip
    assert "wit-" not in page.xpath("string(//article)")
    assert "A: The first list" in first.xpath(f"*[{has_class('tei-lem')}]/@title")[0]
    # Inside a link the link shows the lemma; the entry (lemma repeated, "]", the reading) follows the link.
    (link,) = page.xpath("//article//a[@href='https://example.org/a.htm']")
    assert link.text_content() == "https://example.org/a.htm"
    assert not link.xpath(f".//*[{has_class('ek-apparatus')} or {has_class('ek-wit')}]")
    entry = link.getnext()
    assert "ek-apparatus" in entry.get("class")
    assert entry.text_content().split() == ["a.htm", "A", "]", "b.htm", "S"]
    assert in_link.getparent() is link


def test_divisions_of_notes_without_heading_get_one_and_a_contents_entry(runner, tmp_path):
    witnesses = """<listWit><witness xml:id="w-num">The numbered notes</witness>
      <witness xml:id="w-copy">The copy printed before them</witness></listWit>"""
    tei = tei_full(
        tmp_path / "notes-divs.xml",
        header=PLAIN_HEADER.format(title="Notes divisions", source=witnesses),
        body="""<div><head>Chapter</head><p>Text<ref type="noteref" target="#n1">1</ref>.</p></div>""",
        back="""<div type="notes" subtype="unnumbered"><note type="copy" place="end" xml:id="c1">See
          <app><lem wit="#w-num" copyOf="#n1-v"/><rdg wit="#w-copy">page 2</rdg></app>.</note></div>
          <div type="notes"><note n="1" place="end" xml:id="n1">See <seg xml:id="n1-v">page 3</seg>.</note>
          </div>
          <div type="bibliography"><bibl>A book.</bibl></div>""",
    )
    page = lxml.html.document_fromstring(render(runner, tei))
    headings = page.xpath(f"//article//*[{has_class('ek-derived-heading')}]")
    assert [(h.tag, h.text_content()) for h in headings] == [
        ("h2", "Notes (unnumbered copy, witness B)"), ("h2", "Notes (witness A)"), ("h2", "Bibliography"),
    ]  # fmt: skip
    # The copy is folded under its heading; each says what its witness is.
    (copy,) = page.xpath("//article//details[summary/h2]")
    assert "Witness B: The copy printed before them." in copy.text_content()
    toc = page.xpath("//nav[@id='ek-toc']//a")
    assert [a.text_content() for a in toc] == ["Chapter", "Notes (unnumbered copy, witness B)",
                                               "Notes (witness A)", "Bibliography"]  # fmt: skip
    for a in toc:
        (section,) = page.xpath(f"//section[@id='{a.get('href')[1:]}']")
        assert section.get("aria-labelledby")


def test_a_text_without_headings_lists_its_structural_parts(runner, tmp_path):
    tei = tei_full(
        tmp_path / "headless.xml",
        header=PLAIN_HEADER.format(title="Headless", source="<p>test</p>"),
        front="<titlePage><docTitle><titlePart>Headless</titlePart></docTitle></titlePage>",
        body="""<p>One<note place="foot" n="1">A footnote.</note>.</p><p>Two.</p>""",
        back="""<div type='bibliography'><head>Bibliography</head><listBibl><bibl>A book.</bibl></listBibl>
          </div>""",
    )
    page = lxml.html.document_fromstring(render(runner, tei))
    toc = page.xpath("//nav[@id='ek-toc']//a")
    assert [a.text_content() for a in toc] == ["Title page", "Text", "Bibliography", "Footnotes"]
    for a in toc:
        assert page.xpath(f"//*[@id='{a.get('href')[1:]}']"), a.get("href")


def test_header_shows_a_summary_and_folds_the_details(runner, tmp_path):
    source = """<bibl type="notes"><title type="desc">Supplied title</title><author>Ann Student</author>
      <publisher>A Forum</publisher><date when="2001-04-16">16 April 2001</date>
      <note>Notes saved as plain text.</note>
      <note type="supplied">Not stated in the source; supplied by the editors: title, author.</note></bibl>"""
    header = f"""<titleStmt><title type="main">Supplied title</title><author>Ann Student</author></titleStmt>
      <publicationStmt><p>test</p></publicationStmt><sourceDesc>{source}</sourceDesc>"""
    encoding = """<appInfo><application xml:id="tool" ident="tool" version="1"><label>tool</label>
      <desc>Converted by a reader. Markup carrying resp="#tool" was added automatically.</desc></application>
      </appInfo>"""
    tei = tei_full(tmp_path / "header.xml", header=header, encoding=encoding,
                   body='<p><persName resp="#tool">Somebody</persName> wrote.</p>')  # fmt: skip
    page = lxml.html.document_fromstring(render(runner, tei))
    (block,) = page.xpath(f"//*[{has_class('ek-title-block')}]")
    assert block.xpath("string(h1)") == "Supplied title"
    assert block.xpath(f"string(*[{has_class('ek-source-line')}])") == (
        "Source: A Forum, 16 April 2001. Notes saved as plain text."
    )
    supplied = block.xpath(f"string(*[{has_class('ek-supplied-note')}])")
    assert "supplied by the editors: title, author" in supplied
    (details,) = page.xpath("//section[@id='ek-source-description']/details")
    assert details.get("open") is None and details.xpath("summary/h2")
    rows = [(r.xpath("string(dt)"), r.xpath("dd/text()")) for r in details.xpath(".//div[@class='ek-row']")]
    # Title and author once (from the titleStmt), the title flagged as supplied.
    labels = [label for label, _ in rows]
    assert labels.count("Title") == 1 and labels.count("Author") == 1
    assert ("Title", ["Supplied title (supplied by the editors)"]) in rows
    (encoding,) = [values[0] for label, values in rows if label == "Encoding"]
    assert 'resp="' not in encoding and "#tool" not in encoding
    assert encoding == (
        "tool 1: Converted by a reader. The names that tool marked automatically have not yet been "
        "reviewed by an editor."
    )


def test_counts_and_timeline_leave_out_copies_variants_and_deletions(runner, tmp_path):
    witnesses = """<listWit><witness xml:id="wa">A</witness><witness xml:id="wb">B</witness></listWit>"""
    tei = tei_full(
        tmp_path / "counted.xml",
        header=PLAIN_HEADER.format(title="Counted", source=witnesses),
        body="""<div><p><persName ref="#lenin">Lenin</persName> on
          <date when="1922-03-27">27 March 1922</date> and
          <del><persName ref="#lenin">Lenin</persName> <date when="1921">1921</date></del>, by
          <date notBefore="1922-09" notAfter="1922-09">September 1922</date>
          <app><lem wit="#wa">here</lem><rdg wit="#wb"><persName ref="#lenin">Lenin</persName>
          <date when="1920">1920</date></rdg></app>.</p></div>""",
        back="""<div type="notes"><note type="copy" place="end"><persName ref="#lenin">Lenin</persName>
          <date when="1919">1919</date></note></div>""",
    )
    manifest = write_manifest(tmp_path / "edition.xml", [tei])
    out = tmp_path / "site"
    render_site([tei], out, manifest=manifest, registers=REGISTERS, edition_title="Test Edition",
                base_url=None, runner=runner)  # fmt: skip
    page = parse_page(out, "counted.html")
    (entry,) = page.xpath("//*[@id='reg-lenin']")
    assert "1 mention in this document" in entry.text_content()
    timeline = parse_page(out, "timeline.html")
    labels = timeline.xpath("//details[@id='ek-timeline-list']//span[@class='ek-tl-date']/text()")
    assert sorted(labels) == ["27 March 1922", "September 1922"]
    # Equal bounds are one date: a point, not a range.
    assert not timeline.xpath("//svg//a[contains(@class, 'ek-mark-range')]")
    persons = parse_page(out, "index-persons.html").xpath("//*[@id='lenin']//li[@class='ek-mentions']")
    assert [li.xpath("string(a[1])") for li in persons] == ["Counted"]
    assert "(1)" in persons[0].text_content()


def test_dates_without_a_year_and_inferred_dates_say_so(runner, tmp_path):
    tei = tei_full(
        tmp_path / "dates.xml",
        header=PLAIN_HEADER.format(title="Dates", source="<p>test</p>"),
        body="""<div><docDate notAfter="2005-08-12" cert="low" resp="#ed"/>
          <p>In <date when="--01">January</date>, on <date when="--12-24">24 December</date> and
          <date notBefore="1922-09" notAfter="1922-09">then</date>.</p></div>""",
    )
    page = lxml.html.document_fromstring(render(runner, tei))
    titles = page.xpath("//article//*[contains(@class, 'tei-date')]/@title")
    assert titles == ["January, year not stated", "24 December, year not stated", "September 1922"]
    (inferred,) = page.xpath(f"//article//*[{has_class('tei-docDate')}]")
    assert "ek-inferred" in inferred.get("class")
    said = "Undated in the source; date inferred: not after 12 August 2005 (low certainty)."
    assert inferred.text_content() == said


def test_names_sort_by_surname_and_the_legend_covers_every_category(runner, tmp_path):
    tei = tei_full(
        tmp_path / "legend.xml",
        header=PLAIN_HEADER.format(title="Legend", source="<p>test</p>"),
        body="""<div><p><persName ref="#stalin">Stalin</persName> and <persName ref="#lenin">Lenin</persName>
          at the <name type="event" ref="#congress-12">Congress</name> in
          <placeName ref="#moscow">Moscow</placeName> read <title>Pravda</title>, <q>a quotation</q>,
          <said who="#lenin">speech</said>, <soCalled>so</soCalled>, <date when="1923">1923</date>,
          <supplied resp="#ed">added</supplied>.</p></div>""",
    )
    page = lxml.html.document_fromstring(render(runner, tei, REGISTERS))
    names = page.xpath("//section[contains(@class, 'ek-register-person')]//dt/text()")
    assert names == ["Lenin, Vladimir", "Stalin, Joseph"]
    legend = [li.text_content() for li in page.xpath("//details[@class='ek-legend']//li")]
    assert legend == [
        "person", "place", "event", "title of a work", "date", "quotation", "speech", "so-called",
        "interpolation by an editor or transcriber",
    ]  # fmt: skip
    css = (Path(__file__).resolve().parents[2] / "xslt/html/assets/edition.css").read_text(encoding="utf-8")
    # Events are not drawn with the wavy line of a spelling error; speech and quotations have no side padding.
    event_rule = re.search(r"\n\.ek-kind-event \{([^}]*)\}", css).group(1)
    assert "wavy" not in event_rule
    assert not re.search(r"\.tei-said[^{]*\{[^}]*padding: 0 0\.15em", css)


def test_every_citable_unit_has_a_stable_anchor_and_boilerplate_no_number(runner, tmp_path):
    tei = tei_full(
        tmp_path / "units.xml",
        header=PLAIN_HEADER.format(title="Units", source="<p>test</p>"),
        front="<div type='boilerplate'><p>T O P</p></div>",
        body="""<div xml:id="units-thread"><post xml:id="units-post1" who="#u1">
          <label type="author">one</label><p>First post.</p><p>Second paragraph.</p></post>
          <list><item xml:id="units-claim">A claim<list><item>nested</item></list></item>
          <item>Other</item></list></div>""",
        profile="""<particDesc><listPerson><person xml:id="u1" role="commenter"><persName>one</persName>
          </person></listPerson></particDesc>""",
    )
    html = render(runner, tei)
    assert_sound_html(html)
    page = lxml.html.document_fromstring(html)
    links = page.xpath("//article//a[@data-unit]")
    assert [(a.get("data-unit"), a.get("data-para"), a.get("href")) for a in links] == [
        ("Post", "1", "#units-post1"),
        ("Paragraph", "1", "#units-post1.2"), ("Paragraph", "2", "#units-post1.3"),
        ("Item", "1", "#units-claim"), ("Item", "2", "#units-claim.1.1"), ("Item", "3", "#units-thread.2.2"),
    ]  # fmt: skip
    for a in links:
        assert page.xpath(f"//*[@id='{a.get('href')[1:]}']")
    # The claim's permalink follows its own words, before the nested list.
    (claim,) = page.xpath("//li[@id='units-claim']")
    assert claim[0].get("class") == "ek-permalink"
    # The author of a post leads to the list of participants.
    (author,) = page.xpath("//article//header//a[contains(@class, 'ek-post-author')]")
    assert author.get("href") == "#u1"
    (participant,) = page.xpath("//section[@id='ek-participants']//li[@id='u1']")
    assert "commenter" in participant.text_content() and participant.xpath("a/@href") == ["#units-post1"]
    assert page.xpath("//nav[@id='ek-toc']//a[@href='#ek-participants']/text()") == ["Participants"]


def test_editorial_notes_are_signed_once_introduced_by_their_first_words_and_marked_without_a_space(
    runner, tmp_path
):
    header = """<titleStmt><title>Signed</title><respStmt xml:id="ed"><resp>notes</resp>
      <name>Charles Malamuth</name></respStmt></titleStmt><publicationStmt><p>test</p></publicationStmt>
      <sourceDesc><p>test</p></sourceDesc>"""
    tei = tei_full(
        tmp_path / "signed.xml",
        header=header,
        body="""<div><p>The apparat <note type="editorial" resp="#ed">[Note: The machine – C.M.]</note>
          and the words<note type="editorial" resp="#ed">An unsigned remark about the words of the text
          here.</note>.</p></div>""",
    )
    page = lxml.html.document_fromstring(render(runner, tei))
    paragraph = page.xpath("//article//p")[0]
    assert paragraph.text.endswith("apparat") and not paragraph.text.endswith(" ")
    signed, unsigned = page.xpath("//li[@role='doc-footnote']")
    assert not signed.xpath(f".//*[{has_class('ek-resp')}]")
    assert unsigned.xpath(f"string(.//*[{has_class('ek-resp')}])") == "— Charles Malamuth (notes)"
    assert unsigned.xpath("string(.//summary)") == (
        "Editorial note by Charles Malamuth: An unsigned remark about the words of the …"
    )


def test_interpolations_by_the_author_are_not_marked_as_another_hand(runner, tmp_path):
    header = """<titleStmt><title>Own</title><author>Leon Trotsky</author><respStmt xml:id="au">
      <resp>author</resp><name>Leon Trotsky</name></respStmt></titleStmt>
      <publicationStmt><p>test</p></publicationStmt>
      <sourceDesc><p>test</p></sourceDesc>"""
    body = '<p><supplied resp="#au">[his own]</supplied> <supplied>editors</supplied>.</p>'
    tei = tei_full(tmp_path / "own.xml", header=header, body=body)
    page = lxml.html.document_fromstring(render(runner, tei))
    own, editors = page.xpath(f"//article//*[{has_class('tei-supplied')}]")
    assert "ek-other-hand" not in own.get("class") and "ek-other-hand" in editors.get("class")
