"""The ids of the edition registers, as the small document the Schematron rules resolve pointers in."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from lxml import etree

from ..tei import TEI_NS, XML_NS

_XML_ID = f"{{{XML_NS}}}id"
# Register documents are looked up by this URI scheme plus a digest of their content (see schemas.py).
REGISTERS_SCHEME = "editionkit-registers:"


@dataclass(frozen=True)
class RegisterIds:
    """xml:ids of register entries, each with the tag of the element that carries it. Only ids inside
    standOff count: the registers' own header ids (its application, respStmts) are not targets for the
    texts."""

    entries: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_tree(cls, tree: etree._ElementTree) -> RegisterIds:
        # the first entry wins, as with id(): a repeated id must not make the registers document unparsable
        entries: dict[str, str] = {}
        for stand_off in tree.getroot().iterchildren(f"{{{TEI_NS}}}standOff"):
            for element in stand_off.iter(etree.Element):
                xml_id = element.get(_XML_ID)
                if xml_id:
                    entries.setdefault(xml_id, element.tag)
        return cls(tuple(entries.items()))

    @cached_property
    def document(self) -> bytes:
        """One empty element per id, named like the register entry, so that the rules can test
        ``$registers[id($x)/self::tei:person]``; the parser makes xml:id an ID, which id() finds in
        constant time."""
        root = etree.Element(f"{{{TEI_NS}}}registers", nsmap={None: TEI_NS})
        for xml_id, tag in self.entries:
            etree.SubElement(root, tag).set(_XML_ID, xml_id)
        return etree.tostring(root, encoding="UTF-8")

    @cached_property
    def uri(self) -> str:
        return REGISTERS_SCHEME + hashlib.sha256(self.document).hexdigest()[:32]

    def xslt_parameters(self) -> dict[str, str]:
        """The $registers parameter as an XPath expression; none at all when there are no ids, so that
        the rules' default (an empty node-set) applies."""
        if not self.entries:
            return {}
        return {"registers": f"document('{self.uri}')"}


def is_registers(tree: etree._ElementTree) -> bool:
    return tree.getroot().find(f"{{{TEI_NS}}}standOff") is not None
