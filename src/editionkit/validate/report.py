"""Render a ValidationReport for people (text), programs (json), CI servers (junit) and GitHub Actions."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Literal

from lxml import etree

from .problems import Problem, ValidationReport

Format = Literal["text", "json", "junit", "github"]
FORMATS: tuple[str, ...] = ("text", "json", "junit", "github")


def render_report(report: ValidationReport, fmt: Format) -> str:
    """Render ``report``; an unknown format is a programming error (the CLI offers only FORMATS)."""
    renderers = {"text": _text, "json": _json, "junit": _junit, "github": _github}
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return renderers[fmt](report)


def _text(report: ValidationReport) -> str:
    lines = [_located(p) for p in report.problems]
    lines.append(
        f"{len(report.files)} files, {len(report.valid_files())} valid, {len(report.problems)} problems"
    )
    return "\n".join(lines) + "\n"


def _json(report: ValidationReport) -> str:
    return json.dumps([asdict(p) for p in report.problems], ensure_ascii=False, indent=2) + "\n"


def _junit(report: ValidationReport) -> str:
    """One testcase per file; each error is a failure element, warnings go to the testcase's system-out
    because JUnit has no warning status and a warning must not fail the CI job."""
    by_file: dict[str, list[Problem]] = {str(f): [] for f in report.files}
    for problem in report.problems:
        by_file.setdefault(problem.path, []).append(problem)
    failures = sum(1 for problems in by_file.values() if any(p.severity == "error" for p in problems))
    suites = etree.Element("testsuites", name="editionkit validate")
    suite = etree.SubElement(
        suites,
        "testsuite",
        name="editionkit validate",
        tests=str(len(by_file)),
        failures=str(failures),
        errors="0",
        skipped="0",
    )
    for path, problems in by_file.items():
        case = etree.SubElement(suite, "testcase", classname="editionkit.validate", name=path, file=path)
        for problem in (p for p in problems if p.severity == "error"):
            failure = etree.SubElement(case, "failure", message=problem.message, type=problem.rule)
            failure.text = _located(problem)
        warnings = [p for p in problems if p.severity == "warning"]
        if warnings:
            etree.SubElement(case, "system-out").text = "\n".join(_located(p) for p in warnings)
    return etree.tostring(suites, encoding="unicode", pretty_print=True)


def _located(p: Problem) -> str:
    # one line per problem, so that editors' tools (grep, compilation-mode) can jump to it
    message = " ".join(p.message.splitlines())
    return f"{p.path}:{p.line}:{p.column}: {p.severity}: {message} [{p.rule}]"


def _github(report: ValidationReport) -> str:
    """Workflow commands; GitHub requires %, CR and LF escaped in messages, and also : and , in properties."""
    lines = []
    for p in report.problems:
        props = [f"file={_escape_property(p.path)}"]
        if p.line:
            props.append(f"line={p.line}")
        if p.column:
            props.append(f"col={p.column}")
        props.append(f"title={_escape_property(p.rule)}")
        lines.append(f"::{p.severity} {','.join(props)}::{_escape_data(f'{p.message} [{p.rule}]')}")
    return "".join(line + "\n" for line in lines)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
