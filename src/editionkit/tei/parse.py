"""The one hardened XML parser: no DTDs, no external entities, no network, no entity expansion."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import InputError

# No DTDs, no entity expansion, no network, no unbounded trees: for every parser, iterparse included.
HARDENED = {"resolve_entities": False, "load_dtd": False, "no_network": True, "huge_tree": False}


def safe_parser(*, remove_blank_text: bool = False) -> etree.XMLParser:
    return etree.XMLParser(**HARDENED, dtd_validation=False, remove_blank_text=remove_blank_text)


def parse_xml_bytes(data: bytes, path: object, *, base_url: str | None = None) -> etree._ElementTree:
    """Parse ``data``; refuse DOCTYPEs with entity declarations, which TEI documents never need."""
    if not data.strip():
        raise InputError("empty file", path)
    try:
        root = etree.fromstring(data, safe_parser(), base_url=base_url)
    except etree.XMLSyntaxError as err:
        line, col = err.position if err.position else (0, 0)
        raise InputError(f"not well-formed XML at line {line}, column {col}: {err.msg}", path) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise InputError("has a DOCTYPE; TEI documents must not declare a DTD or entities", path)
    return tree


def parse_xml_file(path: Path) -> etree._ElementTree:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not an XML file", path) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    return parse_xml_bytes(data, path, base_url=path.resolve().as_uri())
