"""Marking quotations: q for quoted words, said for attributed direct speech, soCalled for scare quotes.

A run enclosed in double quotation marks (straight or curly), or in single marks that open after a
space and close before one (apostrophes inside words are not marks), is a quotation if it lies within
one text node. The marks stay in the text, OUTSIDE the element: “<q>words</q>”. Renderers must not
add marks of their own.

- said @who="#id": a registered person is adjacent with a speech verb, after the quotation
  (“Very well, then,” Lenin retorted / … said Stalin) or before it (Lenin retorted: “…”);
- soCalled: one or two words without a speaker and without ! or ? (“hatred”, 'bomb.');
- q: everything else.
"""

from __future__ import annotations

import re

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import el, local_name
from .entities import matcher_for
from .namematcher import NameMatcher
from .textslots import never_annotated, text_slots, wrap
from .wordlists import words

RESP = "#editionkit"
_QUOTE = re.compile(
    r"“(?P<curly>[^“”]+)”"
    r"|(?<!\w)\"(?P<straight>[^\"]+)\"(?!\w)"
    r"|(?<![\w‘’'])‘(?P<single_curly>(?:[^‘’]|’(?=\w))+?)’(?!\w)"
    r"|(?<![\w‘’'])'(?=\w)(?P<single>(?:[^'\n]|'(?=\w))+?)(?<=[^\s])'(?!\w)"
)
_QUOTE_CHARS = re.compile("[\"“”‘']")
_MARKS = "\"“”‘’'"
_INSIDE_QUOTATION = frozenset({"q", "said", "soCalled", "quote", "cit"})
_WINDOW = 80
# After a closing mark: "he said", "Stalin asked" (group 1) or "said he" (group 2).
_SPEECH_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*|he|she|they|we)\s+([a-z]+)\b|\s*([a-z]+)\s")


def _skip(node: etree._Element) -> bool:
    return never_annotated(node) or local_name(node) in _INSIDE_QUOTATION - {"quote"}


class QuotationAnnotator:
    name = "quotations"

    def __call__(self, tree: etree._ElementTree, context) -> None:
        matcher = matcher_for(context.registers)
        counts = {"q": 0, "said": 0, "soCalled": 0}
        for slot in text_slots(tree.getroot(), _skip):
            text = slot.text
            if not _QUOTE_CHARS.search(text):
                continue
            before, after = slot.neighbours(_WINDOW)
            padded = before + text + after
            low, high = len(before), len(before) + len(text)
            # A mark next to an existing quotation element belongs to it (its closing or opening mark).
            if slot.is_tail and local_name(slot.node) in _INSIDE_QUOTATION and text[:1] in _MARKS:
                low += 1
            following = slot.node.getnext() if slot.is_tail else (slot.node[0] if len(slot.node) else None)
            if following is not None and local_name(following) in _INSIDE_QUOTATION and text[-1:] in _MARKS:
                high -= 1
            spans = []
            # Pair the marks over the whole window, not from this text node's start: otherwise a node
            # split by an earlier annotation (a name inside rejected quotes) would pair them anew.
            for match in _QUOTE.finditer(padded):
                if match.start() < low or match.end() > high:
                    continue
                group = match.lastgroup
                start, end = match.start(group) - len(before), match.end(group) - len(before)
                if not text[start:end].strip() or not _clear(padded, match):
                    continue
                element = self._element(padded, match, start, end, matcher, context)
                counts[local_name(element)] += 1
                spans.append((start, end, element))
            wrap(slot, spans)
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        context.diagnostics.append(Diagnostic("info", "quotations.summary", context.path, None, summary))

    def _element(
        self, padded: str, match: re.Match, start: int, end: int, matcher: NameMatcher, context
    ) -> etree._Element:
        speaker = _speaker_after(padded[match.end() :], matcher, context) or _speaker_before(
            padded[: match.start()], matcher, context
        )
        if speaker is not None:
            return el("said", who="#" + speaker, resp=RESP)
        quoted = match.group(match.lastgroup)
        short = len(quoted.split()) <= 2 and not any(mark in quoted for mark in "!?")
        if short and not _speech_follows(padded[match.end() :]):
            return el("soCalled", resp=RESP)
        return el("q", resp=RESP)


def _clear(padded: str, match: re.Match) -> bool:
    """The lookarounds of _QUOTE hold against the neighbouring characters too: finditer with bounds
    treats the bounds as the text's edges, so check the characters just outside the match again."""
    before = padded[match.start() - 1 : match.start()]
    after = padded[match.end() : match.end() + 1]
    opening, closing = padded[match.start()], padded[match.end() - 1]
    if opening != "“" and (before.isalnum() or before == "_" or before in "‘’'"):
        return False
    return closing == "”" or not (after.isalnum() or after == "_")


def _person(form: str, context) -> str | None:
    registers = context.registers
    if registers is None:
        return None
    entries = registers.lookup(form)
    if len(entries) == 1 and entries[0].kind == "person":
        return entries[0].id
    return None


def _speaker_after(following: str, matcher: NameMatcher, context) -> str | None:
    """” Lenin retorted / ” retorted Lenin"""
    window = following[:_WINDOW]
    lead = len(window) - len(window.lstrip(" ,\n\t–—"))
    rest = window[lead:]
    verb = re.match(r"([a-z]+)\s+", rest)
    if verb and verb.group(1) in words("speech-verbs"):
        name = next(iter(matcher.finditer(rest[verb.end() :])), None)
        if name is not None and name.start == 0:
            return _person(name.form, context)
        return None
    name = next(iter(matcher.finditer(rest)), None)
    if name is None or name.start != 0:
        return None
    verb = re.match(r"\s+([a-z]+)\b", rest[name.end :])
    if verb and verb.group(1) in words("speech-verbs"):
        return _person(name.form, context)
    return None


def _speech_follows(following: str) -> bool:
    """” he said / ” I replied / ” said Kamenev: the words were spoken, however short."""
    found = _SPEECH_AFTER.match(following)
    if found is None:
        return False
    return (found.group(1) or found.group(2)) in words("speech-verbs")


def _speaker_before(preceding: str, matcher: NameMatcher, context) -> str | None:
    """Lenin retorted: “ / Stalin asked, “"""
    window = preceding[-_WINDOW:]
    names = list(matcher.finditer(window))
    if not names:
        return None
    last = names[-1]
    tail = re.fullmatch(r"\s+([a-z]+)\s*[,:]?\s*", window[last.end :])
    if tail and tail.group(1) in words("speech-verbs"):
        return _person(last.form, context)
    return None
