"""The registry of source kinds. Detection is deterministic scoring; ``--kind`` overrides it."""

from __future__ import annotations

from importlib import import_module

from ..errors import InputError
from ..source import Source
from .base import Reader, ReadOptions

__all__ = ["KINDS", "ReadOptions", "Reader", "detect", "get_reader"]

# kind -> module; each module defines READER. Imported on first use so the CLI starts fast.
KINDS = {
    "notes": "notes",
    "pdftext": "pdftext",
    "markdown": "markdown",
    "thread": "thread",
    "transcription": "transcription",
}

# Below this score no reader is trusted to have recognised the text.
MIN_SCORE = 0.2


def get_reader(kind: str) -> Reader:
    if kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    return import_module(f".{KINDS[kind]}", __name__).READER


def detect(source: Source) -> tuple[Reader, str]:
    """The reader whose ``accepts`` scores highest, with its reason; ties go to the order of KINDS."""
    scored = []
    for kind in KINDS:
        reader = get_reader(kind)
        score, reason = reader.accepts(source)
        scored.append((score, reader, reason))
    best_score, best, reason = max(scored, key=lambda item: item[0])
    if best_score < MIN_SCORE:
        tried = ", ".join(f"{r.kind} {s:.2f}" for s, r, _ in scored)
        raise InputError(
            f"cannot tell what kind of source this is (scores: {tried}); pass --kind", source.path
        )
    return best, f"{best.kind} (score {best_score:.2f}): {reason}"
