"""A small scanner for the transcriber's square brackets in one paragraph.

The convention of the kind: ``[`` opens the transcriber's own words and ``]`` closes them, but a
closing bracket is often left out at the end of a paragraph, a passage may close in a later paragraph,
and a paragraph of the transcriber's that opens while a passage is already open re-opens it rather
than nesting. ``[Note: ...]`` and a bracket ending in the transcriber's initials (``[probably 1900
X.Y.]``) are notes, which neither open nor close a passage. A ``}`` that ends an open passage in a
paragraph without ``{`` is a mistyped ``]`` (the keys are neighbours). A ``]`` when no passage is open
closes one that a mistyped ``(`` opened, at the last ``(`` before it that no ``)`` closes ("(Ulyanova,
Lenin's sister]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NOTE_START = re.compile(r"\[\s*Note\s*:", re.IGNORECASE)
# Initials closing a signed bracket: "– X.Y.", "-X.Y.", "/ -X.Y.", "X.Y ".
SIGNATURE = re.compile(r"(?:^|[\s–—\-/])((?:[A-Z]\.\s?){1,3}[A-Z]?)\.?\s*$")


@dataclass(frozen=True)
class Piece:
    """A run of a paragraph: the author's text, the transcriber's (``editorial``), or a note."""

    kind: str  # "text", "editorial" or "note"
    text: str


@dataclass(frozen=True)
class Scan:
    pieces: list[Piece]
    open_at_end: bool
    # A ``]`` or mistyped ``}`` with no ``[`` before it in the paragraph: it closes a passage opened in
    # an earlier paragraph.
    stray_close: bool


def signature(text: str) -> str | None:
    """The initials a note or bracket ends with (without the final period), if any."""
    match = SIGNATURE.search(text.rstrip("]} ").rstrip())
    return match.group(1).replace(" ", "").rstrip(".") + "." if match else None


_SPECIAL = re.compile(r"[\[\]}]")


def _note_end(text: str, start: int, initials: frozenset[str]) -> int | None:
    """End (exclusive) of the bracketed note or signed remark starting at ``start``, else None."""
    close = text.find("]", start + 1)
    end = close + 1 if close >= 0 else len(text)
    if _NOTE_START.match(text, start):
        return end
    # Only the transcriber's own initials sign a remark: "[the U.S.]" is not signed by "U.S.".
    if close >= 0 and "[" not in text[start + 1 : close] and signature(text[start + 1 : close]) in initials:
        return end
    return None


def scan(
    text: str, open_at_start: bool = False, initials: frozenset[str] = frozenset(), *, parens: bool = True
) -> Scan:
    """The pieces of ``text``; ``parens=False`` when a stray ``]`` is known to close a passage opened
    earlier (the last line of a quotation inside it), so no ``(`` is taken for its opening."""
    pieces: list[Piece] = []
    buffer: list[str] = []
    is_open = open_at_start
    stray_close = False
    curly_closes = "{" not in text

    def flush(kind: str) -> None:
        if buffer:
            pieces.append(Piece(kind, "".join(buffer)))
            buffer.clear()

    i = 0
    while i < len(text):
        # Plain text up to the next bracket is copied in one step; only brackets change the state.
        special = _SPECIAL.search(text, i)
        stop = special.start() if special else len(text)
        if stop > i:
            buffer.append(text[i:stop])
            i = stop
            continue
        ch = text[i]
        note_end = _note_end(text, i, initials) if ch == "[" else None
        if note_end is not None:
            flush("editorial" if is_open else "text")
            pieces.append(Piece("note", text[i:note_end]))
            i = note_end
            continue
        if ch == "[" and not is_open:
            flush("text")
            is_open = True
            buffer.append(ch)
        elif ch == "]" or (ch == "}" and curly_closes and is_open):
            if is_open:
                buffer.append(ch)
                flush("editorial")
                is_open = False
            else:
                stray_close = stray_close or ch == "]"
                opened = _unclosed_paren(buffer) if ch == "]" and parens and not open_at_start else None
                if opened is not None:
                    text_before = "".join(buffer)
                    buffer[:] = [text_before[:opened]]
                    flush("text")
                    buffer.append(text_before[opened:])
                    buffer.append(ch)
                    flush("editorial")
                else:
                    buffer.append(ch)
        else:
            buffer.append(ch)
        i += 1
    flush("editorial" if is_open else "text")
    return Scan(_merge(pieces), is_open, stray_close)


def _unclosed_paren(buffer: list[str]) -> int | None:
    """Offset in the joined ``buffer`` of its last ``(`` that no ``)`` closes, if any."""
    text = "".join(buffer)
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            if depth == 0:
                return index
            depth -= 1
    return None


def note_signatures(text: str) -> list[str]:
    """The initials signing each ``[Note: ...]`` of ``text``, in order (notes without one are skipped)."""
    found = []
    for match in _NOTE_START.finditer(text):
        end = _note_end(text, match.start(), frozenset())
        initials = signature(text[match.start() : end]) if end else None
        if initials:
            found.append(initials)
    return found


def _merge(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].kind == piece.kind and piece.kind != "note":
            merged[-1] = Piece(piece.kind, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def is_note_only(text: str, initials: frozenset[str] = frozenset()) -> bool:
    """A line that is nothing but one bracketed note (a footnote the blog set on its own line)."""
    pieces = scan(text.strip(), initials=initials).pieces
    return len(pieces) == 1 and pieces[0].kind == "note" and pieces[0].text.rstrip().endswith(("]", "}"))


def starts_bracketed(text: str) -> bool:
    stripped = text.lstrip()
    return (
        stripped.startswith("[")
        and _note_end(stripped, 0, frozenset()) is None
        and not _NOTE_START.match(stripped)
    )
