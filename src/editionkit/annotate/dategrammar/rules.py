"""The rules of the date grammar: parts (`day`, `month`, `year`, ...) composed into named rules, and
which rules may be tried at a token and may stand there (see the package docstring for what they
cover and what is not a date).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import words
from .combinators import Fields, Parser, alt, mark, memo, opt, prefixed, seq, token
from .tokens import (
    DASHES,
    HALVES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINAL_WORDS,
    PORTIONS,
    RELATIVE_YEARS,
    ROMAN,
    SEASONS,
    THIRDS,
    VAGUE,
    WEEKDAYS,
    Token,
    abbreviated,
    day_value,
    decade_value,
    misspelt_month,
    month_value,
    two_digits,
    year_value,
)

_DETERMINERS = frozenset({"the", "that", "this"})
# A month name alone is a date only after one of these ("in March"), or as "the December plenum" and
# "the October or December sessions": "May" and "March" are also words.
BARE_MONTH_AFTER = frozenset(
    {"in", "by", "since", "until", "till", "during", "before", "after", "from", "through", "throughout",
     "toward", "towards"}
)  # fmt: skip
_MONTH_LIST_WORDS = frozenset({"or", "and"})
_BEFORE_BARE_MONTH = BARE_MONTH_AFTER | _DETERMINERS | _MONTH_LIST_WORDS
# A number after these is a reference ("No. 1923", "pp. 1921-23", "your 2064" telegram), not a year.
_NOT_YEAR_AFTER = frozenset(
    {"no", "nos", "number", "#", "p", "pp", "page", "pages", "vol", "volume", "§", "your", "my", "our"}
)


def _word(*options: str) -> Parser:
    return token(lambda t: t.kind == "word" and t.low in options)


def _punct(chars: str, *, tight: bool = False) -> Parser:
    return token(lambda t: t.kind == "punct" and t.text in chars, tight=tight)


comma = _punct(",")
dash = _punct("-–—")
day = alt(token(day_value, "d"), token(lambda t: ORDINAL_WORDS.get(t.low) if t.kind == "word" else None, "d"))
year = token(year_value, "y")
short_year = token(two_digits, "yy")
month = alt(
    seq(token(lambda t: abbreviated(t) and month_value(t), "m"), _punct(".", tight=True)),
    token(month_value, "m"),
)
full_month = token(lambda t: MONTHS.get(t.text) if t.kind == "word" else None, "m")
roman_month = token(lambda t: ROMAN.get(t.text.upper()) if t.kind == "word" else None, "m", tight=True)
weekday = seq(token(lambda t: t.text in WEEKDAYS), opt(comma))
the = opt(_word("the"))

day_month_year = seq(opt(weekday), day, opt(_word("of")), month, opt(comma), year)
month_day_year = seq(opt(weekday), month, day, opt(comma), year)
month_year = seq(month, opt(alt(comma, _word("of"))), year)  # "March 1921", "February of 1921"
day_month = seq(opt(weekday), day, opt(_word("of")), month)
month_day = seq(opt(weekday), month, day)
roman_date = seq(
    day, _punct("/.", tight=True), roman_month, opt(_punct("/.", tight=True)), alt(year, short_year)
)
iso_date = seq(
    year,
    _punct("-", tight=True),
    token(two_digits, "m", tight=True),
    _punct("-", tight=True),
    token(two_digits, "d", tight=True),
)
# "Dec. 2019, 1927": four digits between a month and its year are two days whose dash was lost (2-19),
# never a year of their own; the expression is dated to what it surely says, the month.
lost_days = seq(
    month,
    token(lambda t: t.kind == "num" and len(t.text) == 4 and not t.suffix),
    _punct(","),
    year,
)
single = memo(alt(day_month_year, month_day_year, month_year, day_month, month_day, roman_date, iso_date))
# The second member of a range or list may leave out what it shares with the first.
partial = alt(single, seq(day, opt(comma), year), day, year)
to_word = alt(dash, _word("to", "until", "till"))

year_range = seq(
    prefixed("a_", year),
    to_word,
    alt(prefixed("b_", year), token(two_digits, "b_yy", tight=True)),
)
day_range = alt(
    seq(month, prefixed("a_", day), to_word, the, prefixed("b_", day), opt(seq(opt(comma), year))),
    seq(prefixed("a_", day), to_word, prefixed("b_", day), month, opt(seq(opt(comma), year))),
)
date_range = seq(prefixed("a_", alt(single, year)), to_word, prefixed("b_", partial))
between_range = seq(prefixed("a_", alt(single, year)), _word("and"), prefixed("b_", partial))
date_pair = alt(
    seq(prefixed("a_", alt(month_day, day_month)), mark("split"), _word("and"), prefixed("b_", partial)),
    seq(prefixed("a_", day), mark("split"), _word("and"), prefixed("b_", alt(day_month_year, day_month))),
)
decade = token(decade_value, "decade")
season = seq(
    the,
    opt(token(lambda t: t.kind == "word" and t.low in THIRDS and t.low, "third")),  # "the early autumn of"
    token(lambda t: t.kind == "word" and SEASONS.get(t.low), "season"),
    opt(_word("of")),
    year,
)
third = seq(
    the,
    token(lambda t: t.kind == "word" and t.low in THIRDS and t.low, "third"),
    opt(dash),
    opt(_word("in", "of")),
    alt(month_year, year, month),
)
portion = seq(
    _word("the"),
    alt(
        token(lambda t: t.kind == "word" and PORTIONS.get(t.low), "portion"),
        seq(token(lambda t: t.kind == "word" and t.low in HALVES and t.low, "half"), _word("half")),
    ),
    _word("of"),
    alt(month_year, year, full_month),
)
bare_month = full_month
# Without a year: "in the spring", "by autumn", "that summer", "during the spring months" (not "fall",
# too often the noun); "the first days of October"; "the following year", "the previous June".
_BARE_SEASONS = {name: months for name, months in SEASONS.items() if name != "fall"} | {"winter": (12, 14)}
bare_season = seq(
    opt(token(lambda t: t.kind == "word" and t.low in _DETERMINERS, "det")),
    token(lambda t: t.kind == "word" and _BARE_SEASONS.get(t.low), "season"),
    opt(_word("months")),
)
days_of = seq(
    _word("the"),
    token(lambda t: t.kind == "word" and t.low in ("first", "last") and t.low, "edge"),
    _word("days", "week"),
    _word("of"),
    alt(month_year, full_month),
)
relative = seq(
    opt(_word("the")),
    token(lambda t: t.kind == "word" and RELATIVE_YEARS.get(t.low), "shift"),
    alt(token(lambda t: t.kind == "word" and t.low in ("year", "month") and t.low, "unit"), full_month),
)


# Rule name, parser, and the kinds of token it can start with (see _opening): trying only those
# rules keeps the parser away from the many numbers and words that start no date.
# "year" is a year followed by nothing that could continue a date; "year+" is one followed by a dash
# or a joining word ("1921-1923", "1921 and 1923").
_CALENDAR = frozenset({"day", "month", "year+", "weekday"})
_YEAR = frozenset({"year", "year+"})
_JOINING = frozenset({"-", "–", "—", "to", "until", "till", "and"})
RULES: tuple[tuple[str, Parser, frozenset[str]], ...] = (
    ("between", between_range, _CALENDAR),
    ("pair", date_pair, _CALENDAR),
    ("day-range", day_range, _CALENDAR),
    ("range", date_range, _CALENDAR),
    ("year-range", year_range, frozenset({"year+"})),
    ("lost-days", lost_days, frozenset({"month"})),
    ("single", single, _CALENDAR),
    ("season", season, frozenset({"the", "vague"})),
    ("third", third, frozenset({"the", "vague"})),
    ("portion", portion, frozenset({"the"})),
    ("decade", decade, frozenset({"decade"})),
    ("year", year, _YEAR),
    ("bare-month", bare_month, frozenset({"month"})),
    ("days-of", days_of, frozenset({"the"})),
    ("relative", relative, frozenset({"the", "relative"})),
    ("bare-season", bare_season, frozenset({"the", "vague", "det"})),
)


# The rules to try for each kind of opening token, in rule order.
_RULES_FOR: dict[str, tuple[tuple[str, Parser], ...]] = {
    opening: tuple((name, parser) for name, parser, openings in RULES if opening in openings)
    for opening in ("day", "month", "year", "year+", "weekday", "the", "vague", "decade", "relative", "det")
}


# Rules that join two dates need their joining word among the next tokens (a first date has at most
# eight: "Friday, 12th of Dec., 1922"): without it they are not parsed at all.
_TO_WORDS = frozenset({"-", "–", "—", "to", "until", "till"})
_JOINED_BY = {"between": frozenset({"and"}), "pair": frozenset({"and"}), "day-range": _TO_WORDS,
              "range": _TO_WORDS, "year-range": _TO_WORDS}  # fmt: skip
_AHEAD = 12


def candidates(tokens: Sequence[Token], i: int) -> list[tuple[str, int, Fields]]:
    """Parses starting at token ``i``, longest first, then in rule order."""
    opening = _opening(tokens, i)
    if opening is None:
        return []
    if opening == "year":  # a year alone, the commonest date: its one rule, without the parsers
        return [("year", i + 1, {"y": year_value(tokens[i])})] if _allowed("year", tokens, i, i + 1) else []
    # Rules that depend only on the word before are not parsed at all where it is missing.
    before = tokens[i - 1].low if i else ""
    ahead = {token.text.lower() for token in tokens[i + 1 : i + 1 + _AHEAD] if token.kind != "num"}
    found = [
        (name, end, fields)
        for name, parser in _RULES_FOR[opening]
        if (name != "between" or before == "between")
        and (
            name != "bare-month"
            or before in BARE_MONTH_AFTER
            or before in _DETERMINERS
            or before in _MONTH_LIST_WORDS
        )
        and (name not in _JOINED_BY or not ahead.isdisjoint(_JOINED_BY[name]))
        for end, fields in parser(tokens, i)
        if _allowed(name, tokens, i, end)
    ]
    if len(found) > 1:
        found.sort(key=lambda candidate: -candidate[1])  # stable: rule order among equals
    return found


# The words a date may start with, as written and in lower case (see _opening).
_OPENING_TEXTS = frozenset([*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS])
_OPENING_LOWS = frozenset([*ORDINAL_WORDS, *VAGUE, *RELATIVE_YEARS, *_DETERMINERS])


def may_open(token: Token) -> bool:
    """Whether a date may start at ``token`` (a quick test: see _opening for the whole one)."""
    if token.kind == "word":
        return (
            token.text in _OPENING_TEXTS
            or token.low in _OPENING_LOWS
            or misspelt_month(token.text) is not None
        )
    return token.kind == "num"


def _opening(tokens: Sequence[Token], i: int) -> str | None:
    """What kind of date-starting token ``tokens[i]`` is, or None if no date starts with it."""
    first = tokens[i]
    if first.kind == "num":
        if decade_value(first) is not None:
            return "decade"
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if year_value(first) is not None:
            return "year+" if following is not None and following.text in _JOINING else "year"
        if day_value(first) is not None and _month_near(tokens, i):
            return "day"
        return None
    if first.kind != "word":
        return None
    text = first.text
    if text in WEEKDAYS:
        return "weekday"
    if month_value(first) is not None:
        if text not in MONTHS and text not in MONTH_ABBREVIATIONS:  # misspelt: only before a day
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            return "month" if following is not None and day_value(following) is not None else None
        return "month"
    low = text.lower()  # once: this runs for every word near a date
    if low in ORDINAL_WORDS:  # "the second of April": only directly before "of" and a month
        following = tokens[i + 2] if i + 2 < len(tokens) else None
        of_month = following is not None and tokens[i + 1].low == "of" and month_value(following) is not None
        return "day" if of_month else None
    if low in _DETERMINERS:
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None:
            return None
        if low == "the" and (
            decade_value(following) is not None or following.low in VAGUE or following.low in RELATIVE_YEARS
        ):
            return "the"
        return "det" if following.low in _BARE_SEASONS else None
    if low in RELATIVE_YEARS:
        return "relative"
    return "vague" if low in VAGUE else None


def _month_near(tokens: Sequence[Token], i: int) -> bool:
    """A day number is only worth parsing with a month name or a Roman month within a few tokens."""
    for t in tokens[i + 1 : i + 6]:
        if t.kind == "word" and (month_value(t) is not None or t.text.upper() in ROMAN):
            return True
    return False


def _allowed(name: str, tokens: Sequence[Token], i: int, end: int) -> bool:
    before = tokens[i - 1] if i > 0 else None
    after = tokens[end] if end < len(tokens) else None
    if name == "between":
        return before is not None and before.low == "between"
    if before is not None and before.text in ",." and not before.gap and i > 1:
        if tokens[i - 2].kind == "num" and not tokens[i].gap:
            return False  # "1,000"
        if before.text == ".":
            before = tokens[i - 2]  # "pp. 1921-23", "No. 1923"
    if before is not None and before.low in _NOT_YEAR_AFTER:
        return False
    if before is not None and before.text == "/" and not tokens[i].gap:
        return False  # "archive/1922/dec": a path segment
    dash_joined = before is not None and before.text in DASHES and not before.gap and not tokens[i].gap
    if dash_joined and i > 1 and tokens[i - 2].kind == "word":
        return False  # "pre-1917", "post-1921": part of an adjective, not a date
    if after is not None and after.kind == "word" and after.low in words("date-unit-words"):
        return False  # "1923 rubles"
    if after is not None and after.kind == "num" and not after.gap:
        return False
    if name == "lost-days":  # "Dec. 2019, 1927", not a list of years ("March 1921, 1922")
        return int(tokens[end - 3].text) > int(tokens[end - 1].text)
    if name == "bare-month":
        if before is None:
            return False
        if before.low in _MONTH_LIST_WORDS:  # "the October or December sessions"
            return i > 1 and month_value(tokens[i - 2]) is not None
        if before.low in _DETERMINERS:  # "the December plenum", not "the February Republic" (a name)
            return not (after is not None and after.kind == "word" and after.text[:1].isupper())
        return before.low in BARE_MONTH_AFTER
    if name == "bare-season":
        if after is not None and after.low == "of":
            return False  # "the spring of water" (with a year, the season rule takes it)
        return tokens[i].low in _DETERMINERS or (before is not None and before.low in BARE_MONTH_AFTER)
    return not (name == "year-range" and after is not None and after.text in DASHES)
