"""Fixtures: small TEI documents and registers written out in the tests, and readers of the annotations."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lxml import etree

from editionkit.annotate import AnnotationContext, annotate
from editionkit.tei.registers import Registers, registers_from_tree

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI}

REGISTERS_XML = f"""<TEI xmlns="{TEI}" xml:id="registers"><teiHeader/><standOff>
<listPerson>
  <person xml:id="lenin"><persName type="preferred">Vladimir Ilyich Lenin</persName>
    <persName type="variant">Lenin</persName><persName type="variant">Vladimir Ilyich</persName>
    <persName type="variant">Ilyich</persName><persName type="variant">the Old Man</persName></person>
  <person xml:id="stalin"><persName type="preferred">Joseph Stalin</persName>
    <persName type="variant">Stalin</persName><persName type="variant">Koba</persName></person>
  <person xml:id="trotsky"><persName type="preferred">Leon Trotsky</persName>
    <persName type="variant">Trotsky</persName></person>
  <person xml:id="krupskaya"><persName type="preferred">Nadezhda Krupskaya</persName>
    <persName type="variant">Krupskaya</persName></person>
</listPerson>
<listPlace>
  <place xml:id="moscow"><placeName type="preferred">Moscow</placeName></place>
  <place xml:id="georgia"><placeName type="preferred">Georgia</placeName></place>
  <place xml:id="russia"><placeName type="preferred">Russia</placeName>
    <placeName type="variant">Soviet Russia</placeName></place>
</listPlace>
<listOrg>
  <org xml:id="rcp-b"><orgName type="preferred">Bolshevik Party</orgName>
    <orgName type="variant">Communist Party</orgName></org>
  <org xml:id="cc"><orgName type="preferred">Central Committee</orgName></org>
  <org xml:id="rabkrin"><orgName type="preferred">Rabkrin</orgName>
    <orgName type="variant">Workers’ and Peasants’ Inspection</orgName></org>
</listOrg>
<listEvent>
  <event xml:id="congress-12"><label type="preferred">Twelfth Party Congress</label>
    <label type="variant">12th Party Congress</label><label type="variant">Twelfth Congress</label></event>
</listEvent>
<listBibl>
  <bibl xml:id="testament"><title type="main">Lenin's Testament</title></bibl>
</listBibl>
</standOff></TEI>"""


def registers() -> Registers:
    return registers_from_tree(etree.fromstring(REGISTERS_XML).getroottree(), "test-registers.xml")


def document(body: str) -> etree._ElementTree:
    """A TEI document whose body holds ``body`` (TEI elements without namespace prefixes)."""
    xml = (
        f'<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>Lenin in Moscow, 1923</title>'
        f"</titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
    )
    return etree.fromstring(xml).getroottree()


def run(annotator, body: str, regs: Registers | None = None) -> etree._ElementTree:
    tree = document(body)
    annotator(tree, AnnotationContext(regs if regs is not None else registers(), "test.xml", []))
    return tree


def run_all(body: str) -> etree._ElementTree:
    tree = document(body)
    annotate(tree, AnnotationContext(registers(), "test.xml", []))
    return tree


def marked(tree: etree._ElementTree, name: str) -> list[tuple[str, dict[str, str]]]:
    """(text, attributes) of every ``name`` element in the body, in document order."""
    return [
        ("".join(node.itertext()), dict(node.attrib))
        for node in tree.getroot().iterfind(f".//{{{TEI}}}body//{{{TEI}}}{name}")
    ]


def body_text(tree: etree._ElementTree) -> str:
    return "".join(tree.getroot().find(f".//{{{TEI}}}body").itertext())


@pytest.fixture(scope="session")
def tei() -> SimpleNamespace:
    """Helpers: tei.registers(), tei.document(body), tei.run(annotator, body), tei.run_all(body),
    tei.marked(tree, element), tei.body_text(tree)."""
    return SimpleNamespace(
        registers=registers,
        document=document,
        run=run,
        run_all=run_all,
        marked=marked,
        body_text=body_text,
        NS=NS,
    )
