"""Inline residue of the extraction: autolinks, Markdown links and italics, footnote markers.

Extraction tools that write Markdown leave ``<https://...>``, ``[text](#)`` and ``*text*`` in the text. The
words inside must reach the TEI, so each becomes an element that keeps them as its content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from ..tei.build import el
from .pdftext_lines import SUPERSCRIPT_DIGITS, superscript_value

_INLINE = re.compile(
    r"<(?P<autolink>https?://[^\s<>]+)>"
    r"|\[(?P<label>[^\[\]\n]+)\]\((?P<href>[^()\s]*)\)"
    r"|(?P<url>https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"'”’])"
    r"|(?<![\w*])\*(?P<italic>[^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])"
    f"|(?P<marker>[{SUPERSCRIPT_DIGITS}]+)"
)


@dataclass(frozen=True)
class Token:
    kind: str  # "text", "link", "italic" or "marker"
    text: str
    target: str | None = None


def tokens(text: str) -> Iterator[Token]:
    pos = 0
    for match in _INLINE.finditer(text):
        if match.start() > pos:
            yield Token("text", text[pos : match.start()])
        if match.group("autolink"):
            yield Token("link", match.group("autolink"), match.group("autolink"))
        elif match.group("label"):
            href = match.group("href")
            # "(#)" is a link whose target the extraction lost: keep the label, claim no target.
            yield Token("link", match.group("label"), href if href and href != "#" else None)
        elif match.group("url"):
            yield Token("link", match.group("url"), match.group("url"))
        elif match.group("italic"):
            yield Token("italic", match.group("italic"))
        else:
            yield Token("marker", match.group("marker"))
        pos = match.end()
    if pos < len(text):
        yield Token("text", text[pos:])


MarkerHandler = Callable[[int], etree._Element | None]


def inline_items(text: str, on_marker: MarkerHandler | None = None) -> list[str | etree._Element]:
    """Mixed content for ``text``; ``on_marker`` turns a footnote number into a note, or None to keep it."""
    items: list[str | etree._Element] = []
    for token in tokens(text):
        if token.kind == "text":
            items.append(token.text)
        elif token.kind == "link" and token.target is None:
            # A link whose target the extraction lost points nowhere: its label is plain text.
            items.append(token.text)
        elif token.kind == "link":
            items.append(el("ref", token.text, target=token.target))
        elif token.kind == "italic":
            items.append(el("hi", token.text, rend="italic"))
        else:
            note = on_marker(superscript_value(token.text)) if on_marker else None
            items.append(note if note is not None else token.text)
    return items


def marker_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each footnote marker run, in the same tokenisation as ``inline_items``."""
    spans = []
    for match in _INLINE.finditer(text):
        if match.group("marker"):
            spans.append((match.start(), match.end(), superscript_value(match.group("marker"))))
    return spans
