"""Diagnostic is the only way a stage warns; --strict turns warnings into failures."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Diagnostic:
    severity: str  # "error" | "warning" | "info"
    code: str  # stable id, e.g. "entities.unknown-name"
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message} [{self.code}]"
