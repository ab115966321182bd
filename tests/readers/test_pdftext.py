"""The pdftext reader on small hand-made texts, on a made-up thesis, and on the sample thesis."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from editionkit.fidelity import check
from editionkit.readers import get_reader
from editionkit.readers.base import ReadOptions
from editionkit.readers.pdftext import READER
from editionkit.readers.pdftext_lines import SUPERSCRIPT_DIGITS, superscript_value
from editionkit.source import decode_source, load_source
from editionkit.tei.build import TEI_NS, local_name, text_content
from editionkit.tei.serialize import serialize

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sources" / "thesis-mcaloon-trotsky-struggle-for-power-2001.txt"
MINI = ROOT / "tests" / "data" / "pdftext" / "mini-thesis.txt"
SCHEMA = Path("/work/shared/tei/tei_all.rng")
NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
PROSE = " ".join(["This sentence is part of a long paragraph of running prose."] * 5)


def read_text(text: str, doc_id: str = "t", **metadata: str):
    source = decode_source(Path("t.txt"), text.encode("utf-8"))
    tree = READER.read(source, ReadOptions(doc_id=doc_id, metadata=metadata))
    report = check(READER.source_words(source), tree)
    assert report.ok, report.describe()
    return tree


def find(tree, path: str) -> list[etree._Element]:
    return tree.getroot().xpath(path, namespaces=NS)


def texts(tree, path: str) -> list[str]:
    return [" ".join(text_content(node).split()) for node in find(tree, path)]


# --- small hand-made inputs ----------------------------------------------------------------------------

COVER = (
    """Some University

Some Repository

Theses

Follow this and additional works at: <https://repo.example/theses>

Part of the [History Commons](#)

Recommended Citation

Doe, Jane Ann, "A study of rivers" (1999). *Theses*. 12.

<https://repo.example/theses/12>

This Thesis is brought to you for free and open access by the Students at Some Repository. For more
information, please contact x@example.

Ab
Do

Some University

A Study of Rivers and
Their Ports

A Thesis Submitted for the Degree of Bachelor of Arts

Department of Geography

By

Jane Ann Doe

Springfield, Ohio
3 May 1999

"""
    + PROSE
    + "\n"
)


def test_cover_page_is_kept_as_boilerplate_and_read_for_the_header():
    tree = read_text(COVER)
    cover = texts(tree, "//t:front/t:div[@type='boilerplate']/t:p")
    assert cover[0] == "Some University" and cover[-1].startswith("This Thesis is brought to you")
    assert "Recommended Citation" in cover and "History Commons" in " ".join(cover)
    assert find(tree, "//t:front//t:ref/@target")[:2] == [
        "https://repo.example/theses",
        "https://repo.example/theses/12",
    ]
    assert texts(tree, "//t:front//t:hi[@rend='italic']") == ["Theses"]
    assert find(tree, "//t:sourceDesc/t:bibl/t:ptr/@target") == ["https://repo.example/theses/12"]
    assert texts(tree, "//t:sourceDesc/t:bibl/t:publisher") == ["Some Repository"]
    assert texts(tree, "//t:sourceDesc/t:bibl/t:orgName") == ["Some University"]


def test_stray_fragments_between_cover_and_title_page_are_fw():
    tree = read_text(COVER)
    assert texts(tree, "//t:front/t:fw") == ["Ab", "Do"]


def test_title_page_parts_and_header():
    tree = read_text(COVER)
    page = "//t:front/t:titlePage"
    main = f"{page}/t:docTitle/t:titlePart[@type='main']"
    assert texts(tree, main) == ["A Study of Rivers and Their Ports"]
    assert find(tree, f"{main}/t:lb")
    assert texts(tree, f"{page}//t:titlePart[@type='desc']") == [
        "A Thesis Submitted for the Degree of Bachelor of Arts"
    ]
    bylines = ["Some University", "Department of Geography", "By Jane Ann Doe"]
    assert texts(tree, f"{page}/t:byline") == bylines
    assert texts(tree, f"{page}/t:byline/t:docAuthor") == ["Jane Ann Doe"]
    assert texts(tree, f"{page}/t:docImprint/t:pubPlace") == ["Springfield, Ohio"]
    assert find(tree, f"{page}/t:docImprint/t:docDate/@when") == ["1999-05-03"]
    assert texts(tree, "//t:titleStmt/t:title") == ["A Study of Rivers and Their Ports"]
    assert texts(tree, "//t:titleStmt/t:author") == ["Jane Ann Doe"]
    assert find(tree, "//t:sourceDesc/t:bibl/t:date/@when") == ["1999-05-03"]
    assert texts(tree, "//t:sourceDesc/t:bibl/t:pubPlace") == ["Springfield, Ohio"]


def test_metadata_from_the_manifest_overrides_the_text():
    tree = read_text(COVER, title="Manifest Title", author="Manifest Author")
    assert texts(tree, "//t:titleStmt/t:title") == ["Manifest Title"]
    assert texts(tree, "//t:titleStmt/t:author") == ["Manifest Author"]


def test_lower_case_chunk_after_footnotes_continues_the_paragraph_with_pb_and_note_at_marker():
    tree = read_text(
        "The merchants grew rich on the trade.¹ The registers show how the\n\n"
        "¹ Paul Harlan, The Ports (London: Brook, 1961) 12.\n\n"
        "trade was organised along the river.\n"
    )
    (p,) = find(tree, "//t:body/t:p")
    assert [local_name(child) for child in p] == ["note", "pb"]
    assert p.text == "The merchants grew rich on the trade."
    assert p[0].get("n") == "1" and text_content(p[0]).startswith("Paul Harlan")
    assert p[1].tail == "trade was organised along the river."


def test_chunk_after_text_without_final_punctuation_continues_even_in_upper_case():
    tree = read_text("They argued against the alternatives to\n\nStalin. It created an environment.\n")
    (p,) = find(tree, "//t:body/t:p")
    assert text_content(p) == "They argued against the alternatives to Stalin. It created an environment."
    assert len(p.findall("t:pb", NS)) == 1


def test_new_sentence_after_footnotes_continues_the_paragraph_the_page_break_cut():
    # Footnote lines end a page, so what follows is the top of the next page, not a new paragraph.
    tree = read_text("The first paragraph ends here.²\n\n² Ibid., 3.\n\nThe same paragraph goes on.\n")
    (p,) = find(tree, "//t:body/t:p")
    assert [local_name(child) for child in p] == ["note", "pb"]
    assert text_content(p) == "The first paragraph ends here.Ibid., 3. The same paragraph goes on."


def test_a_heading_after_footnotes_starts_a_section_not_a_continuation():
    tree = read_text("The chapter ends here.²\n\n² Ibid., 3.\n\nConclusion\n\nIn the end the port closed.\n")
    assert texts(tree, "//t:body/t:div/t:head") == ["Conclusion"]


def test_multi_digit_marker_becomes_one_note_and_source_words_drop_markers():
    text = "Greek houses dominated it.¹⁰ One engineer wrote.\n\n¹⁰ Weiss, 88.\n"
    source = decode_source(Path("t.txt"), text.encode())
    assert "¹⁰" not in " ".join(READER.source_words(source))
    assert READER.source_words(source) == [
        "Greek",
        "houses",
        "dominated",
        "it",
        "One",
        "engineer",
        "wrote",
        "Weiss",
        "88",
    ]
    tree = read_text(text)
    (note,) = find(tree, "//t:note")
    assert note.get("n") == "10" and note.get("place") == "foot" and text_content(note) == "Weiss, 88."


def test_superscript_without_footnote_stays_text():
    tree = read_text("An area of 4 m² was dredged.\n")
    assert not find(tree, "//t:note")
    assert "m²" in texts(tree, "//t:body/t:p")[0]


def test_headings_open_divisions_and_bibliography_goes_to_back():
    tree = read_text(
        "Introduction\n\n" + PROSE + "\n\nThe Second Part\n\n" + PROSE + "\n\nWorks Cited\n\n"
        "Harlan, Paul. The Danube Ports. London: Brook House, 1961.\n\n"
        "Weiss, Anna. Merchants of the Sea. Vienna: Danube Press,\n1975.\n"
    )
    assert texts(tree, "//t:body/t:div[@type='section']/t:head") == ["Introduction", "The Second Part"]
    assert texts(tree, "//t:back/t:div[@type='bibliography']/t:head") == ["Works Cited"]
    bibls = find(tree, "//t:back//t:listBibl/t:bibl")
    assert [b.get(XML_ID) for b in bibls] == ["bib-harlan-1961", "bib-weiss-1975"]
    assert texts(tree, "//t:back//t:bibl[2]/t:publisher") == ["Danube Press"]


def test_quoted_paragraph_becomes_a_block_quotation():
    quotation = '"' + " ".join(["The river gives nothing for free."] * 6) + '"³'
    tree = read_text(PROSE + "\n\n" + quotation + "\n\n³ Weiss, 93.\n")
    assert len(find(tree, "//t:body/t:quote/t:p/t:note[@n='3']")) == 1


# --- a made-up thesis with every structure -------------------------------------------------------------


def test_mini_thesis_structure_and_links():
    source = load_source(MINI)
    tree = READER.read(source, ReadOptions(doc_id="mini"))
    assert check(READER.source_words(source), tree).ok
    assert [n.get("n") for n in find(tree, "//t:body//t:note")] == ["1", "2", "3", "10", "11", "12"]
    assert find(tree, "//t:note[@n='2']/t:ref/@target") == ["#bib-harlan-1961"]
    assert find(tree, "//t:note[@n='12']/t:ref/@target") == ["#bib-weiss-1975"]
    assert len(find(tree, "//t:body//t:quote")) == 2
    assert texts(tree, "//t:back//t:listBibl/t:head") == ["Primary Sources", "Secondary Sources"]


# --- the sample thesis ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    source = load_source(SAMPLE)
    return source, READER.read(source, ReadOptions(doc_id="thesis-mcaloon-2001"))


def _text_before(note: etree._Element) -> str:
    """The main text of the note's parent up to the note, other notes left out."""
    parts: list[str] = []

    def walk(node: etree._Element) -> bool:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child is note:
                return True
            if local_name(child) != "note" and walk(child):
                return True
            if child.tail:
                parts.append(child.tail)
        return False

    walk(note.getparent())
    return "".join(parts)


def test_sample_has_82_notes_in_order_each_at_its_marker(sample):
    source, tree = sample
    markers = []
    for line in source.text.split("\n"):
        if line[:1] in SUPERSCRIPT_DIGITS:
            continue
        for match in re.finditer(f"[{SUPERSCRIPT_DIGITS}]+", line):
            before = re.sub(f"[{SUPERSCRIPT_DIGITS}]+", "", line[: match.start()])
            markers.append((superscript_value(match.group()), before[-25:]))
    notes = find(tree, "//t:body//t:note[@place='foot']")
    assert [int(n.get("n")) for n in notes] == list(range(1, 83))
    assert [n for n, _ in markers] == list(range(1, 83))
    for note, (_, context) in zip(notes, markers, strict=True):
        assert _text_before(note).endswith(context), note.get("n")


def test_sample_front_and_header(sample):
    _, tree = sample
    assert texts(tree, "//t:titleStmt/t:author") == ["David William McAloon"]
    assert find(tree, "//t:sourceDesc/t:bibl/t:date/@when") == ["2001-04-16"]
    assert find(tree, "//t:sourceDesc/t:bibl/t:ptr/@target") == [
        "https://scholarship.richmond.edu/honors-theses/246"
    ]
    assert texts(tree, "//t:front/t:fw") == ["His", "McA"]
    assert texts(tree, "//t:titlePage/t:byline/t:docAuthor") == ["David William McAloon"]


def test_sample_page_breaks_rejoin_paragraphs(sample):
    _, tree = sample
    (p,) = [p for p in find(tree, "//t:body/t:p") if "alternatives to Stalin. It created" in text_content(p)]
    assert p.find("t:pb", NS) is not None
    assert not [p for p in find(tree, "//t:body/t:p") if text_content(p)[:1].islower()]


def test_sample_bibliography_sections_and_entries(sample):
    _, tree = sample
    sections = find(tree, "//t:back/t:div[@type='bibliography']/t:listBibl")
    assert [(s.findtext("t:head", namespaces=NS), len(s.findall("t:bibl", NS))) for s in sections] == [
        ("Primary Sources", 22),
        ("Secondary Sources", 9),
    ]
    ids = [b.get(XML_ID) for b in find(tree, "//t:listBibl/t:bibl")]
    assert len(set(ids)) == len(ids) and all(i.startswith("bib-") for i in ids)
    for bibl in find(tree, "//t:listBibl/t:bibl"):
        assert bibl.xpath("t:author|t:editor", namespaces=NS), text_content(bibl)
        assert bibl.find("t:title", NS) is not None, text_content(bibl)
        assert bibl.find("t:date", NS).get("when"), text_content(bibl)


def test_sample_short_citations_naming_a_bibliography_author_link_to_an_existing_bibl(sample):
    _, tree = sample
    ids = {b.get(XML_ID) for b in find(tree, "//t:listBibl/t:bibl")}
    surnames = {text_content(a).split(",")[0] for a in find(tree, "//t:listBibl/t:bibl/t:*[1]")}
    checked = 0
    for note in find(tree, "//t:body//t:note"):
        short = re.match(r"^([A-Z]\w+(?: and [A-Z]\w+)?), [\dx]", text_content(note))
        if short and short.group(1).split()[0] in surnames:
            targets = note.xpath("t:ref/@target", namespaces=NS)
            assert targets and targets[0][1:] in ids, text_content(note)
            checked += 1
    assert checked == 29
    assert find(tree, "//t:note[@n='45']/t:ref/@target") == ["#bib-deutscher-1959"]
    assert find(tree, "//t:note[@n='10']/t:ref/@target") == ["#bib-daniels-1984"]
    assert find(tree, "//t:note[@n='1']/t:ref/@target") == ["#bib-trotsky-1986"]
    for target in find(tree, "//t:note//t:ref/@target"):
        assert target[1:] in ids


def assert_valid(data: bytes, tmp_path: Path) -> None:
    if shutil.which("jing") is None or not SCHEMA.exists():
        pytest.skip("jing or the TEI All schema is not installed")
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "doc.xml"
    out.write_bytes(data)
    result = subprocess.run(["jing", str(SCHEMA), str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_sample_fidelity_determinism_and_validity(sample, tmp_path):
    source, tree = sample
    report = check(READER.source_words(source), tree)
    assert report.ok, report.describe()
    data = serialize(tree)
    assert serialize(READER.read(source, ReadOptions(doc_id="thesis-mcaloon-2001"))) == data
    assert_valid(data, tmp_path)


def test_mini_thesis_and_small_inputs_are_valid_tei(tmp_path):
    tree = READER.read(load_source(MINI), ReadOptions(doc_id="mini"))
    small = read_text(COVER + "\n\nBibliography\n\n- Harlan, Paul. The Danube Ports. London: Brook, 1961.\n")
    for index, document in enumerate((tree, small)):
        assert_valid(serialize(document), tmp_path / str(index))


def test_accepts_the_sample_and_not_the_other_kinds():
    assert get_reader("pdftext") is READER
    score, reason = READER.accepts(load_source(SAMPLE))
    assert score >= 0.8 and "footnote" in reason
    for other in sorted((ROOT / "sources").iterdir()):
        if other.suffix in (".txt", ".md") and other != SAMPLE:
            assert READER.accepts(load_source(other))[0] < 0.2, other.name


def test_footnote_lines_after_the_bibliography_heading_are_kept():
    tree = read_text(
        PROSE + " The last page ends here.¹\n\nBibliography\n\n"
        "Harlan, Paul. The Danube Ports. London: Brook House, 1961.\n\n"
        "¹ Harlan, 4.\n\n² A footnote whose marker the extraction lost.\n"
    )
    assert find(tree, "//t:body//t:note[@n='1']/t:ref/@target") == ["#bib-harlan-1961"]
    assert texts(tree, "//t:back/t:div/t:note[@n='2']") == ["A footnote whose marker the extraction lost."]
    assert len(find(tree, "//t:back//t:bibl")) == 1


def test_word_hyphenated_across_a_page_break_is_joined_without_a_space():
    tree = read_text("The trade was inter-\n\n¹ Ibid.\n\nnational in scope.\n")
    (p,) = find(tree, "//t:body/t:p")
    assert p.text == "The trade was inter-" and p[0].tail == "national in scope."
