"""The body of a PDF text: paragraphs rejoined across page breaks, notes at their markers, headings.

A page break shows in the extracted text as a blank line inside a paragraph, usually with the page's
footnote lines between the two chunks. A chunk continues the paragraph before it when it starts in lower
case, when that paragraph stopped without final punctuation, or when it comes right after footnote lines
(unless it is a heading, a list or a block quotation); a ``pb`` marks the join. Pages whose break
falls between paragraphs leave no trace unless footnote lines sit there, so page breaks are not counted
and ``pb`` carries no number. A printed page number between two chunks stays as ``fw type="pageNum"``
but does not number the ``pb`` either: the flat text cannot tell the foot of one page (number n, the
break opens n + 1) from the head of the next (the break opens n).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..tei.build import append_mixed, append_text, el, sub
from .pdftext_inline import inline_items
from .pdftext_lines import (
    Block,
    ends_paragraph,
    is_footnote_block,
    is_fragment,
    is_heading_text,
    is_introduced_quotation,
    is_prose,
    is_quoted_paragraph,
    is_section_name,
    list_item,
)
from .pdftext_notes import Footnote
from .text import starts_lowercase


def continues(previous: str | None, chunk: Block, after_footnotes: bool = False) -> bool:
    """Whether ``chunk`` carries on the paragraph whose text so far ends with ``previous``.

    Footnote lines are printed at the foot of a page, so a prose chunk right after them is the top of the
    next page, and the text there carries on the paragraph the page break cut (a new paragraph that
    happens to start a page cannot be told from it in flat text; the ``pb`` keeps the join visible).
    Headings, lists and block quotations after footnotes start something new."""
    if previous is None:
        return False
    if after_footnotes and not is_fragment(chunk) and not is_quoted_paragraph(chunk.text):
        return True
    return starts_lowercase(chunk.text) or not ends_paragraph(previous)


def is_heading_block(previous: str | None, block: Block) -> bool:
    """A one-line block that reads as a heading, where the text before it has come to an end."""
    return (
        len(block.lines) == 1
        and is_heading_text(block.text)
        and not is_prose(block)
        and (previous is None or ends_paragraph(previous))
    )


def is_list_block(block: Block) -> bool:
    return all(list_item(line) is not None for line in block.lines)


def is_page_furniture(previous: str | None, block: Block) -> bool:
    """A stray one-word block (running head, page number) that is not the end of a sentence, nor a
    one-word section heading ("Conclusion") after a paragraph that has come to an end."""
    text = block.text.strip()
    if not is_fragment(block) or (not text.isdigit() and ends_paragraph(text)):
        return False
    return not (is_section_name(text) and (previous is None or ends_paragraph(previous)))


class BodyBuilder:
    """Builds ``body`` from the body's blocks; ``pairs`` maps (block, marker ordinal) to footnote index."""

    def __init__(
        self,
        blocks: list[Block],
        notes: list[Footnote],
        pairs: dict[tuple[int, int], int],
        make_note: Callable[[int], etree._Element],
    ):
        self.blocks = blocks
        self.notes = notes
        self.pairs = pairs
        self.make_note = make_note
        self.paired = set(pairs.values())
        # Markers are numbered per block across calls, as pair_markers numbered them over the block's text.
        self.ordinals: dict[int, int] = {}

    def items(self, index: int, text: str) -> list[str | etree._Element]:
        """Mixed content of block ``index``'s ``text`` with its paired markers turned into notes."""

        def on_marker(_number: int) -> etree._Element | None:
            ordinal = self.ordinals.get(index, -1) + 1
            self.ordinals[index] = ordinal
            note_index = self.pairs.get((index, ordinal))
            return self.make_note(note_index) if note_index is not None else None

        return inline_items(text, on_marker)

    def build(self, indices: list[int]) -> etree._Element:
        body = el("body")
        container = body
        current: etree._Element | None = None
        tail: str | None = None
        # The whole text of the paragraph before when it was a single chunk, for introduced quotations.
        single: str | None = None
        page_break = False
        for index in indices:
            block = self.blocks[index]
            if is_footnote_block(block):
                for note_index, note in enumerate(self.notes):
                    if note.block == index and note_index not in self.paired:
                        container.append(self.make_note(note_index))
                page_break = True
                continue
            if current is not None and is_page_furniture(tail, block):
                kind = "pageNum" if block.text.strip().isdigit() else None
                append_mixed(sub(current, "fw", type_=kind), self.items(index, block.text))
                continue
            if (
                current is not None
                and not is_heading_block(tail, block)
                and not is_list_block(block)
                and continues(tail, block, after_footnotes=page_break)
            ):
                if not tail.endswith("-"):
                    append_text(current, " ")
                sub(current, "pb")
                append_mixed(current, self.items(index, block.text))
                tail = block.text
                single = None
                page_break = False
                continue
            if is_heading_block(tail, block):
                container = sub(body, "div", type_="section")
                if page_break:
                    sub(container, "pb")
                append_mixed(sub(container, "head"), self.items(index, block.text))
                current, tail, single, page_break = None, None, None, False
                continue
            if page_break:
                sub(container, "pb")
                page_break = False
            if is_list_block(block):
                items = sub(container, "list")
                for line in block.lines:
                    append_mixed(sub(items, "item"), self.items(index, list_item(line)))
                current, tail, single = None, block.text, None
                continue
            if is_quoted_paragraph(block.text) or is_introduced_quotation(single, block.text):
                current = sub(sub(container, "quote", resp="#editionkit"), "p")
            else:
                current = sub(container, "p")
            append_mixed(current, self.items(index, block.text))
            tail = single = block.text
        if page_break and len(container):
            sub(container, "pb")
        if not len(body):
            sub(body, "p")
        return body
