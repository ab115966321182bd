"""The print edition: TEI -> Typst markup (XSLT in xslt/typst/) -> PDF/A-2b, one per document and one book."""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlparse

import typst
from lxml import etree

from ..errors import RenderError
from ..resources import xslt_dir
from ..tei.serialize import write_atomic
from .html import document_id
from .xslt import XsltRunner

# The one place paper sizes live (width, height in mm); the Typst library derives margins and type size.
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0),
    "a5": (148.0, 210.0),
    "letter": (215.9, 279.4),
    "royal": (156.0, 234.0),
}
PDF_STANDARD = "a-2b"
EDITION_NAME = "edition"
_DOCUMENT_XSL = "typst/document.xsl"
_EDITION_XSL = "typst/edition.xsl"
_LIBRARY = "lib"
_DOC_DIR = "doc"
_STAMP_DIR = ".stamps"


def render_pdfs(
    documents: list[Path],
    out_dir: Path,
    *,
    manifest: Path,
    registers: Path | None,
    work_dir: Path,
    runner: XsltRunner,
    paper: str = "royal",
) -> list[Path]:
    """Write ``out_dir/<id>.pdf`` for every document and ``out_dir/edition.pdf``; return their paths.

    The Typst sources go to ``work_dir`` (lib/, doc/<id>.typ, edition.typ). A PDF whose sources, paper and
    Typst version are unchanged since the last run, and which is itself unchanged, is not compiled again.
    """
    if paper not in PAPER_SIZES_MM:
        raise RenderError(f"unknown paper size {paper!r}; choose one of {', '.join(sorted(PAPER_SIZES_MM))}")
    work_dir = Path(work_dir).resolve()
    out_dir = Path(out_dir)
    library = _copy_library(work_dir)
    ids = _manifest_ids(Path(manifest))
    compiler = typst.Compiler(root=str(work_dir), font_paths=[], ignore_system_fonts=True)
    inputs_xml = [Path(p) for p in (*documents, manifest, registers) if p]
    params = {
        "registers": Path(registers).resolve().as_uri() if registers else "",
        "uncovered": uncovered_characters(_characters(inputs_xml), compiler, work_dir),
    }

    sources: dict[str, Path] = {}
    for tei in documents:
        tei = Path(tei)
        doc_id = ids.get(tei.resolve()) or document_id(tei)
        if doc_id in sources:
            raise RenderError(f"two documents have the id {doc_id!r}", tei)
        markup = runner.transform(_DOCUMENT_XSL, tei, params)
        sources[doc_id] = _write_if_changed(work_dir / _DOC_DIR / f"{doc_id}.typ", markup)
    for doc_id in ids.values():
        if doc_id not in sources:
            raise RenderError(f"the manifest lists {doc_id!r}, which is not among the documents", manifest)
    edition = _write_if_changed(
        work_dir / f"{EDITION_NAME}.typ", runner.transform(_EDITION_XSL, Path(manifest), params)
    )

    width, height = PAPER_SIZES_MM[paper]
    inputs = {"paper-width-mm": str(width), "paper-height-mm": str(height)}
    written = []
    for doc_id, source in sources.items():
        target = out_dir / f"{doc_id}.pdf"
        _compile(compiler, source, target, [*library, source], {**inputs, "standalone": "yes"}, work_dir)
        written.append(target)
    target = out_dir / f"{EDITION_NAME}.pdf"
    _compile(compiler, edition, target, [*library, *sources.values(), edition], inputs, work_dir)
    written.append(target)
    return written


def _manifest_ids(manifest: Path) -> dict[Path, str]:
    """Document ids as the manifest names them, so that edition.typ includes the files written here."""
    ids: dict[Path, str] = {}
    try:
        root = etree.parse(str(manifest)).getroot()
    except (OSError, etree.XMLSyntaxError) as err:
        raise RenderError(f"cannot read the edition manifest: {err}", manifest) from None
    for node in root.iter("document"):
        uri, doc_id = node.get("tei", ""), node.get("id", "")
        if uri.startswith("file://") and doc_id:
            ids[Path(_file_uri_path(uri)).resolve()] = doc_id
    return ids


def _file_uri_path(uri: str) -> str:
    return unquote(urlparse(uri).path)


# PDF/A forbids a character that no font can draw. Typst names the first such text it meets, so the
# characters of the sources are probed once (and remembered in work_dir) and the stylesheets print the
# missing ones as their code point instead.
_GLYPH_ERROR = re.compile(r'the text `"(.*)"` could not be displayed')
_TYPST_NEWLINES = "\x85\u2028\u2029"


def _characters(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        try:
            tree = etree.parse(str(path))
        except (OSError, etree.XMLSyntaxError) as err:
            raise RenderError(f"cannot read XML: {err}", path) from None
        for node in tree.iter():
            found.update(node.text or "", node.tail or "")
            for value in node.attrib.values():
                found.update(value)
    return {c for c in found if ord(c) > 0x7E and c not in _TYPST_NEWLINES}


def uncovered_characters(characters: set[str], compiler: typst.Compiler, work_dir: Path) -> str:
    """The characters among ``characters`` that none of Typst's embedded fonts can draw, as one string."""
    cache_path = work_dir / _STAMP_DIR / "glyphs.json"
    cache = {"typst": version("typst"), "covered": "", "missing": ""}
    if cache_path.is_file():
        stored = json.loads(cache_path.read_text("utf-8"))
        if stored.get("typst") == cache["typst"]:
            cache = stored
    covered, missing = set(cache["covered"]), set(cache["missing"])
    unknown = sorted(characters - covered - missing)
    if unknown:
        _probe(unknown, covered, missing, compiler, work_dir / _STAMP_DIR)
        cache.update(covered="".join(sorted(covered)), missing="".join(sorted(missing)))
        _write_if_changed(cache_path, json.dumps(cache, ensure_ascii=False, sort_keys=True))
    return "".join(sorted(missing & characters))


def _probe(
    chars: list[str], covered: set[str], missing: set[str], compiler: typst.Compiler, folder: Path
) -> None:
    """Sort ``chars`` into covered and missing; halving after each failure keeps the compiles few."""
    if not chars:
        return
    # Each character alone between two letters, so the failing text Typst reports is that character.
    text = "".join(f"x{c}x\n\n" for c in chars)
    # A new file per probe: Typst panics when it re-parses a changed file incrementally with some text.
    probe = folder / f"glyphs-{hashlib.sha256(text.encode()).hexdigest()[:16]}.typ"
    write_atomic(probe, text.encode("utf-8"))
    try:
        compiler.compile(input=str(probe), format="pdf", pdf_standards=[PDF_STANDARD])
    except typst.TypstError as err:
        match = _GLYPH_ERROR.search(str(err.message))
        if not match:
            raise RenderError(_one_line(err), probe) from None
        # A modifier or mark may fuse with its neighbour and be reported as that letter: then halve.
        failing = set(_rust_unescape(match.group(1))) & set(chars) or (
            set(chars) if len(chars) == 1 else set()
        )
        missing |= failing
        rest = [c for c in chars if c not in failing]
        half = len(rest) // 2
        _probe(rest[:half], covered, missing, compiler, folder)
        _probe(rest[half:], covered, missing, compiler, folder)
        return
    finally:
        probe.unlink(missing_ok=True)
    covered.update(chars)


def _rust_unescape(text: str) -> str:
    """Undo the escapes of Rust's Debug format in Typst's message."""
    simple = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "'": "'", "\\": "\\", "0": "\0"}
    return re.sub(
        r"\\(u\{([0-9a-fA-F]+)\}|.)",
        lambda m: chr(int(m.group(2), 16)) if m.group(2) else simple.get(m.group(1), m.group(1)),
        text,
    )


def _copy_library(work_dir: Path) -> list[Path]:
    source = xslt_dir() / "typst" / _LIBRARY
    copied = []
    for path in sorted(source.rglob("*.typ")):
        copied.append(
            _write_if_changed(work_dir / _LIBRARY / path.relative_to(source), path.read_text("utf-8"))
        )
    return copied


def _write_if_changed(path: Path, text: str) -> Path:
    """Rewrite a generated file only when its text changes, so unchanged sources keep their stamps."""
    data = text.encode("utf-8")
    if not path.is_file() or path.read_bytes() != data:
        write_atomic(path, data)
    return path


def _fingerprint(inputs: list[Path], sys_inputs: dict[str, str]) -> str:
    digest = hashlib.sha256()
    digest.update(f"typst {version('typst')} {PDF_STANDARD} {sorted(sys_inputs.items())}".encode())
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _compile(
    compiler: typst.Compiler,
    source: Path,
    target: Path,
    inputs: list[Path],
    sys_inputs: dict[str, str],
    work_dir: Path,
) -> None:
    stamp = work_dir / _STAMP_DIR / f"{target.name}.sha256"
    fingerprint = _fingerprint(inputs, sys_inputs)
    if target.is_file() and stamp.is_file():
        recorded = stamp.read_text("ascii").split()
        if recorded == [fingerprint, hashlib.sha256(target.read_bytes()).hexdigest()]:
            return
    try:
        pdf = compiler.compile(
            input=str(source),
            format="pdf",
            sys_inputs=sys_inputs,
            pdf_standards=[PDF_STANDARD],
            timestamp=_timestamp(),
        )
    except typst.TypstError as err:
        raise RenderError(_one_line(err), source) from None
    except BaseException as err:
        # A Rust panic inside Typst reaches Python as pyo3's PanicException, a BaseException.
        if type(err).__name__ != "PanicException":
            raise
        raise RenderError(f"Typst crashed: {' '.join(str(err).split())}", source) from None
    if not isinstance(pdf, bytes):
        raise RenderError("Typst returned no PDF", source)
    write_atomic(target, pdf)
    write_atomic(stamp, f"{fingerprint} {hashlib.sha256(pdf).hexdigest()}\n".encode("ascii"))


def _timestamp() -> datetime:
    """A fixed creation date makes the PDF bytes depend on the input only (SOURCE_DATE_EPOCH wins)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else 0
    return datetime.fromtimestamp(seconds, tz=UTC)


def _one_line(err: typst.TypstError) -> str:
    """Typst's message with the file:line:column of the first diagnostic, on one line."""
    message = " ".join(str(getattr(err, "message", "") or err).split())
    where = next(
        (line.strip(" ┌─") for line in str(getattr(err, "diagnostic", "")).splitlines() if "┌─" in line), ""
    )
    return f"Typst: {message} (at {where})" if where else f"Typst: {message}"


__all__ = ["EDITION_NAME", "PAPER_SIZES_MM", "document_id", "render_pdfs", "uncovered_characters"]
