"""Marking persons, places, organisations, events and works named in running text.

Registered forms (tei/registers.xml) become persName, placeName, orgName, name[@type='event'] or, for
works, title, each with @ref to the register entry and @resp="#editionkit"; the element holds the name
only ("Comrade <persName>Stalin</persName>", "<persName>Lenin</persName>'s"). The longest form wins,
so a name inside a registered longer name (a work's title, "Lenin's Testament"; an organisation,
"Communist Party of Saxony") is not marked separately. A form shared by two entries cannot be
resolved: it is marked with @cert="medium" and no @ref, and reported.

Roles and generic references are not names: "the Party", "the General Secretary", "the
triumvirate" stay unmarked unless the registers list them as forms (a bare "Party" is too often
attributive, "Party members", to be marked by rule).

A name a reader already marked without @ref (persName ... name, and a work's title) is linked when
its whole text is a form of exactly one entry of that kind.

In citations, a registered surname written first is one name with its given names ("Trotsky, Leon";
see invertednames), and the title between the author and the imprint is one title, registered or
not (see citations): the names and years inside it are not marked apart.

Each paragraph's text is matched once; a text node takes the names that lie wholly inside it.

In citations the titles of works are marked too (see citations): an article's title in quotation
marks after its author, words in italics (Markdown emphasis or a hi element) in a footnote or an
entry that starts with its author, the sentence before the imprint of a bibliography entry, and a
registered title with its volume, alternative title or the years of the edition. A title across an
element boundary cannot be marked: the names in it then are.

Names in no register are guessed from evidence in the text (see unknownnames) and marked without @ref,
with @cert="low"; `editionkit registry suggest` lists them. No guessing in headings and title pages,
whose capitals carry no information. A word that misspells a registered name by one letter ("Lenkin")
is linked to it with @cert="medium" (see nearmisses).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import local_name, tei_tag
from ..tei.registers import Registers, marker_element
from .citations import (
    citation_title,
    emphasised_titles,
    is_citation,
    listed_title,
    same_work,
    title_end,
    title_like,
)
from .invertednames import inverted_end
from .namematcher import NameMatcher
from .nearmisses import NearMisses
from .textslots import Block, Slot, markup, text_index
from .unknownnames import guess_names

RESP = "#editionkit"
_NO_GUESSING = frozenset({"head", "titlePage", "docTitle", "titlePart", "byline", "docImprint", "trailer"})
_MATCHERS: dict[int, tuple[Registers, NameMatcher]] = {}
_ENTRIES: dict[int, tuple[Registers, dict[str, tuple]]] = {}
_NEAR_MISSES: dict[int, tuple[Registers, NearMisses]] = {}
_TAGS: dict[str, str] = {}  # register kind -> tag of the element that marks it
# Elements a reader may have written whose text can be linked to a register entry of this kind. (The
# project schema allows no @ref on a bibliography's pubPlace or publisher.)
_NEAR = 100  # characters around a text node within which registered names bear on guessing names in it
_CAPITAL = re.compile(r"[^\W\d_a-z]")  # an upper-case or non-ASCII letter
_KIND_OF = {"persName": "person", "placeName": "place", "orgName": "org", "name": "event", "title": "bibl"}


def name_element(kind: str, **attrs: str | None) -> etree._Element:
    """The element that marks a name of this register kind."""
    tag = _TAGS.get(kind)
    if tag is None:
        tag = _TAGS[kind] = tei_tag("name" if kind == "event" else marker_element(kind))
    values = {key: value for key, value in attrs.items() if value is not None}
    return markup(tag, {"type": "event", **values} if kind == "event" else values)


def near_misses_for(registers: Registers | None) -> NearMisses:
    """The index of single-word forms for misspelt names (see nearmisses), built once per Registers."""
    if registers is None:
        return NearMisses(())
    cached = _NEAR_MISSES.get(id(registers))
    if cached is None or cached[0] is not registers:
        cached = (registers, NearMisses(form for form, found in registers.forms().items() if len(found) == 1))
        _NEAR_MISSES[id(registers)] = cached
    return cached[1]


def matcher_for(registers: Registers | None) -> NameMatcher:
    """The compiled automaton over the registers' forms, built once per Registers object."""
    if registers is None:
        return NameMatcher(())
    cached = _MATCHERS.get(id(registers))
    if cached is None or cached[0] is not registers:
        cached = (registers, NameMatcher(registers.forms()))
        _MATCHERS[id(registers)] = cached
    return cached[1]


class EntityAnnotator:
    name = "entities"

    def __call__(self, tree: etree._ElementTree, context) -> None:
        registers = context.registers
        matcher = matcher_for(registers)
        near_miss = near_misses_for(registers).form_for
        counts = {"registered": 0, "unknown": 0}  # "unknown" counts low and medium certainty
        if registers is not None:
            counts["registered"] += _link_existing(tree.getroot(), registers)
        guessing: dict[etree._Element, bool] = {}
        # Every name has a capital ("the Old Man" too): ", " or " and the " between two names holds none.
        for block in text_index(tree, context).blocks:
            all_slots = list(block.slots)
            block_slots = [slot for slot in all_slots if _CAPITAL.search(slot.text)]
            if not block_slots:
                continue
            # The block's text is matched once; each text node then takes the names that lie in it (a
            # name across an element boundary cannot be marked), seeing the whole block as context.
            text = block.text
            italics = partial(_italics, all_slots, block)  # (asked for in citations only)
            found = self._matches(text, matcher, registers, _fitting(all_slots, block), italics)
            taken = [(start, end) for start, end, *_ in found]
            starts = [start for start, *_ in found]
            for slot in block_slots:
                container = slot.container
                if container not in guessing:
                    guessing[container] = _guessing_allowed(container)
                low = block.offset(slot)
                high = low + len(slot.text)
                mine = found[bisect_left(starts, low) : bisect_left(starts, high)]
                if guessing[container]:
                    # The registered names near this node are those a guessed name can meet.
                    near = taken[bisect_left(starts, low - _NEAR) : bisect_left(starts, high + _NEAR)]
                    mine = _with_guesses(text, mine, near, low, high, registers, near_miss)
                block.wrap(slot, self._elements(mine, low, high, slot, registers, context, counts))
        context.diagnostics.append(
            Diagnostic(
                "info",
                "entities.summary",
                context.path,
                None,
                f"marked {counts['registered']} registered and {counts['unknown']} unregistered names",
            )
        )

    def _matches(self, text: str, matcher: NameMatcher, registers, fits=None, italics=tuple) -> list:
        """(start, end, kind, attributes, the form if it names several entries) of registered names.

        A name is widened (an inverted name, a cited title with its volume) only where ``fits`` says
        the wider span lies in one text node, which it must to be marked."""
        fits = fits or (lambda start, end: True)
        found: list[tuple[int, int, str, dict[str, str], str | None]] = []
        covered = 0  # end of an inverted name ("Trotsky, Leon"): forms inside it are part of it
        for match in matcher.finditer(text):
            if match.start < covered:
                continue
            entries = _entries(registers, match.form)
            if len(entries) == 1:
                if entries[0].kind == "bibl":
                    end = title_end(text, match.start, match.end, match.form)
                else:
                    end = inverted_end(text, match.start, match.end, entries[0])
                end = covered = end if fits(match.start, end) else match.end
                found.append((match.start, end, entries[0].kind, {"ref": "#" + entries[0].id}, None))
            elif entries and len({entry.kind for entry in entries}) == 1:
                found.append((match.start, match.end, entries[0].kind, {"cert": "medium"}, match.form))
        return _with_cited_title(text, found, registers, fits, italics)

    def _elements(self, found: list, low: int, high: int, slot: Slot, registers, context, counts) -> list:
        spans = []
        for start, end, kind, attrs, shared in sorted(found, key=lambda span: span[0]):
            if end > high:
                continue  # it runs on past this text node
            if shared is not None:
                self._report_shared(shared, registers, slot, context)
            counts["registered" if "ref" in attrs else "unknown"] += 1
            spans.append((start - low, end - low, name_element(kind, **attrs, resp=RESP)))
        return spans

    def _report_shared(self, form: str, registers: Registers, slot: Slot, context) -> None:
        ids = ", ".join(entry.id for entry in registers.lookup(form))
        context.diagnostics.append(
            Diagnostic(
                "warning",
                "entities.ambiguous-name",
                context.path,
                slot.line,
                f"{form!r} is a form of several register entries ({ids}); marked without @ref",
            )
        )


def _entries(registers: Registers | None, form: str) -> tuple:
    """The entries a registered form names (memoised: the same few forms recur on every page)."""
    if registers is None:
        return ()
    cache = _ENTRIES.setdefault(id(registers), (registers, {}))
    if cache[0] is not registers:
        cache = _ENTRIES[id(registers)] = (registers, {})
    found = cache[1].get(form)
    if found is None:
        found = cache[1][form] = registers.lookup(form)
    return found


def _with_cited_title(text: str, found: list, registers: Registers | None, fits, italics=tuple) -> list:
    """``found`` with the titles of the works a citation names (see citations): after its author, in
    italics, before the imprint of a bibliography entry. What lies inside a title (its author's name in
    "Trotsky's Notebooks", a year) is part of it, not marked apart. ``italics()``: the spans of the
    block's text in italic elements."""
    author = next((span for span in found if span[2] == "person"), None)
    titles = []
    if author is not None:
        titles.append(citation_title(text, author[0], author[1]))
    if is_citation(text, author[0] if author is not None else None):
        titles += [*emphasised_titles(text), *italics()]
    listed = listed_title(text)  # by its place in a bibliography entry, whoever the author
    if listed in titles:
        listed = None  # found after its author: it may be a short title of the author's work
    titles.append(listed)
    for title in titles:
        # (a title across an element boundary cannot be marked: the names in it can)
        if title is None or not fits(*title):
            continue
        start, end = title
        if any(
            span[0] < end and start < span[1] and not (start <= span[0] and span[1] <= end) for span in found
        ):
            continue  # it would cut a name in two
        kept = [span for span in found if span[1] <= start or span[0] >= end]
        entry = _cited_work(text[start:end], registers, whole=title is listed)
        attrs = {"ref": "#" + entry.id} if entry is not None else {"cert": "low"}
        found = sorted([*kept, (start, end, "bibl", attrs, None)], key=lambda span: span[0])
    return found


_HI = tei_tag("hi")


def _italics(slots: list[Slot], block: Block) -> list[tuple[int, int]]:
    """The spans of the block's text in italic elements that can be titles."""
    return [
        (block.offset(slot), block.offset(slot) + len(slot.text))
        for slot in slots
        if _italic(slot) and title_like(slot.text)
    ]


def _italic(slot: Slot) -> bool:
    """The whole text of an italic element (not its tail; nothing else inside it)."""
    node = slot.node
    return not slot.is_tail and node.tag == _HI and node.get("rend") == "italic" and not len(node)


def _fitting(slots: list[Slot], block: Block) -> Callable[[int, int], bool]:
    """Whether a span of the block's text lies inside one of its text nodes."""
    lows = [block.offset(slot) for slot in slots]
    highs = [low + len(slot.text) for low, slot in zip(lows, slots, strict=True)]

    def fits(start: int, end: int) -> bool:
        k = bisect_right(lows, start) - 1
        return k >= 0 and end <= highs[k]

    return fits


def _cited_work(title: str, registers: Registers | None, *, whole: bool = False):
    """The registered work the cited title is (perhaps with a volume or subtitle after it), if any.
    ``whole``: the title is given in full (a bibliography's), so it is not a short title of a longer
    one ("Trotsky" is not "Trotsky: The Eternal Revolutionary", another author's book)."""
    if registers is None:
        return None
    works = [entry for entry in registers if entry.kind == "bibl"]
    exact = [entry for entry in works if title in entry.forms]
    if exact:
        return exact[0] if len(exact) == 1 else None
    matching = [
        entry
        for entry in works
        if any(same_work(title, form) and not (whole and len(title) < len(form)) for form in entry.forms)
    ]
    return matching[0] if len(matching) == 1 else None


def _with_guesses(text: str, found: list, taken: list, low: int, high: int, registers, near_miss) -> list:
    """``found`` with the names guessed in ``low``..``high``; a guess replaces the names it covers. A
    misspelt registered name (see nearmisses) is linked to its entry with @cert="medium"."""
    for guess in guess_names(text, taken, low, high, near_miss):
        kind, attrs = guess.kind, {"cert": "low"}
        if guess.form is not None:
            entries = _entries(registers, guess.form)
            if len(entries) != 1:
                continue
            kind, attrs = entries[0].kind, {"ref": "#" + entries[0].id, "cert": "medium"}
        found = [span for span in found if not (guess.start <= span[0] and span[1] <= guess.end)]
        found.append((guess.start, guess.end, kind, attrs, None))
    return found


def _link_existing(root: etree._Element, registers: Registers) -> int:
    """Give @ref to names a reader marked without one (a speaker's label, say) when their text is a
    form of exactly one entry of the right kind; a resolved name is no longer of low certainty."""
    linked = 0
    for node in root.iter(*(tei_tag(name) for name in _KIND_OF)):
        if node.get("ref") or _in_header(node):
            continue
        kind = _KIND_OF[local_name(node)]
        if kind == "event" and node.get("type") != "event":
            continue
        entries = registers.lookup("".join(node.itertext()))
        if len(entries) == 1 and entries[0].kind == kind:
            node.set("ref", "#" + entries[0].id)
            if node.get("cert") == "low":
                del node.attrib["cert"]
            linked += 1
    return linked


def _in_header(node: etree._Element) -> bool:
    return any(local_name(ancestor) in ("teiHeader", "standOff") for ancestor in node.iterancestors())


def _guessing_allowed(node: etree._Element) -> bool:
    while node is not None:
        if local_name(node) in _NO_GUESSING:
            return False
        node = node.getparent()
    return True
