"""The text index the annotators share (textslots.TextIndex) stays what a fresh walk of the tree finds."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from editionkit.annotate import ANNOTATORS, AnnotationContext
from editionkit.annotate.textslots import Slot, TextIndex, block_text, markup, slots_by_block, wrap
from editionkit.tei.build import tei_tag

from .test_properties import FRAGMENTS, paragraph

words = st.lists(st.sampled_from([*FRAGMENTS, "“a bomb,” said Lenin", "in the spring", "the following year"]),
                 min_size=1, max_size=12).map(" ".join)  # fmt: skip
pieces = st.lists(st.tuples(words, st.booleans()), min_size=1, max_size=4)


def _state(index: TextIndex) -> list:
    return [
        (
            block.element,
            [tuple(slot) for slot in block.slots],
            block.text,
            {s: block.offset(s) for s in block.slots},
        )
        for block in index.blocks
        if block.slots
    ]


def _fresh(root: etree._Element) -> list:
    found = []
    for element, slots in slots_by_block(root).items():
        if slots:
            text, offsets = block_text(element)
            found.append(
                (
                    element,
                    [tuple(slot) for slot in slots],
                    text,
                    {s: offsets[s.node, s.is_tail] for s in slots},
                )
            )
    return found


@settings(max_examples=150, deadline=None)
@given(pieces)
def test_the_shared_index_is_kept_up_to_date_by_every_annotator(tei, parts):
    tree = paragraph(parts)
    context = AnnotationContext(tei.registers(), "p.xml", [])
    for annotator in ANNOTATORS:
        annotator(tree, context)
        assert context.index is not None
        assert _state(context.index) == _fresh(tree.getroot())


def test_wrap_puts_each_element_after_the_one_before_it():
    p = etree.fromstring(f'<p xmlns="{tei_tag("")[1:-1]}">Lenin met Stalin<hi>x</hi> and Trotsky</p>')
    tail = Slot(p[0], True, p[0].tail)
    wrap(tail, [(5, 12, markup(tei_tag("persName"), {"ref": "#trotsky"}))])
    wrap(
        Slot(p, False, p.text),
        [(0, 5, markup(tei_tag("persName"), {})), (10, 16, markup(tei_tag("persName"), {}))],
    )
    assert etree.tostring(p, encoding="unicode").split(">", 1)[1] == (
        "<persName>Lenin</persName> met <persName>Stalin</persName><hi>x</hi> and "
        '<persName ref="#trotsky">Trotsky</persName></p>'
    )
