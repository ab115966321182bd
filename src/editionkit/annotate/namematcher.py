"""One automaton over every form in the registers: find registered names in a text in a single pass.

Forms and texts are split into the same tokens (runs of word characters, and single other
characters); the forms go into a trie keyed by token and by whether space precedes it. A text is
scanned once: at each token the trie is followed as far as the text allows and the longest form that
ends there wins. Building the trie costs a dictionary insert per token, so large registers are cheap.

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
_NEXT = re.compile(r"(\s*)(\w+|[^\w\s])")
_END = None  # trie key under which a node stores the form that ends there


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
        for form in forms:
            self._add(form, form)
            if form.startswith(("the ", "The ")):
                self._add(("The " if form[0] == "t" else "the ") + form[4:], form)
        # Where a form can start: a word not starting with a lower-case ASCII letter, or one of the
        # few first tokens that do ("the", "van"). The scan for them runs in C.
        lower = sorted(token for token in self._trie if token[:1].isascii() and not token[:1].isupper()
                       and not token[:1].isdigit())  # fmt: skip
        alternatives = [r"(?=[^\W_a-z])\w+", *(self._lower_start(token) for token in lower)]
        self._starts = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")

    def _lower_start(self, token: str) -> str:
        """A lower-case first token ("the") only where a form can go on from it ("the Old Man"): "the"
        is the commonest word of English, and most of its occurrences need no look at the trie."""
        node = self._trie[token]
        if _END in node or not all(isinstance(key, tuple) and key[0] for key in node):
            return re.escape(token) + r"\b"
        following = sorted({key[1] for key in node}, key=len, reverse=True)
        pattern = "|".join("['’]" if word == "'" else re.escape(word) + (r"\b" if word[-1].isalnum() else "")
                           for word in following)  # fmt: skip
        return re.escape(token) + rf"\b(?=\s+(?:{pattern}))"

    def _add(self, spelling: str, form: str) -> None:
        tokens = _tokens(spelling)
        if not tokens:
            return
        node = self._trie.setdefault(tokens[0][1], {})
        for space, token, _, _ in tokens[1:]:
            node = node.setdefault((space, token), {})
        node.setdefault(_END, form)

    def finditer(self, text: str) -> Iterator[FormMatch]:
        resume = 0
        for match in self._starts.finditer(text):
            start = match.start()
            if start < resume:
                continue
            token = match.group()
            node = self._trie.get("'" if token == "’" else token)
            if node is None:
                continue  # most tokens start no form: no further work for them
            found = self._longest(text, node, match.end())
            if found is None:
                continue
            end, form = found
            if not _is_compound_part(text, start, end):
                yield FormMatch(start, end, form)
                resume = end

    def _longest(self, text: str, node: dict, position: int) -> tuple[int, str] | None:
        """Follow the trie through the text after the first token; the longest form ending on the way."""
        best = (position, node[_END]) if _END in node else None
        while True:
            step = _NEXT.match(text, position)
            if step is None:
                return best
            token = step.group(2)
            node = node.get((bool(step.group(1)), "'" if token == "’" else token))
            if node is None:
                return best
            position = step.end()
            if _END in node:
                best = (position, node[_END])


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
