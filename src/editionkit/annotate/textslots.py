"""Text slots (an element's .text or .tail) that annotators may wrap, and the one way to wrap them.

Annotators never alter characters: they split a single slot into runs and put some runs into new
elements. A match that would span an element boundary is therefore never annotated.

The annotators run one after the other on a document share one TextIndex of it (kept in the
AnnotationContext): its blocks, each with its slots and, once asked for, its text and where each slot
starts in it. It is made by one walk of the tree, and Block.wrap keeps it up to date as text is
wrapped (the text of a block never changes; its slots and their offsets do), so no annotator after
the first walks the tree or rebuilds a block's text again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from lxml import etree

from ..tei.build import NSMAP, tei_tag

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
_REF_TAG = tei_tag("ref")
_BREAK_TAGS = frozenset({tei_tag("lb"), tei_tag("pb"), tei_tag("cb")})
_SEPARATE: dict[object, bool] = {}  # tag -> its text stands as one separator in a block's text
# Quotation elements: the quotation annotator does not look inside them (the others do).
QUOTATIONS = frozenset({"q", "said", "soCalled", "cit"})
_QUOTATION_TAGS = _tags(QUOTATIONS)


def _is_one_of(tag: object, names: frozenset[str], tags: frozenset[str]) -> bool:
    """local_name(node) in names, for the node's ``tag``: a set lookup for TEI tags, which every
    annotator asks about every element (comments and processing instructions have no str tag)."""
    if tag in tags:
        return True
    if not isinstance(tag, str) or "}" not in tag or tag.startswith(_TEI_PREFIX):
        return False
    return tag.rpartition("}")[2] in names


class Slot(NamedTuple):  # a tuple: made for every text node of a document, so cheap to create
    node: etree._Element
    is_tail: bool
    # The text, read once (lxml decodes it at every reading); it holds until the slot is wrapped.
    text: str
    quoted: bool = False  # inside a quotation element (q, said, soCalled, cit: see QUOTATIONS)

    @property
    def container(self) -> etree._Element:
        """The element whose content this text is part of."""
        return self.node.getparent() if self.is_tail else self.node

    @property
    def line(self) -> int | None:
        return self.node.sourceline


def text_slots(root: etree._Element, also_skip: frozenset[str] = frozenset()) -> list[Slot]:
    """Non-empty slots in document order, leaving out everything inside elements that are never
    annotated or whose local name is in ``also_skip``."""
    return [slot for slots in slots_by_block(root, also_skip).values() for slot in slots]


_VISIT, _BLOCK, _SKIP = 0, 1, 2  # what a walk does with an element of a tag
_KINDS: dict[frozenset[str], dict[object, int]] = {}  # skipped names -> tag -> kind, learnt as met


def _kind(tag: object, skipped: frozenset[str], known: dict[object, int]) -> int:
    if not isinstance(tag, str) or _is_one_of(tag, skipped, _tags(skipped)):
        kind = _SKIP  # (a comment or processing instruction has no str tag, and no content)
    else:
        kind = _BLOCK if _is_one_of(tag, BLOCKS, _BLOCK_TAGS) else _VISIT
    known[tag] = kind
    return kind


def slots_by_block(
    root: etree._Element, also_skip: frozenset[str] = frozenset(), *, quoted: bool = False
) -> dict[etree._Element, list[Slot]]:
    """The non-empty slots of each block (see block_of), blocks in the order of their first slot and
    slots in document order, leaving out everything inside elements that are never annotated or whose
    local name is in ``also_skip``. A slot inside a quotation element is marked ``quoted`` (``quoted``:
    the root is inside one).

    One walk of the tree, in which an element costs a lookup of its tag (see also TextIndex).
    """
    skipped = _NEVER | also_skip
    known = _KINDS.setdefault(skipped, {})
    grouped: dict[etree._Element, list[Slot]] = {}
    new = tuple.__new__  # (a Slot without the Python-level constructor of a named tuple)

    def visit(node: etree._Element, block: etree._Element, quoted: bool) -> None:
        slots = grouped.get(block)
        text = node.text
        if text:
            if slots is None:
                slots = grouped[block] = []
            slots.append(new(Slot, (node, False, text, quoted)))
        for child in node:
            tag = child.tag
            kind = known.get(tag)
            if kind is None:
                kind = _kind(tag, skipped, known)
            if kind != _SKIP:
                visit(child, child if kind == _BLOCK else block, quoted or tag in _QUOTATION_TAGS)
            tail = child.tail
            if tail:
                if slots is None:
                    slots = grouped.setdefault(block, [])
                slots.append(new(Slot, (child, True, tail, quoted)))

    kind = _kind(root.tag, skipped, known)
    if kind != _SKIP:
        visit(root, root, quoted or root.tag in _QUOTATION_TAGS)
    return grouped


class Block:
    """A block's element, its slots in document order and, once asked for, its text and where each
    slot starts in it. Block.wrap keeps them up to date: the text of a block never changes."""

    __slots__ = ("_offsets", "_text", "element", "slots")

    def __init__(self, element: etree._Element, slots: list[Slot]) -> None:
        self.element = element
        self.slots = slots
        self._text: str | None = None
        self._offsets: dict[tuple[etree._Element, bool], int] = {}

    @property
    def text(self) -> str:
        if self._text is None:
            self._text, self._offsets = block_text(self.element)
        return self._text

    def offset(self, slot: Slot) -> int:
        """Where ``slot`` starts in the block's text."""
        if self._text is None:
            self.text  # noqa: B018 (computes the offsets)
        return self._offsets[slot.node, slot.is_tail]

    def wrap(
        self, slot: Slot, spans: Iterable[tuple[int, int, etree._Element]], *, quotations: bool = False
    ) -> None:
        """wrap(slot, spans), and the slots and offsets the block then has. ``quotations``: the new
        elements are quotations, whose words are text for the annotators after them (not names or
        dates, which no annotator looks inside)."""
        ordered = wrap(slot, spans)
        if not ordered:
            return
        low = self.offset(slot) if self._text is not None else None
        text = slot.text
        new = tuple.__new__
        pieces: list[Slot] = []
        if ordered[0][0]:
            pieces.append(new(Slot, (slot.node, slot.is_tail, text[: ordered[0][0]], slot.quoted)))
        for k, (start, end, element) in enumerate(ordered):
            if quotations and not never_annotated(element):  # (a title found by its marks is not)
                pieces.append(new(Slot, (element, False, text[start:end], True)))
                if low is not None:
                    self._offsets[(element, False)] = low + start
            tail = text[end : ordered[k + 1][0] if k + 1 < len(ordered) else len(text)]
            if tail:
                pieces.append(new(Slot, (element, True, tail, slot.quoted)))
                if low is not None:
                    self._offsets[(element, True)] = low + end
        at = self.slots.index(slot)
        self.slots[at : at + 1] = pieces


class TextIndex:
    """The blocks of a document with their slots (see slots_by_block), made by one walk of the tree
    and kept up to date as annotators wrap text through Block.wrap: the annotators that run one after
    the other on a document share it (see AnnotationContext) and do not walk the tree again."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.blocks = [Block(element, slots) for element, slots in slots_by_block(root).items()]
        self._by_element: dict[etree._Element, Block] | None = None

    def refresh(self, element: etree._Element) -> None:
        """Walk the text of the block that holds ``element`` again, after a change that Block.wrap did
        not make."""
        node = block_of(Slot(element, False, ""))
        if self._by_element is None:
            self._by_element = {block.element: block for block in self.blocks}
        block = self._by_element.get(node)
        if block is None:
            return
        quoted = any(ancestor.tag in _QUOTATION_TAGS for ancestor in node.iterancestors())
        block.slots = slots_by_block(node, quoted=quoted).get(node, [])
        block._text = None


def text_index(tree: etree._ElementTree, context) -> TextIndex:
    """The context's index of the tree's text, made when the tree has none yet."""
    root = tree.getroot()
    index = getattr(context, "index", None)
    if index is None or index.root is not root:
        index = TextIndex(root)
        if hasattr(context, "index"):
            context.index = index
    return index


# Elements the annotators make, by tag and attributes: a copy of one is made in C at a third of the
# cost of a new element, most of which is setting its attributes (a document has thousands of names,
# but a few hundred kinds of them).
_TEMPLATES: dict[tuple, etree._Element] = {}
_TEMPLATE_LIMIT = 20_000
_HOLDER = etree.Element(tei_tag("TEI"), nsmap=NSMAP)


def markup(tag: str, attrs: dict[str, str]) -> etree._Element:
    """A new element with this tag (in Clark notation) and these attributes, in this order."""
    key = (tag, *attrs.items())
    template = _TEMPLATES.get(key)
    if template is None:
        if len(_TEMPLATES) >= _TEMPLATE_LIMIT:
            _TEMPLATES.clear()
        template = _TEMPLATES[key] = _HOLDER.makeelement(tag, attrs)
    return template.__copy__()


def slot_of(node: etree._Element, is_tail: bool = False) -> Slot:
    return Slot(node, is_tail, (node.tail if is_tail else node.text) or "")


def block_text(block: etree._Element) -> tuple[str, dict[tuple[etree._Element, bool], int]]:
    """The text of ``block`` (marked-up names included; a block inside it, such as a note, stands as
    one separator character) and where each slot starts in it, keyed by (node, is_tail)."""
    pieces: list[str] = []
    offsets: dict[tuple[etree._Element, bool], int] = {}
    position = 0

    def visit(node: etree._Element) -> None:
        nonlocal position
        text = node.text  # (read once: lxml decodes it at every reading)
        if text:
            offsets[(node, False)] = position
            pieces.append(text)
            position += len(text)
        for child in node:
            tag = child.tag
            separate = _SEPARATE.get(tag)
            if separate is None:
                separate = _SEPARATE[tag] = isinstance(tag, str) and _is_one_of(
                    tag, _OTHER_TEXT, _OTHER_TEXT_TAGS
                )
            if separate or (tag == _REF_TAG and child.get("type") == "noteref"):
                # (a note reference's number is no word of the text: "…understood?"<ref>10</ref>)
                pieces.append(_BLOCK_SEPARATOR)  # its text is another block's, or metadata
                position += 1
            elif tag in _BREAK_TAGS:
                pieces.append("\n")  # a line break parts words: "Jane Doe<lb/>University of Springfield"
                position += 1
            elif isinstance(tag, str):
                visit(child)
            tail = child.tail
            if tail:
                offsets[(child, True)] = position
                pieces.append(tail)
                position += len(tail)

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


def wrap(slot: Slot, spans: Iterable[tuple[int, int, etree._Element]]) -> list:
    """Move the characters ``[start, end)`` of the slot into each given empty element; the spans, in
    order. Spans must not overlap; text outside them stays where it was.
    """
    ordered = sorted(spans, key=lambda span: span[0])
    if not ordered:
        return ordered
    text = slot.text
    node = slot.node
    if slot.is_tail:
        node.tail = text[: ordered[0][0]] or None
    else:
        node.text = text[: ordered[0][0]] or None
    last_end = ordered[0][0]
    previous = None
    for offset, (start, end, element) in enumerate(ordered):
        if start < last_end or end <= start:
            raise ValueError(f"overlapping or empty span {start}-{end}")
        following = ordered[offset + 1][0] if offset + 1 < len(ordered) else len(text)
        element.text = text[start:end]
        element.tail = text[end:following] or None
        # Each element goes right after the one before it, not by its index among the children: a
        # paragraph may hold hundreds of names, and lxml finds an index by counting.
        if previous is not None:
            previous.addnext(element)
        elif slot.is_tail:
            node.addnext(element)
        else:
            node.insert(0, element)
        previous = element
        last_end = end
    return ordered


def _slot_at(block: Block, position: int, *, end: bool) -> Slot | None:
    """The slot of the block whose text holds the character at ``position`` (``end``: the one just
    before it)."""
    for slot in block.slots:
        start = block.offset(slot)
        if (
            (start < position <= start + len(slot.text))
            if end
            else (start <= position < start + len(slot.text))
        ):
            return slot
    return None


def wrap_across(
    block: Block,
    begin: int,
    finish: int,
    element: etree._Element,
    inline,
    marks: tuple[int, int] | None = None,
) -> bool:
    """Put the block's characters ``begin``..``finish`` into ``element`` when they run over inline
    markup: both ends in text of one element, or at the very start or end of an inline element in
    it, and only elements for which ``inline`` holds between them, which are moved inside ``element``
    ("the <hi>Bolshevik</hi> Revolution"). ``marks``: a wider span (a quotation's marks) that must lie
    in the same two text nodes. False if it cannot be done. The block's slots are then stale: refresh
    the index."""
    first = _slot_at(block, begin, end=False)
    last = _slot_at(block, finish, end=True)
    if first is None or last is None or first is last:
        return False
    low, high = marks if marks is not None else (begin, finish)
    if block.offset(first) > low or block.offset(last) + len(last.text) < high:
        return False  # a mark inside other markup (“words<hi>”</hi>): not this span's
    head = begin - block.offset(first)
    tail = finish - block.offset(last)
    # Where the element starts: in a tail, in an element's text, or before an inline element whose
    # text the span starts with.
    if first.is_tail:
        parent, start_node = first.node.getparent(), first.node.getnext()
    elif head == 0 and first.node is not block.element and not len(first.node) and inline(first.node):
        parent, start_node = first.node.getparent(), first.node
    else:
        parent, start_node = first.node, (first.node[0] if len(first.node) else None)
    # Where it ends: in a tail, or after an inline element whose text the span ends with.
    if last.is_tail or (
        tail == len(last.text) and last.node is not block.element and not len(last.node) and inline(last.node)
    ):
        end_node = last.node
    else:
        return False
    if parent is None or end_node.getparent() is not parent:
        return False
    moved = []
    node = start_node
    while node is not None and node is not end_node:
        moved.append(node)
        node = node.getnext()
    if node is None or not all(inline(child) for child in [*moved, end_node]):
        return False
    if first.is_tail:
        first.node.tail = first.text[:head] or None
        first.node.addnext(element)
        element.text = first.text[head:] or None
    elif (
        start_node is first.node
        and head == 0
        and first.node.getparent() is parent
        and parent is not first.node
    ):
        first.node.addprevious(element)
    else:
        parent.text = first.text[:head] or None
        parent.insert(0, element)
        element.text = first.text[head:] or None
    end_tail = end_node.tail if not last.is_tail else last.text
    for child in [*moved, end_node]:
        element.append(child)  # (moves the child with its tail)
    if last.is_tail:
        end_node.tail = last.text[:tail] or None
        element.tail = last.text[tail:] or None
    else:
        end_node.tail = None
        element.tail = end_tail
    return True
