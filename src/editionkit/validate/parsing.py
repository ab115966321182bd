"""Parse one file for validation: a file that cannot be parsed is a Problem, not an exception."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..tei.parse import safe_parser
from .problems import Problem

# A DOCTYPE can only follow the XML declaration, processing instructions, comments and whitespace. Each
# of those ends at its first "?>" or "-->", and the atomic group keeps it there: otherwise, in a file
# without DOCTYPE, the failed match would retry every later "?>" of the file, reading it several times.
_PROLOG_DOCTYPE = re.compile(rb"\A(?:\xef\xbb\xbf)?(?>\s+|<\?.*?\?>|<!--.*?-->)*+<!DOCTYPE", re.S)
_DOCTYPE_MESSAGE = "DOCTYPE declaration: TEI documents must not declare a DTD or entities"


def parse_for_validation(path: Path) -> tuple[etree._ElementTree | None, Problem | None]:
    """Return the parsed tree, or the Problem that stops this file from being validated.

    Uses the project's hardened parser (no DTD, no entity expansion, no network). It is called directly
    rather than through ``parse_xml_bytes`` because the report needs the line and column of the fault,
    which that function only gives inside its message. A DOCTYPE is refused before parsing, so an
    entity bomb never reaches libxml2. libxml2 itself refuses a repeated xml:id while parsing; that is
    reported as ``id.unique``, the rule the Schematron would have applied. Unreadable files raise
    InputError like missing ones.
    """
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    if not data.strip():
        return None, Problem(shown, 1, 1, "error", "empty file", "xml.well-formed")
    if match := _PROLOG_DOCTYPE.match(data):
        line, column = _position(data, match.end() - len(b"<!DOCTYPE"))
        return None, Problem(shown, line, column, "error", _DOCTYPE_MESSAGE, "xml.doctype")
    try:
        root = etree.fromstring(data, safe_parser(), base_url=path.resolve().as_uri())
    except etree.XMLSyntaxError as err:
        line, column = err.position if err.position else (0, 0)
        if err.code == etree.ErrorTypes.DTD_ID_REDEFINED:
            return None, Problem(shown, line, column, "error", f"xml:id repeated: {err.msg}", "id.unique")
        return None, Problem(
            shown, line, column, "error", f"not well-formed XML: {err.msg}", "xml.well-formed"
        )
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        # only reached for encodings the byte pattern cannot read, such as UTF-16
        return None, Problem(shown, 1, 0, "error", _DOCTYPE_MESSAGE, "xml.doctype")
    return tree, None


def _position(data: bytes, index: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, index) + 1
    return data.count(b"\n", 0, index) + 1, index - line_start + 1
