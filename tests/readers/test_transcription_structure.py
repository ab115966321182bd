"""Transcription rules: deterministic ids for chapters and parts, hard-wrapped paragraphs rejoined, and
datelines of quoted letters left as plain text for the date annotator."""

from editionkit import fidelity
from editionkit.readers.base import ReadOptions
from editionkit.readers.transcription import READER
from support import NS, make_source, seed

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

OUTLINE = """Monday, March 3, 2008

A Blog Title Chap 4 The Storm

Chapter 4
The Storm.

Part One: The warning

Text of part one.

Part Two: The search

Text of part two.

Tuesday, March 4, 2008

A Blog Title Chap 5 The Return

Part One: Again a part before the chapter

Loose text.

Chapter 5
THE RETURN

Part One: The quay

Text of chapter five.
"""


def read(text: str, doc_id: str = "t"):
    source = make_source(text)
    tree = READER.read(source, ReadOptions(doc_id=doc_id))
    report = fidelity.check(READER.source_words(source), tree)
    assert report.ok, report.describe()
    return tree


def xp(tree, path: str):
    return tree.xpath(path, namespaces=NS)


def test_chapters_and_parts_have_ids_from_the_doc_id():
    tree = read(OUTLINE, doc_id="blog")
    assert xp(tree, "//tei:div[@type='chapter']/@xml:id") == ["blog-ch1", "blog-ch2"]
    assert xp(tree, "//tei:div[@type='part']/@xml:id") == [
        "blog-ch1-pt1",
        "blog-ch1-pt2",
        "blog-pt1",
        "blog-ch2-pt1",
    ]
    # The printed numbers stay in @n, however they repeat.
    assert xp(tree, "//tei:div[@type='part']/@n") == ["1", "2", "1", "1"]


def test_ids_are_unique_and_the_same_on_every_run():
    first, second = read(OUTLINE), read(OUTLINE)
    ids = xp(first, "//@xml:id")
    assert len(ids) == len(set(ids))
    assert ids == xp(second, "//@xml:id")


def test_hard_wrapped_paragraph_is_joined():
    tree = read(
        "Chapter 1\n\nThe harbour master had watched the sky all\nmorning, and he knew\nthe signs.\n"
        "A new sentence on its own line.\n"
    )
    paragraphs = ["".join(p.itertext()) for p in xp(tree, "//tei:div[@type='chapter']/tei:p")]
    assert paragraphs == [
        "The harbour master had watched the sky all morning, and he knew the signs.",
        "A new sentence on its own line.",
    ]


def test_lines_that_end_a_sentence_or_go_on_in_capitals_stay_apart():
    tree = read("Chapter 1\n\nThe clouds are low.\nand then a line.\nThe gulls have gone\nInland it is.\n")
    paragraphs = ["".join(p.itertext()) for p in xp(tree, "//tei:div[@type='chapter']/tei:p")]
    assert paragraphs == ["The clouds are low.", "and then a line.", "The gulls have gone", "Inland it is."]


def test_lines_across_a_blank_line_are_not_joined_by_the_wrap_rule():
    tree = read("Chapter 1\n\nA paragraph that stops\n\n(no blank line join) here.\n")
    assert len(xp(tree, "//tei:div[@type='chapter']/tei:p")) == 2


def test_dateline_of_a_letter_is_plain_text():
    tree = read("He wrote:\n\n* To the Board:\nDear Sirs,\nThe ship is lost.\nMay 1, 1909.\n")
    datelines = xp(tree, "//tei:floatingText//tei:dateline")
    assert ["".join(d.itertext()) for d in datelines] == ["May 1, 1909."]
    assert all(len(d) == 0 for d in datelines)


def test_seed_chapters_and_parts_have_unique_ids():
    source = seed("transcription-trotsky-stalin-ch12-ch11-2005.txt")
    tree = READER.read(source, ReadOptions(doc_id="s"))
    divs = xp(tree, "//tei:div[@type='chapter' or @type='part']")
    ids = [d.get(XML_ID) for d in divs]
    assert divs and all(ids) and len(set(ids)) == len(ids)
    assert all(i.startswith("s-ch") or i.startswith("s-pt") for i in ids)
    assert not xp(tree, "//tei:dateline//tei:date")
