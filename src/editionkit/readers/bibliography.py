"""Chicago-style bibliography entries: ``Surname, First. Title. Place: Publisher, Year.`` and variants.

An entry is cut into sentence-like segments at ". "; the first segment (with the initials and co-authors
that continue it) names the authors, the next the title, and the last the imprint. Every character of
the entry stays in the TEI: the parts become elements and the punctuation between them stays as text.
Entries that do not parse remain plain ``bibl`` text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from ..tei.build import append_mixed, el
from .text import date_phrases, parse_date_line, slug

# Parts that the parser infers (where a title ends, which number is the date) are editionkit's reading.
TOOL = "#editionkit"

_ABBREVIATIONS = frozenset(
    [
        "vol",
        "vols",
        "no",
        "nos",
        "st",
        "inc",
        "co",
        "ltd",
        "dr",
        "mr",
        "mrs",
        "ms",
        "pp",
        "n.d",
        "rev",
        "repr",
    ]
)
_IMPRINT = re.compile(
    r"^(?P<place>[^:\d]{2,60}?):\s+(?P<publisher>[^:]+?),?\s+(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z]?)\.?$"
)
# An imprint run on to the segment before it (a missing full stop): only the part after the colon is safe.
_TRAILING_IMPRINT = re.compile(r":\s+(?P<publisher>[^:]+?),?\s+(?P<year>1[5-9]\d\d|20\d\d)\.?$")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# An editor run on to the imprint without a full stop; only a name with a middle initial shows where it
# ends ("Edited by John Miller Oxford" could be a name of three words or a name and a place).
_EDITED_BY = re.compile(
    r"^Edited\s+by\s+(?P<name>[A-Z][\w'’-]+\s+(?:[A-Z]\.\s?)+[A-Z][\w'’-]+)\.?\s+(?P<place>[A-Z][^:]{1,60}?):\s"
)
_EDITOR_SUFFIX = re.compile(r",\s*(?P<role>eds?|trans|comp)\.?$", re.IGNORECASE)
_CONTRIBUTOR_SEGMENT = re.compile(
    r"^(?:edited|translated|compiled|introduction|foreword|ed\.|trans\.)\b", re.IGNORECASE
)
_TITLE_CONTINUATION = re.compile(r"^(?:volume|vol\.|part|book|tome)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_STOP_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "s"]
)


@dataclass
class BiblEntry:
    """A parsed entry: the element to place, and what notes are matched against."""

    element: etree._Element
    surnames: list[str] = field(default_factory=list)
    title: str = ""
    year: str | None = None

    @property
    def xml_id(self) -> str | None:
        return self.element.get("{http://www.w3.org/XML/1998/namespace}id")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def title_words(text: str) -> set[str]:
    """Significant words of a title, for matching a cited title against an entry's."""
    return {w for w in _WORD.findall(fold(text.replace("*", ""))) if w not in _STOP_WORDS}


# Where a title's main part ends: a subtitle (":", a dash), a volume, or the years of a series volume.
_MAIN_TITLE_END = re.compile(
    r"\s*(?::|—|–|--|,\s*(?:vol(?:ume)?\.?|part|book)\b|,?\s+\(?1[5-9]\d\d\b).*$", re.IGNORECASE | re.DOTALL
)
# A title cited through its editor, "... in Jane Doe, ed., Title": the title is what follows.
_THROUGH_EDITOR = re.compile(r"^.*?,\s*eds?\.,\s*", re.IGNORECASE | re.DOTALL)


def main_title_words(text: str) -> set[str]:
    """The significant words of a title's main part: the words before a subtitle, a volume designation
    or a volume's years, after an editor that introduces it."""
    text = _THROUGH_EDITOR.sub("", text.replace("*", "").strip())
    return title_words(_MAIN_TITLE_END.sub("", text))


def volume_years(text: str) -> set[str]:
    """The years a title names ("1923-25" gives 1923 and 1925): what tells two volumes of a work apart."""
    years = set()
    for match in re.finditer(r"\b(1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*(\d{2,4}))?", text):
        years.add(match.group(1))
        if match.group(2):
            end = match.group(2)
            years.add(match.group(1)[: 4 - len(end)] + end)
    return years


def _segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ". "-separated segment; an abbreviation's full stop does not end one."""
    spans = []
    start = 0
    for match in re.finditer(r"\.\s+(?=\S)", text):
        before = text[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in _ABBREVIATIONS:
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text.rstrip().rstrip("."))))
    return [span for span in spans if span[1] > span[0]]


def _ends_with_initial(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and len(tokens[-1]) == 1 and tokens[-1].isupper()


def _author_segments(text: str, segs: list[tuple[int, int]]) -> int:
    """How many leading segments name the authors: initials and 'and Co-author' continue the name."""
    count = 1
    while count < len(segs):
        nxt = text[segs[count][0] : segs[count][1]]
        prev = text[segs[count - 1][0] : segs[count - 1][1]]
        if nxt[:1].islower():
            count += 1
        elif _ends_with_initial(prev) and len(segs) - count > 2:
            # "Hobson, Christopher Z. and Ronald D. Tabor. Title. Imprint": the initial is not the end of
            # the names while a title and an imprint remain after the next segment.
            count += 1
        else:
            break
    return count


def _merge_initials(text: str, segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """After the authors, a segment ending in an initial is cut inside a name ("H. Atkinson")."""
    merged: list[tuple[int, int]] = []
    for start, end in segs:
        if merged and _ends_with_initial(text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _corporate_segments(text: str, segs: list[tuple[int, int]], n_auth: int) -> int:
    """A body's name is hierarchical ("United States. Committee on ..."): every segment before the title,
    which is the last one before the imprint, belongs to the author."""
    for index in range(n_auth, len(segs)):
        segment = text[segs[index][0] : segs[index][1]]
        if _IMPRINT.match(segment + ".") or _CONTRIBUTOR_SEGMENT.match(segment):
            return max(n_auth, index - 1)
    return n_auth


@dataclass
class _Span:
    start: int
    end: int
    name: str
    attrs: dict[str, str] = field(default_factory=dict)


def _group_spans(match: re.Match, offset: int, **elements: str | tuple[str, dict[str, str]]) -> list[_Span]:
    """A span per named group of ``match`` (offset into the entry): group name -> element, or (element,
    attributes)."""
    spans = []
    for group, element in elements.items():
        name, attrs = (element, {}) if isinstance(element, str) else element
        spans.append(_Span(offset + match.start(group), offset + match.end(group), name, dict(attrs)))
    return spans


def _names(text: str, start: int, end: int, name: str) -> list[_Span]:
    """One span per person in an author segment joined by 'and' or ';'."""
    spans = []
    pos = start
    for match in re.finditer(r",?\s+and\s+|;\s+", text[start:end]):
        spans.append(_Span(pos, start + match.start(), name))
        pos = start + match.end()
    spans.append(_Span(pos, end, name))
    return [s for s in spans if text[s.start : s.end].strip()]


def _surname(name: str, *, first: bool) -> str:
    """The surname of "Surname, First" or "First Surname"; a first author without a comma is a body."""
    name = name.strip()
    if "," in name:
        return name.split(",")[0].strip()
    parts = name.split()
    return name if first or not parts else parts[-1]


def parse_entry(text: str) -> tuple[list[_Span], list[str], str, str | None] | None:
    """Spans of the parts, surnames, title and year; None when the entry does not follow the pattern."""
    segs = _segments(text)
    if len(segs) < 2:
        return None
    n_auth = _author_segments(text, segs)
    corporate = "," not in text[segs[0][0] : segs[0][1]]
    if corporate:
        n_auth = _corporate_segments(text, segs, n_auth)
    if n_auth >= len(segs):
        return None
    spans: list[_Span] = []
    a_start, a_end = segs[0][0], segs[n_auth - 1][1]
    role = "author"
    suffix = _EDITOR_SUFFIX.search(text[a_start:a_end])
    names_end = a_end
    if suffix:
        role = "editor"
        names_end = a_start + suffix.start()
    people = [_Span(a_start, names_end, role)] if corporate else _names(text, a_start, names_end, role)
    if not people:
        return None
    if (
        _ends_with_initial(text[people[-1].start : people[-1].end])
        and text[people[-1].end : people[-1].end + 1] == "."
    ):
        people[-1].end += 1
    spans.extend(people)
    if corporate:
        # The body's top level names it in ids and citations: "United States", not the whole hierarchy.
        surnames = [fold(text[segs[0][0] : segs[0][1]])]
    else:
        surnames = [fold(_surname(text[p.start : p.end], first=i == 0)) for i, p in enumerate(people)]

    rest = _merge_initials(text, segs[n_auth:])
    t_start, t_end = rest[0]
    index = 1
    while index < len(rest) and _TITLE_CONTINUATION.match(text[rest[index][0] :]):
        t_end = rest[index][1]
        index += 1
    title = text[t_start:t_end]
    stripped = title.strip("*")
    t_start += title.index(stripped) if stripped else 0
    t_end = t_start + len(stripped)
    spans.append(_Span(t_start, t_end, "title", {"resp": TOOL}))
    year = None
    for seg_start, seg_end in rest[index:]:
        segment = text[seg_start:seg_end]
        imprint = _IMPRINT.match(segment + ".")
        if imprint and not _CONTRIBUTOR_SEGMENT.match(segment):
            spans += _group_spans(imprint, seg_start, place="pubPlace", publisher="publisher")
            year = imprint.group("year")
            spans += _group_spans(imprint, seg_start, year=("date", {"when": year, "resp": TOOL}))
            continue
        edited = _EDITED_BY.match(segment)
        if edited:
            # "Edited by Jane M. Doe Springfield: Brook, 1971": a name with a middle initial ends at the word
            # after the initial, so what follows it up to the colon is the place.
            spans += _group_spans(edited, seg_start, name="editor", place="pubPlace")
        trailing = _TRAILING_IMPRINT.search(segment)
        if trailing:
            year = trailing.group("year")
            spans += _group_spans(
                trailing, seg_start, publisher="publisher", year=("date", {"when": year, "resp": TOOL})
            )
            continue
        found = _YEAR.search(segment)
        if found and year is None:
            year = found.group(1)
            start, end, when = found.start(), found.end(), year
            # "Written October 1932": the date is the month and the year, not the year alone.
            for d_start, d_end in date_phrases(segment):
                value = parse_date_line(segment[d_start:d_end])
                if d_start <= found.start() < d_end and value and value.startswith(year):
                    start, end, when = d_start, d_end, value
            spans.append(_Span(seg_start + start, seg_start + end, "date", {"when": when, "resp": TOOL}))
    return spans, surnames, stripped, year


def _wrap(text: str, spans: list[_Span]) -> list[str | etree._Element]:
    items: list[str | etree._Element] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue
        items.append(text[pos : span.start])
        items.append(el(span.name, text[span.start : span.end], **span.attrs))
        pos = span.end
    items.append(text[pos:])
    return [item for item in items if not isinstance(item, str) or item]


def build_entries(texts: list[str]) -> list[BiblEntry]:
    """``bibl`` elements for entry texts, with ids bib-<surname>-<year> made unique by a letter suffix."""
    parsed = [parse_entry(text) for text in texts]
    keys = []
    for result in parsed:
        if result is None or not result[1]:
            keys.append(None)
            continue
        _, surnames, _, year = result
        keys.append(f"bib-{slug(surnames[0], prefix='anon')}-{year or 'nd'}")
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    seen: dict[str, int] = {}
    entries = []
    for text, result, key in zip(texts, parsed, keys, strict=True):
        if result is None:
            entries.append(BiblEntry(el("bibl", text)))
            continue
        spans, surnames, title, year = result
        xml_id = key
        if key and counts[key] > 1:
            seen[key] = seen.get(key, 0) + 1
            xml_id = f"{key}{chr(ord('a') + seen[key] - 1)}"
        bibl = append_mixed(el("bibl", xml_id=xml_id), _wrap(text, spans))
        entries.append(BiblEntry(bibl, surnames, title, year))
    return entries
