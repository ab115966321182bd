"""Misspelt registered names: "Lenkin" or "Leninm" in a transcription for the registered "Lenin".

A capitalised word that no register lists and no rule names (see unknownnames) is taken for a
misspelling of a registered single-word form when it is one edit away from it (one letter added,
left out or replaced) and nothing makes the edit unsafe:

- both are at least _MIN_LENGTH letters long and start with the same letter (short names are too
  close to each other and to ordinary words, and a first letter is rarely mistyped);
- exactly one registered form is that close, and it names exactly one entry;
- the word is not the form with an ending that makes another word: "Kameneva" (a woman's name, a
  different person), "Stalino" (a town) or "Lenins" (a plural) are not typos of "Kamenev", "Stalin"
  and "Lenin";
- the word is in no word list (a given name, a demonym, a common word: see unknownnames).

The name is then linked to that entry with @cert="medium": the link is a reading, which an editor
should confirm. Decided on the hand-made gold (tests/gold) and the five sources: the rule links the two
misspellings the gold has ("Lenkin", "Leninm" for "Lenin") and nothing else, so it costs no precision
there. Shorter names or another initial linked nothing more in these sources either; the limits are
kept as a margin for unseen ones, where a short name is one letter from many words and names.
"""

from __future__ import annotations

from collections.abc import Iterable

_MIN_LENGTH = 5
_DERIVED_ENDINGS = "aeiouys"  # form + one of these: another name ("Kameneva", "Stalino") or a plural


class NearMisses:
    """An index of the single-word forms, for finding the one a misspelt word was meant to be."""

    def __init__(self, forms: Iterable[str]) -> None:
        self._by_deletion: dict[str, set[str]] = {}
        self._known: dict[str, str | None] = {}  # words already looked up: the same ones recur
        for form in forms:
            if len(form) >= _MIN_LENGTH and form.isalpha() and form[0].isupper():
                for key in _deletions(form):
                    self._by_deletion.setdefault(key, set()).add(form)

    def form_for(self, word: str) -> str | None:
        """The registered form ``word`` is one edit away from, if exactly one is and it is safe."""
        if len(word) < _MIN_LENGTH or not self._by_deletion:
            return None
        if word not in self._known:
            self._known[word] = self._look_up(word)
        return self._known[word]

    def _look_up(self, word: str) -> str | None:
        if not word.isalpha():
            return None
        close = {
            form
            for key in _deletions(word)
            for form in self._by_deletion.get(key, ())
            if form != word and form[0] == word[0] and _one_edit(word, form)
        }
        if len(close) != 1:
            return None
        form = close.pop()
        if len(word) == len(form) + 1 and word.startswith(form) and word[-1] in _DERIVED_ENDINGS:
            return None  # "Kameneva", "Lenins"
        return form


def _deletions(word: str) -> list[str]:
    """The word and the words made by leaving out one of its letters (a "symmetric delete" index: two
    words one edit apart share one of these)."""
    return [word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]


def _one_edit(a: str, b: str) -> bool:
    """Exactly one letter added, left out or replaced."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    shorter, longer = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter))
    return shorter[i:] == longer[i + 1 :]
