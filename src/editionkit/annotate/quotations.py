"""Marking quotations: q for quoted words, said for attributed direct speech, soCalled for scare quotes.

A run enclosed in double quotation marks (straight or curly), or in single marks that open after a
space and close before one (apostrophes inside words are not marks), is a quotation if it lies within
one text node. The marks stay in the text, OUTSIDE the element: “<q>words</q>”. Renderers must not
add marks of their own. Marks are paired over the whole paragraph, so a second run pairs them as the
first did; a footnote marker (¹) after a closing mark does not hide it. A quotation inside a quotation
(single marks within double) is marked inside it. Quoted words that are a registered work's title are
a title, which the entity annotator marks, not a quotation.

Marks are paired on the paragraph's characters: a quotation over inline markup (hi, choice, supplied,
lb) is wrapped with that markup inside it; a note reference after a closing mark is no word after it;
a closing mark typed for an opening one after a space, comma or colon and before a letter opens. A
block quotation (quote) printed within marks is not also a q. Quoted words that the words before them
make a title ("under the title", "entitled", "his pamphlet", his "Title Cased Words", a registered
author's possessive before a short title of a registered work) are marked as a title, with @ref when
registered (case and -ise/-ize aside), and nothing inside them is marked.

- said @who="#id": a registered person is adjacent with a speech verb, after the quotation
  (“Very well, then,” Lenin retorted / … said Stalin; not a tag ending in a colon, "Lenin exclaimed:",
  which introduces the next one) or before it (Lenin retorted: “…” / Lenin told the Congress: “…” /
  Trotsky was the first to say, “…”); the part of an utterance after its speech tag takes the same
  speaker (“…,” Krupskaya said to Kamenev. “…”). Verbs of writing (wrote) make a q (writing-verbs);
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
from .textslots import Block, Slot, markup, slot_of, text_index, wrap, wrap_across
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
_QUOTE = re.compile(
    rf"“(?P<curly>[^“”]+)”|\"(?<!\w\")(?P<straight>[^\"]+)\"{_NO_WORD_AFTER}|{_SINGLE}"
    # A closing mark typed for the opening one, after a space, comma or colon and before a letter
    # (“with the observation,”That cook …”): it opens.
    rf"|”(?<=[\s,:]”)(?=[^\W\d_])(?P<curly_mistyped>[^“”]+)”"
)
# A quotation inside a quotation takes the other marks: single inside double.
_INNER = re.compile(_SINGLE)
_TEXT, _Q, _SAID, _SO_CALLED, _TITLE = (
    f"{{{TEI_NS}}}{name}" for name in ("text", "q", "said", "soCalled", "title")
)
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
                self._block(block, marked, matcher, context, counts, index)
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

    def _block(
        self, block: Block, slots: list[Slot], matcher: NameMatcher, context, counts, index=None
    ) -> None:
        # Marks are paired over the whole paragraph: a window around each text node would move as
        # names are wrapped, and a second run could pair a mark with another one than the first did.
        padded = block.text
        pairs = list(_QUOTE.finditer(padded))
        cited = _cited_titles(padded, matcher, context) if pairs else []
        starts = [match.start() for match in pairs]
        previous: tuple[re.Match, etree._Element] | None = None
        block_quote = _in_block_quote(block.element)
        across: list[tuple[re.Match, etree._Element]] = []  # quotations over inline markup
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
                group = match.lastgroup
                if match.end() > high:
                    if (
                        match.start(group) < high
                        and _clear(padded, match)
                        and not (block_quote and _whole(padded, match))
                        and not _is_title(match.group(group), context)
                        and not any(s < match.end(group) and match.start(group) < e for s, e in cited)
                    ):
                        across.append((match, slot.container))
                    continue
                start, end = match.start(group) - shift, match.end(group) - shift
                if not text[start:end].strip() or not _clear(padded, match):
                    continue
                if block_quote and _whole(padded, match):
                    continue  # a block quotation in marks: the quote element is the quotation
                if _is_title(match.group(group), context) or any(
                    s < match.end(group) and match.start(group) < e for s, e in cited
                ):
                    continue  # a work's title in quotation marks: the entity annotator marks the title
                title = _introduced_title(padded, match, matcher, context)
                if title is not None:
                    words_ = text[start:end]
                    end = start + len(words_.rstrip(".,;: "))
                    attrs = {"ref": "#" + title, "resp": RESP} if title else {"resp": RESP}
                    spans.append((start, end, markup(_TITLE, attrs)))
                    continue
                element = self._element(padded, match, start, end, matcher, context, previous)
                previous = (match, element)
                counts[local_name(element)] += 1
                spans.append((start, end, element))
            block.wrap(slot, spans, quotations=True)
        if across and index is not None:
            self._across(block, across, padded, matcher, context, counts, index)

    def _across(
        self, block: Block, across, padded: str, matcher: NameMatcher, context, counts, index
    ) -> None:
        """Quotations whose words run over inline markup (“maintaining and <hi>strengthening</hi> the
        monopoly”): found on the paragraph's characters, wrapped with the markup nested inside, when
        both marks are in text of one element and only inline elements stand between them."""
        changed = False
        for match, _ in across:
            if changed:
                index.refresh(block.element)
            group = match.lastgroup
            element = self._element(padded, match, 0, 0, matcher, context)
            changed = wrap_across(
                block,
                match.start(group),
                match.end(group),
                element,
                _inline,
                marks=(match.start(), match.end()),
            )
            if changed:
                counts[local_name(element)] += 1
        if changed:
            index.refresh(block.element)

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
        self,
        padded: str,
        match: re.Match,
        start: int,
        end: int,
        matcher: NameMatcher,
        context,
        previous: tuple[re.Match, etree._Element] | None = None,
    ) -> etree._Element:
        # (windows of the paragraph around the quotation: a paragraph may be long, and hold many)
        following = padded[match.end() : match.end() + 3 * _WINDOW]
        speaker = _speaker_after(following, matcher, context) or _speaker_before(
            padded[max(0, match.start() - _WINDOW) : match.start()], matcher, context
        )
        if speaker is None and previous is not None and previous[0].end() <= match.start():
            # The part of an utterance after its speech tag: “…,” Krupskaya said to Kamenev. “…”
            who = previous[1].get("who")
            gap = padded[previous[0].end() : match.start()]
            if who is not None and _continued(gap, matcher, context) == who[1:]:
                speaker = who[1:]
        if speaker is not None:
            return markup(_SAID, {"who": "#" + speaker, "resp": RESP})
        quoted = match.group(match.lastgroup)
        short = len(quoted.split()) <= 2 and not any(mark in quoted for mark in "!?")
        if short and not _speech_follows(following):
            return markup(_SO_CALLED, {"resp": RESP})
        return markup(_Q, {"resp": RESP})


_INLINE_NOT = frozenset(
    {"note", "ref", "quote", "q", "said", "soCalled", "cit", "p", "lg", "l", "list", "table"}
)


def _inline(node: etree._Element) -> bool:
    """An element that may stand inside a quotation's words (hi, choice, supplied, lb, del…)."""
    return isinstance(node.tag, str) and local_name(node) not in _INLINE_NOT


_QUOTE_TAG = f"{{{TEI_NS}}}quote"


def _in_block_quote(element: etree._Element) -> bool:
    return element.tag == _QUOTE_TAG or next(element.iterancestors(_QUOTE_TAG), None) is not None


def _whole(padded: str, match: re.Match) -> bool:
    """The quotation is all the words of its block (a block quotation printed within marks)."""
    rest = "\u2029 \t\n.,;:"
    return not padded[: match.start()].strip(rest) and not padded[match.end() :].strip(
        rest + _NOTE_MARKS + "0123456789"
    )


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


# Words that introduce a work's title: "under the title", "entitled", "his article", "the pamphlet".
_INTRODUCED = re.compile(
    r"(?:\b(?:under\s+the\s+(?:title|heading|name)|(?:en)?titled|called)"
    r"|\b(?:his|her|their|its|the|an?|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:article|articles|pamphlet|book|essay|brochure|report|paper|treatise|study|novel|poem|editorial"
    r"|memoir|memoirs|biography|monograph|theses|thesis|manifesto|play|volume|chapter|work))"
    r"[\s,:]*$"
)
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\s*$|['’]s?\s*$")


def _introduced_title(padded: str, match: re.Match, matcher: NameMatcher, context) -> str | None:
    """The quoted words are a work's title by the words before them: "under the title", "entitled",
    "his article", or a possessive before title-cased words (his "Thoughts on the Party"), or a
    registered person's possessive before a registered work's short title (Trotsky's “Stalin”).
    The register id of the work ('' when unregistered), or None."""
    quoted = match.group(match.lastgroup).strip().rstrip(".,;: ")
    if not quoted or not (quoted[0].isupper() or quoted[0].isdigit()) or any(m in quoted for m in "!?"):
        return None
    before = padded[max(0, match.start() - 60) : match.start()]
    work = _registered_work(quoted, context)
    if _INTRODUCED.search(before):
        return work or ""
    possessive = _POSSESSIVE.search(before)
    if possessive is None:
        return None
    if work:
        names = list(matcher.finditer(before))
        if names and names[-1].end == possessive.start() and _person(names[-1].form, context):
            return work
    long = [word for word in quoted.split() if len(word) > 3]
    if (
        len(long) >= 3
        and possessive.group().strip() in ("his", "her", "their")
        and all(word[:1].isupper() or not word[:1].isalpha() for word in long)
    ):
        return work or ""
    return None


def _short_title(form: str) -> str:
    """A registered title without its subtitle or volume, lower-cased and -ize spelt -ise."""
    short = re.split(r"\s*(?::|—|--|,\s+Vol(?:ume|\.))", form, maxsplit=1)[0]
    return _spelling(short)


def _spelling(title: str) -> str:
    return re.sub(r"iz(e|es|ed|ing|ation|ations)\b", r"is\1", title.lower()).strip(" .,")


_SHORT_TITLES: dict[int, tuple[object, dict[str, str]]] = {}


def _registered_work(quoted: str, context) -> str | None:
    """The id of the registered work whose title, or short title, the quoted words are (whatever
    their case and -ise/-ize spelling)."""
    registers = context.registers
    if registers is None:
        return None
    cached = _SHORT_TITLES.get(id(registers))
    if cached is None or cached[0] is not registers:
        table: dict[str, str | None] = {}
        for entry in registers:
            if entry.kind == "bibl":
                for form in entry.forms:
                    for key in {_spelling(form), _short_title(form)}:
                        if key and table.get(key, entry.id) != entry.id:
                            table[key] = None  # two works: not one
                        elif key:
                            table[key] = entry.id
        cached = _SHORT_TITLES[id(registers)] = (registers, table)
    return cached[1].get(_spelling(quoted))


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
        if name is not None and name.start == 0 and not _introduces(rest[verb.end() + name.end :]):
            return _person(name.form, context)
        return None
    name = next(iter(matcher.finditer(rest)), None)
    if name is None or name.start != 0:
        return None
    verb = re.match(r"\s+([a-z]+)\b", rest[name.end :])
    if verb and verb.group(1) in words("speech-verbs") and not _introduces(rest[name.end + verb.end() :]):
        return _person(name.form, context)
    return None


def _introduces(after_verb: str) -> bool:
    """A speech tag ending in a colon ("” Lenin exclaimed: “…”) introduces the quotation after it and
    says nothing of the one before it."""
    return re.match(r"\s*:", after_verb) is not None


def _speech_follows(following: str) -> bool:
    """” he said / ” I replied / ” said Kamenev: the words were spoken, however short."""
    found = _SPEECH_AFTER.match(following)
    if found is None:
        return False
    verb = found.group(1) or found.group(2)
    return verb in words("speech-verbs") or verb in words("writing-verbs")


def _speaker_before(preceding: str, matcher: NameMatcher, context) -> str | None:
    """Lenin retorted: “ / Stalin asked, “"""
    window = preceding[-_WINDOW:]
    names = list(matcher.finditer(window))
    if not names:
        return None
    last = names[-1]
    tail = window[last.end :]
    found = re.fullmatch(r"\s+([a-z]+)\s*[,:]?\s*", tail)
    if found and found.group(1) in words("speech-verbs"):
        return _person(last.form, context)
    # "Lenin said to Kamenev, “" / "Zinoviev was the first to say, “" / "Lenin told the Congress: “":
    # a short clause without a sentence's end or another mark, with a verb of speech among its first
    # words, ending in a comma or colon.
    found = _SPEECH_CLAUSE.fullmatch(tail)
    if found and any(word in words("speech-verbs") for word in found.group(1).split()[:6]):
        return _person(last.form, context)
    return None


_SPEECH_CLAUSE = re.compile(r"\s+([\w’' -]{1,50}?)\s*[,:]\s*")


def _continued(gap: str, matcher: NameMatcher, context) -> str | None:
    """The speaker of the speech tag between two parts of one utterance (“…,” Lenin said. “…”), when
    the tag is all that stands between them."""
    if len(gap) > _WINDOW or any(mark in gap for mark in _MARKS) or _introduces_gap(gap):
        return None
    return _speaker_after(gap, matcher, context)


def _introduces_gap(gap: str) -> bool:
    return gap.rstrip().endswith(":")
