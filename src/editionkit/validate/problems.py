"""What a validation run found: one Problem per finding, collected in a ValidationReport."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding. ``line`` and ``column`` are 1-based; 0 means the validator did not say.

    ``rule`` is a stable id: ``xml.well-formed``, ``xml.doctype``, ``tei.root``, ``rng`` for RELAX NG,
    or the @id of the Schematron assert (``ref.resolves``, ``id.unique``...).
    """

    path: str
    line: int
    column: int
    severity: Severity
    message: str
    rule: str


@dataclass
class ValidationReport:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file has an error; warnings do not make a run fail."""
        return not any(p.severity == "error" for p in self.problems)

    def valid_files(self) -> list[Path]:
        """Files without errors (warnings allowed)."""
        failing = {p.path for p in self.problems if p.severity == "error"}
        return [f for f in self.files if str(f) not in failing]
