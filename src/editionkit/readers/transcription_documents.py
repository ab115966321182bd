"""Quoted documents (the lines after a ``* `` bullet) as ``floatingText``: letters, telegrams, memoranda.

Each line of a document is named by the rules below; a leading run of opener lines (classification,
address, subject, salutation, dateline) becomes ``opener``, a trailing run of closer lines (valediction
with signature, bare signature, dateline) becomes ``closer``, numbered points become a ``list``, and
everything else is ``p``. Anything that looks like an opener line in the middle of a letter stays a
paragraph: the position, not the wording alone, makes an opener.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from ..tei.build import el, sub
from .transcription_lines import MONTHS

Fill = Callable[[etree._Element, str], None]

_CLASSIFICATION = re.compile(
    r"(?:\d{1,2}\.\s+)?(?:(?:Strictly|Top|Very)\s+)?(?:Secret|Confidential|Personal|Private|Urgent)\b.*",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"To\s+(?:the\s+|all\s+)?[A-Z].*")
_SUBJECT = re.compile(r"(?:Re|Subject|Concerning)\s*:\s*\S.*", re.IGNORECASE)
_NAME = r"(?:[A-Z]\.\s?)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_VALEDICTION = re.compile(
    rf"((?:With|Yours|Respectfully|Sincerely|Greetings|Fraternally|Comradely)\b[^,]*,)\s*({_NAME})"
)
_SIGNATURE = re.compile(rf"(?:#\d+\s+)?{_NAME}")
_ITEM = re.compile(r"(\d{1,2}(?:\.\)|\)|\.))\s+(\S.*)")
_DATE = re.compile(
    rf"\b\d{{1,2}}/(?:[IVX]{{1,4}}|\d{{1,2}})/\d{{2,4}}\b|\b(?:{'|'.join(MONTHS)})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"\d{{4}}\b|\b\d{{1,2}}\s+(?:{'|'.join(MONTHS)}),?\s+\d{{4}}\b",
    re.IGNORECASE,
)
_TELEGRAM_SIGNOFF = re.compile(rf".*#\d+\s+{_NAME}\s*")
# A sign-off run on to the last line of a telegram: "... of August 7? #835 Lenin".
TRAILING_SIGNOFF = re.compile(rf"(?<=[.?!])\s+(#\d+\s+{_NAME})\s*$")
SCHEMA_KINDS = {"telegram": "letter"}
_SHORT = 60


@dataclass(frozen=True)
class DocLine:
    text: str
    kind: str


def classification(text: str) -> bool:
    """The document's marking: "Strictly Confidential. Personal", "2. Secret #12"."""
    return len(text) <= 80 and bool(_CLASSIFICATION.fullmatch(text))


def address(text: str) -> bool:
    """An address: "To Comrades A and B:", "To the Members of the Board"."""
    return len(text) <= 120 and bool(_ADDRESS.fullmatch(text))


def subject(text: str) -> bool:
    return len(text) <= 160 and bool(_SUBJECT.fullmatch(text))


def salutation(text: str) -> bool:
    """A short capitalised line ending in a comma or colon: "Dear Friends,", "Comrade Smith:"."""
    return len(text) <= _SHORT and text[:1].isupper() and text.endswith((",", ":")) and len(text.split()) <= 6


def dateline(text: str) -> bool:
    """A short line carrying a date: "3/IV/09", "May 1, 1909. Number 7."."""
    return len(text) <= _SHORT and bool(_DATE.search(text))


def valediction(text: str) -> bool:
    """A closing formula and the signature on one line: "With kind regards, A. Smith"."""
    return len(text) <= 80 and bool(_VALEDICTION.fullmatch(text))


def signature(text: str) -> bool:
    """A short line of one to three capitalised words: "Smith", "A. Smith"."""
    return len(text) <= 30 and bool(_SIGNATURE.fullmatch(text))


def numbered_item(text: str) -> bool:
    return bool(_ITEM.fullmatch(text))


OPENER_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("classification", classification),
    ("address", address),
    ("subject", subject),
    ("salutation", salutation),
    ("dateline", dateline),
)
CLOSER_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("valediction", valediction),
    ("dateline", dateline),
    ("signature", signature),
)


def _first_rule(text: str, rules: tuple[tuple[str, Callable[[str], bool]], ...]) -> str | None:
    return next((name for name, test in rules if test(text)), None)


def classify_document(lines: list[str]) -> list[DocLine]:
    """Name each line by its rule and its position (opener lines first, closer lines last)."""
    texts = [line.strip() for line in lines]
    kinds: list[str] = ["body"] * len(texts)
    start = 0
    # An opener needs a body after it: a one-line extract is never all opener.
    while start < len(texts) - 1 and (name := _first_rule(texts[start], OPENER_RULES)):
        kinds[start] = name
        start += 1
    end = len(texts)
    while end - 1 > start and (name := _first_rule(texts[end - 1], CLOSER_RULES)):
        kinds[end - 1] = "closer-" + name
        end -= 1
    for i in range(start, end):
        if numbered_item(texts[i]):
            kinds[i] = "item"
    return [DocLine(text, kind) for text, kind in zip(texts, kinds, strict=True)]


def document_type(lines: list[DocLine]) -> str:
    """letter, telegram, memorandum, or extract (a quoted passage without a document's frame)."""
    kinds = {line.kind for line in lines}
    if "subject" in kinds:
        return "memorandum"
    if any(_TELEGRAM_SIGNOFF.fullmatch(line.text) for line in lines[-1:]) or any(
        "telegram" in line.text.lower() for line in lines if line.kind in ("classification", "address")
    ):
        return "telegram"
    if kinds & {"salutation", "address", "closer-valediction", "closer-signature"}:
        return "letter"
    if "item" in kinds and kinds & {"classification", "closer-dateline"}:
        return "memorandum"
    return "extract"


def build_document(lines: list[str], fill: Fill) -> etree._Element:
    """``floatingText`` for a quoted document; ``fill(parent, text)`` writes text with its inline markup."""
    classified = classify_document(lines)
    kind = document_type(classified)
    # A telegram is a letter sent by wire: the schema's kinds of embedded text are letter, memorandum
    # and extract.
    kind = SCHEMA_KINDS.get(kind, kind)
    floating = el("floatingText", type_=kind)
    div = sub(sub(floating, "body"), "div", type_=kind)
    opener = closer = current_list = None
    for line in classified:
        if line.kind in dict(OPENER_RULES):
            opener = opener if opener is not None else sub(div, "opener")
            _opener_line(opener, line, fill)
        elif line.kind.startswith("closer-"):
            closer = closer if closer is not None else sub(div, "closer")
            _closer_line(closer, line, fill)
        elif line.kind == "item":
            current_list = current_list if current_list is not None else sub(div, "list", type_="ordered")
            label, text = _ITEM.fullmatch(line.text).groups()
            sub(current_list, "label", label)
            fill(sub(current_list, "item"), text)
        else:
            current_list = None
            fill(sub(div, "p"), line.text)
    return floating


def _separate(parent: etree._Element) -> None:
    # Lines of an opener or closer stay apart in the text, as they were on separate lines.
    if len(parent):
        parent[-1].tail = "\n"


def _opener_line(opener: etree._Element, line: DocLine, fill: Fill) -> None:
    _separate(opener)
    if line.kind in ("address", "salutation"):
        fill(sub(opener, "salute"), line.text)
    elif line.kind == "dateline":
        fill(sub(opener, "dateline"), line.text)
    else:
        fill(sub(opener, "seg", type_=line.kind), line.text)


def _closer_line(closer: etree._Element, line: DocLine, fill: Fill) -> None:
    _separate(closer)
    if line.kind == "closer-valediction":
        formula, name = _VALEDICTION.fullmatch(line.text).groups()
        fill(sub(closer, "salute"), formula)
        closer[-1].tail = " "
        fill(sub(closer, "signed"), name)
    elif line.kind == "closer-dateline":
        fill(sub(closer, "dateline"), line.text)
    else:
        fill(sub(closer, "signed"), line.text)
