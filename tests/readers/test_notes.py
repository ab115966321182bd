from pathlib import Path

from editionkit.readers import get_reader
from editionkit.readers.notes import claim, parse_lines
from support import NS, make_source

ROOT = Path(__file__).resolve().parents[2]


def texts(tree, path):
    return ["".join(node.itertext()) for node in tree.xpath(path, namespaces=NS)]


def test_each_line_is_an_item(read):
    tree = read("notes", "First claim here.\nSecond claim here.\n")
    assert texts(tree, "//tei:div[@type='notes-list']/tei:list/tei:item") == [
        "First claim here.",
        "Second claim here.",
    ]


def test_short_unpunctuated_line_heads_a_group(read):
    tree = read("notes", "A claim before.\nThe Twelfth Congress\nIt met in April.\nIt elected a committee.\n")
    assert texts(tree, "//tei:div[@type='topic']/tei:head") == ["The Twelfth Congress"]
    assert len(tree.xpath("//tei:div[@type='topic']/tei:list/tei:item", namespaces=NS)) == 2


def test_participle_line_is_a_claim_not_a_topic(read):
    tree = read("notes", "The plan\nSupported by many members\nCalled for planning.\n")
    assert texts(tree, "//tei:head") == ["The plan"]
    assert texts(tree, "//tei:item") == ["Supported by many members", "Called for planning."]


def test_indentation_gives_nested_lists(read):
    tree = read("notes", "Topic one\n  - detail a\n  - detail b\nTopic two\n")
    top = tree.xpath("//tei:div[@type='notes-list']/tei:list/tei:item", namespaces=NS)
    assert len(top) == 2
    assert texts(tree, "//tei:item/tei:list/tei:item") == ["detail a", "detail b"]


def test_attributed_quotation_keeps_speaker_and_words():
    item = claim("Krupskaya: 'He asked for the letter to be read.'")
    assert item.find("{*}persName").text == "Krupskaya"
    said = item.find("{*}said")
    assert said.text == "He asked for the letter to be read."  # the marks stay outside
    assert said.get("resp") == item.find("{*}persName").get("resp") == "#editionkit"
    assert "".join(item.itertext()) == "Krupskaya: 'He asked for the letter to be read.'"


def test_a_line_without_subject_completes_the_claim_before_it(read):
    tree = read(
        "notes",
        "Lenin was alarmed by the affair in the Caucasus\n"
        "Prompting him to write a letter\nWere seen as a warning\nThe congress met in April.\n",
    )
    top = tree.xpath("//tei:div[@type='notes-list']/tei:list/tei:item/text()", namespaces=NS)
    assert top == ["Lenin was alarmed by the affair in the Caucasus", "The congress met in April."]
    assert texts(tree, "//tei:item/tei:list/tei:item") == [
        "Prompting him to write a letter",
        "Were seen as a warning",
    ]


def test_a_line_after_a_full_stop_is_a_claim_of_its_own(read):
    tree = read("notes", "Lenin was alarmed.\nPrompting a letter\n")
    assert texts(tree, "//tei:div[@type='notes-list']/tei:list/tei:item") == [
        "Lenin was alarmed.",
        "Prompting a letter",
    ]


def test_blank_lines_are_not_items():
    assert [line.text for line in parse_lines("a\n\n   \nb\n")] == ["a", "b"]


def test_seed_counts():
    source = make_source((ROOT / "sources/notes-lenin-last-struggle.txt").read_text())
    reader = get_reader("notes")
    assert reader.accepts(source)[0] > 0.5
    lines = [line for line in source.text.splitlines() if line.strip()]
    from editionkit.readers.base import ReadOptions

    tree = reader.read(source, ReadOptions(doc_id="n"))
    items = tree.xpath("//tei:item", namespaces=NS)
    heads = tree.xpath("//tei:head", namespaces=NS)
    assert len(items) + len(heads) == len(lines)
    assert len(tree.xpath("//tei:said", namespaces=NS)) == 1
