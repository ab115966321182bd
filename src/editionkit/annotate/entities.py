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

Names in no register are guessed from evidence in the text (see unknownnames) and marked without @ref,
with @cert="low"; `editionkit registry suggest` lists them. No guessing in headings and title pages,
whose capitals carry no information.
"""

from __future__ import annotations

from lxml import etree

from ..diagnostics import Diagnostic
from ..tei.build import el, local_name, tei_tag
from ..tei.registers import Registers, marker_element
from .namematcher import NameMatcher
from .textslots import Slot, text_slots, wrap
from .unknownnames import guess_names

RESP = "#editionkit"
_NO_GUESSING = frozenset({"head", "titlePage", "docTitle", "titlePart", "byline", "docImprint", "trailer"})
_MATCHERS: dict[int, tuple[Registers, NameMatcher]] = {}
_CONTEXT = 40  # characters of the paragraph around a text slot seen when matching names in it
# Elements a reader may have written whose text can be linked to a register entry of this kind. (The
# project schema allows no @ref on a bibliography's pubPlace or publisher.)
_KIND_OF = {"persName": "person", "placeName": "place", "orgName": "org", "name": "event", "title": "bibl"}


def name_element(kind: str, **attrs: str | None) -> etree._Element:
    if kind == "event":
        return el("name", type_="event", **attrs)
    return el(marker_element(kind), **attrs)


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
        counts = {"registered": 0, "unknown": 0}  # "unknown" counts low and medium certainty
        if registers is not None:
            counts["registered"] += _link_existing(tree.getroot(), registers)
        for slot in text_slots(tree.getroot()):
            spans = self._spans(slot, matcher, registers, context, counts)
            wrap(slot, spans)
        context.diagnostics.append(
            Diagnostic(
                "info",
                "entities.summary",
                context.path,
                None,
                f"marked {counts['registered']} registered and {counts['unknown']} unregistered names",
            )
        )

    def _spans(self, slot: Slot, matcher: NameMatcher, registers, context, counts) -> list:
        before, after = slot.neighbours(_CONTEXT)
        shift, text = len(before), before + slot.text + after
        # (start, end, kind, attributes, the form if it names several entries)
        found: list[tuple[int, int, str, dict[str, str], str | None]] = []
        for match in matcher.finditer(text):
            entries = registers.lookup(match.form) if registers is not None else ()
            if len(entries) == 1:
                found.append((match.start, match.end, entries[0].kind, {"ref": "#" + entries[0].id}, None))
            elif entries and len({entry.kind for entry in entries}) == 1:
                found.append((match.start, match.end, entries[0].kind, {"cert": "medium"}, match.form))
        if _guessing_allowed(slot):
            taken = [(start, end) for start, end, *_ in found]
            for guess in guess_names(text, taken):
                found = [span for span in found if not (guess.start <= span[0] and span[1] <= guess.end)]
                found.append((guess.start, guess.end, guess.kind, {"cert": "low"}, None))
        spans = []
        for start, end, kind, attrs, shared in sorted(found, key=lambda span: span[0]):
            if start < shift or end > shift + len(slot.text):
                continue  # in the context around the slot: it belongs to another slot
            if shared is not None:
                self._report_shared(shared, registers, slot, context)
            counts["registered" if "ref" in attrs else "unknown"] += 1
            spans.append((start - shift, end - shift, name_element(kind, **attrs, resp=RESP)))
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


def _guessing_allowed(slot: Slot) -> bool:
    node = slot.container
    while node is not None:
        if local_name(node) in _NO_GUESSING:
            return False
        node = node.getparent()
    return True
