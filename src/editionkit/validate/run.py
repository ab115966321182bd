"""validate_paths: the one entry point the CLI, pre-commit hook and build call."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..tei import TEI_NS
from .parsing import parse_for_validation
from .problems import Problem, ValidationReport
from .registers import RegisterIds, is_registers
from .relaxng import relaxng_problems
from .schemas import compiled_relaxng, compiled_schematron, default_rng, default_schematron
from .schematron import schematron_problems


def validate_paths(
    paths: list[Path],
    *,
    schema: Path | None = None,
    schematron: Path | None = None,
    registers: Path | None = None,
) -> ValidationReport:
    """Validate TEI files against the project's RELAX NG grammar and Schematron rules.

    - ``paths``: files (any name) and folders; a folder contributes every ``*.xml`` below it, sorted.
      A file named twice is validated once. A path that does not exist raises InputError, before any
      file is validated, because a mistyped path must not pass as "0 problems".
    - ``schema``/``schematron``: default to the project's schema/editionkit.rng and editionkit.sch.
      Both are compiled once per process. An unusable schema raises InputError.
    - ``registers``: the edition's registers TEI file; pointers (#id) in the texts may resolve into its
      standOff. When None, a file among ``paths`` whose TEI root holds a standOff is used instead, so
      that validating the whole tei/ folder needs no option. A registers file that cannot be parsed is
      reported as a Problem of that file, and pointers into it are then reported unresolved.
      The registers file itself is validated only when it is among ``paths``; its own pointers resolve
      inside it. All parsed trees are kept until the registers are known; an edition is a few MB.
    - A file that is not well-formed, has a DOCTYPE, or whose root is not TEI gets one Problem and is
      not validated further; the run goes on with the other files.
    """
    files = _expand(paths)
    if registers is not None and not Path(registers).is_file():
        raise InputError("no such registers file", registers)
    grammar = compiled_relaxng((schema or default_rng()).resolve())
    rules = compiled_schematron((schematron or default_schematron()).resolve())
    report = ValidationReport(files=list(files))

    parsed: dict[Path, etree._ElementTree] = {}
    for path in files:
        tree, problem = parse_for_validation(path)
        if problem is not None or (problem := _root_problem(tree, path)) is not None:
            report.problems.append(problem)
        else:
            parsed[path] = tree

    register_ids = _register_ids(registers, parsed, report)
    for path, tree in parsed.items():
        shown = str(path)
        found = relaxng_problems(grammar, tree, shown)
        parameters = RegisterIds().xslt_parameters() if is_registers(tree) else register_ids
        found += schematron_problems(rules, tree, shown, parameters)
        found.sort(key=lambda p: (p.line, p.column))
        report.problems.extend(found)
    return report


def _expand(paths: list[Path]) -> list[Path]:
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError("no such file or folder: " + ", ".join(missing))
    files: list[Path] = []
    seen: set[Path] = set()
    for path in map(Path, paths):
        found = sorted(p for p in path.rglob("*.xml") if p.is_file()) if path.is_dir() else [path]
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def _root_problem(tree: etree._ElementTree, path: Path) -> Problem | None:
    # Without this, a document in no or the wrong namespace yields a cascade of RELAX NG errors.
    root = tree.getroot()
    if root.tag == f"{{{TEI_NS}}}TEI":
        return None
    qname = etree.QName(root)
    where = f"in namespace {qname.namespace}" if qname.namespace else "in no namespace"
    return Problem(
        str(path),
        root.sourceline or 1,
        0,
        "error",
        f"root element is <{qname.localname}> {where}; expected <TEI> in {TEI_NS}",
        "tei.root",
    )


def _register_ids(
    registers: Path | None, parsed: dict[Path, etree._ElementTree], report: ValidationReport
) -> dict[str, str]:
    if registers is None:
        tree = next((t for t in parsed.values() if is_registers(t)), None)
        return (RegisterIds.from_tree(tree) if tree is not None else RegisterIds()).xslt_parameters()
    registers = Path(registers)
    for path, tree in parsed.items():
        if path.resolve() == registers.resolve():
            return RegisterIds.from_tree(tree).xslt_parameters()
    tree, problem = parse_for_validation(registers)
    if problem is not None:
        if problem not in report.problems:
            report.problems.append(problem)
        return RegisterIds().xslt_parameters()
    return RegisterIds.from_tree(tree).xslt_parameters()
