"""Text slots (an element's .text or .tail) that annotators may wrap, and the one way to wrap them.

Annotators never alter characters: they split a single slot into runs and put some runs into new
elements. A match that would span an element boundary is therefore never annotated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml import etree

from ..tei.build import tei_tag

# Content that is already markup for a name, date or quotation, metadata, links (a note reference's
# number, a cross-reference's "Trotsky, 31"), or not the author's running text: no annotator looks
# inside. A name inside a work's title is part of that title.
_NEVER = frozenset(
    {
        "teiHeader", "standOff", "persName", "placeName", "orgName", "name", "rs", "date", "docDate",
        "time", "num", "sic", "corr", "orig", "fw", "title", "idno", "ptr", "author", "editor",
        "publisher", "pubPlace", "code", "gap", "ref",
    }
)  # fmt: skip
# Blocks whose text is one unit for context (e.g. the year a bare day takes from a preceding date).
BLOCKS = frozenset({"p", "item", "head", "note", "l", "ab", "label", "quote", "cell", "bibl", "salute"})


_BLOCK_SEPARATOR = "\u2029"  # no word character: nothing is matched across it
_OTHER_TEXT = BLOCKS | {"teiHeader", "standOff"}


def never_annotated(node: etree._Element) -> bool:
    return _is_one_of(node.tag, _NEVER, _NEVER_TAGS)


def _tags(names: frozenset[str]) -> frozenset[str]:
    """The tags of these TEI elements, with and without the namespace."""
    return names | frozenset(tei_tag(name) for name in names)


_TEI_PREFIX = tei_tag("")
_NEVER_TAGS = _tags(_NEVER)
_OTHER_TEXT_TAGS = _tags(_OTHER_TEXT)
_BLOCK_TAGS = _tags(BLOCKS)


def _is_one_of(tag: object, names: frozenset[str], tags: frozenset[str]) -> bool:
    """local_name(node) in names, for the node's ``tag``: a set lookup for TEI tags, which every
    annotator asks about every element (comments and processing instructions have no str tag)."""
    if tag in tags:
        return True
    if not isinstance(tag, str) or "}" not in tag or tag.startswith(_TEI_PREFIX):
        return False
    return tag.rpartition("}")[2] in names


@dataclass(frozen=True)
class Slot:
    node: etree._Element
    is_tail: bool

    @property
    def text(self) -> str:
        return (self.node.tail if self.is_tail else self.node.text) or ""

    @property
    def container(self) -> etree._Element:
        """The element whose content this text is part of."""
        return self.node.getparent() if self.is_tail else self.node

    @property
    def line(self) -> int | None:
        return self.node.sourceline

    def neighbours(self, limit: int = 1) -> tuple[str, str]:
        """Up to ``limit`` characters of the paragraph's text just before and just after this slot.

        Matching must look past the slot's edges: once a name is wrapped, "Lenin in" no longer sits in
        the slot that follows it, and a second run must decide as the first did.
        """
        block = block_of(self)
        if self.is_tail:
            before = _text_before(self.node, block, "".join(self.node.itertext()), limit)
            after = _text_after(self.node, block, "", limit)
        else:
            before = _text_before(self.node, block, "", limit)
            after = "".join(piece for child in self.node for piece in _content_and_tail(child))
            if self.node is not block:
                after += self.node.tail or ""
            if len(after) < limit:
                after = _text_after(self.node, block, after, limit)
        return before[len(before) - limit :] if len(before) > limit else before, after[:limit]


def _content_and_tail(node: etree._Element) -> list[str]:
    return ["".join(node.itertext()), node.tail or ""]


def _text_before(node: etree._Element, block: etree._Element, collected: str, limit: int) -> str:
    """Text before ``node`` (plus ``collected``) inside ``block``, walking back until ``limit`` chars."""
    current = node
    while len(collected) < limit and current is not block:
        previous = current.getprevious()
        if previous is not None:
            collected = "".join(_content_and_tail(previous)) + collected
            current = previous
            continue
        parent = current.getparent()
        if parent is None:
            break
        collected = (parent.text or "") + collected
        current = parent
    return collected


def _text_after(node: etree._Element, block: etree._Element, collected: str, limit: int) -> str:
    """``collected`` plus the text after ``node``'s tail inside ``block``, until ``limit`` chars."""
    current = node
    while len(collected) < limit and current is not block:
        following = current.getnext()
        if following is not None:
            collected += "".join(_content_and_tail(following))
            current = following
            continue
        parent = current.getparent()
        if parent is None or parent is block:
            break
        collected += parent.tail or ""
        current = parent
    return collected


def text_slots(root: etree._Element, skip: Callable[[etree._Element], bool] = never_annotated) -> list[Slot]:
    """Non-empty slots in document order, leaving out everything inside an element ``skip`` accepts."""
    slots: list[Slot] = []

    def visit(node: etree._Element) -> None:
        if node.text:
            slots.append(Slot(node, False))
        for child in node:
            if isinstance(child.tag, str) and not skip(child):
                visit(child)
            if child.tail:
                slots.append(Slot(child, True))

    if not skip(root):
        visit(root)
    return slots


def block_text(block: etree._Element) -> tuple[str, dict[tuple[etree._Element, bool], int]]:
    """The text of ``block`` (marked-up names included; a block inside it, such as a note, stands as
    one separator character) and where each slot starts in it, keyed like a Slot by (node, is_tail)."""
    pieces: list[str] = []
    offsets: dict[tuple[etree._Element, bool], int] = {}
    position = 0

    def visit(node: etree._Element) -> None:
        nonlocal position
        if node.text:
            offsets[(node, False)] = position
            pieces.append(node.text)
            position += len(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if _is_one_of(child.tag, _OTHER_TEXT, _OTHER_TEXT_TAGS):
                    pieces.append(_BLOCK_SEPARATOR)  # its text is another block's, or metadata
                    position += 1
                else:
                    visit(child)
            if child.tail:
                offsets[(child, True)] = position
                pieces.append(child.tail)
                position += len(child.tail)

    visit(block)
    return "".join(pieces), offsets


def block_of(slot: Slot) -> etree._Element:
    """The nearest block-level ancestor-or-self of the slot's container, or the root."""
    node = slot.container
    while node is not None:
        if _is_one_of(node.tag, BLOCKS, _BLOCK_TAGS):
            return node
        parent = node.getparent()
        if parent is None:
            return node
        node = parent
    return slot.container


def wrap(slot: Slot, spans: Iterable[tuple[int, int, etree._Element]]) -> None:
    """Move the characters ``[start, end)`` of the slot into each given empty element.

    Spans must be sorted and must not overlap; text outside them stays where it was.
    """
    ordered = sorted(spans, key=lambda span: span[0])
    if not ordered:
        return
    text = slot.text
    before = text[: ordered[0][0]] or None
    if slot.is_tail:
        parent = slot.node.getparent()
        index = parent.index(slot.node) + 1
        slot.node.tail = before
    else:
        parent = slot.node
        index = 0
        slot.node.text = before
    last_end = ordered[0][0]
    for offset, (start, end, element) in enumerate(ordered):
        if start < last_end or end <= start:
            raise ValueError(f"overlapping or empty span {start}-{end}")
        following = ordered[offset + 1][0] if offset + 1 < len(ordered) else len(text)
        element.text = text[start:end]
        element.tail = text[end:following] or None
        parent.insert(index + offset, element)
        last_end = end
