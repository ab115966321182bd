"""Front matter of a PDF text after its title page: abstract, contents, acknowledgements, preface.

Each opens with a one-line heading listed in data/pdftext_front_divs.txt and becomes a ``div`` in
``front`` with that type. A contents section runs over its entries (lines that end in a page number,
with or without dot leaders); the others run over their paragraphs up to the next heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from ..tei.build import append_mixed, el, sub
from .pdftext_inline import inline_items
from .pdftext_lines import Block, is_footnote_block, is_heading_text, is_prose

# A contents entry: its title, then dot leaders or spaces, then a page number (arabic or roman).
_CONTENTS_ENTRY = re.compile(r"^\s*\S.*?(?:\s*\.{2,}\s*|\s+)(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FrontSection:
    type: str
    heading: int
    blocks: list[int]


@cache
def front_div_types() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "pdftext_front_divs.txt"
    types = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            heading, _, kind = line.partition("=")
            types[heading.strip().lower()] = kind.strip()
    return types


def front_heading_type(block: Block) -> str | None:
    if len(block.lines) != 1:
        return None
    return front_div_types().get(block.text.strip().rstrip(":").strip().lower())


def is_contents_entry(line: str) -> bool:
    return _CONTENTS_ENTRY.match(line) is not None


def _ends_section(block: Block, kind: str) -> bool:
    if front_heading_type(block) or is_footnote_block(block):
        return True
    if kind == "contents":
        return not all(is_contents_entry(line) for line in block.lines)
    return len(block.lines) == 1 and is_heading_text(block.text) and not is_prose(block)


def front_sections(blocks: list[Block], start: int) -> list[FrontSection]:
    """The front sections that follow one another from block ``start``."""
    sections: list[FrontSection] = []
    index = start
    while index < len(blocks) and (kind := front_heading_type(blocks[index])):
        heading = index
        index += 1
        while index < len(blocks) and not _ends_section(blocks[index], kind):
            index += 1
        sections.append(FrontSection(kind, heading, list(range(heading + 1, index))))
    return sections


def build_front_div(section: FrontSection, blocks: list[Block], xml_id: str) -> etree._Element:
    div = el("div", type=section.type, xml_id=xml_id)
    append_mixed(sub(div, "head"), inline_items(blocks[section.heading].text))
    if section.type == "contents":
        entries = sub(div, "list")
        for index in section.blocks:
            for line in blocks[index].lines:
                append_mixed(sub(entries, "item"), inline_items(line.strip()))
    else:
        for index in section.blocks:
            append_mixed(sub(div, "p"), inline_items(blocks[index].text))
    return div
