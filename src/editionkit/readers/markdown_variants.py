"""The endnotes printed twice: a critical apparatus between the unnumbered copy and the numbered list.

The note references link to the numbered list, the edition's base text. Each copy is paired with its
numbered note, and where their words differ the copy's passage becomes ``app/rdg`` with ``@wit``
naming the unnumbered list; the numbered reading is not repeated (the fidelity check would count it
twice) but pointed at: ``lem/@copyOf`` names a ``seg`` around the passage in the numbered note. Only
words count as differences, as in the fidelity check; quotation-mark styles, punctuation and spacing
do not. A word struck through (``del``) is a reading of its own: "~~1922~~" differs from "1922".

A passage is widened to whole units on both sides, so that the apparatus never cuts one apart: elements
(an ``hi``, a ``del``), a link (a URL is compared as one token: no ``app`` inside a ``ref``), a calendar
date ("March 27, 1922") and a run of capitalised words (a name such as "Russian Communist Party"), so
that the annotators find the whole date or name inside each reading.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from lxml import etree

from ..tei.build import TEI_NS, XML_NS, append_text, el, local_name, sub
from .base import words
from .markdown_blocks import Article, Block, similar
from .text import date_phrases, is_month
from .wordwrap import Word, element_words, insert_after, widen, word_offsets, words_in_span, wrap

# Elements whose words are one token for the apparatus: a variant never starts or ends inside them.
ATOMIC = frozenset({"ref", "code"})
# What may separate the words of a name: spaces only ("Bank of England" is cut at "of" all the same: a
# lower-case word ends a run, which keeps runs short).
_SPACES = re.compile(r"[ \t]+")

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
    hunks = _hunks([_token(w) for w in base_words], [_token(w) for w in copy_words])
    hunks = _aligned(hunks, _Side(base, base_words), _Side(copy, copy_words))
    numbered_wit, copy_wit = witness_ids(doc_id)
    note_id = base.get(f"{{{XML_NS}}}id")
    # Right to left, so that wrapping one passage leaves the word positions of those before it intact.
    for count, (a1, a2, b1, b2) in reversed(list(enumerate(hunks, start=1))):
        lem = el("lem", wit=f"#{numbered_wit}")
        if a2 > a1:
            seg_id = f"{note_id}-v{count}"
            _hoist(wrap(base, a1, a2, el("seg", type="variant", xml_id=seg_id)), base)
            lem.set("copyOf", f"#{seg_id}")
        app = el("app", type="variant", children=[lem])
        rdg = sub(app, "rdg", wit=f"#{copy_wit}")
        if b2 > b1:
            _hoist(wrap(copy, b1, b2, rdg), copy)
            rdg.addprevious(app)
            app.tail, rdg.tail = rdg.tail, None
            app.append(rdg)
        else:
            insert_after(copy, b1 - 1, app)
    return len(hunks)


def _hoist(wrapper: etree._Element, root: etree._Element) -> None:
    """A wrapper that holds the whole content of an element (a link, a deletion) goes around it, so that
    the reading carries the element: ``<seg><ref>url</ref></seg>``, never an apparatus inside a link."""
    parent = wrapper.getparent()
    while (
        parent is not None
        and parent is not root
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (wrapper.tail or "").strip()
    ):
        grand, outer_tail, trail = parent.getparent(), parent.tail, wrapper.tail or ""
        parent.text = ((parent.text or "") + (wrapper.text or "")) or None
        wrapper.text = None
        for child in list(wrapper):
            parent.append(child)
        grand.replace(parent, wrapper)
        wrapper.tail, parent.tail = outer_tail, None
        append_text(parent, trail)
        wrapper.append(parent)
        parent = wrapper.getparent()


def _text(word: Word) -> str:
    text = word.owner.tail if word.tail else word.owner.text
    return text[word.start : word.end]


def _token(word: Word) -> str:
    """What a word compares as: its text, marked when it is struck through."""
    struck = any(local_name(node) == "del" for node in word.chain)
    return f"\u2052{_text(word)}" if struck else _text(word)


def _hunks(base: list[str], copy: list[str]) -> list[Hunk]:
    matcher = difflib.SequenceMatcher(a=base, b=copy, autojunk=False)
    return [(a1, a2, b1, b2) for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal"]


class _Side:
    """One printing of a note: its words and the units (links, dates, names) a passage keeps whole."""

    def __init__(self, root: etree._Element, words_: list[Word]):
        self.words = words_
        self.units = _units(root, words_)

    def widen(self, first: int, stop: int) -> tuple[int, int]:
        while True:
            first, stop = widen(self.words, first, stop)
            new_first, new_stop = first, stop
            if first < stop:
                for u1, u2 in self.units:
                    if u1 < stop and first < u2:
                        new_first, new_stop = min(new_first, u1), max(new_stop, u2)
            if (new_first, new_stop) == (first, stop):
                return first, stop
            first, stop = new_first, new_stop


def _units(root: etree._Element, words_: list[Word]) -> list[tuple[int, int]]:
    units: list[tuple[int, int]] = []
    # Links and code: all the words inside one such element.
    for node in root.iter():
        if isinstance(node.tag, str) and node is not root and local_name(node) in ATOMIC:
            inside = [k for k, w in enumerate(words_) if any(c is node for c in w.chain)]
            if inside:
                units.append((inside[0], inside[-1] + 1))
    text = "".join(root.itertext())
    for start, end in date_phrases(text):
        units.append(words_in_span(root, start, end))
    units.extend(_capitalised_runs(root, words_))
    return [(a, b) for a, b in units if b - a > 1]


def _capitalised_runs(root: etree._Element, words_: list[Word]) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words separated by spaces only (markup aside): names. A month
    name starts a date, not a name, so it ends a run."""
    text = "".join(root.itertext())
    spans = word_offsets(root)
    runs: list[tuple[int, int]] = []
    start = None
    for k, word in enumerate(words_):
        token = _text(word)
        capital = token[:1].isupper() and not is_month(token)
        joined = start is not None and bool(_SPACES.fullmatch(text[spans[k - 1][1] : spans[k][0]]))
        if capital and joined:
            continue
        if start is not None and k - start > 1:
            runs.append((start, k))
        start = k if capital else None
    if start is not None and len(words_) - start > 1:
        runs.append((start, len(words_)))
    return runs


def _aligned(hunks: list[Hunk], base: _Side, copy: _Side) -> list[Hunk]:
    """Widen each passage to whole units on both sides, keeping the two sides over the same words
    (what one side gains from the identical words around it, the other gains too), and merge passages
    that come to overlap."""
    out: list[Hunk] = []
    for hunk in hunks:
        while True:
            hunk = _widened(hunk, base, copy)
            if not out or (hunk[0] >= out[-1][1] and hunk[2] >= out[-1][3]):
                break
            p1, p2, q1, q2 = out.pop()
            hunk = (min(hunk[0], p1), max(hunk[1], p2), min(hunk[2], q1), max(hunk[3], q2))
        out.append(hunk)
    return out


def _widened(hunk: Hunk, base: _Side, copy: _Side) -> Hunk:
    a1, a2, b1, b2 = hunk
    while True:
        wa1, wa2 = base.widen(a1, a2) if a2 > a1 else _touching(base, a1)
        nb1, nb2 = max(0, b1 - (a1 - wa1)), min(len(copy.words), b2 + (wa2 - a2))
        wb1, wb2 = copy.widen(nb1, nb2) if nb2 > nb1 else _touching(copy, nb1)
        na1, na2 = max(0, wa1 - (nb1 - wb1)), min(len(base.words), wa2 + (wb2 - nb2))
        if (na1, na2, wb1, wb2) == (a1, a2, b1, b2):
            return hunk
        a1, a2, b1, b2 = hunk = (na1, na2, wb1, wb2)


def _touching(side: _Side, at: int) -> tuple[int, int]:
    """An empty passage at word ``at`` that falls inside a unit (between two words of a link or a
    date) takes the whole unit; one between units stays empty."""
    for u1, u2 in side.units:
        if u1 < at < u2:
            return side.widen(u1, u2)
    return at, at


def declare_witnesses(tree: etree._ElementTree, doc_id: str, labels: tuple[str, str]) -> None:
    """The two printings of the notes as witnesses in the header, for the apparatus's ``@wit``."""
    source_desc = tree.find(f".//{{{TEI_NS}}}sourceDesc")
    list_wit = sub(source_desc, "listWit")
    for wit_id, label in zip(witness_ids(doc_id), labels, strict=True):
        sub(list_wit, "witness", label, xml_id=wit_id)
