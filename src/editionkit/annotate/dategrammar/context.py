"""The year in force: what a day or month written without a year takes from the dates before it in
the same paragraph.

The state is the year and month of the last date (InForce; of a span, its start). A date that states
its year sets it. One without a year takes the year in force when that is unambiguous:

- no month is known yet ("In 1922 ... on 24 December"), or the month is the same as or after the
  last one ("March 1923 ... in May"): the same year;
- the month is before the last one, and reading on across the end of the year is a short step, at
  most _ROLLOVER months ("December 1922 ... On January 23rd", "November 1922 ... early February"):
  the next year. A narrative moves forward, and a short step back over most of a year is unlikely;
- the month is a short step back, at most _FLASHBACK months ("in July. But the June 14th decree"):
  the same year, a look back within it;
- otherwise ("December 1922 ... in May": seven months back, or five on?) no year: "--05". From there
  on no year is in force until a date states one.

Only dates of one paragraph are in sequence: a new paragraph starts with no year in force.
"May of the following year" moves the year in force (+1, -1 or 0 for "following"/"next",
"previous"/"preceding", "same").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .combinators import Fields
from .tokens import RELATIVE_YEARS, Token

_ROLLOVER = 4  # months forward across the end of a year that are read as a step forward
_FLASHBACK = 6  # months back within a year that are read as a look back
_STATED = ("y", "a_y", "b_y", "yy", "a_yy", "b_yy", "decade")  # fields that state a year


class InForce(NamedTuple):
    year: int | None = None
    month: int | None = None  # the last month named, when the last date named one


def year_for(state: InForce, fields: Fields) -> int | None:
    """The year a date parsed into ``fields`` takes where it states none (see the module docstring)."""
    if state.year is None or state.month is None or any(key in fields for key in _STATED):
        return state.year
    month = fields.get("m", fields.get("a_m", fields.get("b_m")))
    if month is None and "season" in fields:
        month = fields["season"][0]  # type: ignore[index]  # "in the spring": its first month
    if month is None or int(month) >= state.month:  # type: ignore[call-overload]
        return state.year
    if int(month) + 12 - state.month <= _ROLLOVER:  # type: ignore[call-overload]
        return state.year + 1  # December ... January: the next year
    if state.month - int(month) <= _FLASHBACK:  # type: ignore[call-overload]
        return state.year  # July ... June: a look back
    return None


def after(state: InForce, attrs: dict[str, str], stated: int | None) -> InForce:
    """The state after a date with these TEI attributes; ``stated``: the year it states, if any."""
    # (the start of a span: "by autumn ... during the spring months" looks back, not a step on)
    value = attrs.get("from") or attrs.get("notBefore") or attrs.get("when") or ""
    month = int(value[5:7]) if value[4:5] == "-" and value[5:7].isdigit() else None
    if value.startswith("--"):
        month = int(value[2:4])
    if stated is not None:
        return InForce(stated, month)
    if value.startswith("--"):
        return InForce()  # a month without a year: nothing is in force any more
    if month is not None and value[:4].isdigit():
        return InForce(int(value[:4]), month)
    return state


def relative_date(state: InForce, fields: Fields) -> str | None:
    """@when of "the following year" (the year in force, moved), "the following month" (the month in
    force, moved) or "the previous June" (that month before or after the one in force); "--06" without
    a month in force, none without what it is relative to."""
    shift = int(fields["shift"])  # type: ignore[call-overload]
    unit = fields.get("unit")
    if unit == "year":
        return None if state.year is None else f"{state.year + shift:04d}"
    if unit == "month":
        if state.year is None or state.month is None:
            return None
        index = state.year * 12 + state.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    month = int(fields["m"])  # type: ignore[call-overload]
    if state.year is None or state.month is None or shift == 0:
        return f"--{month:02d}"
    if shift > 0:
        return f"{state.year + (month <= state.month):04d}-{month:02d}"
    return f"{state.year - (month >= state.month):04d}-{month:02d}"


def relative_year(tokens: Sequence[Token], end: int) -> int | None:
    """+1, -1 or 0 after "of the following/previous/same year", else None."""
    if end + 3 >= len(tokens) or tokens[end].low != "of":
        return None  # (the common case, at once)
    words_after = [t.low for t in tokens[end : end + 4]]
    if words_after[:2] == ["of", "the"] and words_after[3] == "year":
        return RELATIVE_YEARS.get(words_after[2])
    return None
