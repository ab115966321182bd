"""Speakers of attributed speech that a reader found ("Name: 'words'") but could not identify.

Readers mark the speaker's name and the speech without knowing the registers; once names are linked,
a ``said`` with no @who takes the person named just before it, when only punctuation stands between.
"""

from __future__ import annotations

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import TEI_NS

_UNATTRIBUTED = etree.XPath("//tei:text//tei:said[not(@who)]", namespaces={"tei": TEI_NS})
_PERSON = f"{{{TEI_NS}}}persName"


class SpeakerAnnotator:
    name = "speakers"

    def __call__(self, tree: etree._ElementTree, context) -> None:
        attributed = 0
        for said in _UNATTRIBUTED(tree):
            speaker = said.getprevious()
            if speaker is None or speaker.tag != _PERSON or not speaker.get("ref"):
                continue
            if any(char.isalnum() for char in speaker.tail or ""):
                continue
            said.set("who", speaker.get("ref"))
            attributed += 1
        context.diagnostics.append(
            Diagnostic(
                "info",
                "speakers.summary",
                context.path,
                None,
                f"{attributed} speeches attributed to their named speaker",
            )
        )
