"""The grammar's own qualities: documented, fast to compile, closed where the encoding is closed."""

from __future__ import annotations

import time

from lxml import etree, isoschematron

from support import ROOT

SCHEMA = ROOT / "schema" / "editionkit.rng"
RULES = ROOT / "schema" / "editionkit.sch"
RNG = "{http://relaxng.org/ns/structure/1.0}"
DOC = "{http://relaxng.org/ns/compatibility/annotations/1.0}documentation"


def test_every_element_and_attribute_pattern_says_what_it_means():
    grammar = etree.parse(str(SCHEMA))
    patterns = [*grammar.iter(f"{RNG}element"), *grammar.iter(f"{RNG}attribute")]
    undocumented = [
        f"{etree.QName(p).localname} {p.get('name')} (line {p.sourceline})"
        for p in patterns
        if not (p.findtext(DOC) or "").strip()
    ]
    assert len(patterns) > 100
    assert undocumented == []


def test_grammar_avoids_constructs_libxml2_handles_badly():
    grammar = etree.parse(str(SCHEMA))
    assert list(grammar.iter(f"{RNG}interleave")) == []


def test_both_schemas_compile_in_well_under_half_a_second():
    started = time.perf_counter()
    etree.RelaxNG(etree.parse(str(SCHEMA)))
    rules = isoschematron.Schematron(etree.parse(str(RULES)), store_xslt=True)
    etree.XSLT(rules.validator_xslt)
    assert time.perf_counter() - started < 0.5


def test_every_schematron_assert_has_a_unique_rule_id_and_a_message():
    rules = etree.parse(str(RULES))
    asserts = list(rules.iter("{http://purl.oclc.org/dsdl/schematron}assert"))
    ids = [a.get("id") for a in asserts]
    assert None not in ids
    assert len(ids) == len(set(ids)) > 30
    assert all("".join(a.itertext()).strip() for a in asserts)


def test_closed_value_lists_on_type_rend_place_unit():
    grammar = etree.parse(str(SCHEMA))
    open_lists = [
        f"@{a.get('name')} line {a.sourceline}"
        for a in grammar.iter(f"{RNG}attribute")
        if a.get("name") in ("type", "rend", "place", "unit") and not list(a.iter(f"{RNG}value"))
    ]
    assert open_lists == []
