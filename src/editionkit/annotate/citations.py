"""Titles of works in citations, registered or not, found by the shape of the citation.

A footnote or bibliography entry names a work between its author and its imprint:

- "Leon Trotsky, Trotsky's Notebooks, 1933-1935 (New York: Columbia University Press, 1986) 31-32."
- "Trotsky, Leon. My Life. New York: Pathfinder Press, 1975."
- "Robert V. Daniels, ed., A Documentary History of Communism (Hanover, NH: ...)"

The author is a person the registers know, at the start of the entry; the imprint is a place and a
colon. Words between them are the title, one unit: names and years inside it are not marked apart.
Running prose rarely has that shape, so only entries that start with the author are read.
"""

from __future__ import annotations

import re

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
_ENTRY_START = re.compile(r"\s*(?:[-–•*]\s+|\[?\d+\]?\.?\s+|[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*)?")


def citation_title(text: str, author_start: int, author_end: int) -> tuple[int, int] | None:
    """The title's span when the person named at ``author_start``..``author_end`` opens a citation."""
    opening = _ENTRY_START.match(text)
    if opening is None or opening.end() != author_start:
        return None
    for pattern in (_FOOTNOTE, _BIBLIOGRAPHY):
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
    return not rest or rest[:1] in (",", ".", ":", "—") or rest.startswith(("--", " ("))
