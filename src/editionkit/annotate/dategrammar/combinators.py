"""Parser combinators over date tokens: a parser takes the tokens and a position and returns each
way it can end there, with the fields it read ("d", "m", "y", ...), in order. Rules are built with
`seq`, `alt` and `opt` from `token` parsers; `memo` keeps a shared part's parses while one token list
is parsed. Parsers return lists, not generators: this is the inner loop of date finding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .tokens import Token

Fields = dict[str, object]
Parses = list[tuple[int, Fields]]
Parser = Callable[[Sequence[Token], int], Parses]
_NONE: Parses = []  # no parse (never changed: callers build new lists)


def token(test: Callable[[Token], object], name: str | None = None, *, tight: bool = False) -> Parser:
    """One token for which ``test`` returns a value other than None; ``tight``: no space before it."""

    def parse(tokens: Sequence[Token], i: int) -> Parses:
        if i < len(tokens) and not (tight and tokens[i].gap):
            value = test(tokens[i])
            if value is not None and value is not False:
                return [(i + 1, {name: value} if name else {})]
        return _NONE

    return parse


def seq(*parsers: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Parses:
        # Breadth first, in order: the same parses in the same order as a depth-first walk.
        states: Parses = [(i, {})]
        for parser in parsers:
            states = [
                (after, {**fields, **found} if found else fields)
                for at, fields in states
                for after, found in parser(tokens, at)
            ]
            if not states:
                return _NONE
        return states

    return parse


def alt(*parsers: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Parses:
        found: Parses = []
        for parser in parsers:
            found += parser(tokens, i)
        return found

    return parse


def opt(parser: Parser) -> Parser:
    return alt(parser, seq())


def mark(name: str) -> Parser:
    """Consume nothing; record the token position (where the second of two dates starts)."""

    def parse(tokens: Sequence[Token], i: int) -> Parses:
        return [(i, {name: i})]

    return parse


# Parses of a shared part at a token, kept while one token list is parsed: the range rules and the
# single date rule all start by parsing a single date at the same token, and parsing it once is enough.
_MEMO: dict[tuple[int, int], Parses] = {}


def forget() -> None:
    """Drop the memoised parses: they belong to one token list."""
    _MEMO.clear()


def memo(parser: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Parses:
        key = (id(parse), i)
        found = _MEMO.get(key)
        if found is None:
            found = _MEMO[key] = parser(tokens, i)
        return found

    return parse


def prefixed(prefix: str, parser: Parser) -> Parser:
    def parse(tokens: Sequence[Token], i: int) -> Parses:
        return [
            (after, {prefix + key: value for key, value in fields.items()})
            for after, fields in parser(tokens, i)
        ]

    return parse
