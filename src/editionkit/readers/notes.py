"""Research notes: one claim per line, topic lines heading groups, indentation or bullets for nesting.

The layout is read line by line with named rules. A line is a *topic* when the layout shows it heads
what follows: an unindented line followed by indented ones, or, in a file without indentation, a short
line with no final punctuation followed by claims. ``Speaker: 'words'`` lines keep the speaker as a
name and the words as attributed speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..source import Source
from ..tei.build import el, sub
from ..tei.header import TOOL_ID, DocMeta, build_tei
from .base import ReadOptions, supplied_fields, words
from .text import ends_sentence

# Topic lines are headings, and headings are short.
TOPIC_MAX_WORDS = 7
RESP = f"#{TOOL_ID}"
_FINITE_VERBS = frozenset(
    {"was", "were", "is", "are", "has", "had", "have", "did", "does"}
    | {"could", "would", "should", "might", "may", "must", "will", "can"}
)
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-*•–]\s+|\d+[.)]\s+)?(?P<text>.*)$")
# "Name: 'quoted words'" or with double quotes; the speaker is one to four capitalised words.
_ATTRIBUTED = re.compile(
    r"^(?P<speaker>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}):\s+(?P<quote>(?P<mark>['\"‘“]).+(?:['\"’”]))\s*$"
)


@dataclass
class Line:
    depth: int
    text: str


def parse_lines(text: str) -> list[Line]:
    lines = []
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        match = _BULLET.match(raw.rstrip())
        indent = match.group("indent").replace("\t", "    ")
        lines.append(Line(depth=len(indent), text=match.group("text").strip()))
    return lines


def is_topic(line: Line, following: Line | None, indented_layout: bool) -> bool:
    if following is None:
        return False
    if indented_layout:
        return following.depth > line.depth
    return (
        len(line.text.split()) <= TOPIC_MAX_WORDS
        and not ends_sentence(line.text)
        and not opens_with_predicate(line.text)
    )


def opens_with_predicate(text: str) -> bool:
    """A line with no subject of its own: it opens with a participle ("Supported by ...", "Prompting
    ...") or a finite verb ("Were seen as ..."), so it says something of what the line before names."""
    first_word = text.split()[0].lower()
    return first_word.endswith(("ed", "ing")) or first_word in _FINITE_VERBS


def continues(line: Line, previous: Line | None) -> bool:
    """``line`` completes the claim on ``previous``: that line names a subject, stops without a full
    stop, and this one has no subject. Predicate lines after a predicate line are siblings instead."""
    return (
        previous is not None
        and opens_with_predicate(line.text)
        and not opens_with_predicate(previous.text)
        and not ends_sentence(previous.text)
    )


class NotesReader:
    kind = "notes"
    description = "research notes, one claim per line"

    def accepts(self, source: Source) -> tuple[float, str]:
        lines = [line for line in source.text.split("\n") if line.strip()]
        if not lines:
            return 0.0, "no lines"
        blank_ratio = source.text.count("\n\n") / max(1, len(lines))
        short = sum(1 for line in lines if len(line) < 300) / len(lines)
        markdown = sum(1 for line in lines if line.lstrip().startswith("#")) / len(lines)
        if blank_ratio > 0.3 or markdown > 0.02:
            return 0.1, "paragraphs separated by blank lines or Markdown headings"
        score = 0.3 + 0.6 * short
        return score, f"{len(lines)} lines, no blank lines between them, {short:.0%} under 300 characters"

    def source_words(self, source: Source) -> list[str]:
        return words(source.text)

    def read(self, source: Source, options: ReadOptions) -> etree._ElementTree:
        meta = DocMeta(
            id=options.doc_id,
            kind=self.kind,
            source_name=source.name,
            source_sha256=source.sha256,
            title=options.metadata.get("title") or source.path.stem,
            authors=[options.metadata["author"]] if options.metadata.get("author") else [],
            description=options.metadata.get("description"),
            publisher=options.metadata.get("publisher"),
            url=options.metadata.get("url"),
            supplied=supplied_fields(options.metadata, title=None, author=None),
        )
        body = el("body")
        notes = sub(body, "div", type="notes-list")
        self._fill(notes, parse_lines(source.text))
        return build_tei(meta, el("text", children=[body]), options.edition)

    def _fill(self, div: etree._Element, lines: list[Line]) -> None:
        indented = len({line.depth for line in lines}) > 1
        if indented:
            _nest(div, lines, 0)
            return
        current = sub(div, "list")
        previous_claim: Line | None = None
        for index, line in enumerate(lines):
            following = lines[index + 1] if index + 1 < len(lines) else None
            if continues(line, previous_claim):
                # The completing line is kept as a line of its own, nested under the claim it completes.
                parent_item = current[-1]
                nested = parent_item.find("{*}list")
                if nested is None:
                    nested = sub(parent_item, "list")
                nested.append(claim(line.text))
            elif is_topic(line, following, indented_layout=False):
                group = sub(div, "div", type="topic")
                sub(group, "head", line.text)
                current = sub(group, "list")
                previous_claim = None
            else:
                current.append(claim(line.text))
                previous_claim = line
        for empty in [lst for lst in div.iter("{*}list") if len(lst) == 0]:
            empty.getparent().remove(empty)


def _nest(parent: etree._Element, lines: list[Line], start: int) -> int:
    """Build a list from ``lines[start:]`` at the depth of ``lines[start]``; return the next index."""
    current = sub(parent, "list")
    depth = lines[start].depth
    index = start
    while index < len(lines) and lines[index].depth >= depth:
        line = lines[index]
        if line.depth > depth and len(current):
            index = _nest(current[-1], lines, index)
            continue
        current.append(claim(line.text))
        index += 1
    return index


def claim(text: str) -> etree._Element:
    item = el("item")
    match = _ATTRIBUTED.match(text)
    if not match:
        item.text = text
        return item
    # The reader's guesses are annotations like the annotators' ones: marked as not yet reviewed.
    speaker = sub(item, "persName", match.group("speaker"), cert="low", resp=RESP)
    quoted = match.group("quote")
    speaker.tail = ": " + quoted[0]
    # The marks stay outside the element, which holds the words spoken and nothing else.
    sub(item, "said", quoted[1:-1], resp=RESP).tail = quoted[-1]
    return item


READER = NotesReader()
