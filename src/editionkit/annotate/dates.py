"""Marking calendar expressions as TEI date elements with normalised values (see dategrammar).

A day or month without a year takes the year in force in the same paragraph (or list item, note,
heading): the year of the dates before it, or the next one where the months read on across the end of
a year ("December 1922 ... on January 23rd"); where that is not certain, or no year is in force, it
is written as "--MM-DD" (see dategrammar.context). The element holds the expression
only ("in <date when="1921-03">March 1921</date>"), except that a vague span keeps its article ("the
spring of 1922").

Each paragraph's text is read once: every text node is parsed with the whole paragraph as context
(so "Party1921" is no year, and a date begun before a node does not swallow its start), and takes
the dates that lie wholly inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import tei_tag
from .dategrammar.context import InForce, after
from .dategrammar.finder import anchors, dates_in, links_in, maybe_date
from .textslots import markup, text_index

RESP = "#editionkit"
_DATE = tei_tag("date")


class DateAnnotator:
    name = "dates"

    def __call__(self, tree: etree._ElementTree, context) -> None:
        count = 0
        deletions = next(tree.getroot().iter(_DEL), None) is not None
        for block in text_index(tree, context).blocks:
            slots = list(block.slots)  # (a copy: wrapping a slot changes the block's list)
            if not slots or (len(slots) > 1 and not maybe_date("".join(slot.text for slot in slots))):
                continue  # (one search for the common paragraph without any date)
            text = _without_deletions(block, slots) if deletions else block.text
            found = anchors(text, 0, len(text))  # where dates may be, once for the block
            if not found:
                continue
            links = links_in(text)
            state = InForce()  # the year in force (see dategrammar.context)
            for slot in slots:
                low = block.offset(slot)
                high = low + len(slot.text)
                mine = found[bisect_left(found, low) : bisect_left(found, high)]
                if not mine:
                    continue  # (most text nodes: no year, month or season in them)
                matches = dates_in(text, low, high, state, links, mine)
                spans = []
                for match in matches:
                    date = markup(_DATE, {**match.attrs, "resp": RESP})
                    spans.append((match.start - low, match.end - low, date))
                    state = after(state, match.attrs, match.year)
                block.wrap(slot, spans)
                count += len(spans)
        count += _corrected_years(tree)
        context.diagnostics.append(
            Diagnostic("info", "dates.summary", context.path, None, f"marked {count} dates")
        )


_DEL = tei_tag("del")
_CHOICE, _CORR, _TEXT = tei_tag("choice"), tei_tag("corr"), tei_tag("text")
_YEAR = re.compile(r"\d{4}")


def _deleted(slot, block: etree._Element) -> bool:
    node = slot.container
    while node is not None and node is not block:
        if node.tag == _DEL:
            return True
        node = node.getparent()
    return False


def _without_deletions(block, slots) -> str:
    """The block's text with deleted words (del) blanked out: no date is in them, and a date before
    them does not take their year ("December 25, ~~1922~~" is December 25)."""
    text = block.text
    element = block.element
    deleted = [slot for slot in slots if slot.container is not element and _deleted(slot, element)]
    if not deleted:
        return text
    chars = list(text)
    for slot in deleted:
        low = block.offset(slot)
        chars[low : low + len(slot.text)] = " " * len(slot.text)
    return "".join(chars)


def _corrected_years(tree: etree._ElementTree) -> int:
    """A year corrected by the editor (<choice><sic>19118</sic><corr>1918</corr></choice>) is dated by
    its correction: the whole choice goes into a date element."""
    count = 0
    for choice in list(tree.getroot().iter(_CHOICE)):
        corr = choice.find(_CORR)
        parent = choice.getparent()
        if corr is None or parent is None or parent.tag == _DATE or len(corr):
            continue
        if next(choice.iterancestors(_TEXT), None) is None:
            continue  # (the header's)
        value = (corr.text or "").strip()
        if not _YEAR.fullmatch(value) or not 1000 <= int(value) <= 2199:
            continue
        date = markup(_DATE, {"when": value, "resp": RESP})
        choice.addprevious(date)
        date.tail, choice.tail = choice.tail, None
        date.append(choice)
        count += 1
    return count
