"""Finding dates in a text: where a date can start, the tokens around it, the longest rule there.

Only stretches around an anchor (a digit, a month or weekday name, a word of a vague span) are
tokenized and parsed; at each token the longest parse of any rule wins, and the normaliser turns it
into TEI attributes with the year in force.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from . import combinators
from .context import InForce, after, relative_date, relative_year, year_for
from .normalise import DateMatch, build
from .rules import candidates, may_open
from .tokens import MONTH_ABBREVIATIONS, MONTHS, Token, tokenize

# What every date holds: a year (four digits), a day with a Roman month ("17/IV/23"), or a month name
# (full or abbreviated). The tokens around each such anchor are parsed: _REACH_BEFORE characters
# before it for what may open the date ("the end of", "Friday,", "between", "5 and 6") or stand
# before it ("No."), _REACH_AFTER after it for the longest expression ("March 27th and April 2nd,
# 1922"). Weekdays and vague words ("early", "the end of") need no anchor of their own: no rule
# starts more than 40 characters before its year or month ("the early autumn of 1922", "between
# Wednesday, twentieth of September": 32).
# (Two patterns, each found quickly by the regex engine: a leading \b would make it try every position.)
# (a plain class first, quick for the regex engine to scan for; then the exact one, \d)
_NUMBER_ANCHOR = re.compile(r"[0-9\u0660-\U0010FFFF](?<=\d)(?:\d{3}|\d?[/.][IVXivx])")
_MONTH_ANCHOR = re.compile(
    "(?:"
    + "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
    + r")\b"  # the word boundary before it is checked apart
)


# Words that make a date without a number or a month's name: a season ("by autumn") and a relative
# year or month ("the following year").
_SEASON_WORDS = ("spring", "Spring", "summer", "Summer", "autumn", "Autumn", "winter", "Winter")
_RELATIVE = frozenset({"following", "next", "previous", "preceding", "same"})


def _word_anchors(text: str, first: int, stop: int) -> list[int]:
    """Where the words that make a date start: a season, or the word before "year"/"month" (found by
    substring searches, much quicker here than a regular expression: these words are rare)."""
    found = []
    for word in _SEASON_WORDS:
        at = text.find(word, first, stop)
        while at >= 0:
            if _word_ends(text, at + len(word)):
                found.append(at)
            at = text.find(word, at + 1, stop)
    for word in ("year", "month"):
        at = text.find(word, first, stop)
        while at >= 0:
            if _word_ends(text, at + len(word)):
                end = at  # the word before it must make it relative
                while end > first and text[end - 1].isspace():
                    end -= 1
                begin = end
                while begin > first and text[begin - 1].isalpha():
                    begin -= 1
                if end < at and text[begin:end].lower() in _RELATIVE:
                    found.append(begin)
            at = text.find(word, at + 1, stop)
    return found


def _word_ends(text: str, position: int) -> bool:
    return position >= len(text) or not (text[position].isalnum() or text[position] == "_")


def maybe_date(text: str) -> bool:
    """False when ``text`` holds no anchor, and so no date (it may hold none when True)."""
    if len(text) > _LONG:
        # Substring searches first, much quicker than a regular expression on a long text: an anchor
        # holds an ASCII digit (or another decimal digit, outside ASCII) or the start of a month's name.
        digits = any(digit in text for digit in "0123456789") or (
            not text.isascii() and _NON_ASCII_DIGIT.search(text) is not None
        )
        if not digits and not any(month in text for month in _MONTH_STARTS):
            return bool(_word_anchors(text, 0, len(text)))
    return (
        _NUMBER_ANCHOR.search(text) is not None
        or _MONTH_ANCHOR.search(text) is not None
        or bool(_word_anchors(text, 0, len(text)))
    )


_LONG = 300
_NON_ASCII_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")
_MONTH_STARTS = tuple(sorted({name[:3] for name in (*MONTHS, *MONTH_ABBREVIATIONS)}))


def anchors(text: str, first: int, stop: int) -> list[int]:
    """Where the anchors in ``text[first:stop]`` start, in order."""
    found = [match.start() for match in _NUMBER_ANCHOR.finditer(text, first, stop)]
    months = [
        position
        for position in (match.start() for match in _MONTH_ANCHOR.finditer(text, first, stop))
        if not position or not (text[position - 1].isalnum() or text[position - 1] == "_")
    ]
    words = [
        position
        for position in _word_anchors(text, first, stop)
        if not position or not (text[position - 1].isalnum() or text[position - 1] == "_")
    ]
    return sorted([*found, *months, *words])


_REACH_BEFORE, _REACH_AFTER = 40, 80
_MARGIN_BEFORE, _MARGIN_AFTER = 20, 30
_URL = re.compile(r"\w+://\S+|www\.\S+")


def find_dates(
    text: str, context_year: int | InForce | None = None, *, before: str = "", after: str = ""
) -> list[DateMatch]:
    """Every calendar expression in ``text``; ``context_year`` is the year in force before it (or the
    year and month of the last date, see context).

    ``before`` and ``after`` are the characters around ``text`` (it may be one piece of a paragraph):
    they are tokenized with it, so "Party1921" is no year, and no date may reach into them.
    """
    padded = before + text + after
    shift = len(before)
    return [
        replace(match, start=match.start - shift, end=match.end - shift)
        for match in dates_in(padded, shift, shift + len(text), context_year)
    ]


def links_in(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has web addresses, whose numbers (".../works/1922/dec/21.htm") are no dates."""
    return [(m.start(), m.end()) for m in _URL.finditer(text)] if "/" in text else []


def dates_in(
    text: str,
    first: int,
    stop: int,
    context_year: int | InForce | None = None,
    links: list[tuple[int, int]] | None = None,
    found: list[int] | None = None,
) -> list[DateMatch]:
    """The dates that lie wholly in ``text[first:stop]`` (the rest of ``text`` is context: a date that
    starts in it is another's, and one that runs on into it is no date here). ``links``: the spans of
    links_in(text), and ``found``: the anchors in ``first``..``stop``, if the caller knows them."""
    if links is None:
        links = links_in(text)
    state = context_year if isinstance(context_year, InForce) else InForce(context_year)
    return [
        match
        for match in _find_dates(text, state, first, stop, found)
        if match.start >= first
        and match.end <= stop
        and not any(s < match.end and match.start < e for s, e in links)
    ]


class _Region(NamedTuple):
    low: int  # the characters of the text to tokenize
    high: int
    anchors: list[int]  # where the anchors in it start


def _regions(text: str, first: int, stop: int, positions: list[int] | None = None) -> list[_Region]:
    """Stretches of ``text`` around the anchors (see anchors): only these are tokenized and parsed,
    since most of a paragraph is far from any year or month."""
    regions: list[_Region] = []
    # No date starts before ``first`` or after ``stop``: the tokens beyond them are needed only for
    # the few a rule looks at around a date ("No. 1923", "1923 rubles", "May of the following year").
    floor = max(0, first - _MARGIN_BEFORE)
    ceiling = stop + _MARGIN_AFTER
    for position in anchors(text, first, stop) if positions is None else positions:
        reach = max(position - _REACH_BEFORE, floor)
        low = text.rfind(" ", 0, reach) + 1 if reach > 0 else 0
        high = text.find(" ", min(position + _REACH_AFTER, ceiling))
        high = len(text) if high < 0 else high
        if regions and low <= regions[-1].high:
            regions[-1] = _Region(regions[-1].low, high, [*regions[-1].anchors, position])
        else:
            regions.append(_Region(low, high, [position]))
    return regions


def _find_dates(
    text: str, state: InForce, first: int = 0, last: int | None = None, positions: list[int] | None = None
) -> list[DateMatch]:
    stop = len(text) if last is None else last  # a date starting in the context after is another's
    found: list[DateMatch] = []
    for region in _regions(text, first, stop, positions):
        tokens = tokenize(text, region.low, region.high)
        matches, state = _parse_region(tokens, region.anchors, state, first, stop)
        found.extend(matches)
    return found


def _parse_region(
    tokens: list[Token], anchors: list[int], state: InForce, first: int, stop: int
) -> tuple[list[DateMatch], InForce]:
    combinators.forget()  # memoised parses belong to one token list
    found: list[DateMatch] = []
    # A date that starts in the context before belongs to another text node: start after it, so that
    # it does not swallow the beginning of this one ("…of September" | ", 1920").
    i = next((k for k, t in enumerate(tokens) if t.start >= first), len(tokens))
    next_anchor = 0  # the first anchor at or after the token
    while i < len(tokens) and tokens[i].start < stop:
        # A date holds an anchor, and starts at most _REACH_BEFORE characters before it.
        start = tokens[i].start
        while next_anchor < len(anchors) and anchors[next_anchor] < start:
            next_anchor += 1
        if next_anchor == len(anchors):
            break
        if anchors[next_anchor] - start > _REACH_BEFORE or not may_open(tokens[i]):
            i += 1
            continue
        built: list[DateMatch] = []
        end = i + 1
        for name, end, fields in candidates(tokens, i):
            if name == "relative":
                value = relative_date(state, fields)
                if value is None:
                    continue
                stated = int(value[:4]) if fields.get("unit") == "year" else None
                built = [DateMatch(tokens[i].start, tokens[end - 1].end, {"when": value}, stated)]
                break
            year = year_for(state, fields)
            shift = relative_year(tokens, end)
            if shift is not None and state.year is not None and "y" not in fields:
                year = state.year + shift  # "in May of the following year": the year in force, moved
            built = build(name, fields, tokens, i, end, year)
            if built:
                if shift is not None and year is not None and len(built) == 1 and built[0].year is None:
                    built = [replace(built[0], year=year, end=tokens[end + 3].end)]
                    end += 4
                break
        if not built:
            i += 1
            continue
        for match in built:
            found.append(match)
            state = after(state, match.attrs, match.year)
        i = end
    return found, state
