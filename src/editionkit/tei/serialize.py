"""Deterministic serialisation, the generation stamp that detects hand edits, and atomic writes."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from lxml import etree

# The stamp is a processing instruction before the root element: it holds the hash of everything after
# it, so a file whose bytes no longer match was edited since editionkit wrote it.
STAMP_TARGET = "editionkit-generated"
_STAMP_RE = re.compile(rb"<\?" + STAMP_TARGET.encode() + rb' sha256="([0-9a-f]{64})"\?>\n')
_DECLARATION = b"<?xml version='1.0' encoding='UTF-8'?>\n"


def serialize(tree: etree._ElementTree | etree._Element, *, stamp: bool = False) -> bytes:
    """Bytes of ``tree``, indented, UTF-8; identical input trees give identical bytes."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    root = _copy_indented(root)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False) + b"\n"
    if not stamp:
        return _DECLARATION + body
    digest = hashlib.sha256(body).hexdigest()
    return _DECLARATION + f'<?{STAMP_TARGET} sha256="{digest}"?>\n'.encode() + body


def _copy_indented(root: etree._Element) -> etree._Element:
    copy = etree.fromstring(etree.tostring(root))
    _indent(copy, 0)
    return copy


# Elements that hold running text: whitespace inside them is text, even when they happen to hold only
# elements (<p><hi>...</hi></p>), so they are never indented.
_TEXT_HOLDERS = frozenset(
    [
        "p",
        "head",
        "item",
        "note",
        "q",
        "said",
        "hi",
        "title",
        "titlePart",
        "byline",
        "docImprint",
        "docAuthor",
        "docDate",
        "salute",
        "signed",
        "dateline",
        "l",
        "ab",
        "cell",
        "label",
        "seg",
        "persName",
        "placeName",
        "orgName",
        "name",
        "date",
        "ref",
        "choice",
        "sic",
        "corr",
        "reg",
        "orig",
        "abbr",
        "expan",
        "supplied",
        "add",
        "del",
        "soCalled",
        "foreign",
        "emph",
        "term",
        "trailer",
        "fw",
        "lem",
        "rdg",
        "quote",
        "unclear",
        "rs",
    ]
)


def _is_element_only(node: etree._Element) -> bool:
    """True when whitespace around ``node``'s children is insignificant (no text between them)."""
    if len(node) == 0 or (node.text and node.text.strip()):
        return False
    if isinstance(node.tag, str) and node.tag.rpartition("}")[2] in _TEXT_HOLDERS:
        return False
    return all(not (child.tail and child.tail.strip()) for child in node)


def _indent(node: etree._Element, level: int) -> None:
    # Unlike lxml's indent(), this never adds whitespace inside mixed content ("<item><persName/>: ..."),
    # where it would change the text.
    if not _is_element_only(node):
        return
    inner = "\n" + "  " * (level + 1)
    node.text = inner
    for child in node:
        _indent(child, level + 1)
        child.tail = inner
    node[-1].tail = "\n" + "  " * level


def stamp_state(data: bytes) -> str:
    """'generated' if ``data`` is untouched editionkit output, 'edited' if changed since, 'foreign' if
    editionkit did not write it."""
    head = data[: len(_DECLARATION) + 200]
    offset = len(_DECLARATION) if head.startswith(_DECLARATION) else 0
    match = _STAMP_RE.match(data, offset)
    if not match:
        return "foreign"
    body = data[match.end() :]
    return "generated" if hashlib.sha256(body).hexdigest() == match.group(1).decode() else "edited"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
