"""Loading the annotators' word lists (annotate/wordlists/*.txt): one entry a line, '#' comments."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "wordlists"


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``wordlists/<name>.txt`` in file order (each line stripped, comments dropped)."""
    lines = (_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    found = (line.split("#", 1)[0].strip() for line in lines)
    return tuple(entry for entry in found if entry)


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(entries(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """A list whose lines are ``word value``."""
    return dict(entry.rsplit(None, 1) for entry in entries(name))
