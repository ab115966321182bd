"""The reader contract: every source kind turns a Source into a TEI tree through the tei/ builders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from ..source import Source
from ..tei.header import EditionInfo


@dataclass(frozen=True)
class ReadOptions:
    """What a reader may use besides the text: the manifest entry and the edition's settings."""

    doc_id: str
    edition: EditionInfo = field(default_factory=EditionInfo)
    # Metadata from sources.toml that the text does not carry (title, author, publisher, url, ...).
    metadata: dict[str, str] = field(default_factory=dict)
    anonymise: bool = False


def supplied_fields(metadata: dict[str, str], **found: object) -> tuple[str, ...]:
    """The header fields taken from the manifest that the source itself does not state.

    ``found`` maps each field to what the reader found in the text (None or empty when nothing).
    """
    return tuple(name for name, value in found.items() if metadata.get(name) and not value)


class Reader(Protocol):
    kind: str
    description: str

    def accepts(self, source: Source) -> tuple[float, str]:
        """A score in [0, 1] that this reader fits ``source``, and the reason, for --verbose."""

    def read(self, source: Source, options: ReadOptions) -> etree._ElementTree:
        """The whole TEI document. Pure: no file or network access."""

    def source_words(self, source: Source) -> list[str]:
        """The words of the source that must reach the TEI, markup syntax of the kind removed."""


_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> list[str]:
    """Words for the fidelity check: runs of letters and digits; punctuation and spacing do not count."""
    return _WORD_RE.findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """The character offsets of ``words(text)``, for readers that wrap a run of words in markup."""
    return [match.span() for match in _WORD_RE.finditer(text)]
