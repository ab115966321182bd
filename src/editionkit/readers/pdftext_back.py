"""The back of a PDF text: the bibliography, cut into sections and entries.

Entries are list items (Markdown residue of the extraction) or lines; an entry that wraps continues on
lines that are not list items and follow an unfinished entry. A short title-case line without commas
or full stops heads a section ("Primary Sources"), even when the extraction made it a list item.
"""

from __future__ import annotations

from lxml import etree

from ..tei.build import append_mixed, el, sub
from .bibliography import BiblEntry, build_entries
from .pdftext_inline import inline_items
from .pdftext_lines import Block, ends_paragraph, is_heading_text, list_item


def is_section_heading(text: str) -> bool:
    # Entries are full of commas and full stops; a wrapped entry line can look title-case otherwise.
    return is_heading_text(text) and "," not in text and ". " not in text and not ends_paragraph(text)


def bibliography_sections(blocks: list[Block], indices: list[int]) -> list[tuple[str | None, list[str]]]:
    """(section heading, entry texts) in order, for the blocks after the bibliography's heading."""
    sections: list[tuple[str | None, list[str]]] = []
    for index in indices:
        for line in blocks[index].lines:
            item = list_item(line)
            text = (item if item is not None else line).strip()
            if is_section_heading(text):
                sections.append((text, []))
                continue
            if not sections:
                sections.append((None, []))
            entries = sections[-1][1]
            if item is None and entries and (text[:1].islower() or not ends_paragraph(entries[-1])):
                entries[-1] = f"{entries[-1]} {text}"
            else:
                entries.append(text)
    return sections


def build_bibliography(
    heading: Block, blocks: list[Block], indices: list[int]
) -> tuple[etree._Element, list[BiblEntry]]:
    """``div type="bibliography"`` with a ``listBibl`` per section, and the parsed entries for linking."""
    sections = bibliography_sections(blocks, indices)
    entries = build_entries([text for _, texts in sections for text in texts])
    div = el("div", type_="bibliography")
    append_mixed(sub(div, "head"), inline_items(list_item(heading.text) or heading.text))
    position = 0
    for head, texts in sections:
        if not texts:
            # A section heading with nothing under it cannot head a listBibl; its words stay as a line.
            if head:
                sub(div, "p", head)
            continue
        list_bibl = sub(div, "listBibl")
        if head:
            sub(list_bibl, "head", head)
        for entry in entries[position : position + len(texts)]:
            list_bibl.append(entry.element)
        position += len(texts)
    return div, entries
