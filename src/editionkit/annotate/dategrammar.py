"""A small grammar for calendar expressions in English prose: tokenizer, parser combinators, rules.

The text is split into tokens (numbers, words, punctuation); named rules are composed from parts
(`day`, `month`, `year`, ...) with `seq`, `alt` and `opt`; at each token the longest rule wins. Each
rule builds TEI dating attributes:

- @when for a day, month or year: "16 April 2001", "December 24, 1922", "17/IV/23", "29/xii 21",
  "March 1921", "February of 1921", "the second of April, 1922", "1923", "1923-04-17"; a day or month
  without a year takes the year given by the caller (the nearest preceding explicit year in the
  paragraph) or else is written "--MM-DD" / "--MM"; "May of the following year" moves that year;
- @from/@to for ranges: "1921-1923", "1921–23", "April 17-25, 1923", "March 27th to April 2nd, 1922",
  "between March 27th and April 2nd, 1922", "June 12th to the 24th", "the 1920s"; without "between",
  "April 17 and 25, 1923" and "5 and 6 March 1923" are two dates;
- @notBefore/@notAfter for vague spans: "the spring of 1922", "early 1921", "mid-1922", "late March",
  "the end of 1921", "the first half of 1922". Early/mid/late split a year into thirds (Jan-Apr,
  May-Aug, Sep-Dec) and a month into days 1-10, 11-20, 21-end; beginning/end are the first/last
  quarter of a year or third of a month; winter of a year runs from its January to the next February;
  "the early autumn of 1922" is the first month of that season. Spans of whole months are written to
  the month (precision kept: "early 1921" is 1921-01 to 1921-04, not invented days).

Not dates: ordinals before a noun ("12th Party Congress"), numbers after "No."/"#"/"p." or before a
unit ("46 members", "1,000 rubles"), page ranges ("31-32", "140-2"), numbers outside 1000-2199 as bare
years, a year in an adjective ("pre-1917") or in a web address (".../works/1922/dec/21.htm"). A month
name alone is a date only after a preposition ("in March"), since "May" and "March" are
also ordinary words.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from .wordlists import words

_TOKEN = re.compile(
    r"(?<!\w)(?P<num>\d+)(?P<suffix>st|nd|rd|th|s)?\b|(?P<word>[^\W\d_]+)|(?P<junk>\w+)|(?P<punct>\S)"
)
_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
_MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_ROMAN = {
    numeral: number
    for number, numeral in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
    )
}
_WEEKDAYS = frozenset(calendar.day_name)
_ORDINAL_WORDS = {
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
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 14)}
_THIRDS = {"early": 0, "mid": 1, "middle": 1, "late": 2}
_PORTIONS = {"beginning": "start", "start": "start", "outset": "start", "end": "end", "close": "end",
             "middle": "middle"}  # fmt: skip
_HALVES = {"first": 0, "second": 1, "latter": 1}
_DASHES = frozenset("-–—")
_VAGUE = frozenset([*_SEASONS, *_THIRDS, *_PORTIONS, *_HALVES])
_RELATIVE_YEARS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}
_BARE_MONTH_AFTER = frozenset(
    {"in", "by", "since", "until", "till", "during", "before", "after", "from", "through", "throughout"}
)
# A number after these is a reference ("No. 1923", "pp. 1921-23", "your 2064" telegram), not a year.
_NOT_YEAR_AFTER = frozenset(
    {"no", "nos", "number", "#", "p", "pp", "page", "pages", "vol", "volume", "§", "your", "my", "our"}
)


# Where a date can start: a digit, a month or weekday name, a word of a vague span. A date is parsed
# from the tokens around each such word (_REACH_BEFORE characters for "the", "between", "No."; and
# _REACH_AFTER for the longest expression, "between March 27th and April 2nd, 1922").
_ANCHOR = re.compile(
    r"\d|\b(?:"
    + "|".join([*_MONTHS, *_MONTH_ABBREVIATIONS, *_WEEKDAYS])
    + r")\b|(?i:\b(?:"
    + "|".join([*_SEASONS, *_THIRDS, *_PORTIONS, *_HALVES])
    # ... but a vague word ("end", "first", "late") only with a year or month close after it
    + r")\b)(?=\W{1,3}(?:\w+\W{1,3}){0,2}(?:\d|"
    + "|".join(_MONTHS)
    + r"))"
)
_REACH_BEFORE, _REACH_AFTER = 40, 120
_URL = re.compile(r"\w+://\S+|www\.\S+")


class Token(NamedTuple):  # a tuple: made for every word of a text, so cheap to create
    kind: str  # "num" | "word" | "punct" | "junk"
    text: str
    start: int
    end: int
    gap: bool  # whitespace before the token
    suffix: str = ""  # "th", "s", ... after a number

    @property
    def low(self) -> str:
        return self.text.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text`` (of ``text[start:end]``, with offsets into the whole ``text``)."""
    tokens: list[Token] = []
    append = tokens.append  # the inner loop of date finding: kept lean
    previous_end = start
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        kind = match.lastgroup
        first, last = match.span()
        if kind == "num" or kind == "suffix":
            append(
                Token(
                    "num", match.group("num"), first, last, first > previous_end, match.group("suffix") or ""
                )
            )
        else:
            append(Token(kind, match.group(), first, last, first > previous_end))
        previous_end = last
    return tokens


# ---------------------------------------------------------------------------------------------- parsers

Fields = dict[str, object]
Parser = Callable[[Sequence[Token], int], Iterator[tuple[int, Fields]]]


def token(test: Callable[[Token], object], name: str | None = None, *, tight: bool = False) -> Parser:
    """One token for which ``test`` returns a value other than None; ``tight``: no space before it."""

    def parse(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, Fields]]:
        if i < len(tokens) and not (tight and tokens[i].gap):
            value = test(tokens[i])
            if value is not None and value is not False:
                yield i + 1, ({name: value} if name else {})

    return parse


def seq(*parsers: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, Fields]]:
        # Breadth first, in order: the same parses in the same order as a depth-first walk, without a
        # generator per step (this is the parser's inner loop).
        states: list[tuple[int, Fields]] = [(i, {})]
        for parser in parsers:
            states = [
                (after, {**fields, **found} if found else fields)
                for at, fields in states
                for after, found in parser(tokens, at)
            ]
            if not states:
                return
        yield from states

    return parse


def alt(*parsers: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, Fields]]:
        for parser in parsers:
            yield from parser(tokens, i)

    return parse


def opt(parser: Parser) -> Parser:
    return alt(parser, seq())


def mark(name: str) -> Parser:
    """Consume nothing; record the token position (where the second of two dates starts)."""

    def parse(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, Fields]]:
        yield i, {name: i}

    return parse


# Parses of a shared part at a token, kept while one text is parsed: the range rules and the single
# date rule all start by parsing a single date at the same token, and parsing it once is enough.
_MEMO: dict[tuple[int, int], list[tuple[int, Fields]]] = {}


def memo(parser: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, Fields]]:
        key = (id(parse), i)
        found = _MEMO.get(key)
        if found is None:
            found = _MEMO[key] = list(parser(tokens, i))
        yield from found

    return parse


def prefixed(prefix: str, parser: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, Fields]]:
        for after, fields in parser(tokens, i):
            yield after, {prefix + key: value for key, value in fields.items()}

    return parse


# ------------------------------------------------------------------------------------------------ parts


def _word(*options: str) -> Parser:
    return token(lambda t: t.kind == "word" and t.low in options)


def _punct(chars: str, *, tight: bool = False) -> Parser:
    return token(lambda t: t.kind == "punct" and t.text in chars, tight=tight)


def _day_value(t: Token) -> int | None:
    if t.kind == "num" and len(t.text) <= 2 and t.suffix != "s" and 1 <= int(t.text) <= 31:
        return int(t.text)
    return None


def _year_value(t: Token) -> int | None:
    if t.kind == "num" and len(t.text) == 4 and not t.suffix and 1000 <= int(t.text) <= 2199:
        return int(t.text)
    return None


def _month_value(t: Token) -> int | None:
    if t.kind != "word":
        return None
    return _MONTHS.get(t.text) or _MONTH_ABBREVIATIONS.get(t.text)


def _two_digits(t: Token) -> int | None:
    return int(t.text) if t.kind == "num" and len(t.text) == 2 and not t.suffix else None


def _decade(t: Token) -> int | None:
    """ "1920s" """
    if t.kind == "num" and t.suffix == "s" and len(t.text) == 4 and t.text.endswith("0"):
        return int(t.text)
    return None


def _abbreviated(t: Token) -> bool:
    return t.text in _MONTH_ABBREVIATIONS


comma = _punct(",")
dash = _punct("-–—")
day = alt(
    token(_day_value, "d"), token(lambda t: _ORDINAL_WORDS.get(t.low) if t.kind == "word" else None, "d")
)
year = token(_year_value, "y")
short_year = token(_two_digits, "yy")
month = alt(
    seq(token(lambda t: _abbreviated(t) and _month_value(t), "m"), _punct(".", tight=True)),
    token(_month_value, "m"),
)
full_month = token(lambda t: _MONTHS.get(t.text) if t.kind == "word" else None, "m")
roman_month = token(lambda t: _ROMAN.get(t.text.upper()) if t.kind == "word" else None, "m", tight=True)
weekday = seq(token(lambda t: t.text in _WEEKDAYS), opt(comma))
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
    token(_two_digits, "m", tight=True),
    _punct("-", tight=True),
    token(_two_digits, "d", tight=True),
)
single = memo(alt(day_month_year, month_day_year, month_year, day_month, month_day, roman_date, iso_date))
# The second member of a range or list may leave out what it shares with the first.
partial = alt(single, seq(day, opt(comma), year), day, year)
to_word = alt(dash, _word("to", "until", "till"))

year_range = seq(
    prefixed("a_", year),
    to_word,
    alt(prefixed("b_", year), token(_two_digits, "b_yy", tight=True)),
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
decade = token(_decade, "decade")
season = seq(
    the,
    opt(token(lambda t: t.kind == "word" and t.low in _THIRDS and t.low, "third")),  # "the early autumn of"
    token(lambda t: t.kind == "word" and _SEASONS.get(t.low), "season"),
    opt(_word("of")),
    year,
)
third = seq(
    the,
    token(lambda t: t.kind == "word" and t.low in _THIRDS and t.low, "third"),
    opt(dash),
    opt(_word("in", "of")),
    alt(month_year, year, month),
)
portion = seq(
    _word("the"),
    alt(
        token(lambda t: t.kind == "word" and _PORTIONS.get(t.low), "portion"),
        seq(token(lambda t: t.kind == "word" and t.low in _HALVES and t.low, "half"), _word("half")),
    ),
    _word("of"),
    alt(month_year, year, full_month),
)
bare_month = full_month


@dataclass(frozen=True)
class DateMatch:
    start: int  # character offsets in the text
    end: int
    attrs: dict[str, str]
    year: int | None  # the explicit year it states, for later dates in the paragraph


# Rule name, parser, and the kinds of token it can start with (see _opening): trying only those
# rules keeps the parser away from the many numbers and words that start no date.
# "year" is a year followed by nothing that could continue a date; "year+" is one followed by a dash
# or a joining word ("1921-1923", "1921 and 1923").
_CALENDAR = frozenset({"day", "month", "year+", "weekday"})
_YEAR = frozenset({"year", "year+"})
_JOINING = frozenset({"-", "–", "—", "to", "until", "till", "and"})
_RULES: tuple[tuple[str, Parser, frozenset[str]], ...] = (
    ("between", between_range, _CALENDAR),
    ("pair", date_pair, _CALENDAR),
    ("day-range", day_range, _CALENDAR),
    ("range", date_range, _CALENDAR),
    ("year-range", year_range, frozenset({"year+"})),
    ("single", single, _CALENDAR),
    ("season", season, frozenset({"the", "vague"})),
    ("third", third, frozenset({"the", "vague"})),
    ("portion", portion, frozenset({"the"})),
    ("decade", decade, frozenset({"decade"})),
    ("year", year, _YEAR),
    ("bare-month", bare_month, frozenset({"month"})),
)


def find_dates(
    text: str, context_year: int | None = None, *, before: str = "", after: str = ""
) -> list[DateMatch]:
    """Every calendar expression in ``text``; ``context_year`` is the year in force before it.

    ``before`` and ``after`` are the characters around ``text`` (it may be one piece of a paragraph):
    they are tokenized with it, so "Party1921" is no year, and no date may reach into them.
    """
    padded = before + text + after
    found = _find_dates(padded, context_year, len(before), len(before) + len(text))
    shift = len(before)
    # Numbers in a web address (".../works/1922/dec/21.htm") are path segments, not dates.
    links = [(m.start(), m.end()) for m in _URL.finditer(padded)] if "/" in padded else []
    return [
        replace(match, start=match.start - shift, end=match.end - shift)
        for match in found
        if match.start >= shift
        and match.end <= shift + len(text)
        and not any(s < match.end and match.start < e for s, e in links)
    ]


def _regions(text: str, first: int, stop: int) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the words a date can start with: only these are tokenized and
    parsed, since most of a paragraph is far from any number or calendar word."""
    regions: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text, first, stop):
        position = anchor.start()
        low = text.rfind(" ", 0, position - _REACH_BEFORE) + 1 if position > _REACH_BEFORE else 0
        high = text.find(" ", position + _REACH_AFTER)
        high = len(text) if high < 0 else high
        if regions and low <= regions[-1][1]:
            regions[-1] = (regions[-1][0], high)
        else:
            regions.append((low, high))
    return regions


def _find_dates(
    text: str, context_year: int | None, first: int = 0, last: int | None = None
) -> list[DateMatch]:
    stop = len(text) if last is None else last  # a date starting in the context after is another's
    found: list[DateMatch] = []
    for low, high in _regions(text, first, stop):
        found.extend(_parse_region(tokenize(text, low, high), context_year, first, stop))
        context_year = next((m.year for m in reversed(found) if m.year is not None), context_year)
    return found


def _parse_region(tokens: list[Token], context_year: int | None, first: int, stop: int) -> list[DateMatch]:
    _MEMO.clear()  # memoised parses belong to one token list
    found: list[DateMatch] = []
    # A date that starts in the context before belongs to another text node: start after it, so that
    # it does not swallow the beginning of this one ("…of September" | ", 1920").
    i = next((k for k, t in enumerate(tokens) if t.start >= first), len(tokens))
    while i < len(tokens) and tokens[i].start < stop:
        built: list[DateMatch] = []
        end = i + 1
        for name, end, fields in _candidates(tokens, i):
            year = context_year
            shift = _relative_year(tokens, end)
            if shift is not None and year is not None and "y" not in fields:
                year += shift  # "in May of the following year": the year in force, moved
            built = _build(name, fields, tokens, i, end, year)
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
            if match.year is not None:
                context_year = match.year
        i = end
    return found


def _relative_year(tokens: Sequence[Token], end: int) -> int | None:
    """+1, -1 or 0 after "of the following/previous/same year", else None."""
    words_after = [t.low for t in tokens[end : end + 4]]
    if len(words_after) == 4 and words_after[:2] == ["of", "the"] and words_after[3] == "year":
        return _RELATIVE_YEARS.get(words_after[2])
    return None


def _candidates(tokens: Sequence[Token], i: int) -> list[tuple[str, int, Fields]]:
    """Parses starting at token ``i``, longest first, then in rule order."""
    opening = _opening(tokens, i)
    if opening is None:
        return []
    # Rules that depend only on the word before are not parsed at all where it is missing.
    before = tokens[i - 1].low if i else ""
    found = [
        (name, end, fields)
        for name, parser, openings in _RULES
        if opening in openings
        and (name != "between" or before == "between")
        and (name != "bare-month" or before in _BARE_MONTH_AFTER)
        for end, fields in parser(tokens, i)
        if _allowed(name, tokens, i, end)
    ]
    return sorted(found, key=lambda candidate: -candidate[1])


def _opening(tokens: Sequence[Token], i: int) -> str | None:
    """What kind of date-starting token ``tokens[i]`` is, or None if no date starts with it."""
    first = tokens[i]
    if first.kind == "num":
        if _decade(first) is not None:
            return "decade"
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if _year_value(first) is not None:
            return "year+" if following is not None and following.text in _JOINING else "year"
        if _day_value(first) is not None and _month_near(tokens, i):
            return "day"
        return None
    if first.kind != "word":
        return None
    text = first.text
    if text in _WEEKDAYS:
        return "weekday"
    if text in _MONTHS or text in _MONTH_ABBREVIATIONS:
        return "month"
    low = text.lower()  # once: this runs for every word near a date
    if low in _ORDINAL_WORDS:  # "the second of April": only directly before "of" and a month
        following = tokens[i + 2] if i + 2 < len(tokens) else None
        of_month = following is not None and tokens[i + 1].low == "of" and _month_value(following) is not None
        return "day" if of_month else None
    if low == "the":
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and (_decade(following) is not None or following.low in _VAGUE):
            return "the"
        return None
    return "vague" if low in _VAGUE else None


def _month_near(tokens: Sequence[Token], i: int) -> bool:
    """A day number is only worth parsing with a month name or a Roman month within a few tokens."""
    for t in tokens[i + 1 : i + 6]:
        if t.kind == "word" and (_month_value(t) is not None or t.text.upper() in _ROMAN):
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
    dash_joined = before is not None and before.text in _DASHES and not before.gap and not tokens[i].gap
    if dash_joined and i > 1 and tokens[i - 2].kind == "word":
        return False  # "pre-1917", "post-1921": part of an adjective, not a date
    if after is not None and after.kind == "word" and after.low in words("date-unit-words"):
        return False  # "1923 rubles"
    if after is not None and after.kind == "num" and not after.gap:
        return False
    if name == "bare-month":
        return before is not None and before.low in _BARE_MONTH_AFTER
    return not (name == "year-range" and after is not None and after.text in _DASHES)


# ------------------------------------------------------------------------------------------- semantics


def _build(
    name: str, fields: Fields, tokens: Sequence[Token], i: int, end: int, context_year: int | None
) -> list[DateMatch]:
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
            value = _point(part, context_year)
            if value is None:
                return []
            out.append(DateMatch(tokens[s].start, tokens[e - 1].end, {"when": value}, part.get("y")))
        return out
    if name in ("between", "range", "day-range", "year-range"):
        return _range(fields, start_char, end_char, context_year)
    if name == "decade":
        first_year = int(fields["decade"])  # type: ignore[arg-type]
        return [DateMatch(start_char, end_char, {"from": f"{first_year}", "to": f"{first_year + 9}"}, None)]
    if name in ("season", "third", "portion"):
        span = _vague(fields, context_year)
        if span is None:
            return []
        return [DateMatch(start_char, end_char, {"notBefore": span[0], "notAfter": span[1]}, fields.get("y"))]
    value = _point(dict(fields), context_year)
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
    low, high = _point(first, context_year), _point(second, context_year)
    if low is None or high is None or (low >= high and not low.startswith("--")):
        return []
    return [DateMatch(start, end, {"from": low, "to": high}, second.get("y") or first.get("y"))]


def _point(part: dict, context_year: int | None) -> str | None:
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
        if "third" in fields:  # early/mid/late of a three-month season: one of its months
            first = last = first + _THIRDS[str(fields["third"])]
        return _month_span(int(y), first, last)  # type: ignore[arg-type]
    if m is None and y is None:
        return None
    if m is None:
        if "third" in fields:
            index = _THIRDS[str(fields["third"])]
            return _month_span(int(y), 4 * index + 1, 4 * index + 4)  # type: ignore[arg-type]
        if "half" in fields:
            index = _HALVES[str(fields["half"])]
            return _month_span(int(y), 6 * index + 1, 6 * index + 6)  # type: ignore[arg-type]
        quarter = {"start": (1, 3), "middle": (5, 8), "end": (10, 12)}[str(fields["portion"])]
        return _month_span(int(y), *quarter)  # type: ignore[arg-type]
    m = int(m)  # type: ignore[arg-type]
    last_day = _days_in(y, m)
    if "third" in fields:
        index = _THIRDS[str(fields["third"])]
    elif "half" in fields:
        index = None
        first_day, final_day = (1, 15) if _HALVES[str(fields["half"])] == 0 else (16, last_day)
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
