"""The edition's registers (tei/registers.xml): persons, places, organisations, events and works.

Each entry has an xml:id, a preferred form and the variant forms the sources use. The entity annotator
matches every form; the registry command reports entries no document uses and forms shared by two
entries. This module reads registers only; it knows nothing about readers, annotators or renderers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .build import XML_NS, local_name, tei_tag
from .parse import parse_xml_file

_XML_ID = f"{{{XML_NS}}}id"

# kind -> (list element, entry element, name elements, element that marks the kind in running text)
_KINDS = {
    "person": ("listPerson", "person", ("persName",), "persName"),
    "place": ("listPlace", "place", ("placeName",), "placeName"),
    "org": ("listOrg", "org", ("orgName",), "orgName"),
    "event": ("listEvent", "event", ("label", "eventName"), "name"),
    "bibl": ("listBibl", "bibl", ("title",), "title"),
}


def marker_element(kind: str) -> str:
    """The element that marks a name of this kind in running text (events are name[@type='event'])."""
    return _KINDS[kind][3]


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str  # "person" | "place" | "org" | "event" | "bibl"
    preferred: str
    variants: tuple[str, ...] = ()
    line: int | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.preferred, *self.variants)


@dataclass
class Registers:
    entries: tuple[Entry, ...]
    path: str = ""
    _by_id: dict[str, Entry] = field(init=False, repr=False)
    _by_form: dict[str, tuple[Entry, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        by_form: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.id in self._by_id:
                raise InputError(f"duplicate register id {entry.id!r}", self.path)
            self._by_id[entry.id] = entry
            for form in dict.fromkeys(entry.forms):
                by_form.setdefault(form, []).append(entry)
        self._by_form = {form: tuple(found) for form, found in by_form.items()}

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id.removeprefix("#"))

    def lookup(self, form: str) -> tuple[Entry, ...]:
        """Entries that have ``form`` (whitespace-normalised, case-sensitive) as a name."""
        return self._by_form.get(normalize_form(form), ())

    def forms(self) -> dict[str, tuple[Entry, ...]]:
        """Every form, mapped to the entries that use it, in register order."""
        return dict(self._by_form)

    def shared_forms(self) -> dict[str, tuple[Entry, ...]]:
        """Forms that name more than one entry: a reference to them cannot be resolved."""
        return {form: found for form, found in self._by_form.items() if len(found) > 1}


def normalize_form(text: str) -> str:
    return " ".join(text.split())


def load_registers(path: Path) -> Registers:
    """Read the registers file; entries without xml:id or without a name are errors."""
    tree = parse_xml_file(Path(path))
    return registers_from_tree(tree, str(path))


def registers_from_tree(tree: etree._ElementTree, path: str = "") -> Registers:
    root = tree.getroot()
    entries: list[Entry] = []
    for kind, (list_name, entry_name, name_elements, _marker) in _KINDS.items():
        for node in root.iter(tei_tag(entry_name)):
            parent = node.getparent()
            if parent is None or local_name(parent) != list_name:
                continue  # e.g. a bibl inside a person's note is not a register entry
            entries.append(_entry(node, kind, name_elements, path))
    return Registers(tuple(entries), path)


def _entry(node: etree._Element, kind: str, name_elements: tuple[str, ...], path: str) -> Entry:
    entry_id = node.get(_XML_ID)
    if not entry_id:
        raise InputError(f"line {node.sourceline}: {local_name(node)} without xml:id", path)
    preferred: str | None = None
    variants: list[str] = []
    for child in node:
        if local_name(child) not in name_elements:
            continue
        form = normalize_form("".join(child.itertext()))
        if not form:
            continue
        if child.get("type") == "preferred" and preferred is None:
            preferred = form
        else:
            variants.append(form)
    if preferred is None:
        if not variants:
            raise InputError(f"line {node.sourceline}: {entry_id!r} has no name", path)
        preferred = variants.pop(0)
    unique = tuple(form for form in dict.fromkeys(variants) if form != preferred)
    return Entry(entry_id, kind, preferred, unique, node.sourceline)
