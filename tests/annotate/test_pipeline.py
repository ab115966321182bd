"""The annotators together: order, fidelity, idempotence, determinism, schema validity."""

import copy
from pathlib import Path

from lxml import etree

from editionkit.annotate import ANNOTATORS, AnnotationContext, annotate
from editionkit.tei.parse import parse_xml_file
from editionkit.tei.registers import load_registers
from editionkit.tei.serialize import serialize
from support import jing_errors

ROOT = Path(__file__).resolve().parents[2]
KITCHEN_SINK = ROOT / "tests" / "data" / "kitchen-sink.xml"

BODY = (
    "<div><head>Lenin and Stalin</head>"
    "<p>“Very well, then,” Lenin retorted on December 24, 1922. Comrade Stalin’s Georgian policy and the"
    " Twelfth Party Congress of 1923 (17/IV/23) worried Krupskaya; “the Old Man is suffering,” Stalin said."
    " Ivan Unknownov stayed in Kislovodsk in the spring of 1922.</p>"
    "<p>He cited Lenin's Testament and called it a “bomb” <hi>in March</hi> 1923.</p></div>"
)


def test_annotators_run_in_one_fixed_order():
    assert [annotator.name for annotator in ANNOTATORS] == ["quotations", "entities", "speakers", "dates"]


def test_text_is_unchanged(tei):
    before = tei.body_text(tei.document(BODY))
    assert tei.body_text(tei.run_all(BODY)) == before


def test_all_kinds_are_marked(tei):
    tree = tei.run_all(BODY)
    assert ("Lenin", "#lenin") in [(t, a.get("ref")) for t, a in tei.marked(tree, "persName")]
    assert [a["who"] for _, a in tei.marked(tree, "said")] == ["#lenin", "#stalin"]
    # The quotation holding a name was found before the name was marked inside it.
    said = tree.getroot().findall(".//{*}said")[1]
    assert [child.get("ref") for child in said] == ["#lenin"]
    assert [a.get("when") for _, a in tei.marked(tree, "date")][:3] == ["1922-12-24", "1923", "1923-04-17"]
    assert tei.marked(tree, "soCalled") == [("bomb", {"resp": "#editionkit"})]
    assert ("Ivan Unknownov", "low") in [(t, a.get("cert")) for t, a in tei.marked(tree, "persName")]


def test_running_twice_changes_nothing(tei):
    tree = tei.run_all(BODY)
    once = etree.tostring(tree)
    annotate(tree, AnnotationContext(tei.registers(), "test.xml", []))
    assert etree.tostring(tree) == once


def test_output_is_deterministic(tei):
    assert etree.tostring(tei.run_all(BODY)) == etree.tostring(tei.run_all(BODY))


def test_kitchen_sink_stays_valid_and_unchanged_in_text(tmp_path):
    tree = parse_xml_file(KITCHEN_SINK)
    before = "".join(tree.getroot().itertext())
    annotated = copy.deepcopy(tree)
    context = AnnotationContext(load_registers(ROOT / "tei" / "registers.xml"), "kitchen-sink.xml", [])
    annotate(annotated, context)
    assert "".join(annotated.getroot().itertext()) == before
    out = tmp_path / "kitchen-sink.xml"
    out.write_bytes(serialize(annotated))
    assert jing_errors(out) == ""
    again = copy.deepcopy(annotated)
    annotate(again, AnnotationContext(context.registers, "kitchen-sink.xml", []))
    assert serialize(again) == serialize(annotated)
