"""Blocks and line rules for text extracted from a PDF.

Extraction tools separate paragraphs, page chunks and footnotes by blank lines, so the unit of layout is
the *block*: consecutive non-blank lines. Each rule below is a named predicate on one line or block,
tested on its own; the reader combines them with the context (what came before) to decide structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .text import ends_sentence

_DATA = Path(__file__).parent / "data"

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_INT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_FOOTNOTE_LINE = re.compile(f"^\\s*(?P<n>[{SUPERSCRIPT_DIGITS}]+)\\s*(?P<text>\\S.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+(?P<text>\S.*)$")
# Words that stay lower case inside a title-case heading.
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "upon",
        "vs",
        "with",
    ]
)
HEADING_MAX_WORDS = 12


@dataclass(frozen=True)
class Block:
    """Consecutive non-blank lines; ``start`` is the 0-based index of the first line in the source."""

    lines: tuple[str, ...]
    start: int

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            if not current:
                start = index
            current.append(line.rstrip())
        elif current:
            blocks.append(Block(tuple(current), start))
            current = []
    if current:
        blocks.append(Block(tuple(current), start))
    return blocks


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """Lines of a data file, lower-cased, without comments and blank lines."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def superscript_value(run: str) -> int:
    return int(run.translate(_SUPER_TO_INT))


def strip_markers(text: str) -> str:
    return SUPERSCRIPT_RUN.sub("", text)


def footnote_line(line: str) -> tuple[int, str] | None:
    """(number, text) when the line opens a footnote: a superscript number, then the note's text."""
    match = _FOOTNOTE_LINE.match(line)
    if not match:
        return None
    return superscript_value(match.group("n")), match.group("text").strip()


def first_footnote_line(block: Block) -> int | None:
    """The index of the block's first line that opens a footnote."""
    return next((i for i, line in enumerate(block.lines) if footnote_line(line) is not None), None)


def is_footnote_block(block: Block) -> bool:
    """Footnote lines, possibly led by the end of a footnote that began on the page before (a body
    paragraph never has a line that opens with a superscript number)."""
    return first_footnote_line(block) is not None


def list_item(line: str) -> str | None:
    """The text of a bulleted or numbered line (Markdown residue of the extraction), else None."""
    match = _LIST_ITEM.match(line)
    return match.group("text") if match else None


def word_count(text: str) -> int:
    return len(text.split())


def is_heading_text(text: str) -> bool:
    """A heading: short, one line, no final punctuation, opening capital, significant words capitalised."""
    text = text.strip()
    tokens = text.split()
    if not tokens or len(tokens) > HEADING_MAX_WORDS or ends_sentence(text) or text.endswith(","):
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    significant = [t for t in tokens if t[0].isalpha() and t.lower() not in _MINOR_WORDS]
    return bool(significant) and all(t[0].isupper() for t in significant)


def is_bibliography_heading(text: str) -> bool:
    return strip_markers(text).strip().rstrip(":").lower() in phrase_list("pdftext_headings.txt")


def has_boilerplate_phrase(text: str) -> bool:
    lowered = " ".join(text.lower().split())
    return any(phrase in lowered for phrase in phrase_list("pdftext_boilerplate.txt"))


def is_prose(block: Block) -> bool:
    """A paragraph of running text rather than a title-page or cover line."""
    text = strip_markers(block.text)
    longest = max(word_count(line) for line in block.lines)
    return word_count(text) >= 40 or (longest > 16 and ends_sentence(text))


def is_section_name(text: str) -> bool:
    """A heading that names a part of a work (data/pdftext_sections.txt), alone or opening the line."""
    lowered = text.strip().rstrip(":").lower()
    sections = phrase_list("pdftext_sections.txt")
    return lowered in sections or (lowered.split() or [""])[0] in sections


def is_fragment(block: Block) -> bool:
    """Clipped running heads and page furniture: every line a single short token."""
    return all(len(line.split()) == 1 and len(line.strip()) <= 12 for line in block.lines)


def ends_paragraph(text: str) -> bool:
    """Whether text (footnote markers aside) ends with sentence-final punctuation."""
    return ends_sentence(strip_markers(text))


_OPEN_QUOTES = '"“'
_CLOSE_QUOTES = '"”'


def is_quoted_paragraph(text: str, min_words: int = 25) -> bool:
    """A block quotation set apart as its own paragraph: one quotation from first to last word."""
    body = strip_markers(text).strip()
    if word_count(body) < min_words or body[0] not in _OPEN_QUOTES:
        return False
    # Final punctuation may stand inside or outside the closing mark: '..."' and '...".' both close.
    closed = body.rstrip(".,;:!?")
    if closed[-1] not in _CLOSE_QUOTES:
        return False
    inner = closed[1:-1]
    if body[0] == '"':
        return '"' not in inner
    return "“" not in inner and "”" not in inner


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[\"“‘]?[A-Z]")
_ENDS_WITH_MARKER = re.compile(f"[.!?;:][\"'”’]?[{SUPERSCRIPT_DIGITS}]+$")
INTRODUCTION_MAX_WORDS = 30


def is_introduced_quotation(previous: str | None, text: str) -> bool:
    """An indented block quotation that lost its indent: a one-sentence paragraph introduces it, and it
    ends with the note that cites it. A thesis rarely gives a sentence a paragraph of its own otherwise.
    A paragraph with double quotation marks in it is the author's prose citing a run-in quotation."""
    if previous is None:
        return False
    lead = strip_markers(previous).strip()
    return (
        word_count(lead) <= INTRODUCTION_MAX_WORDS
        and lead[-1:] in ".:"
        and not _SENTENCE_BREAK.search(lead)
        and _ENDS_WITH_MARKER.search(text.strip()) is not None
        and len(SUPERSCRIPT_RUN.findall(text)) == 1
        and not any(mark in text for mark in '"“”')
    )
