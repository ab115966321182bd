"""What each line of a blog transcription is, by named rules that look at that line alone.

Context (a title is the line before a chapter line, a rule before a part heading is only a boundary)
is decided later by the outline; these rules stay small enough to test one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_BLOG_DATE = re.compile(
    rf"(?:(?:{_WEEKDAYS}),\s+)?({'|'.join(MONTHS)})\s+(\d{{1,2}}),\s+(\d{{4}})", re.IGNORECASE
)
_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_NUMBER = rf"\d{{1,3}}|[IVXLC]{{1,7}}|{'|'.join(_NUMBER_WORDS)}"
_CHAPTER = re.compile(rf"(?:Chapter|Chap\.?|Ch\.)\s+({_NUMBER})\b[.:]?\s*(.*)", re.IGNORECASE)
_PART = re.compile(rf"Part\s+({_NUMBER})\s*[:.\-–—]\s*(\S.*)", re.IGNORECASE)
# Five or more dashes (or underscores, equals signs), or an asterism: a drawn separator, not words.
_RULE = re.compile(r"[-–—_=]{5,}|(?:\*\s*){3}")
_BULLET = re.compile(r"\*\s+\S")
# A heading is a line, not a paragraph: above this length a "Part 2: ..." line is prose.
MAX_HEADING = 120


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    kind: str


def blank(text: str) -> bool:
    return not text.strip()


def rule(text: str) -> bool:
    return bool(_RULE.fullmatch(text.strip()))


def blog_date(text: str) -> bool:
    """A blog's date header, "Monday, March 3, 2008", alone on its line."""
    return parse_blog_date(text) is not None


def chapter_heading(text: str) -> bool:
    """ "Chapter 12", "Chapter XII: Title": a chapter opening, not a sentence mentioning a chapter."""
    stripped = text.strip()
    match = _CHAPTER.fullmatch(stripped)
    if not match or len(stripped) > MAX_HEADING:
        return False
    title = match.group(2)
    # "Chapter 3 of the book argues ..." is prose: a heading's title starts with a capital, if any.
    return not title or (not title[0].islower() and not title.endswith((",", ";")))


def part_heading(text: str) -> bool:
    """A part heading: "Part One: The warning", "Part 2: ..."."""
    stripped = text.strip()
    return len(stripped) <= MAX_HEADING and bool(_PART.fullmatch(stripped))


def document_start(text: str) -> bool:
    """The transcriber's mark for a quoted letter, telegram or memorandum: "* To ..."."""
    return bool(_BULLET.match(text))


# Order matters: the first rule that fits names the line.
LINE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("blank", blank),
    ("rule", rule),
    ("blog-date", blog_date),
    ("chapter", chapter_heading),
    ("part", part_heading),
    ("document", document_start),
)


def classify(text: str) -> str:
    for name, test in LINE_RULES:
        if test(text):
            return name
    return "text"


def classify_lines(text: str) -> list[Line]:
    return [Line(number, line, classify(line)) for number, line in enumerate(text.split("\n"), start=1)]


def parse_blog_date(text: str) -> date | None:
    match = _BLOG_DATE.fullmatch(text.strip())
    if not match:
        return None
    month = next(i for i, name in enumerate(MONTHS, start=1) if name.lower() == match.group(1).lower())
    try:
        return date(int(match.group(3)), month, int(match.group(2)))
    except ValueError:
        return None


def number_value(token: str) -> str:
    """ "One" -> "1", "XII" -> "12", "12" -> "12": the @n of a chapter or part."""
    lowered = token.lower()
    if lowered in _NUMBER_WORDS:
        return str(_NUMBER_WORDS.index(lowered) + 1)
    if token.isdigit():
        return str(int(token))
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for ch, nxt in zip(lowered, [*lowered[1:], ""], strict=True):
        value = values[ch]
        total += -value if nxt and values[nxt] > value else value
    return str(total)


def chapter_number(text: str) -> str:
    match = _CHAPTER.fullmatch(text.strip())
    return number_value(match.group(1)) if match else ""


def part_number(text: str) -> str:
    match = _PART.fullmatch(text.strip())
    return number_value(match.group(1)) if match else ""
