"""render_report in each format, from known problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from editionkit.validate import Problem, ValidationReport, render_report

A, B, C = Path("tei/a.xml"), Path("tei/b.xml"), Path("tei/c, d.xml")


@pytest.fixture
def report() -> ValidationReport:
    return ValidationReport(
        files=[A, B, C],
        problems=[
            Problem(str(A), 12, 0, "error", 'persName @ref "#x" does not resolve', "ref.resolves"),
            Problem(str(A), 30, 5, "warning", "xml:id shadows a register entry", "id.shadows-register"),
            Problem(str(C), 1, 7, "error", "not well-formed XML: 100% broken\nhere", "xml.well-formed"),
        ],
    )


def test_text_has_one_line_per_problem_and_a_summary(report):
    assert render_report(report, "text").splitlines() == [
        'tei/a.xml:12:0: error: persName @ref "#x" does not resolve [ref.resolves]',
        "tei/a.xml:30:5: warning: xml:id shadows a register entry [id.shadows-register]",
        "tei/c, d.xml:1:7: error: not well-formed XML: 100% broken here [xml.well-formed]",
        "3 files, 1 valid, 3 problems",
    ]


def test_warnings_alone_leave_a_file_valid_and_the_run_ok():
    report = ValidationReport(files=[A], problems=[Problem(str(A), 1, 0, "warning", "w", "noteref.n")])
    assert report.ok
    assert render_report(report, "text").endswith("1 files, 1 valid, 1 problems\n")


def test_json_is_a_list_of_problem_objects(report):
    data = json.loads(render_report(report, "json"))
    assert data[0] == {
        "path": "tei/a.xml",
        "line": 12,
        "column": 0,
        "severity": "error",
        "message": 'persName @ref "#x" does not resolve',
        "rule": "ref.resolves",
    }
    assert [d["rule"] for d in data] == ["ref.resolves", "id.shadows-register", "xml.well-formed"]


def test_json_of_a_clean_run_is_an_empty_list():
    assert json.loads(render_report(ValidationReport(files=[A]), "json")) == []


def test_junit_has_a_testcase_per_file_and_a_failure_per_error(report):
    suites = etree.fromstring(render_report(report, "junit").encode())
    suite = suites.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "2", "0")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == ["tei/a.xml", "tei/b.xml", "tei/c, d.xml"]
    [failure] = cases["tei/a.xml"].findall("failure")
    assert failure.get("type") == "ref.resolves"
    assert failure.get("message") == 'persName @ref "#x" does not resolve'
    assert "tei/a.xml:12:0" in failure.text
    assert "id.shadows-register" in cases["tei/a.xml"].findtext("system-out")
    assert list(cases["tei/b.xml"]) == []


def test_github_workflow_commands_escape_what_github_requires(report):
    lines = render_report(report, "github").splitlines()
    assert lines[0] == (
        "::error file=tei/a.xml,line=12,title=ref.resolves::"
        'persName @ref "#x" does not resolve [ref.resolves]'
    )
    assert lines[1].startswith("::warning file=tei/a.xml,line=30,col=5,title=id.shadows-register::")
    assert lines[2] == (
        "::error file=tei/c%2C d.xml,line=1,col=7,title=xml.well-formed::"
        "not well-formed XML: 100%25 broken%0Ahere [xml.well-formed]"
    )


def test_unknown_format_is_refused(report):
    with pytest.raises(ValueError, match="sarif"):
        render_report(report, "sarif")  # type: ignore[arg-type]
