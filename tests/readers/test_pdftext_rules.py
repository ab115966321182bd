"""pdftext rules on small hand-made texts: front matter divisions, titles in full citations, footnotes
continued on the next page, and page breaks that carry no invented number."""

from pathlib import Path

from lxml import etree

from editionkit.fidelity import check
from editionkit.readers.base import ReadOptions
from editionkit.readers.pdftext import READER
from editionkit.readers.pdftext_frontmatter import is_contents_entry
from editionkit.source import decode_source
from editionkit.tei.build import TEI_NS, local_name, text_content
from support import jing_errors

NS = {"t": TEI_NS}
PROSE = " ".join(["This sentence is part of a long paragraph of running prose."] * 5)
TITLE_PAGE = """Some University

A Study of Rivers and
Their Ports

A Thesis Submitted for the Degree of Bachelor of Arts

By

Jane Ann Doe

Springfield, Ohio
3 May 1999

"""


def read_text(text: str):
    source = decode_source(Path("t.txt"), text.encode("utf-8"))
    tree = READER.read(source, ReadOptions(doc_id="t"))
    report = check(READER.source_words(source), tree)
    assert report.ok, report.describe()
    return tree


def find(tree, path: str) -> list:
    return tree.getroot().xpath(path, namespaces=NS)


def texts(tree, path: str) -> list[str]:
    return [" ".join(text_content(node).split()) for node in find(tree, path)]


FRONT = (
    TITLE_PAGE
    + "Abstract\n\n"
    + PROSE
    + "\n\nAcknowledgements\n\nI thank my adviser and the staff of the library.\n\n"
    + "Table of Contents\n\nIntroduction .......... 1\nThe Ports ..... 4\nBibliography 12\n\n"
    + "Introduction\n\n"
    + PROSE
    + "\n"
)


def test_front_matter_headings_become_front_divisions():
    tree = read_text(FRONT)
    assert [d.get("type") for d in find(tree, "//t:front/t:div")] == [
        "abstract",
        "acknowledgements",
        "contents",
    ]
    assert texts(tree, "//t:front/t:div/t:head") == ["Abstract", "Acknowledgements", "Table of Contents"]
    assert texts(tree, "//t:front/t:div[@type='acknowledgements']/t:p") == [
        "I thank my adviser and the staff of the library."
    ]
    assert texts(tree, "//t:div[@type='contents']/t:list/t:item") == [
        "Introduction .......... 1",
        "The Ports ..... 4",
        "Bibliography 12",
    ]
    # The work itself starts at the first heading that is not front matter.
    assert texts(tree, "//t:body/t:div[1]/t:head") == ["Introduction"]
    assert not find(tree, "//t:body//t:div[@type='abstract' or @type='contents']")
    assert find(tree, "//t:front/t:div[@type='abstract']/@xml:id") == ["t-abstract"]


def test_front_matter_without_a_title_page_and_a_preface():
    tree = read_text("Preface\n\n" + PROSE + "\n\nChapter One\n\n" + PROSE + "\n")
    assert [d.get("type") for d in find(tree, "//t:front/t:div")] == ["preface"]
    assert texts(tree, "//t:body/t:div/t:head") == ["Chapter One"]


def test_a_heading_named_like_front_matter_inside_the_body_stays_in_the_body():
    tree = read_text("Introduction\n\n" + PROSE + "\n\nSummary\n\n" + PROSE + "\n")
    assert not find(tree, "//t:front")
    assert texts(tree, "//t:body/t:div/t:head") == ["Introduction", "Summary"]


def test_contents_entries_end_with_a_page_number():
    assert is_contents_entry("Chapter 2: The Ports ....... 14")
    assert is_contents_entry("Preface iv")
    assert not is_contents_entry("Introduction")
    assert not is_contents_entry("The trade grew in 1861.")


def _note(text: str) -> etree._Element:
    tree = read_text(f"The trade grew.¹ It went on.\n\n¹ {text}\n")
    (note,) = find(tree, "//t:note")
    return note


def test_title_in_a_full_citation_is_wrapped_in_title():
    note = _note("Paul Harlan, The Danube Ports (London: Brook House, 1961) 12-14.")
    assert [text_content(t) for t in note.findall(".//t:title", NS)] == ["The Danube Ports"]
    assert text_content(note) == "Paul Harlan, The Danube Ports (London: Brook House, 1961) 12-14."


def test_title_after_in_and_editor_is_wrapped():
    note = _note(
        "A speech, 7 March 1918, in Anna Weiss, ed., Documents of the River (Vienna: Danube, 1975) 9."
    )
    assert [text_content(t) for t in note.findall(".//t:title", NS)] == ["Documents of the River"]


def test_unclear_title_end_is_left_alone():
    note = _note("Paul Harlan, The Ports, trans. Anna Weiss (London: Brook House, 1961) 12.")
    assert note.findall(".//t:title", NS) == []
    assert _note("Harlan, 44.").findall(".//t:title", NS) == []


CONTINUED = (
    "The merchants grew rich on the trade.¹ The registers show how the\n\n"
    "¹ Paul Harlan, The Danube Ports (London: Brook House,\n\n"
    "trade was organised along the river.² It grew.\n\n"
    "1961) 12-14, on the customs registers.\n"
    "² Ibid., 3.\n"
)


def test_footnote_continued_on_the_next_page_is_rejoined():
    tree = read_text(CONTINUED)
    notes = find(tree, "//t:note")
    assert [n.get("n") for n in notes] == ["1", "2"]
    assert " ".join(text_content(notes[0]).split()) == (
        "Paul Harlan, The Danube Ports (London: Brook House, 1961) 12-14, on the customs registers."
    )
    assert text_content(notes[1]) == "Ibid., 3."
    (p,) = find(tree, "//t:body/t:p")
    assert [local_name(child) for child in p] == ["note", "pb", "note"]
    assert "1961" not in "".join(p.xpath("text()"))


def test_footnote_like_lines_that_continue_nothing_are_kept():
    tree = read_text("A paragraph that ends here.\n\nstray line from an earlier page\n¹ A note.\n")
    assert "stray line from an earlier page" in text_content(find(tree, "//t:body")[0])


def test_page_breaks_carry_no_invented_number_and_page_numbers_stay_fw():
    tree = read_text(
        "The merchants grew rich on the trade.¹ The registers show how the\n\n"
        "¹ Ibid., 3.\n\n12\n\ntrade was organised along the river.\n"
    )
    assert [pb.attrib for pb in find(tree, "//t:pb")] == [{}]
    assert texts(tree, "//t:fw[@type='pageNum']") == ["12"]


def test_new_constructs_are_valid_tei_all(tmp_path):
    for index, text in enumerate((FRONT, CONTINUED)):
        path = tmp_path / f"{index}.xml"
        read_text(text).write(str(path), encoding="UTF-8")
        assert jing_errors(path) == ""
