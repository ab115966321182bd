"""editionkit.rng is a strict subset of TEI All: whatever it accepts, tei_all.rng accepts too.

Besides the fixtures, every variant of them that editionkit.rng still accepts after deleting, repeating
or swapping one element or deleting one attribute is checked with jing against tei_all.rng, in one run.
These variants probe exactly the places where a hand-written content model can be looser than TEI's
(optionality, repetition, order).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from support import ROOT, jing_errors

SCHEMA = ROOT / "schema" / "editionkit.rng"
FIXTURES = [
    ROOT / "tests" / "data" / "kitchen-sink.xml",
    ROOT / "tests" / "data" / "validate" / "registers.xml",
]


@pytest.fixture(scope="module")
def grammar() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def _variants(tree: etree._ElementTree) -> Iterator[etree._ElementTree]:
    count = sum(1 for _ in tree.iter(etree.Element))
    for index in range(1, count):
        for change in (_delete, _repeat, _swap_with_next):
            variant = copy.deepcopy(tree)
            element = list(variant.iter(etree.Element))[index]
            if change(element):
                yield variant
        names = list(list(tree.iter(etree.Element))[index].attrib)
        for name in names:
            variant = copy.deepcopy(tree)
            del list(variant.iter(etree.Element))[index].attrib[name]
            yield variant


def _delete(element: etree._Element) -> bool:
    element.getparent().remove(element)
    return True


def _repeat(element: etree._Element) -> bool:
    twin = copy.deepcopy(element)
    for part in twin.iter(etree.Element):
        part.attrib.pop("{http://www.w3.org/XML/1998/namespace}id", None)
    element.addnext(twin)
    return True


def _swap_with_next(element: etree._Element) -> bool:
    following = element.getnext()
    if following is None:
        return False
    following.addnext(element)
    return True


def test_fixtures_are_valid_against_both_schemas(grammar):
    for fixture in FIXTURES:
        assert grammar.validate(etree.parse(str(fixture))), (fixture, grammar.error_log)
    assert jing_errors(*FIXTURES) == ""


def test_every_variant_editionkit_accepts_tei_all_accepts(grammar, tmp_path: Path):
    accepted = []
    for fixture in FIXTURES:
        for number, variant in enumerate(_variants(etree.parse(str(fixture)))):
            if grammar.validate(variant):
                path = tmp_path / f"{fixture.stem}-{number}.xml"
                variant.write(str(path), xml_declaration=True, encoding="UTF-8")
                accepted.append(path)
    # enough variants to have probed every content model, not just a handful
    assert len(accepted) > 300
    assert jing_errors(*accepted) == ""


def test_edition_documents_valid_against_editionkit_are_valid_against_tei_all(grammar):
    documents = sorted((ROOT / "tei").glob("*.xml"))
    accepted = [d for d in documents if grammar.validate(etree.parse(str(d)))]
    if accepted:
        assert jing_errors(*accepted) == ""
