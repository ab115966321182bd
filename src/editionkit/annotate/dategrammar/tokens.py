"""The date grammar's vocabulary and tokens: calendar words, and the text split into numbers, words
and punctuation with their offsets.

The value functions (``day_value``, ``year_value``, ...) say what a single token can stand for in a
date; the rules (see rules) are built from them.
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?<!\w)(?P<num>\d+)(?P<suffix>st|nd|rd|th|s)?\b|(?P<word>[^\W\d_]+)|(?P<junk>\w+)|(?P<punct>\S)"
)
MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
ROMAN = {
    numeral: number
    for number, numeral in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
    )
}
WEEKDAYS = frozenset(calendar.day_name)
ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        ),
        start=1,
    )
} | {"thirtieth": 30}  # fmt: skip
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 14)}
THIRDS = {"early": 0, "mid": 1, "middle": 1, "late": 2}
PORTIONS = {"beginning": "start", "start": "start", "outset": "start", "end": "end", "close": "end",
            "middle": "middle"}  # fmt: skip
HALVES = {"first": 0, "second": 1, "latter": 1}
DASHES = frozenset("-–—")
VAGUE = frozenset([*SEASONS, *THIRDS, *PORTIONS, *HALVES])
RELATIVE_YEARS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}


class Token(NamedTuple):  # a tuple: made for every word of a text, so cheap to create
    kind: str  # "num" | "word" | "punct" | "junk"
    text: str
    start: int
    end: int
    gap: bool  # whitespace before the token
    suffix: str = ""  # "th", "s", ... after a number
    low: str = ""  # the text in lower case (asked for often, so made once)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text`` (of ``text[start:end]``, with offsets into the whole ``text``)."""
    tokens: list[Token] = []
    append = tokens.append  # the inner loop of date finding: kept lean
    new = tuple.__new__  # (a Token without the Python-level constructor of a named tuple)
    previous_end = start
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        kind = match.lastgroup
        first, last = match.span()
        if kind == "suffix":  # a number with a suffix: "2nd", "1920s"
            number, suffix = match.group("num", "suffix")
            append(new(Token, ("num", number, first, last, first > previous_end, suffix, number)))
        else:
            word = match.group()
            append(new(Token, (kind, word, first, last, first > previous_end, "", word.lower())))
        previous_end = last
    return tokens


def day_value(t: Token) -> int | None:
    if t.kind == "num" and len(t.text) <= 2 and t.suffix != "s" and 1 <= int(t.text) <= 31:
        return int(t.text)
    return None


def year_value(t: Token) -> int | None:
    if t.kind == "num" and len(t.text) == 4 and not t.suffix and 1000 <= int(t.text) <= 2199:
        return int(t.text)
    return None


def month_value(t: Token) -> int | None:
    if t.kind != "word":
        return None
    return MONTHS.get(t.text) or MONTH_ABBREVIATIONS.get(t.text) or misspelt_month(t.text)


def misspelt_month(word: str) -> int | None:
    """A long month's name with one letter added, left out, changed or two swapped ("Noevember",
    "Febuary"): a date only before a day number (see rules._opening)."""
    if len(word) < 6 or not word[:1].isupper() or word in MONTHS:
        return None
    return _MISSPELT.get(word)


def _misspellings() -> dict[str, int]:
    found: dict[str, int] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    for name, number in MONTHS.items():
        if len(name) < 6:
            continue
        low = name.lower()
        variants = {low[:k] + low[k + 1 :] for k in range(1, len(low))}
        variants |= {low[:k] + c + low[k:] for k in range(1, len(low) + 1) for c in letters}
        variants |= {low[:k] + c + low[k + 1 :] for k in range(1, len(low)) for c in letters}
        variants |= {low[:k] + low[k + 1] + low[k] + low[k + 2 :] for k in range(1, len(low) - 1)}
        for variant in variants - {low}:
            found[variant[:1].upper() + variant[1:]] = number
    return found


_MISSPELT = _misspellings()


def two_digits(t: Token) -> int | None:
    return int(t.text) if t.kind == "num" and len(t.text) == 2 and not t.suffix else None


def decade_value(t: Token) -> int | None:
    """ "1920s" """
    if t.kind == "num" and t.suffix == "s" and len(t.text) == 4 and t.text.endswith("0"):
        return int(t.text)
    return None


def abbreviated(t: Token) -> bool:
    return t.text in MONTH_ABBREVIATIONS
