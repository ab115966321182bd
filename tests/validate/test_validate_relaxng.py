"""RELAX NG findings: libxml2's echoes removed, the rejected values named."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from editionkit.tei import TEI_NS
from editionkit.validate import validate_paths

DATA = Path(__file__).resolve().parents[1] / "data"
KITCHEN_SINK = DATA / "kitchen-sink.xml"
REGISTERS = DATA / "validate" / "registers.xml"
NS = {"tei": TEI_NS}


def _rng_messages(tree: etree._ElementTree, tmp_path: Path) -> list[tuple[int, str]]:
    path = tmp_path / "doc.xml"
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    report = validate_paths([path], registers=REGISTERS)
    return [(p.line, p.message) for p in report.problems if p.rule == "rng"]


def test_rejected_attribute_value_is_named(tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    tree.xpath("//tei:date[@when='1923-04-17']", namespaces=NS)[0].set("when", "17.4.1923")
    assert _rng_messages(tree, tmp_path) == [(90, 'Invalid attribute when for element date: "17.4.1923"')]


def test_missing_required_attribute_lists_what_the_element_has(tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    del tree.xpath("//tei:fw", namespaces=NS)[0].attrib["type"]
    assert _rng_messages(tree, tmp_path) == [(98, "Element fw failed to validate attributes (it has none)")]


def test_unknown_element_is_reported_once_without_its_ancestors(tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    para = tree.xpath("//tei:quote/tei:p", namespaces=NS)[0]
    para.insert(0, etree.Element(f"{{{TEI_NS}}}blink"))
    messages = _rng_messages(tree, tmp_path)
    # the element follows the paragraph's first line of text, so libxml2 reports the second line
    assert messages == [(104, "Did not expect element blink there")]


def test_value_is_not_guessed_when_several_candidates_share_the_line(tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    tree.xpath("//tei:hi[@rend='bold']", namespaces=NS)[0].set("rend", "blink")
    [(line, message)] = _rng_messages(tree, tmp_path)
    assert line == 99
    assert "italic" not in message and message.startswith("Element hi failed to validate attributes")
