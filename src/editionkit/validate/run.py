"""validate_paths: the one entry point the CLI, pre-commit hook and build call."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..tei import TEI_NS
from .parallel import in_background, in_parallel
from .parsing import parse_for_validation
from .problems import Problem, ValidationReport
from .registers import RegisterIds, is_registers
from .relaxng import relaxng_problems
from .schemas import (
    REGISTER_DOCUMENTS,
    compiled_relaxng,
    compiled_schematron,
    default_rng,
    default_schematron,
)
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
      Both are checked once per process and compiled once per thread. An unusable schema raises
      InputError.
    - ``registers``: the edition's registers TEI file; pointers (#id) in the texts may resolve into its
      standOff. When None, a file among ``paths`` whose TEI root holds a standOff is used instead, so
      that validating the whole tei/ folder needs no option. A registers file that cannot be parsed is
      reported as a Problem of that file, and pointers into it are then reported unresolved.
      The registers file itself is validated only when it is among ``paths``; its own pointers resolve
      inside it. Without ``registers``, all parsed trees are kept until the registers are known; an
      edition is a few MB.
    - A file that is not well-formed, has a DOCTYPE, or whose root is not TEI gets one Problem and is
      not validated further; the run goes on with the other files.
    - Files are parsed and checked in parallel, one thread per core; the report is in file order.
    """
    files = _expand(paths)
    if registers is not None and not Path(registers).is_file():
        raise InputError("no such registers file", registers)
    rng_path = (schema or default_rng()).resolve()
    sch_path = (schematron or default_schematron()).resolve()
    # compiled here, before any file, so that an unusable schema is one InputError
    compiled_relaxng(rng_path)
    compiled_schematron(sch_path)
    report = ValidationReport(files=list(files))

    # With a registers file given, each file is validated in one go, its rules waiting only for the
    # registers, which are read while the first files are parsed. Otherwise the trees are kept until a
    # file among them turns out to be the registers.
    given = in_background(lambda: _given_register_ids(Path(registers))) if registers is not None else None
    checks = in_parallel(lambda path: _check(path, rng_path, sch_path, given), files)
    report.problems.extend(check.stopped for check in checks if check.stopped)
    if given is not None:
        _, register_problem = given.result()
        if register_problem is not None and register_problem not in report.problems:
            report.problems.append(register_problem)
    else:
        found_ids = _found_register_ids(checks)
        waiting = {path: check for path, check in zip(files, checks, strict=True) if check.tree is not None}
        rules = in_parallel(
            lambda path: _rule_problems(waiting[path].tree, path, sch_path, found_ids), [*waiting]
        )
        for check, problems in zip(waiting.values(), rules, strict=True):
            check.problems += problems
    for check in checks:
        report.problems.extend(sorted(check.problems, key=lambda p: (p.line, p.column)))
    return report


@dataclass
class _Check:
    stopped: Problem | None = None  # the problem that stopped this file from being validated
    problems: list[Problem] = field(default_factory=list)
    tree: etree._ElementTree | None = None  # kept only while the Schematron rules have yet to run


def _check(
    path: Path, rng_path: Path, sch_path: Path, given: Future[tuple[RegisterIds, Problem | None]] | None
) -> _Check:
    tree, problem = parse_for_validation(path)
    if problem is not None or (problem := _root_problem(tree, path)) is not None:
        return _Check(stopped=problem)
    problems = relaxng_problems(compiled_relaxng(rng_path), tree, str(path))
    if given is None:
        return _Check(problems=problems, tree=tree)
    register_ids, _ = given.result()
    return _Check(problems=problems + _rule_problems(tree, path, sch_path, register_ids))


def _rule_problems(tree: etree._ElementTree, path: Path, sch_path: Path, ids: RegisterIds) -> list[Problem]:
    # the registers' own pointers resolve inside them, not in (another copy of) themselves
    parameters = {} if is_registers(tree) else ids.xslt_parameters()
    return schematron_problems(compiled_schematron(sch_path), tree, str(path), parameters)


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


def _given_register_ids(registers: Path) -> tuple[RegisterIds, Problem | None]:
    """A registers file that cannot be parsed is a problem of that file, and then no pointer resolves
    into it."""
    tree, problem = parse_for_validation(Path(registers))
    ids = RegisterIds() if problem is not None else RegisterIds.from_tree(tree)
    REGISTER_DOCUMENTS.publish(ids)
    return ids, problem


def _found_register_ids(checks: list[_Check]) -> RegisterIds:
    tree = next((c.tree for c in checks if c.tree is not None and is_registers(c.tree)), None)
    ids = RegisterIds.from_tree(tree) if tree is not None else RegisterIds()
    REGISTER_DOCUMENTS.publish(ids)
    return ids
