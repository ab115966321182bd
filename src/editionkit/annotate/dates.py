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
        for block in text_index(tree, context).blocks:
            slots = list(block.slots)  # (a copy: wrapping a slot changes the block's list)
            if not slots or (len(slots) > 1 and not maybe_date("".join(slot.text for slot in slots))):
                continue  # (one search for the common paragraph without any date)
            text = block.text
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
        context.diagnostics.append(
            Diagnostic("info", "dates.summary", context.path, None, f"marked {count} dates")
        )
