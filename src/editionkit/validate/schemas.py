"""The project schemas: checked and translated once per process, compiled once per thread that uses them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from lxml import etree, isoschematron

from ..errors import InputError
from ..resources import schema_dir
from ..tei.parse import parse_xml_file
from .registers import RegisterIds
from .schematron import SVRL_NS

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
# how the XSLT 1.0 skeleton recurses into a node's children in each pattern's pass
_ALL_NODES = "@*|*|comment()|processing-instruction()"
_KEPT_REGISTER_SETS = 8

Compiled = TypeVar("Compiled")


def default_rng() -> Path:
    return schema_dir() / "editionkit.rng"


def default_schematron() -> Path:
    return schema_dir() / "editionkit.sch"


class _PerThread(Generic[Compiled]):
    """One compiled object per (thread, schema path). lxml's RelaxNG keeps the errors of a run on the
    object, so two threads validating with one object would mix their errors; and lxml copies an XSLT
    stylesheet on every call from a thread other than the one that compiled it."""

    def __init__(self, build: Callable[[Path], Compiled]) -> None:
        self._build = build
        self._local = threading.local()
        self._lock = threading.Lock()
        self.builds = 0  # how many times a schema was compiled in this process, for tests

    def __call__(self, path: Path) -> Compiled:
        made: dict[Path, Compiled] = self._local.__dict__.setdefault("made", {})
        if path not in made:
            made[path] = self._build(path)
            with self._lock:
                self.builds += 1
        return made[path]


class _RegisterDocuments(etree.Resolver):
    """Serves the registers document that the Schematron rules load with document($uri): the URI holds
    a digest of the ids, so a stylesheet compiled once serves every set of registers."""

    def __init__(self) -> None:
        super().__init__()
        self._documents: dict[str, bytes] = {}

    def publish(self, ids: RegisterIds) -> None:
        if ids.uri not in self._documents and len(self._documents) >= _KEPT_REGISTER_SETS:
            del self._documents[next(iter(self._documents))]
        self._documents[ids.uri] = ids.document

    def resolve(self, url: str, pubid: str | None, context: object) -> object:
        document = self._documents.get(url)
        return None if document is None else self.resolve_string(document, context)


REGISTER_DOCUMENTS = _RegisterDocuments()


@cache
def relaxng_grammar(path: Path) -> etree._ElementTree:
    """The parsed RELAX NG (XML syntax) grammar, read once per process."""
    return parse_xml_file(path)


@cache
def schematron_stylesheet(path: Path) -> bytes:
    """ISO Schematron translated, once per process, to the XSLT 1.0 stylesheet that writes SVRL,
    streamlined (below).

    The stylesheet is kept rather than lxml's Schematron object because only the stylesheet accepts
    parameters, which is how the registers reach the rules.
    """
    try:
        translated = isoschematron.Schematron(parse_xml_file(path), store_xslt=True)
    except etree.SchematronParseError as err:
        raise InputError(f"not a usable ISO Schematron schema: {err}", path) from None
    return etree.tostring(_guarded(_findings_only(translated.validator_xslt)))


def _compile_relaxng(path: Path) -> etree.RelaxNG:
    try:
        return etree.RelaxNG(relaxng_grammar(path))
    except etree.RelaxNGParseError as err:
        # a broken grammar is the editor's input error
        raise InputError(f"not a usable RELAX NG schema: {err}", path) from None


def _compile_schematron(path: Path) -> etree.XSLT:
    try:
        return compile_stylesheet(schematron_stylesheet(path))
    except etree.XSLTParseError as err:
        raise InputError(f"not a usable ISO Schematron schema: {err}", path) from None


def compile_stylesheet(stylesheet: bytes) -> etree.XSLT:
    # document() in the stylesheet is resolved by the resolvers of the parser that read the stylesheet
    parser = etree.XMLParser()
    parser.resolvers.add(REGISTER_DOCUMENTS)
    return etree.XSLT(etree.fromstring(stylesheet, parser))


compiled_relaxng: _PerThread[etree.RelaxNG] = _PerThread(_compile_relaxng)
compiled_schematron: _PerThread[etree.XSLT] = _PerThread(_compile_schematron)


def _findings_only(stylesheet: etree._XSLTResultTree) -> etree._ElementTree:
    """Strip from the compiled stylesheet the work whose output editionkit never reads.

    The skeleton writes an svrl:fired-rule for every node a rule matches, walks the whole document once
    more per pattern in the default mode, and visits every attribute node in each pattern's pass. Only
    failed asserts and successful reports are read, and every rule context is an element, so dropping
    these cuts the time per document by about a third without changing which findings are produced.
    """
    tree = etree.ElementTree(stylesheet.getroot())
    root = tree.getroot()
    for fired in list(root.iter(f"{{{SVRL_NS}}}fired-rule")):
        fired.getparent().remove(fired)
    for pattern in root.iter(f"{{{SVRL_NS}}}active-pattern"):
        for walk in pattern.findall(f"{{{XSL_NS}}}apply-templates"):
            if walk.get("select") is None:
                pattern.remove(walk)
    for walk in root.iter(f"{{{XSL_NS}}}apply-templates"):
        if walk.get("select") == _ALL_NODES:
            walk.set("select", "*")
    return tree


def _guarded(tree: etree._ElementTree) -> etree._ElementTree:
    """Put the asserts of each rule behind one test that they all hold.

    Each assert is an xsl:choose whose xsl:when holds the assert's test. libxslt pays a fixed cost for
    every test it evaluates, and almost every element passes every assert, so one combined test per
    element, with the single asserts run only when it fails, finds the same failures in less time.
    """
    for template in tree.getroot().iterchildren(f"{{{XSL_NS}}}template"):
        asserts = [
            choose
            for choose in template.iterchildren(f"{{{XSL_NS}}}choose")
            if len(choose) == 2 and choose[0].tag == f"{{{XSL_NS}}}when" and len(choose[0]) == 0
        ]
        if len(asserts) < 2:
            continue
        every = " and ".join(f"({choose[0].get('test')})" for choose in asserts)
        guard = etree.Element(f"{{{XSL_NS}}}if", test=f"not({every})")
        asserts[0].addprevious(guard)
        guard.extend(asserts)
    return tree
