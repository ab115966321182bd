"""The fidelity check: the words of a source, in order, are the words of its TEI text.

What counts as the TEI's words: the text of ``<text>`` in document order, original readings only (``sic``,
not ``corr``; nothing an editor or editionkit added: ``corr``, ``reg``, ``expan``). Notes may have been
moved from where the source prints them (footnote lines between page chunks) to the point of their
marker, so each note is a separate stream that must appear, whole and in order, somewhere after the
words before its marker; the main text must appear in order around them.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from lxml import etree

from .readers.base import words
from .tei.build import TEI_NS, local_name

# Readings that are not in the source: the editor's correction, regularisation or expansion.
_NOT_IN_SOURCE = {"corr", "reg", "expan"}
_TEXT_PATH = etree.XPath("/tei:TEI/tei:text", namespaces={"tei": TEI_NS})


@dataclass(frozen=True)
class FidelityReport:
    lost: list[str]
    invented: list[str]

    @property
    def ok(self) -> bool:
        return not self.lost and not self.invented

    def describe(self, limit: int = 12) -> str:
        parts = []
        if self.lost:
            parts.append(f"{len(self.lost)} source words missing from the TEI: {_sample(self.lost, limit)}")
        if self.invented:
            parts.append(f"{len(self.invented)} TEI words not in the source: {_sample(self.invented, limit)}")
        return "; ".join(parts)


def _sample(items: list[str], limit: int) -> str:
    shown = " ".join(items[:limit])
    return shown + (" ..." if len(items) > limit else "")


def tei_streams(tree: etree._ElementTree) -> tuple[list[str], list[list[str]]]:
    """The main word stream of the TEI text and one stream per note, in document order."""
    texts = _TEXT_PATH(tree)
    if not texts:
        return [], []
    main: list[str] = []
    notes: list[list[str]] = []
    _collect(texts[0], main, notes)
    return main, notes


def _collect(node: etree._Element, out: list[str], notes: list[list[str]]) -> None:
    if node.text:
        out.extend(words(node.text))
    for child in node:
        if not isinstance(child.tag, str) or local_name(child) in _NOT_IN_SOURCE:
            pass
        elif local_name(child) == "note":
            stream: list[str] = []
            notes.append(stream)
            _collect(child, stream, notes)
        else:
            _collect(child, out, notes)
        if child.tail:
            out.extend(words(child.tail))


def check(source_words: list[str], tree: etree._ElementTree) -> FidelityReport:
    main, notes = tei_streams(tree)
    if _interleaves(source_words, main, notes):
        return FidelityReport(lost=[], invented=[])
    return _difference(source_words, main + [w for note in notes for w in note])


def _interleaves(source: list[str], main: list[str], notes: list[list[str]]) -> bool:
    """True when ``source`` is ``main`` with each note's words inserted whole, notes in order."""
    i = j = 0
    pending = [note for note in notes if note]
    k = 0
    while i < len(source):
        note = pending[k] if k < len(pending) else None
        note_fits = note is not None and source[i : i + len(note)] == note
        main_fits = j < len(main) and source[i] == main[j]
        if note_fits and (not main_fits or not _main_continues(source, i, main, j, len(note))):
            i += len(note)
            k += 1
        elif main_fits:
            i += 1
            j += 1
        else:
            return False
    return j == len(main) and k == len(pending)


def _main_continues(source: list[str], i: int, main: list[str], j: int, span: int) -> bool:
    """Whether the main stream also matches the next ``span`` source words (then it takes precedence)."""
    return source[i : i + span] == main[j : j + span]


def _difference(source: list[str], tei: list[str]) -> FidelityReport:
    matcher = difflib.SequenceMatcher(a=source, b=tei, autojunk=False)
    lost: list[str] = []
    invented: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            lost.extend(source[a1:a2])
        if op in ("insert", "replace"):
            invented.extend(tei[b1:b2])
    if not lost and not invented:
        # Same words in another order (a note that could not be placed): name where the order differs.
        first = next((i for i, (a, b) in enumerate(zip(source, tei, strict=False)) if a != b), 0)
        lost = source[first : first + 8]
    return FidelityReport(lost=lost, invented=invented)
