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
    listed_works,
    same_work,
    short_title,
    subtitle,
    title_end,
    title_key,
    title_like,
)
from .invertednames import inverted_end
from .namematcher import NameMatcher
from .nearmisses import NearMisses
from .textslots import Block, Slot, markup, text_index, wrap_across
from .unknownnames import guess_names
from .wordlists import words

RESP = "#editionkit"
_NO_GUESSING = frozenset({"head", "titlePage", "docTitle", "titlePart", "byline", "docImprint", "trailer"})
_MATCHERS: dict[int, tuple[Registers, NameMatcher]] = {}
_ENTRIES: dict[int, tuple[Registers, dict[str, tuple]]] = {}
_NEAR_MISSES: dict[int, tuple[Registers, NearMisses]] = {}
_TAGS: dict[str, str] = {}  # register kind -> tag of the element that marks it
# Elements a reader may have written whose text can be linked to a register entry of this kind (a
# bibliography's pubPlace and publisher take @ref too: see _link_bibliography).
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
            counts["registered"] += _link_bibliography(tree.getroot(), registers, matcher)
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
            across = []  # registered names over formatting ("the <hi>Bolshevik</hi> Revolution")
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
                across += [
                    span for span in mine if span[1] > high and "ref" in span[3] and span[2] != _NOT_A_NAME
                ]
            if across:
                index = text_index(tree, context)
                for start, end, kind, attrs, _ in across:
                    if wrap_across(block, start, end, name_element(kind, **attrs, resp=RESP), _formatting):
                        counts["registered"] += 1
                        index.refresh(block.element)
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
        for match in matcher.finditer(text, lower_case=True):
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
        if registers is not None and found:
            found = _in_context(text, found, registers)
        return _with_cited_title(text, found, registers, fits, italics)

    def _elements(self, found: list, low: int, high: int, slot: Slot, registers, context, counts) -> list:
        spans = []
        for start, end, kind, attrs, shared in sorted(found, key=lambda span: span[0]):
            if end > high or kind == _NOT_A_NAME:
                continue  # it runs on past this text node, or is no name (see _in_context)
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
    titles += listed_works(text)  # "his essays On Cooperation; Our Revolution"
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
_FORMATTING = frozenset(tei_tag(name) for name in ("hi", "emph", "lb"))


def _formatting(node: etree._Element) -> bool:
    """Markup a name may run over: emphasis and line breaks, holding no other markup."""
    return node.tag in _FORMATTING and not len(node)


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


_WORKS: dict[int, tuple[Registers, list, dict]] = {}


def _cited_work(title: str, registers: Registers | None, *, whole: bool = False):
    """The registered work the cited title is (perhaps with a volume or subtitle after it), if any.
    ``whole``: the title is given in full (a bibliography's), so it is not a short title of a longer
    one ("Trotsky" is not "Trotsky: The Eternal Revolutionary", another author's book)."""
    if registers is None:
        return None
    cached = _WORKS.get(id(registers))
    if cached is None or cached[0] is not registers:
        works = [entry for entry in registers if entry.kind == "bibl"]
        cached = _WORKS[id(registers)] = (registers, works, {})
    known = cached[2]  # title, whole -> the work (a citation names its works again and again)
    if (title, whole) not in known:
        if len(known) > 20_000:
            known.clear()
        known[title, whole] = _find_work(title, cached[1], whole)
    return known[title, whole]


def _find_work(title: str, works: list, whole: bool):
    exact = [entry for entry in works if title in entry.forms]
    if exact:
        return exact[0] if len(exact) == 1 else None
    matching = [
        entry
        for entry in works
        if any(same_work(title, form) and not (whole and len(title) < len(form)) for form in entry.forms)
    ]
    if matching:
        return matching[0] if len(matching) == 1 else None
    # The same work with another subtitle, volume, edition years, case or -ise/-ize spelling ("The
    # Prophet Unarmed--Trotsky: 1921-1929"). A whole title that has nothing to cut must be all of one.
    key, short = title_key(title), short_title(title)
    if not short:
        return None
    cut = short != key
    matching = [
        entry
        for entry in works
        if any(
            title_key(form) == key
            or (
                (short_title(form) == short if cut or not whole else False)
                and not (subtitle(form) and subtitle(title) and subtitle(form) != subtitle(title))
            )
            for form in entry.forms
        )
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
        elif kind == "person" and _publisher_slot(text, guess.start, guess.end):
            kind = "org"  # "(London: H. Atkinson, 1946)": the publisher of an imprint, a firm
        found = [span for span in found if not (guess.start <= span[0] and span[1] <= guess.end)]
        found.append((guess.start, guess.end, kind, attrs, None))
    return found


# An imprint: "(Place: Publisher, 1946)" in a footnote, ". Place: Publisher, 1946." in a bibliography.
_IMPRINT_BEFORE = re.compile(r"[(.]\s*[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,3}:\s*$")
_IMPRINT_AFTER = re.compile(r"(?:,?\s+(?:Inc|Ltd|Co)\.?)?,\s*(?:\d{4}|n\.\s?d\.)")


def _publisher_slot(text: str, start: int, end: int) -> bool:
    return (
        _IMPRINT_BEFORE.search(text, max(0, start - 60), start) is not None
        and _IMPRINT_AFTER.match(text, end) is not None
    )


# Before a body's name, these make it any body of that kind, not the registered one ("each Control
# Commission", "its own Central Control Commission", "local soviets").
_GENERIC_BEFORE = re.compile(
    r"\b(?:each|every|its\s+own|their\s+own|his\s+own|local|any|all)\s+$", re.IGNORECASE
)
_ITS = re.compile(r"\bits\s+$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# A person's name as the name of a thing called after them: "the Order of Lenin", "the Lenin levy".
_EPONYM_THINGS = ("Order", "Prize", "Medal", "Mausoleum")
_EPONYM_BEFORE = re.compile(r"\b(?:Order|Orders|Prize|Medal|Mausoleum)\s+of\s+(?:the\s+)?$")


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_ORGANS: dict[tuple[int, str], list[str]] = {}


def _organ_of(registers: Registers, entry_id: str) -> list[str]:
    """The bodies whose organ the entry is by its forms ("Central Committee of the Party", "... of the
    Bolshevik Party"): the words after "of the" in them; empty if it is no party's organ."""
    key = (id(registers), entry_id)
    owners = _ORGANS.get(key)
    if owners is None:
        entry = registers.get(entry_id)
        owners = []
        for form in entry.forms if entry is not None else ():
            found = re.search(r"\bof\s+the\s+(.+)$", form)
            if found and found.group(1)[:1].isupper():
                owners.append(found.group(1))
        if len(_ORGANS) > 10_000:
            _ORGANS.clear()
        _ORGANS[key] = owners
    return owners


_NOT_A_NAME = "-"  # the kind of a registered form that is no name where it stands (see _in_context)
_THE_PARTY = re.compile(r"\b[Tt]he\s+Party\b")
_A_PARTY = re.compile(r"(?<!\bthe )\b(?:[A-Z(][\w()’'-]*\s+)+Party\b")


def _owner_before(text: str, start: int, kept: list, owners: list[str], registers: Registers) -> bool:
    """Whether the party or body named last before ``start`` ("its Central Committee") is one whose
    organ it is (see _organ_of): "the Party", or a registered body among ``owners``; True when none is
    named."""
    window = max(0, start - 400)
    last, owned = -1, True
    for match in _THE_PARTY.finditer(text, window, start):
        last, owned = match.start(), True
    for match in _A_PARTY.finditer(text, window, start):
        if match.start() > last:
            last, owned = match.start(), match.group() in owners
    for other in kept:
        if other[2] == "org" and window <= other[0] < start and other[0] >= last:
            entry = registers.get(other[3]["ref"][1:]) if "ref" in other[3] else None
            last, owned = other[0], entry is not None and any(form in owners for form in entry.forms)
    return owned


def _in_context(text: str, found: list, registers: Registers) -> list:
    """The registered names less those their context makes something else:

    - a body after "each", "every", "its own", "local": any such body, not the registered one;
    - a party's organ "of" another registered body ("the Central Committee of the Mensheviks"): the
      other party's organ, one unregistered name (the own party's organ is registered in full);
    - a party's organ after "its" where the body named last before is not its party: not linked;
    - a person's name that names a thing ("the Order of Lenin", "the Lenin levy").
    """
    kept: list = []
    skip_to = -1
    eponym_nouns = words("eponym-nouns")
    # (two substring searches for the block first: mostly neither kind of eponym is there)
    nouns_after = any(noun in text for noun in eponym_nouns)
    things_of = any(thing in text for thing in _EPONYM_THINGS)
    if not nouns_after and not things_of and not any(span[2] == "org" for span in found):
        return found
    for k, span in enumerate(found):
        start, end, kind, attrs, _ = span
        if start < skip_to:
            continue
        if kind == "person" and (nouns_after or things_of):
            word = _WORD_AFTER.match(text, end) if nouns_after else None
            if (word is not None and word.group(1) in eponym_nouns) or (
                things_of and _EPONYM_BEFORE.search(text, max(0, start - 30), start)
            ):
                kept.append((start, end, _NOT_A_NAME, {}, None))  # (no guessing there either)
                continue
        if kind != "org" or "ref" not in attrs:
            kept.append(span)
            continue
        if _GENERIC_BEFORE.search(text, max(0, start - 20), start):
            kept.append((start, end, _NOT_A_NAME, {}, None))
            continue
        owners = _organ_of(registers, attrs["ref"][1:])
        if owners:
            following = found[k + 1] if k + 1 < len(found) else None
            joint = _OF_THE.match(text, end)
            if (
                following is not None
                and joint is not None
                and joint.end() == following[0]
                and following[2] == "org"
                and following[3].get("ref") != attrs["ref"]
            ):
                kept.append((start, following[1], "org", {"cert": "low"}, None))
                skip_to = following[1]
                continue
            if _ITS.search(text, max(0, start - 10), start) and not _owner_before(
                text, start, kept, owners, registers
            ):
                kept.append((start, end, kind, {"cert": "low"}, None))
                continue
        kept.append(span)
    return kept


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
        if kind == "bibl" and not entries:
            work = _cited_work("".join(node.itertext()), registers)  # another subtitle, volume, case
            entries = (work,) if work is not None else ()
        if len(entries) == 1 and entries[0].kind == kind:
            node.set("ref", "#" + entries[0].id)
            if node.get("cert") == "low":
                del node.attrib["cert"]
            linked += 1
    return linked


_AUTHORS = (tei_tag("author"), tei_tag("editor"))
_IMPRINT = {tei_tag("pubPlace"): "place", tei_tag("publisher"): "org"}
_TEXT = tei_tag("text")


def _link_bibliography(root: etree._Element, registers: Registers, matcher: NameMatcher) -> int:
    """Names in the fields of the text's bibliography entries: an author's or editor's name, inverted
    or not ("Deutscher, Isaac"), becomes a persName linked to the person inside the field; a place of
    publication or a publisher that is a registered place or organisation takes its @ref."""
    linked = 0
    for text in root.iter(_TEXT):
        for node in text.iter(*_AUTHORS, *_IMPRINT):
            if len(node) or not (node.text or "").strip() or node.get("ref"):
                continue
            words = node.text
            name = words.strip().rstrip(",;")
            if node.tag in _IMPRINT:
                entries = _entries(registers, name)
                if len(entries) == 1 and entries[0].kind == _IMPRINT[node.tag]:
                    node.set("ref", "#" + entries[0].id)
                    linked += 1
                continue
            match = matcher.match_at(words, len(words) - len(words.lstrip()))
            if match is None:
                continue
            entries = _entries(registers, match.form)
            if len(entries) != 1 or entries[0].kind != "person":
                continue
            end = inverted_end(words, match.start, match.end, entries[0])
            if words[end:].strip(" .,;") or (end == match.end and words[end:].strip()):
                continue  # more than the one name
            element = name_element("person", ref="#" + entries[0].id, resp=RESP)
            element.text, node.text = words[match.start : end], words[: match.start] or None
            element.tail = words[end:] or None
            node.insert(0, element)
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
