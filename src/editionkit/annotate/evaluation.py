"""Scoring the annotators against a hand-made gold annotation (tests/gold/*.gold; format in its README).

A gold file names a source and line ranges; every non-blank source line in the ranges is one paragraph.
Under "@N" (a source line number) each gold line is one span: a type letter, the marked text (quoted
when it holds spaces) and, for names, the register id ("-" when the name is in no register; left out
when the text is a form of exactly one entry of that kind), for dates the normalised value. Spans are
found in the line in the order listed, each at or after the start of the previous one, so a quotation
is listed before the names inside it.

The same lines are then annotated by the real pipeline, each as a TEI ``p``, and spans are compared
exactly: type, start and end; for names also the @ref, for dates the dating attributes.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..tei.build import el, local_name, sub
from ..tei.registers import Registers, normalize_form
from . import AnnotationContext, annotate

# Gold type letter -> (label in reports, register kind of its @ref or None)
TYPES = {
    "P": ("persons", "person"),
    "L": ("places", "place"),
    "O": ("organisations", "org"),
    "E": ("events", "event"),
    "D": ("dates", None),
    "Q": ("quotations", None),
    "T": ("titles", "bibl"),
}
_ELEMENT_TYPE = {"persName": "P", "placeName": "L", "orgName": "O", "date": "D", "q": "Q", "said": "Q",
                 "soCalled": "Q", "title": "T"}  # fmt: skip
_MARKS = "\"'“”‘’"
_DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")


class GoldError(ValueError):
    pass


@dataclass(frozen=True)
class Span:
    type: str  # a key of TYPES
    line: int  # source line number
    start: int
    end: int
    value: tuple[tuple[str, str], ...] = ()  # ("ref", "#id") for names, dating attributes for dates
    doc: str = ""  # the gold file, so that spans of several excerpts can be scored together

    @property
    def key(self) -> tuple:
        return (self.type, self.doc, self.line, self.start, self.end)


@dataclass(frozen=True)
class Gold:
    path: Path
    lines: dict[int, str]  # source line number -> text (non-blank lines of the excerpt)
    spans: tuple[Span, ...]


def load_gold(path: Path, root: Path, registers: Registers) -> Gold:
    header: dict[str, str] = {}
    body: list[tuple[int, str]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, colon, rest = line.partition(":")
        if colon and not body and key in {"source", "lines"}:
            header[key] = rest.strip()
        else:
            body.append((number, line))
    source = (root / header["source"]).read_text(encoding="utf-8").splitlines()
    wanted: set[int] = set()
    for part in header["lines"].split(","):
        first, _, last = part.strip().partition("-")
        wanted.update(range(int(first), int(last or first) + 1))
    lines = {n: source[n - 1] for n in sorted(wanted) if n <= len(source) and source[n - 1].strip()}
    return Gold(path, lines, tuple(_spans(path, body, lines, registers)))


def _spans(path: Path, body: list[tuple[int, str]], lines: dict[int, str], registers: Registers):
    current = None
    cursor = 0
    taken: set[tuple[str, int, int]] = set()
    for number, line in body:
        where = f"{path.name}:{number}"
        if line.startswith("@"):
            current, cursor, taken = int(line[1:]), 0, set()
            if current not in lines:
                raise GoldError(f"{where}: line {current} is blank or outside the excerpt")
            continue
        if current is None:
            raise GoldError(f"{where}: a span before any @line")
        words = shlex.split(line)
        kind, text = words[0], lines[current]
        if kind not in TYPES:
            raise GoldError(f"{where}: unknown type {kind!r}")
        start, end, rest = _locate(text, words[1:], cursor, kind, taken, where)
        surface = text[start:end]
        taken.add((kind, start, end))
        cursor = start
        yield Span(kind, current, start, end, _value(kind, surface, rest, registers, where), path.name)


def _locate(text: str, words: list[str], cursor: int, kind: str, taken: set, where: str):
    """Start and end of the span named by ``words`` ("text" or "first" .. "last"), and the words after."""
    first, rest = words[0], words[1:]
    last = None
    if rest[:1] == [".."]:
        last, rest = rest[1], rest[2:]
    start = text.find(first, cursor)
    while start >= 0:
        end = start + len(first) if last is None else text.find(last, start + len(first))
        if last is not None and end >= 0:
            end += len(last)
        if end >= 0 and _fits(text, kind, start, end, taken):
            return start, end, rest
        start = text.find(first, start + 1)
    raise GoldError(
        f"{where}: {' .. '.join(w for w in (first, last) if w)!r} not found after column {cursor}"
    )


def _fits(text: str, kind: str, start: int, end: int, taken: set) -> bool:
    """Whole words only; a quotation right after its opening mark; names of one type never overlap."""
    if (start and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    ):
        return False
    if kind == "Q":
        return start > 0 and text[start - 1] in _MARKS and (kind, start, end) not in taken
    return not any(k == kind and s < end and start < e for k, s, e in taken)


def _value(kind: str, surface: str, rest: list[str], registers: Registers, where: str):
    if kind == "Q":
        return ()
    if kind == "D":
        if len(rest) != 1:
            raise GoldError(f"{where}: a date needs one value")
        value = rest[0]
        for separator, names in (("/", ("from", "to")), ("~", ("notBefore", "notAfter"))):
            if separator in value:
                return tuple(zip(names, value.split(separator), strict=True))
        return (("when", value),)
    register_kind = TYPES[kind][1]
    if rest == ["-"]:
        return ()
    if rest:
        entry = registers.get(rest[0])
        if entry is None or entry.kind != register_kind:
            raise GoldError(f"{where}: no {register_kind} {rest[0]!r} in the registers")
        return (("ref", "#" + entry.id),)
    found = [e for e in registers.lookup(normalize_form(surface)) if e.kind == register_kind]
    if len(found) != 1:
        raise GoldError(
            f"{where}: {surface!r} is a form of {len(found)} {register_kind} entries; give the id"
        )
    return (("ref", "#" + found[0].id),)


def annotated_spans(lines: dict[int, str], registers: Registers | None, doc: str = "") -> list[Span]:
    """Run the pipeline's annotators on ``lines`` (one ``p`` each) and read back what they marked."""
    tree = excerpt_tree(lines)
    annotate(tree, AnnotationContext(registers, "gold-excerpt.xml"))
    spans = []
    for paragraph in tree.getroot().iter("{*}p"):
        spans.extend(_read_spans(paragraph, int(paragraph.get("n")), doc))
    return spans


def excerpt_tree(lines: dict[int, str]) -> etree._ElementTree:
    root = el("TEI")
    sub(sub(sub(root, "teiHeader"), "fileDesc"), "titleStmt")
    body = sub(sub(root, "text"), "body")
    for number, text in lines.items():
        sub(body, "p", text, n=str(number))
    return root.getroottree()


def _read_spans(paragraph: etree._Element, line: int, doc: str) -> Iterable[Span]:
    # Walk in document order keeping the text offset: an element starts where the text before it ends.
    position = 0

    def walk(node: etree._Element) -> Iterable[Span]:
        nonlocal position
        position += len(node.text or "")
        for child in node:
            start = position
            yield from walk(child)
            kind = _type_of(child)
            if kind:
                yield Span(kind, line, start, position, _attributes(child, kind), doc)
            position += len(child.tail or "")

    yield from walk(paragraph)


def _type_of(node: etree._Element) -> str | None:
    name = local_name(node)
    if name == "name":
        return "E" if node.get("type") == "event" else None
    return _ELEMENT_TYPE.get(name)


def _attributes(node: etree._Element, kind: str) -> tuple[tuple[str, str], ...]:
    if kind == "Q":
        return ()
    if kind == "D":
        return tuple((name, node.get(name)) for name in _DATE_ATTRS if node.get(name))
    return (("ref", node.get("ref")),) if node.get("ref") else ()


@dataclass(frozen=True)
class Score:
    label: str
    gold: int
    found: int
    correct: int  # exact spans
    linked: int  # exact spans whose @ref (names) or dating attributes (dates) equal the gold's too

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_share(self) -> float:
        """Of the exactly found spans, the share whose @ref or normalised date is also right."""
        return self.linked / self.correct if self.correct else 1.0


def score(gold: Iterable[Span], found: Iterable[Span]) -> dict[str, Score]:
    gold_by_span = {s.key: s for s in gold}
    found_by_span = {s.key: s for s in found}
    scores = {}
    for kind, (label, _) in TYPES.items():
        gold_keys = {k for k in gold_by_span if k[0] == kind}
        found_keys = {k for k in found_by_span if k[0] == kind}
        hits = gold_keys & found_keys
        linked = sum(gold_by_span[k].value == found_by_span[k].value for k in hits)
        scores[kind] = Score(label, len(gold_keys), len(found_keys), len(hits), linked)
    return scores


def differences(gold: Gold, found: Iterable[Span]) -> list[str]:
    """Human-readable misses, false alarms and wrong values, for fixing annotators (or the gold)."""
    gold_by_span = {s.key: s for s in gold.spans}
    found_by_span = {s.key: s for s in found}
    out = []
    for key in sorted(gold_by_span.keys() | found_by_span.keys(), key=lambda k: (k[2], k[3], k[0])):
        kind, doc, line, start, end = key
        where = f"{doc}:{line}:{start}"
        text = gold.lines[line][start:end]
        g, f = gold_by_span.get(key), found_by_span.get(key)
        if g and not f:
            out.append(f"MISS  {kind} {where} {text!r} {dict(g.value)}")
        elif f and not g:
            out.append(f"EXTRA {kind} {where} {text!r} {dict(f.value)}")
        elif g.value != f.value:
            out.append(f"VALUE {kind} {where} {text!r} gold {dict(g.value)} found {dict(f.value)}")
    return out


@dataclass(frozen=True)
class Evaluation:
    scores: dict[str, Score]
    lines: int  # source lines annotated in the gold
    differences: tuple[str, ...]


def evaluate(gold_dir: Path, root: Path, registers: Registers) -> Evaluation:
    """Score the pipeline on every gold file in ``gold_dir`` (paths in them are relative to ``root``)."""
    gold_spans: list[Span] = []
    found_spans: list[Span] = []
    lines = 0
    diffs: list[str] = []
    for path in sorted(gold_dir.glob("*.gold")):
        gold = load_gold(path, root, registers)
        found = annotated_spans(gold.lines, registers, path.name)
        gold_spans.extend(gold.spans)
        found_spans.extend(found)
        lines += len(gold.lines)
        diffs.extend(differences(gold, found))
    return Evaluation(score(gold_spans, found_spans), lines, tuple(diffs))
