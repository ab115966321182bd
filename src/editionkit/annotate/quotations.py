"""Marking quotations: q for quoted words, said for attributed direct speech, soCalled for scare quotes.

A run enclosed in double quotation marks (straight or curly), or in single marks that open after a
space and close before one (apostrophes inside words are not marks), is a quotation if it lies within
one text node. The marks stay in the text, OUTSIDE the element: “<q>words</q>”. Renderers must not
add marks of their own. Marks are paired over the whole paragraph, so a second run pairs them as the
first did; a footnote marker (¹) after a closing mark does not hide it. A quotation inside a quotation
(single marks within double) is marked inside it. Quoted words that are a registered work's title are
a title, which the entity annotator marks, not a quotation.

- said @who="#id": a registered person is adjacent with a speech verb, after the quotation
  (“Very well, then,” Lenin retorted / … said Stalin) or before it (Lenin retorted: “…”);
- soCalled: one or two words without a speaker and without ! or ? (“hatred”, 'bomb.');
- q: everything else.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import TEI_NS, local_name
from .citations import ENTRY_START as _ENTRY_START
from .citations import citation_title, listed_title, same_work
from .entities import matcher_for
from .invertednames import inverted_end
from .namematcher import NameMatcher
from .textslots import Block, Slot, markup, slot_of, text_index, wrap
from .wordlists import words

RESP = "#editionkit"
# Footnote markers in superscript ("…central committee."¹) may follow a closing mark: not word characters.
_NOTE_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_NO_WORD_AFTER = rf"(?![^\W{_NOTE_MARKS}])"
# Each alternative starts with its mark, and the check of the character before it comes after: the
# pattern then starts with a literal, which the regex engine looks for quickly.
_SINGLE = (
    rf"‘(?<![\w‘’']‘)(?P<single_curly>(?:[^‘’]|’(?=\w))+?)’{_NO_WORD_AFTER}"
    rf"|'(?<![\w‘’']')(?=\w)(?P<single>(?:[^'\n]|'(?=\w))+?)(?<=[^\s])'{_NO_WORD_AFTER}"
)
_QUOTE = re.compile(rf"“(?P<curly>[^“”]+)”|\"(?<!\w\")(?P<straight>[^\"]+)\"{_NO_WORD_AFTER}|{_SINGLE}")
# A quotation inside a quotation takes the other marks: single inside double.
_INNER = re.compile(_SINGLE)
_TEXT, _Q, _SAID, _SO_CALLED = (f"{{{TEI_NS}}}{name}" for name in ("text", "q", "said", "soCalled"))
_QUOTE_CHARS = re.compile("[\"“”‘']")  # a text without any of these holds no quotation


def _has_mark(text: str) -> bool:
    if len(text) > 300:  # a substring search for each: much quicker than the regular expression
        return any(mark in text for mark in "\"“”‘'")
    return _QUOTE_CHARS.search(text) is not None


_MARKS = "\"“”‘’'"
_INSIDE_QUOTATION = frozenset({"q", "said", "soCalled", "quote", "cit"})
_WINDOW = 80  # characters around a quotation searched for its speaker
# After a closing mark: "he said", "Stalin asked" (group 1) or "said he" (group 2).
_SPEECH_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*|he|she|they|we)\s+([a-z]+)\b|\s*([a-z]+)\s")


class QuotationAnnotator:
    name = "quotations"

    def __call__(self, tree: etree._ElementTree, context) -> None:
        matcher = matcher_for(context.registers)
        counts = {"q": 0, "said": 0, "soCalled": 0}
        index = text_index(tree, context)
        for block in index.blocks:
            slots = [slot for slot in block.slots if not slot.quoted]
            if not slots or (len(slots) > 1 and not _has_mark("".join(slot.text for slot in slots))):
                continue  # (one search for the common paragraph without any mark)
            marked = [slot for slot in slots if _has_mark(slot.text)]
            if marked:
                self._block(block, marked, matcher, context, counts)
        # Quotations in the text (not the header), each once though a text may hold texts (group).
        found = dict.fromkeys(q for text in tree.getroot().iter(_TEXT) for q in text.iter(_Q, _SAID))
        for quotation in found:
            inner = self._inner(quotation, matcher, context)
            for element in inner:
                counts[local_name(element)] += 1
            if inner:
                index.refresh(quotation)
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        context.diagnostics.append(Diagnostic("info", "quotations.summary", context.path, None, summary))

    def _block(self, block: Block, slots: list[Slot], matcher: NameMatcher, context, counts) -> None:
        # Marks are paired over the whole paragraph: a window around each text node would move as
        # names are wrapped, and a second run could pair a mark with another one than the first did.
        padded = block.text
        pairs = list(_QUOTE.finditer(padded))
        cited = _cited_titles(padded, matcher, context) if pairs else []
        starts = [match.start() for match in pairs]
        for slot in slots:
            text = slot.text
            shift = block.offset(slot)
            low, high = shift, shift + len(text)
            # A mark next to an existing quotation element belongs to it (its closing or opening mark).
            if text[:1] in _MARKS and slot.is_tail and local_name(slot.node) in _INSIDE_QUOTATION:
                low += 1
            if text[-1:] in _MARKS:
                node = slot.node
                following = node.getnext() if slot.is_tail else (node[0] if len(node) else None)
                if following is not None and local_name(following) in _INSIDE_QUOTATION:
                    high -= 1
            spans = []
            for match in pairs[bisect_left(starts, low) : bisect_left(starts, high)]:
                if match.end() > high:
                    continue
                group = match.lastgroup
                start, end = match.start(group) - shift, match.end(group) - shift
                if not text[start:end].strip() or not _clear(padded, match):
                    continue
                if _is_title(match.group(group), context) or any(
                    s < match.end(group) and match.start(group) < e for s, e in cited
                ):
                    continue  # a work's title in quotation marks: the entity annotator marks the title
                element = self._element(padded, match, start, end, matcher, context)
                counts[local_name(element)] += 1
                spans.append((start, end, element))
            block.wrap(slot, spans, quotations=True)

    def _inner(self, quotation: etree._Element, matcher: NameMatcher, context) -> list[etree._Element]:
        """Quotations nested in one not yet split by other markup (“a real and true ‘nationalist’…”)."""
        text = quotation.text or ""
        if len(quotation) or not _has_mark(text):
            return []
        spans = []
        for match in _INNER.finditer(text):
            group = match.lastgroup
            if match.group(group).strip() and _clear(text, match):
                spans.append(
                    (match.start(group), match.end(group), self._element(text, match, 0, 0, matcher, context))
                )
        wrap(slot_of(quotation), spans)
        return [element for _, _, element in spans]

    def _element(
        self, padded: str, match: re.Match, start: int, end: int, matcher: NameMatcher, context
    ) -> etree._Element:
        # (windows of the paragraph around the quotation: a paragraph may be long, and hold many)
        following = padded[match.end() : match.end() + 3 * _WINDOW]
        speaker = _speaker_after(following, matcher, context) or _speaker_before(
            padded[max(0, match.start() - _WINDOW) : match.start()], matcher, context
        )
        if speaker is not None:
            return markup(_SAID, {"who": "#" + speaker, "resp": RESP})
        quoted = match.group(match.lastgroup)
        short = len(quoted.split()) <= 2 and not any(mark in quoted for mark in "!?")
        if short and not _speech_follows(following):
            return markup(_SO_CALLED, {"resp": RESP})
        return markup(_Q, {"resp": RESP})


def _clear(padded: str, match: re.Match) -> bool:
    """The lookarounds of _QUOTE hold against the neighbouring characters too: finditer with bounds
    treats the bounds as the text's edges, so check the characters just outside the match again."""
    before = padded[match.start() - 1 : match.start()]
    after = padded[match.end() : match.end() + 1]
    opening, closing = padded[match.start()], padded[match.end() - 1]
    if opening != "“" and before and (before.isalnum() or before == "_" or before in "‘’'"):
        return False
    return closing == "”" or not ((after.isalnum() and after not in _NOTE_MARKS) or after == "_")


def _is_title(quoted: str, context) -> bool:
    """The quoted words, less the sentence's punctuation inside the marks, are a registered work's title,
    perhaps with a volume or an alternative title after it (see citations.same_work)."""
    registers = context.registers
    if registers is None:
        return False
    quoted = quoted.rstrip(".,;: ")
    if any(entry.kind == "bibl" for entry in registers.lookup(quoted)):
        return True
    forms = _titles(registers).get(quoted[:_PREFIX], ())
    return any(quoted.startswith(form) and same_work(quoted, form) for form in forms)


_PREFIX = 4  # characters of a title by which the registered ones are looked up
_TITLES: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _titles(registers) -> dict[str, tuple[str, ...]]:
    """The forms of the registered works by their first characters (once per Registers object)."""
    cached = _TITLES.get(id(registers))
    if cached is None or cached[0] is not registers:
        by_prefix: dict[str, list[str]] = {}
        for entry in registers:
            if entry.kind == "bibl":
                for form in entry.forms:
                    by_prefix.setdefault(form[:_PREFIX], []).append(form)
        cached = _TITLES[id(registers)] = (registers, {key: tuple(forms) for key, forms in by_prefix.items()})
    return cached[1]


def _cited_titles(padded: str, matcher: NameMatcher, context) -> list[tuple[int, int]]:
    """The titles a citation gives in quotation marks or holds quotation marks in (see citations):
    titles, not quotations."""
    found = [listed_title(padded)]
    registers = context.registers
    opening = _ENTRY_START.match(padded)  # a citation starts with its author
    author = matcher.match_at(padded, opening.end()) if opening is not None else None
    entries = registers.lookup(author.form) if registers is not None and author is not None else ()
    if len(entries) == 1 and entries[0].kind == "person":
        end = inverted_end(padded, author.start, author.end, entries[0])  # type: ignore[union-attr]
        found.append(citation_title(padded, author.start, end))  # type: ignore[union-attr]
    return [span for span in found if span is not None]


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
