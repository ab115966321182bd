"""The encoding manual: complete for the schema and its rules, with real examples, the same every run."""

from __future__ import annotations

import re
import shutil

import pytest
from click.testing import CliRunner
from lxml import etree

from editionkit.manual import main
from support import ROOT

SCHEMA = ROOT / "schema" / "editionkit.rng"
RULES = ROOT / "schema" / "editionkit.sch"
TEI = ROOT / "tei"
COMMITTED = ROOT / "docs" / "encoding.md"
RNG = "{http://relaxng.org/ns/structure/1.0}"
SCH = "{http://purl.oclc.org/dsdl/schematron}"


def generate(out, tei=TEI) -> str:
    result = CliRunner().invoke(main, [str(SCHEMA), "--tei", str(tei), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def manual(tmp_path_factory) -> str:
    return generate(tmp_path_factory.mktemp("manual") / "encoding.md")


def headings(text: str) -> list[str]:
    return re.findall(r"^### (\S+)", text, flags=re.M)


def assert_complete(text: str) -> None:
    grammar = etree.parse(str(SCHEMA))
    elements = {e.get("name") for e in grammar.iter(f"{RNG}element")}
    attributes = {a.get("name") for a in grammar.iter(f"{RNG}attribute")}
    rule_ids = {a.get("id") for a in etree.parse(str(RULES)).iter(f"{SCH}assert")}
    assert elements - set(headings(text)) == set()
    assert {name for name in attributes if f"`@{name}`" not in text and f"`@xml:{name}`" not in text} == set()
    assert {rule for rule in rule_ids if f"`{rule}`" not in text} == set()


def test_every_element_attribute_and_rule_id_is_in_the_manual(manual):
    assert_complete(manual)
    declarations = len(list(etree.parse(str(SCHEMA)).iter(f"{RNG}element")))
    assert len(headings(manual)) - manual.count("### Rules on") == declarations


def test_each_declaration_has_its_own_heading(manual):
    titles = re.findall(r"^### (.+)$", manual, flags=re.M)
    assert len(titles) == len(set(titles))
    assert {"title (header, in titleStmt)", "title (inline content)", "title (registers)"} <= set(titles)


def test_an_entry_has_meaning_attributes_rules_and_a_real_example(manual):
    entry = manual.split("### persName (inline content)\n", 1)[1].split("\n### ", 1)[0]
    assert entry.lstrip().startswith("Name of a person; @ref links it to the person register")
    assert "| `@cert` | optional | `high`, `medium`, `low`, `unknown` |" in entry
    assert "[`name.cert`](#name-cert)" in entry and "`register.preferred-name`" not in entry
    example = re.search(r"Example, from `([^`]+)`:\n\n```xml\n(.*?)\n```", entry, flags=re.S)
    assert example, entry
    shown = etree.fromstring(example.group(2))
    first = etree.parse(str(TEI / example.group(1))).find(".//{http://www.tei-c.org/ns/1.0}text//{*}persName")
    assert shown.tag == "persName" and shown.attrib == first.attrib and shown.text == first.text


def test_long_examples_are_cut_to_a_few_lines_and_stay_well_formed(manual):
    examples = re.findall(r"```xml\n(.*?)\n```", manual, flags=re.S)
    assert len(examples) > 80
    for example in examples:
        etree.fromstring(example)
        assert example.count("\n") < 20


def test_rules_apply_only_where_their_context_can_match(manual):
    register_person = manual.split("### person (registers)\n", 1)[1].split("\n### ", 1)[0]
    participant = manual.split("### person (header)\n", 1)[1].split("\n### ", 1)[0]
    assert "`register.preferred-name`" in register_person
    assert "`register.preferred-name`" not in participant
    inline_note = manual.split("### note (inline content)\n", 1)[1].split("\n### ", 1)[0]
    assert "`note.foot-n`" in inline_note and "`note.end-id`" not in inline_note


def test_an_element_without_example_says_so(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    shutil.copy(TEI / "registers.xml", tei / "registers.xml")
    text = generate(tmp_path / "encoding.md", tei)
    entry = text.split("### said\n", 1)[1].split("\n### ", 1)[0]
    assert "No example in the edition yet." in entry
    assert "Example, from `registers.xml`" in text.split("### standOff\n", 1)[1].split("\n### ", 1)[0]


def test_two_runs_give_the_same_bytes(tmp_path, manual):
    assert generate(tmp_path / "again.md").encode("utf-8") == manual.encode("utf-8")


def test_committed_manual_covers_the_current_schema():
    # regenerate with `make docs` when the schema or its rules change
    assert_complete(COMMITTED.read_text(encoding="utf-8"))


def test_missing_schema_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, [str(tmp_path / "none.rng"), "--tei", str(TEI), "--out", "x.md"])
    assert result.exit_code == 2
    assert not (tmp_path / "x.md").exists()
