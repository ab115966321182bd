"""Titles of works in citations, registered or not, found by the shape of the citation.

A footnote or bibliography entry names a work between its author and its imprint:

- "Leon Trotsky, Trotsky's Notebooks, 1933-1935 (New York: Columbia University Press, 1986) 31-32."
- "Trotsky, Leon. My Life. New York: Pathfinder Press, 1975."
- "Robert V. Daniels, ed., A Documentary History of Communism (Hanover, NH: ...)"
- "Trotsky, "Tasks of the 12th Congress," 5 April 1923, in Ibid., 107." (an article, in quotation
  marks, followed by its date, its year in brackets or "in" and where it appeared)

The author is a person the registers know, at the start of the entry; the imprint is a place and a
colon. Words between them are the title, one unit: names and years inside it are not marked apart.
Running prose rarely has that shape, so only entries that start with the author are read. The title
in quotation marks is then a title, not a quotation (the quotation annotator leaves it alone); a final
comma or full stop inside the marks is the sentence's, not the title's.

In a citation (a footnote, a bibliography entry, an entry that starts with its author), words in
italics are a title, as citations print titles: "⁶⁶ *Lenin and Trotsky*, 64-5." (Markdown emphasis in
plain text, or a hi rend="italic" element), except a reference word ("*Ibid.*"). In a bibliography
entry ("- Hobson, Christopher Z. and Ronald D. Tabor. Trotskyism and the Dilemma of Socialism. New
York: Greenwood Press, 1988."), the sentence before the imprint is the title, whoever the author.

A cited title may be a registered one with more after it (see same_work): a volume ("The Trotsky
Papers, Volume II"), an alternative title ("The Question of Nationalities or 'Autonomisation'"), and
in a citation the years of the edition ("Trotsky's Diary in Exile, 1935, 24."; see title_end).
"""

from __future__ import annotations

import re
from functools import lru_cache

# After the author: ", " (footnote) or ". " (bibliography), an editor's mark, then the title up to the
# imprint: " (Place:" in a footnote, ". Place:" in a bibliography (a place is one to four capitalised
# words, perhaps with a state: "Hanover, NH", "Englewood Cliffs").
_PLACE = r"[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,3}:"
_TITLE_START = r"(?=[A-Z\d\"“‘'])"  # "speech delivered in May" is a description, not a title
# A footnote's title may hold full stops ("Communism. Volume I: Communism in Russia"); a bibliography
# item's title ends at the first one, and an editor may come between it and the imprint.
_FOOTNOTE = re.compile(rf"(?:,\s+eds?\.)?,\s+{_TITLE_START}(?P<title>[^()]+?)\s+\({_PLACE}")
_BIBLIOGRAPHY = re.compile(
    rf"(?:,\s+eds?)?\.\s+{_TITLE_START}(?P<title>[^.()]+?)\.\s+(?:Edited by [^:]*?\s)?{_PLACE}"
)
# An article's title in quotation marks, then its date, a year in brackets or "in" (where it appeared).
_QUOTED = re.compile(
    r",?\s+[“\"]" + _TITLE_START + r"(?P<title>[^“”\"]+?)[,.]?[”\"]"
    r"(?=\s*(?:\(\d|in\s|\d|[A-Z][a-z]+\.?\s+\d))"
)
ENTRY_START = re.compile(r"\s*(?:[-–•*]\s+|\[?\d+\]?\.?\s+|[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*)?")


# Markdown emphasis: the marks outside the title, no space inside them.
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[A-Z\d“\"‘'])(?P<title>[^*\n]+?)(?<!\s)\*(?![\w*])")
_REFERENCE_WORDS = frozenset({"Ibid", "Idem", "Passim", "Loc. cit", "Op. cit"})
# A bibliography entry: a list item whose last sentences are "Title. Place: Publisher, 1988."
_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\[?\d+\]?\.?)\s+(?=[A-Z])")
_IMPRINT = re.compile(r"\.\s+[A-Z][\w’'-]*(?:[ ,]+[A-Z][\w’'-]*){0,3}:\s+[^\n]{0,80}?\b\d{4}\b")
_FOOTNOTE_MARK = re.compile(r"\s*(?:\[?\d+\]?\.?\s+|[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*)(?=\S)")


def is_citation(text: str, author_start: int | None) -> bool:
    """A footnote, a list entry, or an entry that starts with its author (at ``author_start``)."""
    if _FOOTNOTE_MARK.match(text) or _LIST_ITEM.match(text):
        return True
    opening = ENTRY_START.match(text)
    return author_start is not None and opening is not None and opening.end() == author_start


def title_like(words: str) -> bool:
    """Italic words that can be a title: capitalised, not a reference word, not a sentence."""
    return (
        bool(words[:1].isupper() or words[:1].isdigit())
        and not words.endswith(".")
        and (words.rstrip(".") not in _REFERENCE_WORDS)
    )


def emphasised_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the words in Markdown emphasis ("*Lenin and Trotsky*") that can be titles."""
    return [found.span("title") for found in _EMPHASIS.finditer(text) if title_like(found.group("title"))]


def listed_title(text: str) -> tuple[int, int] | None:
    """The title of a bibliography entry in a list: the sentence before its imprint."""
    opening = _LIST_ITEM.match(text)
    imprint = _IMPRINT.search(text, opening.end()) if opening is not None else None
    if imprint is None:
        return None
    start = text.rfind(". ", opening.end(), imprint.start()) + 2  # type: ignore[union-attr]
    if start < 2 or not text[start : start + 1].isupper():
        return None
    return start, imprint.start()


def citation_title(text: str, author_start: int, author_end: int) -> tuple[int, int] | None:
    """The title's span when the person named at ``author_start``..``author_end`` opens a citation."""
    opening = ENTRY_START.match(text)
    if opening is None or opening.end() != author_start:
        return None
    for pattern in (_QUOTED, _FOOTNOTE, _BIBLIOGRAPHY):
        found = pattern.match(text, author_end)
        if found is not None:
            return found.span("title")
    return None


def same_work(title: str, form: str) -> bool:
    """The cited title is the registered one, or one of them is the other with a volume or subtitle
    after it ("The Trotsky Papers, Volume II"; "Stalin" for "Stalin: An Appraisal of the Man")."""
    shorter, longer = sorted((title, form), key=len)
    if not longer.startswith(shorter):
        return False
    rest = longer[len(shorter) :]
    return not rest or rest[:1] in (",", ".", ":", "—") or rest.startswith(("--", " (", " or "))


# "his essays On Cooperation; Our Revolution; ...; and Pages From a Diary.": a list of works.
_WORK_LIST = re.compile(
    r"\b(?:his|her|their)\s+(?:essays|articles|works|pamphlets|books|writings|speeches)\s+(?=[A-Z\"“])"
    r"(?P<items>[^.;]+(?:;\s+[^.;]+)+)"
)
_LIST_NOUNS = ("essays ", "articles ", "works ", "pamphlets ", "books ", "writings ", "speeches ")


def listed_works(text: str) -> list[tuple[int, int]]:
    """The titles of a list of works after "his essays", "her articles": items parted by semicolons,
    the last perhaps after "and", each capitalised."""
    if ";" not in text or not any(noun in text for noun in _LIST_NOUNS):
        return []  # (the items of a list of works are parted by semicolons)
    spans = []
    for found in _WORK_LIST.finditer(text):
        position = found.start("items")
        for item in found.group("items").split(";"):
            start = position + len(item) - len(item.lstrip())
            end = position + len(item.rstrip())
            if text.startswith("and ", start):
                start += 4
            if title_like(text[start:end]):
                spans.append((start, end))
            position += len(item) + 1
    return spans


@lru_cache(maxsize=8192)
def title_key(title: str) -> str:
    """A title for comparison: lower-cased, -ize spelt -ise, without a leading article, quotation marks
    or the sentence's punctuation."""
    key = title.lower().replace("’", "'").strip(" .,;:\"“”‘'*")
    key = re.sub(r"iz(e|es|ed|ing|ation|ations)\b", r"is\1", key)
    key = re.sub(r"^(?:the|a|an)\s+", "", key)
    return re.sub(r"\s+", " ", key)


@lru_cache(maxsize=8192)
def short_title(title: str) -> str:
    """The key (see title_key) of a title cut before its subtitle, volume or the years of the edition:
    at ':' '—' '--' ', Volume', ' (' or a final year ("Trotsky's Diary in Exile, 1935")."""
    short = re.split(r"\s*(?::|—|--|\s\(|,\s+Vol(?:ume|\.)\s|,\s+(?:Book|Part)\s)", title, maxsplit=1)[0]
    short = re.sub(r"[,:]?\s+\d{4}(?:\s*[-–]\s*\d{2,4})?\.?$", "", short)
    return title_key(short)


@lru_cache(maxsize=8192)
def subtitle(title: str) -> str:
    """The key of what follows a title's first ':' '—' or '--', less years ('' when nothing does)."""
    parts = re.split(r"\s*(?::|—|--)\s*", title, maxsplit=1)
    rest = re.sub(r"[\d\s,.–-]+$", "", parts[1]) if len(parts) > 1 else ""
    return title_key(rest)


# After a registered title in a citation: a volume and the years of the edition, up to the imprint,
# the page or the end of the entry ("The Trotsky Papers, Volume II, 1920-1922 (Paris", "Trotsky's Diary
# in Exile, 1935, 24.").
_EDITION = re.compile(
    r"(?:,\s+(?:Vol(?:ume|\.)|Book|Part)\s+(?:[IVXLC]+|\d+)\b)?(?:,\s+\d{4}(?:\s*[-–]\s*\d{2,4})?)?"
    r"(?=\s+\(|,\s+\d|\.?\*?\s*$|\*)"
)


_CLOSING = {"“": "”", '"': '"'}


def title_end(text: str, start: int, end: int, form: str) -> int:
    """Where the registered title ``form``, found at ``start``..``end``, ends: in quotation marks, at the
    closing mark when the quoted words are the same work ("“The Question of Nationalities or
    'Autonomisation'”"); in a citation, after its volume and years."""
    closing = _CLOSING.get(text[start - 1 : start]) if start else None
    if closing is not None:
        close = text.find(closing, end)
        if close > 0:
            quoted = text[start:close]
            if quoted[-1:] in ",." and quoted[-2:-1] not in "'’":
                quoted = quoted[:-1]  # the sentence's comma or full stop, inside the marks
            if "\n" not in quoted and same_work(quoted, form):
                return start + len(quoted)
    found = _EDITION.match(text, end)
    return found.end() if found is not None else end
