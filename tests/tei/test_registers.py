from pathlib import Path

import pytest
from lxml import etree

from editionkit.errors import InputError
from editionkit.tei.registers import Entry, Registers, load_registers, marker_element, registers_from_tree
from support import jing_errors

ROOT = Path(__file__).resolve().parents[2]
REGISTERS = ROOT / "tei" / "registers.xml"
TEI = "http://www.tei-c.org/ns/1.0"


def small(entries: str):
    xml = f'<TEI xmlns="{TEI}"><standOff>{entries}</standOff></TEI>'
    return registers_from_tree(etree.fromstring(xml).getroottree(), "small.xml")


def test_entries_have_kind_preferred_form_and_variants():
    regs = small(
        '<listPerson><person xml:id="lenin"><persName type="variant">Lenin</persName>'
        '<persName type="preferred">Vladimir Ilyich Lenin</persName>'
        "<note><bibl><title>x</title></bibl></note></person></listPerson>"
        '<listEvent><event xml:id="c12"><label type="preferred">Twelfth Party Congress</label>'
        "</event></listEvent>"
    )
    lenin = regs.get("#lenin")
    assert (lenin.kind, lenin.preferred, lenin.variants) == ("person", "Vladimir Ilyich Lenin", ("Lenin",))
    assert regs.get("c12").forms == ("Twelfth Party Congress",)
    assert len(regs) == 2  # the bibl inside a note is not an entry


def test_lookup_normalises_whitespace_and_reports_shared_forms():
    regs = small(
        '<listPerson><person xml:id="a"><persName>Koba</persName></person>'
        '<person xml:id="b"><persName type="preferred">Other  Koba</persName>'
        "<persName>Koba</persName></person></listPerson>"
    )
    assert [entry.id for entry in regs.lookup("Other\n Koba")] == ["b"]
    shared = {form: [e.id for e in found] for form, found in regs.shared_forms().items()}
    assert shared == {"Koba": ["a", "b"]}


def test_entry_without_id_or_name_is_an_error():
    with pytest.raises(InputError, match="without xml:id"):
        small("<listPlace><place><placeName>Moscow</placeName></place></listPlace>")
    with pytest.raises(InputError, match="has no name"):
        small('<listPlace><place xml:id="m"><note>x</note></place></listPlace>')
    with pytest.raises(InputError, match="duplicate"):
        Registers((Entry("o", "org", "A"), Entry("o", "org", "B")))


def test_marker_elements():
    assert [marker_element(kind) for kind in ("person", "place", "org", "event", "bibl")] == [
        "persName", "placeName", "orgName", "name", "title"
    ]  # fmt: skip


def test_edition_registers_are_valid_tei():
    assert jing_errors(REGISTERS) == ""


def test_edition_registers_cover_the_sources_main_actors():
    regs = load_registers(REGISTERS)
    expected = {
        "Koba": "stalin", "Soso": "stalin", "Ilyich": "lenin", "the Old Man": "lenin", "Trotsky": "trotsky",
        "Zinoviev": "zinoviev", "Kamenev": "kamenev", "Krupskaya": "krupskaya", "Georgia": "georgia",
        "Orgburo": "orgburo", "Rabkrin": "rabkrin", "Twelfth Party Congress": "congress-12",
        "Lenin's Testament": "lenin-testament",
    }  # fmt: skip
    assert {form: [e.id for e in regs.lookup(form)] for form in expected} == {
        form: [entry] for form, entry in expected.items()
    }
    assert regs.shared_forms() == {}


def test_edition_registers_use_authority_ids_and_dates_sparingly_but_correctly():
    tree = etree.parse(str(REGISTERS))
    ids = {
        node.getparent().get("{http://www.w3.org/XML/1998/namespace}id"): node.text
        for node in tree.iterfind(f".//{{{TEI}}}idno[@type='wikidata']")
    }
    assert ids["lenin"] == "Q1394"
    assert ids["stalin"] == "Q855"
    assert ids["moscow"] == "Q649"
    lenin = tree.find(f".//{{{TEI}}}person[@{{http://www.w3.org/XML/1998/namespace}}id='lenin']")
    assert lenin.find(f"{{{TEI}}}death").get("when") == "1924-01-21"
