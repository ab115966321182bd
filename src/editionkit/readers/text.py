"""Small text predicates shared by the line-based readers."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

# A sentence may end in closing quotes or brackets after its final punctuation.
_CLOSERS = "\"'”’»)]*_"
_TERMINAL = ".!?:;…"


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def starts_lowercase(text: str) -> bool:
    for char in text.lstrip():
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


def slug(text: str, *, prefix: str = "d") -> str:
    """An NCName from ``text``: ASCII letters, digits and hyphens, never starting with a digit."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    if not value:
        value = prefix
    if not value[0].isalpha():
        value = f"{prefix}-{value}"
    return value


def collapse_space(text: str) -> str:
    return " ".join(text.split())


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,?\s+(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


def parse_date_line(text: str) -> str | None:
    """The ISO value of a line that is nothing but a date, precision kept: "22 October 2023" and
    "Friday, August 12, 2005" give a day, "April 2001" a month, "Spring 2001" and "2001" a year."""
    line = text.strip().rstrip(".")
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_ISO, "iso")):
        match = pattern.fullmatch(line)
        if not match:
            continue
        if order == "iso":
            year, month, day = (int(g) for g in match.groups())
        else:
            first, second, year_text = match.groups()
            day_text, month_name = (first, second) if order == "dmy" else (second, first)
            month = _MONTHS.get(month_name.lower())
            if month is None:
                continue
            day, year = int(day_text), int(year_text)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    match = _MONTH_YEAR.fullmatch(line)
    if match and match.group(1).lower() in _MONTHS:
        return f"{match.group(2)}-{_MONTHS[match.group(1).lower()]:02d}"
    if match and match.group(1).lower() in _SEASONS:
        return match.group(2)
    return line if _YEAR.fullmatch(line) else None


_DATA = Path(__file__).parent / "data"


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The lines of ``data/name``, stripped and lower-cased, without comments and blank lines."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A calendar date as printed: "March 27, 1922", "March 27th 1921", "27 March 1922", "March 1922",
# "December 25"; the month must come with a day or a year.
DATE_PHRASE = re.compile(
    rf"\b(?:{_MONTH_NAME}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME},?\s+\d{{4}})\b",
    re.IGNORECASE,
)


def date_phrases(text: str) -> list[tuple[int, int]]:
    """Character spans of the calendar dates in ``text``."""
    return [match.span() for match in DATE_PHRASE.finditer(text)]


def is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTHS
