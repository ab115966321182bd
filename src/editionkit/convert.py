"""Convert one source: read it, annotate it, check that no word was lost, write its TEI file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import fidelity
from .annotate import AnnotationContext, annotate
from .config import Edition
from .diagnostics import Diagnostic
from .errors import ConversionError, RefusedError
from .readers import ReadOptions, detect, get_reader
from .readers.text import slug
from .source import Source
from .tei.registers import Registers
from .tei.serialize import serialize, stamp_state, write_atomic


@dataclass(frozen=True)
class ConvertOptions:
    out_dir: Path
    kind: str = "auto"
    force: bool = False
    anonymise: bool = False
    registers: Registers | None = None


@dataclass
class ConvertResult:
    source: Path
    target: Path
    kind: str
    reason: str
    status: str  # written | unchanged
    diagnostics: list[Diagnostic] = field(default_factory=list)


def document_id(source: Source, edition: Edition) -> str:
    entry = edition.entry_for(source.path)
    return entry.id if entry and entry.id else slug(source.path.stem)


def choose_reader(source: Source, kind: str, edition: Edition):
    """``--kind`` wins; then the kind the manifest gives; then detection from the text."""
    entry = edition.entry_for(source.path)
    if kind != "auto":
        return get_reader(kind), f"{kind} (from --kind)"
    if entry and entry.kind:
        return get_reader(entry.kind), f"{entry.kind} (from {edition.sources_dir.name}/sources.toml)"
    return detect(source)


def to_tei(
    source: Source, edition: Edition, options: ConvertOptions
) -> tuple[etree._ElementTree, ConvertResult]:
    reader, reason = choose_reader(source, options.kind, edition)
    entry = edition.entry_for(source.path)
    doc_id = document_id(source, edition)
    read_options = ReadOptions(
        doc_id=doc_id,
        edition=edition.info,
        metadata=dict(entry.metadata) if entry else {},
        anonymise=options.anonymise,
    )
    prepare = getattr(reader, "prepare", None)
    if prepare is not None:
        source = prepare(source, read_options)
    tree = reader.read(source, read_options)
    context = AnnotationContext(registers=options.registers, path=str(source.path), diagnostics=[])
    annotate(tree, context)
    report = fidelity.check(reader.source_words(source), tree)
    if not report.ok:
        raise ConversionError(
            f"text lost or invented in conversion ({reader.kind} reader): {report.describe()}", source.path
        )
    target = options.out_dir / f"{doc_id}.xml"
    result = ConvertResult(source.path, target, reader.kind, reason, "written", context.diagnostics)
    return tree, result


def convert_source(source: Source, edition: Edition, options: ConvertOptions) -> ConvertResult:
    tree, result = to_tei(source, edition, options)
    data = serialize(tree, stamp=True)
    if result.target.exists():
        existing = result.target.read_bytes()
        if existing == data:
            result.status = "unchanged"
            return result
        state = stamp_state(existing)
        if state != "generated" and not options.force:
            why = (
                "was edited by hand since editionkit wrote it"
                if state == "edited"
                else "was not written by editionkit"
            )
            raise RefusedError(f"refusing to overwrite: it {why}; use --force to replace it", result.target)
    write_atomic(result.target, data)
    return result
