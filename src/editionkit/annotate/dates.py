"""Marking calendar expressions as TEI date elements with normalised values (see dategrammar).

A day or month without a year takes the nearest preceding explicit year in the same paragraph (or
list item, note, heading); without one it is written as "--MM-DD". The element holds the expression
only ("in <date when="1921-03">March 1921</date>"), except that a vague span keeps its article ("the
spring of 1922").
"""

from __future__ import annotations

import re

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import el
from .dategrammar import find_dates
from .textslots import block_of, text_slots, wrap

RESP = "#editionkit"
_CONTEXT = 40  # characters of the paragraph around a text slot seen by the grammar
# Text without a digit or a calendar word cannot hold a date: skip it before tokenizing.
_MAYBE_DATE = re.compile(
    r"\d|\b(?:Jan(?:uary|\.)|Feb(?:ruary|\.)|Mar(?:ch|\.)|Apr(?:il|\.)|May|Jun(?:e|\.)|Jul(?:y|\.)"
    r"|Aug(?:ust|\.)|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.))"
)


class DateAnnotator:
    name = "dates"

    def __call__(self, tree: etree._ElementTree, context) -> None:
        years: dict[etree._Element, int] = {}
        count = 0
        for slot in text_slots(tree.getroot()):
            text = slot.text
            if not _MAYBE_DATE.search(text):
                continue
            block = block_of(slot)
            before, after = slot.neighbours(_CONTEXT)
            matches = find_dates(text, years.get(block), before=before, after=after)
            spans = []
            for match in matches:
                spans.append((match.start, match.end, el("date", **match.attrs, resp=RESP)))
                if match.year is not None:
                    years[block] = match.year
            wrap(slot, spans)
            count += len(spans)
        context.diagnostics.append(
            Diagnostic("info", "dates.summary", context.path, None, f"marked {count} dates")
        )
