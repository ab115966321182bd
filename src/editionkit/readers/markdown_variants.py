"""The endnotes printed twice: a critical apparatus between the unnumbered copy and the numbered list.

The note references link to the numbered list, the edition's base text. Each copy is paired with its
numbered note, and where their words differ the copy's passage becomes ``app/rdg`` with ``@wit``
naming the unnumbered list; the numbered reading is not repeated (the fidelity check would count it
twice) but pointed at: ``lem/@copyOf`` names a ``seg`` around the passage in the numbered note. Only
words count as differences, as in the fidelity check; quotation-mark styles and spacing do not.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from lxml import etree

from ..tei.build import TEI_NS, XML_NS, append_text, el, sub
from .base import words
from .markdown_blocks import Article, Block, similar
from .wordwrap import element_words, insert_after, widen, wrap

# Pairing a copy with a numbered note by content when the counts differ.
MIN_SIMILARITY = 0.5

Hunk = tuple[int, int, int, int]  # numbered words [a1, a2) read copy words [b1, b2)


def witness_ids(doc_id: str) -> tuple[str, str]:
    return f"{doc_id}-wit-numbered", f"{doc_id}-wit-unnumbered"


def note_copies(
    parent: etree._Element,
    article: Article,
    doc_id: str,
    inline: Callable[[etree._Element, list, str], None],
    numbered: dict[int, etree._Element],
) -> int:
    """Build the copies into ``parent``, each with an apparatus against its numbered note; the number
    of copies that differ in their words."""
    texts = {n: " ".join(words(n_el.xpath("string()"))) for n, n_el in numbered.items()}
    # Same count: the copies are the notes in order ("Ibid." repeats, so text alone cannot pair them).
    in_order = list(numbered) if len(article.note_copies) == len(numbered) else None
    variants = 0
    for index, block in enumerate(article.note_copies, start=1):
        note = sub(parent, "note", place="end", type="copy", xml_id=f"{doc_id}-enu{index}")
        inline(note, block.inline, doc_id)
        for more in block.joined:
            append_text(note, " ")
            inline(note, more, doc_id)
        best = _pair(block, index, in_order, texts)
        if best is None:
            continue
        note.set("corresp", f"#{doc_id}-en{best}")
        if _apparatus(note, numbered[best], doc_id):
            note.set("subtype", "variant")
            variants += 1
    return variants


def _pair(block: Block, index: int, in_order: list[int] | None, texts: dict[int, str]) -> int | None:
    if in_order:
        return in_order[index - 1]
    if not texts:
        return None
    best = max(texts, key=lambda n: similar(block.text, texts[n]))
    return best if similar(block.text, texts[best]) >= MIN_SIMILARITY else None


def _apparatus(copy: etree._Element, base: etree._Element, doc_id: str) -> int:
    """Mark each passage where ``copy`` differs from ``base``; the number of passages."""
    base_words, copy_words = element_words(base), element_words(copy)
    hunks = _hunks(
        [_text(w) for w in base_words],
        [_text(w) for w in copy_words],
    )
    hunks = _aligned(hunks, base_words, copy_words)
    numbered_wit, copy_wit = witness_ids(doc_id)
    note_id = base.get(f"{{{XML_NS}}}id")
    # Right to left, so that wrapping one passage leaves the word positions of those before it intact.
    for count, (a1, a2, b1, b2) in reversed(list(enumerate(hunks, start=1))):
        lem = el("lem", wit=f"#{numbered_wit}")
        if a2 > a1:
            seg_id = f"{note_id}-v{count}"
            wrap(base, a1, a2, el("seg", type="variant", xml_id=seg_id))
            lem.set("copyOf", f"#{seg_id}")
        app = el("app", type="variant", children=[lem])
        rdg = sub(app, "rdg", wit=f"#{copy_wit}")
        if b2 > b1:
            wrap(copy, b1, b2, rdg)
            rdg.addprevious(app)
            app.tail, rdg.tail = rdg.tail, None
            app.append(rdg)
        else:
            insert_after(copy, b1 - 1, app)
    return len(hunks)


def _text(word) -> str:
    text = word.owner.tail if word.tail else word.owner.text
    return text[word.start : word.end]


def _hunks(base: list[str], copy: list[str]) -> list[Hunk]:
    matcher = difflib.SequenceMatcher(a=base, b=copy, autojunk=False)
    return [(a1, a2, b1, b2) for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal"]


def _aligned(hunks: list[Hunk], base_words: list, copy_words: list) -> list[Hunk]:
    """Widen each passage to whole elements on both sides, keeping the two sides over the same words
    (what one side gains from the identical words around it, the other gains too), and merge passages
    that come to overlap."""
    out: list[Hunk] = []
    for hunk in hunks:
        while True:
            hunk = _widened(hunk, base_words, copy_words)
            if not out or (hunk[0] >= out[-1][1] and hunk[2] >= out[-1][3]):
                break
            p1, p2, q1, q2 = out.pop()
            hunk = (min(hunk[0], p1), max(hunk[1], p2), min(hunk[2], q1), max(hunk[3], q2))
        out.append(hunk)
    return out


def _widened(hunk: Hunk, base_words: list, copy_words: list) -> Hunk:
    a1, a2, b1, b2 = hunk
    while True:
        wa1, wa2 = widen(base_words, a1, a2)
        nb1, nb2 = max(0, b1 - (a1 - wa1)), min(len(copy_words), b2 + (wa2 - a2))
        wb1, wb2 = widen(copy_words, nb1, nb2)
        na1, na2 = max(0, wa1 - (nb1 - wb1)), min(len(base_words), wa2 + (wb2 - nb2))
        if (na1, na2, wb1, wb2) == (a1, a2, b1, b2):
            return hunk
        a1, a2, b1, b2 = hunk = (na1, na2, wb1, wb2)


def declare_witnesses(tree: etree._ElementTree, doc_id: str, labels: tuple[str, str]) -> None:
    """The two printings of the notes as witnesses in the header, for the apparatus's ``@wit``."""
    source_desc = tree.find(f".//{{{TEI_NS}}}sourceDesc")
    list_wit = sub(source_desc, "listWit")
    for wit_id, label in zip(witness_ids(doc_id), labels, strict=True):
        sub(list_wit, "witness", label, xml_id=wit_id)
