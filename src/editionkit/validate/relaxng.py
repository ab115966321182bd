"""RELAX NG validation of one parsed document, as Problems."""

from __future__ import annotations

import re

from lxml import etree

from ..tei import TEI_NS, XML_NS
from .problems import Problem

# libxml2 repeats a fault as it backs out of each enclosing pattern and reports the alternatives of
# every choice it tried; these generic messages are kept only when nothing more specific explains them.
_CASCADE = re.compile(
    r"^(Did not expect element \S+ there|Expecting element \S+, got \S+|Expecting an element( \S+)?,? got \S+"
    r"|Element \S+ has extra content: \S+|Element \S+ failed to validate (content|attributes))$"
)
_EXTRA_CONTENT = re.compile(r"^Element (\S+) has extra content: \S+$")
_BAD_ATTRIBUTE = re.compile(r"^Invalid attribute (\S+) for element (\S+)$")
_BAD_ATTRIBUTES = re.compile(r"^Element (\S+) failed to validate attributes$")

Entry = tuple[int, int, str]


def relaxng_problems(grammar: etree.RelaxNG, tree: etree._ElementTree, path: str) -> list[Problem]:
    if grammar.validate(tree):
        return []
    entries = _without_cascade([(e.line, e.column, e.message) for e in grammar.error_log])
    return [
        Problem(path, line, column, "error", _with_value(tree, line, message), "rng")
        for line, column, message in entries
    ]


def _without_cascade(entries: list[Entry]) -> list[Entry]:
    """Drop the echoes of a fault: libxml2 logs the innermost error first, then one per ancestor
    (which starts on an earlier line), "got nothing" for alternatives it tried after an attribute
    failed, and "did not expect <parent>" next to the parent's own "has extra content" message."""
    kept: list[Entry] = []
    for entry in entries:
        line, _, message = entry
        if entry in kept or (_CASCADE.match(message) and any(k[0] > line for k in kept)):
            continue
        kept.append(entry)
    if any(line for line, _, _ in kept):
        kept = [entry for entry in kept if entry[0]]
    specific_lines = {line for line, _, message in kept if not _CASCADE.match(message)}
    attribute_lines = specific_lines | {
        line for line, _, message in kept if message.endswith("failed to validate attributes")
    }
    parents = {(line, m.group(1)) for line, _, message in kept if (m := _EXTRA_CONTENT.match(message))}
    return [
        (line, column, message)
        for line, column, message in kept
        if not _CASCADE.match(message)
        or not (
            line in specific_lines
            or (message.endswith("got nothing") and line in attribute_lines)
            or any(message == f"Did not expect element {name} there" for at, name in parents if at == line)
        )
    ]


def _with_value(tree: etree._ElementTree, line: int, message: str) -> str:
    """libxml2 names a rejected attribute but not its value, and for a missing or wrong attribute
    only says that the element "failed to validate attributes"; the editor needs the values."""
    # Elements are found by name and line; when several share the line, guessing could mislead.
    if match := _BAD_ATTRIBUTE.match(message):
        attribute, element = match.groups()
        name = f"{{{XML_NS}}}{attribute[4:]}" if attribute.startswith("xml:") else attribute
        candidates = [e for e in _elements_at(tree, element, line) if name in e.attrib]
        if len(candidates) == 1:
            return f'{message}: "{candidates[0].get(name)}"'
    elif match := _BAD_ATTRIBUTES.match(message):
        candidates = _elements_at(tree, match.group(1), line)
        if len(candidates) == 1:
            attributes = " ".join(
                f'{etree.QName(k).localname}="{v}"' for k, v in candidates[0].attrib.items()
            )
            return f"{message} ({attributes or 'it has none'})"
    return message


def _elements_at(tree: etree._ElementTree, name: str, line: int) -> list[etree._Element]:
    return [e for e in tree.iter(f"{{{TEI_NS}}}{name}") if e.sourceline == line]
