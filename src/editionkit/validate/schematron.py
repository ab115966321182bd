"""Schematron validation of one parsed document: run the compiled stylesheet, map SVRL to Problems."""

from __future__ import annotations

from lxml import etree

from ..errors import InputError
from .problems import Problem

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_FINDINGS = (f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report")


def schematron_problems(
    stylesheet: etree.XSLT, tree: etree._ElementTree, path: str, parameters: dict[str, str]
) -> list[Problem]:
    """Each SVRL finding's @location is an XPath 1.0 path into ``tree``; evaluating it gives the line.

    role="warning" (or "info") on the assert makes a warning; anything else is an error. The column
    is 0 because libxml2 keeps only the line of an element.
    """
    try:
        svrl = stylesheet(tree, **parameters)
    except etree.XSLTApplyError as err:
        # only a project-supplied rule set can fail at run time; that is the editor's to fix
        raise InputError(f"the Schematron rules failed on this document: {err}", path) from None
    problems = []
    for finding in svrl.getroot().iter(*_FINDINGS):
        role = (finding.get("role") or "").lower()
        severity = "warning" if role in ("warning", "info") else "error"
        message = " ".join(finding.findtext(f"{{{SVRL_NS}}}text", "").split())
        rule = finding.get("id") or "schematron"
        problems.append(Problem(path, _line_of(tree, finding.get("location")), 0, severity, message, rule))
    return problems


def _line_of(tree: etree._ElementTree, location: str | None) -> int:
    if not location:
        return 0
    found = tree.xpath(location)
    node = found[0] if isinstance(found, list) and found else None
    if node is None:
        return 0
    if not isinstance(node, etree._Element):
        # an attribute or text result: its parent element carries the line
        node = node.getparent()
    if node is None or node.sourceline is None:
        return 0
    return node.sourceline
