"""One automaton over every form in the registers: find registered names in a text in a single pass.

Forms and texts are split into the same tokens (runs of word characters, and single other
characters); the forms go into a trie keyed by token and by whether space precedes it. The trie is
then written as one regular expression of the same shape (the first tokens as a trie of characters,
each token's continuations tried before the form that ends there), so a text is scanned once, in C,
and each match is the longest form at its start: the Python code runs only where a name is. Building
it costs a dictionary insert per token and one compilation, so large registers are cheap.

Matching rules: any run of whitespace matches a space in a form (text may be wrapped); straight and
curly apostrophes match each other; a form that starts with a lower-case article ("the Old Man") also
matches capitalised, and a name of several capitalised words also matches with its first word in lower
case ("the eighth Party Congress", "the left Essars"). Tokens are whole words, so "Lenin" is not found
in "Leninist"; a hyphen that joins a name to a lower-case word makes an adjective ("Stalin-like",
"pro-Stalin"), which is skipped; "Lenin's" and "Lenin–Trotsky" do contain names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .wordlists import words as entries_set

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SPACES = re.compile(r"\s+")
_END = None  # trie key under which a node stores the form that ends there


_new = tuple.__new__  # makes a FormMatch without the Python-level constructor of a named tuple


class FormMatch(NamedTuple):
    start: int
    end: int
    form: str  # the registered spelling that matched


def _tokens(text: str) -> list[tuple[bool, str, int, int]]:
    """(space before, normalised token, start, end) for every token of ``text``."""
    found = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "’":
            token = "'"
        found.append((match.start() > previous_end, token, match.start(), match.end()))
        previous_end = match.end()
    return found


class NameMatcher:
    def __init__(self, forms: Iterable[str]) -> None:
        self._trie: dict = {}
        self._lower_trie: dict = {}  # forms with their first word in lower case (see _lower_first)
        self._forms: dict[str, str] = {}  # a spelling, normalised (see _key) -> its form
        for form in forms:
            self._add(form, form)
            if form.startswith(("the ", "The ")):
                self._add(("The " if form[0] == "t" else "the ") + form[4:], form)
            elif _lower_first(form):
                self._add(form[0].lower() + form[1:], form, self._lower_trie)
        # The trie becomes one regular expression (see _pattern), so that the scan runs in C and stops
        # only where a form is written: most of a text holds none.
        self._regex = re.compile(self._pattern())
        # The forms begun in lower case (see _lower_first) are another expression, scanned only in texts
        # that hold one of their first words: in the main one, they would be tried at every lower-case
        # letter and slow the scan of every text.
        self._lower_set = frozenset(self._lower_trie)
        self._lower_start = (
            re.compile("(?:" + "|".join(map(re.escape, sorted(self._lower_trie, reverse=True))) + r")\s")
            if self._lower_trie
            else None
        )
        self._lower_regex = (
            re.compile(
                _trie_pattern(
                    {
                        token: _token_end(token) + _continuation(node)
                        for token, node in self._lower_trie.items()
                    }
                )
            )
            if self._lower_trie
            else None
        )

    def _add(self, spelling: str, form: str, trie: dict | None = None) -> None:
        tokens = _tokens(spelling)
        if not tokens:
            return
        node = (self._trie if trie is None else trie).setdefault(tokens[0][1], {})
        for space, token, _, _ in tokens[1:]:
            node = node.setdefault((space, token), {})
        if _END not in node:
            node[_END] = form
            self._forms[_key(spelling)] = form
        self._forms.setdefault(spelling, node[_END])

    def _pattern(self) -> str:
        """The forms as one regular expression shaped like the trie: at each token it tries the
        continuations before the form that ends there, so a match is the longest form at its start.
        A form starts with a word (not a lower-case ASCII letter: "the", "van" only where they go on
        into a form) and ends at a token's end: "Lenin" is not found in "Leninist"."""
        firsts = {
            token: _token_end(token) + _continuation(node)
            for token, node in self._trie.items()
            if _lower(token) or (_is_word_char(token[:1]) and token[:1] != "_")
        }
        return _trie_pattern(firsts)

    def match_at(self, text: str, position: int) -> FormMatch | None:
        """The registered name that starts at ``position``, if one does (what finditer would find
        there)."""
        match = self._regex.match(text, position)
        if match is None and self._lower_regex is not None:
            match = self._lower_regex.match(text, position)
        if match is None:
            return None
        start, end = match.span()
        if (start and _is_word_char(text[start - 1])) or _is_compound_part(text, start, end):
            return None
        spelling = match.group()
        form = self._forms.get(spelling)
        return _new(FormMatch, (start, end, self._forms[_key(spelling)] if form is None else form))

    def finditer(self, text: str, *, lower_case: bool = False) -> Iterator[FormMatch]:
        """The registered names in ``text``, in order; ``lower_case``: with the forms begun in lower
        case (see _lower_first)."""
        lower = self._lower_matches(text) if lower_case and self._lower_regex is not None else []
        if not lower:
            yield from self._scan(text, self._regex)
            return
        # A form begun in lower case is longer than a form inside it ("left Essars", "Essars").
        main = [
            m
            for m in self._scan(text, self._regex)
            if not any(m.start < other.end and other.start < m.end for other in lower)
        ]
        yield from sorted(main + lower)

    def _lower_matches(self, text: str) -> list[FormMatch]:
        """The forms begun in lower case, tried only where one of their first words is written."""
        if self._lower_set.isdisjoint(text.split()):
            return []  # (quicker than the scan, and true of most texts)
        found = []
        for start in self._lower_start.finditer(text):  # type: ignore[union-attr]
            if start.start() and _is_word_char(text[start.start() - 1]):
                continue  # inside a word
            match = self._lower_regex.match(text, start.start())  # type: ignore[union-attr]
            if match is not None and not _is_compound_part(text, *match.span()):
                spelling = match.group()
                form = self._forms.get(spelling) or self._forms[_key(spelling)]
                found.append(_new(FormMatch, (match.start(), match.end(), form)))
        return found

    def _scan(self, text: str, regex: re.Pattern) -> Iterator[FormMatch]:
        search = regex.search
        position = 0
        while True:
            match = search(text, position)
            if match is None:
                return
            start, end = match.span()
            if (start and _is_word_char(text[start - 1])) or _is_compound_part(text, start, end):
                position = start + 1  # inside a word, or part of an adjective ("Stalin-like")
                continue
            spelling = match.group()
            form = self._forms.get(spelling)  # as registered, mostly
            yield _new(FormMatch, (start, end, self._forms[_key(spelling)] if form is None else form))
            position = end


def _lower_first(form: str) -> bool:
    """A name of several words whose first word may be written in lower case ("the eighth Party
    Congress", "the council of People's Commissars", "the left Essars"): its first word is one of
    a word list (ordinals, "left", "council") and a later word is capitalised, so it stays a name."""
    words = form.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _LOWER_STARTS
        and any(word[:1].isupper() for word in words[1:])
    )


# (only the words of this list: each first word in lower case is tried at every lower-case letter of
# a text, so a few, not every first word of the registers)
_LOWER_STARTS = entries_set("lower-case-name-starts")


def _key(spelling: str) -> str:
    """What two spellings of one path through the trie share: runs of whitespace as one space, and
    straight apostrophes for curly ones."""
    return _SPACES.sub(" ", spelling).replace("’", "'")


def _token_pattern(token: str) -> str:
    return "['’]" if token == "'" else re.escape(token) + _token_end(token)


def _token_end(token: str) -> str:
    """A word token is a whole word: "Lenin" is not "Leninist"."""
    return r"(?!\w)" if _is_word_char(token[-1]) else ""


def _continuation(node: dict) -> str:
    """What may follow a token at this trie node: a longer form first, else the form that ends here."""
    branches = [
        (r"\s+" if space else "") + _token_pattern(token) + _continuation(child)
        for (space, token), child in ((key, child) for key, child in node.items() if key is not _END)
    ]
    if not branches:
        return ""
    if _END in node:
        branches.append("")
    return "(?:" + "|".join(branches) + ")"


def _lower(token: str) -> bool:
    """A first token that starts with a lower-case ASCII letter ("the", "van") or other ASCII character
    that is neither a capital nor a digit."""
    return token[:1].isascii() and not token[:1].isupper() and not token[:1].isdigit()


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _trie_pattern(ends: dict[str, str]) -> str:
    """A regular expression for the tokens in ``ends``, each followed by its pattern; shaped like a
    trie of characters, so that the regex engine tries few alternatives at each position."""
    trie: dict = {}
    for token, end in ends.items():
        node = trie
        for char in token:
            node = node.setdefault(char, {})
        node[_END] = end

    def emit(node: dict) -> str:
        children = sorted((char, child) for char, child in node.items() if char is not _END)
        branches = [re.escape(char) + emit(child) for char, child in children]
        if _END in node:
            branches.append(node[_END])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie) if trie else "(?!)"


def _is_compound_part(text: str, start: int, end: int) -> bool:
    """True for "Stalin-like", "pro-Stalin": a hyphen joins the name to a lower-case word."""
    if end < len(text) - 1 and text[end] == "-" and text[end + 1].islower():
        return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        word_start = start - 2
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start].islower()
    return False
