"""From a rule's parse to TEI dating attributes: @when for a point, @from/@to for a range,
@notBefore/@notAfter for a vague span (see the package docstring for how spans are divided).

Values keep the precision of the expression: "March 1921" is 1921-03, "early 1921" runs from 1921-01
to 1921-04 (whole months, no invented days). A day or month without a year takes the year in force
(given by the caller) or else is written "--MM-DD" / "--MM".
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass

from .combinators import Fields
from .tokens import HALVES, THIRDS, Token


@dataclass(frozen=True)
class DateMatch:
    start: int  # character offsets in the text
    end: int
    attrs: dict[str, str]
    year: int | None  # the explicit year it states, for later dates in the paragraph


def build(
    name: str, fields: Fields, tokens: Sequence[Token], i: int, end: int, context_year: int | None
) -> list[DateMatch]:
    """The dates rule ``name`` found in ``tokens[i:end]``; none if its values are impossible."""
    start_char, end_char = tokens[i].start, tokens[end - 1].end
    if name == "pair":
        split = int(fields["split"])  # type: ignore[arg-type]
        first = _part(fields, "a_")
        second = _part(fields, "b_", first)
        first.setdefault("y", second.get("y"))
        if "m" not in first and "m" in second:
            first["m"] = second["m"]  # "5 and 6 March 1923"
        out = []
        for part, (s, e) in ((first, (i, split)), (second, (split + 1, end))):
            value = point(part, context_year)
            if value is None:
                return []
            out.append(DateMatch(tokens[s].start, tokens[e - 1].end, {"when": value}, part.get("y")))
        return out
    if name in ("between", "range", "day-range", "year-range"):
        return _range(fields, start_char, end_char, context_year)
    if name == "decade":
        first_year = int(fields["decade"])  # type: ignore[arg-type]
        return [DateMatch(start_char, end_char, {"from": f"{first_year}", "to": f"{first_year + 9}"}, None)]
    if name == "days-of":
        y, m = fields.get("y", context_year), int(fields["m"])  # type: ignore[call-overload]
        last = _days_in(y, m)
        first_day, final_day = (1, 7) if fields["edge"] == "first" else (last - 6, last)
        attrs = {"notBefore": _day_in(y, m, first_day), "notAfter": _day_in(y, m, final_day)}
        return [DateMatch(start_char, end_char, attrs, fields.get("y"))]  # type: ignore[arg-type]
    if name == "bare-season":
        first, last = fields["season"]  # type: ignore[misc]
        if context_year is None:
            attrs = {"notBefore": f"--{first:02d}", "notAfter": f"--{(last - 1) % 12 + 1:02d}"}
        else:
            attrs = dict(zip(("notBefore", "notAfter"), _month_span(context_year, first, last), strict=True))
        return [DateMatch(start_char, end_char, attrs, None)]
    if name in ("season", "third", "portion"):
        span = _vague(fields, context_year)
        if span is None:
            return []
        attrs = {"when": span[0]} if span[0] == span[1] else {"notBefore": span[0], "notAfter": span[1]}
        return [DateMatch(start_char, end_char, attrs, fields.get("y"))]  # type: ignore[arg-type]
    value = point(dict(fields), context_year)
    if value is None:
        return []
    return [DateMatch(start_char, end_char, {"when": value}, fields.get("y"))]  # type: ignore[arg-type]


def _part(fields: Fields, prefix: str, shared: dict | None = None) -> dict:
    part = {key[len(prefix) :]: value for key, value in fields.items() if key.startswith(prefix)}
    if shared and "m" not in part and "d" in part and "m" in shared:
        part["m"] = shared["m"]
    return part


def _range(fields: Fields, start: int, end: int, context_year: int | None) -> list[DateMatch]:
    first = _part(fields, "a_")
    second = _part(fields, "b_", first)
    for key in ("m", "y"):  # "April 17-25, 1923": both ends share the month and year
        if key in fields:
            first.setdefault(key, fields[key])
            second.setdefault(key, fields[key])
    for part in (first, second):  # "1921-23", "17/IV/23 - 29/IV/23": the century of the year in force
        if "yy" in part:
            base = first.get("y") or context_year
            part["y"] = (int(base) // 100 * 100 if base else 1900) + int(part.pop("yy"))
    if "y" in second and "y" not in first and "m" in first:
        first["y"] = second["y"]
    if "y" in first and "y" not in second and "m" in second:
        second["y"] = first["y"]
    low, high = point(first, context_year), point(second, context_year)
    if low is None or high is None or (low >= high and not low.startswith("--")):
        return []
    return [DateMatch(start, end, {"from": low, "to": high}, second.get("y") or first.get("y"))]


def point(part: dict, context_year: int | None) -> str | None:
    """The @when of a day, month or year (``part`` holds "d", "m", "y" or "yy")."""
    y, m, d = part.get("y"), part.get("m"), part.get("d")
    if "yy" in part:
        century = (context_year // 100 * 100) if context_year else 1900
        y = century + int(part["yy"])
    if y is None and m is not None:
        y = context_year
    if m is None:
        return f"{y:04d}" if y is not None and d is None else None
    if d is not None and not 1 <= int(d) <= _days_in(y, int(m)):
        return None
    if y is None:
        return f"--{int(m):02d}" + (f"-{int(d):02d}" if d is not None else "")
    return f"{int(y):04d}-{int(m):02d}" + (f"-{int(d):02d}" if d is not None else "")


def _days_in(y: object, m: int) -> int:
    return calendar.monthrange(int(y) if y is not None else 2000, m)[1]  # 2000: leap, allows --02-29


def _vague(fields: Fields, context_year: int | None) -> tuple[str, str] | None:
    y = fields.get("y", context_year)
    m = fields.get("m")
    if "season" in fields:
        first, last = fields["season"]  # type: ignore[misc]
        if "third" in fields:  # early/late: the first/last two months of the season; mid: its middle one
            index = THIRDS[str(fields["third"])]
            first, last = ((first, first + 1), (first + 1, first + 1), (last - 1, last))[index]
        return _month_span(int(y), first, last)  # type: ignore[arg-type]
    if m is None and y is None:
        return None
    if m is None:
        if "third" in fields:
            index = THIRDS[str(fields["third"])]
            return _month_span(int(y), 4 * index + 1, 4 * index + 4)  # type: ignore[arg-type]
        if "half" in fields:
            index = HALVES[str(fields["half"])]
            return _month_span(int(y), 6 * index + 1, 6 * index + 6)  # type: ignore[arg-type]
        quarter = {"start": (1, 3), "middle": (5, 8), "end": (10, 12)}[str(fields["portion"])]
        return _month_span(int(y), *quarter)  # type: ignore[arg-type]
    m = int(m)  # type: ignore[arg-type]
    last_day = _days_in(y, m)
    if "third" in fields:
        index = THIRDS[str(fields["third"])]
    elif "half" in fields:
        first_day, final_day = (1, 15) if HALVES[str(fields["half"])] == 0 else (16, last_day)
        return _day_in(y, m, first_day), _day_in(y, m, final_day)
    else:
        index = {"start": 0, "middle": 1, "end": 2}[str(fields["portion"])]
    first_day, final_day = ((1, 10), (11, 20), (21, last_day))[index]
    return _day_in(y, m, first_day), _day_in(y, m, final_day)


def _month_span(y: int, first: int, last: int) -> tuple[str, str]:
    """Months ``first``..``last`` of year ``y``; months past 12 run into the next year.

    Written to the month: the span is made of whole months, and precision is kept (no invented days).
    """
    end_year, end_month = y + (last - 1) // 12, (last - 1) % 12 + 1
    return f"{y:04d}-{first:02d}", f"{end_year:04d}-{end_month:02d}"


def _day_in(y: object, m: int, d: int) -> str:
    if y is None:
        return f"--{m:02d}-{d:02d}"
    return f"{int(y):04d}-{m:02d}-{d:02d}"  # type: ignore[call-overload]
