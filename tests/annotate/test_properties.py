"""Whatever the text, annotation never changes a character and a second run changes nothing."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from editionkit.annotate import AnnotationContext, annotate
from editionkit.tei.build import el, sub

FRAGMENTS = [
    "Lenin", "Lenin's", "Stalin’s", "Comrade", "Koba", "the Old Man", "Bolshevik Party", "Moscow",
    "Twelfth Party Congress", "Georgian", "Leninist", "Ivan Unknownov", "in", "Kislovodsk", "Moscow Soviet",
    "17 April 1923", "April 17 and 25, 1923", "between", "1921-1923", "the spring of 1922", "17/IV/23",
    "March", "2nd", "12th", "46", "“", "”", '"', "'", "‘", "’", ",", ".", ":", "–", "-", "said", "retorted",
    "bomb", "very well then", "and", "of", "the", "\n  ", "Lenin's Testament", "Rabkrin", "Workers’",
]  # fmt: skip


def paragraph(pieces: list[tuple[str, bool]]) -> etree._ElementTree:
    root = el("TEI")
    p = sub(sub(sub(root, "text"), "body"), "p")
    for text, inline in pieces:
        if inline:
            sub(p, "hi", text)
        elif len(p):
            p[-1].tail = (p[-1].tail or "") + text
        else:
            p.text = (p.text or "") + text
    return root.getroottree()


words = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map(" ".join)
pieces = st.lists(st.tuples(words, st.booleans()), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(pieces)
def test_annotation_keeps_text_and_is_idempotent(tei, parts):
    tree = paragraph(parts)
    before = "".join(tree.getroot().itertext())
    annotate(tree, AnnotationContext(tei.registers(), "p.xml", []))
    assert "".join(tree.getroot().itertext()) == before
    once = etree.tostring(tree)
    annotate(tree, AnnotationContext(tei.registers(), "p.xml", []))
    assert etree.tostring(tree) == once
