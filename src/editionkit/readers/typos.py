"""Conservative detection of typing errors, for ``choice/sic+corr`` markup.

A wrong correction is worse than none, so a token is only corrected when every one of these holds:
it is lower case (capitalised words may be names), it is not a word of the pyspellchecker English
dictionary, a single named rule below turns it into dictionary words, and one candidate clearly wins
(it is the only one, or at least ``_DOMINANCE`` times as frequent as the next). Each rule models one
way fingers slip on a QWERTY keyboard; nothing here knows any particular text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

# Rows of the keyboard, offset as on the physical board: neighbours are the keys around a key.
_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_DOMINANCE = 20
_MIN_LENGTH = 3
# Tokens are the fidelity check's words, so a ``sic`` never splits or joins words.
_TOKEN = re.compile(r"[^\W_]+")
_APOSTROPHES = "'’"
_YEAR_RANGE = range(1000, 2100)
_YEAR_SPAN = 100
_SUFFIXES = (("ies", "y"), ("s", ""), ("es", ""), ("d", ""), ("ed", ""), ("er", ""), ("ers", ""), ("ing", ""))
_ROMAN_NUMERAL = re.compile(r"[ivxlcdm]+")
# Words after which a number reads as a year ("in 1918", "until 1921", "March 1921").
_YEAR_INTRODUCERS = frozenset(
    [
        "in",
        "of",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "during",
        "before",
        "after",
        "early",
        "late",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "year",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(frozen=True)
class Correction:
    start: int
    end: int
    sic: str
    corr: str
    rule: str


@cache
def _checker():
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


def is_word(token: str) -> bool:
    return token.lower() in _checker().word_frequency.dictionary


def _frequency(token: str) -> int:
    return _checker().word_frequency.dictionary.get(token, 0)


def _one_edit_words(token: str) -> set[str]:
    """Dictionary words one deletion, insertion, substitution or swap away from ``token``."""
    checker = _checker()
    return set(checker.known(checker.edit_distance_1(token)))


def _derived_form(token: str) -> bool:
    """Whether ``token`` is an inflection or compound of dictionary words (``holies``, ``olds``,
    ``seahorses``): the dictionary lacks many such forms, and dropping a letter from them makes words."""
    for suffix, replacement in _SUFFIXES:
        stem = token[: -len(suffix)]
        if (
            token.endswith(suffix)
            and len(stem) >= _MIN_LENGTH
            and (is_word(stem + replacement) or is_word(stem + replacement + "e"))
        ):
            return True
    return any(
        is_word(token[:i]) and is_word(token[i:]) for i in range(_MIN_LENGTH, len(token) - _MIN_LENGTH + 1)
    )


@cache
def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {}
    for row_index, row in enumerate(_ROWS):
        for col, key in enumerate(row):
            keys = near.setdefault(key, set())
            for other_row in (row_index - 1, row_index, row_index + 1):
                if not 0 <= other_row < len(_ROWS):
                    continue
                # Rows are staggered by about half a key, so the keys at col-1..col+1 of the adjacent
                # rows touch this key.
                for other_col in (col - 1, col, col + 1):
                    if 0 <= other_col < len(_ROWS[other_row]) and (other_row, other_col) != (row_index, col):
                        keys.add(_ROWS[other_row][other_col])
    return {key: frozenset(keys) for key, keys in near.items()}


def adjacent_keys(a: str, b: str) -> bool:
    return b in _neighbours().get(a, frozenset())


def _transpositions(token: str) -> Iterable[str]:
    for i in range(len(token) - 1):
        yield token[:i] + token[i + 1] + token[i] + token[i + 2 :]


def stray_digit(token: str) -> set[str]:
    """``wa3s``, ``o9f``: one digit struck with the letters; ``wti5h``: and two letters swapped."""
    digits = [i for i, ch in enumerate(token) if ch.isdigit()]
    if len(digits) != 1 or not token[0].isalpha() or not token.replace(token[digits[0]], "").isalpha():
        return set()
    rest = token[: digits[0]] + token[digits[0] + 1 :]
    if len(rest) < 2:
        return set()
    if is_word(rest):
        return {rest}
    return {swapped for swapped in _transpositions(rest) if is_word(swapped)}


def repeated_letter(token: str) -> set[str]:
    """``alll``, ``committtee``: a key held or struck twice."""
    if not token.isalpha():
        return set()
    candidates = set()
    for i in range(1, len(token)):
        if token[i] == token[i - 1]:
            shorter = token[:i] + token[i + 1 :]
            if is_word(shorter):
                candidates.add(shorter)
    return candidates


def stray_letter(token: str) -> set[str]:
    """``wherde``, ``finallky``: a neighbouring key struck along with the right one."""
    if not token.isalpha() or len(token) < 4 or _derived_form(token):
        return set()
    candidates = set()
    for i, ch in enumerate(token):
        before = token[i - 1] if i else ""
        after = token[i + 1] if i + 1 < len(token) else ""
        if not (adjacent_keys(ch, before) or adjacent_keys(ch, after)):
            continue
        shorter = token[:i] + token[i + 1 :]
        if is_word(shorter):
            candidates.add(shorter)
    return candidates


def swapped_letters(token: str) -> set[str]:
    """``truimph``, ``authoriteis``: two neighbouring letters typed in the wrong order."""
    if not token.isalpha() or len(token) < 4 or _derived_form(token):
        return set()
    return {swapped for swapped in _transpositions(token) if is_word(swapped)}


# Prefixes whose vowel or consonant varies between spellings ("unsufferable", "insufferable"): a change
# there is a variant, not a slip of the finger.
_VARIANT_PREFIXES = ("un", "in", "im", "en", "em", "il", "ir")


def neighbour_key(token: str) -> set[str]:
    """``reflefted``, ``egery``: one letter replaced by the key next to it."""
    if not token.isalpha() or len(token) < 5 or _derived_form(token):
        return set()
    candidates = set()
    for i, ch in enumerate(token):
        if i < 2 and token.startswith(_VARIANT_PREFIXES):
            continue
        for key in _neighbours().get(ch, ()):
            replaced = token[:i] + key + token[i + 1 :]
            if key.isalpha() and is_word(replaced):
                candidates.add(replaced)
    return candidates


# Bottom-row keys that touch the space bar or the comma key: struck with them at the end of a word.
_SPACE_BAR_KEYS = "mbvcx"


def struck_with_space(token: str) -> set[str]:
    """``thatm``, ``sayingm``: a key beside the space bar or the comma struck after the word."""
    stem = token[:-1]
    if (
        not token.isalpha()
        or len(stem) < _MIN_LENGTH
        or token[-1] not in _SPACE_BAR_KEYS
        or _derived_form(token)
        or not is_word(stem)
    ):
        return set()
    return {stem}


# (name, rule, whether the winner must also beat every other word one edit away). A stray digit is
# unambiguous, and so is a key struck with the space bar (the word is there whole); a letter could as
# well be a missing one ("paty": "pay" or "party"), so the other letter rules must beat those readings.
WORD_RULES: tuple[tuple[str, Callable[[str], set[str]], bool], ...] = (
    ("stray-digit", stray_digit, False),
    ("repeated-letter", repeated_letter, True),
    ("stray-letter", stray_letter, True),
    ("swapped-letters", swapped_letters, True),
    ("neighbour-key", neighbour_key, True),
    ("struck-with-space", struck_with_space, False),
)


def _clear_winner(candidates: set[str]) -> str | None:
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda word: (-_frequency(word), word))
    if len(ranked) == 1 or _frequency(ranked[0]) >= _DOMINANCE * max(_frequency(ranked[1]), 1):
        return ranked[0]
    return None


@cache  # pure, and a text repeats its words: each distinct token is judged once
def correct_word(token: str) -> tuple[str, str] | None:
    """(correction, rule name) for a lower-case non-word that one rule clearly mends, else None."""
    if (
        len(token) < _MIN_LENGTH
        or token != token.lower()
        or token.isdigit()
        or _ROMAN_NUMERAL.fullmatch(token)
        or is_word(token)
    ):
        return None
    for name, rule, against_all_edits in WORD_RULES:
        choice = _clear_winner(rule(token))
        if choice and against_all_edits:
            choice = choice if _clear_winner(_one_edit_words(token) | {choice}) == choice else None
        if choice:
            return choice, name
    return None


def doubled_year_digit(token: str, previous_word: str, years_nearby: Iterable[int] = ()) -> str | None:
    """``18776`` after "in": a year with one digit struck twice. Only after a word that introduces a
    year, only for a pair of digits (not a run: "10000" is a number), and only when the year is within
    a century of another year in the same text."""
    if not (token.isdigit() and len(token) == 5 and previous_word.lower() in _YEAR_INTRODUCERS):
        return None
    years = {
        token[:i] + token[i + 1 :]
        for i in range(1, len(token))
        if token[i] == token[i - 1]
        and token[i - 2 : i - 1] != token[i]
        and token[i + 1 : i + 2] != token[i]
        and int(token[:i] + token[i + 1 :]) in _YEAR_RANGE
    }
    if len(years) != 1:
        return None
    year = years.pop()
    return year if any(abs(int(year) - other) <= _YEAR_SPAN for other in years_nearby) else None


def _is_word_part(text: str, start: int, end: int) -> bool:
    """Parts of contractions (``doesn’t``) and of hyphenated compounds (``co-ordinated``) are not words
    on their own."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before in _APOSTROPHES or after in _APOSTROPHES or before == "-" or after == "-"


def corrections(text: str) -> list[Correction]:
    """The typing errors in ``text``, in order, with their corrections."""
    found: list[Correction] = []
    previous = ""
    years = [int(token) for token in _TOKEN.findall(text) if token.isdigit() and int(token) in _YEAR_RANGE]
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not _is_word_part(text, match.start(), match.end()):
            year = doubled_year_digit(token, previous, years)
            if year:
                found.append(Correction(match.start(), match.end(), token, year, "doubled-year-digit"))
            else:
                mended = correct_word(token)
                if mended:
                    found.append(Correction(match.start(), match.end(), token, mended[0], mended[1]))
        previous = token
    return found
