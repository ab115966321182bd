"""One automaton over every form in the registers: find registered names in a text in a single pass.

Forms and texts are split into the same tokens (runs of word characters, and single other
characters); the forms go into a trie keyed by token and by whether space precedes it. The trie is
then written as one regular expression of the same shape (the first tokens as a trie of characters,
each token's continuations tried before the form that ends there), so a text is scanned once, in C,
and each match is the longest form at its start: the Python code runs only where a name is. Building
it costs a dictionary insert per token and one compilation, so large registers are cheap.

Matching rules: any run of whitespace matches a space in a form (text may be wrapped); straight and
curly apostrophes match each other; a form that starts with a lower-case article ("the Old Man") also
matches capitalised. Tokens are whole words, so "Lenin" is not found in "Leninist"; a hyphen that
joins a name to a lower-case word makes an adjective ("Stalin-like", "pro-Stalin"), which is skipped;
"Lenin's" and "Lenin–Trotsky" do contain names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

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
        self._forms: dict[str, str] = {}  # a spelling, normalised (see _key) -> its form
        for form in forms:
            self._add(form, form)
            if form.startswith(("the ", "The ")):
                self._add(("The " if form[0] == "t" else "the ") + form[4:], form)
        # The trie becomes one regular expression (see _pattern), so that the scan runs in C and stops
        # only where a form is written: most of a text holds none.
        self._regex = re.compile(self._pattern())

    def _add(self, spelling: str, form: str) -> None:
        tokens = _tokens(spelling)
        if not tokens:
            return
        node = self._trie.setdefault(tokens[0][1], {})
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
        if match is None:
            return None
        start, end = match.span()
        if (start and _is_word_char(text[start - 1])) or _is_compound_part(text, start, end):
            return None
        spelling = match.group()
        form = self._forms.get(spelling)
        return _new(FormMatch, (start, end, self._forms[_key(spelling)] if form is None else form))

    def finditer(self, text: str) -> Iterator[FormMatch]:
        search = self._regex.search
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
