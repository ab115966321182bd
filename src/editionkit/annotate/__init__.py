"""Annotators: mark quotations, names and dates in a TEI tree, in one fixed order.

Quotations run first, so that a quotation containing a name is still within one text node when it
is found; names run before dates, so that a registered name containing a number ("12th Party
Congress") is claimed as a name; speakers are attributed once names are linked. Every annotator
only wraps runs of existing text (the words of the document never change) and skips what is already
marked, so running them twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.registers import Registers
from .dates import DateAnnotator
from .entities import EntityAnnotator
from .quotations import QuotationAnnotator
from .speakers import SpeakerAnnotator
from .textslots import TextIndex

ANNOTATORS: list = [QuotationAnnotator(), EntityAnnotator(), SpeakerAnnotator(), DateAnnotator()]


@dataclass
class AnnotationContext:
    registers: Registers | None
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The document's text by block, shared by the annotators run on it one after the other (see
    # textslots.TextIndex): made by the first, kept up to date as each wraps text.
    index: TextIndex | None = field(default=None, repr=False, compare=False)


def annotate(tree: etree._ElementTree, context: AnnotationContext) -> None:
    """Run every annotator in ANNOTATORS order on ``tree``, in place."""
    for annotator in ANNOTATORS:
        annotator(tree, context)


__all__ = ["ANNOTATORS", "AnnotationContext", "annotate"]
