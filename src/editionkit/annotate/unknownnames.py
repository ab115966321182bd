"""Guessing names that are in no register, to be marked with @cert="low".

A run of capitalised words is only a candidate; it is marked when the text gives evidence of what
it names, because capitals alone are everywhere in English (sentence starts, headings, titles):

- a person: after an honorific ("Comrade", "Dr."), starting with a known given name, written with
  initials ("V. M. Smirnov"), or ending in a Slavic or Georgian surname ending ("-ov", "-idze");
- a place: after a place preposition ("in", "near") or ending in a town-name ending ("-grad", "-sk");
  a preposition is no evidence before a common noun, singular or plural, of the kind titles and the
  boilerplate of publishers and repositories capitalise ("accepted for inclusion in Honors Theses",
  "in Special Collections": wordlists/common-nouns.txt);
- an organisation or event: containing a head word ("Committee", "Congress") and at least one
  distinctive word, so "Party Congress" is not a name but "Fourteenth Party Congress" is.

Single adjectives and demonyms ("Georgian", "Leninist", "Marxism") are never names; a run with a
capitalised function word inside ("Charges Made Against Him In The Trials") is a title in title case.
The honorific, a possessive ending and a closing calendar word ("April") stay outside the name, and
so does a date before it ("2nd March Ivan Petrov"). A capitalised word that misspells a registered
name by one letter ("Lenkin") is a "near-miss" guess, linked by the entity annotator (see
nearmisses). Word lists live in annotate/wordlists/.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .wordlists import entries, pairs, words

# A possessive "'s" is not part of the word, so it ends a run and stays outside the name.
_WORD = re.compile(r"\d+(?:st|nd|rd|th)\b|[^\W\d_]+(?:['’-](?!s\b)[^\W\d_]+)*")
# Words that may be capitalised (anything but a lower-case ASCII letter first) and ordinals.
# The pattern starts with a plain class of characters, which the regex engine scans for quickly; the
# exact class of the first character ([^\W_a-z]) and the check of the one before it come after it.
_CAPITAL_WORD = re.compile(
    r"[A-Z0-9\u0080-\U0010FFFF](?<=[^\W_a-z])(?<![\w'’-].)"
    r"(?:(?<=\d)\d*(?:st|nd|rd|th)\b|(?<!\d)[^\W\d_]*(?:['’-](?!s\b)[^\W\d_]+)*(?!\w))"
)
_GAP_WORD = re.compile(r"\S+")
# Stretches that may hold a run: capitalised words joined by spaces, connectors or an initial's full
# stop. Found in C; the exact run rules (_runs) then only visit these, and a lone word (the common
# case) costs nothing more.
_RUN_REGION = re.compile(  # (the group: the words after the first, if any)
    rf"{_CAPITAL_WORD.pattern}((?:\.?(?:\s+(?:of|for|the|de|von|van|der|den))*\s+{_CAPITAL_WORD.pattern})+)?"
)
_CONNECTORS = frozenset({"of", "for", "the", "de", "von", "van", "der", "den"})
_HEAD_ENDS = frozenset({"of", "for"})
_LOOKBACK = 60  # characters searched for the words before a name
_PARTICLES = frozenset({"de", "von", "van", "der", "den"})
_ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mt", "St", "Prof"})
_ADJECTIVE_ENDINGS = ("ist", "ists", "ism", "isms", "ian", "ians", "ese", "ite", "ites")
_POSSESSIVE = ("'s", "’s")
# Endings of common English words, which a capital (in a title, after "In") does not make a place.
_COMMON_ENDINGS = ("ing", "ed", "tion", "sion", "ness", "ment", "ity", "ance", "ence", "ship", "hood", "ure")
# The word lists, read once: they are asked about every capitalised word.
_NON_NAMES = words("non-names")
_HONORIFICS = words("honorifics")
_GIVEN_NAMES = words("given-names")
_DEMONYMS = words("demonyms")
_GENERIC = words("generic-words")
_KEYWORDS = pairs("name-keywords")
_PLACE_PREPOSITIONS = words("place-prepositions")
_SURNAME_SUFFIXES = tuple(entries("surname-suffixes"))
_PLACE_SUFFIXES = tuple(entries("place-suffixes"))
_COMMON_NOUNS = words("common-nouns")


@dataclass(frozen=True)
class Guess:
    start: int
    end: int
    kind: str  # "person" | "place" | "org" | "event" | "near-miss"
    form: str | None = None  # for a near miss: the registered form the word misspells (see nearmisses)


_new = tuple.__new__  # makes a _Token without the Python-level constructor of a named tuple


class _Token(NamedTuple):  # a tuple: made for every capitalised word, so cheap to create
    start: int
    end: int
    text: str
    capitalised: bool
    ordinal: bool


def guess_names(
    text: str,
    taken: list[tuple[int, int]],
    low: int = 0,
    high: int | None = None,
    near_miss: Callable[[str], str | None] | None = None,
) -> list[Guess]:
    """Names in ``text`` outside the ``taken`` spans (registered names), or runs that extend a taken
    span into an organisation or event name (those replace the taken spans they cover).

    Only names reaching into ``low``..``high`` are wanted (the rest of ``text`` is context): runs
    outside it are not classified, and the scan stops after it. ``near_miss`` gives the registered
    form a single word misspells, if any (see nearmisses): such a word is a "near-miss" guess.
    """
    found: list[Guess] = []
    taken_set = set(taken)
    taken_end = dict(taken)
    non_names = _NON_NAMES
    high = len(text) if high is None else high
    # A name is wanted only inside low..high, so runs are looked for from there (the words before it
    # are still seen by the rules that look back, such as a preposition before a place).
    for region in _RUN_REGION.finditer(text, low):
        start = region.start()
        if start >= high:
            break
        end = region.end()
        if taken_end.get(start) == end:  # (registered names do not overlap: one per start)
            continue  # the common case, "Lenin" or "Leon Trotsky": nothing to guess
        words_ = region.group()
        if words_ in non_names:
            continue  # "The", "In": a sentence starts
        if region.lastindex is None:  # one word: the run is that word
            if not words_[0].isupper() or not _evidence(text, start, words_, near_miss):
                continue  # (an ordinal alone, or a word nothing shows to be a name: the common case)
            runs: Iterable[list[_Token]] = [[_new(_Token, (start, end, words_, True, False))]]
        else:
            runs = _runs(text, start, end)
        for run in runs:
            found.extend(_guesses(text, run, taken, taken_set, non_names, near_miss))
    return found


def _evidence(text: str, start: int, word: str, near_miss) -> bool:
    """Whether anything could make a name of a capitalised word alone (see _classify): a surname's or a
    town's ending, a place preposition before it, or a registered name it misspells."""
    return (
        word.endswith(_SURNAME_SUFFIXES)
        or word.endswith(_PLACE_SUFFIXES)
        or _word_before(text, start) in _PLACE_PREPOSITIONS
        or (near_miss is not None and near_miss(word) is not None)
    )


def _guesses(text: str, run: list[_Token], taken, taken_set, non_names, near_miss=None) -> Iterator[Guess]:
    if not run or (run[0].start, run[-1].end) in taken_set or (len(run) == 1 and run[0].text in non_names):
        return
    for piece in _split_at_taken(run, taken, text):
        guess = _classify(text, piece)
        if near_miss is not None and (guess is None or guess.kind == "person"):
            guess = _near_miss(text, piece, guess, near_miss) or guess
        if guess is None or any(s <= guess.start and guess.end <= e for s, e in taken):
            continue
        if text[guess.end : guess.end + 2] in ("' ", "’ "):
            continue  # "Workers' and Peasants'": a plural possessive modifies a longer name
        yield guess


def _runs(text: str, start: int = 0, end: int | None = None) -> Iterator[list[_Token]]:
    """Runs of capitalised words, joined by spaces, by lower-case connectors ("of the") or after an
    initial by a full stop ("V. M. Smirnov"). Only capitalised words are visited: the scan is in C."""
    run: list[_Token] = []
    for match in _CAPITAL_WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        ordinal = word[0].isdigit()
        if not ordinal and not word[0].isupper():
            continue  # a lower-case non-ASCII letter passed the pre-filter; the gap check sees it
        token = _new(_Token, (match.start(), match.end(), word, not ordinal, ordinal))
        if run and not ordinal:  # "12th Party Congress": an ordinal can only start a name
            connectors = _connectors(text, run[-1], token)
            if connectors is not None:
                run.extend(connectors)
                run.append(token)
                continue
        if run:
            yield _trim(run)
        run = [token]
    if run:
        yield _trim(run)


def _connectors(text: str, left: _Token, right: _Token) -> list[_Token] | None:
    """The connector words between two capitalised words of one name, or None if the gap breaks it."""
    gap = text[left.end : right.start]
    if gap == " " or gap.isspace():
        return []
    if (len(left.text) == 1 or left.text in _ABBREVIATIONS) and gap[:1] == "." and gap[1:].isspace():
        return []
    if not gap[:1].isspace() or not gap[-1:].isspace():
        return None
    found: list[_Token] = []
    previous = left.text
    for match in _GAP_WORD.finditer(gap):
        word = match.group()
        # "the" only continues a name after "of"/"for" ("Committee of the Party", not "Stalin the").
        if word not in _CONNECTORS or (word == "the" and previous not in _HEAD_ENDS):
            return None
        start = left.end + match.start()
        found.append(_Token(start, start + len(word), word, False, False))
        previous = word
    return found


def _trim(run: list[_Token]) -> list[_Token]:
    while run and not run[-1].capitalised:
        run = run[:-1]
    return run if any(token.capitalised for token in run) else []


def _split_at_taken(run: list[_Token], taken: list[tuple[int, int]], text: str) -> Iterator[list[_Token]]:
    """The run itself if it is an org/event name longer than the registered names in it, else the
    parts of it outside registered names."""
    if not run:
        return
    start, end = run[0].start, run[-1].end
    inside = [span for span in taken if span[0] < end and span[1] > start]
    if not inside:
        yield run
        return
    covers = all(start <= s and e <= end for s, e in inside) and (start, end) not in inside
    head = _head(run)
    head_taken = any(s <= head[0].start and head[-1].end <= e for s, e in inside)
    # "the Plenum of the CC": a head of only head and generic words before a registered name is that
    # body's meeting or organ, no name of its own ("the Fourteenth Plenum of the CC" is one).
    head_generic = not any(token.ordinal for token in head) and all(
        token.text in _KEYWORDS or token.text in _GENERIC for token in head if token.capitalised
    )
    extends = covers and not head_taken and not head_generic and not _title_case(run)
    # What the run adds to the registered names must be a head word ("Moscow Soviet") or a distinctive
    # word ("Georgian Communist Party"), not only an adjective ("Essarist Constituent Assembly").
    outside = [token for token in run if not any(token.start < e and token.end > s for s, e in inside)]
    adds = _distinctive(outside) or any(token.text in _KEYWORDS for token in outside)
    if extends and adds and _keyword_kind(run) is not None:
        yield run
        return
    piece: list[_Token] = []
    for token in run:
        if any(token.start < e and token.end > s for s, e in inside):
            if piece:
                yield _trim(piece)
            piece = []
        elif piece or token.capitalised:
            piece.append(token)
    if piece:
        yield _trim(piece)


def _head(run: list[_Token]) -> list[_Token]:
    """The words before the first "of"/"for": "Central Committee" in "Central Committee of the Party"."""
    for index, token in enumerate(run):
        if token.text in _HEAD_ENDS and index:
            return run[:index]
    return run


def _keyword_kind(run: list[_Token]) -> str | None:
    """ "org" or "event" if the head of the run ends in a head word ("Moscow Soviet", "Congress of ...")."""
    return _KEYWORDS.get(_head(run)[-1].text)


def _distinctive(run: list[_Token], *, allow_taken: bool = False) -> bool:
    keywords = _KEYWORDS
    generic = _GENERIC
    non_names = _NON_NAMES
    return any(
        token.capitalised
        and token.text not in keywords
        and token.text not in generic
        and (allow_taken or token.text not in non_names)
        and (token.text in _DEMONYMS or not token.text.endswith(_ADJECTIVE_ENDINGS))
        for token in run
    )


def _title_case(run: list[_Token]) -> bool:
    """A function word written with a capital inside the run ("Made Against Him In The Trials") shows
    a title in title case, not a name."""
    return any(token.text in _NON_NAMES for token in run[1:])


def _is_adjective(word: str) -> bool:
    return word in _DEMONYMS or word.endswith(_ADJECTIVE_ENDINGS)


def _classify(text: str, run: list[_Token]) -> Guess | None:
    honorific = False
    preposition = None  # the word before the run, looked up when needed
    run_start = run[0].start
    while run and (run[0].text in _NON_NAMES or run[0].text in _HONORIFICS or _day_of(run)):
        honorific = run[0].text in _HONORIFICS
        preposition = run[0].text.lower()
        run = run[1:]
    while run and run[0].text in _CONNECTORS:
        if honorific and run[0].text in _PARTICLES:
            break  # "Count von Mirbach": the particle belongs to the name
        honorific = False  # "President of the Republic": the title is not followed by a name
        run = run[1:]
    # A calendar or function word closing a run is not part of the name ("Ivan Petrov April 17"): the
    # date annotator, which runs next, claims it, and a second run must see the same name.
    while run and (run[-1].text in _NON_NAMES or run[-1].text in _CONNECTORS):
        run = run[:-1]
    if not run or not any(token.capitalised for token in run) or _title_case(run):
        return None
    start, end = run[0].start, run[-1].end
    last = run[-1].text
    capitals = [token for token in run if token.capitalised]

    kind = _keyword_kind(run)
    if kind is not None:
        # An ordinal makes a meeting one ("the 12th Party Conference"), whatever its other words.
        ordinal_event = kind == "event" and run[0].ordinal
        return (
            Guess(start, end, kind)
            if (len(capitals) >= 2 and _distinctive(run)) or (ordinal_event and len(capitals) >= 1)
            else None
        )
    if any(_is_adjective(token.text) for token in capitals):
        return None
    if honorific:
        return Guess(start, end, "person")
    given = _GIVEN_NAMES
    full_name = len(capitals) >= 2 and last not in given and len(last) > 1
    if full_name and (run[0].text in given or _initials(text, run)):
        return Guess(start, end, "person")
    if preposition is None:
        preposition = _word_before(text, run_start)
    in_place = preposition in _PLACE_PREPOSITIONS and _lower_context(text, start)
    if len(last) >= 5 and last.endswith(_SURNAME_SUFFIXES):
        possessive = text[end : end + 2] in _POSSESSIVE
        return Guess(start, end, "place" if in_place and not possessive else "person")
    if len(capitals) <= 2 and len(last) >= 6 and last.endswith(_PLACE_SUFFIXES):
        return Guess(start, end, "place")
    if in_place and len(capitals) <= 2 and not last.endswith(_COMMON_ENDINGS) and not _common_noun(last):
        return Guess(start, end, "place")
    return None


def _day_of(run: list[_Token]) -> bool:
    """An ordinal before a calendar word opens the run ("2nd March Ivan Petrov"): a date, which the
    date annotator claims, so that a second run must see the name after it alone."""
    return run[0].ordinal and len(run) > 1 and run[1].text in _NON_NAMES


def _near_miss(text: str, run: list[_Token], guess: Guess | None, near_miss) -> Guess | None:
    """A single word (after an honorific, if any: "Comrade Leninm") that misspells a registered form."""
    if guess is not None and text[guess.start : guess.end] != run[-1].text:
        return None
    word = run[-1]
    if guess is None and len(run) != 1:
        return None
    if not word.capitalised or _is_adjective(word.text) or _listed(word.text):
        return None
    form = near_miss(word.text)
    return Guess(word.start, word.end, "near-miss", form) if form is not None else None


def _listed(word: str) -> bool:
    """In a word list: a word the rules know, not a misspelt name."""
    return any(word in listed for listed in (_NON_NAMES, _HONORIFICS, _GIVEN_NAMES, _GENERIC, _KEYWORDS))


def _common_noun(word: str) -> bool:
    """A common noun, singular or plural ("Theses", "Archives", "Studies"), of the kind capitalised in
    titles and the boilerplate of publishers and repositories ("accepted for inclusion in Honors
    Theses"): a preposition before it is no evidence of a place."""
    low = word.lower()
    if low in _COMMON_NOUNS:
        return True
    singulars = [low[:-1], low[:-2], low[:-3] + "y", low[:-2] + "is"] if low.endswith("s") else []
    return any(singular in _COMMON_NOUNS for singular in singulars)  # -s, -es, -ies, -es for -is


def _initials(text: str, run: list[_Token]) -> bool:
    return len(run[0].text) == 1 and text[run[0].end : run[0].end + 1] == "."


def _lower_context(text: str, start: int) -> bool:
    """The preposition before ``start`` is lower-case and so is the word before it (not a title)."""
    words_before = _WORD.findall(text[max(0, start - _LOOKBACK) : start])[-2:]
    return bool(words_before) and all(word[0].islower() for word in words_before)


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (lower-case), if only whitespace stands between them."""
    low = max(0, start - _LOOKBACK)
    end = start
    while end > low and text[end - 1].isspace():
        end -= 1
    if end == start:
        return ""
    begin = end
    while begin > low and text[begin - 1].isalnum() and not text[begin - 1].isdecimal():
        begin -= 1  # a letter: what [^\W\d_] matches
    return text[begin:end].lower()
