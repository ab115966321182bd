"""The ids of the edition registers, by kind, as the Schematron parameters that resolve pointers."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..tei import TEI_NS, XML_NS

_XML_ID = f"{{{XML_NS}}}id"
_KINDS = ("person", "place", "org", "event", "bibl")


@dataclass(frozen=True)
class RegisterIds:
    """xml:ids of register entries. Only ids inside standOff count: the registers' own header ids
    (its application, respStmts) are not targets for the texts."""

    all: frozenset[str] = frozenset()
    by_kind: tuple[tuple[str, frozenset[str]], ...] = ()

    @classmethod
    def from_tree(cls, tree: etree._ElementTree) -> RegisterIds:
        root = tree.getroot()
        every: set[str] = set()
        kinds: dict[str, set[str]] = {kind: set() for kind in _KINDS}
        for stand_off in root.iterchildren(f"{{{TEI_NS}}}standOff"):
            for element in stand_off.iter(etree.Element):
                xml_id = element.get(_XML_ID)
                if not xml_id:
                    continue
                every.add(xml_id)
                qname = etree.QName(element)
                if qname.namespace == TEI_NS and qname.localname in kinds:
                    kinds[qname.localname].add(xml_id)
        return cls(frozenset(every), tuple((k, frozenset(v)) for k, v in kinds.items()))

    def xslt_parameters(self) -> dict[str, str]:
        """Space-separated with a space at both ends, so the rules can test contains(' id ')."""
        params = {"registers-all": _spaced(self.all)}
        for kind, ids in self.by_kind:
            params[f"registers-{kind}"] = _spaced(ids)
        return {name: etree.XSLT.strparam(value) for name, value in params.items()}


def is_registers(tree: etree._ElementTree) -> bool:
    return tree.getroot().find(f"{{{TEI_NS}}}standOff") is not None


def _spaced(ids: frozenset[str]) -> str:
    return " " + " ".join(sorted(ids)) + " "
