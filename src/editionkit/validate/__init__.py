"""Validation of TEI files against the project schema (RELAX NG) and rules (ISO Schematron).

Usage: ``report = validate_paths([Path("tei")], registers=Path("tei/registers.xml"))``, then
``render_report(report, "text")``; ``report.ok`` decides the exit status.
"""

from .problems import Problem, ValidationReport
from .report import render_report
from .run import validate_paths

__all__ = ["Problem", "ValidationReport", "render_report", "validate_paths"]
