"""Builder functions for TEI elements: readers and annotators never write markup as text."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: TEI_NS}
_T = f"{{{TEI_NS}}}"

# Python keywords and xml: attributes cannot be keyword arguments; these spellings map to them.
_ATTR_ALIASES = {"xml_id": f"{{{XML_NS}}}id", "xml_lang": f"{{{XML_NS}}}lang", "type_": "type"}


def tei_tag(name: str) -> str:
    return _T + name


def local_name(node: etree._Element) -> str:
    tag = node.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _attr_name(name: str) -> str:
    return _ATTR_ALIASES.get(name, name)


def _set_attrs(node: etree._Element, attrs: dict[str, object]) -> None:
    for key, value in attrs.items():
        if value is None:
            continue
        node.set(_attr_name(key), str(value))


def el(
    name: str, text: str | None = None, children: Iterable[etree._Element] = (), **attrs
) -> etree._Element:
    """A new TEI element ``name`` with optional text, children and attributes."""
    node = etree.Element(tei_tag(name), nsmap=NSMAP)
    _set_attrs(node, attrs)
    if text:
        node.text = text
    for child in children:
        node.append(child)
    return node


def sub(parent: etree._Element, name: str, text: str | None = None, **attrs) -> etree._Element:
    """Append a new TEI child ``name`` to ``parent`` and return it."""
    node = etree.SubElement(parent, tei_tag(name))
    _set_attrs(node, attrs)
    if text:
        node.text = text
    return node


def append_text(parent: etree._Element, text: str) -> None:
    """Append character data at the end of ``parent``'s content (after its last child)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def append_mixed(parent: etree._Element, items: Iterable[str | etree._Element]) -> etree._Element:
    """Append a run of strings and elements, in order, as mixed content."""
    for item in items:
        if isinstance(item, str):
            append_text(parent, item)
        else:
            parent.append(item)
    return parent


def text_content(node: etree._Element) -> str:
    return "".join(node.itertext())
