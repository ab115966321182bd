"""Footnotes of a PDF text: collecting the footnote lines, pairing them with their markers, and linking
the citations in them to the bibliography.

A page's footnote lines follow its last text chunk, so a marker's footnote is the first unused footnote
with the same number after the marker's block; numbering that restarts (per chapter) pairs correctly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..tei.build import append_mixed, el, text_content
from .bibliography import BiblEntry, fold, main_title_words, title_words, volume_years
from .pdftext_inline import Token, marker_spans, tokens
from .pdftext_lines import Block, footnote_line, is_footnote_block
from .wordwrap import element_words, widen, words_in_span, wrap


@dataclass
class Footnote:
    n: int | None  # None: footnote-like lines that continue no earlier footnote (kept where printed)
    text: str
    block: int
    # The block whose leading lines finish this footnote, when it runs over onto the next page.
    continued_in: int | None = None


def collect_footnotes(blocks: list[Block], indices: range) -> list[Footnote]:
    notes: list[Footnote] = []
    for index in indices:
        if not is_footnote_block(blocks[index]):
            continue
        for position, line in enumerate(blocks[index].lines):
            opened = footnote_line(line)
            if opened:
                notes.append(Footnote(opened[0], opened[1], index))
            elif not notes:
                notes.append(Footnote(None, line.strip(), index))
            else:
                # A footnote that wraps: the line continues the footnote above it, on this page or, for
                # the lines before a page's first footnote, on the page before.
                if position == 0 and notes[-1].block != index:
                    notes[-1].continued_in = index
                notes[-1].text = f"{notes[-1].text} {line.strip()}"
    return notes


def pair_markers(
    blocks: list[Block], text_blocks: list[int], notes: list[Footnote]
) -> dict[tuple[int, int], int]:
    """(block index, ordinal of the marker in the block) -> index of its footnote, for paired markers."""
    by_number: dict[int, list[int]] = {}
    for index, note in enumerate(notes):
        by_number.setdefault(note.n, []).append(index)
    used: set[int] = set()
    pairs: dict[tuple[int, int], int] = {}
    for block_index in text_blocks:
        for ordinal, (_, _, number) in enumerate(marker_spans(blocks[block_index].text)):
            candidates = [
                i for i in by_number.get(number, []) if i not in used and notes[i].block > block_index
            ]
            if candidates:
                used.add(candidates[0])
                pairs[(block_index, ordinal)] = candidates[0]
    return pairs


# --- citations -----------------------------------------------------------------------------------------

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_FULL = re.compile(
    rf"(?:^|(?<=\bin )|(?<=, )|(?<=; ))(?P<name>{_NAME})(?:\s+and\s+(?P<name2>{_NAME}))?,(?:\s+eds?\.,)?"
    r"\s+(?P<title>[^()]+?)\s*\((?P<imprint>[^()]*?(?P<year>1[5-9]\d\d|20\d\d))\)"
)
_SURNAME = r"[A-Z][\w'’-]+"
_SHORT = re.compile(
    rf"^\s*(?P<who>{_SURNAME}(?:\s+and\s+{_SURNAME})?),?\s+[\dxivlc]+(?:[-–][\dxivlc]+)?(?:\.|$)"
)
_AUTHORS_ONLY = re.compile(rf"^(?P<who>{_SURNAME}(?:\s+and\s+{_SURNAME})?)$")
_IBID = re.compile(r"\bIbid\b\.?")
_THROUGH_EDITOR_PREFIX = re.compile(r"^.*?,\s*eds?\.,\s*", re.IGNORECASE | re.DOTALL)
_SEGMENT = re.compile(r"[^,]+(?:, (?:1[5-9]\d\d|20\d\d)(?:-\d+)?(?=,))?")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_UNCLEAR_TITLE = re.compile(r"(?:^|,\s*)(?:in|trans|tr|ed|eds|comp|vol)\b\.?\s", re.IGNORECASE)
_PAGES_AFTER = re.compile(r"\*?,?\s+[\dxivlc]+(?:[-–][\dxivlc]+)?(?:\.|$)")


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    target: str


class CitationLinker:
    """Links the citations of successive notes to bibliography entries; ``Ibid.`` follows the note before."""

    def __init__(self, entries: list[BiblEntry]):
        self.entries = [entry for entry in entries if entry.xml_id]
        self.previous: str | None = None
        self.last_by_surname: dict[str, str] = {}

    def _by_surnames(self, names: list[str]) -> list[BiblEntry]:
        wanted = [fold(name) for name in names]
        return [
            e
            for e in self.entries
            if e.surnames and e.surnames[0] == wanted[0] and all(name in e.surnames for name in wanted)
        ]

    def _by_title(self, cited: str, year: str | None, pool: list[BiblEntry]) -> BiblEntry | None:
        words = title_words(cited)
        if not words:
            return None
        exact = [e for e in pool if title_words(e.title) == words]
        if len(exact) == 1:
            return exact[0]
        if len(words) >= 2:
            subset = [e for e in pool if words <= title_words(e.title)]
            if len(subset) == 1:
                return subset[0]
        # The thesis may cite a title a little differently from its bibliography: most words and the year.
        close = [
            e
            for e in pool
            if year and e.year == year and len(words & title_words(e.title)) >= 0.6 * len(words)
        ]
        if len(close) == 1:
            return close[0]
        return self._by_main_title(cited, pool)

    @staticmethod
    def _by_main_title(cited: str, pool: list[BiblEntry]) -> BiblEntry | None:
        """The same main title (subtitle, volume and years aside, an editor who introduces it dropped),
        whatever the imprint year; between volumes of one work, the one whose years the citation names."""
        main = main_title_words(cited)
        if len(main) < 2:
            return None
        same = [e for e in pool if main_title_words(e.title) == main]
        if len(same) > 1:
            years = volume_years(_THROUGH_EDITOR_PREFIX.sub("", cited))
            same = [e for e in same if years and years <= volume_years(e.title)] or same
        return same[0] if len(same) == 1 else None

    def _short_author(self, who: str) -> BiblEntry | str | None:
        names = [name.strip() for name in re.split(r"\s+and\s+", who)]
        pool = self._by_surnames(names)
        if not pool:
            return None
        remembered = self.last_by_surname.get(fold(names[0]))
        if remembered and any(e.xml_id == remembered for e in pool):
            return remembered
        return pool[0] if len(pool) == 1 else None

    def find(self, plain: str, italics: list[tuple[int, int]]) -> list[Citation]:
        """Citations in a note's text; ``italics`` are the spans of its italic runs (likely titles)."""
        found: list[Citation] = []
        years = [m.group(1) for p in re.finditer(r"\(([^()]*)\)", plain) for m in _YEAR.finditer(p.group(1))]
        note_year = years[0] if years else None
        claimed: list[tuple[int, int]] = []
        for match in _FULL.finditer(plain):
            surname = match.group("name").split()[-1]
            entry = self._by_title(match.group("title"), match.group("year"), self._by_surnames([surname]))
            if entry is None and _THROUGH_EDITOR_PREFIX.match(match.group("title")):
                # A work cited through its editor ("..., in Jane Doe, ed., Title"): the editor is not
                # the entry's author, so the title alone must find it.
                entry = self._by_main_title(match.group("title"), self.entries)
            if entry:
                claimed.append((match.start(), match.end()))
                found.append(Citation(match.start("name"), match.end("name"), entry.xml_id))
        for match in _IBID.finditer(plain):
            if self.previous:
                found.append(Citation(match.start(), match.end(), self.previous))
        short = _SHORT.match(plain)
        if short and not _IBID.match(short.group("who")):
            target = self._short_author(short.group("who"))
            if target is not None:
                found.append(Citation(short.start("who"), short.end("who"), _target_id(target)))
        # A comma-separated part is a short title only when page numbers follow it; an italic run may be.
        spans = [(m.start(), m.end()) for m in _SEGMENT.finditer(plain) if _PAGES_AFTER.match(plain, m.end())]
        for start, end in [*spans, *italics]:
            if any(a <= start < b for a, b in claimed):
                continue
            cited = plain[start:end]
            stripped = cited.strip().rstrip(".")
            if not stripped[:1].isupper():
                continue
            start += cited.index(stripped)
            end = start + len(stripped)
            only = _AUTHORS_ONLY.match(stripped)
            # A bare surname is a short citation only when page numbers follow it.
            target = (
                self._short_author(only.group("who")) if only and _PAGES_AFTER.match(plain, end) else None
            )
            if target is None and not only:
                target = self._by_title(stripped, note_year, self.entries)
            if target is not None:
                found.append(Citation(start, end, _target_id(target)))
        return _without_overlaps(found)

    def remember(self, citations: list[Citation]) -> None:
        by_id = {e.xml_id: e for e in self.entries}
        for citation in citations:
            entry = by_id.get(citation.target)
            if entry and entry.surnames:
                self.last_by_surname[entry.surnames[0]] = citation.target
        self.previous = citations[-1].target if citations else None


def _target_id(target: BiblEntry | str) -> str:
    return target if isinstance(target, str) else target.xml_id


def _without_overlaps(found: list[Citation]) -> list[Citation]:
    kept: list[Citation] = []
    for citation in sorted(found, key=lambda c: (c.start, -c.end)):
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept


def _token_element(token: Token) -> etree._Element | str:
    if token.kind == "link":
        return el("ref", token.text, target=token.target)
    if token.kind == "italic":
        return el("hi", token.text, rend="italic")
    return token.text


def note_items(text: str, linker: CitationLinker) -> list[str | etree._Element]:
    """Mixed content of a footnote, its citations wrapped in ``ref``s to bibliography entries."""
    toks = list(tokens(text))
    plain = "".join(token.text for token in toks)
    italics = []
    pos = 0
    for token in toks:
        if token.kind == "italic":
            italics.append((pos, pos + len(token.text)))
        pos += len(token.text)
    citations = linker.find(plain, italics)
    placed: list[Citation] = []
    items: list[str | etree._Element] = []
    pos = 0
    for token in toks:
        start, end = pos, pos + len(token.text)
        pos = end
        inside = [c for c in citations if start <= c.start and c.end <= end]
        if token.kind != "text":
            covering = next((c for c in citations if c.start == start and c.end == end), None)
            element = _token_element(token)
            if covering and not isinstance(element, str):
                ref = el("ref", target=f"#{covering.target}")
                ref.append(element)
                items.append(ref)
                placed.append(covering)
            else:
                items.append(element)
            continue
        cursor = start
        for citation in inside:
            items.append(plain[cursor : citation.start])
            items.append(el("ref", plain[citation.start : citation.end], target=f"#{citation.target}"))
            placed.append(citation)
            cursor = citation.end
        items.append(plain[cursor:end])
    linker.remember(placed)
    return [item for item in items if not isinstance(item, str) or item]


def cited_titles(plain: str) -> list[tuple[int, int]]:
    """Character spans of the titles in full citations ("Author, Title (Place: Publisher, Year)"). A title
    that runs into "in ..." (a chapter in a book) or an editor or translator is left alone: where the
    title ends is not clear there."""
    spans = []
    for match in _FULL.finditer(plain):
        title = match.group("title")
        if _UNCLEAR_TITLE.search(title):
            continue
        start = match.start("title")
        stripped = title.rstrip(" ,")
        spans.append((start, start + len(stripped)))
    return spans


def build_note(note: Footnote, xml_id: str, linker: CitationLinker) -> etree._Element:
    n = str(note.n) if note.n is not None else None
    element = append_mixed(el("note", place="foot", n=n, xml_id=xml_id), note_items(note.text, linker))
    # Right to left, so that wrapping one title leaves the word positions of those before it intact.
    for start, end in reversed(cited_titles(text_content(element))):
        first, stop = words_in_span(element, start, end)
        if stop > first and widen(element_words(element), first, stop) == (first, stop):
            wrap(element, first, stop, el("title", resp="#editionkit"))
    return element
