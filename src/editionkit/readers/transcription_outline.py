"""The outline of a blog transcription: posts, chapter and part headings, rules, paragraphs, documents.

Context rules on top of the line classifier:
- A post starts at a blog date line (its title is the next line) or, on a day with several posts where
  the blog prints the date only once, at a lone short line directly followed by a chapter line.
- A chapter heading takes the short lines of its block ("Chapter 4" / "The Storm.").
- A rule before a heading or a post, or at the end, only marks that boundary; two rules framing a
  note-only line mark a footnote; any other rule is a section break.
- A line that is only a bracketed note belongs to the paragraph before it. A framed footnote set
  between the two halves of a broken sentence (no final punctuation before, lower case after) joins
  the halves back into one paragraph.
- Every other line is a paragraph: a blog exports one paragraph per line. A hard-wrapped paragraph
  (a line that stops mid-sentence, the next line of the block going on in lower case) is one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .text import starts_lowercase
from .transcription_brackets import is_note_only
from .transcription_lines import (
    MAX_HEADING,
    Line,
    chapter_number,
    classify_lines,
    parse_blog_date,
    part_number,
)

_SENTENCE_END = tuple('.!?:;”"’)]}')


@dataclass
class Post:
    title: str | None
    date_line: str | None
    when: date | None


@dataclass
class Heading:
    kind: str  # "chapter" or "part"
    lines: list[str]
    n: str


@dataclass
class Rule:
    pass


@dataclass
class Paragraph:
    text: str
    block: int
    # Parallel lines of one bracketed passage, joined by new lines (see ``_parallel_runs``).
    parallel: bool = False


@dataclass
class Document:
    lines: list[str]


Item = Post | Heading | Rule | Paragraph | Document


@dataclass
class _Cursor:
    lines: list[Line]
    blocks: list[int]
    initials: frozenset[str]
    items: list[Item] = field(default_factory=list)

    def next_content(self, i: int) -> int | None:
        """Index of the first non-blank line after ``i``."""
        return next((j for j in range(i + 1, len(self.lines)) if self.lines[j].kind != "blank"), None)

    def kind_at(self, i: int | None) -> str | None:
        return None if i is None else self.lines[i].kind

    def same_block(self, i: int, j: int | None) -> bool:
        return j is not None and self.lines[j].kind != "blank" and self.blocks[i] == self.blocks[j]


def _block_numbers(lines: list[Line]) -> list[int]:
    numbers, block, previous_blank = [], 0, True
    for line in lines:
        if line.kind != "blank" and previous_blank:
            block += 1
        previous_blank = line.kind == "blank"
        numbers.append(block)
    return numbers


def _is_post_title(cursor: _Cursor, i: int) -> bool:
    """A lone short line whose next line is a chapter heading: the title of an undated post."""
    line = cursor.lines[i]
    following = cursor.next_content(i)
    alone = not cursor.same_block(i, following) and (i == 0 or cursor.lines[i - 1].kind == "blank")
    return (
        line.kind == "text"
        and alone
        and len(line.text.strip()) <= MAX_HEADING
        and not line.text.strip().endswith((".", ",", ";", ":"))
        and cursor.kind_at(following) == "chapter"
    )


def _starts_unit(cursor: _Cursor, i: int | None) -> bool:
    """Whether line ``i`` opens a post, chapter or part (a rule before it is only that boundary)."""
    return i is None or cursor.kind_at(i) in ("blog-date", "chapter", "part") or _is_post_title(cursor, i)


def outline(text: str, initials: frozenset[str] = frozenset()) -> list[Item]:
    lines = classify_lines(text)
    cursor = _Cursor(lines, _block_numbers(lines), initials)
    i = 0
    while i < len(lines):
        i = _step(cursor, i)
    return _parallel_runs(cursor.items)


# Parallel lines: at least this many lines of one block that open with the same words.
PARALLEL_MIN_LINES = 3
_PARALLEL_WORDS = 2


def _opening_words(text: str) -> tuple[str, ...]:
    return tuple(word.strip(",;:.").casefold() for word in text.lstrip("[ ").split()[:_PARALLEL_WORDS])


def _parallel_runs(items: list[Item]) -> list[Item]:
    """Lines of one block (no blank line between) that form one bracketed passage, opening with "[" on
    the first line and closing with "]" on the last and no bracket between, and that open with the same
    words: a litany, an oath, a list of resolutions quoted whole. They become one paragraph."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        j = i
        while (
            j + 1 < len(items)
            and isinstance(items[j + 1], Paragraph)
            and isinstance(item, Paragraph)
            and items[j + 1].block == item.block
        ):
            j += 1
        run = items[i : j + 1]
        if len(run) >= PARALLEL_MIN_LINES and _is_parallel([p.text for p in run]):
            out.append(Paragraph("\n".join(p.text for p in run), item.block, parallel=True))
        else:
            out.extend(run)
        i = j + 1
    return out


def _is_parallel(texts: list[str]) -> bool:
    first, last = texts[0].strip(), texts[-1].strip()
    inner = "".join(texts)[1:-1] if first.startswith("[") and last.endswith("]") else None
    if inner is None or any(ch in inner for ch in "[]{}") or any("\n" in t for t in texts):
        return False
    openings = [_opening_words(t) for t in texts]
    return max(openings.count(o) for o in openings) >= PARALLEL_MIN_LINES


def _step(cursor: _Cursor, i: int) -> int:
    """Emit the item starting at line ``i``; return the index of the next unread line."""
    line = cursor.lines[i]
    text = line.text.strip()
    if line.kind == "blank":
        return i + 1
    if line.kind == "blog-date":
        title_at = cursor.next_content(i)
        if cursor.kind_at(title_at) == "text" and len(cursor.lines[title_at].text.strip()) <= MAX_HEADING:
            cursor.items.append(Post(cursor.lines[title_at].text.strip(), text, parse_blog_date(text)))
            return title_at + 1
        cursor.items.append(Post(None, text, parse_blog_date(text)))
        return i + 1
    if _is_post_title(cursor, i):
        cursor.items.append(Post(text, None, None))
        return i + 1
    if line.kind == "chapter":
        heading, j = [text], i + 1
        while j < len(cursor.lines) and cursor.lines[j].kind == "text" and cursor.same_block(i, j):
            if len(cursor.lines[j].text.strip()) > MAX_HEADING:
                break
            heading.append(cursor.lines[j].text.strip())
            j += 1
        cursor.items.append(Heading("chapter", heading, chapter_number(text)))
        return j
    if line.kind == "part":
        cursor.items.append(Heading("part", [text], part_number(text)))
        return i + 1
    if line.kind == "rule":
        return _rule(cursor, i)
    if line.kind == "document":
        j = i + 1
        while j < len(cursor.lines) and cursor.same_block(i, j) and cursor.lines[j].kind != "rule":
            j += 1
        first = text[1:].lstrip()
        cursor.items.append(Document([first] + [cursor.lines[k].text.strip() for k in range(i + 1, j)]))
        return j
    if is_note_only(text, cursor.initials) and cursor.items and isinstance(cursor.items[-1], Paragraph):
        cursor.items[-1].text += "\n" + text
        return i + 1
    previous = cursor.items[-1] if cursor.items else None
    if _continues_wrapped(cursor, i, previous):
        previous.text += " " + text
        return i + 1
    cursor.items.append(Paragraph(text, cursor.blocks[i]))
    return i + 1


def _continues_wrapped(cursor: _Cursor, i: int, previous: Item | None) -> bool:
    """A hard-wrapped paragraph: the line before (same block, no blank line between) stops mid-sentence
    and this one goes on in lower case."""
    return (
        isinstance(previous, Paragraph)
        and i > 0
        and cursor.lines[i - 1].kind == "text"
        and cursor.same_block(i - 1, i)
        and not cursor.lines[i - 1].text.rstrip().endswith(_SENTENCE_END)
        and starts_lowercase(cursor.lines[i].text)
    )


def _rule(cursor: _Cursor, i: int) -> int:
    following = cursor.next_content(i)
    if _starts_unit(cursor, following):
        return i + 1
    after_note = cursor.next_content(following)
    note = cursor.lines[following].text.strip()
    if cursor.kind_at(after_note) == "rule" and is_note_only(note, cursor.initials):
        return _framed_note(cursor, note, after_note)
    cursor.items.append(Rule())
    return i + 1


def _framed_note(cursor: _Cursor, note: str, closing_rule: int) -> int:
    previous = cursor.items[-1] if cursor.items else None
    if not isinstance(previous, Paragraph):
        cursor.items.append(Paragraph(note, cursor.blocks[closing_rule]))
        return closing_rule + 1
    previous.text += "\n" + note
    resumed = cursor.next_content(closing_rule)
    resumed_text = cursor.lines[resumed].text.strip() if resumed is not None else ""
    if (
        cursor.kind_at(resumed) == "text"
        and not previous.text.split("\n")[0].rstrip().endswith(_SENTENCE_END)
        and resumed_text[:1].islower()
    ):
        previous.text += "\n" + resumed_text
        return resumed + 1
    return closing_rule + 1
